# Paramètres : ce qu'est chaque nombre (pour la vue du travailleur social).

param-leefloon-cat1 = Leefloon (revenu d'intégration) catégorie 1, cohabitant : montant par mois
param-leefloon-cat2 = Leefloon (revenu d'intégration) catégorie 2, isolé (personne qui vit seule) : montant par mois
param-leefloon-cat3 = Leefloon (revenu d'intégration) catégorie 3, avec une famille à charge : montant par mois
param-vt-income-limit = Intervention majorée : limite de revenus du ménage par an (brut imposable)
param-vt-income-limit-extra-person = Intervention majorée : augmentation de la limite de revenus par membre du ménage en plus
param-vf-income-limit = Allocation de chauffage : limite de revenus du ménage par an (brut imposable)
param-vf-income-limit-extra-person = Allocation de chauffage : augmentation de la limite de revenus par personne à charge
