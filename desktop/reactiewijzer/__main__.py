import sys

from reactiewijzer.cli import main

sys.exit(main())
