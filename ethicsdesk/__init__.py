"""EthicsDesk: records and Thai minutes for a Thai government committee's secretariat."""

__version__ = "0.1.0"
