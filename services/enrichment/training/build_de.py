#!/usr/bin/env python3
"""Build the German NER training set ``de.jsonl`` (spaCy, trained from scratch).

Standard library only and deterministic (fixed seed): running

    python3 build_de.py            # writes de.jsonl next to this script
    python3 build_de.py --check    # builds, verifies, prints counts, writes nothing

produces exactly the shipped file.  Every line is one JSON object
``{"text": ..., "entities": [[start, end, LABEL], ...]}`` with character offsets
(end exclusive) and labels PERSON, ORG, PLACE, EVENT (person, organisation,
place, event in ``inkstream_enrichment/evaluation/LABELLING.md``).

Two parts, both written here in an inline markup, ``[[Olaf Scholz|PERSON]]
besuchte [[Paris|PLACE]]``, which is converted to offsets by ``convert``:

1. ``HAND``: hand-written items in dpa style (one item a line, ``#`` lines are
   section comments), about a sixth of them with no entity at all;
2. template items: ``TEMPLATES`` filled from the name lists below.

Labelling decisions beyond LABELLING.md, kept the same in both parts:

* the dateline's city is a PLACE, the agency credit ``(dpa)`` is nothing;
* titles and functions stay outside the span ("Bundeskanzler [[Friedrich Merz|PERSON]]");
  a later surname mention is labelled PERSON too (token-level training);
* genitives are labelled as the whole token ("[[Merkels|PERSON]]",
  "[[Deutschlands|PLACE]]", "des [[Bundestags|ORG]]"); an apostrophe genitive
  keeps the apostrophe outside ("[[Scholz|PERSON]]’");
* a name inside a hyphenated compound is not labelled ("SPD-Chef",
  "Nato-Staaten", "US-Präsident"): spaCy's German tokenizer keeps such a
  compound as one token, and the compound is not a name.  A compound that is
  itself the name is labelled whole ("[[EU-Kommission|ORG]]",
  "[[Fußball-WM|EVENT]]", "[[Baden-Württemberg|PLACE]]");
* demonyms and adjectives are not entities ("deutsche", "die Deutschen",
  "Berliner Luft", "Münchner Polizei") unless part of a name
  ("[[Berliner Zeitung|ORG]]", "[[Deutsche Bahn|ORG]]");
* generic institutions are not names: Regierung, Bundesregierung, Polizei,
  Staatsanwaltschaft, Landgericht, Feuerwehr, Zoll, Kabinett; named ones are ORG
  ("[[Staatsanwaltschaft Köln|ORG]]", "[[Landgericht Berlin|ORG]]",
  "[[Bundespolizei|ORG]]"); ministries are ORG;
* countries are PLACE even when they act; the EU, UN, Nato are ORG;
  "Kreml" and "Weißes Haus" acting as institutions are ORG;
* clubs are ORG, also when named by their town ("[[Leverkusen|ORG]] gewann");
  leagues and tournaments (Bundesliga, Champions League, DFB-Pokal, WM) are EVENT;
  stadiums, streets, squares, buildings as locations are PLACE; museums,
  theatres and orchestras are ORG;
* elections are EVENT (Bundestagswahl, Europawahl, Landtagswahl); prizes,
  products, works, laws, storms ("Sturmtief „Zoltan“") are not entities.
"""

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

SEED = 20250611
N_TEMPLATE_ITEMS = 1300
LABELS = ("PERSON", "ORG", "PLACE", "EVENT")
MARK = re.compile(r"\[\[([^\[\]|]+)\|([A-Z]+)\]\]")

# ---------------------------------------------------------------------------
# People.  "Name;g" or "Name;g;Surname" (g: m/f); politicians also ";;Party".
# ---------------------------------------------------------------------------

# Politicians with their party (key into PARTIES); format "Name;g;Surname;Party"
POLITICIANS = """
Friedrich Merz;m;;CDU
Lars Klingbeil;m;;SPD
Olaf Scholz;m;;SPD
Angela Merkel;f;;CDU
Markus Söder;m;;CSU
Alexander Dobrindt;m;;CSU
Johann Wadephul;m;;CDU
Boris Pistorius;m;;SPD
Katherina Reiche;f;;CDU
Bärbel Bas;f;;SPD
Karin Prien;f;;CDU
Nina Warken;f;;CDU
Stefanie Hubig;f;;SPD
Carsten Schneider;m;;SPD
Alois Rainer;m;;CSU
Patrick Schnieder;m;;CDU
Dorothee Bär;f;;CSU
Verena Hubertz;f;;SPD
Reem Alabali-Radovan;f;;SPD
Thorsten Frei;m;;CDU
Julia Klöckner;f;;CDU
Jens Spahn;m;;CDU
Matthias Miersch;m;;SPD
Carsten Linnemann;m;;CDU
Hendrik Wüst;m;;CDU
Boris Rhein;m;;CDU
Michael Kretschmer;m;;CDU
Manuela Schwesig;f;;SPD
Dietmar Woidke;m;;SPD
Kai Wegner;m;;CDU
Peter Tschentscher;m;;SPD
Daniel Günther;m;;CDU
Anke Rehlinger;f;;SPD
Mario Voigt;m;;CDU
Olaf Lies;m;;SPD
Alice Weidel;f;;AfD
Tino Chrupalla;m;;AfD
Heidi Reichinnek;f;;Linke
Jan van Aken;m;van Aken;Linke
Ines Schwerdtner;f;;Linke
Sahra Wagenknecht;f;;BSW
Christian Lindner;m;;FDP
Christian Dürr;m;;FDP
Robert Habeck;m;;Grüne
Cem Özdemir;m;;Grüne
Ricarda Lang;f;;Grüne
Omid Nouripour;m;;Grüne
Franziska Brantner;f;;Grüne
Felix Banaszak;m;;Grüne
Katharina Dröge;f;;Grüne
Britta Haßelmann;f;;Grüne
Hubert Aiwanger;m;;FW
Joachim Herrmann;m;;CSU
Winfried Kretschmann;m;;Grüne
Saskia Esken;f;;SPD
Karl Lauterbach;m;;SPD
Nancy Faeser;f;;SPD
Hubertus Heil;m;;SPD
Svenja Schulze;f;;SPD
Wolfgang Kubicki;m;;FDP
Gregor Gysi;m;;Linke
Bodo Ramelow;m;;Linke
Philipp Amthor;m;;CDU
Serap Güler;f;;CDU
Aydan Özoğuz;f;;SPD
Derya Türk-Nachbaur;f;;SPD
Gökay Akbulut;m;;Linke
Kevin Kühnert;m;;SPD
Marie-Agnes Strack-Zimmermann;f;;FDP
Manfred Weber;m;;CSU
Christian Stocker;m;;ÖVP
Andreas Babler;m;;SPÖ
Beate Meinl-Reisinger;f;;NEOS
Herbert Kickl;m;;FPÖ
Karl Nehammer;m;;ÖVP
Michael Ludwig;m;;SPÖ
Gerhard Karner;m;;ÖVP
Markus Marterbauer;m;;SPÖ
Leonore Gewessler;f;;GrüneAT
Werner Kogler;m;;GrüneAT
Johanna Mikl-Leitner;f;;ÖVP
Hans Peter Doskozil;m;;SPÖ
Karoline Edtstadler;f;;ÖVP
Norbert Hofer;m;;FPÖ
Elke Kahr;f;;KPÖ
Karin Keller-Sutter;f;;FDPCH
Guy Parmelin;m;;SVP
Ignazio Cassis;m;;FDPCH
Albert Rösti;m;;SVP
Beat Jans;m;;SP
Elisabeth Baume-Schneider;f;;SP
Martin Pfister;m;;Mitte
Viola Amherd;f;;Mitte
Marcel Dettling;m;;SVP
Cédric Wermuth;m;;SP
Mattea Meyer;f;;SP
Thierry Burkart;m;;FDPCH
Tobias Reinhardt;m;;FDP
Sabine Köhler-Brandt;f;;CDU
Jörg Albrecht;m;;SPD
Claudia Wendt;f;;Grüne
Heiko Brandes;m;;AfD
Nadine Erlewein;f;;Linke
Ralf Steinbach;m;;CSU
Miriam Oestreich;f;;FDP
Uwe Kolbe;m;;BSW
Markus Pfeiffer;m;;FW
Leyla Demirtaş;f;;SPD
Stefan Aigner;m;;ÖVP
Theresa Wimmer;f;;SPÖ
Reto Gerber;m;;SVP
Corinne Bühler;f;;SP
"""

LEADERS = """
Emmanuel Macron;m
Donald Trump;m
Wladimir Putin;m
Wolodymyr Selenskyj;m
Xi Jinping;m;Xi
Keir Starmer;m
Giorgia Meloni;f
Pedro Sánchez;m
Donald Tusk;m
Recep Tayyip Erdogan;m
Benjamin Netanjahu;m
Ursula von der Leyen;f;von der Leyen
António Costa;m
Kaja Kallas;f
Mark Rutte;m
António Guterres;m
Christine Lagarde;f
Narendra Modi;m
Luiz Inácio Lula da Silva;m;Lula
Javier Milei;m
Viktor Orbán;m
Mette Frederiksen;f
Jonas Gahr Støre;m
Ulf Kristersson;m
Alexander Stubb;m
Petteri Orpo;m
Mark Carney;m
Claudia Sheinbaum;f
Cyril Ramaphosa;m
Joe Biden;m
Kamala Harris;f
JD Vance;m
Marco Rubio;m
Sergej Lawrow;m
Abdel Fattah al-Sisi;m;al-Sisi
Kim Jong Un;m;Kim
Anthony Albanese;m
Dick Schoof;m
Bart De Wever;m;De Wever
Luc Frieden;m
Robert Fico;m
Andrej Babiš;m
Aleksandar Vučić;m
Maia Sandu;f
Edi Rama;m
Kyriakos Mitsotakis;m
Nicușor Dan;m
Karol Nawrocki;m
Isaac Herzog;m
Masoud Peseschkian;m
Ahmed al-Scharaa;m;al-Scharaa
Tedros Adhanom Ghebreyesus;m;Tedros
Sanae Takaichi;f
Alexander Lukaschenko;m
Ilham Alijew;m
Nikol Paschinjan;m
Sheikh Hasina;f;Hasina
William Ruto;m
Bola Tinubu;m
Gustavo Petro;m
Gabriel Boric;m
Friederike Ahlgren;f
Tomás Villanueva;m
"""

ATHLETES = """
Harry Kane;m
Jamal Musiala;m
Florian Wirtz;m
Joshua Kimmich;m
Manuel Neuer;m
Thomas Müller;m
Leroy Sané;m
Kai Havertz;m
Antonio Rüdiger;m
Nico Schlotterbeck;m
Serge Gnabry;m
Leon Goretzka;m
Niclas Füllkrug;m
Deniz Undav;m
Maximilian Mittelstädt;m
Marc-André ter Stegen;m;ter Stegen
Oliver Baumann;m
Jonathan Tah;m
Aleksandar Pavlović;m
Karim Adeyemi;m
Nick Woltemade;m
Granit Xhaka;m
Manuel Akanji;m
Yann Sommer;m
Marko Arnautović;m
David Alaba;m
Konrad Laimer;m
Christoph Baumgartner;m
Alexandra Popp;f
Giulia Gwinn;f
Lea Schüller;f
Klara Bühl;f
Ann-Katrin Berger;f
Sjoeke Nüsken;f
Alexander Zverev;m
Jan-Lennard Struff;m
Laura Siegemund;f
Tatjana Maria;f
Dominic Thiem;m
Belinda Bencic;f
Jannik Sinner;m
Carlos Alcaraz;m
Novak Djokovic;m
Aryna Sabalenka;f
Iga Świątek;f
Marco Odermatt;m
Lara Gut-Behrami;f
Mikaela Shiffrin;f
Franziska Preuß;f
Andreas Wellinger;m
Karl Geiger;m
Pius Paschke;m
Linus Straßer;m
Emma Aicher;f
Kira Weidle-Winkelmann;f
Vincent Kriechmayr;m
Manuel Feller;m
Francesco Friedrich;m
Johannes Lochner;m
Felix Loch;m
Max Verstappen;m
Lewis Hamilton;m
Nico Hülkenberg;m
Mick Schumacher;m
Tadej Pogačar;m
Jonas Vingegaard;m
Florian Lipowitz;m
Malaika Mihambo;f
Leo Neugebauer;m
Gina Lückenkemper;f
Dennis Schröder;m
Franz Wagner;m
Leon Draisaitl;m
Moritz Seider;m
Tim Stützle;m
Agit Kabayel;m
Lukas Märtens;m
Angelique Kerber;f
İlkay Gündoğan;m
Mesut Özil;m
Emre Can;m
Kenan Yıldız;m
Arda Güler;m
Hakan Çalhanoğlu;m
Timo Brennecke;m
Jonas Wieland;m
Lena Hartl;f
Mara Tillmann;f
Sebastian Vogler;m
Niklas Kranich;m
Elif Korkmaz;f
Luca Ferraro;m
"""

COACHES = """
Julian Nagelsmann;m
Vincent Kompany;m
Niko Kovač;m
Xabi Alonso;m
Ralf Rangnick;m
Murat Yakin;m
Christian Wück;m
Jürgen Klopp;m
Thomas Tuchel;m
Hansi Flick;m
Frank Schmidt;m
Sebastian Hoeneß;m
Ole Werner;m
Alfred Gislason;m
Gerardo Seoane;m
Steffen Baumgart;m
Urs Fischer;m
Dino Toppmöller;m
Horst Steffen;m
Kasper Hjulmand;m
"""

CULTURE = """
Helene Fischer;f
Herbert Grönemeyer;m
Udo Lindenberg;m
Daniel Kehlmann;m
Juli Zeh;f
Elfriede Jelinek;f
Peter Handke;m
Sandra Hüller;f
Daniel Brühl;m
Christoph Waltz;m
Til Schweiger;m
Wim Wenders;m
Fatih Akin;m
Anne-Sophie Mutter;f
Igor Levit;m
Kirill Petrenko;m
Thomas Gottschalk;m
Günther Jauch;m
Jan Böhmermann;m
Barbara Schöneberger;f
Carolin Kebekus;f
Hape Kerkeling;m
Nina Chuba;f
Sarah Connor;f
Mark Forster;m
Taylor Swift;f
Ed Sheeran;m
Billie Eilish;f
Nick Cave;m
Bruce Springsteen;m
Iris Berben;f
Matthias Schweighöfer;m
Nora Tschirner;f
Maria Furtwängler;f
Ulrich Tukur;m
Sebastian Fitzek;m
Cornelia Funke;f
Bernhard Schlink;m
Navid Kermani;m
Saša Stanišić;m
Jenny Erpenbeck;f
Anselm Kiefer;m
Gerhard Richter;m
Neo Rauch;m
Katharina Grosse;f
Sibel Kekilli;f
Kaya Yanar;m
Bülent Ceylan;m
Idil Baydar;f
İlker Çatak;m
Emine Sevgi Özdamar;f
Dunja Hayali;f
Ingo Zamperoni;m
Caren Miosga;f
Markus Lanz;m
Sandra Maischberger;f
Marius Gerling;m
Johanna Falkenried;f
"""

BUSINESS = """
Christian Sewing;m
Oliver Blume;m
Ola Källenius;m
Oliver Zipse;m
Roland Busch;m
Tim Höttges;m
Christian Klein;m
Markus Krebber;m
Belén Garijo;f
Bill Anderson;m
Carsten Spohr;m
Evelyn Palla;f
Bjørn Gulden;m
Markus Kamieth;m
Stefan Hartung;m
Bettina Orlopp;f
Joachim Nagel;m
Jerome Powell;m
Elon Musk;m
Jensen Huang;m
Tim Cook;m
Sam Altman;m
Mark Zuckerberg;m
Satya Nadella;m
Clemens Fuest;m
Marcel Fratzscher;m
Monika Schnitzer;f
Veronika Grimm;f
Andreas Mundt;m
Klaus Müller;m
Andrea Nahles;f
Yasmin Fahimi;f
Frank Werneke;m
Christiane Benner;f
Rainer Dulger;m
Peter Leibinger;m
Claus Weselsky;m
Mario Reiß;m
Hildegard Müller;f
Jörg Asmussen;m
Sergio Ermotti;m
Martin Kocher;m
Dagmar Kessel;f
Torsten Wiegand;m
"""

SCIENTISTS = """
Christian Drosten;m
Hendrik Streeck;m
Melanie Brinkmann;f
Özlem Türeci;f
Uğur Şahin;m
Emmanuelle Charpentier;f
Ferenc Krausz;m
Svante Pääbo;m
Reinhard Genzel;m
Benjamin List;m
Katalin Karikó;f
Johan Rockström;m
Stefan Rahmstorf;m
Mojib Latif;m
Alexander Gerst;m
Matthias Maurer;m
Insa Thiele-Eich;f
Dirk Messner;m
Friederike Otto;f
Harald Lesch;m
Mai Thi Nguyen-Kim;f
Lars Schaade;m
Sabine Rüdiger-Lohse;f
Bernd Hellwig;m
"""

# Invented private persons: first names (with gender) and surnames by origin;
# build_people() pairs them deterministically.
FIRST_DE = ("Lukas;m Anna;f Thomas;m Sabine;f Jonas;m Laura;f Michael;m Julia;f Stefan;m Katrin;f "
            "Felix;m Lea;f Andreas;m Sandra;f Tobias;m Nicole;f Martin;m Claudia;f Jan;m Melanie;f "
            "Frank;m Petra;f Jürgen;m Ursula;f Hannah;f Paul;m Marie;f Max;m Emma;f Leon;m Mia;f "
            "Finn;m Lena;f Ben;m Sophie;f Uwe;m Heike;f Dieter;m Monika;f Kevin;m Jessica;f Dennis;m Jana;f "
            "Wolfgang;m Gisela;f Horst;m Renate;f Sven;m Tanja;f").split()
LAST_DE = ("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf "
           "Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz "
           "Krause Meier Lehmann Köhler König Walter Kaiser Fuchs Peters Möller Jung Hahn Vogel Keller "
           "Friedrich Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon "
           "Ludwig Böhm Winter Kraus Martin Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt "
           "Haas Schreiber Graf Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt Sauer "
           "Arnold Wolff Pfeiffer Hübner Marx Rieger Ernst Kellner Nowak Wenzel Dittrich").split()
FIRST_TR = ("Mehmet;m Ayşe;f Fatma;f Mustafa;m Emre;m Elif;f Zeynep;f Murat;m Deniz;f Can;m Hülya;f Serkan;m "
            "Melek;f Burak;m Selin;f Kemal;m Leyla;f Okan;m Derya;f Yusuf;m Esra;f Hakan;m Gül;f Tarık;m").split()
LAST_TR = ("Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt "
           "Özkan Şimşek Polat Erdem Güneş Aksoy Tekin Kaplan Karaca").split()
FIRST_AT = ("Florian;m Katharina;f Johanna;f Matthias;m Christoph;m Theresa;f Wolfgang;m Magdalena;f "
            "Alois;m Verena;f Gernot;m Birgit;f Reinhard;m Elisabeth;f").split()
LAST_AT = ("Gruber Huber Bauer Pichler Steiner Moser Mayer Hofer Leitner Eder Reiter Mayr Wimmer Egger Brunner "
           "Auer Binder Lechner Wallner Aigner Ebner Koller Lehner Holzer Pucher Haider").split()
FIRST_CH = ("Reto;m Urs;m Beat;m Corinne;f Seraina;f Nadine;f Ueli;m Andrin;m Mirjam;f Luca;m Chiara;f "
            "Fabienne;f Dominik;m Ladina;f").split()
LAST_CH = ("Meier Gerber Brunner Frei Widmer Wyss Bühler Aebischer Bernasconi Rochat Zürcher Hürlimann "
           "Kälin Tanner Steiner Suter Lüthi Graber Ammann Schürch").split()
FIRST_INT = ("Sofia;f Jan;m Pierre;m Olga;f Ahmad;m Lina;f Samir;m Ana;f Piotr;m Giulia;f Mohammed;m "
             "Fatima;f Dmytro;m Oksana;f Nikos;m Elena;f Tomasz;m Amira;f Rahul;m Mei;f").split()
LAST_INT = ("Rossi Kowalski Dubois Petrowa Haidari Haddad Mansour García Nowicki Esposito Al-Masri Benali "
            "Kovalenko Bondarenko Papadopoulos Ionescu Wiśniewski Khalil Sharma Chen").split()

# ---------------------------------------------------------------------------
# Organisations: "form after the article;gender;dative form" (gender m/f/n/pl,
# 0 = used without article; dative defaults to the first form).
# ---------------------------------------------------------------------------

PARTIES = {  # key -> "form;gender;dative"
    "CDU": "CDU;f", "CSU": "CSU;f", "SPD": "SPD;f", "Grüne": "Grünen;pl", "FDP": "FDP;f",
    "AfD": "AfD;f", "Linke": "Linke;f;Linken", "BSW": "BSW;n", "FW": "Freien Wähler;pl;Freien Wählern",
    "ÖVP": "ÖVP;f", "SPÖ": "SPÖ;f", "FPÖ": "FPÖ;f", "NEOS": "Neos;pl", "GrüneAT": "Grünen;pl",
    "KPÖ": "KPÖ;f", "SVP": "SVP;f", "SP": "SP;f", "FDPCH": "FDP;f", "Mitte": "Mitte;f",
}
EXTRA_PARTIES = "Volt;0\nÖDP;f\nPiratenpartei;f\nTierschutzpartei;f\nSSW;m\nJunge Union;f;Jungen Union\nJusos;pl\nGrüne Jugend;f;Grünen Jugend"

COMPANIES = """
Siemens;0
Volkswagen;0
BMW;0
Mercedes-Benz;0
Audi;0
Porsche;0
Opel;0
BASF;0
Bayer;0
SAP;0
Allianz;f
Deutsche Bank;f;Deutschen Bank
Commerzbank;f
Deutsche Telekom;f;Deutschen Telekom
Deutsche Post;f;Deutschen Post
DHL;0
Lufthansa;f
Deutsche Bahn;f;Deutschen Bahn
Bosch;0
Continental;0
ZF;0
Thyssenkrupp;0
Rheinmetall;0
Airbus;0
Infineon;0
Henkel;0
Adidas;0
Puma;0
Zalando;0
Aldi;0
Lidl;0
Rewe;0
Edeka;0
Tui;0
RWE;0
Eon;0
EnBW;0
Uniper;0
Fraport;0
Hapag-Lloyd;0
Deutsche Börse;f;Deutschen Börse
Munich Re;0
Hannover Rück;0
Vonovia;0
Beiersdorf;0
Merck;0
Fresenius;0
Biontech;0
Heidelberg Materials;0
Salzgitter;0
Sixt;0
Bertelsmann;0
ProSiebenSat.1;0
Ceconomy;0
Douglas;0
Miele;0
Trumpf;0
Stihl;0
Würth;0
Flixbus;0
Delivery Hero;0
Celonis;0
Enercon;0
Nordex;0
Meyer Werft;f
Stellantis;0
Renault;0
Tesla;0
Apple;0
Google;0
Amazon;0
Microsoft;0
Meta;0
Nvidia;0
Intel;0
OpenAI;0
Netflix;0
Spotify;0
Samsung;0
Toyota;0
BYD;0
Boeing;0
Shell;0
Unicredit;f
Nestlé;0
Novartis;0
Roche;0
UBS;f
Swiss;f
Swatch;0
ABB;0
Logitech;0
Migros;f
Coop;f
OMV;f
Voestalpine;f
Erste Group;f
Raiffeisen Bank International;f
Red Bull;0
Spar;0
Swarovski;0
Austrian Airlines;0
Wiener Linien;pl
ÖBB;pl
SBB;pl
BVG;f
Hamburger Hochbahn;f
"""

POLLSTERS = "Forsa;0\nInsa;0\nInfratest dimap;0\nAllensbach;0\nYouGov;0\nForschungsgruppe Wahlen;f\nCivey;0"

CLUBS = """
FC Bayern München;m
FC Bayern;m
Borussia Dortmund;0
BVB;m
Bayer Leverkusen;0
RB Leipzig;0
VfB Stuttgart;m
Eintracht Frankfurt;0
SC Freiburg;m
VfL Wolfsburg;m
Werder Bremen;0
Borussia Mönchengladbach;0
1. FC Köln;m
Hamburger SV;m
FC St. Pauli;m
1. FC Union Berlin;m
Hertha BSC;0
FC Schalke 04;m
1. FSV Mainz 05;m
TSG Hoffenheim;f
FC Augsburg;m
1. FC Heidenheim;m
VfL Bochum;m
Fortuna Düsseldorf;0
Hannover 96;0
1. FC Nürnberg;m
Dynamo Dresden;0
Hansa Rostock;0
Karlsruher SC;m
1. FC Kaiserslautern;m
Arminia Bielefeld;0
Rapid Wien;0
Austria Wien;f
Red Bull Salzburg;0
Sturm Graz;0
LASK;m
FC Basel;m
Young Boys;pl
FC Zürich;m
Grasshoppers;pl
FC Liverpool;m
Real Madrid;0
FC Barcelona;m
Manchester City;0
Paris Saint-Germain;0
Juventus Turin;0
Inter Mailand;0
Galatasaray Istanbul;0
Fenerbahçe Istanbul;0
THW Kiel;m
SG Flensburg-Handewitt;f
Füchse Berlin;pl
Alba Berlin;0
Eisbären Berlin;pl
Adler Mannheim;pl
Edmonton Oilers;pl
Orlando Magic;pl
"""

MEDIA = """
ARD;f
ZDF;n
Norddeutsche Rundfunk;m;Norddeutschen Rundfunk
NDR;m
WDR;m
Bayerische Rundfunk;m;Bayerischen Rundfunk
SWR;m
MDR;m
RBB;m
Deutschlandfunk;m
RTL;0
Sat.1;0
ORF;m
SRF;n
Süddeutsche Zeitung;f;Süddeutschen Zeitung
Frankfurter Allgemeine Zeitung;f
FAZ;f
Spiegel;m
Bild;f
Welt am Sonntag;f
Handelsblatt;n
Tagesspiegel;m
Berliner Zeitung;f
Berliner Morgenpost;f
Kölner Stadt-Anzeiger;m
Rheinische Post;f;Rheinischen Post
taz;f
Augsburger Allgemeine;f;Augsburger Allgemeinen
Münchner Merkur;m
Hamburger Abendblatt;n
Der Standard;0
Kronen Zeitung;f
Neue Zürcher Zeitung;f;Neuen Zürcher Zeitung
NZZ;f
Tages-Anzeiger;m
New York Times;f
Financial Times;f
BBC;f
Deutsche Presse-Agentur;f;Deutschen Presse-Agentur
Reuters;0
"""

UNIVERSITIES = """
Ludwig-Maximilians-Universität München;f
Technische Universität München;f;Technischen Universität München
Humboldt-Universität zu Berlin;f
Freie Universität Berlin;f;Freien Universität Berlin
Universität Heidelberg;f
Universität Hamburg;f
Universität zu Köln;f
Universität Leipzig;f
Universität Tübingen;f
Universität Bonn;f
Goethe-Universität Frankfurt;f
RWTH Aachen;f
Karlsruher Institut für Technologie;n
Technische Universität Dresden;f;Technischen Universität Dresden
Universität Wien;f
Universität Innsbruck;f
ETH Zürich;f
Universität Basel;f
Universität Zürich;f
Max-Planck-Gesellschaft;f
Fraunhofer-Gesellschaft;f
Helmholtz-Zentrum für Umweltforschung;n
Deutsche Krebsforschungszentrum;n;Deutschen Krebsforschungszentrum
Potsdam-Institut für Klimafolgenforschung;n
Forschungszentrum Jülich;n
Alfred-Wegener-Institut;n
Leibniz-Institut für Wirtschaftsforschung Halle;n
"""

PARLIAMENTS = """
Bundestag;m
Bundesrat;m
Nationalrat;m
Ständerat;m
Europäische Parlament;n;Europäischen Parlament
EU-Parlament;n
Bayerische Landtag;m;Bayerischen Landtag
Bundesversammlung;f
"""

COURTS = """
Bundesverfassungsgericht;n
Bundesgerichtshof;m
Bundesverwaltungsgericht;n
Bundesfinanzhof;m
Bundesarbeitsgericht;n
Bundessozialgericht;n
Verfassungsgerichtshof;m
Oberste Gerichtshof;m;Obersten Gerichtshof
Bundesgericht;n
Europäische Gerichtshof;m;Europäischen Gerichtshof
Landgericht Berlin;n
Landgericht München I;n
Landgericht Hamburg;n
Landgericht Köln;n
Landgericht Frankfurt;n
Landgericht Stuttgart;n
Landgericht Düsseldorf;n
Landgericht Leipzig;n
Landgericht Nürnberg-Fürth;n
Landgericht Bochum;n
Oberlandesgericht München;n
Oberlandesgericht Frankfurt;n
Oberlandesgericht Düsseldorf;n
Oberlandesgericht Celle;n
Oberlandesgericht Stuttgart;n
Amtsgericht Tiergarten;n
Amtsgericht Hamburg;n
Verwaltungsgericht Berlin;n
Oberverwaltungsgericht Münster;n
Landesgericht Wien;n
Landesgericht Innsbruck;n
Bezirksgericht Zürich;n
"""

PROSECUTORS = """
Staatsanwaltschaft Köln;f
Staatsanwaltschaft Berlin;f
Staatsanwaltschaft München I;f
Staatsanwaltschaft Hannover;f
Staatsanwaltschaft Frankfurt;f
Staatsanwaltschaft Hamburg;f
Staatsanwaltschaft Dresden;f
Staatsanwaltschaft Stuttgart;f
Bundesanwaltschaft;f
Wirtschafts- und Korruptionsstaatsanwaltschaft;f
Europäische Staatsanwaltschaft;f;Europäischen Staatsanwaltschaft
"""

AGENCIES = """
Bundeskanzleramt;n
Kanzleramt;n
Auswärtige Amt;n;Auswärtigen Amt
Bundesinnenministerium;n
Bundesfinanzministerium;n
Bundeswirtschaftsministerium;n
Bundesgesundheitsministerium;n
Bundesverteidigungsministerium;n
Bundesverkehrsministerium;n
Bundesjustizministerium;n
Bundesumweltministerium;n
Bundesagentur für Arbeit;f
Bundesamt für Migration und Flüchtlinge;n
Bundesamt für Verfassungsschutz;n
Bundesamt für Sicherheit in der Informationstechnik;n
Bundeskriminalamt;n
Landeskriminalamt Bayern;n
Bundespolizei;f
Bundeswehr;f
Bundesnetzagentur;f
Bundeskartellamt;n
Bundesrechnungshof;m
Umweltbundesamt;n
Robert Koch-Institut;n
Deutsche Wetterdienst;m;Deutschen Wetterdienst
Technische Hilfswerk;n;Technischen Hilfswerk
Kraftfahrt-Bundesamt;n
Bundesamt für Strahlenschutz;n
Bundesheer;n
Arbeitsmarktservice;n
Staatssekretariat für Migration;n
Bundesamt für Gesundheit;n
"""

POWER_SEATS = "Kreml;m\nWeiße Haus;n;Weißen Haus\nPentagon;n\nÉlysée-Palast;m;Élysée-Palast"

ECON_BODIES = """
Bundesbank;f
Statistische Bundesamt;n;Statistischen Bundesamt
Destatis;0
Statistik Austria;f
Oesterreichische Nationalbank;f;Oesterreichischen Nationalbank
Schweizerische Nationalbank;f;Schweizerischen Nationalbank
Europäische Zentralbank;f;Europäischen Zentralbank
EZB;f
Internationale Währungsfonds;m;Internationalen Währungsfonds
IWF;m
Weltbank;f
OECD;f
Welthandelsorganisation;f
Ifo-Institut;n
Deutsche Institut für Wirtschaftsforschung;n;Deutschen Institut für Wirtschaftsforschung
DIW;n
Institut der deutschen Wirtschaft;n
Institut für Weltwirtschaft;n
Sachverständigenrat;m
Wifo;n
Fed;f
"""

UNIONS = """
IG Metall;f
Verdi;0
GDL;f
EVG;f
IG BCE;f
NGG;f
GEW;f
Marburger Bund;m
Vereinigung Cockpit;f
Deutsche Gewerkschaftsbund;m;Deutschen Gewerkschaftsbund
DGB;m
PRO-GE;f
Unia;f
Syndicom;f
Schweizerische Gewerkschaftsbund;m;Schweizerischen Gewerkschaftsbund
"""

LOBBIES = """
Gesamtmetall;0
Bundesverband der Deutschen Industrie;m
BDI;m
Deutsche Industrie- und Handelskammer;f;Deutschen Industrie- und Handelskammer
Zentralverband des Deutschen Handwerks;m
Deutsche Bauernverband;m;Deutschen Bauernverband
Deutsche Städtetag;m;Deutschen Städtetag
Handelsverband Deutschland;m
Bitkom;m
Verband der Automobilindustrie;m
Bundesverband deutscher Banken;m
Wirtschaftskammer Österreich;f
Economiesuisse;0
Bund der Steuerzahler;m
ADAC;m
Verbraucherzentrale Bundesverband;m
"""

