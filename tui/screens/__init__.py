"""The desk's screens: the desk itself, the start and seeding screens, and the modals."""
