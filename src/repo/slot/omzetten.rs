//! Switching the lock on ([`zet_aan`]) and off ([`zet_uit`]), in the order the module
//! documentation of `repo::slot` explains.

use super::envelop::{ontsleutel, soort, versleutel, Soort};
use super::{
    is_gevoelig, IvBron, Mislukt, Sleutel, SlotFout, SlotInfo, VersleuteldeOpslag, MAX_ITERATIES,
    SLOT_KEY,
};
use crate::repo::opslag::{Opslag, OpslagFout};

/// Encrypts every plain sensitive value in place, recording `(key, old value)` in `omgezet`
/// as it goes (so a failed switch-on can put them back). Leaves encrypted and damaged values
/// alone.
pub(super) fn versleutel_platte(
    s: &mut dyn Opslag,
    sleutel: &Sleutel,
    iv_bron: &mut IvBron,
    omgezet: &mut Vec<(String, String)>,
) -> Result<(), OpslagFout> {
    for key in s.sleutels()?.into_iter().filter(|k| is_gevoelig(k)) {
        let Some(raw) = s.lees_ruw(&key)? else {
            continue;
        };
        if !matches!(soort(&raw), Soort::Plat) {
            continue;
        }
        let versleuteld = versleutel(sleutel, iv_bron(), &key, &raw)?;
        s.schrijf(&key, &versleuteld)?;
        omgezet.push((key, raw));
    }
    Ok(())
}

/// Switches the lock on: writes the slot, then encrypts every stored sensitive value, and
/// returns the open store. Derive `sleutel` from the passphrase and `zout` first
/// ([`leid_sleutel_af`](super::leid_sleutel_af) or WebCrypto); pass
/// [`PBKDF2_ITERATIES`](super::PBKDF2_ITERATIES) as `iteraties` (tests pass fewer to stay fast)
/// and 16 fresh random bytes as `zout`.
///
/// On failure the store comes back with the error. [`SlotFout::AanzettenMislukt`]: undone,
/// the lock is off and every value is as before. [`SlotFout::AanzettenOnderbroken`]: undoing
/// failed too, so the slot stays; everything is readable with the passphrase and the next
/// unlock's [`VersleuteldeOpslag::rond_af`] finishes the job. Anything else: nothing changed.
pub fn zet_aan<O: Opslag>(
    mut binnen: O,
    sleutel: Sleutel,
    zout: [u8; 16],
    iteraties: u32,
    mut iv_bron: IvBron,
) -> Result<VersleuteldeOpslag<O>, Mislukt<O>> {
    match binnen.lees_ruw(SLOT_KEY) {
        Ok(None) => {}
        Ok(Some(_)) => return Err(Mislukt::new(binnen, SlotFout::AlAan)),
        Err(e) => return Err(Mislukt::new(binnen, SlotFout::Opslag(e))),
    }
    if iteraties == 0 || iteraties > MAX_ITERATIES {
        return Err(Mislukt::new(binnen, SlotFout::Beschadigd));
    }
    let slot_raw = match SlotInfo::nieuw(&sleutel, zout, iteraties, iv_bron()) {
        Ok(info) => serde_json::to_string(&info).expect("a SlotInfo always serialises"),
        Err(e) => return Err(Mislukt::new(binnen, SlotFout::AanzettenMislukt(e))),
    };
    // The slot first: see the module documentation.
    if let Err(e) = binnen.schrijf(SLOT_KEY, &slot_raw) {
        return Err(Mislukt::new(binnen, SlotFout::AanzettenMislukt(e)));
    }
    let mut omgezet = Vec::new();
    if let Err(e) = versleutel_platte(&mut binnen, &sleutel, &mut iv_bron, &mut omgezet) {
        // Put back the plain values (they are smaller, so a full store takes them), then
        // remove the slot; stop at the first refusal, so the slot stays while any
        // ciphertext does.
        let terug = omgezet
            .iter()
            .all(|(key, raw)| binnen.schrijf(key, raw).is_ok())
            && binnen.wis(SLOT_KEY).is_ok();
        let fout = if terug {
            SlotFout::AanzettenMislukt(e)
        } else {
            SlotFout::AanzettenOnderbroken(e)
        };
        return Err(Mislukt::new(binnen, fout));
    }
    Ok(VersleuteldeOpslag {
        binnen,
        sleutel,
        iv_bron,
        slot_raw,
    })
}

/// Switches the lock off: decrypts every stored value, then removes the slot, and returns the
/// plain store. First checks that everything decrypts; if anything does not, nothing changes
/// ([`SlotFout::NietTeOntsleutelen`]): without the slot it could never be opened again.
/// If a write fails halfway the open store comes back with
/// [`SlotFout::UitzettenOnderbroken`]: still locked, everything readable, call again.
pub fn zet_uit<O: Opslag>(
    mut v: VersleuteldeOpslag<O>,
) -> Result<O, Mislukt<VersleuteldeOpslag<O>>> {
    if let Err(e) = v.controleer_slot() {
        return Err(Mislukt::new(v, SlotFout::Opslag(e)));
    }
    let sleutels = match v.binnen.sleutels() {
        Ok(k) => k,
        Err(e) => return Err(Mislukt::new(v, SlotFout::Opslag(e))),
    };
    let mut plat = Vec::new();
    let mut kapot = Vec::new();
    for key in sleutels.into_iter().filter(|k| is_gevoelig(k)) {
        let raw = match v.binnen.lees_ruw(&key) {
            Ok(Some(raw)) => raw,
            Ok(None) => continue,
            Err(e) => return Err(Mislukt::new(v, SlotFout::Opslag(e))),
        };
        match soort(&raw) {
            Soort::Plat => {}
            Soort::Versleuteld(e) => match ontsleutel(&v.sleutel, &key, &e) {
                Some(tekst) => plat.push((key, tekst)),
                None => kapot.push(key),
            },
            Soort::Beschadigd => kapot.push(key),
        }
    }
    if !kapot.is_empty() {
        return Err(Mislukt::new(v, SlotFout::NietTeOntsleutelen(kapot)));
    }
    for (key, tekst) in &plat {
        if let Err(e) = v.binnen.schrijf(key, tekst) {
            return Err(Mislukt::new(v, SlotFout::UitzettenOnderbroken(e)));
        }
    }
    // The slot last: see the module documentation.
    if let Err(e) = v.binnen.wis(SLOT_KEY) {
        return Err(Mislukt::new(v, SlotFout::UitzettenOnderbroken(e)));
    }
    Ok(v.vergrendel())
}
