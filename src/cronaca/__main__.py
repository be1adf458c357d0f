from cronaca.cli.main import main

main()
