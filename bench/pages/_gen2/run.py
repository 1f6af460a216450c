import common, importlib, sys
for m in sys.argv[1:]:
    importlib.import_module(m)
common.write_all()
