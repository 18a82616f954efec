// Generated from schemas/plan.schema.json by `npm run gen:schema`. Do not edit by hand.
// @ts-nocheck
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"burnplan plan","description":"A burn plan for multisession optical discs: one disc (`disc` and `sessions`) or a set of discs (`discs`, each with its own sessions), the ordered sessions each should hold, and whether it is closed after the last one. Edit it, commit it, then run `burnplan diff` and `burnplan apply`.","type":"object","additionalProperties":false,"required":["version"],"properties":{"$schema":{"description":"Where editors find this schema. Ignored by burnplan.","type":"string"},"version":{"description":"Version of the plan format. This burnplan reads version 1.","const":1,"examples":[1]},"disc":{"$ref":"#/definitions/disc"},"discs":{"description":"A set of discs, instead of `disc` and `sessions`: each lists the keys of `disc` and its own `sessions`, and may set its own `finalize`, `eject` and `copies`. `--disc ID` works on one of them; without it (or with several `--device`, or `devices`), every drive's disc is worked out from what it holds and the drives are written at once.","type":"array","minItems":1,"items":{"$ref":"#/definitions/discOfSet"}},"defaults":{"$ref":"#/definitions/sessionDefaults"},"sessions":{"description":"The sessions the disc should hold, oldest first. Session N of the plan is matched with session N on the disc; sessions already burned can never change, so only append to this list.","type":"array","items":{"$ref":"#/definitions/session"}},"finalize":{"description":"What happens after the plan's last session is on the disc. `open`: the disc stays appendable, so later sessions can be added. `close`: the disc is closed (finalized) and nothing can ever be added again.","type":"string","enum":["open","close"],"default":"open","examples":["open"]},"eject":{"description":"Eject the disc when `burnplan apply` is done.","type":"boolean","default":false},"copies":{"description":"How many copies of each disc the archive keeps (different media brands, different places). Each session burnplan burns records its disc id and its copy number, so that one copy is never taken for another; `--copy N` says which copy a blank disc becomes. A disc of a set may give its own.","type":"integer","minimum":1,"maximum":16,"default":1,"examples":[2]},"devices":{"description":"The drives status, diff, apply and verify work on at once when no --device is given: each drive's disc is worked out from its sessions, and a blank disc becomes the next disc and copy the plan needs (`--disc` keeps the run to that disc). One entry is the drive of a one-drive run when the disc names none. `stdio:` paths are taken from the plan's folder.","type":"array","items":{"type":"string","minLength":1},"minItems":1,"uniqueItems":true,"examples":[["/dev/sr0","/dev/sr1"]]}},"definitions":{"disc":{"description":"The disc this plan is for.","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"description":"A name for this disc, recorded in every session burnplan burns, so that the plan is never applied to the wrong disc. 1 to 64 characters: letters, digits, `.`, `_` and `-`, starting with a letter or digit.","type":"string","examples":["family-archive-2026"],"minLength":1},"media":{"description":"The kind of disc expected in the drive; burnplan refuses to burn on another kind. `any` accepts whatever is loaded. `dvd+rw`, `dvd-rw` (formatted) and `bd-re` are overwriteable: xorriso grows one ISO image on them and emulates the table of sessions (xorriso only; such a disc cannot be closed). A virtual disc (`stdio:`) is overwriteable too and stands in for any media named here.","type":"string","enum":["cd-r","cd-rw","dvd-r","dvd-rw","dvd+r","dvd+rw","bd-r","bd-re","any"],"default":"any","examples":["cd-r"]},"device":{"description":"The drive to use unless `--device` is given: a device path (`/dev/sr0`), a cdrecord address (`1,0,0`), or `stdio:PATH` for a file-backed virtual disc (a relative PATH is taken from the plan file's folder).","type":"string","examples":["/dev/sr0","stdio:./virtual-disc.iso","1,0,0"]},"backend":{"description":"The tools that read and burn the disc. `xorriso`: xorriso alone. `cdrecord`: cdrecord or wodim with mkisofs or genisoimage (the classic recipe). `auto`: xorriso when it is installed, else the cdrecord family.","type":"string","enum":["auto","xorriso","cdrecord"],"default":"auto","examples":["auto"]},"speed":{"description":"Write speed as a multiple of the media's base speed (1x CD = 150 KiB/s, 1x DVD = 1385 KB/s, 1x BD = 4.5 MB/s). Leave it out to let the drive choose.","type":"integer","minimum":1,"maximum":64,"examples":[8]}}},"discOfSet":{"description":"One disc of a set: the keys of `disc`, its own sessions, and its own `finalize` and `eject` (else the plan's).","type":"object","additionalProperties":false,"required":["id","sessions"],"properties":{"id":{"$ref":"#/definitions/disc/properties/id"},"media":{"$ref":"#/definitions/disc/properties/media"},"device":{"$ref":"#/definitions/disc/properties/device"},"backend":{"$ref":"#/definitions/disc/properties/backend"},"speed":{"$ref":"#/definitions/disc/properties/speed"},"sessions":{"$ref":"#/properties/sessions"},"finalize":{"$ref":"#/properties/finalize"},"eject":{"$ref":"#/properties/eject"},"copies":{"$ref":"#/properties/copies"}}},"joliet":{"description":"Write a Joliet tree (what Windows reads). Keep it the same in every session: a session without Joliet hides the Joliet names of all earlier ones.","type":"boolean","default":true},"rockRidge":{"description":"Write Rock Ridge extensions (long names, permissions, symlinks). Multisession discs need it: the next session is built by reading the previous one's Rock Ridge tree.","type":"boolean","default":true},"isoLevel":{"description":"ISO 9660 interchange level. Level 3 is needed for files of 4 GiB or more (they are stored in several extents).","type":"integer","enum":[1,2,3],"default":3,"examples":[3]},"publisher":{"description":"Publisher id recorded in the session (ISO 9660 allows 128 characters).","type":"string","maxLength":128,"examples":["Jane Doe"]},"preparer":{"description":"Data preparer id recorded in the session (ISO 9660 allows 128 characters).","type":"string","maxLength":128,"examples":["burnplan on archive-host"]},"followSymlinks":{"description":"`true`: burn the files symbolic links point to. `false`: burn the links themselves (as Rock Ridge symlinks).","type":"boolean","default":false},"hiddenFiles":{"description":"Files and folders whose names start with a dot: `include` burns them, `exclude` leaves them out.","type":"string","enum":["include","exclude"],"default":"include"},"recovery":{"description":"PAR2 recovery data burned with each session, for its own files, in /.burnplan/: `off`, or how much as a whole percent of the session's data (`10%`). With 10%, any 10% of the session's data sectors can be lost and `burnplan recover` (or any PAR2 tool) still gives every file back. It costs that much room on the disc and the time to compute it before the burn.","type":"string","pattern":"^(off|([1-9][0-9]?|100)%)$","default":"off","examples":["10%","off"]},"sessionDefaults":{"description":"Settings for every session; a session may override each of them.","type":"object","additionalProperties":false,"properties":{"joliet":{"$ref":"#/definitions/joliet"},"rockRidge":{"$ref":"#/definitions/rockRidge"},"isoLevel":{"$ref":"#/definitions/isoLevel"},"publisher":{"$ref":"#/definitions/publisher"},"preparer":{"$ref":"#/definitions/preparer"},"followSymlinks":{"$ref":"#/definitions/followSymlinks"},"hiddenFiles":{"$ref":"#/definitions/hiddenFiles"},"recovery":{"$ref":"#/definitions/recovery"}}},"session":{"description":"One session: a label and the files it adds. Settings given here override `defaults` for this session only. A session written by `burnplan import` is marked `imported: true` and lists no files.","type":"object","additionalProperties":false,"required":["label"],"properties":{"label":{"description":"The session's ISO 9660 volume id: at most 32 bytes; Joliet readers (Windows) show the first 16 characters.","type":"string","examples":["Session1"],"minLength":1},"imported":{"description":"`true`: a session found on the disc by `burnplan import` (burned by hand or by another tool). Its files are not known, so it lists none and is never burned: diff only checks that the disc holds a session with this label at this position.","type":"boolean","examples":[true]},"acceptCutShort":{"description":"`true`: this session is on the disc but was cut short when it was burned (its file system claims more sectors than were written, and files past the end are lost). burnplan then appends after it and may close the disc; diff still names the lost files. Burn them again in a later session, under another path or with a new modification time.","type":"boolean","examples":[true]},"files":{"description":"What this session adds. A path puts a folder's contents (or a file) at the disc's root; `{source, target}` puts it at `target`. Relative paths are taken from the plan file's folder.","type":"array","minItems":1,"items":{"$ref":"#/definitions/fileEntry"},"examples":[["./photos"],[{"source":"./scans","target":"/2026/scans"}]]},"exclude":{"description":"Glob patterns of files and folders to leave out, matched against names (`*.tmp`) or, with a `/`, against paths inside a source (`cache/**`).","type":"array","items":{"type":"string","minLength":1},"examples":[["*.tmp","Thumbs.db"]]},"joliet":{"$ref":"#/definitions/joliet"},"rockRidge":{"$ref":"#/definitions/rockRidge"},"isoLevel":{"$ref":"#/definitions/isoLevel"},"publisher":{"$ref":"#/definitions/publisher"},"preparer":{"$ref":"#/definitions/preparer"},"followSymlinks":{"$ref":"#/definitions/followSymlinks"},"hiddenFiles":{"$ref":"#/definitions/hiddenFiles"},"recovery":{"$ref":"#/definitions/recovery"}},"if":{"properties":{"imported":{"const":true}},"required":["imported"]},"then":{"properties":{"files":false}},"else":{"required":["files"]}},"fileEntry":{"description":"A source path, or a graft point `{source, target}`.","anyOf":[{"description":"A file or folder on this computer; a folder's contents go to the disc's root.","type":"string","minLength":1,"examples":["./photos"]},{"$ref":"#/definitions/graftPoint"}]},"graftPoint":{"description":"Put `source` at `target` on the disc.","type":"object","additionalProperties":false,"required":["source","target"],"properties":{"source":{"description":"A file or folder on this computer (relative to the plan file's folder).","type":"string","minLength":1,"examples":["./scans"]},"target":{"description":"Where it goes on the disc: an absolute path inside the disc.","type":"string","pattern":"^/","examples":["/2026/scans"]}}}},"if":{"properties":{"discs":{"type":"array"}},"required":["discs"]},"then":{"properties":{"disc":false,"sessions":false}},"else":{"required":["disc","sessions"]}};
const schema12 = {"description":"The disc this plan is for.","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"description":"A name for this disc, recorded in every session burnplan burns, so that the plan is never applied to the wrong disc. 1 to 64 characters: letters, digits, `.`, `_` and `-`, starting with a letter or digit.","type":"string","examples":["family-archive-2026"],"minLength":1},"media":{"description":"The kind of disc expected in the drive; burnplan refuses to burn on another kind. `any` accepts whatever is loaded. `dvd+rw`, `dvd-rw` (formatted) and `bd-re` are overwriteable: xorriso grows one ISO image on them and emulates the table of sessions (xorriso only; such a disc cannot be closed). A virtual disc (`stdio:`) is overwriteable too and stands in for any media named here.","type":"string","enum":["cd-r","cd-rw","dvd-r","dvd-rw","dvd+r","dvd+rw","bd-r","bd-re","any"],"default":"any","examples":["cd-r"]},"device":{"description":"The drive to use unless `--device` is given: a device path (`/dev/sr0`), a cdrecord address (`1,0,0`), or `stdio:PATH` for a file-backed virtual disc (a relative PATH is taken from the plan file's folder).","type":"string","examples":["/dev/sr0","stdio:./virtual-disc.iso","1,0,0"]},"backend":{"description":"The tools that read and burn the disc. `xorriso`: xorriso alone. `cdrecord`: cdrecord or wodim with mkisofs or genisoimage (the classic recipe). `auto`: xorriso when it is installed, else the cdrecord family.","type":"string","enum":["auto","xorriso","cdrecord"],"default":"auto","examples":["auto"]},"speed":{"description":"Write speed as a multiple of the media's base speed (1x CD = 150 KiB/s, 1x DVD = 1385 KB/s, 1x BD = 4.5 MB/s). Leave it out to let the drive choose.","type":"integer","minimum":1,"maximum":64,"examples":[8]}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = require("ajv/dist/runtime/ucs2length").default;
const schema13 = {"description":"One disc of a set: the keys of `disc`, its own sessions, and its own `finalize` and `eject` (else the plan's).","type":"object","additionalProperties":false,"required":["id","sessions"],"properties":{"id":{"$ref":"#/definitions/disc/properties/id"},"media":{"$ref":"#/definitions/disc/properties/media"},"device":{"$ref":"#/definitions/disc/properties/device"},"backend":{"$ref":"#/definitions/disc/properties/backend"},"speed":{"$ref":"#/definitions/disc/properties/speed"},"sessions":{"$ref":"#/properties/sessions"},"finalize":{"$ref":"#/properties/finalize"},"eject":{"$ref":"#/properties/eject"},"copies":{"$ref":"#/properties/copies"}}};
const schema14 = {"description":"A name for this disc, recorded in every session burnplan burns, so that the plan is never applied to the wrong disc. 1 to 64 characters: letters, digits, `.`, `_` and `-`, starting with a letter or digit.","type":"string","examples":["family-archive-2026"],"minLength":1};
const schema15 = {"description":"The kind of disc expected in the drive; burnplan refuses to burn on another kind. `any` accepts whatever is loaded. `dvd+rw`, `dvd-rw` (formatted) and `bd-re` are overwriteable: xorriso grows one ISO image on them and emulates the table of sessions (xorriso only; such a disc cannot be closed). A virtual disc (`stdio:`) is overwriteable too and stands in for any media named here.","type":"string","enum":["cd-r","cd-rw","dvd-r","dvd-rw","dvd+r","dvd+rw","bd-r","bd-re","any"],"default":"any","examples":["cd-r"]};
const schema16 = {"description":"The drive to use unless `--device` is given: a device path (`/dev/sr0`), a cdrecord address (`1,0,0`), or `stdio:PATH` for a file-backed virtual disc (a relative PATH is taken from the plan file's folder).","type":"string","examples":["/dev/sr0","stdio:./virtual-disc.iso","1,0,0"]};
const schema17 = {"description":"The tools that read and burn the disc. `xorriso`: xorriso alone. `cdrecord`: cdrecord or wodim with mkisofs or genisoimage (the classic recipe). `auto`: xorriso when it is installed, else the cdrecord family.","type":"string","enum":["auto","xorriso","cdrecord"],"default":"auto","examples":["auto"]};
const schema18 = {"description":"Write speed as a multiple of the media's base speed (1x CD = 150 KiB/s, 1x DVD = 1385 KB/s, 1x BD = 4.5 MB/s). Leave it out to let the drive choose.","type":"integer","minimum":1,"maximum":64,"examples":[8]};
const schema31 = {"description":"What happens after the plan's last session is on the disc. `open`: the disc stays appendable, so later sessions can be added. `close`: the disc is closed (finalized) and nothing can ever be added again.","type":"string","enum":["open","close"],"default":"open","examples":["open"]};
const schema32 = {"description":"Eject the disc when `burnplan apply` is done.","type":"boolean","default":false};
const schema33 = {"description":"How many copies of each disc the archive keeps (different media brands, different places). Each session burnplan burns records its disc id and its copy number, so that one copy is never taken for another; `--copy N` says which copy a blank disc becomes. A disc of a set may give its own.","type":"integer","minimum":1,"maximum":16,"default":1,"examples":[2]};
const schema19 = {"description":"The sessions the disc should hold, oldest first. Session N of the plan is matched with session N on the disc; sessions already burned can never change, so only append to this list.","type":"array","items":{"$ref":"#/definitions/session"}};
const schema20 = {"description":"One session: a label and the files it adds. Settings given here override `defaults` for this session only. A session written by `burnplan import` is marked `imported: true` and lists no files.","type":"object","additionalProperties":false,"required":["label"],"properties":{"label":{"description":"The session's ISO 9660 volume id: at most 32 bytes; Joliet readers (Windows) show the first 16 characters.","type":"string","examples":["Session1"],"minLength":1},"imported":{"description":"`true`: a session found on the disc by `burnplan import` (burned by hand or by another tool). Its files are not known, so it lists none and is never burned: diff only checks that the disc holds a session with this label at this position.","type":"boolean","examples":[true]},"acceptCutShort":{"description":"`true`: this session is on the disc but was cut short when it was burned (its file system claims more sectors than were written, and files past the end are lost). burnplan then appends after it and may close the disc; diff still names the lost files. Burn them again in a later session, under another path or with a new modification time.","type":"boolean","examples":[true]},"files":{"description":"What this session adds. A path puts a folder's contents (or a file) at the disc's root; `{source, target}` puts it at `target`. Relative paths are taken from the plan file's folder.","type":"array","minItems":1,"items":{"$ref":"#/definitions/fileEntry"},"examples":[["./photos"],[{"source":"./scans","target":"/2026/scans"}]]},"exclude":{"description":"Glob patterns of files and folders to leave out, matched against names (`*.tmp`) or, with a `/`, against paths inside a source (`cache/**`).","type":"array","items":{"type":"string","minLength":1},"examples":[["*.tmp","Thumbs.db"]]},"joliet":{"$ref":"#/definitions/joliet"},"rockRidge":{"$ref":"#/definitions/rockRidge"},"isoLevel":{"$ref":"#/definitions/isoLevel"},"publisher":{"$ref":"#/definitions/publisher"},"preparer":{"$ref":"#/definitions/preparer"},"followSymlinks":{"$ref":"#/definitions/followSymlinks"},"hiddenFiles":{"$ref":"#/definitions/hiddenFiles"},"recovery":{"$ref":"#/definitions/recovery"}},"if":{"properties":{"imported":{"const":true}},"required":["imported"]},"then":{"properties":{"files":false}},"else":{"required":["files"]}};
const schema23 = {"description":"Write a Joliet tree (what Windows reads). Keep it the same in every session: a session without Joliet hides the Joliet names of all earlier ones.","type":"boolean","default":true};
const schema24 = {"description":"Write Rock Ridge extensions (long names, permissions, symlinks). Multisession discs need it: the next session is built by reading the previous one's Rock Ridge tree.","type":"boolean","default":true};
const schema25 = {"description":"ISO 9660 interchange level. Level 3 is needed for files of 4 GiB or more (they are stored in several extents).","type":"integer","enum":[1,2,3],"default":3,"examples":[3]};
const schema26 = {"description":"Publisher id recorded in the session (ISO 9660 allows 128 characters).","type":"string","maxLength":128,"examples":["Jane Doe"]};
const schema27 = {"description":"Data preparer id recorded in the session (ISO 9660 allows 128 characters).","type":"string","maxLength":128,"examples":["burnplan on archive-host"]};
const schema28 = {"description":"`true`: burn the files symbolic links point to. `false`: burn the links themselves (as Rock Ridge symlinks).","type":"boolean","default":false};
const schema29 = {"description":"Files and folders whose names start with a dot: `include` burns them, `exclude` leaves them out.","type":"string","enum":["include","exclude"],"default":"include"};
const schema30 = {"description":"PAR2 recovery data burned with each session, for its own files, in /.burnplan/: `off`, or how much as a whole percent of the session's data (`10%`). With 10%, any 10% of the session's data sectors can be lost and `burnplan recover` (or any PAR2 tool) still gives every file back. It costs that much room on the disc and the time to compute it before the burn.","type":"string","pattern":"^(off|([1-9][0-9]?|100)%)$","default":"off","examples":["10%","off"]};
const schema21 = {"description":"A source path, or a graft point `{source, target}`.","anyOf":[{"description":"A file or folder on this computer; a folder's contents go to the disc's root.","type":"string","minLength":1,"examples":["./photos"]},{"$ref":"#/definitions/graftPoint"}]};
const schema22 = {"description":"Put `source` at `target` on the disc.","type":"object","additionalProperties":false,"required":["source","target"],"properties":{"source":{"description":"A file or folder on this computer (relative to the plan file's folder).","type":"string","minLength":1,"examples":["./scans"]},"target":{"description":"Where it goes on the disc: an absolute path inside the disc.","type":"string","pattern":"^/","examples":["/2026/scans"]}}};
const pattern0 = new RegExp("^/", "u");

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(typeof data === "string"){
if(func3(data) < 1){
const err0 = {instancePath,schemaPath:"#/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.anyOf[0].type,parentSchema:schema21.anyOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source === undefined){
const err2 = {instancePath,schemaPath:"#/definitions/graftPoint/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema22.required,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.target === undefined){
const err3 = {instancePath,schemaPath:"#/definitions/graftPoint/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema22.required,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "source") || (key0 === "target"))){
const err4 = {instancePath,schemaPath:"#/definitions/graftPoint/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.source !== undefined){
let data0 = data.source;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err5 = {instancePath:instancePath+"/source",schemaPath:"#/definitions/graftPoint/properties/source/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema22.properties.source,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/source",schemaPath:"#/definitions/graftPoint/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.source.type,parentSchema:schema22.properties.source,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.target !== undefined){
let data1 = data.target;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err7 = {instancePath:instancePath+"/target",schemaPath:"#/definitions/graftPoint/properties/target/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema22.properties.target,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/target",schemaPath:"#/definitions/graftPoint/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.target.type,parentSchema:schema22.properties.target,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/definitions/graftPoint/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
}
if(!valid0){
const err10 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema21.anyOf,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate14.errors = vErrors;
return errors === 0;
}

const pattern1 = new RegExp("^(off|([1-9][0-9]?|100)%)$", "u");

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.imported === undefined) && (missing0 = "imported")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.imported !== undefined){
if(true !== data.imported){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.files !== undefined){
const err2 = {instancePath:instancePath+"/files",schemaPath:"#/then/properties/files/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema20.then.properties.files,data:data.files};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.files === undefined){
const err3 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'",schema:schema20.else.required,parentSchema:schema20.else,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err4 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema20.if,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.label === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema20.required,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema20.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.label !== undefined){
let data2 = data.label;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err7 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.label,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.label.type,parentSchema:schema20.properties.label,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.imported !== undefined){
let data3 = data.imported;
if(typeof data3 !== "boolean"){
const err9 = {instancePath:instancePath+"/imported",schemaPath:"#/properties/imported/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.imported.type,parentSchema:schema20.properties.imported,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.acceptCutShort !== undefined){
let data4 = data.acceptCutShort;
if(typeof data4 !== "boolean"){
const err10 = {instancePath:instancePath+"/acceptCutShort",schemaPath:"#/properties/acceptCutShort/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.acceptCutShort.type,parentSchema:schema20.properties.acceptCutShort,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.files !== undefined){
let data5 = data.files;
if(Array.isArray(data5)){
if(data5.length < 1){
const err11 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema20.properties.files,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate14(data5[i0], {instancePath:instancePath+"/files/" + i0,parentData:data5,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema20.properties.files.type,parentSchema:schema20.properties.files,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.exclude !== undefined){
let data7 = data.exclude;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(typeof data8 === "string"){
if(func3(data8) < 1){
const err13 = {instancePath:instancePath+"/exclude/" + i1,schemaPath:"#/properties/exclude/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20.properties.exclude.items,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/exclude/" + i1,schemaPath:"#/properties/exclude/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.exclude.items.type,parentSchema:schema20.properties.exclude.items,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/exclude",schemaPath:"#/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema20.properties.exclude.type,parentSchema:schema20.properties.exclude,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.joliet !== undefined){
let data9 = data.joliet;
if(typeof data9 !== "boolean"){
const err16 = {instancePath:instancePath+"/joliet",schemaPath:"#/definitions/joliet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema23.type,parentSchema:schema23,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.rockRidge !== undefined){
let data10 = data.rockRidge;
if(typeof data10 !== "boolean"){
const err17 = {instancePath:instancePath+"/rockRidge",schemaPath:"#/definitions/rockRidge/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema24.type,parentSchema:schema24,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.isoLevel !== undefined){
let data11 = data.isoLevel;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err18 = {instancePath:instancePath+"/isoLevel",schemaPath:"#/definitions/isoLevel/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema25.type,parentSchema:schema25,data:data11};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!(((data11 === 1) || (data11 === 2)) || (data11 === 3))){
const err19 = {instancePath:instancePath+"/isoLevel",schemaPath:"#/definitions/isoLevel/enum",keyword:"enum",params:{allowedValues: schema25.enum},message:"must be equal to one of the allowed values",schema:schema25.enum,parentSchema:schema25,data:data11};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.publisher !== undefined){
let data12 = data.publisher;
if(typeof data12 === "string"){
if(func3(data12) > 128){
const err20 = {instancePath:instancePath+"/publisher",schemaPath:"#/definitions/publisher/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema26,data:data12};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/publisher",schemaPath:"#/definitions/publisher/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.type,parentSchema:schema26,data:data12};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.preparer !== undefined){
let data13 = data.preparer;
if(typeof data13 === "string"){
if(func3(data13) > 128){
const err22 = {instancePath:instancePath+"/preparer",schemaPath:"#/definitions/preparer/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema27,data:data13};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/preparer",schemaPath:"#/definitions/preparer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data13};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.followSymlinks !== undefined){
let data14 = data.followSymlinks;
if(typeof data14 !== "boolean"){
const err24 = {instancePath:instancePath+"/followSymlinks",schemaPath:"#/definitions/followSymlinks/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.type,parentSchema:schema28,data:data14};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.hiddenFiles !== undefined){
let data15 = data.hiddenFiles;
if(typeof data15 !== "string"){
const err25 = {instancePath:instancePath+"/hiddenFiles",schemaPath:"#/definitions/hiddenFiles/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.type,parentSchema:schema29,data:data15};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!((data15 === "include") || (data15 === "exclude"))){
const err26 = {instancePath:instancePath+"/hiddenFiles",schemaPath:"#/definitions/hiddenFiles/enum",keyword:"enum",params:{allowedValues: schema29.enum},message:"must be equal to one of the allowed values",schema:schema29.enum,parentSchema:schema29,data:data15};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.recovery !== undefined){
let data16 = data.recovery;
if(typeof data16 === "string"){
if(!pattern1.test(data16)){
const err27 = {instancePath:instancePath+"/recovery",schemaPath:"#/definitions/recovery/pattern",keyword:"pattern",params:{pattern: "^(off|([1-9][0-9]?|100)%)$"},message:"must match pattern \""+"^(off|([1-9][0-9]?|100)%)$"+"\"",schema:"^(off|([1-9][0-9]?|100)%)$",parentSchema:schema30,data:data16};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/recovery",schemaPath:"#/definitions/recovery/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data16};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}


function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate13(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.type,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema13.required,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.sessions === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sessions"},message:"must have required property '"+"sessions"+"'",schema:schema13.required,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema13.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/disc/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/disc/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.media !== undefined){
let data1 = data.media;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/media",schemaPath:"#/definitions/disc/properties/media/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(((((((((data1 === "cd-r") || (data1 === "cd-rw")) || (data1 === "dvd-r")) || (data1 === "dvd-rw")) || (data1 === "dvd+r")) || (data1 === "dvd+rw")) || (data1 === "bd-r")) || (data1 === "bd-re")) || (data1 === "any"))){
const err6 = {instancePath:instancePath+"/media",schemaPath:"#/definitions/disc/properties/media/enum",keyword:"enum",params:{allowedValues: schema15.enum},message:"must be equal to one of the allowed values",schema:schema15.enum,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.device !== undefined){
let data2 = data.device;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/device",schemaPath:"#/definitions/disc/properties/device/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.backend !== undefined){
let data3 = data.backend;
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/backend",schemaPath:"#/definitions/disc/properties/backend/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(((data3 === "auto") || (data3 === "xorriso")) || (data3 === "cdrecord"))){
const err9 = {instancePath:instancePath+"/backend",schemaPath:"#/definitions/disc/properties/backend/enum",keyword:"enum",params:{allowedValues: schema17.enum},message:"must be equal to one of the allowed values",schema:schema17.enum,parentSchema:schema17,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.speed !== undefined){
let data4 = data.speed;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err10 = {instancePath:instancePath+"/speed",schemaPath:"#/definitions/disc/properties/speed/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema18.type,parentSchema:schema18,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 64 || isNaN(data4)){
const err11 = {instancePath:instancePath+"/speed",schemaPath:"#/definitions/disc/properties/speed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema18,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err12 = {instancePath:instancePath+"/speed",schemaPath:"#/definitions/disc/properties/speed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema18,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.sessions !== undefined){
if(!(validate12(data.sessions, {instancePath:instancePath+"/sessions",parentData:data,parentDataProperty:"sessions",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.finalize !== undefined){
let data6 = data.finalize;
if(typeof data6 !== "string"){
const err13 = {instancePath:instancePath+"/finalize",schemaPath:"#/properties/finalize/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((data6 === "open") || (data6 === "close"))){
const err14 = {instancePath:instancePath+"/finalize",schemaPath:"#/properties/finalize/enum",keyword:"enum",params:{allowedValues: schema31.enum},message:"must be equal to one of the allowed values",schema:schema31.enum,parentSchema:schema31,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.eject !== undefined){
let data7 = data.eject;
if(typeof data7 !== "boolean"){
const err15 = {instancePath:instancePath+"/eject",schemaPath:"#/properties/eject/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema32.type,parentSchema:schema32,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.copies !== undefined){
let data8 = data.copies;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err16 = {instancePath:instancePath+"/copies",schemaPath:"#/properties/copies/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema33.type,parentSchema:schema33,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 16 || isNaN(data8)){
const err17 = {instancePath:instancePath+"/copies",schemaPath:"#/properties/copies/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16},message:"must be <= 16",schema:16,parentSchema:schema33,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data8 < 1 || isNaN(data8)){
const err18 = {instancePath:instancePath+"/copies",schemaPath:"#/properties/copies/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema33,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema34 = {"description":"Settings for every session; a session may override each of them.","type":"object","additionalProperties":false,"properties":{"joliet":{"$ref":"#/definitions/joliet"},"rockRidge":{"$ref":"#/definitions/rockRidge"},"isoLevel":{"$ref":"#/definitions/isoLevel"},"publisher":{"$ref":"#/definitions/publisher"},"preparer":{"$ref":"#/definitions/preparer"},"followSymlinks":{"$ref":"#/definitions/followSymlinks"},"hiddenFiles":{"$ref":"#/definitions/hiddenFiles"},"recovery":{"$ref":"#/definitions/recovery"}}};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "joliet") || (key0 === "rockRidge")) || (key0 === "isoLevel")) || (key0 === "publisher")) || (key0 === "preparer")) || (key0 === "followSymlinks")) || (key0 === "hiddenFiles")) || (key0 === "recovery"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.joliet !== undefined){
let data0 = data.joliet;
if(typeof data0 !== "boolean"){
const err1 = {instancePath:instancePath+"/joliet",schemaPath:"#/definitions/joliet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema23.type,parentSchema:schema23,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.rockRidge !== undefined){
let data1 = data.rockRidge;
if(typeof data1 !== "boolean"){
const err2 = {instancePath:instancePath+"/rockRidge",schemaPath:"#/definitions/rockRidge/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema24.type,parentSchema:schema24,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.isoLevel !== undefined){
let data2 = data.isoLevel;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err3 = {instancePath:instancePath+"/isoLevel",schemaPath:"#/definitions/isoLevel/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema25.type,parentSchema:schema25,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(((data2 === 1) || (data2 === 2)) || (data2 === 3))){
const err4 = {instancePath:instancePath+"/isoLevel",schemaPath:"#/definitions/isoLevel/enum",keyword:"enum",params:{allowedValues: schema25.enum},message:"must be equal to one of the allowed values",schema:schema25.enum,parentSchema:schema25,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.publisher !== undefined){
let data3 = data.publisher;
if(typeof data3 === "string"){
if(func3(data3) > 128){
const err5 = {instancePath:instancePath+"/publisher",schemaPath:"#/definitions/publisher/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema26,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/publisher",schemaPath:"#/definitions/publisher/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.type,parentSchema:schema26,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.preparer !== undefined){
let data4 = data.preparer;
if(typeof data4 === "string"){
if(func3(data4) > 128){
const err7 = {instancePath:instancePath+"/preparer",schemaPath:"#/definitions/preparer/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema27,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/preparer",schemaPath:"#/definitions/preparer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.followSymlinks !== undefined){
let data5 = data.followSymlinks;
if(typeof data5 !== "boolean"){
const err9 = {instancePath:instancePath+"/followSymlinks",schemaPath:"#/definitions/followSymlinks/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema28.type,parentSchema:schema28,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.hiddenFiles !== undefined){
let data6 = data.hiddenFiles;
if(typeof data6 !== "string"){
const err10 = {instancePath:instancePath+"/hiddenFiles",schemaPath:"#/definitions/hiddenFiles/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.type,parentSchema:schema29,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((data6 === "include") || (data6 === "exclude"))){
const err11 = {instancePath:instancePath+"/hiddenFiles",schemaPath:"#/definitions/hiddenFiles/enum",keyword:"enum",params:{allowedValues: schema29.enum},message:"must be equal to one of the allowed values",schema:schema29.enum,parentSchema:schema29,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.recovery !== undefined){
let data7 = data.recovery;
if(typeof data7 === "string"){
if(!pattern1.test(data7)){
const err12 = {instancePath:instancePath+"/recovery",schemaPath:"#/definitions/recovery/pattern",keyword:"pattern",params:{pattern: "^(off|([1-9][0-9]?|100)%)$"},message:"must match pattern \""+"^(off|([1-9][0-9]?|100)%)$"+"\"",schema:"^(off|([1-9][0-9]?|100)%)$",parentSchema:schema30,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/recovery",schemaPath:"#/definitions/recovery/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema30.type,parentSchema:schema30,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.discs === undefined) && (missing0 = "discs")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.discs !== undefined){
if(!(Array.isArray(data.discs))){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.disc !== undefined){
const err2 = {instancePath:instancePath+"/disc",schemaPath:"#/then/properties/disc/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema11.then.properties.disc,data:data.disc};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.sessions !== undefined){
const err3 = {instancePath:instancePath+"/sessions",schemaPath:"#/then/properties/sessions/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema11.then.properties.sessions,data:data.sessions};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.disc === undefined){
const err4 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "disc"},message:"must have required property '"+"disc"+"'",schema:schema11.else.required,parentSchema:schema11.else,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.sessions === undefined){
const err5 = {instancePath,schemaPath:"#/else/required",keyword:"required",params:{missingProperty: "sessions"},message:"must have required property '"+"sessions"+"'",schema:schema11.else.required,parentSchema:schema11.else,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err6 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema11.if,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.$schema !== undefined){
let data3 = data.$schema;
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.$schema.type,parentSchema:schema11.properties.$schema,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.version !== undefined){
let data4 = data.version;
if(1 !== data4){
const err10 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema11.properties.version,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.disc !== undefined){
let data5 = data.disc;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.id === undefined){
const err11 = {instancePath:instancePath+"/disc",schemaPath:"#/definitions/disc/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema12.required,parentSchema:schema12,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data5){
if(!(((((key1 === "id") || (key1 === "media")) || (key1 === "device")) || (key1 === "backend")) || (key1 === "speed"))){
const err12 = {instancePath:instancePath+"/disc",schemaPath:"#/definitions/disc/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data5.id !== undefined){
let data6 = data5.id;
if(typeof data6 === "string"){
if(func3(data6) < 1){
const err13 = {instancePath:instancePath+"/disc/id",schemaPath:"#/definitions/disc/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.id,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/disc/id",schemaPath:"#/definitions/disc/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.id.type,parentSchema:schema12.properties.id,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.media !== undefined){
let data7 = data5.media;
if(typeof data7 !== "string"){
const err15 = {instancePath:instancePath+"/disc/media",schemaPath:"#/definitions/disc/properties/media/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.media.type,parentSchema:schema12.properties.media,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(((((((((data7 === "cd-r") || (data7 === "cd-rw")) || (data7 === "dvd-r")) || (data7 === "dvd-rw")) || (data7 === "dvd+r")) || (data7 === "dvd+rw")) || (data7 === "bd-r")) || (data7 === "bd-re")) || (data7 === "any"))){
const err16 = {instancePath:instancePath+"/disc/media",schemaPath:"#/definitions/disc/properties/media/enum",keyword:"enum",params:{allowedValues: schema12.properties.media.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.media.enum,parentSchema:schema12.properties.media,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.device !== undefined){
let data8 = data5.device;
if(typeof data8 !== "string"){
const err17 = {instancePath:instancePath+"/disc/device",schemaPath:"#/definitions/disc/properties/device/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.device.type,parentSchema:schema12.properties.device,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.backend !== undefined){
let data9 = data5.backend;
if(typeof data9 !== "string"){
const err18 = {instancePath:instancePath+"/disc/backend",schemaPath:"#/definitions/disc/properties/backend/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.backend.type,parentSchema:schema12.properties.backend,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!(((data9 === "auto") || (data9 === "xorriso")) || (data9 === "cdrecord"))){
const err19 = {instancePath:instancePath+"/disc/backend",schemaPath:"#/definitions/disc/properties/backend/enum",keyword:"enum",params:{allowedValues: schema12.properties.backend.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.backend.enum,parentSchema:schema12.properties.backend,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.speed !== undefined){
let data10 = data5.speed;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err20 = {instancePath:instancePath+"/disc/speed",schemaPath:"#/definitions/disc/properties/speed/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.speed.type,parentSchema:schema12.properties.speed,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 64 || isNaN(data10)){
const err21 = {instancePath:instancePath+"/disc/speed",schemaPath:"#/definitions/disc/properties/speed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema12.properties.speed,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data10 < 1 || isNaN(data10)){
const err22 = {instancePath:instancePath+"/disc/speed",schemaPath:"#/definitions/disc/properties/speed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.speed,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
}
else {
const err23 = {instancePath:instancePath+"/disc",schemaPath:"#/definitions/disc/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.discs !== undefined){
let data11 = data.discs;
if(Array.isArray(data11)){
if(data11.length < 1){
const err24 = {instancePath:instancePath+"/discs",schemaPath:"#/properties/discs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.discs,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
if(!(validate11(data11[i0], {instancePath:instancePath+"/discs/" + i0,parentData:data11,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err25 = {instancePath:instancePath+"/discs",schemaPath:"#/properties/discs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.discs.type,parentSchema:schema11.properties.discs,data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.defaults !== undefined){
if(!(validate19(data.defaults, {instancePath:instancePath+"/defaults",parentData:data,parentDataProperty:"defaults",rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
if(data.sessions !== undefined){
let data14 = data.sessions;
if(Array.isArray(data14)){
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
if(!(validate13(data14[i1], {instancePath:instancePath+"/sessions/" + i1,parentData:data14,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
}
else {
const err26 = {instancePath:instancePath+"/sessions",schemaPath:"#/properties/sessions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.sessions.type,parentSchema:schema11.properties.sessions,data:data14};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.finalize !== undefined){
let data16 = data.finalize;
if(typeof data16 !== "string"){
const err27 = {instancePath:instancePath+"/finalize",schemaPath:"#/properties/finalize/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.finalize.type,parentSchema:schema11.properties.finalize,data:data16};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!((data16 === "open") || (data16 === "close"))){
const err28 = {instancePath:instancePath+"/finalize",schemaPath:"#/properties/finalize/enum",keyword:"enum",params:{allowedValues: schema11.properties.finalize.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.finalize.enum,parentSchema:schema11.properties.finalize,data:data16};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.eject !== undefined){
let data17 = data.eject;
if(typeof data17 !== "boolean"){
const err29 = {instancePath:instancePath+"/eject",schemaPath:"#/properties/eject/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.eject.type,parentSchema:schema11.properties.eject,data:data17};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.copies !== undefined){
let data18 = data.copies;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err30 = {instancePath:instancePath+"/copies",schemaPath:"#/properties/copies/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.copies.type,parentSchema:schema11.properties.copies,data:data18};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 16 || isNaN(data18)){
const err31 = {instancePath:instancePath+"/copies",schemaPath:"#/properties/copies/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16},message:"must be <= 16",schema:16,parentSchema:schema11.properties.copies,data:data18};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data18 < 1 || isNaN(data18)){
const err32 = {instancePath:instancePath+"/copies",schemaPath:"#/properties/copies/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.copies,data:data18};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data.devices !== undefined){
let data19 = data.devices;
if(Array.isArray(data19)){
if(data19.length < 1){
const err33 = {instancePath:instancePath+"/devices",schemaPath:"#/properties/devices/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.devices,data:data19};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
const len2 = data19.length;
for(let i2=0; i2<len2; i2++){
let data20 = data19[i2];
if(typeof data20 === "string"){
if(func3(data20) < 1){
const err34 = {instancePath:instancePath+"/devices/" + i2,schemaPath:"#/properties/devices/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.devices.items,data:data20};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/devices/" + i2,schemaPath:"#/properties/devices/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.devices.items.type,parentSchema:schema11.properties.devices.items,data:data20};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
let i3 = data19.length;
let j0;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data19[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err36 = {instancePath:instancePath+"/devices",schemaPath:"#/properties/devices/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)",schema:true,parentSchema:schema11.properties.devices,data:data19};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err37 = {instancePath:instancePath+"/devices",schemaPath:"#/properties/devices/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.devices.type,parentSchema:schema11.properties.devices,data:data19};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

