//! Reading and checking a backup file, all or nothing.

use std::collections::HashMap;

use serde_json::Value;

use super::{ImportFout, APP, MAX_BESTAND, MAX_WERKBLADEN};
use crate::model::migratie::{lees_waarde, LeesFout};
use crate::model::route::geldig_id;
use crate::model::thema::ThemaId;
use crate::model::werkblad::{Werkblad, MAX_TEKST, SCHEMA_VERSIE};

/// Reads and checks a whole backup file. All or nothing: one bad worksheet refuses the file,
/// so the user never ends up with half an import.
///
/// Each worksheet is read by `migratie::lees_waarde`, exactly as at start-up (schema version,
/// theme list repaired), and then checked further: a safe id, no id twice in the file, no text
/// field over [`MAX_TEKST`], scores 0–10.
pub fn lees_import(json: &str) -> Result<Vec<Werkblad>, ImportFout> {
    if json.len() > MAX_BESTAND {
        return Err(ImportFout::TeGroot { bytes: json.len() });
    }
    // Some editors put a byte order mark in front; it is not part of the content.
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    if json.trim().is_empty() {
        return Err(ImportFout::Leeg);
    }
    let bestand: Value = serde_json::from_str(json).map_err(|e| {
        if e.is_eof() {
            ImportFout::Afgebroken
        } else {
            ImportFout::GeenJson
        }
    })?;
    let Value::Object(mut bestand) = bestand else {
        return Err(ImportFout::AndereApp);
    };
    if bestand.get("app").and_then(Value::as_str) != Some(APP) {
        return Err(ImportFout::AndereApp);
    }
    let versie = bestand
        .get("schema_version")
        .and_then(Value::as_u64)
        .ok_or(ImportFout::GeenVersie)?;
    if versie > u64::from(SCHEMA_VERSIE) {
        return Err(ImportFout::NieuwereVersie { versie });
    }
    if versie == 0 {
        return Err(ImportFout::OnbekendeVersie(versie));
    }
    let Some(Value::Array(lijst)) = bestand.remove("werkbladen") else {
        return Err(ImportFout::Structuur {
            nummer: None,
            detail: "no werkbladen array".into(),
        });
    };
    if lijst.len() > MAX_WERKBLADEN {
        return Err(ImportFout::TeVeel {
            aantal: lijst.len(),
        });
    }
    if lijst.is_empty() {
        return Err(ImportFout::GeenWerkbladen);
    }

    let mut werkbladen = Vec::with_capacity(lijst.len());
    let mut gezien: HashMap<String, usize> = HashMap::new();
    for (i, waarde) in lijst.into_iter().enumerate() {
        let nummer = i + 1;
        let wb = lees_een(waarde, nummer)?;
        if let Some(&eerste) = gezien.get(&wb.id) {
            return Err(ImportFout::DubbelId {
                id: wb.id,
                eerste,
                tweede: nummer,
            });
        }
        gezien.insert(wb.id.clone(), nummer);
        werkbladen.push(wb);
    }
    Ok(werkbladen)
}

fn lees_een(waarde: Value, nummer: usize) -> Result<Werkblad, ImportFout> {
    let structuur = |detail: &str| ImportFout::Structuur {
        nummer: Some(nummer),
        detail: detail.into(),
    };
    if !waarde.is_object() {
        return Err(structuur("not an object"));
    }
    // Checked here as well as in lees_werkblad, to tell the user what exactly is wrong.
    if !waarde
        .get("id")
        .and_then(Value::as_str)
        .is_some_and(geldig_id)
    {
        return Err(ImportFout::OngeldigId { nummer });
    }
    // Through the same reader as stored worksheets, so an import can never hold anything that
    // start-up would refuse, and future migrations apply to backups too.
    let wb = lees_waarde(waarde)
        .map(|g| g.werkblad)
        .map_err(|e| match e {
            LeesFout::NieuwereVersie(v) => ImportFout::NieuwereVersie {
                versie: u64::from(v),
            },
            LeesFout::Onleesbaar(detail) => structuur(&detail),
        })?;
    if let Some((veld, tekens)) = te_lange_tekst(&wb) {
        return Err(ImportFout::TekstTeLang {
            nummer,
            veld,
            tekens,
        });
    }
    // The form never stores more than 10; a higher score would print as "12 van 10".
    if [wb.feedback.werkrelatie, wb.feedback.doel]
        .into_iter()
        .flatten()
        .any(|c| c > 10)
    {
        return Err(structuur("score above 10"));
    }
    Ok(wb)
}

