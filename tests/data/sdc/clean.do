* Residents by area and sex
use people, clear
* Tabulate and export
tabulate area sex