AID_ORGS = """
Deutsche Rote Kreuz;n;Deutschen Roten Kreuz
DRK;n
Rote Kreuz;n;Roten Kreuz
Caritas;f
Diakonie;f
Ärzte ohne Grenzen;0
Welthungerhilfe;f
Misereor;0
Brot für die Welt;0
Save the Children;0
Unicef;0
UNHCR;n
Welternährungsprogramm;n
Weltgesundheitsorganisation;f
WHO;f
Vereinten Nationen;pl
UN;pl
Johanniter-Unfall-Hilfe;f
Malteser Hilfsdienst;m
"""

RIGHTS_ORGS = "Amnesty International;0\nPro Asyl;0\nHuman Rights Watch;0\nReporter ohne Grenzen;0\nTransparency International;0"

GREEN_ORGS = """
Greenpeace;0
Nabu;m
BUND;m
Deutsche Umwelthilfe;f;Deutschen Umwelthilfe
WWF;m
Fridays for Future;0
Letzte Generation;f;Letzten Generation
Global 2000;0
Pro Natura;0
Verkehrsclub Deutschland;m
Schutzgemeinschaft Deutscher Wald;f
"""

SOCIAL_ORGS = """
Sozialverband VdK;m
Paritätische Wohlfahrtsverband;m;Paritätischen Wohlfahrtsverband
Arbeiterwohlfahrt;f
Deutsche Kinderschutzbund;m;Deutschen Kinderschutzbund
Deutsche Kinderhilfswerk;n;Deutschen Kinderhilfswerk
Volkssolidarität;f
Tafel Deutschland;f
Deutsche Mieterbund;m;Deutschen Mieterbund
"""

SPORT_BODIES = """
Deutsche Fußball-Bund;m;Deutschen Fußball-Bund
DFB;m
Deutsche Fußball Liga;f;Deutschen Fußball Liga
DFL;f
Deutsche Olympische Sportbund;m;Deutschen Olympischen Sportbund
Österreichische Fußball-Bund;m;Österreichischen Fußball-Bund
ÖFB;m
Schweizerische Fußballverband;m;Schweizerischen Fußballverband
Internationale Olympische Komitee;n;Internationalen Olympischen Komitee
IOC;n
Fifa;f
Uefa;f
FIS;f
Nationale Anti-Doping-Agentur;f;Nationalen Anti-Doping-Agentur
"""

CHURCH_ORGS = """
Deutsche Bischofskonferenz;f;Deutschen Bischofskonferenz
Evangelische Kirche in Deutschland;f;Evangelischen Kirche in Deutschland
EKD;f
Zentralrat der Juden;m
Zentralrat der Muslime;m
Ditib;f
Erzbistum Köln;n
Erzbistum München und Freising;n
Bistum Limburg;n
Bistum Trier;n
Vatikan;m
Zentralkomitee der deutschen Katholiken;n
"""

HEALTH_ORGS = """
Kassenärztliche Bundesvereinigung;f;Kassenärztlichen Bundesvereinigung
Deutsche Krankenhausgesellschaft;f;Deutschen Krankenhausgesellschaft
Techniker Krankenkasse;f
AOK;f
Barmer;f
DAK-Gesundheit;f
Bundesärztekammer;f
Ständige Impfkommission;f;Ständigen Impfkommission
Charité;f
Universitätsklinikum Hamburg-Eppendorf;n
Medizinische Hochschule Hannover;f;Medizinischen Hochschule Hannover
Universitätsspital Zürich;n
AKH Wien;n
"""

ENSEMBLES = """
Berliner Philharmoniker;pl;Berliner Philharmonikern
Wiener Philharmoniker;pl;Wiener Philharmonikern
Münchner Philharmoniker;pl;Münchner Philharmonikern
Bamberger Symphoniker;pl;Bamberger Symphonikern
Gewandhausorchester;n
Thomanerchor;m
Wiener Sängerknaben;pl
Rammstein;0
Tokio Hotel;0
Toten Hosen;pl
Scorpions;pl
Kraftwerk;0
Silbermond;0
AnnenMayKantereit;0
Revolverheld;0
Wanda;0
Bilderbuch;0
"""

STAGES = """
Wiener Staatsoper;f
Burgtheater;n
Semperoper;f
Berliner Ensemble;n
Deutsche Theater;n;Deutschen Theater
Schaubühne;f
Thalia Theater;n
Schauspielhaus Zürich;n
Bayerische Staatsoper;f;Bayerischen Staatsoper
Komische Oper;f;Komischen Oper
"""

MUSEUMS = """
Museum Ludwig;n
Städel Museum;n
Pinakothek der Moderne;f
Kunsthaus Zürich;n
Albertina;f
Jüdische Museum Berlin;n;Jüdischen Museum Berlin
"""

POL_INTL = """
EU;f
Europäische Union;f;Europäischen Union
EU-Kommission;f
Europäische Kommission;f;Europäischen Kommission
Nato;f
Vereinten Nationen;pl
UN;pl
UN-Sicherheitsrat;m
OSZE;f
Europarat;m
Afrikanische Union;f;Afrikanischen Union
G7;f
G20;f
Arabische Liga;f;Arabischen Liga
Asean;f
"""

OTHER_INTL = """
Esa;f
Nasa;f
Cern;n
Internationale Strafgerichtshof;m;Internationalen Strafgerichtshof
Internationale Atomenergiebehörde;f;Internationalen Atomenergiebehörde
IAEA;f
Opec;f
"""

ARMED_GROUPS = "Hamas;f\nHisbollah;f\nTaliban;pl\nHuthi-Miliz;f\nWagner-Gruppe;f\nAl-Shabaab-Miliz;f"

# ---------------------------------------------------------------------------
# Places: "name;gender;dative" (0 = used without article, the usual case).
# ---------------------------------------------------------------------------

CITIES_DE = """
Berlin Hamburg München Köln Frankfurt Stuttgart Düsseldorf Leipzig Dortmund Essen Bremen Dresden
Hannover Nürnberg Duisburg Bochum Wuppertal Bielefeld Bonn Münster Mannheim Karlsruhe Augsburg
Wiesbaden Mönchengladbach Gelsenkirchen Aachen Braunschweig Kiel Chemnitz Halle Magdeburg Freiburg
Krefeld Mainz Lübeck Erfurt Oberhausen Rostock Kassel Hagen Potsdam Saarbrücken Hamm Ludwigshafen
Oldenburg Mülheim Osnabrück Leverkusen Darmstadt Heidelberg Solingen Regensburg Herne Paderborn
Neuss Ingolstadt Offenbach Fürth Würzburg Ulm Heilbronn Pforzheim Wolfsburg Göttingen Bottrop
Reutlingen Koblenz Bremerhaven Recklinghausen Erlangen Bergisch_Gladbach Remscheid Jena Trier
Salzgitter Moers Siegen Hildesheim Cottbus Gütersloh Kaiserslautern Witten Schwerin Iserlohn
Esslingen Zwickau Düren Ratingen Flensburg Lünen Villingen-Schwenningen Konstanz Marl Worms
Dorsten Minden Velbert Neumünster Norderstedt Delmenhorst Wilhelmshaven Viersen Gladbeck
Dessau-Roßlau Rheine Troisdorf Detmold Lüneburg Marburg Bayreuth Bamberg Celle Landshut Aschaffenburg
Passau Rosenheim Kempten Fulda Gießen Weimar Görlitz Stralsund Greifswald Wismar Plauen Bautzen
Frankfurt_an_der_Oder Eisenach Gotha Suhl Wernigerode Quedlinburg Halberstadt Stendal Neubrandenburg
Emden Cuxhaven Husum Lindau Garmisch-Partenkirchen Berchtesgaden Oberstdorf Baden-Baden Tübingen
Wolfenbüttel Hameln Goslar Meißen Freiberg Pirna Zittau Eberswalde Brandenburg_an_der_Havel Oranienburg
Sylt Rügen Helgoland Norderney Borkum Usedom Föhr
"""

LAENDER = """
Bayern Sachsen Thüringen Hessen Brandenburg Niedersachsen Nordrhein-Westfalen Rheinland-Pfalz
Baden-Württemberg Sachsen-Anhalt Schleswig-Holstein Mecklenburg-Vorpommern
"""
LAENDER_EXTRA = "Saarland;n"

REGIONS = """
Ruhrgebiet;n
Allgäu;n
Eifel;f
Harz;m
Schwarzwald;m
Lausitz;f
Emsland;n
Sauerland;n
Uckermark;f
Erzgebirge;n
Spreewald;m
Münsterland;n
Rhön;f
Odenwald;m
Vogtland;n
Oberpfalz;f
Wendland;n
Hunsrück;m
Altmark;f
Bayerische Wald;m;Bayerischen Wald
Sächsische Schweiz;f;Sächsischen Schweiz
Ostfriesland;0
Oberbayern;0
Franken;0
Niederbayern;0
Vorpommern;0
Rheinhessen;0
Nordfriesland;0
Ostwestfalen;0
Oberschwaben;0
Alpen;pl
Dolomiten;pl
Pyrenäen;pl
"""

WATERS = """
Rhein;m
Elbe;f
Donau;f
Main;m
Mosel;f
Spree;f
Weser;f
Oder;f
Neckar;m
Inn;m
Isar;f
Saale;f
Havel;f
Ems;f
Lahn;f
Ruhr;f
Bodensee;m
Chiemsee;m
Starnberger See;m
Müritz;f
Tegernsee;m
Genfersee;m
Zürichsee;m
Vierwaldstättersee;m
Wörthersee;m
Attersee;m
Neusiedler See;m
Nordsee;f
Ostsee;f
Mittelmeer;n
Atlantik;m
Schwarze Meer;n;Schwarzen Meer
Rote Meer;n;Roten Meer
"""

MOUNTAINS = """
Zugspitze;f
Brocken;m
Watzmann;m
Feldberg;m
Matterhorn;n
Eiger;m
Jungfrau;f
Großglockner;m
Mont Blanc;m
"""

SITES = """
Alexanderplatz;m
Potsdamer Platz;m
Kurfürstendamm;m
Brandenburger Tor;n
Museumsinsel;f
Tempelhofer Feld;n
Reeperbahn;f
Jungfernstieg;m
Hamburger Hafen;m
Marienplatz;m
Odeonsplatz;m
Englische Garten;m;Englischen Garten
Theresienwiese;f
Königsallee;f
Römerberg;m
Zeil;f
Schlossplatz;m
Kölner Dom;m
Domplatte;f
Frauenkirche;f
Elbphilharmonie;f
Stephansplatz;m
Heldenplatz;m
Prater;m
Hofburg;f
Bahnhofstrasse;f
Bundesplatz;m
Paradeplatz;m
Allianz Arena;f
Signal Iduna Park;m
Olympiastadion;n
Veltins-Arena;f
Volksparkstadion;n
Mercedes-Benz Arena;f
Ernst-Happel-Stadion;n
St. Jakob-Park;m
Hockenheimring;m
Nürburgring;m
Flughafen BER;m
Frankfurter Flughafen;m
Kieler Förde;f
Wattenmeer;n
Champs-Élysées;pl
Times Square;m
Rote Platz;m;Roten Platz
"""

ZONES = """
Gazastreifen;m
Westjordanland;n
Krim;f
Donbass;m
Golanhöhen;pl
Kaschmir;0
Darfur;0
Sinai;m
Bergkarabach;0
Südsudan;m
Sahel;m
"""

CITIES_AT = """
Wien Graz Linz Salzburg Innsbruck Klagenfurt Villach Wels St._Pölten Dornbirn Steyr Wiener_Neustadt
Feldkirch Bregenz Leoben Krems Eisenstadt Kitzbühel Hallstatt Ischgl Zell_am_See Bad_Ischl Lienz
Schladming Sölden Mayrhofen Baden Amstetten Leonding
"""
REGIONS_AT = "Tirol;0\nKärnten;0\nVorarlberg;0\nNiederösterreich;0\nOberösterreich;0\nSteiermark;f\nBurgenland;n\nSalzkammergut;n\nWachau;f\nZillertal;n\nÖtztal;n"

CITIES_CH = """
Zürich Genf Basel Bern Lausanne Winterthur Luzern St._Gallen Lugano Biel Thun Köniz Schaffhausen
Freiburg_im_Üechtland Chur Neuenburg Sitten Zug Davos Zermatt St._Moritz Interlaken Grindelwald
Wengen Montreux Locarno Aarau Solothurn Baden Olten Frauenfeld
"""
REGIONS_CH = "Graubünden;0\nAargau;m\nThurgau;m\nTessin;n\nWallis;n\nEngadin;n\nBerner Oberland;n\nEmmental;n\nSchwyz;0\nUri;0\nGlarus;0\nJura;m"
CANTONS = """
Zürich Bern Luzern Uri Schwyz Obwalden Nidwalden Glarus Zug Freiburg Solothurn Basel-Stadt Basel-Landschaft
Schaffhausen Appenzell_Ausserrhoden Appenzell_Innerrhoden St._Gallen Graubünden Aargau Thurgau Tessin Waadt
Wallis Neuenburg Genf Jura
"""

SKI_RESORTS = """
Kitzbühel Schladming Sölden Zell_am_See Lienz Flachau Saalbach Wengen Adelboden Zermatt St._Moritz
Crans-Montana Lenzerheide Garmisch-Partenkirchen Oberstdorf Ruhpolding Oberhof Cortina_d’Ampezzo
Kranjska_Gora Åre Levi Lake_Louise Killington Bormio Gröden Val_di_Fassa
"""

CITIES_WORLD = """
Paris London Rom Madrid Lissabon Brüssel Amsterdam Den_Haag Luxemburg Kopenhagen Stockholm Oslo
Helsinki Warschau Prag Budapest Bratislava Ljubljana Zagreb Belgrad Sarajevo Bukarest Sofia Athen
Istanbul Ankara Moskau Sankt_Petersburg Kiew Charkiw Odessa Lwiw Minsk Wilna Riga Tallinn
Mailand Neapel Venedig Florenz Barcelona Sevilla Valencia Marseille Lyon Straßburg Nizza Antwerpen
Rotterdam Danzig Krakau Breslau Dublin Edinburgh Manchester Liverpool Reykjavík
Washington New_York Los_Angeles Chicago San_Francisco Miami Boston Houston Ottawa Toronto Montreal
Mexiko-Stadt Havanna Bogotá Lima Caracas Santiago Buenos_Aires Brasília Rio_de_Janeiro São_Paulo
Peking Shanghai Hongkong Taipeh Tokio Seoul Pjöngjang Manila Bangkok Hanoi Jakarta Singapur
Neu-Delhi Mumbai Islamabad Kabul Teheran Bagdad Damaskus Beirut Jerusalem Tel_Aviv Amman Riad
Doha Dubai Abu_Dhabi Kairo Tunis Algier Rabat Tripolis Khartum Nairobi Addis_Abeba Lagos Kinshasa
Johannesburg Kapstadt Dakar Bamako Sydney Melbourne Auckland Genua Triest Bozen Meran
"""

COUNTRIES = """
Deutschland;0
Österreich;0
Frankreich;0
Italien;0
Spanien;0
Portugal;0
Belgien;0
Luxemburg;0
Dänemark;0
Schweden;0
Norwegen;0
Finnland;0
Island;0
Irland;0
Großbritannien;0
England;0
Schottland;0
Polen;0
Tschechien;0
Ungarn;0
Rumänien;0
Bulgarien;0
Griechenland;0
Kroatien;0
Serbien;0
Bosnien und Herzegowina;0
Albanien;0
Nordmazedonien;0
Montenegro;0
Kosovo;n
Slowenien;0
Estland;0
Lettland;0
Litauen;0
Belarus;0
Russland;0
Georgien;0
Armenien;0
Aserbaidschan;0
Moldau;0
Israel;0
Syrien;0
Jordanien;0
Ägypten;0
Libyen;0
Tunesien;0
Marokko;0
Algerien;0
Saudi-Arabien;0
Katar;0
Afghanistan;0
Pakistan;0
Indien;0
China;0
Japan;0
Südkorea;0
Nordkorea;0
Taiwan;0
Vietnam;0
Thailand;0
Indonesien;0
Australien;0
Neuseeland;0
Kanada;0
Mexiko;0
Brasilien;0
Argentinien;0
Chile;0
Kolumbien;0
Venezuela;0
Kuba;0
Kenia;0
Nigeria;0
Äthiopien;0
Südafrika;0
Mali;0
Ghana;0
Ukraine;f
Schweiz;f
Türkei;f
Slowakei;f
Mongolei;f
Iran;m
Irak;m
Libanon;m
Sudan;m
Jemen;m
Kongo;m
Niger;m
Tschad;m
USA;pl
Niederlande;pl;Niederlanden
Philippinen;pl
Vereinigten Staaten;pl
Vereinigten Arabischen Emirate;pl;Vereinigten Arabischen Emiraten
"""

CONTINENTS = "Europa;0\nAsien;0\nAfrika;0\nLateinamerika;0\nNordamerika;0\nSüdamerika;0\nNahe Osten;m;Nahen Osten\nNahost;0\nSkandinavien;0\nOsteuropa;0\nMitteleuropa;0\nBalkan;m\nBaltikum;n\nArktis;f\nAntarktis;f\nKaukasus;m\nSahelzone;f"

# ---------------------------------------------------------------------------
# Events: "name;gender;dative" and a group (pol, kult, sport, fest, wirt).
# ---------------------------------------------------------------------------

EVENTS = """
wahl|Bundestagswahl;f
wahl|Europawahl;f
wahl|Landtagswahl;f
wahl|Nationalratswahl;f
wahl|Bundespräsidentenwahl;f
wahl|US-Präsidentschaftswahl;f
gipfel|Münchner Sicherheitskonferenz;f
gipfel|Weltklimakonferenz;f
gipfel|UN-Klimakonferenz;f
gipfel|G7-Gipfel;m;;G7-Gipfels
gipfel|G20-Gipfel;m;;G20-Gipfels
gipfel|Nato-Gipfel;m;;Nato-Gipfels
gipfel|EU-Gipfel;m;;EU-Gipfels
gipfel|Weltwirtschaftsforum;n;;Weltwirtschaftsforums
fest|Oktoberfest;n
fest|Wiesn;f
fest|Cannstatter Wasen;m
fest|Kieler Woche;f
fest|Hanse Sail;f
fest|Kölner Karneval;m
fest|Karneval der Kulturen;m
fest|Christopher Street Day;m
fest|Rosenmontagszug;m
fest|Christkindlesmarkt;m
fest|Bundesgartenschau;f
fest|Wiener Opernball;m
fest|Katholikentag;m
fest|Deutsche Evangelische Kirchentag;m;Deutschen Evangelischen Kirchentag
film|Berlinale;f
kult|Frankfurter Buchmesse;f
kult|Leipziger Buchmesse;f
kult|Documenta;f
kult|Salzburger Festspiele;pl;Salzburger Festspielen
kult|Bayreuther Festspiele;pl;Bayreuther Festspielen
kult|Bregenzer Festspiele;pl;Bregenzer Festspielen
kult|Wiener Festwochen;pl
film|Filmfestspiele von Cannes;pl;Filmfestspielen von Cannes
film|Filmfestspiele von Venedig;pl;Filmfestspielen von Venedig
film|Filmfest München;n
film|Filmfest Hamburg;n
film|Locarno Film Festival;n
film|Zurich Film Festival;n
film|Diagonale;f
film|Max-Ophüls-Festival;n
kult|Eurovision Song Contest;m
kult|Rock am Ring;0
kult|Wacken Open Air;n
kult|Lucerne Festival;n
kult|Montreux Jazz Festival;n
kult|Art Basel;f
kult|Oscar-Verleihung;f
kult|Ruhrtriennale;f
kult|Beethovenfest;n
wirt|Hannover Messe;f
wirt|Internationale Funkausstellung;f;Internationalen Funkausstellung
wirt|IFA;f
wirt|Grüne Woche;f;Grünen Woche
wirt|IAA;f
wirt|Gamescom;f
wirt|Cebit;f
big|Fußball-Weltmeisterschaft;f
big|Fußball-Europameisterschaft;f
big|Fußball-WM;f
big|Fußball-EM;f
big|Frauen-EM;f
big|Olympischen Spiele;pl;Olympischen Spielen
big|Olympischen Winterspiele;pl;Olympischen Winterspielen
big|Paralympics;pl
big|Tour de France;f
big|Giro d’Italia;m
tennis|Wimbledon;0
tennis|Australian Open;pl
tennis|French Open;pl
tennis|US Open;pl
big|Vierschanzentournee;f
big|Hahnenkammrennen;n
big|Lauberhornrennen;n
cup|Champions League;f
cup|Europa League;f
cup|Conference League;f
cup|DFB-Pokal;m
liga|Bundesliga;f
big|Berlin-Marathon;m
big|Handball-WM;f
big|Eishockey-WM;f
big|Biathlon-WM;f
big|Leichtathletik-WM;f
big|Super Bowl;m
big|Ryder Cup;m
"""

# ---------------------------------------------------------------------------
# Templates.  {pool1.attr} fills a name from a pool (the digit tells names of
# one pool apart; the same variable repeats the same name).  Attributes:
# (none) full name; sur surname; gen genitive (Merkels, Bayerns); raw no markup
# (inside compounds); nom/akk/dat with article; bei/in/von/zu/an/aus/mit/vor/
# nach dative with preposition, contracted; fuer/gegen/ueber/hin accusative
# (hin = direction: nach/in die/ins); party = a politician's party, then one of
# the above.  {x1?m/f} picks by a person's gender, {x1#sg/pl} by number.
# {num:lo-hi} {wday} {month} {year} {pct} {dec} {time} are plain fillers.
# ---------------------------------------------------------------------------

