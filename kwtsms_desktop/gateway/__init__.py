"""Local gateway client and the kwtSMS simulator."""
