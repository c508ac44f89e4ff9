// Tests only (a fresh store's schema race): drops one constraint by name.
DROP CONSTRAINT $name IF EXISTS
