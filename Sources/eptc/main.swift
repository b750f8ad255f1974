import Driver

EPTC.main()
