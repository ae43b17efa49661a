//! The wasmtime side: engine, linker, per-request store state, and the host implementations of
//! `fermyon:spin/variables@2.0.0` and `fermyon:spin/key-value@2.0.0`.

use std::collections::HashMap;
use std::future::Future;
use std::sync::Arc;

use wasmtime::component::{Component, HasSelf, Linker, Resource, ResourceTable};
use wasmtime::error::Context as _;
use wasmtime::{Config, Engine, Result, Store};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};
use wasmtime_wasi_http::p2::bindings::ProxyPre;
use wasmtime_wasi_http::{
    Error as HttpError, RequestOptions, WasiBody, WasiHttpCtx, WasiHttpCtxView, WasiHttpHooks,
    WasiHttpView,
};

use spin_test_host::kv::{KvError, KvStores};
use spin_test_host::manifest::{validate_variable_name, App, ComponentConfig};
use spin_test_host::outbound::AllowedHosts;

mod bindings {
    wasmtime::component::bindgen!({
        path: "wit",
        world: "spin-test-host",
        imports: { default: async },
        with: {
            "fermyon:spin/key-value.store": crate::host::KvHandle,
        },
    });
}

use bindings::fermyon::spin::{key_value, variables};

/// The host-side value behind a `fermyon:spin/key-value.store` resource.
pub struct KvHandle {
    label: String,
}

/// Immutable, per-component data shared by all of its instances.
pub struct ComponentRuntime {
    pub id: String,
    pub pre: ProxyPre<HostState>,
    variables: HashMap<String, String>,
    key_value_stores: Vec<String>,
    allowed_hosts: AllowedHosts,
    environment: Vec<(String, String)>,
}

/// Per-instance (per-request) store data.
pub struct HostState {
    wasi: WasiCtx,
    http: WasiHttpCtx,
    table: ResourceTable,
    hooks: OutboundHooks,
    component: Arc<ComponentRuntime>,
    kv: KvStores,
}

impl HostState {
    pub fn new(component: Arc<ComponentRuntime>, kv: KvStores) -> Self {
        let mut wasi = WasiCtx::builder();
        wasi.inherit_stdout().inherit_stderr();
        wasi.envs(&component.environment);
        Self {
            wasi: wasi.build(),
            http: WasiHttpCtx::new(),
            table: ResourceTable::new(),
            hooks: OutboundHooks {
                component_id: component.id.clone(),
                allowed: component.allowed_hosts.clone(),
            },
            component,
            kv,
        }
    }
}

impl WasiView for HostState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.wasi,
            table: &mut self.table,
        }
    }
}

impl WasiHttpView for HostState {
    fn http(&mut self) -> WasiHttpCtxView<'_> {
        WasiHttpCtxView {
            ctx: &mut self.http,
            table: &mut self.table,
            hooks: &mut self.hooks,
        }
    }
}

/// `wasi:http/outgoing-handler` hooks: enforce `allowed_outbound_hosts`, then send with
/// wasmtime-wasi-http's default client.
pub struct OutboundHooks {
    component_id: String,
    allowed: AllowedHosts,
}

type SendFuture = Box<
    dyn Future<
            Output = Result<
                (
                    http::Response<WasiBody>,
                    Box<dyn Future<Output = Result<(), HttpError>> + Send>,
                ),
                HttpError,
            >,
        > + Send,
>;

impl WasiHttpHooks for OutboundHooks {
    fn send_request(
        &mut self,
        request: http::Request<WasiBody>,
        options: Option<RequestOptions>,
        fut: Box<dyn Future<Output = Result<(), HttpError>> + Send>,
    ) -> SendFuture {
        drop(fut);
        let uri = request.uri();
        let scheme = uri.scheme_str().unwrap_or("https").to_ascii_lowercase();
        let host = uri.host().unwrap_or("").to_string();
        let port = uri
            .port_u16()
            .unwrap_or(if scheme == "http" { 80 } else { 443 });
        if !self.allowed.allows(&scheme, &host, port) {
            eprintln!(
                "spin-test-host: component {:?} tried to make an HTTP request to {scheme}://{host}:{port}, \
                 which is not in its allowed_outbound_hosts {}; denied (HttpRequestDenied)",
                self.component_id, self.allowed
            );
            return Box::new(async { Err(HttpError::HttpRequestDenied) });
        }
        Box::new(async move {
            use http_body_util::BodyExt;
            let (res, io) = wasmtime_wasi_http::default_send_request(request, options).await?;
            Ok((
                res.map(BodyExt::boxed_unsync),
                Box::new(io) as Box<dyn Future<Output = Result<(), HttpError>> + Send>,
            ))
        })
    }
}

// ---- fermyon:spin/variables@2.0.0 --------------------------------------------------------

impl variables::Host for HostState {
    async fn get(&mut self, name: String) -> Result<String, variables::Error> {
        if let Err(e) = validate_variable_name(&name) {
            return Err(variables::Error::InvalidName(e));
        }
        match self.component.variables.get(&name) {
            Some(v) => Ok(v.clone()),
            None => Err(variables::Error::Undefined(format!(
                "no variable for {:?}.{name:?}",
                self.component.id
            ))),
        }
    }
}

// ---- fermyon:spin/key-value@2.0.0 --------------------------------------------------------

fn kv_err(e: KvError) -> key_value::Error {
    match e {
        KvError::NoSuchStore => key_value::Error::NoSuchStore,
        KvError::Other(s) => key_value::Error::Other(s),
    }
}

