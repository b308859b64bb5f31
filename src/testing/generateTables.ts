/**
 * The fixed tables the synthetic-data generator draws from (see generate.ts). Weights are relative frequencies,
 * chosen to resemble a foreign ministry's agenda: neighbours and large partners dominate, a long tail of others.
 * Coordinates are those of the real cities (WGS84, 4 decimals), so the map draws them where they are.
 */

export interface Counterpart {
  code: string;
  weight: number;
  name: { es: string; en: string };
  capital: { name: string; lat: number; lon: number };
}

const c = (code: string, weight: number, es: string, en: string, capital: string, lat: number, lon: number) =>
  ({ code, weight, name: { es, en }, capital: { name: capital, lat, lon } }) satisfies Counterpart;

export const COUNTERPARTS: readonly Counterpart[] = [
  c('CL', 14, 'Chile', 'Chile', 'Santiago', -33.4489, -70.6693),
  c('US', 12, 'Estados Unidos', 'the United States', 'Washington D.C.', 38.9072, -77.0369),
  c('BO', 10, 'Bolivia', 'Bolivia', 'La Paz', -16.4897, -68.1193),
  c('EC', 10, 'Ecuador', 'Ecuador', 'Quito', -0.1807, -78.4678),
  c('CO', 10, 'Colombia', 'Colombia', 'Bogotá', 4.711, -74.0721),
  c('BR', 9, 'Brasil', 'Brazil', 'Brasília', -15.7939, -47.8828),
  c('CN', 8, 'China', 'China', 'Beijing', 39.9042, 116.4074),
  c('ES', 6, 'España', 'Spain', 'Madrid', 40.4168, -3.7038),
  c('AR', 5, 'Argentina', 'Argentina', 'Buenos Aires', -34.6037, -58.3816),
  c('MX', 5, 'México', 'Mexico', 'Mexico City', 19.4326, -99.1332),
  c('JP', 4, 'Japón', 'Japan', 'Tokyo', 35.6762, 139.6503),
  c('KR', 4, 'Corea del Sur', 'South Korea', 'Seoul', 37.5665, 126.978),
  c('CA', 4, 'Canadá', 'Canada', 'Ottawa', 45.4215, -75.6972),
  c('DE', 3, 'Alemania', 'Germany', 'Berlin', 52.52, 13.405),
  c('FR', 3, 'Francia', 'France', 'Paris', 48.8566, 2.3522),
  c('GB', 3, 'Reino Unido', 'the United Kingdom', 'London', 51.5074, -0.1278),
  c('IT', 2, 'Italia', 'Italy', 'Rome', 41.9028, 12.4964),
  c('IN', 2, 'India', 'India', 'New Delhi', 28.6139, 77.209),
  c('PA', 2, 'Panamá', 'Panama', 'Panama City', 8.9824, -79.5199),
  c('UY', 2, 'Uruguay', 'Uruguay', 'Montevideo', -34.9011, -56.1645),
  c('PY', 2, 'Paraguay', 'Paraguay', 'Asunción', -25.2637, -57.5759),
  c('VE', 1.5, 'Venezuela', 'Venezuela', 'Caracas', 10.4806, -66.9036),
  c('AU', 1.5, 'Australia', 'Australia', 'Canberra', -35.2809, 149.13),
  c('NL', 1.5, 'Países Bajos', 'the Netherlands', 'The Hague', 52.0705, 4.3007),
  c('CR', 1, 'Costa Rica', 'Costa Rica', 'San José', 9.9281, -84.0907),
  c('GT', 1, 'Guatemala', 'Guatemala', 'Guatemala City', 14.6349, -90.5069),
  c('SV', 1, 'El Salvador', 'El Salvador', 'San Salvador', 13.6929, -89.2182),
  c('HN', 1, 'Honduras', 'Honduras', 'Tegucigalpa', 14.0723, -87.1921),
  c('DO', 1, 'República Dominicana', 'the Dominican Republic', 'Santo Domingo', 18.4861, -69.9312),
  c('CU', 1, 'Cuba', 'Cuba', 'Havana', 23.1136, -82.3666),
  c('PT', 1, 'Portugal', 'Portugal', 'Lisbon', 38.7223, -9.1393),
  c('BE', 1, 'Bélgica', 'Belgium', 'Brussels', 50.8503, 4.3517),
  c('CH', 1, 'Suiza', 'Switzerland', 'Bern', 46.948, 7.4474),
  c('NZ', 1, 'Nueva Zelanda', 'New Zealand', 'Wellington', -41.2865, 174.7762),
  c('SG', 1, 'Singapur', 'Singapore', 'Singapore', 1.3521, 103.8198),
  c('ID', 1, 'Indonesia', 'Indonesia', 'Jakarta', -6.2088, 106.8456),
  c('VN', 0.8, 'Vietnam', 'Vietnam', 'Hanoi', 21.0278, 105.8342),
  c('TR', 0.8, 'Turquía', 'Türkiye', 'Ankara', 39.9334, 32.8597),
  c('AE', 0.8, 'Emiratos Árabes Unidos', 'the United Arab Emirates', 'Abu Dhabi', 24.4539, 54.3773),
  c('RU', 0.8, 'Rusia', 'Russia', 'Moscow', 55.7558, 37.6173),
  c('TH', 0.7, 'Tailandia', 'Thailand', 'Bangkok', 13.7563, 100.5018),
  c('PH', 0.7, 'Filipinas', 'the Philippines', 'Manila', 14.5995, 120.9842),
  c('SA', 0.7, 'Arabia Saudita', 'Saudi Arabia', 'Riyadh', 24.7136, 46.6753),
  c('MY', 0.6, 'Malasia', 'Malaysia', 'Kuala Lumpur', 3.139, 101.6869),
  c('FI', 0.5, 'Finlandia', 'Finland', 'Helsinki', 60.1699, 24.9384),
  c('AT', 0.5, 'Austria', 'Austria', 'Vienna', 48.2082, 16.3738),
  c('SE', 0.5, 'Suecia', 'Sweden', 'Stockholm', 59.3293, 18.0686),
  c('NO', 0.5, 'Noruega', 'Norway', 'Oslo', 59.9139, 10.7522),
  c('PL', 0.5, 'Polonia', 'Poland', 'Warsaw', 52.2297, 21.0122),
  c('EG', 0.5, 'Egipto', 'Egypt', 'Cairo', 30.0444, 31.2357),
  c('ZA', 0.5, 'Sudáfrica', 'South Africa', 'Pretoria', -25.7479, 28.2293),
  c('IE', 0.4, 'Irlanda', 'Ireland', 'Dublin', 53.3498, -6.2603),
  c('DK', 0.4, 'Dinamarca', 'Denmark', 'Copenhagen', 55.6761, 12.5683),
];

