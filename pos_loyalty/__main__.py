from pos_loyalty.cli import main

raise SystemExit(main())
