#!/usr/bin/env python3
"""Build es.jsonl: Spanish NER training data (PERSON, ORG, PLACE, EVENT).

Hand-written EFE-style items (HAND) plus items from templates filled from the name lists
below.  Text is written in an inline markup, "[[Pedro Sánchez|PERSON]] recibió ...", and
converted to character offsets.  Labelling follows
inkstream_enrichment/evaluation/LABELLING.md: the article in front of a name stays
outside its span ("el [[Congreso de los Diputados|ORG]]", "del [[Ebro|PLACE]]") unless it
is part of the name ("[[El País|ORG]]", "[[La Línea de la Concepción|PLACE]]"); the agency
credit "(EFE)" is not an entity, the city of the dateline is a PLACE; "el Gobierno" is not
an entity ("el Gobierno de [[Pedro Sánchez|PERSON]]").  Standard library only; fixed seed,
so the output is the same on every run:

    python3 build_es.py          # writes es.jsonl next to this script
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

SEED = 20250705
TEMPLATE_ITEMS = 1000
DATELINE_SHARE = 0.5
CURLY_SHARE = 0.0
AGENCY = "EFE"
DATELINE = "{} (EFE).- "
DATELINE_CAPITAL = "Madrid"
LABELS = ("PERSON", "ORG", "PLACE", "EVENT")
OUT = Path(__file__).with_name("es.jsonl")

# ---------------------------------------------------------------- Spanish grammar of slots
# A slot is written {KEY} (the name with its article: "el [[PSOE|ORG]]"), {de:KEY} ("del",
# "de la", "de"), {a:KEY} ("al", "a la", "a"), {loc:KEY} (where: "en Sevilla", "en el País
# Vasco") or {nu:KEY} (no article).  {g:el ministro/la ministra} agrees with the last
# person slot before it (or else the next one).
ARTICLES = ("", "el", "la", "los", "las")
LEADING_ARTICLES = {"el", "la", "los", "las", "del", "al"}
ARTICLE_NAMES = {
    "El País", "El Mundo", "La Vanguardia", "El Periódico", "La Razón", "El Confidencial",
    "El Español", "La Voz de Galicia", "El Correo", "El Diario Vasco", "La Nación",
    "El Tiempo", "El Universal", "El Mercurio", "La Jornada", "El Comercio", "El Salvador",
    "La Rioja", "La Paz", "La Habana", "El Cairo", "La Haya", "Las Palmas de Gran Canaria",
    "Las Palmas", "La Línea de la Concepción", "Los Ángeles", "La Laguna", "El Ejido",
    "El Puerto de Santa María", "El Prat de Llobregat", "La Libertad Avanza", "La Plata",
    "Las Vegas", "El Hierro", "La Palma", "La Gomera", "La Pampa", "La Guajira", "El Alto",
    "La Serena", "Las Condes", "La Moneda", "La Sexta", "El Diario", "El Heraldo",
    "La Opinión", "La Provincia", "El Norte de Castilla", "La Nueva España", "El Faro de Vigo",
    "La Tercera", "El Deber", "El Nacional", "La Coruña", "Los Realejos",
    "La Manga del Mar Menor", "El Escorial", "La Granja", "La Mancha", "El Bierzo",
    "La Alcarria", "La Vera", "Las Hurdes", "La Axarquía", "El Raval", "La Barceloneta",
    "La Latina", "El Corte Inglés", "La Rinconada", "El Vendrell", "La Seu d'Urgell",
    "La Bombonera", "La Florida", "Las Tablas", "La Aldea de San Nicolás", "El Masnou",
    "L'Hospitalet de Llobregat", "La Unión", "El Callao", "Los Mochis", "La Moraleja",
    "El Palmar", "Los Alcázares", "El Bulli", "El Prat", "El Dorado", "La Restinga", "La Viña", "El Teniente", "El Poblado", "El Sadar", "Los Pumas", "El Campín", "Las Médulas",
}


def person_prefix(name: str, form: str) -> str:
    if form == "de":
        return "de "
    if form == "a":
        return "a "
    return ""


def article_prefix(art: str, name: str, form: str, loc: str, style: str) -> str:
    if form == "nu":
        return ""
    if form == "loc":
        if loc:
            return loc + " "
        return "en " + (art + " " if art else "")
    if form == "de":
        return "del " if art == "el" else "de " + (art + " " if art else "")
    if form == "a":
        return "al " if art == "el" else "a " + (art + " " if art else "")
    if form == "":
        return art + " " if art else ""
    raise ValueError(f"unknown form {form!r}")


# "y" before an i- sound becomes "e", "o" before an o- sound becomes "u"
Y_TO_E = re.compile(r"\b([Yy]) (\[\[)?(?=(?:[IiÍí]|[Hh][IiÍí])(?![aeoáéó]))")
O_TO_U = re.compile(r"\b([Oo]) (\[\[)?(?=(?:[OoÓó]|[Hh][OoÓó]))")


def fix_up(markup: str) -> str:
    markup = Y_TO_E.sub(lambda m: ("e" if m.group(1) == "y" else "E") + " " + (m.group(2) or ""), markup)
    markup = O_TO_U.sub(lambda m: ("u" if m.group(1) == "o" else "U") + " " + (m.group(2) or ""), markup)
    return markup


def lines(block: str) -> list[str]:
    return [x.strip() for x in block.strip().split("\n") if x.strip() and not x.strip().startswith("#")]


def words(block: str) -> list[str]:
    return block.split()

# ---------------------------------------------------------------- hand-written items
HAND = """
# política nacional
[[Madrid|PLACE]] (EFE).- El presidente del Gobierno, [[Pedro Sánchez|PERSON]], ha comparecido este miércoles en el [[Congreso de los Diputados|ORG]] para explicar la posición de [[España|PLACE]] sobre el gasto en defensa.
[[Madrid|PLACE]] (EFE).- El líder del [[PP|ORG]], [[Alberto Núñez Feijóo|PERSON]], ha exigido la convocatoria inmediata de elecciones generales tras el último informe de la [[Unidad Central Operativa|ORG]].
[[Madrid|PLACE]] (EFE).- El presidente de [[Vox|ORG]], [[Santiago Abascal|PERSON]], ha anunciado que su partido votará en contra de los presupuestos.
[[Madrid|PLACE]] (EFE).- La vicepresidenta segunda y ministra de Trabajo, [[Yolanda Díaz|PERSON]], ha defendido la reducción de la jornada laboral a 37,5 horas semanales.
[[Madrid|PLACE]] (EFE).- El Gobierno ha aprobado este martes en el Consejo de Ministros el anteproyecto de ley de familias.
[[Madrid|PLACE]] (EFE).- El [[Senado|ORG]], con mayoría absoluta del [[PP|ORG]], ha rechazado el techo de gasto propuesto por el Ejecutivo.
[[Madrid|PLACE]] (EFE).- El [[Tribunal Constitucional|ORG]] ha avalado la ley de amnistía en una sentencia aprobada por siete votos a cuatro.
[[Madrid|PLACE]] (EFE).- El [[Tribunal Supremo|ORG]] ha condenado al fiscal general del Estado, [[Álvaro García Ortiz|PERSON]], por revelación de secretos.
[[Madrid|PLACE]] (EFE).- La [[Audiencia Nacional|ORG]] ha citado a declarar como investigado al exsecretario de Organización del [[PSOE|ORG]] [[Santos Cerdán|PERSON]].
[[Madrid|PLACE]] (EFE).- El ministro del Interior, [[Fernando Grande-Marlaska|PERSON]], ha presentado el balance de criminalidad del primer semestre.
[[Madrid|PLACE]] (EFE).- El ministro de Asuntos Exteriores, [[José Manuel Albares|PERSON]], ha convocado al embajador de [[Israel|PLACE]] tras el ataque a la flotilla.
[[Madrid|PLACE]] (EFE).- La ministra de Hacienda, [[María Jesús Montero|PERSON]], ha presentado el proyecto de Presupuestos Generales del Estado para el próximo año.
[[Madrid|PLACE]] (EFE).- El Gobierno de [[Pedro Sánchez|PERSON]] ha superado la votación de convalidación del decreto con el apoyo de [[Junts|ORG]] y el [[PNV|ORG]].
[[Madrid|PLACE]] (EFE).- [[Sumar|ORG]] y [[Podemos|ORG]] han escenificado su ruptura en la votación sobre el aumento del gasto militar.
[[Madrid|PLACE]] (EFE).- La secretaria general de [[Podemos|ORG]], [[Ione Belarra|PERSON]], ha acusado al [[PSOE|ORG]] de «traicionar» a sus votantes.
[[Madrid|PLACE]] (EFE).- Según el último barómetro del [[Centro de Investigaciones Sociológicas|ORG]], el [[PSOE|ORG]] aventaja en cuatro puntos al [[PP|ORG]].
[[Madrid|PLACE]] (EFE).- El rey [[Felipe VI|PERSON]] ha presidido en el [[Palacio Real|PLACE]] la recepción con motivo de la Fiesta Nacional.
[[Madrid|PLACE]] (EFE).- La princesa [[Leonor|PERSON]] ha recibido el despacho de alférez en la [[Academia General Militar|ORG]] de [[Zaragoza|PLACE]].
[[Madrid|PLACE]] (EFE).- La presidenta de la [[Comunidad de Madrid|PLACE]], [[Isabel Díaz Ayuso|PERSON]], ha anunciado una rebaja del tramo autonómico del IRPF.
[[Madrid|PLACE]] (EFE).- El alcalde de [[Madrid|PLACE]], [[José Luis Martínez-Almeida|PERSON]], ha inaugurado el soterramiento de la [[A-5|PLACE]] a su paso por [[Latina|PLACE]].
[[Madrid|PLACE]] (EFE).- La [[Asamblea de Madrid|ORG]] ha aprobado la ley de universidades con los votos del [[PP|ORG]] y la abstención de [[Vox|ORG]].
[[Madrid|PLACE]] (EFE).- El ministro para la Transformación Digital, [[Óscar López|PERSON]], ha sido elegido secretario general del [[PSOE|ORG]] de [[Madrid|PLACE]].
[[Madrid|PLACE]] (EFE).- Fuentes de [[Moncloa|ORG]] han descartado un adelanto electoral pese a la falta de apoyos parlamentarios.
[[Madrid|PLACE]] (EFE).- La presidenta del [[Congreso|ORG]], [[Francina Armengol|PERSON]], ha suspendido el pleno durante diez minutos por los insultos entre diputados.
[[Madrid|PLACE]] (EFE).- El [[Consejo General del Poder Judicial|ORG]] ha nombrado a los nuevos presidentes de cinco tribunales superiores de justicia.
El Ejecutivo confía en sacar adelante la reforma antes de que termine el periodo de sesiones.
Los grupos parlamentarios no han logrado cerrar un acuerdo sobre el calendario de la tramitación.
El decreto fue convalidado por la mínima, con 172 votos a favor y 171 en contra.
La participación en las elecciones se situó en el 66 %, cuatro puntos por debajo de los anteriores comicios.
El Gobierno ha anunciado que recurrirá la ley ante el alto tribunal.
# Cataluña
[[Barcelona|PLACE]] (EFE).- El presidente de la [[Generalitat|ORG]], [[Salvador Illa|PERSON]], ha presentado en el [[Parlament|ORG]] su plan de vivienda para los próximos cuatro años.
[[Barcelona|PLACE]] (EFE).- El expresidente catalán [[Carles Puigdemont|PERSON]] ha anunciado desde [[Waterloo|PLACE]] que [[Junts|ORG]] rompe sus relaciones con el [[PSOE|ORG]].
[[Barcelona|PLACE]] (EFE).- El líder de [[ERC|ORG]], [[Oriol Junqueras|PERSON]], ha pedido que la financiación singular para [[Cataluña|PLACE]] se apruebe este año.
[[Barcelona|PLACE]] (EFE).- Los [[Mossos d'Esquadra|ORG]] han detenido a 18 personas en una operación contra la multirreincidencia en el distrito de [[Ciutat Vella|PLACE]].
[[Barcelona|PLACE]] (EFE).- El alcalde de [[Barcelona|PLACE]], [[Jaume Collboni|PERSON]], ha anunciado que duplicará la tasa turística para los cruceristas.
[[Girona|PLACE]] (EFE).- La [[Agència Catalana de l'Aigua|ORG]] ha levantado el estado de emergencia por sequía en las comarcas de [[Girona|PLACE]].
[[Tarragona|PLACE]] (EFE).- La petroquímica de [[Tarragona|PLACE]] ha pedido a la [[Generalitat|ORG]] que agilice los permisos para la planta de hidrógeno verde.
[[Lleida|PLACE]] (EFE).- Los agricultores de la [[Franja de Ponent|PLACE]] han cortado la autovía [[A-2|PLACE]] en protesta por los bajos precios de la fruta.
La manifestación, convocada por la [[Assemblea Nacional Catalana|ORG]], reunió a unas 28 000 personas según la [[Guardia Urbana|ORG]].
# País Vasco y Navarra
[[Vitoria|PLACE]] (EFE).- El lehendakari, [[Imanol Pradales|PERSON]], ha reclamado al Gobierno central el traspaso de la gestión de la [[Seguridad Social|ORG]].
[[Bilbao|PLACE]] (EFE).- El coordinador general de [[EH Bildu|ORG]], [[Arnaldo Otegi|PERSON]], ha defendido un nuevo estatus político para [[Euskadi|PLACE]].
[[Bilbao|PLACE]] (EFE).- La [[Ertzaintza|ORG]] ha desalojado un edificio okupado en el barrio de [[Otxarkoaga|PLACE]].
[[Pamplona|PLACE]] (EFE).- La presidenta de [[Navarra|PLACE]], [[María Chivite|PERSON]], ha firmado con el Ministerio un convenio para la mejora del [[Canal de Navarra|PLACE]].
[[San Sebastián|PLACE]] (EFE).- El [[Parlamento Vasco|ORG]] ha aprobado por unanimidad una declaración de apoyo a los trabajadores del sector pesquero.
# Galicia, Asturias, Cantabria
[[Santiago de Compostela|PLACE]] (EFE).- El presidente de la [[Xunta|ORG]], [[Alfonso Rueda|PERSON]], ha anunciado una rebaja del impuesto de sucesiones.
[[Santiago de Compostela|PLACE]] (EFE).- La portavoz nacional del [[BNG|ORG]], [[Ana Pontón|PERSON]], ha criticado el proyecto de la macrocelulosa de [[Palas de Rei|PLACE]].
[[Oviedo|PLACE]] (EFE).- El presidente del [[Principado de Asturias|PLACE]], [[Adrián Barbón|PERSON]], ha visitado la mina de [[Cerredo|PLACE]] tras el accidente.
[[Santander|PLACE]] (EFE).- El Gobierno de [[Cantabria|PLACE]] ha licitado las obras de la nueva línea de cercanías entre [[Santander|PLACE]] y [[Torrelavega|PLACE]].
# Andalucía, Extremadura, Murcia
[[Sevilla|PLACE]] (EFE).- El presidente de la [[Junta de Andalucía|ORG]], [[Juanma Moreno|PERSON]], ha pedido perdón por los fallos en el cribado del cáncer de mama.
[[Sevilla|PLACE]] (EFE).- El [[Parlamento de Andalucía|ORG]] ha aprobado la ley de regadíos del entorno de [[Doñana|PLACE]] con los votos del [[PP|ORG]] y [[Vox|ORG]].
[[Córdoba|PLACE]] (EFE).- La [[Confederación Hidrográfica del Guadalquivir|ORG]] ha elevado la reserva de los embalses de la cuenca hasta el 62 % de su capacidad.
[[Mérida|PLACE]] (EFE).- La presidenta de la [[Junta de Extremadura|ORG]], [[María Guardiola|PERSON]], ha adelantado las elecciones autonómicas al 21 de diciembre.
[[Murcia|PLACE]] (EFE).- El presidente de la [[Región de Murcia|PLACE]], [[Fernando López Miras|PERSON]], ha exigido un plan de rescate para el [[Mar Menor|PLACE]].
[[La Línea de la Concepción|PLACE]] (EFE).- El alcalde de [[La Línea de la Concepción|PLACE]], [[Juan Franco|PERSON]], ha reclamado un estatuto especial para el municipio.
[[Algeciras|PLACE]] (EFE).- La [[Guardia Civil|ORG]] ha interceptado una narcolancha con 3 000 kilos de hachís en la desembocadura del [[Guadarranque|PLACE]].
# Comunidad Valenciana, Aragón, Castilla
[[Valencia|PLACE]] (EFE).- El nuevo presidente de la [[Generalitat Valenciana|ORG]], [[Juan Francisco Pérez Llorca|PERSON]], ha tomado posesión en el [[Palau de la Generalitat|PLACE]].
[[Valencia|PLACE]] (EFE).- La jueza de [[Catarroja|PLACE]] que investiga la gestión de la dana ha citado como testigo a la exconsejera de Justicia.
[[Valencia|PLACE]] (EFE).- Miles de personas se manifestaron en [[Valencia|PLACE]] para pedir la dimisión de [[Carlos Mazón|PERSON]] un año después de la riada.
[[Zaragoza|PLACE]] (EFE).- El presidente de [[Aragón|PLACE]], [[Jorge Azcón|PERSON]], ha firmado un acuerdo con [[Microsoft|ORG]] para un nuevo centro de datos en [[Huesca|PLACE]].
[[Valladolid|PLACE]] (EFE).- Las [[Cortes de Castilla y León|ORG]] han rechazado la moción del [[PSOE|ORG]] sobre la gestión de los incendios forestales.
[[Toledo|PLACE]] (EFE).- El presidente de [[Castilla-La Mancha|PLACE]], [[Emiliano García-Page|PERSON]], ha criticado el acuerdo de financiación con [[Cataluña|PLACE]].
[[Logroño|PLACE]] (EFE).- El Gobierno de [[La Rioja|PLACE]] ha aprobado ayudas para los viticultores afectados por el granizo.
# Canarias y Baleares
[[Santa Cruz de Tenerife|PLACE]] (EFE).- El presidente de [[Canarias|PLACE]], [[Fernando Clavijo|PERSON]], ha exigido al Estado más fondos para atender a los menores migrantes.
[[Las Palmas de Gran Canaria|PLACE]] (EFE).- [[Salvamento Marítimo|ORG]] ha rescatado a 180 personas a bordo de un cayuco al sur de [[Gran Canaria|PLACE]].
[[La Restinga|PLACE]] (EFE).- Un cayuco con 220 migrantes, entre ellos 40 menores, ha llegado al puerto de [[La Restinga|PLACE]], en [[El Hierro|PLACE]].
[[Palma|PLACE]] (EFE).- El [[Consell de Mallorca|ORG]] ha aprobado limitar la entrada de vehículos de alquiler en la isla durante el verano.
[[Ibiza|PLACE]] (EFE).- Miles de personas se manifestaron en [[Ibiza|PLACE]] contra la masificación turística y el precio de la vivienda.
# alcaldías y municipios
[[Málaga|PLACE]] (EFE).- El [[Ayuntamiento de Málaga|ORG]] ha aprobado una moratoria de tres años para nuevas viviendas turísticas en el centro.
[[Zaragoza|PLACE]] (EFE).- El [[Ayuntamiento de Zaragoza|ORG]] ha adjudicado la ampliación del tranvía hasta el barrio de [[Valdespartera|PLACE]].
[[Cádiz|PLACE]] (EFE).- El alcalde de [[Cádiz|PLACE]], [[Bruno García|PERSON]], ha presentado el plan de recuperación del barrio de [[La Viña|PLACE]].
Los vecinos del barrio llevan meses denunciando la falta de limpieza y de alumbrado en las calles.
El pleno municipal aprobó la ordenanza con los votos a favor del equipo de gobierno y la abstención de la oposición.
La alcaldesa ha asegurado que las obras estarán terminadas antes del verano.
# más política
[[Madrid|PLACE]] (EFE).- [[Gabriel Rufián|PERSON]] ha advertido en el [[Congreso|ORG]] de que [[ERC|ORG]] no apoyará la legislatura «a cualquier precio».
[[Madrid|PLACE]] (EFE).- La portavoz de [[Junts|ORG]] en el [[Congreso|ORG]], [[Míriam Nogueras|PERSON]], ha registrado una proposición para delegar competencias de inmigración.
[[Madrid|PLACE]] (EFE).- El portavoz del [[PNV|ORG]], [[Aitor Esteban|PERSON]], ha pedido al Gobierno que presente cuanto antes los presupuestos.
[[Madrid|PLACE]] (EFE).- El secretario general del [[PP|ORG]], [[Miguel Tellado|PERSON]], ha acusado a los socialistas de «blindar la corrupción».
[[Madrid|PLACE]] (EFE).- La ministra de Defensa, [[Margarita Robles|PERSON]], ha visitado a las tropas españolas desplegadas en [[Letonia|PLACE]].
[[Madrid|PLACE]] (EFE).- La [[Comisión Europea|ORG]] ha abierto un expediente a [[España|PLACE]] por no transponer la directiva sobre aguas residuales.
[[Bruselas|PLACE]] (EFE).- La vicepresidenta de la [[Comisión Europea|ORG]] [[Teresa Ribera|PERSON]] ha defendido la multa impuesta a [[Google|ORG]].
El debate sobre el estado de la nación se celebrará finalmente en la primera semana de julio.
Los socios de investidura han advertido de que no apoyarán nuevas subidas del gasto militar.
La reforma requiere una mayoría de tres quintos en ambas cámaras, algo que hoy no tiene el Gobierno.
Fuentes parlamentarias dan por hecho que la votación se aplazará hasta después del verano.
El texto incluye una disposición adicional que ha generado malestar entre los socios del Ejecutivo.
La oposición ha anunciado que pedirá la comparecencia urgente de la ministra.
# México
[[Ciudad de México|PLACE]] (EFE).- La presidenta de [[México|PLACE]], [[Claudia Sheinbaum|PERSON]], ha anunciado el envío de 10 000 elementos de la [[Guardia Nacional|ORG]] a la frontera norte.
[[Ciudad de México|PLACE]] (EFE).- El partido oficialista [[Morena|ORG]] ha aprobado en la [[Cámara de Diputados|ORG]] la reforma que elimina los organismos autónomos.
[[Ciudad de México|PLACE]] (EFE).- La [[Suprema Corte de Justicia de la Nación|ORG]] ha iniciado una nueva etapa con ministros elegidos por voto popular.
[[Ciudad de México|PLACE]] (EFE).- El [[Banco de México|ORG]] ha recortado su tasa de interés de referencia en 25 puntos básicos, hasta el 7,5 %.
[[Culiacán|PLACE]] (EFE).- La violencia entre facciones del [[Cártel de Sinaloa|ORG]] ha dejado más de 1 200 muertos en [[Sinaloa|PLACE]] desde septiembre del año pasado.
[[Guadalajara|PLACE]] (EFE).- Colectivos de madres buscadoras hallaron un crematorio clandestino en un rancho de [[Teuchitlán|PLACE]], en el estado de [[Jalisco|PLACE]].
[[Monterrey|PLACE]] (EFE).- El fabricante de automóviles [[Tesla|ORG]] ha suspendido la construcción de su planta en [[Nuevo León|PLACE]].
[[Acapulco|PLACE]] (EFE).- El huracán tocó tierra como categoría 4 en la costa de [[Guerrero|PLACE]], donde miles de personas fueron evacuadas.
[[Ciudad de México|PLACE]] (EFE).- El expresidente [[Andrés Manuel López Obrador|PERSON]] reapareció en un acto en el [[Zócalo|PLACE]] para respaldar a su sucesora.
[[Ciudad de México|PLACE]] (EFE).- La [[Secretaría de Relaciones Exteriores|ORG]] ha pedido a [[Estados Unidos|PLACE]] información sobre los mexicanos detenidos en redadas migratorias.
[[Tijuana|PLACE]] (EFE).- Cientos de migrantes esperan en albergues de la ciudad fronteriza tras el cierre de la aplicación de citas de asilo.
# Argentina, Uruguay, Paraguay
[[Buenos Aires|PLACE]] (EFE).- El presidente de [[Argentina|PLACE]], [[Javier Milei|PERSON]], ha celebrado la victoria de [[La Libertad Avanza|ORG]] en las elecciones legislativas.
[[Buenos Aires|PLACE]] (EFE).- El [[Indec|ORG]] ha informado de que la inflación interanual bajó al 31 % en septiembre, la más baja en siete años.
[[Buenos Aires|PLACE]] (EFE).- El gobernador de la provincia de [[Buenos Aires|PLACE]], [[Axel Kicillof|PERSON]], se ha consolidado como líder del peronismo.
[[Buenos Aires|PLACE]] (EFE).- La expresidenta [[Cristina Fernández de Kirchner|PERSON]] cumple prisión domiciliaria tras la confirmación de su condena por la [[Corte Suprema|ORG]].
[[Buenos Aires|PLACE]] (EFE).- La [[Confederación General del Trabajo|ORG]] ha convocado la tercera huelga general contra la reforma laboral del Gobierno.
[[Buenos Aires|PLACE]] (EFE).- El [[Fondo Monetario Internacional|ORG]] ha aprobado un nuevo desembolso de 2 000 millones de dólares para [[Argentina|PLACE]].
[[Rosario|PLACE]] (EFE).- Miles de personas despidieron en las calles de [[Rosario|PLACE]] al papa [[Francisco|PERSON]], nacido en [[Buenos Aires|PLACE]].
[[Montevideo|PLACE]] (EFE).- El presidente uruguayo, [[Yamandú Orsi|PERSON]], ha firmado en [[Montevideo|PLACE]] un acuerdo energético con [[Brasil|PLACE]].
[[Asunción|PLACE]] (EFE).- El presidente de [[Paraguay|PLACE]], [[Santiago Peña|PERSON]], ha inaugurado el nuevo puente sobre el [[río Paraguay|PLACE]].
# Chile, Perú, Bolivia
[[Santiago de Chile|PLACE]] (EFE).- El candidato del [[Partido Republicano|ORG]], [[José Antonio Kast|PERSON]], ha ganado la segunda vuelta de las elecciones presidenciales en [[Chile|PLACE]].
[[Santiago de Chile|PLACE]] (EFE).- El presidente [[Gabriel Boric|PERSON]] ha recibido en el [[Palacio de La Moneda|PLACE]] al presidente electo para iniciar el traspaso de poderes.
[[Santiago de Chile|PLACE]] (EFE).- La estatal [[Codelco|ORG]] ha paralizado las operaciones en la mina [[El Teniente|PLACE]] tras un derrumbe que dejó seis trabajadores muertos.
[[Valparaíso|PLACE]] (EFE).- Los incendios forestales en la región de [[Valparaíso|PLACE]] han dejado al menos 130 fallecidos y miles de viviendas destruidas.
[[Lima|PLACE]] (EFE).- El [[Congreso de la República|ORG]] de [[Perú|PLACE]] ha destituido a la presidenta [[Dina Boluarte|PERSON]] por «incapacidad moral permanente».
[[Lima|PLACE]] (EFE).- El presidente del Congreso, [[José Jerí|PERSON]], ha asumido la jefatura del Estado peruano de forma interina.
[[Cuzco|PLACE]] (EFE).- Las autoridades peruanas han limitado el número de visitantes diarios a la ciudadela de [[Machu Picchu|PLACE]].
[[La Paz|PLACE]] (EFE).- El senador [[Rodrigo Paz|PERSON]] ha ganado las elecciones presidenciales en [[Bolivia|PLACE]] tras dos décadas de gobiernos del [[MAS|ORG]].
[[Santa Cruz de la Sierra|PLACE]] (EFE).- El expresidente [[Evo Morales|PERSON]] permanece atrincherado en la región del [[Chapare|PLACE]] para evitar su detención.
# Colombia, Venezuela, Ecuador
[[Bogotá|PLACE]] (EFE).- El presidente colombiano, [[Gustavo Petro|PERSON]], ha anunciado una consulta popular sobre la reforma laboral rechazada por el [[Senado|ORG]].
[[Bogotá|PLACE]] (EFE).- El expresidente [[Álvaro Uribe|PERSON]] ha sido absuelto en segunda instancia por el [[Tribunal Superior de Bogotá|ORG]].
[[Cúcuta|PLACE]] (EFE).- Los combates entre el [[ELN|ORG]] y disidencias de las [[FARC|ORG]] en el [[Catatumbo|PLACE]] han provocado el desplazamiento de más de 50 000 personas.
[[Medellín|PLACE]] (EFE).- La alcaldía de [[Medellín|PLACE]] ha prohibido la venta de alcohol en la zona de [[El Poblado|PLACE]] durante los fines de semana.
[[Caracas|PLACE]] (EFE).- El líder opositor [[Edmundo González Urrutia|PERSON]] ha pedido desde [[Madrid|PLACE]] a la comunidad internacional que no reconozca a [[Nicolás Maduro|PERSON]].
[[Caracas|PLACE]] (EFE).- La dirigente opositora [[María Corina Machado|PERSON]] ha dedicado el Nobel de la Paz al pueblo venezolano.
[[Quito|PLACE]] (EFE).- El presidente de [[Ecuador|PLACE]], [[Daniel Noboa|PERSON]], ha decretado el estado de excepción en siete provincias por la violencia criminal.
[[Guayaquil|PLACE]] (EFE).- Una masacre en una cárcel de [[Guayaquil|PLACE]] se ha saldado con al menos 31 reclusos muertos, según el [[Servicio Nacional de Atención Integral a Personas Privadas de la Libertad|ORG]].
# Centroamérica y Caribe
[[San Salvador|PLACE]] (EFE).- El presidente de [[El Salvador|PLACE]], [[Nayib Bukele|PERSON]], ha aceptado recibir a deportados de [[Estados Unidos|PLACE]] en la megacárcel del [[Cecot|PLACE]].
[[Managua|PLACE]] (EFE).- El Gobierno de [[Daniel Ortega|PERSON]] y [[Rosario Murillo|PERSON]] ha despojado de la nacionalidad a otros 135 opositores.
[[La Habana|PLACE]] (EFE).- Un apagón general ha dejado sin electricidad a toda la isla de [[Cuba|PLACE]] por tercera vez en el año.
[[Santo Domingo|PLACE]] (EFE).- El derrumbe del techo de la discoteca [[Jet Set|PLACE]] en [[Santo Domingo|PLACE]] causó más de 230 muertos.
[[Ciudad de Panamá|PLACE]] (EFE).- El presidente panameño, [[José Raúl Mulino|PERSON]], ha rechazado las amenazas de [[Washington|PLACE]] sobre el control del [[Canal de Panamá|PLACE]].
[[Ciudad de Guatemala|PLACE]] (EFE).- El presidente [[Bernardo Arévalo|PERSON]] ha destituido a la cúpula de la policía tras la fuga de veinte pandilleros.
[[San Juan|PLACE]] (EFE).- Un apagón masivo ha dejado sin luz a casi el 90 % de los clientes de [[Puerto Rico|PLACE]].
# organismos regionales
[[Washington|PLACE]] (EFE).- La [[Organización de Estados Americanos|ORG]] ha enviado una misión de observación electoral a [[Honduras|PLACE]].
[[Santiago de Chile|PLACE]] (EFE).- La [[Cepal|ORG]] ha rebajado al 2,2 % su previsión de crecimiento para [[América Latina|PLACE]] y el [[Caribe|PLACE]].
[[San José|PLACE]] (EFE).- La [[Corte Interamericana de Derechos Humanos|ORG]] ha condenado al Estado de [[Nicaragua|PLACE]] por la detención arbitraria de periodistas.
[[Madrid|PLACE]] (EFE).- La [[Secretaría General Iberoamericana|ORG]] ha confirmado que la próxima [[Cumbre Iberoamericana|EVENT]] se celebrará en [[Madrid|PLACE]].
Las negociaciones entre el Gobierno y la oposición se reanudarán la próxima semana con la mediación de los obispos.
Los observadores internacionales han denunciado irregularidades en el recuento de votos en varias provincias.
El toque de queda seguirá vigente durante al menos quince días más, según el decreto publicado este domingo.
# Europa y resto del mundo
[[Kiev|PLACE]] (EFE).- El presidente ucraniano, [[Volodímir Zelenski|PERSON]], ha pedido a sus aliados más sistemas de defensa antiaérea tras una noche de ataques rusos.
[[Moscú|PLACE]] (EFE).- El presidente ruso, [[Vladímir Putin|PERSON]], ha propuesto una tregua de tres días con motivo del aniversario de la victoria en la [[Segunda Guerra Mundial|EVENT]].
[[Washington|PLACE]] (EFE).- El presidente estadounidense, [[Donald Trump|PERSON]], ha anunciado aranceles del 30 % a las importaciones procedentes de la [[Unión Europea|ORG]].
[[Washington|PLACE]] (EFE).- La [[Reserva Federal|ORG]] ha bajado los tipos de interés un cuarto de punto por primera vez desde diciembre.
[[Nueva York|PLACE]] (EFE).- El secretario general de la [[ONU|ORG]], [[António Guterres|PERSON]], ha advertido de que la hambruna amenaza a millones de personas en [[Sudán|PLACE]].
[[Jerusalén|PLACE]] (EFE).- El primer ministro israelí, [[Benjamín Netanyahu|PERSON]], ha rechazado las condiciones de [[Hamás|ORG]] para un alto el fuego en [[Gaza|PLACE]].
[[Gaza|PLACE]] (EFE).- La [[Defensa Civil|ORG]] de [[Gaza|PLACE]] ha informado de al menos 30 muertos en bombardeos nocturnos sobre el sur de la [[Franja|PLACE]].
[[Beirut|PLACE]] (EFE).- El presidente libanés, [[Joseph Aoun|PERSON]], ha pedido a [[Hizbulá|ORG]] que entregue sus armas al Ejército.
[[Teherán|PLACE]] (EFE).- [[Irán|PLACE]] ha suspendido su cooperación con el [[Organismo Internacional de Energía Atómica|ORG]] tras los ataques a sus instalaciones nucleares.
[[Bruselas|PLACE]] (EFE).- La presidenta de la [[Comisión Europea|ORG]], [[Ursula von der Leyen|PERSON]], ha presentado un plan de 800 000 millones de euros para rearmar [[Europa|PLACE]].
[[La Haya|PLACE]] (EFE).- Los líderes de la [[OTAN|ORG]] se han comprometido a destinar el 5 % de su PIB a defensa en 2035.
[[París|PLACE]] (EFE).- El presidente francés, [[Emmanuel Macron|PERSON]], ha nombrado a [[Sébastien Lecornu|PERSON]] primer ministro tras la caída del Gobierno.
[[Lisboa|PLACE]] (EFE).- El descarrilamiento del [[Elevador da Glória|PLACE]] en [[Lisboa|PLACE]] causó dieciséis muertos, entre ellos varios turistas extranjeros.
[[Roma|PLACE]] (EFE).- La primera ministra italiana, [[Giorgia Meloni|PERSON]], ha defendido el acuerdo migratorio con [[Albania|PLACE]] ante el [[Parlamento|ORG]].
[[Londres|PLACE]] (EFE).- El primer ministro británico, [[Keir Starmer|PERSON]], ha anunciado un endurecimiento de las normas de inmigración.
[[Berlín|PLACE]] (EFE).- El canciller alemán, [[Friedrich Merz|PERSON]], ha recibido en [[Berlín|PLACE]] a los líderes de [[Francia|PLACE]] y [[Polonia|PLACE]].
[[Pekín|PLACE]] (EFE).- El presidente chino, [[Xi Jinping|PERSON]], ha presidido un gran desfile militar en la [[plaza de Tiananmen|PLACE]].
[[Rabat|PLACE]] (EFE).- Miles de jóvenes se manifestaron en [[Rabat|PLACE]], [[Casablanca|PLACE]] y [[Agadir|PLACE]] para exigir mejores servicios de sanidad y educación.
[[Ciudad del Vaticano|PLACE]] (EFE).- El cardenal estadounidense [[Robert Francis Prevost|PERSON]] ha sido elegido papa y ha adoptado el nombre de [[León XIV|PERSON]].
[[Belém|PLACE]] (EFE).- La [[COP30|EVENT]] ha concluido con un acuerdo que los países más vulnerables consideran insuficiente.
Los dos mandatarios se despidieron sin anuncios concretos, aunque prometieron volver a reunirse en los próximos meses.
El alto el fuego sigue siendo frágil y se han registrado disparos esporádicos a lo largo de la jornada.
Las conversaciones indirectas se reanudarán la próxima semana, según una fuente diplomática.
El balance de víctimas podría aumentar en las próximas horas, advirtieron los servicios de emergencia.
Decenas de miles de personas han huido de sus hogares en las últimas dos semanas.
Las autoridades informaron del derribo de un centenar de drones durante la noche.
La votación se repetirá el próximo domingo en los colegios donde se detectaron irregularidades.
# economía y empresas
[[Madrid|PLACE]] (EFE).- El [[Banco Santander|ORG]] ha obtenido un beneficio récord de 6 833 millones de euros en el primer semestre, un 13 % más que hace un año.
[[Madrid|PLACE]] (EFE).- La presidenta del [[Santander|ORG]], [[Ana Botín|PERSON]], ha asegurado que la entidad no participará en nuevas fusiones en [[España|PLACE]].
[[Bilbao|PLACE]] (EFE).- El [[BBVA|ORG]] ha fracasado en su opa sobre el [[Banco Sabadell|ORG]] tras lograr solo el 25 % de aceptación.
[[Madrid|PLACE]] (EFE).- [[Inditex|ORG]], dueña de [[Zara|ORG]], ha elevado sus ventas un 5 % en el tercer trimestre, hasta 9 000 millones de euros.
[[Arteixo|PLACE]] (EFE).- La presidenta de [[Inditex|ORG]], [[Marta Ortega|PERSON]], ha presidido su última junta de accionistas en la sede de [[Arteixo|PLACE]].
[[Madrid|PLACE]] (EFE).- [[Telefónica|ORG]] ha presentado un ERE que afectará a 5 000 trabajadores, según han informado a [[EFE|ORG]] fuentes sindicales.
[[Madrid|PLACE]] (EFE).- El presidente de [[Iberdrola|ORG]], [[Ignacio Sánchez Galán|PERSON]], ha reclamado una retribución más alta para las redes eléctricas.
[[Madrid|PLACE]] (EFE).- [[Repsol|ORG]] ha reducido un 20 % su beneficio por la caída de los márgenes de refino.
[[Madrid|PLACE]] (EFE).- El Ibex 35 ha cerrado la sesión con una subida del 1,2 %, impulsado por la banca.
[[Madrid|PLACE]] (EFE).- El [[Instituto Nacional de Estadística|ORG]] ha confirmado que el IPC se moderó al 2,7 % en octubre.
[[Madrid|PLACE]] (EFE).- El paro registrado bajó en 45 000 personas en junio, según los datos publicados por el [[Ministerio de Trabajo y Economía Social|ORG]].
[[Madrid|PLACE]] (EFE).- La [[Seguridad Social|ORG]] ha superado por primera vez los 22 millones de afiliados.
[[Madrid|PLACE]] (EFE).- El [[Banco de España|ORG]] ha elevado su previsión de crecimiento para este año hasta el 2,6 %.
[[Madrid|PLACE]] (EFE).- La [[Autoridad Independiente de Responsabilidad Fiscal|ORG]] advierte de que el déficit público superará el objetivo del Gobierno.
[[Madrid|PLACE]] (EFE).- La [[Comisión Nacional de los Mercados y la Competencia|ORG]] ha multado con 77 millones a [[Renfe|ORG]] y [[Adif|ORG]] por prácticas anticompetitivas.
[[Madrid|PLACE]] (EFE).- La [[Comisión Nacional del Mercado de Valores|ORG]] ha suspendido la cotización de [[Grifols|ORG]] a la espera de un hecho relevante.
[[Barcelona|PLACE]] (EFE).- La farmacéutica [[Grifols|ORG]] ha cerrado la venta de una participación de su filial china por 1 600 millones de euros.
[[Valencia|PLACE]] (EFE).- [[Mercadona|ORG]], presidida por [[Juan Roig|PERSON]], ha abierto sus primeros supermercados en [[Portugal|PLACE]] fuera de la región norte.
[[Martorell|PLACE]] (EFE).- [[Seat|ORG]] ha iniciado la producción de coches eléctricos en su planta de [[Martorell|PLACE]].
[[Vigo|PLACE]] (EFE).- La planta de [[Stellantis|ORG]] en [[Vigo|PLACE]] ha batido su récord de producción con más de 500 000 vehículos.
[[Zaragoza|PLACE]] (EFE).- El grupo chino [[CATL|ORG]] y [[Stellantis|ORG]] construirán una gigafactoría de baterías en [[Figueruelas|PLACE]].
[[Sevilla|PLACE]] (EFE).- [[Airbus|ORG]] ha anunciado la contratación de 1 000 trabajadores para sus plantas de [[Sevilla|PLACE]], [[Getafe|PLACE]] e [[Illescas|PLACE]].
[[Madrid|PLACE]] (EFE).- [[Aena|ORG]] ha registrado 300 millones de pasajeros en sus aeropuertos, con [[Adolfo Suárez Madrid-Barajas|PLACE]] a la cabeza.
[[Madrid|PLACE]] (EFE).- [[Iberia|ORG]] ha anunciado nuevas rutas directas a [[Medellín|PLACE]] y [[Santo Domingo|PLACE]] a partir de marzo.
[[Madrid|PLACE]] (EFE).- El consejero delegado de [[Indra|ORG]], [[José Vicente de los Mozos|PERSON]], ha defendido la fusión con [[Escribano Mechanical & Engineering|ORG]].
[[Ciudad de México|PLACE]] (EFE).- La petrolera estatal [[Pemex|ORG]] ha reducido su deuda hasta 99 000 millones de dólares.
[[Ciudad de México|PLACE]] (EFE).- El magnate [[Carlos Slim|PERSON]] ha adquirido una participación en una petrolera británica que opera en el [[golfo de México|PLACE]].
[[Buenos Aires|PLACE]] (EFE).- La petrolera [[YPF|ORG]] ha anunciado inversiones de 5 000 millones de dólares en el yacimiento de [[Vaca Muerta|PLACE]].
[[Bogotá|PLACE]] (EFE).- [[Ecopetrol|ORG]] ha nombrado a un nuevo presidente tras la salida de [[Ricardo Roa|PERSON]].
[[Santiago de Chile|PLACE]] (EFE).- El precio del cobre ha alcanzado un máximo histórico, lo que beneficia a las cuentas de [[Codelco|ORG]].
[[Madrid|PLACE]] (EFE).- La feria [[Fitur|EVENT]] ha reunido a más de 9 000 empresas de 156 países en [[Ifema|PLACE]].
[[Barcelona|PLACE]] (EFE).- El [[Mobile World Congress|EVENT]] ha cerrado su edición con 109 000 asistentes y un impacto económico de 460 millones de euros.
El precio de la luz en el mercado mayorista ha caído un 40 % en la última semana gracias a la producción eólica.
Las exportaciones de aceite de oliva han crecido un 30 % en valor en los primeros nueve meses del año.
El Euríbor ha cerrado el mes en el 2,1 %, lo que abaratará las hipotecas variables.
El precio medio de la vivienda libre subió un 12 % interanual en el tercer trimestre.
La compañía ha anunciado un dividendo extraordinario de 0,50 euros por acción.
# trabajo
[[Madrid|PLACE]] (EFE).- Los secretarios generales de [[CCOO|ORG]], [[Unai Sordo|PERSON]], y de [[UGT|ORG]], [[Pepe Álvarez|PERSON]], han pedido al Gobierno que apruebe la reducción de jornada por decreto.
[[Madrid|PLACE]] (EFE).- El presidente de la [[CEOE|ORG]], [[Antonio Garamendi|PERSON]], ha rechazado la subida del salario mínimo propuesta por el Ministerio.
[[Madrid|PLACE]] (EFE).- El sindicato de maquinistas [[SEMAF|ORG]] ha convocado tres días de huelga en [[Renfe|ORG]] tras el accidente de [[Adamuz|PLACE]].
[[Madrid|PLACE]] (EFE).- Los médicos han secundado de forma masiva la huelga contra el estatuto marco convocada por el comité de huelga.
[[Barcelona|PLACE]] (EFE).- Los trabajadores del [[Metro de Barcelona|ORG]] han desconvocado la huelga prevista para el [[Mobile World Congress|EVENT]].
[[Sevilla|PLACE]] (EFE).- Los agricultores andaluces, convocados por [[Asaja|ORG]], [[COAG|ORG]] y [[UPA|ORG]], han cortado varias carreteras en protesta por el acuerdo con [[Mercosur|ORG]].
[[Vigo|PLACE]] (EFE).- Los trabajadores del metal de la provincia de [[Pontevedra|PLACE]] han firmado el convenio tras doce días de huelga.
[[Buenos Aires|PLACE]] (EFE).- Los gremios aeronáuticos han paralizado los vuelos de [[Aerolíneas Argentinas|ORG]] durante 24 horas.
El salario mínimo interprofesional subirá un 4,4 % hasta los 1 184 euros mensuales en catorce pagas.
La huelga ha tenido un seguimiento del 70 % en la enseñanza pública, según los sindicatos convocantes.
Los repartidores denuncian que siguen trabajando como falsos autónomos pese a la sentencia.
# justicia y sucesos
[[Madrid|PLACE]] (EFE).- El juez [[Juan Carlos Peinado|PERSON]] ha propuesto juzgar con jurado a [[Begoña Gómez|PERSON]], esposa del presidente del Gobierno.
[[Madrid|PLACE]] (EFE).- El [[Tribunal Supremo|ORG]] ha abierto juicio oral contra el exministro [[José Luis Ábalos|PERSON]] por el caso de las mascarillas.
[[Madrid|PLACE]] (EFE).- La [[Fiscalía Anticorrupción|ORG]] pide ocho años de cárcel para el comisionista [[Víctor de Aldama|PERSON]].
[[Madrid|PLACE]] (EFE).- La [[Audiencia Nacional|ORG]] ha condenado a 15 años de prisión al autor del ataque con machete en una iglesia de [[Algeciras|PLACE]].
[[Madrid|PLACE]] (EFE).- La [[Policía Nacional|ORG]] ha desarticulado una red que introducía cocaína en contenedores de plátanos a través del puerto de [[Valencia|PLACE]].
[[Madrid|PLACE]] (EFE).- La [[Guardia Civil|ORG]] ha detenido en [[Marbella|PLACE]] a uno de los líderes de una organización criminal neerlandesa.
[[Sevilla|PLACE]] (EFE).- La [[Audiencia Provincial de Sevilla|ORG]] ha condenado a 20 años de cárcel al hombre que mató a su expareja en [[Dos Hermanas|PLACE]].
[[Barcelona|PLACE]] (EFE).- El exfutbolista [[Dani Alves|PERSON]] ha sido absuelto por el [[Tribunal Superior de Justicia de Cataluña|ORG]].
[[Palma|PLACE]] (EFE).- El [[Juzgado de Instrucción número 3 de Palma|ORG]] investiga el derrumbe del restaurante de la [[Playa de Palma|PLACE]] que causó cuatro muertos.
[[Huelva|PLACE]] (EFE).- Dos guardias civiles murieron al ser embestidos por una narcolancha en el puerto de [[Barbate|PLACE]].
[[Málaga|PLACE]] (EFE).- La [[Policía Local de Málaga|ORG]] ha intervenido 300 kilos de pescado inmaduro en el [[mercado de Atarazanas|PLACE]].
[[Bilbao|PLACE]] (EFE).- El [[Juzgado de lo Penal número 2 de Bilbao|ORG]] ha condenado a dos aficionados por los disturbios previos al partido de la [[Liga Europa|EVENT]].
[[Ciudad de México|PLACE]] (EFE).- La [[Fiscalía General de la República|ORG]] ha detenido a un exgobernador de [[Tamaulipas|PLACE]] acusado de lavado de dinero.
[[Buenos Aires|PLACE]] (EFE).- Un tribunal oral ha condenado a prisión perpetua a los acusados del asesinato de [[Fernando Báez Sosa|PERSON]].
[[Bogotá|PLACE]] (EFE).- La [[Fiscalía General de la Nación|ORG]] ha imputado a un senador por presuntos vínculos con el [[Clan del Golfo|ORG]].
[[Madrid|PLACE]] (EFE).- Según fuentes de la investigación consultadas por [[EFE|ORG]], el detenido tenía antecedentes por violencia de género.
[[Madrid|PLACE]] (EFE).- El [[Tribunal Europeo de Derechos Humanos|ORG]] ha condenado a [[España|PLACE]] por la duración excesiva de un proceso judicial.
[[Luxemburgo|PLACE]] (EFE).- El [[Tribunal de Justicia de la Unión Europea|ORG]] ha avalado la multa impuesta a [[Google|ORG]] por abuso de posición dominante.
Un hombre de 42 años ha sido detenido como presunto autor de la muerte de su pareja en su domicilio.
La víctima, que presentaba heridas de arma blanca, fue trasladada al hospital en estado grave.
El conductor, que circulaba sin carné, se dio a la fuga tras el atropello.
El juicio se prolongará durante tres semanas y declararán más de cien testigos.
El acusado ha reconocido los hechos y ha aceptado una condena de dos años de prisión.
Los agentes hallaron en el domicilio más de 200 plantas de marihuana y dos armas de fuego.
# consumo y transporte
[[Madrid|PLACE]] (EFE).- [[Renfe|ORG]] ha cancelado los trenes entre [[Madrid|PLACE]] y [[Andalucía|PLACE]] por el robo de cable en la línea de alta velocidad.
[[Madrid|PLACE]] (EFE).- La [[Dirección General de Tráfico|ORG]] prevé 7,5 millones de desplazamientos por carretera durante el puente de diciembre.
[[Madrid|PLACE]] (EFE).- La [[Organización de Consumidores y Usuarios|ORG]] ha denunciado a varias aerolíneas por cobrar el equipaje de mano.
[[Madrid|PLACE]] (EFE).- [[Facua|ORG]] ha pedido la retirada de un lote de leche infantil tras la alerta de la [[Agencia Española de Seguridad Alimentaria y Nutrición|ORG]].
[[Barcelona|PLACE]] (EFE).- La línea 9 del metro, que conecta con el aeropuerto de [[El Prat|PLACE]], ha estado cortada durante cinco horas por una avería.
[[Madrid|PLACE]] (EFE).- La compañía [[Ouigo|ORG]] ha anunciado un nuevo servicio de alta velocidad entre [[Madrid|PLACE]] y [[Asturias|PLACE]].
El precio de los carburantes ha bajado por cuarta semana consecutiva, con el litro de gasóleo por debajo de 1,40 euros.
Los peajes de las autopistas subirán un 1,3 % a partir del 1 de enero.
# fútbol
[[Madrid|PLACE]] (EFE).- El [[Real Madrid|ORG]] ha ganado 2-1 al [[Barcelona|ORG]] en el [[Santiago Bernabéu|PLACE]] con goles de [[Kylian Mbappé|PERSON]] y [[Jude Bellingham|PERSON]].
[[Madrid|PLACE]] (EFE).- El entrenador del [[Real Madrid|ORG]], [[Xabi Alonso|PERSON]], ha reconocido que el equipo «no estuvo a la altura» en la segunda parte.
[[Barcelona|PLACE]] (EFE).- El [[FC Barcelona|ORG]] ha vuelto a jugar en el [[Spotify Camp Nou|PLACE]] tras más de dos años de obras.
[[Barcelona|PLACE]] (EFE).- El presidente del [[Barça|ORG]], [[Joan Laporta|PERSON]], ha anunciado la renovación de [[Lamine Yamal|PERSON]] hasta 2031.
[[Barcelona|PLACE]] (EFE).- [[Hansi Flick|PERSON]] ha dado descanso a [[Pedri|PERSON]] y [[Raphinha|PERSON]] para el partido de [[Copa del Rey|EVENT]] ante el [[Guadalajara|ORG]].
[[Madrid|PLACE]] (EFE).- El [[Atlético de Madrid|ORG]] de [[Diego Simeone|PERSON]] ha goleado 4-0 al [[Celta|ORG]] en el [[Metropolitano|PLACE]].
[[Bilbao|PLACE]] (EFE).- El [[Athletic Club|ORG]] ha caído eliminado de la [[Liga de Campeones|EVENT]] tras empatar sin goles en [[San Mamés|PLACE]].
[[Sevilla|PLACE]] (EFE).- El [[Real Betis|ORG]] ha perdido la final de la [[Conference League|EVENT]] ante el [[Chelsea|ORG]] en [[Breslavia|PLACE]].
[[Sevilla|PLACE]] (EFE).- El derbi entre el [[Sevilla|ORG]] y el [[Betis|ORG]] en el [[Ramón Sánchez-Pizjuán|PLACE]] terminó con empate a dos.
[[San Sebastián|PLACE]] (EFE).- La [[Real Sociedad|ORG]] ha anunciado el fichaje del delantero japonés [[Takefusa Kubo|PERSON]] por cinco temporadas.
[[Valencia|PLACE]] (EFE).- Cientos de aficionados del [[Valencia|ORG]] se concentraron ante [[Mestalla|PLACE]] para protestar contra el propietario del club, [[Peter Lim|PERSON]].
[[Vigo|PLACE]] (EFE).- [[Iago Aspas|PERSON]] ha marcado de penalti el gol de la victoria del [[Celta|ORG]] en [[Balaídos|PLACE]].
[[Villarreal|PLACE]] (EFE).- El [[Villarreal|ORG]] ha certificado su clasificación para la [[Liga de Campeones|EVENT]] con una victoria ante el [[Osasuna|ORG]].
[[Oviedo|PLACE]] (EFE).- El [[Real Oviedo|ORG]] ha regresado a [[Primera División|EVENT]] veinticuatro años después de su último descenso.
[[A Coruña|PLACE]] (EFE).- El [[Deportivo de La Coruña|ORG]] llenó [[Riazor|PLACE]] en el partido de vuelta de la promoción de ascenso.
[[Madrid|PLACE]] (EFE).- El seleccionador [[Luis de la Fuente|PERSON]] ha convocado por primera vez al defensa del [[Real Madrid|ORG]] [[Dean Huijsen|PERSON]].
[[Madrid|PLACE]] (EFE).- La [[Real Federación Española de Fútbol|ORG]] y el [[Consejo Superior de Deportes|ORG]] han pactado un nuevo código ético.
[[Madrid|PLACE]] (EFE).- El presidente de [[LaLiga|ORG]], [[Javier Tebas|PERSON]], ha anunciado que el partido entre el [[Villarreal|ORG]] y el [[Barcelona|ORG]] se jugará en [[Miami|PLACE]].
[[Madrid|PLACE]] (EFE).- El expresidente de la [[RFEF|ORG]] [[Luis Rubiales|PERSON]] ha sido condenado a pagar una multa por el beso no consentido a [[Jenni Hermoso|PERSON]].
[[Madrid|PLACE]] (EFE).- La selección española femenina, dirigida por [[Montse Tomé|PERSON]], ha ganado la [[Liga de Naciones|EVENT]] tras vencer a [[Francia|PLACE]] en la final.
[[Barcelona|PLACE]] (EFE).- La centrocampista del [[Barça|ORG]] [[Aitana Bonmatí|PERSON]] ha ganado su tercer Balón de Oro consecutivo.
[[Madrid|PLACE]] (EFE).- [[España|PLACE]], [[Portugal|PLACE]] y [[Marruecos|PLACE]] han presentado a la [[FIFA|ORG]] la lista definitiva de estadios para el [[Mundial de 2030|EVENT]].
[[Zúrich|PLACE]] (EFE).- La [[FIFA|ORG]] ha confirmado que la final del [[Mundial de 2030|EVENT]] se jugará en un estadio todavía por decidir.
[[Nyon|PLACE]] (EFE).- La [[UEFA|ORG]] ha sancionado al [[Atlético de Madrid|ORG]] con el cierre parcial de su estadio por cánticos racistas.
[[Buenos Aires|PLACE]] (EFE).- [[Boca Juniors|ORG]] y [[River Plate|ORG]] empataron 1-1 en un [[Superclásico|EVENT]] disputado en [[La Bombonera|PLACE]].
[[Buenos Aires|PLACE]] (EFE).- El seleccionador argentino, [[Lionel Scaloni|PERSON]], ha confirmado que [[Lionel Messi|PERSON]] estará en la lista para el [[Mundial|EVENT]].
[[Río de Janeiro|PLACE]] (EFE).- El [[Flamengo|ORG]] ha conquistado la [[Copa Libertadores|EVENT]] tras derrotar al [[Palmeiras|ORG]] en la final de [[Lima|PLACE]].
[[Ciudad de México|PLACE]] (EFE).- El [[Estadio Azteca|PLACE]] acogerá el partido inaugural del [[Mundial de 2026|EVENT]], el tercero que se disputa en [[México|PLACE]].
[[Santiago de Chile|PLACE]] (EFE).- El [[Colo-Colo|ORG]] ha destituido a su entrenador tras la eliminación en la [[Copa Sudamericana|EVENT]].
[[Bogotá|PLACE]] (EFE).- El delantero colombiano [[Luis Díaz|PERSON]] ha marcado dos goles en la victoria de [[Colombia|PLACE]] ante [[Venezuela|PLACE]].
El partido estuvo detenido durante diez minutos por el lanzamiento de objetos al terreno de juego.
El delantero sufre una rotura del ligamento cruzado y estará de baja al menos seis meses.
El club ha hecho oficial la llegada de un centrocampista de 21 años por 40 millones de euros.
El equipo suma cinco jornadas sin ganar y ocupa puestos de descenso.
La afición despidió al capitán con una ovación que duró varios minutos.
# tenis, motor, ciclismo
[[París|PLACE]] (EFE).- [[Carlos Alcaraz|PERSON]] ha conquistado [[Roland Garros|EVENT]] tras remontar dos sets a [[Jannik Sinner|PERSON]] en una final de más de cinco horas.
[[Nueva York|PLACE]] (EFE).- [[Carlos Alcaraz|PERSON]] ha ganado el [[Abierto de Estados Unidos|EVENT]] y ha recuperado el número uno del mundo.
[[Madrid|PLACE]] (EFE).- [[Rafael Nadal|PERSON]] ha recibido un homenaje en la [[Caja Mágica|PLACE]] durante el [[Mutua Madrid Open|EVENT]].
[[Málaga|PLACE]] (EFE).- [[España|PLACE]] ha quedado eliminada en cuartos de final de la [[Copa Davis|EVENT]] ante los [[Países Bajos|PLACE]].
[[Barcelona|PLACE]] (EFE).- El noruego [[Casper Ruud|PERSON]] ha ganado el [[Conde de Godó|EVENT]] en la pista central del [[Real Club de Tenis Barcelona|ORG]].
[[Montmeló|PLACE]] (EFE).- [[Fernando Alonso|PERSON]] ha terminado noveno en el [[Gran Premio de España|EVENT]] disputado en el [[Circuit de Barcelona-Catalunya|PLACE]].
[[Madrid|PLACE]] (EFE).- El piloto madrileño [[Carlos Sainz|PERSON]] ha logrado su primer podio con [[Williams|ORG]] en el [[Gran Premio de Azerbaiyán|EVENT]].
[[Cheste|PLACE]] (EFE).- [[Marc Márquez|PERSON]] ha celebrado en el [[Circuit Ricardo Tormo|PLACE]] su noveno título mundial con [[Ducati|ORG]].
[[Yeda|PLACE]] (EFE).- [[Carlos Sainz|PERSON]] padre ha abandonado el [[Rally Dakar|EVENT]] tras sufrir una avería en la cuarta etapa.
[[Madrid|PLACE]] (EFE).- La [[Vuelta a España|EVENT]] terminó sin ceremonia de podio en [[Madrid|PLACE]] por las protestas propalestinas.
[[Madrid|PLACE]] (EFE).- El danés [[Jonas Vingegaard|PERSON]] ha ganado la [[Vuelta|EVENT]] por delante del portugués [[João Almeida|PERSON]].
[[Barcelona|PLACE]] (EFE).- La salida del [[Tour de Francia|EVENT]] de 2026 tendrá lugar en [[Barcelona|PLACE]] con una contrarreloj por equipos en [[Montjuïc|PLACE]].
[[Bogotá|PLACE]] (EFE).- El colombiano [[Egan Bernal|PERSON]] ha ganado una etapa del [[Giro de Italia|EVENT]] tres años después de su grave accidente.
El piloto tuvo que abandonar a falta de diez vueltas por un problema en la caja de cambios.
La etapa reina se disputará el sábado con final en alto y más de 4 000 metros de desnivel.
# baloncesto, atletismo y otros
[[Madrid|PLACE]] (EFE).- El [[Real Madrid|ORG]] se ha proclamado campeón de la [[Liga ACB|EVENT]] tras vencer al [[Valencia Basket|ORG]] en el quinto partido.
[[Málaga|PLACE]] (EFE).- El [[Unicaja|ORG]] ha conquistado la [[Copa del Rey|EVENT]] de baloncesto en el [[Martín Carpena|PLACE]].
[[Vitoria|PLACE]] (EFE).- El [[Baskonia|ORG]] ha fichado al base argentino [[Facundo Campazzo|PERSON]] para las dos próximas temporadas.
[[Tokio|PLACE]] (EFE).- La marchadora [[María Pérez|PERSON]] ha ganado el oro en los 35 kilómetros del [[Mundial de Atletismo|EVENT]].
[[Madrid|PLACE]] (EFE).- La saltadora gallega [[Ana Peleteiro|PERSON]] ha anunciado su retirada tras una grave lesión en el tendón de Aquiles.
[[Valencia|PLACE]] (EFE).- El keniano [[Sebastian Sawe|PERSON]] ha ganado el [[Maratón de Valencia|EVENT]] con la mejor marca mundial del año.
[[Pamplona|PLACE]] (EFE).- El [[Osasuna|ORG]] ha anunciado la ampliación de [[El Sadar|PLACE]] hasta los 25 000 espectadores.
[[Madrid|PLACE]] (EFE).- El luchador hispano-georgiano [[Ilia Topuria|PERSON]] ha conquistado el título de peso ligero de la [[UFC|ORG]].
[[Madrid|PLACE]] (EFE).- El golfista [[Jon Rahm|PERSON]] ha liderado al equipo europeo en la [[Ryder Cup|EVENT]] disputada en [[Nueva York|PLACE]].
[[Sierra Nevada|PLACE]] (EFE).- La estación de esquí ha abierto la temporada con 40 kilómetros de pistas esquiables.
[[Madrid|PLACE]] (EFE).- El [[Comité Olímpico Español|ORG]] ha presentado la candidatura de [[Madrid|PLACE]] para organizar los [[Juegos Olímpicos|EVENT]] de 2036.
[[Milán|PLACE]] (EFE).- El patinador [[Tomás Guarino|PERSON]] ha terminado séptimo en los [[Juegos Olímpicos de Invierno|EVENT]].
[[Madrid|PLACE]] (EFE).- La [[Agencia Mundial Antidopaje|ORG]] ha sancionado con dos años a un ciclista español por un positivo por EPO.
[[Lima|PLACE]] (EFE).- La capital peruana acogerá los [[Juegos Panamericanos|EVENT]] de 2027 tras la renuncia de [[Barranquilla|PLACE]].
[[Madrid|PLACE]] (EFE).- La [[San Silvestre Vallecana|EVENT]] reunió a más de 40 000 corredores en las calles de [[Vallecas|PLACE]].
[[Pamplona|PLACE]] (EFE).- Los [[Sanfermines|EVENT]] se han cerrado con el tradicional «Pobre de mí» en la [[plaza del Ayuntamiento|PLACE]].
[[Madrid|PLACE]] (EFE).- El [[Mutua Madrid Open|EVENT]] ha batido su récord de asistencia con más de 350 000 espectadores.
[[Mar del Plata|PLACE]] (EFE).- La selección argentina de rugby, [[Los Pumas|ORG]], ha vencido por primera vez a los [[All Blacks|ORG]] en suelo argentino.
El atleta mejoró en quince centímetros su marca personal y logró la mejor marca mundial del año.
La tenista se retiró en el segundo set por unas molestias en el hombro.
El boxeador retuvo el cinturón de los pesos pesados tras un combate muy igualado.
El récord del mundo se mantenía desde hacía más de veinte años.
La organización tuvo que recortar el recorrido por la falta de nieve en la parte alta.
El equipo encadena diez victorias consecutivas, un récord en la historia del club.
El combinado nacional sella su billete para el torneo final con una victoria en el último partido.
# cultura y medios
[[San Sebastián|PLACE]] (EFE).- La Concha de Oro del [[Festival de Cine de San Sebastián|EVENT]] ha sido para la película de la directora [[Carla Simón|PERSON]].
[[Granada|PLACE]] (EFE).- La película «El 47» ha arrasado en la gala de los [[Premios Goya|EVENT]], celebrada en el [[Palacio de Congresos de Granada|PLACE]].
[[Madrid|PLACE]] (EFE).- El cineasta [[Pedro Almodóvar|PERSON]] ha comenzado el rodaje de su nueva película en [[Lanzarote|PLACE]].
[[Madrid|PLACE]] (EFE).- La cantante [[Rosalía|PERSON]] ha anunciado una gira mundial que arrancará en [[Lyon|PLACE]] y pasará por [[Madrid|PLACE]] y [[Barcelona|PLACE]].
[[San Juan|PLACE]] (EFE).- [[Bad Bunny|PERSON]] ha cerrado en el [[Coliseo de Puerto Rico|PLACE]] una residencia de treinta conciertos que reunió a 600 000 personas.
[[Sevilla|PLACE]] (EFE).- Los [[Latin Grammy|EVENT]] se celebrarán por segunda vez en [[Sevilla|PLACE]], en el [[FIBES|PLACE]].
[[Madrid|PLACE]] (EFE).- El [[Museo del Prado|ORG]] ha recibido en donación un retrato inédito atribuido a [[Goya|PERSON]].
[[Madrid|PLACE]] (EFE).- El [[Museo Reina Sofía|ORG]] ha reordenado su colección permanente en torno al «Guernica» de [[Picasso|PERSON]].
[[Bilbao|PLACE]] (EFE).- El [[Museo Guggenheim Bilbao|ORG]] ha batido su récord de visitantes con más de 1,3 millones de entradas.
[[Madrid|PLACE]] (EFE).- La [[Real Academia Española|ORG]] ha incorporado al diccionario palabras como «dana» y «perrhijo».
[[Madrid|PLACE]] (EFE).- El escritor peruano [[Mario Vargas Llosa|PERSON]], premio Nobel de Literatura, ha muerto en [[Lima|PLACE]] a los 89 años.
[[Alcalá de Henares|PLACE]] (EFE).- El rey ha entregado el Premio Cervantes al escritor [[Álvaro Pombo|PERSON]] en el paraninfo de la [[Universidad de Alcalá|ORG]].
[[Oviedo|PLACE]] (EFE).- La princesa de Asturias ha presidido en el [[Teatro Campoamor|PLACE]] la ceremonia de los [[Premios Princesa de Asturias|EVENT]].
[[Madrid|PLACE]] (EFE).- La [[Feria del Libro de Madrid|EVENT]] ha abierto sus casetas en el [[Retiro|PLACE]] con más de 350 expositores.
[[Guadalajara|PLACE]] (EFE).- La [[Feria Internacional del Libro de Guadalajara|EVENT]] ha tenido a [[España|PLACE]] como invitada de honor.
[[Madrid|PLACE]] (EFE).- [[RTVE|ORG]] ha confirmado que no participará en [[Eurovisión|EVENT]] si lo hace [[Israel|PLACE]].
[[Benidorm|PLACE]] (EFE).- La cantante [[Melody|PERSON]] ha ganado el [[Benidorm Fest|EVENT]] y representará a [[España|PLACE]] en [[Basilea|PLACE]].
[[Barcelona|PLACE]] (EFE).- El [[Primavera Sound|EVENT]] ha reunido a 250 000 personas en el [[Parc del Fòrum|PLACE]].
[[Madrid|PLACE]] (EFE).- El periodista [[Jordi Évole|PERSON]] estrena en [[La Sexta|ORG]] un documental sobre la dana de [[Valencia|PLACE]].
[[Madrid|PLACE]] (EFE).- El diario [[El País|ORG]] ha nombrado a una nueva directora, la primera mujer en el cargo en cincuenta años.
[[Barcelona|PLACE]] (EFE).- Según una encuesta publicada por [[La Vanguardia|ORG]], el [[PSC|ORG]] ganaría las elecciones catalanas con holgura.
[[Barcelona|PLACE]] (EFE).- El [[Gran Teatre del Liceu|ORG]] ha presentado una temporada con doce óperas, entre ellas una de [[Wagner|PERSON]].
[[Ciudad de México|PLACE]] (EFE).- El director [[Guillermo del Toro|PERSON]] ha presentado en el [[Festival de Venecia|EVENT]] su versión de «Frankenstein».
[[Buenos Aires|PLACE]] (EFE).- El actor [[Ricardo Darín|PERSON]] ha protagonizado la adaptación de «El Eternauta» para [[Netflix|ORG]].
[[Bogotá|PLACE]] (EFE).- La cantante [[Shakira|PERSON]] ha llenado tres noches el estadio [[El Campín|PLACE]] de [[Bogotá|PLACE]].
[[Madrid|PLACE]] (EFE).- La feria de arte contemporáneo [[ARCO|EVENT]] ha cerrado con ventas superiores a las del año pasado.
[[Cádiz|PLACE]] (EFE).- El concurso de agrupaciones del [[Carnaval de Cádiz|EVENT]] se celebra un año más en el [[Gran Teatro Falla|PLACE]].
La película ha superado el millón de espectadores en sus tres primeras semanas en cartelera.
La novela ha vendido más de 300 000 ejemplares, según la editorial.
La serie tendrá una tercera temporada, cuyo rodaje comenzará en otoño.
La exposición podrá visitarse hasta el 15 de enero y después viajará a varias ciudades europeas.
El concierto se suspendió a última hora por las fuertes rachas de viento.
# ciencia y tecnología
[[Madrid|PLACE]] (EFE).- Investigadores del [[Consejo Superior de Investigaciones Científicas|ORG]] han descubierto una nueva especie de dinosaurio en [[Teruel|PLACE]].
[[Madrid|PLACE]] (EFE).- El [[Centro Nacional de Investigaciones Oncológicas|ORG]] ha identificado un mecanismo que permite a los tumores de páncreas resistir la quimioterapia.
[[Barcelona|PLACE]] (EFE).- El [[Barcelona Supercomputing Center|ORG]] ha puesto en marcha el superordenador MareNostrum 5, uno de los más potentes de [[Europa|PLACE]].
[[Santa Cruz de Tenerife|PLACE]] (EFE).- El [[Instituto de Astrofísica de Canarias|ORG]] ha detectado un exoplaneta similar a la Tierra con el telescopio del [[Roque de los Muchachos|PLACE]].
[[Sevilla|PLACE]] (EFE).- La [[Agencia Espacial Española|ORG]] ha inaugurado su sede en [[Sevilla|PLACE]].
[[Granada|PLACE]] (EFE).- Un equipo de la [[Universidad de Granada|ORG]] ha desarrollado un sistema de inteligencia artificial para detectar incendios forestales.
[[Madrid|PLACE]] (EFE).- [[Telefónica|ORG]] y [[Indra|ORG]] firmarán una alianza para desarrollar satélites de comunicaciones militares.
[[Ciudad de México|PLACE]] (EFE).- Científicos de la [[UNAM|ORG]] han documentado el hundimiento de la capital mexicana a un ritmo de 40 centímetros al año.
[[Santiago de Chile|PLACE]] (EFE).- El [[Observatorio Vera Rubin|PLACE]], en el desierto de [[Atacama|PLACE]], ha publicado sus primeras imágenes del cielo austral.
Los resultados del ensayo clínico se publicarán en las próximas semanas en una revista científica.
El hallazgo podría ayudar a desarrollar nuevos tratamientos contra la enfermedad.
# salud
[[Madrid|PLACE]] (EFE).- La ministra de Sanidad, [[Mónica García|PERSON]], ha anunciado que la mascarilla será obligatoria en los centros sanitarios durante el pico de gripe.
[[Madrid|PLACE]] (EFE).- La [[Agencia Española de Medicamentos y Productos Sanitarios|ORG]] ha ordenado la retirada de varios lotes de un antibiótico infantil.
[[Madrid|PLACE]] (EFE).- La [[Organización Nacional de Trasplantes|ORG]] ha informado de que [[España|PLACE]] ha vuelto a batir su récord de donantes.
[[Madrid|PLACE]] (EFE).- La [[Sociedad Española de Neumología y Cirugía Torácica|ORG]] alerta del aumento del consumo de cigarrillos electrónicos entre adolescentes.
[[Madrid|PLACE]] (EFE).- La [[Sociedad Española de Cardiología|ORG]] recomienda reducir el consumo de sal a menos de cinco gramos al día.
[[Madrid|PLACE]] (EFE).- La [[Asociación Española Contra el Cáncer|ORG]] ha pedido un plan nacional de cribado del cáncer de pulmón.
[[Madrid|PLACE]] (EFE).- Los médicos del [[Hospital 12 de Octubre|ORG]] han realizado el primer trasplante de útero de donante fallecida en [[España|PLACE]].
[[Barcelona|PLACE]] (EFE).- El [[Hospital Vall d'Hebron|ORG]] ha logrado que un paciente con lesión medular recupere la movilidad gracias a un implante.
[[Sevilla|PLACE]] (EFE).- El [[Servicio Andaluz de Salud|ORG]] ha reconocido fallos en el sistema de cribado de cáncer de mama.
[[Valencia|PLACE]] (EFE).- El [[Hospital La Fe|ORG]] ha abierto una unidad especializada en enfermedades raras infantiles.
[[Santiago de Compostela|PLACE]] (EFE).- El [[Sergas|ORG]] ha contratado a 200 médicos de familia para reducir las listas de espera en atención primaria.
[[Ginebra|PLACE]] (EFE).- La [[Organización Mundial de la Salud|ORG]] ha declarado que el brote de mpox ya no constituye una emergencia internacional.
[[Ciudad de México|PLACE]] (EFE).- El [[Instituto Mexicano del Seguro Social|ORG]] ha lanzado una campaña de vacunación contra el sarampión.
[[Lima|PLACE]] (EFE).- El [[Ministerio de Salud|ORG]] de [[Perú|PLACE]] ha declarado la emergencia sanitaria en tres regiones por el dengue.
[[Madrid|PLACE]] (EFE).- La consejera de Sanidad de la [[Comunidad de Madrid|PLACE]], [[Fátima Matute|PERSON]], ha presentado el plan de invierno de los hospitales.
Los casos de sarampión se han triplicado en un año, un aumento que los expertos atribuyen a la caída de la vacunación.
Las urgencias pediátricas están saturadas desde principios de mes por la bronquiolitis.
El fármaco, ya autorizado en otros países, podría llegar a las farmacias en primavera.
Los investigadores siguieron a más de 12 000 pacientes durante diez años.
La lista de espera quirúrgica supera los 800 000 pacientes, la cifra más alta de la serie histórica.
Los centros de salud ampliarán su horario durante las fiestas navideñas.
# educación
[[Madrid|PLACE]] (EFE).- La [[Universidad Complutense de Madrid|ORG]] ha suspendido las clases en la facultad de Medicina por una avería eléctrica.
[[Salamanca|PLACE]] (EFE).- La [[Universidad de Salamanca|ORG]] ha celebrado su 807 aniversario con la investidura de cinco doctores honoris causa.
[[Barcelona|PLACE]] (EFE).- La [[Universidad Pompeu Fabra|ORG]] encabeza por segundo año el ranking de universidades españolas.
[[Madrid|PLACE]] (EFE).- La ministra de Educación, [[Pilar Alegría|PERSON]], ha anunciado 3 000 nuevas plazas de Formación Profesional.
[[Buenos Aires|PLACE]] (EFE).- Miles de estudiantes marcharon en defensa de la universidad pública convocados por la [[Universidad de Buenos Aires|ORG]].
Los alumnos de bachillerato realizarán la nueva prueba de acceso a la universidad a partir de junio.
El último informe internacional sitúa a los alumnos por debajo de la media europea en matemáticas.
# tiempo y medio ambiente
[[Madrid|PLACE]] (EFE).- La [[Agencia Estatal de Meteorología|ORG]] ha activado el aviso rojo por lluvias torrenciales en el litoral de [[Valencia|PLACE]] y [[Castellón|PLACE]].
[[Madrid|PLACE]] (EFE).- La [[Aemet|ORG]] ha confirmado que el pasado verano fue el más cálido desde que existen registros en [[España|PLACE]].
[[Valencia|PLACE]] (EFE).- La riada dejó más de 220 muertos en la provincia de [[Valencia|PLACE]], la mayoría en los municipios de [[Paiporta|PLACE]], [[Catarroja|PLACE]] y [[Alfafar|PLACE]].
[[Valencia|PLACE]] (EFE).- La [[Confederación Hidrográfica del Júcar|ORG]] ha aprobado las obras de encauzamiento del barranco del [[Poyo|PLACE]].
[[Zaragoza|PLACE]] (EFE).- La crecida del [[Ebro|PLACE]] a su paso por [[Zaragoza|PLACE]] ha obligado a cerrar los parques de la ribera.
[[Sevilla|PLACE]] (EFE).- Los embalses de la cuenca del [[Guadalquivir|PLACE]] han alcanzado su mayor nivel de los últimos cinco años tras las lluvias de marzo.
[[Huelva|PLACE]] (EFE).- La [[Estación Biológica de Doñana|ORG]] alerta de que las lagunas del parque nacional de [[Doñana|PLACE]] siguen secas en pleno invierno.
[[Murcia|PLACE]] (EFE).- Miles de peces muertos han aparecido en las orillas del [[Mar Menor|PLACE]] por la falta de oxígeno en el agua.
[[Ourense|PLACE]] (EFE).- Los incendios de agosto han calcinado más de 100 000 hectáreas en [[Galicia|PLACE]] y [[Castilla y León|PLACE]].
[[León|PLACE]] (EFE).- El fuego de [[Las Médulas|PLACE]] ha dañado parte del paraje declarado patrimonio mundial por la [[Unesco|ORG]].
[[Cáceres|PLACE]] (EFE).- La [[Unidad Militar de Emergencias|ORG]] se ha desplegado en el valle del [[Jerte|PLACE]] para combatir las llamas.
[[Tarragona|PLACE]] (EFE).- Las playas del [[Delta del Ebro|PLACE]] han perdido 30 metros de arena en un solo temporal.
[[Bilbao|PLACE]] (EFE).- [[Euskalmet|ORG]] ha decretado la alerta naranja por olas de hasta siete metros en la costa vasca.
[[Granada|PLACE]] (EFE).- La nieve ha obligado a cortar el acceso a [[Sierra Nevada|PLACE]] y a embolsar a cientos de camiones en la [[A-44|PLACE]].
[[Santa Cruz de La Palma|PLACE]] (EFE).- Cuatro años después de la erupción del volcán de [[Tajogaite|PLACE]], cientos de familias siguen sin vivienda definitiva.
[[Madrid|PLACE]] (EFE).- [[Greenpeace|ORG]] y [[Ecologistas en Acción|ORG]] han recurrido ante el [[Tribunal Supremo|ORG]] el plan de regadío del [[Tajo|PLACE]].
[[Madrid|PLACE]] (EFE).- La [[Sociedad Española de Ornitología|ORG]] ha detectado un descenso del 30 % de las aves agrícolas en dos décadas.
[[Ciudad de México|PLACE]] (EFE).- La [[Comisión Nacional del Agua|ORG]] ha decretado la emergencia por sequía en 16 estados del norte del país.
[[Manaos|PLACE]] (EFE).- El [[Amazonas|PLACE]] ha registrado su nivel más bajo en más de un siglo, dejando aisladas a cientos de comunidades.
[[Santiago de Chile|PLACE]] (EFE).- La sequía que sufre la zona central de [[Chile|PLACE]] ya se prolonga durante quince años consecutivos.
Las temperaturas superarán los 40 grados en el sur peninsular hasta el fin de semana.
Se esperan rachas de viento de hasta 110 kilómetros por hora en el litoral.
La nieve ha caído en abundancia en las zonas de montaña y el riesgo de aludes es alto.
Las restricciones de agua se han ampliado a más de la mitad de los municipios de la provincia.
El episodio de calor se prolongará al menos hasta el próximo martes, según los meteorólogos.
# sucesos y emergencias
[[Córdoba|PLACE]] (EFE).- Al menos 45 personas murieron en el descarrilamiento de dos trenes de alta velocidad cerca de [[Adamuz|PLACE]].
[[Madrid|PLACE]] (EFE).- Un apagón eléctrico dejó sin luz durante horas a toda la [[península ibérica|PLACE]], según [[Red Eléctrica|ORG]].
[[Madrid|PLACE]] (EFE).- Los bomberos han rescatado a tres personas atrapadas tras el derrumbe de un edificio en el barrio de [[Tetuán|PLACE]].
[[Barcelona|PLACE]] (EFE).- Un incendio en un bloque de viviendas de [[Badalona|PLACE]] ha dejado decenas de familias sin hogar.
[[Palma|PLACE]] (EFE).- Cuatro personas murieron en el derrumbe del [[Medusa Beach|PLACE]], un restaurante de la [[Playa de Palma|PLACE]].
[[Oviedo|PLACE]] (EFE).- Dos mineros han muerto en una explosión en la mina de [[Cerredo|PLACE]], en el concejo de [[Degaña|PLACE]].
[[Almería|PLACE]] (EFE).- [[Salvamento Marítimo|ORG]] ha rescatado a 47 personas de una patera a la deriva al sur del [[Cabo de Gata|PLACE]].
[[Ceuta|PLACE]] (EFE).- Decenas de menores marroquíes han llegado a nado a [[Ceuta|PLACE]] aprovechando la niebla.
[[Melilla|PLACE]] (EFE).- La [[Guardia Civil|ORG]] ha frustrado un intento de salto a la valla fronteriza con [[Marruecos|PLACE]].
[[Huesca|PLACE]] (EFE).- Un montañero ha fallecido tras sufrir una caída en el pico [[Aneto|PLACE]], en el [[Pirineo|PLACE]] oscense.
[[Santander|PLACE]] (EFE).- El [[Servicio de Emergencias de Cantabria|ORG]] ha rescatado a dos espeleólogos en una cueva de [[Ramales de la Victoria|PLACE]].
[[Santo Domingo|PLACE]] (EFE).- El [[Centro de Operaciones de Emergencia|ORG]] ha declarado la alerta roja en nueve provincias por el paso del huracán.
Un hombre de 56 años murió este domingo al ser arrollado por un tren en un paso a nivel.
Dos jóvenes resultaron heridos graves en un accidente de moto en la carretera de la costa.
El incendio fue controlado tras varias horas de trabajo, aunque la cubierta quedó totalmente destruida.
El cuerpo fue hallado por unos paseantes a última hora de la tarde.
Los bomberos desalojaron de madrugada a una treintena de vecinos.
Se ha abierto una investigación para determinar las causas del accidente.
# sociedad
[[Madrid|PLACE]] (EFE).- Cientos de miles de personas participaron en el desfile del [[Orgullo|EVENT]] por el centro de [[Madrid|PLACE]], con salida en la [[glorieta de Atocha|PLACE]].
[[Madrid|PLACE]] (EFE).- Miles de personas se manifestaron en más de cuarenta ciudades para exigir el acceso a una vivienda digna, convocadas por el [[Sindicato de Inquilinas|ORG]].
[[Barcelona|PLACE]] (EFE).- Vecinos de la [[Barceloneta|PLACE]] han disparado con pistolas de agua a los turistas en una protesta contra la masificación.
[[Madrid|PLACE]] (EFE).- El [[Instituto Nacional de Estadística|ORG]] ha informado de que la población de [[España|PLACE]] ha superado los 49 millones de habitantes.
[[Madrid|PLACE]] (EFE).- [[Cáritas|ORG]] ha alertado de que uno de cada cinco hogares tiene dificultades para pagar la vivienda.
[[Madrid|PLACE]] (EFE).- La [[ONCE|ORG]] ha repartido un premio de 35 millones de euros en el sorteo del cupón extra de verano.
[[Madrid|PLACE]] (EFE).- El sorteo extraordinario de la [[Lotería de Navidad|EVENT]] ha repartido el Gordo en [[Logroño|PLACE]] y [[Villajoyosa|PLACE]].
[[Pamplona|PLACE]] (EFE).- El primer encierro de los [[Sanfermines|EVENT]] ha sido rápido y limpio, con dos heridos por contusiones.
[[Valencia|PLACE]] (EFE).- Las [[Fallas|EVENT]] han culminado con la cremà de la falla municipal en la [[plaza del Ayuntamiento|PLACE]].
[[Sevilla|PLACE]] (EFE).- La [[Feria de Abril|EVENT]] ha recibido a más de medio millón de visitantes en su primer fin de semana.
[[Buñol|PLACE]] (EFE).- Unas 22 000 personas participaron en la [[Tomatina|EVENT]], con 120 toneladas de tomates.
[[Santa Cruz de Tenerife|PLACE]] (EFE).- El [[Carnaval de Santa Cruz de Tenerife|EVENT]] ha elegido a su reina en una gala celebrada en el recinto ferial.
[[Ciudad de México|PLACE]] (EFE).- Miles de personas desfilaron por el [[paseo de la Reforma|PLACE]] en el desfile del Día de Muertos.
[[Bogotá|PLACE]] (EFE).- Miles de mujeres marcharon por el centro de [[Bogotá|PLACE]] para exigir el fin de los feminicidios.
La mayoría de los jóvenes no se emancipa hasta pasados los 30 años, según el informe.
El número de nacimientos ha caído por décimo año consecutivo.
Los precios del alquiler han subido un 11 % en el último año en las grandes ciudades.
# religión
[[Ciudad del Vaticano|PLACE]] (EFE).- El papa [[Francisco|PERSON]] ha muerto a los 88 años, según ha informado la [[Santa Sede|ORG]].
[[Madrid|PLACE]] (EFE).- La [[Conferencia Episcopal Española|ORG]] ha aprobado un plan para indemnizar a las víctimas de abusos en la [[Iglesia|ORG]].
[[Santiago de Compostela|PLACE]] (EFE).- Más de 500 000 peregrinos han llegado a [[Santiago de Compostela|PLACE]] este año por el [[Camino de Santiago|PLACE]].
[[Sevilla|PLACE]] (EFE).- La lluvia ha obligado a suspender la salida de varias cofradías durante la Semana Santa.
[[Madrid|PLACE]] (EFE).- El [[Valle de Cuelgamuros|PLACE]] será resignificado con un centro de interpretación, según el acuerdo con la [[Santa Sede|ORG]].
Miles de fieles asistieron a la misa del gallo en una catedral abarrotada.
# varios
[[Madrid|PLACE]] (EFE).- Un grupo de turistas ha sido multado por bañarse en la [[fuente de Cibeles|PLACE]] tras la victoria del [[Real Madrid|ORG]].
[[Toledo|PLACE]] (EFE).- La [[catedral de Toledo|PLACE]] ha recuperado el color original de su retablo mayor tras dos años de restauración.
[[Granada|PLACE]] (EFE).- La [[Alhambra|PLACE]] ha limitado las visitas nocturnas para proteger los palacios nazaríes.
[[Barcelona|PLACE]] (EFE).- La [[Sagrada Familia|PLACE]] ha terminado la torre de Jesucristo, que la convierte en la iglesia más alta del mundo.
[[Córdoba|PLACE]] (EFE).- Un incendio en la [[Mezquita-Catedral de Córdoba|PLACE]] obligó a desalojar a los visitantes, sin causar daños graves.
[[Segovia|PLACE]] (EFE).- El [[Acueducto de Segovia|PLACE]] será iluminado con un nuevo sistema de bajo consumo.
[[Madrid|PLACE]] (EFE).- El [[parque del Retiro|PLACE]] permanecerá cerrado este fin de semana por las fuertes rachas de viento.
El festival ha anunciado que la próxima edición se celebrará en tres días en lugar de cuatro.
Las entradas se agotaron en menos de una hora tras abrirse la venta.
# variado: política, economía, sociedad en regiones
[[Toledo|PLACE]] (EFE).- El Gobierno de [[Emiliano García-Page|PERSON]] ha aprobado un decreto para agilizar la instalación de placas solares en viviendas.
[[Valladolid|PLACE]] (EFE).- El presidente de la [[Junta de Castilla y León|ORG]], [[Alfonso Fernández Mañueco|PERSON]], ha convocado elecciones autonómicas para marzo.
[[Mérida|PLACE]] (EFE).- La [[Asamblea de Extremadura|ORG]] ha rechazado la enmienda a la totalidad presentada por el [[PSOE|ORG]] contra los presupuestos.
[[Badajoz|PLACE]] (EFE).- Los regantes de las [[Vegas del Guadiana|PLACE]] han reclamado a la [[Confederación Hidrográfica del Guadiana|ORG]] más dotación de agua.
[[Almaraz|PLACE]] (EFE).- Las eléctricas propietarias de la central nuclear de [[Almaraz|PLACE]] han pedido al [[Consejo de Seguridad Nuclear|ORG]] prolongar su vida útil.
[[Soria|PLACE]] (EFE).- La plataforma [[Soria ¡Ya!|ORG]] ha denunciado el cierre de otra línea de autobús en la comarca de [[Tierras Altas|PLACE]].
[[Teruel|PLACE]] (EFE).- [[Teruel Existe|ORG]] ha pedido al Ministerio que incluya la autovía [[A-68|PLACE]] en los presupuestos del próximo año.
[[Cuenca|PLACE]] (EFE).- El temporal de nieve ha dejado incomunicados a una veintena de pueblos de la [[Serranía de Cuenca|PLACE]].
[[Jaén|PLACE]] (EFE).- La cosecha de aceituna en la provincia de [[Jaén|PLACE]] superará las 600 000 toneladas, según [[Asaja|ORG]].
[[Almería|PLACE]] (EFE).- Los agricultores de [[El Ejido|PLACE]] han denunciado la competencia desleal del tomate importado de [[Marruecos|PLACE]].
[[Huelva|PLACE]] (EFE).- La naviera [[Baleària|ORG]] ha estrenado una nueva línea entre [[Huelva|PLACE]] y [[Canarias|PLACE]].
[[Cádiz|PLACE]] (EFE).- Los astilleros de [[Navantia|ORG]] en [[Puerto Real|PLACE]] construirán dos buques para la [[Armada|ORG]].
[[Ferrol|PLACE]] (EFE).- El comité de empresa de [[Navantia|ORG]] en [[Ferrol|PLACE]] ha exigido nuevos encargos para garantizar la carga de trabajo.
[[Lugo|PLACE]] (EFE).- La empresa [[Alcoa|ORG]] ha confirmado el rearranque de las cubas de la planta de [[San Cibrao|PLACE]].
[[Gijón|PLACE]] (EFE).- La siderúrgica [[ArcelorMittal|ORG]] ha aplazado la construcción del horno eléctrico de [[Gijón|PLACE]].
[[Santander|PLACE]] (EFE).- El [[Banco Santander|ORG]] ha celebrado su junta de accionistas en el [[Palacio de Exposiciones y Congresos|PLACE]] de la capital cántabra.
[[Logroño|PLACE]] (EFE).- El [[Consejo Regulador de la Denominación de Origen Calificada Rioja|ORG]] ha aprobado arrancar 1 000 hectáreas de viñedo.
[[Pamplona|PLACE]] (EFE).- [[UPN|ORG]] ha pedido la dimisión del consejero de Salud del Gobierno de [[Navarra|PLACE]].
[[Vitoria|PLACE]] (EFE).- La [[Ertzaintza|ORG]] y los [[Mossos d'Esquadra|ORG]] han firmado un protocolo de intercambio de información con la [[Policía Nacional|ORG]].
[[San Sebastián|PLACE]] (EFE).- El [[Festival de Cine de San Sebastián|EVENT]] ha concedido el Premio Donostia a la actriz [[Penélope Cruz|PERSON]].
[[Girona|PLACE]] (EFE).- El [[Girona|ORG]] ha anunciado la renovación de su entrenador, [[Míchel Sánchez|PERSON]], hasta 2028.
[[Lleida|PLACE]] (EFE).- La [[Paeria|ORG]] de [[Lleida|PLACE]] ha aprobado la nueva ordenanza de civismo con los votos del [[PSC|ORG]] y [[ERC|ORG]].
[[Reus|PLACE]] (EFE).- El aeropuerto de [[Reus|PLACE]] recuperará los vuelos a [[Londres|PLACE]] tras un acuerdo entre [[Aena|ORG]] y [[Ryanair|ORG]].
[[Palma|PLACE]] (EFE).- La presidenta del Govern balear, [[Marga Prohens|PERSON]], ha anunciado un límite de plazas turísticas en [[Mallorca|PLACE]].
[[Las Palmas de Gran Canaria|PLACE]] (EFE).- El [[Cabildo de Gran Canaria|ORG]] ha declarado la emergencia hídrica en la isla por la falta de lluvias.
[[Arrecife|PLACE]] (EFE).- La erupción no ha afectado al tráfico aéreo del aeropuerto de [[Lanzarote|PLACE]], según [[Aena|ORG]].
[[Ceuta|PLACE]] (EFE).- La reapertura de la aduana comercial entre [[Ceuta|PLACE]] y [[Marruecos|PLACE]] se ha retrasado de nuevo sin explicaciones.
[[Melilla|PLACE]] (EFE).- El presidente de la ciudad autónoma, [[Juan José Imbroda|PERSON]], ha pedido al Gobierno más medios para la frontera.
# América
[[Montevideo|PLACE]] (EFE).- El [[Frente Amplio|ORG]] ha celebrado su victoria en las elecciones departamentales de [[Montevideo|PLACE]] y [[Canelones|PLACE]].
[[Caracas|PLACE]] (EFE).- La vicepresidenta venezolana, [[Delcy Rodríguez|PERSON]], ha anunciado nuevos acuerdos petroleros con [[China|PLACE]] y [[Rusia|PLACE]].
[[Maracaibo|PLACE]] (EFE).- Los apagones en el estado [[Zulia|PLACE]] se prolongan durante más de doce horas diarias.
[[La Habana|PLACE]] (EFE).- El presidente cubano, [[Miguel Díaz-Canel|PERSON]], ha reconocido la gravedad de la crisis energética ante la [[Asamblea Nacional del Poder Popular|ORG]].
[[Cali|PLACE]] (EFE).- Un atentado con explosivos contra una base aérea en [[Cali|PLACE]] ha dejado seis muertos, según la [[Policía Nacional de Colombia|ORG]].
[[Cartagena de Indias|PLACE]] (EFE).- La [[Cumbre Iberoamericana|EVENT]] ha reunido en [[Cartagena de Indias|PLACE]] a jefes de Estado de veinte países.
[[Medellín|PLACE]] (EFE).- El [[Atlético Nacional|ORG]] ha ganado la [[Liga BetPlay|EVENT]] tras vencer a [[Millonarios|ORG]] en la final.
[[Quito|PLACE]] (EFE).- El [[Consejo Nacional Electoral|ORG]] de [[Ecuador|PLACE]] ha convocado un referéndum sobre la instalación de bases militares extranjeras.
[[Lima|PLACE]] (EFE).- El Gobierno peruano ha declarado el estado de emergencia en [[Lima|PLACE]] y [[Callao|PLACE]] por la ola de extorsiones.
[[Sucre|PLACE]] (EFE).- El [[Tribunal Supremo Electoral|ORG]] de [[Bolivia|PLACE]] ha proclamado los resultados oficiales de la segunda vuelta.
[[Mendoza|PLACE]] (EFE).- Los viñedos de [[Mendoza|PLACE]] han sufrido heladas tardías que reducirán la vendimia un 20 %.
[[Ushuaia|PLACE]] (EFE).- Un crucero con 400 pasajeros ha quedado varado frente a las costas de [[Tierra del Fuego|PLACE]].
[[Temuco|PLACE]] (EFE).- Un nuevo ataque incendiario contra maquinaria forestal ha sido registrado en la región de la [[Araucanía|PLACE]].
[[Puebla|PLACE]] (EFE).- El volcán [[Popocatépetl|PLACE]] ha registrado nuevas explosiones y la ceniza ha obligado a cerrar el aeropuerto de [[Puebla|PLACE]].
[[Oaxaca|PLACE]] (EFE).- La [[Guelaguetza|EVENT]] ha reunido a miles de visitantes en la capital oaxaqueña.
[[Cancún|PLACE]] (EFE).- La llegada masiva de sargazo a las playas de [[Quintana Roo|PLACE]] amenaza la temporada turística.
[[Tegucigalpa|PLACE]] (EFE).- El [[Consejo Nacional Electoral|ORG]] de [[Honduras|PLACE]] ha iniciado el escrutinio especial de las actas impugnadas.
[[Ciudad de Guatemala|PLACE]] (EFE).- El [[Ministerio Público|ORG]] de [[Guatemala|PLACE]] ha pedido retirar la inmunidad a tres diputados.
# internacional con España
[[Bruselas|PLACE]] (EFE).- El ministro de Economía, [[Carlos Cuerpo|PERSON]], ha defendido en el [[Eurogrupo|ORG]] una respuesta común a los aranceles de [[Washington|PLACE]].
[[Rabat|PLACE]] (EFE).- [[España|PLACE]] y [[Marruecos|PLACE]] han firmado en [[Rabat|PLACE]] catorce acuerdos de cooperación en materia económica y migratoria.
[[Nuakchot|PLACE]] (EFE).- El ministro del Interior ha visitado [[Mauritania|PLACE]] para reforzar la cooperación contra la inmigración irregular.
[[Argel|PLACE]] (EFE).- [[Argelia|PLACE]] ha restablecido las relaciones comerciales con [[España|PLACE]] tras casi tres años de bloqueo.
[[Lisboa|PLACE]] (EFE).- Los gobiernos de [[España|PLACE]] y [[Portugal|PLACE]] han acordado acelerar la línea de alta velocidad entre [[Madrid|PLACE]] y [[Lisboa|PLACE]].
[[Washington|PLACE]] (EFE).- El [[Departamento de Estado|ORG]] ha criticado la negativa de [[España|PLACE]] a aumentar el gasto militar hasta el 5 %.
[[Nueva York|PLACE]] (EFE).- El rey [[Felipe VI|PERSON]] ha intervenido ante la [[Asamblea General de la ONU|ORG]] para pedir el fin de la guerra en [[Gaza|PLACE]].
[[Bruselas|PLACE]] (EFE).- El [[Parlamento Europeo|ORG]] ha aprobado el uso del catalán, el euskera y el gallego en sus plenos.
[[Estrasburgo|PLACE]] (EFE).- La eurodiputada [[Irene Montero|PERSON]] ha pedido sanciones contra [[Israel|PLACE]] en el pleno de la [[Eurocámara|ORG]].
# otros
[[Madrid|PLACE]] (EFE).- La [[Policía Municipal de Madrid|ORG]] ha cortado el tráfico en la [[Gran Vía|PLACE]] por la cabalgata de Reyes.
[[Madrid|PLACE]] (EFE).- El [[Metro de Madrid|ORG]] ha cerrado la línea 6 durante el verano por obras de mejora.
[[Madrid|PLACE]] (EFE).- El [[Teatro Real|ORG]] ha abierto la temporada con «Tosca», dirigida por [[Nicola Luisotti|PERSON]].
[[Barcelona|PLACE]] (EFE).- La [[Guardia Urbana de Barcelona|ORG]] ha intensificado los controles de patinetes en el [[paseo de Gràcia|PLACE]].
[[Valencia|PLACE]] (EFE).- La [[Universitat de València|ORG]] ha investido doctor honoris causa al científico [[Francis Mojica|PERSON]].
[[Alicante|PLACE]] (EFE).- El [[Hércules|ORG]] ha despedido a su entrenador tras la derrota ante el [[Eldense|ORG]] en el [[Rico Pérez|PLACE]].
[[Salamanca|PLACE]] (EFE).- La [[plaza Mayor|PLACE]] de [[Salamanca|PLACE]] acogerá el concierto de fin de año con tres orquestas.
[[Zaragoza|PLACE]] (EFE).- Las [[Fiestas del Pilar|EVENT]] han batido su récord con la participación de 900 000 personas en la ofrenda de flores.
[[Madrid|PLACE]] (EFE).- El [[Consejo de Estado|ORG]] ha emitido un dictamen favorable al nuevo reglamento de extranjería.
[[Madrid|PLACE]] (EFE).- La [[Defensoría del Pueblo|ORG]] ha recibido más de 30 000 quejas, la mayoría por retrasos de la Administración.
El Gobierno ha prorrogado la rebaja del IVA de los alimentos hasta el mes de junio.
Los sindicatos mayoritarios han convocado movilizaciones en todas las capitales de provincia.
La obra estará terminada en dieciocho meses y tendrá un coste de 40 millones de euros.
Fuentes de la investigación no descartan nuevas detenciones en los próximos días.
El tráfico ferroviario se ha restablecido a primera hora de la tarde.
La campaña electoral arranca a medianoche con los tradicionales actos de pegada de carteles.
"""

# ---------------------------------------------------------------- name lists
# People: "m|Name" or "f|Name|PARTY"; the party is what a following "({PAB})" shows.
POLITICIANS = """
m|Pedro Sánchez|PSOE
m|Alberto Núñez Feijóo|PP
m|Santiago Abascal|Vox
f|Yolanda Díaz|Sumar
f|Ione Belarra|Podemos
f|Irene Montero|Podemos
f|María Jesús Montero|PSOE
m|Félix Bolaños|PSOE
m|Fernando Grande-Marlaska|PSOE
m|José Manuel Albares|PSOE
f|Margarita Robles|PSOE
m|Carlos Cuerpo|PSOE
f|Pilar Alegría|PSOE
m|Óscar Puente|PSOE
f|Mónica García|Más Madrid
m|Ernest Urtasun|Sumar
m|Pablo Bustinduy|Sumar
f|Sara Aagesen|PSOE
m|Luis Planas|PSOE
f|Elma Saiz|PSOE
m|Ángel Víctor Torres|PSOE
f|Diana Morant|PSOE
f|Ana Redondo|PSOE
m|Óscar López|PSOE
f|Isabel Díaz Ayuso|PP
m|José Luis Martínez-Almeida|PP
m|Juanma Moreno|PP
m|Alfonso Fernández Mañueco|PP
m|Carlos Mazón|PP
m|Juan Francisco Pérez Llorca|PP
m|Fernando López Miras|PP
f|María Guardiola|PP
m|Jorge Azcón|PP
m|Alfonso Rueda|PP
m|Salvador Illa|PSC
m|Carles Puigdemont|Junts
m|Oriol Junqueras|ERC
m|Gabriel Rufián|ERC
f|Míriam Nogueras|Junts
m|Imanol Pradales|PNV
m|Aitor Esteban|PNV
m|Arnaldo Otegi|EH Bildu
f|Mertxe Aizpurua|EH Bildu
f|Ana Pontón|BNG
m|Fernando Clavijo|CC
f|Cristina Narbona|PSOE
f|Francina Armengol|PSOE
m|Pedro Rollán|PP
m|Miguel Tellado|PP
f|Cuca Gamarra|PP
f|Ester Muñoz|PP
m|Ignacio Garriga|Vox
f|Pepa Millán|Vox
m|Emiliano García-Page|PSOE
m|Adrián Barbón|PSOE
f|María Chivite|PSOE
f|Clara Perelló|Sumar
m|Jaume Collboni|PSC
f|Ada Colau|BComú
m|Juan Espadas|PSOE
m|José Luis Rodríguez Zapatero|PSOE
m|Mariano Rajoy|PP
m|José María Aznar|PP
m|Felipe González|PSOE
f|Begoña Gómez
m|Álvaro García Ortiz
m|Santos Cerdán|PSOE
m|José Luis Ábalos|PSOE
m|Koldo García
f|Leire Díez|PSOE
"""

WORLD_POLITICIANS = """
m|Donald Trump
m|Joe Biden
f|Kamala Harris
m|Marco Rubio
m|Vladímir Putin
m|Serguéi Lavrov
m|Volodímir Zelenski
m|Xi Jinping
m|Narendra Modi
m|Benjamín Netanyahu
m|Mahmud Abás
m|Recep Tayyip Erdogan
m|Emmanuel Macron
m|Friedrich Merz
m|Keir Starmer
f|Giorgia Meloni
m|Luís Montenegro
f|Ursula von der Leyen
f|Kaja Kallas
m|António Costa
f|Roberta Metsola
m|António Guterres
m|Mark Rutte
f|Christine Lagarde
f|Kristalina Georgieva
m|Luiz Inácio Lula da Silva
m|Javier Milei
f|Victoria Villarruel
m|Axel Kicillof
f|Cristina Fernández de Kirchner
f|Patricia Bullrich
m|Mauricio Macri
f|Claudia Sheinbaum
m|Andrés Manuel López Obrador
f|Xóchitl Gálvez
m|Marcelo Ebrard
m|Gustavo Petro
f|Francia Márquez
m|Álvaro Uribe
m|Gabriel Boric
m|José Antonio Kast
f|Evelyn Matthei
f|Jeannette Jara
m|Nicolás Maduro
f|Delcy Rodríguez
f|María Corina Machado
m|Edmundo González Urrutia
f|Dina Boluarte
m|José Jerí
m|Daniel Noboa
m|Luis Arce
m|Rodrigo Paz
m|Evo Morales
m|Yamandú Orsi
m|Santiago Peña
m|Bernardo Arévalo
m|Nayib Bukele
m|Daniel Ortega
f|Rosario Murillo
m|Miguel Díaz-Canel
m|José Raúl Mulino
m|Luis Abinader
m|Rodrigo Chaves
f|Xiomara Castro
m|Mohamed VI
m|Abdelmayid Tebún
m|León XIV
"""

ATHLETES = """
m|Carlos Alcaraz
m|Rafael Nadal
f|Paula Badosa
m|Alejandro Davidovich Fokina
m|Jannik Sinner
m|Novak Djokovic
f|Aryna Sabalenka
f|Iga Swiatek
m|Fernando Alonso
m|Carlos Sainz
m|Max Verstappen
m|Lewis Hamilton
m|Franco Colapinto
m|Checo Pérez
m|Marc Márquez
m|Álex Márquez
m|Jorge Martín
m|Pedro Acosta
m|Tadej Pogacar
m|Jonas Vingegaard
m|Juan Ayuso
m|Enric Mas
m|Egan Bernal
m|Santiago Buitrago
m|Pau Gasol
m|Santi Aldama
m|Usman Garuba
f|Carolina Marín
f|Mireia Belmonte
m|Hugo González
f|Ana Peleteiro
m|Jordan Díaz
f|María Pérez
m|Álvaro Martín
f|Alexia Putellas
f|Aitana Bonmatí
f|Jenni Hermoso
f|Salma Paralluelo
m|Jon Rahm
f|Garbiñe Muguruza
m|David Valero
f|Laia Sanz
m|Nani Roma
m|Álex Palou
f|Teresa Perales
m|Saúl Craviotto
f|Ona Carbonell
m|Ilia Topuria
m|Canelo Álvarez
m|Sergio Pérez
m|Julián Álvarez
f|Caterine Ibargüen
f|Yulimar Rojas
m|Eliud Kipchoge
m|Joan Laporta
m|Florentino Pérez
m|Javier Tebas
m|Rafael Louzán
m|Luis Rubiales
m|Luis de la Fuente
f|Montse Tomé
m|Xabi Alonso
m|Hansi Flick
m|Diego Simeone
m|Carlo Ancelotti
m|Lionel Scaloni
m|Marcelo Bielsa
m|Néstor Lorenzo
"""

FOOTBALLERS = """
m|Kylian Mbappé
m|Vinícius Júnior
m|Jude Bellingham
m|Federico Valverde
m|Thibaut Courtois
m|Lamine Yamal
m|Pedri
m|Gavi
m|Raphinha
m|Robert Lewandowski
m|Frenkie de Jong
m|Dani Olmo
m|Ferran Torres
m|Antoine Griezmann
m|Julián Álvarez
m|Jan Oblak
m|Koke
m|Nico Williams
m|Iñaki Williams
m|Oihan Sancet
m|Mikel Oyarzabal
m|Takefusa Kubo
m|Isco
m|Giovani Lo Celso
m|Iago Aspas
m|Borja Iglesias
m|Ayoze Pérez
m|Rodri
m|Dani Carvajal
m|Álvaro Morata
m|Lionel Messi
m|Lautaro Martínez
m|Luis Díaz
m|James Rodríguez
m|Alexis Sánchez
m|Raúl Jiménez
m|Santiago Giménez
m|Enzo Fernández
m|Dean Huijsen
m|Marc Casadó
"""

CULTURE = """
m|Pedro Almodóvar
m|Antonio Banderas
f|Penélope Cruz
m|Javier Bardem
f|Rosalía
m|Alejandro Sanz
m|Joaquín Sabina
m|Joan Manuel Serrat
m|Bad Bunny
f|Shakira
f|Karol G
m|Carlos Vives
m|Juanes
m|Juan Luis Guerra
f|Aitana
m|Quevedo
m|Bizarrap
f|Lola Índigo
m|C. Tangana
f|Natalia Lafourcade
m|Guillermo del Toro
m|Alfonso Cuarón
m|Alejandro González Iñárritu
m|Gael García Bernal
m|Ricardo Darín
f|Lucrecia Martel
m|Juan Antonio Bayona
f|Isabel Coixet
f|Carla Simón
m|Rodrigo Sorogoyen
m|Luis Tosar
f|Carmen Maura
f|Maribel Verdú
m|Eduardo Mendoza
m|Arturo Pérez-Reverte
f|Rosa Montero
m|Javier Cercas
f|Almudena Grandes
m|Mario Vargas Llosa
f|Elena Poniatowska
f|Isabel Allende
m|Sergio Ramírez
m|Gabriel García Márquez
f|Cristina Rivera Garza
f|Mariana Enriquez
f|Samanta Schweblin
m|Fernando Aramburu
m|Álvaro Pombo
m|Miquel Barceló
m|Raphael
m|David Bisbal
m|Manuel Carrasco
f|Vanesa Martín
f|Ana Belén
m|Víctor Manuel
f|Belén Esteban
f|Ana Obregón
m|Jordi Évole
m|Iñaki Gabilondo
"""

BUSINESS = """
m|Amancio Ortega
f|Marta Ortega
m|Óscar García Maceiras
f|Ana Botín
m|Carlos Torres Vila
m|Gonzalo Gortázar
m|Ignacio Sánchez Galán
m|José Bogas
m|Josu Jon Imaz
m|Marc Murtra
m|Juan Roig
m|Florentino Pérez
m|Rafael del Pino
m|Antonio Garamendi
f|Ana Patricia Botín
m|Pepe Álvarez
m|Unai Sordo
m|José Luis Escrivá
m|Carlos Slim
m|Marcos Galperin
m|Elon Musk
m|Jensen Huang
m|Sam Altman
m|Tim Cook
m|Luis Gallego
m|Javier Sánchez-Prieto
m|Jesús Encinar
m|Isidro Fainé
m|Ángel Escribano
m|Pedro Pacheco
"""

GENERIC_PEOPLE = """
m|José Antonio García
f|María del Carmen López
m|Francisco Javier Martínez
f|Ana Isabel Sánchez
m|Juan Carlos Pérez
f|Laura Gómez
m|Manuel Fernández
f|Cristina Ruiz
m|Antonio Jiménez
f|Marta Hernández
m|David Moreno
f|Lucía Muñoz
m|Javier Álvarez
f|Elena Romero
m|Daniel Alonso
f|Patricia Gutiérrez
m|Sergio Navarro
f|Raquel Torres
m|Miguel Ángel Domínguez
f|Isabel Vázquez
m|Alberto Ramos
f|Sonia Gil
m|Rubén Serrano
f|Beatriz Blanco
m|Pablo Molina
f|Silvia Castro
m|Alejandro Ortega
f|Nuria Delgado
m|Jorge Marín
f|Pilar Rubio
m|Iñigo Etxeberria
f|Ainhoa Goikoetxea
m|Xabier Arrieta
f|Nerea Zubizarreta
m|Jordi Puig
f|Montserrat Vila
m|Pere Soler
f|Núria Ferrer
m|Xosé Manuel Varela
f|Uxía Castro
m|Andrés Quintana
f|Yaiza Rodríguez
m|Ramón Cabrera
f|Rocío Jurado Ortiz
m|Fernando Benítez
f|Inmaculada Prieto
m|Luis Alberto Rojas
f|Carmen Lucía Ospina
m|Juan Pablo Restrepo
f|Valentina Cárdenas
m|Carlos Eduardo Quintero
f|Daniela Castaño
m|Mauricio Salazar
f|Paola Andrea Rincón
m|Martín Gómez Paz
f|Florencia Ledesma
m|Santiago Ferreyra
f|Agustina Benítez
m|Gonzalo Acuña
f|Micaela Sosa
m|Matías Fuentes
f|Camila Soto
m|Cristóbal Araya
f|Javiera Muñoz
m|Rodrigo Contreras
f|Francisca Pizarro
m|Alejandro Hernández Ruiz
f|Guadalupe Ramírez
m|Jesús Arturo Mendoza
f|Ximena Villalobos
m|Héctor Zamora
f|Fernanda Treviño
m|Óscar Ibarra
f|Verónica Cervantes
m|Luis Enrique Paredes
f|Rosa María Quispe
m|Jorge Huamán
f|Milagros Chávez
m|Ricardo Bermúdez
f|Andreína Pérez
m|Gabriel Rivas
f|Mariela Colmenares
m|Ernesto Sáenz
f|Dolores Aguirre
m|Tomás Echeverría
f|Teresa Lozano
m|Vicente Llorens
f|Amparo Mora
m|Joaquín Peña
f|Eva María Crespo
m|Adolfo Reyes
f|Susana Medina
m|Julio Cortés
f|Mercedes Cano
m|Emilio Cuesta
f|Alicia Carrasco
m|Félix Herrero
f|Olga Pastor
m|Hugo Calvo
f|Irene Vidal
"""

SURNAMES = """
m|Sánchez
m|Feijóo
f|Ayuso
m|Abascal
f|Díaz
m|Puigdemont
m|Illa
m|Junqueras
m|Rufián
m|Bolaños
f|Montero
m|Mazón
m|Moreno
m|Trump
m|Putin
m|Zelenski
m|Milei
f|Sheinbaum
m|Petro
m|Boric
m|Kast
m|Maduro
m|Bukele
m|Lula
m|Alcaraz
m|Nadal
m|Alonso
m|Almodóvar
m|Ancelotti
m|Simeone
"""

FOOT_SURNAMES = """
m|Mbappé
m|Vinícius
m|Bellingham
m|Lewandowski
m|Raphinha
m|Yamal
m|Griezmann
m|Morata
m|Oyarzabal
m|Aspas
m|Sancet
m|Kubo
m|Lautaro
m|Messi
m|Julián
m|Valverde
"""

PARTY_ABBR = "PSOE PP Vox Sumar Podemos ERC Junts PNV BNG CC UPN Compromís"

# Organisations: "art|Name" (article outside the span) or "Name".
PARTIES = """
el|PSOE
el|Partido Socialista Obrero Español
el|PP
el|Partido Popular
Vox
Sumar
Podemos
Esquerra Republicana de Catalunya
ERC
Junts per Catalunya
Junts
el|PNV
el|Partido Nacionalista Vasco
EH Bildu
el|Bloque Nacionalista Galego
el|BNG
Coalición Canaria
Compromís
Más Madrid
el|PSC
la|CUP
Izquierda Unida
Morena
el|Partido Acción Nacional
el|PRI
Movimiento Ciudadano
La Libertad Avanza
el|PRO
la|Unión Cívica Radical
el|Frente Amplio
el|Partido Republicano
el|Pacto Histórico
el|Centro Democrático
el|Partido Liberal
el|Partido Comunista de Chile
"""

COMPANIES = """
Telefónica
Iberdrola
Repsol
el|Banco Santander
el|Santander
el|BBVA
CaixaBank
el|Banco Sabadell
Bankinter
Inditex
Zara
Mercadona
El Corte Inglés
Endesa
Naturgy
Ferrovial
ACS
Acciona
Sacyr
Indra
Aena
Iberia
Air Europa
Vueling
Renfe
Adif
Ouigo
Iryo
Seat
Cupra
Mapfre
Grifols
Puig
Cellnex
Red Eléctrica
Redeia
Enagás
Navantia
Talgo
CAF
Mondragon
Pescanova
Chupa Chups
Cepsa
Moeve
Glovo
Cabify
Idealista
Amadeus
Pemex
la|Comisión Federal de Electricidad
América Móvil
Cemex
Bimbo
Grupo Bimbo
Femsa
YPF
Mercado Libre
Codelco
LATAM
Avianca
Ecopetrol
Petrobras
Apple
Google
Meta
Amazon
Microsoft
Nvidia
OpenAI
Tesla
Airbus
Boeing
Volkswagen
Stellantis
Shein
Huawei
BYD
Netflix
"""

MINISTRIES = """
el|Ministerio del Interior
el|Ministerio de Defensa
el|Ministerio de Sanidad
el|Ministerio de Hacienda
el|Ministerio de Asuntos Exteriores, Unión Europea y Cooperación
el|Ministerio de Economía, Comercio y Empresa
el|Ministerio de Trabajo y Economía Social
el|Ministerio para la Transición Ecológica y el Reto Demográfico
el|Ministerio de Agricultura, Pesca y Alimentación
el|Ministerio de Educación, Formación Profesional y Deportes
el|Ministerio de Inclusión, Seguridad Social y Migraciones
el|Ministerio de Vivienda y Agenda Urbana
el|Ministerio de Cultura
el|Ministerio de Igualdad
el|Ministerio de Transportes y Movilidad Sostenible
la|Secretaría de Salud
la|Secretaría de Relaciones Exteriores
la|Secretaría de Hacienda y Crédito Público
el|Ministerio de Salud y Protección Social
la|Cancillería
la|Consejería de Sanidad de la Comunidad de Madrid
la|Consellería de Medio Ambiente
"""

AGENCIES = """
la|Confederación Hidrográfica del Guadalquivir
la|Confederación Hidrográfica del Ebro
la|Confederación Hidrográfica del Júcar
la|Agencia Estatal de Meteorología
la|Aemet
la|Agencia Tributaria
la|Agencia Española de Medicamentos y Productos Sanitarios
la|Agencia Española de Protección de Datos
la|Dirección General de Tráfico
la|DGT
el|Instituto Nacional de Estadística
el|INE
el|Servicio Público de Empleo Estatal
el|SEPE
el|Banco de España
la|Comisión Nacional de los Mercados y la Competencia
la|CNMC
la|Comisión Nacional del Mercado de Valores
la|CNMV
el|Consejo de Seguridad Nuclear
el|Centro de Investigaciones Sociológicas
el|CIS
la|Autoridad Independiente de Responsabilidad Fiscal
el|Centro Nacional de Inteligencia
el|CNI
el|Consejo Superior de Investigaciones Científicas
el|CSIC
el|Instituto de Salud Carlos III
la|Organización Nacional de Trasplantes
la|Unidad Militar de Emergencias
la|UME
Protección Civil
Salvamento Marítimo
el|Servicio Meteorológico Nacional
el|Banco de México
el|Banco Central de la República Argentina
el|Instituto Nacional de Estadística y Censos
el|Indec
el|Banco Central de Chile
el|Banco de la República
el|DANE
el|Servicio Nacional de Meteorología e Hidrología
la|Comisión Nacional del Agua
la|Conagua
"""

COURTS_HIGH = """
el|Tribunal Constitucional
el|Tribunal Supremo
la|Audiencia Nacional
el|Consejo General del Poder Judicial
el|Tribunal de Cuentas
el|Tribunal Superior de Justicia de Cataluña
el|Tribunal Superior de Justicia de Madrid
el|Tribunal Superior de Justicia de Andalucía
la|Suprema Corte de Justicia de la Nación
la|Corte Suprema de Justicia
la|Corte Constitucional
la|Corte Suprema
el|Tribunal de Justicia de la Unión Europea
el|Tribunal Europeo de Derechos Humanos
la|Corte Penal Internacional
la|Corte Interamericana de Derechos Humanos
"""

COURTS_CRIM = """
la|Audiencia Provincial de Sevilla
la|Audiencia Provincial de Madrid
la|Audiencia Provincial de Barcelona
la|Audiencia Provincial de Valencia
la|Audiencia Provincial de Málaga
la|Audiencia Provincial de Baleares
el|Juzgado de Instrucción número 41 de Madrid
el|Juzgado de Instrucción número 3 de Palma
el|Juzgado de lo Penal número 2 de Bilbao
el|juzgado de Catarroja
la|Audiencia Nacional
"""

UNIS = """
la|Universidad Complutense de Madrid
la|Universidad Complutense
la|Universidad Autónoma de Madrid
la|Universidad de Barcelona
la|Universidad Pompeu Fabra
la|Universidad de Salamanca
la|Universidad de Granada
la|Universidad de Sevilla
la|Universidad de Valencia
la|Universidad Politécnica de Madrid
la|Universidad del País Vasco
la|Universidad de Santiago de Compostela
la|Universidad de Navarra
la|Universidad Carlos III
la|Universidad Nacional Autónoma de México
la|UNAM
la|Universidad de Buenos Aires
la|Universidad de Chile
la|Pontificia Universidad Católica de Chile
la|Universidad Nacional de Colombia
la|Universidad de los Andes
"""

MEDIA = """
El País
El Mundo
La Vanguardia
ABC
El Periódico
La Razón
El Confidencial
elDiario.es
La Voz de Galicia
El Correo
Radio Nacional de España
RNE
Radiotelevisión Española
RTVE
TVE
la|Cadena SER
la|COPE
Onda Cero
Antena 3
Telecinco
La Sexta
TV3
Canal Sur
À Punt
EITB
Clarín
La Nación
El Tiempo
El Universal
La Jornada
El Mercurio
La Tercera
El Comercio
Televisa
"""

INTL = """
la|ONU
la|Organización de las Naciones Unidas
el|Consejo de Seguridad de la ONU
la|Organización Mundial de la Salud
la|OMS
la|OTAN
la|Unión Europea
la|UE
la|Comisión Europea
el|Parlamento Europeo
el|Consejo Europeo
la|Organización de Estados Americanos
la|OEA
la|Comunidad de Estados Latinoamericanos y Caribeños
la|Celac
el|Mercosur
la|Unión Africana
el|Fondo Monetario Internacional
el|FMI
el|Banco Mundial
el|Banco Interamericano de Desarrollo
la|Organización Mundial del Comercio
la|OCDE
la|Unesco
la|Comisión Económica para América Latina y el Caribe
la|Cepal
el|G7
el|G20
la|OPEP
la|Secretaría General Iberoamericana
la|Organización Internacional del Trabajo
el|Organismo Internacional de Energía Atómica
"""

INTL_HUM = """
la|Organización Internacional para las Migraciones
la|OIM
el|Acnur
la|ONU
Unicef
el|Comité Internacional de la Cruz Roja
el|Programa Mundial de Alimentos
la|Cruz Roja
Médicos Sin Fronteras
Salvamento Marítimo
Open Arms
Caminando Fronteras
"""

UNIONS = """
CCOO
Comisiones Obreras
UGT
la|Unión General de Trabajadores
CSIF
la|CGT
ELA
LAB
la|CIG
el|SEMAF
el|Sindicato de Enfermería
Satse
la|CEOE
Cepyme
ATA
Asaja
COAG
la|Unión de Pequeños Agricultores
la|Confederación General del Trabajo
la|Central Unitaria de Trabajadores
"""

HOSPITALS = """
el|Hospital Universitario La Paz
el|Hospital 12 de Octubre
el|Hospital Gregorio Marañón
el|Hospital Clínic
el|Hospital Vall d'Hebron
el|Hospital Virgen del Rocío
el|Hospital La Fe
el|Hospital Universitario de Cruces
el|Hospital Universitario Marqués de Valdecilla
el|Complejo Hospitalario Universitario de Santiago
el|Hospital Sant Joan de Déu
el|Hospital Universitario Reina Sofía
el|Instituto Mexicano del Seguro Social
el|IMSS
"""

CLUBS = """
el|Real Madrid
el|FC Barcelona
el|Barcelona
el|Barça
el|Atlético de Madrid
el|Athletic Club
el|Athletic
la|Real Sociedad
el|Sevilla
el|Real Betis
el|Betis
el|Valencia
el|Villarreal
el|Celta
el|Osasuna
el|Girona
el|Rayo Vallecano
el|Getafe
el|Espanyol
el|Mallorca
el|Alavés
el|Levante
el|Elche
el|Real Oviedo
el|Deportivo de La Coruña
el|Real Zaragoza
el|Sporting de Gijón
el|Málaga
el|Racing de Santander
la|UD Las Palmas
el|Unicaja
el|Baskonia
Boca Juniors
River Plate
el|Club América
las|Chivas
el|Cruz Azul
los|Tigres
el|Colo-Colo
la|Universidad de Chile
Atlético Nacional
Millonarios
el|Bayern de Múnich
el|Liverpool
el|Manchester City
el|Inter de Milán
el|PSG
"""

SPORT_BODIES = """
la|Real Federación Española de Fútbol
la|RFEF
LaLiga
el|Consejo Superior de Deportes
el|CSD
el|Comité Olímpico Español
la|FIFA
la|UEFA
la|Conmebol
la|Concacaf
el|Comité Olímpico Internacional
el|COI
la|Agencia Mundial Antidopaje
la|Federación Española de Baloncesto
la|Asociación de Futbolistas Españoles
la|AFA
"""

NGOS = """
Greenpeace
Ecologistas en Acción
WWF España
SEO/BirdLife
Amnistía Internacional
Human Rights Watch
Reporteros Sin Fronteras
Cáritas
la|Cruz Roja Española
Médicos Sin Fronteras
Save the Children
Oxfam Intermón
Manos Unidas
la|Plataforma de Afectados por la Hipoteca
la|Sociedad Española de Neumología y Cirugía Torácica
la|Sociedad Española de Cardiología
la|Organización Médica Colegial
la|Asociación Española Contra el Cáncer
la|Fundación ONCE
la|ONCE
Facua
la|Organización de Consumidores y Usuarios
la|OCU
la|Federación Española de Municipios y Provincias
Hazte Oír
Manos Limpias
"""

PARLIAMENTS = """
el|Congreso de los Diputados
el|Congreso
el|Senado
el|Parlament de Catalunya
el|Parlamento de Andalucía
la|Asamblea de Madrid
las|Cortes Valencianas
el|Parlamento Vasco
las|Cortes de Castilla y León
el|Parlamento de Galicia
el|Parlamento de Canarias
la|Cámara de Diputados
el|Senado de la República
el|Congreso de la Nación
el|Congreso de la República
la|Asamblea Nacional
"""

TOWN_HALLS = """
el|Ayuntamiento de Madrid
el|Ayuntamiento de Barcelona
el|Ayuntamiento de Valencia
el|Ayuntamiento de Sevilla
el|Ayuntamiento de Zaragoza
el|Ayuntamiento de Málaga
el|Ayuntamiento de Bilbao
el|Cabildo de Tenerife
el|Cabildo de Gran Canaria
la|Diputación de Barcelona
la|Diputación de Valencia
el|Consell de Mallorca
la|Alcaldía de Bogotá
la|Municipalidad de Santiago
"""

MUSEUMS = """
el|Museo del Prado
el|Prado
el|Museo Reina Sofía
el|Museo Thyssen-Bornemisza
el|Museo Guggenheim Bilbao
el|Guggenheim
el|Museo Picasso de Málaga
el|Teatro Real
el|Liceu
la|Biblioteca Nacional
la|Real Academia Española
la|RAE
el|Instituto Cervantes
el|Museo Nacional de Antropología
el|Museo Frida Kahlo
"""

REGULATORS = """
la|Comisión Nacional de los Mercados y la Competencia
la|CNMC
la|Agencia Española de Protección de Datos
la|Comisión Nacional del Mercado de Valores
la|Comisión Europea
el|Banco de España
la|Comisión Federal de Competencia Económica
la|Superintendencia de Industria y Comercio
la|Fiscalía Nacional Económica
"""

POLICE = """
la|Guardia Civil
la|Policía Nacional
los|Mossos d'Esquadra
la|Ertzaintza
la|Policía Foral
la|Policía Municipal de Madrid
la|Guardia Urbana de Barcelona
la|Unidad Central Operativa
la|UCO
la|Policía Federal Argentina
la|Policía Nacional de Colombia
los|Carabineros
la|Guardia Nacional
"""

STATS = """
el|Instituto Nacional de Estadística
el|INE
el|Indec
el|Inegi
el|DANE
el|Instituto Nacional de Estadísticas
"""

METEO = """
la|Agencia Estatal de Meteorología
la|Aemet
el|Servicio Meteorológico Nacional
el|Meteocat
Euskalmet
MeteoGalicia
el|Ideam
"""

BOURSE = """
la|Bolsa de Madrid
Bolsas y Mercados Españoles
la|Bolsa Mexicana de Valores
la|Bolsa de Buenos Aires
"""

COMP_RAIL = """
Renfe
Adif
Ouigo
Iryo
el|Metro de Madrid
FGC
Euskotren
"""

COMP_AIR = """
Iberia
Air Europa
Vueling
Ryanair
Binter
Volotea
Aerolíneas Argentinas
Avianca
LATAM
Aeroméxico
Iberia Express
"""

COMP_PHARMA = """
Grifols
Almirall
Rovi
PharmaMar
Esteve
Faes Farma
Hipra
Pfizer
Novartis
Sanofi
"""

REGIONAL_GOVS = """
la|Generalitat
la|Generalitat de Catalunya
la|Generalitat Valenciana
la|Junta de Andalucía
la|Xunta de Galicia
la|Xunta
la|Junta de Castilla y León
la|Junta de Extremadura
el|Consell
"""

PROSECUTORS = """
la|Fiscalía Anticorrupción
la|Fiscalía Provincial de Madrid
la|Fiscalía de Menores
la|Fiscalía General del Estado
la|Fiscalía General de la Nación
la|Fiscalía General de la República
la|Fiscalía Nacional
"""

# Places: "art|Name" or "art|Name|locative" (the locative overrides "en el", "en la").
TOWNS = """
Madrid
Barcelona
Valencia
Sevilla
Zaragoza
Málaga
Murcia
Palma
Las Palmas de Gran Canaria
Bilbao
Alicante
Córdoba
Valladolid
Vigo
Gijón
L'Hospitalet de Llobregat
Vitoria
A Coruña
Granada
Elche
Oviedo
Badalona
Cartagena
Terrassa
Jerez de la Frontera
Sabadell
Móstoles
Santa Cruz de Tenerife
Pamplona
Almería
Alcalá de Henares
Fuenlabrada
Leganés
San Sebastián
Getafe
Burgos
Albacete
Santander
Castellón de la Plana
Logroño
Badajoz
Salamanca
Huelva
Marbella
Lleida
Tarragona
León
Cádiz
Jaén
Ourense
Girona
Lugo
Cáceres
Melilla
Ceuta
Guadalajara
Toledo
Pontevedra
Palencia
Ciudad Real
Zamora
Ávila
Cuenca
Huesca
Segovia
Soria
Teruel
Mérida
Santiago de Compostela
Ferrol
Algeciras
La Línea de la Concepción
El Ejido
Benidorm
Torrevieja
Gandia
Paiporta
Catarroja
Alfafar
Lorca
Ibiza
Mahón
Arrecife
Puerto del Rosario
San Cristóbal de La Laguna
Ponferrada
Avilés
Irún
Getxo
Reus
Manresa
Figueres
Mataró
Estepona
Motril
Linares
Úbeda
Ronda
Sanlúcar de Barrameda
Plasencia
Talavera de la Reina
Aranjuez
Majadahonda
Alcorcón
Torrejón de Ardoz
Sant Cugat del Vallès
El Prat de Llobregat
"""

WORLD_CITIES = """
Ciudad de México
Guadalajara
Monterrey
Tijuana
Puebla
Cancún
Acapulco
Culiacán
Buenos Aires
Córdoba
Rosario
Mendoza
La Plata
Santiago de Chile
Santiago
Valparaíso
Concepción
Antofagasta
Bogotá
Medellín
Cali
Barranquilla
Cartagena de Indias
Lima
Cuzco
Arequipa
Quito
Guayaquil
Caracas
Maracaibo
La Paz
Santa Cruz de la Sierra
Montevideo
Asunción
La Habana
Santo Domingo
San Juan
Ciudad de Guatemala
San Salvador
Tegucigalpa
Managua
San José
Ciudad de Panamá
Brasilia
São Paulo
Río de Janeiro
Washington
Nueva York
Miami
Los Ángeles
Houston
Chicago
Toronto
Londres
París
Berlín
Roma
Lisboa
Oporto
Bruselas
Ámsterdam
Ginebra
Viena
Varsovia
Moscú
Kiev
Estambul
Atenas
Estrasburgo
Múnich
Fráncfort
Milán
Nápoles
Marsella
Burdeos
Toulouse
Jerusalén
Tel Aviv
Gaza
Beirut
Damasco
Teherán
Riad
Doha
Dubái
El Cairo
Rabat
Casablanca
Tánger
Argel
Dakar
Nuadibú
Pekín
Shanghái
Tokio
Seúl
Nueva Delhi
Bangkok
Manila
Sídney
La Haya
Davos
"""

COUNTRIES = """
España
Francia
Portugal
Italia
Alemania
el|Reino Unido
Irlanda
los|Países Bajos
Bélgica
Suiza
Austria
Polonia
Hungría
Rumanía
Grecia
Suecia
Noruega
Dinamarca
Finlandia
Ucrania
Rusia
Bielorrusia
Turquía
Israel
el|Líbano
Siria
Irak
Irán
Arabia Saudí
Catar
Yemen
Egipto
Libia
Túnez
Argelia
Marruecos
Mauritania
Senegal
Malí
Níger
Nigeria
Guinea Ecuatorial
Sudán
Etiopía
Kenia
Sudáfrica
Estados Unidos
Canadá
México
Guatemala
Honduras
El Salvador
Nicaragua
Costa Rica
Panamá
Cuba
la|República Dominicana
Haití
Puerto Rico
Venezuela
Colombia
Ecuador
Perú
Bolivia
Chile
Argentina
Uruguay
Paraguay
Brasil
China
Japón
Corea del Sur
Corea del Norte
India
Pakistán
Afganistán
Indonesia
Filipinas
Vietnam
Australia
"""

REGIONS = """
Andalucía
Cataluña
la|Comunidad de Madrid
la|Comunidad Valenciana
Galicia
el|País Vasco
Euskadi
Castilla y León
Castilla-La Mancha
Aragón
Extremadura
Navarra
Asturias
Cantabria
La Rioja
la|Región de Murcia
Canarias
Baleares
las|Islas Baleares
Mallorca
Menorca
Tenerife
Gran Canaria
Lanzarote
Fuerteventura
La Palma
El Hierro
la|Costa del Sol
la|Costa Brava
la|Vega Baja
el|Campo de Gibraltar
la|Sierra de Guadarrama
Doñana
el|Delta del Ebro
Sinaloa
Chiapas
Oaxaca
Jalisco
Michoacán
Guerrero
Chihuahua
Baja California
Tamaulipas
Veracruz
Yucatán
la|Patagonia
|Córdoba|en la provincia de
|Mendoza|en la provincia de
Antioquia
el|Cauca
el|Catatumbo
la|Araucanía
Atacama
Magallanes
la|Amazonia
el|Darién
"""

RIVERS = """
el|Ebro
el|Tajo
el|Duero
el|Guadalquivir
el|Guadiana
el|Júcar
el|Segura
el|Miño
el|Turia
el|Manzanares
el|Nervión
el|Llobregat
el|Besòs
el|Pisuerga
el|Genil
el|Amazonas
el|Paraná
el|Río de la Plata
el|Orinoco
el|Magdalena
el|río Bravo
"""

MOUNTAINS = """
los|Pirineos
los|Picos de Europa
Sierra Nevada
el|Teide
el|Aneto
el|Moncayo
la|Cordillera Cantábrica
el|Sistema Central
la|Sierra de Gredos
el|Montseny
los|Andes
el|Aconcagua
el|Popocatépetl
el|Everest
el|Mulhacén
|Cumbre Vieja
"""

WATERS = """
la|Albufera
el|lago Titicaca
el|embalse de Entrepeñas
el|embalse de Buendía
el|lago de Sanabria
el|Mar Menor
el|embalse de La Viñuela
el|lago Nicaragua
el|embalse de Alarcón
"""

SEAS = """
el|Mediterráneo
el|Cantábrico
el|Atlántico
el|mar de Alborán
el|estrecho de Gibraltar
el|Caribe
el|Pacífico
el|golfo de México
el|mar Egeo
el|golfo de Cádiz
"""

STREETS = """
la|Gran Vía
la|Puerta del Sol
la|plaza Mayor
el|paseo de la Castellana
la|calle de Alcalá
la|plaza de Cibeles
la|plaza de Colón
la|Rambla
el|paseo de Gràcia
la|plaza de Catalunya
la|Diagonal
la|plaza de España
la|avenida de la Constitución
la|calle Larios
la|avenida 9 de Julio
la|plaza de Mayo
el|Zócalo
el|paseo de la Reforma
la|avenida Providencia
"""

STADIUMS = """
el|Santiago Bernabéu
el|Bernabéu
el|Spotify Camp Nou
el|Camp Nou
el|Metropolitano
el|Riyadh Air Metropolitano
San Mamés
Mestalla
el|Ramón Sánchez-Pizjuán
el|Benito Villamarín
Balaídos
Riazor
Anoeta
el|Reale Arena
Mendizorroza
el|estadio de Vallecas
el|Coliseum
el|Palau Sant Jordi
el|WiZink Center
el|Movistar Arena
el|estadio Azteca
La Bombonera
el|Monumental
el|Estadio Nacional
el|Metropolitano de Barranquilla
"""

AIRPORTS = """
Barajas
Adolfo Suárez Madrid-Barajas
El Prat
Josep Tarradellas Barcelona-El Prat
Manises
Son Sant Joan
Gando
Los Rodeos
Ezeiza
el|Aeroparque
El Dorado
Arturo Merino Benítez
"""

SITES = """
la|Sagrada Familia
la|Alhambra
el|parque del Retiro
el|Retiro
el|Palacio Real
el|Palacio de la Moncloa
el|Palacio de la Zarzuela
el|monasterio de El Escorial
la|Mezquita de Córdoba
la|catedral de Santiago
el|Valle de Cuelgamuros
|Atocha|en la estación de
|Chamartín|en la estación de
|Sants|en la estación de
|Santa Justa|en la estación de
la|Moncloa
el|Palacio de La Moneda
la|Casa Rosada
el|Palacio Nacional
la|Casa Blanca
el|Vaticano
"""

CONFLICT_REGIONS = """
el|Cauca
el|Catatumbo
Sinaloa
Michoacán
Guerrero
Cisjordania
la|Franja de Gaza
el|Donbás
el|Sahel
el|Sáhara Occidental
|Malí|en el norte de
Kivu Norte
|Líbano|en el sur del
|Járkov|en la región de
"""

# Events.
SPORT_EVENTS = """
los|Juegos Olímpicos
los|Juegos Olímpicos de Invierno
los|Juegos Paralímpicos
los|Juegos Olímpicos de Los Ángeles
los|Juegos Panamericanos
los|Juegos Mediterráneos
la|Vuelta a España
la|Vuelta
el|Tour de Francia
el|Giro de Italia
la|Volta a Catalunya
la|Itzulia
Roland Garros
Wimbledon
el|Abierto de Estados Unidos
el|Abierto de Australia
el|Mutua Madrid Open
el|Conde de Godó
la|Copa Davis
la|Copa del Mundo
el|Mundial de 2030
el|Mundial de Clubes
la|Eurocopa
la|Liga de Campeones
la|Champions League
la|Liga Europa
la|Primera División
la|Liga F Moeve
la|Copa del Rey
la|Supercopa de España
la|Copa Libertadores
la|Copa Sudamericana
la|Copa América
el|Gran Premio de España
el|Gran Premio de México
el|Rally Dakar
el|Mundial de Fórmula 1
el|Maratón de Valencia
el|Maratón de Madrid
la|Liga ACB
la|Euroliga
el|Mundial de Baloncesto
el|Mundial de Atletismo
"""

CULTURE_EVENTS = """
el|Festival de Cine de San Sebastián
el|Festival de Málaga
la|Seminci
el|Festival Internacional de Cine de Guadalajara
los|Premios Goya
los|Goya
los|Premios Platino
los|Latin Grammy
el|Benidorm Fest
Eurovisión
el|Primavera Sound
el|Mad Cool
el|Sónar
el|Viña Rock
el|Festival Internacional de Benicàssim
ARCO
la|Feria del Libro de Madrid
la|Feria Internacional del Libro de Guadalajara
los|Sanfermines
las|Fallas
la|Feria de Abril
la|Tomatina
el|Carnaval de Cádiz
el|Carnaval de Santa Cruz de Tenerife
la|Semana Grande de Bilbao
el|Festival de Viña del Mar
Fitur
el|Mobile World Congress
el|Salón Internacional de la Moda de Madrid
"""

SUMMITS = """
la|Cumbre Iberoamericana
la|COP30
la|COP29
la|cumbre del G20
la|cumbre de la OTAN
el|Foro de Davos
la|Cumbre UE-Celac
la|Conferencia de Seguridad de Múnich
la|cumbre de la Celac
la|Cumbre del Clima
"""

HISTORY = """
la|Guerra Civil
la|Segunda Guerra Mundial
la|Primera Guerra Mundial
la|Transición
el|23-F
la|Revolución mexicana
"""

SEV_RUN = """
el|Maratón de Valencia
el|Maratón de Madrid
la|Behobia-San Sebastián
la|San Silvestre Vallecana
el|Maratón de Barcelona
el|Maratón de Sevilla
el|Medio Maratón de Buenos Aires
"""

SEV_TOUR = """
la|Vuelta a España
la|Vuelta
el|Tour de Francia
el|Giro de Italia
la|Volta a Catalunya
la|Itzulia
la|Vuelta a Andalucía
la|Vuelta a Colombia
"""

# ---------------------------------------------------------------- slot values without entities
NUMBERS = " ".join(str(n) for n in range(2, 41))
BIG_NUMBERS = "120 150 180 200 250 300 350 400 450 500 600 700 800 900"
PERCENTS = "0,4 0,9 1,2 1,8 2,3 2,7 3,1 3,6 4,5 5,8 6,3 8,0 12,5"
WEEKDAYS = "lunes martes miércoles jueves viernes sábado domingo"
MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
AGES = "19 23 27 31 34 38 42 45 49 53 57 61 66 72 78 84"
DEMONYMS = ("español francés portugués italiano alemán británico estadounidense ruso ucraniano "
            "chino japonés marroquí argelino mexicano argentino chileno colombiano peruano venezolano")
SCORES = "1-0 2-1 3-1 2-2 0-1 4-2 3-0 1-1 2-0 3-2"
MAGNITUDES = "5,2 5,9 6,2 6,5 6,8 7,1 7,4"


# slot name -> (values, label or None, kind, style); kind "person" reads "g|Name|Party"
# entries, "named" reads "art|Name|locative" entries, "plain" plain values.
SLOT_SOURCES = {
    "POL": (POLITICIANS, "PERSON", "person", ""),
    "WPOL": (WORLD_POLITICIANS, "PERSON", "person", ""),
    "ATH": (ATHLETES, "PERSON", "person", ""),
    "FOOT": (FOOTBALLERS, "PERSON", "person", ""),
    "ART": (CULTURE, "PERSON", "person", ""),
    "BIZ": (BUSINESS, "PERSON", "person", ""),
    "GEN": (GENERIC_PEOPLE, "PERSON", "person", ""),
    "SUR": (SURNAMES, "PERSON", "person", ""),
    "SUR_FOOT": (FOOT_SURNAMES, "PERSON", "person", ""),
    "PAB": (words(PARTY_ABBR), "ORG", "plain", ""),
    "PARTY": (PARTIES, "ORG", "named", "org"),
    "COMP": (COMPANIES, "ORG", "named", "org"),
    "COMP_RAIL": (COMP_RAIL, "ORG", "named", "org"),
    "COMP_AIR": (COMP_AIR, "ORG", "named", "org"),
    "COMP_PHARMA": (COMP_PHARMA, "ORG", "named", "org"),
    "MIN": (MINISTRIES, "ORG", "named", "org"),
    "AGENCY": (AGENCIES, "ORG", "named", "org"),
    "REGULATOR": (REGULATORS, "ORG", "named", "org"),
    "POLICE": (POLICE, "ORG", "named", "org"),
    "COURT_HIGH": (COURTS_HIGH, "ORG", "named", "org"),
    "COURT_CRIM": (COURTS_CRIM, "ORG", "named", "org"),
    "FISCAL": (PROSECUTORS, "ORG", "named", "org"),
    "UNI": (UNIS, "ORG", "named", "org"),
    "MEDIA": (MEDIA, "ORG", "named", "org"),
    "INTL": (INTL, "ORG", "named", "org"),
    "INTL_HUM": (INTL_HUM, "ORG", "named", "org"),
    "UNION": (UNIONS, "ORG", "named", "org"),
    "HOSP": (HOSPITALS, "ORG", "named", "org"),
    "CLUB": (CLUBS, "ORG", "named", "org"),
    "SPORTORG": (SPORT_BODIES, "ORG", "named", "org"),
    "NGO": (NGOS, "ORG", "named", "org"),
    "PARL": (PARLIAMENTS, "ORG", "named", "org"),
    "REGGOV": (REGIONAL_GOVS, "ORG", "named", "org"),
    "TOWNHALL": (TOWN_HALLS, "ORG", "named", "org"),
    "MUSEUM": (MUSEUMS, "ORG", "named", "org"),
    "METEO": (METEO, "ORG", "named", "org"),
    "STATS": (STATS, "ORG", "named", "org"),
    "BOURSE": (BOURSE, "ORG", "named", "org"),
    "BY": (TOWNS, "PLACE", "named", "city"),
    "WBY": (WORLD_CITIES, "PLACE", "named", "city"),
    "LAND": (COUNTRIES, "PLACE", "named", "country"),
    "REG": (REGIONS, "PLACE", "named", "region"),
    "RIVER": (RIVERS, "PLACE", "named", "river"),
    "MOUNT": (MOUNTAINS, "PLACE", "named", "mount"),
    "WATER": (WATERS, "PLACE", "named", "region"),
    "SEA": (SEAS, "PLACE", "named", "region"),
    "HEALTH": ("el|Ministerio de Sanidad\nel|Instituto de Salud Carlos III\nla|Consejería de Sanidad de la Comunidad de Madrid\nel|Servicio Andaluz de Salud\nel|Sergas\nOsakidetza\nla|Secretaría de Salud\nel|Ministerio de Salud y Protección Social\nel|Servicio Madrileño de Salud", "ORG", "named", "org"),
    "STREET": (STREETS, "PLACE", "named", "street"),
    "STADIUM": (STADIUMS, "PLACE", "named", "site"),
    "AIRPORT": (AIRPORTS, "PLACE", "named", "site"),
    "SITE": (SITES, "PLACE", "named", "site"),
    "CONFLICT": (CONFLICT_REGIONS, "PLACE", "named", "region"),
    "SEV": (SPORT_EVENTS, "EVENT", "named", "event"),
    "SEV_RUN": (SEV_RUN, "EVENT", "named", "event"),
    "SEV_CUP": ("la|Copa del Rey\nla|Liga de Campeones\nla|Champions League\nla|Liga Europa\nla|Copa Libertadores\nla|Copa Sudamericana\nla|Supercopa de España\nla|Copa de la Reina\nla|Conference League", "EVENT", "named", "event"),
    "SEV_TOUR": (SEV_TOUR, "EVENT", "named", "event"),
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
# política
{POL} ({PAB}) ha pedido una comisión de investigación sobre el funcionamiento {de:AGENCY}.
{g:El diputado/La diputada} {GEN} ({PAB}) ha registrado una proposición de ley para reforzar los controles {de:AGENCY}.
Una nueva encuesta publicada por {MEDIA} sitúa {a:PARTY} {N} puntos por encima de sus resultados electorales.
{PARTY} y {PARTY} han cerrado un acuerdo para gobernar el ayuntamiento {de:BY}.
{g:El alcalde/La alcaldesa} {de:BY}, {GEN}, ha anunciado que no optará a la reelección.
{g:El ministro/La ministra} {POL} ha viajado este {DAY} {a:BY} para presentar el plan de rehabilitación de viviendas.
{POL} ha sido recibid{g:o/a} en {MIN} para una reunión sobre la seguridad {loc:REG}.
El pleno ha aprobado los presupuestos con el voto en contra {de:PARTY}.
{PARL} ha aprobado este {DAY} una ley que destina {N} millones de euros a los municipios rurales {loc:REG}.
En una entrevista con {MEDIA}, {POL} ha calificado de «error histórico» la decisión del Gobierno.
Según {MEDIA}, {POL} ({PAB}) se plantea dejar la dirección de su partido antes del verano.
La moción de censura presentada por {PARTY} ha obtenido {BIG} votos {loc:PARL}, lejos de la mayoría necesaria.
{POL} y {POL} se enfrentaron en un debate televisado emitido por {MEDIA}.
El pleno municipal {de:BY} ha aprobado este {DAY} un presupuesto un {PCT} % superior al del año pasado.
{POL} ({PAB}) ha sido elegid{g:o/a} {g:presidente/presidenta} de la comisión de Hacienda {de:PARL}.
El Consejo de Ministros ha aprobado este {DAY} el nombramiento {de:GEN} al frente {de:AGENCY}.
{REGGOV} ha anunciado un plan de ayudas de {BIG} millones de euros para los afectados {loc:REG}.
El Gobierno de {WPOL} afronta la próxima semana una votación decisiva en el [[Parlamento|ORG]].
# internacional
{WPOL} ha recibido a {WPOL} {loc:WBY} para abordar el comercio y la seguridad.
{WPOL} ha advertido de que {LAND} no cederá ante las presiones {de:INTL}.
{g:El ministro/La ministra} de Exteriores, {POL}, viajará este {DAY} {a:WBY} para reunirse con responsables {de:INTL}.
Miles de personas se manifestaron este {DAY} en las calles {de:WBY} contra la política {de:WPOL}.
{INTL} ha pedido a las partes {loc:LAND} que pongan fin de inmediato a los combates.
Al menos {N} personas murieron en un ataque {loc:WBY}, según las autoridades locales.
{LAND} y {LAND} han firmado un acuerdo de cooperación en materia energética.
Los líderes {de:INTL} se reunirán la próxima semana {loc:WBY} para analizar la situación {loc:LAND}.
{WPOL} ha acusado {a:LAND} de querer desestabilizar la región.
{LAND} ha llamado a consultas a su embajador {loc:LAND} tras unas declaraciones que calificó de «inaceptables».
{WPOL} y {WPOL} conversaron por teléfono durante casi una hora, según un comunicado oficial.
El embajador {DEM} fue convocado por la cancillería {de:WBY}.
{INTL} ha aprobado una ayuda de emergencia de {N} millones de dólares para los damnificados {loc:LAND}.
{WPOL} ha destituido este {DAY} a su primer ministro, según la televisión estatal.
{INTL} ha suspendido {a:LAND} de sus órganos tras el golpe de Estado militar.
Se registraron este {DAY} enfrentamientos entre el Ejército y grupos armados {loc:CONFLICT}, según fuentes locales.
Las autoridades {de:LAND} anunciaron la reapertura de sus fronteras terrestres tras {N} meses de cierre.
{WPOL} inauguró este {DAY} una nueva planta solar cerca {de:WBY}.
# economía
{COMP} obtuvo un beneficio neto de {BIG} millones de euros en el primer semestre.
{g:El consejero delegado/La consejera delegada} {de:COMP}, {BIZ}, ha anunciado la supresión de {BIG} empleos.
{COMP} comprará a su competidor {nu:COMP} por {N} millones de euros.
Las acciones {de:COMP} cayeron un {PCT} % en {BOURSE} tras la publicación de sus resultados.
{COMP} construirá una nueva fábrica {loc:BY} que podría crear {BIG} puestos de trabajo.
{STATS} ha informado este {DAY} de que la inflación se situó en el {PCT} % interanual en {MONTH}.
{COMP} y {COMP} han firmado una alianza para impulsar el hidrógeno verde {loc:REG}.
{BIZ}, {g:presidente/presidenta} {de:COMP}, considera que el mercado {DEM} sigue siendo «estratégico» para el grupo.
{COMP} ha recibido una multa de {BIG} millones de euros impuesta por {REGULATOR}.
Los trabajadores de la planta {de:COMP} {loc:BY} han iniciado una huelga para reclamar subidas salariales.
{COMP} cerrará su centro de investigación {loc:BY} antes de final de año.
La facturación {de:COMP} creció un {PCT} % en el tercer trimestre, impulsada por las ventas {loc:LAND}.
{BIZ} dejará la dirección {de:COMP} en {MONTH}, según ha informado el grupo en un comunicado.
# justicia
Un hombre de {AGE} años ha sido condenado a {N} años de prisión por {COURT_CRIM} por el asesinato de su pareja.
{COURT_CRIM} ha absuelto al exdirectivo {de:COMP} acusado de corrupción.
{g:El abogado/La abogada} {GEN} ha anunciado que su cliente recurrirá la sentencia {de:COURT_CRIM}.
La policía investiga un robo en las instalaciones {de:COMP} {loc:BY}.
Una mujer de {AGE} años ha sido detenida por estafar a los socios {de:NGO}.
Los agentes detuvieron a dos sospechosos tras un atraco cerca {de:SITE}.
{COURT_CRIM} ha elevado la pena al hombre juzgado por las agresiones cometidas {loc:BY}.
{g:El fiscal/La fiscal} {GEN} ha pedido {N} años de prisión para el principal acusado.
{COURT_HIGH} ha avalado este {DAY} la mayor parte de la ley recurrida por {PARTY}.
El juicio contra {GEN}, acusad{g:o/a} de desviar fondos {de:TOWNHALL}, comenzará en {MONTH}.
{POLICE} ha desarticulado una red de narcotráfico que operaba entre {BY} y {BY}.
{FISCAL} ha abierto diligencias contra el exalcalde {de:BY} por presunta prevaricación.
# deporte
{ATH} se impuso este {DAY} y suma su {N}.ª victoria de la temporada.
{CLUB} venció {SCORE} {a:CLUB} ante {N} 000 espectadores.
{ATH} ha sido convocad{g:o/a} para {SEV}, según ha anunciado {SPORTORG}.
{CLUB} ha fichado a {FOOT} por tres temporadas.
{g:El entrenador/La entrenadora} {de:CLUB}, {GEN}, fue destituid{g:o/a} tras la derrota ante {CLUB}.
{ATH} tuvo que retirarse {loc:BY} por una lesión en la rodilla.
{ATH} y {ATH} ocuparon los dos primeros puestos en {SEV}.
Las pruebas {de:SEV} se vieron afectadas por el temporal.
{CLUB} se clasificó para las semifinales {de:SEV_CUP} tras ganar {SCORE} {a:CLUB}.
{g:El seleccionador/La seleccionadora} {GEN} ha convocado a {FOOT} para los partidos ante {LAND} y {LAND}.
{ATH} batió un nuevo récord nacional en {SEV}.
{SUR_FOOT} marcó un doblete y dio {a:CLUB} el liderato de la clasificación.
{SPORTORG} ha abierto un expediente disciplinario {a:CLUB} por los incidentes {loc:STADIUM}.
{ATH} aspira a una medalla en {SEV} tras una temporada marcada por las lesiones.
El partido entre {CLUB} y {CLUB} se disputará con el aforo completo {loc:STADIUM}.
# cultura
{ART} opta a tres galardones en {CEV}.
{g:El escritor/La escritora} {ART} publica una nueva novela, que presentará este {DAY} en {CEV}.
{ART} actuará {loc:STADIUM} en {MONTH}, y las entradas se agotaron en pocos minutos.
{ART} encabezará el cartel {de:CEV}, que abre sus puertas la próxima semana.
{CEV} reunió a más de {BIG} 000 visitantes, según los organizadores.
{MUSEUM} ha adquirido una obra {de:ART} por {N} millones de euros.
{ART} y {ART} compartirán escenario en {CEV} este verano.
{MEDIA} dedica un documental a {ART} y a su infancia {loc:BY}.
{ART} protagonizará la nueva serie producida por {MEDIA}.
{g:El director/La directora} {de:MEDIA}, {GEN}, ha anunciado su marcha tras {N} años al frente de la redacción.
{MUSEUM} dedica una gran retrospectiva {a:ART} a partir de {MONTH}.
La película {de:ART} compite en la sección oficial {de:CEV}.
# tiempo y medio ambiente
{METEO} ha activado el aviso naranja por tormentas para este {DAY} {loc:REG}.
Los termómetros marcaron {N} grados {loc:BY} en la madrugada del {DAY}, un récord para un mes de {MONTH}.
Las autoridades han elevado el nivel de alerta por la crecida {de:RIVER}.
Varias carreteras permanecen cortadas {loc:REG} tras un desprendimiento de tierra cerca {de:BY}.
Se esperan hasta {N} centímetros de nieve {loc:MOUNT} hasta el {DAY}.
{METEO} prevé un fin de semana soleado, con temperaturas cercanas a los {N} grados {loc:REG}.
El nivel {de:WATER} ha alcanzado su mínimo en los últimos {N} años.
Los equipos de rescate han recuperado a {N} personas {loc:SEA} tras el naufragio de un velero.
{NGO} ha recurrido el proyecto de autovía entre {BY} y {BY}.
Activistas {de:NGO} bloquearon este {DAY} el acceso a la sede {de:COMP} {loc:BY}.
Los incendios han calcinado más de {BIG} hectáreas {loc:REG} desde el {DAY}.
{AGENCY} alerta de la sequía que afecta a la cuenca {de:RIVER}.
# sucesos
Un conductor murió en un accidente de tráfico cerca {de:BY} en la madrugada del {DAY}.
Los equipos de rescate localizaron en buen estado a un montañero desaparecido {loc:MOUNT}.
Un avión con {N} pasajeros tuvo que realizar un aterrizaje de emergencia en el aeropuerto {de:AIRPORT} por un problema técnico.
Un incendio en un edificio {de:BY} obligó a trasladar a dos heridos {a:HOSP}.
Un terremoto de magnitud {MAG} sacudió {LAND} este {DAY} y causó al menos {N} muertos.
{N} personas fueron evacuadas tras el desbordamiento {de:RIVER} {loc:BY}.
Una embarcación con {N} migrantes naufragó frente a las costas {de:LAND}, según {INTL_HUM}.
Dos trenes chocaron cerca {de:BY} y causaron una decena de heridos, según {COMP_RAIL}.
# salud y ciencia
Investigadores {de:UNI} han desarrollado un nuevo método para detectar el cáncer de forma precoz.
{g:El catedrático/La catedrática} {GEN}, {de:UNI}, considera que estos resultados pueden cambiar el tratamiento de los pacientes.
{UNI} y {UNI} crearán un centro de investigación conjunto {loc:BY}.
{HOSP} ha puesto en marcha un nuevo protocolo tras la muerte de un paciente en urgencias.
{HEALTH} advierte de un aumento de los casos de gripe {loc:REG} en la última semana.
{INTL} alerta de un nuevo brote epidémico {loc:LAND}.
{COMP_PHARMA} ha obtenido la autorización para comercializar un nuevo tratamiento contra la diabetes {loc:LAND}.
{g:El jefe/La jefa} de la unidad de cuidados intensivos {de:HOSP}, {GEN}, denuncia la falta de personal.
El estudio, publicado por {UNI}, analiza a más de {BIG} 000 pacientes durante {N} años.
# trabajo y educación
{UNION} ha convocado una huelga en {COMP} a partir del {DAY}.
Las negociaciones entre {UNION} y la dirección {de:COMP} fracasaron en la madrugada del {DAY}.
{g:El secretario general/La secretaria general} {de:UNION}, {GEN}, reclama una subida de los salarios.
{COMP} cierra su planta {loc:BY}, donde trabajan {BIG} empleados.
{g:El rector/La rectora} {de:UNI}, {GEN}, celebra el número récord de solicitudes de matrícula.
{UNION} y {UNION} han convocado manifestaciones este {DAY} {loc:BY} contra la reforma.
Los profesores {de:BY} secundaron este {DAY} la huelga convocada por {UNION}.
# religión y sociedad
El papa [[León XIV|PERSON]] recibió este {DAY} a {WPOL} en el [[Vaticano|PLACE]].
El obispo {de:BY} ha pedido a los fieles que acojan a los migrantes.
Más de {BIG} personas se concentraron este {DAY} {loc:BY} en memoria de la víctima.
{NGO} ha repartido {BIG} 000 comidas entre las personas sin hogar {loc:BY} este invierno.
# local
{TOWNHALL} aprobó este {DAY} la construcción de una nueva piscina de {N} millones de euros.
Los vecinos {de:BY} pagarán más por el agua a partir de {MONTH}.
El nuevo puente sobre {RIVER} se abrirá al tráfico en {MONTH}.
{TOWNHALL} ha decidido peatonalizar una parte {de:STREET}.
{COMP_AIR} abrirá en {MONTH} una ruta directa entre {BY} y {WBY}.
{GEN}, vecin{g:o/a} {de:BY}, celebró sus {AGE} años rodead{g:o/a} de su familia.
Las obras afectarán al tráfico {loc:STREET} durante {N} semanas, advierte {TOWNHALL}.
# varios
{SUR} ha asegurado {a:MEDIA} que no se arrepiente de su decisión.
{SUR} ha rechazado las críticas {de:PARTY} y ha defendido que hizo «lo que era necesario».
Según {SUR}, no está previsto vender la participación en {COMP}.
{SUR} y {SUR} asistieron a la firma del acuerdo {loc:WBY}.
{POL} ({PAB}) y {POL} ({PAB}) defienden una propuesta conjunta sobre salud mental.
Más de {N} 000 corredores participarán en {SEV_RUN}.
{BIZ} presidirá {NGO} a partir de {MONTH}, según ha informado su patronato.
{CLUB} ha traspasado a {FOOT} {a:CLUB} por una cantidad récord.
{WPOL} considera que {INTL} debe asumir más responsabilidades ante la crisis migratoria.
Una investigación {de:MEDIA} revela que {COMP} incumplió la normativa {loc:LAND} durante años.
La policía {de:BY} busca a un hombre de {AGE} años desaparecido desde el {DAY}.
{WPOL} visitará {BY} en {MONTH} en un viaje oficial.
{PARL} ha aprobado la creación de una comisión para examinar los contratos firmados con {COMP}.
# cumbres y eventos
Líderes políticos y empresariales se reúnen desde este {DAY} en {SUMMIT}.
{POL} pronunció el discurso inaugural {de:SUMMIT} y prometió bajadas de impuestos.
Más de {N} jefes de Estado participarán {loc:WBY} en {SUMMIT}.
{COMP} presentó su nueva estrategia en el marco {de:SUMMIT}.
{ATH} logró su primera victoria en {SEV_TOUR} tras un ajustado esprint.
{WPOL} asistirá {a:SUMMIT} {loc:WBY}, según fuentes de su entorno.
El recuerdo {de:HIST} sigue muy presente {loc:REG}, donde se celebran varios actos.
{MUSEUM} dedica una exposición {a:HIST} a partir de {MONTH}.
{ATH} se proclamó campe{g:ón/ona} en {SEV}, por delante de {ATH}.
{CEV} arranca este {DAY} {loc:BY} con una programación dedicada a los nuevos creadores.
Cientos de voluntarios colaboran en {CEV}, que este año cumple {N} ediciones.
{MEDIA} retransmitirá en directo {SEV} a partir del {DAY}.
# organismos seguidos de palabras en minúscula
{AGENCY} prevé una subida de los precios de la electricidad {loc:REG} el próximo año.
{MIN} ha publicado este {DAY} un informe sobre el estado de las carreteras de montaña {loc:REG}.
Según {AGENCY}, el consumo de agua de los hogares ha bajado un {PCT} % en un año.
{REGULATOR} investiga las prácticas comerciales de las distribuidoras de energía {loc:LAND}.
{UNI} publica un estudio sobre la salud mental de los estudiantes de primer curso.
{MIN} recomienda a los viajeros que se informen antes de viajar {a:LAND}.
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