TEMPLATES = [
    # --- Politik Deutschland
    "{city1} (dpa) - {pol1} ({pol1.party.short}) hat sich für eine Reform der Schuldenbremse ausgesprochen. Die Länder bräuchten mehr Spielraum für Investitionen, sagte {pol1?der/die} {pol1?Politiker/Politikerin} am {wday}.",
    "{pol1} hat {pol2} scharf kritisiert. {pol2.sur} habe in der Debatte „keinen Plan“ vorgelegt, sagte {pol1.sur} in {city1}.",
    "Die Umfragewerte {pol1.party.des} sind gesunken. In einer Erhebung von {poll1} kommt die Partei nur noch auf {num:4-31} Prozent.",
    "Nach einer Umfrage des Instituts {poll1} {party1#liegt/liegen} {party1.nom} bei {num:5-30} Prozent, {party2.nom} bei {num:5-30} Prozent.",
    "{pol1.gen} Vorschlag stößt {party1.in} auf Widerstand. Mehrere Abgeordnete kündigten an, nicht zuzustimmen.",
    "{pol1} zieht {pol1.party.fuer} als {pol1?Spitzenkandidat/Spitzenkandidatin} in die {evparl1}.",
    "Der Parteitag in {city1} hat {pol1} mit {num:60-97} Prozent der Stimmen im Amt bestätigt.",
    "{city1} (dpa) - Vor der {evwahl1} ist die Stimmung {pol1.party.in} angespannt. {pol1} warnte vor „Grabenkämpfen“.",
    "{pol1} ({pol1.party.short}) fordert eine schnellere Digitalisierung der Verwaltung. Behörden müssten ihre Akten bis {year} vollständig elektronisch führen.",
    "Ein internes Papier sorgt {pol1.party.in} für Streit. {pol1} sprach von „schweren Versäumnissen“.",
    "{parl1.nom} {parl1#hat/haben} am {wday} über den Haushalt beraten. Eine Entscheidung wird im {month} erwartet.",
    "Die Debatte {parl1.in} über die Rente dauerte bis in die Nacht. {pol1} warf der Koalition Wortbruch vor.",
    "In {land1} will die Landesregierung die Grunderwerbsteuer senken. {pol1} begrüßte den Vorstoß.",
    "{land1.gen} Landesregierung hat ein Sparpaket über {num:200-900} Millionen Euro beschlossen.",
    "Die Landesregierung von {land1} hat einen Nachtragshaushalt vorgelegt. Die Opposition kritisierte neue Schulden.",
    "Der {pabbr1.raw}-Vorsitzende hat die Pläne zurückgewiesen. Man werde keiner Steuererhöhung zustimmen, hieß es am {wday} {pabbr1.aus} in {city1}.",
    "Die {pabbr1.raw}-Fraktion will einen Untersuchungsausschuss beantragen. Auch {party2.nom} {party2#signalisiert/signalisieren} Zustimmung.",
    "{party1.nom} {party1#hat/haben} einen Antrag auf ein Verbotsverfahren gegen {party2.akk} geprüft.",
    "Die Koalition aus {party1.dat} und {party2.dat} hat sich auf einen Haushalt geeinigt.",
    "Ein Sprecher {party1.des} wies die Vorwürfe zurück. Man habe sich an alle Regeln gehalten.",
    "Die Fraktion {pol1.party.des} hat {pol1} zu {pol1?ihrem neuen Vorsitzenden/ihrer neuen Vorsitzenden} gewählt.",
    "{pol1.sur} will am {wday} in {city1} mit Vertretern der Kommunen sprechen. Es geht um die Unterbringung von Flüchtlingen.",
    "{agency1.nom} {agency1#hat/haben} neue Zahlen vorgelegt. {pol1} sprach von einer „besorgniserregenden Entwicklung“.",
    "Ein internes Gutachten {agency1.von} liegt {media1.dat} vor. Darin ist von erheblichen Mängeln die Rede.",
    "Die Wahlbeteiligung bei der {evwahl1} lag bei {num:45-78},{num:0-9} Prozent.",
    "Nach der {evwahl1} haben {party1.nom} und {party2.nom} Sondierungsgespräche aufgenommen.",
    "{pol1} hat vor der {evwahl1} vor einer weiteren Spaltung der Gesellschaft gewarnt.",
    "{pol1?Ex-Minister/Ex-Ministerin} {pol1} hat ein Buch über {pol1?seine/ihre} Zeit in der Regierung geschrieben. {pol1.gen} Memoiren erscheinen im {month}.",
    # --- Österreich und Schweiz
    "{atcity1} (APA) - {pol1} hat ein neues Maßnahmenpaket gegen die Teuerung vorgestellt. {party1.nom} {party1#kritisierte/kritisierten} die Pläne als unzureichend.",
    "{atregion1.in} hat die Landesregierung ein Förderprogramm für Wohnbau beschlossen. Betroffen sind auch Gemeinden rund um {atcity1}.",
    "{atcity1} (APA) - {atregion1.in} haben Lawinen mehrere Straßen verschüttet. Die Orte {atcity2} und {atcity3} sind nur per Hubschrauber erreichbar.",
    "{chcity1} (sda) - Die Stimmberechtigten im Kanton {canton1} haben eine Vorlage zur Steuerreform angenommen.",
    "{chcity1} (sda) - Der Kanton {canton1} führt ein Verbot von Laubbläsern ein. Die Gemeinde {chcity2} hatte den Vorstoß lanciert.",
    "Die Bahnverbindung zwischen {chcity1} und {chcity2} ist nach einem Murgang unterbrochen.",
    "{chcity1} (sda) - Der Stadtrat hat einen Kredit für neue Velowege genehmigt.",
    # --- Ausland und Konflikt
    "{pol1} ist zu Gesprächen {wcity1.hin} gereist. Dort will {pol1?er/sie} auch {leader1} treffen.",
    "{leader1} empfängt {pol1} am {wday} in {wcity1}. Im Mittelpunkt stehen Handelsfragen.",
    "{wcity1} (dpa) - {leader1} hat {leader2} zu einem Staatsbesuch eingeladen. {leader2.sur} nahm die Einladung an.",
    "{ctry1.gen} Regierung hat den Botschafter {country1.aus} einbestellt. Grund sind Berichte über Spionage.",
    "{leader1.gen} Besuch in {ctry1} war lange geplant. Die Regierung in {wcity1} sprach von einem „wichtigen Signal“.",
    "Die Außenminister der {iabbr1.raw}-Staaten beraten in {wcity1} über die Lage {country1.in}.",
    "{intl1.nom} {intl1#fordert/fordern} eine sofortige Waffenruhe {crisis1.in}.",
    "{intl1.nom} {intl1#hat/haben} {crisis1.dat} weitere Hilfen zugesagt. Das Geld soll vor allem in den Wiederaufbau fließen.",
    "Beim Treffen in {wcity1} haben {leader1} und {leader2} über Sicherheitsfragen beraten.",
    "{leader1} und {leader2} haben sich am Rande {evgipfel1.des} getroffen.",
    "{evgipfel1.nom} {evgipfel1#beginnt/beginnen} am {wday}. Erwartet werden Delegationen aus mehr als {num:20-150} Ländern.",
    "{wcity1} (dpa) - Bei Angriffen {crisis1.in} sind nach Angaben der Behörden mindestens {num:3-40} Menschen getötet worden.",
    "{ctry1} und {ctry2} haben sich auf eine engere Zusammenarbeit bei der Energieversorgung verständigt.",
    "Die Regierung in {wcity1} hat die Grenze zu {ctry1} vorübergehend geschlossen.",
    "{leader1} hat den Konflikt {crisis1.in} als „Tragödie“ bezeichnet. {leader1?Er/Sie} rief alle Seiten zur Mäßigung auf.",
    "In {wcity1} haben Tausende Menschen gegen die Regierung demonstriert. Die Polizei setzte Tränengas ein.",
    "{aid1.nom} {aid1#warnt/warnen} vor einer Hungersnot {hunger1.in}. Millionen Menschen seien auf Hilfe angewiesen.",
    "Die Bundesregierung hat die Lieferung von Luftabwehrsystemen {crisis1.hin} genehmigt.",
    "{wcity1} (dpa) - {country1.nom} {country1#hat/haben} nach eigenen Angaben einen Drohnenangriff abgewehrt.",
    "{leader1} ist zu einem zweitägigen Besuch {country1.hin} aufgebrochen. Geplant sind Gespräche über Rohstoffe.",
    "{ctry1} muss nach Ansicht von {leader1} mehr für die eigene Sicherheit tun.",
    "{continent1.nom} {continent1#steht/stehen} vor großen Herausforderungen, sagte {leader1} in {wcity1}.",
    "Nach dem Putsch {crisis1.in} hat {intl1.nom} die Zusammenarbeit ausgesetzt.",
    "Die Flüchtlinge kamen vor allem {crisis1.aus} und {crisis2.dat}.",
    "Die Lage {zone1.in} bleibt angespannt. Hilfsorganisationen berichten von neuen Kämpfen.",
    "{seat1.nom} {seat1#hat/haben} die Berichte über geheime Verhandlungen mit {leader1} dementiert.",
    "{rights1} wirft den Behörden {country1.in} schwere Menschenrechtsverletzungen vor.",
    "{otherintl1.nom} {otherintl1#hat/haben} einen neuen Bericht vorgelegt. Die Ergebnisse sollen am {wday} in {wcity1} vorgestellt werden.",
    "{armed1.nom} {armed1#hat/haben} einen Vorschlag für eine Waffenruhe abgelehnt. Vermittler {country1.aus} wollen weiter verhandeln.",
    # --- Wirtschaft
    "{city1} (dpa) - {comp1.nom} {comp1#will/wollen} bis {year} rund {num:500-9000} Stellen abbauen. Betroffen sind vor allem Standorte in {land1}.",
    "{comp1.nom} {comp1#hat/haben} im {num:1-4}. Quartal mehr verdient als erwartet. {priv1?Vorstandschef/Vorstandschefin} {priv1} sprach von einem „ordentlichen Ergebnis“.",
    "Die Aktie {comp1.des} ist nach einer Gewinnwarnung um {num:3-19} Prozent eingebrochen.",
    "{comp1.nom} {comp1#übernimmt/übernehmen} den Konkurrenten {comp2}. Die Kartellbehörden müssen noch zustimmen.",
    "{priv1} wird {priv1?neuer Vorstandschef/neue Vorstandschefin} {comp1.des}. {priv1.sur} kommt {comp2.von}.",
    "{comp1.nom} {comp1#baut/bauen} ein neues Werk in {city1}. Dort sollen {num:300-3000} Arbeitsplätze entstehen.",
    "Der Autobauer {car1} verlagert Teile der Produktion {country1.hin}.",
    "Der Umsatz {comp1.des} ist im vergangenen Jahr um {pct} Prozent gestiegen.",
    "Die Inflation in {ctry1} ist im {month} auf {pct} Prozent gesunken. Das teilte das Statistikamt in {wcity1} mit.",
    "{econ1.nom} {econ1#rechnet/rechnen} für das kommende Jahr mit einem Wachstum von {dec} Prozent.",
    "Nach Einschätzung {econ1.des} wächst die Wirtschaft {ctry1.gen} nur noch um {dec} Prozent.",
    "{priv1?Der Chef/Die Chefin} {comp1.des}, {priv1}, hat Kritik an den Energiepreisen geübt. Der Standort {ctry1} verliere an Attraktivität.",
    "{city1} (dpa) - Die Beschäftigten {comp1.des} haben gegen die Sparpläne protestiert. Die Gewerkschaft {union1} rief zu Warnstreiks auf.",
    "{lobby1.nom} {lobby1#fordert/fordern} eine Senkung der Stromsteuer. Die Unternehmen könnten die Kosten nicht mehr tragen.",
    "Die Preise für Strom und Gas sind in {land1} stärker gestiegen als im Bundesschnitt.",
    "{comp1.nom} {comp1#meldet/melden} für das Halbjahr einen Verlust von {num:40-900} Millionen Euro.",
    "{comp1.nom} {comp1#eröffnet/eröffnen} in {wcity1} ein Forschungszentrum für Künstliche Intelligenz.",
    "Der Börsengang {comp1.des} ist auf den {month} verschoben worden.",
    "{comp1.nom} und {comp2.nom} wollen bei Batterien zusammenarbeiten. Eine gemeinsame Fabrik soll in {city1} entstehen.",
    "Der Flughafen in {city1} meldet einen Passagierrekord. Vor allem Flüge {country1.hin} waren gefragt.",
    "{atcity1} (APA) - {comp1.nom} {comp1#investiert/investieren} {num:50-800} Millionen Euro in den Standort {atcity1}.",
    "{chcity1} (sda) - {comp1.nom} {comp1#streicht/streichen} am Standort {chcity1} {num:100-900} Stellen.",
    "{cbank1.nom} {cbank1#hat/haben} den Leitzins unverändert gelassen. Ein Sprecher verwies auf die unsichere Lage.",
    "Die Zahl der Firmenpleiten in {land1} ist im {month} gestiegen. Besonders betroffen ist der Bau.",
    "{comp1.nom} {comp1#ruft/rufen} bundesweit ein Produkt zurück. Kunden können es in allen Filialen zurückgeben.",
    "Laut {media1.dat} verhandelt {comp1.nom} mit Investoren aus {ctry1}.",
    # --- Gerichte und Kriminalität
    "{tcourt1.nom} hat einen {num:19-67}-Jährigen wegen Betrugs zu {num:2-6} Jahren Haft verurteilt. Der Mann aus {city1} hatte Rentner um ihr Erspartes gebracht.",
    "{prosec1.nom} hat Anklage gegen {priv1} erhoben. {priv1?Dem Mann/Der Frau} wird vorgeworfen, Geld veruntreut zu haben.",
    "Vor {tcourt1.dat} hat der Prozess gegen {priv1} begonnen. {priv1.sur} schwieg zum Auftakt.",
    "{city1} (dpa) - Die Polizei hat nach einem Überfall auf eine Tankstelle zwei Verdächtige festgenommen. Die Männer stammen aus {city2}.",
    "{priv1?Der Verteidiger/Die Verteidigerin} {priv1} kündigte Revision an. Das {tcourt1.an} gefällte Urteil ist damit noch nicht rechtskräftig.",
    "Bei einer Razzia in {city1} und {city2} haben Ermittler Drogen und Bargeld sichergestellt.",
    "{hcourt1.nom} hat die Klage abgewiesen. Die Richter sahen keinen Rechtsverstoß.",
    "{priv1} aus {city1} ist Opfer von Trickbetrügern geworden. Falsche Polizisten erbeuteten Schmuck im Wert von {num:10000-150000} Euro.",
    "{priv1?Der Zeuge/Die Zeugin} {priv1} belastete den Angeklagten schwer. {priv1?Er/Sie} habe gesehen, wie der Mann in {city1} das Auto angezündet habe.",
    "{priv1?Richter/Richterin} {priv1} verurteilte den Angeklagten zu einer Bewährungsstrafe.",
    "{prosec1.nom} ermittelt gegen einen Mitarbeiter {comp1.des}. Es geht um den Verdacht der Bestechung.",
    "Die Polizei in {city1} sucht nach {priv1}. {priv1?Der/Die} {num:14-17}-Jährige wird seit {wday} vermisst.",
    "{priv1} muss wegen Steuerhinterziehung eine Geldstrafe zahlen. Das entschied {tcourt1.nom}.",
    "{atcity1} (APA) - {priv1} ist in {atcity1} wegen schweren Betrugs zu {num:2-5} Jahren Haft verurteilt worden.",
    "Der Prozess gegen {priv1} und {priv2} wird am {wday} fortgesetzt. Beide bestreiten die Vorwürfe.",
    "{police1.nom} {police1#warnt/warnen} vor einer neuen Betrugsmasche. Täter geben sich am Telefon als Bankmitarbeiter aus.",
    "Die Polizei hat in {city1} einen Autofahrer mit {dec} Promille gestoppt. Er war auf dem Weg nach {city2}.",
    # --- Sport
    "{city1} (dpa) - {club1.nom} {club1#hat/haben} gegen {club2.akk} mit {num:2-5}:{num:0-1} gewonnen. {fb1} erzielte das entscheidende Tor.",
    "{fb1} wechselt {club1.zu}. Der Vertrag läuft bis {year}.",
    "{coach1} ist nicht mehr Trainer {club1.des}. Nach der Niederlage gegen {club2.akk} trennte sich der Verein von {coach1.sur}.",
    "{club1.nom} {club1#ist/sind} {evcup1.in} ausgeschieden. Gegen {club2.akk} reichte es nur zu einem Unentschieden.",
    "Vor {num:20000-75000} Zuschauern {stadium1.in} besiegte {club1.nom} {club2.akk} mit {num:2-5}:{num:0-1}.",
    "{fb1} fällt mit einer Knieverletzung mehrere Wochen aus. Das teilte {club1.nom} am {wday} mit.",
    "Bundestrainer {coach1} hat {fb1} für die Länderspiele gegen {ctry1} und {ctry2} nominiert.",
    "{tenm1} hat {evtennis1.bei} das Finale erreicht. Im Halbfinale setzte er sich gegen {tenm2} durch.",
    "{tenf1} steht {evtennis1.bei} im Viertelfinale. Sie besiegte {tenf2} in drei Sätzen.",
    "{wintm1} gewinnt das Weltcup-Rennen in {skiort1}. {wintm2} wurde Zweiter.",
    "{wintf1} hat den Riesenslalom in {skiort1} gewonnen. {wintf2.sur} kam auf Rang {num:2-9}.",
    "{ath1.sur} hat {evbig1.bei} überrascht: Die Konkurrenz hatte {ath1?ihn/sie} nicht auf der Rechnung.",
    "{evbig1.nom} {evbig1#findet/finden} im kommenden Jahr in {wcity1} statt.",
    "Die Karten für {evbig1.akk} sind nach wenigen Stunden ausverkauft gewesen.",
    "Der Weltverband hat {evbig1.akk} {country1.hin} vergeben. Kritiker verweisen auf die Menschenrechtslage.",
    "{club1.nom} {club1#verpflichtet/verpflichten} {club2.von} {fb1?den Stürmer/die Stürmerin} {fb1}.",
    "Die Fans {club1.des} haben beim Spiel in {city1} Pyrotechnik gezündet. Die Partie war für {num:5-20} Minuten unterbrochen.",
    "{coach1.gen} Mannschaft zeigte in der zweiten Halbzeit eine starke Leistung.",
    "{fb1.gen} Vertrag {club1.bei} läuft im Sommer aus.",
    "{ath1} hat sich bei einem Sturz in {anycity1} verletzt und muss die Saison beenden.",
    "{tenf1} hat {evtennis1.bei} in der zweiten Runde gegen {tenf2} verloren.",
    "{tenm1.sur} scheitert {evtennis1.bei} überraschend an {tenm2}.",
    "{coach1} verlängert seinen Vertrag {club1.bei} um zwei Jahre.",
    "{oclub1.nom} {oclub1#hat/haben} am {wday} ein wichtiges Heimspiel gewonnen. Trainer und Mannschaft feierten mit den Fans.",
    "{priv1} wechselt {oclub1.zu}. Der Verein bestätigte den Transfer am {wday}.",
    "{declub1.nom} {declub1#steht/stehen} nach dem {num:20-34}. Spieltag {evliga1.in} an der Tabellenspitze.",
    "{fbbody1.nom} {fbbody1#ermittelt/ermitteln} nach den Ausschreitungen beim Spiel {club1.des} gegen {club2.akk}.",
    "Die Spielerinnen {club1.des} haben das Pokalfinale in {city1} gewonnen.",
    "{ath1} startet {evbig1.bei} für {ctry1}. Die Entscheidung fiel nach langem Hin und Her.",
    # --- Kultur und Medien
    "{cult1} wird {evkult1.bei} mit einem Ehrenpreis ausgezeichnet. Die Jury lobte {cult1.gen} „unverwechselbare Handschrift“.",
    "{evkult1.nom} {evkult1#hat/haben} in diesem Jahr mehr als {num:50000-400000} Besucher gezählt.",
    "{music1} geht im Herbst auf Tournee. Los geht es in {city1}, das letzte Konzert ist in {atcity1} geplant.",
    "{media1.nom} {media1#berichtet/berichten}, dass {cult1} an einem neuen Projekt arbeitet.",
    "Wie {media1.nom} {media1#berichtet/berichten}, will {comp1.nom} Tausende Stellen streichen.",
    "Das Programm {evkult1.fuer} wird am {wday} in {anycity1} vorgestellt.",
    "{cult1} sitzt in diesem Jahr {evfilm1.bei} in der Jury.",
    "Die Ausstellung über {cult1} im Museum in {city1} läuft bis Ende {month}.",
    "Wie {media1.nom} {media1#meldet/melden}, ist die Premiere in {city1} ausverkauft.",
    "{music1.gen} neues Album ist auf Platz eins der Charts eingestiegen.",
    "{ensemble1.nom} {ensemble1#spielt/spielen} am {wday} ein Konzert {site1.an}.",
    "{ensemble1.nom} {ensemble1#geht/gehen} im Frühjahr auf Tournee durch {continent1.akk}.",
    "{stage1.nom} {stage1#zeigt/zeigen} ab {month} eine Neuinszenierung. Die Hauptrolle übernimmt {cult1}.",
    "{museum1.nom} {museum1#zeigt/zeigen} ab {month} eine große Ausstellung über {cult1}.",
    "{cult1} hat {stage1.dat} eine Absage erteilt. Gründe nannte {cult1?er/sie} nicht.",
    "Der neue Film von {cult1} feiert {evfilm1.bei} Premiere.",
    "{tv1.nom} {tv1#zeigt/zeigen} am {wday} eine Dokumentation über {cult1}.",
    # --- Wetter und Unglücke
    "Der [[Deutsche Wetterdienst|ORG]] warnt für {land1} vor Unwettern. In {city1} kann es Hagel geben.",
    "{river1.an} ist der Pegel stark gestiegen. In {city1} liefen erste Keller voll.",
    "{region1.in} hat es in der Nacht bis zu {num:5-30} Zentimeter Neuschnee gegeben.",
    "Auf {mount1.dat} wurden am Morgen minus {num:5-18} Grad gemessen.",
    "Die Temperaturen steigen am Wochenende auf bis zu {num:30-37} Grad. Am wärmsten wird es {region1.in}.",
    "In {ctry1} haben Waldbrände Tausende Hektar Land zerstört. Auch die Region um {wcity1} ist betroffen.",
    "Bei einem Busunglück {country1.in} sind mindestens {num:5-30} Menschen ums Leben gekommen.",
    "Ein Feuer hat in {city1} ein Mehrfamilienhaus zerstört. {priv1?Der Nachbar/Die Nachbarin} {priv1} hatte die Feuerwehr alarmiert.",
    "Auf der Autobahn bei {city1} ist ein Lastwagen umgekippt. Die Strecke {city2.hin} war stundenlang gesperrt.",
    "{aid1.nom} {aid1#ruft/rufen} nach dem Erdbeben {crisis1.in} zu Spenden auf.",
    "Nach dem Hochwasser {river1.an} beginnen in {city1} die Aufräumarbeiten.",
    "In {wcity1} hat ein Erdbeben der Stärke {dec} die Menschen aus dem Schlaf gerissen.",
    "{water1.an} ist ein Segelboot gekentert. Zwei Menschen wurden gerettet, einer wird noch vermisst.",
    "Ein Wanderer aus {city1} ist {region1.in} tödlich verunglückt.",
    "Am Wochenende haben Bergretter {mount1.an} drei Kletterer aus {ctry1} gerettet.",
    "Die Sturmflut hat {sea1.an} Strände und Dünen beschädigt.",
    # --- Wissenschaft, Gesundheit, Bildung, Umwelt
    "Forscher {uni1.des} haben einen neuen Ansatz zur Behandlung von Alzheimer entwickelt.",
    "{sci1} warnt vor einer neuen Grippewelle. Die Impfquote sei zu niedrig, sagte {sci1?der/die} {sci1?Forscher/Forscherin} in {city1}.",
    "{uni1.nom} bekommt {num:5-90} Millionen Euro für ein neues Forschungszentrum in {city1}.",
    "{sci1.gen} Studie zum Klimawandel hat in der Fachwelt für Aufsehen gesorgt.",
    "{sci1} ist mit dem Leibniz-Preis ausgezeichnet worden. Die Verleihung findet in {city1} statt.",
    "{hochschule1.an} studieren in diesem Semester mehr als {num:15000-50000} Menschen.",
    "Die Zahl der Masernfälle in {land1} ist gestiegen. Das Gesundheitsamt in {city1} rät zur Impfung.",
    "{health1.nom} {health1#warnt/warnen} vor einem Mangel an Pflegekräften in {land1}.",
    "{kasse1.nom} {kasse1#erhöht/erhöhen} den Zusatzbeitrag zum {month}.",
    "{green1.nom} {green1#kritisiert/kritisieren} die Pläne für eine neue Autobahn durch {region1.akk}.",
    "Der Wolf ist zurück {region1.in}. Landwirte fordern den Abschuss einzelner Tiere.",
    "{water1.nom} {water1#leidet/leiden} unter steigenden Temperaturen. Forscher messen immer weniger Sauerstoff im Wasser.",
    "In {city1} sollen bis {year} alle Busse elektrisch fahren. Die Stadtwerke haben dafür {num:20-200} Fahrzeuge bestellt.",
    "Aktivisten {green1.von} haben in {city1} gegen die Rodung eines Waldes protestiert.",
    "Die Schulen in {land1} bekommen {num:100-900} neue Lehrkräfte. Das kündigte {pol1} an.",
    "{uni1.nom} und {uni2.nom} gründen einen gemeinsamen Studiengang für Datenwissenschaft.",
    # --- Religion, Arbeit, Soziales, Lokales
    "{church1.nom} {church1#ruft/rufen} zu Spenden für die Opfer der Flut auf.",
    "{church1.nom} {church1#hat/haben} sich besorgt über die Zunahme von Hassverbrechen geäußert.",
    "Der Bischof von {city1} hat zum Dialog zwischen den Religionen aufgerufen.",
    "{social1.nom} {social1#fordert/fordern} mehr Geld für Kitas in {land1}.",
    "Die Beschäftigten {comp1.des} in {city1} sind in einen Warnstreik getreten. Aufgerufen hatte {union1.nom}.",
    "Nach {num:5-11} Verhandlungsrunden haben sich {union1.nom} und die Arbeitgeber geeinigt. Die Löhne steigen um {pct} Prozent.",
    "{union1.nom} {union1#droht/drohen} mit weiteren Streiks. Betroffen wären vor allem {city1} und {city2}.",
    "{evfest1.nom} {evfest1#lockt/locken} in diesem Jahr wieder Hunderttausende Besucher an.",
    "{evfest1.nom} {evfest1#beginnt/beginnen} am {wday}. Die Polizei ist mit einem Großaufgebot im Einsatz.",
    "{evfest1.bei} wurden in diesem Jahr weniger Straftaten registriert als im Vorjahr.",
    "{evwirt1.nom} {evwirt1#öffnet/öffnen} am {wday} die Tore. Erwartet werden Aussteller aus {num:40-90} Ländern.",
    "Die Stadt will {site1.akk} umgestalten. Bürger können bis {month} Vorschläge einreichen.",
    "Die Polizei hat {site1.an} eine Demonstration mit {num:200-5000} Teilnehmern begleitet.",
    "Der Oberbürgermeister von {city1} hat den Haushaltsentwurf für {year} vorgestellt.",
    "Die Partnerstadt von {city1} liegt in {ctry1}. Seit {num:20-60} Jahren besuchen sich Schüler beider Städte.",
    "{priv1} aus {city1} hat beim Landeswettbewerb in {city2} den ersten Platz belegt.",
    "{priv1} betreibt seit {num:5-40} Jahren eine Bäckerei in {city1}. Jetzt sucht {priv1?er/sie} einen Nachfolger.",
    "Die Bürgerinitiative um {priv1} kämpft gegen den Bau einer Umgehungsstraße in {city1}.",
    "{priv1} leitet künftig die Stadtbibliothek in {city1}. {priv1.sur} will die Öffnungszeiten verlängern.",
    "Die Feuerwehr in {city1} hat eine neue Drehleiter bekommen. {priv1?Kommandant/Kommandantin} {priv1} nahm sie am {wday} in Empfang.",
    "Die Gemeinde {city1} feiert ihr {num:700-1200}-jähriges Bestehen.",
    "Die Zugverbindung zwischen {city1} und {city2} ist wegen Bauarbeiten bis {month} unterbrochen.",
    "{comp1.nom} {comp1#testet/testen} in {city1} selbstfahrende Busse.",
    "{priv1} ({num:30-80}) aus {city1} hat im Lotto gewonnen. Das Geld will {priv1?er/sie} spenden.",
    "{priv1} und {priv2} haben in {city1} einen Unverpackt-Laden eröffnet.",
    "Seit {num:10-40} Jahren organisiert {priv1} den Flohmarkt {site1.an}.",
    "{priv1.gen} Café in {city1} ist zum Treffpunkt für Nachbarn geworden.",
    "Im Urlaub {region1.in} hat {priv1} aus {city1} einen seltenen Fund gemacht: eine römische Münze.",
    "{per1} hat in {city1} eine Spendenaktion für ein Kinderhospiz gestartet.",
    "{per1} und {per2} trafen sich am {wday} in {anycity1}.",
    "Laut {agency1.dat} war die Lage in {city1} am Abend unter Kontrolle.",
    "Nach Angaben von {per1} haben mehr als {num:100-900} Menschen an der Kundgebung in {anycity1} teilgenommen.",
]


# ---------------------------------------------------------------------------
# Hand-written items (dpa style), one a line; "#" lines are section comments.
# ---------------------------------------------------------------------------

