fn main() {
    portcullis_build::emit();
}
