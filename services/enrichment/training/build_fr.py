#!/usr/bin/env python3
"""Build fr.jsonl: French NER training data (PERSON, ORG, PLACE, EVENT).

Hand-written AFP-style items (HAND) plus items from templates filled from the name lists
below.  Text is written in an inline markup, "[[Emmanuel Macron|PERSON]] a reçu ...", and
converted to character offsets.  Labelling follows
inkstream_enrichment/evaluation/LABELLING.md: the article in front of a name stays
outside its span ("l'[[Assemblée nationale|ORG]]", "la [[Meuse|PLACE]]") unless it is
part of the name ("[[Le Monde|ORG]]"); the agency credit "(AFP)" is not an entity, the
city of the dateline is a PLACE; "le gouvernement" is not an entity.  Standard library
only; fixed seed, so the output is the same on every run:

    python3 build_fr.py          # writes fr.jsonl next to this script
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

SEED = 20250704
TEMPLATE_ITEMS = 1000
DATELINE_SHARE = 0.5
CURLY_SHARE = 0.25
AGENCY = "AFP"
DATELINE = "{} (AFP) - "
DATELINE_CAPITAL = "Paris"
LABELS = ("PERSON", "ORG", "PLACE", "EVENT")
OUT = Path(__file__).with_name("fr.jsonl")

# ---------------------------------------------------------------- French grammar of slots
# A slot is written {KEY} (the name with its article: "la [[SNCF|ORG]]"), {de:KEY}
# ("de la", "du", "des", "d'"), {a:KEY} ("à la", "au", "aux"), {loc:KEY} (where: "à Lyon",
# "en France", "au Mali", "dans le Var") or {nu:KEY} (no article).  {g:le ministre/la
# ministre} agrees with the last person slot before it (or else the next one).
ARTICLES = ("", "le", "la", "l'", "les")
LEADING_ARTICLES = {"le", "la", "les", "du", "des", "au", "aux"}
ARTICLE_NAMES = {
    "Le Monde", "Le Figaro", "Le Parisien", "Le Temps", "Le Soir", "Le Devoir", "La Presse",
    "La Libre Belgique", "Le Point", "La Croix", "Les Échos", "L'Équipe", "Le Journal de Montréal",
    "Le Havre", "Le Mans", "La Rochelle", "La Chaux-de-Fonds", "La Louvière", "La Haye",
    "La Havane", "La Paz", "La Mecque", "La Réunion", "La Défense", "Le Bourget", "Le Touquet",
    "Les Sables-d'Olonne", "La Baule", "Le Puy-en-Velay", "Les Républicains", "La France insoumise",
    "Les Écologistes", "La Poste", "Le Pen", "Le Maire", "Le Drian", "La Tribune de Genève",
    "Le Nouvelliste", "Le Quotidien", "L'Express", "L'Orient-Le Jour", "Le Matin", "Le Cap",
    "Le Caire", "Les Engagés", "La Française des jeux", "La Voix du Nord", "Le Télégramme",
    "La Dépêche du Midi", "Le Progrès", "La Montagne", "Le Lamentin", "Le Locle", "La Sarraz",
    "Les Diablerets", "La Plagne", "Les Arcs", "Le Vésinet", "La Courneuve", "Le Mée-sur-Seine",
    "Les Mureaux", "La Seyne-sur-Mer", "La Roche-sur-Yon", "Le Blanc-Mesnil", "Le Creusot",
    "La Grande-Motte", "La Teste-de-Buch", "Le Soleil", "La Nouvelle Tribune", "Le Faso",
    "L'Observateur Paalga", "Le Pays", "L'Essentiel", "La Liberté", "Le Temps des cerises",
    "Le Grand Continent", "Les Inrocks", "Le Canard enchaîné", "La Provence", "La Marseillaise",
    "Les Bleus", "Les Lions indomptables", "Les Éléphants", "Le Bon Marché", "La Samaritaine",
    "Les Arènes de Nîmes", "Le Lieu unique", "La Villette", "La Cité du Vatican", "L'Oréal", "Le Centre",
}
VOWELS = "AEIOUYÀÂÄÉÈÊËÎÏÔÖŒÙÛÜaeiouyàâäéèêëîïôöœùûü"


def de(name: str) -> str:
    return "d'" if name[0] in VOWELS else "de "


def person_prefix(name: str, form: str) -> str:
    if form == "de":
        return de(name)
    if form == "a":
        return "à "
    return ""


CARRIER = {"media": "journal", "party": "parti"}


def article_prefix(art: str, name: str, form: str, loc: str, style: str) -> str:
    if form == "nu":
        return ""
    if not art and name.split()[0] in ("Le", "Les") and form in ("de", "a", "loc"):
        # "Le Monde", "Les Républicains": "du journal Le Monde", not "de Le Monde"
        if style not in CARRIER:
            raise ValueError(f"no way to write {form!r} before {name!r}")
        return ("du " if form == "de" else "au ") + CARRIER[style] + " "
    if form == "loc" and style == "mount" and not loc:
        return {"": "sur ", "le": "sur le ", "la": "sur la ", "l'": "sur l'", "les": "dans les "}[art]
    if form == "loc":
        if loc:
            return loc if loc.endswith("'") else loc + " "
        if style in ("country", "region"):
            if art in ("la", "l'"):
                return "en "
            if art == "le":
                return "au " if style == "country" else "dans le "
            if art == "les":
                return "aux " if style == "country" else "dans les "
            return "à " if style == "country" else "en "
        if style == "river":
            return "sur " + article_prefix(art, name, "", "", style)
        form = "a"
    if form == "de":
        return {"": de(name), "le": "du ", "la": "de la ", "l'": "de l'", "les": "des "}[art]
    if form == "a":
        return {"": "à ", "le": "au ", "la": "à la ", "l'": "à l'", "les": "aux "}[art]
    if form == "":
        return {"": "", "le": "le ", "la": "la ", "l'": "l'", "les": "les "}[art]
    raise ValueError(f"unknown form {form!r}")


ELISION = re.compile(r"\b([Qq]ue|[Ll]orsque|[Pp]uisque|[Jj]usque) (\[\[)?(?=[" + VOWELS + "])")


def fix_up(markup: str) -> str:
    markup = ELISION.sub(lambda m: m.group(1)[:-1] + "'" + (m.group(2) or ""), markup)
    return markup


def lines(block: str) -> list[str]:
    return [x.strip() for x in block.strip().split("\n") if x.strip() and not x.strip().startswith("#")]


def words(block: str) -> list[str]:
    return block.split()

# ---------------------------------------------------------------- hand-written items
HAND = """
# politique française
[[Paris|PLACE]] (AFP) - Le président [[Emmanuel Macron|PERSON]] a reçu mardi à l'[[Élysée|ORG]] les chefs des partis représentés au [[Parlement|ORG]] pour tenter de sortir de l'impasse budgétaire.
[[Paris|PLACE]] (AFP) - Le Premier ministre [[François Bayrou|PERSON]] a engagé lundi la responsabilité du gouvernement sur le projet de loi de finances devant l'[[Assemblée nationale|ORG]].
[[Paris|PLACE]] (AFP) - La présidente du groupe [[Rassemblement national|ORG]] à l'[[Assemblée|ORG]], [[Marine Le Pen|PERSON]], a annoncé que ses députés voteraient la motion de censure.
[[Paris|PLACE]] (AFP) - [[Jordan Bardella|PERSON]], président du [[RN|ORG]], a jugé « irresponsable » la hausse des taxes sur l'électricité prévue par le gouvernement.
[[Paris|PLACE]] (AFP) - Le coordinateur de [[La France insoumise|ORG]], [[Manuel Bompard|PERSON]], a appelé à une grande marche contre la vie chère le 12 octobre.
[[Paris|PLACE]] (AFP) - Le premier secrétaire du [[Parti socialiste|ORG]], [[Olivier Faure|PERSON]], a exclu toute participation de son parti au gouvernement.
[[Paris|PLACE]] (AFP) - Le ministre de l'Intérieur, [[Bruno Retailleau|PERSON]], a présenté mercredi une circulaire durcissant les conditions de régularisation des sans-papiers.
[[Paris|PLACE]] (AFP) - Le [[Sénat|ORG]] a adopté dans la nuit de jeudi à vendredi, par 205 voix contre 120, la proposition de loi visant à renforcer la sécurité dans les transports.
[[Paris|PLACE]] (AFP) - Le [[Conseil constitutionnel|ORG]] a censuré jeudi une trentaine d'articles de la loi immigration, estimant qu'ils n'avaient pas de lien avec le texte initial.
[[Paris|PLACE]] (AFP) - Selon un sondage [[Ifop|ORG]] pour le [[Journal du dimanche|ORG]], 62 % des Français souhaitent une dissolution de l'[[Assemblée|ORG]].
[[Paris|PLACE]] (AFP) - La maire de [[Paris|PLACE]], [[Anne Hidalgo|PERSON]], a confirmé qu'elle ne se représenterait pas aux élections municipales de 2026.
[[Paris|PLACE]] (AFP) - [[Les Républicains|ORG]] ont désigné dimanche [[Bruno Retailleau|PERSON]] à leur présidence, avec plus de 74 % des voix des adhérents.
[[Paris|PLACE]] (AFP) - L'ancien président [[Nicolas Sarkozy|PERSON]] a été placé sous bracelet électronique après sa condamnation définitive dans l'affaire des écoutes.
La porte-parole du gouvernement a assuré mercredi que l'exécutif ne reculerait pas sur la réforme de l'assurance chômage.
Les députés ont rejeté en commission l'amendement qui prévoyait de geler les pensions de retraite l'an prochain.
Le gouvernement a présenté mercredi en Conseil des ministres un projet de loi sur la fin de vie, qui sera débattu au printemps.
[[Paris|PLACE]] (AFP) - La cheffe des [[Écologistes|ORG]], [[Marine Tondelier|PERSON]], a plaidé pour une candidature commune de la gauche à la présidentielle.
[[Paris|PLACE]] (AFP) - Le secrétaire national du [[Parti communiste français|ORG]], [[Fabien Roussel|PERSON]], a dénoncé « un budget d'austérité déguisé ».
Réunis à huis clos, les responsables de la majorité ont tenté de trouver un compromis sur la taxation des hauts revenus.
[[Paris|PLACE]] (AFP) - L'ancien Premier ministre [[Édouard Philippe|PERSON]], fondateur d'[[Horizons|ORG]], s'est déclaré candidat à l'élection présidentielle de 2027.
[[Paris|PLACE]] (AFP) - [[Gabriel Attal|PERSON]] a été réélu secrétaire général de [[Renaissance|ORG]] lors d'un conseil national organisé à [[Paris|PLACE]].
[[Paris|PLACE]] (AFP) - La présidente de l'[[Assemblée nationale|ORG]], [[Yaël Braun-Pivet|PERSON]], a appelé les députés « au calme et à la dignité » après une séance houleuse.
[[Paris|PLACE]] (AFP) - Le président du [[Sénat|ORG]], [[Gérard Larcher|PERSON]], a reçu jeudi les présidents des associations d'élus locaux au [[palais du Luxembourg|PLACE]].
[[Paris|PLACE]] (AFP) - Le ministre des Armées, [[Sébastien Lecornu|PERSON]], a annoncé la commande de 42 nouveaux avions Rafale auprès de [[Dassault Aviation|ORG]].
La ministre de la Santé a promis l'ouverture de 4 000 places supplémentaires en formation d'infirmiers dès la rentrée.
[[Paris|PLACE]] (AFP) - Le [[Conseil d'État|ORG]] a annulé le décret qui autorisait l'usage de drones par les forces de l'ordre lors des manifestations.
[[Paris|PLACE]] (AFP) - Un rapport de la [[Cour des comptes|ORG]] publié mercredi pointe une dérive « préoccupante » des dépenses de santé.
[[Paris|PLACE]] (AFP) - Le [[Haut Conseil des finances publiques|ORG]] juge « peu crédible » la prévision de croissance retenue par le gouvernement.
[[Paris|PLACE]] (AFP) - La commission d'enquête de l'[[Assemblée|ORG]] sur les ingérences étrangères a auditionné mardi le patron de la [[Direction générale de la sécurité intérieure|ORG]].
[[Marseille|PLACE]] (AFP) - Le maire de [[Marseille|PLACE]], [[Benoît Payan|PERSON]], a réclamé davantage de policiers après une nouvelle fusillade liée au trafic de drogue dans les quartiers nord.
[[Lyon|PLACE]] (AFP) - Le maire écologiste de [[Lyon|PLACE]], [[Grégory Doucet|PERSON]], a inauguré samedi une nouvelle ligne de tramway reliant le centre-ville à [[Vaulx-en-Velin|PLACE]].
[[Bordeaux|PLACE]] (AFP) - Le conseil municipal de [[Bordeaux|PLACE]] a voté la gratuité des transports en commun pour les moins de 18 ans.
[[Toulouse|PLACE]] (AFP) - La présidente de la région [[Occitanie|PLACE]], [[Carole Delga|PERSON]], a présenté un plan de 300 millions d'euros pour l'hydrogène vert.
[[Rennes|PLACE]] (AFP) - Le [[Conseil régional de Bretagne|ORG]] a adopté à l'unanimité une motion demandant davantage de compétences en matière de langue bretonne.
[[Ajaccio|PLACE]] (AFP) - Les élus de l'[[Assemblée de Corse|ORG]] ont approuvé le projet d'écriture constitutionnelle ouvrant la voie à une autonomie de l'île.
[[Nouméa|PLACE]] (AFP) - Les indépendantistes du [[FLNKS|ORG]] ont rejeté l'accord conclu à [[Bougival|PLACE]] sur l'avenir institutionnel de la [[Nouvelle-Calédonie|PLACE]].
[[Strasbourg|PLACE]] (AFP) - Les eurodéputés ont approuvé mercredi au [[Parlement européen|ORG]] un texte sur la protection des lanceurs d'alerte.
[[Lille|PLACE]] (AFP) - [[Martine Aubry|PERSON]], ancienne maire de [[Lille|PLACE]], a reçu samedi un hommage appuyé lors du congrès du [[PS|ORG]].
[[Nice|PLACE]] (AFP) - [[Christian Estrosi|PERSON]] et [[Éric Ciotti|PERSON]] se disputent la mairie de [[Nice|PLACE]] dans une campagne particulièrement tendue.
[[Paris|PLACE]] (AFP) - [[Éric Zemmour|PERSON]], président de [[Reconquête|ORG]], a été condamné pour provocation à la haine par le [[tribunal correctionnel de Paris|ORG]].
[[Paris|PLACE]] (AFP) - Le député [[François Ruffin|PERSON]] a annoncé la création de son propre mouvement, sans rompre avec la gauche.
[[Paris|PLACE]] (AFP) - Les syndicats de policiers ont été reçus [[place Beauvau|PLACE]] pour évoquer les conditions de travail des agents.
L'examen du texte reprendra lundi en séance publique, où plus de 3 000 amendements ont été déposés.
Le Premier ministre a promis mardi une « méthode nouvelle » pour associer les partenaires sociaux aux grandes réformes.
Le gouvernement a dévoilé jeudi son plan de simplification administrative, qui prévoit la suppression de plusieurs dizaines de formulaires.
Les élus locaux dénoncent depuis des mois la baisse des dotations de l'État, qui pèse sur les budgets des petites communes.
[[Matignon|ORG]] a confirmé que la réforme de l'audiovisuel public serait examinée avant la fin de la session parlementaire.
[[Bercy|ORG]] table désormais sur une croissance de 0,7 % cette année, contre 1,1 % prévu initialement.
Le [[Quai d'Orsay|ORG]] déconseille formellement aux ressortissants français de se rendre dans le nord du [[Burkina Faso|PLACE]].
[[Jean-Noël Barrot|PERSON]] s'est entretenu avec son homologue algérien pour tenter d'apaiser les tensions entre [[Paris|PLACE]] et [[Alger|PLACE]].
Le chef de l'État a réuni dimanche un conseil de défense consacré à la situation au [[Proche-Orient|PLACE]].
Selon l'entourage de [[Gérald Darmanin|PERSON]], le garde des Sceaux souhaite construire 3 000 places de prison supplémentaires d'ici 2027.
[[Valérie Pécresse|PERSON]], présidente de la région [[Île-de-France|PLACE]], a annoncé une hausse du passe Navigo de 2,5 % au 1er janvier.
[[Laurent Wauquiez|PERSON]] a pris la tête du groupe [[Droite républicaine|ORG]] à l'[[Assemblée|ORG]], succédant à [[Olivier Marleix|PERSON]].
Dans une tribune publiée par [[Le Monde|ORG]], une centaine de maires appellent l'État à renforcer la lutte contre les violences faites aux élus.
[[Raphaël Glucksmann|PERSON]], eurodéputé de [[Place publique|ORG]], veut « reconstruire une gauche européenne et sociale ».
« Nous ne voterons pas un budget qui sacrifie les services publics », a déclaré [[Boris Vallaud|PERSON]], président du groupe socialiste.
La ministre [[Catherine Vautrin|PERSON]] a défendu devant les sénateurs la création d'une allocation sociale unique.
[[Aurore Bergé|PERSON]], ministre chargée de l'Égalité entre les femmes et les hommes, a annoncé un numéro d'écoute unique pour les victimes.
Le député [[Sébastien Chenu|PERSON]] ([[RN|ORG]]) a accusé le gouvernement de « mépriser les territoires ruraux ».
[[Mathilde Panot|PERSON]], présidente du groupe [[LFI|ORG]], a saisi le [[Conseil constitutionnel|ORG]] sur la réforme des retraites.
La candidate de la droite, [[Rachida Dati|PERSON]], arrive en tête du premier tour à [[Paris|PLACE]], selon un sondage [[Elabe|ORG]].
L'ancien président [[François Hollande|PERSON]], redevenu député de [[Corrèze|PLACE]], a pris la parole pour la première fois dans l'hémicycle.
La préfecture du [[Finistère|PLACE]] a pris un arrêté interdisant les rassemblements festifs non déclarés pendant tout le week-end.
Le maire de [[Grigny|PLACE]], [[Philippe Rio|PERSON]], demande un « plan Marshall » pour les quartiers populaires.
La [[Commission européenne|ORG]] a ouvert une procédure pour déficit excessif contre la [[France|PLACE]], qui devra présenter un plan de redressement.
[[Emmanuel Macron|PERSON]] se rendra la semaine prochaine en [[Allemagne|PLACE]] pour une visite d'État, la première depuis 24 ans.
Le gouvernement de [[François Bayrou|PERSON]] a survécu lundi à une huitième motion de censure.
# régions et outre-mer
[[Fort-de-France|PLACE]] (AFP) - Les manifestations contre la vie chère se poursuivent en [[Martinique|PLACE]], où un couvre-feu a été instauré dans plusieurs communes.
[[Pointe-à-Pitre|PLACE]] (AFP) - La [[Guadeloupe|PLACE]] a été privée d'électricité pendant près de 24 heures après une panne géante sur le réseau d'[[EDF|ORG]].
[[Mamoudzou|PLACE]] (AFP) - Un mois après le passage du cyclone, de nombreux habitants de [[Mayotte|PLACE]] n'ont toujours pas accès à l'eau potable.
[[Cayenne|PLACE]] (AFP) - Le lancement de la fusée Ariane 6 depuis le [[Centre spatial guyanais|PLACE]] de [[Kourou|PLACE]] a été reporté en raison de conditions météo défavorables.
[[Papeete|PLACE]] (AFP) - Le président de la [[Polynésie française|PLACE]], [[Moetai Brotherson|PERSON]], a plaidé pour un nouveau statut lors de sa visite à [[Paris|PLACE]].
[[Brest|PLACE]] (AFP) - Les marins-pêcheurs bretons ont bloqué le port de commerce pour protester contre la hausse du prix du gazole.
[[Metz|PLACE]] (AFP) - L'usine sidérurgique de [[Florange|PLACE]] va supprimer 150 postes, a annoncé la direction d'[[ArcelorMittal|ORG]].
[[Grenoble|PLACE]] (AFP) - La ville de [[Grenoble|PLACE]] a instauré une zone à faibles émissions plus stricte, interdisant les véhicules diesel les plus anciens.
[[Clermont-Ferrand|PLACE]] (AFP) - Le groupe [[Michelin|ORG]] a confirmé la fermeture de ses sites de [[Cholet|PLACE]] et de [[Vannes|PLACE]] d'ici à 2026.
[[Calais|PLACE]] (AFP) - Au moins cinq migrants sont morts dans la nuit en tentant de traverser la [[Manche|PLACE]] à bord d'une embarcation de fortune.
[[Perpignan|PLACE]] (AFP) - Le maire [[RN|ORG]] de [[Perpignan|PLACE]], [[Louis Aliot|PERSON]], a été réélu à la vice-présidence du parti.
[[Nantes|PLACE]] (AFP) - Des milliers de personnes ont défilé samedi dans les rues de [[Nantes|PLACE]] contre le projet de nouvel aéroport régional.
[[Dijon|PLACE]] (AFP) - La préfète de la [[Côte-d'Or|PLACE]] a placé le département en alerte sécheresse renforcée.
[[Limoges|PLACE]] (AFP) - Les agriculteurs de la [[Haute-Vienne|PLACE]] ont déversé du fumier devant la préfecture pour dénoncer les normes environnementales.
[[Montpellier|PLACE]] (AFP) - La métropole a lancé une consultation citoyenne sur la gratuité des transports, déjà en vigueur depuis 2023.
[[Rouen|PLACE]] (AFP) - Cinq ans après l'incendie de l'usine [[Lubrizol|ORG]], le procès de l'industriel s'est ouvert devant le [[tribunal de police de Rouen|ORG]].
[[Caen|PLACE]] (AFP) - Des vétérans américains et britanniques ont participé aux cérémonies du [[Débarquement|EVENT]] sur les plages de [[Normandie|PLACE]].
[[Reims|PLACE]] (AFP) - Les viticulteurs de [[Champagne|PLACE]] s'inquiètent de la baisse des ventes à l'export, en recul de 9 % sur un an.
[[Besançon|PLACE]] (AFP) - Le tribunal administratif a suspendu le projet de bassine agricole contesté par les associations locales.
[[Tours|PLACE]] (AFP) - La crue de la [[Loire|PLACE]] a contraint les autorités à évacuer une centaine d'habitations en bord de fleuve.
[[Orléans|PLACE]] (AFP) - Le conseil départemental du [[Loiret|PLACE]] a voté une hausse de la taxe foncière de 4 %.
[[Amiens|PLACE]] (AFP) - Les salariés de l'usine de pneumatiques se sont rassemblés devant les grilles pour réclamer le versement de leurs primes.
Le texte prévoit un allongement de la durée de cotisation pour les générations nées après 1968.
Les négociations entre les groupes parlementaires se sont poursuivies tard dans la nuit, sans parvenir à un accord.
Plusieurs ministres ont reconnu en privé que le calendrier de la réforme était « intenable ».
Le scrutin, initialement prévu en mars, a été repoussé de plusieurs mois en raison de la crise politique.
La participation au premier tour a atteint 67 %, un niveau inédit depuis 1981 pour des législatives.
# Belgique
[[Bruxelles|PLACE]] (AFP) - Le Premier ministre belge [[Bart De Wever|PERSON]] a présenté mercredi à la [[Chambre|ORG]] les grandes lignes de l'accord de gouvernement conclu par les cinq partis de la coalition.
[[Bruxelles|PLACE]] (AFP) - Le président du [[MR|ORG]], [[Georges-Louis Bouchez|PERSON]], a défendu la réforme des pensions face aux critiques des syndicats.
[[Bruxelles|PLACE]] (AFP) - Des dizaines de milliers de manifestants ont défilé dans la capitale belge à l'appel de la [[FGTB|ORG]] et de la [[CSC|ORG]] contre la réforme des retraites.
[[Bruxelles|PLACE]] (AFP) - Le trafic ferroviaire sera fortement perturbé mardi en raison d'une grève à la [[SNCB|ORG]], a prévenu la compagnie.
[[Bruxelles|PLACE]] (AFP) - L'aéroport de [[Zaventem|PLACE]] a annulé l'ensemble des vols au départ en raison d'une grève nationale interprofessionnelle.
[[Liège|PLACE]] (AFP) - Le [[parquet de Liège|ORG]] a ouvert une enquête après la découverte d'un corps dans la [[Meuse|PLACE]], près du [[pont de Fragnée|PLACE]].
[[Namur|PLACE]] (AFP) - Le ministre-président wallon [[Adrien Dolimont|PERSON]] a annoncé un plan d'économies de 1,5 milliard d'euros devant le [[Parlement de Wallonie|ORG]].
[[Charleroi|PLACE]] (AFP) - Le président du [[PS|ORG]] belge, [[Paul Magnette|PERSON]], a été réélu bourgmestre de [[Charleroi|PLACE]] à l'issue d'un scrutin serré.
[[Anvers|PLACE]] (AFP) - Les douanes ont saisi plus de 40 tonnes de cocaïne dans le port d'[[Anvers|PLACE]] depuis le début de l'année, un chiffre record.
[[Bruxelles|PLACE]] (AFP) - Le président des [[Engagés|ORG]], [[Maxime Prévot|PERSON]], devenu ministre des Affaires étrangères, effectue sa première visite à [[Kinshasa|PLACE]].
[[Bruxelles|PLACE]] (AFP) - Le [[PTB|ORG]] de [[Raoul Hedebouw|PERSON]] progresse fortement à [[Bruxelles|PLACE]] et en [[Wallonie|PLACE]], selon un sondage publié par [[Le Soir|ORG]] et la [[RTBF|ORG]].
[[Mons|PLACE]] (AFP) - Les inondations ont touché une vingtaine de communes du [[Hainaut|PLACE]], où la [[Haine|PLACE]] est sortie de son lit.
[[Gand|PLACE]] (AFP) - La police a démantelé un réseau de passeurs qui faisait transiter des migrants vers le [[Royaume-Uni|PLACE]] depuis la côte belge.
[[Bruxelles|PLACE]] (AFP) - La [[Cour constitutionnelle|ORG]] a annulé une partie de la loi sur la sécurité des données votée l'an dernier.
[[Bruxelles|PLACE]] (AFP) - Le roi [[Philippe|PERSON]] a reçu au [[Palais royal|PLACE]] les présidents des partis pour des consultations.
[[Louvain-la-Neuve|PLACE]] (AFP) - Des chercheurs de l'[[UCLouvain|ORG]] ont développé un test salivaire capable de détecter précocement la maladie de Parkinson.
[[Bruxelles|PLACE]] (AFP) - L'[[Institut royal météorologique|ORG]] a émis une alerte orange pour des orages violents sur l'ensemble du pays.
[[Spa|PLACE]] (AFP) - Le [[Grand Prix de Belgique|EVENT]] de Formule 1 restera au calendrier jusqu'en 2031 sur le circuit de [[Spa-Francorchamps|PLACE]].
[[Bruxelles|PLACE]] (AFP) - Le [[Standard de Liège|ORG]] a été battu 2-0 par le [[Club Bruges|ORG]] en [[Pro League|EVENT]], son troisième revers consécutif.
[[Tournai|PLACE]] (AFP) - La [[cathédrale Notre-Dame de Tournai|PLACE]] a rouvert ses portes après près de vingt ans de restauration.
[[Bruxelles|PLACE]] (AFP) - La [[STIB|ORG]] va étendre le réseau de métro vers le nord de la capitale, un chantier estimé à 2 milliards d'euros.
[[Arlon|PLACE]] (AFP) - Les travailleurs frontaliers de la province de [[Luxembourg|PLACE]] se plaignent des embouteillages sur l'autoroute [[E411|PLACE]].
En [[Belgique|PLACE]], le nombre de faillites a reculé de 6 % au troisième trimestre, selon les chiffres de [[Statbel|ORG]].
La ministre fédérale de l'Intérieur a annoncé le recrutement de 1 600 policiers supplémentaires d'ici la fin de la législature.
Les négociations pour la formation du gouvernement bruxellois sont dans l'impasse depuis plus d'un an.
Le bourgmestre a décidé d'interdire la manifestation prévue dimanche, invoquant des risques de troubles à l'ordre public.
# Suisse
[[Berne|PLACE]] (AFP) - Le [[Conseil fédéral|ORG]] a décidé mercredi de reprendre le dialogue avec l'[[Union européenne|ORG]] sur les accords bilatéraux.
[[Berne|PLACE]] (AFP) - La présidente de la Confédération, [[Karin Keller-Sutter|PERSON]], s'est entretenue à [[Washington|PLACE]] avec des responsables américains au sujet des droits de douane.
[[Genève|PLACE]] (AFP) - Les électeurs suisses ont rejeté dimanche à 58 % l'initiative populaire visant à limiter la population à 10 millions d'habitants.
[[Genève|PLACE]] (AFP) - Le [[Comité international de la Croix-Rouge|ORG]] va supprimer 270 postes à son siège de [[Genève|PLACE]] faute de financements.
[[Lausanne|PLACE]] (AFP) - Le [[Comité international olympique|ORG]] a élu [[Kirsty Coventry|PERSON]] à sa présidence, une première pour une femme.
[[Zurich|PLACE]] (AFP) - [[UBS|ORG]] a annoncé un bénéfice trimestriel supérieur aux attentes, porté par la gestion de fortune.
[[Zurich|PLACE]] (AFP) - La [[Banque nationale suisse|ORG]] a abaissé son taux directeur à zéro pour contrer la vigueur du franc.
[[Berne|PLACE]] (AFP) - L'[[Office fédéral de l'environnement|ORG]] recommande de limiter les prélèvements d'eau dans les rivières du [[Tessin|PLACE]] et du [[Valais|PLACE]].
[[Berne|PLACE]] (AFP) - L'[[Office fédéral de la santé publique|ORG]] a lancé une campagne de vaccination contre la grippe destinée aux plus de 65 ans.
[[Sion|PLACE]] (AFP) - Le glacier du [[Birch|PLACE]] s'est effondré sur le village de [[Blatten|PLACE]], dans le [[Lötschental|PLACE]], évacué quelques jours plus tôt.
[[Neuchâtel|PLACE]] (AFP) - Le [[Grand Conseil neuchâtelois|ORG]] a adopté un salaire minimum cantonal de 21 francs de l'heure.
[[Genève|PLACE]] (AFP) - L'[[Organisation mondiale de la santé|ORG]] a adopté mardi un accord international sur la prévention des pandémies.
[[Genève|PLACE]] (AFP) - Le [[Haut-Commissariat des Nations unies pour les réfugiés|ORG]] s'alarme de la baisse des contributions des États donateurs.
[[Fribourg|PLACE]] (AFP) - Le [[HC Fribourg-Gottéron|ORG]] s'est qualifié pour la finale des play-off après sa victoire 4-2 contre le [[HC Davos|ORG]].
[[Lugano|PLACE]] (AFP) - Une coulée de boue a emporté une route cantonale dans le [[Val Maggia|PLACE]], isolant plusieurs villages.
[[Berne|PLACE]] (AFP) - Le [[Conseil national|ORG]] a approuvé l'achat de nouveaux systèmes de défense sol-air pour un montant de 2 milliards de francs.
[[Lausanne|PLACE]] (AFP) - Le [[Tribunal fédéral|ORG]] a confirmé la condamnation d'un ancien banquier genevois pour blanchiment aggravé.
[[Bellinzone|PLACE]] (AFP) - Le [[Tribunal pénal fédéral|ORG]] a acquitté l'ancien président de la [[FIFA|ORG]] [[Sepp Blatter|PERSON]] et l'ex-président de l'[[UEFA|ORG]] [[Michel Platini|PERSON]].
[[Vevey|PLACE]] (AFP) - [[Nestlé|ORG]] a limogé son directeur général [[Laurent Freixe|PERSON]] pour une relation non déclarée avec une subordonnée.
[[Bâle|PLACE]] (AFP) - Le groupe pharmaceutique [[Roche|ORG]] va investir 50 milliards de dollars aux [[États-Unis|PLACE]] au cours des cinq prochaines années.
[[Montreux|PLACE]] (AFP) - Le [[Montreux Jazz Festival|EVENT]] a affiché complet pour sa soirée d'ouverture, marquée par un concert très attendu.
[[Vevey|PLACE]] (AFP) - La [[Fête des vignerons|EVENT]], organisée environ tous les vingt ans, a attiré près d'un million de spectateurs.
[[Adelboden|PLACE]] (AFP) - Le Suisse [[Marco Odermatt|PERSON]] a remporté le slalom géant d'[[Adelboden|PLACE]], sa cinquième victoire sur la [[Chuenisbärgli|PLACE]].
[[Genève|PLACE]] (AFP) - Le [[Servette FC|ORG]] a été éliminé de la [[Ligue Europa|EVENT]] après sa défaite aux tirs au but.
En [[Suisse romande|PLACE]], les prix des loyers ont encore progressé de 3,4 % sur un an, selon l'[[Office fédéral du logement|ORG]].
Les [[CFF|ORG]] prévoient de moderniser la ligne du [[Simplon|PLACE]] afin d'améliorer la ponctualité des trains entre [[Brigue|PLACE]] et [[Milan|PLACE]].
Le peuple devra se prononcer en juin sur l'introduction d'une taxe sur les successions.
Les cantons ont été invités à renforcer la surveillance des cours d'eau en prévision de la fonte des neiges.
Le parlement a rejeté la proposition visant à assouplir les règles sur l'exportation de matériel de guerre.
# Québec et Canada
[[Montréal|PLACE]] (AFP) - Le Premier ministre du [[Québec|PLACE]], [[François Legault|PERSON]], a annoncé un remaniement ministériel après la démission de trois ministres.
[[Québec|PLACE]] (AFP) - L'[[Assemblée nationale du Québec|ORG]] a adopté un projet de loi renforçant la protection de la langue française dans les entreprises.
[[Montréal|PLACE]] (AFP) - Le chef du [[Parti québécois|ORG]], [[Paul St-Pierre Plamondon|PERSON]], promet un référendum sur la souveraineté dans un premier mandat.
[[Ottawa|PLACE]] (AFP) - Le Premier ministre canadien [[Mark Carney|PERSON]] a annoncé des mesures de rétorsion contre les droits de douane américains sur l'acier.
[[Ottawa|PLACE]] (AFP) - La [[Chambre des communes|ORG]] a adopté en troisième lecture le projet de loi sur les grands projets d'infrastructures.
[[Montréal|PLACE]] (AFP) - [[Hydro-Québec|ORG]] a annoncé des investissements de 185 milliards de dollars canadiens pour doubler sa production d'ici 2050.
[[Montréal|PLACE]] (AFP) - La [[Société de transport de Montréal|ORG]] a conclu un accord avec ses employés d'entretien, mettant fin à une grève de trois semaines.
[[Montréal|PLACE]] (AFP) - Les [[Canadiens de Montréal|ORG]] se sont inclinés 3-2 en prolongation face aux [[Maple Leafs de Toronto|ORG]] au [[Centre Bell|PLACE]].
[[Gatineau|PLACE]] (AFP) - Plus de 400 résidences ont été évacuées à la suite de la crue de la [[rivière des Outaouais|PLACE]].
[[Sept-Îles|PLACE]] (AFP) - Les feux de forêt qui ravagent la [[Côte-Nord|PLACE]] ont forcé l'évacuation de plusieurs milliers de personnes.
[[Québec|PLACE]] (AFP) - Le [[Carnaval de Québec|EVENT]] a accueilli plus de 500 000 visiteurs malgré un froid exceptionnel.
[[Montréal|PLACE]] (AFP) - Le réalisateur [[Denis Villeneuve|PERSON]] tournera un film de science-fiction pour le studio [[Amazon MGM|ORG]], a confirmé son agent.
[[Montréal|PLACE]] (AFP) - Les chercheurs de l'[[Université de Montréal|ORG]] et du [[Mila|ORG]] ont présenté un nouveau modèle d'intelligence artificielle appliqué à la chimie.
[[Toronto|PLACE]] (AFP) - La [[Gendarmerie royale du Canada|ORG]] a arrêté deux hommes soupçonnés de préparer un attentat contre une synagogue.
[[Vancouver|PLACE]] (AFP) - Un séisme de magnitude 6,1 a été ressenti au large de l'île de [[Vancouver|PLACE]], sans faire de victime.
[[Moncton|PLACE]] (AFP) - Le [[Nouveau-Brunswick|PLACE]] a élu sa première Première ministre, la libérale [[Susan Holt|PERSON]].
[[Rimouski|PLACE]] (AFP) - La pêche au crabe des neiges a été suspendue dans le [[golfe du Saint-Laurent|PLACE]] après l'observation de baleines noires.
[[Montréal|PLACE]] (AFP) - Selon [[La Presse|ORG]], la mairesse [[Valérie Plante|PERSON]] ne briguera pas de troisième mandat.
[[Québec|PLACE]] (AFP) - [[Statistique Canada|ORG]] indique que le taux de chômage au [[Québec|PLACE]] a grimpé à 5,9 % en septembre.
[[Trois-Rivières|PLACE]] (AFP) - L'usine de papier de la ville fermera ses portes en décembre, privant d'emploi 250 travailleurs.
Au [[Canada|PLACE]], les incendies ont déjà brûlé plus de 7 millions d'hectares depuis le début de la saison.
La [[Caisse de dépôt et placement du Québec|ORG]] a affiché un rendement de 9,4 % pour l'année, porté par les marchés boursiers.
Le syndicat des enseignants a accepté l'entente de principe conclue avec le gouvernement après des mois de négociations.
Les élèves de la province reprendront les cours lundi, après deux semaines de grève dans le secteur public.
# Luxembourg, Monaco
[[Luxembourg|PLACE]] (AFP) - Le Premier ministre luxembourgeois [[Luc Frieden|PERSON]] a plaidé pour un renforcement de la défense européenne.
[[Luxembourg|PLACE]] (AFP) - La [[Cour de justice de l'Union européenne|ORG]] a condamné la [[Hongrie|PLACE]] à une amende de 200 millions d'euros pour sa politique d'asile.
[[Luxembourg|PLACE]] (AFP) - Le grand-duc [[Henri|PERSON]] a abdiqué en faveur de son fils [[Guillaume|PERSON]], devenu le nouveau souverain du pays.
[[Monaco|PLACE]] (AFP) - Le prince [[Albert II|PERSON]] a inauguré le nouveau quartier de [[Mareterra|PLACE]], gagné sur la mer.
[[Monaco|PLACE]] (AFP) - Le Monégasque [[Charles Leclerc|PERSON]] a remporté le [[Grand Prix de Monaco|EVENT]] devant son public, une première depuis 1931.
[[Monaco|PLACE]] (AFP) - L'[[AS Monaco|ORG]] s'est imposée 3-1 au [[stade Louis-II|PLACE]] face au [[Stade brestois|ORG]].
[[Esch-sur-Alzette|PLACE]] (AFP) - Le sidérurgiste [[ArcelorMittal|ORG]] va fermer un laminoir, menaçant 300 emplois dans le sud du pays.
Le grand-duché compte désormais plus de 670 000 habitants, dont près de la moitié sont étrangers.
Les travailleurs frontaliers représentent près de 47 % de l'emploi salarié dans le pays, selon les derniers chiffres officiels.
# mixte francophonie
[[Paris|PLACE]] (AFP) - L'[[Organisation internationale de la francophonie|ORG]] a suspendu la [[Guinée|PLACE]] de ses instances après le report des élections.
[[Villers-Cotterêts|PLACE]] (AFP) - La [[Cité internationale de la langue française|ORG]] a accueilli plus de 300 000 visiteurs depuis son ouverture.
[[Paris|PLACE]] (AFP) - La Rwandaise [[Louise Mushikiwabo|PERSON]] a été reconduite à la tête de l'[[OIF|ORG]] pour un second mandat.
[[Kinshasa|PLACE]] (AFP) - Les [[Jeux de la Francophonie|EVENT]] se tiendront à [[Kinshasa|PLACE]] malgré les inquiétudes sur la sécurité.
[[Québec|PLACE]] (AFP) - Le [[Festival d'été de Québec|EVENT]] a annoncé une programmation de plus de 250 spectacles.
[[Spa|PLACE]] (AFP) - Les [[Francofolies de Spa|EVENT]] ont affiché complet pour leur 31e édition.
[[Genève|PLACE]] (AFP) - Le [[Salon de l'automobile de Genève|EVENT]] ne sera plus organisé, ont annoncé ses organisateurs.
[[Bruxelles|PLACE]] (AFP) - Les [[20 km de Bruxelles|EVENT]] ont réuni plus de 40 000 coureurs sous un soleil de plomb.
Les organisateurs ont annoncé que l'édition de l'an prochain se tiendrait sur trois jours au lieu de quatre.
La billetterie a été ouverte lundi matin et plus de la moitié des places ont été vendues en moins d'une heure.
# Afrique de l'Ouest et centrale
[[Dakar|PLACE]] (AFP) - Le président sénégalais [[Bassirou Diomaye Faye|PERSON]] a nommé un nouveau gouvernement dirigé par [[Ousmane Sonko|PERSON]], qui conserve la primature.
[[Dakar|PLACE]] (AFP) - Le parti [[Pastef|ORG]] a remporté la majorité absolue à l'[[Assemblée nationale|ORG]] lors des législatives anticipées.
[[Dakar|PLACE]] (AFP) - L'armée française a officiellement remis au [[Sénégal|PLACE]] ses dernières emprises militaires, mettant fin à plus de soixante ans de présence.
[[Abidjan|PLACE]] (AFP) - Le président ivoirien [[Alassane Ouattara|PERSON]] a été investi pour un quatrième mandat lors d'une cérémonie au palais présidentiel.
[[Abidjan|PLACE]] (AFP) - Le [[Parti démocratique de Côte d'Ivoire|ORG]] de [[Tidjane Thiam|PERSON]] a dénoncé son exclusion de la liste électorale par le [[Conseil constitutionnel|ORG]].
[[Bamako|PLACE]] (AFP) - La junte au pouvoir au [[Mali|PLACE]] a dissous tous les partis politiques par décret, a annoncé la télévision publique [[ORTM|ORG]].
[[Bamako|PLACE]] (AFP) - Le général [[Assimi Goïta|PERSON]] a obtenu un mandat présidentiel de cinq ans renouvelable sans élection.
[[Ouagadougou|PLACE]] (AFP) - Le capitaine [[Ibrahim Traoré|PERSON]] a limogé son Premier ministre et dissous le gouvernement, selon un décret lu à la télévision nationale.
[[Niamey|PLACE]] (AFP) - Le [[Niger|PLACE]] a annoncé la nationalisation de la filiale locale d'[[Orano|ORG]], qui exploitait la mine d'uranium d'[[Arlit|PLACE]].
[[Niamey|PLACE]] (AFP) - Les pays de l'[[Alliance des États du Sahel|ORG]] ont officialisé leur retrait de la [[Communauté économique des États de l'Afrique de l'Ouest|ORG]].
[[Conakry|PLACE]] (AFP) - Le chef de la junte guinéenne, le général [[Mamadi Doumbouya|PERSON]], a annoncé sa candidature à l'élection présidentielle.
[[Lomé|PLACE]] (AFP) - Le président [[Faure Gnassingbé|PERSON]] a prêté serment comme président du Conseil des ministres, un poste créé par la nouvelle Constitution.
[[Cotonou|PLACE]] (AFP) - Des soldats béninois ont été tués dans une attaque jihadiste dans le [[parc du W|PLACE]], près de la frontière avec le [[Burkina Faso|PLACE]] et le [[Niger|PLACE]].
[[Yaoundé|PLACE]] (AFP) - À 92 ans, le président camerounais [[Paul Biya|PERSON]] a été proclamé vainqueur de la présidentielle par le [[Conseil constitutionnel|ORG]].
[[Douala|PLACE]] (AFP) - Des heurts ont éclaté entre partisans de l'opposant [[Issa Tchiroma Bakary|PERSON]] et forces de l'ordre dans plusieurs quartiers de la ville.
[[Libreville|PLACE]] (AFP) - Le général [[Brice Clotaire Oligui Nguema|PERSON]] a été élu président du [[Gabon|PLACE]] avec plus de 90 % des voix.
[[Kinshasa|PLACE]] (AFP) - Le président [[Félix Tshisekedi|PERSON]] accuse le [[Rwanda|PLACE]] de soutenir les rebelles du [[M23|ORG]] dans l'est de la [[République démocratique du Congo|PLACE]].
[[Goma|PLACE]] (AFP) - Les combattants du [[M23|ORG]] se sont emparés de l'aéroport de [[Goma|PLACE]], chef-lieu de la province du [[Nord-Kivu|PLACE]].
[[Bukavu|PLACE]] (AFP) - Des milliers de déplacés ont fui vers [[Uvira|PLACE]] après l'entrée des rebelles dans la capitale du [[Sud-Kivu|PLACE]].
[[Brazzaville|PLACE]] (AFP) - Le président [[Denis Sassou Nguesso|PERSON]] a reçu son homologue centrafricain [[Faustin-Archange Touadéra|PERSON]] pour évoquer la sécurité régionale.
[[N'Djamena|PLACE]] (AFP) - Le [[Tchad|PLACE]] a mis fin à l'accord de coopération militaire avec la [[France|PLACE]], qui a retiré ses derniers soldats du pays.
[[Bangui|PLACE]] (AFP) - La [[Minusca|ORG]] a renforcé ses patrouilles dans le nord-ouest de la [[Centrafrique|PLACE]] après des attaques contre des civils.
[[Nouakchott|PLACE]] (AFP) - La [[Mauritanie|PLACE]] a commencé à exporter du gaz naturel liquéfié depuis le champ de [[Grand Tortue Ahmeyim|PLACE]].
[[Antananarivo|PLACE]] (AFP) - Des milliers de jeunes ont manifesté dans la capitale malgache contre les coupures d'eau et d'électricité, à l'appel du collectif [[Gen Z Madagascar|ORG]].
[[Kigali|PLACE]] (AFP) - Le président rwandais [[Paul Kagame|PERSON]] a rejeté les accusations de l'[[ONU|ORG]] sur la présence de soldats rwandais en [[RDC|PLACE]].
[[Abidjan|PLACE]] (AFP) - La [[Banque africaine de développement|ORG]] a élu à sa présidence le Mauritanien [[Sidi Ould Tah|PERSON]].
[[Dakar|PLACE]] (AFP) - La [[Banque centrale des États de l'Afrique de l'Ouest|ORG]] a maintenu son principal taux directeur à 3,5 %.
[[Ouagadougou|PLACE]] (AFP) - Le [[Festival panafricain du cinéma et de la télévision de Ouagadougou|EVENT]] a récompensé un film tunisien.
[[Abidjan|PLACE]] (AFP) - La [[Côte d'Ivoire|PLACE]] a battu le [[Nigeria|PLACE]] 2-1 en finale de la [[Coupe d'Afrique des nations|EVENT]].
Dans le nord du pays, les attaques de groupes armés ont contraint plus de deux millions de personnes à quitter leur foyer.
Les observateurs ont relevé de nombreuses irrégularités dans le décompte des voix, selon un rapport préliminaire.
La junte a annoncé la suspension de la diffusion de plusieurs médias étrangers, accusés de « désinformation ».
# Maghreb
[[Alger|PLACE]] (AFP) - Le président [[Abdelmadjid Tebboune|PERSON]] a gracié l'écrivain franco-algérien [[Boualem Sansal|PERSON]], condamné à cinq ans de prison.
[[Alger|PLACE]] (AFP) - La compagnie pétrolière publique [[Sonatrach|ORG]] a signé un contrat d'exploration avec l'américain [[ExxonMobil|ORG]].
[[Tunis|PLACE]] (AFP) - Le président tunisien [[Kaïs Saïed|PERSON]] a limogé son Premier ministre, le troisième en moins de deux ans.
[[Tunis|PLACE]] (AFP) - L'avocate et chroniqueuse [[Sonia Dahmani|PERSON]] a été condamnée à deux ans de prison pour des propos tenus à la radio.
[[Rabat|PLACE]] (AFP) - Le roi [[Mohammed VI|PERSON]] a appelé à accélérer les chantiers d'infrastructures en vue de la [[Coupe du monde 2030|EVENT]].
[[Rabat|PLACE]] (AFP) - Des milliers de jeunes ont manifesté à [[Rabat|PLACE]], [[Casablanca|PLACE]] et [[Agadir|PLACE]] pour réclamer de meilleurs services de santé et d'éducation.
[[Marrakech|PLACE]] (AFP) - Deux ans après le séisme qui a frappé la région d'[[Al-Haouz|PLACE]], de nombreux villages attendent toujours leur reconstruction.
[[Casablanca|PLACE]] (AFP) - L'[[Office chérifien des phosphates|ORG]] a annoncé un investissement de 13 milliards de dollars dans les engrais verts.
[[Tanger|PLACE]] (AFP) - Le port de [[Tanger Med|PLACE]] a traité un volume record de conteneurs l'an dernier.
[[Tripoli|PLACE]] (AFP) - Des combats entre milices rivales ont fait au moins six morts dans la capitale libyenne.
Le pays fait face à une sécheresse historique, la sixième année consécutive de déficit pluviométrique.
# Proche et Moyen-Orient
[[Gaza|PLACE]] (AFP) - La [[Défense civile|ORG]] de [[Gaza|PLACE]] a fait état d'au moins 30 morts dans des frappes israéliennes nocturnes sur le sud du territoire.
[[Jérusalem|PLACE]] (AFP) - Le Premier ministre israélien [[Benjamin Netanyahou|PERSON]] a rejeté les conditions posées par le [[Hamas|ORG]] pour un cessez-le-feu.
[[Beyrouth|PLACE]] (AFP) - Le président libanais [[Joseph Aoun|PERSON]] a appelé le [[Hezbollah|ORG]] à remettre ses armes à l'armée.
[[Damas|PLACE]] (AFP) - Le président syrien par intérim [[Ahmad al-Chareh|PERSON]] a reçu à [[Damas|PLACE]] une délégation de l'[[Union européenne|ORG]].
[[Téhéran|PLACE]] (AFP) - L'[[Iran|PLACE]] a suspendu sa coopération avec l'[[Agence internationale de l'énergie atomique|ORG]] après les frappes sur ses sites nucléaires.
[[Ramallah|PLACE]] (AFP) - Le président de l'[[Autorité palestinienne|ORG]], [[Mahmoud Abbas|PERSON]], a salué la reconnaissance de l'[[État de Palestine|PLACE]] par la [[France|PLACE]].
[[Riyad|PLACE]] (AFP) - Le prince héritier saoudien [[Mohammed ben Salmane|PERSON]] a reçu le président américain lors d'une visite consacrée aux investissements.
[[Doha|PLACE]] (AFP) - Le [[Qatar|PLACE]] et l'[[Égypte|PLACE]] poursuivent leur médiation entre [[Israël|PLACE]] et le [[Hamas|ORG]] pour un échange de prisonniers.
[[Le Caire|PLACE]] (AFP) - Le [[Grand Musée égyptien|ORG]] a ouvert ses portes au public près des pyramides de [[Gizeh|PLACE]], après deux décennies de travaux.
[[Bagdad|PLACE]] (AFP) - Le Premier ministre irakien a annoncé la tenue d'élections législatives anticipées en novembre.
[[Ankara|PLACE]] (AFP) - Le président turc [[Recep Tayyip Erdogan|PERSON]] a proposé d'accueillir des pourparlers entre [[Moscou|PLACE]] et [[Kiev|PLACE]] à [[Istanbul|PLACE]].
L'aide humanitaire reste bloquée au point de passage, où des centaines de camions attendent depuis plusieurs jours.
# Ukraine, Russie, Europe
[[Kiev|PLACE]] (AFP) - Le président ukrainien [[Volodymyr Zelensky|PERSON]] a appelé ses alliés à livrer davantage de systèmes de défense antiaérienne après une nuit de frappes russes.
[[Kiev|PLACE]] (AFP) - Au moins 15 personnes ont été tuées dans une attaque de missiles russes sur [[Kharkiv|PLACE]], la deuxième ville du pays.
[[Moscou|PLACE]] (AFP) - Le président russe [[Vladimir Poutine|PERSON]] a proposé une trêve de trois jours à l'occasion des commémorations du 9 mai.
[[Moscou|PLACE]] (AFP) - Le chef de la diplomatie russe, [[Sergueï Lavrov|PERSON]], a qualifié de « provocation » les nouvelles sanctions européennes.
[[Odessa|PLACE]] (AFP) - Des drones ont visé les installations portuaires d'[[Odessa|PLACE]], endommageant un cargo battant pavillon panaméen.
[[Varsovie|PLACE]] (AFP) - La [[Pologne|PLACE]] a fermé son espace aérien à l'est du pays après l'intrusion de drones russes, a annoncé l'état-major.
[[Berlin|PLACE]] (AFP) - Le chancelier allemand [[Friedrich Merz|PERSON]] a reçu à [[Berlin|PLACE]] ses homologues français et polonais pour un sommet du « triangle de Weimar ».
[[Londres|PLACE]] (AFP) - Le Premier ministre britannique [[Keir Starmer|PERSON]] a annoncé un durcissement des règles d'immigration.
[[Rome|PLACE]] (AFP) - La présidente du Conseil italien [[Giorgia Meloni|PERSON]] a défendu l'accord migratoire conclu avec l'[[Albanie|PLACE]].
[[Bruxelles|PLACE]] (AFP) - La présidente de la [[Commission européenne|ORG]], [[Ursula von der Leyen|PERSON]], a présenté un plan de 800 milliards d'euros pour réarmer l'[[Europe|PLACE]].
[[Bruxelles|PLACE]] (AFP) - Les ministres des Affaires étrangères de l'[[UE|ORG]] se sont mis d'accord sur un dix-huitième paquet de sanctions contre la [[Russie|PLACE]].
[[La Haye|PLACE]] (AFP) - Les dirigeants des pays de l'[[Otan|ORG]] se sont engagés à consacrer 5 % de leur PIB à la défense d'ici 2035.
[[La Haye|PLACE]] (AFP) - La [[Cour pénale internationale|ORG]] a émis un mandat d'arrêt contre l'ancien président philippin [[Rodrigo Duterte|PERSON]].
[[Budapest|PLACE]] (AFP) - Le Premier ministre hongrois [[Viktor Orban|PERSON]] a de nouveau bloqué l'ouverture des négociations d'adhésion avec l'[[Ukraine|PLACE]].
Le [[Kremlin|ORG]] a démenti toute implication dans le sabotage du câble sous-marin, qualifiant les accusations de « absurdes ».
# Amériques et Asie
[[Washington|PLACE]] (AFP) - Le président américain [[Donald Trump|PERSON]] a annoncé des droits de douane de 30 % sur les importations en provenance de l'[[Union européenne|ORG]] et du [[Mexique|PLACE]].
[[Washington|PLACE]] (AFP) - La [[Cour suprême|ORG]] des [[États-Unis|PLACE]] a autorisé l'administration à poursuivre les expulsions de migrants vers des pays tiers.
[[Washington|PLACE]] (AFP) - La [[Réserve fédérale|ORG]] a abaissé ses taux d'un quart de point, une première depuis décembre.
[[New York|PLACE]] (AFP) - Le secrétaire général de l'[[ONU|ORG]], [[Antonio Guterres|PERSON]], a averti que la famine menaçait plusieurs millions de personnes au [[Soudan|PLACE]].
[[New York|PLACE]] (AFP) - Le démocrate [[Zohran Mamdani|PERSON]] a remporté l'élection municipale de [[New York|PLACE]].
[[Los Angeles|PLACE]] (AFP) - Les incendies qui ravagent le comté de [[Los Angeles|PLACE]] ont détruit plus de 12 000 bâtiments.
[[Pékin|PLACE]] (AFP) - Le président chinois [[Xi Jinping|PERSON]] a présidé un défilé militaire géant [[place Tiananmen|PLACE]].
[[Tokyo|PLACE]] (AFP) - [[Sanae Takaichi|PERSON]] est devenue la première femme à diriger le gouvernement japonais.
[[Séoul|PLACE]] (AFP) - L'ancien président sud-coréen [[Yoon Suk Yeol|PERSON]] a été arrêté dans le cadre de l'enquête sur la loi martiale.
[[New Delhi|PLACE]] (AFP) - L'[[Inde|PLACE]] et le [[Pakistan|PLACE]] ont conclu un cessez-le-feu après quatre jours d'affrontements dans le [[Cachemire|PLACE]].
[[Port-au-Prince|PLACE]] (AFP) - Les gangs contrôlent désormais près de 90 % de la capitale haïtienne, selon l'[[ONU|ORG]].
[[Caracas|PLACE]] (AFP) - L'opposante vénézuélienne [[María Corina Machado|PERSON]] a reçu le prix Nobel de la paix.
[[Buenos Aires|PLACE]] (AFP) - Le président argentin [[Javier Milei|PERSON]] a remporté les législatives de mi-mandat, renforçant sa position au [[Congrès|ORG]].
[[Brasilia|PLACE]] (AFP) - La [[Cour suprême|ORG]] brésilienne a condamné l'ancien président [[Jair Bolsonaro|PERSON]] à 27 ans de prison pour tentative de coup d'État.
[[Mexico|PLACE]] (AFP) - La présidente mexicaine [[Claudia Sheinbaum|PERSON]] a annoncé le déploiement de 10 000 soldats à la frontière nord.
[[Bogota|PLACE]] (AFP) - Le sénateur colombien [[Miguel Uribe|PERSON]], blessé par balle lors d'un meeting, est décédé à l'hôpital.
[[Belém|PLACE]] (AFP) - La [[COP30|EVENT]] s'est achevée sur un accord jugé décevant par les pays les plus vulnérables.
[[Sydney|PLACE]] (AFP) - L'[[Australie|PLACE]] a interdit l'accès aux réseaux sociaux pour les moins de 16 ans.
Les deux dirigeants se sont quittés sans annonce concrète, mais ont promis de se revoir « dans les prochains mois ».
Les autorités ont fait état d'une centaine de drones abattus pendant la nuit au-dessus de plusieurs régions.
Des négociations indirectes doivent reprendre la semaine prochaine, selon une source diplomatique.
Le cessez-le-feu reste fragile, et des tirs sporadiques ont été signalés tout au long de la journée.
Le bilan de la catastrophe pourrait encore s'alourdir, ont prévenu les secours.
# économie et entreprises
[[Paris|PLACE]] (AFP) - [[TotalEnergies|ORG]] a publié un bénéfice net ajusté de 4,2 milliards de dollars au deuxième trimestre, en baisse de 30 % sur un an.
[[Paris|PLACE]] (AFP) - Le PDG de [[TotalEnergies|ORG]], [[Patrick Pouyanné|PERSON]], a confirmé le projet de cotation de la compagnie à [[New York|PLACE]].
[[Paris|PLACE]] (AFP) - [[LVMH|ORG]] a vu ses ventes reculer de 4 % au premier semestre, pénalisées par le ralentissement de la demande en [[Chine|PLACE]].
[[Paris|PLACE]] (AFP) - Le constructeur automobile [[Stellantis|ORG]] a nommé l'Italien [[Antonio Filosa|PERSON]] au poste de directeur général.
[[Paris|PLACE]] (AFP) - [[Renault|ORG]] va supprimer jusqu'à 3 000 postes dans ses fonctions support, selon des documents consultés par l'[[AFP|ORG]].
[[Toulouse|PLACE]] (AFP) - [[Airbus|ORG]] a livré 673 avions commerciaux l'an dernier, un niveau inférieur à son objectif initial en raison de problèmes de moteurs.
[[Paris|PLACE]] (AFP) - La [[SNCF|ORG]] a transporté un nombre record de voyageurs cet été, avec plus de 25 millions de billets de TGV vendus.
[[Paris|PLACE]] (AFP) - Le CAC 40 a clôturé en baisse de 1,8 % vendredi, plombé par les valeurs du luxe et de l'automobile.
[[Paris|PLACE]] (AFP) - L'[[Insee|ORG]] a confirmé une croissance de 0,3 % du produit intérieur brut au troisième trimestre.
[[Paris|PLACE]] (AFP) - Le taux de chômage est remonté à 7,6 % de la population active, selon les chiffres publiés jeudi par l'[[Institut national de la statistique et des études économiques|ORG]].
[[Paris|PLACE]] (AFP) - La [[Banque de France|ORG]] a révisé à la baisse ses prévisions de croissance pour l'an prochain, à 0,9 %.
[[Francfort|PLACE]] (AFP) - La [[Banque centrale européenne|ORG]] a maintenu ses taux directeurs inchangés, sa présidente [[Christine Lagarde|PERSON]] évoquant une inflation « sous contrôle ».
[[Paris|PLACE]] (AFP) - L'[[Autorité de la concurrence|ORG]] a infligé une amende de 150 millions d'euros à [[Apple|ORG]] pour abus de position dominante.
[[Paris|PLACE]] (AFP) - La [[Commission nationale de l'informatique et des libertés|ORG]] a sanctionné [[Google|ORG]] et [[Shein|ORG]] pour le dépôt de cookies sans consentement.
[[Paris|PLACE]] (AFP) - La start-up [[Mistral AI|ORG]] a levé 1,7 milliard d'euros auprès d'investisseurs, dont le néerlandais [[ASML|ORG]].
[[Paris|PLACE]] (AFP) - Le distributeur [[Carrefour|ORG]] a annoncé la cession de ses activités en [[Italie|PLACE]] à un fonds d'investissement.
[[Lyon|PLACE]] (AFP) - Le fabricant de chaudières [[Atlantic|ORG]] va investir 100 millions d'euros dans son usine de [[La Roche-sur-Yon|PLACE]].
[[Lille|PLACE]] (AFP) - Le groupe [[Auchan|ORG]] a présenté un plan social prévoyant la suppression de 2 400 emplois et la fermeture de dix magasins.
[[Dunkerque|PLACE]] (AFP) - [[ArcelorMittal|ORG]] a suspendu son projet de décarbonation de ses hauts-fourneaux de [[Dunkerque|PLACE]], invoquant le coût de l'énergie.
[[Bordeaux|PLACE]] (AFP) - Les ventes de vins de [[Bordeaux|PLACE]] à l'export ont chuté de 12 %, touchées par les droits de douane américains.
[[Paris|PLACE]] (AFP) - [[EDF|ORG]] a relevé son objectif de production nucléaire grâce au redémarrage du réacteur de [[Flamanville|PLACE]].
[[Paris|PLACE]] (AFP) - L'[[Autorité de sûreté nucléaire et de radioprotection|ORG]] a autorisé la prolongation de l'exploitation des réacteurs de 900 mégawatts au-delà de 40 ans.
[[Paris|PLACE]] (AFP) - Le groupe de défense [[Thales|ORG]] a relevé ses prévisions annuelles, porté par la hausse des commandes en [[Europe|PLACE]].
[[Paris|PLACE]] (AFP) - Le numéro un mondial du luxe, dirigé par [[Bernard Arnault|PERSON]], a racheté une participation dans le club du [[Paris FC|ORG]].
[[Paris|PLACE]] (AFP) - [[Air France-KLM|ORG]] a annoncé une prise de participation majoritaire dans la compagnie scandinave [[SAS|ORG]].
[[Paris|PLACE]] (AFP) - [[Orange|ORG]], [[Bouygues Telecom|ORG]] et [[Free|ORG]] ont déposé une offre commune pour le rachat de [[SFR|ORG]].
[[Genève|PLACE]] (AFP) - Le négociant en matières premières [[Trafigura|ORG]] a été condamné pour corruption en [[Angola|PLACE]] par le [[Tribunal pénal fédéral|ORG]].
[[Bruxelles|PLACE]] (AFP) - La [[Commission européenne|ORG]] a infligé une amende de 500 millions d'euros à [[Meta|ORG]] en vertu du règlement sur les marchés numériques.
[[Montréal|PLACE]] (AFP) - L'avionneur [[Bombardier|ORG]] a signé une commande de 50 jets d'affaires avec un client américain.
[[Casablanca|PLACE]] (AFP) - La compagnie [[Royal Air Maroc|ORG]] a commandé 30 avions [[Boeing|ORG]] pour renouveler sa flotte.
[[Dakar|PLACE]] (AFP) - La production de pétrole du champ de [[Sangomar|PLACE]], exploité par l'australien [[Woodside|ORG]], a dépassé les prévisions.
Le prix moyen du gazole à la pompe est repassé sous la barre de 1,60 euro le litre cette semaine.
Les marchés européens ont ouvert en nette hausse lundi, rassurés par les annonces sur les droits de douane.
L'inflation a ralenti à 1,1 % sur un an en septembre, son plus bas niveau depuis près de quatre ans.
Les défaillances d'entreprises ont atteint un niveau record sur douze mois, dépassant les 66 000.
Le déficit public devrait atteindre 5,4 % du produit intérieur brut cette année, selon le projet de budget.
Le groupe a annoncé une hausse de 8 % de son dividende, saluée par les investisseurs.
# travail et social
[[Paris|PLACE]] (AFP) - La secrétaire générale de la [[CGT|ORG]], [[Sophie Binet|PERSON]], a appelé à une journée de grève interprofessionnelle le 2 octobre.
[[Paris|PLACE]] (AFP) - La [[CFDT|ORG]] de [[Marylise Léon|PERSON]] a claqué la porte des négociations sur l'assurance chômage.
[[Paris|PLACE]] (AFP) - Le président du [[Medef|ORG]], [[Patrick Martin|PERSON]], a averti qu'une hausse des cotisations patronales serait « un très mauvais signal ».
[[Paris|PLACE]] (AFP) - Les contrôleurs aériens ont entamé une grève de deux jours à l'appel du syndicat [[SNCTA|ORG]], entraînant l'annulation de milliers de vols.
[[Paris|PLACE]] (AFP) - Le syndicat [[Sud-Rail|ORG]] a déposé un préavis de grève pour les vacances de Noël à la [[SNCF|ORG]].
[[Paris|PLACE]] (AFP) - Entre 500 000 et un million de personnes ont manifesté jeudi en [[France|PLACE]] contre le budget, selon les syndicats et le [[ministère de l'Intérieur|ORG]].
[[Paris|PLACE]] (AFP) - [[France Travail|ORG]] a recensé 3,1 millions de demandeurs d'emploi sans activité au troisième trimestre.
[[Paris|PLACE]] (AFP) - La [[FNSEA|ORG]] et les [[Jeunes Agriculteurs|ORG]] appellent à de nouvelles mobilisations contre l'accord commercial avec le [[Mercosur|ORG]].
[[Paris|PLACE]] (AFP) - Les chauffeurs de taxi ont bloqué le périphérique parisien pour protester contre la réforme du transport de malades.
[[Lyon|PLACE]] (AFP) - Les salariés de l'usine [[Vencorex|ORG]] de [[Pont-de-Claix|PLACE]] occupent le site depuis plus de quatre mois.
Les fonctionnaires recevront une prime exceptionnelle en décembre, a annoncé le ministre de la Fonction publique.
La grève a été très suivie dans les écoles primaires, où près d'un enseignant sur deux était absent.
Le salaire minimum sera revalorisé de 2 % au 1er janvier, soit une hausse d'environ 35 euros net par mois.
Les partenaires sociaux ont jusqu'à la fin de l'année pour trouver un accord sur la réforme des retraites.
# justice et faits divers
[[Paris|PLACE]] (AFP) - La [[cour criminelle du Vaucluse|ORG]] a condamné [[Dominique Pelicot|PERSON]] à vingt ans de réclusion pour avoir drogué et violé son épouse.
[[Paris|PLACE]] (AFP) - L'acteur [[Gérard Depardieu|PERSON]] a été condamné à dix-huit mois de prison avec sursis pour agressions sexuelles par le [[tribunal correctionnel de Paris|ORG]].
[[Paris|PLACE]] (AFP) - Le [[parquet national financier|ORG]] a ouvert une enquête préliminaire visant une ancienne ministre pour favoritisme.
[[Paris|PLACE]] (AFP) - Le [[parquet national antiterroriste|ORG]] s'est saisi de l'enquête sur l'attaque au couteau survenue vendredi à [[Mulhouse|PLACE]].
[[Paris|PLACE]] (AFP) - La [[cour d'appel de Paris|ORG]] rendra sa décision dans le dossier des assistants parlementaires du [[RN|ORG]] l'été prochain.
[[Paris|PLACE]] (AFP) - Des bijoux d'une valeur estimée à 88 millions d'euros ont été dérobés dimanche au [[musée du Louvre|ORG]], dans la [[galerie d'Apollon|PLACE]].
[[Paris|PLACE]] (AFP) - Quatre suspects ont été mis en examen après le vol spectaculaire au [[Louvre|ORG]], a annoncé la procureure de [[Paris|PLACE]], [[Laure Beccuau|PERSON]].
[[Marseille|PLACE]] (AFP) - Un adolescent de 15 ans a été tué par balle dans la cité de la [[Castellane|PLACE]], sur fond de trafic de stupéfiants.
[[Grenoble|PLACE]] (AFP) - Une fusillade près d'un point de deal du quartier [[Mistral|PLACE]] a fait deux blessés graves dans la nuit de samedi à dimanche.
[[Nantes|PLACE]] (AFP) - Un élève a poignardé une camarade dans un lycée privé, avant d'être maîtrisé par des enseignants.
[[Nice|PLACE]] (AFP) - La [[cour d'assises des Alpes-Maritimes|ORG]] a condamné à trente ans de réclusion l'auteur d'un triple meurtre à [[Cagnes-sur-Mer|PLACE]].
[[Bobigny|PLACE]] (AFP) - Deux policiers ont été blessés lors d'une intervention dans une cité de [[Seine-Saint-Denis|PLACE]].
[[Rennes|PLACE]] (AFP) - Le procès du chirurgien [[Joël Le Scouarnec|PERSON]], accusé de violences sexuelles sur près de 300 patients, s'est ouvert devant la [[cour criminelle du Morbihan|ORG]].
[[Lyon|PLACE]] (AFP) - L'[[Office anti-stupéfiants|ORG]] a saisi 2,5 tonnes de résine de cannabis dans un camion en provenance d'[[Espagne|PLACE]].
[[Ajaccio|PLACE]] (AFP) - Le militant indépendantiste [[Charles Pieri|PERSON]] a été mis en examen pour association de malfaiteurs.
[[Paris|PLACE]] (AFP) - Selon une source policière interrogée par l'[[AFP|ORG]], le suspect était connu des services de renseignement.
[[Strasbourg|PLACE]] (AFP) - La [[Cour européenne des droits de l'homme|ORG]] a condamné la [[France|PLACE]] pour les conditions de détention à la prison de [[Fresnes|PLACE]].
[[Bruxelles|PLACE]] (AFP) - Le [[parquet fédéral|ORG]] belge a inculpé trois personnes pour la préparation d'un attentat terroriste.
[[Genève|PLACE]] (AFP) - Le [[Ministère public genevois|ORG]] a ouvert une procédure pénale contre un négociant soupçonné de blanchiment.
Un homme de 34 ans a été interpellé mardi soir, soupçonné d'avoir agressé une joggeuse dans un parc de la ville.
La victime, grièvement blessée, a été transportée à l'hôpital en urgence absolue.
Le conducteur, qui circulait sans permis, a pris la fuite avant d'être rattrapé par les gendarmes.
L'enquête a été confiée à la police judiciaire, et une autopsie doit être pratiquée dans les prochains jours.
Le procès doit durer trois semaines et une centaine de témoins seront entendus.
Le prévenu, qui a reconnu les faits, a été placé en détention provisoire dans l'attente de son jugement.
# consommation et transports
[[Paris|PLACE]] (AFP) - La [[RATP|ORG]] prolongera la ligne 14 du métro jusqu'à l'aéroport d'[[Orly|PLACE]], désormais relié au centre de [[Paris|PLACE]] en 25 minutes.
[[Paris|PLACE]] (AFP) - Le trafic a été interrompu pendant plusieurs heures à la [[gare du Nord|PLACE]] après la découverte d'un engin explosif datant de la [[Seconde Guerre mondiale|EVENT]].
[[Lyon|PLACE]] (AFP) - La liaison ferroviaire entre [[Lyon|PLACE]] et [[Turin|PLACE]] restera fermée jusqu'à l'été après l'éboulement survenu dans la vallée de la [[Maurienne|PLACE]].
[[Paris|PLACE]] (AFP) - L'[[UFC-Que Choisir|ORG]] a porté plainte contre plusieurs fabricants de smartphones pour obsolescence programmée.
[[Paris|PLACE]] (AFP) - La [[Française des jeux|ORG]] a racheté le groupe de paris en ligne [[Kindred|ORG]] pour 2,6 milliards d'euros.
[[Marseille|PLACE]] (AFP) - L'armateur [[CMA CGM|ORG]], dirigé par [[Rodolphe Saadé|PERSON]], a annoncé l'acquisition d'une chaîne de télévision.
Les péages autoroutiers augmenteront en moyenne de 0,9 % au 1er février, selon les sociétés concessionnaires.
Le prix du ticket de métro à l'unité passera à 2,50 euros à partir de janvier.
# football
[[Paris|PLACE]] (AFP) - Le [[Paris Saint-Germain|ORG]] a remporté la [[Ligue des champions|EVENT]] pour la première fois de son histoire en écrasant l'[[Inter Milan|ORG]] 5-0 en finale à [[Munich|PLACE]].
[[Paris|PLACE]] (AFP) - L'attaquant du [[PSG|ORG]] [[Ousmane Dembélé|PERSON]] a reçu le Ballon d'or lors d'une cérémonie au [[théâtre du Châtelet|PLACE]].
[[Paris|PLACE]] (AFP) - L'entraîneur espagnol [[Luis Enrique|PERSON]] a prolongé son contrat avec le club de la capitale jusqu'en 2030.
[[Marseille|PLACE]] (AFP) - L'[[Olympique de Marseille|ORG]] s'est imposé 3-1 au [[Vélodrome|PLACE]] face à l'[[OGC Nice|ORG]] et remonte à la deuxième place de [[Ligue 1|EVENT]].
[[Marseille|PLACE]] (AFP) - L'entraîneur de l'[[OM|ORG]], [[Roberto De Zerbi|PERSON]], a regretté « un manque d'agressivité » après le match nul concédé à [[Lens|PLACE]].
[[Lyon|PLACE]] (AFP) - L'[[Olympique lyonnais|ORG]] a été rétrogradé à titre conservatoire en [[Ligue 2|EVENT]] par la [[Direction nationale du contrôle de gestion|ORG]].
[[Lyon|PLACE]] (AFP) - Le propriétaire américain de l'[[OL|ORG]], [[John Textor|PERSON]], a été écarté de la présidence du club par le conseil de surveillance.
[[Lille|PLACE]] (AFP) - Le [[LOSC|ORG]] a arraché le match nul 1-1 contre le [[Real Madrid|ORG]] au [[stade Pierre-Mauroy|PLACE]].
[[Lens|PLACE]] (AFP) - Le [[RC Lens|ORG]] a enchaîné une cinquième victoire consécutive devant 38 000 spectateurs au [[stade Bollaert-Delelis|PLACE]].
[[Rennes|PLACE]] (AFP) - Le [[Stade rennais|ORG]] a limogé son entraîneur après une série de six matches sans victoire.
[[Nantes|PLACE]] (AFP) - Le [[FC Nantes|ORG]] a battu le [[Stade brestois|ORG]] 2-1 dans le derby breton, grâce à un but dans le temps additionnel.
[[Saint-Étienne|PLACE]] (AFP) - L'[[AS Saint-Étienne|ORG]] a retrouvé la [[Ligue 1|EVENT]] après deux saisons passées à l'échelon inférieur.
[[Clairefontaine|PLACE]] (AFP) - Le sélectionneur [[Didier Deschamps|PERSON]] a convoqué l'attaquant [[Hugo Ekitike|PERSON]] pour la première fois en équipe de [[France|PLACE]].
[[Paris|PLACE]] (AFP) - La [[Fédération française de football|ORG]] a confirmé que [[Zinédine Zidane|PERSON]] succéderait à [[Didier Deschamps|PERSON]] après le [[Mondial 2026|EVENT]].
[[Paris|PLACE]] (AFP) - Le capitaine des Bleus [[Kylian Mbappé|PERSON]] a inscrit son 50e but en sélection, égalant le record d'[[Olivier Giroud|PERSON]].
[[Madrid|PLACE]] (AFP) - [[Kylian Mbappé|PERSON]] a offert la victoire au [[Real Madrid|ORG]] contre le [[FC Barcelone|ORG]] dans le clasico au [[stade Santiago-Bernabéu|PLACE]].
[[Paris|PLACE]] (AFP) - La [[Ligue de football professionnel|ORG]] a signé un nouveau contrat de droits télévisés avec [[DAZN|ORG]] et [[beIN Sports|ORG]].
[[Lyon|PLACE]] (AFP) - Les joueuses de l'[[OL Lyonnes|ORG]] se sont qualifiées pour la finale de la [[Ligue des champions|EVENT]] féminine.
[[Bruxelles|PLACE]] (AFP) - Le [[RSC Anderlecht|ORG]] a été éliminé de la [[Coupe de Belgique|EVENT]] par l'[[Union saint-gilloise|ORG]].
[[Berne|PLACE]] (AFP) - Les [[Young Boys|ORG]] ont été sacrés champions de [[Suisse|PLACE]] pour la septième fois en huit ans.
[[Rabat|PLACE]] (AFP) - Le [[Maroc|PLACE]] a battu le [[Sénégal|PLACE]] 1-0 et s'est qualifié pour la finale de la [[CAN|EVENT]] organisée à domicile.
[[Abidjan|PLACE]] (AFP) - L'[[ASEC Mimosas|ORG]] a décroché son 29e titre de champion de [[Côte d'Ivoire|PLACE]].
[[Kinshasa|PLACE]] (AFP) - Le [[TP Mazembe|ORG]] a remporté la [[Ligue des champions de la CAF|EVENT]] féminine pour la deuxième fois.
[[Le Caire|PLACE]] (AFP) - La [[Confédération africaine de football|ORG]] a annoncé que la prochaine [[Coupe d'Afrique des nations|EVENT]] aurait lieu en [[Afrique de l'Est|PLACE]].
[[Zurich|PLACE]] (AFP) - La [[FIFA|ORG]] a attribué l'organisation de la [[Coupe du monde 2034|EVENT]] à l'[[Arabie saoudite|PLACE]].
[[Nyon|PLACE]] (AFP) - L'[[UEFA|ORG]] a infligé une amende de 100 000 euros au club turc de [[Fenerbahçe|ORG]] pour des jets de fumigènes.
Le match a été interrompu pendant une vingtaine de minutes après des jets de projectiles sur la pelouse.
L'attaquant a été victime d'une rupture des ligaments croisés et sera absent plusieurs mois.
Les supporters ont déployé une banderole hostile à la direction avant le coup d'envoi.
Le club a annoncé le recrutement d'un milieu de terrain de 21 ans pour un montant de 40 millions d'euros.
# rugby
[[Toulouse|PLACE]] (AFP) - Le [[Stade toulousain|ORG]] a remporté son 23e titre de champion de [[France|PLACE]] en battant l'[[Union Bordeaux-Bègles|ORG]] en finale du [[Top 14|EVENT]].
[[Marcoussis|PLACE]] (AFP) - Le sélectionneur [[Fabien Galthié|PERSON]] a dévoilé une liste de 42 joueurs pour le [[Tournoi des six nations|EVENT]].
[[Saint-Denis|PLACE]] (AFP) - Le [[XV de France|ORG]] a battu l'[[Écosse|PLACE]] 35-16 au [[Stade de France|PLACE]] et remporte le [[Tournoi des six nations|EVENT]].
[[Paris|PLACE]] (AFP) - Le demi de mêlée [[Antoine Dupont|PERSON]] a été élu meilleur joueur du monde par [[World Rugby|ORG]].
[[Clermont-Ferrand|PLACE]] (AFP) - L'[[ASM Clermont Auvergne|ORG]] s'est imposée 27-20 face au [[RC Toulon|ORG]] au [[stade Marcel-Michelin|PLACE]].
[[Bordeaux|PLACE]] (AFP) - L'[[Union Bordeaux-Bègles|ORG]] a remporté la [[Champions Cup|EVENT]] après sa victoire en finale à [[Cardiff|PLACE]].
Les avants ont dominé la mêlée pendant toute la première période, mais les visiteurs ont tenu bon.
# tennis
[[Paris|PLACE]] (AFP) - L'Espagnol [[Carlos Alcaraz|PERSON]] a remporté [[Roland-Garros|EVENT]] en battant l'Italien [[Jannik Sinner|PERSON]] au terme d'une finale de plus de cinq heures.
[[Paris|PLACE]] (AFP) - La Française [[Loïs Boisson|PERSON]], issue des qualifications, a atteint les demi-finales de [[Roland-Garros|EVENT]].
[[Londres|PLACE]] (AFP) - [[Jannik Sinner|PERSON]] a été sacré à [[Wimbledon|EVENT]] pour la première fois, privant [[Carlos Alcaraz|PERSON]] d'un troisième titre consécutif.
[[New York|PLACE]] (AFP) - La Bélarusse [[Aryna Sabalenka|PERSON]] a conservé son titre à l'[[US Open|EVENT]] en dominant l'Américaine [[Amanda Anisimova|PERSON]].
[[Paris|PLACE]] (AFP) - Le [[Masters de Paris|EVENT]] quittera [[Bercy|PLACE]] pour s'installer à [[Nanterre|PLACE]] à partir de 2025.
[[Montréal|PLACE]] (AFP) - Le Québécois [[Félix Auger-Aliassime|PERSON]] s'est qualifié pour les quarts de finale de l'[[Omnium Banque Nationale|EVENT]].
[[Genève|PLACE]] (AFP) - [[Novak Djokovic|PERSON]] a remporté le tournoi de [[Genève|PLACE]], son centième titre sur le circuit [[ATP|ORG]].
# cyclisme
[[Paris|PLACE]] (AFP) - Le Slovène [[Tadej Pogacar|PERSON]] a remporté son quatrième [[Tour de France|EVENT]] sur les [[Champs-Élysées|PLACE]], devant le Danois [[Jonas Vingegaard|PERSON]].
[[Paris|PLACE]] (AFP) - Les organisateurs du [[Tour de France|EVENT]] ont annoncé que le Grand Départ serait donné à [[Barcelone|PLACE]] en 2026.
[[Roubaix|PLACE]] (AFP) - Le Néerlandais [[Mathieu van der Poel|PERSON]] a remporté [[Paris-Roubaix|EVENT]] pour la troisième fois d'affilée.
[[Liège|PLACE]] (AFP) - Le Belge [[Remco Evenepoel|PERSON]] a chuté lourdement lors de [[Liège-Bastogne-Liège|EVENT]] et souffre d'une fracture de la clavicule.
[[Paris|PLACE]] (AFP) - La Française [[Pauline Ferrand-Prévot|PERSON]] a remporté le [[Tour de France Femmes|EVENT]] après une victoire en solitaire à [[Châtel|PLACE]].
[[Lausanne|PLACE]] (AFP) - L'[[Union cycliste internationale|ORG]] a annoncé de nouvelles règles de sécurité après plusieurs chutes graves.
Le peloton a été surpris par une bordure dans les 30 derniers kilomètres, sous un vent violent.
# sports d'hiver et autres
[[Chamonix|PLACE]] (AFP) - Le Français [[Clément Noël|PERSON]] s'est imposé lors du slalom de [[Chamonix|PLACE]], sa première victoire de la saison.
[[Annecy|PLACE]] (AFP) - La biathlète [[Julia Simon|PERSON]] a été condamnée à une amende pour des fraudes à la carte bancaire au détriment de coéquipières.
[[Val d'Isère|PLACE]] (AFP) - La Suissesse [[Lara Gut-Behrami|PERSON]] a annoncé qu'elle prendrait sa retraite à l'issue des [[Jeux olympiques d'hiver de Milan-Cortina|EVENT]].
[[Le Mans|PLACE]] (AFP) - [[Ferrari|ORG]] a remporté les [[24 Heures du Mans|EVENT]] pour la troisième année consécutive.
[[Les Sables-d'Olonne|PLACE]] (AFP) - Le skipper [[Charlie Dalin|PERSON]] a remporté le [[Vendée Globe|EVENT]] en battant le record de l'épreuve.
[[Monaco|PLACE]] (AFP) - Le Suédois [[Armand Duplantis|PERSON]] a battu son propre record du monde de saut à la perche lors du meeting d'[[Herculis|EVENT]].
[[Paris|PLACE]] (AFP) - Le nageur [[Léon Marchand|PERSON]] a remporté quatre médailles d'or aux [[Jeux olympiques de Paris|EVENT]], devenant la star de la quinzaine.
[[Paris|PLACE]] (AFP) - Le judoka [[Teddy Riner|PERSON]] a décroché un troisième titre olympique individuel à l'[[Arena Champ-de-Mars|PLACE]].
[[San Antonio|PLACE]] (AFP) - [[Victor Wembanyama|PERSON]] a inscrit 40 points lors de la victoire des [[Spurs|ORG]] face aux [[Lakers|ORG]] en [[NBA|EVENT]].
[[Villeurbanne|PLACE]] (AFP) - L'[[ASVEL|ORG]] a été battue par le [[Paris Basketball|ORG]] en finale du championnat de [[France|PLACE]].
[[Lausanne|PLACE]] (AFP) - Le [[Tribunal arbitral du sport|ORG]] a suspendu pour trois mois le numéro un mondial pour un contrôle antidopage positif.
[[Montréal|PLACE]] (AFP) - Le [[Grand Prix du Canada|EVENT]] de Formule 1 a été remporté par [[George Russell|PERSON]] sur le [[circuit Gilles-Villeneuve|PLACE]].
[[Dakar|PLACE]] (AFP) - Les [[Jeux olympiques de la jeunesse|EVENT]] de [[Dakar|PLACE]] seront les premiers organisés sur le continent africain.
[[Paris|PLACE]] (AFP) - Le [[Comité national olympique et sportif français|ORG]] a élu une nouvelle présidente, l'ancienne ministre des Sports [[Amélie Oudéa-Castéra|PERSON]].
[[Kigali|PLACE]] (AFP) - Les [[Championnats du monde de cyclisme sur route|EVENT]] se sont déroulés pour la première fois en [[Afrique|PLACE]].
[[Doha|PLACE]] (AFP) - Le [[Qatar|PLACE]] accueillera les [[Mondiaux de natation|EVENT]] pour la deuxième fois en moins de dix ans.
[[Québec|PLACE]] (AFP) - Le hockeyeur [[Sidney Crosby|PERSON]] a été nommé capitaine de l'équipe canadienne pour le tournoi des [[4 Nations|EVENT]].
[[Genève|PLACE]] (AFP) - Le [[Genève-Servette HC|ORG]] a remporté la [[Ligue des champions de hockey|EVENT]] en battant [[Skellefteå|ORG]] en finale.
Le pilote a été contraint à l'abandon à dix tours de l'arrivée, victime d'une panne de moteur.
La skieuse a chuté lourdement dans la descente et a été évacuée par hélicoptère vers l'hôpital le plus proche.
L'athlète a amélioré de quinze centimètres son record personnel, réalisant la meilleure performance mondiale de l'année.
Le record du monde tenait depuis plus de vingt ans et semblait hors de portée.
La sélection a obtenu son billet pour le tournoi final grâce à une victoire lors du dernier match de poule.
Les organisateurs ont dû réduire le parcours en raison du manque de neige sur le haut des pistes.
Le boxeur a conservé sa ceinture mondiale des poids lourds au terme d'un combat indécis.
L'équipe a signé sa dixième victoire consécutive, un record pour le club.
# culture et médias
[[Cannes|PLACE]] (AFP) - La Palme d'or du [[Festival de Cannes|EVENT]] a été décernée au cinéaste iranien [[Jafar Panahi|PERSON]] pour « Un simple accident ».
[[Cannes|PLACE]] (AFP) - L'actrice [[Juliette Binoche|PERSON]] présidera le jury du 78e [[Festival de Cannes|EVENT]], a annoncé son délégué général [[Thierry Frémaux|PERSON]].
[[Paris|PLACE]] (AFP) - Le film « L'Histoire de Souleymane » a remporté quatre trophées lors de la 50e cérémonie des [[César|EVENT]] à l'[[Olympia|PLACE]].
[[Paris|PLACE]] (AFP) - La chanteuse [[Aya Nakamura|PERSON]] est l'artiste francophone la plus écoutée dans le monde sur [[Spotify|ORG]].
[[Paris|PLACE]] (AFP) - La cathédrale [[Notre-Dame de Paris|PLACE]] a rouvert ses portes au public, cinq ans après l'incendie qui l'avait ravagée.
[[Paris|PLACE]] (AFP) - Le [[musée d'Orsay|ORG]] consacre une grande exposition à l'impressionniste [[Berthe Morisot|PERSON]] à partir de mars.
[[Paris|PLACE]] (AFP) - L'écrivaine [[Annie Ernaux|PERSON]], prix Nobel de littérature, publie un recueil de textes inédits chez [[Gallimard|ORG]].
[[Paris|PLACE]] (AFP) - Le prix Goncourt a été attribué à [[Kamel Daoud|PERSON]] pour son roman « Houris », publié aux éditions [[Gallimard|ORG]].
[[Paris|PLACE]] (AFP) - L'[[Académie française|ORG]] a élu au fauteuil 17 l'historien [[Pascal Ory|PERSON]] dès le premier tour de scrutin.
[[Paris|PLACE]] (AFP) - Le [[Centre Pompidou|ORG]] fermera ses portes pendant cinq ans pour d'importants travaux de rénovation.
[[Paris|PLACE]] (AFP) - [[France Télévisions|ORG]] et [[Radio France|ORG]] ont dénoncé le projet de holding commune voulu par la ministre de la Culture.
[[Paris|PLACE]] (AFP) - Le groupe [[Canal+|ORG]], contrôlé par [[Vincent Bolloré|PERSON]], a finalisé le rachat du sud-africain [[MultiChoice|ORG]].
[[Paris|PLACE]] (AFP) - L'[[Arcom|ORG]] a retiré la fréquence de la chaîne [[C8|ORG]], qui a cessé d'émettre sur la TNT le 28 février.
[[Paris|PLACE]] (AFP) - Le journal [[Le Monde|ORG]] a annoncé la nomination d'une nouvelle directrice de la rédaction.
[[Paris|PLACE]] (AFP) - Dans un entretien au [[Figaro|ORG]], le réalisateur a dit son inquiétude face à la baisse de la fréquentation des salles.
[[Avignon|PLACE]] (AFP) - Le [[Festival d'Avignon|EVENT]] a rendu hommage à la danseuse et chorégraphe [[Marlene Monteiro Freitas|PERSON]].
[[Angoulême|PLACE]] (AFP) - Le [[Festival international de la bande dessinée d'Angoulême|EVENT]] a été perturbé par un boycott de nombreux auteurs.
[[Arles|PLACE]] (AFP) - Les [[Rencontres d'Arles|EVENT]] ont accueilli plus de 160 000 visiteurs, un record pour le festival de photographie.
[[Carhaix|PLACE]] (AFP) - Le festival des [[Vieilles Charrues|EVENT]] a rassemblé 280 000 festivaliers pendant quatre jours.
[[Bruxelles|PLACE]] (AFP) - Le chanteur belge [[Stromae|PERSON]] a annoncé son retour sur scène après trois ans d'absence.
[[Montréal|PLACE]] (AFP) - La chanteuse [[Céline Dion|PERSON]] a fait son retour sur scène lors de la cérémonie d'ouverture des [[Jeux olympiques|EVENT]].
[[Bâle|PLACE]] (AFP) - Le salon [[Art Basel|EVENT]] a enregistré des ventes en baisse, signe du ralentissement du marché de l'art.
[[Dakar|PLACE]] (AFP) - La [[Biennale de l'art africain contemporain|EVENT]] a ouvert ses portes avec plus de 400 artistes venus de tout le continent.
[[Bâle|PLACE]] (AFP) - L'[[Eurovision|EVENT]] s'est tenue à [[Bâle|PLACE]], après la victoire du chanteur suisse [[Nemo|PERSON]] l'année précédente.
[[Paris|PLACE]] (AFP) - La [[Comédie-Française|ORG]] a présenté une nouvelle mise en scène du « Misanthrope » de [[Molière|PERSON]].
[[Paris|PLACE]] (AFP) - Le compositeur [[Jean-Michel Jarre|PERSON]] donnera un concert gratuit au pied de la [[tour Eiffel|PLACE]] le 14 juillet.
Le film a été vu par plus de deux millions de spectateurs en trois semaines d'exploitation.
Le roman s'est déjà vendu à plus de 300 000 exemplaires, selon son éditeur.
La série a été renouvelée pour une troisième saison, dont le tournage débutera à l'automne.
L'exposition sera visible jusqu'au 15 janvier, avant de partir en tournée dans plusieurs pays européens.
# sciences et santé
[[Paris|PLACE]] (AFP) - Des chercheurs de l'[[Inserm|ORG]] et de l'[[Institut Pasteur|ORG]] ont identifié un mécanisme qui permet au virus de la dengue d'échapper au système immunitaire.
[[Paris|PLACE]] (AFP) - L'[[Agence nationale de sécurité du médicament et des produits de santé|ORG]] a demandé le retrait de plusieurs lots d'un antibiotique pédiatrique.
[[Paris|PLACE]] (AFP) - [[Santé publique France|ORG]] signale une épidémie de grippe d'une ampleur inédite depuis quinze ans dans toutes les régions de métropole.
[[Paris|PLACE]] (AFP) - La [[Haute Autorité de santé|ORG]] recommande d'étendre la vaccination contre les papillomavirus aux garçons jusqu'à 19 ans.
[[Paris|PLACE]] (AFP) - L'[[Assistance publique-Hôpitaux de Paris|ORG]] a déclenché son plan blanc face à l'afflux de patients aux urgences.
[[Lyon|PLACE]] (AFP) - Les [[Hospices civils de Lyon|ORG]] ont réalisé la première greffe de trachée totale en [[France|PLACE]].
[[Genève|PLACE]] (AFP) - L'[[OMS|ORG]] a déclaré que l'épidémie de mpox ne constituait plus une urgence de santé publique de portée internationale.
[[Genève|PLACE]] (AFP) - Des chirurgiens des [[Hôpitaux universitaires de Genève|ORG]] ont implanté pour la première fois un cœur artificiel entièrement autonome.
[[Lausanne|PLACE]] (AFP) - Une équipe de l'[[École polytechnique fédérale de Lausanne|ORG]] a mis au point un implant permettant à un patient paralysé de remarcher.
[[Toulouse|PLACE]] (AFP) - Le [[Centre national d'études spatiales|ORG]] a confirmé le lancement en 2027 d'un satellite destiné à surveiller les nappes phréatiques.
[[Kourou|PLACE]] (AFP) - L'[[Agence spatiale européenne|ORG]] a lancé avec succès un satellite d'observation du climat depuis la [[Guyane|PLACE]].
[[Paris|PLACE]] (AFP) - Le [[CNRS|ORG]] a annoncé la découverte de la plus ancienne trace d'activité humaine connue en [[Europe|PLACE]], vieille de 1,4 million d'années.
[[Dakar|PLACE]] (AFP) - Le [[Ministère de la Santé et de l'Action sociale|ORG]] a lancé une campagne de vaccination contre la rougeole dans les régions de [[Kolda|PLACE]] et [[Tambacounda|PLACE]].
[[Kinshasa|PLACE]] (AFP) - Une épidémie d'Ebola a été déclarée dans la province du [[Kasaï|PLACE]], a annoncé le ministre congolais de la Santé.
[[Marseille|PLACE]] (AFP) - L'[[Institut hospitalo-universitaire Méditerranée Infection|ORG]] a été placé sous administration provisoire.
[[Strasbourg|PLACE]] (AFP) - Les médecins de l'[[hôpital de Hautepierre|ORG]] alertent sur la saturation du service de pédiatrie.
[[Montréal|PLACE]] (AFP) - Le [[Centre hospitalier de l'Université de Montréal|ORG]] a réalisé une greffe de visage complète, une première au [[Canada|PLACE]].
Selon une étude publiée dans la revue [[The Lancet|ORG]], la consommation d'alcool reste la première cause de cancer évitable après le tabac.
Le nombre de cas de rougeole a triplé en un an, une hausse attribuée à la baisse de la couverture vaccinale.
Les urgences pédiatriques sont saturées depuis le début du mois, en raison d'une épidémie de bronchiolite.
Le médicament, déjà autorisé dans plusieurs pays, pourrait être disponible en pharmacie dès le printemps.
Les chercheurs ont suivi plus de 12 000 patients pendant dix ans pour mesurer les effets du traitement.
# environnement et météo
[[Paris|PLACE]] (AFP) - [[Météo-France|ORG]] a placé 16 départements en vigilance rouge canicule, une première depuis 2019.
[[Paris|PLACE]] (AFP) - Le mois de juin a été le plus chaud jamais enregistré en [[France|PLACE]], selon [[Météo-France|ORG]].
[[Nîmes|PLACE]] (AFP) - Des pluies diluviennes se sont abattues sur le [[Gard|PLACE]] et l'[[Hérault|PLACE]], provoquant des inondations dans plusieurs communes.
[[Valence|PLACE]] (AFP) - Le [[Rhône|PLACE]] a atteint un niveau historiquement bas, menaçant le refroidissement de plusieurs centrales nucléaires.
[[Marseille|PLACE]] (AFP) - Un incendie a parcouru plus de 700 hectares dans le massif des [[Calanques|PLACE]], entraînant l'évacuation de plusieurs centaines de personnes.
[[Narbonne|PLACE]] (AFP) - Le feu qui a ravagé les [[Corbières|PLACE]] a détruit plus de 16 000 hectares, le plus grand incendie en [[France|PLACE]] depuis 1949.
[[Chamonix|PLACE]] (AFP) - Le glacier de la [[Mer de Glace|PLACE]] a perdu plus de 40 mètres d'épaisseur en vingt ans, selon les glaciologues.
[[Annecy|PLACE]] (AFP) - Les baignades ont été interdites dans le [[lac d'Annecy|PLACE]] après la détection d'une bactérie.
[[Genève|PLACE]] (AFP) - Le niveau du [[Léman|PLACE]] a fortement baissé en raison de la sécheresse, compliquant la navigation des bateaux de la [[CGN|ORG]].
[[Berne|PLACE]] (AFP) - [[MétéoSuisse|ORG]] a relevé des températures record sur le versant sud des [[Alpes|PLACE]].
[[Paris|PLACE]] (AFP) - [[Greenpeace France|ORG]] a déposé un recours contre le projet de forage pétrolier en [[Gironde|PLACE]].
[[Nantes|PLACE]] (AFP) - Des militants du collectif [[Soulèvements de la Terre|ORG]] ont manifesté contre le projet de retenue d'eau à [[Sainte-Soline|PLACE]].
[[Paris|PLACE]] (AFP) - L'[[Office français de la biodiversité|ORG]] a recensé une hausse de 20 % du nombre de loups en [[France|PLACE]].
[[Brest|PLACE]] (AFP) - Des centaines de dauphins se sont échoués sur les côtes du [[golfe de Gascogne|PLACE]] depuis le début de l'hiver.
[[Montréal|PLACE]] (AFP) - [[Environnement Canada|ORG]] a émis un avertissement de tempête hivernale pour le sud du [[Québec|PLACE]].
[[Port-Louis|PLACE]] (AFP) - Le cyclone a balayé l'[[île Maurice|PLACE]], privant d'électricité des dizaines de milliers de foyers.
Les températures devraient dépasser les 40 degrés dans le sud du pays jusqu'à la fin de la semaine.
De fortes rafales de vent sont attendues sur le littoral, avec des pointes à 130 km/h.
La neige est tombée en abondance cette nuit en montagne, et le risque d'avalanche est jugé fort.
Les restrictions d'eau ont été étendues à plus de la moitié des départements.
# religion
[[Rome|PLACE]] (AFP) - Le cardinal américain [[Robert Francis Prevost|PERSON]] a été élu pape et a pris le nom de [[Léon XIV|PERSON]].
[[Cité du Vatican|PLACE]] (AFP) - Le pape [[François|PERSON]] est mort à l'âge de 88 ans, a annoncé le [[Vatican|ORG]] dans un communiqué.
[[Paris|PLACE]] (AFP) - La [[Conférence des évêques de France|ORG]] a annoncé de nouvelles mesures pour indemniser les victimes d'abus sexuels.
[[Lourdes|PLACE]] (AFP) - Plus de 30 000 pèlerins sont attendus à [[Lourdes|PLACE]] pour le pèlerinage national du 15 août.
[[Paris|PLACE]] (AFP) - Le recteur de la [[Grande Mosquée de Paris|ORG]], [[Chems-eddine Hafiz|PERSON]], a condamné l'agression d'un imam.
Les fidèles se sont rassemblés dans la nuit pour la veillée pascale, dans une église comble.
# accidents et faits divers
[[Crans-Montana|PLACE]] (AFP) - Un incendie dans un bar de la station valaisanne a fait au moins quarante morts dans la nuit du Nouvel An.
[[Lyon|PLACE]] (AFP) - Un bus est sorti de la route sur l'autoroute [[A7|PLACE]], faisant quatre blessés légers.
[[Bayonne|PLACE]] (AFP) - Trois randonneurs ont été secourus dans les [[Pyrénées|PLACE]] après avoir passé la nuit bloqués par le brouillard.
[[Grenoble|PLACE]] (AFP) - Une avalanche a emporté deux skieurs hors-piste dans le massif de [[Belledonne|PLACE]].
[[Toulon|PLACE]] (AFP) - La [[Marine nationale|ORG]] a secouru 47 migrants à bord d'une embarcation en difficulté au large de la [[Corse|PLACE]].
[[Brest|PLACE]] (AFP) - Un chalutier a fait naufrage au large d'[[Ouessant|PLACE]], et deux marins sont toujours portés disparus.
[[Lille|PLACE]] (AFP) - Un immeuble s'est effondré dans le centre de [[Lille|PLACE]] après une explosion due au gaz.
Deux adolescents ont été grièvement blessés dans une collision entre un scooter et une voiture.
L'incendie a été maîtrisé après plusieurs heures d'intervention, mais la toiture a été entièrement détruite.
Le corps de la victime a été retrouvé par des promeneurs en fin d'après-midi.
Les pompiers sont intervenus en pleine nuit pour évacuer une trentaine d'habitants.
Une enquête a été ouverte pour déterminer les causes de l'accident.
"""

# ---------------------------------------------------------------- name lists
# People: "m|Name" or "f|Name|PARTY"; the party is what a following "({PAB})" shows.
POLITICIANS = """
m|Emmanuel Macron
m|François Bayrou|MoDem
m|Gabriel Attal|Renaissance
f|Élisabeth Borne|Renaissance
m|Édouard Philippe|Horizons
f|Marine Le Pen|RN
m|Jordan Bardella|RN
m|Jean-Luc Mélenchon|LFI
f|Mathilde Panot|LFI
m|Manuel Bompard|LFI
m|Olivier Faure|PS
m|Boris Vallaud|PS
f|Marine Tondelier|Les Écologistes
m|Fabien Roussel|PCF
m|Laurent Wauquiez|LR
m|Bruno Retailleau|LR
m|Éric Ciotti|UDR
m|Xavier Bertrand|LR
f|Valérie Pécresse|LR
m|Gérald Darmanin|Renaissance
m|Sébastien Lecornu|Renaissance
f|Rachida Dati|LR
f|Yaël Braun-Pivet|Renaissance
m|Gérard Larcher|LR
f|Anne Hidalgo|PS
m|Raphaël Glucksmann|Place publique
m|François Ruffin
f|Clémentine Autain
m|Éric Zemmour|Reconquête
f|Marion Maréchal
m|Sébastien Chenu|RN
f|Laure Lavalette|RN
m|Jean-Philippe Tanguy|RN
f|Aurore Bergé|Renaissance
f|Agnès Pannier-Runacher|Renaissance
m|Jean-Noël Barrot|MoDem
f|Catherine Vautrin|Renaissance
m|Éric Lombard
f|Amélie de Montchalin|Renaissance
m|Patrick Mignola|MoDem
f|Astrid Panosyan-Bouvet|Renaissance
m|Yannick Neuder|LR
m|Manuel Valls
m|François Hollande|PS
m|Nicolas Sarkozy
m|Benoît Payan|DVG
m|Grégory Doucet|Les Écologistes
f|Johanna Rolland|PS
m|Pierre Hurmic|Les Écologistes
f|Martine Vassal|LR
m|Christian Estrosi|Horizons
f|Carole Delga|PS
m|Renaud Muselier|Renaissance
m|Loïg Chesnais-Girard|PS
m|Alain Rousset|PS
m|Hervé Marseille|UDI
m|Patrick Kanner|PS
m|Mathieu Lefèvre|Renaissance
f|Sophie Binet
m|Marylise Léon
m|Alexandre De Croo|Open VLD
m|Bart De Wever|N-VA
m|Paul Magnette|PS
m|Georges-Louis Bouchez|MR
m|Maxime Prévot|Les Engagés
m|Raoul Hedebouw|PTB
f|Élisabeth Degryse|Les Engagés
m|Adrien Dolimont|MR
m|Elio Di Rupo|PS
f|Karin Keller-Sutter|PLR
m|Ignazio Cassis|PLR
m|Guy Parmelin|UDC
f|Viola Amherd|Le Centre
f|Élisabeth Baume-Schneider|PS
m|Beat Jans|PS
m|Albert Rösti|UDC
m|Martin Pfister|Le Centre
m|Pierre-Yves Maillard|PS
m|François Legault|CAQ
m|Paul St-Pierre Plamondon|PQ
m|Pablo Rodriguez|PLQ
f|Geneviève Guilbault|CAQ
m|Gabriel Nadeau-Dubois|QS
f|Valérie Plante|Projet Montréal
m|Bruno Marchand
m|Mark Carney
m|Justin Trudeau
f|Mélanie Joly
"""

WORLD_POLITICIANS = """
m|Donald Trump
m|Joe Biden
f|Kamala Harris
m|Marco Rubio
m|Vladimir Poutine
m|Sergueï Lavrov
m|Volodymyr Zelensky
m|Andriï Sybiga
m|Xi Jinping
m|Wang Yi
m|Narendra Modi
m|Benjamin Netanyahou
m|Mahmoud Abbas
m|Recep Tayyip Erdogan
m|Friedrich Merz
m|Olaf Scholz
m|Keir Starmer
f|Giorgia Meloni
m|Pedro Sánchez
m|Luis Montenegro
f|Ursula von der Leyen
f|Kaja Kallas
m|António Costa
f|Roberta Metsola
m|Antonio Guterres
m|Tedros Adhanom Ghebreyesus
m|Mark Rutte
f|Christine Lagarde
f|Kristalina Georgieva
m|Luiz Inácio Lula da Silva
m|Javier Milei
f|Claudia Sheinbaum
m|Gustavo Petro
m|Nicolas Maduro
m|Abdelmadjid Tebboune
m|Kaïs Saïed
m|Mohammed VI
m|Aziz Akhannouch
m|Abdel Fattah al-Sissi
m|Bassirou Diomaye Faye
m|Ousmane Sonko
m|Alassane Ouattara
m|Paul Biya
m|Félix Tshisekedi
m|Paul Kagame
m|Assimi Goïta
m|Ibrahim Traoré
m|Abdourahamane Tiani
m|Mahamat Idriss Déby
m|Faustin-Archange Touadéra
m|Denis Sassou Nguesso
m|Brice Clotaire Oligui Nguema
m|Patrice Talon
m|Faure Gnassingbé
m|Andry Rajoelina
m|Cyril Ramaphosa
m|Bola Tinubu
m|William Ruto
m|Abiy Ahmed
m|Masoud Pezeshkian
m|Ali Khamenei
m|Ahmad al-Chareh
m|Joseph Aoun
m|Nawaf Salam
m|Mohammed ben Salmane
m|Viktor Orban
m|Donald Tusk
m|Karol Nawrocki
m|Ilham Aliev
m|Nikol Pachinian
m|Anthony Albanese
m|Shigeru Ishiba
m|Lee Jae-myung
m|Kim Jong Un
m|Prabowo Subianto
"""

ATHLETES = """
m|Kylian Mbappé
m|Ousmane Dembélé
m|Antoine Griezmann
m|Didier Deschamps
m|Luis Enrique
m|Achraf Hakimi
m|Mohamed Salah
m|Sadio Mané
m|Victor Osimhen
f|Wendie Renard
f|Kadidiatou Diani
m|Zinédine Zidane
m|Léon Marchand
f|Marie-José Pérec
m|Teddy Riner
f|Clarisse Agbégnénou
m|Antoine Dupont
m|Romain Ntamack
m|Fabien Galthié
m|Victor Wembanyama
m|Rudy Gobert
m|Tony Parker
m|Tadej Pogacar
m|Jonas Vingegaard
m|Julian Alaphilippe
m|Romain Bardet
f|Pauline Ferrand-Prévot
m|Remco Evenepoel
m|Wout van Aert
m|Mathieu van der Poel
f|Nafissatou Thiam
m|Kevin De Bruyne
m|Thibaut Courtois
m|Roger Federer
m|Stan Wawrinka
f|Belinda Bencic
m|Marco Odermatt
f|Lara Gut-Behrami
f|Mujinga Kambundji
m|Novak Djokovic
m|Carlos Alcaraz
m|Jannik Sinner
m|Rafael Nadal
m|Arthur Fils
m|Ugo Humbert
f|Caroline Garcia
f|Iga Swiatek
f|Aryna Sabalenka
f|Coco Gauff
m|Lewis Hamilton
m|Max Verstappen
m|Charles Leclerc
m|Pierre Gasly
m|Esteban Ocon
m|Sébastien Ogier
f|Justine Braisaz-Bouchet
f|Julia Simon
m|Quentin Fillon Maillet
m|Clément Noël
m|Félix Auger-Aliassime
f|Leylah Fernandez
m|Sidney Crosby
m|Nathan MacKinnon
f|Maryse Ewanje-Epée
m|Renaud Lavillenie
m|Armand Duplantis
f|Faith Kipyegon
m|Kilian Jornet
m|Florian Grill
"""

CULTURE = """
f|Juliette Binoche
f|Isabelle Huppert
f|Marion Cotillard
m|Omar Sy
m|Jean Dujardin
f|Léa Seydoux
m|Vincent Cassel
f|Catherine Deneuve
m|Gérard Depardieu
f|Justine Triet
m|Jacques Audiard
m|Xavier Dolan
m|Denis Villeneuve
f|Mati Diop
m|Abderrahmane Sissako
f|Aya Nakamura
m|Stromae
f|Angèle
m|Orelsan
f|Céline Dion
m|Jul
m|Gims
m|Youssou N'Dour
f|Angélique Kidjo
m|Salif Keïta
f|Fatoumata Diawara
f|Annie Ernaux
m|Michel Houellebecq
f|Leïla Slimani
m|Mohamed Mbougar Sarr
m|Kamel Daoud
m|Boualem Sansal
f|Amélie Nothomb
m|Joël Dicker
m|Dany Laferrière
m|Jean-Jacques Goldman
m|Patrick Bruel
f|Mylène Farmer
m|Thomas Jolly
m|Philippe Katerine
f|Zaho de Sagazan
m|Matthieu Chedid
f|Clara Luciani
m|Pierre Niney
f|Adèle Exarchopoulos
m|Benoît Poelvoorde
f|Virginie Efira
m|Jeff Koons
m|JR
m|Thierry Frémaux
f|Iris Knobloch
m|Emmanuel Carrère
f|Maylis de Kerangal
m|Grand Corps Malade
m|Renaud Capuçon
f|Yseult
"""

BUSINESS = """
m|Bernard Arnault
m|Patrick Pouyanné
m|François-Henri Pinault
m|Xavier Niel
m|Vincent Bolloré
f|Catherine MacGregor
m|Carlos Tavares
m|Luca de Meo
m|Guillaume Faury
m|Ben Smith
m|Jean-Pierre Farandou
m|Alexandre Bompard
m|Paul Hudson
f|Christel Heydemann
m|Daniel Ek
m|Elon Musk
m|Jensen Huang
m|Sam Altman
m|Tim Cook
m|Arthur Mensch
f|Ghislaine Maire
m|Sergio Ermotti
m|Ulf Mark Schneider
m|Laurent Freixe
m|Alain Bouchard
m|Pierre-Olivier Herbert
m|François Villeroy de Galhau
m|Patrick Martin
m|Rodolphe Saadé
f|Sophie Boissard
m|Pierre-André de Chalendar
m|Thierry Breton
"""

GENERIC_PEOPLE = """
m|Jean-Marc Lefèvre
f|Sandrine Moreau
m|Philippe Girard
f|Nathalie Roussel
m|Olivier Dumas
f|Isabelle Fontaine
m|Christophe Marchand
f|Valérie Perrot
m|Stéphane Lemaire
f|Céline Barbier
m|Laurent Chevalier
f|Sophie Lambert
m|Frédéric Gauthier
f|Hélène Mercier
m|Nicolas Faure
f|Caroline Dupuis
m|Thierry Guérin
f|Émilie Royer
m|Pascal Renaud
f|Julie Carpentier
m|Damien Lacroix
f|Anne-Sophie Vidal
m|Yannick Le Goff
f|Gwenaëlle Le Bihan
m|Mathieu Arnaud
f|Aurélie Picard
m|Julien Masson
f|Audrey Colin
m|Benoît Hubert
f|Laetitia Brun
m|Sébastien Rolland
f|Claire Lemoine
m|Antoine Brunet
f|Marion Giraud
m|Vincent Bertrand
f|Chloé Rivière
m|Didier Poulain
f|Karine Bouvier
m|Alain Schmitt
f|Martine Meyer
m|Hervé Collin
f|Patricia Aubert
m|Marc Dubois
f|Christine Lefort
m|Bertrand Huet
f|Agnès Charpentier
m|Luc Vandenberghe
f|Sarah Peeters
m|Geoffrey Claes
f|Pauline Dethier
m|Jean-François Lambotte
f|Françoise Mertens
m|Pierre-Alain Rochat
f|Nadia Berset
m|Yves Dumoulin
f|Séverine Favre
m|Laurent Gex
f|Corinne Jaquet
m|Martin Tremblay
f|Geneviève Gagnon
m|Étienne Bouchard
f|Isabelle Côté
m|Simon Lévesque
f|Marie-Ève Pelletier
m|Jean-Philippe Bélanger
f|Annie Lavoie
m|Moussa Diallo
f|Aminata Traoré
m|Mamadou Ndiaye
f|Fatou Sow
m|Ibrahima Koné
f|Awa Coulibaly
m|Cheikh Fall
f|Mariam Ouédraogo
m|Issa Sawadogo
f|Aïcha Cissé
m|Jean-Claude Mbarga
f|Christelle Nkoulou
m|Patrick Mukendi
f|Grâce Kabila
m|Hervé Kouassi
f|Adjoua Yao
m|Karim Benali
f|Samira Haddad
m|Mehdi Bouaziz
f|Leïla Mansouri
m|Youssef El Amrani
f|Nour Chraibi
m|Rachid Belkacem
f|Sonia Trabelsi
m|Farid Meziane
f|Yasmina Khelifi
m|Thomas Lefebvre
f|Camille Durand
m|Hugo Bernard
f|Léa Petit
m|Maxime Robert
f|Manon Richard
m|Romain Simon
f|Inès Michel
m|Adrien Laurent
f|Elsa Garnier
m|Quentin Rousseau
f|Charlotte Blanc
"""

SURNAMES = """
m|Macron
m|Bayrou
f|Le Pen
m|Mélenchon
m|Bardella
m|Retailleau
m|Attal
m|Darmanin
m|Zelensky
m|Poutine
m|Trump
m|Mbappé
m|Dembélé
m|Griezmann
m|Wembanyama
m|Dupont
m|Marchand
m|Pogacar
m|Legault
m|De Wever
m|Magnette
m|Cassis
m|Tshisekedi
m|Ouattara
m|Tebboune
m|Netanyahou
m|Faye
m|Sonko
m|Goïta
f|Meloni
"""

PARTY_ABBR = "RN LR PS LFI PCF MoDem Horizons Renaissance UDI Reconquête"

FOOTBALLERS = """
m|Kylian Mbappé
m|Ousmane Dembélé
m|Antoine Griezmann
m|Achraf Hakimi
m|Mohamed Salah
m|Sadio Mané
m|Victor Osimhen
m|Kevin De Bruyne
m|Thibaut Courtois
m|Bradley Barcola
m|Désiré Doué
m|Randal Kolo Muani
m|Mike Maignan
m|William Saliba
m|Aurélien Tchouaméni
m|Eduardo Camavinga
m|Marcus Thuram
m|Jules Koundé
m|Michael Olise
m|Rayan Cherki
m|Vitinha
m|Pierre-Emerick Aubameyang
m|Mason Greenwood
m|Alexandre Lacazette
m|Jonathan David
m|Granit Xhaka
m|Breel Embolo
m|Romelu Lukaku
m|Jérémy Doku
m|Nicolas Jackson
m|Serhou Guirassy
m|Brahim Díaz
m|Yassine Bounou
m|Riyad Mahrez
m|Franck Kessié
m|Sébastien Haller
"""

FOOT_SURNAMES = """
m|Mbappé
m|Dembélé
m|Griezmann
m|Barcola
m|Doué
m|Thuram
m|Olise
m|Kolo Muani
m|Aubameyang
m|Greenwood
m|Lacazette
m|David
m|Embolo
m|Lukaku
m|Guirassy
m|Haller
"""

# Organisations: "art|Name" (article outside the span) or "Name".
PARTIES = """
le|Rassemblement national
le|Parti socialiste
La France insoumise
Les Républicains
Les Écologistes
Renaissance
le|MoDem
Horizons
le|Parti communiste français
Reconquête
le|Mouvement réformateur
Les Engagés
le|Parti du travail de Belgique
l'|Union démocratique du centre
le|Parti libéral-radical
la|Coalition avenir Québec
le|Parti québécois
le|Parti libéral du Québec
Québec solidaire
le|Parti démocratique du Sénégal
le|Rassemblement des républicains
"""

COMPANIES = """
la|SNCF
Airbus
TotalEnergies
Renault
Stellantis
Orange
EDF
Engie
L'Oréal
LVMH
Kering
Hermès
Sanofi
Danone
Carrefour
Michelin
Safran
Thales
Dassault Aviation
Air France
Air France-KLM
BNP Paribas
la|Société générale
le|Crédit agricole
Veolia
Capgemini
Vinci
Bouygues
Saint-Gobain
Schneider Electric
Alstom
la|RATP
La Poste
la|Française des jeux
Ubisoft
Free
SFR
Mistral AI
Lactalis
Nestlé
Novartis
Roche
UBS
Swatch
Logitech
Swiss
les|CFF
Solvay
Proximus
Brussels Airlines
Bombardier
Hydro-Québec
Desjardins
Couche-Tard
Air Canada
Ciments du Sahel
la|Sonatrach
l'|Office chérifien des phosphates
Orange Côte d'Ivoire
Ecobank
Apple
Google
Meta
Amazon
Microsoft
Nvidia
OpenAI
Tesla
Boeing
Volkswagen
Shein
Temu
Huawei
TikTok
Netflix
Eramet
Orano
Naval Group
Arianespace
"""

MINISTRIES = """
le|ministère de l'Intérieur
le|ministère des Armées
le|ministère de la Santé et de l'Accès aux soins
le|ministère de l'Éducation nationale
le|ministère de l'Europe et des Affaires étrangères
le|ministère de la Transition écologique
le|ministère de l'Économie et des Finances
le|ministère de la Justice
le|ministère du Travail et de l'Emploi
le|ministère de l'Agriculture et de la Souveraineté alimentaire
le|ministère de la Culture
le|Ministère de la Santé et de l'Action sociale
le|Ministère de l'Économie, du Plan et de la Coopération
le|Ministère des Affaires étrangères et des Sénégalais de l'extérieur
le|Ministère de la Sécurité et de la Protection civile
le|Département fédéral de l'environnement, des transports, de l'énergie et de la communication
le|Quai d'Orsay
Bercy
l'|Élysée
Matignon
le|Département fédéral des affaires étrangères
le|SPF Affaires étrangères
"""

AGENCIES = """
l'|Office fédéral de l'environnement
l'|Office fédéral de la santé publique
l'|Office fédéral de la statistique
l'|Agence nationale de sécurité du médicament et des produits de santé
l'|Agence de l'environnement et de la maîtrise de l'énergie
l'|Autorité de la concurrence
l'|Autorité des marchés financiers
la|Commission nationale de l'informatique et des libertés
l'|Autorité de sûreté nucléaire et de radioprotection
l'|Institut national de la statistique et des études économiques
l'|Insee
Santé publique France
Météo-France
MétéoSuisse
l'|Institut royal météorologique
l'|Office national des forêts
l'|Office français de la biodiversité
France Travail
l'|Assurance maladie
la|Caisse nationale des allocations familiales
la|Banque de France
la|Banque nationale suisse
la|Banque centrale européenne
la|Banque centrale des États de l'Afrique de l'Ouest
l'|Arcom
le|Centre national d'études spatiales
le|CNRS
l'|Inserm
l'|Institut Pasteur
l'|Agence spatiale européenne
Frontex
la|Direction générale de la sécurité intérieure
la|Gendarmerie nationale
la|Police nationale
la|Sûreté du Québec
la|Gendarmerie royale du Canada
la|Police judiciaire fédérale
l'|Office anti-stupéfiants
l'|Agence régionale de santé d'Île-de-France
la|Haute Autorité de santé
la|Cour des comptes
Statistique Canada
"""

COURTS = """
le|Conseil constitutionnel
le|Conseil d'État
la|Cour de cassation
le|tribunal correctionnel de Paris
le|tribunal judiciaire de Lyon
la|cour d'appel de Paris
la|cour d'assises des Bouches-du-Rhône
la|cour d'assises spéciale de Paris
le|Tribunal fédéral
le|Tribunal pénal fédéral
la|Cour constitutionnelle de Belgique
la|Cour suprême du Canada
la|Cour pénale internationale
la|Cour internationale de justice
la|Cour européenne des droits de l'homme
la|Cour de justice de l'Union européenne
le|parquet national financier
le|parquet national antiterroriste
"""

UNIS = """
la|Sorbonne
l'|université Paris-Saclay
l'|université de Strasbourg
l'|université Grenoble Alpes
l'|université d'Aix-Marseille
Sciences Po
l'|École polytechnique
l'|École normale supérieure
HEC Paris
l'|École polytechnique fédérale de Lausanne
l'|EPFL
l'|université de Genève
l'|Université libre de Bruxelles
l'|Université catholique de Louvain
l'|université de Liège
l'|Université de Montréal
l'|Université Laval
l'|université McGill
l'|université Cheikh Anta Diop
l'|université Félix Houphouët-Boigny
l'|université Mohammed V de Rabat
le|Collège de France
"""

MEDIA = """
Le Monde
Le Figaro
Libération
Le Parisien
Les Échos
L'Équipe
Mediapart
France Télévisions
France Inter
BFMTV
TF1
Radio France
RFI
France 24
Arte
Le Temps
la|RTS
la|Tribune de Genève
24 heures
Le Soir
la|RTBF
La Libre Belgique
Radio-Canada
La Presse
Le Devoir
TV5Monde
Jeune Afrique
Le Point
L'Express
Ouest-France
La Voix du Nord
La Provence
Le Canard enchaîné
"""

INTL = """
l'|ONU
l'|Organisation des Nations unies
le|Conseil de sécurité de l'ONU
l'|Organisation mondiale de la santé
l'|OMS
l'|Otan
l'|Union européenne
l'|UE
la|Commission européenne
le|Parlement européen
le|Conseil de l'Europe
l'|Union africaine
la|Cédéao
la|Communauté économique des États de l'Afrique de l'Ouest
l'|Organisation internationale de la francophonie
le|Fonds monétaire international
le|FMI
la|Banque mondiale
l'|Organisation mondiale du commerce
l'|OCDE
l'|Unesco
l'|Unicef
le|Programme alimentaire mondial
le|Haut-Commissariat des Nations unies pour les réfugiés
l'|Agence internationale de l'énergie atomique
l'|AIEA
le|Comité international de la Croix-Rouge
l'|Organisation internationale du travail
le|G7
le|G20
l'|Opep
la|Ligue arabe
"""

UNIONS = """
la|CGT
la|CFDT
Force ouvrière
FO
la|CFE-CGC
Sud-Rail
l'|Unsa
la|FSU
la|FNSEA
le|Medef
la|CPME
l'|Union syndicale suisse
Unia
la|FGTB
la|CSC
la|Confédération des syndicats nationaux
la|FTQ
"""

HOSPITALS = """
l'|AP-HP
l'|Assistance publique-Hôpitaux de Paris
le|CHU de Nantes
le|CHU de Bordeaux
les|Hospices civils de Lyon
l'|hôpital de la Pitié-Salpêtrière
l'|hôpital Necker-Enfants malades
l'|Institut Gustave-Roussy
les|Hôpitaux universitaires de Genève
le|Centre hospitalier universitaire vaudois
le|CHUV
le|CHU Saint-Pierre
le|CHUM
l'|hôpital Principal de Dakar
"""

CLUBS = """
le|Paris Saint-Germain
le|PSG
l'|Olympique de Marseille
l'|OM
l'|Olympique lyonnais
l'|AS Monaco
le|LOSC
le|Stade rennais
le|RC Lens
l'|OGC Nice
le|FC Nantes
le|Stade brestois
le|Stade toulousain
l'|Union Bordeaux-Bègles
le|Racing 92
le|Stade français
le|RC Toulon
l'|ASM Clermont Auvergne
le|Standard de Liège
le|RSC Anderlecht
le|Club Bruges
les|Young Boys de Berne
le|FC Bâle
le|Servette FC
le|Lausanne-Sport
le|HC Fribourg-Gottéron
les|Canadiens de Montréal
le|CF Montréal
le|Wydad Casablanca
l'|Espérance de Tunis
le|TP Mazembe
l'|ASEC Mimosas
le|Real Madrid
le|FC Barcelone
le|Bayern Munich
Liverpool
Manchester City
l'|Inter Milan
l'|ASVEL
"""

SPORT_BODIES = """
la|Fédération française de football
la|FFF
la|Ligue de football professionnel
la|Fédération française de rugby
la|Fédération française de tennis
la|FIFA
l'|UEFA
le|Comité international olympique
le|CIO
World Athletics
l'|Agence mondiale antidopage
la|Confédération africaine de football
la|CAF
l'|Union cycliste internationale
Swiss Olympic
"""

NGOS = """
Greenpeace
Greenpeace France
Médecins sans frontières
MSF
Amnesty International
Human Rights Watch
Reporters sans frontières
RSF
les|Restos du cœur
le|Secours populaire
le|Secours catholique
la|Croix-Rouge française
la|Fondation Abbé-Pierre
la|Ligue des droits de l'homme
la|Ligue contre le cancer
l'|Unicef France
Oxfam
Action contre la faim
le|WWF
la|Ligue de protection des oiseaux
Alternatiba
SOS Méditerranée
la|Cimade
France Nature Environnement
"""

PARLIAMENTS = """
l'|Assemblée nationale
le|Sénat
le|Conseil national
le|Conseil des États
le|Conseil fédéral
la|Chambre des représentants
le|Parlement wallon
le|Parlement de la Fédération Wallonie-Bruxelles
l'|Assemblée nationale du Québec
la|Chambre des communes
le|Grand Conseil genevois
le|Conseil de Paris
le|Conseil régional d'Île-de-France
"""

TOWN_HALLS = """
la|Ville de Paris
la|mairie de Marseille
la|métropole de Lyon
la|Ville de Genève
la|Ville de Bruxelles
la|Ville de Montréal
la|Préfecture de police de Paris
"""

MUSEUMS = """
le|Louvre
le|musée du Louvre
le|musée d'Orsay
le|Centre Pompidou
le|musée du quai Branly-Jacques Chirac
la|Bibliothèque nationale de France
la|Comédie-Française
l'|Opéra de Paris
la|Philharmonie de Paris
la|Cinémathèque française
le|Musée des beaux-arts de Montréal
l'|Académie française
"""

REGULATORS = """
l'|Autorité de la concurrence
la|Commission nationale de l'informatique et des libertés
la|Cnil
l'|Arcom
l'|Autorité des marchés financiers
la|Commission européenne
la|Commission de la concurrence
l'|Autorité belge de la concurrence
le|Bureau de la concurrence du Canada
l'|Autorité de contrôle prudentiel et de résolution
la|Direction générale de la concurrence, de la consommation et de la répression des fraudes
"""

POLICE = """
l'|Office anti-stupéfiants
la|Police judiciaire fédérale
la|Gendarmerie nationale
la|Police nationale
la|Sûreté du Québec
la|Gendarmerie royale du Canada
la|police cantonale vaudoise
la|Brigade de recherche et d'intervention
l'|Office central pour la répression de la traite des êtres humains
la|police judiciaire de Marseille
"""

COURTS_CRIM = """
le|tribunal correctionnel de Paris
le|tribunal correctionnel de Marseille
le|tribunal correctionnel de Bruxelles
le|tribunal judiciaire de Lyon
le|tribunal judiciaire de Bobigny
la|cour d'appel de Paris
la|cour d'appel de Versailles
la|cour d'assises des Bouches-du-Rhône
la|cour d'assises du Nord
la|cour criminelle de la Gironde
le|Tribunal pénal fédéral
le|tribunal de police de Lausanne
la|Cour du Québec
"""

COURTS_HIGH = """
le|Conseil constitutionnel
le|Conseil d'État
la|Cour de cassation
le|Tribunal fédéral
la|Cour constitutionnelle de Belgique
la|Cour suprême du Canada
la|Cour de justice de l'Union européenne
"""

INTL_HUM = """
l'|Organisation internationale pour les migrations
l'|OIM
le|HCR
l'|ONU
l'|Unicef
le|Comité international de la Croix-Rouge
le|Programme alimentaire mondial
l'|Ocha
SOS Méditerranée
Médecins sans frontières
"""

# Places: "art|Name" or "art|Name|locative" (the locative overrides "en", "au", "à").
TOWNS = """
Paris
Marseille
Lyon
Toulouse
Nice
Nantes
Montpellier
Strasbourg
Bordeaux
Lille
Rennes
Reims
Toulon
Saint-Étienne
Grenoble
Dijon
Angers
Nîmes
Villeurbanne
Clermont-Ferrand
Aix-en-Provence
Brest
Tours
Amiens
Limoges
Annecy
Perpignan
Metz
Besançon
Orléans
Rouen
Mulhouse
Caen
Nancy
Argenteuil
Saint-Denis
Roubaix
Tourcoing
Avignon
Poitiers
Pau
La Rochelle
Calais
Cannes
Ajaccio
Bastia
Bayonne
Biarritz
Lorient
Quimper
Vannes
Saint-Malo
Chambéry
Valence
Troyes
Colmar
Belfort
Dunkerque
Boulogne-sur-Mer
Arras
Béziers
Narbonne
Sète
Arles
Carcassonne
Albi
Montauban
Agen
Périgueux
Brive-la-Gaillarde
Vichy
Bourges
Chartres
Évry-Courcouronnes
Créteil
Nanterre
Bobigny
Sevran
Grigny
Mantes-la-Jolie
Cherbourg-en-Cotentin
Saint-Nazaire
Chamonix
Lourdes
|Mayotte|à
Fort-de-France
Pointe-à-Pitre
Cayenne
Nouméa
Papeete
Bruxelles
Liège
Charleroi
Namur
Mons
Anvers
Gand
Louvain-la-Neuve
Tournai
Verviers
Arlon
Genève
Lausanne
Berne
Zurich
Bâle
Neuchâtel
Fribourg
Sion
Lugano
Montreux
Delémont
Yverdon-les-Bains
Luxembourg
Monaco
Montréal
Québec
Laval
Gatineau
Sherbrooke
Trois-Rivières
Saguenay
Rimouski
Lévis
Longueuil
Moncton
Dakar
Abidjan
Bamako
Ouagadougou
Niamey
Conakry
Lomé
Cotonou
Yaoundé
Douala
Libreville
Brazzaville
Kinshasa
Goma
Bukavu
Lubumbashi
N'Djamena
Bangui
Antananarivo
Nouakchott
Tunis
Alger
Oran
Rabat
Casablanca
Marrakech
Tanger
Beyrouth
Port-au-Prince
"""

WORLD_CITIES = """
Londres
Berlin
Madrid
Rome
Bruxelles
Moscou
Kiev
Varsovie
Vienne
Lisbonne
Athènes
Prague
Budapest
Bucarest
Copenhague
Stockholm
Oslo
Helsinki
Dublin
Édimbourg
Munich
Francfort
Hambourg
Milan
Naples
Venise
Barcelone
Séville
Istanbul
Ankara
Jérusalem
Tel-Aviv
Gaza
Ramallah
Damas
Bagdad
Téhéran
Riyad
Doha
Dubaï
Abou Dhabi
Amman
Kaboul
Islamabad
New Delhi
Bombay
Pékin
Shanghai
Hong Kong
Taipei
Tokyo
Séoul
Pyongyang
Bangkok
Hanoï
Jakarta
Manille
Sydney
Washington
New York
Los Angeles
Chicago
Miami
San Francisco
Toronto
Ottawa
Vancouver
Mexico
Bogota
Caracas
Lima
Santiago
Buenos Aires
Brasilia
Rio de Janeiro
Sao Paulo
La Havane
Addis-Abeba
Nairobi
Khartoum
Tripoli
Lagos
Johannesburg
Pretoria
Genève
Strasbourg
La Haye
Davos
"""

COUNTRIES = """
la|France
la|Belgique
la|Suisse
le|Luxembourg
le|Canada
l'|Allemagne
l'|Italie
l'|Espagne
le|Portugal
le|Royaume-Uni
l'|Irlande
les|Pays-Bas
l'|Autriche
la|Pologne
la|Hongrie
la|Roumanie
la|Grèce
la|Suède
la|Norvège
le|Danemark
la|Finlande
l'|Ukraine
la|Russie
la|Biélorussie
la|Moldavie
la|Géorgie
l'|Arménie
l'|Azerbaïdjan
la|Turquie
|Israël|en
le|Liban
la|Syrie
l'|Irak
l'|Iran
l'|Arabie saoudite
le|Qatar
le|Yémen
l'|Égypte
la|Libye
la|Tunisie
l'|Algérie
le|Maroc
la|Mauritanie
le|Sénégal
le|Mali
le|Burkina Faso
le|Niger
le|Tchad
la|Guinée
la|Côte d'Ivoire
le|Togo
le|Bénin
le|Nigeria
le|Cameroun
le|Gabon
la|République centrafricaine
la|République démocratique du Congo
la|RDC
le|Rwanda
le|Burundi
le|Soudan
l'|Éthiopie
le|Kenya
l'|Afrique du Sud
|Madagascar|à
|Haïti|en
les|États-Unis
le|Mexique
le|Brésil
l'|Argentine
le|Venezuela
la|Colombie
le|Chili
la|Chine
le|Japon
la|Corée du Sud
la|Corée du Nord
l'|Inde
le|Pakistan
l'|Afghanistan
l'|Indonésie
le|Vietnam
la|Nouvelle-Calédonie
l'|Australie
"""

REGIONS = """
l'|Île-de-France
la|Bretagne
la|Normandie
les|Hauts-de-France
le|Grand Est|dans le
la|Nouvelle-Aquitaine
l'|Occitanie
l'|Auvergne-Rhône-Alpes
la|Bourgogne-Franche-Comté
le|Centre-Val de Loire|dans le
les|Pays de la Loire
la|Provence-Alpes-Côte d'Azur
la|Corse
l'|Alsace
la|Côte d'Azur|sur la
la|Seine-Saint-Denis
le|Val-de-Marne
les|Hauts-de-Seine
le|Nord
le|Pas-de-Calais
la|Gironde
la|Haute-Savoie
l'|Isère
le|Finistère
les|Bouches-du-Rhône
le|Var
l'|Hérault
la|Meuse
la|Moselle
le|Gard
l'|Aude
les|Pyrénées-Orientales
l'|Ardèche
la|Drôme
le|Calvados
la|Guadeloupe
la|Martinique
la|Guyane
la|Wallonie
la|Flandre
le|Brabant wallon
le|Hainaut
|Vaud|dans le canton de
|Fribourg|dans le canton de
le|Limbourg
la|Suisse romande
le|Valais
le|Tessin
les|Grisons
le|Jura
le|Québec
l'|Ontario
le|Nouveau-Brunswick
la|Gaspésie
l'|Abitibi
"""

RIVERS = """
la|Seine
la|Loire
le|Rhône
la|Garonne
le|Rhin
la|Dordogne
la|Meuse
la|Moselle
la|Marne
l'|Oise
la|Saône
la|Durance
le|Lot
la|Vilaine
l'|Escaut
l'|Aar
le|Saint-Laurent
le|Niger
le|fleuve Congo
le|Nil
le|Danube
"""

MOUNTAINS = """
les|Alpes
les|Pyrénées
le|Massif central|dans le
le|mont Blanc
le|Mont-Blanc
les|Vosges
le|Cervin
la|Jungfrau
le|mont Ventoux
le|puy de Dôme
les|Laurentides
le|Kilimandjaro
le|Hoggar
l'|Etna
l'|Everest
"""

WATERS = """
le|lac Léman
le|Léman
le|lac d'Annecy
le|lac Saint-Jean
le|lac Tchad
le|lac de Neuchâtel
le|lac du Bourget
le|lac de Serre-Ponçon
le|lac Kivu
le|lac des Quatre-Cantons
"""

SEAS = """
la|Méditerranée
la|Manche|dans la
la|mer du Nord
l'|Atlantique
la|mer Rouge
la|mer Noire
le|golfe de Gascogne|dans le
le|Pacifique|dans le
la|mer Égée
le|golfe de Guinée|dans le
"""

STREETS = """
la|rue de Rivoli|dans la
les|Champs-Élysées|sur les
la|place de la Concorde|sur la
la|place de la République|sur la
le|boulevard Saint-Germain|sur le
la|Canebière|sur la
la|place Bellecour|sur la
la|rue du Faubourg-Saint-Honoré|dans la
l'|avenue Louise|sur l'
la|Grand-Place|sur la
la|rue Neuve|dans la
la|rue du Rhône|dans la
la|place Fédérale|sur la
la|rue Sainte-Catherine|dans la
la|Grande Allée|sur la
le|Vieux-Port|sur le
"""

STADIUMS = """
le|Stade de France
le|Parc des Princes
le|Vélodrome|au
le|Groupama Stadium
le|stade Pierre-Mauroy|au
le|Stade Roi-Baudouin
le|Stade de Suisse
le|Centre Bell
le|Stade olympique|au
le|stade Geoffroy-Guichard|au
le|Matmut Atlantique
le|stade Félix-Bollaert|au
le|Stade de la Tuilière
le|stade de Genève|au
le|stade Léopold-Sédar-Senghor|au
le|stade Olympique Alassane-Ouattara|au
"""

AIRPORTS = """
Roissy-Charles-de-Gaulle
Orly
Zaventem
Cointrin
Mirabel
Montréal-Trudeau
Blaise-Diagne
Nice-Côte d'Azur
Lyon-Saint-Exupéry
Marseille-Provence
Bâle-Mulhouse
Houari-Boumediene
Félix-Houphouët-Boigny
"""

SITES = """
la|gare du Nord|à la
la|gare Saint-Lazare|à la
la|gare Montparnasse|à la
la|gare Cornavin|à la
la|tour Eiffel|à la
l'|Arc de triomphe|à l'
le|Mont-Saint-Michel|au
le|château de Versailles|au
|Notre-Dame de Paris|à
le|Sacré-Cœur|au
l'|Atomium|à l'
le|Palais fédéral|au
|La Défense|à
le|Vieux-Québec|dans le
le|palais de l'Élysée|au
le|château Frontenac|au
l'|île de Gorée|sur l'
"""

CONFLICT_REGIONS = """
le|Sahel
le|Nord-Kivu
le|Sud-Kivu
l'|Ituri
la|Cisjordanie
le|Donbass
la|Crimée
le|Kurdistan
la|Casamance
le|Liptako-Gourma|dans le
le|Darfour
le|Tigré
le|Cabo Delgado|dans le
le|Sud-Liban|au
la|région de Tillabéri|dans la
la|bande de Gaza|dans la
"""

# Events.
SPORT_EVENTS = """
les|Jeux olympiques
les|Jeux olympiques d'hiver
les|Jeux paralympiques
les|JO de Los Angeles
les|Jeux de la Francophonie
le|Tour de France
le|Tour de France Femmes
le|Tour de Romandie
le|Tour de Suisse
Paris-Roubaix
Liège-Bastogne-Liège
Roland-Garros
le|tournoi de Wimbledon
l'|US Open
l'|Open d'Australie
le|Masters de Paris
le|Tournoi des six nations
le|Mondial de rugby
la|Coupe du monde de football
le|Mondial 2026
la|Coupe d'Afrique des nations
la|CAN
l'|Euro féminin
la|Ligue des champions
la|Ligue Europa
la|Ligue 1
la|Coupe de France
la|Coupe Davis
le|Grand Prix de Monaco
le|Grand Prix du Canada
le|Rallye Dakar
le|Vendée Globe
la|Route du Rhum
les|24 Heures du Mans
le|Marathon de Paris
le|Lauberhorn
les|Championnats du monde d'athlétisme
les|Mondiaux de biathlon
"""

CULTURE_EVENTS = """
le|Festival de Cannes
le|Festival d'Avignon
le|Festival international du film d'animation d'Annecy
le|Festival de Locarno
le|Montreux Jazz Festival
le|Paléo Festival
les|Francofolies de Spa
les|Francofolies de Montréal
le|Festival international de jazz de Montréal
le|Festival d'été de Québec
le|Fespaco
la|Biennale de Venise
le|Salon du livre de Genève
le|Festival du livre de Paris
le|Salon de l'agriculture
le|Mondial de l'automobile
Vivatech
la|Fête des vignerons
la|Fête de la musique
les|Vieilles Charrues
le|Hellfest
les|Eurockéennes de Belfort
la|Nuit blanche
les|Victoires de la musique
les|César
les|Rencontres d'Arles
le|Carnaval de Binche
le|Carnaval de Nice
le|Carnaval de Québec
l'|Eurovision
le|Festival d'Angoulême
"""

SUMMITS = """
la|COP30
la|COP29
le|sommet du G7
le|sommet de l'Otan
le|Forum de Davos
le|Sommet de la francophonie
le|sommet Choose France
le|Sommet pour l'action sur l'intelligence artificielle
le|Sommet Afrique-France
la|Conférence de Munich sur la sécurité
"""

HISTORY = """
la|Seconde Guerre mondiale
la|Première Guerre mondiale
la|Révolution française
Mai 68
la|Révolution tranquille
"""

# ---------------------------------------------------------------- slot values without entities
NUMBERS = " ".join(str(n) for n in range(2, 41))
BIG_NUMBERS = "120 150 180 200 250 300 350 400 450 500 600 700 800 900"
PERCENTS = "0,4 0,9 1,2 1,8 2,3 2,7 3,1 3,6 4,5 5,8 6,3 8,0 12,5"
WEEKDAYS = "lundi mardi mercredi jeudi vendredi samedi dimanche"
MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
AGES = "19 23 27 31 34 38 42 45 49 53 57 61 66 72 78 84"
DEMONYMS = ("français belge suisse canadien allemand italien espagnol britannique américain russe "
            "ukrainien chinois japonais marocain algérien tunisien sénégalais malien ivoirien congolais")
SCORES = "1-0 2-1 3-1 2-2 0-1 4-2 3-0 1-1 2-0 3-2"
MAGNITUDES = "5,2 5,9 6,2 6,5 6,8 7,1 7,4"
TITLES = """
le ministre
la ministre
le député
la députée
le sénateur
la sénatrice
le porte-parole
"""


# slot name -> (values, label or None, kind, style); kind "person" reads "g|Name|Party"
# entries, "named" reads "art|Name|locative" entries, "plain" plain values.
SLOT_SOURCES = {
    "POL": (POLITICIANS, "PERSON", "person", ""),
    "WPOL": (WORLD_POLITICIANS, "PERSON", "person", ""),
    "ATH": (ATHLETES, "PERSON", "person", ""),
    "ART": (CULTURE, "PERSON", "person", ""),
    "BIZ": (BUSINESS, "PERSON", "person", ""),
    "GEN": (GENERIC_PEOPLE, "PERSON", "person", ""),
    "SUR": (SURNAMES, "PERSON", "person", ""),
    "PAB": (words(PARTY_ABBR), "ORG", "plain", ""),
    "PARTY": (PARTIES, "ORG", "named", "party"),
    "COMP": (COMPANIES, "ORG", "named", "org"),
    "MIN": (MINISTRIES, "ORG", "named", "org"),
    "AGENCY": (AGENCIES, "ORG", "named", "org"),
    "COURT": (COURTS, "ORG", "named", "org"),
    "UNI": (UNIS, "ORG", "named", "org"),
    "MEDIA": (MEDIA, "ORG", "named", "media"),
    "INTL": (INTL, "ORG", "named", "org"),
    "UNION": (UNIONS, "ORG", "named", "org"),
    "HOSP": (HOSPITALS, "ORG", "named", "org"),
    "CLUB": (CLUBS, "ORG", "named", "org"),
    "SPORTORG": (SPORT_BODIES, "ORG", "named", "org"),
    "NGO": (NGOS, "ORG", "named", "org"),
    "PARL": (PARLIAMENTS, "ORG", "named", "org"),
    "TOWNHALL": (TOWN_HALLS, "ORG", "named", "org"),
    "MUSEUM": (MUSEUMS, "ORG", "named", "org"),
    "METEO": ("Météo-France\nMétéoSuisse\nl'|Institut royal météorologique\nEnvironnement Canada", "ORG", "named", "org"),
    "INSEE": ("l'|Insee\nl'|Institut national de la statistique et des études économiques\nl'|Office fédéral de la statistique\nStatistique Canada\nStatbel", "ORG", "named", "org"),
    "BOURSE": ("la|Bourse de Paris\nEuronext Paris\nla|Bourse suisse\nla|Bourse de Toronto", "ORG", "named", "org"),
    "BY": (TOWNS, "PLACE", "named", "city"),
    "WBY": (WORLD_CITIES, "PLACE", "named", "city"),
    "LAND": (COUNTRIES, "PLACE", "named", "country"),
    "REG": (REGIONS, "PLACE", "named", "region"),
    "RIVER": (RIVERS, "PLACE", "named", "river"),
    "MOUNT": (MOUNTAINS, "PLACE", "named", "mount"),
    "WATER": (WATERS, "PLACE", "named", "region"),
    "SEA": (SEAS, "PLACE", "named", "region"),
    "HEALTH": ("Santé publique France\nl'|Office fédéral de la santé publique\nSciensano\nl'|Agence régionale de santé d'Île-de-France\nl'|Institut Pasteur\nl'|Institut national de santé publique du Québec\nl'|Agence régionale de santé Occitanie\nle|ministère de la Santé", "ORG", "named", "org"),
    "STREET": (STREETS, "PLACE", "named", "street"),
    "SITE": (SITES, "PLACE", "named", "site"),
    "CONFLICT": (CONFLICT_REGIONS, "PLACE", "named", "region"),
    "FOOT": (FOOTBALLERS, "PERSON", "person", ""),
    "SUR_FOOT": (FOOT_SURNAMES, "PERSON", "person", ""),
    "REGULATOR": (REGULATORS, "ORG", "named", "org"),
    "POLICE": (POLICE, "ORG", "named", "org"),
    "COURT_CRIM": (COURTS_CRIM, "ORG", "named", "org"),
    "COURT_HIGH": (COURTS_HIGH, "ORG", "named", "org"),
    "INTL_HUM": (INTL_HUM, "ORG", "named", "org"),
    "STADIUM": (STADIUMS, "PLACE", "named", "site"),
    "AIRPORT": (AIRPORTS, "PLACE", "named", "site"),
    "COMP_PHARMA": ("Sanofi\nServier\nPierre Fabre\nNovartis\nRoche\nIpsen\nUCB\nBiogaran\nNovo Nordisk\nPfizer", "ORG", "named", "org"),
    "COMP_RAIL": ("la|SNCF\nles|CFF\nla|SNCB\nVia Rail\nl'|ONCF\nla|RATP\nEurostar", "ORG", "named", "org"),
    "COMP_AIR": ("Air France\nBrussels Airlines\nSwiss\nAir Canada\nAir Sénégal\nRoyal Air Maroc\nCorsair\nTransavia\nEasyJet\nAir Côte d'Ivoire\nAir Algérie\nVolotea", "ORG", "named", "org"),
    "SEV_CUP": ("la|Ligue des champions\nla|Ligue Europa\nla|Ligue Conférence\nla|Coupe de France\nla|Coupe de Belgique\nla|Coupe de Suisse\nla|Ligue des champions de la CAF\nla|Coupe de la Ligue\nla|Coupe de France féminine", "EVENT", "named", "event"),
    "SEV_RUN": ("le|Marathon de Paris\nles|20 km de Bruxelles\nle|Marathon de Genève\nle|Marathon de Montréal\nla|Transjurassienne\nle|Semi-marathon de Paris\nla|Course de l'Escalade\nle|Marathon international de Dakar", "EVENT", "named", "event"),
    "SEV_TOUR": ("le|Tour de France\nle|Tour de Romandie\nle|Tour de Suisse\nle|Critérium du Dauphiné\nParis-Nice\nla|Vuelta\nle|Giro\nle|Tour du Faso\nle|Tour de Wallonie", "EVENT", "named", "event"),
    "SEV": (SPORT_EVENTS, "EVENT", "named", "event"),
    "CEV": (CULTURE_EVENTS, "EVENT", "named", "event"),
    "SUMMIT": (SUMMITS, "EVENT", "named", "event"),
    "HIST": (HISTORY, "EVENT", "named", "event"),
    "N": (NUMBERS, None, "plain", ""),
    "BIG": (BIG_NUMBERS, None, "plain", ""),
    "PCT": (PERCENTS, None, "plain", ""),
    "DAY": (WEEKDAYS, None, "plain", ""),
    "MONTH": (MONTHS, None, "plain", ""),
    "AGE": (AGES, None, "plain", ""),
    "DEM": (DEMONYMS, None, "plain", ""),
    "SCORE": (SCORES, None, "plain", ""),
    "MAG": (MAGNITUDES, None, "plain", ""),
}
DATELINE_HOME = TOWNS
DATELINE_ABROAD = WORLD_CITIES
WORLD_SLOTS = ("WBY}", "WPOL}", "LAND}", "INTL}")

# ---------------------------------------------------------------- templates
TEMPLATES = """
# politique
{POL} ({PAB}) réclame une commission d'enquête sur le fonctionnement {de:AGENCY}.
{g:Le député/La députée} {GEN} ({PAB}) a déposé mardi une proposition de loi pour renforcer les contrôles {de:AGENCY}.
Un nouveau sondage publié par {MEDIA} donne {PARTY} en hausse de {N} points.
{PARTY} et {PARTY} ont annoncé un accord pour les élections municipales {loc:BY}.
{g:Le maire/La maire} {de:BY}, {GEN}, a annoncé {g:qu'il/qu'elle} ne briguerait pas de nouveau mandat.
{g:Le ministre/La ministre} {POL} s'est rendu{g:/e} {DAY} {loc:BY} pour présenter le plan de rénovation des écoles.
{POL} a été reçu{g:/e} {a:MIN} pour une réunion consacrée à la sécurité {loc:REG}.
Les sénateurs ont adopté dans la nuit le projet de budget, malgré l'opposition {de:PARTY}.
{PARL} a voté {DAY} un texte qui prévoit {N} millions d'euros pour les communes rurales {loc:REG}.
Interrogé{g:/e} par {MEDIA}, {POL} a dénoncé « une faute politique grave » du gouvernement.
Selon {MEDIA}, {POL} ({PAB}) envisage de quitter la direction de son parti d'ici à l'été.
La motion de censure déposée par {PARTY} a recueilli {BIG} voix {a:PARL}, loin de la majorité requise.
{POL} et {POL} se sont affrontés lors d'un débat télévisé diffusé par {MEDIA}.
Le conseil municipal {de:BY} a adopté {DAY} un budget en hausse de {PCT} %.
{POL} ({PAB}) a été élu{g:/e} à la présidence de la commission des finances {de:PARL}.
Le gouvernement a confirmé {DAY} la nomination {de:GEN} à la tête {de:AGENCY}.
# international
{WPOL} a reçu {WPOL} {loc:WBY} pour des discussions sur le commerce et la sécurité.
{WPOL} a averti que {LAND} ne céderait pas aux pressions {de:INTL}.
{g:Le chef/La cheffe} de la diplomatie {POL} se rendra {DAY} {loc:WBY} pour rencontrer des responsables {de:INTL}.
Des milliers de manifestants sont descendus dans les rues {de:WBY} {DAY} contre la politique {de:WPOL}.
{INTL} appelle les belligérants {loc:LAND} à cesser immédiatement les combats.
Au moins {N} personnes ont été tuées dans une attaque {loc:WBY}, selon les autorités locales.
{LAND} et {LAND} ont signé un accord de coopération dans le domaine de l'énergie.
Les dirigeants {de:INTL} se réunissent la semaine prochaine {loc:WBY} pour évoquer la situation {loc:LAND}.
{WPOL} a accusé {LAND} de vouloir déstabiliser la région.
{LAND} a rappelé son ambassadeur {loc:LAND} après des déclarations jugées « inacceptables ».
{WPOL} et {WPOL} se sont entretenus par téléphone pendant près d'une heure, selon un communiqué.
L'ambassadeur {DEM} a été convoqué par les autorités {de:LAND}.
{INTL} a débloqué une aide d'urgence de {N} millions de dollars pour les sinistrés {loc:LAND}.
# Afrique
{WPOL} a limogé {DAY} son Premier ministre, a annoncé la télévision d'État.
{INTL} a suspendu {LAND} de ses instances à la suite du coup d'État militaire.
Des affrontements ont éclaté {DAY} {loc:CONFLICT} entre l'armée et des groupes armés, selon des sources locales.
Les autorités {de:LAND} ont annoncé la réouverture de leurs frontières terrestres après {N} mois de fermeture.
{WPOL} a inauguré {DAY} une nouvelle centrale solaire près {de:BY}.
# économie
{COMP} a dégagé un bénéfice net de {BIG} millions d'euros au premier semestre.
{g:Le directeur général/La directrice générale} {de:COMP}, {BIZ}, a annoncé la suppression de {BIG} postes.
{COMP} va racheter son concurrent {nu:COMP} pour {N} milliards d'euros.
L'action {de:COMP} a reculé de {PCT} % {a:BOURSE} après la publication des résultats.
{COMP} va construire une nouvelle usine {loc:BY}, qui pourrait créer {BIG} emplois.
{INSEE} a annoncé {DAY} que l'inflation avait atteint {PCT} % sur un an en {MONTH}.
{COMP} et {COMP} ont conclu un partenariat pour développer l'hydrogène {loc:REG}.
{BIZ}, {g:patron/patronne} {de:COMP}, estime que le marché {DEM} reste « stratégique » pour le groupe.
{COMP} a écopé d'une amende de {BIG} millions d'euros infligée par {REGULATOR}.
Les salariés du site {de:COMP} {loc:BY} se sont mis en grève pour réclamer des hausses de salaires.
{COMP} a annoncé la fermeture de son centre de recherche {loc:BY} d'ici à la fin de l'année.
Le chiffre d'affaires {de:COMP} a progressé de {PCT} % au troisième trimestre, porté par les ventes {loc:LAND}.
{BIZ} quittera la direction {de:COMP} en {MONTH}, a indiqué le groupe dans un communiqué.
# justice
Un homme de {AGE} ans a été condamné à {N} ans de prison par {COURT_CRIM} pour le meurtre de sa compagne.
{COURT_CRIM} a relaxé l'ancien dirigeant {de:COMP}, poursuivi pour corruption.
L'avocat{g:/e} {GEN} a annoncé que son client allait faire appel de la décision {de:COURT}.
Une enquête a été ouverte après un cambriolage dans les locaux {de:COMP} {loc:BY}.
Une femme de {AGE} ans a été mise en examen pour escroquerie au préjudice {de:NGO}.
Les gendarmes ont interpellé deux suspects après un braquage près {de:SITE}.
{COURT_CRIM} a alourdi la peine de l'homme jugé pour des violences commises {loc:BY}.
{g:Le procureur/La procureure} {GEN} a requis {N} ans d'emprisonnement contre le principal prévenu.
{COURT_HIGH} a validé {DAY} l'essentiel de la loi contestée par {PARTY}.
Le procès {de:GEN}, accusé{g:/e} d'avoir détourné des fonds {de:TOWNHALL}, s'ouvrira en {MONTH}.
{POLICE} a démantelé un réseau de trafic de stupéfiants opérant entre {BY} et {BY}.
Le [[Conseil d'État|ORG]] a suspendu l'arrêté pris par {g:le maire/la maire} {de:BY}, {GEN}.
# sport
{ATH} s'est imposé{g:/e} {DAY} et signe sa {N}e victoire de la saison.
{CLUB} a battu {CLUB} {SCORE} devant {N} 000 spectateurs.
{ATH} a été retenu{g:/e} pour {SEV}, a annoncé {SPORTORG}.
{CLUB} a recruté {FOOT} pour trois saisons.
{g:L'entraîneur/L'entraîneuse} {de:CLUB}, {GEN}, a été limogé{g:/e} après la défaite face {a:CLUB}.
{ATH} a dû abandonner {loc:BY} en raison d'une blessure au genou.
{ATH} et {ATH} ont terminé aux deux premières places lors {de:SEV}.
Les épreuves {de:SEV} ont été perturbées par les intempéries.
{CLUB} s'est qualifié pour les demi-finales {de:SEV_CUP} après sa victoire {SCORE} contre {CLUB}.
{g:Le sélectionneur/La sélectionneuse} {GEN} a convoqué {FOOT} pour les matches face {a:LAND} et {a:LAND}.
{ATH} a établi un nouveau record national lors {de:SEV}.
{SUR_FOOT} a inscrit un doublé et permis {a:CLUB} de prendre la tête du championnat.
{SPORTORG} a ouvert une procédure disciplinaire contre {CLUB} après les incidents survenus {loc:STADIUM}.
{ATH} vise une médaille lors {de:SEV}, après une saison marquée par les blessures.
Le match entre {CLUB} et {CLUB} se jouera à guichets fermés {loc:STADIUM}.
# culture
{ART} est en lice pour trois trophées lors {de:CEV}.
L'écrivain{g:/e} {ART} publie un nouveau roman, présenté {DAY} lors {de:CEV}.
{ART} se produira {loc:STADIUM} en {MONTH}, et les billets se sont écoulés en quelques minutes.
{ART} sera la tête d'affiche {de:CEV}, qui ouvre ses portes la semaine prochaine.
{CEV} a attiré plus de {BIG} 000 visiteurs, selon les organisateurs.
{MUSEUM} a acquis une œuvre {de:ART} pour {N} millions d'euros.
{ART} et {ART} partageront la scène lors {de:CEV} cet été.
{MEDIA} consacre un documentaire à {ART} et à son enfance {loc:BY}.
{ART} décroche le premier rôle de la nouvelle série produite par {MEDIA}.
{g:Le directeur/La directrice} {de:MEDIA}, {GEN}, a annoncé son départ après {N} ans à la tête de la rédaction.
{MUSEUM} consacre une grande rétrospective {a:ART} à partir de {MONTH}.
Le film {de:ART} a été présenté en compétition officielle {loc:CEV}.
# météo et environnement
{METEO} a émis une alerte orange aux orages pour {DAY} {loc:REG}.
Il a fait {N} degrés sous abri {loc:BY} dans la nuit de {DAY}, un record pour un mois de {MONTH}.
Les autorités ont relevé le niveau d'alerte en raison de la crue {de:RIVER}.
Plusieurs routes sont coupées {loc:REG} après un glissement de terrain survenu près {de:BY}.
Jusqu'à {N} centimètres de neige sont attendus {loc:MOUNT} d'ici à {DAY}.
{METEO} prévoit un week-end ensoleillé avec des températures proches de {N} degrés {loc:REG}.
Le niveau {de:WATER} a atteint son plus bas niveau depuis {N} ans.
Les secours ont repêché {N} personnes {loc:SEA} après le naufrage d'un voilier.
{NGO} a déposé un recours contre le projet d'autoroute entre {BY} et {BY}.
Des militants {de:NGO} ont bloqué {DAY} l'accès au siège {de:COMP} {loc:BY}.
Les incendies ont détruit plus de {BIG} hectares de forêt {loc:REG} depuis {DAY}.
{AGENCY} alerte sur la sécheresse qui frappe le bassin {de:RIVER}.
# accidents
Un automobiliste est mort dans un accident de la route près {de:BY} dans la nuit de {DAY}.
Un randonneur porté disparu {loc:MOUNT} a été retrouvé sain et sauf par les secours.
Un avion transportant {N} passagers a dû se poser en urgence à l'aéroport {de:AIRPORT} après un problème technique.
Un incendie s'est déclaré dans un immeuble {loc:BY}, et deux blessés ont été transportés {a:HOSP}.
Un séisme de magnitude {MAG} a frappé {LAND} {DAY}, faisant au moins {N} morts.
{N} personnes ont été évacuées après le débordement {de:RIVER} {loc:BY}.
Un bateau transportant {N} migrants a chaviré au large {de:LAND}, selon {INTL_HUM}.
Deux trains sont entrés en collision près {de:BY}, faisant une dizaine de blessés, selon {COMP_RAIL}.
# santé et sciences
Des chercheurs {de:UNI} ont mis au point une nouvelle méthode de détection précoce du cancer.
{g:Le professeur/La professeure} {GEN}, {de:UNI}, estime que ces résultats pourraient changer la prise en charge des patients.
{UNI} et {UNI} vont créer un centre de recherche commun {loc:BY}.
{HOSP} a mis en place un nouveau protocole après le décès d'un patient aux urgences.
{HEALTH} signale une hausse des cas de grippe {loc:REG} depuis une semaine.
{INTL} met en garde contre une nouvelle épidémie {loc:LAND}.
{COMP_PHARMA} a obtenu l'autorisation de commercialiser un nouveau traitement contre le diabète {loc:LAND}.
{g:Le chef/La cheffe} du service de réanimation {de:HOSP}, {GEN}, dénonce un manque criant de personnel.
L'étude, publiée par {UNI}, porte sur plus de {BIG} 000 patients suivis pendant {N} ans.
# travail et éducation
{UNION} appelle à la grève chez {COMP} à partir de {DAY}.
Les négociations entre {UNION} et la direction {de:COMP} ont échoué dans la nuit de {DAY}.
{g:Le secrétaire général/La secrétaire générale} {de:UNION}, {GEN}, réclame une revalorisation des salaires.
{COMP} ferme son site {loc:BY}, où travaillent {BIG} salariés.
{g:Le président/La présidente} {de:UNI}, {GEN}, se félicite d'un nombre record de candidatures.
{UNION} et {UNION} appellent à manifester {DAY} {loc:BY} contre la réforme.
Les enseignants {de:BY} étaient en grève {DAY} à l'appel {de:UNION}.
# religion et société
Le pape [[Léon XIV|PERSON]] a reçu {WPOL} au [[Vatican|PLACE]] {DAY}.
L'évêque {de:BY} a appelé les fidèles à accueillir les réfugiés.
Plus de {BIG} personnes ont participé {DAY} à une marche blanche {loc:BY} en hommage à la victime.
{NGO} a distribué {BIG} 000 repas aux sans-abri {loc:BY} cet hiver.
# local
Le conseil municipal {de:BY} a voté {DAY} la construction d'une nouvelle piscine de {N} millions d'euros.
Les habitants {de:BY} paieront plus cher leur eau à partir de {MONTH}.
Le nouveau pont sur {RIVER} sera ouvert à la circulation en {MONTH}.
{TOWNHALL} a décidé de rendre piétonne une partie {de:STREET}.
{COMP_AIR} ouvrira en {MONTH} une ligne directe entre {BY} et {WBY}.
{GEN}, habitant{g:/e} {de:BY}, a fêté ses {AGE} ans entouré{g:/e} de sa famille.
Des travaux vont perturber la circulation {loc:STREET} pendant {N} semaines, prévient {TOWNHALL}.
# divers
{SUR} a assuré {a:MEDIA} ne rien regretter de sa décision.
{SUR} a rejeté les critiques {de:PARTY}, estimant avoir « fait ce qui était nécessaire ».
Selon {SUR}, il n'est pas question de céder la participation détenue dans {COMP}.
{SUR} et {SUR} étaient présents lors de la signature de l'accord {loc:WBY}.
{POL} ({PAB}) et {POL} ({PAB}) défendent une proposition commune sur la santé mentale.
Plus de {BIG} 000 participants sont attendus {loc:BY} pour {SEV_RUN}.
{BIZ} prendra la direction {de:NGO} à partir de {MONTH}, a annoncé son conseil d'administration.
{CLUB} a cédé {FOOT} {a:CLUB} pour un montant record.
{WPOL} estime que {INTL} doit prendre davantage de responsabilités face à la crise des réfugiés.
Une enquête {de:MEDIA} révèle que {COMP} a enfreint les règles {loc:LAND} pendant des années.
La police {de:BY} lance un appel à témoins après la disparition d'un homme de {AGE} ans.
{WPOL} est attendu{g:/e} {loc:BY} en {MONTH} pour une visite officielle.
{PARL} a voté la création d'une commission chargée d'examiner les contrats passés avec {COMP}.
# conférences et événements
Responsables politiques et chefs d'entreprise se retrouvent {DAY} pour {SUMMIT}.
{POL} a prononcé le discours d'ouverture {de:SUMMIT} et promis des baisses d'impôts.
Plus de {N} chefs d'État sont attendus {loc:WBY} pour {SUMMIT}.
{COMP} a présenté sa nouvelle stratégie en marge {de:SUMMIT}.
{ATH} a remporté sa première victoire sur {SEV_TOUR} au terme d'un sprint serré.
{WPOL} participera {a:SUMMIT} {loc:WBY}, a confirmé son entourage.
Le souvenir {de:HIST} reste très présent {loc:REG}, où plusieurs cérémonies sont prévues.
{MUSEUM} consacre une exposition {a:HIST} à partir de {MONTH}.
{ATH} a été sacré{g:/e} lors {de:SEV}, devant {ATH}.
{CEV} s'ouvre {DAY} {loc:BY} avec une programmation consacrée à la jeune création.
Des centaines de bénévoles sont mobilisés pour {CEV}, qui fête cette année ses {N} ans.
{MEDIA} diffusera en direct {SEV} à partir de {DAY}.
# organismes suivis de mots en minuscules
{AGENCY} prévoit une hausse des prix de l'énergie {loc:REG} l'an prochain.
{MIN} a publié {DAY} un rapport sur l'état des routes de montagne {loc:REG}.
Selon {AGENCY}, la consommation d'eau des ménages a baissé de {PCT} % en un an.
{REGULATOR} enquête sur les pratiques commerciales des fournisseurs d'électricité {loc:LAND}.
{UNI} publie une étude sur la santé mentale des étudiants de première année.
{MIN} recommande aux voyageurs de se renseigner avant tout départ {loc:LAND}.
"""

# ---------------------------------------------------------------- machinery
SPAN = re.compile(r"\[\[([^\[\]|]+)\|([A-Z]+)\]\]")
SLOT = re.compile(r"\{(?:([a-z]+):)?([^{}]+)\}")


def named(block: str) -> list[tuple[str, str, str]]:
    """(article, name, locative) from entries "Name", "art|Name" or "art|Name|locative"."""
    out = []
    for x in lines(block):
        parts = x.split("|")
        if len(parts) == 1:
            out.append(("", parts[0], ""))
        elif len(parts) == 2:
            out.append((parts[0], parts[1], ""))
        else:
            out.append((parts[0], parts[1], parts[2]))
    for art, name, _ in out:
        if art not in ARTICLES:
            raise ValueError(f"bad article {art!r} for {name!r}")
    return out


def people(block: str) -> list[tuple[str, str, str]]:
    """(gender, name, party) from entries "m|Name" or "f|Name|PARTY"."""
    out = []
    for x in lines(block):
        parts = x.split("|")
        if parts[0] not in ("m", "f") or len(parts) not in (2, 3):
            raise ValueError(f"bad person entry {x!r}")
        out.append((parts[0], parts[1], parts[2] if len(parts) == 3 else ""))
    return out


def convert(markup: str) -> dict:
    text_parts: list[str] = []
    ents: list[list] = []
    last = 0
    length = 0
    for m in SPAN.finditer(markup):
        before = markup[last : m.start()]
        text_parts.append(before)
        length += len(before)
        name, label = m.group(1), m.group(2)
        if label not in LABELS:
            raise ValueError(f"bad label {label!r} in {markup!r}")
        ents.append([length, length + len(name), label])
        text_parts.append(name)
        length += len(name)
        last = m.end()
    text_parts.append(markup[last:])
    text = "".join(text_parts)
    if any(c in text for c in ("[[", "]]", "|", "{", "}")):
        raise ValueError(f"markup left in {text!r}")
    if text != text.strip() or "  " in text:
        raise ValueError(f"stray spaces in {text!r}")
    names = [m.group(1) for m in SPAN.finditer(markup)]
    prev_end = 0
    for (start, end, _), name in zip(ents, names):
        span = text[start:end]
        if span != name or span != span.strip() or not span:
            raise ValueError(f"span {span!r} != {name!r} in {text!r}")
        if start < prev_end:
            raise ValueError(f"overlap in {text!r}")
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
            raise ValueError(f"span {span!r} starts inside a word in {text!r}")
        if end < len(text) and (text[end].isalnum() or text[end] in "-"):
            raise ValueError(f"span {span!r} ends inside a word in {text!r}")
        first = span.split()[0].lower()
        if (first in LEADING_ARTICLES or first[:2] in ("l'", "l\u2019")) and name.replace("\u2019", "'") not in ARTICLE_NAMES:
            raise ValueError(f"span {span!r} starts with an article in {text!r}")
        prev_end = end
    return {"text": text, "entities": ents}


def capitalise(markup: str) -> str:
    if markup.startswith("[["):
        return markup  # a name keeps its own spelling ("elDiario.es")
    if markup.startswith("«") or markup.startswith("¿") or markup.startswith("¡"):
        return markup[0] + capitalise(markup[1:])
    return markup[:1].upper() + markup[1:]


class Deck:
    """Draws every entry of a list once, in shuffled order, before any repeats."""

    def __init__(self, items: list, rng: random.Random) -> None:
        self.items = list(items)
        self.rng = rng
        self.pile: list = []

    def draw(self, avoid: set) -> tuple:
        for _ in range(4 * len(self.items) + 4):
            if not self.pile:
                self.pile = list(self.items)
                self.rng.shuffle(self.pile)
            item = self.pile.pop()
            if item[1] not in avoid:
                return item
        raise RuntimeError("cannot draw a fresh item")


def build_slots(rng: random.Random) -> dict:
    """slot name -> (deck, label or None, kind, style)."""
    slots: dict = {}
    for name, (block, label, kind, style) in SLOT_SOURCES.items():
        if kind == "person":
            items = people(block)
        elif kind == "named":
            items = named(block)
        else:
            values = lines(block) if isinstance(block, str) and "\n" in block else (
                words(block) if isinstance(block, str) else list(block))
            items = [("", v, "") for v in values]
        slots[name] = (Deck(items, rng), label, kind, style)
    return slots


def fill(template: str, slots: dict, rng: random.Random) -> str:
    used: set = set()
    tokens = list(SLOT.finditer(template))
    values: list = [None] * len(tokens)
    genders: list = [None] * len(tokens)
    last_party = ""
    for i, m in enumerate(tokens):
        form, key = m.group(1) or "", m.group(2)
        if form == "g":
            continue
        if key == "PAB":
            party = last_party or slots["PAB"][0].draw(set())[1]
            last_party = ""
            values[i] = f"[[{party}|ORG]]"
            continue
        if key not in slots:
            raise KeyError(f"unknown slot {key} in {template!r}")
        deck, label, kind, style = slots[key]
        item = deck.draw(used)
        used.add(item[1])
        if kind == "person":
            gender, name, party = item
            genders[i] = gender
            last_party = party
            prefix = person_prefix(name, form)
        else:
            art, name, loc = item
            prefix = article_prefix(art, name, form, loc, style)
        values[i] = prefix + (f"[[{name}|{label}]]" if label else name)
    for i, m in enumerate(tokens):
        if m.group(1) != "g":
            continue
        gender = next((g for g in reversed(genders[:i]) if g), None)
        if gender is None:
            gender = next((g for g in genders[i + 1 :] if g), "m")
        male, _, female = m.group(2).partition("/")
        values[i] = female if gender == "f" else male
    out = []
    last = 0
    for m, v in zip(tokens, values):
        out.append(template[last : m.start()])
        out.append(v)
        last = m.end()
    out.append(template[last:])
    return fix_up("".join(out))


def build() -> tuple[list[dict], int]:
    rng = random.Random(SEED)
    items: list[dict] = []
    seen: set[str] = set()
    hand = lines(HAND)
    for markup in hand:
        item = convert(markup)
        if item["text"] in seen:
            raise ValueError(f"duplicate hand item {item['text']!r}")
        seen.add(item["text"])
        items.append(item)

    slots = build_slots(rng)
    templates = lines(TEMPLATES)
    for t in templates:
        for m in SLOT.finditer(t):
            if m.group(1) != "g" and m.group(2) != "PAB" and m.group(2) not in slots:
                raise KeyError(f"unknown slot {m.group(2)} in {t!r}")
    home = [DATELINE_CAPITAL] * 10 + [n for _, n, _ in named(DATELINE_HOME)]
    abroad = [n for _, n, _ in named(DATELINE_ABROAD)]
    produced = 0
    order: list[str] = []
    while produced < TEMPLATE_ITEMS:
        if not order:
            order = list(templates)
            rng.shuffle(order)
        template = order.pop()
        for _ in range(20):
            body = capitalise(fill(template, slots, rng))
            if rng.random() < DATELINE_SHARE and "(" + AGENCY not in body:
                pool = abroad if any(w in template for w in WORLD_SLOTS) else home
                markup = DATELINE.format(f"[[{rng.choice(pool)}|PLACE]]") + body
            else:
                markup = body
            if rng.random() < CURLY_SHARE:
                markup = markup.replace("'", "\u2019")
            item = convert(markup)
            if item["text"] not in seen:
                break
        else:
            continue
        seen.add(item["text"])
        items.append(item)
        produced += 1
    return items, len(hand)


def report(items: list[dict], hand: int) -> None:
    spans = Counter()
    names: dict = defaultdict(set)
    empty = 0
    empty_hand = 0
    for i, item in enumerate(items):
        if not item["entities"]:
            empty += 1
            empty_hand += i < hand
        for s, e, label in item["entities"]:
            spans[label] += 1
            names[label].add(item["text"][s:e])
    print(f"{OUT.name}: {len(items)} items ({hand} hand-written, {len(items) - hand} from templates), "
          f"{empty} without entities ({empty_hand} of them hand-written)")
    for label in LABELS:
        print(f"  {label:6} spans {spans[label]:5}  distinct names {len(names[label]):4}")


def main() -> None:
    items, hand = build()
    with OUT.open("w", encoding="utf-8") as f:
        for item in items:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    report(items, hand)


if __name__ == "__main__":
    sys.exit(main())
