#!/usr/bin/env python3
"""Build nb.jsonl: Norwegian Bokmål NER training data (PERSON, ORG, PLACE, EVENT).

Hand-written NTB-style items (HAND) plus items from templates filled from the name lists
below.  Text is written in an inline markup, "[[Jonas Gahr Støre|PERSON]] møtte ...", and
converted to character offsets.  Labelling follows
inkstream_enrichment/evaluation/LABELLING.md.  Standard library only; fixed seed, so the
output is the same on every run:

    python3 build_nb.py          # writes nb.jsonl next to this script
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

SEED = 20250611
TEMPLATE_ITEMS = 1000
DATELINE_SHARE = 0.55
AGENCY = "NTB"
LABELS = ("PERSON", "ORG", "PLACE", "EVENT")
OUT = Path(__file__).with_name("nb.jsonl")

# ---------------------------------------------------------------- hand-written items
HAND = """
# politikk, nasjonal
[[Oslo|PLACE]] (NTB): Statsminister [[Jonas Gahr Støre|PERSON]] ([[Ap|ORG]]) varslet tirsdag at regjeringen vil legge fram en ny plan for helsekøene før sommeren.
[[Oslo|PLACE]] (NTB): Høyre-leder [[Ine Eriksen Søreide|PERSON]] mener regjeringen har mistet kontrollen over statsbudsjettet.
[[Oslo|PLACE]] (NTB): [[FrP|ORG]] går fram med nesten fire prosentpoeng på en ny måling som [[Norstat|ORG]] har gjort for [[NRK|ORG]] og [[Aftenposten|ORG]].
[[Oslo|PLACE]] (NTB): Et flertall på [[Stortinget|ORG]] stemte onsdag for å innføre aldersgrense på sosiale medier.
[[Oslo|PLACE]] (NTB): [[Senterpartiet|ORG]] krever at strømstøtten forlenges, og leder [[Trygve Slagsvold Vedum|PERSON]] truer med å stemme mot budsjettet.
[[Oslo|PLACE]] (NTB): [[SVs|ORG]] leder [[Kirsti Bergstø|PERSON]] sier partiet ikke vil gå inn i budsjettforhandlinger uten et kutt i oljeutvinningen.
[[Oslo|PLACE]] (NTB): [[KrF|ORG]] og [[Venstre|ORG]] vil samarbeide tettere fram mot stortingsvalget neste høst.
[[Oslo|PLACE]] (NTB): Finansminister [[Jens Stoltenberg|PERSON]] la torsdag fram revidert nasjonalbudsjett, der oljepengebruken øker med 12 milliarder kroner.
[[Oslo|PLACE]] (NTB): [[MDG|ORG]] vil ha gratis kollektivtrafikk for alle under 25 år, ifølge partiets nye program.
[[Oslo|PLACE]] (NTB): Leder i [[Rødt|ORG]], [[Marie Sneve Martinussen|PERSON]], kaller forslaget om å selge statlige eierandeler «et ran av fellesskapet».
[[Oslo|PLACE]] (NTB): Kontroll- og konstitusjonskomiteen på [[Stortinget|ORG]] åpner sak mot tidligere statsråd [[Anette Trettebergstuen|PERSON]].
[[Oslo|PLACE]] (NTB): FrP-leder [[Sylvi Listhaug|PERSON]] vil halvere bensinavgiften og fjerne bompengene i [[Bergen|PLACE]] og [[Trondheim|PLACE]].
[[Oslo|PLACE]] (NTB): Justisminister [[Astri Aas-Hansen|PERSON]] foreslår strengere straffer for vold mot helsepersonell.
[[Oslo|PLACE]] (NTB): Regjeringen vil flytte [[Kystverket|ORG]] sitt hovedkontor fra [[Ålesund|PLACE]] til [[Haugesund|PLACE]], noe som har skapt sterke reaksjoner.
[[Oslo|PLACE]] (NTB): Stortingsrepresentant [[Masud Gharahkhani|PERSON]] ([[Ap|ORG]]) ble gjenvalgt som stortingspresident med bred støtte.
[[Oslo|PLACE]] (NTB): [[Høyre|ORG]] og [[FrP|ORG]] krever at [[Stortinget|ORG]] får en egen høring om forsvarsinnkjøpene.
[[Oslo|PLACE]] (NTB): Kommunal- og distriktsminister [[Bjørnar Skjæran|PERSON]] lover flere penger til kommunene i [[Nord-Norge|PLACE]].
[[Oslo|PLACE]] (NTB): Partiet [[Norgesdemokratene|ORG]] har samlet nok underskrifter til å stille liste i alle valgdistrikter.
[[Oslo|PLACE]] (NTB): Landsmøtet i [[Arbeiderpartiet|ORG]] vedtok lørdag å gå inn for en ny utredning om EU-medlemskap.
[[Oslo|PLACE]] (NTB): Partileder [[Guri Melby|PERSON]] i [[Venstre|ORG]] sier hun er åpen for å samarbeide med både [[Høyre|ORG]] og [[Ap|ORG]] etter valget.
[[Oslo|PLACE]] (NTB): [[Stortinget|ORG]] har vedtatt at [[Sametinget|ORG]] skal få større innflytelse i saker om vindkraft.
[[Oslo|PLACE]] (NTB): Digitaliseringsminister [[Karianne Tung|PERSON]] vil stille krav om norsk datalagring i offentlig sektor.
[[Oslo|PLACE]] (NTB): Det var full enighet i komiteen om å styrke beredskapen i kommunene.
[[Oslo|PLACE]] (NTB): Regjeringspartiene og [[SV|ORG]] ble natt til fredag enige om statsbudsjettet for neste år.
[[Oslo|PLACE]] (NTB): Næringsminister [[Cecilie Myrseth|PERSON]] avviser at regjeringen har latt industrien i [[Mo i Rana|PLACE]] i stikken.
[[Oslo|PLACE]] (NTB): Tidligere statsminister [[Erna Solberg|PERSON]] har bestemt seg for ikke å ta gjenvalg til [[Stortinget|ORG]].
[[Tromsø|PLACE]] (NTB): Sp-representant [[Sandra Borch|PERSON]] vil ha et eget fiskeridepartement lagt til [[Tromsø|PLACE]].
[[Bergen|PLACE]] (NTB): Byrådsleder [[Christine Meyer|PERSON]] ([[H|ORG]]) lover å fjerne rushtidsavgiften i [[Bergen|PLACE]] innen to år.
[[Oslo|PLACE]] (NTB): Ifølge en måling fra [[InFact|ORG]] for [[Nettavisen|ORG]] er [[Høyre|ORG]] igjen landets største parti.
[[Oslo|PLACE]] (NTB): Forslaget fikk ikke flertall, og saken sendes nå tilbake til departementet.
[[Oslo|PLACE]] (NTB): Statsråd [[Tonje Brenna|PERSON]] beklager at hun ikke svarte riktig på spørsmål fra kontrollkomiteen.
[[Oslo|PLACE]] (NTB): Helse- og omsorgsminister [[Jan Christian Vestre|PERSON]] vil slå sammen flere helseforetak i [[Innlandet|PLACE]].
[[Oslo|PLACE]] (NTB): [[Fremskrittspartiet|ORG]] foreslår å stramme inn reglene for familiegjenforening.
[[Oslo|PLACE]] (NTB): [[Kristelig Folkeparti|ORG]] har valgt [[Dag Inge Ulstein|PERSON]] som ny leder etter et dramatisk landsmøte på [[Gardermoen|PLACE]].
[[Oslo|PLACE]] (NTB): Regjeringen får kritikk fra [[Riksrevisjonen|ORG]] for dårlig oppfølging av digitaliseringen i politiet.
[[Oslo|PLACE]] (NTB): Kommunalkomiteen la onsdag fram sin innstilling, og et knapt flertall går inn for å reversere tvangssammenslåingene.
[[Oslo|PLACE]] (NTB): [[Miljøpartiet De Grønne|ORG]] har fått ny leder: [[Arild Hermstad|PERSON]] ble valgt uten motkandidat.
[[Oslo|PLACE]] (NTB): Etter valget mandag sitter [[Arbeiderpartiet|ORG]] igjen med 53 mandater, mens [[Fremskrittspartiet|ORG]] får 47.
[[Oslo|PLACE]] (NTB): Forsvarsminister [[Tore O. Sandvik|PERSON]] varsler at [[Forsvaret|ORG]] skal kjøpe nye fregatter fra [[Storbritannia|PLACE]].
Regjeringen vil bruke mer penger på veier i distriktene, opplyste samferdselsministeren på en pressekonferanse.
[[Drammen|PLACE]] (NTB): Ordfører [[Monica Myrvold Berg|PERSON]] ([[H|ORG]]) sier kommunen må kutte 200 millioner kroner neste år.
[[Oslo|PLACE]] (NTB): [[Norges|PLACE]] nye utenriksminister [[Espen Barth Eide|PERSON]] reiser til [[Brussel|PLACE]] allerede mandag.
[[Oslo|PLACE]] (NTB): [[Støres|PERSON]] regjering har ifølge opposisjonen brukt for mye tid på interne stridigheter.
[[Oslo|PLACE]] (NTB): Valgdeltakelsen var den høyeste siden 1989, viser tall fra [[Valgdirektoratet|ORG]].
[[Stavanger|PLACE]] (NTB): Høyre-profil [[Peter Frølich|PERSON]] tar til orde for å åpne flere felt for oljeleting i [[Barentshavet|PLACE]].
[[Oslo|PLACE]] (NTB): Flere partier på [[Stortinget|ORG]] vil granske hvordan regjeringen håndterte strømkrisen.
[[Oslo|PLACE]] (NTB): Det ble et kort møte i statsråd fredag, der kongen signerte utnevnelsen av to nye statssekretærer.
[[Oslo|PLACE]] (NTB): [[Unge Høyre|ORG]] vil legalisere cannabis, men moderpartiet sier blankt nei.
[[Oslo|PLACE]] (NTB): AUF-leder [[Gaute Børstad Skjervø|PERSON]] krever at [[Ap|ORG]] går imot nye oljefelt.
[[Oslo|PLACE]] (NTB): Lovforslaget ble vedtatt med stemmene til [[Ap|ORG]], [[Sp|ORG]], [[SV|ORG]] og [[Rødt|ORG]].
[[Kristiansand|PLACE]] (NTB): [[KrF|ORG]] har tradisjonelt stått sterkt på [[Sørlandet|PLACE]], men partiet faller på de siste målingene.
[[Oslo|PLACE]] (NTB): Opposisjonen vil ha svar fra statsministeren om hvorfor rapporten ble holdt tilbake.
[[Oslo|PLACE]] (NTB): [[Sylvi Listhaug|PERSON]] og [[Ine Eriksen Søreide|PERSON]] møttes til duell på [[TV 2|ORG]] søndag kveld.
[[Oslo|PLACE]] (NTB): Landbruksminister [[Nils Kristen Sandtrøen|PERSON]] og [[Norges Bondelag|ORG]] er ikke enige om jordbruksoppgjøret.
[[Oslo|PLACE]] (NTB): Partisekretær [[Kjersti Stenseng|PERSON]] sier [[Arbeiderpartiet|ORG]] har fått over 2000 nye medlemmer siden nyttår.
# utenriks og konflikt
[[Washington|PLACE]] (NTB): President [[Donald Trump|PERSON]] truer med nye tollsatser på varer fra [[EU|ORG]] og [[Kina|PLACE]].
[[Kyiv|PLACE]] (NTB): Russiske droner angrep natt til søndag energianlegg i [[Kharkiv|PLACE]] og [[Odesa|PLACE]], opplyser ukrainske myndigheter.
[[Moskva|PLACE]] (NTB): [[Kreml|ORG]] avviser at [[Russland|PLACE]] har planer om å trekke styrkene ut av [[Zaporizjzja|PLACE]].
[[Brussel|PLACE]] (NTB): Medlemslandene i [[NATO|ORG]] ble enige om å øke forsvarsbudsjettene, sier generalsekretær [[Mark Rutte|PERSON]].
[[Jerusalem|PLACE]] (NTB): Statsminister [[Benjamin Netanyahu|PERSON]] sier at krigen i [[Gaza|PLACE]] vil fortsette til alle gislene er satt fri.
[[Beijing|PLACE]] (NTB): [[Kinas|PLACE]] president [[Xi Jinping|PERSON]] tok imot den brasilianske presidenten i [[Den store folkehallen|PLACE]].
[[Paris|PLACE]] (NTB): President [[Emmanuel Macron|PERSON]] utnevnte en ny statsminister etter at regjeringen ble felt i nasjonalforsamlingen.
[[Berlin|PLACE]] (NTB): Forbundskansler [[Friedrich Merz|PERSON]] vil innføre strengere grensekontroll mot [[Polen|PLACE]] og [[Østerrike|PLACE]].
[[London|PLACE]] (NTB): Statsminister [[Keir Starmer|PERSON]] møtte fagforeningene i [[Downing Street|PLACE]] torsdag.
[[Roma|PLACE]] (NTB): [[Italias|PLACE]] statsminister [[Giorgia Meloni|PERSON]] har inngått en avtale med [[Albania|PLACE]] om mottak av migranter.
[[New York|PLACE]] (NTB): [[FNs|ORG]] generalsekretær [[António Guterres|PERSON]] ba [[Sikkerhetsrådet|ORG]] om å handle raskt i [[Sudan|PLACE]].
[[Genève|PLACE]] (NTB): Forhandlingene mellom partene endte uten noen avtale, og det er ikke satt noen dato for nye samtaler.
[[Teheran|PLACE]] (NTB): [[Irans|PLACE]] øverste leder [[Ali Khamenei|PERSON]] advarer [[USA|PLACE]] mot nye angrep.
[[Kairo|PLACE]] (NTB): Samtalene om våpenhvile i [[Gaza|PLACE]] fortsetter i [[Egypt|PLACE]] med meklere fra [[Qatar|PLACE]].
[[Ankara|PLACE]] (NTB): President [[Recep Tayyip Erdoğan|PERSON]] sier [[Tyrkia|PLACE]] er klar til å være vertskap for fredssamtaler.
[[Kyiv|PLACE]] (NTB): President [[Volodymyr Zelenskyj|PERSON]] ber vestlige land om flere luftvernsystemer før vinteren.
[[Washington|PLACE]] (NTB): Utenriksminister [[Marco Rubio|PERSON]] reiser til [[Midtøsten|PLACE]] for å redde våpenhvileavtalen.
[[Brussel|PLACE]] (NTB): [[EU-kommisjonen|ORG]] legger fram en ny sanksjonspakke mot [[Russland|PLACE]] neste uke.
[[Oslo|PLACE]] (NTB): Utenriksminister [[Espen Barth Eide|PERSON]] fordømmer angrepet og ber begge parter vise tilbakeholdenhet.
[[Beirut|PLACE]] (NTB): Minst 14 personer ble drept i et luftangrep sør i [[Libanon|PLACE]] natt til tirsdag.
[[Damaskus|PLACE]] (NTB): Den nye lederen i [[Syria|PLACE]], [[Ahmed al-Sharaa|PERSON]], lover valg innen fire år.
[[Warszawa|PLACE]] (NTB): Statsminister [[Donald Tusk|PERSON]] vil bygge ut forsvaret langs grensen mot [[Belarus|PLACE]].
[[Budapest|PLACE]] (NTB): [[Viktor Orbán|PERSON]] blokkerer igjen [[EUs|ORG]] nye støttepakke til [[Ukraina|PLACE]].
[[København|PLACE]] (NTB): Statsminister [[Mette Frederiksen|PERSON]] sier [[Grønland|PLACE]] ikke er til salgs.
[[Stockholm|PLACE]] (NTB): Den svenske statsministeren [[Ulf Kristersson|PERSON]] vil sende flere soldater til [[Latvia|PLACE]].
[[Helsingfors|PLACE]] (NTB): President [[Alexander Stubb|PERSON]] besøker [[Norge|PLACE]] neste uke for samtaler om forsvarssamarbeid i nord.
[[New Delhi|PLACE]] (NTB): Statsminister [[Narendra Modi|PERSON]] lover å doble investeringene i fornybar energi.
[[Tokyo|PLACE]] (NTB): [[Japans|PLACE]] regjering har godkjent det største forsvarsbudsjettet i landets historie.
[[Seoul|PLACE]] (NTB): [[Nord-Korea|PLACE]] avfyrte to ballistiske raketter mot [[Japanhavet|PLACE]] tidlig fredag, opplyser sørkoreanske militære.
[[Brasília|PLACE]] (NTB): President [[Luiz Inácio Lula da Silva|PERSON]] vil ta opp avskogingen i [[Amazonas|PLACE]] på toppmøtet.
[[Buenos Aires|PLACE]] (NTB): [[Argentinas|PLACE]] president [[Javier Milei|PERSON]] kutter ytterligere i statlige utgifter.
[[Mexico by|PLACE]] (NTB): President [[Claudia Sheinbaum|PERSON]] sier [[Mexico|PLACE]] ikke vil godta amerikanske soldater på meksikansk jord.
[[Nairobi|PLACE]] (NTB): Demonstranter og politi barket sammen i hovedstaden onsdag, og flere ble skadd.
[[Addis Abeba|PLACE]] (NTB): [[Den afrikanske union|ORG]] ber partene i [[Sudan|PLACE]] om å legge ned våpnene.
[[Kyiv|PLACE]] (NTB): Flyalarmen gikk i hele landet natt til fredag, og eksplosjoner ble hørt i hovedstaden.
[[Washington|PLACE]] (NTB): [[Pentagon|ORG]] bekrefter at amerikanske styrker har angrepet mål i [[Jemen|PLACE]].
[[Jerusalem|PLACE]] (NTB): Tusenvis demonstrerte i [[Tel Aviv|PLACE]] lørdag kveld mot regjeringens håndtering av gisselsaken.
[[Gaza|PLACE]] (NTB): Nødhjelpsorganisasjonen [[Leger Uten Grenser|ORG]] sier sykehusene i [[Khan Younis|PLACE]] er overfylt.
[[Genève|PLACE]] (NTB): [[FNs høykommissær for flyktninger|ORG]] melder at over 12 millioner mennesker er drevet på flukt i [[Sudan|PLACE]].
[[Moskva|PLACE]] (NTB): [[Vladimir Putin|PERSON]] sier han er villig til å møte [[Donald Trump|PERSON]] i [[Budapest|PLACE]].
[[Haag|PLACE]] (NTB): [[Den internasjonale straffedomstolen|ORG]] har utstedt arrestordre mot to militære ledere.
[[Oslo|PLACE]] (NTB): [[Norge|PLACE]] gir ytterligere 500 millioner kroner i humanitær bistand til [[Palestina|PLACE]].
[[Minsk|PLACE]] (NTB): Opposisjonsleder [[Svetlana Tikhanovskaja|PERSON]] ber [[EU|ORG]] om å skjerpe sanksjonene mot regimet til [[Aleksandr Lukasjenko|PERSON]].
[[Kabul|PLACE]] (NTB): [[Taliban|ORG]] har innført nye begrensninger for kvinners arbeid i hjelpeorganisasjoner.
[[Caracas|PLACE]] (NTB): Opposisjonen i [[Venezuela|PLACE]] hevder at [[Nicolás Maduro|PERSON]] tapte valget med stor margin.
[[Canberra|PLACE]] (NTB): Statsminister [[Anthony Albanese|PERSON]] har utlyst nyvalg i [[Australia|PLACE]].
[[Ottawa|PLACE]] (NTB): [[Canadas|PLACE]] statsminister [[Mark Carney|PERSON]] varsler mottiltak mot amerikansk toll.
[[Bagdad|PLACE]] (NTB): En bilbombe gikk av i sentrum av hovedstaden i morgentimene, men ingen ble drept.
[[Islamabad|PLACE]] (NTB): Spenningen mellom [[Pakistan|PLACE]] og [[India|PLACE]] øker etter et angrep i [[Kashmir|PLACE]].
[[Brussel|PLACE]] (NTB): Kommisjonsleder [[Ursula von der Leyen|PERSON]] overlevde mistillitsforslaget i [[Europaparlamentet|ORG]].
[[Oslo|PLACE]] (NTB): Den amerikanske ambassadøren ble kalt inn på teppet i [[Utenriksdepartementet|ORG]] fredag.
Krigen har drevet millioner på flukt, og nabolandene sier de ikke lenger kan ta imot flere.
[[Taipei|PLACE]] (NTB): [[Taiwan|PLACE]] melder om kinesiske marinefartøy nær øya for tredje dag på rad.
[[Kyiv|PLACE]] (NTB): Ukrainske styrker hevder å ha tatt tilbake to landsbyer i regionen [[Donetsk|PLACE]].
# økonomi
[[Oslo|PLACE]] (NTB): [[Norges Bank|ORG]] holder styringsrenten uendret på 4,5 prosent, opplyser sentralbanksjef [[Ida Wolden Bache|PERSON]].
[[Stavanger|PLACE]] (NTB): [[Equinor|ORG]] fikk et justert driftsresultat på 6,5 milliarder dollar i tredje kvartal, litt under analytikernes forventninger.
[[Oslo|PLACE]] (NTB): [[Telenor|ORG]] kutter 300 årsverk i [[Norge|PLACE]] og flytter deler av kundeservicen til [[Pakistan|PLACE]].
[[Oslo|PLACE]] (NTB): [[DNB|ORG]] øker boliglånsrenten med 0,25 prosentpoeng fra neste måned.
[[Oslo|PLACE]] (NTB): [[Oljefondet|ORG]] fikk en avkastning på 1200 milliarder kroner i første halvår, opplyser [[Norges Bank Investment Management|ORG]].
[[Oslo|PLACE]] (NTB): Fondssjef [[Nicolai Tangen|PERSON]] advarer mot at kunstig intelligens kan gi store svingninger i aksjemarkedet.
[[Oslo|PLACE]] (NTB): Prisveksten falt til 2,7 prosent i september, viser nye tall fra [[Statistisk sentralbyrå|ORG]].
[[Oslo|PLACE]] (NTB): Hovedindeksen på [[Oslo Børs|ORG]] steg 1,2 prosent fredag, trukket opp av oljeselskapene.
[[Oslo|PLACE]] (NTB): Kronekursen svekket seg kraftig mot euro etter rentemøtet torsdag.
[[Oslo|PLACE]] (NTB): [[Norsk Hydro|ORG]] legger ned aluminiumsverket på [[Karmøy|PLACE]] i tre måneder på grunn av høye strømpriser.
[[Porsgrunn|PLACE]] (NTB): [[Yara|ORG]] stanser produksjonen av ammoniakk i [[Nederland|PLACE]] og [[Belgia|PLACE]].
[[Oslo|PLACE]] (NTB): Konsernsjef [[Kjerstin Braathen|PERSON]] i [[DNB|ORG]] leverte det beste kvartalsresultatet i bankens historie.
[[Oslo|PLACE]] (NTB): Boligprisene steg med 0,8 prosent i oktober, ifølge [[Eiendom Norge|ORG]].
[[Bergen|PLACE]] (NTB): Oppdrettsselskapet [[Mowi|ORG]] melder om rekordhøye eksportpriser for laks til [[Frankrike|PLACE]] og [[Polen|PLACE]].
[[Oslo|PLACE]] (NTB): [[Sjømatrådet|ORG]] anslår at sjømateksporten vil passere 170 milliarder kroner i år.
[[Oslo|PLACE]] (NTB): [[Schibsted|ORG]] selger sine nordiske aviser til en stiftelse, og aksjen steg 8 prosent.
[[Oslo|PLACE]] (NTB): Arbeidsledigheten holdt seg på 2,1 prosent i november, viser tall fra [[NAV|ORG]].
[[Oslo|PLACE]] (NTB): Handelsbalansen med utlandet viste et overskudd på 54 milliarder kroner i august.
[[Oslo|PLACE]] (NTB): [[Norwegian|ORG]] fraktet 2,3 millioner passasjerer i juli, en økning på 6 prosent fra i fjor.
[[Stockholm|PLACE]] (NTB): Flyselskapet [[SAS|ORG]] har fått en ny største eier etter at [[Air France-KLM|ORG]] økte sin andel.
[[Oslo|PLACE]] (NTB): [[Orkla|ORG]] kjøper en tysk sjokoladeprodusent for 4 milliarder kroner.
[[Oslo|PLACE]] (NTB): Investor [[Kjell Inge Røkke|PERSON]] og [[Aker|ORG]] tar en ny milliardsatsing på havvind.
[[Trondheim|PLACE]] (NTB): [[SpareBank 1 SMN|ORG]] legger fram et resultat på 1,1 milliarder kroner for andre kvartal.
[[Oslo|PLACE]] (NTB): [[Finanstilsynet|ORG]] vil stramme inn boliglånsforskriften igjen dersom gjelden fortsetter å vokse.
[[Oslo|PLACE]] (NTB): Dagligvarekjeden [[Rema 1000|ORG]] kutter prisen på over 1000 varer, og [[Kiwi|ORG]] følger etter.
[[Oslo|PLACE]] (NTB): [[Konkurransetilsynet|ORG]] gir [[NorgesGruppen|ORG]] et gebyr på 150 millioner kroner.
[[Oslo|PLACE]] (NTB): Strømprisene i [[Sør-Norge|PLACE]] er ventet å stige kraftig i januar, ifølge [[Statnett|ORG]].
[[Oslo|PLACE]] (NTB): Aksjeanalytikerne tror på nedgang i bankenes utlån gjennom vinteren.
[[Oslo|PLACE]] (NTB): Reiselivet hadde den beste sommeren noensinne, med rekordmange utenlandske turister.
[[San Francisco|PLACE]] (NTB): Teknologiselskapet [[Nvidia|ORG]] passerte 5000 milliarder dollar i markedsverdi, som det første selskapet i verden.
[[New York|PLACE]] (NTB): Aksjeindeksene endte ned 1,4 prosent etter svake tall fra arbeidsmarkedet.
[[Frankfurt|PLACE]] (NTB): [[Den europeiske sentralbanken|ORG]] kutter renten med 0,25 prosentpoeng, opplyser [[Christine Lagarde|PERSON]].
[[Washington|PLACE]] (NTB): [[Det internasjonale pengefondet|ORG]] nedjusterer anslaget for global vekst til 2,8 prosent.
[[Oslo|PLACE]] (NTB): [[Elon Musk|PERSON]] og [[Tesla|ORG]] får kritikk av [[Oljefondet|ORG]] for lønnspakken til toppsjefen.
[[Oslo|PLACE]] (NTB): [[Posten Bring|ORG]] vil legge ned 60 postkontorer og kutte postombæringen til annenhver dag.
[[Oslo|PLACE]] (NTB): [[Vinmonopolet|ORG]] solgte mindre alkohol i fjor enn året før, viser årsrapporten.
[[Kongsberg|PLACE]] (NTB): [[Kongsberg Gruppen|ORG]] har fått en ny kontrakt på missiler til [[Tyskland|PLACE]] verdt 8 milliarder kroner.
[[Oslo|PLACE]] (NTB): Bensinprisen passerte 23 kroner literen i helgen, det høyeste nivået på to år.
[[Oslo|PLACE]] (NTB): Skipsreder [[John Fredriksen|PERSON]] topper igjen listen over [[Norges|PLACE]] rikeste.
[[Oslo|PLACE]] (NTB): Konkursene økte med 30 prosent i første kvartal, særlig i bygg og anlegg.
[[Oslo|PLACE]] (NTB): [[Storebrand|ORG]] trekker seg ut av selskaper som bidrar til avskoging i [[Brasil|PLACE]].
[[Ålesund|PLACE]] (NTB): Verftet [[Ulstein|ORG]] har fått ordre på to nye skip fra et rederi i [[Hellas|PLACE]].
[[Oslo|PLACE]] (NTB): [[Statkraft|ORG]] kutter investeringene i havvind og tar en nedskrivning på 10 milliarder kroner.
[[Oslo|PLACE]] (NTB): [[NHO|ORG]] mener lønnsveksten må holdes under 4 prosent neste år.
[[Tokyo|PLACE]] (NTB): [[Toyota|ORG]] tilbakekaller en halv million biler på grunn av feil i kollisjonsputene.
[[Oslo|PLACE]] (NTB): Kronen styrket seg kraftig mandag morgen, og analytikerne peker på høyere oljepris.
[[Oslo|PLACE]] (NTB): Samferdselsselskapet [[Vy|ORG]] har vunnet anbudet på togtrafikken mellom [[Oslo|PLACE]] og [[Stockholm|PLACE]].
[[Oslo|PLACE]] (NTB): Forbrukerne handlet for mer på nett enn noen gang i november, ifølge [[Virke|ORG]].
# rett og kriminalitet
[[Oslo|PLACE]] (NTB): En 34 år gammel mann er dømt til 16 års fengsel for drapet på en kvinne i [[Groruddalen|PLACE]] i fjor.
[[Oslo|PLACE]] (NTB): [[Høyesterett|ORG]] har avvist anken fra staten i saken om vindturbinene på [[Fosen|PLACE]].
[[Oslo|PLACE]] (NTB): Rettssaken mot [[Marius Borg Høiby|PERSON]] starter i [[Oslo tingrett|ORG]] mandag.
[[Bergen|PLACE]] (NTB): [[Gulating lagmannsrett|ORG]] skjerpet straffen for de to brødrene som ble dømt for grov narkotikakriminalitet.
[[Oslo|PLACE]] (NTB): [[Økokrim|ORG]] har siktet en tidligere bankdirektør for grov korrupsjon.
[[Oslo|PLACE]] (NTB): [[Kripos|ORG]] bistår [[Vest politidistrikt|ORG]] i etterforskningen av dødsfallet i [[Florø|PLACE]].
[[Oslo|PLACE]] (NTB): [[PST|ORG]] hever ikke trusselnivået, men ber folk være oppmerksomme.
[[Oslo|PLACE]] (NTB): En mann i 20-årene ble pågrepet natt til søndag etter et knivstikkingsdrama på [[Grünerløkka|PLACE]].
[[Trondheim|PLACE]] (NTB): Politiet i [[Trøndelag|PLACE]] leter etter to menn som ranet en butikk på [[Heimdal|PLACE]] med kniv.
[[Oslo|PLACE]] (NTB): Forsvarer [[John Christian Elden|PERSON]] sier klienten vil anke dommen umiddelbart.
[[Oslo|PLACE]] (NTB): Aktor la ned påstand om forvaring i 21 år, med en minstetid på ti år.
[[Stavanger|PLACE]] (NTB): [[Sør-Rogaland tingrett|ORG]] frifant en lege som var tiltalt for grov uaktsomhet.
[[Oslo|PLACE]] (NTB): Riksadvokat [[Jørn Sigurd Maurud|PERSON]] ber politiet prioritere saker om vold i nære relasjoner.
[[Oslo|PLACE]] (NTB): Politiet har beslaglagt 300 kilo kokain i en container på havna, det største beslaget noensinne.
[[Kristiansand|PLACE]] (NTB): En 17-åring er siktet for drapsforsøk etter skyting i sentrum lørdag kveld.
[[Oslo|PLACE]] (NTB): [[Borgarting lagmannsrett|ORG]] har opphevet dommen mot den tidligere ordføreren i [[Lørenskog|PLACE]].
[[Strasbourg|PLACE]] (NTB): [[Den europeiske menneskerettsdomstolen|ORG]] har dømt [[Norge|PLACE]] for brudd på retten til familieliv.
[[Oslo|PLACE]] (NTB): [[Spesialenheten for politisaker|ORG]] etterforsker en politibetjent etter en pågripelse i [[Sandvika|PLACE]].
[[Tromsø|PLACE]] (NTB): [[Nord-Troms og Senja tingrett|ORG]] dømte en fisker til bot for ulovlig fangst av kongekrabbe.
[[Oslo|PLACE]] (NTB): Politiadvokat [[Andreas Kruszewski|PERSON]] sier de ikke utelukker flere pågripelser i saken.
[[Oslo|PLACE]] (NTB): To personer er pågrepet etter at en minibank ble sprengt i natt.
[[Drammen|PLACE]] (NTB): [[Sør-Øst politidistrikt|ORG]] advarer mot en bølge av svindelforsøk rettet mot eldre.
[[Oslo|PLACE]] (NTB): Kvinnen forklarte i retten at hun ikke kjente igjen tiltalte fra før.
[[Oslo|PLACE]] (NTB): [[Datatilsynet|ORG]] gir [[Meta|ORG]] dagsbøter på en million kroner for ulovlig bruk av persondata.
[[Oslo|PLACE]] (NTB): Tidligere politimann [[Eirik Jensen|PERSON]] får ikke saken sin gjenopptatt, bestemmer [[Gjenopptakelseskommisjonen|ORG]].
[[Haag|PLACE]] (NTB): [[Den internasjonale domstolen|ORG]] har startet høringene i klimasaken som er reist av [[Vanuatu|PLACE]].
[[Washington|PLACE]] (NTB): [[USAs høyesterett|ORG]] skal avgjøre om presidenten kan innføre toll uten samtykke fra [[Kongressen|ORG]].
[[Oslo|PLACE]] (NTB): Tiltalte nektet straffskyld da saken startet i tingretten tirsdag.
[[Bodø|PLACE]] (NTB): [[Salten og Lofoten tingrett|ORG]] dømte en mann til fire års fengsel for overgrep mot barn.
[[Oslo|PLACE]] (NTB): Regjeringen vil gi [[Tolletaten|ORG]] nye fullmakter for å stanse smugling av våpen.
[[Oslo|PLACE]] (NTB): Over 40 personer er siktet etter at politiet slo til mot et kriminelt nettverk i [[Oslo|PLACE]] og [[Viken|PLACE]].
[[Oslo|PLACE]] (NTB): En mann er dømt til forvaring for drapet på sin tidligere samboer i [[Tønsberg|PLACE]].
[[Oslo|PLACE]] (NTB): [[Kriminalomsorgen|ORG]] melder om stor mangel på fengselsplasser, og flere hundre venter på soning.
[[Stockholm|PLACE]] (NTB): Svensk politi har pågrepet en nordmann mistenkt for å ha deltatt i et sprengningsangrep i [[Uppsala|PLACE]].
[[Oslo|PLACE]] (NTB): [[Advokatforeningen|ORG]] reagerer på at regjeringen vil kutte i salærsatsene.
[[Hamar|PLACE]] (NTB): [[Innlandet politidistrikt|ORG]] etterlyser en 15 år gammel jente som har vært savnet siden fredag.
[[Oslo|PLACE]] (NTB): Påtalemyndigheten har besluttet å henlegge saken etter bevisets stilling.
[[Oslo|PLACE]] (NTB): [[Sivilombudet|ORG]] kritiserer [[UDI|ORG]] for lang saksbehandlingstid i asylsaker.
[[Oslo|PLACE]] (NTB): Advokat [[Mette Yvonne Larsen|PERSON]] representerer de etterlatte i saken mot staten.
[[Sarpsborg|PLACE]] (NTB): En mann i 50-årene er siktet for grov mishandling etter en hendelse i [[Fredrikstad|PLACE]] søndag.
[[Oslo|PLACE]] (NTB): [[Norsk Tipping|ORG]] har anmeldt et utenlandsk spillselskap for ulovlig markedsføring.
[[Paris|PLACE]] (NTB): En fransk domstol har dømt tidligere president [[Nicolas Sarkozy|PERSON]] til fem års fengsel.
[[Oslo|PLACE]] (NTB): Saken er berammet til fem uker, og over 60 vitner skal forklare seg.
# sport
[[Manchester|PLACE]] (NTB): [[Erling Braut Haaland|PERSON]] scoret to mål da [[Manchester City|ORG]] slo [[Arsenal|ORG]] 3-1 søndag.
[[Oslo|PLACE]] (NTB): [[Martin Ødegaard|PERSON]] er tilbake i landslagstroppen foran VM-kvalifiseringen mot [[Italia|PLACE]].
[[Trondheim|PLACE]] (NTB): [[Johannes Høsflot Klæbo|PERSON]] vant sprinten i [[VM|EVENT]] på [[Granåsen|PLACE]] foran et jublende hjemmepublikum.
[[Oslo|PLACE]] (NTB): [[Therese Johaug|PERSON]] gjør comeback og går 30 kilometer i [[Holmenkollen|EVENT]] til helgen.
[[Bodø|PLACE]] (NTB): [[Bodø/Glimt|ORG]] sikret avansement i [[Champions League|EVENT]] etter 2-0 over [[Benfica|ORG]] på [[Aspmyra|PLACE]].
[[Oslo|PLACE]] (NTB): [[Karsten Warholm|PERSON]] løp inn til europarekord på 400 meter hekk under [[Bislett Games|EVENT]].
[[Paris|PLACE]] (NTB): [[Casper Ruud|PERSON]] er klar for kvartfinalen i [[Roland-Garros|EVENT]] etter seier i fire sett.
[[Oslo|PLACE]] (NTB): [[Jakob Ingebrigtsen|PERSON]] må stå over innendørssesongen på grunn av en akillesskade.
[[Kitzbühel|PLACE]] (NTB): [[Aleksander Aamodt Kilde|PERSON]] endte på tredjeplass i utforrennet lørdag.
[[Trondheim|PLACE]] (NTB): [[Rosenborg|ORG]] har sparket trener [[Alfred Johansson|PERSON]] etter fem strake tap.
[[Oslo|PLACE]] (NTB): Landslagssjef [[Ståle Solbakken|PERSON]] tok ut tre debutanter til kampene mot [[Moldova|PLACE]] og [[Estland|PLACE]].
[[Lillehammer|PLACE]] (NTB): Skiskytterne åpnet sesongen med norsk trippel på sprinten.
[[Oslo|PLACE]] (NTB): [[Magnus Carlsen|PERSON]] vant [[Norway Chess|EVENT]] for sjette gang etter remis i siste parti.
[[Molde|PLACE]] (NTB): [[Molde|ORG]] tapte 1-2 hjemme mot [[Brann|ORG]] og er nå seks poeng bak serielederen.
[[Oslo|PLACE]] (NTB): [[Ada Hegerberg|PERSON]] og [[Caroline Graham Hansen|PERSON]] er klare for [[EM|EVENT]] i [[Sveits|PLACE]].
[[Zürich|PLACE]] (NTB): [[FIFA|ORG]] bekrefter at [[Norge|PLACE]] er kvalifisert til [[VM|EVENT]] for første gang siden 1998.
[[Oslo|PLACE]] (NTB): Det ble ingen norsk medalje på fellesstarten, der vinden skapte store problemer for utøverne.
[[Paris|PLACE]] (NTB): [[Tadej Pogačar|PERSON]] tok sin fjerde sammenlagtseier i [[Tour de France|EVENT]].
[[Oslo|PLACE]] (NTB): [[Norges Fotballforbund|ORG]] vil ikke boikotte kampen mot [[Israel|PLACE]], sier fotballpresident [[Lise Klaveness|PERSON]].
[[Innsbruck|PLACE]] (NTB): [[Jarl Magnus Riiber|PERSON]] sikret gull i kombinert og avsluttet karrieren på topp.
[[Oslo|PLACE]] (NTB): [[Vålerenga|ORG]] rykker opp til [[Eliteserien|ORG]] etter seier borte mot [[Kongsvinger|ORG]].
[[Stavanger|PLACE]] (NTB): Håndballjentene slo [[Danmark|PLACE]] 29-27 i en dramatisk semifinale.
[[Oslo|PLACE]] (NTB): Landslagssjef [[Ole Gustav Gjekstad|PERSON]] har tatt ut [[Henny Reistad|PERSON]] og [[Katrine Lunde|PERSON]] til mesterskapet.
[[Augusta|PLACE]] (NTB): [[Viktor Hovland|PERSON]] ligger på delt femteplass etter første runde i [[The Masters|EVENT]].
[[Oslo|PLACE]] (NTB): [[Sturla Holm Lægreid|PERSON]] vant jaktstarten foran [[Johannes Thingnes Bø|PERSON]] i [[Östersund|PLACE]].
[[Oslo|PLACE]] (NTB): Hoppgutta endte på andreplass i lagkonkurransen, bare slått av [[Østerrike|PLACE]].
[[Hamar|PLACE]] (NTB): Skøyteløper [[Peder Kongshaug|PERSON]] satte personlig rekord på 1500 meter i [[Vikingskipet|PLACE]].
[[Oslo|PLACE]] (NTB): [[Lillestrøm|ORG]] har hentet spissen [[Thomas Lehne Olsen|PERSON]] tilbake fra [[Sverige|PLACE]].
[[Oslo|PLACE]] (NTB): [[Norges idrettsforbund|ORG]] ber regjeringen om mer penger til anlegg i distriktene.
[[Tromsø|PLACE]] (NTB): [[Tromsø IL|ORG]] og [[Viking|ORG]] spilte 2-2 i en kamp med fire mål etter pause.
[[Melbourne|PLACE]] (NTB): [[Novak Djokovic|PERSON]] trakk seg fra [[Australian Open|EVENT]] med en muskelskade.
[[Oslo|PLACE]] (NTB): Etter en svak sesong melder landslagsløperen at hun tar en pause fra idretten.
[[Madrid|PLACE]] (NTB): [[Kylian Mbappé|PERSON]] sendte [[Real Madrid|ORG]] videre med et hattrick mot [[Atlético Madrid|ORG]].
[[Lahti|PLACE]] (NTB): [[Heidi Weng|PERSON]] ble nummer to på 10 kilometer bak amerikanske [[Jessie Diggins|PERSON]].
[[Oslo|PLACE]] (NTB): [[Kristian Blummenfelt|PERSON]] og [[Gustav Iden|PERSON]] stiller begge i [[Ironman-VM|EVENT]] på [[Hawaii|PLACE]].
[[Oslo|PLACE]] (NTB): [[Henrik Kristoffersen|PERSON]] kjørte ut i første omgang av slalåmrennet i [[Schladming|PLACE]].
[[Oslo|PLACE]] (NTB): Sandefjord-keeperen reddet straffe i overtiden og sikret klubben ett poeng.
[[Doha|PLACE]] (NTB): Svømmeren [[Henrik Christiansen|PERSON]] tok bronse på 800 meter fri i [[VM|EVENT]].
[[Oslo|PLACE]] (NTB): [[TV 2|ORG]] har sikret seg rettighetene til [[Premier League|ORG]] fram til 2031.
[[Lausanne|PLACE]] (NTB): [[Den internasjonale olympiske komité|ORG]] har tildelt [[vinter-OL|EVENT]] i 2034 til [[Salt Lake City|PLACE]].
[[Oslo|PLACE]] (NTB): Langrennsløperne får ikke bruke fluor i skismøringen, slår det internasjonale skiforbundet fast.
[[Sarpsborg|PLACE]] (NTB): [[Sarpsborg 08|ORG]] har ansatt en ny sportssjef fra [[Danmark|PLACE]].
[[Oslo|PLACE]] (NTB): [[Birkebeinerrennet|EVENT]] ble avlyst på grunn av snømangel for første gang på 20 år.
[[Oslo|PLACE]] (NTB): Over 2000 lag fra 50 land deltar i [[Norway Cup|EVENT]] på [[Ekebergsletta|PLACE]] denne uka.
[[Los Angeles|PLACE]] (NTB): [[OL|EVENT]] i 2028 får flere nye øvelser, blant dem cricket og flaggfotball.
[[Oslo|PLACE]] (NTB): [[Marit Bjørgen|PERSON]] blir ny ekspertkommentator for [[NRK|ORG]] under [[vinter-OL|EVENT]].
[[Drammen|PLACE]] (NTB): [[Drammen HK|ORG]] er klar for finalen i sluttspillet etter seier over [[Elverum|ORG]].
[[Oslo|PLACE]] (NTB): [[Lucas Braathen|PERSON]], som nå kjører for [[Brasil|PLACE]], vant storslalåmen i [[Alta Badia|PLACE]].
[[Liverpool|PLACE]] (NTB): Manager [[Arne Slot|PERSON]] sier [[Liverpool|ORG]] må forbedre forsvarsspillet før møtet med [[Chelsea|ORG]].
[[Oslo|PLACE]] (NTB): Landslaget trente for første gang på den nye kunstgresset i hovedstaden.
[[Oslo|PLACE]] (NTB): [[Ingrid Kristiansen|PERSON]] og [[Grete Waitz|PERSON]] er blant de største i norsk friidrettshistorie.
# kultur og medier
[[Oslo|PLACE]] (NTB): Forfatteren [[Jon Fosse|PERSON]] er nominert til [[Nordisk råds|ORG]] litteraturpris for sin nye roman.
[[Oslo|PLACE]] (NTB): [[Renate Reinsve|PERSON]] spiller hovedrollen i den nye filmen til regissør [[Joachim Trier|PERSON]].
[[Cannes|PLACE]] (NTB): Filmen «Sentimental Value» fikk stående applaus i over ti minutter etter visningen lørdag.
[[Oslo|PLACE]] (NTB): [[Nasjonalmuseet|ORG]] har kjøpt et maleri av [[Harriet Backer|PERSON]] for 25 millioner kroner.
[[Oslo|PLACE]] (NTB): [[Munchmuseet|ORG]] hadde over en million besøkende i fjor, flere enn noen gang.
[[Bergen|PLACE]] (NTB): [[Festspillene i Bergen|EVENT]] åpner onsdag med en ny opera bestilt av [[Den Nationale Scene|ORG]].
[[Oslo|PLACE]] (NTB): Artisten [[Sigrid|PERSON]] slipper nytt album og legger ut på turné i [[Europa|PLACE]] til høsten.
[[Oslo|PLACE]] (NTB): [[Kygo|PERSON]] fyller [[Ullevaal stadion|PLACE]] to kvelder på rad i juni.
[[Oslo|PLACE]] (NTB): Årets [[Melodi Grand Prix|EVENT]] får tolv deltakere, opplyser [[NRK|ORG]].
[[Basel|PLACE]] (NTB): [[Norge|PLACE]] havnet på 18. plass i finalen av [[Eurovision Song Contest|EVENT]] lørdag kveld.
[[Oslo|PLACE]] (NTB): Kulturminister [[Lubna Jaffery|PERSON]] vil øke bevilgningene til frivilligheten med 300 millioner kroner.
[[Oslo|PLACE]] (NTB): [[Øyafestivalen|EVENT]] er utsolgt for femte år på rad, og arrangørene venter 85.000 publikummere.
[[Oslo|PLACE]] (NTB): [[Karl Ove Knausgård|PERSON]] kommer med det siste bindet i romanserien i oktober.
[[Oslo|PLACE]] (NTB): Bokhandlene solgte flere bøker i fjor enn året før, og særlig krim gikk godt.
[[Oslo|PLACE]] (NTB): [[Jo Nesbø|PERSON]] topper bestselgerlistene i [[Tyskland|PLACE]] med sin nye krimroman.
[[Oslo|PLACE]] (NTB): [[Den Norske Opera & Ballett|ORG]] må kutte to oppsetninger etter et økonomisk underskudd.
[[Los Angeles|PLACE]] (NTB): [[Joachim Trier|PERSON]] er nominert til [[Oscar-utdelingen|EVENT]] for beste manus.
[[Oslo|PLACE]] (NTB): [[Aftenposten|ORG]] og [[VG|ORG]] innfører ny betalingsmur for nettavisene.
[[Oslo|PLACE]] (NTB): Kringkastingssjef [[Vibeke Fürst Haugen|PERSON]] sier [[NRK|ORG]] må spare 200 millioner kroner neste år.
[[Oslo|PLACE]] (NTB): Den nye dramaserien på [[NRK|ORG]] er spilt inn i [[Lofoten|PLACE]] og på [[Svalbard|PLACE]].
[[Trondheim|PLACE]] (NTB): [[Olavsfestdagene|EVENT]] hadde rekordbesøk, og over 100.000 mennesker var innom festivalområdet.
[[Oslo|PLACE]] (NTB): Skuespilleren [[Liv Ullmann|PERSON]] får ærespris under [[Amandaprisen|EVENT]] i [[Haugesund|PLACE]].
[[Oslo|PLACE]] (NTB): Artisten [[Aurora|PERSON]] er blant hovedartistene på [[Roskildefestivalen|EVENT]] i sommer.
[[Oslo|PLACE]] (NTB): Musikeren døde søndag, 78 år gammel, opplyser familien.
[[Oslo|PLACE]] (NTB): [[Det Norske Teatret|ORG]] setter opp «Peer Gynt» med [[Ane Dahl Torp|PERSON]] i en av hovedrollene.
[[Oslo|PLACE]] (NTB): [[E24|ORG]], som eies av [[Schibsted|ORG]], får ny ansvarlig redaktør.
[[Oslo|PLACE]] (NTB): [[Kulturrådet|ORG]] gir støtte til 45 nye prosjekter innen samtidskunst.
[[London|PLACE]] (NTB): Den norske forfatteren [[Maja Lunde|PERSON]] er oversatt til over 40 språk.
[[Oslo|PLACE]] (NTB): [[Spellemannprisen|EVENT]] deles ut på [[Oslo Spektrum|PLACE]] fredag, og [[Girl in Red|PERSON]] har flest nominasjoner.
[[Oslo|PLACE]] (NTB): Kinobesøket økte med 12 prosent i fjor, viser tall fra [[Film & Kino|ORG]].
[[Oslo|PLACE]] (NTB): Maleriet «Skrik» av [[Edvard Munch|PERSON]] stilles ut i [[Tokyo|PLACE]] neste år.
[[Oslo|PLACE]] (NTB): Strømmetjenesten [[Netflix|ORG]] skal lage en serie om [[Roald Amundsen|PERSON]] og kappløpet til [[Sydpolen|PLACE]].
[[Oslo|PLACE]] (NTB): Norske forlag frykter at momsfritaket for bøker skal forsvinne.
[[Stockholm|PLACE]] (NTB): [[Svenska Akademien|ORG]] offentliggjør årets nobelpris i litteratur torsdag klokka 13.
[[Oslo|PLACE]] (NTB): [[Kjetil Bjørnstad|PERSON]] holder konsert i [[Oslo domkirke|PLACE]] julaften.
[[Molde|PLACE]] (NTB): [[Moldejazz|EVENT]] har fått ny festivalsjef etter et turbulent år.
[[Oslo|PLACE]] (NTB): [[Medietilsynet|ORG]] vil se nærmere på om influensere bryter reglene for skjult reklame.
[[Oslo|PLACE]] (NTB): [[Dagbladet|ORG]] har sagt opp 15 journalister som følge av fallende annonseinntekter.
[[Oslo|PLACE]] (NTB): Rapperen [[Kamelen|PERSON]] er tatt ut til å representere kommunen på landsfestivalen.
[[Oslo|PLACE]] (NTB): Danseforestillingen høstet gode kritikker, og det er satt opp ekstraforestillinger i desember.
[[Oslo|PLACE]] (NTB): [[Nationaltheatret|ORG]] stenger i fem år for oppussing, og forestillingene flyttes til [[Tullinløkka|PLACE]].
# vær
[[Oslo|PLACE]] (NTB): [[Meteorologisk institutt|ORG]] har sendt ut oransje farevarsel for kraftig regn på [[Vestlandet|PLACE]].
[[Bergen|PLACE]] (NTB): Det kom 95 millimeter nedbør i løpet av et døgn, og flere veier er stengt på grunn av flom.
[[Tromsø|PLACE]] (NTB): Meteorologene venter sterk kuling og snøbyger i [[Troms|PLACE]] og [[Finnmark|PLACE]] fra tirsdag kveld.
[[Oslo|PLACE]] (NTB): Juli ble den varmeste måneden som noen gang er målt i [[Norge|PLACE]], ifølge [[Meteorologisk institutt|ORG]].
[[Oslo|PLACE]] (NTB): Det blir sol og opptil 28 grader på [[Østlandet|PLACE]] i helgen, mens det regner i nord.
[[Oslo|PLACE]] (NTB): [[NVE|ORG]] varsler stor fare for snøskred i fjellet i [[Sunnmøre|PLACE]] og [[Romsdal|PLACE]].
[[Lillehammer|PLACE]] (NTB): Kulderekorden for november ble slått natt til onsdag, da termometeret viste 38 minusgrader i [[Kautokeino|PLACE]].
[[Oslo|PLACE]] (NTB): Tørken gjør at bøndene på [[Jæren|PLACE]] frykter for avlingene.
[[Oslo|PLACE]] (NTB): Det har vært en mild og våt vinter, og mange skianlegg har ikke fått åpnet.
[[Kristiansand|PLACE]] (NTB): Kraftige vindkast veltet trær over strømlinjene, og 20.000 kunder på [[Sørlandet|PLACE]] er uten strøm.
[[Oslo|PLACE]] (NTB): Statsmeteorologen tror det blir en grønn jul for store deler av landet.
[[Bodø|PLACE]] (NTB): Fergene mellom [[Bodø|PLACE]] og [[Lofoten|PLACE]] er innstilt på grunn av stormen.
[[Oslo|PLACE]] (NTB): [[Statens vegvesen|ORG]] stenger [[E16|PLACE]] over [[Filefjell|PLACE]] på grunn av snøfokk.
[[Oslo|PLACE]] (NTB): Pollenvarselet viser høye konsentrasjoner av bjørk i hele [[Sør-Norge|PLACE]] denne uka.
[[Trondheim|PLACE]] (NTB): Isen på [[Jonsvatnet|PLACE]] er fortsatt for tynn til å gå på, advarer brannvesenet.
[[Oslo|PLACE]] (NTB): Hetebølgen i [[Sør-Europa|PLACE]] har ført til temperaturer på over 45 grader i [[Spania|PLACE]] og [[Portugal|PLACE]].
[[Oslo|PLACE]] (NTB): Den kalde luften fra øst gir knallhard frost i natt, og det kan bli glatt på veiene.
[[Hammerfest|PLACE]] (NTB): Det ble målt 30 grader i [[Finnmark|PLACE]] lørdag, noe som er svært uvanlig så langt nord.
[[Oslo|PLACE]] (NTB): [[Klimaservicesenteret|ORG]] venter flere episoder med styrtregn i årene framover.
[[Oslo|PLACE]] (NTB): Vannstanden i [[Mjøsa|PLACE]] er den høyeste siden storflommen i 1995.
[[Oslo|PLACE]] (NTB): Vinden løyer utover kvelden, og i morgen blir det pent vær i hele landet.
[[Oslo|PLACE]] (NTB): Meteorologene kan ikke utelukke tordenbyger i ettermiddag, særlig i innlandet.
[[Voss|PLACE]] (NTB): Det har kommet over en meter nysnø i fjellet, og [[Myrkdalen|PLACE]] åpner skisesongen allerede i november.
[[Oslo|PLACE]] (NTB): Nordlyset var synlig helt sør til [[Kristiansand|PLACE]] natt til fredag.
[[Oslo|PLACE]] (NTB): Det ble målt vindkast på 40 meter per sekund på [[Utsira|PLACE]] søndag.
[[Oslo|PLACE]] (NTB): Klimaforskerne ved [[Cicero|ORG]] mener sommerens hete er et tegn på det som kommer.
[[Oslo|PLACE]] (NTB): Det er ventet minusgrader og klarvær resten av uka.
[[Ålesund|PLACE]] (NTB): Flere hytter i [[Møre og Romsdal|PLACE]] er evakuert på grunn av fare for jordskred.
# ulykker og katastrofer
[[Gjerdrum|PLACE]] (NTB): Fem år etter kvikkleireskredet er det fortsatt familier som ikke har fått flytte tilbake.
[[Oslo|PLACE]] (NTB): To personer omkom da et småfly styrtet i et skogområde i [[Ringerike|PLACE]] søndag ettermiddag.
[[Bergen|PLACE]] (NTB): En mann i 60-årene døde i en trafikkulykke på [[E39|PLACE]] ved [[Os|PLACE]] natt til lørdag.
[[Oslo|PLACE]] (NTB): [[Hovedredningssentralen|ORG]] leter etter en savnet fisker utenfor [[Vardø|PLACE]].
[[Ankara|PLACE]] (NTB): Et jordskjelv med styrke 6,8 rammet det østlige [[Tyrkia|PLACE]] natt til mandag, og minst 40 er omkommet.
[[Tokyo|PLACE]] (NTB): En tsunamivarsling ble sendt ut for kysten av [[Hokkaido|PLACE]] etter et kraftig jordskjelv.
[[Oslo|PLACE]] (NTB): Brannvesenet fikk kontroll over brannen i leilighetsbygget etter fire timer, og ingen ble alvorlig skadd.
[[Los Angeles|PLACE]] (NTB): Skogbrannene i [[California|PLACE]] har ødelagt over 10.000 bygninger, opplyser brannmyndighetene.
[[Ålesund|PLACE]] (NTB): Et cruiseskip fikk motorstans utenfor [[Hustadvika|PLACE]], og over 1300 passasjerer ble evakuert med helikopter.
[[Oslo|PLACE]] (NTB): [[Havarikommisjonen|ORG]] har startet undersøkelser etter togavsporingen ved [[Nesbyen|PLACE]].
[[Dhaka|PLACE]] (NTB): Flommen i [[Bangladesh|PLACE]] har gjort over to millioner mennesker hjemløse.
[[Oslo|PLACE]] (NTB): En 12 år gammel gutt ble fløyet til sykehus etter å ha falt gjennom isen på et vann i [[Nittedal|PLACE]].
[[Longyearbyen|PLACE]] (NTB): Et snøskred tok med seg to hus i [[Longyearbyen|PLACE]], men alle beboerne kom seg ut i tide.
[[Oslo|PLACE]] (NTB): Det brøt ut brann i et fjøs natt til torsdag, og 80 kyr omkom.
[[Roma|PLACE]] (NTB): Vulkanen [[Etna|PLACE]] på [[Sicilia|PLACE]] har hatt et nytt utbrudd, og flyplassen i [[Catania|PLACE]] er stengt.
[[Oslo|PLACE]] (NTB): [[Redningsselskapet|ORG]] har hatt rekordmange oppdrag langs kysten i sommer.
[[Stavanger|PLACE]] (NTB): Et helikopter med arbeidere på vei til en plattform i [[Nordsjøen|PLACE]] måtte nødlande.
[[Oslo|PLACE]] (NTB): Sju personer ble sendt til legevakten etter en gasslekkasje på en skole.
[[Manila|PLACE]] (NTB): Tyfonen har drept minst 60 mennesker på [[Filippinene|PLACE]], og mange er fortsatt savnet.
[[Oslo|PLACE]] (NTB): En bil kjørte av veien og ut i [[Randsfjorden|PLACE]], men føreren klarte å ta seg i land.
[[Kathmandu|PLACE]] (NTB): Minst fire fjellklatrere omkom i et snøskred på [[Mount Everest|PLACE]].
[[Oslo|PLACE]] (NTB): [[DSB|ORG]] ber kommunene om å oppdatere beredskapsplanene sine før vinteren.
[[Narvik|PLACE]] (NTB): [[Ofotbanen|PLACE]] er stengt etter at et steinras traff sporet like ved riksgrensen.
[[Oslo|PLACE]] (NTB): Politiet fikk melding om en drukningsulykke ved en badeplass i ettermiddag.
[[Hamar|PLACE]] (NTB): Over 200 mennesker er evakuert etter at [[Glomma|PLACE]] gikk over sine bredder ved [[Elverum|PLACE]].
[[Oslo|PLACE]] (NTB): Ulykken skjedde da en lastebil kolliderte med en buss i en tunnel.
[[Rabat|PLACE]] (NTB): Redningsmannskaper i [[Marokko|PLACE]] leter fortsatt etter overlevende i fjellandsbyene.
[[Oslo|PLACE]] (NTB): Tre ungdommer ble reddet fra en synkende båt av en privat båtfører i [[Oslofjorden|PLACE]].
[[Hønefoss|PLACE]] (NTB): Brannen i skogen sør for byen har spredt seg til et område på 300 mål.
[[Oslo|PLACE]] (NTB): [[Luftambulansetjenesten|ORG]] har hatt flere oppdrag i fjellet i påsken enn på mange år.
[[Kyiv|PLACE]] (NTB): Redningsarbeidere har funnet 12 døde i ruinene av et boligbygg i [[Dnipro|PLACE]].
[[Oslo|PLACE]] (NTB): En person er alvorlig skadd etter en arbeidsulykke på en byggeplass i sentrum.
[[Hobart|PLACE]] (NTB): Det norske cruiseskipet satt fast i isen utenfor [[Antarktis|PLACE]] i to døgn.
[[Oslo|PLACE]] (NTB): [[Norsk Folkehjelp|ORG]] sender et team til [[Afghanistan|PLACE]] etter jordskjelvet.
# vitenskap
[[Oslo|PLACE]] (NTB): Forskere ved [[Universitetet i Oslo|ORG]] har funnet et nytt protein som kan bremse utviklingen av alzheimer.
[[Trondheim|PLACE]] (NTB): [[NTNU|ORG]] får 200 millioner kroner til et nytt senter for batteriforskning.
[[Tromsø|PLACE]] (NTB): Havforskere ved [[UiT Norges arktiske universitet|ORG]] har målt rekordlav isutbredelse i [[Polhavet|PLACE]].
[[Bergen|PLACE]] (NTB): [[Havforskningsinstituttet|ORG]] anbefaler en kraftig reduksjon i torskekvoten i [[Barentshavet|PLACE]].
[[Oslo|PLACE]] (NTB): Nobelprisvinnerne [[May-Britt Moser|PERSON]] og [[Edvard Moser|PERSON]] har fått ny millionstøtte fra [[Forskningsrådet|ORG]].
[[Pasadena|PLACE]] (NTB): [[NASA|ORG]] har mistet kontakten med en av sondene som går i bane rundt [[Mars|PLACE]].
[[Andøya|PLACE]] (NTB): Den første romraketten fra [[Andøya Spaceport|PLACE]] styrtet i havet etter 40 sekunder.
[[Oslo|PLACE]] (NTB): Forskerne fant spor av mikroplast i samtlige prøver fra fjorden.
[[Genève|PLACE]] (NTB): Fysikerne ved [[CERN|ORG]] har påvist en partikkel som kan utfordre standardmodellen.
[[Oslo|PLACE]] (NTB): En ny studie viser at unge sover nesten en time mindre enn for 20 år siden.
[[Stavanger|PLACE]] (NTB): Arkeologer har funnet et vikingskip begravd under en åker i [[Rogaland|PLACE]].
[[Oslo|PLACE]] (NTB): [[Norsk Romsenter|ORG]] og [[ESA|ORG]] skal samarbeide om en ny satellitt for overvåking av havområdene i nord.
[[Ås|PLACE]] (NTB): Forskere ved [[NMBU|ORG]] har utviklet en hvetesort som tåler tørke bedre.
[[Oslo|PLACE]] (NTB): Kunstig intelligens kan gjøre mange kontorjobber overflødige innen ti år, ifølge en ny rapport.
[[Paris|PLACE]] (NTB): [[Unesco|ORG]] har innlemmet [[Vegaøyan|PLACE]] og bergkunsten i [[Alta|PLACE]] på en ny liste over truet kulturarv.
[[Oslo|PLACE]] (NTB): Teknologiselskapet [[OpenAI|ORG]] og sjef [[Sam Altman|PERSON]] vil åpne et datasenter i [[Narvik|PLACE]].
[[Svalbard|PLACE]] (NTB): Frøhvelvet på [[Svalbard|PLACE]] har tatt imot 30.000 nye frøprøver fra hele verden.
[[Oslo|PLACE]] (NTB): Astronomene kan se fram til en delvis solformørkelse over hele landet i august.
# helse
[[Oslo|PLACE]] (NTB): [[Folkehelseinstituttet|ORG]] melder om en kraftig økning i influensasmitte de siste ukene.
[[Oslo|PLACE]] (NTB): Helsedirektør [[Bjørn Guldvog|PERSON]] ber alle over 65 år ta oppfriskningsdose.
[[Bergen|PLACE]] (NTB): [[Haukeland universitetssjukehus|ORG]] har utsatt 300 operasjoner på grunn av mangel på sykepleiere.
[[Oslo|PLACE]] (NTB): Ventetiden i spesialisthelsetjenesten økte til 78 dager i fjor, viser nye tall.
[[Oslo|PLACE]] (NTB): [[Oslo universitetssykehus|ORG]] tar i bruk en ny robot for kreftoperasjoner.
[[Oslo|PLACE]] (NTB): [[Helsedirektoratet|ORG]] vil fjerne egenandelen for barn og unge under 18 år.
[[Oslo|PLACE]] (NTB): [[Kreftforeningen|ORG]] krever at regjeringen innfører røykfritt generasjonsforbud.
[[Tromsø|PLACE]] (NTB): [[Universitetssykehuset Nord-Norge|ORG]] mangler over 50 leger, og ventelistene vokser.
[[Genève|PLACE]] (NTB): [[Verdens helseorganisasjon|ORG]] erklærer utbruddet av mpox i [[Kongo|PLACE]] som en internasjonal helsekrise.
[[Oslo|PLACE]] (NTB): Stadig flere unge sliter med angst og depresjon, viser en undersøkelse blant elever i videregående skole.
[[Oslo|PLACE]] (NTB): Legemiddelet blir nå tilgjengelig på blå resept for pasienter med alvorlig fedme.
[[Stavanger|PLACE]] (NTB): Fastlegekrisen er størst i [[Nordland|PLACE]], der 40.000 innbyggere står uten fast lege.
[[Oslo|PLACE]] (NTB): [[Legeforeningen|ORG]] advarer mot at sykehusene ikke har nok intensivplasser.
[[Oslo|PLACE]] (NTB): [[Novo Nordisk|ORG]] kutter prisen på fedmemedisinen i [[Norge|PLACE]] og [[Danmark|PLACE]].
[[Kristiansand|PLACE]] (NTB): [[Sørlandet sykehus|ORG]] har fått kritikk av [[Statens helsetilsyn|ORG]] etter et dødsfall i akuttmottaket.
[[Oslo|PLACE]] (NTB): Flere tusen nordmenn reiser hvert år til utlandet for tannbehandling.
[[Oslo|PLACE]] (NTB): Fylkeslegen har åpnet tilsynssak etter at en pasient ble sendt hjem med brudd.
[[Oslo|PLACE]] (NTB): [[Mattilsynet|ORG]] tilbakekaller en rekke pålegg etter funn av listeria.
[[Trondheim|PLACE]] (NTB): [[St. Olavs hospital|ORG]] er først i [[Norden|PLACE]] med en ny behandling mot blodkreft.
[[Oslo|PLACE]] (NTB): [[Norsk Sykepleierforbund|ORG]] sier mangelen på sykepleiere er den største på 30 år.
[[Washington|PLACE]] (NTB): Helseminister [[Robert F. Kennedy Jr.|PERSON]] vil endre de amerikanske vaksineanbefalingene.
[[Oslo|PLACE]] (NTB): Smitteverneksperter tror meslingene kan komme tilbake dersom vaksinasjonsgraden synker.
[[Oslo|PLACE]] (NTB): [[Rusmiddelkomiteen|ORG]] anbefaler at bruk av narkotika ikke lenger straffes.
[[Oslo|PLACE]] (NTB): Blodbanken i [[Oslo|PLACE]] trenger flere givere før sommerferien.
[[Oslo|PLACE]] (NTB): Antall overdosedødsfall gikk ned for andre år på rad, ifølge [[Folkehelseinstituttet|ORG]].
[[Oslo|PLACE]] (NTB): Barneombud [[Inga Bejer Engh|PERSON]] mener barn i psykisk helsevern får for dårlig oppfølging.
# religion
[[Oslo|PLACE]] (NTB): [[Den norske kirke|ORG]] mistet over 20.000 medlemmer i fjor, viser tall fra [[Kirkerådet|ORG]].
[[Vatikanstaten|PLACE]] (NTB): Pave [[Leo XIV|PERSON]] ba om fred i [[Ukraina|PLACE]] og [[Midtøsten|PLACE]] i sin første påskepreken.
[[Oslo|PLACE]] (NTB): Preses [[Olav Fykse Tveit|PERSON]] ber regjeringen om å ta imot flere kvoteflyktninger.
[[Trondheim|PLACE]] (NTB): Over 8000 pilegrimer gikk til [[Nidarosdomen|PLACE]] i sommer, flere enn noen gang.
[[Oslo|PLACE]] (NTB): [[Islamsk Råd Norge|ORG]] har fått ny generalsekretær etter en lang periode med intern strid.
[[Oslo|PLACE]] (NTB): [[Kirkemøtet|ORG]] vedtok med stort flertall å åpne for en ny liturgi for vigsel.
[[Oslo|PLACE]] (NTB): [[Den katolske kirke|ORG]] i [[Norge|PLACE]] har fått en bot på en million kroner for medlemsjuks.
[[Bergen|PLACE]] (NTB): Biskop [[Halvor Nordhaug|PERSON]] går av etter 15 år i [[Bjørgvin bispedømme|ORG]].
[[Mekka|PLACE]] (NTB): Over 1,5 millioner muslimer deltar i årets pilegrimsreise, ifølge saudiarabiske myndigheter.
[[Oslo|PLACE]] (NTB): [[Det Mosaiske Trossamfund|ORG]] ber om økt politivakt ved synagogen i [[Bergstien|PLACE]].
[[Oslo|PLACE]] (NTB): Trossamfunnene får mer statsstøtte neste år etter en endring i tilskuddsordningen.
[[Oslo|PLACE]] (NTB): [[Human-Etisk Forbund|ORG]] har hatt rekordmange konfirmanter i år.
[[Jerusalem|PLACE]] (NTB): Påskefeiringen i [[Gravkirken|PLACE]] foregikk under strenge sikkerhetstiltak.
# arbeidsliv
[[Oslo|PLACE]] (NTB): [[LO|ORG]] og [[NHO|ORG]] kom til enighet i frontfagsoppgjøret natt til torsdag, med en ramme på 4,4 prosent.
[[Oslo|PLACE]] (NTB): [[Fagforbundet|ORG]] varsler streik i barnehagene fra mandag dersom det ikke blir enighet hos riksmekleren.
[[Oslo|PLACE]] (NTB): LO-leder [[Peggy Hessen Følsvik|PERSON]] krever at reallønnsveksten sikres også for pensjonistene.
[[Oslo|PLACE]] (NTB): Riksmekler [[Mats Wilhelm Ruland|PERSON]] har kalt partene inn til mekling i lærerkonflikten.
[[Oslo|PLACE]] (NTB): [[Unio|ORG]] bryter forhandlingene med staten, og 10.000 ansatte kan gå ut i streik.
[[Stavanger|PLACE]] (NTB): [[Industri Energi|ORG]] har tatt ut 400 oljearbeidere i streik på sokkelen.
[[Oslo|PLACE]] (NTB): [[Utdanningsforbundet|ORG]] avviser tilbudet fra [[KS|ORG]] og trapper opp streiken.
[[Oslo|PLACE]] (NTB): Sykefraværet steg til 6,8 prosent i andre kvartal, det høyeste på 15 år.
[[Oslo|PLACE]] (NTB): [[Arbeidstilsynet|ORG]] fant grove brudd på arbeidsmiljøloven ved halvparten av byggeplassene de kontrollerte.
[[Oslo|PLACE]] (NTB): Arbeidsminister [[Kjersti Stenseng|PERSON]] vil styrke retten til heltid.
[[Mo i Rana|PLACE]] (NTB): Over 200 ansatte mister jobben når fabrikken legger ned produksjonen ved årsskiftet.
[[Oslo|PLACE]] (NTB): [[YS|ORG]] og [[Akademikerne|ORG]] reagerer på at de ikke ble invitert til møtet om pensjonsreformen.
[[Oslo|PLACE]] (NTB): Streiken er over, og bussene kjører som normalt fra morgendagen.
[[Oslo|PLACE]] (NTB): [[Norsk Arbeidsmandsforbund|ORG]] krever at bemanningsbyråene strammes inn.
[[Oslo|PLACE]] (NTB): Stadig flere eldre står lenger i jobb, og andelen over 67 år i arbeid har doblet seg på ti år.
[[Oslo|PLACE]] (NTB): Piloter i [[Widerøe|ORG]] går ut i streik, og 200 avganger er innstilt.
[[Oslo|PLACE]] (NTB): [[Fellesforbundet|ORG]] og [[Norsk Industri|ORG]] ble enige etter 16 timer på overtid.
[[Oslo|PLACE]] (NTB): Forhandlingene brøt sammen kort tid før midnatt, og partene møtes hos mekleren på mandag.
[[Oslo|PLACE]] (NTB): Ansatte i [[Posten|ORG]] frykter nye nedbemanninger etter at selskapet tapte et stort anbud.
# utdanning
[[Oslo|PLACE]] (NTB): Kunnskapsminister [[Kari Nessa Nordtun|PERSON]] vil ha mobilforbud i alle grunnskoler fra høsten.
[[Oslo|PLACE]] (NTB): Resultatene fra PISA-undersøkelsen viser at norske 15-åringer gjør det dårligere i matematikk.
[[Oslo|PLACE]] (NTB): Søkertallene til lærerutdanningen falt med 10 prosent i år, viser tall fra [[Samordna opptak|ORG]].
[[Bergen|PLACE]] (NTB): [[Universitetet i Bergen|ORG]] har fått ny rektor for første gang på åtte år.
[[Oslo|PLACE]] (NTB): [[OsloMet|ORG]] legger ned tre studieprogrammer etter svak søkning.
[[Oslo|PLACE]] (NTB): [[Utdanningsdirektoratet|ORG]] vil fjerne eksamen i flere fag i videregående skole.
[[Oslo|PLACE]] (NTB): [[Elevorganisasjonen|ORG]] krever gratis skolemat for alle elever i grunnskolen.
[[Kristiansand|PLACE]] (NTB): [[Universitetet i Agder|ORG]] vil bygge nytt campus i sentrum av [[Grimstad|PLACE]].
[[Oslo|PLACE]] (NTB): Høyere utdanning og forskning får et kutt på 300 millioner i forslaget til statsbudsjett.
[[Oslo|PLACE]] (NTB): [[Handelshøyskolen BI|ORG]] og [[NHH|ORG]] topper listen over de mest populære studiestedene for økonomi.
[[Tromsø|PLACE]] (NTB): Studentene ved [[UiT|ORG]] får nye studentboliger på [[Breivika|PLACE]] fra høsten.
[[Oslo|PLACE]] (NTB): Mange barnehager mangler pedagoger, og over 5000 dispensasjoner ble gitt i fjor.
[[Oslo|PLACE]] (NTB): Rektor ved skolen sier elevene skal få tilbud om ekstra undervisning etter lærerstreiken.
[[Oslo|PLACE]] (NTB): [[Norsk studentorganisasjon|ORG]] krever at studiestøtten knyttes til 1,5 G.
[[Oslo|PLACE]] (NTB): Andelen som fullfører videregående skole har aldri vært høyere.
[[Bodø|PLACE]] (NTB): [[Nord universitet|ORG]] vil legge ned studiestedet i [[Nesna|PLACE]] på nytt.
[[Oslo|PLACE]] (NTB): Skolene i [[Oslo|PLACE]] får 100 nye miljøarbeidere for å motvirke vold og mobbing.
# miljø
[[Oslo|PLACE]] (NTB): Klima- og miljøminister [[Andreas Bjelland Eriksen|PERSON]] vil verne store skogområder i [[Trillemarka|PLACE]].
[[Oslo|PLACE]] (NTB): [[Miljødirektoratet|ORG]] gir tillatelse til felling av inntil 25 ulver utenfor ulvesonen.
[[Førde|PLACE]] (NTB): Gruveselskapet [[Nordic Mining|ORG]] kan starte dumping av avfall i [[Førdefjorden|PLACE]].
[[Oslo|PLACE]] (NTB): [[Natur og Ungdom|ORG]] og [[Greenpeace|ORG]] tapte klimasøksmålet mot staten i [[Høyesterett|ORG]].
[[Oslo|PLACE]] (NTB): Utslippene av klimagasser gikk ned med 2,5 prosent i fjor, viser foreløpige tall.
[[Bergen|PLACE]] (NTB): Villaksen i [[Vossovassdraget|PLACE]] er nesten utryddet, og fisket er stengt for tredje år.
[[Oslo|PLACE]] (NTB): [[Naturvernforbundet|ORG]] vil stanse utbyggingen av vindkraft på [[Haramsøya|PLACE]].
[[Belém|PLACE]] (NTB): Klimaforhandlingene under [[COP30|EVENT]] gikk på overtid, og mange land er skuffet over sluttresultatet.
[[Oslo|PLACE]] (NTB): Salget av elbiler utgjorde 96 prosent av nybilsalget i oktober, ifølge [[Opplysningsrådet for Veitrafikken|ORG]].
[[Trondheim|PLACE]] (NTB): Et stort område med sjøfugl er rammet av fugleinfluensa langs kysten av [[Trøndelag|PLACE]].
[[Oslo|PLACE]] (NTB): Regjeringen vil åpne for gruvedrift på havbunnen i [[Norskehavet|PLACE]], til tross for protester.
[[Oslo|PLACE]] (NTB): Flere arter av humler er nå på rødlista, og forskerne slår alarm.
[[Oslo|PLACE]] (NTB): [[WWF|ORG]] anklager oppdrettsnæringen for å forurense fjordene på [[Vestlandet|PLACE]].
[[Oslo|PLACE]] (NTB): [[Bymiljøetaten|ORG]] i hovedstaden vil forby vedfyring på dager med dårlig luft.
[[Alta|PLACE]] (NTB): Reindriftssamene i [[Finnmark|PLACE]] sier de nye kraftlinjene truer beitelandet.
[[Oslo|PLACE]] (NTB): Ti år etter klimaavtalen i [[Paris|PLACE]] er verden langt unna å nå målet om 1,5 grader.
[[Oslo|PLACE]] (NTB): Plastposer skal bli dyrere fra nyttår, og avgiften dobles.
[[Oslo|PLACE]] (NTB): [[Equinor|ORG]] får tillatelse til å bygge ut feltet, og miljøorganisasjonene vil gå til sak.
[[Kirkenes|PLACE]] (NTB): Kongekrabben sprer seg stadig lenger vest og er nå funnet utenfor [[Senja|PLACE]].
# lokalt
[[Gjøvik|PLACE]] (NTB): Kommunestyret i [[Gjøvik|PLACE]] har vedtatt å legge ned to barneskoler.
[[Fredrikstad|PLACE]] (NTB): Den nye brua over [[Glomma|PLACE]] åpner for trafikk i desember.
[[Hamar|PLACE]] (NTB): [[Hamar kommune|ORG]] vil bygge nytt svømmeanlegg ved [[Mjøsa|PLACE]] til 600 millioner kroner.
[[Bodø|PLACE]] (NTB): Den nye flyplassen i [[Bodø|PLACE]] blir forsinket med to år og mer enn en milliard dyrere.
[[Arendal|PLACE]] (NTB): Byen fylles av politikere og næringslivsfolk når [[Arendalsuka|EVENT]] starter mandag.
[[Tønsberg|PLACE]] (NTB): Innbyggerne i [[Vestfold|PLACE]] må betale mer i eiendomsskatt neste år.
[[Lillestrøm|PLACE]] (NTB): Det nye sykehuset på [[Lillestrøm|PLACE]] skal stå ferdig i 2030.
[[Skien|PLACE]] (NTB): [[Telemark fylkeskommune|ORG]] kutter bussrutene på kveldstid i store deler av fylket.
[[Oslo|PLACE]] (NTB): Beboere på [[Tøyen|PLACE]] protesterer mot planene om å bygge et nytt parkeringshus.
[[Sandnes|PLACE]] (NTB): Den gamle kinoen i sentrum skal rives og erstattes med leiligheter.
[[Harstad|PLACE]] (NTB): Ordføreren i [[Harstad|PLACE]] vil ha bedre flytilbud til [[Evenes|PLACE]].
[[Levanger|PLACE]] (NTB): Bøndene i [[Innherred|PLACE]] har samlet inn 2 millioner kroner til et nytt slakteri.
[[Oslo|PLACE]] (NTB): Trikken mellom [[Jernbanetorget|PLACE]] og [[Majorstuen|PLACE]] blir stengt i tre uker i sommer.
[[Molde|PLACE]] (NTB): Innbyggerne i [[Aukra|PLACE]] får gratis ferge fra nyttår.
[[Haugesund|PLACE]] (NTB): Kommunen har gitt grønt lys til en ny gangbro over sundet.
[[Drammen|PLACE]] (NTB): [[Drammen kommune|ORG]] har fått 500 klager på den nye renovasjonsordningen.
[[Steinkjer|PLACE]] (NTB): Innbyggerne i [[Snåsa|PLACE]] har samlet seg om et opprop for å bevare legekontoret.
[[Kongsvinger|PLACE]] (NTB): Det lokale fotballaget har fått penger til ny kunstgressbane.
[[Florø|PLACE]] (NTB): Den nye ferjekaia ble offisielt åpnet av ordføreren fredag.
[[Ski|PLACE]] (NTB): [[Nordre Follo kommune|ORG]] vil bygge 800 nye boliger langs jernbanen.
[[Sogndal|PLACE]] (NTB): Det er funnet rester av en middelalderkirke under torget i [[Kaupanger|PLACE]].
[[Lillehammer|PLACE]] (NTB): Hoppbakken i [[Lysgårdsbakken|PLACE]] skal pusses opp før neste sesong.
[[Oslo|PLACE]] (NTB): Bystyret i [[Oslo|PLACE]] vil stenge [[Karl Johans gate|PLACE]] for all biltrafikk.
[[Bergen|PLACE]] (NTB): Bybanen til [[Åsane|PLACE]] blir 2 milliarder dyrere enn planlagt.
[[Namsos|PLACE]] (NTB): Det har vært et rolig år for brannvesenet i distriktet.
# kongehus, samferdsel, forbruker, folk
[[Oslo|PLACE]] (NTB): Kong [[Harald|PERSON]] og dronning [[Sonja|PERSON]] feirer 90-årsdagen med en folkefest i [[Slottsparken|PLACE]].
[[Oslo|PLACE]] (NTB): Kronprins [[Haakon|PERSON]] og kronprinsesse [[Mette-Marit|PERSON]] reiser på offisielt besøk til [[Japan|PLACE]] i mai.
[[Oslo|PLACE]] (NTB): Prinsesse [[Ingrid Alexandra|PERSON]] har startet på befalsskolen i [[Hærens|ORG]] regi.
[[Oslo|PLACE]] (NTB): [[Slottet|ORG]] opplyser at kongen er sykmeldt resten av uka.
[[Oslo|PLACE]] (NTB): [[Bane NOR|ORG]] stenger [[Drammenbanen|PLACE]] i hele påsken for vedlikehold.
[[Oslo|PLACE]] (NTB): Det var kø på [[E18|PLACE]] ut av hovedstaden i flere timer fredag ettermiddag.
[[Oslo|PLACE]] (NTB): [[Avinor|ORG]] venter rekordmange reisende på [[Oslo lufthavn|PLACE]] i sommerferien.
[[Oslo|PLACE]] (NTB): [[Forbrukerrådet|ORG]] klager [[Apple|ORG]] inn for brudd på markedsføringsloven.
[[Oslo|PLACE]] (NTB): Prisen på kaffe har økt med 40 prosent på ett år, og flere butikker har hatt tomme hyller.
[[Bergen|PLACE]] (NTB): [[Hurtigruten|ORG]] fyller 130 år og markerer jubileet med en seilas fra [[Bergen|PLACE]] til [[Kirkenes|PLACE]].
[[Oslo|PLACE]] (NTB): Over 70.000 personer deltok i barnetoget på nasjonaldagen, det største på ti år.
[[Oslo|PLACE]] (NTB): Eventyreren [[Børge Ousland|PERSON]] har krysset [[Grønlandsisen|PLACE]] på ski på rekordtid.
[[Oslo|PLACE]] (NTB): Fergeselskapet [[Fjord1|ORG]] får 14 nye elferger i løpet av de neste tre årene.
[[Oslo|PLACE]] (NTB): [[Ruter|ORG]] øker billettprisene med 5 prosent fra 1. februar.
[[Oslo|PLACE]] (NTB): Over halvparten av nordmenn planlegger å feriere i [[Norge|PLACE]] i år, viser en ny undersøkelse.
[[Oslo|PLACE]] (NTB): [[Statens vegvesen|ORG]] vil senke fartsgrensen på flere strekninger i [[Agder|PLACE]].
[[Oslo|PLACE]] (NTB): [[Nye Veier|ORG]] har fått klarsignal til å bygge firefelts motorvei mellom [[Kristiansand|PLACE]] og [[Mandal|PLACE]].
[[Oslo|PLACE]] (NTB): Den 104 år gamle kvinnen fra [[Stord|PLACE]] er landets eldste bilist med gyldig førerkort.
[[Oslo|PLACE]] (NTB): Togpassasjerer mellom [[Oslo|PLACE]] og [[Bergen|PLACE]] må belage seg på buss for tog i fire uker.
[[Oslo|PLACE]] (NTB): [[Hjelpemiddelsentralen|ORG]] melder om lange ventetider for rullestoler.
[[Oslo|PLACE]] (NTB): [[Skatteetaten|ORG]] sender ut skattemeldingen til 4,5 millioner nordmenn i mars.
[[Oslo|PLACE]] (NTB): [[Fremtiden i våre hender|ORG]] oppfordrer folk til å kjøpe færre klær i romjulssalget.
[[Oslo|PLACE]] (NTB): Tradisjonen tro tente ordføreren julegrana på [[Universitetsplassen|PLACE]] første søndag i advent.
[[Oslo|PLACE]] (NTB): Det er registrert 9000 flere hunder i år enn i fjor, ifølge [[Dyreregisteret|ORG]].
[[Tromsø|PLACE]] (NTB): Cruisetrafikken til [[Tromsø|PLACE]] har doblet seg på fem år, og kommunen vurderer en egen turistskatt.
[[Oslo|PLACE]] (NTB): [[Politiets fellesforbund|ORG]] frykter at nedleggelsen av lensmannskontorer gir lengre responstid.
[[Oslo|PLACE]] (NTB): [[Norges Røde Kors|ORG]] har samlet inn 80 millioner kroner til ofrene for jordskjelvet.
[[Oslo|PLACE]] (NTB): [[Flytoget|ORG]] hadde den beste punktligheten noensinne i fjor.
[[Oslo|PLACE]] (NTB): [[UDI|ORG]] registrerte 4000 asylsøkere i fjor, de fleste fra [[Syria|PLACE]], [[Eritrea|PLACE]] og [[Afghanistan|PLACE]].
[[Oslo|PLACE]] (NTB): [[Frelsesarmeen|ORG]] deler ut flere matposer enn noen gang før jul.
[[Stockholm|PLACE]] (NTB): [[Volvo|ORG]] og [[Ikea|ORG]] er blant selskapene som vil bygge fabrikker i [[Norrland|PLACE]].
[[Oslo|PLACE]] (NTB): [[Ericsson|ORG]] har fått en stor kontrakt med [[Telia|ORG]] om utbygging av 5G i [[Norge|PLACE]].
[[Göteborg|PLACE]] (NTB): [[Volvo Cars|ORG]] kutter 3000 stillinger, de fleste i [[Sverige|PLACE]].
# uten entiteter
Regjeringen vil legge fram en ny stortingsmelding om beredskap før jul.
Politiet fikk melding om brannen like etter klokka tre natt til søndag.
Statsministeren sier han har full tillit til statsråden.
Ifølge politiet var ingen personer i huset da brannen startet.
Meteorologene melder om kraftig vind langs kysten i hele helgen.
Det norske landslaget tapte 0-2 i den siste treningskampen før mesterskapet.
Renten blir trolig satt ned i desember, tror flere økonomer.
Kommunen må spare 80 millioner kroner, og rådmannen foreslår å legge ned to sykehjem.
Mannen er siktet for grov kroppsskade og ble varetektsfengslet i fire uker.
Forskerne mener funnet kan gi ny kunnskap om hvordan hjernen lagrer minner.
Streiken kan trappes opp allerede fra mandag dersom partene ikke blir enige.
Skolen var stengt i tre dager etter vannlekkasjen.
Det ble en rolig natt for nødetatene, melder operasjonslederen.
Prisene på strøm er ventet å falle utover våren når snøsmeltingen tar til.
Tiltalte erkjente straffskyld for deler av tiltalen.
Tusenvis av mennesker har flyktet fra området etter de siste kampene.
Boligprisene falt for tredje måned på rad, viser ferske tall.
Laget vant den avgjørende kampen etter straffesparkkonkurranse.
Opposisjonen krever at statsråden går av.
Dette er den største nedbemanningen i selskapets historie, sier konsernsjefen.
Helsemyndighetene anbefaler alle i risikogruppene å ta vaksine.
Brannvesenet rykket ut med fire mannskapsbiler.
Det amerikanske selskapet vil investere milliarder i norske datasentre.
Rektor sier skolen tar saken på største alvor.
Flere tusen husstander var uten strøm etter uværet.
Avlingene i år er de dårligeste på over 20 år, ifølge bøndene.
Dommen er ikke rettskraftig, og forsvareren vurderer å anke.
Kirkens ansatte får en lønnsøkning på 4,2 prosent.
Forslaget møter motstand fra flere av partiene på venstresiden.
Etter flere uker med tørke kom endelig regnet.
Utøverne måtte vente i to timer før starten gikk på grunn av tåke.
Bussjåførene vil ikke kjøre uten skillevegg mellom sjåfør og passasjerer.
De to landene har blitt enige om en ny handelsavtale.
Arbeidsledigheten blant unge er fortsatt høyere enn før pandemien.
Statsråden sier hun skal se på saken på nytt.
Politiet ber publikum om tips i forbindelse med forsvinningen.
Budsjettet for neste år inneholder kutt i de fleste departementer.
Kontrakten er verdt over to milliarder kroner og gir arbeid til 300 personer.
Elevene har vært uten lærer i matematikk siden jul.
Over halvparten av de spurte sier de har mindre tillit til politikerne enn før.
Ekspertene tror inflasjonen vil holde seg høy gjennom hele året.
Den svenske treneren har fått sparken etter en svak start på sesongen.
Regjeringen får kritikk for å ha brukt for lang tid på å svare.
Skredfaren er stor, og folk blir frarådet å ferdes i bratt terreng.
Brannen i den gamle trebygningen ble slukket i løpet av natten.
Mange pensjonister merker at matprisene har steget mer enn pensjonen.
Mistenkte ble pågrepet på en adresse i nærheten av åstedet.
Forhandlingene om en våpenhvile har stått stille i flere uker.
Ingen ble skadd i ulykken, men begge bilene er totalvrak.
Kulturlivet får mer penger i det nye budsjettet.
Juryen var enstemmig i sin vurdering av vinneren.
Fiskerne frykter at kvotekuttet vil ramme hele kysten.
Sykehuset har innført besøksforbud på grunn av smitteutbruddet.
Ordføreren beklager at innbyggerne ikke ble varslet tidligere.
Styret har bedt administrasjonen utrede en mulig sammenslåing.
Partiet har falt kraftig på målingene det siste halvåret.
Leietakerne er rasende over husleieøkningen.
Han ble kåret til årets spiller for andre år på rad.
Statsbudsjettet ble vedtatt med knapt flertall sent torsdag kveld.
Flyet måtte snu etter tjue minutter på grunn av tekniske problemer.
Hun er den første kvinnen som leder forbundet.
Det nye bygget skal stå ferdig om tre år, ifølge utbyggeren.
Forsvarsministeren sier det sikkerhetspolitiske bildet er det mest alvorlige siden den kalde krigen.
Etter tre timers mekling ble partene enige om en ny tariffavtale.
Den nye loven trer i kraft 1. juli.
Vaksinen har vist god effekt i kliniske forsøk.
Nesten hver fjerde nordmann har ikke råd til en uforutsett utgift på 10.000 kroner.
Fotballpresidenten ønsker ikke å kommentere saken før styremøtet.
Granskingen viste at sikkerhetsrutinene ikke ble fulgt.
Prestene i bispedømmet har sendt et felles brev til biskopen.
Lærerne mener klassene er blitt for store.
Statens utgifter til flyktninger økte kraftig i fjor.
Regnet gjorde at konserten måtte avlyses.
Ifølge vitner kjørte bilen i høy fart da den traff autovernet.
Flere av de ansatte har vært sykmeldt etter konflikten på arbeidsplassen.
Vinteren kom brått, og mange ble overrasket av glatte veier.
Utslippene fra trafikken har gått ned takket være elbilene.
Kommunestyret vedtok budsjettet med 25 mot 20 stemmer.
De fleste butikkene holder åpent som normalt i romjula.
Aksjen falt 12 prosent etter at selskapet nedjusterte resultatforventningene.
Fangene klaget over at de satt isolert i flere uker.
Elva har gått over sine bredder, og flere hus er evakuert.
Det var full enighet i styret om å ansette den nye direktøren.
Motstanderne av vindkraftutbyggingen har samlet over 10.000 underskrifter.
Barnehagene i kommunen holder stengt mellom jul og nyttår.
Mange unge sier de ikke har råd til å kjøpe bolig.
Trafikken gikk sakte gjennom sentrum på grunn av veiarbeid.
Sjefredaktøren beklaget feilen i en kommentar på nettsiden.
Den tidligere statsråden har takket ja til en stilling i næringslivet.
Søndagens gudstjeneste ble direkteoverført på radio.
Ambulansen brukte over en time fram til ulykkesstedet.
"""

# ---------------------------------------------------------------- name lists
# People.  Politicians carry their party ("Name|Ap"), used by a following "({PAB})".
POLITICIANS = """
Jonas Gahr Støre|Ap
Erna Solberg|H
Sylvi Listhaug|FrP
Trygve Slagsvold Vedum|Sp
Kirsti Bergstø|SV
Marie Sneve Martinussen|R
Guri Melby|V
Dag Inge Ulstein|KrF
Ine Eriksen Søreide|H
Jens Stoltenberg|Ap
Espen Barth Eide|Ap
Tonje Brenna|Ap
Jan Christian Vestre|Ap
Bjørn Arild Gram|Sp
Emilie Enger Mehl|Sp
Astri Aas-Hansen|Ap
Kari Nessa Nordtun|Ap
Cecilie Myrseth|Ap
Terje Aasland|Ap
Andreas Bjelland Eriksen|Ap
Lubna Jaffery|Ap
Karianne Tung|Ap
Tore O. Sandvik|Ap
Kjersti Stenseng|Ap
Masud Gharahkhani|Ap
Peter Frølich|H
Henrik Asheim|H
Tina Bru|H
Nikolai Astrup|H
Ola Svenneby|H
Mímir Kristjánsson|R
Bjørnar Moxnes|R
Audun Lysbakken|SV
Knut Arild Hareide|KrF
Kjell Ingolf Ropstad|KrF
Siv Jensen|FrP
Carl I. Hagen|FrP
Hadia Tajik|Ap
Raymond Johansen|Ap
Marianne Borgen|SV
Anne Lindboe|H
Arild Hermstad|MDG
Une Bastholm|MDG
Sandra Borch|Sp
Bjørnar Skjæran|Ap
Nils Kristen Sandtrøen|Ap
Marianne Sivertsen Næss|Ap
Jon-Ivar Nygård|Ap
Ingvild Kjerkol|Ap
Anette Trettebergstuen|Ap
Sigbjørn Gjelsvik|Sp
Geir Pollestad|Sp
Marit Arnstad|Sp
Ola Borten Moe|Sp
Per-Willy Amundsen|FrP
Hans Andreas Limi|FrP
Frank Sve|FrP
Himanshu Gulati|FrP
Jan Tore Sanner|H
Torbjørn Røe Isaksen|H
Monica Mæland|H
Linda Hofstad Helleland|H
Olaug Bollestad|KrF
Hans Fredrik Grøvan|KrF
Kari Elisabeth Kaski|SV
Lars Haltbrekken|SV
Seher Aydar|R
Mani Hussaini|Ap
Gaute Børstad Skjervø|Ap
Christine Meyer|H
Rasmus Hansson|MDG
Lan Marie Berg|MDG
Sveinung Rotevatn|V
Abid Raja|V
Grunde Almeland|V
Kristin Halvorsen|SV
Gro Harlem Brundtland|Ap
Kjell Magne Bondevik|KrF
Solveig Horne|FrP
Åse Kleveland|Ap
"""

WORLD_POLITICIANS = """
Ulf Kristersson
Magdalena Andersson
Jimmie Åkesson
Ebba Busch
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
Svetlana Tikhanovskaja
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
"""

ATHLETES = """
Erling Braut Haaland
Martin Ødegaard
Alexander Sørloth
Ada Hegerberg
Caroline Graham Hansen
Guro Reiten
Karsten Warholm
Jakob Ingebrigtsen
Therese Johaug
Johannes Høsflot Klæbo
Marit Bjørgen
Petter Northug
Aksel Lund Svindal
Kjetil Jansrud
Henrik Kristoffersen
Lucas Braathen
Aleksander Aamodt Kilde
Ragnhild Mowinckel
Casper Ruud
Viktor Hovland
Magnus Carlsen
Jarl Magnus Riiber
Tiril Eckhoff
Sturla Holm Lægreid
Johannes Thingnes Bø
Marte Olsbu Røiseland
Ingrid Landmark Tandrevold
Kristian Blummenfelt
Gustav Iden
Henny Reistad
Stine Bredal Oftedal
Sander Sagosen
Heidi Weng
Halvor Egner Granerud
Marius Lindvik
Maren Lundby
Eirik Kurland
Tobias Foss
Ebba Andersson
Frida Karlsson
Armand Duplantis
Sarah Sjöström
Zlatan Ibrahimović
Alexander Isak
Viktor Gyökeres
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
Mikkel Hansen
Christian Eriksen
Pernille Harder
Teemu Pukki
Bjørn Dæhlie
Oddvar Brå
Ole Gunnar Solskjær
John Arne Riise
Ingrid Kristiansen
Grete Waitz
Vebjørn Rodal
Andreas Thorkildsen
Sondre Nordstad Moen
Thomas Lehne Olsen
Patrick Berg
Kristian Thorstvedt
Antonio Nusa
Oscar Bobb
Astrid Øyre Slind
Kristine Stavås Skistad
Pål Golberg
"""

CULTURE = """
Jon Fosse
Karl Ove Knausgård
Jo Nesbø
Maja Lunde
Anne B. Ragde
Tomas Espedal
Vigdis Hjorth
Linn Ullmann
Lars Saabye Christensen
Edvard Hoem
Sigrid Raabe
Aurora Aksnes
Kyrre Gørvell-Dahll
Alan Walker
Renate Reinsve
Anders Danielsen Lie
Joachim Trier
Kristoffer Joner
Liv Ullmann
Ane Dahl Torp
Aksel Hennie
Ingrid Bolsø Berdal
Harriet Backer
Edvard Munch
Henrik Ibsen
Edvard Grieg
Sigrid Undset
Knut Hamsun
Alf Prøysen
Thorbjørn Egner
Hanne Krogh
Sissel Kyrkjebø
Morten Harket
Jahn Teigen
Wenche Myhre
Ole Paus
Kari Bremnes
Arve Tellefsen
Leif Ove Andsnes
Truls Mørk
Tine Thing Helseth
Marit Larsen
Emma Steinbakken
Åsne Seierstad
Gaute Heivoll
Helga Flatland
Erlend Loe
Roy Jacobsen
Hanne Ørstavik
Dag Solstad
Kjetil Bjørnstad
Nils Petter Molvær
Jan Garbarek
Ivo de Figueiredo
Taylor Swift
Beyoncé Knowles
Salman Rushdie
Han Kang
Annie Ernaux
Mads Mikkelsen
Björk Guðmundsdóttir
Laufey Lín Jónsdóttir
Alicia Vikander
Stellan Skarsgård
Ruben Östlund
Zara Larsson
Benny Andersson
Björn Ulvaeus
Astrid Lindgren
Camilla Läckberg
"""

BUSINESS = """
Ida Wolden Bache
Øystein Olsen
Nicolai Tangen
Anders Opedal
Benedicte Schilbred Fasmer
Sigve Brekke
Kjerstin Braathen
Svein Tore Holsether
Øyvind Eriksen
Kjell Inge Røkke
John Fredriksen
Petter Stordalen
Stein Erik Hagen
Olav Thon
Gustav Witzøe
Hilde Merete Aasheim
Peggy Hessen Følsvik
Ole Erik Almlid
Mats Wilhelm Ruland
Vibeke Fürst Haugen
Thor Gjermund Eriksen
Gard Steiro
Camilla Stoltenberg
Bjørn Guldvog
Espen Rostrup Nakstad
Elon Musk
Mark Zuckerberg
Sam Altman
Jensen Huang
Tim Cook
Sundar Pichai
Jeff Bezos
Bill Gates
Jesper Brodin
Börje Ekholm
Jacob Wallenberg
Daniel Ek
Odd Reitan
Trond Mohn
"""

GENERIC_PEOPLE = """
Kari Nordmann
Ola Hansen
Siri Haugland
Per Kristian Olsen
Ingrid Solheim
Lars Martin Berg
Marte Lie
Håkon Strand
Silje Moen
Eirik Lunde
Hanne Bakke
Anders Myhre
Thea Aasen
Bjørn Vik
Nina Fjeld
Magnus Rønning
Eva Holm
Sigurd Tveit
Tor Egil Dahl
Mari Sørensen
Jørgen Nilsen
Ane Kristiansen
Even Bratberg
Hilde Sandvik
Ove Lindstad
Torunn Hagen
Amir Rahimi
Fatima Ali
Samira Haddad
Jamal Osman
Tuva Engebretsen
Vegard Mo
Henriette Eide
Ragnar Dahl
Ellen Aune
Geir Ove Sæther
Stian Lindberg
Karoline Aas
Petter Nygaard
Marius Solberg
Frida Brekke
Sindre Moland
Liv Marit Sande
Jens Petter Hauge
Oda Lien
Yngve Holt
Birgitte Tveter
Knut Arne Hovde
Astrid Ringdal
Morten Skjelbred
Camilla Thorsen
Rune Gjerde
Linda Opsahl
Trond Vatne
Elisabeth Krogstad
Arne Sivertsen
Tone Hjelmeland
Kjetil Ruud
Ingvild Hatlem
Ahmed Hussein
Leila Karimi
Nora Eriksen
Emil Ødegård
Maja Johannessen
Aksel Nordby
Sofie Lindahl
Jonas Fredheim
Marianne Kvam
Øyvind Sletten
Gunhild Storvik
Halvard Mjelde
Ida Sofie Brun
Erik Bye Skaar
Mohammed Iqbal
Tiril Fosse Haug
Anita Nilsen Eek
Lars Erik Gulbrandsen
Oskar Wang
Selma Hagen
"""

SURNAMES = """
Støre
Solberg
Listhaug
Vedum
Bergstø
Søreide
Stoltenberg
Eide
Brenna
Vestre
Aasland
Melby
Ulstein
Gharahkhani
Moxnes
Lysbakken
Haaland
Ødegaard
Klæbo
Johaug
Warholm
Ingebrigtsen
Carlsen
Ruud
Hovland
Kilde
Kristoffersen
Riiber
Fosse
Knausgård
Nesbø
Tangen
Opedal
Røkke
Fredriksen
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
Kristersson
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
Guardiola
Slot
Djokovic
Alcaraz
Pogačar
Vingegaard
Verstappen
Solbakken
Klaveness
Reistad
Sagosen
Weng
Lægreid
Blummenfelt
Nordmann
Haugland
Rønning
Fjeld
Myhre
Bakke
Lunde
Rahimi
Osman
Sæther
Hagen
"""

TITLES_POL = """
statsråd
stortingsrepresentant
partileder
finansminister
helseminister
justisminister
næringsminister
kunnskapsminister
forsvarsminister
samferdselsminister
kulturminister
arbeidsminister
fiskeriminister
energiminister
"""

# Organisations.
COMPANIES = """
Equinor
Telenor
DNB
Norsk Hydro
Yara
Aker BP
Aker
Orkla
Schibsted
Kongsberg Gruppen
Storebrand
Gjensidige
SpareBank 1
Sparebanken Vest
Norwegian
SAS
Widerøe
Vy
Posten Bring
Statkraft
Statnett
Mowi
SalMar
Lerøy
Rema 1000
Coop
NorgesGruppen
Kiwi
Elkjøp
XXL
Hurtigruten
Nammo
Elkem
Borregaard
Tine
Nortura
Hafslund
Lyse
Eviny
Color Line
Fjord1
Nordic Semiconductor
Kahoot
Tomra
Nel
Vår Energi
Odfjell
Veidekke
AF Gruppen
Obos
Selvaag Bolig
Apple
Microsoft
Google
Meta
Amazon
Tesla
Nvidia
Samsung
Spotify
Volvo
Volvo Cars
Ikea
Ericsson
H&M
Nokia
Maersk
Novo Nordisk
Shell
BP
TotalEnergies
Boeing
Airbus
Siemens
Volkswagen
Toyota
Nestlé
Unilever
OpenAI
Netflix
TikTok
Northvolt
Scania
Telia
Nordea
Danske Bank
Carlsberg
Lego
Vestas
"""
AIRLINES = """
Norwegian
SAS
Widerøe
Flyr
Lufthansa
KLM
Finnair
"""

PARTIES = """
Arbeiderpartiet
Høyre
Fremskrittspartiet
Senterpartiet
Sosialistisk Venstreparti
Kristelig Folkeparti
Venstre
Rødt
Miljøpartiet De Grønne
Pasientfokus
Industri- og Næringspartiet
Ap
FrP
Sp
SV
KrF
MDG
"""
PARTY_ABBR = "Ap H FrP Sp SV KrF V MDG R"

CLUBS = """
Rosenborg
Molde
Bodø/Glimt
Brann
Vålerenga
Viking
Lillestrøm
Strømsgodset
Tromsø IL
Sarpsborg 08
Sandefjord
Odd
Fredrikstad
HamKam
Haugesund
KFUM Oslo
Kristiansund
Aalesund
Start
Stabæk
Lyn
Lillehammer IK
Stavanger Oilers
Storhamar
Vipers Kristiansand
Kolstad Håndball
Elverum Håndball
Liverpool
Manchester City
Manchester United
Arsenal
Chelsea
Tottenham
Real Madrid
FC Barcelona
Bayern München
Borussia Dortmund
Juventus
Paris Saint-Germain
Ajax
Malmö FF
AIK
FC København
"""

MINISTRIES = """
Finansdepartementet
Justis- og beredskapsdepartementet
Helse- og omsorgsdepartementet
Kunnskapsdepartementet
Utenriksdepartementet
Forsvarsdepartementet
Klima- og miljødepartementet
Nærings- og fiskeridepartementet
Samferdselsdepartementet
Kommunal- og distriktsdepartementet
Arbeids- og inkluderingsdepartementet
Kultur- og likestillingsdepartementet
Landbruks- og matdepartementet
Energidepartementet
Digitaliseringsdepartementet
Barne- og familiedepartementet
Statsministerens kontor
"""

AGENCIES = """
NAV
Skatteetaten
Politidirektoratet
Mattilsynet
Folkehelseinstituttet
Meteorologisk institutt
NVE
Statens vegvesen
Kripos
Økokrim
PST
UDI
Forsvaret
Helsedirektoratet
Utdanningsdirektoratet
Miljødirektoratet
Statistisk sentralbyrå
SSB
Norges Bank
Finanstilsynet
Konkurransetilsynet
Datatilsynet
Arbeidstilsynet
Riksrevisjonen
Sivilombudet
Forbrukerrådet
Kystverket
Tolletaten
Avinor
Bane NOR
Nye Veier
Havforskningsinstituttet
Fiskeridirektoratet
Sjøfartsdirektoratet
Husbanken
Lånekassen
Innovasjon Norge
Enova
Norad
Kriminalomsorgen
Hovedredningssentralen
DSB
Statens helsetilsyn
Medietilsynet
Forskningsrådet
Sametinget
Riksadvokaten
Brønnøysundregistrene
"""

COURTS = """
Høyesterett
Oslo tingrett
Borgarting lagmannsrett
Gulating lagmannsrett
Frostating lagmannsrett
Hålogaland lagmannsrett
Agder lagmannsrett
Eidsivating lagmannsrett
Bergen tingrett
Sør-Rogaland tingrett
Trøndelag tingrett
Nord-Troms og Senja tingrett
Follo og Nordre Østfold tingrett
Vestfold tingrett
"""

UNIS = """
Universitetet i Oslo
NTNU
Universitetet i Bergen
UiT Norges arktiske universitet
OsloMet
Handelshøyskolen BI
NHH
Universitetet i Stavanger
Universitetet i Agder
Nord universitet
NMBU
Høgskulen på Vestlandet
Høgskolen i Innlandet
Universitetet i Sørøst-Norge
Karolinska institutet
Uppsala universitet
Oxford University
Harvard University
"""

MEDIA = """
NRK
TV 2
VG
Aftenposten
Dagbladet
Bergens Tidende
Adresseavisen
E24
Dagens Næringsliv
Nettavisen
Klassekampen
Vårt Land
Stavanger Aftenblad
Fædrelandsvennen
Nordlys
Finansavisen
BBC
CNN
Reuters
New York Times
Sveriges Television
"""

INTL = """
FN
EU
NATO
WHO
IMF
Verdensbanken
OPEC
EU-kommisjonen
Europaparlamentet
Røde Kors
Leger Uten Grenser
Amnesty International
OECD
EFTA
Nordisk råd
Unicef
UNHCR
Unesco
Den europeiske sentralbanken
Den internasjonale straffedomstolen
Redd Barna
Kirkens Nødhjelp
Flyktninghjelpen
Human Rights Watch
Verdens matvareprogram
Den afrikanske union
"""

UNIONS = """
LO
NHO
Fagforbundet
Unio
YS
Akademikerne
Utdanningsforbundet
Norsk Sykepleierforbund
Fellesforbundet
Legeforeningen
Industri Energi
Norsk Industri
Virke
KS
Handel og Kontor
Politiets fellesforbund
Norges Bondelag
Norsk Bonde- og Småbrukarlag
Delta
Parat
"""

HOSPITALS = """
Oslo universitetssykehus
Haukeland universitetssjukehus
St. Olavs hospital
Universitetssykehuset Nord-Norge
Sørlandet sykehus
Akershus universitetssykehus
Stavanger universitetssjukehus
Sykehuset Innlandet
Nordlandssykehuset
Sykehuset Østfold
Sykehuset Telemark
Helse Møre og Romsdal
"""

OTHER_ORGS = """
Den norske kirke
Islamsk Råd Norge
Kirkerådet
Human-Etisk Forbund
Norsk Folkehjelp
Frelsesarmeen
Kreftforeningen
Norges idrettsforbund
Norges Fotballforbund
Norsk Tipping
Oslo Børs
Oljefondet
Nasjonalmuseet
Munchmuseet
Den Norske Opera & Ballett
Nationaltheatret
Kulturrådet
Vestland fylkeskommune
Nordland fylkeskommune
Oslo politidistrikt
Vest politidistrikt
Redningsselskapet
Ruter
Helse Sør-Øst
Helse Vest
Helse Nord
Sintef
Norsk Polarinstitutt
Norges Handelshøyskole
Stiftelsen Dam
"""

KOMMUNER = """
Oslo kommune
Bergen kommune
Trondheim kommune
Stavanger kommune
Tromsø kommune
Bodø kommune
Kristiansand kommune
Drammen kommune
Bærum kommune
Asker kommune
Lillestrøm kommune
Fredrikstad kommune
Ålesund kommune
Sandnes kommune
Hamar kommune
Alta kommune
Narvik kommune
Molde kommune
Porsgrunn kommune
Nordre Follo kommune
"""
MUSEUMS = """
Nasjonalmuseet
Munchmuseet
Kode
Stavanger kunstmuseum
Nordnorsk Kunstmuseum
Henie Onstad Kunstsenter
Astrup Fearnley Museet
Norsk Folkemuseum
Kunstmuseum Trondheim
"""
SPORTS_BODIES = """
Norges Skiforbund
Norges Fotballforbund
Norges Friidrettsforbund
Norges idrettsforbund
Olympiatoppen
Norges Skiskytterforbund
Norges Håndballforbund
"""
GREENS = """
Naturvernforbundet
Natur og Ungdom
Greenpeace
WWF
Bellona
Besteforeldrenes klimaaksjon
Motvind Norge
Norges Miljøvernforbund
Framtiden i våre hender
"""
CHURCHES = """
Den norske kirke
Den katolske kirke
Pinsebevegelsen
Metodistkirken
Islamsk Råd Norge
Human-Etisk Forbund
Norges Kristne Råd
"""

# Places.  "på|Hamar": the preposition the name takes ("i" when none is given).
TOWNS = """
Oslo
Bergen
Trondheim
Stavanger
Kristiansand
Tromsø
Drammen
Fredrikstad
Sandnes
Sarpsborg
Skien
Ålesund
Sandefjord
Haugesund
Tønsberg
Moss
Porsgrunn
Bodø
Arendal
Larvik
Halden
Harstad
Molde
Kristiansund
Alta
Narvik
Steinkjer
Levanger
Namsos
Mosjøen
Mo i Rana
Svolvær
Hammerfest
Vadsø
Vardø
Kirkenes
Karasjok
Kautokeino
Lakselv
Brønnøysund
Stjørdal
Florø
Førde
Sogndal
Odda
Egersund
Flekkefjord
Mandal
Grimstad
Lillesand
Risør
Kragerø
Bø
Horten
Holmestrand
Sandvika
Brumunddal
Os
Ørsta
Volda
Ulsteinvik
Bærum
Lørenskog
Nittedal
Ullensaker
Frogn
Vestby
Ringsaker
Stange
Lier
Randaberg
Austevoll
Malvik
Melhus
Verdal
Rana
Vefsn
Longyearbyen
Honningsvåg
Bardu
Leknes
Stokmarknes
Sauda
Jølster
Nordfjordeid
Stryn
Lom
Vinstra
Trysil
Nesbyen
Ål
Hemsedal
Rauland
Evje
Vennesla
Farsund
på|Hamar
på|Lillehammer
på|Gjøvik
på|Kongsberg
på|Voss
på|Geilo
på|Røros
på|Gol
på|Beitostølen
på|Otta
på|Stord
på|Karmøy
på|Askøy
på|Sotra
på|Bømlo
på|Senja
på|Hitra
på|Frøya
på|Jessheim
på|Lillestrøm
på|Ski
på|Raufoss
på|Fagernes
på|Tynset
på|Finnsnes
på|Sortland
på|Orkanger
på|Oppdal
på|Bryne
på|Sola
på|Nesodden
på|Sunndalsøra
på|Åndalsnes
på|Rjukan
på|Notodden
på|Hønefoss
på|Eidsvoll
på|Elverum
på|Kongsvinger
på|Dombås
"""

FYLKER = """
Troms
Finnmark
Nordland
Trøndelag
Møre og Romsdal
Vestland
Rogaland
Agder
Telemark
Vestfold
Buskerud
Akershus
Østfold
Innlandet
Hordaland
Sogn og Fjordane
Hedmark
Oppland
"""

REGIONS = """
på|Vestlandet
på|Østlandet
på|Sørlandet
Nord-Norge
Midt-Norge
Sør-Norge
på|Finnmarksvidda
Hardanger
Gudbrandsdalen
Østerdalen
Valdres
Hallingdal
Setesdal
på|Jæren
på|Sunnmøre
Romsdal
Nordfjord
på|Helgeland
Salten
Namdalen
Innherred
på|Romerike
Follo
Groruddalen
Sápmi
Lofoten
Vesterålen
Ryfylke
Sunnhordland
Numedal
"""

RIVERS = """
Glomma
Gudbrandsdalslågen
Numedalslågen
Drammenselva
Begna
Gaula
Namsen
Altaelva
Tanaelva
Vefsna
Skienselva
Otra
Lærdalselva
"""
LAKES = """
Mjøsa
Femunden
Tyrifjorden
Randsfjorden
Tinnsjøen
Øyeren
Selbusjøen
Snåsavatnet
Byglandsfjorden
Jonsvatnet
"""
MOUNTAINS = """
på|Galdhøpiggen
på|Hardangervidda
på|Dovrefjell
på|Snøhetta
på|Gaustatoppen
på|Trolltunga
på|Preikestolen
på|Kjerag
på|Besseggen
på|Romsdalseggen
på|Stetind
Jotunheimen
Rondane
Lyngsalpene
"""
FJORDS = """
Oslofjorden
Sognefjorden
Hardangerfjorden
Trondheimsfjorden
Geirangerfjorden
Lysefjorden
Førdefjorden
Ofotfjorden
Vestfjorden
Porsangerfjorden
Boknafjorden
Nærøyfjorden
"""
SEAS = """
Barentshavet
Nordsjøen
Norskehavet
Skagerrak
Polhavet
"""

SITES = """
Karl Johans gate
Youngstorget
Torgallmenningen
Bryggen
Aker brygge
Stortorget
Grünerløkka
Majorstuen
Tøyen
Bogstadveien
Storgata
Strandkaien
Solsiden
Bjørvika
Tjuvholmen
Fornebu
Skøyen
Storo
Vulkan
Lambertseter
Nordre gate
Olav Tryggvasons gate
"""
STADIUMS = """
Ullevaal stadion
Lerkendal
Brann stadion
Aspmyra
Aker stadion
Intility Arena
Fredrikstad stadion
Romssa Arena
Marienlyst
Color Line Stadion
Bislett
Granåsen
"""
AIRPORTS = """
Gardermoen
Flesland
Værnes
Sola lufthavn
Bodø lufthavn
Tromsø lufthavn
Evenes
Kjevik
Torp
Vigra
"""
ARENAS = """
Oslo Spektrum
Unity Arena
Koengen
Sentrum Scene
Rockefeller
DNB Arena
Stavanger Forum
Trondheim Spektrum
"""
CHURCH_SITES = """
Nidarosdomen
Oslo domkirke
Bergen domkirke
Stavanger domkirke
Ishavskatedralen
Fagerborg kirke
Kristiansand domkirke
"""
VATICAN = """
Vatikanet
Peterskirken
"""
ROADS = """
E6
E18
E39
E16
E134
E10
E8
E136
"""

WORLD_CITIES = """
Stockholm
Göteborg
Malmö
Uppsala
København
Aarhus
Helsingfors
Reykjavik
Tórshavn
Nuuk
Moskva
St. Petersburg
Beijing
Shanghai
Hongkong
Roma
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
Kharkiv
Odesa
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
Brussel
Haag
Amsterdam
Genève
Zürich
Wien
Warszawa
Praha
Budapest
Athen
Lisboa
Madrid
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
Mexico by
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
"""

COUNTRIES = """
Norge
Sverige
Danmark
Finland
på|Island
Tyskland
Frankrike
Storbritannia
USA
Russland
Ukraina
Kina
India
Japan
Brasil
Sør-Afrika
Nigeria
Kenya
Etiopia
Sudan
Sør-Sudan
Israel
Iran
Irak
Syria
Libanon
Tyrkia
Egypt
Polen
Italia
Spania
Nederland
Belgia
Sveits
Østerrike
Canada
Mexico
Argentina
Chile
Australia
Indonesia
Pakistan
Afghanistan
Bangladesh
Vietnam
Sør-Korea
Nord-Korea
Taiwan
Venezuela
Colombia
Jemen
Saudi-Arabia
Qatar
Somalia
Mali
Kongo
Haiti
på|Grønland
på|Færøyene
Estland
Latvia
Litauen
Belarus
Georgia
Moldova
Serbia
Kroatia
Ungarn
Romania
Bulgaria
Portugal
Irland
Skottland
Marokko
Algerie
Tunisia
Libya
Jordan
Palestina
Myanmar
Thailand
på|Filippinene
New Zealand
Peru
på|Cuba
Europa
Afrika
Asia
Sør-Amerika
Midtøsten
Arktis
Antarktis
på|Balkan
på|Krim
Donbas
på|Vestbredden
Kashmir
Darfur
Sahel
Skåne
Lappland
Jämtland
på|Gotland
Norrland
Bayern
Sibir
"""

# Events.
SPORT_EVENTS = """
OL
VM
EM
vinter-OL
Paralympics
Holmenkollen skifestival
Holmenkollen
Tour de Ski
Birkebeinerrennet
Vasaloppet
Norway Cup
Bislett Games
Norway Chess
Oslo Maraton
Arctic Race of Norway
Tour de France
Giro d'Italia
Vuelta a España
Wimbledon
Roland-Garros
US Open
Australian Open
Champions League
Europa League
Conference League
Super Bowl
The Masters
Ironman-VM
Landsskytterstevnet
Holmenkollstafetten
Den store styrkeprøven
Bergen City Marathon
"""
CHAMPIONSHIPS = """
OL
VM
EM
vinter-OL
Paralympics
"""
CUPS = """
Champions League
Europa League
Conference League
"""
MASS_EVENTS = """
Birkebeinerrennet
Oslo Maraton
Holmenkollstafetten
Den store styrkeprøven
Vasaloppet
Bergen City Marathon
Norway Cup
"""
TOURS = """
Tour de France
Giro d'Italia
Vuelta a España
Arctic Race of Norway
Tour de Ski
"""
FESTIVALS = """
Øyafestivalen
Bergenfest
Roskildefestivalen
Festspillene i Bergen
Moldejazz
Kongsberg Jazzfestival
Olavsfestdagene
Riddu Riđđu
Vinterfestspillene i Røros
Oslo Pride
Norsk Litteraturfestival
Tromsø Internasjonale Filmfestival
Glastonbury
Lollapalooza
Bylarm
Kvartfestivalen
Trænafestivalen
Melodi Grand Prix
Eurovision Song Contest
Nobelkonserten
"""
AWARD_SHOWS = """
Amandaprisen
Spellemannprisen
Oscar-utdelingen
Gullruten
Grammy-utdelingen
Gullballen
"""
SPORTS_GALA = """
Idrettsgallaen
"""
CONFERENCES = """
Arendalsuka
COP30
Sikkerhetskonferansen i München
Oslo Freedom Forum
Nor-Fishing
Aqua Nor
ONS
Oslo Innovation Week
"""

# ---------------------------------------------------------------- slot values without entities
NUMBERS = " ".join(str(n) for n in range(2, 41))
BIG_NUMBERS = "120 150 180 200 250 300 350 400 450 500 600 700 800 900"
PERCENTS = "0,4 0,9 1,2 1,8 2,3 2,7 3,1 3,6 4,5 5,8 6,3 8,0 12,5"
WEEKDAYS = "mandag tirsdag onsdag torsdag fredag lørdag søndag"
MONTHS = "januar februar mars april mai juni juli august september oktober november desember"
DECADES = "20 30 40 50 60 70 80"
DEMONYMS = ("norsk svensk dansk amerikansk russisk tysk fransk britisk kinesisk japansk indisk "
            "italiensk spansk polsk ukrainsk tyrkisk iransk finsk islandsk nederlandsk")
QUARTERS = "første andre tredje fjerde"
ORDINALS = "første andre tredje fjerde femte sjette sjuende"
SCORES = "1-0 2-1 3-1 2-2 0-1 4-2 3-0 1-1 2-0 3-2"
MAGNITUDES = "5,9 6,2 6,5 6,8 7,1 7,4"
DISTANCES = """
10 kilometer
400 meter
5000 meter
sprinten
fellesstarten
stafetten
1500 meter
jaktstarten
"""


def words(block: str) -> list[str]:
    return block.split()


# slot name -> (values, label or None, kind); kind "prep" reads "på|Hamar" entries,
# "person" reads "Name|Party" entries.
SLOT_SOURCES = {
    "POL": (POLITICIANS, "PERSON", "person"),
    "WPOL": (WORLD_POLITICIANS, "PERSON", "person"),
    "ATH": (ATHLETES, "PERSON", "person"),
    "ART": (CULTURE, "PERSON", "person"),
    "BIZ": (BUSINESS, "PERSON", "person"),
    "GEN": (GENERIC_PEOPLE, "PERSON", "person"),
    "SUR": (SURNAMES, "PERSON", "person"),
    "PAVE": (["Frans", "Leo XIV"], "PERSON", "plain"),
    "KONGE": (["Harald"], "PERSON", "plain"),
    "COMP": (COMPANIES, "ORG", "plain"),
    "COMP_FLY": (AIRLINES, "ORG", "plain"),
    "PARTY": (PARTIES, "ORG", "plain"),
    "PAB": (words(PARTY_ABBR), "ORG", "plain"),
    "CLUB": (CLUBS, "ORG", "plain"),
    "MIN": (MINISTRIES, "ORG", "plain"),
    "MIN_UD": (["Utenriksdepartementet"], "ORG", "plain"),
    "AGENCY": (AGENCIES, "ORG", "plain"),
    "COURT": (COURTS, "ORG", "plain"),
    "UNI": (UNIS, "ORG", "plain"),
    "MEDIA": (MEDIA, "ORG", "plain"),
    "INTL": (INTL, "ORG", "plain"),
    "UNION": (UNIONS, "ORG", "plain"),
    "HOSP": (HOSPITALS, "ORG", "plain"),
    "OORG": (OTHER_ORGS, "ORG", "plain"),
    "OORG_KOMMUNE": (KOMMUNER, "ORG", "plain"),
    "OORG_MUSEUM": (MUSEUMS, "ORG", "plain"),
    "ORG_IDRETT": (SPORTS_BODIES, "ORG", "plain"),
    "ORG_MILJO": (GREENS, "ORG", "plain"),
    "ORG_KIRKE": (CHURCHES, "ORG", "plain"),
    "ORG_STORTING": (["Stortinget"], "ORG", "plain"),
    "ORG_MET": (["Meteorologisk institutt"], "ORG", "plain"),
    "ORG_NVE": (["NVE", "Norges vassdrags- og energidirektorat"], "ORG", "plain"),
    "ORG_SJOMAT": (["Sjømatrådet"], "ORG", "plain"),
    "ORG_SSB": (["Statistisk sentralbyrå", "SSB"], "ORG", "plain"),
    "ORG_EIENDOM": (["Eiendom Norge"], "ORG", "plain"),
    "ORG_BORS": (["Oslo Børs"], "ORG", "plain"),
    "ORG_WHO": (["Verdens helseorganisasjon", "WHO"], "ORG", "plain"),
    "ORG_FHI": (["Folkehelseinstituttet", "FHI"], "ORG", "plain"),
    "ORG_HRS": (["Hovedredningssentralen"], "ORG", "plain"),
    "ORG_VEG": (["Statens vegvesen", "Nye Veier"], "ORG", "plain"),
    "BY": (TOWNS, "PLACE", "prep"),
    "FYLKE": (FYLKER, "PLACE", "prep"),
    "REG": (REGIONS, "PLACE", "prep"),
    "NAT_ELV": (RIVERS, "PLACE", "prep"),
    "NAT_VANN": (LAKES, "PLACE", "prep"),
    "NAT_FJELL": (MOUNTAINS, "PLACE", "prep"),
    "NAT_FJORD": (FJORDS, "PLACE", "prep"),
    "NAT_HAV": (SEAS, "PLACE", "prep"),
    "SITE": (SITES, "PLACE", "prep"),
    "SITE_STADION": (STADIUMS, "PLACE", "prep"),
    "SITE_FLY": (AIRPORTS, "PLACE", "prep"),
    "SITE_ARENA": (ARENAS, "PLACE", "prep"),
    "SITE_KIRKE": (CHURCH_SITES, "PLACE", "prep"),
    "SITE_VATIKAN": (VATICAN, "PLACE", "prep"),
    "SITE_VEI": (ROADS, "PLACE", "prep"),
    "WBY": (WORLD_CITIES, "PLACE", "prep"),
    "LAND": (COUNTRIES, "PLACE", "prep"),
    "SEV": (SPORT_EVENTS, "EVENT", "plain"),
    "SEV_MESTERSKAP": (CHAMPIONSHIPS, "EVENT", "plain"),
    "SEV_CUP": (CUPS, "EVENT", "plain"),
    "SEV_MOSJON": (MASS_EVENTS, "EVENT", "plain"),
    "SEV_TOUR": (TOURS, "EVENT", "plain"),
    "CEV": (FESTIVALS, "EVENT", "plain"),
    "CEV_PRIS": (AWARD_SHOWS, "EVENT", "plain"),
    "CEV_IDRETT": (SPORTS_GALA, "EVENT", "plain"),
    "CEV_KONF": (CONFERENCES, "EVENT", "plain"),
    "EV": ("\n".join([SPORT_EVENTS, FESTIVALS, AWARD_SHOWS, CONFERENCES]), "EVENT", "plain"),
    "TPOL": (TITLES_POL, None, "plain"),
    "N": (words(NUMBERS), None, "plain"),
    "N1": (words("1 2 3 4 5 6"), None, "plain"),
    "BIG": (words(BIG_NUMBERS), None, "plain"),
    "PCT": (words(PERCENTS), None, "plain"),
    "DAG": (words(WEEKDAYS), None, "plain"),
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
# politikk
{TPOL} {POL} ({PAB}) vil ha en full gjennomgang av arbeidet i {MIN}.
{POL} ({PAB}) mener {AGENCY} har fått for lite penger i statsbudsjettet.
Stortingsrepresentant {POL} ({PAB}) tar gjenvalg og topper lista {i:FYLKE} ved neste valg.
{PARTY} går fram {N1} prosentpoeng på den nye målingen som {MEDIA} har fått utført.
{PARTY} og {PARTY} vil samarbeide om et forslag som skal styrke beredskapen {i:FYLKE}.
Ordfører {GEN} ({PAB}) {i:BY} sier kommunen ikke har råd til nye skoler de neste årene.
{POLG} forslag om å flytte statlige arbeidsplasser til {BY} møter sterk motstand på {ORG_STORTING}.
Et flertall på {ORG_STORTING} går inn for å gi {AGENCY} nye oppgaver fra {MND}.
Partileder {POL} i {PARTY} vil ikke utelukke et regjeringssamarbeid etter valget.
Statsråd {POL} ble {DAG} kalt inn til høring i kontrollkomiteen om saken fra {BY}.
{TPOL} {POL} besøkte {BY} {DAG} og lovet mer penger til veiene {i:REG}.
Fylkesordfører {GEN} ({PAB}) {i:FYLKE} vil stanse nedleggelsen av videregående skoler.
Regjeringen vil legge ned kontoret til {AGENCY} {i:BY}, og de ansatte får tilbud om jobb i {BY}.
{PARTY} har valgt {POL} som ny nestleder på landsmøtet {i:BY}.
{POL} og {POL} møttes til debatt hos {MEDIA} {DAG} kveld.
Ifølge {MEDIA} vurderer {POL} å trekke seg som leder i {PARTY} etter valgnederlaget.
# utenriks
President {WPOL} møtte {WPOL} i {WBY} {DAG} for samtaler om handel og sikkerhet.
{WPOL} sier {LAND} ikke vil godta nye sanksjoner fra {INTL}.
Utenriksminister {POL} reiser til {WBY} for å møte representanter for {INTL}.
{WPOLG} regjering har bedt {INTL} om nødhjelp etter flommen {i:LAND}.
Tusenvis demonstrerte i {WBY} {DAG} mot regjeringen til {WPOL}.
{LANDG} statsminister har utlyst nyvalg til høsten, og {WPOL} stiller ikke til gjenvalg.
{INTL} ber partene {i:LAND} om å innstille kampene umiddelbart.
Minst {N} mennesker ble drept i et angrep i {WBY}, opplyser myndighetene i {LAND}.
{LAND} og {LAND} har inngått en ny avtale om eksport av gass.
Lederne i {INTL} samles i {WBY} neste uke for å diskutere krigen {i:LAND}.
{WPOL} advarer {LAND} mot å sende flere soldater til grensen.
Den {DEMS}e ambassadøren ble kalt inn til {MIN_UD} etter uttalelsene fra {WBY}.
{LAND} stenger grensen mot {LAND} etter flere hendelser med droner.
{WPOL} og {WPOL} ble enige om en våpenhvile etter forhandlinger i {WBY}.
# økonomi
{COMP} leverte et driftsresultat på {BIG} millioner kroner i {KV} kvartal.
Konsernsjef {BIZ} i {COMP} varsler at selskapet vil kutte {BIG} stillinger.
{COMP} kjøper konkurrenten {COMP} for {N} milliarder kroner.
Aksjen til {COMP} falt {PCT} prosent på {ORG_BORS} etter resultatfremleggelsen.
{COMP} vil bygge en ny fabrikk {i:BY} som kan gi {BIG} arbeidsplasser.
{COMP} flytter hovedkontoret fra {BY} til {WBY}, opplyser selskapet.
{ORG_SSB} melder at prisveksten var {PCT} prosent i {MND}.
{COMP} og {COMP} har inngått et samarbeid om hydrogen {i:REG}.
Eksporten av laks til {LAND} økte med {N} prosent i fjor, ifølge {ORG_SJOMAT}.
{BIZ}, som leder {COMP}, sier markedet {i:LAND} er viktigere enn noen gang.
Styreleder {BIZ} går av etter {N} år i {COMP}.
{COMP} taper {BIG} millioner kroner på virksomheten {i:LAND} og trekker seg ut.
Investor {BIZ} har kjøpt seg opp i {COMP} og blir nå største eier.
Boligprisene {i:BY} steg med {PCT} prosent i {MND}, viser tall fra {ORG_EIENDOM}.
{COMP} får en bot på {BIG} millioner kroner fra {AGENCY}.
# rett
En mann i {ALDER}-årene er dømt til {N} års fengsel i {COURT} for drapet {i:BY}.
{COURT} har frifunnet den tidligere lederen i {COMP} for korrupsjon.
Forsvarer {GEN} sier klienten vil anke dommen fra {COURT}.
{AGENCY} etterforsker et innbrudd i lokalene til {COMP} {i:BY}.
En {ALDER} år gammel kvinne er siktet for grovt underslag fra {OORG}.
Politiet {i:BY} har pågrepet to personer etter et ran ved {SITE}.
{COURT} skjerpet straffen for mannen som var tiltalt for overgrep {i:FYLKE}.
Statsadvokat {GEN} la ned påstand om {N} års fengsel for tiltalte.
{AGENCY} har siktet {N} personer for grov økonomisk kriminalitet etter en aksjon {i:BY}.
Aktor {GEN} mener bevisene mot tiltalte er svært sterke.
Saken mot {GEN} starter i {COURT} {DAG}, og den er berammet til {N} uker.
# sport
{ATH} vant {DAG} og tok sin {ORD} seier denne sesongen.
{CLUB} slo {CLUB} {SCORE} foran {BIG} tilskuere på {SITE_STADION}.
{ATH} er tatt ut til {SEV}, opplyser {ORG_IDRETT}.
{CLUB} har hentet {ATH} på en treårskontrakt.
Treneren i {CLUB}, {GEN}, fikk sparken etter tapet mot {CLUB}.
{ATH} måtte bryte løpet {i:BY} med en skade i kneet.
{ATH} og {ATH} ble nummer én og to under {SEV} {DAG}.
{SEV} ble avlyst på grunn av sterk vind og dårlig sikt.
Landslagssjef {GEN} har tatt ut {ATH} til kampene mot {LAND} og {LAND}.
{CLUB} er klar for semifinalen i {SEV_CUP} etter {SCORE} borte mot {CLUB}.
{ATH} satte ny norsk rekord under {SEV} og er klar for {SEV}.
{ATH} ble kåret til årets idrettsutøver under {CEV_IDRETT} {i:BY}.
Det ble norsk dobbeltseier da {ATH} vant foran {ATH} {i:WBY}.
{SUR} scoret to ganger og sendte {CLUB} til topps i tabellen.
{ORG_IDRETT} vil søke om å arrangere {SEV_MESTERSKAP} {i:BY} i 2030.
# kultur
{ART} er nominert til tre priser under {CEV_PRIS}.
Forfatteren {ART} er aktuell med ny roman, som lanseres under {CEV}.
{ART} holder konsert på {SITE_ARENA} {DAG}, og billettene ble utsolgt på {N} minutter.
{ART} er årets hovedartist når {CEV} åpner neste uke.
{CEV} fikk rekordbesøk med over {BIG}00 publikummere, opplyser arrangørene.
{OORG} har kjøpt inn et verk av {ART} for {N} millioner kroner.
{ART} og {ART} står på scenen sammen når {CEV} arrangeres i sommer.
{MEDIA} lager en dokumentarserie om {ART} og oppveksten {i:BY}.
Skuespilleren {ART} får hovedrollen i den nye serien fra {MEDIA}.
{ART} har solgt over {BIG} 000 bøker {i:LAND}, opplyser forlaget.
Sjefredaktør {GEN} i {MEDIA} går av etter {N} år.
# vær og natur
{ORG_MET} har sendt ut gult farevarsel for kraftig vind {i:REG} {DAG}.
Det ble målt {N} minusgrader {i:BY} natt til {DAG}, den laveste temperaturen i landet.
{ORG_NVE} varsler flomfare langs {NAT_ELV} etter kraftig regn.
Flere veier {i:FYLKE} er stengt etter at det gikk et jordskred ved {BY}.
Det kan komme opptil {N} centimeter nysnø {i:REG} de neste døgnene.
{ORG_MET} venter sol og opptil {N} grader {i:REG} i helgen.
Statsmeteorolog {GEN} sier det blir en kald og tørr uke {i:REG}.
Vannstanden i {NAT_VANN} er uvanlig høy for årstiden.
# ulykker
En person omkom i en trafikkulykke på {SITE_VEI} ved {BY} natt til {DAG}.
{ORG_HRS} leder en leteaksjon etter en savnet turgåer på {NAT_FJELL}.
Et fly med {N} passasjerer måtte nødlande på {SITE_FLY} etter tekniske problemer.
Brannvesenet {i:BY} rykket ut til en brann i et bolighus, og to personer ble fraktet til {HOSP}.
Et jordskjelv med styrke {MAG} rammet {LAND} {DAG}, og minst {N} er omkommet.
{N} personer er evakuert etter at {NAT_ELV} gikk over sine bredder {i:BY}.
En båt med {N} personer om bord kantret i {NAT_FJORD}, men alle ble reddet.
# vitenskap og helse
Forskere ved {UNI} har utviklet en ny metode for å oppdage kreft på et tidlig stadium.
Professor {GEN} ved {UNI} mener funnene kan få stor betydning for behandlingen.
{UNI} og {UNI} skal samarbeide om et nytt forskningssenter {i:BY}.
{HOSP} har innført nye rutiner etter at en pasient døde i akuttmottaket.
{ORG_FHI} melder om flere smittetilfeller {i:FYLKE} den siste uka.
Overlege {GEN} ved {HOSP} sier ventetiden er blitt kortere.
{ORG_WHO} advarer mot et nytt utbrudd {i:LAND}.
{COMP} har fått godkjent et nytt legemiddel mot diabetes {i:LAND}.
Helseminister {POL} vil bygge nytt sykehus {i:BY} til {N} milliarder kroner.
# arbeidsliv og utdanning
{UNION} varsler streik blant de ansatte i {COMP} fra {DAG}.
Forhandlingene mellom {UNION} og {UNION} brøt sammen natt til {DAG}.
Leder {GEN} i {UNION} krever at reallønnen skal øke.
{COMP} legger ned avdelingen {i:BY}, og {BIG} ansatte mister jobben.
Rektor {GEN} ved {UNI} sier søkertallene er de høyeste noensinne.
{UNI} får {N} nye studieplasser innen sykepleie og medisin.
Elevene {i:BY} får gratis skolemat fra høsten, har {OORG_KOMMUNE} bestemt.
# religion
Biskop {GEN} ber menighetene {i:FYLKE} om å åpne kirkene for flyktninger.
{ORG_KIRKE} har fått {N} 000 nye medlemmer det siste året.
Pave {PAVE} tok imot {WPOL} i {SITE_VATIKAN} {DAG}.
Over {BIG} mennesker var samlet i {SITE_KIRKE} til minnegudstjeneste {DAG}.
# miljø
{ORG_MILJO} vil stanse planene om vindkraft {i:BY}.
{COMP} har fått tillatelse til å bygge en gruve ved {NAT_FJORD}, til protester fra {ORG_MILJO}.
Klimaminister {POL} vil verne {N} nye naturområder {i:FYLKE}.
Utslippene fra {COMP} gikk ned med {N} prosent i fjor, viser selskapets klimarapport.
{ORG_MILJO} har saksøkt staten for å stanse oljeletingen i {NAT_HAV}.
# lokalt og diverse
Kommunestyret {i:BY} vedtok {DAG} å bygge ny idrettshall til {N} millioner kroner.
Innbyggerne {i:BY} må betale mer for vann og avløp neste år.
Den nye brua ved {BY} åpner for trafikk i {MND}.
{OORG_KOMMUNE} har fått klager fra naboer etter byggingen ved {SITE}.
Kong {KONGE} åpnet det nye kulturhuset {i:BY} {DAG}.
{ORG_VEG} stenger {SITE_VEI} mellom {BY} og {BY} i tre uker.
{COMP} åpner ny butikk på {SITE} i {MND}.
Fra {MND} blir det direkte fly mellom {BY} og {WBY}, opplyser {COMP_FLY}.
{GEN} fra {BY} fylte {ALDER} år {DAG} og feiret med hele familien.
{EV} trekker tusenvis av besøkende hvert år, og hotellene er fullbooket.
# flere, variert
{SUR} sier til {MEDIA} at han ikke angrer på beslutningen.
{SUR} avviser kritikken fra {PARTY} og sier regjeringen har gjort det som var nødvendig.
Ifølge {SUR} er det ikke aktuelt å selge eierandelen i {COMP}.
Både {SUR} og {SUR} var til stede da avtalen ble signert i {WBY}.
{POL} ({PAB}) og {POL} ({PAB}) fremmer et felles forslag om gratis tannhelse.
Under {SEV_MESTERSKAP} {i:WBY} tok {ATH} bronse på {DIST}.
{ATH} er klar for {SEV} etter å ha vunnet generalprøven {i:BY}.
{ART} mottok prisen under {CEV_PRIS}, men var ikke til stede selv.
Over {BIG} deltakere er påmeldt til {SEV_MOSJON} i år.
{BIZ} skal lede {OORG} fra {MND}, opplyser styret.
Den {DEMS}e statsministeren kommer på offisielt besøk til {LAND} i {MND}.
{CLUB} har solgt {ATH} til {CLUB} for en rekordsum.
{WPOL} sier {INTL} må ta et større ansvar for flyktningene fra {LAND}.
{MEDIA} avslører at {COMP} har brutt reglene {i:LAND} i flere år.
Politiet {i:BY} etterlyser en {ALDER} år gammel mann som har vært savnet siden {DAG}.
Det {DEMS}e selskapet {COMP} etablerer seg {i:BY} med {BIG} ansatte.
{WPOL} er ventet til {BY} i {MND} for samtaler om nordområdene.
{ORG_STORTING} har vedtatt at {AGENCY} skal gjennomgå alle kontrakter med {COMP}.
{BYG} ordfører {GEN} vil innføre bilfrie søndager i sentrum.
{ART} hedres med en stor utstilling på {OORG_MUSEUM} fra {MND}.
# konferanser og arrangementer
Politikere og næringslivsledere samles når {CEV_KONF} starter {DAG}.
{POL} ({PAB}) holdt hovedinnlegget under {CEV_KONF} og lovet kutt i skattene.
Over {BIG}00 deltakere fra {N} land er ventet til {CEV_KONF} i år.
{COMP} la fram sine nye planer under {CEV_KONF}.
{ATH} tok sin første seier i {SEV_TOUR} etter en lang spurt.
{SEV_TOUR} fikk ny vinner da {ATH} slo favorittene.
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
    return None if name[-1] in "sxzSXZ" else name + "s"


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
    home = ["Oslo"] * 8 + [n for _, n in entries(DATELINE_HOME)]
    abroad = ["Oslo"] * 3 + [n for _, n in entries(DATELINE_ABROAD)]
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
                markup = f"[[{rng.choice(pool)}|PLACE]] ({AGENCY}): {body}"
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
