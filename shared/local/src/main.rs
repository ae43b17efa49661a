//! `portcullis`: the developer CLI.
//!
//! ```text
//! portcullis dev                      serve every function on 127.0.0.1:8787 (embedded stores)
//! portcullis audit [--json]           prove every route is guarded (static + dynamic)
//! portcullis send <provider> <url>    sign and post a realistic test request
//! portcullis redact [--jsonl]         mask PII and secrets in log lines (stdin -> stdout)
//! portcullis scan                     prompt-injection verdicts for JSONL {"text"} (stdin -> stdout)
//! portcullis scan --score             recall / false positives of a labelled JSONL set, per source
//! ```

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::rc::Rc;

use clap::{Parser, Subcommand, ValueEnum};
use portcullis_local::native::{bind, route_table, Host};
use portcullis_local::{audit, dotvars, registry, runtimes, send};

#[derive(Parser)]
#[command(
    name = "portcullis",
    version,
    about = "Guarded edge functions: serve, audit, test"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Runtime {
    /// Every function in this process (default; no build step).
    Native,
    /// The Workers builds on workerd (Miniflare), after `scripts/build workers`.
    Workers,
    /// The Spin components on the Spin test host, after `scripts/build spin`.
    Spin,
}

#[derive(Subcommand)]
enum Command {
    /// Serve every function locally under its route, on embedded in-memory stores.
    Dev {
        /// Address to listen on (loopback by default).
        #[arg(long, default_value = "127.0.0.1:8787")]
        addr: SocketAddr,
        /// Secrets and settings; created from .dev.vars.example when missing.
        #[arg(long, default_value = ".dev.vars")]
        env_file: PathBuf,
        /// Which runtime serves the functions.
        #[arg(long, value_enum, default_value_t = Runtime::Native)]
        runtime: Runtime,
        /// Do not start the fake AI provider on 127.0.0.1:18090.
        #[arg(long)]
        no_fake_ai: bool,
        /// Serve the artifacts already in dist/ instead of running scripts/build first
        /// (workers and spin only; `scripts/bench coldstart` uses it to time start-up alone).
        #[arg(long)]
        no_build: bool,
        /// With `--runtime spin`: run spin.toml with this Spin CLI (e.g. `spin`, Spin 3.x or
        /// 4.x) instead of the project's Spin test host, with every variable of --env-file
        /// passed as SPIN_VARIABLE_* (docs/DEPLOY.md).
        #[arg(long, value_name = "PATH")]
        spin_bin: Option<PathBuf>,
    },
    /// Prove that every function declares a guard and every route refuses unauthenticated calls.
    Audit {
        /// Machine-readable output.
        #[arg(long)]
        json: bool,
        /// The project root to audit statically.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Secrets used to start the functions for the dynamic probes.
        #[arg(long, default_value = ".dev.vars")]
        env_file: PathBuf,
    },
    /// Sign a realistic test request with the dev secrets and post it (like `stripe trigger`).
    Send {
        /// meta | mercadopago | paddle | standard-webhooks | cron | jwt
        provider: String,
        /// Target URL, e.g. http://127.0.0.1:8787/webhooks/paddle
        url: String,
        /// Use this file as the body instead of the built-in sample.
        #[arg(long)]
        body: Option<PathBuf>,
        /// Break the signature after signing (the guard must answer 401).
        #[arg(long)]
        tamper: bool,
        /// Secrets to sign with.
        #[arg(long, default_value = ".dev.vars")]
        env_file: PathBuf,
    },
    /// Mask PII and secrets in log lines from stdin (clean a log before sharing it).
    Redact {
        /// Read `{"text": …}` per line; write `{"masked": …, "spans": [{"start","end","kind"}]}`
        /// (offsets in Unicode code points of the input, end exclusive).
        #[arg(long)]
        jsonl: bool,
        /// Also mask the exact secret values configured in this file (e.g. .dev.vars).
        #[arg(long)]
        secrets_from: Option<PathBuf>,
    },
    /// Prompt-injection verdicts: `{"text": …}` per line in, `{"verdict","score","signals"}` out.
    Scan {
        /// Rules only: leave out the learned n-gram model, which is on by default (the same
        /// guard as the `assistant` function).
        #[arg(long)]
        rules_only: bool,
        /// Scan as text bound for tools or storage (adds HTML/JS, template, SQL, traversal checks).
        #[arg(long)]
        payload: bool,
        /// Score a labelled set instead: lines `{"text","label":"attack"|"benign","source"}` in,
        /// recall and false-positive rate overall and per source out.
        #[arg(long)]
        score: bool,
    },
}

