import CmpltCLI
import Glibc

exit(CLI.main())
