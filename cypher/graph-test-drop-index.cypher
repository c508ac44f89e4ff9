// Tests only (a fresh store's schema race): drops one index by name.
DROP INDEX $name IF EXISTS
