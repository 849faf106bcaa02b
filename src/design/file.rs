//! Reading and writing `.peermap.json` design files.
//!
//! Loading never modifies the file and names what is wrong (file, line,
//! column, field); saving is atomic (temp file in the same folder, fsync,
//! rename), so a crash mid-save leaves the previous file intact.

use super::Design;
use serde::Deserialize;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The design file format this version reads and writes.
pub const CURRENT_FORMAT_VERSION: u32 = 2;

/// File name ending of design files.
pub const DESIGN_EXTENSION: &str = ".peermap.json";

/// Why a design file could not be read or written. Every variant names the file.
#[derive(Debug, thiserror::Error)]
pub enum DesignFileError {
    #[error("cannot read {}: {source}", path.display())]
    Read { path: PathBuf, source: io::Error },
    #[error("cannot save {}: {source}", path.display())]
    Write { path: PathBuf, source: io::Error },
    #[error("{}: not UTF-8 text (invalid byte at line {line}, column {column})", path.display())]
    NotUtf8 { path: PathBuf, line: usize, column: usize },
    #[error("{}:{line}:{column}: {message}", path.display())]
    Syntax { path: PathBuf, line: usize, column: usize, message: String },
    #[error("{}:{line}:{column}: field `{field}`: {message}", path.display())]
    Field { path: PathBuf, line: usize, column: usize, field: String, message: String },
    #[error(
        "{} was written by a newer peermap (format version {found}); this version reads up to \
         version {supported}. Update peermap to open it.",
        path.display()
    )]
    NewerVersion { path: PathBuf, found: u64, supported: u32 },
    #[error("{}: not a peermap design (it has no `format_version` field)", path.display())]
    NotADesign { path: PathBuf },
    #[error("{}: not a regular file (a folder, pipe or device cannot be a design)", path.display())]
    NotAFile { path: PathBuf },
}

/// Loads a design; the file is only read.
pub fn load(path: &Path) -> Result<Design, DesignFileError> {
    // Reading a pipe would wait for a writer forever; a folder or device is never a design.
    let metadata =
        fs::metadata(path).map_err(|source| DesignFileError::Read { path: path.into(), source })?;
    if !metadata.is_file() {
        return Err(DesignFileError::NotAFile { path: path.into() });
    }
    let bytes = fs::read(path).map_err(|source| DesignFileError::Read { path: path.into(), source })?;
    from_json(&bytes, path)
}

