import IbidDump
