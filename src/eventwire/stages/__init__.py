"""Pipeline stages: small functions over one Document, each declaring needs and adds."""
