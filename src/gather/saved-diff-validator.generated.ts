// Generated from schemas/saved-diff.schema.json by `npm run gen:schema`. Do not edit by hand.
// @ts-nocheck
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"burnplan diff --out","description":"A diff saved by `burnplan diff --out FILE` for `burnplan apply FILE`: the diff result bound to the disc state and the plan's fingerprints it was computed from. Sector counts are 2048-byte sectors. `result` is burnplan's own DiffResult, checked here only in its outline.","type":"object","additionalProperties":false,"required":["format","plan","plannedFingerprints","discState","result"],"properties":{"format":{"const":"burnplan-saved-diff/1"},"plan":{"type":"string","description":"The plan file, relative to the saved diff."},"plannedFingerprints":{"type":"array","description":"The fingerprint of every plan session when the diff was made: apply refuses when the sources have changed since.","items":{"type":"string"}},"discState":{"type":"object","description":"What the disc was: apply refuses when it differs now.","additionalProperties":false,"required":["device","media","status","sessionCount","lastSessionStart","nextWritableAddress","labels","fingerprints"],"properties":{"device":{"type":"string"},"media":{"type":"string"},"status":{"type":"string"},"sessionCount":{"type":"integer","minimum":0},"lastSessionStart":{"type":["integer","null"]},"nextWritableAddress":{"type":["integer","null"]},"labels":{"type":"array","items":{"type":["string","null"]}},"fingerprints":{"type":"array","items":{"type":["string","null"]}}}},"result":{"type":"object","required":["disc","rows","actions","conflicts","warnings","finalize","burnSectors"],"properties":{"disc":{"type":"object","required":["device","media","mediaDescription","status","sessions"],"properties":{"device":{"type":"string"},"media":{"type":"string"},"mediaDescription":{"type":"string"},"status":{"enum":["blank","appendable","closed"]},"sessions":{"type":"integer","minimum":0},"nextWritableAddress":{"type":"integer"},"freeSectors":{"type":"integer"}}},"rows":{"type":"array","items":{"type":"object","required":["kind"],"properties":{"kind":{"enum":["in-sync","adopted","drift","to-burn","conflict","extra"]}}}},"actions":{"type":"array","items":{"type":"object","required":["kind","commands"],"properties":{"kind":{"enum":["burn-session","close-disc"]},"commands":{"type":"array","items":{"$ref":"#/definitions/command"}}}}},"conflicts":{"type":"array","items":{"$ref":"#/definitions/problem"}},"warnings":{"type":"array","items":{"$ref":"#/definitions/problem"}},"finalize":{"enum":["close","stays-open","already-closed","close-skipped"]},"burnSectors":{"type":"integer","minimum":0},"freeAfter":{"type":"integer"},"moreSessionsFit":{"type":"integer","minimum":0}}}},"definitions":{"command":{"type":"object","required":["program","args"],"properties":{"program":{"type":"string"},"args":{"type":"array","items":{"type":"string"}}}},"problem":{"type":"object","required":["code","message"],"properties":{"code":{"type":"string"},"message":{"type":"string"},"index":{"type":"integer","minimum":0}}}}};
const schema12 = {"type":"object","required":["program","args"],"properties":{"program":{"type":"string"},"args":{"type":"array","items":{"type":"string"}}}};
const schema13 = {"type":"object","required":["code","message"],"properties":{"code":{"type":"string"},"message":{"type":"string"},"index":{"type":"integer","minimum":0}}};

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.format === undefined) && (missing0 = "format")) || ((data.plan === undefined) && (missing0 = "plan"))) || ((data.plannedFingerprints === undefined) && (missing0 = "plannedFingerprints"))) || ((data.discState === undefined) && (missing0 = "discState"))) || ((data.result === undefined) && (missing0 = "result"))){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "format") || (key0 === "plan")) || (key0 === "plannedFingerprints")) || (key0 === "discState")) || (key0 === "result"))){
validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.format !== undefined){
const _errs2 = errors;
if("burnplan-saved-diff/1" !== data.format){
validate10.errors = [{instancePath:instancePath+"/format",schemaPath:"#/properties/format/const",keyword:"const",params:{allowedValue: "burnplan-saved-diff/1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.plan !== undefined){
const _errs3 = errors;
if(typeof data.plan !== "string"){
validate10.errors = [{instancePath:instancePath+"/plan",schemaPath:"#/properties/plan/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.plannedFingerprints !== undefined){
let data2 = data.plannedFingerprints;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs7 = errors;
if(typeof data2[i0] !== "string"){
validate10.errors = [{instancePath:instancePath+"/plannedFingerprints/" + i0,schemaPath:"#/properties/plannedFingerprints/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/plannedFingerprints",schemaPath:"#/properties/plannedFingerprints/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.discState !== undefined){
let data4 = data.discState;
const _errs9 = errors;
if(errors === _errs9){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if(((((((((data4.device === undefined) && (missing1 = "device")) || ((data4.media === undefined) && (missing1 = "media"))) || ((data4.status === undefined) && (missing1 = "status"))) || ((data4.sessionCount === undefined) && (missing1 = "sessionCount"))) || ((data4.lastSessionStart === undefined) && (missing1 = "lastSessionStart"))) || ((data4.nextWritableAddress === undefined) && (missing1 = "nextWritableAddress"))) || ((data4.labels === undefined) && (missing1 = "labels"))) || ((data4.fingerprints === undefined) && (missing1 = "fingerprints"))){
validate10.errors = [{instancePath:instancePath+"/discState",schemaPath:"#/properties/discState/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs11 = errors;
for(const key1 in data4){
if(!((((((((key1 === "device") || (key1 === "media")) || (key1 === "status")) || (key1 === "sessionCount")) || (key1 === "lastSessionStart")) || (key1 === "nextWritableAddress")) || (key1 === "labels")) || (key1 === "fingerprints"))){
validate10.errors = [{instancePath:instancePath+"/discState",schemaPath:"#/properties/discState/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs11 === errors){
if(data4.device !== undefined){
const _errs12 = errors;
if(typeof data4.device !== "string"){
validate10.errors = [{instancePath:instancePath+"/discState/device",schemaPath:"#/properties/discState/properties/device/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.media !== undefined){
const _errs14 = errors;
if(typeof data4.media !== "string"){
validate10.errors = [{instancePath:instancePath+"/discState/media",schemaPath:"#/properties/discState/properties/media/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.status !== undefined){
const _errs16 = errors;
if(typeof data4.status !== "string"){
validate10.errors = [{instancePath:instancePath+"/discState/status",schemaPath:"#/properties/discState/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs16 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.sessionCount !== undefined){
let data8 = data4.sessionCount;
const _errs18 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate10.errors = [{instancePath:instancePath+"/discState/sessionCount",schemaPath:"#/properties/discState/properties/sessionCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs18){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
validate10.errors = [{instancePath:instancePath+"/discState/sessionCount",schemaPath:"#/properties/discState/properties/sessionCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.lastSessionStart !== undefined){
let data9 = data4.lastSessionStart;
const _errs20 = errors;
if((!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))) && (data9 !== null)){
validate10.errors = [{instancePath:instancePath+"/discState/lastSessionStart",schemaPath:"#/properties/discState/properties/lastSessionStart/type",keyword:"type",params:{type: schema11.properties.discState.properties.lastSessionStart.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.nextWritableAddress !== undefined){
let data10 = data4.nextWritableAddress;
const _errs22 = errors;
if((!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))) && (data10 !== null)){
validate10.errors = [{instancePath:instancePath+"/discState/nextWritableAddress",schemaPath:"#/properties/discState/properties/nextWritableAddress/type",keyword:"type",params:{type: schema11.properties.discState.properties.nextWritableAddress.type},message:"must be integer,null"}];
return false;
}
var valid2 = _errs22 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.labels !== undefined){
let data11 = data4.labels;
const _errs24 = errors;
if(errors === _errs24){
if(Array.isArray(data11)){
var valid3 = true;
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
let data12 = data11[i1];
const _errs26 = errors;
if((typeof data12 !== "string") && (data12 !== null)){
validate10.errors = [{instancePath:instancePath+"/discState/labels/" + i1,schemaPath:"#/properties/discState/properties/labels/items/type",keyword:"type",params:{type: schema11.properties.discState.properties.labels.items.type},message:"must be string,null"}];
return false;
}
var valid3 = _errs26 === errors;
if(!valid3){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/discState/labels",schemaPath:"#/properties/discState/properties/labels/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs24 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.fingerprints !== undefined){
let data13 = data4.fingerprints;
const _errs28 = errors;
if(errors === _errs28){
if(Array.isArray(data13)){
var valid4 = true;
const len2 = data13.length;
for(let i2=0; i2<len2; i2++){
let data14 = data13[i2];
const _errs30 = errors;
if((typeof data14 !== "string") && (data14 !== null)){
validate10.errors = [{instancePath:instancePath+"/discState/fingerprints/" + i2,schemaPath:"#/properties/discState/properties/fingerprints/items/type",keyword:"type",params:{type: schema11.properties.discState.properties.fingerprints.items.type},message:"must be string,null"}];
return false;
}
var valid4 = _errs30 === errors;
if(!valid4){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/discState/fingerprints",schemaPath:"#/properties/discState/properties/fingerprints/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs28 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/discState",schemaPath:"#/properties/discState/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.result !== undefined){
let data15 = data.result;
const _errs32 = errors;
if(errors === _errs32){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
let missing2;
if((((((((data15.disc === undefined) && (missing2 = "disc")) || ((data15.rows === undefined) && (missing2 = "rows"))) || ((data15.actions === undefined) && (missing2 = "actions"))) || ((data15.conflicts === undefined) && (missing2 = "conflicts"))) || ((data15.warnings === undefined) && (missing2 = "warnings"))) || ((data15.finalize === undefined) && (missing2 = "finalize"))) || ((data15.burnSectors === undefined) && (missing2 = "burnSectors"))){
validate10.errors = [{instancePath:instancePath+"/result",schemaPath:"#/properties/result/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(data15.disc !== undefined){
let data16 = data15.disc;
const _errs34 = errors;
if(errors === _errs34){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
let missing3;
if((((((data16.device === undefined) && (missing3 = "device")) || ((data16.media === undefined) && (missing3 = "media"))) || ((data16.mediaDescription === undefined) && (missing3 = "mediaDescription"))) || ((data16.status === undefined) && (missing3 = "status"))) || ((data16.sessions === undefined) && (missing3 = "sessions"))){
validate10.errors = [{instancePath:instancePath+"/result/disc",schemaPath:"#/properties/result/properties/disc/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(data16.device !== undefined){
const _errs36 = errors;
if(typeof data16.device !== "string"){
validate10.errors = [{instancePath:instancePath+"/result/disc/device",schemaPath:"#/properties/result/properties/disc/properties/device/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs36 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data16.media !== undefined){
const _errs38 = errors;
if(typeof data16.media !== "string"){
validate10.errors = [{instancePath:instancePath+"/result/disc/media",schemaPath:"#/properties/result/properties/disc/properties/media/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs38 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data16.mediaDescription !== undefined){
const _errs40 = errors;
if(typeof data16.mediaDescription !== "string"){
validate10.errors = [{instancePath:instancePath+"/result/disc/mediaDescription",schemaPath:"#/properties/result/properties/disc/properties/mediaDescription/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs40 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data16.status !== undefined){
let data20 = data16.status;
const _errs42 = errors;
if(!(((data20 === "blank") || (data20 === "appendable")) || (data20 === "closed"))){
validate10.errors = [{instancePath:instancePath+"/result/disc/status",schemaPath:"#/properties/result/properties/disc/properties/status/enum",keyword:"enum",params:{allowedValues: schema11.properties.result.properties.disc.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid6 = _errs42 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data16.sessions !== undefined){
let data21 = data16.sessions;
const _errs43 = errors;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
validate10.errors = [{instancePath:instancePath+"/result/disc/sessions",schemaPath:"#/properties/result/properties/disc/properties/sessions/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs43){
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 0 || isNaN(data21)){
validate10.errors = [{instancePath:instancePath+"/result/disc/sessions",schemaPath:"#/properties/result/properties/disc/properties/sessions/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid6 = _errs43 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data16.nextWritableAddress !== undefined){
let data22 = data16.nextWritableAddress;
const _errs45 = errors;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
validate10.errors = [{instancePath:instancePath+"/result/disc/nextWritableAddress",schemaPath:"#/properties/result/properties/disc/properties/nextWritableAddress/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid6 = _errs45 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data16.freeSectors !== undefined){
let data23 = data16.freeSectors;
const _errs47 = errors;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
validate10.errors = [{instancePath:instancePath+"/result/disc/freeSectors",schemaPath:"#/properties/result/properties/disc/properties/freeSectors/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid6 = _errs47 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/result/disc",schemaPath:"#/properties/result/properties/disc/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs34 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data15.rows !== undefined){
let data24 = data15.rows;
const _errs49 = errors;
if(errors === _errs49){
if(Array.isArray(data24)){
var valid7 = true;
const len3 = data24.length;
for(let i3=0; i3<len3; i3++){
let data25 = data24[i3];
const _errs51 = errors;
if(errors === _errs51){
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
let missing4;
if((data25.kind === undefined) && (missing4 = "kind")){
validate10.errors = [{instancePath:instancePath+"/result/rows/" + i3,schemaPath:"#/properties/result/properties/rows/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
if(data25.kind !== undefined){
let data26 = data25.kind;
if(!((((((data26 === "in-sync") || (data26 === "adopted")) || (data26 === "drift")) || (data26 === "to-burn")) || (data26 === "conflict")) || (data26 === "extra"))){
validate10.errors = [{instancePath:instancePath+"/result/rows/" + i3+"/kind",schemaPath:"#/properties/result/properties/rows/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.result.properties.rows.items.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/result/rows/" + i3,schemaPath:"#/properties/result/properties/rows/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid7 = _errs51 === errors;
if(!valid7){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/result/rows",schemaPath:"#/properties/result/properties/rows/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid5 = _errs49 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data15.actions !== undefined){
let data27 = data15.actions;
const _errs54 = errors;
if(errors === _errs54){
if(Array.isArray(data27)){
var valid9 = true;
const len4 = data27.length;
for(let i4=0; i4<len4; i4++){
let data28 = data27[i4];
const _errs56 = errors;
if(errors === _errs56){
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
let missing5;
if(((data28.kind === undefined) && (missing5 = "kind")) || ((data28.commands === undefined) && (missing5 = "commands"))){
validate10.errors = [{instancePath:instancePath+"/result/actions/" + i4,schemaPath:"#/properties/result/properties/actions/items/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
if(data28.kind !== undefined){
let data29 = data28.kind;
const _errs58 = errors;
if(!((data29 === "burn-session") || (data29 === "close-disc"))){
validate10.errors = [{instancePath:instancePath+"/result/actions/" + i4+"/kind",schemaPath:"#/properties/result/properties/actions/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.result.properties.actions.items.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid10 = _errs58 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data28.commands !== undefined){
let data30 = data28.commands;
const _errs59 = errors;
if(errors === _errs59){
if(Array.isArray(data30)){
var valid11 = true;
const len5 = data30.length;
for(let i5=0; i5<len5; i5++){
let data31 = data30[i5];
const _errs61 = errors;
const _errs62 = errors;
if(errors === _errs62){
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
let missing6;
if(((data31.program === undefined) && (missing6 = "program")) || ((data31.args === undefined) && (missing6 = "args"))){
validate10.errors = [{instancePath:instancePath+"/result/actions/" + i4+"/commands/" + i5,schemaPath:"#/definitions/command/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
if(data31.program !== undefined){
const _errs64 = errors;
if(typeof data31.program !== "string"){
validate10.errors = [{instancePath:instancePath+"/result/actions/" + i4+"/commands/" + i5+"/program",schemaPath:"#/definitions/command/properties/program/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid13 = _errs64 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data31.args !== undefined){
let data33 = data31.args;
const _errs66 = errors;
if(errors === _errs66){
if(Array.isArray(data33)){
var valid14 = true;
const len6 = data33.length;
for(let i6=0; i6<len6; i6++){
const _errs68 = errors;
if(typeof data33[i6] !== "string"){
validate10.errors = [{instancePath:instancePath+"/result/actions/" + i4+"/commands/" + i5+"/args/" + i6,schemaPath:"#/definitions/command/properties/args/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid14 = _errs68 === errors;
if(!valid14){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/result/actions/" + i4+"/commands/" + i5+"/args",schemaPath:"#/definitions/command/properties/args/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid13 = _errs66 === errors;
}
else {
var valid13 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/result/actions/" + i4+"/commands/" + i5,schemaPath:"#/definitions/command/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid11 = _errs61 === errors;
if(!valid11){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/result/actions/" + i4+"/commands",schemaPath:"#/properties/result/properties/actions/items/properties/commands/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid10 = _errs59 === errors;
}
else {
var valid10 = true;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/result/actions/" + i4,schemaPath:"#/properties/result/properties/actions/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid9 = _errs56 === errors;
if(!valid9){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/result/actions",schemaPath:"#/properties/result/properties/actions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid5 = _errs54 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data15.conflicts !== undefined){
let data35 = data15.conflicts;
const _errs70 = errors;
if(errors === _errs70){
if(Array.isArray(data35)){
var valid15 = true;
const len7 = data35.length;
for(let i7=0; i7<len7; i7++){
let data36 = data35[i7];
const _errs72 = errors;
const _errs73 = errors;
if(errors === _errs73){
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
let missing7;
if(((data36.code === undefined) && (missing7 = "code")) || ((data36.message === undefined) && (missing7 = "message"))){
validate10.errors = [{instancePath:instancePath+"/result/conflicts/" + i7,schemaPath:"#/definitions/problem/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
if(data36.code !== undefined){
const _errs75 = errors;
if(typeof data36.code !== "string"){
validate10.errors = [{instancePath:instancePath+"/result/conflicts/" + i7+"/code",schemaPath:"#/definitions/problem/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid17 = _errs75 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data36.message !== undefined){
const _errs77 = errors;
if(typeof data36.message !== "string"){
validate10.errors = [{instancePath:instancePath+"/result/conflicts/" + i7+"/message",schemaPath:"#/definitions/problem/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid17 = _errs77 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data36.index !== undefined){
let data39 = data36.index;
const _errs79 = errors;
if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){
validate10.errors = [{instancePath:instancePath+"/result/conflicts/" + i7+"/index",schemaPath:"#/definitions/problem/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs79){
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 < 0 || isNaN(data39)){
validate10.errors = [{instancePath:instancePath+"/result/conflicts/" + i7+"/index",schemaPath:"#/definitions/problem/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid17 = _errs79 === errors;
}
else {
var valid17 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/result/conflicts/" + i7,schemaPath:"#/definitions/problem/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid15 = _errs72 === errors;
if(!valid15){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/result/conflicts",schemaPath:"#/properties/result/properties/conflicts/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid5 = _errs70 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data15.warnings !== undefined){
let data40 = data15.warnings;
const _errs81 = errors;
if(errors === _errs81){
if(Array.isArray(data40)){
var valid18 = true;
const len8 = data40.length;
for(let i8=0; i8<len8; i8++){
let data41 = data40[i8];
const _errs83 = errors;
const _errs84 = errors;
if(errors === _errs84){
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
let missing8;
if(((data41.code === undefined) && (missing8 = "code")) || ((data41.message === undefined) && (missing8 = "message"))){
validate10.errors = [{instancePath:instancePath+"/result/warnings/" + i8,schemaPath:"#/definitions/problem/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"}];
return false;
}
else {
if(data41.code !== undefined){
const _errs86 = errors;
if(typeof data41.code !== "string"){
validate10.errors = [{instancePath:instancePath+"/result/warnings/" + i8+"/code",schemaPath:"#/definitions/problem/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid20 = _errs86 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data41.message !== undefined){
const _errs88 = errors;
if(typeof data41.message !== "string"){
validate10.errors = [{instancePath:instancePath+"/result/warnings/" + i8+"/message",schemaPath:"#/definitions/problem/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid20 = _errs88 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data41.index !== undefined){
let data44 = data41.index;
const _errs90 = errors;
if(!(((typeof data44 == "number") && (!(data44 % 1) && !isNaN(data44))) && (isFinite(data44)))){
validate10.errors = [{instancePath:instancePath+"/result/warnings/" + i8+"/index",schemaPath:"#/definitions/problem/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs90){
if((typeof data44 == "number") && (isFinite(data44))){
if(data44 < 0 || isNaN(data44)){
validate10.errors = [{instancePath:instancePath+"/result/warnings/" + i8+"/index",schemaPath:"#/definitions/problem/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid20 = _errs90 === errors;
}
else {
var valid20 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/result/warnings/" + i8,schemaPath:"#/definitions/problem/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid18 = _errs83 === errors;
if(!valid18){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/result/warnings",schemaPath:"#/properties/result/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid5 = _errs81 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data15.finalize !== undefined){
let data45 = data15.finalize;
const _errs92 = errors;
if(!((((data45 === "close") || (data45 === "stays-open")) || (data45 === "already-closed")) || (data45 === "close-skipped"))){
validate10.errors = [{instancePath:instancePath+"/result/finalize",schemaPath:"#/properties/result/properties/finalize/enum",keyword:"enum",params:{allowedValues: schema11.properties.result.properties.finalize.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid5 = _errs92 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data15.burnSectors !== undefined){
let data46 = data15.burnSectors;
const _errs93 = errors;
if(!(((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46))) && (isFinite(data46)))){
validate10.errors = [{instancePath:instancePath+"/result/burnSectors",schemaPath:"#/properties/result/properties/burnSectors/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs93){
if((typeof data46 == "number") && (isFinite(data46))){
if(data46 < 0 || isNaN(data46)){
validate10.errors = [{instancePath:instancePath+"/result/burnSectors",schemaPath:"#/properties/result/properties/burnSectors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid5 = _errs93 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data15.freeAfter !== undefined){
let data47 = data15.freeAfter;
const _errs95 = errors;
if(!(((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47))) && (isFinite(data47)))){
validate10.errors = [{instancePath:instancePath+"/result/freeAfter",schemaPath:"#/properties/result/properties/freeAfter/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid5 = _errs95 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data15.moreSessionsFit !== undefined){
let data48 = data15.moreSessionsFit;
const _errs97 = errors;
if(!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))){
validate10.errors = [{instancePath:instancePath+"/result/moreSessionsFit",schemaPath:"#/properties/result/properties/moreSessionsFit/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs97){
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 < 0 || isNaN(data48)){
validate10.errors = [{instancePath:instancePath+"/result/moreSessionsFit",schemaPath:"#/properties/result/properties/moreSessionsFit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid5 = _errs97 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/result",schemaPath:"#/properties/result/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}