HAND = r"""
# Politik Deutschland
[[Berlin|PLACE]] (dpa) - Bundeskanzler [[Friedrich Merz|PERSON]] hat die Pläne der Koalition für einen höheren Verteidigungsetat verteidigt. Die Sicherheitslage in [[Europa|PLACE]] habe sich grundlegend verändert, sagte der CDU-Vorsitzende am Dienstag im [[Bundestag|ORG]].
[[Berlin|PLACE]] (dpa) - Die [[SPD|ORG]] will beim Bürgergeld nachverhandeln. Fraktionschef [[Matthias Miersch|PERSON]] sagte, man werde keine Kürzungen mittragen, die Familien mit Kindern träfen.
Die Grünen-Fraktionschefin [[Katharina Dröge|PERSON]] warf der Regierung vor, beim Klimaschutz auf der Stelle zu treten. „Die Koalition hat keinen Plan“, sagte [[Dröge|PERSON]] der [[Deutschen Presse-Agentur|ORG]].
[[München|PLACE]] (dpa) - [[Bayerns|PLACE]] Ministerpräsident [[Markus Söder|PERSON]] hat einen eigenen Vorschlag zur Reform der Erbschaftsteuer angekündigt. Der CSU-Chef sprach sich dafür aus, die Steuer künftig von den Ländern festlegen zu lassen.
[[Bayerns|PLACE]] Innenminister [[Joachim Herrmann|PERSON]] kündigte mehr Kontrollen an der Grenze zu [[Österreich|PLACE]] an.
Bundespräsident [[Frank-Walter Steinmeier|PERSON]] hat die Deutschen zu mehr Zusammenhalt aufgerufen. In seiner Rede im [[Schloss Bellevue|PLACE]] erinnerte er an die Opfer der Diktatur.
[[Potsdam|PLACE]] (dpa) - [[Brandenburgs|PLACE]] Regierungschef [[Dietmar Woidke|PERSON]] ([[SPD|ORG]]) hat eine Kabinettsumbildung angekündigt. Zwei Ministerien sollen neu besetzt werden.
[[Düsseldorf|PLACE]] (dpa) - Der nordrhein-westfälische Landtag hat den Haushalt für das kommende Jahr beschlossen. Ministerpräsident [[Hendrik Wüst|PERSON]] sprach von einem „soliden Etat in schwierigen Zeiten“.
Die AfD-Vorsitzende [[Alice Weidel|PERSON]] hat eine Zusammenarbeit mit der [[Union|ORG]] gefordert. CDU-Generalsekretär [[Carsten Linnemann|PERSON]] wies das umgehend zurück.
Das [[Bundesverfassungsgericht|ORG]] in [[Karlsruhe|PLACE]] verhandelt am Mittwoch über die Wahlrechtsreform. Geklagt hatten unter anderem die [[CSU|ORG]] und die [[Linke|ORG]].
[[Berlin|PLACE]] (dpa) - Finanzminister [[Lars Klingbeil|PERSON]] hat den Entwurf für den Bundeshaushalt vorgelegt. Die Neuverschuldung soll im kommenden Jahr leicht sinken.
Der [[Bundesrat|ORG]] hat das Gesetz zur Cannabis-Legalisierung passieren lassen. Mehrere Länder hatten zuvor den Vermittlungsausschuss anrufen wollen, fanden aber keine Mehrheit.
Die Linken-Fraktionsvorsitzende [[Heidi Reichinnek|PERSON]] forderte einen bundesweiten Mietendeckel. Die Mieten in Großstädten seien für viele Menschen nicht mehr bezahlbar.
[[Sahra Wagenknecht|PERSON]] will ihre Partei neu aufstellen. Das [[Bündnis Sahra Wagenknecht|ORG]] war bei der [[Bundestagswahl|EVENT]] knapp an der Fünf-Prozent-Hürde gescheitert.
Ex-Kanzlerin [[Angela Merkel|PERSON]] hat ihre Memoiren in [[Berlin|PLACE]] vorgestellt. [[Merkels|PERSON]] Buch stand wochenlang auf Platz eins der Bestsellerliste.
Innenminister [[Alexander Dobrindt|PERSON]] ([[CSU|ORG]]) will die Zurückweisungen an den Grenzen ausweiten. Das [[Bundesamt für Migration und Flüchtlinge|ORG]] meldete zuletzt weniger Asylanträge.
[[Hamburg|PLACE]] (dpa) - Die Hamburger Bürgerschaft hat einen neuen Präsidenten gewählt. Der Abgeordnete erhielt im ersten Wahlgang die nötige Mehrheit.
Außenminister [[Johann Wadephul|PERSON]] ist zu Gesprächen nach [[Peking|PLACE]] gereist. Im Mittelpunkt sollen Handelsfragen und der Krieg in der [[Ukraine|PLACE]] stehen.
Verteidigungsminister [[Boris Pistorius|PERSON]] hat die Bundeswehr-Kaserne in [[Munster|PLACE]] besucht. [[Pistorius|PERSON]] warb dort für den neuen Wehrdienst.
Die [[FDP|ORG]] hat einen neuen Vorsitzenden gewählt. [[Christian Dürr|PERSON]] erhielt auf dem Parteitag in [[Berlin|PLACE]] gut 82 Prozent der Stimmen.
[[Stuttgart|PLACE]] (dpa) - In [[Baden-Württemberg|PLACE]] haben die [[Grünen|ORG]] ihre Landesliste für die [[Landtagswahl|EVENT]] aufgestellt. Spitzenkandidat ist [[Cem Özdemir|PERSON]].
[[Dresden|PLACE]] (dpa) - [[Sachsens|PLACE]] Ministerpräsident [[Michael Kretschmer|PERSON]] hat vor einer Spaltung der Gesellschaft gewarnt. Die Politik müsse den Menschen wieder besser zuhören, sagte der CDU-Politiker.
Der Abgeordnete [[Tobias Reinhardt|PERSON]] verlässt die FDP-Fraktion im Landtag von [[Sachsen-Anhalt|PLACE]]. Er wolle künftig als Parteiloser arbeiten.
Die Ampel-Koalition war im November 2024 zerbrochen. Kanzler [[Olaf Scholz|PERSON]] hatte damals Finanzminister [[Christian Lindner|PERSON]] entlassen.
[[Erfurt|PLACE]] (dpa) - [[Thüringens|PLACE]] Ministerpräsident [[Mario Voigt|PERSON]] hat sich für eine Reform der Schuldenbremse ausgesprochen. Die Länder bräuchten mehr Spielraum für Investitionen.
Bundestagspräsidentin [[Julia Klöckner|PERSON]] hat die Abgeordneten zu mehr Disziplin in den Debatten ermahnt. Zuletzt hatte es mehrere Ordnungsrufe gegeben.
Gesundheitsministerin [[Nina Warken|PERSON]] ([[CDU|ORG]]) hat eine Reform der Notfallversorgung angekündigt. Die Krankenkassen begrüßten den Vorstoß.
Arbeitsministerin [[Bärbel Bas|PERSON]] will die Rente stabilisieren. Die SPD-Politikerin legte dem Kabinett am Mittwoch ein Rentenpaket vor.
Der Wehrbeauftragte des [[Bundestags|ORG]] hat seinen Jahresbericht vorgestellt. Die [[Bundeswehr|ORG]] leide weiter unter Personalmangel und maroden Kasernen.
Die [[Junge Union|ORG]] fordert eine Verjüngung der Parteispitze. Der Vorsitzende der [[Jungen Union|ORG]], [[Johannes Winkel|PERSON]], sagte, die [[CDU|ORG]] müsse jünger und digitaler werden.
[[Wiesbaden|PLACE]] (dpa) - [[Hessens|PLACE]] Ministerpräsident [[Boris Rhein|PERSON]] hat die Bundesregierung aufgefordert, die Kommunen bei den Flüchtlingskosten stärker zu entlasten.
[[Kiel|PLACE]] (dpa) - [[Schleswig-Holsteins|PLACE]] Regierungschef [[Daniel Günther|PERSON]] hat sich gegen ein Verbotsverfahren gegen die [[AfD|ORG]] ausgesprochen. Das Risiko eines Scheiterns sei zu groß.
Das [[Bundeskanzleramt|ORG]] hat die Ministerpräsidenten der Länder für Donnerstag zu einem Treffen eingeladen. Thema soll die Finanzierung des Deutschlandtickets sein.
Die Grünen-Vorsitzenden [[Franziska Brantner|PERSON]] und [[Felix Banaszak|PERSON]] haben ein Sofortprogramm für den Bahnverkehr vorgestellt.
[[Magdeburg|PLACE]] (dpa) - Im Landtag von [[Sachsen-Anhalt|PLACE]] ist ein Misstrauensantrag gegen die Landesregierung gescheitert. Nur die Antragsteller stimmten dafür.
Der frühere Wirtschaftsminister [[Robert Habeck|PERSON]] hat sein Bundestagsmandat niedergelegt. Er wolle künftig an Universitäten im Ausland forschen und lehren, teilte [[Habeck|PERSON]] mit.
[[Schwerin|PLACE]] (dpa) - [[Mecklenburg-Vorpommerns|PLACE]] Ministerpräsidentin [[Manuela Schwesig|PERSON]] hat mehr Geld für den Ausbau der Windkraft an Land gefordert.
[[Berlin|PLACE]] (dpa) - Der Regierende Bürgermeister [[Kai Wegner|PERSON]] hat die Pläne für eine Bebauung des [[Tempelhofer Feldes|PLACE]] verteidigt.
Das Kabinett hat am Mittwoch den Entwurf für ein neues Heizungsgesetz gebilligt. Vermieter und Eigentümer sollen mehr Zeit für den Austausch alter Anlagen bekommen.
Der Vermittlungsausschuss von [[Bundestag|ORG]] und [[Bundesrat|ORG]] hat sich auf einen Kompromiss beim Wachstumschancengesetz geeinigt.
CSU-Landesgruppenchef [[Alexander Hoffmann|PERSON]] forderte, das Bürgergeld in „Neue Grundsicherung“ umzubenennen.
Die Wahlbeteiligung bei der [[Europawahl|EVENT]] lag in [[Deutschland|PLACE]] bei 64,8 Prozent, teilte die Bundeswahlleiterin mit. Das war der höchste Wert seit der Wiedervereinigung.
[[Bremen|PLACE]] (dpa) - [[Bremens|PLACE]] Bürgermeister [[Andreas Bovenschulte|PERSON]] ([[SPD|ORG]]) hat ein Sparpaket für den Stadtstaat angekündigt.
Die [[Bundeszentrale für politische Bildung|ORG]] hat den Wahl-O-Mat für die [[Landtagswahl|EVENT]] freigeschaltet. Innerhalb eines Tages wurde er mehr als eine Million Mal genutzt.
[[Saarbrücken|PLACE]] (dpa) - Die saarländische Ministerpräsidentin [[Anke Rehlinger|PERSON]] will den Strukturwandel in der Stahlindustrie mit einem Milliardenfonds begleiten.
Der Chef des [[Kanzleramts|ORG]], [[Thorsten Frei|PERSON]], hat eine Verwaltungsreform angekündigt. Behörden sollen künftig vollständig digital arbeiten.
Mehrere SPD-Abgeordnete haben einen offenen Brief an die Parteispitze geschrieben. Darin fordern sie einen anderen Kurs in der Migrationspolitik.
[[Hannover|PLACE]] (dpa) - Der niedersächsische Ministerpräsident [[Olaf Lies|PERSON]] hat sich hinter das Volkswagen-Werk in [[Emden|PLACE]] gestellt. Das Land werde um jeden Arbeitsplatz kämpfen.
Die [[Bundesnetzagentur|ORG]] hat ihren Bericht zur Versorgungssicherheit vorgelegt. Behördenchef [[Klaus Müller|PERSON]] sieht keine Engpässe im Winter.
Justizministerin [[Stefanie Hubig|PERSON]] will härtere Strafen für Angriffe auf Rettungskräfte. Ein Gesetzentwurf soll noch vor der Sommerpause kommen.
Der [[Bundesrechnungshof|ORG]] hat die Ausgaben des [[Bundesverkehrsministeriums|ORG]] für Beraterverträge kritisiert. Viele Aufträge seien ohne Ausschreibung vergeben worden.
[[Mainz|PLACE]] (dpa) - Die [[CDU|ORG]] in [[Rheinland-Pfalz|PLACE]] hat [[Gordon Schnieder|PERSON]] zum Spitzenkandidaten für die [[Landtagswahl|EVENT]] gewählt.
Das [[Bundesinnenministerium|ORG]] hat einen rechtsextremen Verein verboten. Polizisten durchsuchten am frühen Morgen Wohnungen in vier Bundesländern.
Der Verfassungsschutz stuft die Partei als gesichert rechtsextremistisch ein. Das [[Bundesamt für Verfassungsschutz|ORG]] legte dazu ein mehr als tausend Seiten starkes Gutachten vor.
Die Ministerpräsidentenkonferenz tagt in diesem Jahr unter dem Vorsitz von [[Sachsen|PLACE]]. Gastgeber ist das Schloss in [[Moritzburg|PLACE]].
Bundeskanzler [[Merz|PERSON]] empfängt den französischen Präsidenten [[Emmanuel Macron|PERSON]] am Freitag im [[Kanzleramt|ORG]]. Es soll um die gemeinsame Verteidigungspolitik gehen.
Die [[Union|ORG]] liegt in einer neuen Umfrage des Instituts [[Forsa|ORG]] bei 26 Prozent. Die [[AfD|ORG]] kommt auf 25 Prozent, die [[SPD|ORG]] auf 14 Prozent.
Ein Untersuchungsausschuss des [[Bundestags|ORG]] soll die Maskenbeschaffung während der Corona-Pandemie aufarbeiten. Im Fokus steht der frühere Gesundheitsminister [[Jens Spahn|PERSON]].
[[Berlin|PLACE]] (dpa) - Die Zahl der Abgeordneten im neuen [[Bundestag|ORG]] ist auf 630 gesunken. Grund ist die Reform des Wahlrechts.
Die Bundesregierung hält an ihrem Ziel fest, bis 2030 jährlich 400.000 neue Wohnungen zu bauen. Bauministerin [[Verena Hubertz|PERSON]] räumte allerdings ein, dass das Ziel schwer zu erreichen sei.
Die [[Deutsche Bahn|ORG]] muss nach dem Willen von Verkehrsminister [[Patrick Schnieder|PERSON]] pünktlicher werden. Der Minister will den Konzern neu aufstellen.
Der [[Deutsche Städtetag|ORG]] schlägt Alarm: Viele Städte könnten ihre Haushalte nicht mehr ausgleichen. Präsident [[Markus Lewe|PERSON]] forderte mehr Unterstützung vom Bund.
Staatsminister [[Wolfram Weimer|PERSON]] will eine Digitalabgabe für große Internetkonzerne prüfen lassen. Betroffen wären etwa [[Google|ORG]] und [[Meta|ORG]].
Die Bundesbildungsministerin [[Karin Prien|PERSON]] hat ein Handyverbot an Grundschulen ins Gespräch gebracht.
[[Bonn|PLACE]] (dpa) - Im [[Bundesministerium für Umwelt|ORG]] arbeiten weiterhin mehr als tausend Beschäftigte am alten Regierungssitz.
Der [[Bund der Steuerzahler|ORG]] hat sein jährliches Schwarzbuch vorgelegt. Darin listet der Verein Fälle von Steuerverschwendung auf, darunter eine Brücke ohne Straße in [[Niedersachsen|PLACE]].
Die Parteien haben nach der Wahl Sondierungsgespräche aufgenommen. Ein Ergebnis wird frühestens in zwei Wochen erwartet.
Die [[Freien Wähler|ORG]] um [[Hubert Aiwanger|PERSON]] wollen bei der nächsten [[Bundestagswahl|EVENT]] wieder antreten.
[[Berlin|PLACE]] (dpa) - Die [[Bundestagswahl|EVENT]] findet am 23. Februar statt. Darauf haben sich die Fraktionen nach dem Bruch der Koalition verständigt.
Die [[Linke|ORG]] hat in [[Berlin|PLACE]] ihren Parteitag abgehalten. Die Vorsitzenden [[Ines Schwerdtner|PERSON]] und [[Jan van Aken|PERSON]] wurden im Amt bestätigt.
Der Landtag in [[München|PLACE]] hat den umstrittenen Nationalpark im [[Steigerwald|PLACE]] abgelehnt.
[[Christian Lindner|PERSON]] hat sich aus der Politik zurückgezogen. Der frühere FDP-Chef wechselt in die Wirtschaft.
Die Abgeordnete [[Aydan Özoğuz|PERSON]] ist zur Vizepräsidentin des [[Bundestags|ORG]] gewählt worden.
Die Bundestagsverwaltung prüft die Spenden an mehrere Parteien. Es geht um Zahlungen eines Unternehmers aus [[Österreich|PLACE]].
Entwicklungsministerin [[Reem Alabali-Radovan|PERSON]] hat bei einem Besuch in [[Nairobi|PLACE]] mehr Unterstützung für [[Ostafrika|PLACE]] zugesagt.
Der Petitionsausschuss des [[Bundestags|ORG]] hat mehr als 13.000 Eingaben bearbeitet. Die meisten betrafen die Rente und das Gesundheitswesen.
Der neue Digitalminister [[Karsten Wildberger|PERSON]] will die Verwaltung modernisieren. Der frühere Chef von [[Ceconomy|ORG]] setzt auf Künstliche Intelligenz.
Die Abstimmung im Plenum wurde auf Freitag verschoben. Mehrere Fraktionen hatten um mehr Zeit für Beratungen gebeten.
Die [[CDU|ORG]] hat sich in [[Hannover|PLACE]] ein neues Grundsatzprogramm gegeben. Parteichef [[Friedrich Merz|PERSON]] sprach von einem „Neuanfang“.
# Politik Österreich und Schweiz
[[Wien|PLACE]] (APA) - Bundeskanzler [[Christian Stocker|PERSON]] ([[ÖVP|ORG]]) hat ein Sparpaket in Milliardenhöhe angekündigt. Das Budgetdefizit müsse rasch sinken, sagte [[Stocker|PERSON]] nach dem Ministerrat.
Bundespräsident [[Alexander Van der Bellen|PERSON]] hat die neue Regierung in der [[Hofburg|PLACE]] angelobt. Erstmals regieren in [[Österreich|PLACE]] drei Parteien gemeinsam.
FPÖ-Chef [[Herbert Kickl|PERSON]] forderte Neuwahlen. Seine Partei liegt in Umfragen deutlich vor der [[ÖVP|ORG]] und der [[SPÖ|ORG]].
Vizekanzler [[Andreas Babler|PERSON]] will die Mietpreise in [[Österreich|PLACE]] einfrieren. Der SPÖ-Vorsitzende verwies auf die hohe Inflation.
Außenministerin [[Beate Meinl-Reisinger|PERSON]] ([[NEOS|ORG]]) ist zu einem Besuch in [[Kiew|PLACE]] eingetroffen.
Der [[Nationalrat|ORG]] in [[Wien|PLACE]] hat das Budget mit den Stimmen der Koalition beschlossen. Die Opposition kritisierte die Kürzungen beim Klimabonus.
[[Graz|PLACE]] (APA) - Die Grazer Bürgermeisterin [[Elke Kahr|PERSON]] von der [[KPÖ|ORG]] bleibt im Amt. Ein Misstrauensantrag im Gemeinderat scheiterte.
Die [[Landtagswahl|EVENT]] in der [[Steiermark|PLACE]] hat die [[FPÖ|ORG]] klar gewonnen. Landeshauptmann ist nun [[Mario Kunasek|PERSON]].
Der [[Verfassungsgerichtshof|ORG]] hat Teile des Messengerüberwachungsgesetzes aufgehoben. Die Regelung sei zu unbestimmt, befanden die Richter in [[Wien|PLACE]].
Innenminister [[Gerhard Karner|PERSON]] hat eine Verschärfung des Asylrechts angekündigt. Der Familiennachzug soll vorübergehend ausgesetzt werden.
[[Innsbruck|PLACE]] (APA) - In [[Tirol|PLACE]] haben sich [[ÖVP|ORG]] und [[SPÖ|ORG]] auf ein Paket gegen die Teuerung geeinigt. Landeshauptmann [[Anton Mattle|PERSON]] sprach von einer „spürbaren Entlastung“.
[[Wiens|PLACE]] Bürgermeister [[Michael Ludwig|PERSON]] hat bei der Gemeinderatswahl die Mehrheit klar verteidigt. Die [[SPÖ|ORG]] bleibt in der Hauptstadt stärkste Kraft.
Der frühere Bundeskanzler [[Sebastian Kurz|PERSON]] ist in zweiter Instanz vom Vorwurf der Falschaussage freigesprochen worden. Das Urteil fiel am [[Oberlandesgericht Wien|ORG]].
[[Linz|PLACE]] (APA) - [[Oberösterreichs|PLACE]] Landeshauptmann [[Thomas Stelzer|PERSON]] will die Industrie im Bundesland mit einem Energiefonds stützen.
[[Bern|PLACE]] (sda) - Der [[Bundesrat|ORG]] hat die Verhandlungen mit der [[EU|ORG]] über ein neues Vertragspaket abgeschlossen. Das Parlament soll im nächsten Jahr darüber beraten.
Bundesrätin [[Karin Keller-Sutter|PERSON]] hat sich besorgt über die Zölle der [[USA|PLACE]] geäußert. Die [[Schweiz|PLACE]] werde weiter verhandeln, sagte die Finanzministerin.
Die [[Schweizerische Volkspartei|ORG]] hat ihre Initiative gegen eine „Zehn-Millionen-Schweiz“ eingereicht. Die [[SVP|ORG]] will die Zuwanderung begrenzen.
Die Stimmberechtigten in der [[Schweiz|PLACE]] haben den Ausbau der Autobahnen abgelehnt. Nur die Kantone [[Zürich|PLACE]] und [[Aargau|PLACE]] stimmten mehrheitlich zu.
Verteidigungsminister [[Martin Pfister|PERSON]] will mehr Geld für die Armee. Der Zuger war im März in den [[Bundesrat|ORG]] gewählt worden.
Der [[Nationalrat|ORG]] in [[Bern|PLACE]] hat die Vorlage zur Individualbesteuerung knapp angenommen. Jetzt ist der [[Ständerat|ORG]] am Zug.
[[Genf|PLACE]] (sda) - Bundesrat [[Ignazio Cassis|PERSON]] hat am Rande des [[Menschenrechtsrats|ORG]] Gespräche mit Vertretern aus [[Nahost|PLACE]] geführt.
Die [[SP Schweiz|ORG]] fordert eine Prämienentlastung für Familien. Die Krankenkassenprämien steigen im kommenden Jahr erneut.
Umweltminister [[Albert Rösti|PERSON]] hat ein neues Konzept für Atomkraftwerke vorgelegt. Das Neubauverbot soll fallen.
Die Bündner Regierung hat ein Verbot von Feuerwerk im Wald erlassen. Grund sei die anhaltende Trockenheit im [[Engadin|PLACE]].
[[Basel|PLACE]] (sda) - Die Stimmbevölkerung von [[Basel-Stadt|PLACE]] hat einem neuen Klimaschutzgesetz zugestimmt.
Bundesrat [[Guy Parmelin|PERSON]] reist zu Handelsgesprächen nach [[Washington|PLACE]]. Die [[Schweiz|PLACE]] hofft auf niedrigere Zölle für Uhren und Maschinen.
Der Kanton [[Tessin|PLACE]] hat strengere Regeln für Grenzgänger aus [[Italien|PLACE]] beschlossen.
Die Partei [[Die Mitte|ORG]] hat ihren neuen Präsidenten gewählt. [[Philipp Matthias Bregy|PERSON]] folgt auf [[Gerhard Pfister|PERSON]].
[[Klagenfurt|PLACE]] (APA) - In [[Kärnten|PLACE]] ist eine Volksbefragung zur Windkraft knapp gescheitert. Eine Mehrheit stimmte für ein Verbot neuer Windräder auf Bergkämmen.
Das Parlament in [[Wien|PLACE]] hat den Untersuchungsausschuss zur Affäre um den Verfassungsschutz eingesetzt.
Die [[Grünen|ORG]] in [[Österreich|PLACE]] haben einen neuen Parteichef. [[Leonore Gewessler|PERSON]] folgt auf [[Werner Kogler|PERSON]].
Der Schweizer [[Bundesrat|ORG]] hat die Vorlage für eine 13. AHV-Rente verabschiedet. Die Finanzierung ist allerdings umstritten.
[[Salzburg|PLACE]] (APA) - Landeshauptfrau [[Karoline Edtstadler|PERSON]] hat ihr Kabinett vorgestellt. Neu in der Landesregierung ist ein eigenes Ressort für Wohnen.
[[Zürich|PLACE]] (sda) - Der Zürcher Stadtrat will die Stadt bis 2040 klimaneutral machen. Dafür sollen alle Ölheizungen ersetzt werden.
Der [[Rechnungshof|ORG]] hat die Förderungen für die Landwirtschaft in [[Niederösterreich|PLACE]] geprüft. Landeshauptfrau [[Johanna Mikl-Leitner|PERSON]] wies die Kritik zurück.
[[Bregenz|PLACE]] (APA) - Die [[Vorarlberger Nachrichten|ORG]] berichten von einem Streit in der Landesregierung um den Ausbau der [[Rheintalautobahn|PLACE]].
Bundesrat [[Beat Jans|PERSON]] hat die Asylzahlen für das erste Halbjahr vorgestellt. Das [[Staatssekretariat für Migration|ORG]] registrierte weniger Gesuche als im Vorjahr.
Der Ministerrat hat am Mittwoch die Reform der Pensionen beschlossen. Das Antrittsalter soll schrittweise steigen.
[[Eisenstadt|PLACE]] (APA) - Landeshauptmann [[Hans Peter Doskozil|PERSON]] hat einen Mindestlohn für Landesbedienstete eingeführt. Das [[Burgenland|PLACE]] zahlt nun 2.400 Euro netto.
Die [[Österreichische Nationalbank|ORG]] erwartet für das laufende Jahr ein leichtes Wachstum. Gouverneur [[Martin Kocher|PERSON]] warnte vor Risiken durch Zölle.
# International und Konflikte
[[Kiew|PLACE]] (dpa) - Bei russischen Drohnenangriffen auf die [[Ukraine|PLACE]] sind in der Nacht mindestens vier Menschen getötet worden. Präsident [[Wolodymyr Selenskyj|PERSON]] forderte vom Westen mehr Flugabwehrsysteme.
[[Moskau|PLACE]] (dpa) - Kremlchef [[Wladimir Putin|PERSON]] hat sich zu Gesprächen mit den [[USA|PLACE]] bereit erklärt. Der [[Kreml|ORG]] nannte aber Bedingungen.
[[Washington|PLACE]] (dpa) - US-Präsident [[Donald Trump|PERSON]] hat neue Zölle auf Importe aus der [[Europäischen Union|ORG]] angekündigt. Die [[EU-Kommission|ORG]] kündigte Gegenmaßnahmen an.
[[Brüssel|PLACE]] (dpa) - Kommissionspräsidentin [[Ursula von der Leyen|PERSON]] hat ein neues Sanktionspaket gegen [[Russland|PLACE]] vorgestellt. Die Mitgliedstaaten müssen noch zustimmen.
Die Nato-Staaten wollen ihre Verteidigungsausgaben deutlich erhöhen. Generalsekretär [[Mark Rutte|PERSON]] sprach beim Gipfel in [[Den Haag|PLACE]] von einem „historischen Schritt“.
[[Tel Aviv|PLACE]] (dpa) - [[Israels|PLACE]] Ministerpräsident [[Benjamin Netanjahu|PERSON]] hat eine Ausweitung der Militäreinsätze im [[Gazastreifen|PLACE]] angekündigt.
Die [[Vereinten Nationen|ORG]] warnen vor einer Hungersnot im [[Sudan|PLACE]]. Millionen Menschen seien auf der Flucht, teilte das [[Welternährungsprogramm|ORG]] mit.
UN-Generalsekretär [[António Guterres|PERSON]] hat die Konfliktparteien zu einer sofortigen Waffenruhe aufgerufen.
[[Paris|PLACE]] (dpa) - [[Frankreichs|PLACE]] Präsident [[Emmanuel Macron|PERSON]] hat einen neuen Premierminister ernannt. Die Regierung hatte zuvor ein Misstrauensvotum in der [[Nationalversammlung|ORG]] verloren.
[[London|PLACE]] (dpa) - Der britische Premierminister [[Keir Starmer|PERSON]] hat ein Handelsabkommen mit [[Indien|PLACE]] unterzeichnet.
[[Rom|PLACE]] (dpa) - [[Italiens|PLACE]] Regierungschefin [[Giorgia Meloni|PERSON]] hat sich für eine Vermittlerrolle [[Europas|PLACE]] im Ukraine-Krieg ausgesprochen.
[[Warschau|PLACE]] (dpa) - [[Polens|PLACE]] Ministerpräsident [[Donald Tusk|PERSON]] hat die Grenze zu [[Belarus|PLACE]] erneut für Lastwagen geschlossen.
[[Ankara|PLACE]] (dpa) - Der türkische Präsident [[Recep Tayyip Erdogan|PERSON]] hat den Oppositionspolitiker [[Ekrem İmamoğlu|PERSON]] scharf angegriffen. Der Bürgermeister von [[Istanbul|PLACE]] sitzt seit Monaten in Haft.
[[Peking|PLACE]] (dpa) - [[Chinas|PLACE]] Staatschef [[Xi Jinping|PERSON]] hat beim Gipfel der Staatengruppe [[Brics|ORG]] eine engere Zusammenarbeit angeregt.
In [[Syrien|PLACE]] sind bei Kämpfen in der Provinz [[Suwaida|PLACE]] Dutzende Menschen ums Leben gekommen. Beobachter berichten von Gefechten zwischen Drusen und Beduinen.
[[Teheran|PLACE]] (dpa) - Der [[Iran|PLACE]] hat die Zusammenarbeit mit der [[Internationalen Atomenergiebehörde|ORG]] eingeschränkt. Inspekteure der [[IAEA|ORG]] dürfen vorerst nicht ins Land.
Der [[Sicherheitsrat der Vereinten Nationen|ORG]] hat eine Resolution zur Lage im [[Kongo|PLACE]] verabschiedet. [[Russland|PLACE]] und [[China|PLACE]] enthielten sich.
[[Neu-Delhi|PLACE]] (dpa) - [[Indiens|PLACE]] Premierminister [[Narendra Modi|PERSON]] hat nach dem Anschlag in [[Kaschmir|PLACE]] Vergeltung angekündigt.
[[Buenos Aires|PLACE]] (dpa) - [[Argentiniens|PLACE]] Präsident [[Javier Milei|PERSON]] hat bei den Parlamentswahlen einen deutlichen Sieg errungen.
[[Budapest|PLACE]] (dpa) - [[Ungarns|PLACE]] Regierungschef [[Viktor Orbán|PERSON]] blockiert weiter die Hilfen der [[EU|ORG]] für die [[Ukraine|PLACE]].
In [[Myanmar|PLACE]] hat die Militärjunta Wahlen für Dezember angekündigt. Menschenrechtsgruppen sprechen von einer Farce.
Die [[Afrikanische Union|ORG]] hat die Mitgliedschaft von [[Mali|PLACE]] ausgesetzt. Die Staatengemeinschaft fordert eine Rückkehr zur verfassungsmäßigen Ordnung.
[[Kairo|PLACE]] (dpa) - In der ägyptischen Hauptstadt haben Vermittler aus [[Katar|PLACE]], [[Ägypten|PLACE]] und den [[USA|PLACE]] über eine Waffenruhe beraten.
[[Stockholm|PLACE]] (dpa) - [[Schweden|PLACE]] hat Soldaten für die Nato-Mission in [[Lettland|PLACE]] bereitgestellt.
[[Kopenhagen|PLACE]] (dpa) - [[Dänemarks|PLACE]] Regierungschefin [[Mette Frederiksen|PERSON]] hat Gebietsansprüche der [[USA|PLACE]] auf [[Grönland|PLACE]] zurückgewiesen.
Die Außenminister der [[G7|ORG]] haben sich in [[Kanada|PLACE]] getroffen. Im Mittelpunkt standen der Krieg in der [[Ukraine|PLACE]] und die Lage im [[Nahen Osten|PLACE]].
[[Brasília|PLACE]] (dpa) - [[Brasiliens|PLACE]] Präsident [[Luiz Inácio Lula da Silva|PERSON]] will den Schutz des Regenwalds am [[Amazonas|PLACE]] verstärken.
[[Tokio|PLACE]] (dpa) - [[Japan|PLACE]] hat eine neue Regierungschefin. [[Sanae Takaichi|PERSON]] ist die erste Frau in diesem Amt.
[[Seoul|PLACE]] (dpa) - [[Nordkorea|PLACE]] hat erneut ballistische Raketen ins [[Japanische Meer|PLACE]] abgefeuert, meldete der Generalstab in [[Südkorea|PLACE]].
[[Madrid|PLACE]] (dpa) - [[Spaniens|PLACE]] Ministerpräsident [[Pedro Sánchez|PERSON]] hat vorgezogene Neuwahlen ausgeschlossen.
In der [[Ostukraine|PLACE]] haben russische Truppen nach eigenen Angaben ein weiteres Dorf eingenommen. Das ukrainische Militär bestätigte die Angaben zunächst nicht.
Die [[Europäische Union|ORG]] und [[China|PLACE]] haben sich auf Mindestpreise für Elektroautos verständigt. Die [[EU|ORG]] hatte zuvor Strafzölle verhängt.
[[Den Haag|PLACE]] (dpa) - Der [[Internationale Strafgerichtshof|ORG]] hat einen Haftbefehl gegen einen früheren Milizenführer aus [[Libyen|PLACE]] erlassen.
[[Genf|PLACE]] (dpa) - Das [[Internationale Komitee vom Roten Kreuz|ORG]] hat Zugang zu Gefangenen in [[Jemen|PLACE]] gefordert.
Nach dem Erdbeben in [[Afghanistan|PLACE]] hat die Bundesregierung Soforthilfe zugesagt. Das [[Auswärtige Amt|ORG]] stellt zunächst fünf Millionen Euro bereit.
Die Präsidentin der [[EU-Kommission|ORG]] reist in der kommenden Woche nach [[Kischinau|PLACE]]. Die [[Republik Moldau|PLACE]] strebt in die [[EU|ORG]].
[[Belgrad|PLACE]] (dpa) - In [[Serbien|PLACE]] haben erneut Zehntausende gegen die Regierung von Präsident [[Aleksandar Vučić|PERSON]] demonstriert.
[[Athen|PLACE]] (dpa) - Die griechische Küstenwache hat vor der Insel [[Kreta|PLACE]] mehr als 400 Migranten aus Seenot gerettet.
Die [[Weltbank|ORG]] hat ihre Wachstumsprognose für [[Lateinamerika|PLACE]] gesenkt.
Der Krieg in der [[Ukraine|PLACE]] dauert bereits mehr als drei Jahre. Nach Schätzungen sind Hunderttausende Soldaten auf beiden Seiten getötet oder verletzt worden.
[[Ottawa|PLACE]] (dpa) - [[Kanadas|PLACE]] Premierminister [[Mark Carney|PERSON]] hat Vergeltungszölle auf Stahl aus den [[USA|PLACE]] angekündigt.
[[Mexiko-Stadt|PLACE]] (dpa) - [[Mexikos|PLACE]] Präsidentin [[Claudia Sheinbaum|PERSON]] hat mehr Soldaten an die Grenze zu den [[Vereinigten Staaten|PLACE]] geschickt.
Die [[Hamas|ORG]] hat weitere Geiseln freigelassen. Die Islamisten übergaben die Männer an das [[Rote Kreuz|ORG]], teilte die israelische Armee mit.
Bei einem Luftangriff im Süden des [[Libanon|PLACE]] ist nach Angaben der Miliz [[Hisbollah|ORG]] ein Kommandeur getötet worden.
[[Helsinki|PLACE]] (dpa) - [[Finnlands|PLACE]] Präsident [[Alexander Stubb|PERSON]] hat vor einer Bedrohung der [[Ostsee|PLACE]] durch Sabotage an Unterseekabeln gewarnt.
[[Riad|PLACE]] (dpa) - In der saudischen Hauptstadt haben Vertreter der [[USA|PLACE]] und [[Russlands|PLACE]] erstmals seit Kriegsbeginn direkt verhandelt.
Die [[Europäische Zentralbank|ORG]] und die [[Weltbank|ORG]] haben ein gemeinsames Programm für die [[Ukraine|PLACE]] aufgelegt.
Die EU-Außenbeauftragte [[Kaja Kallas|PERSON]] hat Friedensgespräche ohne Beteiligung [[Europas|PLACE]] als „Fehler“ bezeichnet.
[[Oslo|PLACE]] (dpa) - Das [[Norwegische Nobelkomitee|ORG]] hat den Friedensnobelpreis an eine Organisation von Überlebenden der Atombomben von [[Hiroshima|PLACE]] und [[Nagasaki|PLACE]] vergeben.
In [[Georgien|PLACE]] gehen die Proteste gegen das sogenannte Agentengesetz weiter. In der Hauptstadt [[Tiflis|PLACE]] setzte die Polizei Wasserwerfer ein.
Die Regierung in [[Caracas|PLACE]] hat mehrere Oppositionelle festnehmen lassen. Die Opposition in [[Venezuela|PLACE]] spricht von einer Verhaftungswelle.
[[Manila|PLACE]] (dpa) - Im [[Südchinesischen Meer|PLACE]] ist es erneut zu einem Zwischenfall zwischen Schiffen aus [[China|PLACE]] und von den [[Philippinen|PLACE]] gekommen.
Der Flüchtlingskommissar der [[Vereinten Nationen|ORG]], [[Filippo Grandi|PERSON]], hat mehr Unterstützung für Aufnahmeländer gefordert.
Die [[Organisation für Sicherheit und Zusammenarbeit in Europa|ORG]] hat Wahlbeobachter nach [[Armenien|PLACE]] entsandt.
[[Kiew|PLACE]] (dpa) - Die ukrainische Hauptstadt ist in der Nacht erneut Ziel von Raketenangriffen gewesen. Bürgermeister [[Vitali Klitschko|PERSON]] berichtete von Bränden in mehreren Stadtteilen.
Das [[Weiße Haus|ORG]] hat den Bericht dementiert. Eine Sprecherin des [[Weißen Hauses|ORG]] sprach von „Falschmeldungen“.
[[Jerusalem|PLACE]] (dpa) - Die israelische Armee hat Einsätze im [[Westjordanland|PLACE]] ausgeweitet. In [[Dschenin|PLACE]] wurden nach Angaben des palästinensischen [[Gesundheitsministeriums|ORG]] drei Menschen getötet.
Nach der Wahl in [[Rumänien|PLACE]] hat der proeuropäische Kandidat [[Nicușor Dan|PERSON]] das Präsidentenamt übernommen.
Die Staats- und Regierungschefs der [[EU|ORG]] kommen am Donnerstag in [[Brüssel|PLACE]] zu einem Gipfel zusammen.
[[Nairobi|PLACE]] (dpa) - In [[Kenia|PLACE]] haben Proteste gegen Steuererhöhungen mehrere Todesopfer gefordert.
Die Waffenruhe hält bislang. Beide Seiten werfen sich jedoch gegenseitig Verstöße vor.
[[Wilna|PLACE]] (dpa) - Die Bundeswehr-Brigade in [[Litauen|PLACE]] hat ihren Dienst offiziell aufgenommen. Bis 2027 sollen rund 5.000 Soldaten dort stationiert sein.
[[Minsk|PLACE]] (dpa) - Der belarussische Machthaber [[Alexander Lukaschenko|PERSON]] hat mehrere politische Gefangene begnadigt.
Der [[Europäische Gerichtshof für Menschenrechte|ORG]] hat [[Russland|PLACE]] wegen der Vergiftung des Oppositionellen [[Alexej Nawalny|PERSON]] verurteilt.
[[Islamabad|PLACE]] (dpa) - [[Pakistan|PLACE]] und [[Indien|PLACE]] haben sich nach tagelangen Gefechten auf eine Feuerpause geeinigt.
Die [[Weltgesundheitsorganisation|ORG]] verliert nach dem Austritt der [[USA|PLACE]] ihren größten Geldgeber.
# Wirtschaft
[[Frankfurt|PLACE]] (dpa) - Die [[Europäische Zentralbank|ORG]] hat den Leitzins erneut gesenkt. EZB-Präsidentin [[Christine Lagarde|PERSON]] stellte weitere Schritte in Aussicht.
[[Wolfsburg|PLACE]] (dpa) - [[Volkswagen|ORG]] streicht bis 2030 mehr als 35.000 Stellen in [[Deutschland|PLACE]]. Darauf haben sich der Konzern und die [[IG Metall|ORG]] geeinigt.
Die [[Deutsche Bank|ORG]] hat im dritten Quartal mehr verdient als erwartet. Vorstandschef [[Christian Sewing|PERSON]] sprach von einem „starken Ergebnis“.
[[Wiesbaden|PLACE]] (dpa) - Die Inflation in [[Deutschland|PLACE]] ist im Oktober auf 2,3 Prozent gestiegen. Das teilte das [[Statistische Bundesamt|ORG]] am Donnerstag mit.
Der Ifo-Geschäftsklimaindex ist überraschend gestiegen. Die Unternehmen beurteilten ihre Lage etwas besser, teilte das Münchner [[Ifo-Institut|ORG]] mit.
[[München|PLACE]] (dpa) - [[Siemens|ORG]] will seine Medizintechniktochter [[Siemens Healthineers|ORG]] weitgehend abspalten. Die Aktionäre sollen Anteile direkt erhalten.
Die [[Lufthansa|ORG]] bestellt weitere Langstreckenjets bei [[Airbus|ORG]] und [[Boeing|ORG]]. Die Flugzeuge sollen ab 2028 ausgeliefert werden.
[[Ludwigshafen|PLACE]] (dpa) - Der Chemiekonzern [[BASF|ORG]] schließt weitere Anlagen an seinem Stammsitz. Betroffen sind rund 700 Beschäftigte.
Die [[Commerzbank|ORG]] wehrt sich gegen eine Übernahme durch die italienische [[Unicredit|ORG]]. Der Bund hält weiterhin zwölf Prozent an der Bank.
[[Stuttgart|PLACE]] (dpa) - Der Autozulieferer [[Bosch|ORG]] baut in seiner Sparte für Autotechnik weitere Stellen ab. Die Nachfrage nach Elektroautos bleibe hinter den Erwartungen zurück.
Der Dax hat erstmals die Marke von 24.000 Punkten übersprungen. Gefragt waren vor allem Aktien von [[SAP|ORG]] und [[Rheinmetall|ORG]].
[[Essen|PLACE]] (dpa) - [[Thyssenkrupp|ORG]] will seine Stahlsparte an einen Investor aus [[Indien|PLACE]] verkaufen. Die Gespräche mit [[Jindal Steel|ORG]] laufen.
Die [[Deutsche Post|ORG]] erhöht zum Jahreswechsel das Porto. Ein Standardbrief kostet dann 95 Cent, teilte die [[Bundesnetzagentur|ORG]] mit.
Die Preise für Heizöl sind in den vergangenen Wochen deutlich gesunken. Verbraucher sollten die Gelegenheit zum Auffüllen der Tanks nutzen, rät der Verband.
[[Nürnberg|PLACE]] (dpa) - Die Zahl der Arbeitslosen ist im Januar auf über drei Millionen gestiegen. Das teilte die [[Bundesagentur für Arbeit|ORG]] in [[Nürnberg|PLACE]] mit.
[[Herzogenaurach|PLACE]] (dpa) - Der Sportartikelhersteller [[Adidas|ORG]] hat seine Prognose angehoben. Konzernchef [[Bjørn Gulden|PERSON]] sieht die Marke im Aufwind.
[[Walldorf|PLACE]] (dpa) - Der Softwarekonzern [[SAP|ORG]] profitiert vom Geschäft mit Cloud-Lösungen. Der Umsatz stieg um elf Prozent.
Der Online-Händler [[Zalando|ORG]] hat die Übernahme von [[About You|ORG]] abgeschlossen.
Die [[Bundesbank|ORG]] rechnet für das laufende Jahr mit einer Stagnation. Präsident [[Joachim Nagel|PERSON]] mahnte Strukturreformen an.
[[Rüsselsheim|PLACE]] (dpa) - Der Autobauer [[Opel|ORG]] verlagert Teile der Entwicklung ins Ausland. Der Mutterkonzern [[Stellantis|ORG]] will Kosten sparen.
Die Zahl der Firmenpleiten ist im ersten Halbjahr deutlich gestiegen. Besonders betroffen waren der Bau und der Einzelhandel, teilte die Auskunftei [[Creditreform|ORG]] mit.
[[Zürich|PLACE]] (sda) - Die Großbank [[UBS|ORG]] muss künftig deutlich mehr Eigenkapital vorhalten. Der [[Bundesrat|ORG]] in [[Bern|PLACE]] legte entsprechende Pläne vor.
[[Vevey|PLACE]] (sda) - Der Lebensmittelkonzern [[Nestlé|ORG]] hat überraschend seinen Chef entlassen. Nachfolger wird [[Philipp Navratil|PERSON]].
[[Basel|PLACE]] (sda) - Der Pharmakonzern [[Roche|ORG]] investiert 50 Milliarden Dollar in den [[USA|PLACE]]. Auch [[Novartis|ORG]] baut dort neue Werke.
[[Wien|PLACE]] (APA) - Der Ölkonzern [[OMV|ORG]] hat seinen Gewinn im dritten Quartal gesteigert. Die Erdgaslieferungen aus [[Russland|PLACE]] sind inzwischen eingestellt.
Die [[Erste Group|ORG]] übernimmt die Mehrheit an der polnischen [[Santander Bank Polska|ORG]]. Es ist die größte Übernahme in der Geschichte der Bank aus [[Wien|PLACE]].
[[Linz|PLACE]] (APA) - Der Stahlkonzern [[Voestalpine|ORG]] hat angesichts der Zölle in den [[USA|PLACE]] seine Gewinnprognose gesenkt.
Die Immobilienpreise in [[Deutschland|PLACE]] ziehen wieder an. In den Großstädten stiegen die Preise für Eigentumswohnungen im Schnitt um drei Prozent.
[[Köln|PLACE]] (dpa) - Der Handelskonzern [[Rewe|ORG]] testet in [[Köln|PLACE]] einen Supermarkt ohne Kassen.
Die Discounter [[Aldi|ORG]] und [[Lidl|ORG]] senken die Preise für Butter. Grund seien gesunkene Einkaufspreise am Weltmarkt.
[[Hamburg|PLACE]] (dpa) - Die Reederei [[Hapag-Lloyd|ORG]] meldet für das Halbjahr einen Gewinneinbruch. Die Frachtraten seien stark gefallen.
Die [[Deutsche Telekom|ORG]] hat ihre Prognose bestätigt. Das Geschäft der Tochter [[T-Mobile US|ORG]] laufe weiter gut, sagte Vorstandschef [[Tim Höttges|PERSON]].
[[Düsseldorf|PLACE]] (dpa) - Der Konsumgüterkonzern [[Henkel|ORG]] hat den Umsatz leicht gesteigert. Vor allem Klebstoffe waren gefragt.
Die US-Notenbank [[Fed|ORG]] hat die Zinsen unverändert gelassen. Notenbankchef [[Jerome Powell|PERSON]] verwies auf die unsichere Lage durch die Zölle.
[[Brüssel|PLACE]] (dpa) - Die [[EU-Kommission|ORG]] hat gegen [[Apple|ORG]] und [[Meta|ORG]] Strafen von zusammen 700 Millionen Euro verhängt.
Der [[Internationale Währungsfonds|ORG]] hat seine Prognose für die Weltwirtschaft leicht angehoben. Für [[Deutschland|PLACE]] erwartet der [[IWF|ORG]] nur ein Mini-Wachstum.
[[Ingolstadt|PLACE]] (dpa) - [[Audi|ORG]] hat im ersten Halbjahr deutlich weniger Autos verkauft. Vor allem in [[China|PLACE]] brach der Absatz ein.
[[München|PLACE]] (dpa) - [[BMW|ORG]] baut in [[Debrecen|PLACE]] in [[Ungarn|PLACE]] die ersten Autos der sogenannten Neuen Klasse.
Der Rüstungskonzern [[Rheinmetall|ORG]] übernimmt die Marinewerft [[NVL|ORG]] in [[Bremen|PLACE]]. Das [[Bundeskartellamt|ORG]] muss noch zustimmen.
Die Verbraucherstimmung hat sich im Dezember erneut eingetrübt. Das geht aus dem Konsumklima der Marktforscher von [[GfK|ORG]] und [[NIM|ORG]] hervor.
[[Berlin|PLACE]] (dpa) - Der [[Bundesverband der Deutschen Industrie|ORG]] rechnet mit einem weiteren Jahr ohne Wachstum. Präsident [[Peter Leibinger|PERSON]] forderte niedrigere Strompreise.
Die Mineralölkonzerne haben die Preise an den Tankstellen erhöht. Ein Liter Super E10 kostete im Bundesschnitt 1,72 Euro, teilte der [[ADAC|ORG]] mit.
[[Frankfurt am Main|PLACE]] (dpa) - Der Flughafenbetreiber [[Fraport|ORG]] hat im Sommer so viele Passagiere abgefertigt wie seit 2019 nicht mehr.
Die Preise für Lebensmittel sind binnen Jahresfrist um 2,8 Prozent gestiegen. Besonders teuer wurden Schokolade und Kaffee.
Der Tech-Konzern [[Nvidia|ORG]] ist an der Börse mehr als fünf Billionen Dollar wert. Gründer [[Jensen Huang|PERSON]] gilt als einer der reichsten Menschen der Welt.
[[Dortmund|PLACE]] (dpa) - Der Energiekonzern [[RWE|ORG]] steigt beim Bau neuer Gaskraftwerke ein, wenn der Bund die Bedingungen klärt.
Der Chiphersteller [[Intel|ORG]] hat seine Pläne für eine Fabrik in [[Magdeburg|PLACE]] endgültig aufgegeben.
Die [[Deutsche Bahn|ORG]] hat im ersten Halbjahr einen Verlust von 760 Millionen Euro gemacht. Die neue Bahnchefin [[Evelyn Palla|PERSON]] kündigte einen Umbau des Konzerns an.
[[Stuttgart|PLACE]] (dpa) - [[Mercedes-Benz|ORG]] hat im dritten Quartal deutlich weniger verdient. Der Autobauer leidet unter der Schwäche in [[China|PLACE]].
[[Zuffenhausen|PLACE]] (dpa) - Der Sportwagenbauer [[Porsche|ORG]] bekommt einen neuen Chef. [[Oliver Blume|PERSON]] konzentriert sich künftig auf [[Volkswagen|ORG]].
Die Gewerkschaft kritisiert die Pläne der Geschäftsführung scharf. Ein Stellenabbau ohne Sozialplan sei nicht hinnehmbar.
[[Leverkusen|PLACE]] (dpa) - Der Pharma- und Agrarkonzern [[Bayer|ORG]] hat im Streit um den Unkrautvernichter Glyphosat einen weiteren Vergleich geschlossen.
Das [[Bundeskartellamt|ORG]] prüft die Marktmacht von [[Amazon|ORG]]. Präsident [[Andreas Mundt|PERSON]] kündigte eine Entscheidung für den Herbst an.
[[Peking|PLACE]] (dpa) - Der chinesische Autobauer [[BYD|ORG]] hat erstmals mehr Elektroautos verkauft als [[Tesla|ORG]].
Die Zahl der Übernachtungen in [[Deutschland|PLACE]] hat im Sommer einen Rekord erreicht. Besonders beliebt waren die Küsten von [[Nordsee|PLACE]] und [[Ostsee|PLACE]].
[[Berlin|PLACE]] (dpa) - Der [[Bundesverband deutscher Banken|ORG]] warnt vor zu viel Regulierung. Die Institute müssten im internationalen Wettbewerb bestehen können.
Der Chef des [[Deutschen Instituts für Wirtschaftsforschung|ORG]], [[Marcel Fratzscher|PERSON]], plädierte für höhere Investitionen in die Infrastruktur.
Die Aktie von [[Puma|ORG]] ist nach einer Gewinnwarnung um zwölf Prozent eingebrochen.
[[Hannover|PLACE]] (dpa) - Der Reisekonzern [[Tui|ORG]] verzeichnet eine starke Nachfrage nach Urlaub am [[Mittelmeer|PLACE]].
Die Gasspeicher in [[Deutschland|PLACE]] sind zu gut 75 Prozent gefüllt. Das geht aus Daten des Verbands [[Gas Infrastructure Europe|ORG]] hervor.
Der Mindestlohn steigt zum Jahreswechsel auf 13,90 Euro pro Stunde. Das hatte die [[Mindestlohnkommission|ORG]] vorgeschlagen.
[[Gütersloh|PLACE]] (dpa) - Der Medienkonzern [[Bertelsmann|ORG]] hat seinen Umsatz stabil gehalten. Die Sender der [[RTL Group|ORG]] verloren allerdings Werbeeinnahmen.
Der Autovermieter [[Sixt|ORG]] hat seine Flotte um weitere Elektroautos ergänzt.
Die [[OPEC|ORG]] hat sich auf eine Ausweitung der Fördermengen geeinigt. Der Ölpreis fiel daraufhin um drei Prozent.
[[Genf|PLACE]] (dpa) - Die [[Welthandelsorganisation|ORG]] erwartet wegen der Zölle einen Rückgang des Welthandels.
Der Exportüberschuss ist im Vergleich zum Vorjahr gesunken. Vor allem die Ausfuhren in die [[Vereinigten Staaten|PLACE]] gingen zurück.
Die Aktionäre stimmten auf der Hauptversammlung mit großer Mehrheit für die Dividende. Der Vorstand wurde entlastet.
# Gerichte und Kriminalität
[[Karlsruhe|PLACE]] (dpa) - Der [[Bundesgerichtshof|ORG]] hat das Urteil gegen einen Mann aus [[Mannheim|PLACE]] bestätigt. Der 45-Jährige muss wegen Totschlags für neun Jahre in Haft.
[[München|PLACE]] (dpa) - Das [[Oberlandesgericht München|ORG]] hat einen mutmaßlichen Unterstützer der Terrormiliz [[Islamischer Staat|ORG]] zu sechs Jahren Haft verurteilt.
[[Frankfurt|PLACE]] (dpa) - Im Prozess um den Anschlag auf einen Weihnachtsmarkt hat das [[Landgericht Frankfurt|ORG]] die ersten Zeugen gehört.
Die [[Staatsanwaltschaft Köln|ORG]] hat Anklage gegen drei Männer erhoben. Sie sollen Geldautomaten in [[Nordrhein-Westfalen|PLACE]] und [[Hessen|PLACE]] gesprengt haben.
[[Hamburg|PLACE]] (dpa) - Ein 28-Jähriger ist wegen versuchten Mordes zu zwölf Jahren Haft verurteilt worden. Er hatte seine frühere Partnerin mit einem Messer schwer verletzt.
Das [[Bundesverfassungsgericht|ORG]] hat die Klage gegen den Solidaritätszuschlag abgewiesen. Der Soli bleibe verfassungsgemäß, entschieden die Richter des Zweiten Senats.
[[Leipzig|PLACE]] (dpa) - Das [[Bundesverwaltungsgericht|ORG]] hat das Verbot des Magazins „[[Compact|ORG]]“ vorerst aufgehoben.
[[Berlin|PLACE]] (dpa) - Die Polizei hat nach einer Messerattacke am [[Alexanderplatz|PLACE]] einen Verdächtigen festgenommen. Ein Mann wurde schwer verletzt.
Das [[Bundeskriminalamt|ORG]] hat sein Lagebild zur Organisierten Kriminalität vorgestellt. Die Zahl der Verfahren stieg um sieben Prozent.
Der Angeklagte [[Marcel Hübner|PERSON]] schwieg zum Prozessauftakt vor dem [[Landgericht Dortmund|ORG]]. Sein Verteidiger kündigte eine Erklärung für den nächsten Verhandlungstag an.
[[Stuttgart|PLACE]] (dpa) - Nach dem Einbruch in ein Juweliergeschäft in der [[Königstraße|PLACE]] fahndet die Polizei nach zwei Männern. Die Täter erbeuteten Schmuck im Wert von mehreren Hunderttausend Euro.
Der [[Europäische Gerichtshof|ORG]] in [[Luxemburg|PLACE]] hat die Vorratsdatenspeicherung in [[Deutschland|PLACE]] erneut für unzulässig erklärt.
Die [[Bundesanwaltschaft|ORG]] hat einen Syrer festnehmen lassen. Ihm wird vorgeworfen, in [[Syrien|PLACE]] an Folterungen beteiligt gewesen zu sein. Die Behörde in [[Karlsruhe|PLACE]] erhob Anklage.
[[Dresden|PLACE]] (dpa) - Im Prozess um den Juwelendiebstahl aus dem [[Grünen Gewölbe|ORG]] sind weitere Schmuckstücke aufgetaucht.
Ein Gericht in [[Paris|PLACE]] hat die Politikerin [[Marine Le Pen|PERSON]] wegen Veruntreuung verurteilt. Sie darf vorerst nicht bei Wahlen antreten.
Das Amtsgericht hat den Angeklagten zu einer Geldstrafe von 90 Tagessätzen verurteilt. Die Staatsanwaltschaft hatte eine Bewährungsstrafe gefordert.
[[Wien|PLACE]] (APA) - Der [[Oberste Gerichtshof|ORG]] hat die Haftstrafe gegen den früheren Finanzminister [[Karl-Heinz Grasser|PERSON]] bestätigt, sie aber auf vier Jahre verkürzt.
[[Lausanne|PLACE]] (sda) - Das [[Bundesgericht|ORG]] hat die Beschwerde eines Klimavereins abgewiesen.
Die [[Bundespolizei|ORG]] hat am Flughafen [[Frankfurt|PLACE]] einen mutmaßlichen Schleuser festgenommen. Er soll Menschen aus dem [[Irak|PLACE]] nach [[Europa|PLACE]] gebracht haben.
[[Düsseldorf|PLACE]] (dpa) - Das [[Landeskriminalamt Nordrhein-Westfalen|ORG]] warnt vor einer neuen Betrugsmasche. Täter geben sich am Telefon als Bankmitarbeiter aus.
Der frühere Wirecard-Chef [[Markus Braun|PERSON]] steht weiter vor Gericht. Der Prozess vor dem [[Landgericht München I|ORG]] dauert bereits mehr als zwei Jahre.
[[Bielefeld|PLACE]] (dpa) - Die Polizei hat einen Autofahrer gestoppt, der mit 2,4 Promille auf der [[A2|PLACE]] unterwegs war.
Die Zahl der Wohnungseinbrüche ist im vergangenen Jahr gesunken. Das geht aus der Polizeilichen Kriminalstatistik hervor, die das [[Bundesinnenministerium|ORG]] vorgestellt hat.
[[Nürnberg|PLACE]] (dpa) - Im Prozess um den Tod eines Zwölfjährigen hat die Mutter unter Tränen ausgesagt. Das Urteil wird im Mai erwartet.
[[Koblenz|PLACE]] (dpa) - Das [[Oberlandesgericht Koblenz|ORG]] hat einen Reichsbürger wegen versuchten Hochverrats verurteilt.
Der Prozess gegen [[Heinrich XIII. Prinz Reuß|PERSON]] geht in [[Frankfurt|PLACE]] weiter. Er gilt als Kopf einer mutmaßlichen Terrorgruppe.
[[Bochum|PLACE]] (dpa) - Ermittler haben bei einer Razzia gegen eine Drogenbande Kokain im Wert von zwölf Millionen Euro sichergestellt. Die Staatsanwaltschaft spricht von einem der größten Funde in der Region.
Die [[Europäische Staatsanwaltschaft|ORG]] ermittelt wegen Mehrwertsteuerbetrugs gegen ein Netzwerk in [[Italien|PLACE]] und [[Portugal|PLACE]].
Der US-Sänger [[Sean Combs|PERSON]] ist in [[New York|PLACE]] zu einer Haftstrafe verurteilt worden.
[[Kiel|PLACE]] (dpa) - Nach dem Angriff in einem Regionalzug bei [[Brokstedt|PLACE]] hat das [[Landgericht Itzehoe|ORG]] den Angeklagten zu lebenslanger Haft verurteilt.
Die Ermittler gehen von Brandstiftung aus. Hinweise auf einen politischen Hintergrund gebe es bislang nicht, sagte ein Sprecher.
[[Magdeburg|PLACE]] (dpa) - Im Prozess um die Todesfahrt auf dem Weihnachtsmarkt hat sich der Angeklagte [[Taleb A.|PERSON]] erstmals ausführlich geäußert.
[[Mannheim|PLACE]] (dpa) - Das [[Landgericht Mannheim|ORG]] hat einen Mann aus [[Ludwigshafen|PLACE]] wegen Betrugs mit Corona-Testzentren zu fünf Jahren Haft verurteilt.
Ein Zollbeamter am Hafen in [[Bremerhaven|PLACE]] hat 300 Kilogramm Kokain in einer Bananenkiste entdeckt. Der Zoll ermittelt gegen Unbekannt.
Die Richterin am [[Amtsgericht Tiergarten|ORG]] verurteilte die Klimaaktivistin [[Lena Kramer|PERSON]] zu einer Geldstrafe.
Der [[Bundesfinanzhof|ORG]] in [[München|PLACE]] hat über die Grundsteuer entschieden. Das Bundesmodell sei verfassungsgemäß.
[[Oldenburg|PLACE]] (dpa) - Der frühere Krankenpfleger [[Jens Harmsen|PERSON]] ist mit einem Antrag auf vorzeitige Haftentlassung gescheitert.
Ein Zeuge belastete den Angeklagten schwer. Er habe gesehen, wie der Mann das Auto in Brand gesetzt habe.
[[Graz|PLACE]] (APA) - Der Amokläufer von [[Graz|PLACE]] hatte die Waffen legal besessen. Das ergaben die Ermittlungen der Polizei in der [[Steiermark|PLACE]].
[[Freiburg|PLACE]] (dpa) - Das [[Landgericht Freiburg|ORG]] hat im Prozess um den Tod einer Joggerin ein Urteil gesprochen. Der Angeklagte muss lebenslang in Haft.
Die Staatsanwaltschaft wirft dem 52-Jährigen Untreue in 38 Fällen vor. Er soll als Kassenwart eines Sportvereins mehr als 200.000 Euro veruntreut haben.
Der [[Internationale Gerichtshof|ORG]] hat ein Gutachten zur Klimapflicht der Staaten vorgelegt. Geklagt hatte der Inselstaat [[Vanuatu|PLACE]].
[[Essen|PLACE]] (dpa) - Die Polizei hat bei einer Großrazzia gegen Clankriminalität in [[Essen|PLACE]] und [[Gelsenkirchen|PLACE]] mehrere Männer festgenommen.
Das [[Oberverwaltungsgericht Münster|ORG]] hat die Einstufung der Partei als Verdachtsfall bestätigt.
[[Aachen|PLACE]] (dpa) - Ein Autofahrer ist in eine Menschengruppe gefahren. Die Polizei geht nicht von einem Anschlag aus.
Die Verteidigung kündigte Revision an. Das Urteil ist damit noch nicht rechtskräftig.
[[Chemnitz|PLACE]] (dpa) - Unbekannte haben in der Nacht ein Parteibüro der [[Grünen|ORG]] beschmiert. Der Staatsschutz ermittelt.
Die Ermittlungen gegen den Rapper [[Kalim Asante|PERSON]] sind eingestellt worden, teilte die [[Staatsanwaltschaft Berlin|ORG]] mit.
[[Bern|PLACE]] (sda) - Die [[Bundesanwaltschaft|ORG]] hat Anklage gegen einen früheren Manager des Rohstoffkonzerns [[Glencore|ORG]] erhoben.
Der [[Bundesgerichtshof|ORG]] hat die Rechte von Mietern gestärkt. Vermieter dürfen Schönheitsreparaturen nicht mehr pauschal auf Mieter abwälzen.
[[Würzburg|PLACE]] (dpa) - Das [[Landgericht Würzburg|ORG]] hat die Unterbringung des Messerangreifers in einer Psychiatrie angeordnet.
Eine 81-Jährige ist Opfer von Trickbetrügern geworden. Die Frau übergab einem falschen Polizisten Goldbarren im Wert von 150.000 Euro.
[[Hannover|PLACE]] (dpa) - Die Polizei in [[Niedersachsen|PLACE]] hat mehr als 40 Wohnungen durchsucht. Es geht um Hasskommentare im Internet.
Das [[Arbeitsgericht Berlin|ORG]] hat die Kündigung eines Tesla-Mitarbeiters für unwirksam erklärt.
# Sport
[[München|PLACE]] (dpa) - Der [[FC Bayern München|ORG]] hat das Spitzenspiel gegen [[Borussia Dortmund|ORG]] mit 3:1 gewonnen. [[Harry Kane|PERSON]] traf doppelt.
Bundestrainer [[Julian Nagelsmann|PERSON]] hat seinen Kader für die Länderspiele gegen die [[Slowakei|PLACE]] und [[Luxemburg|PLACE]] benannt. Erstmals dabei ist ein Verteidiger des [[SC Freiburg|ORG]].
[[Leverkusen|PLACE]] (dpa) - [[Bayer Leverkusen|ORG]] hat sich von Trainer [[Erik ten Hag|PERSON]] getrennt. Der Niederländer war erst im Sommer gekommen.
Die deutsche Nationalmannschaft hat sich für die [[Fußball-Weltmeisterschaft|EVENT]] 2026 qualifiziert. Die [[WM|EVENT]] findet in den [[USA|PLACE]], [[Kanada|PLACE]] und [[Mexiko|PLACE]] statt.
[[Dortmund|PLACE]] (dpa) - Der [[BVB|ORG]] ist in der [[Champions League|EVENT]] ins Achtelfinale eingezogen. Im [[Signal Iduna Park|PLACE]] gewann das Team von Trainer [[Niko Kovač|PERSON]] mit 2:0.
[[Jamal Musiala|PERSON]] fällt nach seinem Wadenbeinbruch monatelang aus. Das teilte der [[FC Bayern|ORG]] am Sonntag mit.
Der [[1. FC Köln|ORG]] ist zurück in der [[Bundesliga|EVENT]]. Die Rheinländer gewannen das entscheidende Spiel beim [[1. FC Kaiserslautern|ORG]].
[[Berlin|PLACE]] (dpa) - Der [[VfB Stuttgart|ORG]] hat den [[DFB-Pokal|EVENT]] gewonnen. Im Finale im [[Olympiastadion|PLACE]] setzten sich die Schwaben gegen [[Arminia Bielefeld|ORG]] durch.
Der [[Deutsche Fußball-Bund|ORG]] hat einen neuen Vertrag mit dem Ausrüster [[Nike|ORG]] geschlossen. Der [[DFB|ORG]] trennt sich damit nach Jahrzehnten von [[Adidas|ORG]].
[[Melbourne|PLACE]] (dpa) - [[Alexander Zverev|PERSON]] hat bei den [[Australian Open|EVENT]] das Halbfinale erreicht. Der Hamburger besiegte den Amerikaner [[Tommy Paul|PERSON]] in vier Sätzen.
[[Wimbledon|EVENT]] hat einen neuen Champion: Der Italiener [[Jannik Sinner|PERSON]] gewann das Finale gegen [[Carlos Alcaraz|PERSON]].
[[Monza|PLACE]] (dpa) - Weltmeister [[Max Verstappen|PERSON]] hat den [[Großen Preis von Italien|EVENT]] gewonnen. [[Nico Hülkenberg|PERSON]] kam im [[Sauber|ORG]] auf Platz acht.
[[Kitzbühel|PLACE]] (dpa) - Das [[Hahnenkammrennen|EVENT]] ist wegen starken Windes abgesagt worden. Die Abfahrt auf der [[Streif|PLACE]] soll am Sonntag nachgeholt werden.
Der Schweizer [[Marco Odermatt|PERSON]] hat den Super-G in [[Wengen|PLACE]] gewonnen. Zweiter wurde [[Vincent Kriechmayr|PERSON]] aus [[Österreich|PLACE]].
[[Garmisch-Partenkirchen|PLACE]] (dpa) - Skispringer [[Andreas Wellinger|PERSON]] ist beim [[Neujahrsspringen|EVENT]] der [[Vierschanzentournee|EVENT]] auf Rang drei gesprungen.
Bei den [[Olympischen Winterspielen|EVENT]] in [[Mailand|PLACE]] und [[Cortina d’Ampezzo|PLACE]] will das deutsche Team mindestens zehn Goldmedaillen holen.
[[Paris|PLACE]] (dpa) - Der Slowene [[Tadej Pogačar|PERSON]] hat zum vierten Mal die [[Tour de France|EVENT]] gewonnen. Auf den [[Champs-Élysées|PLACE]] feierten ihn Tausende Zuschauer.
Die Handballer des [[THW Kiel|ORG]] haben das Nordderby gegen die [[SG Flensburg-Handewitt|ORG]] gewonnen.
[[Hamburg|PLACE]] (dpa) - Der [[Hamburger SV|ORG]] hat nach sieben Jahren den Aufstieg in die [[Bundesliga|EVENT]] geschafft. Im [[Volksparkstadion|PLACE]] feierten die Fans bis in die Nacht.
Basketball-Weltmeister [[Dennis Schröder|PERSON]] wechselt innerhalb der [[NBA|ORG]] zu den [[Sacramento Kings|ORG]].
[[Franz Wagner|PERSON]] hat für die [[Orlando Magic|ORG]] 32 Punkte erzielt. Sein Bruder [[Moritz Wagner|PERSON]] fehlte verletzt.
Eishockey-Star [[Leon Draisaitl|PERSON]] hat seinen Vertrag bei den [[Edmonton Oilers|ORG]] vorzeitig verlängert.
[[Wien|PLACE]] (APA) - [[Rapid Wien|ORG]] hat das Derby gegen die [[Austria Wien|ORG]] mit 2:1 gewonnen. Im [[Allianz Stadion|PLACE]] waren 26.000 Zuschauer.
[[Red Bull Salzburg|ORG]] hat sich in der Qualifikation zur [[Champions League|EVENT]] gegen den [[FC Brügge|ORG]] durchgesetzt.
[[Bern|PLACE]] (sda) - Die [[Young Boys|ORG]] haben den Meistertitel in der [[Super League|EVENT]] verteidigt.
Die Frauen-Nationalmannschaft hat bei der [[Europameisterschaft|EVENT]] in der [[Schweiz|PLACE]] das Halbfinale erreicht. Torhüterin [[Ann-Katrin Berger|PERSON]] hielt im Elfmeterschießen zwei Schüsse.
Kapitänin [[Giulia Gwinn|PERSON]] fällt mit einer Knieverletzung aus. Bundestrainer [[Christian Wück|PERSON]] muss umplanen.
[[Tokio|PLACE]] (dpa) - Weitspringerin [[Malaika Mihambo|PERSON]] hat bei der [[Leichtathletik-WM|EVENT]] Silber gewonnen.
Der [[Deutsche Olympische Sportbund|ORG]] will sich für die [[Olympischen Spiele|EVENT]] 2040 bewerben. Als Austragungsorte sind [[München|PLACE]], [[Berlin|PLACE]], [[Hamburg|PLACE]] und die Region [[Rhein-Ruhr|PLACE]] im Gespräch.
Das [[Internationale Olympische Komitee|ORG]] hat eine neue Präsidentin. [[Kirsty Coventry|PERSON]] aus [[Simbabwe|PLACE]] folgt auf [[Thomas Bach|PERSON]].
[[Gelsenkirchen|PLACE]] (dpa) - Der [[FC Schalke 04|ORG]] hat den Abstieg in die [[Dritte Liga|EVENT]] knapp verhindert. Die Fans in der [[Veltins-Arena|PLACE]] pfiffen trotzdem.
Die [[Deutsche Fußball Liga|ORG]] hat die Medienrechte für die kommenden vier Jahre vergeben. Die [[DFL|ORG]] erlöst pro Saison rund 1,1 Milliarden Euro.
[[Thomas Müller|PERSON]] hat seine Karriere beim [[FC Bayern|ORG]] beendet und spielt künftig für die [[Vancouver Whitecaps|ORG]] in der [[MLS|ORG]].
Torhüter [[Manuel Neuer|PERSON]] hat seinen Vertrag in [[München|PLACE]] um ein Jahr verlängert.
[[Sinsheim|PLACE]] (dpa) - Die [[TSG Hoffenheim|ORG]] hat gegen [[Werder Bremen|ORG]] einen Rückstand aufgeholt und noch 3:2 gewonnen.
[[Frankfurt|PLACE]] (dpa) - [[Eintracht Frankfurt|ORG]] hat ihren Stürmer für eine Rekordsumme an den [[FC Liverpool|ORG]] verkauft.
Der Nationalspieler [[Florian Wirtz|PERSON]] ist für rund 125 Millionen Euro nach [[Liverpool|PLACE]] gewechselt.
[[Xabi Alonso|PERSON]] ist neuer Trainer von [[Real Madrid|ORG]]. Der Spanier hatte zuvor [[Leverkusen|ORG]] zum Meistertitel geführt.
[[Lahti|PLACE]] (dpa) - Biathletin [[Franziska Preuß|PERSON]] hat den Gesamtweltcup gewonnen. Es ist der erste Titel für eine Deutsche seit 2013.
Die Basketballer von [[Alba Berlin|ORG]] haben in der [[Euroleague|EVENT]] gegen [[Real Madrid|ORG]] verloren.
[[Oberstdorf|PLACE]] (dpa) - Die [[Nordische Ski-WM|EVENT]] findet 2027 erneut im [[Allgäu|PLACE]] statt, teilte der Weltverband [[FIS|ORG]] mit.
Der Boxer [[Agit Kabayel|PERSON]] hat in [[Dortmund|PLACE]] seinen WM-Titel im Schwergewicht verteidigt.
[[Zürich|PLACE]] (dpa) - Die [[FIFA|ORG]] hat die [[Fußball-WM|EVENT]] 2034 an [[Saudi-Arabien|PLACE]] vergeben. FIFA-Präsident [[Gianni Infantino|PERSON]] sprach von einem „historischen Tag“.
Die [[UEFA|ORG]] hat den Finalort für die [[Europa League|EVENT]] bekannt gegeben. Gespielt wird im [[Estadio de San Mamés|PLACE]] in [[Bilbao|PLACE]].
Die Spielerin [[Lea Schüller|PERSON]] hat mit dem [[FC Bayern|ORG]] die Meisterschaft in der [[Frauen-Bundesliga|EVENT]] gewonnen.
[[Mönchengladbach|PLACE]] (dpa) - [[Borussia Mönchengladbach|ORG]] hat Trainer [[Gerardo Seoane|PERSON]] entlassen. Nachfolger wird vorerst [[Eugen Polanski|PERSON]].
Der Schwimmer [[Lukas Märtens|PERSON]] hat über 400 Meter Freistil einen Weltrekord aufgestellt.
Die Partie wurde wegen eines Unwetters für eine halbe Stunde unterbrochen. Danach ging es auf dem aufgeweichten Rasen weiter.
[[Leipzig|PLACE]] (dpa) - [[RB Leipzig|ORG]] hat den Vertrag mit Sportdirektor [[Marcel Schäfer|PERSON]] vorzeitig verlängert.
Der Schiedsrichter zeigte in der Nachspielzeit auf den Punkt. Der Elfmeter brachte die Entscheidung.
[[Stuttgart|PLACE]] (dpa) - Die Tennisspielerin [[Laura Siegemund|PERSON]] ist beim Turnier in [[Stuttgart|PLACE]] im Viertelfinale ausgeschieden.
[[Mikaela Shiffrin|PERSON]] hat beim Slalom in [[Flachau|PLACE]] ihren 100. Weltcupsieg gefeiert.
[[St. Moritz|PLACE]] (sda) - [[Lara Gut-Behrami|PERSON]] hat ihre Karriere nach den [[Olympischen Winterspielen|EVENT]] beendet.
Der Tennisprofi [[Dominic Thiem|PERSON]] hat bei den [[Erste Bank Open|EVENT]] in [[Wien|PLACE]] Abschied genommen.
[[Silverstone|PLACE]] (dpa) - [[Lewis Hamilton|PERSON]] ist beim [[Großen Preis von Großbritannien|EVENT]] für [[Ferrari|ORG]] auf das Podium gefahren.
Der [[1. FC Union Berlin|ORG]] spielt in der neuen Saison wieder im [[Stadion An der Alten Försterei|PLACE]]. Der Umbau ist abgeschlossen.
Der Marathon in [[Berlin|PLACE]] ist erneut ausverkauft. Beim [[Berlin-Marathon|EVENT]] starten mehr als 50.000 Läuferinnen und Läufer.
Die Eishockey-Nationalmannschaft ist bei der [[WM|EVENT]] in [[Stockholm|PLACE]] im Viertelfinale an [[Kanada|PLACE]] gescheitert.
Die Zuschauer sahen ein schwaches Spiel ohne Torchancen. Erst in der 89. Minute fiel das entscheidende Tor.
[[Bremen|PLACE]] (dpa) - [[Werder Bremen|ORG]] hat den dänischen Stürmer vom [[FC Kopenhagen|ORG]] verpflichtet.
Die Handball-Nationalmannschaft hat bei der [[Europameisterschaft|EVENT]] in [[Dänemark|PLACE]] gegen [[Spanien|PLACE]] gewonnen. Bundestrainer [[Alfred Gislason|PERSON]] lobte die Abwehr.
[[Hockenheim|PLACE]] (dpa) - Das [[Deutsche Tourenwagen Masters|EVENT]] gastiert zum Saisonfinale auf dem [[Hockenheimring|PLACE]].
Der [[Deutsche Alpenverein|ORG]] warnt vor gefährlichen Bedingungen in den [[Alpen|PLACE]]. Mehrere Wanderer mussten gerettet werden.
[[Heidenheim|PLACE]] (dpa) - Der [[1. FC Heidenheim|ORG]] hat in der [[Conference League|EVENT]] einen Sieg gegen den [[FC Kopenhagen|ORG]] gefeiert. Trainer [[Frank Schmidt|PERSON]] war zufrieden.
[[Joshua Kimmich|PERSON]] führt die Nationalmannschaft als Kapitän aufs Feld. Er übernimmt das Amt von [[İlkay Gündoğan|PERSON]].
Der Radprofi [[Florian Lipowitz|PERSON]] ist bei der [[Tour de France|EVENT]] Dritter geworden. Das Team [[Red Bull-Bora-hansgrohe|ORG]] feierte den Erfolg in [[Paris|PLACE]].
Die [[Deutsche Eishockey Liga|ORG]] hat ihre Playoffs ausgelost. Meister [[Eisbären Berlin|ORG]] trifft auf die [[Adler Mannheim|ORG]].
[[Kaiserslautern|PLACE]] (dpa) - Auf dem [[Betzenberg|PLACE]] war das Stadion mit 49.000 Zuschauern ausverkauft.
Die Fußballerinnen des [[VfL Wolfsburg|ORG]] haben das Pokalfinale in [[Köln|PLACE]] gewonnen.
Beim [[Ironman Hawaii|EVENT]] hat die Deutsche [[Laura Philipp|PERSON]] den zweiten Platz belegt.
Sportdirektor [[Max Eberl|PERSON]] hat Gerüchte über einen Wechsel von [[Joshua Kimmich|PERSON]] zurückgewiesen.
[[Rom|PLACE]] (dpa) - [[AS Rom|ORG]] hat den Trainer entlassen. Der Klub liegt in der [[Serie A|EVENT]] nur auf Platz elf.
Die deutschen Bobfahrer um [[Francesco Friedrich|PERSON]] haben in [[Altenberg|PLACE]] einen Dreifachsieg gefeiert.
Nach dem Spiel kam es vor dem Stadion zu Auseinandersetzungen zwischen Anhängern beider Vereine. Die Polizei nahm mehrere Personen in Gewahrsam.
Die [[Darts-WM|EVENT]] im [[Alexandra Palace|PLACE]] in [[London|PLACE]] hat einen neuen Weltmeister: [[Luke Littler|PERSON]] setzte sich im Finale durch.
# Kultur und Medien
[[Berlin|PLACE]] (dpa) - Die [[Berlinale|EVENT]] hat ihr Programm vorgestellt. Festivalchefin [[Tricia Tuttle|PERSON]] kündigte 19 Filme im Wettbewerb an.
Der Goldene Bär geht in diesem Jahr an einen Film aus [[Norwegen|PLACE]]. Die Jury unter Vorsitz von [[Todd Haynes|PERSON]] lobte das „stille, genaue Familienporträt“.
[[Cannes|PLACE]] (dpa) - Die deutsche Schauspielerin [[Sandra Hüller|PERSON]] ist bei den [[Filmfestspielen von Cannes|EVENT]] gefeiert worden.
[[Frankfurt|PLACE]] (dpa) - Die [[Frankfurter Buchmesse|EVENT]] hat in diesem Jahr mehr Besucher gezählt als im Vorjahr. Ehrengast waren die [[Philippinen|PLACE]].
Der Friedenspreis des Deutschen Buchhandels geht an den Historiker [[Karl Schlögel|PERSON]]. Die Verleihung findet in der [[Paulskirche|PLACE]] statt.
[[Salzburg|PLACE]] (APA) - Die [[Salzburger Festspiele|EVENT]] haben mit einer Neuinszenierung des „Jedermann“ begonnen. Intendant [[Markus Hinterhäuser|PERSON]] zog eine positive Zwischenbilanz.
[[Bayreuth|PLACE]] (dpa) - Die [[Bayreuther Festspiele|EVENT]] feiern ihr 150-jähriges Bestehen. Festspielleiterin [[Katharina Wagner|PERSON]] plant ein großes Jubiläumsprogramm.
Der Schriftsteller [[Daniel Kehlmann|PERSON]] ist mit dem Deutschen Buchpreis ausgezeichnet worden. [[Kehlmanns|PERSON]] Roman erzählt von einem Regisseur in der NS-Zeit.
[[Wien|PLACE]] (APA) - Die [[Wiener Staatsoper|ORG]] hat für die kommende Saison sieben Premieren angekündigt.
Die [[Berliner Philharmoniker|ORG]] gehen mit Chefdirigent [[Kirill Petrenko|PERSON]] auf Tournee nach [[Asien|PLACE]].
[[Kassel|PLACE]] (dpa) - Die [[Documenta|EVENT]] hat eine neue künstlerische Leiterin. Die Findungskommission entschied sich für [[Naomi Beckwith|PERSON]] aus [[New York|PLACE]].
Der Sänger [[Herbert Grönemeyer|PERSON]] geht im nächsten Sommer auf Stadiontour. Los geht es in [[Bochum|PLACE]].
[[Helene Fischer|PERSON]] hat ein neues Album angekündigt. Die Schlagersängerin tritt im Herbst in der [[Lanxess Arena|PLACE]] in [[Köln|PLACE]] auf.
Beim [[Eurovision Song Contest|EVENT]] in [[Basel|PLACE]] hat [[Österreich|PLACE]] gewonnen. Der Sänger [[JJ|PERSON]] setzte sich mit einer Opern-Pop-Ballade durch.
Der [[Norddeutsche Rundfunk|ORG]] spart bei den Spartensendern. Der [[NDR|ORG]] will bis 2028 rund 150 Millionen Euro einsparen.
Die [[ARD|ORG]] und das [[ZDF|ORG]] sollen nach dem Willen der Länder enger zusammenarbeiten. Mehrere Spartenkanäle sollen wegfallen.
Die Rundfunkkommission der Länder hat einen neuen Reformstaatsvertrag vorgelegt. Der Rundfunkbeitrag bleibt vorerst bei 18,36 Euro.
Der Moderator [[Thomas Gottschalk|PERSON]] hat sich endgültig vom Fernsehen verabschiedet. Seine letzte Sendung lief im [[Ersten|ORG]].
Die [[Süddeutsche Zeitung|ORG]] baut ihre Redaktion um. Chefredakteur [[Wolfgang Krach|PERSON]] kündigte mehr digitale Angebote an.
Die Auflage der Tageszeitungen in [[Deutschland|PLACE]] ist weiter gesunken. Das geht aus Zahlen der [[IVW|ORG]] hervor.
[[Hamburg|PLACE]] (dpa) - Der [[Spiegel|ORG]] bekommt einen neuen Chefredakteur. [[Dirk Kurbjuweit|PERSON]] gibt den Posten ab.
Der Regisseur [[Wim Wenders|PERSON]] hat seinen 80. Geburtstag gefeiert. Im [[Museum Ludwig|ORG]] in [[Köln|PLACE]] läuft eine Ausstellung über sein Werk.
Die [[Elbphilharmonie|PLACE]] in [[Hamburg|PLACE]] hat zum zehnten Mal in Folge mehr als eine Million Besucher gezählt.
[[Dresden|PLACE]] (dpa) - Die [[Semperoper|ORG]] hat ihren neuen Intendanten vorgestellt.
Das Museum zeigt rund 120 Gemälde aus dem 19. Jahrhundert. Die Ausstellung läuft bis Ende Februar.
Der Film „Das Lehrerzimmer“ von Regisseur [[İlker Çatak|PERSON]] war für den Oscar nominiert.
Bei der [[Oscar-Verleihung|EVENT]] in [[Los Angeles|PLACE]] hat der Film „Anora“ die wichtigsten Preise gewonnen. Regisseur [[Sean Baker|PERSON]] bekam vier Trophäen.
Die Band [[Rammstein|ORG]] spielt im nächsten Sommer wieder Stadionkonzerte in [[Deutschland|PLACE]].
[[Zürich|PLACE]] (sda) - Das [[Kunsthaus Zürich|ORG]] zeigt eine große Retrospektive des Künstlers [[Ferdinand Hodler|PERSON]].
Die Literaturnobelpreisträgerin [[Elfriede Jelinek|PERSON]] hat ein neues Theaterstück geschrieben. Es wird am [[Burgtheater|ORG]] in [[Wien|PLACE]] uraufgeführt.
Der Schauspieler [[Christoph Waltz|PERSON]] übernimmt eine Rolle im neuen Film von [[Guillermo del Toro|PERSON]].
[[Weimar|PLACE]] (dpa) - Die [[Klassik Stiftung Weimar|ORG]] hat ein bisher unbekanntes Manuskript von [[Johann Wolfgang von Goethe|PERSON]] entdeckt.
Die [[Stiftung Preußischer Kulturbesitz|ORG]] wird reformiert. Künftig sollen die Museen in [[Berlin|PLACE]] mehr Eigenständigkeit erhalten.
Der Musiker [[Udo Lindenberg|PERSON]] hat im [[Hotel Atlantic|PLACE]] in [[Hamburg|PLACE]] seinen Geburtstag gefeiert.
Die [[Toten Hosen|ORG]] haben ihr Abschiedskonzert in [[Düsseldorf|PLACE]] angekündigt. Sänger [[Campino|PERSON]] sprach von einem „emotionalen Moment“.
Die Sängerin [[Taylor Swift|PERSON]] hat ihre Verlobung bekannt gegeben. Ihre Fans feierten die Nachricht in sozialen Netzwerken.
[[Köln|PLACE]] (dpa) - Der [[Kölner Karneval|EVENT]] hat mit der Sessionseröffnung am 11.11. begonnen. Tausende Jecken feierten auf dem [[Heumarkt|PLACE]].
Der Streamingdienst [[Netflix|ORG]] dreht eine neue deutsche Serie in [[Leipzig|PLACE]].
Der [[Bayerische Rundfunk|ORG]] hat seine Reform der Hörfunkprogramme vorgestellt.
Das Programm des Festivals ist breit gefächert: Jazz, Klassik und Elektro stehen auf dem Spielplan.
Der Autor [[Saša Stanišić|PERSON]] liest auf der [[Leipziger Buchmesse|EVENT]] aus seinem neuen Roman.
Die Geigerin [[Anne-Sophie Mutter|PERSON]] spielt im Februar mit den [[Wiener Philharmonikern|ORG]].
[[Mainz|PLACE]] (dpa) - Das [[ZDF|ORG]] hat die Quoten des vergangenen Jahres vorgelegt. Am meisten gesehen wurde ein Länderspiel der Fußball-Nationalmannschaft.
Der Kabarettist [[Dieter Nuhr|PERSON]] erhält den Deutschen Kleinkunstpreis.
Die Verleger kritisieren die geplante Werbeabgabe. Der [[Bundesverband Digitalpublisher und Zeitungsverleger|ORG]] warnt vor Einnahmeverlusten.
[[Bonn|PLACE]] (dpa) - Das [[Beethovenfest|EVENT]] hat mit einem Open-Air-Konzert auf dem [[Münsterplatz|PLACE]] begonnen.
Die [[Neue Zürcher Zeitung|ORG]] hat eine Ausgabe für [[Deutschland|PLACE]] gestartet.
Der Schauspieler [[Til Schweiger|PERSON]] dreht wieder einen „Tatort“ für den [[NDR|ORG]].
[[Venedig|PLACE]] (dpa) - Bei den [[Filmfestspielen von Venedig|EVENT]] hat der Film „Father Mother Sister Brother“ von [[Jim Jarmusch|PERSON]] den Goldenen Löwen gewonnen.
Das Konzert musste wegen Gewitter abgebrochen werden. Die Veranstalter kündigten an, die Tickets zu erstatten.
Die [[Frankfurter Allgemeine Zeitung|ORG]] feiert ihr 75-jähriges Bestehen. Die [[FAZ|ORG]] erschien erstmals im November 1949.
Die Verleihung des Deutschen Fernsehpreises findet in [[Köln|PLACE]] statt. Moderiert wird die Gala von [[Barbara Schöneberger|PERSON]].
[[Graz|PLACE]] (APA) - Der [[Steirische Herbst|EVENT]] widmet sich in diesem Jahr dem Thema Angst.
Die Komikerin [[Carolin Kebekus|PERSON]] ist auf Tournee. Ihre Show in der [[Mercedes-Benz Arena|PLACE]] in [[Berlin|PLACE]] war nach wenigen Minuten ausverkauft.
Der Verlag [[Suhrkamp|ORG]] zieht von [[Berlin|PLACE]] zurück nach [[Frankfurt|PLACE]].
Die Ausstellung „[[Caspar David Friedrich|PERSON]]“ in der [[Hamburger Kunsthalle|ORG]] war die erfolgreichste in der Geschichte des Hauses.
Das Publikum feierte die Premiere mit stehenden Ovationen. Die Kritiker waren gespaltener Meinung.
[[Linz|PLACE]] (APA) - Die [[Ars Electronica|EVENT]] zeigt in diesem Jahr Arbeiten zur Künstlichen Intelligenz.
Die [[Berliner Zeitung|ORG]] berichtet über einen Streit unter den Bezirksbürgermeistern. Die Berliner Luft sei „dicker geworden“, schreibt das Blatt.
Der Sender [[RTL|ORG]] zeigt die neue Staffel von „Wer wird Millionär?“ mit [[Günther Jauch|PERSON]].
# Wetter
[[Offenbach|PLACE]] (dpa) - Der [[Deutsche Wetterdienst|ORG]] warnt vor schweren Gewittern im Süden. In [[Bayern|PLACE]] und [[Baden-Württemberg|PLACE]] drohen Hagel und Starkregen.
Die Meteorologen erwarten für das Wochenende Temperaturen von bis zu 35 Grad. Erst ab Dienstag soll es etwas kühler werden.
Der [[DWD|ORG]] hat für den [[Harz|PLACE]] eine Unwetterwarnung vor Sturmböen herausgegeben. Auf dem [[Brocken|PLACE]] wurden Windgeschwindigkeiten von 140 Kilometern pro Stunde gemessen.
Der Winter kehrt zurück: In den Mittelgebirgen fallen bis zu 20 Zentimeter Neuschnee. Autofahrer sollten mit Glätte rechnen.
[[Hamburg|PLACE]] (dpa) - An der [[Nordsee|PLACE]] wird eine schwere Sturmflut erwartet. Das [[Bundesamt für Seeschifffahrt und Hydrographie|ORG]] rechnet mit Wasserständen von bis zu zwei Metern über dem mittleren Hochwasser.
Das Sturmtief „Zoltan“ hat in [[Norddeutschland|PLACE]] Bäume entwurzelt und den Bahnverkehr lahmgelegt. Die [[Deutsche Bahn|ORG]] stellte den Fernverkehr zwischen [[Hamburg|PLACE]] und [[Berlin|PLACE]] ein.
Der Juli war in [[Deutschland|PLACE]] deutlich zu nass. Das zeigt die vorläufige Monatsbilanz des Wetterdienstes.
[[Wien|PLACE]] (APA) - In [[Österreich|PLACE]] hat es in der Nacht bis in tiefe Lagen geschneit. Die [[GeoSphere Austria|ORG]] meldete in [[Lienz|PLACE]] 30 Zentimeter Neuschnee.
Die [[Zugspitze|PLACE]] meldet den ersten Schnee des Herbstes. Auf dem höchsten Berg [[Deutschlands|PLACE]] lagen am Morgen fünf Zentimeter.
[[Zürich|PLACE]] (sda) - Das [[Bundesamt für Meteorologie und Klimatologie|ORG]] warnt vor Hitze im [[Tessin|PLACE]]. [[MeteoSchweiz|ORG]] rechnet in [[Lugano|PLACE]] mit bis zu 36 Grad.
Nach Tagen mit Dauerregen ist der Pegel des [[Rheins|PLACE]] bei [[Köln|PLACE]] auf über acht Meter gestiegen. Die Schifffahrt wurde eingestellt.
Die Trockenheit setzt den Wäldern in [[Brandenburg|PLACE]] zu. Die Waldbrandgefahr ist auf die höchste Stufe gestiegen.
Nebel sorgt am Morgen für schlechte Sicht. Im Tagesverlauf lockert es auf, und die Sonne zeigt sich.
Es bleibt ungemütlich: Bis zum Wochenende ziehen immer wieder Schauer über das Land. Im Bergland kann es Graupel geben.
Der Hurrikan „Melissa“ ist mit Windgeschwindigkeiten von fast 300 Kilometern pro Stunde über [[Jamaika|PLACE]] gezogen.
[[Dresden|PLACE]] (dpa) - Die [[Elbe|PLACE]] führt kaum noch Wasser. Am Pegel in [[Dresden|PLACE]] wurden nur noch 50 Zentimeter gemessen.
In [[Spanien|PLACE]] und [[Portugal|PLACE]] ist es ungewöhnlich heiß. In [[Sevilla|PLACE]] kletterte das Thermometer auf 44 Grad.
Die Wetterdienste warnen vor Glatteis. Vor allem auf Brücken und in Waldgebieten drohen gefährliche Straßenverhältnisse.
[[Innsbruck|PLACE]] (APA) - In [[Tirol|PLACE]] herrscht große Lawinengefahr. Der Lawinenwarndienst gab die Stufe vier von fünf aus.
Die Sonne lässt sich heute nur selten blicken. Die Höchstwerte liegen zwischen 8 und 13 Grad, an der Küste weht ein frischer Wind.
Im [[Schwarzwald|PLACE]] hat es am Wochenende den ersten Frost gegeben. Am [[Feldberg|PLACE]] wurden minus vier Grad gemessen.
Ein Tornado hat in [[Paderborn|PLACE]] mehrere Dächer abgedeckt. Verletzt wurde nach ersten Angaben niemand.
Der [[Bodensee|PLACE]] hat so wenig Wasser wie seit Jahrzehnten nicht mehr. Am Pegel [[Konstanz|PLACE]] wurden nur noch 2,80 Meter gemessen.
Das Jahr 2024 war weltweit das wärmste seit Beginn der Aufzeichnungen. Das teilte der Klimawandeldienst [[Copernicus|ORG]] mit.
Nach dem Starkregen stehen in [[Passau|PLACE]] zahlreiche Keller unter Wasser. Die [[Donau|PLACE]] und der [[Inn|PLACE]] traten über die Ufer.
Ein Hoch über [[Skandinavien|PLACE]] bringt trockene, kalte Luft nach [[Mitteleuropa|PLACE]]. Nachts gibt es verbreitet Frost.
Im Sommer drohen Hitzewellen häufiger zu werden, warnen Klimaforscher. Städte müssten sich besser vorbereiten.
[[Rostock|PLACE]] (dpa) - An der [[Ostsee|PLACE]] hat ein Sturm die Strände in [[Warnemünde|PLACE]] beschädigt. Mehrere Dünen wurden weggespült.
Die Pollenflug-Saison beginnt früher als üblich. Allergiker müssen sich bereits im Februar auf Haselpollen einstellen.
Der Taifun hat in [[Taiwan|PLACE]] schwere Schäden angerichtet. Mehr als 200.000 Haushalte waren ohne Strom.
# Unglücke und Katastrophen
[[Valencia|PLACE]] (dpa) - Nach den verheerenden Überschwemmungen in [[Spanien|PLACE]] ist die Zahl der Toten auf mehr als 200 gestiegen. Besonders betroffen ist die Region um [[Valencia|PLACE]].
Bei einem Zugunglück in [[Baden-Württemberg|PLACE]] sind drei Menschen ums Leben gekommen. Ein Regionalexpress war bei [[Riedlingen|PLACE]] nach einem Erdrutsch entgleist.
Ein Großbrand hat in einer Lagerhalle in [[Gütersloh|PLACE]] einen Millionenschaden verursacht. Die Feuerwehr war mit 150 Einsatzkräften vor Ort.
[[Ahrweiler|PLACE]] (dpa) - Vier Jahre nach der Flutkatastrophe im [[Ahrtal|PLACE]] ist der Wiederaufbau noch lange nicht abgeschlossen.
Auf der [[A7|PLACE]] bei [[Hannover|PLACE]] ist ein Reisebus verunglückt. Mehrere Fahrgäste wurden verletzt, der Fahrer kam in eine Klinik.
Bei einem schweren Erdbeben in [[Myanmar|PLACE]] sind Tausende Menschen ums Leben gekommen. Auch in [[Thailand|PLACE]] stürzten Gebäude ein.
Das [[Technische Hilfswerk|ORG]] hat Helfer in das Erdbebengebiet geschickt. Das [[THW|ORG]] bringt vor allem Wasseraufbereitungsanlagen mit.
In einem Mehrfamilienhaus ist in der Nacht ein Feuer ausgebrochen. Die Bewohner konnten sich rechtzeitig in Sicherheit bringen.
[[Dresden|PLACE]] (dpa) - In [[Dresden|PLACE]] ist ein Teil der [[Carolabrücke|PLACE]] in die [[Elbe|PLACE]] gestürzt. Verletzt wurde niemand.
Die [[Deutsche Lebens-Rettungs-Gesellschaft|ORG]] zählt in diesem Sommer mehr Badetote als im Vorjahr. Die [[DLRG|ORG]] warnt vor unbewachten Badestellen.
Ein Kleinflugzeug ist kurz nach dem Start in [[Egelsbach|PLACE]] abgestürzt. Der Pilot kam ums Leben.
[[Athen|PLACE]] (dpa) - Waldbrände wüten auf der griechischen Insel [[Chios|PLACE]]. Mehrere Dörfer wurden evakuiert.
In [[Kalifornien|PLACE]] haben Waldbrände ganze Stadtteile von [[Los Angeles|PLACE]] zerstört. Zehntausende Menschen mussten fliehen.
Die Bergwacht hat einen verletzten Wanderer aus dem [[Wettersteingebirge|PLACE]] gerettet. Der Mann war rund 30 Meter abgestürzt.
[[Blatten|PLACE]] (sda) - Ein gewaltiger Gletscherabbruch hat das Dorf im [[Lötschental|PLACE]] im Kanton [[Wallis|PLACE]] fast vollständig verschüttet.
Ein Lastwagen ist auf der Autobahn in ein Stauende gefahren. Der Fahrer wurde in seinem Führerhaus eingeklemmt und schwer verletzt.
[[Lissabon|PLACE]] (dpa) - Beim Absturz der Standseilbahn [[Elevador da Glória|PLACE]] sind 16 Menschen ums Leben gekommen.
Das [[Deutsche Rote Kreuz|ORG]] ruft zu Spenden für die Opfer auf. Das [[DRK|ORG]] schickt Hilfsgüter in die betroffenen Gebiete.
Die Feuerwehr musste in der Nacht mehr als 300 Mal ausrücken. Vor allem umgestürzte Bäume und vollgelaufene Keller beschäftigten die Einsatzkräfte.
Auf dem [[Rhein|PLACE]] bei [[Bingen|PLACE]] ist ein Tankschiff auf Grund gelaufen. Die Wasserschutzpolizei sperrte den Fluss.
Nach einer Gasexplosion in einem Wohnhaus in [[Wien-Favoriten|PLACE]] sucht die Feuerwehr nach Verschütteten.
Bei einem Fährunglück vor der Küste von [[Indonesien|PLACE]] werden noch Dutzende Menschen vermisst.
Im [[Hamburger Hafen|PLACE]] ist ein Containerschiff in Brand geraten. Die Feuerwehr brachte das Feuer nach Stunden unter Kontrolle.
[[Bad Reichenhall|PLACE]] (dpa) - Die Eissporthalle wurde nach dem Einsturz vor 20 Jahren nie wieder aufgebaut. Am Jahrestag gedachten Hunderte der Opfer.
Die Polizei warnt nach dem Unfall vor gefährlichen Überholmanövern auf Landstraßen. Im vergangenen Jahr starben dort mehr Menschen als auf Autobahnen.
Nach dem Vulkanausbruch auf [[Island|PLACE]] ist die Ortschaft [[Grindavík|PLACE]] erneut evakuiert worden.
Ein Hubschrauber der [[ADAC Luftrettung|ORG]] hat den schwer verletzten Motorradfahrer in eine Klinik nach [[Regensburg|PLACE]] geflogen.
Ein Wohnhaus in [[Saarlouis|PLACE]] ist nach einer Explosion eingestürzt. Die Ursache ist noch unklar.
Bei der Zugkatastrophe von [[Eschede|PLACE]] kamen 1998 insgesamt 101 Menschen ums Leben.
In [[Texas|PLACE]] sind bei Sturzfluten am [[Guadalupe River|PLACE]] mehr als hundert Menschen gestorben, darunter viele Kinder eines Sommerlagers.
Das Hochwasser hat in [[Niederösterreich|PLACE]] ganze Ortschaften überflutet. Das [[Bundesheer|ORG]] half beim Bau von Dämmen.
Die Stromversorgung in [[Spanien|PLACE]] und [[Portugal|PLACE]] war stundenlang zusammengebrochen. Ampeln fielen aus, Züge blieben stehen.
Nach dem Brand auf dem Dachboden ist das Haus vorerst unbewohnbar. Der Schaden wird auf rund 400.000 Euro geschätzt.
[[Berlin|PLACE]] (dpa) - Nach einem Anschlag auf Strommasten waren im Südosten [[Berlins|PLACE]] Zehntausende Haushalte ohne Strom.
Ein Radfahrer ist bei einem Zusammenstoß mit einer Straßenbahn in [[Darmstadt|PLACE]] tödlich verletzt worden.
Ein Erdrutsch hat die Straße zum [[Großglockner|PLACE]] verschüttet. Die [[Großglockner-Hochalpenstraße|PLACE]] bleibt vorerst gesperrt.
Bei einer Massenkarambolage auf der [[A31|PLACE]] im [[Emsland|PLACE]] sind 20 Fahrzeuge ineinander gefahren.
Die Rettungskräfte suchten die ganze Nacht nach dem vermissten Kind. Am Morgen wurde es unterkühlt, aber wohlbehalten gefunden.
Im Nordwesten der [[Türkei|PLACE]] hat die Erde gebebt. Auch in [[Istanbul|PLACE]] war das Beben zu spüren.
# Wissenschaft und Technik
[[Garching|PLACE]] (dpa) - Forscher des [[Max-Planck-Instituts für Quantenoptik|ORG]] haben einen neuen Rekord bei der Messung von Lichtpulsen aufgestellt.
Die [[Europäische Weltraumorganisation|ORG]] hat einen neuen Wettersatelliten ins All geschickt. Die Rakete startete vom Weltraumbahnhof [[Kourou|PLACE]] in [[Französisch-Guayana|PLACE]].
Der deutsche Astronaut [[Alexander Gerst|PERSON]] bereitet sich auf eine Mission zum Mond vor. Die [[Esa|ORG]] will bis 2030 einen Europäer zum Mond schicken.
[[Heidelberg|PLACE]] (dpa) - Wissenschaftler des [[Deutschen Krebsforschungszentrums|ORG]] haben einen neuen Ansatz für die Immuntherapie entwickelt.
Die Studie wurde im Fachjournal „[[Nature|ORG]]“ veröffentlicht. Die Forscher hatten Daten von mehr als 10.000 Patienten ausgewertet.
[[Stockholm|PLACE]] (dpa) - Der Nobelpreis für Physik geht in diesem Jahr an drei Forscher aus den [[USA|PLACE]]. Das teilte die [[Königlich Schwedische Akademie der Wissenschaften|ORG]] mit.
Die Chemikerin [[Emmanuelle Charpentier|PERSON]] leitet in [[Berlin|PLACE]] eine Forschungsstelle für Krankheitserreger.
[[Jena|PLACE]] (dpa) - Forscher der [[Friedrich-Schiller-Universität Jena|ORG]] haben einen bislang unbekannten Urzeitfisch beschrieben.
Die [[Nasa|ORG]] hat den Start ihrer Mondmission „Artemis II“ erneut verschoben. Grund sind Probleme mit dem Hitzeschild der Kapsel.
Das Unternehmen [[SpaceX|ORG]] von [[Elon Musk|PERSON]] hat eine weitere Starship-Rakete getestet.
[[Darmstadt|PLACE]] (dpa) - Im Kontrollzentrum der [[Esa|ORG]] in [[Darmstadt|PLACE]] haben Ingenieure den Kontakt zu einer Sonde wiederhergestellt.
Der Chatbot ChatGPT hat inzwischen mehr als 800 Millionen Nutzer pro Woche, teilte der Entwickler [[OpenAI|ORG]] mit.
Das [[Fraunhofer-Institut für Solare Energiesysteme|ORG]] in [[Freiburg|PLACE]] hat eine Solarzelle mit einem Wirkungsgrad von 35 Prozent entwickelt.
Archäologen haben bei Ausgrabungen in [[Sachsen-Anhalt|PLACE]] ein 4.000 Jahre altes Grab entdeckt. Darin lagen Waffen aus Bronze.
[[Potsdam|PLACE]] (dpa) - Das [[Potsdam-Institut für Klimafolgenforschung|ORG]] warnt vor dem Kippen des Golfstroms. Direktor [[Johan Rockström|PERSON]] spricht von einer „realen Gefahr“.
Die Forscher sind zuversichtlich, dass die Methode in wenigen Jahren in der Praxis eingesetzt werden kann. Noch fehlen aber klinische Studien.
Der Physiker [[Ferenc Krausz|PERSON]] hat für seine Forschung zu Attosekunden den Nobelpreis bekommen.
[[Genf|PLACE]] (dpa) - Am Forschungszentrum [[Cern|ORG]] haben Physiker erstmals Antimaterie in einem Lastwagen transportiert.
Die [[Deutsche Forschungsgemeinschaft|ORG]] fördert zehn neue Sonderforschungsbereiche. Die [[DFG|ORG]] stellt dafür rund 120 Millionen Euro bereit.
Der Digitalverband [[Bitkom|ORG]] meldet einen Rekord bei Cyberangriffen auf Unternehmen in [[Deutschland|PLACE]].
Das [[Bundesamt für Sicherheit in der Informationstechnik|ORG]] warnt vor einer Sicherheitslücke in weit verbreiteten Routern.
[[Tübingen|PLACE]] (dpa) - Das Start-up [[Aleph Alpha|ORG]] aus [[Heidelberg|PLACE]] arbeitet künftig mit der [[Universität Tübingen|ORG]] zusammen.
Eine neue Untersuchung zeigt, dass Insekten in vielen Regionen deutlich seltener geworden sind. Die Forscher sprechen von einem dramatischen Rückgang.
Der Konzern [[Google|ORG]] hat einen Quantencomputer vorgestellt, der bestimmte Aufgaben schneller löst als jeder Supercomputer.
[[Jülich|PLACE]] (dpa) - Im [[Forschungszentrum Jülich|ORG]] ist der erste europäische Exascale-Rechner in Betrieb gegangen. Er trägt den Namen „Jupiter“.
Die Mission zum Asteroiden ist gescheitert. Die Sonde verlor kurz vor dem Ziel den Kontakt zur Bodenstation.
Der Paläogenetiker [[Svante Pääbo|PERSON]] vom [[Max-Planck-Institut für evolutionäre Anthropologie|ORG]] in [[Leipzig|PLACE]] hat neue Erkenntnisse zu den Neandertalern vorgelegt.
Das Teleskop auf dem [[Cerro Paranal|PLACE]] in [[Chile|PLACE]] hat einen Planeten entdeckt, der einen fernen Stern umkreist.
[[Karlsruhe|PLACE]] (dpa) - Das [[Karlsruher Institut für Technologie|ORG]] hat eine neue Batterie auf Natriumbasis vorgestellt.
Künstliche Intelligenz verändert die Arbeitswelt schneller als erwartet. Das geht aus einer Umfrage unter Personalchefs hervor.
Die [[Technische Universität München|ORG]] gilt im internationalen Vergleich als beste Hochschule [[Deutschlands|PLACE]].
Der Meteorit schlug in einem Garten in [[Elmshorn|PLACE]] ein. Forscher des [[Museums für Naturkunde|ORG]] untersuchen die Bruchstücke.
# Gesundheit
[[Berlin|PLACE]] (dpa) - Das [[Robert Koch-Institut|ORG]] meldet einen deutlichen Anstieg der Grippefälle. Vor allem Kinder und ältere Menschen seien betroffen.
Die [[Ständige Impfkommission|ORG]] empfiehlt eine Impfung gegen RS-Viren für alle über 75-Jährigen.
[[Genf|PLACE]] (dpa) - Die [[WHO|ORG]] hat den Gesundheitsnotstand wegen Mpox aufgehoben. Generaldirektor [[Tedros Adhanom Ghebreyesus|PERSON]] mahnte dennoch zur Wachsamkeit.
Die Krankenhausreform soll die Versorgung verbessern und Kosten senken. Kliniken sollen sich stärker spezialisieren.
Die [[Techniker Krankenkasse|ORG]] erhöht ihren Zusatzbeitrag. Auch die [[AOK|ORG]] und die [[Barmer|ORG]] kündigten höhere Beiträge an.
[[Mainz|PLACE]] (dpa) - Das Biotechnologieunternehmen [[Biontech|ORG]] will einen Krebsimpfstoff auf den Markt bringen. Gründer [[Uğur Şahin|PERSON]] und [[Özlem Türeci|PERSON]] rechnen mit einer Zulassung in wenigen Jahren.
Der frühere Gesundheitsminister [[Karl Lauterbach|PERSON]] warnt vor einer Rückkehr der Masern.
Die [[Charité|ORG]] in [[Berlin|PLACE]] hat erstmals einem Patienten ein künstliches Herz aus dem 3D-Drucker eingesetzt.
Immer mehr Menschen in [[Deutschland|PLACE]] leiden an Diabetes. Nach Schätzungen sind rund neun Millionen Erwachsene betroffen.
Die [[Kassenärztliche Bundesvereinigung|ORG]] fordert ein Ende der Budgetierung bei Hausärzten. Die [[KBV|ORG]] warnt vor einem Ärztemangel auf dem Land.
Die Apotheken klagen über Lieferengpässe bei Antibiotika. Vor allem Säfte für Kinder seien knapp.
Das [[Bundesinstitut für Arzneimittel und Medizinprodukte|ORG]] hat einen Rückruf für ein Blutdruckmittel veranlasst.
Der Virologe [[Christian Drosten|PERSON]] hält eine neue Pandemie in den nächsten Jahrzehnten für wahrscheinlich.
[[Wien|PLACE]] (APA) - Das [[AKH Wien|ORG]] hat einen neuen Operationstrakt eröffnet.
Die Zahl der Organspender ist leicht gestiegen. Die [[Deutsche Stiftung Organtransplantation|ORG]] zählte im vergangenen Jahr 953 Spender.
Die Pflegeversicherung steht vor einem Milliardendefizit. Die Beiträge könnten im kommenden Jahr erneut steigen.
Die [[Deutsche Krankenhausgesellschaft|ORG]] warnt vor Klinikschließungen im ländlichen Raum.
Ein neues Medikament gegen Alzheimer ist in der [[EU|ORG]] zugelassen worden. Die [[Europäische Arzneimittel-Agentur|ORG]] hatte die Zulassung empfohlen.
Bei Jugendlichen nimmt der Konsum von E-Zigaretten zu. Das zeigt eine Studie des [[Bundesinstituts für Öffentliche Gesundheit|ORG]].
Die Notaufnahmen sind an den Feiertagen stark ausgelastet. Patienten müssen teils stundenlang warten.
[[Zürich|PLACE]] (sda) - Das [[Universitätsspital Zürich|ORG]] hat einen Pflegenotstand gemeldet. Mehrere Stationen mussten schließen.
Forscher der [[Universität Bonn|ORG]] haben einen Zusammenhang zwischen Schlafmangel und Herzerkrankungen nachgewiesen.
Die [[Bundesärztekammer|ORG]] hat ihren neuen Präsidenten gewählt.
Nach dem Ausbruch von Legionellen in einem Hotel in [[Garmisch-Partenkirchen|PLACE]] hat das Gesundheitsamt die Duschen sperren lassen.
Die Zahl der Krankmeldungen ist im Winter deutlich gestiegen. Vor allem Atemwegsinfekte sorgten für Ausfälle.
Der Pharmakonzern [[Merck|ORG]] aus [[Darmstadt|PLACE]] hat ein Krebsmedikament in [[China|PLACE]] zur Zulassung eingereicht.
Die [[Deutsche Aidshilfe|ORG]] fordert einen besseren Zugang zu Präventionsmedikamenten.
Der [[Marburger Bund|ORG]] kritisiert die langen Arbeitszeiten von Klinikärzten. Viele Mediziner arbeiteten mehr als 60 Stunden pro Woche.
Ärzte raten, bei Hitze viel zu trinken und körperliche Anstrengung in der Mittagszeit zu meiden.
Die [[Uniklinik Köln|ORG]] hat die größte Kinderstation in [[Nordrhein-Westfalen|PLACE]] eröffnet.
Die Zahl der Drogentoten ist im vergangenen Jahr erneut gestiegen. Der Drogenbeauftragte der Bundesregierung, [[Hendrik Streeck|PERSON]], forderte mehr Prävention.
Das Gesundheitsamt in [[Leipzig|PLACE]] hat mehrere Masernfälle an einer Grundschule bestätigt.
# Religion
[[Rom|PLACE]] (dpa) - Papst [[Leo XIV|PERSON]]. hat bei seiner ersten Generalaudienz auf dem [[Petersplatz|PLACE]] zum Frieden aufgerufen.
Der [[Vatikan|ORG]] hat ein Dokument zur Künstlichen Intelligenz veröffentlicht. Die Kirche warnt darin vor einer Entmenschlichung.
[[Fulda|PLACE]] (dpa) - Die [[Deutsche Bischofskonferenz|ORG]] hat ihre Herbstvollversammlung begonnen. Der Vorsitzende [[Georg Bätzing|PERSON]] sprach über den Missbrauchsskandal.
Die Zahl der Kirchenaustritte ist im vergangenen Jahr leicht gesunken. Dennoch verloren die Kirchen mehr als eine halbe Million Mitglieder.
Die [[Evangelische Kirche in Deutschland|ORG]] hat eine neue Ratsvorsitzende. Die [[EKD|ORG]] wählte die Hamburger Bischöfin [[Kirsten Fehrs|PERSON]].
Der [[Zentralrat der Juden in Deutschland|ORG]] beklagt eine Zunahme antisemitischer Vorfälle. Präsident [[Josef Schuster|PERSON]] forderte mehr Schutz für jüdische Einrichtungen.
[[Köln|PLACE]] (dpa) - Der Kölner Erzbischof [[Rainer Maria Woelki|PERSON]] steht weiter in der Kritik. Das [[Erzbistum Köln|ORG]] verliert überdurchschnittlich viele Mitglieder.
Muslime in [[Deutschland|PLACE]] haben mit dem Fastenmonat Ramadan begonnen. Der [[Zentralrat der Muslime|ORG]] rief zu Solidarität mit Bedürftigen auf.
Die Moscheegemeinde lädt am [[Tag der offenen Moschee|EVENT]] zu Führungen ein. Rund tausend Gemeinden beteiligen sich bundesweit.
Beim [[Katholikentag|EVENT]] in [[Würzburg|PLACE]] werden mehr als 20.000 Besucher erwartet.
Der [[Deutsche Evangelische Kirchentag|EVENT]] findet im kommenden Jahr in [[Düsseldorf|PLACE]] statt.
Das Bistum hat einen unabhängigen Bericht über sexuellen Missbrauch veröffentlicht. Die Gutachter dokumentieren mehr als 200 Fälle.
[[Wien|PLACE]] (APA) - Der Wiener Erzbischof [[Josef Grünwidl|PERSON]] ist im [[Stephansdom|PLACE]] in sein Amt eingeführt worden.
Das [[Bistum Limburg|ORG]] saniert das Bischofshaus. Die Kosten liegen bei mehreren Millionen Euro.
Die [[Türkisch-Islamische Union der Anstalt für Religion|ORG]] bildet ihre Imame künftig in [[Deutschland|PLACE]] aus. Die [[Ditib|ORG]] arbeitet dabei mit dem Bund zusammen.
Zum Fest der Auferstehung sind die Kirchen wieder gut besucht. Viele Gemeinden feiern die Osternacht mit einem Feuer vor der Kirche.
Papst [[Franziskus|PERSON]] ist im Alter von 88 Jahren gestorben. Tausende Gläubige versammelten sich in [[Rom|PLACE]], um Abschied zu nehmen.
Das [[Jüdische Museum Berlin|ORG]] zeigt eine Ausstellung über jüdisches Leben in der Nachkriegszeit.
[[Mekka|PLACE]] (dpa) - Rund 1,8 Millionen Muslime haben sich an der Pilgerfahrt [[Haddsch|EVENT]] beteiligt.
Der [[Dalai Lama|PERSON]] hat seinen 90. Geburtstag gefeiert. Das geistliche Oberhaupt der Tibeter lebt seit Jahrzehnten im Exil in [[Indien|PLACE]].
Die Diözese plant, zahlreiche Pfarreien zusammenzulegen. Grund sind der Priestermangel und sinkende Einnahmen.
Der [[Weltkirchenrat|ORG]] tagt in [[Genf|PLACE]]. Der [[Ökumenische Rat der Kirchen|ORG]], so der offizielle Name, vertritt mehr als 350 Kirchen weltweit.
Die Kirchensteuer bleibt die wichtigste Einnahmequelle der Bistümer. Im vergangenen Jahr sank das Aufkommen allerdings.
In [[Trier|PLACE]] wurde der Heilige Rock erstmals seit Jahren wieder öffentlich gezeigt. Das [[Bistum Trier|ORG]] rechnet mit vielen Pilgern.
Die Landeskirche in [[Württemberg|PLACE]] hat ihre Synode neu gewählt.
# Arbeit
[[Frankfurt|PLACE]] (dpa) - Die Lokführergewerkschaft [[GDL|ORG]] hat zu einem bundesweiten Streik aufgerufen. Betroffen ist der Fern- und Regionalverkehr der [[Deutschen Bahn|ORG]].
Die Gewerkschaft [[Verdi|ORG]] hat die Beschäftigten an mehreren Flughäfen zu Warnstreiks aufgerufen. In [[Düsseldorf|PLACE]] und [[Köln/Bonn|PLACE]] fallen zahlreiche Flüge aus.
Die Tarifverhandlungen für den öffentlichen Dienst sind ohne Ergebnis vertagt worden. Die Arbeitgeber legten kein neues Angebot vor.
Die [[IG Metall|ORG]] fordert sieben Prozent mehr Lohn für die Beschäftigten der Metall- und Elektroindustrie. Der Arbeitgeberverband [[Gesamtmetall|ORG]] nannte die Forderung „realitätsfern“.
Der [[Deutsche Gewerkschaftsbund|ORG]] hat zum 1. Mai zu Kundgebungen in mehr als 400 Städten aufgerufen. Die DGB-Vorsitzende [[Yasmin Fahimi|PERSON]] sprach in [[Berlin|PLACE]].
Die Zahl der offenen Stellen ist weiter gesunken. Vor allem in der Industrie suchen Betriebe weniger Personal.
[[Nürnberg|PLACE]] (dpa) - Die Arbeitslosenquote liegt unverändert bei 6,3 Prozent. BA-Chefin [[Andrea Nahles|PERSON]] sprach von einem „stabilen, aber schwachen Arbeitsmarkt“.
Die Beschäftigten von [[Amazon|ORG]] in [[Bad Hersfeld|PLACE]] legen zum Weihnachtsgeschäft die Arbeit nieder.
Pflegekräfte an den Unikliniken in [[Baden-Württemberg|PLACE]] haben einen neuen Tarifvertrag erstritten.
[[Wien|PLACE]] (APA) - Die Metaller-Kollektivvertragsverhandlungen sind abgeschlossen. Die Gewerkschaft [[PRO-GE|ORG]] und die Arbeitgeber einigten sich auf ein Plus von 1,4 Prozent.
Das [[Arbeitsmarktservice|ORG]] meldet für [[Österreich|PLACE]] einen Anstieg der Arbeitslosigkeit. Das [[AMS|ORG]] zählte Ende Oktober 370.000 Menschen ohne Job.
Immer mehr Beschäftigte arbeiten in Teilzeit. Das zeigt eine Auswertung des [[Instituts für Arbeitsmarkt- und Berufsforschung|ORG]].
Die [[Bundesagentur für Arbeit|ORG]] zahlt mehr Kurzarbeitergeld. Vor allem Autozulieferer haben Kurzarbeit angemeldet.
Der Betriebsrat hat den Plänen zur Schließung des Werks widersprochen. Die Belegschaft will notfalls streiken.
Die Beschäftigten des Nahverkehrs in [[Berlin|PLACE]] streiken erneut. Die [[BVG|ORG]] stellt den Betrieb von U-Bahnen, Straßenbahnen und Bussen ein.
[[Zürich|PLACE]] (sda) - Der [[Schweizerische Gewerkschaftsbund|ORG]] fordert höhere Mindestlöhne in allen Kantonen.
Die Piloten der [[Lufthansa|ORG]] haben in einer Urabstimmung für Streiks gestimmt. Die [[Vereinigung Cockpit|ORG]] kündigte an, Termine kurzfristig bekannt zu geben.
Der Fachkräftemangel bremst das Handwerk. Der [[Zentralverband des Deutschen Handwerks|ORG]] schätzt die Zahl unbesetzter Stellen auf 200.000.
Die Gewerkschaft [[Erziehung und Wissenschaft|ORG]] fordert mehr Personal an Kitas. Die [[GEW|ORG]] warnt vor einem Kollaps der frühkindlichen Bildung.
[[Emden|PLACE]] (dpa) - Im Volkswagen-Werk haben die Beschäftigten gegen die Sparpläne protestiert.
Viele Arbeitnehmer nutzen ihren Urlaub nicht vollständig. Arbeitsrechtler weisen darauf hin, dass Urlaubsansprüche verfallen können.
Die Arbeitgeber haben ein Angebot von drei Prozent in zwei Stufen vorgelegt. Die Gewerkschaft lehnte ab.
Die [[Bundesvereinigung der Deutschen Arbeitgeberverbände|ORG]] kritisiert die geplante Erhöhung des Mindestlohns. Präsident [[Rainer Dulger|PERSON]] sprach von einem Eingriff in die Tarifautonomie.
Die Streiks bei der Post sind beendet. Gewerkschaft und Unternehmen einigten sich auf höhere Löhne für die Zusteller.
[[Salzgitter|PLACE]] (dpa) - Der Stahlkonzern [[Salzgitter AG|ORG]] führt Kurzarbeit für 1.500 Beschäftigte ein.
Die [[Vereinigung Cockpit|ORG]] hat die Streiks bei [[Eurowings|ORG]] ausgesetzt.
Beschäftigte im Einzelhandel sollen künftig 3,5 Prozent mehr verdienen. Darauf haben sich die Tarifparteien in [[Nordrhein-Westfalen|PLACE]] geeinigt.
Die Zahl der Erwerbstätigen in [[Deutschland|PLACE]] hat einen neuen Höchststand erreicht. Nach Angaben von [[Destatis|ORG]] arbeiten 46 Millionen Menschen.
Die Tarifkommission hat der Einigung einstimmig zugestimmt. Der Vertrag gilt rückwirkend ab Januar.
Bundesarbeitsministerin [[Bärbel Bas|PERSON]] hat sich für eine Tariftreueregel bei öffentlichen Aufträgen ausgesprochen.
# Bildung
[[Berlin|PLACE]] (dpa) - Die Leistungen deutscher Schüler in Mathematik sind erneut gesunken. Das geht aus der neuen Pisa-Studie der [[OECD|ORG]] hervor.
Die [[Kultusministerkonferenz|ORG]] hat sich auf gemeinsame Standards für das Abitur geeinigt. Die [[KMK|ORG]] will die Prüfungen vergleichbarer machen.
An vielen Grundschulen fehlen Lehrkräfte. Der Unterricht fällt deshalb immer häufiger aus.
Die [[Ludwig-Maximilians-Universität München|ORG]] hat als erste Hochschule in [[Deutschland|PLACE]] einen Studiengang für Quantentechnologie eingerichtet.
[[Heidelberg|PLACE]] (dpa) - Die [[Universität Heidelberg|ORG]] feiert ihr 640-jähriges Bestehen.
Die Zahl der Studierenden ist leicht gesunken. Vor allem in den Geisteswissenschaften schreiben sich weniger junge Menschen ein.
Die [[Humboldt-Universität zu Berlin|ORG]] muss sparen. Präsidentin [[Julia von Blumenthal|PERSON]] kündigte an, Professuren nicht neu zu besetzen.
Das Land [[Bayern|PLACE]] führt ein verpflichtendes Deutschjahr für Vorschulkinder mit Sprachproblemen ein.
[[Wien|PLACE]] (APA) - Bildungsminister [[Christoph Wiederkehr|PERSON]] will ein Handyverbot an allen Schulen in [[Österreich|PLACE]] einführen.
Die [[ETH Zürich|ORG]] erhöht die Studiengebühren für ausländische Studierende.
Die Kita-Gebühren steigen in vielen Kommunen. Eltern protestieren gegen die höheren Beiträge.
Der [[Deutsche Akademische Austauschdienst|ORG]] verzeichnet ein wachsendes Interesse an einem Studium in [[Deutschland|PLACE]]. Der [[DAAD|ORG]] zählte fast 400.000 internationale Studierende.
Die Schülerinnen und Schüler in [[Hessen|PLACE]] schreiben die Abiturprüfungen künftig digital.
Die Ergebnisse der Vergleichsarbeiten zeigen große Unterschiede zwischen den Ländern. In [[Sachsen|PLACE]] und [[Bayern|PLACE]] schnitten die Schüler am besten ab.
Das Startchancen-Programm soll Schulen in sozialen Brennpunkten helfen. Bund und Länder investieren dafür 20 Milliarden Euro.
Die [[Rheinisch-Westfälische Technische Hochschule Aachen|ORG]] baut einen neuen Campus für Batterieforschung.
Viele Auszubildende brechen ihre Lehre ab. Die Handwerkskammern wollen mit besseren Beratungsangeboten gegensteuern.
Die [[Universität Wien|ORG]] hat einen neuen Rektor gewählt.
[[Hamburg|PLACE]] (dpa) - An einer Schule in [[Hamburg-Wilhelmsburg|PLACE]] wird Türkisch als zweite Fremdsprache unterrichtet.
Die [[Stiftung Warentest|ORG]] hat Lern-Apps für Grundschüler geprüft. Nur wenige schnitten gut ab.
Die Lehrergewerkschaft fordert kleinere Klassen. Nur so könne individuelle Förderung gelingen.
Das [[Bundesministerium für Bildung|ORG]] fördert den Ausbau der Ganztagsschulen mit weiteren Milliarden.
Die [[Universität Basel|ORG]] und die [[Universität Freiburg|ORG]] gründen einen gemeinsamen Studiengang.
Der Schulweg wird für viele Kinder gefährlicher. Verkehrsexperten fordern Tempo 30 vor allen Schulen.
Die Zahl der Schulabbrecher ist gestiegen. Rund sieben Prozent der Jugendlichen verlassen die Schule ohne Abschluss.
# Umwelt und Klima
[[Bonn|PLACE]] (dpa) - Bei der [[Weltklimakonferenz|EVENT]] in [[Belém|PLACE]] ringen die Staaten um einen Fahrplan für den Ausstieg aus fossilen Brennstoffen.
Das [[Umweltbundesamt|ORG]] meldet einen Rückgang der Treibhausgasemissionen in [[Deutschland|PLACE]]. Präsident [[Dirk Messner|PERSON]] sprach von einem Erfolg.
Die Umweltorganisation [[Greenpeace|ORG]] hat vor dem [[Kanzleramt|ORG]] gegen neue Gasbohrungen vor [[Borkum|PLACE]] protestiert.
Der Wolf breitet sich weiter aus. In [[Niedersachsen|PLACE]] wurden mehr als 50 Rudel gezählt.
Die [[Deutsche Umwelthilfe|ORG]] hat eine Klage gegen die Bundesregierung eingereicht. Die [[DUH|ORG]] wirft ihr vor, die Klimaziele zu verfehlen.
Der [[Nabu|ORG]] ruft zur [[Stunde der Gartenvögel|EVENT]] auf. Bei der Zählung im vergangenen Jahr war der Haussperling der häufigste Vogel.
Im [[Wattenmeer|PLACE]] sind die Bestände der Austernfischer stark zurückgegangen.
[[Wien|PLACE]] (APA) - Der [[WWF|ORG]] warnt vor dem Schwinden der Gletscher in den [[Alpen|PLACE]]. Die [[Pasterze|PLACE]] am [[Großglockner|PLACE]] verliert jedes Jahr Dutzende Meter.
Die Aktivisten der [[Letzten Generation|ORG]] haben sich auf dem Rollfeld des Flughafens [[BER|PLACE]] festgeklebt.
Immer mehr Haushalte installieren eine Solaranlage auf dem Dach. Die Nachfrage nach Wärmepumpen ist dagegen eingebrochen.
Der [[Bund für Umwelt und Naturschutz Deutschland|ORG]] kritisiert die Pläne für eine neue Autobahn durch den [[Dannenröder Forst|PLACE]].
Die Elbvertiefung hat nach Ansicht von Umweltschützern die Wasserqualität verschlechtert.
Im [[Hambacher Forst|PLACE]] bleibt der Wald erhalten. Der Energiekonzern [[RWE|ORG]] hat auf die Rodung verzichtet.
Der Ausbau der Windkraft an Land hat zuletzt deutlich zugelegt. Im ersten Halbjahr wurden mehr Anlagen genehmigt als im gesamten Vorjahr.
[[Brüssel|PLACE]] (dpa) - Das [[Europäische Parlament|ORG]] hat das Verbrenner-Aus für Neuwagen ab 2035 gelockert.
Der [[Weltklimarat|ORG]] warnt in seinem neuen Bericht vor einem Anstieg des Meeresspiegels um bis zu einem Meter.
In [[Brasilien|PLACE]] ist die Abholzung im [[Amazonasgebiet|PLACE]] zurückgegangen.
Die Waldschäden sind nach dem Dürresommer erneut gestiegen. Nur noch jeder fünfte Baum ist gesund.
Der Nationalpark [[Bayerischer Wald|PLACE]] feiert sein 55-jähriges Bestehen.
[[Bern|PLACE]] (sda) - Die [[Klimaseniorinnen|ORG]] haben vor dem [[Europäischen Gerichtshof für Menschenrechte|ORG]] gegen die [[Schweiz|PLACE]] gewonnen.
Die Plastikmüll-Menge in den Meeren wächst. Forscher fanden Mikroplastik selbst in der Tiefsee.
Die Aktivistin [[Luisa Neubauer|PERSON]] von [[Fridays for Future|ORG]] hat zu einem globalen Klimastreik aufgerufen.
In der [[Lausitz|PLACE]] soll nach dem Kohleausstieg ein neues Seenland entstehen.
Der Fischbestand in der [[Ostsee|PLACE]] ist dramatisch eingebrochen. Die [[EU|ORG]] hat die Fangquoten für Dorsch erneut gesenkt.
Das Artensterben schreitet voran. Weltweit sind mehr als eine Million Arten vom Aussterben bedroht.
Die Gemeinde will mit einer Blühwiese Insekten schützen. Das Projekt wird vom Land gefördert.
Die [[Schutzgemeinschaft Deutscher Wald|ORG]] hat die Eiche zum Baum des Jahres gekürt.
Der Meeresspiegel an der [[Nordseeküste|PLACE]] steigt schneller als bisher angenommen.
[[Hannover|PLACE]] (dpa) - Die Suche nach einem Endlager für Atommüll dauert länger. Die [[Bundesgesellschaft für Endlagerung|ORG]] rechnet mit einer Entscheidung frühestens 2046.
Der Klimaschutz müsse sozial gerecht gestaltet werden, fordern Sozialverbände. Geringverdiener dürften nicht überfordert werden.
# Lokales
[[Freiburg|PLACE]] (dpa) - Die Stadt [[Freiburg|PLACE]] führt eine Verpackungssteuer ein. Einwegbecher und Pommesschalen werden künftig mit 50 Cent belegt.
In [[Leipzig|PLACE]] hat der Stadtrat beschlossen, den [[Augustusplatz|PLACE]] autofrei zu machen.
[[Bamberg|PLACE]] (dpa) - Die Bamberger Altstadt wird saniert. Die Arbeiten am [[Alten Rathaus|PLACE]] sollen zwei Jahre dauern.
Die Feuerwehr hat in [[Münster|PLACE]] eine Katze aus einem Baum gerettet. Das Tier hatte drei Tage lang in zwölf Metern Höhe ausgeharrt.
Die Stadtwerke erhöhen zum Jahreswechsel die Preise für Fernwärme. Ein durchschnittlicher Haushalt zahlt rund 20 Euro mehr im Monat.
[[Görlitz|PLACE]] (dpa) - In [[Görlitz|PLACE]] ist die sanierte Altstadtbrücke über die [[Neiße|PLACE]] wieder für Fußgänger geöffnet.
Der Bürgermeister von [[Tübingen|PLACE]], [[Boris Palmer|PERSON]], will eine Steuer auf Einweggeschirr auch für Supermärkte.
Das [[Oktoberfest|EVENT]] in [[München|PLACE]] ist mit dem traditionellen Anstich im Schottenhamel-Festzelt eröffnet worden. Oberbürgermeister [[Dieter Reiter|PERSON]] brauchte zwei Schläge.
Die [[Wiesn|EVENT]] hat in diesem Jahr 6,5 Millionen Besucher gezählt. Das Volksfest war damit so gut besucht wie nie.
[[Stuttgart|PLACE]] (dpa) - Der Bahnhof [[Stuttgart 21|PLACE]] soll Ende 2026 in Betrieb gehen, teilte die [[Deutsche Bahn|ORG]] mit.
Der Wochenmarkt zieht wegen Bauarbeiten auf einen anderen Platz. Die Händler sind skeptisch.
In [[Lübeck|PLACE]] haben Unbekannte die Fassade des [[Holstentors|PLACE]] mit Farbe beschmiert.
[[Rostock|PLACE]] (dpa) - Die [[Hanse Sail|EVENT]] lockt wieder Hunderttausende Besucher in den Stadthafen.
Die Gemeinde [[Oberammergau|PLACE]] bereitet sich auf die [[Passionsspiele|EVENT]] 2030 vor.
Die Stadt [[Kassel|PLACE]] benennt eine Straße nach der Widerstandskämpferin [[Elisabeth Selbert|PERSON]].
Der Bezirk [[Friedrichshain-Kreuzberg|PLACE]] will Parkplätze in Fahrradwege umwandeln. Anwohner protestierten vor dem Rathaus.
Die Schwimmbäder öffnen in diesem Jahr früher. Wegen des warmen Wetters beginnt die Freibadsaison bereits Anfang Mai.
[[Nürnberg|PLACE]] (dpa) - Der [[Christkindlesmarkt|EVENT]] ist eröffnet. Das Christkind sprach vom Balkon der [[Frauenkirche|PLACE]] den traditionellen Prolog.
[[Kiel|PLACE]] (dpa) - Die [[Kieler Woche|EVENT]] hat mit einer Windjammerparade auf der [[Kieler Förde|PLACE]] geendet.
Die Bürger in [[Weimar|PLACE]] haben sich in einem Bürgerentscheid gegen den Bau eines Einkaufszentrums ausgesprochen.
[[Osnabrück|PLACE]] (dpa) - Der Zoo in [[Osnabrück|PLACE]] freut sich über Nachwuchs bei den Elefanten.
In [[Mannheim|PLACE]] wird die [[Bundesgartenschau|EVENT]] im Frühjahr eröffnet.
Der [[Cannstatter Wasen|EVENT]] hat am Freitag begonnen. In den Festzelten in [[Bad Cannstatt|PLACE]] wurden am ersten Abend 300.000 Besucher gezählt.
Die Gemeinde hat ein neues Feuerwehrhaus eingeweiht. Die freiwilligen Helfer hatten lange auf den Neubau gewartet.
[[Graz|PLACE]] (APA) - Die Grazer Straßenbahn bekommt eine neue Linie in den Stadtteil [[Reininghaus|PLACE]].
Die Stadt [[Linz|PLACE]] hat den Bau einer neuen Donaubrücke beschlossen.
[[Luzern|PLACE]] (sda) - Die [[Kapellbrücke|PLACE]] in [[Luzern|PLACE]] wird für drei Monate teilweise gesperrt.
Die Zahl der Touristen in [[Hallstatt|PLACE]] soll begrenzt werden. Die Gemeinde im [[Salzkammergut|PLACE]] führt ein Buchungssystem für Busse ein.
Der Marktplatz in [[Wernigerode|PLACE]] wird neu gepflastert. Die Arbeiten dauern bis zum Herbst.
In [[Heidelberg|PLACE]] ist die [[Alte Brücke|PLACE]] nach der Sanierung wieder geöffnet.
Die Kommune bekommt Fördergeld für ein neues Radwegenetz. Bis 2028 sollen 40 Kilometer Wege entstehen.
[[Düsseldorf|PLACE]] (dpa) - Auf der [[Königsallee|PLACE]] hat ein Luxusgeschäft nach einem Einbruch geschlossen.
Der [[Rosenmontagszug|EVENT]] in [[Mainz|PLACE]] hat mehr als 500.000 Zuschauer angezogen.
Die Gemeinde [[Sylt|PLACE]] will gegen Partytouristen vorgehen. Auf der Insel gilt künftig ein Alkoholverbot an bestimmten Stränden.
[[Aachen|PLACE]] (dpa) - Der [[Aachener Dom|PLACE]] erhält ein neues Dach.
Eine Bürgerinitiative in [[Potsdam|PLACE]] kämpft gegen den Abriss eines DDR-Baus am [[Alten Markt|PLACE]].
Die Bibliothek hat ihre Öffnungszeiten verlängert. Künftig ist sie auch sonntags geöffnet.
[[Erfurt|PLACE]] (dpa) - Die [[Krämerbrücke|PLACE]] in [[Erfurt|PLACE]] feiert ein Fest mit Handwerkern und Musik.
In [[Regensburg|PLACE]] hat die [[Steinerne Brücke|PLACE]] einen neuen Belag bekommen.
Die Stadt [[Konstanz|PLACE]] hat als erste Stadt den Klimanotstand ausgerufen.
[[Bochum|PLACE]] (dpa) - Das [[Bermuda3eck|PLACE]] feiert Jubiläum. Die Kneipenmeile zieht jedes Wochenende Tausende an.
Die Stadt hat den Parkgebühren-Streit beigelegt. Anwohner zahlen künftig 120 Euro im Jahr.
Der Zoo in [[Leipzig|PLACE]] hat ein neues Tropenhaus eröffnet. Die Halle heißt „[[Gondwanaland|PLACE]]“.
Die [[Hamburger Hochbahn|ORG]] testet autonome Kleinbusse im Stadtteil [[Harburg|PLACE]].
In [[Wuppertal|PLACE]] steht die Schwebebahn wegen technischer Probleme still.
[[Bremen|PLACE]] (dpa) - Auf dem [[Freimarkt|EVENT]] in [[Bremen|PLACE]] hat ein neues Fahrgeschäft für Aufsehen gesorgt.
Die Müllabfuhr kommt wegen des Feiertags einen Tag später. Die Stadtreinigung bittet um Verständnis.
Die Dorfgemeinschaft in [[Kleinmachnow|PLACE]] hat einen eigenen Laden gegründet.
[[Trier|PLACE]] (dpa) - An der [[Porta Nigra|PLACE]] wird eine neue Beleuchtung installiert.
Der Kreis [[Ostholstein|PLACE]] hat ein Badeverbot für den Strand in [[Scharbeutz|PLACE]] erlassen. Blaualgen hatten sich ausgebreitet.
# ohne Namen
Die Regierung will das Gesetz noch vor der Sommerpause verabschieden. Die Opposition kündigte Widerstand an.
Am Montag beginnt in vielen Bundesländern die Schule wieder. Die Polizei appelliert an Autofahrer, besonders vorsichtig zu fahren.
Der Bundeskanzler hat am Abend mit den Ministerpräsidenten der Länder beraten. Ergebnisse wurden zunächst nicht bekannt.
Die Inflation ist im vergangenen Monat leicht zurückgegangen. Ökonomen rechnen mit einer weiteren Entspannung.
Die Staatsanwaltschaft ermittelt gegen einen 34-Jährigen wegen Körperverletzung. Der Mann soll einen Busfahrer angegriffen haben.
Der Deutsche an sich liebt sein Auto, sagen Verkehrsforscher. Doch die Jüngeren denken anders.
Viele Deutsche verbringen ihren Sommerurlaub im eigenen Land. Beliebt sind vor allem Ferienwohnungen an der Küste.
Die Feuerwehr rückte am Dienstagabend zu einem Brand in einer Garage aus. Verletzt wurde niemand.
Der Mittwoch beginnt trüb und regnerisch. Am Nachmittag kommt von Westen her zeitweise die Sonne heraus.
Die Verbraucherschützer raten, Verträge genau zu prüfen. Oft lohne sich ein Wechsel des Anbieters.
Der Bürgermeister zeigte sich erleichtert über die Einigung. Der Gemeinderat hatte monatelang über das Projekt gestritten.
Im Januar steigen die Beiträge für die Krankenversicherung. Für Arbeitnehmer bedeutet das weniger Netto vom Brutto.
Die Ministerin sagte, man prüfe alle Optionen. Eine Entscheidung werde es in den nächsten Wochen geben.
Das Gericht hat die Klage abgewiesen. Die Kläger können Berufung einlegen.
Die Bauern protestieren gegen die Kürzung der Subventionen. Mit Traktoren blockierten sie die Zufahrten zur Innenstadt.
Die Zahl der Verkehrstoten ist gesunken. Dennoch starben auf den Straßen im vergangenen Jahr fast 2.800 Menschen.
Die Lokführer haben ihren Streik beendet. Ab Freitag soll der Zugverkehr wieder nach Plan laufen.
Die Mieten in den Großstädten steigen weiter. Besonders stark fiel der Anstieg bei Neubauwohnungen aus.
Die Schülerinnen und Schüler haben ihre Zeugnisse erhalten. Für viele beginnt nun die Suche nach einem Ausbildungsplatz.
Die Polizei sucht Zeugen. Hinweise nimmt jede Dienststelle entgegen.
Der Sonntag bleibt freundlich. Die Temperaturen steigen auf sommerliche Werte um 25 Grad.
Die Bank hat ihre Gebühren erhöht. Kunden müssen für das Girokonto künftig sechs Euro im Monat zahlen.
Die Kommission legte ihren Abschlussbericht vor. Darin empfiehlt sie eine grundlegende Reform des Systems.
Der Präsident des Verbandes forderte mehr Unterstützung durch die Politik. Ohne Hilfe drohten Insolvenzen.
Das Parlament hat das Haushaltsgesetz mit knapper Mehrheit verabschiedet. Die Abgeordneten debattierten bis in die Nacht.
Der Trainer war nach dem Spiel sichtlich enttäuscht. „Wir haben zu viele Chancen liegen lassen“, sagte er.
Der Täter flüchtete mit einem Fahrrad in unbekannte Richtung. Er trug eine dunkle Jacke und eine Mütze.
Die Wirtschaft wächst langsamer als erwartet. Die Institute senkten ihre Prognosen für das kommende Jahr.
Die Nachbarn alarmierten die Rettungskräfte, als sie Rauch aus dem Fenster aufsteigen sahen.
Die Ärztin rät zu regelmäßiger Bewegung. Schon eine halbe Stunde Spaziergang am Tag helfe dem Herz.
Die Kirche war bis auf den letzten Platz gefüllt. Der Pfarrer erinnerte in seiner Predigt an die Opfer des Krieges.
Der Verein feiert sein hundertjähriges Bestehen mit einem großen Fest. Alle Mitglieder sind eingeladen.
Die Ermittler werteten die Aufnahmen der Überwachungskameras aus. Ein Verdächtiger wurde kurz darauf festgenommen.
Die Universität hat einen neuen Präsidenten. Er will die Forschung stärker international ausrichten.
Die Stadt will mehr Bäume pflanzen. In den nächsten fünf Jahren sollen 10.000 neue Bäume dazukommen.
Der Freitag ist für viele Pendler ein Geduldsspiel: Auf mehreren Autobahnen wird gebaut.
Die Verhandlungen gehen am Donnerstag weiter. Beide Seiten zeigten sich zuversichtlich.
Der Zoll hat am Flughafen eine Tasche mit geschmuggelten Zigaretten sichergestellt.
Die Wähler sind aufgerufen, ihre Stimme bis 18 Uhr abzugeben. Erste Hochrechnungen werden am frühen Abend erwartet.
Die Rentnerin wurde von ihrem Enkel überrascht: Er hatte ihr eine Reise geschenkt.
Das Wetter am Wochenende: Samstag viel Sonne, Sonntag Gewitter und Starkregen.
Die Behörde warnt vor gefälschten E-Mails. Kriminelle versuchten, an Bankdaten zu gelangen.
Der Landrat hat den Katastrophenfall ausgerufen. Soldaten sollen beim Sandsäckefüllen helfen.
Der Angeklagte räumte die Vorwürfe ein. Das Urteil soll in der kommenden Woche fallen.
Die Biobauern freuen sich über eine gute Ernte. Die Kartoffeln sind in diesem Jahr besonders groß.
Die Kinder lernen in der Schule, wie man sich im Straßenverkehr richtig verhält.
Die Europäer müssen mehr für ihre eigene Sicherheit tun, sagte der Minister.
Die Österreicher wählen im Herbst ein neues Parlament. Die Parteien haben ihre Kandidaten aufgestellt.
Die Schweizer stimmen am Sonntag über vier Vorlagen ab. Besonders umstritten ist die Erhöhung der Mehrwertsteuer.
Die Franzosen protestieren seit Wochen gegen die Rentenreform. Gewerkschaften riefen erneut zu Streiks auf.
Die Amerikaner sind skeptisch: In Umfragen lehnt eine Mehrheit die Zölle ab.
Die Koalition hat sich auf einen Kompromiss geeinigt. Details sollen am Montag vorgestellt werden.
Die Nacht zum Samstag wird frostig, vor allem in Tallagen. Gebietsweise bildet sich Nebel.
Die Fluggesellschaft hat wegen des Sturms alle Verbindungen gestrichen. Reisende sollten sich vorab informieren.
Die Eltern protestieren gegen die Schließung der Kita. Eine Petition hat bereits 3.000 Unterschriften.
Die Sanitäter brachten den Verletzten mit einem Rettungswagen ins Krankenhaus.
Das Ministerium bestätigte den Bericht am Abend. Weitere Angaben machte eine Sprecherin nicht.
Der Börsentag endete mit leichten Verlusten. Anleger hielten sich vor der Zinsentscheidung zurück.
Die Jugendlichen hatten in einem leer stehenden Gebäude gefeiert, als das Feuer ausbrach.
Der Europapokal ist für den Verein ein großer Erfolg, sagte der Präsident.
Deutsche Autobauer stehen unter Druck. Die Konkurrenz aus dem Ausland ist günstiger.
Die deutsche Wirtschaft schrumpft das zweite Jahr in Folge. Das gab es zuletzt Anfang der 2000er Jahre.
Die Berliner Luft ist im Sommer oft schlecht. Messstationen meldeten erhöhte Ozonwerte.
Auf dem Markt gibt es Frankfurter Würstchen, Wiener Schnitzel und Schweizer Käse.
Der Schwarzwälder Schinken ist geschützt. Nur Hersteller aus der Region dürfen den Namen verwenden.
Die Polizei bittet die Bevölkerung um Mithilfe. Wer hat am Samstag gegen 22 Uhr verdächtige Personen beobachtet?
Die Saison ist vorbei. Der Aufsteiger hat den Klassenerhalt souverän geschafft.
Der Dienstag steht im Zeichen der Haushaltsdebatte. Die Abgeordneten beraten über den Etat des Verteidigungsressorts.
Die Gewerkschaft droht mit weiteren Streiks, sollte es bis Ostern keine Einigung geben.
Die Forscher haben eine neue Art von Käfern entdeckt. Das Tier ist nur wenige Millimeter groß.
# Vermischtes, Genitive, Demonyme
[[Paris|PLACE]] (AFP) - Die französische [[Nationalversammlung|ORG]] hat den Haushalt gebilligt. Premierminister [[Sébastien Lecornu|PERSON]] überstand damit eine weitere Hürde.
[[Brüssel|PLACE]] (Reuters) - Die [[Nato|ORG]] verlegt zusätzliche Kampfflugzeuge an die Ostflanke. Betroffen sind vor allem [[Polen|PLACE]] und die baltischen Staaten.
[[Bonn|PLACE]] (epd) - Die [[Diakonie Deutschland|ORG]] warnt vor Kürzungen bei der Migrationsberatung.
[[Frankfurt|PLACE]] (dpa-AFX) - Die Aktie der [[Deutschen Börse|ORG]] hat nach Zahlen zugelegt.
[[Bonn|PLACE]] (KNA) - Die katholischen Bischöfe in [[Deutschland|PLACE]] wollen das Arbeitsrecht der Kirche weiter lockern.
[[Berlins|PLACE]] Regierender Bürgermeister hat die Sanierung der [[Museumsinsel|PLACE]] verteidigt.
[[Europas|PLACE]] größter Autobauer [[Volkswagen|ORG]] kämpft mit sinkenden Verkaufszahlen in [[Chinas|PLACE]] Großstädten.
Die Wirtschaft [[Österreichs|PLACE]] ist zum dritten Mal in Folge geschrumpft.
[[Scholz|PERSON]]’ Nachfolger setzt andere Akzente in der Außenpolitik.
[[Söders|PERSON]] Vorstoß stieß in der [[CDU|ORG]] auf wenig Gegenliebe.
Die Rede [[Steinmeiers|PERSON]] wurde im Plenum mit langem Beifall bedacht.
[[Macrons|PERSON]] Pläne für eine europäische Armee stoßen in [[Berlin|PLACE]] auf Skepsis.
Die Bilanz des [[Deutschen Fußball-Bundes|ORG]] fällt gemischt aus: Die Einnahmen stiegen, die Kosten aber auch.
Die Zukunft des Trainers beim [[FC Bayern|ORG]] ist offen.
Das Ufer des [[Rheins|PLACE]] bei [[Düsseldorf|PLACE]] ist bei Spaziergängern beliebt.
[[Mehmet Yıldız|PERSON]] betreibt seit 20 Jahren einen Gemüseladen in [[Duisburg-Marxloh|PLACE]]. Der Sohn türkischer Einwanderer ist inzwischen Vorsitzender der Händlergemeinschaft.
Die Schauspielerin [[Sibel Kekilli|PERSON]] ist in die Jury des [[Filmfests München|EVENT]] berufen worden.
Der Fußballer [[Mesut Özil|PERSON]] hat sich in [[Istanbul|PLACE]] zur Politik geäußert.
Der Regisseur [[Fatih Akin|PERSON]] dreht einen Film über seine Heimatstadt [[Hamburg|PLACE]].
Die Grünen-Politikerin [[Lamya Kaddor|PERSON]] forderte mehr Schutz für Moscheen.
Der Comedian [[Kaya Yanar|PERSON]] lebt seit Jahren in der [[Schweiz|PLACE]].
Die Unternehmerin [[Ayşe Kaplan|PERSON]] hat in [[Offenbach|PLACE]] einen Pflegedienst mit 80 Beschäftigten aufgebaut.
[[Emre Demir|PERSON]] aus [[Gelsenkirchen|PLACE]] ist der jüngste Bürgermeisterkandidat im [[Ruhrgebiet|PLACE]].
Die Berliner Polizei hat in der Silvesternacht mehr als 400 Menschen festgenommen. In [[Neukölln|PLACE]] wurden Einsatzkräfte mit Böllern beworfen.
Die [[Münchner Verkehrsgesellschaft|ORG]] erhöht die Ticketpreise. Die [[MVG|ORG]] begründet das mit gestiegenen Kosten.
Die Kölner sind stolz auf ihren Dom. Der [[Kölner Dom|PLACE]] ist das meistbesuchte Bauwerk [[Deutschlands|PLACE]].
Die [[Wiener Linien|ORG]] bauen die U-Bahn aus. Das Unternehmen investiert dafür sechs Milliarden Euro.
Die [[Schweizerischen Bundesbahnen|ORG]] setzen auf mehr Doppelstockzüge. Die [[SBB|ORG]] bestellen 100 neue Fahrzeuge.
Die Hamburger lieben ihren Hafen, die Berliner ihre Currywurst.
Die deutsch-französische Freundschaft ist für [[Europa|PLACE]] unverzichtbar, sagte der Präsident.
Die Niederländer haben in [[Den Haag|PLACE]] ein neues Parlament gewählt.
Ein Sprecher der [[Berliner Feuerwehr|ORG]] sagte, der Einsatz habe mehrere Stunden gedauert.
Die [[Berliner Morgenpost|ORG]] berichtet über Pläne für eine Seilbahn in [[Marzahn|PLACE]].
Die [[Bild-Zeitung|ORG]] berichtete zuerst über den Rücktritt.
Die [[Tagesschau|ORG]] meldete am Abend, die Verhandlungen seien gescheitert.
Laut einem Bericht der [[Welt am Sonntag|ORG]] will die Regierung die Pendlerpauschale erhöhen.
Der [[Kölner Stadt-Anzeiger|ORG]] hat eine neue Chefredakteurin.
Die [[Stuttgarter Zeitung|ORG]] und die [[Stuttgarter Nachrichten|ORG]] legen ihre Redaktionen zusammen.
Der [[Tagesspiegel|ORG]] veröffentlichte eine Umfrage zur Wohnungsnot in der Hauptstadt.
Die Zeitung [[Der Standard|ORG]] aus [[Wien|PLACE]] berichtet über Absprachen zwischen Politik und Medien.
Der [[Tages-Anzeiger|ORG]] und die [[NZZ|ORG]] haben über die Abstimmung berichtet.
Der Politiker [[Kevin Kühnert|PERSON]] hat sich aus der Politik zurückgezogen und arbeitet nun für eine Stiftung.
[[Annalena Baerbock|PERSON]] ist Präsidentin der Generalversammlung der [[Vereinten Nationen|ORG]] in [[New York|PLACE]].
Der Besuch des Präsidenten in [[Kiew|PLACE]] war aus Sicherheitsgründen nicht angekündigt worden.
Die Reisenden saßen stundenlang am Flughafen [[München|PLACE]] fest. Wegen Drohnensichtungen war der Betrieb eingestellt.
Am [[Brandenburger Tor|PLACE]] feierten Zehntausende den Jahreswechsel.
Auf dem [[Marienplatz|PLACE]] in [[München|PLACE]] feierten die Fans die Meisterschaft.
Die Demonstranten zogen vom [[Stachus|PLACE]] über die [[Ludwigstraße|PLACE]] zum [[Odeonsplatz|PLACE]].
In der [[Friedrichstraße|PLACE]] dürfen wieder Autos fahren.
Die Sperrung der [[Autobahn A1|PLACE]] bei [[Leverkusen|PLACE]] dauert bis Montag.
Die Kreuzfahrtschiffe legen in [[Kiel|PLACE]] und [[Warnemünde|PLACE]] an.
Vor der Küste von [[Rügen|PLACE]] ist ein Fischkutter gesunken. Die Besatzung wurde gerettet.
Der Zug aus [[Basel|PLACE]] nach [[Mailand|PLACE]] fährt künftig durch den [[Gotthard-Basistunnel|PLACE]].
Im [[Englischen Garten|PLACE]] sind im Sommer Tausende Surfer am [[Eisbach|PLACE]] zu sehen.
Der Bahnhof [[Zoologischer Garten|PLACE]] wird saniert.
Das [[Auswärtige Amt|ORG]] rät von Reisen in den [[Iran|PLACE]] ab.
Nach Angaben des [[Bundesamts für Statistik|ORG]] in [[Neuchâtel|PLACE]] ist die Bevölkerung der [[Schweiz|PLACE]] auf neun Millionen gewachsen.
Die [[Statistik Austria|ORG]] meldet für [[Wien|PLACE]] einen Bevölkerungsrekord.
Die Kanzlerin a.D. hat in [[Stralsund|PLACE]] ihr Wahlkreisbüro geschlossen.
Der frühere Bundespräsident [[Joachim Gauck|PERSON]] wirbt für mehr Engagement in der Demokratie.
Der Ökonom [[Clemens Fuest|PERSON]] vom [[Ifo-Institut|ORG]] hält eine Rezession für möglich.
Die Ökonomin [[Veronika Grimm|PERSON]] gehört dem [[Sachverständigenrat|ORG]] an.
Der [[ADAC|ORG]] rechnet zu Beginn der Sommerferien mit langen Staus auf der [[A8|PLACE]] zwischen [[München|PLACE]] und [[Salzburg|PLACE]].
"""

