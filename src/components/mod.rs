//! One component per file, named for what the user sees.

pub mod afdruk_pagina;
pub mod backup_sectie;
pub mod bevestig_dialoog;
pub mod feedback_sectie;
pub mod gesprek_sectie;
pub mod keuze_groep;
pub mod lens;
pub mod meldingen;
pub mod momenten_lijst;
pub mod nieuwe_versie;
pub mod ontgrendel_scherm;
pub mod opslag_meter;
pub mod opslag_status;
pub mod overzicht;
pub mod print_samenvatting;
pub mod privacy_hint;
pub mod privacy_pagina;
pub mod slim_matrix;
pub mod slot_instellingen;
pub mod tekst_veld;
pub mod thema_vraag;
pub mod toegankelijkheid_pagina;
pub mod voornemens_lijst;
pub mod werkblad_editor;
pub mod werkblad_rij;
pub mod wis_bevestiging;
