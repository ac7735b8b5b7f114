//! `module`: a name and a namespace dict (the globals of the code that ran in it).

use super::ObjRef;

pub struct Module {
    pub name: String,
    /// A `Payload::Dict` object: the module's globals.
    pub dict: ObjRef,
}