# ---------------------------------------------------------------------------
# Records and inflection
# ---------------------------------------------------------------------------

class Ent:
    """A name with its label, grammatical gender (m/f/n/pl/0) and dative form."""

    def __init__(self, name, label, g="0", dat=None, **extra):
        self.name, self.label, self.g = name, label, g
        self.dat = dat or name
        self.__dict__.update(extra)

    def __repr__(self):
        return f"Ent({self.name!r}, {self.label})"


def parse_lines(block, label, **extra):
    out = []
    for line in block.strip().split("\n"):
        line = line.strip()
        if not line:
            continue
        parts = line.split(";")
        name, g = parts[0], (parts[1] if len(parts) > 1 and parts[1] else "0")
        dat = parts[2] if len(parts) > 2 and parts[2] else None
        gen = parts[3] if len(parts) > 3 and parts[3] else None
        out.append(Ent(name, label, g, dat, gen=gen, **extra))
    return out


def parse_words(block, label):
    return [Ent(w.replace("_", " "), label) for w in block.split()]


def parse_people(block, group):
    out = []
    for line in block.strip().split("\n"):
        line = line.strip()
        if not line:
            continue
        parts = line.split(";") + ["", "", ""]
        name, g, sur, party = parts[0], parts[1], parts[2], parts[3]
        out.append(Ent(name, "PERSON", g, sur=sur or name.split()[-1], group=group,
                       party=party or None))
    return out