impl HostState {
    fn label(&self, store: &Resource<KvHandle>) -> Result<String, key_value::Error> {
        self.table
            .get(store)
            .map(|h| h.label.clone())
            .map_err(|e| key_value::Error::Other(e.to_string()))
    }
}

impl key_value::Host for HostState {}

impl key_value::HostStore for HostState {
    async fn open(&mut self, label: String) -> Result<Resource<KvHandle>, key_value::Error> {
        if !self.component.key_value_stores.contains(&label) {
            return Err(key_value::Error::AccessDenied);
        }
        if !self.kv.contains(&label) {
            return Err(key_value::Error::NoSuchStore);
        }
        self.table
            .push(KvHandle { label })
            .map_err(|_| key_value::Error::StoreTableFull)
    }

    async fn get(
        &mut self,
        store: Resource<KvHandle>,
        key: String,
    ) -> Result<Option<Vec<u8>>, key_value::Error> {
        let label = self.label(&store)?;
        self.kv.get(&label, &key).await.map_err(kv_err)
    }

    async fn set(
        &mut self,
        store: Resource<KvHandle>,
        key: String,
        value: Vec<u8>,
    ) -> Result<(), key_value::Error> {
        let label = self.label(&store)?;
        self.kv.set(&label, &key, value).await.map_err(kv_err)
    }

    async fn delete(
        &mut self,
        store: Resource<KvHandle>,
        key: String,
    ) -> Result<(), key_value::Error> {
        let label = self.label(&store)?;
        self.kv.delete(&label, &key).await.map_err(kv_err)
    }

    async fn exists(
        &mut self,
        store: Resource<KvHandle>,
        key: String,
    ) -> Result<bool, key_value::Error> {
        let label = self.label(&store)?;
        self.kv.exists(&label, &key).await.map_err(kv_err)
    }

    async fn get_keys(
        &mut self,
        store: Resource<KvHandle>,
    ) -> Result<Vec<String>, key_value::Error> {
        let label = self.label(&store)?;
        self.kv.get_keys(&label).await.map_err(kv_err)
    }

    async fn drop(&mut self, store: Resource<KvHandle>) -> Result<()> {
        self.table.delete(store)?;
        Ok(())
    }
}

// ---- Engine / linker / pre-instantiation -------------------------------------------------

pub fn engine() -> Result<Engine> {
    let mut config = Config::new();
    config.wasm_component_model(true);
    Engine::new(&config)
}

fn linker(engine: &Engine) -> Result<Linker<HostState>> {
    let mut linker = Linker::new(engine);
    wasmtime_wasi::p2::add_to_linker_async(&mut linker)?;
    wasmtime_wasi_http::p2::add_only_http_to_linker_async(&mut linker)?;
    variables::add_to_linker::<_, HasSelf<_>>(&mut linker, |s| s)?;
    key_value::add_to_linker::<_, HasSelf<_>>(&mut linker, |s| s)?;
    Ok(linker)
}

/// Compile and pre-instantiate every component of the app.
pub fn prepare(engine: &Engine, app: &App, kv: &KvStores) -> Result<Vec<Arc<ComponentRuntime>>> {
    let mut linker = linker(engine)?;
    let mut out = Vec::new();
    for c in &app.components {
        out.push(Arc::new(prepare_one(engine, &mut linker, c, kv)?));
    }
    Ok(out)
}

fn prepare_one(
    engine: &Engine,
    linker: &mut Linker<HostState>,
    c: &ComponentConfig,
    kv: &KvStores,
) -> Result<ComponentRuntime> {
    for label in &c.key_value_stores {
        if !kv.contains(label) {
            wasmtime::bail!(
                "component {:?} uses key-value store {label:?}, which is not defined; define \
                 it in the runtime config ([key_value_store.{label}])",
                c.id
            );
        }
    }
    let started = std::time::Instant::now();
    let component = Component::from_file(engine, &c.source).with_context(|| {
        format!(
            "component {:?}: failed to load/compile {}",
            c.id,
            c.source.display()
        )
    })?;
    let instance_pre = match linker.instantiate_pre(&component) {
        Ok(pre) => pre,
        Err(e) => {
            // Like a host without those capabilities: imports this host does not implement
            // (e.g. fermyon:spin/sqlite) trap only if the component actually calls them.
            eprintln!(
                "spin-test-host: warning: component {:?} imports interfaces this host does not \
                 provide ({e:#}); calls to them will trap",
                c.id
            );
            linker.define_unknown_imports_as_traps(&component)?;
            linker.instantiate_pre(&component)?
        }
    };
    let pre = ProxyPre::new(instance_pre).with_context(|| {
        format!(
            "component {:?} does not export wasi:http/incoming-handler@0.2.x",
            c.id
        )
    })?;
    eprintln!(
        "spin-test-host: compiled component {:?} ({}) in {:.2?}",
        c.id,
        c.source.display(),
        started.elapsed()
    );
    Ok(ComponentRuntime {
        id: c.id.clone(),
        pre,
        variables: c.variables.clone(),
        key_value_stores: c.key_value_stores.clone(),
        allowed_hosts: c.allowed_hosts.clone(),
        environment: c
            .environment
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
    })
}

pub fn new_store(
    engine: &Engine,
    component: Arc<ComponentRuntime>,
    kv: KvStores,
) -> Store<HostState> {
    Store::new(engine, HostState::new(component, kv))
}
