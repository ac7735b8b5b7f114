# Misplaced and unknown future imports are SyntaxErrors from the compiler.
sources = [
    "from __future__ import annotations\nx = 1",
    "x = 1\nfrom __future__ import annotations",
    "from __future__ import nonsense",
    "from __future__ import braces",
    "'doc'\nfrom __future__ import annotations, division\nfrom __future__ import generator_stop\n",
    "def f():\n    from __future__ import annotations\n",
    "import os\nfrom __future__ import annotations\n",
]
for source in sources:
    try:
        compile(source, "<case>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