def build_invented(rng):
    """Pair invented first names and surnames (per origin) into unique people."""
    pools = [(FIRST_DE, LAST_DE, 90), (FIRST_TR, LAST_TR, 40), (FIRST_AT, LAST_AT, 25),
             (FIRST_CH, LAST_CH, 20), (FIRST_INT, LAST_INT, 20)]
    out, seen = [], set()
    for origin, (firsts, lasts, n) in enumerate(pools):
        lasts = list(lasts)
        rng.shuffle(lasts)
        i = 0
        while sum(1 for p in out if p.origin == origin) < n:
            first, g = rng.choice(firsts).split(";")
            last = lasts[i % len(lasts)]
            i += 1
            name = f"{first} {last}"
            if name in seen:
                continue
            seen.add(name)
            out.append(Ent(name, "PERSON", g, sur=last, group="priv", party=None, origin=origin))
    return out


ART = {
    "nom": {"m": "der", "f": "die", "n": "das", "pl": "die", "0": ""},
    "akk": {"m": "den", "f": "die", "n": "das", "pl": "die", "0": ""},
    "dat": {"m": "dem", "f": "der", "n": "dem", "pl": "den", "0": ""},
}
PREP = {  # preposition + article (dative unless noted); 0 = no article
    "bei": {"m": "beim", "f": "bei der", "n": "beim", "pl": "bei den", "0": "bei"},
    "in": {"m": "im", "f": "in der", "n": "im", "pl": "in den", "0": "in"},
    "von": {"m": "vom", "f": "von der", "n": "vom", "pl": "von den", "0": "von"},
    "zu": {"m": "zum", "f": "zur", "n": "zum", "pl": "zu den", "0": "zu"},
    "an": {"m": "am", "f": "an der", "n": "am", "pl": "an den", "0": "an"},
    "aus": {"m": "aus dem", "f": "aus der", "n": "aus dem", "pl": "aus den", "0": "aus"},
    "mit": {"m": "mit dem", "f": "mit der", "n": "mit dem", "pl": "mit den", "0": "mit"},
    "vor": {"m": "vor dem", "f": "vor der", "n": "vor dem", "pl": "vor den", "0": "vor"},
    "nach": {"m": "nach dem", "f": "nach der", "n": "nach dem", "pl": "nach den", "0": "nach"},
}
PREP_AKK = {  # preposition + accusative article
    "fuer": {"m": "für den", "f": "für die", "n": "für das", "pl": "für die", "0": "für"},
    "gegen": {"m": "gegen den", "f": "gegen die", "n": "gegen das", "pl": "gegen die", "0": "gegen"},
    "ueber": {"m": "über den", "f": "über die", "n": "über das", "pl": "über die", "0": "über"},
    "hin": {"m": "in den", "f": "in die", "n": "ins", "pl": "in die", "0": "nach"},  # direction
}
NO_GEN = ("s", "ß", "x", "z", "ce")
# names whose genitive takes no -s: abbreviations and club names (des ADAC, des FC Bayern)
INVARIANT = re.compile(r"^(1\. )?(FC|SC|SV|VfB|VfL|TSG|FSV|THW|LASK|BVB)\b|\b(SV|SC|BSC)$|^[A-ZÄÖÜ]+$")


