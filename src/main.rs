#[cfg(target_arch = "wasm32")]
fn main() {
    leptos::mount::mount_to_body(werkblad::app::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Werkblad draait in de browser: start het met `scripts/serve` (zie README.md).");
}
