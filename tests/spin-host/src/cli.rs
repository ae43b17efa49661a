//! Command-line parsing for `spin-test-host`.

use std::path::PathBuf;

use wasmtime::{bail, format_err, Result};

pub const USAGE: &str = "\
usage: spin-test-host [up] --manifest <spin.toml> [--listen <addr:port>] [--runtime-config <file.toml>]

  up                             optional, ignored: Spin's own `spin up --from <spin.toml>
                                 --listen <addr>` form works as is (`portcullis dev --spin-bin`)

  -f, --manifest <path>          Spin manifest v2 (a file, or a directory containing spin.toml)
      --listen <addr:port>       address to serve HTTP/1.1 on (default 127.0.0.1:3000; port 0 =
                                 any free port, the chosen one is printed)
      --runtime-config <path>    runtime config TOML; [key_value_store.<label>] type = \"redis\"
                                 url = \"redis://...\" (alias: --runtime-config-file)
  -h, --help                     this help

App variables come from SPIN_VARIABLE_<NAME> environment variables, else the manifest default.
When ready, prints `spin-test-host listening on http://<addr>` on stdout.";

pub struct Args {
    pub manifest: PathBuf,
    pub listen: String,
    pub runtime_config: Option<PathBuf>,
}

/// Parse the arguments (without the program name); `Ok(None)` means `--help`.
pub fn parse_args(args: impl Iterator<Item = String>) -> Result<Option<Args>> {
    let mut manifest = None;
    let mut listen = "127.0.0.1:3000".to_string();
    let mut runtime_config = None;
    let mut args = args.peekable();
    if args.peek().map(String::as_str) == Some("up") {
        args.next();
    }
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| -> Result<String> {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format_err!("{name} needs a value\n\n{USAGE}"))
        };
        match flag.as_str() {
            "-h" | "--help" => return Ok(None),
            "-f" | "--manifest" | "--from" => manifest = Some(PathBuf::from(value(&flag)?)),
            "--listen" => listen = value(&flag)?,
            "--runtime-config" | "--runtime-config-file" => {
                runtime_config = Some(PathBuf::from(value(&flag)?))
            }
            other => bail!("unknown argument {other:?}\n\n{USAGE}"),
        }
    }
    let Some(mut manifest) = manifest else {
        bail!("--manifest is required\n\n{USAGE}");
    };
    if manifest.is_dir() {
        manifest = manifest.join("spin.toml");
    }
    Ok(Some(Args {
        manifest,
        listen,
        runtime_config,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(v: &[&str]) -> Result<Option<Args>> {
        parse_args(v.iter().map(|s| s.to_string()))
    }

    #[test]
    fn cli_parsing() {
        let a = args(&["--manifest", "x/spin.toml", "--listen=127.0.0.1:0"])
            .unwrap()
            .unwrap();
        assert_eq!(a.manifest, PathBuf::from("x/spin.toml"));
        assert_eq!(a.listen, "127.0.0.1:0");
        assert!(a.runtime_config.is_none());
        let a = args(&["-f", "m.toml", "--runtime-config-file", "rc.toml"])
            .unwrap()
            .unwrap();
        assert_eq!(a.listen, "127.0.0.1:3000");
        assert_eq!(a.runtime_config, Some(PathBuf::from("rc.toml")));
        assert!(args(&["--help"]).unwrap().is_none());
        assert!(args(&[]).is_err());
        assert!(args(&["--manifest"]).is_err());
        assert!(args(&["--manifest", "m", "--bogus"]).is_err());
        // Spin's own form: `spin up --from <manifest> --listen <addr>`.
        let a = args(&[
            "up",
            "--from",
            "app/spin.toml",
            "--listen",
            "127.0.0.1:3001",
        ])
        .unwrap()
        .unwrap();
        assert_eq!(a.manifest, PathBuf::from("app/spin.toml"));
        assert_eq!(a.listen, "127.0.0.1:3001");
        // Only as the first argument.
        assert!(args(&["--from", "m", "up"]).is_err());
    }
}
