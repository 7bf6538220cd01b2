-- Schema version 1: the programme, its clusters and sites, supplies with bills and deliveries,
-- equipment and measures. Frozen: later changes go in later migrations.
CREATE TABLE programme (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    organiser TEXT NOT NULL DEFAULT '',
    partners TEXT NOT NULL DEFAULT '',
    year INTEGER,
    currency TEXT NOT NULL,
    report_language TEXT NOT NULL,
    factor_set TEXT NOT NULL,
    description_fr TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT ''
);
CREATE TABLE cluster (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    description_fr TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE site (
    id INTEGER PRIMARY KEY,
    cluster_id INTEGER NOT NULL REFERENCES cluster(id),
    name TEXT NOT NULL,
    company TEXT NOT NULL DEFAULT '',
    activity_fr TEXT NOT NULL DEFAULT '',
    activity_en TEXT NOT NULL DEFAULT '',
    nace_code TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL,
    floor_area_m2 REAL,
    production_volume REAL,
    production_unit TEXT NOT NULL DEFAULT '',
    schedule_shifts_per_day INTEGER,
    schedule_hours_per_shift REAL,
    schedule_days_per_week REAL,
    schedule_weeks_per_year REAL,
    contact TEXT NOT NULL DEFAULT '',
    audit_date TEXT,
    auditor TEXT NOT NULL DEFAULT '',
    observations_fr TEXT NOT NULL DEFAULT '',
    observations_en TEXT NOT NULL DEFAULT '',
    factor_set TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX site_cluster ON site(cluster_id);
CREATE TABLE supply (
    id INTEGER PRIMARY KEY,
    site_id INTEGER NOT NULL REFERENCES site(id),
    carrier TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    invoice_unit TEXT NOT NULL,
    supplier TEXT NOT NULL DEFAULT '',
    contract_ref TEXT NOT NULL DEFAULT '',
    meter_ref TEXT NOT NULL DEFAULT '',
    voltage_level TEXT,
    tariff_option TEXT NOT NULL DEFAULT '',
    subscribed_power_kva REAL,
    heating_value REAL,
    heating_value_basis TEXT NOT NULL
);
CREATE INDEX supply_site ON supply(site_id);
CREATE TABLE bill (
    id INTEGER PRIMARY KEY,
    supply_id INTEGER NOT NULL REFERENCES supply(id),
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    quantity REAL,
    quantity_peak REAL,
    quantity_standard REAL,
    quantity_offpeak REAL,
    max_power REAL,
    max_power_unit TEXT NOT NULL,
    reactive_kvarh REAL,
    cost_excl_vat REAL,
    vat REAL,
    cost_incl_vat REAL,
    currency TEXT NOT NULL,
    invoice_number TEXT NOT NULL DEFAULT '',
    estimated INTEGER NOT NULL DEFAULT 0,
    provenance TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX bill_supply ON bill(supply_id, period_start);
CREATE TABLE delivery (
    id INTEGER PRIMARY KEY,
    supply_id INTEGER NOT NULL REFERENCES supply(id),
    delivery_date TEXT NOT NULL,
    quantity REAL NOT NULL,
    unit_price REAL,
    cost_excl_vat REAL,
    vat REAL,
    currency TEXT NOT NULL,
    delivery_note TEXT NOT NULL DEFAULT '',
    provenance TEXT NOT NULL
);
CREATE INDEX delivery_supply ON delivery(supply_id, delivery_date);
CREATE TABLE equipment (
    id INTEGER PRIMARY KEY,
    site_id INTEGER NOT NULL REFERENCES site(id),
    name TEXT NOT NULL,
    end_use TEXT NOT NULL,
    carrier TEXT NOT NULL,
    rated_power REAL,
    power_unit TEXT NOT NULL,
    quantity INTEGER NOT NULL DEFAULT 1,
    load_factor REAL,
    annual_hours REAL,
    efficiency REAL,
    location TEXT NOT NULL DEFAULT '',
    provenance TEXT NOT NULL DEFAULT '{}',
    notes_fr TEXT NOT NULL DEFAULT '',
    notes_en TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX equipment_site ON equipment(site_id);
CREATE TABLE measure (
    id INTEGER PRIMARY KEY,
    site_id INTEGER NOT NULL REFERENCES site(id),
    title_fr TEXT NOT NULL DEFAULT '',
    title_en TEXT NOT NULL DEFAULT '',
    description_fr TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT '',
    end_use TEXT NOT NULL,
    savings TEXT NOT NULL DEFAULT '[]',
    cost_savings REAL,
    investment REAL,
    category TEXT NOT NULL,
    status TEXT NOT NULL,
    provenance TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX measure_site ON measure(site_id);