fn stream_lines(mut f: impl FnMut(&str) -> String) -> Result<ExitCode, String> {
    use std::io::{BufRead, Write};
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in stdin.lock().lines() {
        let line = line.map_err(|e| format!("reading stdin: {e}"))?;
        writeln!(out, "{}", f(&line)).map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())?;
    Ok(ExitCode::SUCCESS)
}

fn load_env(path: &std::path::Path) -> Result<portcullis::env::MapEnv, String> {
    let (env, created) = dotvars::load_or_create(path)?;
    if created {
        eprintln!(
            "created {} from .dev.vars.example (fake values for local use)",
            path.display()
        );
    }
    Ok(env)
}

/// Starts the fake AI provider for the assistant (unless disabled or the port is taken).
async fn start_fake_ai(disabled: bool) -> Option<portcullis_local::fake_ai::FakeAi> {
    if disabled {
        return None;
    }
    let addr = portcullis_local::fake_ai::DEFAULT_ADDR.parse().ok()?;
    match portcullis_local::fake_ai::start(addr).await {
        Ok(f) => {
            eprintln!("fake AI provider (echo) on {} for the assistant", f.url());
            Some(f)
        }
        Err(e) => {
            eprintln!("fake AI provider not started on {addr}: {e}");
            None
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let rt = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let local = tokio::task::LocalSet::new();
    match local.block_on(&rt, run(cli.command)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cmd: Command) -> Result<ExitCode, String> {
    match cmd {
        Command::Redact {
            jsonl,
            secrets_from,
        } => {
            let mut secrets = Vec::new();
            if let Some(p) = secrets_from {
                let env = dotvars::load_or_create(&p)?.0;
                for name in portcullis::env::SECRET_VARS {
                    if let Some(v) = portcullis::env::Env::get(&env, name) {
                        secrets.extend(v.split_whitespace().map(String::from));
                    }
                }
            }
            let r = portcullis_redact::Redactor::with_secrets(secrets);
            if jsonl {
                stream_lines(|l| portcullis_redact::jsonl::process_line(&r, l))
            } else {
                stream_lines(|l| r.redact(l).into_owned())
            }
        }
        Command::Scan {
            rules_only,
            payload,
            score,
        } => {
            let g = if rules_only {
                portcullis_inputguard::InputGuard::without_model()
            } else {
                portcullis_inputguard::InputGuard::new()
            };
            if score {
                use std::io::BufRead;
                let mut t = portcullis_inputguard::jsonl::Tally::default();
                for (n, line) in std::io::stdin().lock().lines().enumerate() {
                    let line = line.map_err(|e| e.to_string())?;
                    if line.trim().is_empty() {
                        continue;
                    }
                    t.add_line(&line, |x| {
                        if payload {
                            g.scan_payload(x)
                        } else {
                            g.scan_prompt(x)
                        }
                    });
                    if (n + 1) % 1000 == 0 {
                        eprintln!("scored {} lines", n + 1);
                    }
                }
                print!("{}", t.report());
                Ok(ExitCode::SUCCESS)
            } else if payload {
                stream_lines(|l| portcullis_inputguard::jsonl::process_payload_line(&g, l))
            } else {
                stream_lines(|l| portcullis_inputguard::jsonl::process_line(&g, l))
            }
        }
        Command::Dev {
            addr,
            env_file,
            runtime: runtime @ (Runtime::Workers | Runtime::Spin),
            no_fake_ai,
            no_build,
            spin_bin,
        } => {
            if spin_bin.is_some() && !matches!(runtime, Runtime::Spin) {
                return Err("--spin-bin goes with --runtime spin".into());
            }
            let env = load_env(&env_file)?;
            let _fake = start_fake_ai(no_fake_ai).await;
            let root = std::env::current_dir().map_err(|e| e.to_string())?;
            let platform = if matches!(runtime, Runtime::Workers) {
                "workers"
            } else {
                "spin"
            };
            if !no_build {
                eprintln!("building the {platform} artifacts (scripts/build {platform}) ...");
                let status = std::process::Command::new(root.join("scripts/build"))
                    .arg(platform)
                    .status()
                    .map_err(|e| format!("scripts/build: {e}"))?;
                if !status.success() {
                    return Err(format!("scripts/build {platform} failed"));
                }
            }
            let functions = registry::functions();
            let specs: Vec<_> = functions.iter().map(|f| f.spec().clone()).collect();
            let mut host = match runtime {
                Runtime::Workers => {
                    runtimes::start_workers(&root, &env, &specs, &addr.to_string())?
                }
                _ => match &spin_bin {
                    Some(bin) => runtimes::start_spin_cli(&root, &env, &addr.to_string(), bin)?,
                    None => runtimes::start_spin(&root, &env, &addr.to_string())?,
                },
            };
            println!(
                "Portcullis dev ({platform}, pid {}) on {}\n",
                host.pid(),
                host.base
            );
            print!("{}", route_table(functions.iter()));
            println!("\nLogs follow. Ctrl-C stops.");
            // The host runs in a process group of its own (so that stopping it stops what it
            // started, e.g. Miniflare's workerd); so Ctrl-C and SIGTERM both come here and
            // stop that group by the host's PID.
            let ctrl_c = tokio::signal::ctrl_c();
            tokio::pin!(ctrl_c);
            let mut term =
                tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
                    .map_err(|e| e.to_string())?;
            loop {
                tokio::select! {
                    _ = &mut ctrl_c => {
                        println!("stopping (pid {})", host.pid());
                        drop(host); // kills the host process by its PID
                        return Ok(ExitCode::SUCCESS);
                    }
                    _ = term.recv() => {
                        println!("stopping (pid {})", host.pid());
                        drop(host); // kills the host process by its PID
                        return Ok(ExitCode::SUCCESS);
                    }
                    _ = tokio::time::sleep(std::time::Duration::from_millis(500)) => {
                        if let Some(status) = host.try_wait().map_err(|e| e.to_string())? {
                            return Err(format!("the {platform} host exited: {status}"));
                        }
                    }
                }
            }
        }
        Command::Dev {
            addr,
            env_file,
            runtime: Runtime::Native,
            no_fake_ai,
            no_build: _,
            spin_bin,
        } => {
            if spin_bin.is_some() {
                return Err("--spin-bin goes with --runtime spin".into());
            }
            let env = load_env(&env_file)?;
            let _fake = start_fake_ai(no_fake_ai).await;
            let host = Rc::new(Host::new(registry::functions(), env));
            let problems = host.config_problems();
            if !problems.is_empty() {
                for (f, p) in &problems {
                    eprintln!("config error in {f}: {p}");
                }
                return Err(format!(
                    "refusing to start: {} function(s) misconfigured (fix {})",
                    problems.len(),
                    env_file.display()
                ));
            }
            let (listener, bound) = bind(addr).await.map_err(|e| format!("bind {addr}: {e}"))?;
            println!("Portcullis dev (native) on http://{bound}\n");
            print!("{}", route_table(host.functions()));
            println!("\nLogs follow, one JSON object per line. Ctrl-C stops.");
            tokio::select! {
                r = host.serve(listener) => r.map_err(|e| e.to_string())?,
                _ = tokio::signal::ctrl_c() => println!("stopping"),
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Audit {
            json,
            root,
            env_file,
        } => {
            let env = load_env(&env_file)?;
            let report = audit::run(&root, registry::functions(), env).await;
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?
                );
            } else {
                print!("{}", audit::render(&report));
            }
            Ok(if report.ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Command::Send {
            provider,
            url,
            body,
            tamper,
            env_file,
        } => {
            let env = load_env(&env_file)?;
            let body = match body {
                Some(p) => Some(std::fs::read(&p).map_err(|e| format!("{}: {e}", p.display()))?),
                None => None,
            };
            let opts = send::SendOptions {
                provider,
                url,
                body,
                tamper,
                method: None,
            };
            let resp = send::send(&opts, &env).await?;
            send::print_response(&resp);
            Ok(if resp.status().is_success() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(2)
            })
        }
    }
}
