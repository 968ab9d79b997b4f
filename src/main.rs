//! Entry point of the widget: mounts the app into `<body>`, nothing else.

fn main() {
    explainer::mount();
}
