/**
 * A short release written for the tests (not a real one): a dated meeting in Lima with Chile's foreign minister,
 * and a meeting planned for next year with two intergovernmental bodies.
 */
export const TEST_RELEASE = `Nota de Prensa 415-25

Canciller del Perú se reunió con su par de Chile en Lima

Lima, 10 de diciembre de 2025

El ministro de Relaciones Exteriores, Hugo de Zela, sostuvo hoy una reunión de trabajo con la canciller de Chile, en la sede de la Cancillería en Lima, para revisar la agenda de integración fronteriza y la cooperación en materia migratoria.

Ambos cancilleres acordaron convocar el próximo año una reunión del Comité de Frontera e Integración y coordinar posiciones ante la Comunidad Andina (CAN) y la Organización de Estados Americanos (OEA).`;
