# test: stderr
# Uncaught AttributeError on an instance of a user class, in a method.
class Account:
    def __init__(self, owner):
        self.owner = owner

    def describe(self):
        return self.owner + " has " + str(self.balance_in_cents)


account = Account("ann")
print(account.owner)
print(account.describe())