/// Parses design file contents; `path` is only used in messages.
pub fn from_json(bytes: &[u8], path: &Path) -> Result<Design, DesignFileError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_column(&bytes[..e.valid_up_to()]);
        DesignFileError::NotUtf8 { path: path.into(), line, column }
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);

    let valid_json = check_shape(text, path)?;
    if let Some(repeat) = super::repeats::find_repeat(text) {
        return Err(DesignFileError::Field {
            path: path.into(),
            line: repeat.line,
            column: repeat.column,
            field: repeat.field,
            message: repeat.message,
        });
    }
    #[derive(Deserialize)]
    struct VersionProbe {
        format_version: Option<serde_json::Value>,
    }
    if let Ok(probe) = serde_json::from_str::<VersionProbe>(text) {
        match probe.format_version {
            None => return Err(DesignFileError::NotADesign { path: path.into() }),
            Some(serde_json::Value::Number(n)) => {
                if let Some(found) = n.as_u64().filter(|v| *v > u64::from(CURRENT_FORMAT_VERSION)) {
                    return Err(DesignFileError::NewerVersion {
                        path: path.into(),
                        found,
                        supported: CURRENT_FORMAT_VERSION,
                    });
                }
                if n.as_u64() == Some(0) {
                    return Err(shape_error(
                        path,
                        text,
                        "format_version",
                        "0 is not a version peermap writes; versions start at 1",
                    ));
                }
            }
            Some(_) => {} // the full parse below reports the wrong type
        }
    }

    let mut deserializer = serde_json::Deserializer::from_str(text);
    let mut design: Design = serde_path_to_error::deserialize(&mut deserializer).map_err(|err| {
        // serde_path_to_error writes a map key as `?`; the map itself is the field.
        let field = match err.path().to_string().replace(".?", "") {
            top if top == "." => "(the design)".to_string(),
            field => field,
        };
        let inner = err.into_inner();
        let (line, column) = (inner.line(), inner.column());
        let message = strip_location(&inner);
        match inner.classify() {
            serde_json::error::Category::Data => {
                DesignFileError::Field { path: path.into(), line, column, field, message }
            }
            // The text is valid JSON (checked above), so a "syntax" error
            // inside a field is a value of the wrong type: a number where a
            // choice's name belongs, say.
            serde_json::error::Category::Syntax if valid_json && field != "(the design)" => {
                let message = if message == "expected value" {
                    "wrong type of value: expected the name of one of its choices, in quotes".to_string()
                } else {
                    message
                };
                DesignFileError::Field { path: path.into(), line, column, field, message }
            }
            _ => DesignFileError::Syntax { path: path.into(), line, column, message },
        }
    })?;
    // Text after the design (a second design pasted in, a stray character) is refused, not ignored.
    deserializer.end().map_err(|err| DesignFileError::Syntax {
        path: path.into(),
        line: err.line(),
        column: err.column(),
        message: "text after the end of the design".into(),
    })?;
    if let Some((field, message)) = super::limits::first_over_limit(&design) {
        let key = field.rsplit('.').next().unwrap_or(&field);
        let key = key.split('[').next().unwrap_or(key);
        let at = text.find(&format!("\"{key}\"")).unwrap_or(0);
        let (line, column) = line_column(&text.as_bytes()[..at]);
        return Err(DesignFileError::Field { path: path.into(), line, column, field, message });
    }
    design.format_version = CURRENT_FORMAT_VERSION;
    design.context.file_issue();
    Ok(design)
}

/// The parts serde would also take in another shape (a struct read from an
/// array): the design, its context and its answers must be JSON objects.
/// Returns whether the text is valid JSON at all.
fn check_shape(text: &str, path: &Path) -> Result<bool, DesignFileError> {
    let Ok(value) = serde_json::from_str::<serde_json::Value>(text) else {
        return Ok(false); // the full parse reports the syntax error with its place
    };
    let Some(object) = value.as_object() else {
        return Err(DesignFileError::Syntax {
            path: path.into(),
            line: 1,
            column: 1,
            message: "a design is a JSON object ({ … }), not an array or a single value".into(),
        });
    };
    for field in ["context", "answers", "notes", "addressed", "decisions"] {
        if object.get(field).is_some_and(|v| !v.is_object()) {
            return Err(shape_error(path, text, field, "must be an object ({ … })"));
        }
    }
    Ok(true)
}

/// A field error placed at the field's name in the text (or the start when it is not found).
fn shape_error(path: &Path, text: &str, field: &str, message: &str) -> DesignFileError {
    let at = text.find(&format!("\"{field}\"")).unwrap_or(0);
    let (line, column) = line_column(&text.as_bytes()[..at]);
    DesignFileError::Field { path: path.into(), line, column, field: field.into(), message: message.into() }
}

/// The file contents for a design: pretty JSON ending in a newline.
pub fn to_json(design: &Design) -> String {
    let mut design = design.clone();
    design.format_version = CURRENT_FORMAT_VERSION;
    let mut json = serde_json::to_string_pretty(&design).expect("designs always serialise");
    json.push('\n');
    json
}

/// Saves a design atomically, replacing `path` only once the new contents are on disk.
pub fn save(design: &Design, path: &Path) -> Result<(), DesignFileError> {
    let json = to_json(design);
    write_atomically(path, |out| out.write_all(json.as_bytes()))
        .map_err(|source| DesignFileError::Write { path: path.into(), source })
}