def can_gen(word):
    return not word.endswith(NO_GEN)


def mk(text, label):
    return f"[[{text}|{label}]]"


def render(ent, attr):
    """One slot: the name in markup, with article or preposition outside it."""
    g = ent.g
    akk = ent.dat if g == "m" else ent.name
    if attr == "raw":
        return ent.name
    if attr == "":
        return mk(ent.name, ent.label)
    if attr == "sur":
        return mk(ent.sur, ent.label)
    if attr == "gen":  # person's surname genitive / place genitive: Merkels, Bayerns
        word = ent.sur if ent.label == "PERSON" else ent.name
        return mk(word + "s", ent.label)
    if attr == "fullgen":
        return mk(ent.name + "s", ent.label)
    if attr == "des":  # genitive article for names that do not inflect
        if g == "0":
            return "von " + mk(ent.name, ent.label)
        form = ent.dat if g == "f" else (getattr(ent, "gen", None) or ent.name)
        return {"m": "des", "n": "des", "f": "der", "pl": "der"}[g] + " " + mk(form, ent.label)
    if attr == "short":
        return mk(getattr(ent, "short", None) or ent.name, ent.label)
    if attr in ART:
        form = {"nom": ent.name, "akk": akk, "dat": ent.dat}[attr]
        art = ART[attr][g]
        return (art + " " if art else "") + mk(form, ent.label)
    if attr in PREP:
        return PREP[attr][g] + " " + mk(ent.dat if g != "0" else ent.name, ent.label)
    if attr in PREP_AKK:
        return PREP_AKK[attr][g] + " " + mk(akk if g != "0" else ent.name, ent.label)
    raise KeyError(attr)


