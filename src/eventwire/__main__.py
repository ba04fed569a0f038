from eventwire.cli import main

main()
