"""kwtSMS Desktop: bulk SMS through the kwtSMS gateway, each recipient at most once."""

__version__ = "0.1.0"