/// Writes a file through a temp file in the same folder, fsyncs it and
/// renames it over `path`. If `write` fails, `path` is untouched and the
/// temp file is removed.
pub fn write_atomically(path: &Path, write: impl FnOnce(&mut fs::File) -> io::Result<()>) -> io::Result<()> {
    let mut staged = Staged::new(path)?;
    write(staged.temp.as_file_mut())?;
    staged.seal()?.commit()
}

/// Writes several files as one set (a brief and its figures): every file is
/// written and synced to a temp file first, and only then are they renamed
/// into place, so a full disk or a failed write replaces none of them.
/// Returns the file that failed and why.
pub fn write_set_atomically(files: &[(PathBuf, Vec<u8>)]) -> Result<(), (PathBuf, io::Error)> {
    let mut sealed = Vec::with_capacity(files.len());
    for (path, bytes) in files {
        let seal = || -> io::Result<Staged> {
            let mut staged = Staged::new(path)?;
            staged.temp.as_file_mut().write_all(bytes)?;
            staged.seal()
        };
        sealed.push(seal().map_err(|err| (path.clone(), err))?);
    }
    for (staged, (path, _)) in sealed.into_iter().zip(files) {
        staged.commit().map_err(|err| (path.clone(), err))?;
    }
    Ok(())
}

/// A file being written beside its target: a temp file until committed.
struct Staged {
    temp: tempfile::NamedTempFile,
    target: PathBuf,
    folder: PathBuf,
}

impl Staged {
    fn new(path: &Path) -> io::Result<Staged> {
        // Write through a symlink to its target rather than replacing the link.
        let target = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let folder = match target.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let mut builder = tempfile::Builder::new();
        builder.prefix(".peermap-save-").suffix(".tmp");
        // A new file gets the usual permissions (read-write, less the umask), not the temp file's private ones.
        #[cfg(unix)]
        builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
        remove_abandoned_temp_files(&folder);
        let temp = builder.tempfile_in(&folder)?;
        Ok(Staged { temp, target, folder })
    }

    /// Flushes and syncs the contents, with the replaced file's permissions.
    fn seal(mut self) -> io::Result<Staged> {
        self.temp.as_file_mut().flush()?;
        if let Ok(existing) = fs::metadata(&self.target) {
            self.temp.as_file().set_permissions(existing.permissions())?;
        }
        self.temp.as_file().sync_all()?;
        Ok(self)
    }

    /// Renames the temp file over the target.
    fn commit(self) -> io::Result<()> {
        self.temp.persist(&self.target).map_err(|e| e.error)?;
        // Make the rename itself durable; not every platform can open a folder.
        if let Ok(dir) = fs::File::open(&self.folder) {
            let _ = dir.sync_all();
        }
        Ok(())
    }
}

/// A save takes milliseconds: a temp file this old was left by one that was killed.
const ABANDONED_AFTER: std::time::Duration = std::time::Duration::from_secs(3600);

/// Removes the temp files that killed saves (power cut, `kill -9`) left in
/// `folder`, so they do not pile up there. Best effort: a failure only
/// leaves them for next time.
fn remove_abandoned_temp_files(folder: &Path) {
    let Ok(entries) = fs::read_dir(folder) else { return };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let abandoned = name.starts_with(".peermap-save-")
            && name.ends_with(".tmp")
            && entry
                .metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|modified| modified.elapsed().is_ok_and(|age| age > ABANDONED_AFTER));
        if abandoned {
            let _ = fs::remove_file(entry.path());
        }
    }
}

fn line_column(valid: &[u8]) -> (usize, usize) {
    let line = valid.iter().filter(|b| **b == b'\n').count() + 1;
    let line_start = valid.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&valid[line_start..]).chars().count() + 1;
    (line, column)
}

fn strip_location(err: &serde_json::Error) -> String {
    let message = err.to_string();
    let suffix = format!(" at line {} column {}", err.line(), err.column());
    message.strip_suffix(&suffix).unwrap_or(&message).to_string()
}
