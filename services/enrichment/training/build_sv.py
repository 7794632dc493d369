#!/usr/bin/env python3
"""Build sv.jsonl: Swedish NER training data (PERSON, ORG, PLACE, EVENT).

Hand-written TT-style items (HAND) plus items from templates filled from the name lists
below.  Text is written in an inline markup, "[[Ulf Kristersson|PERSON]] träffade ...", and
converted to character offsets.  Labelling follows
inkstream_enrichment/evaluation/LABELLING.md.  Standard library only; fixed seed, so the
output is the same on every run:

    python3 build_sv.py          # writes sv.jsonl next to this script
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

SEED = 20250612
TEMPLATE_ITEMS = 1000
DATELINE_SHARE = 0.55
AGENCY = "TT"
LABELS = ("PERSON", "ORG", "PLACE", "EVENT")
OUT = Path(__file__).with_name("sv.jsonl")

# ---------------------------------------------------------------- hand-written items
HAND = """
# politik, inrikes
[[Stockholm|PLACE]] (TT) Statsminister [[Ulf Kristersson|PERSON]] ([[M|ORG]]) aviserade på tisdagen att regeringen vill skärpa straffen för unga som begår grova brott.
[[Stockholm|PLACE]] (TT) [[Socialdemokraterna|ORG]] går framåt i en ny mätning från [[Novus|ORG]], medan [[Sverigedemokraterna|ORG]] tappar.
[[Stockholm|PLACE]] (TT) S-ledaren [[Magdalena Andersson|PERSON]] kräver att regeringen skjuter till mer pengar till välfärden.
[[Stockholm|PLACE]] (TT) [[Riksdagen|ORG]] röstade på onsdagen igenom den nya lagen om visitationszoner.
[[Stockholm|PLACE]] (TT) [[Sverigedemokraternas|ORG]] partiledare [[Jimmie Åkesson|PERSON]] vill se en kraftigt minskad invandring även under nästa mandatperiod.
[[Stockholm|PLACE]] (TT) Energi- och näringsminister [[Ebba Busch|PERSON]] ([[KD|ORG]]) vill bygga tio nya kärnkraftsreaktorer till 2045.
[[Stockholm|PLACE]] (TT) Finansminister [[Elisabeth Svantesson|PERSON]] ([[M|ORG]]) presenterade på måndagen höstbudgeten med skattesänkningar på 60 miljarder kronor.
[[Stockholm|PLACE]] (TT) [[Vänsterpartiet|ORG]] kräver att [[riksdagen|ORG]] ska pröva misstroende mot justitieministern.
[[Stockholm|PLACE]] (TT) [[Liberalerna|ORG]] har valt [[Simona Mohamsson|PERSON]] till ny partiledare vid ett extra landsmöte i [[Stockholm|PLACE]].
[[Stockholm|PLACE]] (TT) [[Centerpartiet|ORG]] ligger under riksdagsspärren i två mätningar i rad.
[[Stockholm|PLACE]] (TT) [[Miljöpartiets|ORG]] språkrör [[Amanda Lind|PERSON]] vill göra kollektivtrafiken gratis för alla under 20 år.
[[Stockholm|PLACE]] (TT) Justitieminister [[Gunnar Strömmer|PERSON]] ([[M|ORG]]) säger att regeringen inte utesluter att sätta in militär mot gängen.
[[Stockholm|PLACE]] (TT) Förslaget fick inte majoritet i [[riksdagen|ORG]] och skickas nu tillbaka till utskottet.
[[Stockholm|PLACE]] (TT) [[Konstitutionsutskottet|ORG]] inleder en granskning av hur [[Regeringskansliet|ORG]] hanterade säkerhetsfrågorna.
[[Stockholm|PLACE]] (TT) Migrationsminister [[Johan Forssell|PERSON]] ([[M|ORG]]) vill höja kraven för svenskt medborgarskap.
[[Stockholm|PLACE]] (TT) [[Vänsterpartiets|ORG]] partiledare [[Nooshi Dadgostar|PERSON]] säger att partiet inte kommer att släppa fram en moderat statsminister.
[[Stockholm|PLACE]] (TT) [[KD|ORG]], [[L|ORG]] och [[M|ORG]] har enats med [[SD|ORG]] om en ny överenskommelse om skolan.
[[Stockholm|PLACE]] (TT) Oppositionen kräver svar från statsministern om varför rapporten hölls hemlig.
[[Göteborg|PLACE]] (TT) Kommunstyrelsens ordförande [[Jonas Attenius|PERSON]] ([[S|ORG]]) vill ha fler poliser i nordöstra [[Göteborg|PLACE]].
[[Stockholm|PLACE]] (TT) Socialminister [[Jakob Forssmed|PERSON]] ([[KD|ORG]]) vill förbjuda försäljning av energidrycker till barn.
[[Malmö|PLACE]] (TT) Kommunstyrelsens ordförande [[Katrin Stjernfeldt Jammeh|PERSON]] ([[S|ORG]]) har meddelat att hon lämnar politiken.
[[Stockholm|PLACE]] (TT) Valdeltagandet var det högsta sedan 1985, enligt [[Valmyndigheten|ORG]].
[[Stockholm|PLACE]] (TT) [[Moderaterna|ORG]] går till val på sänkt skatt för pensionärer och fler poliser.
[[Stockholm|PLACE]] (TT) Försvarsminister [[Pål Jonson|PERSON]] ([[M|ORG]]) meddelar att [[Försvarsmakten|ORG]] ska köpa nya luftvärnssystem.
[[Stockholm|PLACE]] (TT) [[Kristerssons|PERSON]] regering har enligt oppositionen misslyckats med att pressa ned arbetslösheten.
[[Stockholm|PLACE]] (TT) Talman [[Andreas Norlén|PERSON]] har inlett samtal med partiledarna efter valet.
[[Stockholm|PLACE]] (TT) Skolminister [[Johan Pehrson|PERSON]] ([[L|ORG]]) vill införa mobilförbud i alla grundskolor.
[[Stockholm|PLACE]] (TT) [[Miljöpartiet|ORG]] och [[Vänsterpartiet|ORG]] vill stoppa regeringens förslag om sänkt skatt på bensin.
[[Stockholm|PLACE]] (TT) Budgeten röstades igenom med minsta möjliga marginal sent på onsdagskvällen.
[[Stockholm|PLACE]] (TT) [[Centerpartiets|ORG]] nya partiledare [[Anna-Karin Hatt|PERSON]] vill att partiet ska samarbeta med [[Socialdemokraterna|ORG]].
[[Uppsala|PLACE]] (TT) [[Region Uppsala|ORG]] måste spara 500 miljoner kronor nästa år, och flera vårdcentraler kan läggas ned.
[[Stockholm|PLACE]] (TT) Riksdagsledamoten [[Magnus Persson|PERSON]] ([[SD|ORG]]) lämnar sina uppdrag efter uppgifter i [[Expressen|ORG]].
[[Stockholm|PLACE]] (TT) Arbetsmarknadsminister [[Mats Persson|PERSON]] ([[L|ORG]]) vill skärpa kraven på de arbetslösa.
[[Stockholm|PLACE]] (TT) Enligt [[SVT:s|ORG]] väljarbarometer är [[Socialdemokraterna|ORG]] fortsatt största parti med 35 procent.
[[Stockholm|PLACE]] (TT) [[Sverigedemokraterna|ORG]] vill att [[riksdagen|ORG]] utreder ett förbud mot tiggeri i hela landet.
[[Stockholm|PLACE]] (TT) [[MP|ORG]] och [[V|ORG]] lämnar en gemensam reservation mot lagförslaget.
[[Stockholm|PLACE]] (TT) Civilminister [[Erik Slottner|PERSON]] ([[KD|ORG]]) vill lägga ned flera statliga myndigheter.
[[Luleå|PLACE]] (TT) Regeringen vill flytta fler statliga jobb till [[Norrbotten|PLACE]], säger landsbygdsminister [[Peter Kullgren|PERSON]] ([[KD|ORG]]).
[[Stockholm|PLACE]] (TT) [[Socialdemokraternas|ORG]] partisekreterare [[Tobias Baudin|PERSON]] säger att partiet har fått 3000 nya medlemmar.
[[Stockholm|PLACE]] (TT) Partiledardebatten i [[riksdagen|ORG]] blev het när frågan om gängvåldet kom upp.
[[Stockholm|PLACE]] (TT) Statsrådet beklagar att hon inte lämnade korrekta uppgifter till utskottet.
[[Visby|PLACE]] (TT) [[Magdalena Andersson|PERSON]] lovade i sitt tal i [[Almedalen|PLACE]] en kraftig satsning på polisen.
[[Stockholm|PLACE]] (TT) Infrastrukturminister [[Andreas Carlson|PERSON]] ([[KD|ORG]]) vill bygga ut [[E4|PLACE]] förbi [[Sundsvall|PLACE]].
[[Stockholm|PLACE]] (TT) Regeringen tillsätter en utredning om hur kommunerna ska klara äldreomsorgen.
[[Stockholm|PLACE]] (TT) [[Kristdemokraterna|ORG]] vill sänka skatten för barnfamiljer med 10 miljarder kronor.
[[Västerås|PLACE]] (TT) Kommunalrådet [[Anna Thore|PERSON]] ([[Mp|ORG]]) vill göra centrum bilfritt.
[[Stockholm|PLACE]] (TT) Det blev ingen överenskommelse i natt, och förhandlingarna fortsätter under förmiddagen.
[[Stockholm|PLACE]] (TT) Klimat- och miljöminister [[Romina Pourmokhtari|PERSON]] ([[L|ORG]]) får kritik för att utsläppen ökar.
[[Stockholm|PLACE]] (TT) Före detta statsministern [[Stefan Löfven|PERSON]] har fått ett nytt uppdrag inom [[FN|ORG]].
[[Stockholm|PLACE]] (TT) [[Riksdagens|ORG]] finansutskott godkände på torsdagen regeringens förslag om sänkt matmoms.
[[Stockholm|PLACE]] (TT) Kulturminister [[Parisa Liljestrand|PERSON]] ([[M|ORG]]) vill ge mer pengar till folkbiblioteken.
[[Umeå|PLACE]] (TT) [[Västerbottens|PLACE]] regionråd vill ha en ny järnväg längs norrlandskusten.
[[Stockholm|PLACE]] (TT) Kungen öppnade riksmötet på tisdagen i närvaro av hela regeringen.
[[Stockholm|PLACE]] (TT) Kommunministern vill att staten tar ett större ansvar för räddningstjänsten.
# utrikes och konflikter
[[Washington|PLACE]] (TT) President [[Donald Trump|PERSON]] hotar med nya tullar på varor från [[EU|ORG]] och [[Kina|PLACE]].
[[Kyiv|PLACE]] (TT) Ryska drönare attackerade under natten energianläggningar i [[Charkiv|PLACE]] och [[Odessa|PLACE]], uppger ukrainska myndigheter.
[[Moskva|PLACE]] (TT) [[Kreml|ORG]] förnekar att [[Ryssland|PLACE]] planerar att dra tillbaka trupperna från [[Zaporizjzja|PLACE]].
[[Bryssel|PLACE]] (TT) Medlemsländerna i [[Nato|ORG]] enades om att höja försvarsutgifterna, säger generalsekreterare [[Mark Rutte|PERSON]].
[[Jerusalem|PLACE]] (TT) Premiärminister [[Benjamin Netanyahu|PERSON]] säger att kriget i [[Gaza|PLACE]] fortsätter tills alla gisslan är fria.
[[Peking|PLACE]] (TT) [[Kinas|PLACE]] president [[Xi Jinping|PERSON]] tog emot den brasilianska presidenten i [[Folkets stora sal|PLACE]].
[[Paris|PLACE]] (TT) President [[Emmanuel Macron|PERSON]] utsåg en ny premiärminister sedan regeringen fällts i nationalförsamlingen.
[[Berlin|PLACE]] (TT) Förbundskansler [[Friedrich Merz|PERSON]] vill införa hårdare gränskontroller mot [[Polen|PLACE]] och [[Österrike|PLACE]].
[[London|PLACE]] (TT) Premiärminister [[Keir Starmer|PERSON]] träffade fackförbunden på [[Downing Street|PLACE]] på torsdagen.
[[Rom|PLACE]] (TT) [[Italiens|PLACE]] premiärminister [[Giorgia Meloni|PERSON]] har slutit ett avtal med [[Albanien|PLACE]] om mottagande av migranter.
[[New York|PLACE]] (TT) [[FN:s|ORG]] generalsekreterare [[António Guterres|PERSON]] uppmanar [[säkerhetsrådet|ORG]] att agera snabbt i [[Sudan|PLACE]].
[[Genève|PLACE]] (TT) Förhandlingarna mellan parterna slutade utan något avtal, och inget datum för nya samtal är satt.
[[Teheran|PLACE]] (TT) [[Irans|PLACE]] högste ledare [[Ali Khamenei|PERSON]] varnar [[USA|PLACE]] för nya attacker.
[[Kairo|PLACE]] (TT) Samtalen om vapenvila i [[Gaza|PLACE]] fortsätter i [[Egypten|PLACE]] med medlare från [[Qatar|PLACE]].
[[Ankara|PLACE]] (TT) President [[Recep Tayyip Erdoğan|PERSON]] säger att [[Turkiet|PLACE]] är redo att stå värd för fredssamtal.
[[Kyiv|PLACE]] (TT) President [[Volodymyr Zelenskyj|PERSON]] ber västländerna om fler luftvärnssystem före vintern.
[[Washington|PLACE]] (TT) Utrikesminister [[Marco Rubio|PERSON]] reser till [[Mellanöstern|PLACE]] för att rädda vapenvilan.
[[Bryssel|PLACE]] (TT) [[EU-kommissionen|ORG]] lägger fram ett nytt sanktionspaket mot [[Ryssland|PLACE]] nästa vecka.
[[Stockholm|PLACE]] (TT) Utrikesminister [[Maria Malmer Stenergard|PERSON]] ([[M|ORG]]) fördömer attacken och uppmanar båda parter till återhållsamhet.
[[Beirut|PLACE]] (TT) Minst 14 personer dödades i en flygattack i södra [[Libanon|PLACE]] natten till tisdagen.
[[Damaskus|PLACE]] (TT) [[Syriens|PLACE]] nya ledare [[Ahmed al-Sharaa|PERSON]] lovar val inom fyra år.
[[Warszawa|PLACE]] (TT) Premiärminister [[Donald Tusk|PERSON]] vill bygga ut försvaret längs gränsen mot [[Belarus|PLACE]].
[[Budapest|PLACE]] (TT) [[Viktor Orbán|PERSON]] blockerar återigen [[EU:s|ORG]] nya stödpaket till [[Ukraina|PLACE]].
[[Köpenhamn|PLACE]] (TT) Statsminister [[Mette Frederiksen|PERSON]] säger att [[Grönland|PLACE]] inte är till salu.
[[Oslo|PLACE]] (TT) Den norske statsministern [[Jonas Gahr Støre|PERSON]] vill skicka fler soldater till [[Litauen|PLACE]].
[[Helsingfors|PLACE]] (TT) President [[Alexander Stubb|PERSON]] besöker [[Sverige|PLACE]] nästa vecka för samtal om försvarssamarbetet i norr.
[[New Delhi|PLACE]] (TT) Premiärminister [[Narendra Modi|PERSON]] lovar att fördubbla investeringarna i förnybar energi.
[[Tokyo|PLACE]] (TT) [[Japans|PLACE]] regering har godkänt den största försvarsbudgeten i landets historia.
[[Seoul|PLACE]] (TT) [[Nordkorea|PLACE]] avfyrade två ballistiska robotar mot [[Japanska havet|PLACE]] tidigt på fredagen, enligt sydkoreanska militären.
[[Brasília|PLACE]] (TT) President [[Luiz Inácio Lula da Silva|PERSON]] vill ta upp avskogningen i [[Amazonas|PLACE]] på toppmötet.
[[Buenos Aires|PLACE]] (TT) [[Argentinas|PLACE]] president [[Javier Milei|PERSON]] skär ned ytterligare i de statliga utgifterna.
[[Mexico City|PLACE]] (TT) President [[Claudia Sheinbaum|PERSON]] säger att [[Mexiko|PLACE]] inte kommer att acceptera amerikanska soldater på mexikansk mark.
[[Nairobi|PLACE]] (TT) Demonstranter och polis drabbade samman i huvudstaden på onsdagen, och flera skadades.
[[Addis Abeba|PLACE]] (TT) [[Afrikanska unionen|ORG]] uppmanar parterna i [[Sudan|PLACE]] att lägga ned vapnen.
[[Kyiv|PLACE]] (TT) Flyglarmet gick i hela landet under natten till fredagen, och explosioner hördes i huvudstaden.
[[Washington|PLACE]] (TT) [[Pentagon|ORG]] bekräftar att amerikanska styrkor har attackerat mål i [[Jemen|PLACE]].
[[Jerusalem|PLACE]] (TT) Tusentals demonstrerade i [[Tel Aviv|PLACE]] på lördagskvällen mot regeringens hantering av gisslanfrågan.
[[Gaza|PLACE]] (TT) Hjälporganisationen [[Läkare utan gränser|ORG]] säger att sjukhusen i [[Khan Younis|PLACE]] är överfulla.
[[Genève|PLACE]] (TT) [[FN:s|ORG]] flyktingorgan [[UNHCR|ORG]] rapporterar att över tolv miljoner människor är på flykt i [[Sudan|PLACE]].
[[Moskva|PLACE]] (TT) [[Vladimir Putin|PERSON]] säger sig vara beredd att träffa [[Donald Trump|PERSON]] i [[Budapest|PLACE]].
[[Haag|PLACE]] (TT) [[Internationella brottmålsdomstolen|ORG]] har utfärdat arresteringsorder mot två militära ledare.
[[Stockholm|PLACE]] (TT) [[Sverige|PLACE]] ger ytterligare 500 miljoner kronor i humanitärt bistånd till [[Palestina|PLACE]].
[[Vilnius|PLACE]] (TT) Oppositionsledaren [[Svetlana Tichanovskaja|PERSON]] uppmanar [[EU|ORG]] att skärpa sanktionerna mot [[Aleksandr Lukasjenkos|PERSON]] regim.
[[Kabul|PLACE]] (TT) [[Talibanerna|ORG]] har infört nya begränsningar för kvinnors arbete inom hjälporganisationer.
[[Caracas|PLACE]] (TT) Oppositionen i [[Venezuela|PLACE]] hävdar att [[Nicolás Maduro|PERSON]] förlorade valet med stor marginal.
[[Canberra|PLACE]] (TT) Premiärminister [[Anthony Albanese|PERSON]] har utlyst nyval i [[Australien|PLACE]].
[[Ottawa|PLACE]] (TT) [[Kanadas|PLACE]] premiärminister [[Mark Carney|PERSON]] aviserar motåtgärder mot de amerikanska tullarna.
[[Bagdad|PLACE]] (TT) En bilbomb exploderade i centrala huvudstaden under morgonen, men ingen dödades.
[[Islamabad|PLACE]] (TT) Spänningen mellan [[Pakistan|PLACE]] och [[Indien|PLACE]] ökar efter ett attentat i [[Kashmir|PLACE]].
[[Bryssel|PLACE]] (TT) Kommissionens ordförande [[Ursula von der Leyen|PERSON]] klarade misstroendeomröstningen i [[Europaparlamentet|ORG]].
[[Stockholm|PLACE]] (TT) Den amerikanske ambassadören kallades upp till [[Utrikesdepartementet|ORG]] på fredagen.
Kriget har drivit miljoner människor på flykt, och grannländerna säger att de inte kan ta emot fler.
[[Taipei|PLACE]] (TT) [[Taiwan|PLACE]] rapporterar om kinesiska örlogsfartyg nära ön för tredje dagen i rad.
[[Kyiv|PLACE]] (TT) Ukrainska styrkor uppger att de har återtagit två byar i regionen [[Donetsk|PLACE]].
[[Riga|PLACE]] (TT) [[Lettland|PLACE]] stänger ytterligare gränsövergångar mot [[Ryssland|PLACE]].
# ekonomi
[[Stockholm|PLACE]] (TT) [[Riksbanken|ORG]] lämnar styrräntan oförändrad på 2 procent, meddelar riksbankschef [[Erik Thedéen|PERSON]].
[[Göteborg|PLACE]] (TT) [[Volvo|ORG]] redovisade ett rörelseresultat på 15 miljarder kronor för tredje kvartalet, något under analytikernas förväntningar.
[[Stockholm|PLACE]] (TT) [[Ericsson|ORG]] varslar 1 200 anställda i [[Sverige|PLACE]] och flyttar delar av utvecklingen till [[Indien|PLACE]].
[[Stockholm|PLACE]] (TT) [[Swedbank|ORG]] höjer bolåneräntan med 0,25 procentenheter från nästa månad.
[[Stockholm|PLACE]] (TT) Inflationen sjönk till 2,3 procent i september, visar nya siffror från [[SCB|ORG]].
[[Stockholm|PLACE]] (TT) [[Stockholmsbörsen|ORG]] steg 1,2 procent på fredagen, lyft av bankerna.
[[Stockholm|PLACE]] (TT) Kronan försvagades kraftigt mot euron efter räntebeskedet på torsdagen.
[[Skellefteå|PLACE]] (TT) Batteritillverkaren [[Northvolt|ORG]] har begärts i konkurs, och 1 700 anställda förlorar jobbet.
[[Malmö|PLACE]] (TT) [[Ikea|ORG]] sänker priserna på tusentals produkter och anställer 500 personer i [[Skåne|PLACE]].
[[Stockholm|PLACE]] (TT) Koncernchefen [[Börje Ekholm|PERSON]] säger att [[Ericsson|ORG]] ser en återhämtning på den amerikanska marknaden.
[[Stockholm|PLACE]] (TT) Bostadspriserna steg med 0,8 procent i oktober, enligt [[Svensk Mäklarstatistik|ORG]].
[[Stockholm|PLACE]] (TT) [[H&M|ORG]] stänger 20 butiker i [[Tyskland|PLACE]] efter ett svagt kvartal.
[[Stockholm|PLACE]] (TT) Arbetslösheten steg till 8,9 procent i november, visar [[SCB:s|ORG]] arbetskraftsundersökning.
[[Stockholm|PLACE]] (TT) Handelsbalansen visade ett överskott på 9 miljarder kronor i augusti.
[[Stockholm|PLACE]] (TT) Flygbolaget [[SAS|ORG]] transporterade 2,6 miljoner passagerare i juli, en ökning med sex procent.
[[Stockholm|PLACE]] (TT) [[Investor|ORG]] ökar sitt ägande i [[Atlas Copco|ORG]], meddelar ordföranden [[Jacob Wallenberg|PERSON]].
[[Stockholm|PLACE]] (TT) [[Finansinspektionen|ORG]] vill skärpa amorteringskravet om hushållens skulder fortsätter att växa.
[[Stockholm|PLACE]] (TT) Livsmedelskedjan [[ICA|ORG]] sänker priset på 500 varor, och [[Coop|ORG]] följer efter.
[[Stockholm|PLACE]] (TT) [[Konkurrensverket|ORG]] utreder om de stora matkedjorna har samordnat sina priser.
[[Stockholm|PLACE]] (TT) Elpriserna i [[Södra Sverige|PLACE]] väntas stiga kraftigt i januari, enligt [[Svenska kraftnät|ORG]].
[[Stockholm|PLACE]] (TT) Analytikerna tror att hushållen kommer att öka sin konsumtion under våren.
[[Stockholm|PLACE]] (TT) Besöksnäringen hade den bästa sommaren någonsin med rekordmånga utländska turister.
[[San Francisco|PLACE]] (TT) Techbolaget [[Nvidia|ORG]] har passerat 5 000 miljarder dollar i börsvärde, som första bolag i världen.
[[Frankfurt|PLACE]] (TT) [[Europeiska centralbanken|ORG]] sänker räntan med 0,25 procentenheter, meddelar [[Christine Lagarde|PERSON]].
[[Washington|PLACE]] (TT) [[Internationella valutafonden|ORG]] skriver ned prognosen för den globala tillväxten till 2,8 procent.
[[Stockholm|PLACE]] (TT) [[Spotify|ORG]] gjorde sin första årsvinst någonsin, och vd [[Daniel Ek|PERSON]] lovar fler satsningar på ljudböcker.
[[Stockholm|PLACE]] (TT) [[Postnord|ORG]] ska dela ut brev varannan dag och lägga ned 60 serviceställen.
[[Stockholm|PLACE]] (TT) [[Systembolaget|ORG]] sålde mindre alkohol i fjol än året innan, visar årsredovisningen.
[[Linköping|PLACE]] (TT) Försvarskoncernen [[Saab|ORG]] har fått en order på stridsflygplan från [[Thailand|PLACE]] värd 6 miljarder kronor.
[[Stockholm|PLACE]] (TT) Bensinpriset passerade 20 kronor litern under helgen, den högsta nivån på två år.
[[Stockholm|PLACE]] (TT) [[Ingvar Kamprads|PERSON]] stiftelse har blivit en av de största ägarna på börsen.
[[Stockholm|PLACE]] (TT) Konkurserna ökade med 30 procent under första kvartalet, särskilt inom bygg och restaurang.
[[Göteborg|PLACE]] (TT) [[SKF|ORG]] flyttar produktion från [[Göteborg|PLACE]] till [[Kina|PLACE]] och [[Indien|PLACE]].
[[Luleå|PLACE]] (TT) [[LKAB|ORG]] har hittat en ny fyndighet av sällsynta jordartsmetaller i [[Kiruna|PLACE]].
[[Stockholm|PLACE]] (TT) [[Vattenfall|ORG]] skjuter upp beslutet om ny kärnkraft vid [[Ringhals|PLACE]].
[[Stockholm|PLACE]] (TT) [[Svenskt Näringsliv|ORG]] vill att lönerna inte ska öka med mer än tre procent nästa år.
[[Tokyo|PLACE]] (TT) [[Toyota|ORG]] återkallar en halv miljon bilar på grund av fel i krockkuddarna.
[[Stockholm|PLACE]] (TT) Kronan stärktes kraftigt på måndagsmorgonen, och analytikerna pekar på bättre tillväxtutsikter.
[[Stockholm|PLACE]] (TT) [[SJ|ORG]] har vunnit upphandlingen av tågtrafiken mellan [[Stockholm|PLACE]] och [[Oslo|PLACE]].
[[Stockholm|PLACE]] (TT) Konsumenterna handlade för mer på nätet än någonsin i november, enligt [[Svensk Handel|ORG]].
[[Södertälje|PLACE]] (TT) [[Scania|ORG]] inför korttidsarbete för 3 000 anställda på grund av svag efterfrågan på lastbilar.
[[Stockholm|PLACE]] (TT) [[Klarna|ORG]] har noterats på börsen i [[New York|PLACE]], och aktien steg 15 procent första dagen.
[[Stockholm|PLACE]] (TT) [[Konjunkturinstitutet|ORG]] tror att lågkonjunkturen är över till sommaren.
[[Stockholm|PLACE]] (TT) [[Handelsbanken|ORG]] och [[SEB|ORG]] redovisade rekordvinster för andra kvartalet.
[[Stockholm|PLACE]] (TT) Fastighetsbolagen har det fortsatt tufft, och flera har tvingats sälja fastigheter.
[[Stockholm|PLACE]] (TT) [[Telia|ORG]] säljer sin verksamhet i [[Danmark|PLACE]] till ett norskt bolag.
[[Västerås|PLACE]] (TT) [[ABB|ORG]] bygger en ny fabrik i [[Västerås|PLACE]] som ger 400 nya jobb.
[[Stockholm|PLACE]] (TT) [[Astra Zeneca|ORG]] investerar 3 miljarder kronor i forskningsanläggningen i [[Mölndal|PLACE]].
# brott och rättsväsende
[[Stockholm|PLACE]] (TT) En 34-årig man döms till livstids fängelse för mordet på en kvinna i [[Rinkeby|PLACE]] i fjol.
[[Stockholm|PLACE]] (TT) [[Högsta domstolen|ORG]] har avslagit statens överklagande i målet om vindkraftverken i [[Jämtland|PLACE]].
[[Göteborg|PLACE]] (TT) [[Göteborgs tingsrätt|ORG]] dömde två bröder för grovt narkotikabrott till sex års fängelse vardera.
[[Stockholm|PLACE]] (TT) [[Svea hovrätt|ORG]] skärper straffet för den tidigare polisen som dömts för tjänstefel.
[[Stockholm|PLACE]] (TT) [[Ekobrottsmyndigheten|ORG]] har åtalat en tidigare bankdirektör för grov trolöshet mot huvudman.
[[Stockholm|PLACE]] (TT) [[Säpo|ORG]] höjer inte terrorhotnivån men uppmanar allmänheten att vara vaksam.
[[Stockholm|PLACE]] (TT) En man i 20-årsåldern greps natten till söndagen efter en knivskärning på [[Södermalm|PLACE]].
[[Malmö|PLACE]] (TT) Polisen i [[Skåne|PLACE]] söker två män som rånade en guldsmedsbutik i [[Lund|PLACE]].
[[Stockholm|PLACE]] (TT) Försvarsadvokaten [[Johan Eriksson|PERSON]] säger att hans klient kommer att överklaga domen.
[[Stockholm|PLACE]] (TT) Åklagaren yrkade på livstids fängelse för båda de åtalade.
[[Uppsala|PLACE]] (TT) [[Uppsala tingsrätt|ORG]] friade en läkare som var åtalad för vållande till annans död.
[[Stockholm|PLACE]] (TT) Riksåklagare [[Katarina Johansson Welin|PERSON]] vill att fler mål om gängkriminalitet prioriteras.
[[Stockholm|PLACE]] (TT) [[Tullverket|ORG]] har beslagtagit 300 kilo kokain i en container i [[Göteborgs hamn|PLACE]], det största beslaget någonsin.
[[Örebro|PLACE]] (TT) En 17-åring är anhållen misstänkt för mordförsök efter en skjutning i centrala staden på lördagskvällen.
[[Stockholm|PLACE]] (TT) [[Polismyndigheten|ORG]] har inlett en utredning om en polis som misstänks ha läckt uppgifter till kriminella.
[[Strasbourg|PLACE]] (TT) [[Europadomstolen|ORG]] har fällt [[Sverige|PLACE]] för brott mot rätten till familjeliv.
[[Stockholm|PLACE]] (TT) Två personer har gripits efter att en bankomat sprängts i natt.
[[Göteborg|PLACE]] (TT) [[Polisregion Väst|ORG]] varnar för en våg av bedrägeriförsök riktade mot äldre.
[[Stockholm|PLACE]] (TT) Kvinnan berättade i rätten att hon inte kände igen den åtalade sedan tidigare.
[[Stockholm|PLACE]] (TT) [[Integritetsskyddsmyndigheten|ORG]] ger [[Meta|ORG]] vite på en miljon kronor för olaglig hantering av personuppgifter.
[[Haag|PLACE]] (TT) [[Internationella domstolen|ORG]] har inlett förhandlingarna i klimatmålet som väckts av [[Vanuatu|PLACE]].
[[Washington|PLACE]] (TT) [[USA:s högsta domstol|ORG]] ska avgöra om presidenten kan införa tullar på egen hand.
[[Stockholm|PLACE]] (TT) Den åtalade nekade till brott när rättegången inleddes på tisdagen.
[[Sundsvall|PLACE]] (TT) [[Sundsvalls tingsrätt|ORG]] dömde en man till fyra års fängelse för sexuella övergrepp mot barn.
[[Stockholm|PLACE]] (TT) Regeringen vill ge [[Tullverket|ORG]] nya befogenheter för att stoppa vapensmugglingen.
[[Stockholm|PLACE]] (TT) Över 40 personer har anhållits sedan polisen slog till mot ett kriminellt nätverk i [[Stockholm|PLACE]] och [[Södertälje|PLACE]].
[[Stockholm|PLACE]] (TT) [[Kriminalvården|ORG]] larmar om kraftig platsbrist, och hundratals dömda väntar på att få avtjäna sitt straff.
[[Oslo|PLACE]] (TT) Norsk polis har gripit en svensk man misstänkt för att ha deltagit i ett sprängdåd i [[Uppsala|PLACE]].
[[Stockholm|PLACE]] (TT) [[Advokatsamfundet|ORG]] reagerar på att regeringen vill korta tiden för förundersökningar.
[[Jönköping|PLACE]] (TT) Polisen efterlyser en 15-årig flicka som har varit försvunnen sedan fredagen.
[[Stockholm|PLACE]] (TT) Förundersökningen har lagts ned eftersom brott inte kan styrkas.
[[Stockholm|PLACE]] (TT) [[Justitieombudsmannen|ORG]] kritiserar [[Migrationsverket|ORG]] för långa handläggningstider.
[[Stockholm|PLACE]] (TT) Advokaten [[Thomas Bodström|PERSON]] företräder de anhöriga i målet mot staten.
[[Helsingborg|PLACE]] (TT) En man i 50-årsåldern är häktad för grov misshandel efter en händelse i [[Landskrona|PLACE]] på söndagen.
[[Stockholm|PLACE]] (TT) [[Spelinspektionen|ORG]] har polisanmält ett utländskt spelbolag för olaglig marknadsföring.
[[Paris|PLACE]] (TT) En fransk domstol har dömt förre presidenten [[Nicolas Sarkozy|PERSON]] till fem års fängelse.
[[Stockholm|PLACE]] (TT) Rättegången beräknas pågå i fem veckor, och över 60 vittnen ska höras.
[[Norrköping|PLACE]] (TT) Tre personer har gripits misstänkta för inblandning i skjutningen i [[Hageby|PLACE]].
[[Stockholm|PLACE]] (TT) Rikspolischef [[Petra Lundh|PERSON]] säger att antalet skjutningar har minskat för andra året i rad.
[[Stockholm|PLACE]] (TT) [[Brottsförebyggande rådet|ORG]] konstaterar att allt fler unga rekryteras till gängen via sociala medier.
[[Göteborg|PLACE]] (TT) [[Hovrätten för Västra Sverige|ORG]] fastställer domen mot den tidigare kommunchefen i [[Mölndal|PLACE]].
# sport
[[Stockholm|PLACE]] (TT) [[Armand Duplantis|PERSON]] slog världsrekord i stavhopp för tolfte gången när han klarade 6,28 på [[Stockholms stadion|PLACE]].
[[Newcastle|PLACE]] (TT) [[Alexander Isak|PERSON]] gjorde två mål när [[Liverpool|ORG]] vann med 3–1 mot [[Arsenal|ORG]] på söndagen.
[[Solna|PLACE]] (TT) Förbundskapten [[Graham Potter|PERSON]] tog ut tre debutanter till landskamperna mot [[Kosovo|PLACE]] och [[Schweiz|PLACE]].
[[Mora|PLACE]] (TT) [[Vasaloppet|EVENT]] vanns av en norrman för femte året i rad, medan [[Emilie Fleten|PERSON]] tog hem damklassen.
[[Falun|PLACE]] (TT) [[Frida Karlsson|PERSON]] vann tiokilometersloppet i [[Lugnet|PLACE]] före [[Ebba Andersson|PERSON]].
[[Trondheim|PLACE]] (TT) [[Ebba Andersson|PERSON]] tog silver i skiathlon i [[VM|EVENT]] efter en dramatisk spurt.
[[Malmö|PLACE]] (TT) [[Malmö FF|ORG]] säkrade avancemang i [[Champions League|EVENT]] efter 2–0 mot [[Benfica|ORG]] på [[Eleda stadion|PLACE]].
[[Stockholm|PLACE]] (TT) [[AIK|ORG]] har sparkat tränaren efter fem raka förluster i [[Allsvenskan|ORG]].
[[Paris|PLACE]] (TT) [[Sarah Sjöström|PERSON]] tog guld på 50 meter frisim i [[OS|EVENT]] och avslutade karriären på topp.
[[Göteborg|PLACE]] (TT) [[IFK Göteborg|ORG]] förlorade med 1–2 hemma mot [[Hammarby|ORG]] på [[Gamla Ullevi|PLACE]].
[[Stockholm|PLACE]] (TT) [[Djurgården|ORG]] har värvat mittfältaren [[Tobias Gulliksen|PERSON]] från [[Norge|PLACE]].
[[Östersund|PLACE]] (TT) Skidskyttarna inledde säsongen med svensk dubbelseger i sprinten.
[[Antholz|PLACE]] (TT) [[Elvira Öberg|PERSON]] vann jaktstarten och tog över ledningen i världscupen före systern [[Hanna Öberg|PERSON]].
[[Stockholm|PLACE]] (TT) [[Svenska Fotbollförbundet|ORG]] säger nej till en bojkott av matchen mot [[Israel|PLACE]].
[[Luleå|PLACE]] (TT) [[Luleå HF|ORG]] är klart för SM-finalen efter seger mot [[Frölunda|ORG]] i den sjunde matchen.
[[Stockholm|PLACE]] (TT) [[Viktor Gyökeres|PERSON]] blev matchhjälte när [[Sverige|PLACE]] slog [[Danmark|PLACE]] med 2–1 i [[Nations League|EVENT]].
[[Zürich|PLACE]] (TT) [[Fifa|ORG]] bekräftar att [[Sverige|PLACE]] är kvalificerat för [[VM|EVENT]] i [[USA|PLACE]], [[Kanada|PLACE]] och [[Mexiko|PLACE]].
[[Stockholm|PLACE]] (TT) Det blev ingen svensk medalj i masstarten, där vinden ställde till stora problem för åkarna.
[[Paris|PLACE]] (TT) [[Tadej Pogačar|PERSON]] tog sin fjärde totalseger i [[Tour de France|EVENT]].
[[Karlstad|PLACE]] (TT) [[Färjestad|ORG]] vann med 4–2 mot [[Skellefteå AIK|ORG]] inför utsålda läktare.
[[Stockholm|PLACE]] (TT) Handbollsdamerna slog [[Norge|PLACE]] med 29–27 i en dramatisk semifinal.
[[Augusta|PLACE]] (TT) [[Ludvig Åberg|PERSON]] ligger på delad femteplats efter första rundan i [[The Masters|EVENT]].
[[Åre|PLACE]] (TT) [[Sara Hector|PERSON]] vann storslalomtävlingen i [[Åre|PLACE]] inför 20 000 jublande åskådare.
[[Stockholm|PLACE]] (TT) [[Riksidrottsförbundet|ORG]] kräver att regeringen satsar mer på idrottsanläggningar.
[[Melbourne|PLACE]] (TT) [[Novak Djokovic|PERSON]] bröt matchen i [[Australian Open|EVENT]] med en muskelskada.
[[Stockholm|PLACE]] (TT) Efter en tung säsong meddelar landslagsåkaren att hon tar en paus från idrotten.
[[Madrid|PLACE]] (TT) [[Kylian Mbappé|PERSON]] sköt [[Real Madrid|ORG]] vidare med ett hattrick mot [[Atlético Madrid|ORG]].
[[Lahtis|PLACE]] (TT) [[Jonna Sundling|PERSON]] vann sprinten före norskan [[Kristine Stavås Skistad|PERSON]].
[[Göteborg|PLACE]] (TT) Över 60 000 löpare är anmälda till [[Göteborgsvarvet|EVENT]] i år, vilket är nytt rekord.
[[Stockholm|PLACE]] (TT) [[TV4|ORG]] har säkrat rättigheterna till [[Premier League|ORG]] fram till 2031.
[[Lausanne|PLACE]] (TT) [[Internationella olympiska kommittén|ORG]] har tilldelat [[Salt Lake City|PLACE]] [[vinter-OS|EVENT]] 2034.
[[Stockholm|PLACE]] (TT) Längdskidåkarna får inte använda fluor i vallan, slår det internationella skidförbundet fast.
[[Stockholm|PLACE]] (TT) [[Hammarby|ORG]] har anställt en ny sportchef från [[Danmark|PLACE]].
[[Motala|PLACE]] (TT) [[Vätternrundan|EVENT]] ställdes in på grund av kraftiga åskväder längs banan.
[[Stockholm|PLACE]] (TT) [[Peter Forsberg|PERSON]] och [[Mats Sundin|PERSON]] hör till de största i svensk ishockeyhistoria.
[[Los Angeles|PLACE]] (TT) [[OS|EVENT]] 2028 får flera nya grenar, bland dem cricket och flaggfotboll.
[[Stockholm|PLACE]] (TT) [[Zlatan Ibrahimović|PERSON]] blir ny expertkommentator för [[Viaplay|ORG]] under [[fotbolls-VM|EVENT]].
[[Stockholm|PLACE]] (TT) Landslaget tränade för första gången på det nya konstgräset på [[Strawberry Arena|PLACE]].
[[Liverpool|PLACE]] (TT) Managern [[Arne Slot|PERSON]] säger att [[Liverpool|ORG]] måste förbättra försvarsspelet före mötet med [[Chelsea|ORG]].
[[Stockholm|PLACE]] (TT) [[Anja Pärson|PERSON]] och [[Ingemar Stenmark|PERSON]] är de mest framgångsrika alpina åkarna i svensk historia.
[[Stockholm|PLACE]] (TT) [[Mondo Duplantis|PERSON]] kallades till prisutdelning på [[Idrottsgalan|EVENT]] i [[Avicii Arena|PLACE]].
[[Linköping|PLACE]] (TT) [[Linköping FC|ORG]] tog sitt första SM-guld i damfotboll på tio år.
[[Stockholm|PLACE]] (TT) [[Svenska Skidförbundet|ORG]] har utsett en ny förbundskapten för längdlandslaget.
[[Göteborg|PLACE]] (TT) [[BK Häcken|ORG]] och [[IF Elfsborg|ORG]] spelade 2–2 i en match med fyra mål efter paus.
[[Stockholm|PLACE]] (TT) [[Henrik Lundqvist|PERSON]] valdes in i hockeyns hall of fame.
[[Båstad|PLACE]] (TT) [[Swedish Open|EVENT]] fick ett rekordstort publiktillskott när [[Rafael Nadal|PERSON]] spelade sin sista match.
[[Halmstad|PLACE]] (TT) Laget tog sin första seger i serien och lämnade därmed jumboplatsen.
# kultur och medier
[[Stockholm|PLACE]] (TT) [[Svenska Akademien|ORG]] tillkännager årets nobelpristagare i litteratur på torsdag klockan 13.
[[Stockholm|PLACE]] (TT) [[Alicia Vikander|PERSON]] spelar huvudrollen i regissören [[Ruben Östlunds|PERSON]] nya film.
[[Cannes|PLACE]] (TT) Den svenska filmen fick stående ovationer i över tio minuter efter visningen på lördagen.
[[Stockholm|PLACE]] (TT) [[Nationalmuseum|ORG]] har köpt in en målning av [[Hilma af Klint|PERSON]] för 25 miljoner kronor.
[[Stockholm|PLACE]] (TT) [[Moderna museet|ORG]] hade över en miljon besökare i fjol, fler än någonsin.
[[Göteborg|PLACE]] (TT) [[Göteborgsoperan|ORG]] inleder säsongen med en nyskriven opera om [[Selma Lagerlöf|PERSON]].
[[Stockholm|PLACE]] (TT) Artisten [[Zara Larsson|PERSON]] släpper nytt album och ger sig ut på turné i [[Europa|PLACE]] i höst.
[[Stockholm|PLACE]] (TT) [[Veronica Maggio|PERSON]] fyller [[Strawberry Arena|PLACE]] två kvällar i rad i juni.
[[Stockholm|PLACE]] (TT) Årets [[Melodifestivalen|EVENT]] får 30 tävlande bidrag, meddelar [[SVT|ORG]].
[[Basel|PLACE]] (TT) [[Sverige|PLACE]] slutade på fjärde plats i finalen av [[Eurovision Song Contest|EVENT]] på lördagskvällen.
[[Stockholm|PLACE]] (TT) Kulturministern vill öka anslagen till civilsamhället med 300 miljoner kronor.
[[Göteborg|PLACE]] (TT) [[Way Out West|EVENT]] är slutsålt för femte året i rad, och arrangörerna väntar 40 000 besökare.
[[Stockholm|PLACE]] (TT) [[Camilla Läckberg|PERSON]] kommer med en ny deckare om [[Fjällbacka|PLACE]] i oktober.
[[Stockholm|PLACE]] (TT) Bokhandlarna sålde fler böcker i fjol än året innan, och särskilt deckare gick bra.
[[Stockholm|PLACE]] (TT) [[Kungliga Operan|ORG]] tvingas ställa in två föreställningar efter ett ekonomiskt underskott.
[[Los Angeles|PLACE]] (TT) [[Stellan Skarsgård|PERSON]] är nominerad för bästa manliga biroll inför [[Oscarsgalan|EVENT]].
[[Stockholm|PLACE]] (TT) [[Dagens Nyheter|ORG]] och [[Svenska Dagbladet|ORG]] inför en ny betalvägg för sina nättidningar.
[[Stockholm|PLACE]] (TT) [[SVT:s|ORG]] vd [[Anne Lagercrantz|PERSON]] säger att bolaget måste spara 200 miljoner kronor nästa år.
[[Stockholm|PLACE]] (TT) Den nya dramaserien från [[SVT|ORG]] är inspelad i [[Kiruna|PLACE]] och på [[Gotland|PLACE]].
[[Göteborg|PLACE]] (TT) [[Bokmässan|EVENT]] hade rekordbesök, och över 90 000 personer passerade entrén.
[[Stockholm|PLACE]] (TT) Skådespelaren [[Pernilla August|PERSON]] får hederspris på [[Guldbaggegalan|EVENT]] i [[Cirkus|PLACE]].
[[Stockholm|PLACE]] (TT) Artisten [[Loreen|PERSON]] är en av huvudartisterna på [[Roskildefestivalen|EVENT]] i sommar.
[[Stockholm|PLACE]] (TT) Musikern avled på söndagen, 78 år gammal, meddelar familjen.
[[Stockholm|PLACE]] (TT) [[Dramaten|ORG]] sätter upp ”Fröken Julie” med [[Noomi Rapace|PERSON]] i huvudrollen.
[[Stockholm|PLACE]] (TT) [[Bonnier|ORG]] köper ett finländskt förlag och blir störst i [[Norden|PLACE]].
[[Stockholm|PLACE]] (TT) [[Kulturrådet|ORG]] ger stöd till 45 nya projekt inom samtidskonst.
[[London|PLACE]] (TT) Den svenska författaren [[Jonas Hassen Khemiri|PERSON]] är översatt till över 30 språk.
[[Stockholm|PLACE]] (TT) [[Grammisgalan|EVENT]] hålls på [[Cirkus|PLACE]] på fredag, och [[Håkan Hellström|PERSON]] har flest nomineringar.
[[Stockholm|PLACE]] (TT) Biobesöken ökade med tolv procent i fjol, visar siffror från [[Sveriges Biografägareförbund|ORG]].
[[Stockholm|PLACE]] (TT) Målningen av [[Carl Larsson|PERSON]] ställs ut i [[Tokyo|PLACE]] nästa år.
[[Stockholm|PLACE]] (TT) Strömningstjänsten [[Netflix|ORG]] gör en serie om [[Astrid Lindgren|PERSON]] och hennes tid i [[Vimmerby|PLACE]].
[[Stockholm|PLACE]] (TT) Svenska förlag oroar sig för att momsen på böcker ska höjas.
[[Stockholm|PLACE]] (TT) [[Nobelfesten|EVENT]] i [[Stadshuset|PLACE]] sänds som vanligt i [[SVT|ORG]] den 10 december.
[[Uppsala|PLACE]] (TT) [[Benny Andersson|PERSON]] ger konsert i [[Uppsala domkyrka|PLACE]] på julafton.
[[Stockholm|PLACE]] (TT) [[Myndigheten för press, radio och tv|ORG]] ska granska om influerare bryter mot reglerna om dold reklam.
[[Stockholm|PLACE]] (TT) [[Aftonbladet|ORG]] säger upp 15 journalister till följd av minskade annonsintäkter.
[[Stockholm|PLACE]] (TT) Dansföreställningen fick lysande recensioner, och extraföreställningar har satts in i december.
[[Stockholm|PLACE]] (TT) [[ABBA|ORG]] firar 50 år sedan segern i [[Brighton|PLACE]] med en utställning på [[Abbamuseet|ORG]].
[[Visby|PLACE]] (TT) Över 40 000 personer väntas till [[Almedalsveckan|EVENT]] i år, enligt [[Region Gotland|ORG]].
[[Stockholm|PLACE]] (TT) [[Sveriges Radio|ORG]] lägger ned flera lokala sändningar i [[Norrland|PLACE]].
[[Malmö|PLACE]] (TT) [[Malmö Opera|ORG]] får en ny operachef efter ett turbulent år.
# väder
[[Norrköping|PLACE]] (TT) [[SMHI|ORG]] har utfärdat en orange varning för kraftigt regn i [[Västra Götaland|PLACE]].
[[Göteborg|PLACE]] (TT) Det föll 95 millimeter regn på ett dygn, och flera vägar är avstängda på grund av översvämningar.
[[Luleå|PLACE]] (TT) Meteorologerna väntar hård vind och snöbyar i [[Norrbotten|PLACE]] och [[Västerbotten|PLACE]] från tisdagskvällen.
[[Stockholm|PLACE]] (TT) Juli blev den varmaste månaden som någonsin uppmätts i [[Sverige|PLACE]], enligt [[SMHI|ORG]].
[[Stockholm|PLACE]] (TT) Det blir sol och upp till 28 grader i [[Svealand|PLACE]] i helgen, medan det regnar i norr.
[[Åre|PLACE]] (TT) Lavinfaran är stor i fjällen i [[Jämtland|PLACE]], varnar [[Naturvårdsverket|ORG]].
[[Kiruna|PLACE]] (TT) Köldrekordet för november slogs natten till onsdagen, då termometern visade 38 minusgrader i [[Nikkaluokta|PLACE]].
[[Kalmar|PLACE]] (TT) Torkan gör att lantbrukarna på [[Öland|PLACE]] oroar sig för skörden.
[[Stockholm|PLACE]] (TT) Det har varit en mild och blöt vinter, och många skidanläggningar har inte kunnat öppna.
[[Karlskrona|PLACE]] (TT) Kraftiga vindbyar fällde träd över elledningarna, och 20 000 kunder i [[Blekinge|PLACE]] är utan ström.
[[Stockholm|PLACE]] (TT) Meteorologen tror att det blir en grön jul i stora delar av landet.
[[Visby|PLACE]] (TT) Färjorna mellan [[Nynäshamn|PLACE]] och [[Visby|PLACE]] är inställda på grund av stormen.
[[Sundsvall|PLACE]] (TT) [[Trafikverket|ORG]] stänger [[E14|PLACE]] över fjället på grund av snöoväder.
[[Stockholm|PLACE]] (TT) Pollenprognosen visar höga halter av björk i hela [[Götaland|PLACE]] den här veckan.
[[Jönköping|PLACE]] (TT) Isen på [[Vättern|PLACE]] är fortfarande för tunn att gå på, varnar räddningstjänsten.
[[Stockholm|PLACE]] (TT) Värmeböljan i [[Sydeuropa|PLACE]] har gett temperaturer på över 45 grader i [[Spanien|PLACE]] och [[Portugal|PLACE]].
[[Stockholm|PLACE]] (TT) Den kalla luften från öster ger sträng kyla i natt, och det kan bli halt på vägarna.
[[Haparanda|PLACE]] (TT) Det uppmättes 30 grader i [[Tornedalen|PLACE]] på lördagen, vilket är mycket ovanligt så långt norrut.
[[Karlstad|PLACE]] (TT) Vattennivån i [[Vänern|PLACE]] är den högsta sedan mätningarna började.
[[Stockholm|PLACE]] (TT) Vinden avtar under kvällen, och i morgon blir det fint väder i hela landet.
[[Stockholm|PLACE]] (TT) Meteorologerna kan inte utesluta åskskurar under eftermiddagen, särskilt i inlandet.
[[Sälen|PLACE]] (TT) Det har kommit över en meter nysnö i fjällen, och skidsäsongen i [[Sälen|PLACE]] öppnar redan i november.
[[Stockholm|PLACE]] (TT) Norrskenet syntes ända ned till [[Skåne|PLACE]] natten till fredagen.
[[Stockholm|PLACE]] (TT) Det uppmättes vindbyar på 40 meter per sekund på [[Ölands södra udde|PLACE]] på söndagen.
[[Stockholm|PLACE]] (TT) Det väntas minusgrader och klart väder resten av veckan.
[[Gävle|PLACE]] (TT) Flera stugor i [[Hälsingland|PLACE]] har evakuerats på grund av risk för skred.
# olyckor och katastrofer
[[Stockholm|PLACE]] (TT) Två personer omkom när ett småplan störtade i ett skogsområde utanför [[Norrtälje|PLACE]] på söndagseftermiddagen.
[[Göteborg|PLACE]] (TT) En man i 60-årsåldern omkom i en trafikolycka på [[E6|PLACE]] vid [[Kungsbacka|PLACE]] natten till lördagen.
[[Stockholm|PLACE]] (TT) [[Sjöfartsverket|ORG]] söker efter en försvunnen fiskare utanför [[Smögen|PLACE]].
[[Ankara|PLACE]] (TT) En jordbävning med magnituden 6,8 drabbade östra [[Turkiet|PLACE]] natten till måndagen, och minst 40 personer har omkommit.
[[Tokyo|PLACE]] (TT) En tsunamivarning utfärdades för kusten vid [[Hokkaido|PLACE]] efter ett kraftigt skalv.
[[Stockholm|PLACE]] (TT) Räddningstjänsten fick kontroll över branden i flerfamiljshuset efter fyra timmar, och ingen skadades allvarligt.
[[Los Angeles|PLACE]] (TT) Skogsbränderna i [[Kalifornien|PLACE]] har förstört över 10 000 byggnader, uppger brandmyndigheterna.
[[Stockholm|PLACE]] (TT) [[Statens haverikommission|ORG]] har inlett en utredning efter tågurspårningen vid [[Hallsberg|PLACE]].
[[Dhaka|PLACE]] (TT) Översvämningarna i [[Bangladesh|PLACE]] har gjort över två miljoner människor hemlösa.
[[Stockholm|PLACE]] (TT) En tolvårig pojke flögs till sjukhus efter att ha gått genom isen på en sjö i [[Sigtuna|PLACE]].
[[Stockholm|PLACE]] (TT) Det bröt ut brand i en ladugård natten till torsdagen, och 80 kor omkom.
[[Rom|PLACE]] (TT) Vulkanen [[Etna|PLACE]] på [[Sicilien|PLACE]] har fått ett nytt utbrott, och flygplatsen i [[Catania|PLACE]] är stängd.
[[Stockholm|PLACE]] (TT) [[Sjöräddningssällskapet|ORG]] har haft rekordmånga uppdrag längs kusten i sommar.
[[Stockholm|PLACE]] (TT) Sju personer fördes till sjukhus efter en gasläcka på en skola.
[[Manila|PLACE]] (TT) Tyfonen har dödat minst 60 människor i [[Filippinerna|PLACE]], och många saknas fortfarande.
[[Stockholm|PLACE]] (TT) En bil körde av vägen och ned i [[Mälaren|PLACE]], men föraren lyckades ta sig i land.
[[Katmandu|PLACE]] (TT) Minst fyra bergsklättrare omkom i en lavin på [[Mount Everest|PLACE]].
[[Stockholm|PLACE]] (TT) [[MSB|ORG]] uppmanar kommunerna att se över sina krisberedskapsplaner inför vintern.
[[Kiruna|PLACE]] (TT) [[Malmbanan|PLACE]] är avstängd efter att ett ras träffat spåret nära riksgränsen.
[[Stockholm|PLACE]] (TT) Polisen larmades om en drunkningsolycka vid en badplats under eftermiddagen.
[[Mora|PLACE]] (TT) Över 200 personer har evakuerats sedan [[Dalälven|PLACE]] svämmat över vid [[Avesta|PLACE]].
[[Stockholm|PLACE]] (TT) Olyckan inträffade när en lastbil kolliderade med en buss i en tunnel.
[[Rabat|PLACE]] (TT) Räddningsarbetare i [[Marocko|PLACE]] letar fortfarande efter överlevande i bergsbyarna.
[[Stockholm|PLACE]] (TT) Tre ungdomar räddades från en sjunkande båt av en privat båtförare i [[Stockholms skärgård|PLACE]].
[[Ljusdal|PLACE]] (TT) Skogsbranden söder om [[Ljusdal|PLACE]] har spridit sig över ett område på 300 hektar.
[[Stockholm|PLACE]] (TT) [[Röda korset|ORG]] skickar ett team till [[Afghanistan|PLACE]] efter jordbävningen.
[[Kyiv|PLACE]] (TT) Räddningsarbetare har hittat tolv döda i ruinerna av ett bostadshus i [[Dnipro|PLACE]].
[[Stockholm|PLACE]] (TT) En person är allvarligt skadad efter en arbetsplatsolycka på en byggarbetsplats i centrala staden.
[[Göteborg|PLACE]] (TT) [[Räddningstjänsten Storgöteborg|ORG]] har haft en lugn nyårsnatt trots många fyrverkerier.
# vetenskap
[[Stockholm|PLACE]] (TT) Forskare vid [[Karolinska institutet|ORG]] har hittat ett protein som kan bromsa utvecklingen av alzheimer.
[[Lund|PLACE]] (TT) [[Lunds universitet|ORG]] får 200 miljoner kronor till ett nytt centrum för batteriforskning.
[[Umeå|PLACE]] (TT) Forskare vid [[Umeå universitet|ORG]] har uppmätt rekordlåg isutbredning i [[Norra ishavet|PLACE]].
[[Göteborg|PLACE]] (TT) [[Havs- och vattenmyndigheten|ORG]] föreslår ett stopp för torskfisket i [[Östersjön|PLACE]].
[[Stockholm|PLACE]] (TT) Nobelpristagaren [[Svante Pääbo|PERSON]] har fått ett nytt miljonanslag från [[Vetenskapsrådet|ORG]].
[[Pasadena|PLACE]] (TT) [[Nasa|ORG]] har förlorat kontakten med en av sonderna i omloppsbana runt [[Mars|PLACE]].
[[Kiruna|PLACE]] (TT) Den första satellituppskjutningen från [[Esrange|PLACE]] misslyckades efter 40 sekunder.
[[Stockholm|PLACE]] (TT) Forskarna hittade spår av mikroplast i samtliga prover från skärgården.
[[Genève|PLACE]] (TT) Fysikerna vid [[Cern|ORG]] har påvisat en partikel som kan utmana standardmodellen.
[[Stockholm|PLACE]] (TT) En ny studie visar att unga sover nästan en timme mindre än för 20 år sedan.
[[Uppsala|PLACE]] (TT) Arkeologer har hittat en vikingatida båtgrav under en åker i [[Uppland|PLACE]].
[[Stockholm|PLACE]] (TT) [[Rymdstyrelsen|ORG]] och [[Esa|ORG]] ska samarbeta om en ny satellit för att övervaka havsisen.
[[Alnarp|PLACE]] (TT) Forskare vid [[Sveriges lantbruksuniversitet|ORG]] har tagit fram en vetesort som tål torka bättre.
[[Stockholm|PLACE]] (TT) Artificiell intelligens kan göra många kontorsjobb överflödiga inom tio år, enligt en ny rapport.
[[Paris|PLACE]] (TT) [[Unesco|ORG]] har fört upp hällristningarna i [[Tanum|PLACE]] på en lista över hotat kulturarv.
[[Stockholm|PLACE]] (TT) [[OpenAI|ORG]] och vd:n [[Sam Altman|PERSON]] vill öppna ett datacenter i [[Luleå|PLACE]].
[[Stockholm|PLACE]] (TT) Astronomerna kan se fram emot en partiell solförmörkelse över hela landet i augusti.
[[Stockholm|PLACE]] (TT) [[Kungliga Vetenskapsakademien|ORG]] meddelar årets pristagare i kemi på onsdag.
# hälsa
[[Stockholm|PLACE]] (TT) [[Folkhälsomyndigheten|ORG]] rapporterar en kraftig ökning av influensafallen de senaste veckorna.
[[Stockholm|PLACE]] (TT) Statsepidemiolog [[Magnus Gisslén|PERSON]] uppmanar alla över 65 år att ta en påfyllnadsdos.
[[Göteborg|PLACE]] (TT) [[Sahlgrenska universitetssjukhuset|ORG]] har skjutit upp 300 operationer på grund av brist på sjuksköterskor.
[[Stockholm|PLACE]] (TT) Väntetiderna i specialistvården ökade i fjol, visar ny statistik.
[[Stockholm|PLACE]] (TT) [[Karolinska universitetssjukhuset|ORG]] tar i bruk en ny robot för cancerkirurgi.
[[Stockholm|PLACE]] (TT) [[Socialstyrelsen|ORG]] vill slopa patientavgifterna för barn och unga under 18 år.
[[Stockholm|PLACE]] (TT) [[Cancerfonden|ORG]] kräver att regeringen inför ett rökfritt generationsförbud.
[[Umeå|PLACE]] (TT) [[Norrlands universitetssjukhus|ORG]] saknar över 50 läkare, och köerna växer.
[[Genève|PLACE]] (TT) [[Världshälsoorganisationen|ORG]] förklarar utbrottet av mpox i [[Kongo-Kinshasa|PLACE]] som ett internationellt hälsonödläge.
[[Stockholm|PLACE]] (TT) Allt fler unga lider av ångest och depression, visar en enkät bland gymnasieelever.
[[Stockholm|PLACE]] (TT) Läkemedlet ingår nu i högkostnadsskyddet för patienter med svår fetma.
[[Östersund|PLACE]] (TT) Läkarbristen är störst i [[Jämtland Härjedalen|PLACE]], där tusentals invånare saknar fast läkarkontakt.
[[Stockholm|PLACE]] (TT) [[Läkarförbundet|ORG]] varnar för att sjukhusen inte har tillräckligt många intensivvårdsplatser.
[[Stockholm|PLACE]] (TT) [[Novo Nordisk|ORG]] sänker priset på fetmamedicinen i [[Sverige|PLACE]] och [[Danmark|PLACE]].
[[Kristianstad|PLACE]] (TT) [[Region Skåne|ORG]] får kritik av [[Inspektionen för vård och omsorg|ORG]] efter ett dödsfall på akutmottagningen.
[[Stockholm|PLACE]] (TT) Tusentals svenskar reser varje år utomlands för tandvård.
[[Stockholm|PLACE]] (TT) [[Livsmedelsverket|ORG]] återkallar flera pålägg efter fynd av listeria.
[[Linköping|PLACE]] (TT) [[Universitetssjukhuset i Linköping|ORG]] är först i [[Norden|PLACE]] med en ny behandling mot blodcancer.
[[Stockholm|PLACE]] (TT) [[Vårdförbundet|ORG]] säger att bristen på sjuksköterskor är den största på 30 år.
[[Washington|PLACE]] (TT) Hälsominister [[Robert F. Kennedy Jr.|PERSON]] vill ändra de amerikanska vaccinrekommendationerna.
[[Stockholm|PLACE]] (TT) Smittskyddsexperter befarar att mässlingen kan komma tillbaka om vaccinationsgraden sjunker.
[[Stockholm|PLACE]] (TT) Blodcentralen i [[Stockholm|PLACE]] behöver fler givare före sommaren.
[[Stockholm|PLACE]] (TT) Antalet narkotikarelaterade dödsfall minskade för andra året i rad, enligt [[Socialstyrelsen|ORG]].
[[Stockholm|PLACE]] (TT) Barnombudsman [[Juno Blom|PERSON]] anser att barn inom psykiatrin får för dålig uppföljning.
[[Stockholm|PLACE]] (TT) Sjukvårdsminister [[Elisabet Lann|PERSON]] ([[KD|ORG]]) vill att staten tar över ansvaret för sjukhusen.
[[Stockholm|PLACE]] (TT) [[Apoteket|ORG]] och [[Kronans Apotek|ORG]] rapporterar brist på flera vanliga läkemedel.
# religion
[[Uppsala|PLACE]] (TT) [[Svenska kyrkan|ORG]] tappade över 50 000 medlemmar i fjol, visar kyrkans egen statistik.
[[Vatikanstaten|PLACE]] (TT) Påve [[Leo XIV|PERSON]] bad för fred i [[Ukraina|PLACE]] och [[Mellanöstern|PLACE]] i sin första påskpredikan.
[[Uppsala|PLACE]] (TT) Ärkebiskop [[Martin Modéus|PERSON]] uppmanar regeringen att ta emot fler kvotflyktingar.
[[Uppsala|PLACE]] (TT) Över 8 000 pilgrimer vandrade till [[Uppsala domkyrka|PLACE]] i sommar, fler än någonsin.
[[Stockholm|PLACE]] (TT) [[Sveriges muslimska råd|ORG]] har fått en ny ordförande efter en lång period av interna stridigheter.
[[Uppsala|PLACE]] (TT) [[Kyrkomötet|ORG]] beslutade med stor majoritet om en ny vigselordning.
[[Stockholm|PLACE]] (TT) [[Katolska kyrkan|ORG]] i [[Sverige|PLACE]] har fått ett kraftigt ökat antal medlemmar de senaste tio åren.
[[Lund|PLACE]] (TT) Biskop [[Johan Tyrberg|PERSON]] går i pension efter tolv år i [[Lunds stift|ORG]].
[[Mecka|PLACE]] (TT) Över 1,5 miljoner muslimer deltar i årets vallfärd, enligt saudiska myndigheter.
[[Malmö|PLACE]] (TT) [[Judiska församlingen|ORG]] i [[Malmö|PLACE]] begär ökat polisskydd vid synagogan.
[[Stockholm|PLACE]] (TT) Trossamfunden får mer statligt stöd nästa år efter en ändring i bidragsreglerna.
[[Stockholm|PLACE]] (TT) [[Myndigheten för stöd till trossamfund|ORG]] har nekat en förening statsbidrag.
[[Jerusalem|PLACE]] (TT) Påskfirandet i [[Gravkyrkan|PLACE]] genomfördes under stränga säkerhetsåtgärder.
[[Stockholm|PLACE]] (TT) [[Equmeniakyrkan|ORG]] och [[Pingströrelsen|ORG]] startar ett gemensamt arbete för ensamma äldre.
# arbetsmarknad
[[Stockholm|PLACE]] (TT) [[IF Metall|ORG]] och [[Teknikföretagen|ORG]] kom överens om ett nytt avtal natten till torsdagen, med löneökningar på 6,4 procent över två år.
[[Stockholm|PLACE]] (TT) [[Kommunal|ORG]] varslar om strejk inom hemtjänsten från måndag om inte parterna når en uppgörelse.
[[Stockholm|PLACE]] (TT) [[LO:s|ORG]] ordförande [[Johan Lindholm|PERSON]] kräver att reallönerna säkras även för de lägst betalda.
[[Stockholm|PLACE]] (TT) [[Medlingsinstitutet|ORG]] har kallat parterna till förhandlingar i lärarkonflikten.
[[Stockholm|PLACE]] (TT) [[Vårdförbundet|ORG]] bryter förhandlingarna med [[Sveriges Kommuner och Regioner|ORG]], och 10 000 sjuksköterskor kan gå ut i strejk.
[[Göteborg|PLACE]] (TT) [[Hamnarbetarförbundet|ORG]] har tagit ut 400 hamnarbetare i strejk i [[Göteborgs hamn|PLACE]].
[[Stockholm|PLACE]] (TT) [[Sveriges Lärare|ORG]] avvisar budet från [[SKR|ORG]] och trappar upp strejken.
[[Stockholm|PLACE]] (TT) Sjukfrånvaron steg till 6,8 procent under andra kvartalet, den högsta nivån på 15 år.
[[Stockholm|PLACE]] (TT) [[Arbetsmiljöverket|ORG]] hittade allvarliga brister på hälften av de byggarbetsplatser som kontrollerades.
[[Stockholm|PLACE]] (TT) [[Arbetsförmedlingen|ORG]] räknar med att arbetslösheten vänder nedåt under hösten.
[[Gävle|PLACE]] (TT) Över 200 anställda förlorar jobbet när fabriken läggs ned vid årsskiftet.
[[Stockholm|PLACE]] (TT) [[TCO|ORG]] och [[Saco|ORG]] reagerar på att de inte bjöds in till mötet om pensionssystemet.
[[Stockholm|PLACE]] (TT) Strejken är över, och bussarna går som vanligt från och med i morgon.
[[Stockholm|PLACE]] (TT) [[Byggnads|ORG]] kräver hårdare regler för bemanningsföretagen.
[[Stockholm|PLACE]] (TT) Allt fler äldre arbetar längre, och andelen över 67 år i arbete har fördubblats på tio år.
[[Stockholm|PLACE]] (TT) Piloter på [[SAS|ORG]] går ut i strejk, och 200 avgångar ställs in.
[[Stockholm|PLACE]] (TT) [[Unionen|ORG]] och [[Almega|ORG]] blev överens efter 16 timmars övertid.
[[Stockholm|PLACE]] (TT) Förhandlingarna bröt samman strax före midnatt, och parterna träffar medlarna på måndag.
[[Stockholm|PLACE]] (TT) Anställda på [[Postnord|ORG]] befarar nya neddragningar sedan bolaget förlorat en stor upphandling.
[[Stockholm|PLACE]] (TT) [[Försäkringskassan|ORG]] betalade ut rekordmycket i sjukpenning under förra året.
# utbildning
[[Stockholm|PLACE]] (TT) Skolministern vill ha mobilförbud i alla grundskolor från hösten.
[[Stockholm|PLACE]] (TT) Resultaten i den senaste Pisa-undersökningen visar att svenska 15-åringar blivit sämre i matematik.
[[Stockholm|PLACE]] (TT) Antalet sökande till lärarutbildningen minskade med tio procent i år, visar siffror från [[Universitets- och högskolerådet|ORG]].
[[Uppsala|PLACE]] (TT) [[Uppsala universitet|ORG]] har fått en ny rektor för första gången på åtta år.
[[Stockholm|PLACE]] (TT) [[Södertörns högskola|ORG]] lägger ned tre utbildningsprogram efter svagt söktryck.
[[Stockholm|PLACE]] (TT) [[Skolverket|ORG]] vill slopa de nationella proven i flera ämnen på gymnasiet.
[[Stockholm|PLACE]] (TT) [[Sveriges elevkårer|ORG]] kräver gratis frukost för alla elever i grundskolan.
[[Växjö|PLACE]] (TT) [[Linnéuniversitetet|ORG]] vill bygga ett nytt campus i centrala [[Kalmar|PLACE]].
[[Stockholm|PLACE]] (TT) Högre utbildning och forskning får en nedskärning på 300 miljoner kronor i budgetpropositionen.
[[Stockholm|PLACE]] (TT) [[Handelshögskolan i Stockholm|ORG]] och [[Chalmers|ORG]] toppar listan över de mest eftertraktade lärosätena.
[[Stockholm|PLACE]] (TT) Många förskolor saknar utbildade förskollärare, visar en rapport.
[[Stockholm|PLACE]] (TT) Rektorn säger att eleverna ska få extra undervisning efter lärarstrejken.
[[Stockholm|PLACE]] (TT) [[Sveriges förenade studentkårer|ORG]] kräver att studiemedlet höjs.
[[Stockholm|PLACE]] (TT) Andelen som fullföljer gymnasiet har aldrig varit högre.
[[Stockholm|PLACE]] (TT) [[Skolinspektionen|ORG]] har riktat skarp kritik mot en friskola i [[Botkyrka|PLACE]].
[[Stockholm|PLACE]] (TT) [[KTH|ORG]] och [[Stockholms universitet|ORG]] ska samarbeta om en ny utbildning i artificiell intelligens.
[[Malmö|PLACE]] (TT) Skolorna i [[Malmö|PLACE]] får 100 nya skolkuratorer för att motverka våld och mobbning.
# miljö
[[Stockholm|PLACE]] (TT) Klimat- och miljöministern vill skydda stora skogsområden i [[Västernorrland|PLACE]].
[[Stockholm|PLACE]] (TT) [[Naturvårdsverket|ORG]] tillåter licensjakt på 30 vargar i vinter.
[[Stockholm|PLACE]] (TT) Gruvbolaget [[Boliden|ORG]] får tillstånd att bygga ut dagbrottet vid [[Aitik|PLACE]].
[[Stockholm|PLACE]] (TT) Ungdomsorganisationen [[Aurora|ORG]] förlorade klimatmålet mot staten i [[Högsta domstolen|ORG]].
[[Stockholm|PLACE]] (TT) Utsläppen av växthusgaser minskade med 2,5 procent i fjol, visar preliminära siffror.
[[Stockholm|PLACE]] (TT) Laxbestånden i [[Torne älv|PLACE]] är rekordlåga, och fisket stängs för tredje året.
[[Stockholm|PLACE]] (TT) [[Naturskyddsföreningen|ORG]] vill stoppa vindkraftsparken utanför [[Falsterbo|PLACE]].
[[Belém|PLACE]] (TT) Klimatförhandlingarna vid [[COP30|EVENT]] drog ut på tiden, och många länder är besvikna på slutresultatet.
[[Stockholm|PLACE]] (TT) Elbilarna stod för 36 procent av nybilsförsäljningen i oktober, enligt [[Mobility Sweden|ORG]].
[[Stockholm|PLACE]] (TT) Fågelinfluensa har drabbat stora sjöfågelkolonier längs kusten i [[Bohuslän|PLACE]].
[[Stockholm|PLACE]] (TT) Regeringen vill öppna för utvinning av uran, trots protester från kommunerna.
[[Stockholm|PLACE]] (TT) Flera arter av humlor har hamnat på rödlistan, och forskarna slår larm.
[[Stockholm|PLACE]] (TT) [[Greenpeace|ORG]] anklagar skogsindustrin för att avverka gammal skog i [[Norrbotten|PLACE]].
[[Stockholm|PLACE]] (TT) [[Miljöförvaltningen|ORG]] i huvudstaden vill förbjuda vedeldning under dagar med dålig luft.
[[Jokkmokk|PLACE]] (TT) Samebyarna i [[Lappland|PLACE]] säger att de nya kraftledningarna hotar betesmarkerna.
[[Stockholm|PLACE]] (TT) Tio år efter klimatavtalet i [[Paris|PLACE]] är världen långt ifrån att nå målet om 1,5 grader.
[[Stockholm|PLACE]] (TT) Plastpåsarna blir dyrare från nyår när skatten fördubblas.
[[Stockholm|PLACE]] (TT) [[Vattenfall|ORG]] får tillstånd att bygga en havsbaserad vindkraftspark, och miljöorganisationerna överklagar.
[[Stockholm|PLACE]] (TT) [[Östersjöns|PLACE]] döda bottnar breder ut sig, visar en ny rapport från [[SMHI|ORG]].
[[Stockholm|PLACE]] (TT) [[Greta Thunberg|PERSON]] deltog i en demonstration utanför [[Riksdagshuset|PLACE]] på fredagen.
# lokalt
[[Borlänge|PLACE]] (TT) Kommunfullmäktige i [[Borlänge|PLACE]] har beslutat att lägga ned två lågstadieskolor.
[[Norrköping|PLACE]] (TT) Den nya bron över [[Motala ström|PLACE]] öppnar för trafik i december.
[[Örebro|PLACE]] (TT) [[Örebro kommun|ORG]] vill bygga en ny simhall för 600 miljoner kronor.
[[Kiruna|PLACE]] (TT) Flytten av stadskärnan i [[Kiruna|PLACE]] blir försenad med två år och kostar en miljard kronor mer.
[[Visby|PLACE]] (TT) Staden fylls av politiker och lobbyister när [[Almedalsveckan|EVENT]] inleds på måndag.
[[Stockholm|PLACE]] (TT) Invånarna i [[Nacka|PLACE]] får höjd kommunalskatt nästa år.
[[Stockholm|PLACE]] (TT) Det nya sjukhuset i [[Södertälje|PLACE]] ska stå klart 2030.
[[Växjö|PLACE]] (TT) [[Region Kronoberg|ORG]] drar ned på busslinjerna kvällstid i stora delar av länet.
[[Stockholm|PLACE]] (TT) Boende i [[Hammarby sjöstad|PLACE]] protesterar mot planerna på ett nytt parkeringshus.
[[Jönköping|PLACE]] (TT) Den gamla biografen i centrum ska rivas och ersättas med lägenheter.
[[Östersund|PLACE]] (TT) Kommunstyrelsens ordförande vill ha bättre flygförbindelser till [[Arlanda|PLACE]].
[[Skövde|PLACE]] (TT) Bönderna i [[Skaraborg|PLACE]] har samlat in 2 miljoner kronor till ett nytt slakteri.
[[Stockholm|PLACE]] (TT) Spårvägen mellan [[Sergels torg|PLACE]] och [[Djurgården|PLACE]] stängs i tre veckor i sommar.
[[Helsingborg|PLACE]] (TT) Färjorna till [[Helsingör|PLACE]] får nya batterier och blir helt eldrivna.
[[Sundsvall|PLACE]] (TT) Kommunen har gett klartecken till en ny gångbro över [[Selångersån|PLACE]].
[[Uppsala|PLACE]] (TT) [[Uppsala kommun|ORG]] har fått 500 klagomål på det nya sopsorteringssystemet.
[[Gällivare|PLACE]] (TT) Invånarna i [[Malmberget|PLACE]] har fått besked om när de sista husen ska rivas.
[[Halmstad|PLACE]] (TT) Det lokala fotbollslaget har fått pengar till en ny konstgräsplan.
[[Trollhättan|PLACE]] (TT) Den nya slussen i [[Göta älv|PLACE]] invigdes av landshövdingen på fredagen.
[[Stockholm|PLACE]] (TT) [[Stockholms stad|ORG]] vill bygga 800 nya bostäder längs tunnelbanan i [[Skarpnäck|PLACE]].
[[Lund|PLACE]] (TT) Arkeologer har hittat rester av en medeltida kyrka under torget i [[Lund|PLACE]].
[[Falun|PLACE]] (TT) Hoppbacken i [[Lugnet|PLACE]] ska rustas upp inför nästa säsong.
[[Stockholm|PLACE]] (TT) Kommunfullmäktige vill stänga [[Drottninggatan|PLACE]] för all biltrafik.
[[Göteborg|PLACE]] (TT) [[Västlänken|PLACE]] blir flera miljarder dyrare än beräknat, meddelar [[Trafikverket|ORG]].
[[Piteå|PLACE]] (TT) Det har varit ett lugnt år för räddningstjänsten i kommunen.
# kungahuset, trafik, konsument, människor
[[Stockholm|PLACE]] (TT) Kung [[Carl XVI Gustaf|PERSON]] och drottning [[Silvia|PERSON]] firar regentjubileet med en kortege genom [[Stockholm|PLACE]].
[[Stockholm|PLACE]] (TT) Kronprinsessan [[Victoria|PERSON]] och prins [[Daniel|PERSON]] gör ett officiellt besök i [[Japan|PLACE]] i maj.
[[Stockholm|PLACE]] (TT) Prinsessan [[Estelle|PERSON]] har börjat på högstadiet, meddelar [[Kungliga hovstaterna|ORG]].
[[Stockholm|PLACE]] (TT) [[Hovet|ORG]] meddelar att kungen är sjukskriven resten av veckan.
[[Stockholm|PLACE]] (TT) [[Trafikverket|ORG]] stänger [[Södra stambanan|PLACE]] under påsken för underhållsarbete.
[[Stockholm|PLACE]] (TT) Det var köer på [[E4|PLACE]] norr om huvudstaden i flera timmar på fredagseftermiddagen.
[[Stockholm|PLACE]] (TT) [[Swedavia|ORG]] väntar rekordmånga resenärer på [[Arlanda|PLACE]] under sommarlovet.
[[Stockholm|PLACE]] (TT) [[Konsumentverket|ORG]] stämmer [[Apple|ORG]] för brott mot marknadsföringslagen.
[[Stockholm|PLACE]] (TT) Kaffepriset har stigit med 40 procent på ett år, och flera butiker har haft tomma hyllor.
[[Göteborg|PLACE]] (TT) [[Stena Line|ORG]] firar 60 år med en jubileumsresa från [[Göteborg|PLACE]] till [[Kiel|PLACE]].
[[Stockholm|PLACE]] (TT) Över 70 000 personer firade nationaldagen på [[Skansen|PLACE]], det största firandet på tio år.
[[Stockholm|PLACE]] (TT) Äventyraren [[Renata Chlumska|PERSON]] har korsat [[Grönlands|PLACE]] inlandsis på skidor på rekordtid.
[[Stockholm|PLACE]] (TT) [[Waxholmsbolaget|ORG]] får 14 nya elfärjor under de kommande tre åren.
[[Stockholm|PLACE]] (TT) [[SL|ORG]] höjer biljettpriserna med fem procent från den 1 februari.
[[Stockholm|PLACE]] (TT) Över hälften av svenskarna planerar att semestra i [[Sverige|PLACE]] i år, visar en ny undersökning.
[[Stockholm|PLACE]] (TT) [[Trafikverket|ORG]] vill sänka hastighetsgränsen på flera sträckor i [[Värmland|PLACE]].
[[Stockholm|PLACE]] (TT) Den 104-åriga kvinnan från [[Orsa|PLACE]] är landets äldsta bilist med giltigt körkort.
[[Stockholm|PLACE]] (TT) Tågresenärer mellan [[Stockholm|PLACE]] och [[Göteborg|PLACE]] får räkna med ersättningsbussar i fyra veckor.
[[Stockholm|PLACE]] (TT) [[Skatteverket|ORG]] skickar ut deklarationerna till 8 miljoner svenskar i mars.
[[Stockholm|PLACE]] (TT) [[Svenska Naturskyddsföreningen|ORG]] uppmanar folk att köpa färre kläder på mellandagsrean.
[[Stockholm|PLACE]] (TT) Som traditionen bjuder tändes julgranen på [[Stortorget|PLACE]] i [[Gamla stan|PLACE]] första söndagen i advent.
[[Stockholm|PLACE]] (TT) Det har registrerats 9 000 fler hundar i år än i fjol, enligt [[Jordbruksverket|ORG]].
[[Göteborg|PLACE]] (TT) Kryssningstrafiken till [[Göteborg|PLACE]] har fördubblats på fem år, och kommunen överväger en turistskatt.
[[Stockholm|PLACE]] (TT) [[Polisförbundet|ORG]] befarar att nedläggningen av lokala polisstationer ger längre insatstider.
[[Stockholm|PLACE]] (TT) [[Svenska Röda korset|ORG]] har samlat in 80 miljoner kronor till offren för jordbävningen.
[[Stockholm|PLACE]] (TT) [[Arlanda Express|ORG]] hade sin bästa punktlighet någonsin i fjol.
[[Stockholm|PLACE]] (TT) [[Migrationsverket|ORG]] registrerade 9 000 asylsökande i fjol, de flesta från [[Syrien|PLACE]], [[Eritrea|PLACE]] och [[Afghanistan|PLACE]].
[[Stockholm|PLACE]] (TT) [[Frälsningsarmén|ORG]] delar ut fler matkassar än någonsin inför julen.
[[Oslo|PLACE]] (TT) [[Equinor|ORG]] och [[Telenor|ORG]] hör till de norska bolag som vill etablera sig i [[Norrland|PLACE]].
[[Oslo|PLACE]] (TT) [[DNB|ORG]] har köpt en svensk fondförvaltare för 2 miljarder kronor.
[[Stockholm|PLACE]] (TT) [[Norwegian|ORG]] öppnar nya direktlinjer från [[Arlanda|PLACE]] till [[Bergen|PLACE]] och [[Tromsø|PLACE]].
[[Stockholm|PLACE]] (TT) [[Kungliga Djurgårdens förvaltning|ORG]] planterar 500 nya ekar på [[Djurgården|PLACE]].
# utan entiteter
Regeringen vill lägga fram en ny proposition om civilt försvar före jul.
Polisen larmades om branden strax efter klockan tre natten till söndagen.
Statsministern säger att han har fullt förtroende för ministern.
Enligt polisen befann sig ingen i huset när branden startade.
Meteorologerna varnar för hårda vindar längs kusten hela helgen.
Det svenska landslaget förlorade med 0–2 i den sista träningsmatchen före mästerskapet.
Räntan sänks troligen i december, tror flera ekonomer.
Kommunen måste spara 80 miljoner kronor, och kommundirektören föreslår att två äldreboenden läggs ned.
Mannen är misstänkt för grov misshandel och häktades i fyra veckor.
Forskarna menar att fyndet kan ge ny kunskap om hur hjärnan lagrar minnen.
Strejken kan trappas upp redan från måndag om parterna inte når en överenskommelse.
Skolan var stängd i tre dagar efter vattenläckan.
Det blev en lugn natt för räddningstjänsten, meddelar inre befäl.
Elpriserna väntas sjunka under våren när snösmältningen tar fart.
Den åtalade erkände delar av brotten.
Tusentals människor har flytt från området efter de senaste striderna.
Bostadspriserna föll för tredje månaden i rad, visar färska siffror.
Laget vann den avgörande matchen efter straffläggning.
Oppositionen kräver att ministern avgår.
Det här är det största varslet i bolagets historia, säger koncernchefen.
Hälsomyndigheterna rekommenderar alla i riskgrupperna att vaccinera sig.
Räddningstjänsten ryckte ut med fyra släckbilar.
Det amerikanska bolaget vill investera miljarder i svenska datacenter.
Rektorn säger att skolan ser mycket allvarligt på det inträffade.
Tusentals hushåll var utan ström efter ovädret.
Skörden i år är den sämsta på över 20 år, enligt lantbrukarna.
Domen har inte vunnit laga kraft, och försvaret överväger att överklaga.
Kyrkans anställda får en löneökning på 4,2 procent.
Förslaget möter motstånd från flera av partierna på vänsterkanten.
Efter flera veckors torka kom äntligen regnet.
Åkarna fick vänta i två timmar innan starten gick på grund av dimma.
Bussförarna vägrar köra utan skyddsvägg mellan föraren och passagerarna.
De två länderna har enats om ett nytt handelsavtal.
Ungdomsarbetslösheten är fortfarande högre än före pandemin.
Ministern säger att hon ska se över frågan på nytt.
Polisen vädjar till allmänheten om tips i samband med försvinnandet.
Budgeten för nästa år innehåller nedskärningar inom de flesta departement.
Kontraktet är värt över två miljarder kronor och ger arbete åt 300 personer.
Eleverna har saknat mattelärare sedan jul.
Över hälften av de tillfrågade säger att de har lägre förtroende för politikerna än tidigare.
Ekonomerna tror att inflationen kommer att ligga kvar på en hög nivå hela året.
Den norske tränaren har fått sparken efter en svag inledning på säsongen.
Regeringen får kritik för att ha dröjt för länge med sitt svar.
Lavinrisken är hög, och allmänheten avråds från att röra sig i brant terräng.
Branden i den gamla träbyggnaden släcktes under natten.
Många pensionärer märker att matpriserna har stigit mer än pensionen.
Den misstänkte greps på en adress i närheten av brottsplatsen.
Förhandlingarna om vapenvila har stått stilla i flera veckor.
Ingen skadades i olyckan, men båda bilarna är totalförstörda.
Kulturlivet får mer pengar i den nya budgeten.
Juryn var enig i sin bedömning av vinnaren.
Fiskarna befarar att kvotsänkningen kommer att drabba hela kusten.
Sjukhuset har infört besöksförbud på grund av smittutbrottet.
Kommunstyrelsens ordförande beklagar att invånarna inte varnades tidigare.
Styrelsen har gett förvaltningen i uppdrag att utreda en möjlig sammanslagning.
Partiet har rasat i opinionsmätningarna det senaste halvåret.
Hyresgästerna är rasande över hyreshöjningen.
Han utsågs till årets spelare för andra året i rad.
Budgeten klubbades med knapp marginal sent på torsdagskvällen.
Planet tvingades vända efter tjugo minuter på grund av tekniska problem.
Hon är den första kvinnan som leder förbundet.
Den nya byggnaden ska stå klar om tre år, enligt byggherren.
Försvarsministern säger att det säkerhetspolitiska läget är det allvarligaste sedan kalla kriget.
Efter tre timmars medling enades parterna om ett nytt kollektivavtal.
Den nya lagen träder i kraft den 1 juli.
Vaccinet har visat god effekt i kliniska prövningar.
Nästan var fjärde svensk har inte råd med en oväntad utgift på 10 000 kronor.
Förbundsordföranden vill inte kommentera saken före styrelsemötet.
Granskningen visade att säkerhetsrutinerna inte hade följts.
Prästerna i stiftet har skickat ett gemensamt brev till biskopen.
Lärarna anser att klasserna har blivit för stora.
Statens kostnader för flyktingmottagandet ökade kraftigt i fjol.
Regnet gjorde att konserten fick ställas in.
Enligt vittnen körde bilen i hög hastighet när den träffade vägräcket.
Flera av de anställda har varit sjukskrivna efter konflikten på arbetsplatsen.
Vintern kom plötsligt, och många överraskades av hala vägar.
Utsläppen från trafiken har minskat tack vare elbilarna.
Kommunfullmäktige antog budgeten med 35 röster mot 26.
De flesta butiker har öppet som vanligt under mellandagarna.
Aktien föll tolv procent sedan bolaget sänkt sin resultatprognos.
De intagna klagade över att de hade suttit isolerade i flera veckor.
Ån har svämmat över, och flera hus har evakuerats.
Styrelsen var enig om att anställa den nya direktören.
Motståndarna till vindkraftsbygget har samlat in över 10 000 namnunderskrifter.
Förskolorna i kommunen håller stängt mellan jul och nyår.
Många unga säger att de inte har råd att köpa en bostad.
Trafiken gick långsamt genom centrum på grund av vägarbeten.
Chefredaktören bad om ursäkt för felet i en kommentar på sajten.
Det tidigare statsrådet har tackat ja till ett uppdrag i näringslivet.
Söndagens gudstjänst direktsändes i radio.
Ambulansen behövde över en timme för att nå olycksplatsen.
"""

# ---------------------------------------------------------------- name lists
# People.  Politicians carry their party ("Name|M"), used by a following "({PAB})".
POLITICIANS = """
Ulf Kristersson|M
Magdalena Andersson|S
Jimmie Åkesson|SD
Ebba Busch|KD
Johan Pehrson|L
Simona Mohamsson|L
Muharrem Demirok|C
Anna-Karin Hatt|C
Nooshi Dadgostar|V
Märta Stenevi|MP
Amanda Lind|MP
Daniel Helldén|MP
Elisabeth Svantesson|M
Tobias Billström|M
Maria Malmer Stenergard|M
Pål Jonson|M
Gunnar Strömmer|M
Johan Forssell|M
Jakob Forssmed|KD
Acko Ankarberg Johansson|KD
Lotta Edholm|L
Mats Persson|L
Romina Pourmokhtari|L
Carl-Oskar Bohlin|M
Andreas Carlson|KD
Niklas Wykman|M
Erik Slottner|KD
Johan Britz|L
Paulina Brandberg|L
Camilla Waltersson Grönvall|M
Anna Tenje|M
Jessika Roswall|M
Benjamin Dousa|M
Parisa Liljestrand|M
Peter Kullgren|KD
Elisabet Lann|KD
Jessica Rosencrantz|M
Andreas Norlén|M
Stefan Löfven|S
Göran Persson|S
Fredrik Reinfeldt|M
Annie Lööf|C
Carl Bildt|M
Morgan Johansson|S
Mikael Damberg|S
Ann Linde|S
Margot Wallström|S
Anders Ygeman|S
Ardalan Shekarabi|S
Peter Hultqvist|S
Lena Hallengren|S
Tomas Eneroth|S
Tobias Baudin|S
Teresa Carvalho|S
Richard Jomshof|SD
Henrik Vinge|SD
Mattias Karlsson|SD
Oscar Sjöstedt|SD
Julia Kronlid|SD
Linus Bylund|SD
Ali Esbati|V
Ida Gabrielsson|V
Rebecka Le Moine|MP
Janine Alm Ericson|MP
Per Bolund|MP
Gustav Fridolin|MP
Isabella Lövin|MP
Emma Wiesner|C
Martin Ådahl|C
Elisabeth Thand Ringqvist|C
Jonas Attenius|S
Katrin Stjernfeldt Jammeh|S
Karin Wanngård|S
Anna König Jerlmyr|M
Axel Josefson|M
Ebba Östlin|S
Aida Hadzialic|S
"""

WORLD_POLITICIANS = """
Jonas Gahr Støre
Erna Solberg
Sylvi Listhaug
Jens Stoltenberg
Espen Barth Eide
Mette Frederiksen
Lars Løkke Rasmussen
Petteri Orpo
Alexander Stubb
Sanna Marin
Kristrún Frostadóttir
Donald Trump
Joe Biden
Kamala Harris
JD Vance
Marco Rubio
Vladimir Putin
Volodymyr Zelenskyj
Sergej Lavrov
Dmitrij Peskov
Xi Jinping
Narendra Modi
Emmanuel Macron
Olaf Scholz
Friedrich Merz
Keir Starmer
Rishi Sunak
Giorgia Meloni
Pedro Sánchez
Ursula von der Leyen
António Guterres
Mark Rutte
Recep Tayyip Erdoğan
Benjamin Netanyahu
Mahmoud Abbas
Ali Khamenei
Masoud Pezeshkian
Kim Jong-un
Luiz Inácio Lula da Silva
Javier Milei
Cyril Ramaphosa
William Ruto
Abiy Ahmed
Donald Tusk
Viktor Orbán
Justin Trudeau
Mark Carney
Anthony Albanese
Shigeru Ishiba
Lee Jae-myung
Tedros Adhanom Ghebreyesus
Kristalina Georgieva
Christine Lagarde
Aleksej Navalnyj
Julija Navalnaja
Aleksandr Lukasjenko
Svetlana Tichanovskaja
Ahmed al-Sharaa
Mohammed bin Salman
Abdel Fattah al-Sisi
Claudia Sheinbaum
Gustavo Petro
Nicolás Maduro
María Corina Machado
Gabriel Boric
Shehbaz Sharif
Imran Khan
Muhammad Yunus
Prabowo Subianto
Ferdinand Marcos
Kaja Kallas
António Costa
Roberta Metsola
Andrzej Duda
Karol Nawrocki
Alice Weidel
Marine Le Pen
Jordan Bardella
Nigel Farage
Boris Johnson
Angela Merkel
Barack Obama
Hillary Clinton
Nancy Pelosi
Gavin Newsom
Zohran Mamdani
Bart De Wever
Dick Schoof
Micheál Martin
Edi Rama
Aleksandar Vučić
Dag Hammarskjöld
Olof Palme
"""

ATHLETES = """
Armand Duplantis
Sarah Sjöström
Frida Karlsson
Ebba Andersson
Jonna Sundling
Maja Dahlqvist
Linn Svahn
Emma Ribom
Calle Halfvarsson
William Poromaa
Elvira Öberg
Hanna Öberg
Sebastian Samuelsson
Martin Ponsiluoma
Sara Hector
Anna Swenn-Larsson
Zlatan Ibrahimović
Alexander Isak
Viktor Gyökeres
Dejan Kulusevski
Emil Forsberg
Victor Lindelöf
Fridolina Rolfö
Stina Blackstenius
Kosovare Asllani
Magdalena Eriksson
Hedvig Lindahl
Henrik Lundqvist
Peter Forsberg
Mats Sundin
Nicklas Lidström
Erik Karlsson
Victor Hedman
William Nylander
Mika Zibanejad
Elias Pettersson
Anja Pärson
Ingemar Stenmark
Björn Borg
Annika Sörenstam
Ludvig Åberg
Henrik Stenson
Carolina Klüft
Daniel Ståhl
Truls Möregårdh
Jan-Ove Waldner
Charlotte Kalla
Stina Nilsson
Magdalena Forsberg
Gunde Svan
Marcus Ericsson
Felix Rosenqvist
Emilie Fleten
Erling Braut Haaland
Martin Ødegaard
Johannes Høsflot Klæbo
Therese Johaug
Karsten Warholm
Jakob Ingebrigtsen
Casper Ruud
Magnus Carlsen
Lionel Messi
Cristiano Ronaldo
Kylian Mbappé
Mohamed Salah
Novak Djokovic
Carlos Alcaraz
Jannik Sinner
Iga Świątek
Simone Biles
Tadej Pogačar
Jonas Vingegaard
Mikaela Shiffrin
Marco Odermatt
Lewis Hamilton
Max Verstappen
Jessie Diggins
Rafael Nadal
Roger Federer
"""

CULTURE = """
Astrid Lindgren
Selma Lagerlöf
August Strindberg
Carl Larsson
Hilma af Klint
Ingmar Bergman
Greta Garbo
Alicia Vikander
Stellan Skarsgård
Alexander Skarsgård
Bill Skarsgård
Noomi Rapace
Pernilla August
Rebecca Ferguson
Ruben Östlund
Roy Andersson
Lukas Moodysson
Tomas Alfredson
Zara Larsson
Veronica Maggio
Håkan Hellström
Robyn Carlsson
Tove Lo
Lykke Li
Benny Andersson
Björn Ulvaeus
Agnetha Fältskog
Anni-Frid Lyngstad
Max Martin
Tim Bergling
Laleh Pourkarim
Miriam Bryant
Molly Sandén
Måns Zelmerlöw
Carola Häggkvist
Eric Saade
Danny Saucedo
Evert Taube
Cornelis Vreeswijk
Lars Winnerbäck
Jonas Hassen Khemiri
Camilla Läckberg
Henning Mankell
Stieg Larsson
Jan Guillou
Liza Marklund
Fredrik Backman
Kerstin Ekman
Sara Stridsberg
Lena Andersson
Tomas Tranströmer
Karin Boye
Sven Nordqvist
Mikael Persbrandt
Jonas Gardell
Peter Jöback
Helen Sjöholm
Anders Zorn
Bruno Liljefors
Sissela Kyle
Babben Larsson
Jon Fosse
Karl Ove Knausgård
Jo Nesbø
Edvard Munch
Henrik Ibsen
Taylor Swift
Beyoncé Knowles
Salman Rushdie
Han Kang
Annie Ernaux
Mads Mikkelsen
Björk Guðmundsdóttir
"""

BUSINESS = """
Erik Thedéen
Stefan Ingves
Börje Ekholm
Jacob Wallenberg
Marcus Wallenberg
Ingvar Kamprad
Jesper Brodin
Håkan Samuelsson
Jim Rowan
Peter Carlsson
Sebastian Siemiatkowski
Daniel Ek
Martin Lundstedt
Christian Levin
Johan Torgeby
Jens Henriksson
Michael Green
Frank Vang-Jensen
Daniel Ervér
Karl-Johan Persson
Stefan Persson
Anna Borg
Jan Moström
Mikael Staffas
Micael Johansson
Carl-Henric Svanberg
Karin Tegmark Wisell
Anders Tegnell
Petra Lundh
Charlotte von Essen
Anne Lagercrantz
Johan Lindholm
Anders Opedal
Nicolai Tangen
Kjell Inge Røkke
Elon Musk
Mark Zuckerberg
Sam Altman
Jensen Huang
Tim Cook
Sundar Pichai
Jeff Bezos
Bill Gates
"""

GENERIC_PEOPLE = """
Anna Lindqvist
Erik Johansson
Karin Berglund
Lars Nyström
Sofia Ek
Johan Lindberg
Maria Holm
Per Sandberg
Elin Sjöberg
Oskar Nilsson
Linnea Åberg
Hanna Lundgren
Gustav Engström
Ida Wallin
Fredrik Håkansson
Sara Bergström
Nils Ekström
Emma Lindgren
Jenny Strand
Anders Holmberg
Malin Sundqvist
Patrik Öhman
Louise Westin
Jonas Hedlund
Kristina Blom
Magnus Eklund
Therese Nordin
Henrik Dahl
Cecilia Lund
Mattias Borg
Amira Yousef
Ahmed Hussein
Leila Karimi
Mohammed Ali Hassan
Zeynep Demir
Daniel Andersson
Lena Jonsson
Björn Sandström
Åsa Ström
Stefan Lindh
Pia Nordström
Rickard Sjögren
Helena Wikström
Ulrika Björk
Tobias Engqvist
Sanna Lindahl
Jesper Carlsson
Moa Persson
Viktor Sundberg
Frida Öberg
Axel Hammar
Ebba Norén
Alva Lindström
Hugo Bergqvist
Wilma Sandberg
Elias Fransson
Maja Ekholm
Leo Håkansson
Ines Karlsson
Simon Falk
Julia Hedström
Olle Lundin
Agnes Wennberg
Kent Olofsson
Birgitta Sjödin
Göran Lind
Inger Mattsson
Bengt Ahlström
Lisa Nordqvist
Mikael Rosén
Camilla Wahlberg
Thomas Åström
Sven-Erik Lundh
Marie Edvardsson
Anneli Grahn
Peter Nordlund
Yasmin Abdi
Reza Moradi
Karl Fredriksson
Elsa Bengtsson
"""

SURNAMES = """
Kristersson
Andersson
Åkesson
Busch
Pehrson
Dadgostar
Stenevi
Svantesson
Strömmer
Forssell
Jonson
Billström
Löfven
Bildt
Reinfeldt
Lööf
Thunberg
Duplantis
Sjöström
Ibrahimović
Isak
Gyökeres
Forsberg
Sundin
Lundqvist
Pärson
Stenmark
Hector
Ekholm
Wallenberg
Siemiatkowski
Trump
Putin
Biden
Zelenskyj
Macron
Merz
Starmer
Meloni
Netanyahu
Erdoğan
Guterres
Rutte
Orbán
Støre
Frederiksen
Stubb
Modi
Lula
Milei
Musk
Altman
Messi
Mbappé
Salah
Djokovic
Alcaraz
Pogačar
Haaland
Klæbo
Lindgren
Strindberg
Bergman
Läckberg
Mankell
Skarsgård
Vikander
Östlund
Hellström
Thedéen
Tegnell
Lindqvist
Berglund
Nyström
Sjöberg
Holm
Engström
Wallin
Hussein
Karimi
Sandberg
Eklund
Hedlund
"""

TITLES_POL = """
statsrådet
riksdagsledamoten
partiledaren
finansminister
socialminister
justitieminister
näringsminister
utbildningsminister
försvarsminister
infrastrukturminister
kulturminister
arbetsmarknadsminister
landsbygdsminister
energiminister
"""

# Organisations.
COMPANIES = """
Volvo
Volvo Cars
Ikea
Ericsson
H&M
Spotify
Scania
SKF
Sandvik
Atlas Copco
ABB
Electrolux
Saab
Vattenfall
Northvolt
Klarna
SEB
Swedbank
Handelsbanken
Nordea
Telia
Tele2
ICA
Coop
Axfood
Postnord
SJ
SAS
Astra Zeneca
Essity
SSAB
LKAB
Boliden
Stora Enso
SCA
Holmen
Investor
Hemnet
King
Mojang
Epidemic Sound
Husqvarna
Alfa Laval
Assa Abloy
Hexagon
Skanska
NCC
Peab
Castellum
Fortum
Ellevio
Lidl
Willys
Hemköp
Clas Ohlson
Elgiganten
Apotek Hjärtat
Max
Arla
Oatly
Polestar
Einride
Truecaller
Bonnier
Stena Line
Viking Line
Norwegian
Finnair
Equinor
Telenor
DNB
Norsk Hydro
Yara
Apple
Microsoft
Google
Meta
Amazon
Tesla
Nvidia
Samsung
OpenAI
Netflix
TikTok
Nokia
Maersk
Novo Nordisk
Lego
Carlsberg
Shell
Boeing
Airbus
Siemens
Volkswagen
Toyota
Nestlé
"""
AIRLINES = """
SAS
Norwegian
Braathens Regional
Finnair
Lufthansa
KLM
"""

PARTIES = """
Socialdemokraterna
Moderaterna
Sverigedemokraterna
Kristdemokraterna
Liberalerna
Centerpartiet
Vänsterpartiet
Miljöpartiet
Nyans
Feministiskt initiativ
Piratpartiet
S
M
SD
KD
C
MP
"""
PARTY_ABBR = "S M SD KD L C V MP Mp"

CLUBS = """
AIK
Djurgården
Hammarby
Malmö FF
IFK Göteborg
BK Häcken
IF Elfsborg
IFK Norrköping
Mjällby AIF
IK Sirius
Halmstads BK
GAIS
Degerfors IF
IFK Värnamo
Brommapojkarna
Östers IF
Frölunda HC
Färjestad BK
Skellefteå AIK
Luleå HF
Brynäs IF
Rögle BK
Växjö Lakers
Leksands IF
HV71
Linköping HC
Timrå IK
Örebro HK
Malmö Redhawks
Sandvikens AIK
Villa Lidköping
IK Sävehof
Liverpool
Manchester City
Manchester United
Arsenal
Chelsea
Tottenham
Newcastle
Real Madrid
FC Barcelona
Bayern München
Borussia Dortmund
Juventus
Paris Saint-Germain
Ajax
Rosenborg
Bodø/Glimt
Molde
FC København
Brøndby
"""

MINISTRIES = """
Finansdepartementet
Justitiedepartementet
Utrikesdepartementet
Försvarsdepartementet
Socialdepartementet
Utbildningsdepartementet
Klimat- och näringslivsdepartementet
Landsbygds- och infrastrukturdepartementet
Arbetsmarknadsdepartementet
Kulturdepartementet
Statsrådsberedningen
Regeringskansliet
"""

AGENCIES = """
Polismyndigheten
Säpo
Försäkringskassan
Arbetsförmedlingen
Skatteverket
Migrationsverket
Folkhälsomyndigheten
SMHI
Socialstyrelsen
Skolverket
Naturvårdsverket
Trafikverket
Riksbanken
Finansinspektionen
Konsumentverket
Kriminalvården
Åklagarmyndigheten
Ekobrottsmyndigheten
MSB
Livsmedelsverket
SCB
Konjunkturinstitutet
Tullverket
Kustbevakningen
Försvarsmakten
FRA
Totalförsvarets forskningsinstitut
Energimyndigheten
Transportstyrelsen
Jordbruksverket
Sjöfartsverket
Lantmäteriet
CSN
Pensionsmyndigheten
Inspektionen för vård och omsorg
Skolinspektionen
Brå
Justitieombudsmannen
Riksrevisionen
Integritetsskyddsmyndigheten
Spelinspektionen
Konkurrensverket
Vetenskapsrådet
Vinnova
Sida
Boverket
Svenska kraftnät
Swedavia
Sametinget
Valmyndigheten
Skogsstyrelsen
Havs- och vattenmyndigheten
"""

COURTS = """
Högsta domstolen
Högsta förvaltningsdomstolen
Svea hovrätt
Göta hovrätt
Hovrätten för Västra Sverige
Hovrätten över Skåne och Blekinge
Hovrätten för Nedre Norrland
Hovrätten för Övre Norrland
Stockholms tingsrätt
Göteborgs tingsrätt
Malmö tingsrätt
Solna tingsrätt
Södertörns tingsrätt
Attunda tingsrätt
Uppsala tingsrätt
Örebro tingsrätt
Umeå tingsrätt
Luleå tingsrätt
Mark- och miljööverdomstolen
Migrationsöverdomstolen
"""

UNIS = """
Uppsala universitet
Lunds universitet
Karolinska institutet
KTH
Stockholms universitet
Göteborgs universitet
Umeå universitet
Linköpings universitet
Chalmers
Handelshögskolan i Stockholm
Luleå tekniska universitet
Örebro universitet
Linnéuniversitetet
Mittuniversitetet
Malmö universitet
Karlstads universitet
Sveriges lantbruksuniversitet
Södertörns högskola
Mälardalens universitet
Högskolan i Gävle
NTNU
Universitetet i Oslo
Harvard University
Oxford University
"""

MEDIA = """
SVT
Sveriges Radio
SR
TV4
Dagens Nyheter
DN
Svenska Dagbladet
SvD
Aftonbladet
Expressen
Göteborgs-Posten
Sydsvenskan
Dagens Industri
Ekot
Upsala Nya Tidning
Norrländska Socialdemokraten
Dagens ETC
Helsingborgs Dagblad
Kvällsposten
NRK
BBC
CNN
Reuters
New York Times
"""

INTL = """
FN
EU
Nato
WHO
IMF
Världsbanken
Opec
EU-kommissionen
Europaparlamentet
Europeiska rådet
Röda korset
Läkare utan gränser
Amnesty International
OECD
Nordiska rådet
Unicef
UNHCR
Unesco
Europeiska centralbanken
Internationella brottmålsdomstolen
Rädda Barnen
Human Rights Watch
Världslivsmedelsprogrammet
Afrikanska unionen
Internationella atomenergiorganet
OSSE
"""

UNIONS = """
LO
TCO
Saco
Svenskt Näringsliv
IF Metall
Kommunal
Unionen
Vårdförbundet
Sveriges Lärare
Transportarbetareförbundet
Byggnads
Seko
Handelsanställdas förbund
Hamnarbetarförbundet
Läkarförbundet
Polisförbundet
Teknikföretagen
Almega
Sveriges Kommuner och Regioner
SKR
LRF
Företagarna
Akademikerförbundet SSR
Fastighetsanställdas förbund
"""

HOSPITALS = """
Karolinska universitetssjukhuset
Sahlgrenska universitetssjukhuset
Skånes universitetssjukhus
Akademiska sjukhuset
Norrlands universitetssjukhus
Universitetssjukhuset i Linköping
Södersjukhuset
Danderyds sjukhus
Universitetssjukhuset Örebro
Sunderby sjukhus
Östra sjukhuset
Helsingborgs lasarett
Länssjukhuset Ryhov
Centralsjukhuset i Karlstad
"""

OTHER_ORGS = """
Svenska kyrkan
Katolska kyrkan
Sveriges muslimska råd
Equmeniakyrkan
Judiska församlingen
Riksidrottsförbundet
Svenska Fotbollförbundet
Svenska Akademien
Nobelstiftelsen
Kungliga Vetenskapsakademien
Kungliga Operan
Dramaten
Stockholmsbörsen
Systembolaget
Cancerfonden
Frälsningsarmén
Stadsmissionen
Region Stockholm
Västra Götalandsregionen
Svenska Spel
ATG
Kungliga biblioteket
Riksantikvarieämbetet
Sveriges Television
Allmänna arvsfonden
Folk och Försvar
Hyresgästföreningen
Riksförbundet PRO
Friskis & Svettis
Stiftelsen Skansen
"""

KOMMUNER = """
Stockholms stad
Göteborgs stad
Malmö stad
Uppsala kommun
Örebro kommun
Linköpings kommun
Västerås stad
Helsingborgs stad
Norrköpings kommun
Jönköpings kommun
Umeå kommun
Luleå kommun
Sundsvalls kommun
Gävle kommun
Östersunds kommun
Kiruna kommun
Botkyrka kommun
Södertälje kommun
Nacka kommun
Lunds kommun
Borås stad
Region Skåne
Region Norrbotten
Region Gotland
Region Uppsala
"""
MUSEUMS = """
Nationalmuseum
Moderna museet
Vasamuseet
Nordiska museet
Fotografiska
Göteborgs konstmuseum
Röhsska museet
Malmö konstmuseum
Historiska museet
Naturhistoriska riksmuseet
Nobelprismuseet
Millesgården
"""
SPORTS_BODIES = """
Riksidrottsförbundet
Svenska Fotbollförbundet
Svenska Skidförbundet
Svenska Ishockeyförbundet
Svenska Friidrottsförbundet
Sveriges Olympiska Kommitté
Svenska Skidskytteförbundet
Svenska Handbollförbundet
"""
GREENS = """
Naturskyddsföreningen
Greenpeace
WWF
Världsnaturfonden
Fridays for Future
Extinction Rebellion
Aurora
Jordens Vänner
Fältbiologerna
Återställ Våtmarker
"""
CHURCHES = """
Svenska kyrkan
Katolska kyrkan
Equmeniakyrkan
Pingströrelsen
Sveriges muslimska råd
Judiska centralrådet
Sveriges kristna råd
Syrisk-ortodoxa kyrkan
"""

# Places.  "på|Gotland": the preposition the name takes ("i" when none is given).
TOWNS = """
Stockholm
Göteborg
Malmö
Uppsala
Västerås
Örebro
Linköping
Helsingborg
Jönköping
Norrköping
Lund
Umeå
Gävle
Borås
Södertälje
Eskilstuna
Halmstad
Växjö
Karlstad
Sundsvall
Östersund
Trollhättan
Luleå
Borlänge
Tumba
Kristianstad
Kalmar
Falun
Skövde
Karlskrona
Skellefteå
Uddevalla
Varberg
Åkersberga
Örnsköldsvik
Landskrona
Motala
Nyköping
Mölndal
Trelleborg
Ängelholm
Karlskoga
Märsta
Lerum
Alingsås
Sandviken
Kungsbacka
Vänersborg
Visby
Piteå
Kiruna
Gällivare
Haparanda
Jokkmokk
Arvidsjaur
Lycksele
Sollefteå
Härnösand
Kramfors
Hudiksvall
Söderhamn
Bollnäs
Ljusdal
Mora
Leksand
Rättvik
Ludvika
Avesta
Sala
Enköping
Norrtälje
Nynäshamn
Sigtuna
Botkyrka
Huddinge
Nacka
Solna
Sundbyberg
Täby
Järfälla
Haninge
Tyresö
Strängnäs
Katrineholm
Flen
Köping
Arboga
Lindesberg
Kumla
Hallsberg
Askersund
Mariestad
Lidköping
Falköping
Ulricehamn
Tidaholm
Strömstad
Lysekil
Kungälv
Stenungsund
Falkenberg
Laholm
Båstad
Höganäs
Eslöv
Ystad
Simrishamn
Hässleholm
Älmhult
Ljungby
Värnamo
Vetlanda
Nässjö
Eksjö
Tranås
Västervik
Oskarshamn
Vimmerby
Nybro
Ronneby
Karlshamn
Sölvesborg
Åre
Sälen
Sveg
Arjeplog
Pajala
Övertorneå
Kalix
Boden
på|Lidingö
på|Värmdö
på|Ekerö
på|Orust
på|Tjörn
på|Hönö
"""

LAN = """
Stockholms län
Uppsala län
Södermanlands län
Östergötlands län
Jönköpings län
Kronobergs län
Kalmar län
Gotlands län
Blekinge län
Skåne län
Hallands län
Västra Götalands län
Värmlands län
Örebro län
Västmanlands län
Dalarnas län
Gävleborgs län
Västernorrlands län
Jämtlands län
Västerbottens län
Norrbottens län
"""

REGIONS = """
Skåne
Blekinge
Halland
Småland
på|Öland
på|Gotland
Östergötland
Västergötland
Bohuslän
Dalsland
Värmland
Närke
Södermanland
Uppland
Västmanland
Dalarna
Gästrikland
Hälsingland
Härjedalen
Jämtland
Medelpad
Ångermanland
Västerbotten
Norrbotten
Lappland
Norrland
Svealand
Götaland
Tornedalen
Bergslagen
Roslagen
Skaraborg
Västsverige
Sydsverige
Mellansverige
Västra Götaland
"""

RIVERS = """
Torne älv
Kalix älv
Lule älv
Pite älv
Skellefte älv
Ume älv
Ångermanälven
Indalsälven
Ljusnan
Dalälven
Klarälven
Göta älv
Ätran
Motala ström
Emån
Helge å
Fyrisån
Selångersån
"""
LAKES = """
Vänern
Vättern
Mälaren
Hjälmaren
Storsjön
Siljan
Bolmen
Sommen
Torneträsk
Runn
"""
MOUNTAINS = """
på|Kebnekaise
Sarek
Abisko
på|Åreskutan
på|Kungsleden
Padjelanta
på|Helags
Sylarna
på|Kinnekulle
på|Hallandsåsen
på|Sonfjället
på|Städjan
"""
SEAS = """
Östersjön
Bottniska viken
Kattegatt
Skagerrak
Öresund
Hanöbukten
Kalmarsund
Stockholms skärgård
Göteborgs skärgård
Gullmarsfjorden
"""

SITES = """
på|Sergels torg
på|Drottninggatan
på|Kungsgatan
på|Avenyn
på|Stortorget
Gamla stan
på|Södermalm
på|Kungsholmen
på|Östermalm
Vasastan
på|Norrmalm
vid|Slussen
på|Medborgarplatsen
på|Götaplatsen
Brunnsparken
på|Möllevångstorget
Rinkeby
Tensta
Husby
Rosengård
Angered
Biskopsgården
Kungsträdgården
på|Hötorget
vid|Stureplan
vid|Hornstull
på|Lilla torg
på|Gustav Adolfs torg
"""
STADIUMS = """
Strawberry Arena
Tele2 Arena
Ullevi
Gamla Ullevi
Eleda stadion
Borås Arena
Stockholms stadion
3Arena
Behrn Arena
Guldfågeln Arena
Platinumcars Arena
Vikingavallen
"""
AIRPORTS = """
Arlanda
Landvetter
Bromma flygplats
Sturup
Skavsta
Luleå Airport
Umeå Airport
Åre Östersund Airport
Visby flygplats
Kiruna Airport
"""
ARENAS = """
på|Avicii Arena
i|Scandinavium
på|Malmö Arena
på|Cirkus
på|Annexet
på|Berns
i|Konserthuset
på|Gröna Lund
på|Liseberg
på|Dalhalla
"""
CHURCH_SITES = """
Uppsala domkyrka
Storkyrkan
Lunds domkyrka
Göteborgs domkyrka
Strängnäs domkyrka
Linköpings domkyrka
Riddarholmskyrkan
Kiruna kyrka
"""
VATICAN = """
Vatikanen
Peterskyrkan
"""
ROADS = """
E4
E6
E18
E20
E22
E14
E10
E45
"""
RAILWAYS = """
Södra stambanan
Västra stambanan
Norra stambanan
Malmbanan
Ostkustbanan
Botniabanan
Inlandsbanan
"""

WORLD_CITIES = """
Oslo
Bergen
Trondheim
Köpenhamn
Århus
Helsingfors
Åbo
Reykjavik
Tórshavn
Nuuk
Moskva
S:t Petersburg
Peking
Shanghai
Hongkong
Rom
Milano
Washington
New York
Los Angeles
Chicago
San Francisco
London
Manchester
Edinburgh
Paris
Marseille
Berlin
Hamburg
München
Frankfurt
Kyiv
Charkiv
Odessa
Lviv
Gaza
Jerusalem
Tel Aviv
Teheran
Kairo
Nairobi
Lagos
Johannesburg
Kapstaden
New Delhi
Mumbai
Tokyo
Seoul
Sydney
Bryssel
Haag
Amsterdam
Genève
Zürich
Wien
Warszawa
Prag
Budapest
Aten
Lissabon
Madrid
Barcelona
Ankara
Istanbul
Damaskus
Beirut
Bagdad
Kabul
Islamabad
Dhaka
Bangkok
Hanoi
Manila
Jakarta
Mexico City
Brasília
Rio de Janeiro
Buenos Aires
Santiago
Bogotá
Lima
Caracas
Havanna
Ottawa
Toronto
Minsk
Tbilisi
Riga
Tallinn
Vilnius
Doha
Dubai
Riyadh
Addis Abeba
Khartoum
Mogadishu
Kinshasa
Dakar
Bamako
Strasbourg
Davos
Kiel
Gdańsk
"""

COUNTRIES = """
Sverige
Norge
Danmark
Finland
på|Island
Tyskland
Frankrike
Storbritannien
USA
Ryssland
Ukraina
Kina
Indien
Japan
Brasilien
Sydafrika
Nigeria
Kenya
Etiopien
Sudan
Sydsudan
Israel
Iran
Irak
Syrien
Libanon
Turkiet
Egypten
Polen
Italien
Spanien
Nederländerna
Belgien
Schweiz
Österrike
Kanada
Mexiko
Argentina
Chile
Australien
Indonesien
Pakistan
Afghanistan
Bangladesh
Vietnam
Sydkorea
Nordkorea
Taiwan
Venezuela
Colombia
Jemen
Saudiarabien
Qatar
Somalia
Mali
Kongo-Kinshasa
på|Haiti
på|Grönland
på|Färöarna
Estland
Lettland
Litauen
Belarus
Georgien
Moldavien
Serbien
Kroatien
Ungern
Rumänien
Bulgarien
Portugal
Irland
Skottland
Marocko
Algeriet
Tunisien
Libyen
Jordanien
Palestina
Myanmar
Thailand
Filippinerna
Nya Zeeland
Peru
på|Kuba
Europa
Afrika
Asien
Sydamerika
Mellanöstern
Arktis
Antarktis
på|Balkan
på|Krim
Donbas
på|Västbanken
Kashmir
Darfur
Sahel
Sibirien
Bayern
Katalonien
Finnmark
Nordnorge
Lofoten
på|Åland
"""

# Events.
SPORT_EVENTS = """
OS
VM
EM
vinter-OS
Paralympics
Vasaloppet
Tjejvasan
Öppet spår
Göteborgsvarvet
Stockholm Marathon
Vätternrundan
Lidingöloppet
Vansbrosimningen
Tjejmilen
O-Ringen
Gotland Runt
Elitloppet
Stockholm Open
Swedish Open
Tour de France
Giro d'Italia
Wimbledon
Roland-Garros
US Open
Australian Open
Champions League
Europa League
Conference League
Nations League
Super Bowl
The Masters
Tour de Ski
Holmenkollen
Finnkampen
Bauhausgalan
SM-veckan
Gothia Cup
Partille Cup
Svenska cupen
"""
CHAMPIONSHIPS = """
OS
VM
EM
vinter-OS
Paralympics
"""
CUPS = """
Champions League
Europa League
Conference League
Svenska cupen
"""
MASS_EVENTS = """
Vasaloppet
Göteborgsvarvet
Stockholm Marathon
Vätternrundan
Lidingöloppet
Vansbrosimningen
Tjejmilen
O-Ringen
Tjejvasan
Gothia Cup
Partille Cup
"""
TOURS = """
Tour de France
Giro d'Italia
Vuelta a España
Tour de Ski
"""
FESTIVALS = """
Melodifestivalen
Eurovision Song Contest
Way Out West
Summerburst
Sweden Rock Festival
Bråvalla
Roskildefestivalen
Göteborgs filmfestival
Stockholms filmfestival
Bokmässan
Stockholm Pride
Kulturnatten
Malmöfestivalen
Göteborgs kulturkalas
Allsång på Skansen
Lollapalooza
Glastonbury
Storsjöyran
Peace & Love
Urkult
"""
AWARD_SHOWS = """
Guldbaggegalan
Grammisgalan
Nobelfesten
Nobelprisutdelningen
Oscarsgalan
Kristallengalan
Polarprisgalan
"""
SPORTS_GALA = """
Idrottsgalan
"""
CONFERENCES = """
Almedalsveckan
Järvaveckan
COP30
Säkerhetskonferensen i München
Arendalsuka
Sthlm Tech Fest
Brilliant Minds
Business Arena
"""

# ---------------------------------------------------------------- slot values without entities
NUMBERS = " ".join(str(n) for n in range(2, 41))
BIG_NUMBERS = "120 150 180 200 250 300 350 400 450 500 600 700 800 900"
PERCENTS = "0,4 0,9 1,2 1,8 2,3 2,7 3,1 3,6 4,5 5,8 6,3 8,0 12,5"
WEEKDAYS = "måndagen tisdagen onsdagen torsdagen fredagen lördagen söndagen"
WEEKDAYS_BASE = "måndag tisdag onsdag torsdag fredag lördag söndag"
MONTHS = "januari februari mars april maj juni juli augusti september oktober november december"
DECADES = "20 30 40 50 60 70 80"
DEMONYMS = ("svensk norsk dansk amerikansk rysk tysk fransk brittisk kinesisk japansk indisk "
            "italiensk spansk polsk ukrainsk turkisk iransk finsk isländsk nederländsk")
QUARTERS = "första andra tredje fjärde"
ORDINALS = "första andra tredje fjärde femte sjätte sjunde"
SCORES = "1–0 2–1 3–1 2–2 0–1 4–2 3–0 1–1 2–0 3–2"
MAGNITUDES = "5,9 6,2 6,5 6,8 7,1 7,4"
DISTANCES = """
tio kilometer
400 meter häck
100 meter frisim
sprinten
masstarten
stafetten
1 500 meter
jaktstarten
"""


def words(block: str) -> list[str]:
    return block.split()


# slot name -> (values, label or None, kind); kind "prep" reads "på|Gotland" entries,
# "person" reads "Name|Party" entries.
SLOT_SOURCES = {
    "POL": (POLITICIANS, "PERSON", "person"),
    "WPOL": (WORLD_POLITICIANS, "PERSON", "person"),
    "ATH": (ATHLETES, "PERSON", "person"),
    "ART": (CULTURE, "PERSON", "person"),
    "BIZ": (BUSINESS, "PERSON", "person"),
    "GEN": (GENERIC_PEOPLE, "PERSON", "person"),
    "SUR": (SURNAMES, "PERSON", "person"),
    "PAVE": (["Franciskus", "Leo XIV"], "PERSON", "plain"),
    "KUNG": (["Carl XVI Gustaf", "Carl Gustaf"], "PERSON", "plain"),
    "COMP": (COMPANIES, "ORG", "plain"),
    "COMP_FLY": (AIRLINES, "ORG", "plain"),
    "PARTY": (PARTIES, "ORG", "plain"),
    "PAB": (words(PARTY_ABBR), "ORG", "plain"),
    "CLUB": (CLUBS, "ORG", "plain"),
    "MIN": (MINISTRIES, "ORG", "plain"),
    "MIN_UD": (["Utrikesdepartementet", "UD"], "ORG", "plain"),
    "AGENCY": (AGENCIES, "ORG", "plain"),
    "COURT": (COURTS, "ORG", "plain"),
    "UNI": (UNIS, "ORG", "plain"),
    "MEDIA": (MEDIA, "ORG", "plain"),
    "INTL": (INTL, "ORG", "plain"),
    "UNION": (UNIONS, "ORG", "plain"),
    "HOSP": (HOSPITALS, "ORG", "plain"),
    "OORG": (OTHER_ORGS, "ORG", "plain"),
    "OORG_KOMMUN": (KOMMUNER, "ORG", "plain"),
    "OORG_MUSEUM": (MUSEUMS, "ORG", "plain"),
    "ORG_IDROTT": (SPORTS_BODIES, "ORG", "plain"),
    "ORG_MILJO": (GREENS, "ORG", "plain"),
    "ORG_KYRKA": (CHURCHES, "ORG", "plain"),
    "ORG_RIKSDAG": (["riksdagen"], "ORG", "plain"),
    "ORG_SMHI": (["SMHI"], "ORG", "plain"),
    "ORG_SCB": (["SCB", "Statistiska centralbyrån"], "ORG", "plain"),
    "ORG_SKOG": (["Skogsindustrierna"], "ORG", "plain"),
    "ORG_MAKLARE": (["Svensk Mäklarstatistik"], "ORG", "plain"),
    "ORG_BORS": (["Stockholmsbörsen"], "ORG", "plain"),
    "ORG_WHO": (["Världshälsoorganisationen", "WHO"], "ORG", "plain"),
    "ORG_FHM": (["Folkhälsomyndigheten"], "ORG", "plain"),
    "ORG_TRAFIK": (["Trafikverket"], "ORG", "plain"),
    "BY": (TOWNS, "PLACE", "prep"),
    "LAN": (LAN, "PLACE", "prep"),
    "REG": (REGIONS, "PLACE", "prep"),
    "NAT_ELV": (RIVERS, "PLACE", "prep"),
    "NAT_VANN": (LAKES, "PLACE", "prep"),
    "NAT_FJALL": (MOUNTAINS, "PLACE", "prep"),
    "NAT_HAV": (SEAS, "PLACE", "prep"),
    "SITE": (SITES, "PLACE", "prep"),
    "SITE_STADION": (STADIUMS, "PLACE", "prep"),
    "SITE_FLY": (AIRPORTS, "PLACE", "prep"),
    "SITE_ARENA": (ARENAS, "PLACE", "prep"),
    "SITE_KYRKA": (CHURCH_SITES, "PLACE", "prep"),
    "SITE_VATIKAN": (VATICAN, "PLACE", "prep"),
    "SITE_VEI": (ROADS, "PLACE", "prep"),
    "SITE_BANA": (RAILWAYS, "PLACE", "prep"),
    "WBY": (WORLD_CITIES, "PLACE", "prep"),
    "LAND": (COUNTRIES, "PLACE", "prep"),
    "SEV": (SPORT_EVENTS, "EVENT", "plain"),
    "SEV_MASTERSKAP": (CHAMPIONSHIPS, "EVENT", "plain"),
    "SEV_CUP": (CUPS, "EVENT", "plain"),
    "SEV_MOTION": (MASS_EVENTS, "EVENT", "plain"),
    "SEV_TOUR": (TOURS, "EVENT", "plain"),
    "CEV": (FESTIVALS, "EVENT", "plain"),
    "CEV_PRIS": (AWARD_SHOWS, "EVENT", "plain"),
    "CEV_IDROTT": (SPORTS_GALA, "EVENT", "plain"),
    "CEV_KONF": (CONFERENCES, "EVENT", "plain"),
    "EV": ("\n".join([SPORT_EVENTS, FESTIVALS, AWARD_SHOWS, CONFERENCES]), "EVENT", "plain"),
    "TPOL": (TITLES_POL, None, "plain"),
    "N": (words(NUMBERS), None, "plain"),
    "N1": (words("1 2 3 4 5 6"), None, "plain"),
    "BIG": (words(BIG_NUMBERS), None, "plain"),
    "PCT": (words(PERCENTS), None, "plain"),
    "DAG": (words(WEEKDAYS), None, "plain"),
    "DAGB": (words(WEEKDAYS_BASE), None, "plain"),
    "MND": (words(MONTHS), None, "plain"),
    "ALDER": (words(DECADES), None, "plain"),
    "DEMS": (words(DEMONYMS), None, "plain"),
    "KV": (words(QUARTERS), None, "plain"),
    "ORD": (words(ORDINALS), None, "plain"),
    "SCORE": (words(SCORES), None, "plain"),
    "MAG": (words(MAGNITUDES), None, "plain"),
    "DIST": (DISTANCES, None, "plain"),
}
DATELINE_HOME = TOWNS
DATELINE_ABROAD = WORLD_CITIES

# ---------------------------------------------------------------- templates
TEMPLATES = """
# politik
{TPOL} {POL} ({PAB}) vill se en genomgång av arbetet på {MIN}.
{POL} ({PAB}) anser att {AGENCY} har fått för lite pengar i budgeten.
Riksdagsledamoten {POL} ({PAB}) kandiderar igen och toppar listan i {LAN} i nästa val.
{PARTY} ökar med {N1} procentenheter i den nya mätningen som {MEDIA} har låtit göra.
{PARTY} och {PARTY} vill samarbeta om ett förslag för att stärka beredskapen {i:REG}.
Kommunstyrelsens ordförande {GEN} ({PAB}) {i:BY} säger att kommunen inte har råd med nya skolor de närmaste åren.
{POLG} förslag om att flytta statliga jobb till {BY} möter hårt motstånd i {ORG_RIKSDAG}.
En majoritet i {ORG_RIKSDAG} vill ge {AGENCY} nya uppgifter från och med {MND}.
Partiledaren {POL} utesluter inte ett regeringssamarbete med {PARTY} efter valet.
Statsrådet {POL} kallades på {DAG} till utfrågning i konstitutionsutskottet om händelserna {i:BY}.
{TPOL} {POL} besökte {BY} på {DAG} och lovade mer pengar till vägarna {i:REG}.
Regionrådet {GEN} ({PAB}) {i:LAN} vill stoppa nedläggningen av akutmottagningen.
Regeringen vill lägga ned kontoret som {AGENCY} har {i:BY}, och de anställda erbjuds jobb i {BY}.
{PARTY} har valt {POL} till ny vice partiledare vid kongressen {i:BY}.
{POL} och {POL} möttes i en debatt i {MEDIA} på {DAGB}skvällen.
Enligt {MEDIA} överväger {POL} att lämna posten som partiledare för {PARTY} efter valförlusten.
# utrikes
President {WPOL} träffade {WPOL} i {WBY} på {DAG} för samtal om handel och säkerhet.
{WPOL} säger att {LAND} inte kommer att acceptera nya sanktioner från {INTL}.
Utrikesminister {POL} reser till {WBY} för att träffa företrädare för {INTL}.
{WPOLG} regering har bett {INTL} om nödhjälp efter översvämningarna {i:LAND}.
Tusentals demonstrerade i {WBY} på {DAG} mot {WPOLG} regering.
{LANDG} premiärminister har utlyst nyval till hösten, och {WPOL} ställer inte upp för omval.
{INTL} uppmanar parterna {i:LAND} att omedelbart upphöra med striderna.
Minst {N} människor dödades i en attack i {WBY}, uppger myndigheterna i {LAND}.
{LAND} och {LAND} har slutit ett nytt avtal om export av gas.
Ledarna i {INTL} samlas i {WBY} nästa vecka för att diskutera kriget {i:LAND}.
{WPOL} varnar {LAND} för att skicka fler soldater till gränsen.
Den {DEMS}a ambassadören kallades upp till {MIN_UD} efter uttalandena från {WBY}.
{LAND} stänger gränsen mot {LAND} efter flera incidenter med drönare.
{WPOL} och {WPOL} enades om en vapenvila efter förhandlingar i {WBY}.
# ekonomi
{COMP} redovisade ett rörelseresultat på {BIG} miljoner kronor för {KV} kvartalet.
Koncernchefen {BIZ} på {COMP} meddelar att bolaget varslar {BIG} anställda.
{COMP} köper konkurrenten {COMP} för {N} miljarder kronor.
Aktien i {COMP} föll {PCT} procent på {ORG_BORS} efter rapporten.
{COMP} vill bygga en ny fabrik {i:BY} som kan ge {BIG} arbetstillfällen.
{COMP} flyttar huvudkontoret från {BY} till {WBY}, meddelar bolaget.
{ORG_SCB} meddelar att inflationen var {PCT} procent i {MND}.
{COMP} och {COMP} har inlett ett samarbete om vätgas {i:REG}.
Exporten av trävaror till {LAND} ökade med {N} procent i fjol, enligt {ORG_SKOG}.
{BIZ}, som leder {COMP}, säger att marknaden {i:LAND} är viktigare än någonsin.
Styrelseordföranden {BIZ} lämnar {COMP} efter {N} år.
{COMP} förlorar {BIG} miljoner kronor på verksamheten {i:LAND} och drar sig ur.
Finansmannen {BIZ} har köpt in sig i {COMP} och blir största ägare.
Bostadspriserna {i:BY} steg med {PCT} procent i {MND}, visar siffror från {ORG_MAKLARE}.
{COMP} får en sanktionsavgift på {BIG} miljoner kronor av {AGENCY}.
# brott
En man i {ALDER}-årsåldern döms av {COURT} till {N} års fängelse för mordet {i:BY}.
{COURT} har friat den tidigare chefen på {COMP} från mutbrott.
Försvarsadvokaten {GEN} säger att klienten kommer att överklaga domen från {COURT}.
{AGENCY} utreder ett inbrott i lokalerna som {COMP} har {i:BY}.
En {ALDER}-årig kvinna är misstänkt för grov förskingring från {OORG}.
Polisen {i:BY} har gripit två personer efter ett rån {i:SITE}.
{COURT} skärpte straffet för mannen som var åtalad för övergrepp {i:LAN}.
Åklagaren {GEN} yrkar på {N} års fängelse för den åtalade.
{AGENCY} har gripit {N} personer misstänkta för grov ekonomisk brottslighet efter en razzia {i:BY}.
Kammaråklagaren {GEN} menar att bevisningen mot den åtalade är mycket stark.
Rättegången mot {GEN} inleds i {COURT} på {DAG} och beräknas pågå i {N} veckor.
# sport
{ATH} vann på {DAG} och tog sin {ORD} seger för säsongen.
{CLUB} slog {CLUB} med {SCORE} inför {BIG}0 åskådare på {SITE_STADION}.
{ATH} är uttagen till {SEV}, meddelar {ORG_IDROTT}.
{CLUB} har värvat {ATH} på ett treårskontrakt.
Tränaren i {CLUB}, {GEN}, fick sparken efter förlusten mot {CLUB}.
{ATH} tvingades bryta loppet {i:BY} med en knäskada.
{ATH} och {ATH} blev etta och tvåa vid {SEV} på {DAG}.
{SEV} ställdes in på grund av hård vind och dålig sikt.
Förbundskaptenen {GEN} har tagit ut {ATH} till landskamperna mot {LAND} och {LAND}.
{CLUB} är klart för semifinal i {SEV_CUP} efter {SCORE} borta mot {CLUB}.
{ATH} satte nytt svenskt rekord vid {SEV} och är klar för {SEV}.
{ATH} utsågs till årets idrottare på {CEV_IDROTT} {i:BY}.
Det blev svensk dubbelseger när {ATH} vann före {ATH} {i:WBY}.
{SUR} gjorde två mål och sköt upp {CLUB} i serieledning.
{ORG_IDROTT} vill ansöka om att arrangera {SEV_MASTERSKAP} {i:BY} 2030.
# kultur
{ART} är nominerad till tre priser på {CEV_PRIS}.
Författaren {ART} är aktuell med en ny roman som lanseras på {CEV}.
{ART} ger konsert {i:SITE_ARENA} på {DAG}, och biljetterna sålde slut på {N} minuter.
{ART} är årets huvudakt när {CEV} drar i gång nästa vecka.
{CEV} fick rekordbesök med över {BIG}00 besökare, meddelar arrangörerna.
{OORG_MUSEUM} har köpt in ett verk av {ART} för {N} miljoner kronor.
{ART} och {ART} står på scenen tillsammans när {CEV} arrangeras i sommar.
{MEDIA} gör en dokumentärserie om {ART} och uppväxten {i:BY}.
Skådespelaren {ART} får huvudrollen i den nya serien från {MEDIA}.
{ART} har sålt över {BIG} 000 böcker {i:LAND}, meddelar förlaget.
Chefredaktören {GEN} på {MEDIA} lämnar efter {N} år.
# väder och natur
{ORG_SMHI} har utfärdat en gul varning för hård vind {i:REG} på {DAG}.
Det uppmättes {N} minusgrader {i:BY} natten till {DAG}, den lägsta temperaturen i landet.
{ORG_SMHI} varnar för höga flöden i {NAT_ELV} efter det kraftiga regnet.
Flera vägar {i:LAN} är avstängda sedan ett jordskred gått vid {BY}.
Det kan komma upp till {N} centimeter nysnö {i:REG} de närmaste dygnen.
{ORG_SMHI} väntar sol och upp till {N} grader {i:REG} i helgen.
Meteorologen {GEN} säger att det blir en kall och torr vecka {i:REG}.
Vattennivån i {NAT_VANN} är ovanligt hög för årstiden.
# olyckor
En person omkom i en trafikolycka på {SITE_VEI} vid {BY} natten till {DAG}.
Polisens fjällräddning leder en sökinsats efter en försvunnen vandrare {i:NAT_FJALL}.
Ett plan med {N} passagerare tvingades nödlanda på {SITE_FLY} efter tekniska problem.
Räddningstjänsten {i:BY} ryckte ut till en brand i ett bostadshus, och två personer fördes till {HOSP}.
En jordbävning med magnituden {MAG} drabbade {LAND} på {DAG}, och minst {N} personer har omkommit.
{N} personer har evakuerats sedan {NAT_ELV} svämmat över {i:BY}.
En båt med {N} personer ombord kapsejsade i {NAT_HAV}, men alla räddades.
# vetenskap och hälsa
Forskare vid {UNI} har utvecklat en ny metod för att upptäcka cancer i ett tidigt skede.
Professor {GEN} vid {UNI} menar att fynden kan få stor betydelse för behandlingen.
{UNI} och {UNI} ska samarbeta om ett nytt forskningscentrum {i:BY}.
{HOSP} har infört nya rutiner sedan en patient dött på akutmottagningen.
{ORG_FHM} rapporterar fler smittfall {i:LAN} den senaste veckan.
Överläkaren {GEN} på {HOSP} säger att väntetiderna har blivit kortare.
{ORG_WHO} varnar för ett nytt utbrott {i:LAND}.
{COMP} har fått godkännande för ett nytt läkemedel mot diabetes {i:LAND}.
Sjukvårdsminister {POL} vill bygga ett nytt sjukhus {i:BY} för {N} miljarder kronor.
# arbetsmarknad och utbildning
{UNION} varslar om strejk bland de anställda på {COMP} från {DAGB}.
Förhandlingarna mellan {UNION} och {UNION} bröt samman natten till {DAG}.
Ordföranden {GEN} i {UNION} kräver att reallönerna ska öka.
{COMP} lägger ned avdelningen {i:BY}, och {BIG} anställda förlorar jobbet.
Rektorn {GEN} vid {UNI} säger att antalet sökande är det högsta någonsin.
{UNI} får {N} nya utbildningsplatser inom vård och medicin.
Eleverna {i:BY} får gratis frukost från hösten, har {OORG_KOMMUN} beslutat.
# religion
Biskop {GEN} uppmanar församlingarna {i:LAN} att öppna kyrkorna för flyktingar.
{ORG_KYRKA} har fått {N} 000 nya medlemmar det senaste året.
Påve {PAVE} tog emot {WPOL} i {SITE_VATIKAN} på {DAG}.
Över {BIG} människor var samlade i {SITE_KYRKA} för en minnesgudstjänst på {DAG}.
# miljö
{ORG_MILJO} vill stoppa planerna på vindkraft {i:BY}.
{COMP} har fått tillstånd att bygga en gruva vid {NAT_VANN}, till protester från {ORG_MILJO}.
Klimatminister {POL} vill skydda {N} nya naturområden {i:LAN}.
Utsläppen från {COMP} minskade med {N} procent i fjol, visar bolagets klimatredovisning.
{ORG_MILJO} har stämt staten för att stoppa vindkraftsparken i {NAT_HAV}.
# lokalt och blandat
Kommunfullmäktige {i:BY} beslutade på {DAG} att bygga en ny idrottshall för {N} miljoner kronor.
Invånarna {i:BY} får betala mer för vatten och avlopp nästa år.
Den nya bron vid {BY} öppnar för trafik i {MND}.
{OORG_KOMMUN} har fått klagomål från grannar efter bygget {i:SITE}.
Kung {KUNG} invigde det nya kulturhuset {i:BY} på {DAG}.
{ORG_TRAFIK} stänger {SITE_VEI} mellan {BY} och {BY} i tre veckor.
{ORG_TRAFIK} stänger {SITE_BANA} mellan {BY} och {BY} på grund av ett spårfel.
{COMP} öppnar en ny butik {i:SITE} i {MND}.
Från {MND} blir det direktflyg mellan {BY} och {WBY}, meddelar {COMP_FLY}.
{GEN} från {BY} fyllde {ALDER} år på {DAG} och firade med hela familjen.
{EV} lockar tusentals besökare varje år, och hotellen är fullbokade.
# fler, varierade
{SUR} säger till {MEDIA} att han inte ångrar beslutet.
{SUR} avvisar kritiken från {PARTY} och säger att regeringen gjorde det som var nödvändigt.
Enligt {SUR} är det inte aktuellt att sälja aktierna i {COMP}.
Både {SUR} och {SUR} var på plats när avtalet undertecknades i {WBY}.
{POL} ({PAB}) och {POL} ({PAB}) lägger fram ett gemensamt förslag om billigare tandvård.
Vid {SEV_MASTERSKAP} {i:WBY} tog {ATH} brons på {DIST}.
{ATH} är klar för {SEV} efter att ha vunnit generalrepetitionen {i:BY}.
{ART} tilldelades priset på {CEV_PRIS}, men var inte själv på plats.
Över {BIG}00 deltagare är anmälda till {SEV_MOTION} i år.
{BIZ} blir ny ordförande för {OORG} från {MND}, meddelar styrelsen.
Den {DEMS}a premiärministern kommer på officiellt besök till {LAND} i {MND}.
{CLUB} har sålt {ATH} till {CLUB} för en rekordsumma.
{WPOL} säger att {INTL} måste ta ett större ansvar för flyktingarna från {LAND}.
{MEDIA} avslöjar att {COMP} har brutit mot reglerna {i:LAND} i flera år.
Polisen {i:BY} efterlyser en man i {ALDER}-årsåldern som har varit försvunnen sedan {DAG}.
Det {DEMS}a bolaget {COMP} etablerar sig {i:BY} med {BIG} anställda.
{WPOL} väntas till {BY} i {MND} för samtal om säkerheten i norr.
{ORG_RIKSDAG} har beslutat att {AGENCY} ska granska alla avtal med {COMP}.
{BYG} kommunstyrelseordförande {GEN} vill införa bilfria söndagar i centrum.
{ART} hyllas med en stor utställning på {OORG_MUSEUM} från {MND}.
# konferenser och evenemang
Politiker och näringslivstoppar samlas när {CEV_KONF} inleds på {DAG}.
{POL} ({PAB}) höll huvudtalet under {CEV_KONF} och lovade sänkta skatter.
Över {BIG}0 deltagare från {N} länder väntas till {CEV_KONF} i år.
{COMP} presenterade sina nya planer under {CEV_KONF}.
{ATH} tog sin första etappseger i {SEV_TOUR} efter en lång spurt.
{SEV_TOUR} fick en ny vinnare när {ATH} slog favoriterna.
"""

# ---------------------------------------------------------------- machinery
SPAN = re.compile(r"\[\[([^\[\]|]+)\|([A-Z]+)\]\]")
SLOT = re.compile(r"\{([A-Za-z_0-9]+(?::[A-Za-z_0-9]+)?)\}")


def lines(block: str) -> list[str]:
    return [x.strip() for x in block.strip().split("\n") if x.strip() and not x.startswith("#")]


def entries(block: str, default_prep: str = "i") -> list[tuple[str, str]]:
    """(preposition, name) pairs; an entry "på|Hamar" carries its own preposition."""
    out = []
    for x in lines(block):
        prep, _, name = x.rpartition("|")
        out.append((prep or default_prep, name))
    return out


def genitive(name: str) -> str | None:
    """Swedish genitive: "Sveriges", "EU:s"; none for names ending in s, x or z."""
    if name[-1] in "sxzSXZ":
        return None
    if name[-1].isupper() or name[-1].isdigit():
        return name + ":s"
    return name + "s"


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
    if "[[" in text or "]]" in text or "|" in text or "{" in text or "}" in text:
        raise ValueError(f"markup left in {text!r}")
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
        if end < len(text) and (text[end].isalnum() or text[end] in "-'’"):
            raise ValueError(f"span {span!r} ends inside a word in {text!r}")
        prev_end = end
    return {"text": text, "entities": ents}


def awkward_before_full_stop(item: dict) -> bool:
    """True when a name ends a sentence in a way tokenizers glue to the full stop ("FrP.",
    "E6.", "TV 2."); template items with such an ending are drawn again."""
    text = item["text"]
    for start, end, _ in item["entities"]:
        if text[end : end + 1] != ".":
            continue
        name = text[start:end]
        last, before = name[-1], name[-2:-1]
        if last.isdigit() or name.lower() in ("ap", "sp", "max"):
            return True
        if last.isupper() and not (before.isupper() and before.isalpha()):
            return True
    return False


def capitalise(markup: str) -> str:
    if markup.startswith("[["):
        return "[[" + markup[2:3].upper() + markup[3:]
    return markup[:1].upper() + markup[1:]


class Deck:
    """Draws every entry of a list once, in shuffled order, before any repeats."""

    def __init__(self, items: list, rng: random.Random) -> None:
        self.items = list(items)
        self.rng = rng
        self.pile: list = []

    def draw(self, avoid: set) -> object:
        for _ in range(4 * len(self.items) + 4):
            if not self.pile:
                self.pile = list(self.items)
                self.rng.shuffle(self.pile)
            item = self.pile.pop()
            key = item if isinstance(item, str) else item[-1]
            if key not in avoid:
                return item
        raise RuntimeError("cannot draw a fresh item")


def build_slots(rng: random.Random) -> dict:
    """slot name -> (deck, label or None, kind)."""
    slots: dict = {}

    def add(name: str, items: list, label: str | None, kind: str = "plain") -> None:
        slots[name] = (Deck(items, rng), label, kind)

    for name, (block, label, kind) in SLOT_SOURCES.items():
        if kind == "prep":
            add(name, entries(block), label, "prep")
        elif kind == "person":
            people = []
            for x in lines(block):
                person, _, party = x.partition("|")
                people.append((party, person))
            add(name, people, label, "person")
        else:
            add(name, lines(block) if isinstance(block, str) else list(block), label, kind)
    return slots


def fill(template: str, slots: dict, rng: random.Random) -> str:
    used: set = set()
    state = {"party": None}

    def one(m: re.Match) -> str:
        key = m.group(1)
        prep_wanted = key.startswith("i:")
        base = key[2:] if prep_wanted else key
        gen = False
        if base not in slots and base.endswith("G") and base[:-1] in slots:
            base, gen = base[:-1], True
        if base == "PAB":
            party = state["party"] or slots["PAB"][0].draw(set())
            state["party"] = None
            return f"[[{party}|ORG]]"
        deck, label, kind = slots[base]
        for _ in range(50):
            item = deck.draw(used)
            if kind == "prep":
                prep, name = item
            elif kind == "person":
                party, name = item
            else:
                prep, name = "i", item
            shown = genitive(name) if gen else name
            if shown is not None:
                break
        else:
            raise RuntimeError(f"no genitive for slot {key}")
        used.add(name)
        if kind == "person":
            state["party"] = party or None
        if label is None:
            return shown
        marked = f"[[{shown}|{label}]]"
        if prep_wanted:
            return f"{prep} {marked}"
        return marked

    return SLOT.sub(one, template)


def build() -> list[dict]:
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
        for key in SLOT.findall(t):
            base = key[2:] if key.startswith("i:") else key
            if base not in slots and not (base.endswith("G") and base[:-1] in slots):
                raise KeyError(f"unknown slot {key} in {t!r}")
    world_slots = ("{WBY}", "{i:WBY}", "{WPOL", "{LAND", "{i:LAND}", "{INTL}")
    home = ["Stockholm"] * 8 + [n for _, n in entries(DATELINE_HOME)]
    abroad = ["Stockholm"] * 3 + [n for _, n in entries(DATELINE_ABROAD)]
    produced = 0
    order: list[str] = []
    while produced < TEMPLATE_ITEMS:
        if not order:
            order = list(templates)
            rng.shuffle(order)
        template = order.pop()
        for _ in range(20):
            body = capitalise(fill(template, slots, rng))
            if rng.random() < DATELINE_SHARE:
                pool = abroad if any(w in template for w in world_slots) else home
                markup = f"[[{rng.choice(pool)}|PLACE]] ({AGENCY}) {body}"
            else:
                markup = body
            item = convert(markup)
            if item["text"] not in seen and not awkward_before_full_stop(item):
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
