"""The Pairs screen: agreements to print and sign, introductions and certificates."""