/// A text field of a worksheet, to name it in an error message.
#[derive(Clone, Copy)]
enum Veld {
    Label,
    Datum,
    SoortAnders,
    AanwezigAnders,
    Doel,
    Inbreng,
    Observaties(ThemaId),
    MomentWat(ThemaId, usize),
    MomentAnders(ThemaId, usize),
    WerkrelatieWoorden,
    DoelWoorden,
    SlimToelichting,
    Voornemen(usize),
    TerugblikVoornemen(usize),
    TerugblikWat(usize),
}

impl Veld {
    fn beschrijving(self) -> String {
        let vraag = |id: ThemaId| format!("vraag {} (\"{}\")", id.index() + 1, id.vraag());
        match self {
            Veld::Label => "het label".into(),
            Veld::Datum => "de datum".into(),
            Veld::SoortAnders => "de soort gesprek".into(),
            Veld::AanwezigAnders => "wie er nog meer bij waren".into(),
            Veld::Doel => "het doel van het gesprek".into(),
            Veld::Inbreng => "wat je van het gesprek wilde leren".into(),
            Veld::Observaties(id) => format!("de tekst bij {}", vraag(id)),
            Veld::MomentWat(id, j) => format!("moment {j} bij {} (wat gebeurde)", vraag(id)),
            Veld::MomentAnders(id, j) => {
                format!(
                    "moment {j} bij {} (wat je anders had kunnen doen)",
                    vraag(id)
                )
            }
            Veld::WerkrelatieWoorden => "wat de cliënt zei over de werkrelatie".into(),
            Veld::DoelWoorden => "wat de cliënt zei over het doel".into(),
            Veld::SlimToelichting => "de toelichting bij SLIM".into(),
            Veld::Voornemen(i) => format!("voornemen {i}"),
            Veld::TerugblikVoornemen(i) => format!("eerder voornemen {i}"),
            Veld::TerugblikWat(i) => format!("wat er gebeurde met eerder voornemen {i}"),
        }
    }
}

/// The first text field over [`MAX_TEKST`] characters: its description and length.
pub(super) fn te_lange_tekst(wb: &Werkblad) -> Option<(String, usize)> {
    let g = &wb.gesprek;
    let mut velden: Vec<(Veld, &str)> = vec![
        (Veld::Label, &g.label),
        (Veld::Datum, &g.datum),
        (Veld::SoortAnders, &g.soort_anders),
        (Veld::AanwezigAnders, &g.aanwezig_anders),
        (Veld::Doel, &g.doel),
        (Veld::Inbreng, &g.inbreng),
    ];
    for t in &wb.themas {
        velden.push((Veld::Observaties(t.thema), &t.observaties));
        for (j, m) in t.momenten.iter().enumerate() {
            velden.push((Veld::MomentWat(t.thema, j + 1), &m.wat));
            velden.push((Veld::MomentAnders(t.thema, j + 1), &m.anders));
        }
    }
    velden.push((Veld::WerkrelatieWoorden, &wb.feedback.werkrelatie_woorden));
    velden.push((Veld::DoelWoorden, &wb.feedback.doel_woorden));
    velden.push((Veld::SlimToelichting, &wb.slim.toelichting));
    for (i, v) in wb.voornemens.iter().enumerate() {
        velden.push((Veld::Voornemen(i + 1), &v.tekst));
    }
    for (i, t) in wb.terugblik.iter().enumerate() {
        velden.push((Veld::TerugblikVoornemen(i + 1), &t.voornemen));
        velden.push((Veld::TerugblikWat(i + 1), &t.wat_gebeurde));
    }
    velden.into_iter().find_map(|(veld, tekst)| {
        // Bytes bound characters from above, so most fields need no counting at all.
        if tekst.len() <= MAX_TEKST {
            return None;
        }
        let tekens = tekst.chars().count();
        (tekens > MAX_TEKST).then(|| (veld.beschrijving(), tekens))
    })
}
