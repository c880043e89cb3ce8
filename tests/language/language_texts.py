"""Invented articles in other languages (written for these tests; no third-party text)."""

FRENCH = """Le conseil municipal accusé de trahir les boulangers

« C'est une honte absolue », a déclaré Marie Dupont, présidente de l'Union des artisans, lundi à Lyon.

Selon la mairie, les aides aux commerces baisseront de 12 % dès 2027. Les critiques estiment que cette décision menace quatre cents boutiques familiales.

« Nous ne laisserons pas ces bureaucrates détruire nos quartiers », a ajouté Dupont. Le maire Jean Moreau a répondu que la réforme était « nécessaire et juste ».
"""

SPANISH = """El ayuntamiento congela las ayudas a los panaderos

«Es una vergüenza absoluta», dijo el lunes María Pérez, presidenta de la Unión de Artesanos.

Según el ayuntamiento, las ayudas bajarán un 12 % en 2027. Los críticos creen que la decisión amenaza a cuatrocientas tiendas familiares del barrio antiguo.

El alcalde defendió el recorte en una rueda de prensa y aseguró que la ciudad no puede seguir pagando subvenciones que, según él, nadie controla desde hace años.
"""
