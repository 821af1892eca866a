# Parameters: what each number is (for the worker view).

param-leefloon-cat1 = Leefloon category 1, cohabiting: amount per month
param-leefloon-cat2 = Leefloon category 2, living alone: amount per month
param-leefloon-cat3 = Leefloon category 3, with a family to support: amount per month
param-vt-income-limit = Increased reimbursement: income limit of the household per year (gross taxable)
param-vt-income-limit-extra-person = Increased reimbursement: increase of the income limit per extra household member
param-vf-income-limit = Heating allowance: income limit of the household per year (gross taxable)
param-vf-income-limit-extra-person = Heating allowance: increase of the income limit per dependent person
