//! A Leptos counter: the smallest app with one interactive control.
use leptos::prelude::*;

#[component]
fn Teller() -> impl IntoView {
    let (n, zet_n) = signal(0);
    view! {
        <main>
            <h1>"Teller"</h1>
            <button on:click=move |_| zet_n.update(|n| *n += 1)>"Tel: " {n}</button>
        </main>
    }
}

fn main() {
    leptos::mount::mount_to_body(Teller);
}
