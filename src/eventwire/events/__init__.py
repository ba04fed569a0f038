"""Event coding internals: matching, governors, modality, roles, coding, merging."""
