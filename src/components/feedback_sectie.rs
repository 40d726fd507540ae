use leptos::prelude::*;

use super::lens::lens;
use super::tekst_veld::TekstVeld;
use crate::model::uitleg;
use crate::model::ClientFeedback;
use crate::state::Bewerking;

/// Section 3: what the client said about the conversation: two scores and the client's words.
#[component]
pub fn FeedbackSectie(bw: Bewerking) -> impl IntoView {
    let (werkrelatie, zet_werkrelatie) = lens(
        bw,
        |w| w.feedback.werkrelatie,
        |w, v| w.feedback.werkrelatie = v,
    );
    let (werkrelatie_woorden, zet_werkrelatie_woorden) = lens(
        bw,
        |w| w.feedback.werkrelatie_woorden.clone(),
        |w, v| w.feedback.werkrelatie_woorden = v,
    );
    let (doel, zet_doel) = lens(bw, |w| w.feedback.doel, |w, v| w.feedback.doel = v);
    let (doel_woorden, zet_doel_woorden) = lens(
        bw,
        |w| w.feedback.doel_woorden.clone(),
        |w, v| w.feedback.doel_woorden = v,
    );

    view! {
        <section class="sectie" aria-labelledby="sectie-feedback">
            <h2 id="sectie-feedback" tabindex="-1">"3. Cliëntfeedback"</h2>
            <p class="intro">{uitleg::FEEDBACK_UITLEG}</p>
            <fieldset class="feedbackvraag">
                <legend>"Werkrelatie: begrijpen we elkaar beter?"</legend>
                <Score
                    id="feedback-werkrelatie"
                    vraag="Cijfer voor de werkrelatie"
                    waarde=werkrelatie
                    bij_wijziging=zet_werkrelatie
                />
                <TekstVeld
                    id="feedback-werkrelatie-woorden"
                    label="Wat zei de cliënt over de werkrelatie? (eigen woorden)"
                    waarde=werkrelatie_woorden
                    bij_invoer=zet_werkrelatie_woorden
                />
            </fieldset>
            <fieldset class="feedbackvraag">
                <legend>"Doel: komen we dichter bij het doel?"</legend>
                <Score id="feedback-doel" vraag="Cijfer voor het doel" waarde=doel bij_wijziging=zet_doel />
                <TekstVeld
                    id="feedback-doel-woorden"
                    label="Wat zei de cliënt over het doel? (eigen woorden)"
                    waarde=doel_woorden
                    bij_invoer=zet_doel_woorden
                />
            </fieldset>
        </section>
    }
}

/// A 0–10 score field. What the user types stays in the field; only a valid score is stored.
#[component]
fn Score(
    id: &'static str,
    vraag: &'static str,
    #[prop(into)] waarde: Signal<Option<u8>>,
    #[prop(into)] bij_wijziging: Callback<Option<u8>>,
) -> impl IntoView {
    let fout = RwSignal::new(None::<&'static str>);
    let fout_id = format!("{id}-fout");
    let hint_id = format!("{id}-hint");
    view! {
        <div class="veld">
            <label for=id>{vraag}</label>
            <p class="hint" id=hint_id.clone()>"Cijfer van de cliënt, van 0 (helemaal niet) tot 10 (helemaal wel)."</p>
            <input
                type="number"
                spellcheck="false"
                id=id
                min="0"
                max="10"
                step="1"
                inputmode="numeric"
                autocomplete="off"
                class="kort"
                aria-invalid=move || if fout.get().is_some() { "true" } else { "false" }
                aria-describedby=format!("{hint_id} {fout_id}")
                prop:value=move || waarde.get().map(|n| n.to_string()).unwrap_or_default()
                on:input=move |ev| match ClientFeedback::parse_score(&event_target_value(&ev)) {
                    Ok(n) => {
                        fout.set(None);
                        bij_wijziging.run(n);
                    }
                    Err(e) => fout.set(Some(e)),
                }
            />
            <p class="fout" id=fout_id role="alert">{move || fout.get()}</p>
        </div>
    }
}