def eligible(ent, attrs):
    """Whether an entity can fill a slot used with these attributes."""
    for a in attrs:
        if a == "gen":
            word = ent.sur if ent.label == "PERSON" else ent.name
            if (ent.label != "PERSON" and (ent.g != "0" or " " in word)) or not can_gen(word):
                return False
        if a == "des" and ent.g in ("m", "n") and not (INVARIANT.search(ent.name) or getattr(ent, "gen", None)):
            return False
        if a == "fullgen" and not can_gen(ent.name):
            return False
        if a.startswith("party") and not getattr(ent, "party", None):
            return False
        if a == "sur" and ent.sur == ent.name:
            return False
    return True


# ---------------------------------------------------------------------------
# Pools
# ---------------------------------------------------------------------------

def build_pools(rng):
    P = {}
    P["pol"] = parse_people(POLITICIANS, "pol")
    P["leader"] = parse_people(LEADERS, "leader")
    ath = parse_people(ATHLETES, "ath")
    P["ath"] = ath
    P["fb"] = ath[:34] + [p for p in ath if p.name in (
        "İlkay Gündoğan", "Mesut Özil", "Emre Can", "Kenan Yıldız", "Arda Güler", "Hakan Çalhanoğlu",
        "Timo Brennecke", "Jonas Wieland", "Lena Hartl", "Mara Tillmann", "Niklas Kranich", "Elif Korkmaz",
        "Luca Ferraro")]
    P["coach"] = parse_people(COACHES, "coach")
    P["cult"] = parse_people(CULTURE, "cult")
    P["biz"] = parse_people(BUSINESS, "biz")
    P["sci"] = parse_people(SCIENTISTS, "sci")
    known = {p.name for k in ("pol", "leader", "ath", "coach", "cult", "biz", "sci") for p in P[k]}
    P["priv"] = [p for p in build_invented(rng) if p.name not in known]
    P["per"] = [p for k in ("pol", "leader", "ath", "coach", "cult", "biz", "sci", "priv") for p in P[k]]

    parties = {k: parse_lines(v, "ORG")[0] for k, v in PARTIES.items()}
    for e in parties.values():
        e.short = {"Grünen": "Grüne", "Freien Wähler": "Freie Wähler"}.get(e.name, e.name)
    P["_party_by_key"] = parties
    seen = set()
    P["party"] = []
    for e in list(parties.values()) + parse_lines(EXTRA_PARTIES, "ORG"):
        if e.name not in seen:
            seen.add(e.name)
            P["party"].append(e)
    blocks = {
        "comp": COMPANIES, "poll": POLLSTERS, "club": CLUBS, "media": MEDIA, "uni": UNIVERSITIES,
        "parl": PARLIAMENTS, "court": COURTS, "prosec": PROSECUTORS, "agency": AGENCIES,
        "seat": POWER_SEATS, "econ": ECON_BODIES, "union": UNIONS, "lobby": LOBBIES,
        "aid": AID_ORGS, "rights": RIGHTS_ORGS, "green": GREEN_ORGS, "social": SOCIAL_ORGS,
        "sportorg": SPORT_BODIES, "church": CHURCH_ORGS, "health": HEALTH_ORGS,
        "ensemble": ENSEMBLES, "stage": STAGES, "museum": MUSEUMS, "intl": POL_INTL,
        "otherintl": OTHER_INTL, "armed": ARMED_GROUPS,
    }
    for key, block in blocks.items():
        P[key] = parse_lines(block, "ORG")
    cars = {"Volkswagen", "BMW", "Mercedes-Benz", "Audi", "Porsche", "Opel", "Stellantis", "Renault",
            "Tesla", "Toyota", "BYD"}
    other_clubs = {"THW Kiel", "SG Flensburg-Handewitt", "Füchse Berlin", "Alba Berlin", "Eisbären Berlin",
                   "Adler Mannheim", "Edmonton Oilers", "Orlando Magic"}
    P["oclub"] = [e for e in P["club"] if e.name in other_clubs]
    P["club"] = [e for e in P["club"] if e.name not in other_clubs]
    P["declub"] = P["club"][:P["club"].index(next(e for e in P["club"] if e.name == "Rapid Wien"))]
    P["tcourt"] = [e for e in P["court"] if re.match(r"(Land|Amts|Landes|Bezirks|Oberlandes)gericht ", e.name)]
    P["hcourt"] = [e for e in P["court"] if e not in P["tcourt"]]
    P["fbbody"] = [e for e in P["sportorg"] if e.name in (
        "Deutsche Fußball-Bund", "DFB", "Deutsche Fußball Liga", "DFL", "Österreichische Fußball-Bund", "ÖFB",
        "Schweizerische Fußballverband", "Uefa")]
    P["hochschule"] = [e for e in P["uni"] if re.search(r"Universität|RWTH|ETH|Institut für Technologie", e.name)]
    musicians = ("Helene Fischer", "Herbert Grönemeyer", "Udo Lindenberg", "Anne-Sophie Mutter", "Igor Levit",
                 "Nina Chuba", "Sarah Connor", "Mark Forster", "Taylor Swift", "Ed Sheeran", "Billie Eilish",
                 "Nick Cave", "Bruce Springsteen", "Kirill Petrenko")
    P["music"] = [e for e in P["cult"] if e.name in musicians]
    P["skiort"] = parse_words(SKI_RESORTS, "PLACE")
    P["car"] = [e for e in P["comp"] if e.name in cars]
    P["pabbr"] = [e for e in P["party"] if re.fullmatch(r"[A-ZÄÖÜ][A-Za-zÄÖÜ]*[A-ZÄÖÜ]", e.name)]
    P["iabbr"] = [e for e in P["intl"] if e.name in ("EU", "Nato", "UN", "G7", "G20", "OSZE", "Asean")]
    P["cbank"] = [e for e in P["econ"] if e.name in (
        "EZB", "Europäische Zentralbank", "Schweizerische Nationalbank", "Fed")]
    P["tv"] = [e for e in P["media"] if re.search(r"^(ARD|ZDF|NDR|WDR|SWR|MDR|RBB|RTL|Sat\.1|ORF|SRF|BBC)$|Rundfunk", e.name)]
    P["kasse"] = [e for e in P["health"] if e.name in ("Techniker Krankenkasse", "AOK", "Barmer", "DAK-Gesundheit")]
    P["org"] = [e for k in ["party"] + list(blocks) for e in P[k]]

    P["city"] = parse_words(CITIES_DE, "PLACE")
    P["land"] = parse_words(LAENDER, "PLACE")
    P["landx"] = P["land"] + parse_lines(LAENDER_EXTRA, "PLACE")
    P["region"] = parse_lines(REGIONS, "PLACE")
    P["water"] = parse_lines(WATERS, "PLACE")
    P["river"] = P["water"][:16]
    P["sea"] = [e for e in P["water"] if e.name in (
        "Nordsee", "Ostsee", "Mittelmeer", "Atlantik", "Schwarze Meer", "Rote Meer")]
    P["mount"] = parse_lines(MOUNTAINS, "PLACE")
    P["zone"] = parse_lines(ZONES, "PLACE")
    P["site"] = parse_lines(SITES, "PLACE")
    P["stadium"] = [e for e in P["site"] if re.search(r"Arena|Park$|stadion|Stadion|ring$", e.name)]
    P["atcity"] = parse_words(CITIES_AT, "PLACE")
    P["atregion"] = parse_lines(REGIONS_AT, "PLACE")
    P["chcity"] = parse_words(CITIES_CH, "PLACE")
    P["chregion"] = parse_lines(REGIONS_CH, "PLACE")
    P["wcity"] = parse_words(CITIES_WORLD, "PLACE")
    P["country"] = parse_lines(COUNTRIES, "PLACE")
    P["ctry"] = [e for e in P["country"] if e.g == "0"]
    P["continent"] = parse_lines(CONTINENTS, "PLACE")
    P["anycity"] = P["city"] + P["atcity"] + P["chcity"]
    P["place"] = [e for k in ("city", "landx", "region", "water", "mount", "site", "zone", "atcity", "atregion",
                              "chcity", "chregion", "wcity", "country", "continent") for e in P[k]]

    P["ev"] = []
    for line in EVENTS.strip().split("\n"):
        group, rest = line.strip().split("|")
        e = parse_lines(rest, "EVENT")[0]
        e.group = group
        P["ev"].append(e)
        P.setdefault("ev" + group, []).append(e)
    P["canton"] = parse_words(CANTONS, "PLACE")
    P["evparl"] = [e for e in P["evwahl"] if e.name in ("Bundestagswahl", "Europawahl", "Landtagswahl",
                                                       "Nationalratswahl")]
    P["evkult"] += P["evfilm"]
    P["evbig"] += P["evtennis"]
    police = ("Bundeskriminalamt", "Landeskriminalamt Bayern", "Bundespolizei",
              "Bundesamt für Sicherheit in der Informationstechnik")
    P["police"] = [e for e in P["agency"] if e.name in police]
    crisis = ("Ukraine", "Israel", "Syrien", "Libanon", "Irak", "Jemen", "Sudan", "Kongo", "Mali",
              "Niger", "Tschad", "Äthiopien", "Afghanistan", "Pakistan", "Libyen", "Nigeria", "Kenia",
              "Kolumbien", "Venezuela", "Armenien", "Aserbaidschan", "Kosovo")
    P["crisis"] = [e for e in P["country"] if e.name in crisis]
    hunger = ("Sudan", "Jemen", "Kongo", "Mali", "Niger", "Tschad", "Äthiopien", "Afghanistan", "Syrien",
              "Nigeria", "Kenia")
    P["hunger"] = [e for e in P["country"] if e.name in hunger]
    by_name = {p.name: p for p in P["ath"]}
    for key, names in (
            ("tenm", "Alexander Zverev;Jan-Lennard Struff;Dominic Thiem;Jannik Sinner;Carlos Alcaraz;Novak Djokovic"),
            ("tenf", "Laura Siegemund;Tatjana Maria;Belinda Bencic;Aryna Sabalenka;Iga Świątek;Angelique Kerber"),
            ("wintm", "Marco Odermatt;Vincent Kriechmayr;Manuel Feller;Linus Straßer;Andreas Wellinger;"
                      "Karl Geiger;Pius Paschke;Sebastian Vogler;Niklas Kranich"),
            ("wintf", "Lara Gut-Behrami;Mikaela Shiffrin;Franziska Preuß;Emma Aicher;Kira Weidle-Winkelmann;"
                      "Lena Hartl;Mara Tillmann")):
        P[key] = [by_name[n] for n in names.split(";")]
    return P


class Deck:
    """Draws from a pool in shuffled rounds, so every name gets used."""

    def __init__(self, items, rng):
        self.items, self.rng, self.stack = list(items), rng, []

    def draw(self, ok, taken):
        for _ in range(2):
            for i in range(len(self.stack) - 1, -1, -1):
                e = self.stack[i]
                if ok(e) and e.name not in taken:
                    del self.stack[i]
                    return e
            fresh = list(self.items)
            self.rng.shuffle(fresh)
            self.stack = fresh + self.stack
        raise ValueError("no eligible entity")


SLOT = re.compile(r"\{([a-z]+[0-9]?)((?:\.[a-zA-Z]+)*)(?:\?([^/}]*)/([^}]*)|#([^/}]*)/([^}]*))?\}")
FILL = re.compile(r"\{(num|wday|month|year|pct|dec|time):?([0-9\-]*)\}")
WDAYS = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()
MONTHS = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()


def fill_template(tpl, decks, pools, rng):
    # plain fillers first
    def plain(m):
        kind, arg = m.group(1), m.group(2)
        if kind == "num":
            lo, hi = (int(x) for x in arg.split("-"))
            n = rng.randint(lo, hi)
            if n >= 10000:  # round large counts as news copy does
                n = round(n, -3)
            elif n >= 1000:
                n = round(n, -2)
            return f"{n:,}".replace(",", ".") if n >= 10000 else str(n)
        if kind == "wday":
            return rng.choice(WDAYS)
        if kind == "month":
            return rng.choice(MONTHS)
        if kind == "year":
            return str(rng.randint(2026, 2032))
        if kind == "pct":
            return f"{rng.randint(1, 9)},{rng.randint(0, 9)}"
        if kind == "dec":
            return f"{rng.randint(1, 4)},{rng.randint(0, 9)}"
        if kind == "time":
            return f"{rng.randint(6, 22)}.{rng.choice(['00', '15', '30', '45'])}"
    tpl = FILL.sub(plain, tpl)

    # collect attribute needs per variable, then draw
    needs = defaultdict(set)
    for m in SLOT.finditer(tpl):
        needs[m.group(1)].update(a for a in m.group(2).split(".") if a)
    chosen, taken = {}, set()
    for var in sorted(needs, key=lambda v: (-len(needs[v]), v)):
        pool = re.sub(r"[0-9]$", "", var)
        attrs = needs[var]
        e = decks[pool].draw(lambda x: eligible(x, attrs), taken)
        chosen[var] = e
        taken.add(e.name)
        if getattr(e, "party", None):
            taken.add(pools["_party_by_key"][e.party].name)

    def slot(m):
        var, attrs = m.group(1), [a for a in m.group(2).split(".") if a]
        e = chosen[var]
        if m.group(3) is not None:  # gender choice
            return m.group(3) if e.g == "m" else m.group(4)
        if m.group(5) is not None:  # number choice
            return m.group(6) if e.g == "pl" else m.group(5)
        if attrs and attrs[0] == "party":
            e = pools["_party_by_key"][e.party]
            attrs = attrs[1:]
        return render(e, attrs[0] if attrs else "")
    out = SLOT.sub(slot, tpl)
    # capitalise sentence starts (also the first word after a dateline)
    out = re.sub(r"(^|[.!?] |\) - |: „)(\[\[)?([a-zäöü])",
                 lambda m: m.group(1) + (m.group(2) or "") + m.group(3).upper(), out)
    return out


# ---------------------------------------------------------------------------
# Markup -> offsets, verification, output
# ---------------------------------------------------------------------------

def convert(line):
    text, ents, pos = [], [], 0
    n = 0
    for m in MARK.finditer(line):
        chunk = line[pos:m.start()]
        text.append(chunk)
        n += len(chunk)
        name, label = m.group(1), m.group(2)
        if label not in LABELS:
            raise ValueError(f"bad label {label!r} in {line!r}")
        ents.append([n, n + len(name), label])
        text.append(name)
        n += len(name)
        pos = m.end()
    text.append(line[pos:])
    text = "".join(text)
    if "[[" in text or "]]" in text or "|" in text:
        raise ValueError(f"unconverted markup in {line!r}")
    return {"text": text, "entities": ents}, [m.group(1) for m in MARK.finditer(line)]


def verify(item, names):
    text, ents = item["text"], item["entities"]
    last_end = -1
    for (s, e, label), name in zip(ents, names):
        span = text[s:e]
        assert span == name, (span, name)
        assert label in LABELS, label
        assert s >= last_end, ("overlap", text)
        assert span == span.strip() and span, ("space", span)
        assert not re.search(r"[,;:!?\"“„‚‘'’()\-]$", span), ("punctuation", span)
        assert not span.endswith(".") or re.search(r"\b[A-Z]\.$", span), ("dot", span)
        assert not re.match(r"[,;:!?\"“„‚‘'’()\-.]", span), ("punctuation", span)
        # span on word boundaries
        assert s == 0 or not text[s - 1].isalnum(), ("boundary", span, text)
        assert e == len(text) or not text[e].isalnum(), ("boundary", span, text)
        last_end = e
    assert "  " not in text and text == text.strip(), ("spacing", text)


# spaCy's German tokenizer keeps a sentence-final dot on "AfD.", "Schalke 04.", "München I.":
# such a name must not end a sentence, or its span would not match the tokens
FINAL_DOT = re.compile(r"\[\[[^|\]]*(?:\d|[A-Z][a-z][A-Z]| I)\|[A-Z]+\]\]\.")


def hand_items():
    for line in HAND.strip().split("\n"):
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def build():
    rng = random.Random(SEED)
    lines = list(hand_items())
    n_hand = len(lines)
    pools = build_pools(rng)
    decks = {k: Deck(v, rng) for k, v in pools.items() if not k.startswith("_")}
    seen = set(lines)
    per = [N_TEMPLATE_ITEMS // len(TEMPLATES) + (1 if i < N_TEMPLATE_ITEMS % len(TEMPLATES) else 0)
           for i in range(len(TEMPLATES))]
    order = [i for i, n in enumerate(per) for _ in range(n)]
    rng.shuffle(order)
    made = []
    for i in order:
        for _ in range(50):
            line = fill_template(TEMPLATES[i], decks, pools, rng)
            if line not in seen and not FINAL_DOT.search(line):
                break
        seen.add(line)
        made.append(line)
    items = []
    for line in lines + made:
        item, names = convert(line)
        verify(item, names)
        items.append(item)
    return items, n_hand


def report(items, n_hand):
    spans = Counter()
    distinct = defaultdict(set)
    for it in items:
        for s, e, label in it["entities"]:
            spans[label] += 1
            distinct[label].add(it["text"][s:e])
    none_hand = sum(1 for it in items[:n_hand] if not it["entities"])
    print(f"items: {len(items)} (hand-written {n_hand}, templates {len(items) - n_hand}, "
          f"{len(TEMPLATES)} templates)")
    print(f"hand-written items without entities: {none_hand} ({100 * none_hand / n_hand:.1f}%), "
          f"all items without entities: {sum(1 for it in items if not it['entities'])}")
    for label in LABELS:
        print(f"{label:7s} spans {spans[label]:5d}  distinct names {len(distinct[label]):4d}")


def main(argv):
    items, n_hand = build()
    report(items, n_hand)
    if "--check" in argv:
        return
    out = Path(__file__).with_name("de.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