/** Neighbours: the only counterparts of binational committees, each with the Peruvian border city they meet in. */
export const BORDER_CITIES: Readonly<Record<string, { name: string; lat: number; lon: number }>> = {
  CL: { name: 'Tacna', lat: -18.0066, lon: -70.2463 },
  BO: { name: 'Puno', lat: -15.8402, lon: -70.0219 },
  EC: { name: 'Tumbes', lat: -3.5669, lon: -80.4515 },
  CO: { name: 'Iquitos', lat: -3.7437, lon: -73.2516 },
  BR: { name: 'Puerto Maldonado', lat: -12.5933, lon: -69.1891 },
};

export const LIMA = { name: 'Lima', lat: -12.0464, lon: -77.0428 };

/** Peruvian cities for domestic visits and office openings (regional capitals). */
export const PERU_CITIES: readonly { name: string; lat: number; lon: number }[] = [
  { name: 'Arequipa', lat: -16.409, lon: -71.5375 },
  { name: 'Cusco', lat: -13.532, lon: -71.9675 },
  { name: 'Piura', lat: -5.1945, lon: -80.6328 },
  { name: 'Trujillo', lat: -8.1116, lon: -79.0288 },
  { name: 'Chiclayo', lat: -6.7714, lon: -79.8409 },
  { name: 'Huaraz', lat: -9.5278, lon: -77.5278 },
  { name: 'Tacna', lat: -18.0066, lon: -70.2463 },
  { name: 'Puno', lat: -15.8402, lon: -70.0219 },
  { name: 'Iquitos', lat: -3.7437, lon: -73.2516 },
  { name: 'Tumbes', lat: -3.5669, lon: -80.4515 },
];

/** Ports where operational cooperation (container control, customs) takes place. */
export const PORTS: readonly { name: string; lat: number; lon: number }[] = [
  { name: 'Callao', lat: -12.0566, lon: -77.1181 },
  { name: 'Chancay', lat: -11.5636, lon: -77.27 },
  { name: 'Paita', lat: -5.0892, lon: -81.1144 },
];

export const TYPE_WEIGHTS: Readonly<Record<string, number>> = {
  'bilateral-meeting': 30,
  'technical-meeting': 18,
  'bilateral-coordination': 14,
  'official-visit': 10,
  'operational-cooperation': 8,
  'binational-committee': 6,
  'proposal-multilateral': 5,
  'domestic-visit': 4,
  'election-international-body': 3,
  'office-opening': 2,
};

/** Themes of bilateral work, by frequency. */
export const BILATERAL_THEMES: Readonly<Record<string, number>> = {
  'bilateral-relations': 20,
  'organized-crime': 14,
  migration: 12,
  'security-defence': 10,
  'drug-trafficking': 10,
  'border-management': 8,
  'consular-services': 7,
  customs: 5,
  'port-security': 4,
  'maritime-affairs': 3,
  'cultural-heritage': 2,
};

export const THEMES_BY_TYPE: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  'binational-committee': {
    'border-management': 5,
    migration: 4,
    'consular-services': 3,
    'security-defence': 2,
    customs: 2,
  },
  'operational-cooperation': { 'port-security': 4, customs: 4, 'drug-trafficking': 3, 'organized-crime': 3 },
  'domestic-visit': { 'regional-development': 8, 'consular-services': 1, 'border-management': 1 },
  'office-opening': { 'regional-development': 3, 'consular-services': 2 },
};

/** International bodies: their weight, and the themes Peru raises in each. */
export const ORG_THEMES: Readonly<Record<string, { weight: number; themes: readonly string[] }>> = {
  OAS: { weight: 5, themes: ['diplomatic-asylum', 'migration', 'organized-crime', 'security-defence'] },
  UNODC: { weight: 2, themes: ['drug-trafficking', 'organized-crime'] },
  UNESCO: { weight: 2, themes: ['cultural-heritage'] },
  IMO: { weight: 2, themes: ['maritime-affairs'] },
  WCO: { weight: 1, themes: ['customs'] },
};

/** Activity counts grow over the years, as coverage improves. */
export const YEAR_WEIGHTS: Readonly<Record<number, number>> = {
  2019: 6,
  2020: 5,
  2021: 7,
  2022: 9,
  2023: 10,
  2024: 11,
  2025: 12,
  2026: 12,
};

/** Dates after this are in the future for the synthetic data set: planned or announced, not held. */
export const SYNTHETIC_TODAY = '2026-06-30';
