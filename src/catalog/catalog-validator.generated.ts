// Generated from schemas/catalog.schema.json by `npm run gen:schema`. Do not edit by hand.
// @ts-nocheck
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://burnplan.dev/schemas/catalog.schema.json","title":"burnplan catalog","description":"Every file of every session burned from a plan: disc, session, the copies that hold it and whether each was read back intact. Written beside the plan (PLAN.catalog.json) and into each session (/.burnplan/catalog.json).","type":"object","additionalProperties":false,"required":["format","discs"],"properties":{"format":{"const":"burnplan-catalog/1"},"discs":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","sessions"],"properties":{"id":{"type":"string","description":"the disc id (the volume set id of its sessions)"},"sessions":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["number","label","fingerprint","copies","files"],"properties":{"number":{"type":"integer","minimum":1},"label":{"type":"string"},"fingerprint":{"type":"string"},"copies":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["copy","verified"],"properties":{"copy":{"type":"integer","minimum":1},"startLba":{"type":"integer","minimum":0},"verified":{"type":"boolean","description":"read back and compared with the checksums recorded at burn time"}}}},"files":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["path","size"],"properties":{"path":{"type":"string","pattern":"^/"},"size":{"type":"integer","minimum":0},"md5":{"type":"string","pattern":"^[0-9a-f]{32}$"},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"lba":{"type":"integer","minimum":0}}}}}}}}}}}};
const pattern0 = new RegExp("^/", "u");
const pattern1 = new RegExp("^[0-9a-f]{32}$", "u");
const pattern2 = new RegExp("^[0-9a-f]{64}$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://burnplan.dev/schemas/catalog.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.format === undefined) && (missing0 = "format")) || ((data.discs === undefined) && (missing0 = "discs"))){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "format") || (key0 === "discs"))){
validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.format !== undefined){
const _errs2 = errors;
if("burnplan-catalog/1" !== data.format){
validate10.errors = [{instancePath:instancePath+"/format",schemaPath:"#/properties/format/const",keyword:"const",params:{allowedValue: "burnplan-catalog/1"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.discs !== undefined){
let data1 = data.discs;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.id === undefined) && (missing1 = "id")) || ((data2.sessions === undefined) && (missing1 = "sessions"))){
validate10.errors = [{instancePath:instancePath+"/discs/" + i0,schemaPath:"#/properties/discs/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs7 = errors;
for(const key1 in data2){
if(!((key1 === "id") || (key1 === "sessions"))){
validate10.errors = [{instancePath:instancePath+"/discs/" + i0,schemaPath:"#/properties/discs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs7 === errors){
if(data2.id !== undefined){
const _errs8 = errors;
if(typeof data2.id !== "string"){
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/id",schemaPath:"#/properties/discs/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.sessions !== undefined){
let data4 = data2.sessions;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data4)){
var valid3 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
const _errs12 = errors;
if(errors === _errs12){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing2;
if((((((data5.number === undefined) && (missing2 = "number")) || ((data5.label === undefined) && (missing2 = "label"))) || ((data5.fingerprint === undefined) && (missing2 = "fingerprint"))) || ((data5.copies === undefined) && (missing2 = "copies"))) || ((data5.files === undefined) && (missing2 = "files"))){
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/sessions/" + i1,schemaPath:"#/properties/discs/items/properties/sessions/items/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs14 = errors;
for(const key2 in data5){
if(!(((((key2 === "number") || (key2 === "label")) || (key2 === "fingerprint")) || (key2 === "copies")) || (key2 === "files"))){
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/sessions/" + i1,schemaPath:"#/properties/discs/items/properties/sessions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs14 === errors){
if(data5.number !== undefined){
let data6 = data5.number;
const _errs15 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/sessions/" + i1+"/number",schemaPath:"#/properties/discs/items/properties/sessions/items/properties/number/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs15){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/sessions/" + i1+"/number",schemaPath:"#/properties/discs/items/properties/sessions/items/properties/number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid4 = _errs15 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.label !== undefined){
const _errs17 = errors;
if(typeof data5.label !== "string"){
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/sessions/" + i1+"/label",schemaPath:"#/properties/discs/items/properties/sessions/items/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.fingerprint !== undefined){
const _errs19 = errors;
if(typeof data5.fingerprint !== "string"){
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/sessions/" + i1+"/fingerprint",schemaPath:"#/properties/discs/items/properties/sessions/items/properties/fingerprint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs19 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.copies !== undefined){
let data9 = data5.copies;
const _errs21 = errors;
if(errors === _errs21){
if(Array.isArray(data9)){
var valid5 = true;
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
let data10 = data9[i2];
const _errs23 = errors;
if(errors === _errs23){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing3;
if(((data10.copy === undefined) && (missing3 = "copy")) || ((data10.verified === undefined) && (missing3 = "verified"))){
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/sessions/" + i1+"/copies/" + i2,schemaPath:"#/properties/discs/items/properties/sessions/items/properties/copies/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs25 = errors;
for(const key3 in data10){
if(!(((key3 === "copy") || (key3 === "startLba")) || (key3 === "verified"))){
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/sessions/" + i1+"/copies/" + i2,schemaPath:"#/properties/discs/items/properties/sessions/items/properties/copies/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs25 === errors){
if(data10.copy !== undefined){
let data11 = data10.copy;
const _errs26 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/sessions/" + i1+"/copies/" + i2+"/copy",schemaPath:"#/properties/discs/items/properties/sessions/items/properties/copies/items/properties/copy/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs26){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 1 || isNaN(data11)){
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/sessions/" + i1+"/copies/" + i2+"/copy",schemaPath:"#/properties/discs/items/properties/sessions/items/properties/copies/items/properties/copy/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid6 = _errs26 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data10.startLba !== undefined){
let data12 = data10.startLba;
const _errs28 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/sessions/" + i1+"/copies/" + i2+"/startLba",schemaPath:"#/properties/discs/items/properties/sessions/items/properties/copies/items/properties/startLba/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs28){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/sessions/" + i1+"/copies/" + i2+"/startLba",schemaPath:"#/properties/discs/items/properties/sessions/items/properties/copies/items/properties/startLba/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid6 = _errs28 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data10.verified !== undefined){
const _errs30 = errors;
if(typeof data10.verified !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/sessions/" + i1+"/copies/" + i2+"/verified",schemaPath:"#/properties/discs/items/properties/sessions/items/properties/copies/items/properties/verified/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid6 = _errs30 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/sessions/" + i1+"/copies/" + i2,schemaPath:"#/properties/discs/items/properties/sessions/items/properties/copies/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs23 === errors;
if(!valid5){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/sessions/" + i1+"/copies",schemaPath:"#/properties/discs/items/properties/sessions/items/properties/copies/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid4 = _errs21 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data5.files !== undefined){
let data14 = data5.files;
const _errs32 = errors;
if(errors === _errs32){
if(Array.isArray(data14)){
var valid7 = true;
const len3 = data14.length;
for(let i3=0; i3<len3; i3++){
let data15 = data14[i3];
const _errs34 = errors;
if(errors === _errs34){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
let missing4;
if(((data15.path === undefined) && (missing4 = "path")) || ((data15.size === undefined) && (missing4 = "size"))){
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/sessions/" + i1+"/files/" + i3,schemaPath:"#/properties/discs/items/properties/sessions/items/properties/files/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs36 = errors;
for(const key4 in data15){
if(!(((((key4 === "path") || (key4 === "size")) || (key4 === "md5")) || (key4 === "sha256")) || (key4 === "lba"))){
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/sessions/" + i1+"/files/" + i3,schemaPath:"#/properties/discs/items/properties/sessions/items/properties/files/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs36 === errors){
if(data15.path !== undefined){
let data16 = data15.path;
const _errs37 = errors;
if(errors === _errs37){
if(typeof data16 === "string"){
if(!pattern0.test(data16)){
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/sessions/" + i1+"/files/" + i3+"/path",schemaPath:"#/properties/discs/items/properties/sessions/items/properties/files/items/properties/path/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/sessions/" + i1+"/files/" + i3+"/path",schemaPath:"#/properties/discs/items/properties/sessions/items/properties/files/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs37 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data15.size !== undefined){
let data17 = data15.size;
const _errs39 = errors;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/sessions/" + i1+"/files/" + i3+"/size",schemaPath:"#/properties/discs/items/properties/sessions/items/properties/files/items/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs39){
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/sessions/" + i1+"/files/" + i3+"/size",schemaPath:"#/properties/discs/items/properties/sessions/items/properties/files/items/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid8 = _errs39 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data15.md5 !== undefined){
let data18 = data15.md5;
const _errs41 = errors;
if(errors === _errs41){
if(typeof data18 === "string"){
if(!pattern1.test(data18)){
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/sessions/" + i1+"/files/" + i3+"/md5",schemaPath:"#/properties/discs/items/properties/sessions/items/properties/files/items/properties/md5/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/sessions/" + i1+"/files/" + i3+"/md5",schemaPath:"#/properties/discs/items/properties/sessions/items/properties/files/items/properties/md5/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs41 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data15.sha256 !== undefined){
let data19 = data15.sha256;
const _errs43 = errors;
if(errors === _errs43){
if(typeof data19 === "string"){
if(!pattern2.test(data19)){
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/sessions/" + i1+"/files/" + i3+"/sha256",schemaPath:"#/properties/discs/items/properties/sessions/items/properties/files/items/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/sessions/" + i1+"/files/" + i3+"/sha256",schemaPath:"#/properties/discs/items/properties/sessions/items/properties/files/items/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs43 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data15.lba !== undefined){
let data20 = data15.lba;
const _errs45 = errors;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/sessions/" + i1+"/files/" + i3+"/lba",schemaPath:"#/properties/discs/items/properties/sessions/items/properties/files/items/properties/lba/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs45){
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/sessions/" + i1+"/files/" + i3+"/lba",schemaPath:"#/properties/discs/items/properties/sessions/items/properties/files/items/properties/lba/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid8 = _errs45 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/sessions/" + i1+"/files/" + i3,schemaPath:"#/properties/discs/items/properties/sessions/items/properties/files/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid7 = _errs34 === errors;
if(!valid7){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/sessions/" + i1+"/files",schemaPath:"#/properties/discs/items/properties/sessions/items/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid4 = _errs32 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/sessions/" + i1,schemaPath:"#/properties/discs/items/properties/sessions/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs12 === errors;
if(!valid3){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/discs/" + i0+"/sessions",schemaPath:"#/properties/discs/items/properties/sessions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/discs/" + i0,schemaPath:"#/properties/discs/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/discs",schemaPath:"#/properties/discs/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
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

