# Residents by area and sex, from the 2021 extract.
library(dplyr)
people <- read.csv("people.csv")
# One person checked by hand (to be removed before submission)
check <- filter(people, patient_id == 40012345)
head(people)
# Cross-tabulate area by sex
tab <- table(people$area, people$sex)
write.csv(tab, "freq_table.csv")
