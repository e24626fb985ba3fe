#!/usr/bin/env node
"use strict";var g$=Object.create;var $u=Object.defineProperty;var h$=Object.getOwnPropertyDescriptor;var y$=Object.getOwnPropertyNames;var S$=Object.getPrototypeOf,E$=Object.prototype.hasOwnProperty;var p=(t,e,r)=>()=>{if(r)throw r[0];try{return t&&(e=t(t=0)),e}catch(o){throw r=[o],o}};var dr=(t,e)=>{for(var r in e)$u(t,r,{get:e[r],enumerable:!0})},x$=(t,e,r,o)=>{if(e&&typeof e=="object"||typeof e=="function")for(let n of y$(e))!E$.call(t,n)&&
n!==r&&$u(t,n,{get:()=>e[n],enumerable:!(o=h$(e,n))||o.enumerable});return t};var Hr=(t,e,r)=>(r=t!=null?g$(S$(t)):{},x$(e||!t||!t.__esModule?$u(r,"default",{value:t,enumerable:!0}):r,t));var ja,gt,ZS=p(()=>{ja={warningEmitted:!1},gt=t=>{if(t&&!ja.warningEmitted){if(process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED==="true"){ja.warningEmitted=
!0;return}let e=parseInt(t.substring(1,t.indexOf("."))),r=22;e<r&&(ja.warningEmitted=!0,process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScri\
pt (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${t}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`))}}});function B(t,e,r){return t.$source||(t.$source={}),t.$source[e]=r,t}var eE=p(()=>{});function Gr(t,e,r){t.__aws_sdk_context?t.__aws_sdk_context.features||(t.__aws_sdk_context.features={}):t.__aws_sdk_context={features:{}},t.__aws_sdk_context.features[e]=
r}var tE=p(()=>{});var R1,mr,rE=p(()=>{R1=()=>typeof process=="object"&&process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026==="true",mr=(t,e)=>{if(R1()&&typeof t?.handle!="functi\
on")return e}});var Ws,nm=p(()=>{Ws=t=>typeof ArrayBuffer=="function"&&t instanceof ArrayBuffer||Object.prototype.toString.call(t)==="[object ArrayBuffer]"});var jn,za,zn=p(()=>{nm();jn=(t,e=0,r=t.byteLength-e)=>{if(!Ws(t))throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof t} (${t})`);
return Buffer.from(t,e,r)},za=(t,e)=>{if(typeof t!="string")throw new TypeError(`The "input" argument must be of type string. Received type ${typeof t} (${t})`);
return e?Buffer.from(t,e):Buffer.from(t)}});var _1,Ee,oE=p(()=>{zn();_1=/^[A-Za-z0-9+/]*={0,2}$/,Ee=t=>{if(t.length*3%4!==0)throw new TypeError("Incorrect padding on base64 string.");if(!_1.exec(t))throw new TypeError(
"Invalid base64 string.");let e=za(t,"base64");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}});var oe,Va=p(()=>{zn();oe=t=>{let e=za(t,"utf8");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength/Uint8Array.BYTES_PER_ELEMENT)}});var pe,nE=p(()=>{zn();Va();pe=t=>{let e;if(typeof t=="string"?e=oe(t):e=t,typeof e!="object"||typeof e.byteOffset!="number"||typeof e.byteLength!="number")throw new Error(
"@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");return jn(e.buffer,e.byteOffset,e.byteLength).toString("base64")}});function sE(t,e,r,o){return class Wa extends Uint8Array{static fromString(s,i="utf-8"){if(typeof s=="string")return i==="base64"?Wa.mutate(o(s)):Wa.mutate(e(s));
throw new Error(`Unsupported conversion from ${typeof s} to Uint8ArrayBlobAdapter.`)}static mutate(s){return Object.setPrototypeOf(s,Wa.prototype),s}transformToString(s="\
utf-8"){return s==="base64"?r(this):t(this)}}}var iE=p(()=>{});var ee,aE=p(()=>{zn();ee=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error(
"@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return jn(t.buffer,t.byteOffset,t.byteLength).toString("utf8")}});function cE(t){return typeof crypto<"u"&&typeof crypto.randomUUID=="function"?()=>crypto.randomUUID():()=>{let e=new Uint8Array(16);return t(e),e[6]=e[6]&15|64,
e[8]=e[8]&63|128,tt[e[0]]+tt[e[1]]+tt[e[2]]+tt[e[3]]+"-"+tt[e[4]]+tt[e[5]]+"-"+tt[e[6]]+tt[e[7]]+"-"+tt[e[8]]+tt[e[9]]+"-"+tt[e[10]]+tt[e[11]]+tt[e[12]]+tt[e[13]]+
tt[e[14]]+tt[e[15]]}}var tt,pE=p(()=>{tt=Array.from({length:256},(t,e)=>e.toString(16).padStart(2,"0"))});var Yo,lE=p(()=>{(function(t){t.HTTP="http",t.HTTPS="https"})(Yo||(Yo={}))});var eo,dE=p(()=>{(function(t){t.MD5="md5",t.CRC32="crc32",t.CRC32C="crc32c",t.SHA1="sha1",t.SHA256="sha256"})(eo||(eo={}))});var uE=p(()=>{dE()});var Pr,mE=p(()=>{Pr="__smithy_context"});var jr,fE=p(()=>{(function(t){t.PROFILE="profile",t.SSO_SESSION="sso-session",t.SERVICES="services"})(jr||(jr={}))});var zr=p(()=>{lE();uE();mE();fE()});var re,gE=p(()=>{zr();re=t=>t[Pr]||(t[Pr]={})});function b(t,e){return Object.prototype.hasOwnProperty.call(t,e)}var sm=p(()=>{});function w1(t){return Object.keys(t).reduce((e,r)=>{let o=t[r];return{...e,[r]:Array.isArray(o)?[...o]:o}},{})}var j,hE=p(()=>{j=class t{method;protocol;hostname;port;path;query;headers;username;password;fragment;body;constructor(e){
this.method=e.method||"GET",this.hostname=e.hostname||"localhost",this.port=e.port,this.query=e.query||{},this.headers=e.headers||{},this.body=e.body,this.protocol=
e.protocol?e.protocol.slice(-1)!==":"?`${e.protocol}:`:e.protocol:"https:",this.path=e.path?e.path.charAt(0)!=="/"?`/${e.path}`:e.path:"/",this.username=e.username,
this.password=e.password,this.fragment=e.fragment}static clone(e){let r=new t({...e,headers:{...e.headers}});return r.query&&(r.query=w1(r.query)),r}static isInstance(e){
if(!e)return!1;let r=e;return"method"in r&&"protocol"in r&&"hostname"in r&&"path"in r&&typeof r.query=="object"&&typeof r.headers=="object"}clone(){return t.clone(
this)}}});var ht,yE=p(()=>{ht=class{statusCode;reason;headers;body;constructor(e){this.statusCode=e.statusCode,this.reason=e.reason,this.headers=e.headers||{},this.body=e.
body}static isInstance(e){if(!e)return!1;let r=e;return typeof r.statusCode=="number"&&typeof r.headers=="object"}}});var I1,Vr,SE=p(()=>{I1=new RegExp("^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$"),Vr=(t,e=!1)=>{if(!e)return I1.test(t);let r=t.split(".");for(let o of r)if(!Vr(o))return!1;
return!0}});function im(t){return/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(t)}var EE=p(()=>{});var W,xE=p(()=>{W=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});function RE(t){let e={};if(t=t.replace(/^\?/,""),t)for(let r of t.split("&")){let[o,n=null]=r.split("=");o=decodeURIComponent(o),n&&(n=decodeURIComponent(n)),o in
e?Array.isArray(e[o])?e[o].push(n):e[o]=[e[o],n]:e[o]=n}return e}var _E=p(()=>{});var ge,am=p(()=>{_E();ge=t=>{if(typeof t=="string")return ge(new URL(t));let{hostname:e,pathname:r,port:o,protocol:n,search:s}=t,i;return s&&(i=RE(s)),{hostname:e,
port:o?parseInt(o):void 0,protocol:n,path:r,query:i}}});var ho,wE=p(()=>{sm();am();ho=t=>{if(typeof t=="object"){if("url"in t){let e=ge(t.url);if(t.headers){e.headers={};for(let r in t.headers)b(t.headers,r)&&(e.headers[r.
toLowerCase()]=t.headers[r].join(", "))}return e}return t}return ge(t)}});var Q=p(()=>{gE();sm();hE();yE();SE();EE();xE();am();wE()});var cm,T1,IE,v1,TE,vE,CE,C1,AE,bE,A1,qa,Vn,PE,b1,P1,OE=p(()=>{cm=t=>{if(t!=null){if(typeof t=="string"){let e=parseFloat(t);if(!Number.isNaN(e))return String(e)!==
String(t)&&P1.warn(b1(`Expected number but observed string: ${t}`)),e}if(typeof t=="number")return t;throw new TypeError(`Expected number, got ${typeof t}: ${t}`)}},
T1=Math.ceil(2**127*(2-2**-23)),IE=t=>{let e=cm(t);if(e!==void 0&&!Number.isNaN(e)&&e!==1/0&&e!==-1/0&&Math.abs(e)>T1)throw new TypeError(`Expected 32-bit float\
, got ${t}`);return e},v1=t=>{if(t!=null){if(Number.isInteger(t)&&!Number.isNaN(t))return t;throw new TypeError(`Expected integer, got ${typeof t}: ${t}`)}},TE=
t=>CE(t,16),vE=t=>CE(t,8),CE=(t,e)=>{let r=v1(t);if(r!==void 0&&C1(r,e)!==r)throw new TypeError(`Expected ${e}-bit integer, got ${t}`);return r},C1=(t,e)=>{switch(e){case 32:
return Int32Array.of(t)[0];case 16:return Int16Array.of(t)[0];case 8:return Int8Array.of(t)[0]}},AE=t=>cm(typeof t=="string"?qa(t):t),bE=t=>IE(typeof t=="string"?
qa(t):t),A1=/(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g,qa=t=>{let e=t.match(A1);if(e===null||e[0].length!==t.length)throw new TypeError(
"Expected real number, got implicit NaN");return parseFloat(t)},Vn=t=>TE(typeof t=="string"?qa(t):t),PE=t=>vE(typeof t=="string"?qa(t):t),b1=t=>String(new TypeError(
t).stack||t).split(`
`).slice(0,5).filter(e=>!e.includes("stackTraceWarning")).join(`
`),P1={warn:console.warn}});function Qo(t){let e=t.getUTCFullYear(),r=t.getUTCMonth(),o=t.getUTCDay(),n=t.getUTCDate(),s=t.getUTCHours(),i=t.getUTCMinutes(),a=t.getUTCSeconds(),c=n<10?`0${n}`:
`${n}`,l=s<10?`0${s}`:`${s}`,d=i<10?`0${i}`:`${i}`,u=a<10?`0${a}`:`${a}`;return`${O1[o]}, ${c} ${lm[r]} ${e} ${l}:${d}:${u} GMT`}var O1,lm,D1,dm,N1,um,k1,$1,L1,
Ks,mm,qs,U1,F1,M1,pm,H1,B1,G1,Wr,j1,z1,Wn,DE=p(()=>{OE();O1=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],lm=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep",
"Oct","Nov","Dec"];D1=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/),dm=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC-3339 date-times must be expressed as strings");let e=D1.exec(t);if(!e)throw new TypeError("Invalid RFC-3339 date-time value");let[r,o,n,s,i,a,c,l]=e,d=Vn(Wn(
o)),u=Wr(n,"month",1,12),m=Wr(s,"day",1,31);return qs(d,u,m,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})},N1=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/),
um=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-3339 date-times must be expressed as strings");let e=N1.exec(t);if(!e)throw new TypeError(
"Invalid RFC-3339 date-time value");let[r,o,n,s,i,a,c,l,d]=e,u=Vn(Wn(o)),m=Wr(n,"month",1,12),f=Wr(s,"day",1,31),g=qs(u,m,f,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l});
return d.toUpperCase()!="Z"&&g.setTime(g.getTime()-z1(d)),g},k1=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
$1=new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
L1=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/),
Ks=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-7231 date-times must be expressed as strings");let e=k1.exec(t);if(e){let[r,o,n,s,i,a,c,
l]=e;return qs(Vn(Wn(s)),pm(n),Wr(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})}if(e=$1.exec(t),e){let[r,o,n,s,i,a,c,l]=e;return M1(qs(U1(
s),pm(n),Wr(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l}))}if(e=L1.exec(t),e){let[r,o,n,s,i,a,c,l]=e;return qs(Vn(Wn(l)),pm(o),Wr(n.trimLeft(),
"day",1,31),{hours:s,minutes:i,seconds:a,fractionalMilliseconds:c})}throw new TypeError("Invalid RFC-7231 date-time value")},mm=t=>{if(t==null)return;let e;if(typeof t==
"number")e=t;else if(typeof t=="string")e=AE(t);else if(typeof t=="object"&&t.tag===1)e=t.value;else throw new TypeError("Epoch timestamps must be expressed as \
floating point numbers or their string representation");if(Number.isNaN(e)||e===1/0||e===-1/0)throw new TypeError("Epoch timestamps must be valid, non-Infinite,\
 non-NaN numerics");return new Date(Math.round(e*1e3))},qs=(t,e,r,o)=>{let n=e-1;return B1(t,n,r),new Date(Date.UTC(t,n,r,Wr(o.hours,"hour",0,23),Wr(o.minutes,"\
minute",0,59),Wr(o.seconds,"seconds",0,60),j1(o.fractionalMilliseconds)))},U1=t=>{let e=new Date().getUTCFullYear(),r=Math.floor(e/100)*100+Vn(Wn(t));return r<e?
r+100:r},F1=50*365*24*60*60*1e3,M1=t=>t.getTime()-new Date().getTime()>F1?new Date(Date.UTC(t.getUTCFullYear()-100,t.getUTCMonth(),t.getUTCDate(),t.getUTCHours(),
t.getUTCMinutes(),t.getUTCSeconds(),t.getUTCMilliseconds())):t,pm=t=>{let e=lm.indexOf(t);if(e<0)throw new TypeError(`Invalid month: ${t}`);return e+1},H1=[31,28,
31,30,31,30,31,31,30,31,30,31],B1=(t,e,r)=>{let o=H1[e];if(e===1&&G1(t)&&(o=29),r>o)throw new TypeError(`Invalid day for ${lm[e]} in ${t}: ${r}`)},G1=t=>t%4===0&&
(t%100!==0||t%400===0),Wr=(t,e,r,o)=>{let n=PE(Wn(t));if(n<r||n>o)throw new TypeError(`${e} must be between ${r} and ${o}, inclusive`);return n},j1=t=>t==null?0:
bE("0."+t)*1e3,z1=t=>{let e=t[0],r=1;if(e=="+")r=1;else if(e=="-")r=-1;else throw new TypeError(`Offset direction, ${e}, must be "+" or "-"`);let o=Number(t.substring(
1,3)),n=Number(t.substring(4,6));return r*(o*60+n)*60*1e3},Wn=t=>{let e=0;for(;e<t.length-1&&t.charAt(e)==="0";)e++;return e===0?t:t.slice(e)}});var yt,NE=p(()=>{yt=function(e){return Object.assign(new String(e),{deserializeJSON(){return JSON.parse(String(e))},toString(){return String(e)},toJSON(){return String(
e)}})};yt.from=t=>t&&typeof t=="object"&&(t instanceof yt||"deserializeJSON"in t)?t:typeof t=="string"||Object.getPrototypeOf(t)===String.prototype?yt(String(t)):
yt(JSON.stringify(t));yt.fromObject=yt.from});function fm(t){return(t.includes(",")||t.includes('"'))&&(t=`"${t.replace(/\\/g,"\\\\").replace(/"/g,'\\"')}"`),t}var kE=p(()=>{});function to(t,e,r){let o=Number(t);if(o<e||o>r)throw new Error(`Value ${o} out of range [${e}, ${r}]`)}var gm,hm,ym,$E,LE,V1,W1,q1,K1,J1,X1,Sm,Em,xm,UE=p(()=>{gm=
"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?",hm="(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",ym="(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?",$E="(\
\\d?\\d)",LE="(\\d{4})",V1=new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/),W1=/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/,
q1=new RegExp(`^${gm}, ${$E} ${hm} ${LE} ${ym} GMT$`),K1=new RegExp(`^${gm}, ${$E}-${hm}-(\\d\\d) ${ym} GMT$`),J1=new RegExp(`^${gm} ${hm} ( [1-9]|\\d\\d) ${ym}\
 ${LE}$`),X1=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"],Sm=t=>{if(t==null)return;let e=NaN;if(typeof t=="number")e=t;else if(typeof t==
"string"){if(!/^-?\d*\.?\d+$/.test(t))throw new TypeError("parseEpochTimestamp - numeric string invalid.");e=Number.parseFloat(t)}else typeof t=="object"&&t.tag===
1&&(e=t.value);if(isNaN(e)||Math.abs(e)===1/0)throw new TypeError("Epoch timestamps must be valid finite numbers.");return new Date(Math.round(e*1e3))},Em=t=>{if(t==
null)return;if(typeof t!="string")throw new TypeError("RFC3339 timestamps must be strings");let e=V1.exec(t);if(!e)throw new TypeError(`Invalid RFC3339 timestam\
p format ${t}`);let[,r,o,n,s,i,a,,c,l]=e;to(o,1,12),to(n,1,31),to(s,0,23),to(i,0,59),to(a,0,60);let d=new Date(Date.UTC(Number(r),Number(o)-1,Number(n),Number(s),
Number(i),Number(a),Number(c)?Math.round(parseFloat(`0.${c}`)*1e3):0));if(d.setUTCFullYear(Number(r)),l.toUpperCase()!="Z"){let[,u,m,f]=/([+-])(\d\d):(\d\d)/.exec(
l)||[void 0,"+",0,0],g=u==="-"?1:-1;d.setTime(d.getTime()+g*(Number(m)*60*60*1e3+Number(f)*60*1e3))}return d},xm=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC7231 timestamps must be strings.");if(W1.test(t))return new Date(t);let e,r,o,n,s,i,a,c;if((c=q1.exec(t))?[,e,r,o,n,s,i,a]=c:(c=K1.exec(t))?([,e,r,o,n,s,i,a]=
c,o=(Number(o)+1900).toString()):(c=J1.exec(t))&&([,r,e,n,s,i,a,o]=c),o&&i){let l=Date.UTC(Number(o),X1.indexOf(r),Number(e),Number(n),Number(s),Number(i),a?Math.
round(parseFloat(`0.${a}`)*1e3):0);to(e,1,31),to(n,0,23),to(s,0,59),to(i,0,60);let d=new Date(l);return d.setUTCFullYear(Number(o)),d}throw new TypeError(`Inval\
id RFC7231 date-time value ${t}.`)}});function Rm(t,e,r){if(r<=0||!Number.isInteger(r))throw new Error("Invalid number of delimiters ("+r+") for splitEvery.");let o=t.split(e);if(r===1)return o;let n=[],
s="";for(let i=0;i<o.length;i++)s===""?s=o[i]:s+=e+o[i],(i+1)%r===0&&(n.push(s),s="");return s!==""&&n.push(s),n}var FE=p(()=>{});var Js,ME=p(()=>{Js=t=>{let e=t.length,r=[],o=!1,n=!1,s=0;for(let i=0;i<e;++i){let a=t[i];switch(a){case'"':n||(o=!o);break;case",":o||(r.push(t.slice(s,i)),s=i+
1);break;default:}n=a==="\\"&&!n}return r.push(t.slice(s)),r.map(i=>{i=i.trim();let a=i.length;return a<2?i:i[0]==='"'&&i[a-1]==='"'?(i=i.slice(1,a-1),i.replace(
/\\(["\\])/g,"$1")):i.replace(/\\"/g,'"')})}});var HE,Ce,BE=p(()=>{HE=/^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/,Ce=class t{string;type;constructor(e,r){if(this.string=e,this.type=r,!HE.test(e))throw new Error(
`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${e}"`)}toString(){return this.string}static[Symbol.hasInstance](e){
if(!e||typeof e!="object")return!1;let r=e;return t.prototype.isPrototypeOf(e)||r.type==="bigDecimal"&&HE.test(r.string)}}});function Xs(t){if(t.length%2!==0)throw new Error("Hex encoded strings must have an even number length");let e=new Uint8Array(t.length/2);for(let r=0;r<t.length;r+=
2){let o=t.slice(r,r+2).toLowerCase();if(o in _m)e[r/2]=_m[o];else throw new Error(`Cannot decode unrecognized sequence ${o} as hexadecimal`)}return e}function le(t){
let e="";for(let r=0;r<t.byteLength;r++)e+=GE[t[r]];return e}var GE,_m,wm=p(()=>{GE={},_m={};for(let t=0;t<256;t++){let e=t.toString(16).toLowerCase();e.length===
1&&(e=`0${e}`),GE[t]=e,_m[e]=t}});var qn,St,jE=p(()=>{qn=require("node:fs"),St=t=>{if(!t)return 0;if(typeof t=="string")return Buffer.byteLength(t);if(typeof t.byteLength=="number")return t.byteLength;
if(typeof t.size=="number")return t.size;if(typeof t.start=="number"&&typeof t.end=="number")return t.end+1-t.start;if(t instanceof qn.ReadStream){if(t.path!=null)
return(0,qn.lstatSync)(t.path).size;if(typeof t.fd=="number")return(0,qn.fstatSync)(t.fd).size}throw new Error(`Body Length computation failed for ${t}`)}});var fr,zE=p(()=>{Va();fr=t=>t instanceof Uint8Array?t:typeof t=="string"?oe(t):ArrayBuffer.isView(t)?new Uint8Array(t.buffer,t.byteOffset,t.byteLength/Uint8Array.
BYTES_PER_ELEMENT):new Uint8Array(t)});function Ka(t,e){if(e===void 0){e=0;for(let n of t)e+=n.byteLength}let r=new Uint8Array(e),o=0;for(let n of t)r.set(n,o),o+=n.byteLength;return r}var Im=p(()=>{});var rt,Ys=p(()=>{rt=class t extends Error{name="ProviderError";tryNextLink;constructor(e,r=!0){let o,n=!0;typeof r=="boolean"?(o=void 0,n=r):r!=null&&typeof r==
"object"&&(o=r.logger,n=r.tryNextLink??!0),super(e),this.tryNextLink=n,Object.setPrototypeOf(this,t.prototype),o?.debug?.(`@smithy/property-provider ${n?"->":"(\
!)"} ${e}`)}static from(e,r=!0){return Object.assign(new this(e.message,r),e)}}});var w,Ja=p(()=>{Ys();w=class t extends rt{name="CredentialsProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var gr,VE=p(()=>{Ys();gr=class t extends rt{name="TokenProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var Zo,Tm=p(()=>{Ys();Zo=(...t)=>async()=>{if(t.length===0)throw new rt("No providers in chain");let e;for(let r of t)try{return await r()}catch(o){if(e=o,o?.tryNextLink)
continue;throw o}throw e}});var WE,qE=p(()=>{WE=t=>()=>Promise.resolve(t)});var Xa,vm=p(()=>{Xa=(t,e,r)=>{let o,n,s,i=!1,a=async()=>{n||(n=t());try{o=await n,s=!0,i=!1}finally{n=void 0}return o};return e===void 0?async c=>((!s||c?.forceRefresh)&&
(o=await a()),o):async c=>((!s||c?.forceRefresh)&&(o=await a()),i?o:r&&!r(o)?(i=!0,o):(e(o)&&await a(),o))}});var hr,Ya=p(()=>{hr=(t,e,r)=>{if(e in t){if(t[e]==="true")return!0;if(t[e]==="false")return!1;throw new Error(`Cannot load ${r} "${e}". Expected "true" or "fals\
e", got ${t[e]}.`)}}});var Et,Qa=p(()=>{(function(t){t.ENV="env",t.CONFIG="shared config entry"})(Et||(Et={}))});var KE,JE,Cm,Y1,yo,Qs=p(()=>{KE=require("node:os"),JE=require("node:path"),Cm={},Y1=()=>process&&process.geteuid?`${process.geteuid()}`:"DEFAULT",yo=()=>{let{HOME:t,
USERPROFILE:e,HOMEPATH:r,HOMEDRIVE:o=`C:${JE.sep}`}=process.env;if(t)return t;if(e)return e;if(r)return`${o}${r}`;let n=Y1();return Cm[n]||(Cm[n]=(0,KE.homedir)()),
Cm[n]}});var Za,XE,xt,Am=p(()=>{Za="AWS_PROFILE",XE="default",xt=t=>t.profile||process.env[Za]||XE});var YE,QE,Zs,bm=p(()=>{YE=require("node:crypto"),QE=require("node:path");Qs();Zs=t=>{let r=(0,YE.createHash)("sha1").update(t).digest("hex");return(0,QE.join)(yo(),
".aws","sso","cache",`${r}.json`)}});var ZE,ei,ti,Pm=p(()=>{ZE=require("node:fs/promises");bm();ei={},ti=async t=>{if(ei[t])return ei[t];let e=Zs(t),r=await(0,ZE.readFile)(e,"utf8");return JSON.parse(
r)}});var ex,tx=p(()=>{zr();ex=t=>Object.entries(t).filter(([e])=>{let r=e.indexOf(".");return r===-1?!1:Object.values(jr).includes(e.substring(0,r))}).reduce((e,[r,o])=>{
let n=r.indexOf("."),s=r.substring(0,n)===jr.PROFILE?r.substring(n+1):r;return e[s]=o,e},{...t.default&&{default:t.default}})});var rx,Q1,ec,Om=p(()=>{rx=require("node:path");Qs();Q1="AWS_CONFIG_FILE",ec=()=>process.env[Q1]||(0,rx.join)(yo(),".aws","config")});var ox,Z1,nx,sx=p(()=>{ox=require("node:path");Qs();Z1="AWS_SHARED_CREDENTIALS_FILE",nx=()=>process.env[Z1]||(0,ox.join)(yo(),".aws","credentials")});var eL,tL,ri,Dm=p(()=>{zr();eL=/^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/,tL=["__proto__","profile __proto__"],ri=t=>{let e={},r,o;for(let n of t.split(/\r?\n/)){let s=n.
split(/(^|\s)[;#]/)[0].trim();if(s[0]==="["&&s[s.length-1]==="]"){r=void 0,o=void 0;let a=s.substring(1,s.length-1),c=eL.exec(a);if(c){let[,l,,d]=c;Object.values(
jr).includes(l)&&(r=[l,d].join("."))}else r=a;if(tL.includes(a))throw new Error(`Found invalid profile name "${a}"`)}else if(r){let a=s.indexOf("=");if(![0,-1].
includes(a)){let[c,l]=[s.substring(0,a).trim(),s.substring(a+1).trim()];if(l==="")o=c;else{o&&n.trimStart()===n&&(o=void 0),e[r]=e[r]||{};let d=o?[o,c].join("."):
c;e[r][d]=l}}}}return e}});var ix,Nm,oi,ni,tc=p(()=>{ix=require("node:fs/promises"),Nm={},oi={},ni=(t,e)=>oi[t]!==void 0?oi[t]:((!Nm[t]||e?.ignoreCache)&&(Nm[t]=(0,ix.readFile)(t,"utf8")),
Nm[t])});var km,ax,rc,$m=p(()=>{km=require("node:path");tx();Om();sx();Qs();Dm();tc();ax=()=>({}),rc=async(t={})=>{let{filepath:e=nx(),configFilepath:r=ec()}=t,o=yo(),n="\
~/",s=e;e.startsWith(n)&&(s=(0,km.join)(o,e.slice(2)));let i=r;r.startsWith(n)&&(i=(0,km.join)(o,r.slice(2)));let a=await Promise.all([ni(i,{ignoreCache:t.ignoreCache}).
then(ri).then(ex).catch(ax),ni(s,{ignoreCache:t.ignoreCache}).then(ri).catch(ax)]);return{configFile:a[0],credentialsFile:a[1]}}});var cx,px=p(()=>{zr();cx=t=>Object.entries(t).filter(([e])=>e.startsWith(jr.SSO_SESSION+".")).reduce((e,[r,o])=>({...e,[r.substring(r.indexOf(".")+1)]:o}),{})});var rL,si,lx=p(()=>{Om();px();Dm();tc();rL=()=>({}),si=async(t={})=>ni(t.configFilepath??ec()).then(ri).then(cx).catch(rL)});var dx,ux=p(()=>{dx=(...t)=>{let e={};for(let r of t)for(let[o,n]of Object.entries(r))e[o]!==void 0?Object.assign(e[o],n):e[o]=n;return e}});var Or,mx=p(()=>{$m();ux();Or=async t=>{let e=await rc(t);return dx(e.configFile,e.credentialsFile)}});var ii,fx=p(()=>{Pm();tc();ii={getFileRecord(){return oi},interceptFile(t,e){oi[t]=Promise.resolve(e)},getTokenRecord(){return ei},interceptToken(t,e){ei[t]=e}}});function oc(t){try{let e=new Set(Array.from(t.match(/([A-Z_]){3,}/g)??[]));return e.delete("CONFIG"),e.delete("CONFIG_PREFIX_SEPARATOR"),e.delete("ENV"),[...e].
join(", ")}catch{return t}}var Lm=p(()=>{});var gx,hx=p(()=>{Ja();Lm();gx=(t,e)=>async()=>{try{let r=t(process.env,e);if(r===void 0)throw new Error;return r}catch(r){throw new w(r.message||`Not found in E\
NV: ${oc(t.toString())}`,{logger:e?.logger})}}});var yx,Sx=p(()=>{Ja();Am();$m();Lm();yx=(t,{preferredFile:e="config",...r}={})=>async()=>{let o=xt(r),{configFile:n,credentialsFile:s}=await rc(r),i=s[o]||{},a=n[o]||
{},c=e==="config"?{...i,...a}:{...a,...i};try{let d=t(c,e==="config"?n:s);if(d===void 0)throw new Error;return d}catch(l){throw new w(l.message||`Not found in c\
onfig files w/ profile [${o}]: ${oc(t.toString())}`,{logger:r.logger})}}});var oL,Ex,xx=p(()=>{qE();oL=t=>typeof t=="function",Ex=t=>oL(t)?async()=>await t():WE(t)});var _,Um=p(()=>{Tm();vm();hx();Sx();xx();_=({environmentVariableSelector:t,configFileSelector:e,default:r},o={})=>{let{signingName:n,logger:s}=o;return Xa(Zo(gx(
t,{signingName:n,logger:s}),yx(e,o),Ex(r)))}});var Rx,_x,Rt,wx=p(()=>{Ya();Qa();Rx="AWS_USE_DUALSTACK_ENDPOINT",_x="use_dualstack_endpoint",Rt={environmentVariableSelector:t=>hr(t,Rx,Et.ENV),configFileSelector:t=>hr(
t,_x,Et.CONFIG),default:!1}});var Ix,Tx,_t,vx=p(()=>{Ya();Qa();Ix="AWS_USE_FIPS_ENDPOINT",Tx="use_fips_endpoint",_t={environmentVariableSelector:t=>hr(t,Ix,Et.ENV),configFileSelector:t=>hr(t,
Tx,Et.CONFIG),default:!1}});var tn,So,Kn,Cx,Ax,Fm=p(()=>{tn=(t,e)=>{let r=[];if(t&&r.push(t),e)for(let o of e)r.push(o);return r},So=(t,e)=>`${t||"anonymous"}${e&&e.length>0?` (a.k.a. ${e.
join(",")})`:""}`,Kn=()=>{let t=[],e=[],r=!1,o=new Set,n=u=>u.sort((m,f)=>Cx[f.step]-Cx[m.step]||Ax[f.priority||"normal"]-Ax[m.priority||"normal"]),s=u=>{let m=!1,
f=g=>{let y=tn(g.name,g.aliases);if(y.includes(u)){m=!0;for(let h of y)o.delete(h);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},i=u=>{let m=!1,f=g=>{
if(g.middleware===u){m=!0;for(let y of tn(g.name,g.aliases))o.delete(y);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},a=u=>(t.forEach(m=>{u.add(m.middleware,
{...m})}),e.forEach(m=>{u.addRelativeTo(m.middleware,{...m})}),u.identifyOnResolve?.(d.identifyOnResolve()),u),c=u=>{let m=[];return u.before.forEach(f=>{f.before.
length===0&&f.after.length===0?m.push(f):m.push(...c(f))}),m.push(u),u.after.reverse().forEach(f=>{f.before.length===0&&f.after.length===0?m.push(f):m.push(...c(
f))}),m},l=(u=!1)=>{let m=[],f=[],g={};return t.forEach(h=>{let S={...h,before:[],after:[]};for(let x of tn(S.name,S.aliases))g[x]=S;m.push(S)}),e.forEach(h=>{let S={
...h,before:[],after:[]};for(let x of tn(S.name,S.aliases))g[x]=S;f.push(S)}),f.forEach(h=>{if(h.toMiddleware){let S=g[h.toMiddleware];if(S===void 0){if(u)return;
throw new Error(`${h.toMiddleware} is not found when adding ${So(h.name,h.aliases)} middleware ${h.relation} ${h.toMiddleware}`)}h.relation==="after"&&S.after.push(
h),h.relation==="before"&&S.before.push(h)}}),n(m).map(c).reduce((h,S)=>(h.push(...S),h),[])},d={add:(u,m={})=>{let{name:f,override:g,aliases:y}=m,h={step:"init\
ialize",priority:"normal",middleware:u,...m},S=tn(f,y);if(S.length>0){if(S.some(x=>o.has(x))){if(!g)throw new Error(`Duplicate middleware name '${So(f,y)}'`);for(let x of S){
let T=t.findIndex(v=>v.name===x||v.aliases?.some(M=>M===x));if(T===-1)continue;let R=t[T];if(R.step!==h.step||h.priority!==R.priority)throw new Error(`"${So(R.name,
R.aliases)}" middleware with ${R.priority} priority in ${R.step} step cannot be overridden by "${So(f,y)}" middleware with ${h.priority} priority in ${h.step} s\
tep.`);t.splice(T,1)}}for(let x of S)o.add(x)}t.push(h)},addRelativeTo:(u,m)=>{let{name:f,override:g,aliases:y}=m,h={middleware:u,...m},S=tn(f,y);if(S.length>0){
if(S.some(x=>o.has(x))){if(!g)throw new Error(`Duplicate middleware name '${So(f,y)}'`);for(let x of S){let T=e.findIndex(v=>v.name===x||v.aliases?.some(M=>M===
x));if(T===-1)continue;let R=e[T];if(R.toMiddleware!==h.toMiddleware||R.relation!==h.relation)throw new Error(`"${So(R.name,R.aliases)}" middleware ${R.relation}\
 "${R.toMiddleware}" middleware cannot be overridden by "${So(f,y)}" middleware ${h.relation} "${h.toMiddleware}" middleware.`);e.splice(T,1)}}for(let x of S)o.
add(x)}e.push(h)},clone:()=>a(Kn()),use:u=>{u.applyToStack(d)},remove:u=>typeof u=="string"?s(u):i(u),removeByTag:u=>{let m=!1,f=g=>{let{tags:y,name:h,aliases:S}=g;
if(y&&y.includes(u)){let x=tn(h,S);for(let T of x)o.delete(T);return m=!0,!1}return!0};return t=t.filter(f),e=e.filter(f),m},concat:u=>{let m=a(Kn());return m.use(
u),m.identifyOnResolve(r||m.identifyOnResolve()||(u.identifyOnResolve?.()??!1)),m},applyToStack:a,identify:()=>l(!0).map(u=>{let m=u.step??u.relation+" "+u.toMiddleware;
return So(u.name,u.aliases)+" - "+m}),identifyOnResolve(u){return typeof u=="boolean"&&(r=u),r},resolve:(u,m)=>{for(let f of l().map(g=>g.middleware).reverse())
u=f(u,m);return r&&console.log(d.identify()),u}};return d},Cx={initialize:5,serialize:4,build:3,finalizeRequest:2,deserialize:1},Ax={high:3,normal:2,low:1}});var Re,bx=p(()=>{Fm();Re=class{config;middlewareStack=Kn();initConfig;handlers;constructor(e){this.config=e;let{protocol:r,protocolSettings:o}=e;o&&typeof r=="f\
unction"&&(e.protocol=new r(o))}send(e,r,o){let n=typeof r!="function"?r:void 0,s=typeof r=="function"?r:o,i=n===void 0&&this.config.cacheMiddleware===!0,a;if(i){
this.handlers||(this.handlers=new WeakMap);let c=this.handlers;c.has(e.constructor)?a=c.get(e.constructor):(a=e.resolveMiddleware(this.middlewareStack,this.config,
n),c.set(e.constructor,a))}else delete this.handlers,a=e.resolveMiddleware(this.middlewareStack,this.config,n);if(s)a(e).then(c=>s(null,c.output),c=>s(c)).catch(
()=>{});else return a(e).then(c=>c.output)}destroy(){this.config?.requestHandler?.destroy?.(),delete this.handlers}}});var ro,Mm=p(()=>{ro=t=>typeof t=="function"?t():t});var nc,Hm=p(()=>{nc=(t,e,r,o,n)=>({name:e,namespace:t,traits:r,input:o,output:n})});var Px,Bm,Ox=p(()=>{Q();Hm();Px=t=>(e,r)=>async o=>{let{response:n}=await e(o),{operationSchema:s}=re(r),[,i,a,c,l,d]=s??[];try{let u=await t.protocol.deserializeResponse(
nc(i,a,c,l,d),{...t,...r},n);return{response:n,output:u}}catch(u){if(Object.defineProperty(u,"$response",{value:n,enumerable:!1,writable:!1,configurable:!1}),!("\
$metadata"in u)){let m="Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";try{u.message+=`
  `+m}catch{!r.logger||r.logger?.constructor?.name==="NoOpLogger"?console.warn(m):r.logger?.warn?.(m)}typeof u.$responseBodyText<"u"&&u.$response&&(u.$response.
body=u.$responseBodyText);try{if(ht.isInstance(n)){let{headers:f={},statusCode:g}=n,y=Object.entries(f);u.$metadata={httpStatusCode:g,requestId:Bm(/^x-[\w-]+-request-?id$/,
y),extendedRequestId:Bm(/^x-[\w-]+-id-2$/,y),cfId:Bm(/^x-[\w-]+-cf-id$/,y)}}}catch{}}throw u}},Bm=(t,e)=>(e.find(([r])=>r.match(t))||[void 0,void 0])[1]});var Dx,Nx=p(()=>{Q();Hm();Dx=t=>(e,r)=>async o=>{let{operationSchema:n}=re(r),[,s,i,a,c,l]=n??[],d=r.endpointV2?async()=>ho(r.endpointV2):t.endpoint,u=await t.protocol.
serializeRequest(nc(s,i,a,c,l),o.input,{...t,...r,endpoint:d});return e({...o,request:u})}});function wt(t){return{applyToStack:e=>{e.add(Dx(t),$x),e.add(Px(t),kx),t.protocol.setSerdeContext(t)}}}var kx,$x,Lx=p(()=>{Ox();Nx();kx={name:"deserializerMiddl\
eware",step:"deserialize",tags:["DESERIALIZER"],override:!0},$x={name:"serializerMiddleware",step:"serialize",tags:["SERIALIZER"],override:!0}});function Eo(t){if(typeof t=="object")return t;if(t=t|0,sc[t])return sc[t];let e={},r=0;for(let o of["httpLabel","idempotent","idempotencyToken","sensitive","htt\
pPayload","httpResponseCode","httpQueryParams"])(t>>r++&1)===1&&(e[o]=1);return sc[t]=e}var sc,Gm=p(()=>{sc=[]});function ci(t,e){if(t instanceof H)return Object.assign(t,{memberName:e,_isMemberSchema:!0});let r=H;return new r(t,e)}var ai,ic,ac,H,jm,Ux,Fx=p(()=>{Mm();Gm();
ai={it:Symbol.for("@smithy/nor-struct-it"),ns:Symbol.for("@smithy/ns")},ic=[],ac={},H=class t{ref;memberName;static symbol=Symbol.for("@smithy/nor");symbol=t.symbol;name;schema;_isMemberSchema;traits;memberTraits;normalizedTraits;constructor(e,r){
this.ref=e,this.memberName=r;let o=[],n=e,s=e;for(this._isMemberSchema=!1;jm(n);)o.push(n[1]),n=n[0],s=ro(n),this._isMemberSchema=!0;if(o.length>0){this.memberTraits=
{};for(let i=o.length-1;i>=0;--i){let a=o[i];Object.assign(this.memberTraits,Eo(a))}}else this.memberTraits=0;if(s instanceof t){let i=this.memberTraits;Object.
assign(this,s),this.memberTraits=Object.assign({},i,s.getMemberTraits(),this.getMemberTraits()),this.normalizedTraits=void 0,this.memberName=r??s.memberName;return}
if(this.schema=ro(s),Ux(this.schema)?(this.name=`${this.schema[1]}#${this.schema[2]}`,this.traits=this.schema[3]):(this.name=this.memberName??String(s),this.traits=
0),this._isMemberSchema&&!r)throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`)}static[Symbol.hasInstance](e){
let r=this.prototype.isPrototypeOf(e);return!r&&typeof e=="object"&&e!==null?e.symbol===this.symbol:r}static of(e){let r=typeof e=="function"||typeof e=="object"&&
e!==null;if(typeof e=="number"){if(ic[e])return ic[e]}else if(typeof e=="string"){if(ac[e])return ac[e]}else if(r&&e[ai.ns])return e[ai.ns];let o=ro(e);if(o instanceof
t)return o;if(jm(o)){let[s,i]=o;if(s instanceof t)return Object.assign(s.getMergedTraits(),Eo(i)),s;throw new Error(`@smithy/core/schema - may not init unwrappe\
d member schema=${JSON.stringify(e,null,2)}.`)}let n=new t(o);return r?e[ai.ns]=n:typeof o=="string"?ac[o]=n:typeof o=="number"?ic[o]=n:n}getSchema(){let e=this.
schema;return Array.isArray(e)&&e[0]===0?e[4]:e}getName(e=!1){let{name:r}=this;return!e&&r&&r.includes("#")?r.split("#")[1]:r||void 0}getMemberName(){return this.
memberName}isMemberSchema(){return this._isMemberSchema}isListSchema(){let e=this.getSchema();return typeof e=="number"?e>=64&&e<128:e[0]===1}isMapSchema(){let e=this.
getSchema();return typeof e=="number"?e>=128&&e<=255:e[0]===2}isStructSchema(){let e=this.getSchema();if(typeof e!="object")return!1;let r=e[0];return r===3||r===
-3||r===4}isUnionSchema(){let e=this.getSchema();return typeof e!="object"?!1:e[0]===4}isBlobSchema(){let e=this.getSchema();return e===21||e===42}isTimestampSchema(){
let e=this.getSchema();return typeof e=="number"&&e>=4&&e<=7}isUnitSchema(){return this.getSchema()==="unit"}isDocumentSchema(){return this.getSchema()===15}isStringSchema(){
return this.getSchema()===0}isBooleanSchema(){return this.getSchema()===2}isNumericSchema(){return this.getSchema()===1}isBigIntegerSchema(){return this.getSchema()===
17}isBigDecimalSchema(){return this.getSchema()===19}isStreaming(){let{streaming:e}=this.getMergedTraits();return!!e||this.getSchema()===42}isIdempotencyToken(){
return!!this.getMergedTraits().idempotencyToken}getMergedTraits(){return this.normalizedTraits??(this.normalizedTraits={...this.getOwnTraits(),...this.getMemberTraits()})}getMemberTraits(){
return Eo(this.memberTraits)}getOwnTraits(){return Eo(this.traits)}getKeySchema(){let[e,r]=[this.isDocumentSchema(),this.isMapSchema()];if(!e&&!r)throw new Error(
`@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`);let o=this.getSchema(),n=e?15:o[4]??0;return ci([n,0],"key")}getValueSchema(){let e=this.
getSchema(),[r,o,n]=[this.isDocumentSchema(),this.isMapSchema(),this.isListSchema()],s=typeof e=="number"?63&e:e&&typeof e=="object"&&(o||n)?e[3+e[0]]:r?15:void 0;
if(s!=null)return ci([s,0],o?"value":"member");throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`)}getMemberSchema(e){let r=this.getSchema();
if(this.isStructSchema()&&r[4].includes(e)){let o=r[4].indexOf(e),n=r[5][o];return ci(jm(n)?n:[n,0],e)}if(this.isDocumentSchema())return ci([15,0],e);throw new Error(
`@smithy/core/schema - ${this.getName(!0)} has no member=${e}.`)}getMemberSchemas(){let e={};try{for(let[r,o]of this.structIterator())e[r]=o}catch{}return e}getEventStreamMember(){
if(this.isStructSchema()){for(let[e,r]of this.structIterator())if(r.isStreaming()&&r.isStructSchema())return e}return""}*structIterator(){if(this.isUnitSchema())
return;if(!this.isStructSchema())throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");let e=this.getSchema(),r=e[4].length,o=e[ai.it];if(o&&
r===o.length){yield*o;return}o=Array(r);for(let n=0;n<r;++n){let s=e[4][n],i=ci([e[5][n],0],s);yield o[n]=[s,i]}e[ai.it]=o}};jm=t=>Array.isArray(t)&&t.length===
2,Ux=t=>Array.isArray(t)&&t.length>=5});var J,Mx=p(()=>{J=class t{namespace;schemas;exceptions;static registries=new Map;constructor(e,r=new Map,o=new Map){this.namespace=e,this.schemas=r,this.exceptions=
o,t.registries.has(e)||t.registries.set(e,this)}static for(e){return t.registries.get(e)??new t(e)}copyFrom(e){let{schemas:r,exceptions:o}=this;for(let[n,s]of e.
schemas)r.has(n)||r.set(n,s);for(let[n,s]of e.exceptions)o.has(n)||o.set(n,s)}register(e,r){let o=this.normalizeShapeId(e);for(let n of[this,t.for(o.split("#")[0])])
n.schemas.has(o)||n.schemas.set(o,r)}getSchema(e){let r=this.normalizeShapeId(e);if(!this.schemas.has(r)){if(!e.includes("#")){let o="#"+e,n=[];for(let[s,i]of this.
schemas.entries())s.endsWith(o)&&n.push(i);if(n.length===1)return n[0]}throw new Error(`@smithy/core/schema - schema not found for ${r}`)}return this.schemas.get(
r)}registerError(e,r){let o=e,n=o[1],s=n+"#"+o[2];r.hasOwnProperty?.("shapeId")||(r.shapeId=s);for(let i of[this,t.for(n)])!i.schemas.has(s)&&!i.exceptions.has(
o)&&(i.schemas.set(s,o),i.exceptions.set(o,r))}getErrorCtor(e){let r=e;return this.exceptions.has(r)?this.exceptions.get(r):t.for(r[1]).exceptions.get(r)}getBaseException(){
for(let e of this.exceptions.keys())if(Array.isArray(e)){let[,r,o]=e,n=r+"#"+o;if(n.startsWith("smithy.ts.sdk.synthetic.")&&n.endsWith("ServiceException"))return e}}find(e){
for(let r of this.schemas.values())if(e(r))return r}clear(){this.schemas.clear(),this.exceptions.clear()}normalizeShapeId(e){return e.includes("#")?e:this.namespace+
"#"+e}}});var Z=p(()=>{Mm();Lx();Fx();Gm();Mx()});function Jn(t,e){if(e==null)return e;let r=H.of(t);if(r.getMergedTraits().sensitive)return zm;if(r.isListSchema()){let o=r.getValueSchema();if(o.getMergedTraits().
sensitive)return zm;if(Array.isArray(e))return e.map(n=>Jn(o,n))}else if(r.isMapSchema()){let o=r.getValueSchema();if(r.getKeySchema().getMergedTraits().sensitive||
o.getMergedTraits().sensitive)return zm;if(typeof e=="object")return Object.fromEntries(Object.entries(e).map(([n,s])=>[n,Jn(o,s)]))}else if(r.isStructSchema()&&
typeof e=="object"){let o=e,n={};for(let[s,i]of r.structIterator())o[s]!=null&&(n[s]=Jn(i,o[s]));return n}return e}var zm,Hx=p(()=>{Z();zm="***SensitiveInformat\
ion***"});var Bx,_r,Vm,Wm=p(()=>{zr();Fm();Hx();Z();Bx=Symbol.for("@smithy/op-event-stream"),_r=class{middlewareStack=Kn();schema;static classBuilder(){return new Vm}resolveMiddlewareWithContext(e,r,o,{
middlewareFn:n,clientName:s,commandName:i,inputFilterSensitiveLog:a,outputFilterSensitiveLog:c,smithyContext:l,additionalContext:d,CommandCtor:u}){for(let v of n.
bind(this)(u,e,r,o))this.middlewareStack.use(v);let m=e.concat(this.middlewareStack),{logger:f}=r,g=d[Pr],y={logger:f,clientName:s,commandName:i,inputFilterSensitiveLog:a,
outputFilterSensitiveLog:c,...d,[Pr]:{...g,commandInstance:this,...l,...o?.metricsRecorder===void 0?{}:{metricsRecorder:o.metricsRecorder},...o?.abortSignal===void 0?
{}:{abortSignal:o.abortSignal}}},{requestHandler:h}=r,S=o??{};S.metricsRecorder&&(S={...S},delete S.metricsRecorder);let x,T=this.schema,R=T?.[Bx];if(R!==void 0)
x=R;else if(T&&Array.isArray(T)&&T[0]===9){let[,,,,v,M]=T;x=T[Bx]=!!(H.of(v).getEventStreamMember()||H.of(M).getEventStreamMember())}return x&&(S={isEventStream:x,
...S}),m.resolve(v=>h.handle(v.request,S),y)}},Vm=class{_init=()=>{};_ep={};_middlewareFn=()=>[];_commandName="";_clientName="";_additionalContext={};_smithyContext={};_inputFilterSensitiveLog=void 0;_outputFilterSensitiveLog=void 0;_serializer=null;_deserializer=null;_operationSchema;init(e){
this._init=e}ep(e){return this._ep=e,this}m(e){return this._middlewareFn=e,this}s(e,r,o={}){return this._smithyContext={service:e,operation:r,...o},this}c(e={}){
return this._additionalContext=e,this}n(e,r){return this._clientName=e,this._commandName=r,this}f(e=o=>o,r=o=>o){return this._inputFilterSensitiveLog=e,this._outputFilterSensitiveLog=
r,this}ser(e){return this._serializer=e,this}de(e){return this._deserializer=e,this}sc(e){return this._operationSchema=e,this._smithyContext.operationSchema=e,this}build(){
let e=this,r;return r=class extends _r{input;static getEndpointParameterInstructions(){return e._ep}constructor(...[o]){super(),this.input=o??{},e._init(this),this.
schema=e._operationSchema}resolveMiddleware(o,n,s){let i=e._operationSchema,a=i?.[4]??i?.input,c=i?.[5]??i?.output;return this.resolveMiddlewareWithContext(o,n,
s,{CommandCtor:r,middlewareFn:e._middlewareFn,clientName:e._clientName,commandName:e._commandName,inputFilterSensitiveLog:e._inputFilterSensitiveLog??(i?Jn.bind(
null,a):l=>l),outputFilterSensitiveLog:e._outputFilterSensitiveLog??(i?Jn.bind(null,c):l=>l),smithyContext:e._smithyContext,additionalContext:e._additionalContext})}serialize=e.
_serializer;deserialize=e._deserializer}}}});var oo,Gx=p(()=>{oo=(t,e,r)=>{for(let[s,i]of Object.entries(t)){let a=async function(l,d,u){let m=new i(l);if(typeof d=="function")this.send(m,d);else if(typeof u==
"function"){if(typeof d!="object")throw new Error(`Expected http options but got ${typeof d}`);this.send(m,d||{},u)}else return this.send(m,d)},c=(s[0].toLowerCase()+
s.slice(1)).replace(/Command$/,"");e.prototype[c]=a}let{paginators:o={},waiters:n={}}=r??{};for(let[s,i]of Object.entries(o))e.prototype[s]===void 0&&(e.prototype[s]=
function(a={},c,...l){return i({...c,client:this},a,...l)});for(let[s,i]of Object.entries(n))e.prototype[s]===void 0&&(e.prototype[s]=async function(a={},c,...l){
let d=c;return typeof c=="number"&&(d={maxWaitTime:c}),i({...d,client:this},a,...l)})}});var He,cc,jx=p(()=>{He=class t extends Error{static shapeId="smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";$fault;$response;$retryable;$metadata;constructor(e){
super(e.message),Object.setPrototypeOf(this,Object.getPrototypeOf(this).constructor.prototype),this.name=e.name,this.$fault=e.$fault,this.$metadata=e.$metadata}static isInstance(e){
if(!e)return!1;let r=e;return t.prototype.isPrototypeOf(r)||!!r.$fault&&!!r.$metadata&&(r.$fault==="client"||r.$fault==="server")}static[Symbol.hasInstance](e){
if(!e)return!1;let r=e;if(this===t)return t.isInstance(e);if(t.isInstance(e)){if(this.prototype.isPrototypeOf(e))return!0;let o=Object.prototype.hasOwnProperty.
call(this,"shapeId")?this.shapeId:void 0,n=!1;if(o){let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor,c=a!==t&&Object.prototype.
hasOwnProperty.call(a,"shapeId")?a?.shapeId:void 0;if(c&&(n=!0,c===o))return!0;i=Object.getPrototypeOf(i)}}if(o&&n)return!1;let s=this.name;if(s&&s.length>=6){if(r.
name===s)return!0;let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor?.name;if(a&&a!=="Error"&&a===s)return!0;i=Object.getPrototypeOf(
i)}}}return!1}},cc=(t,e={})=>{Object.entries(e).filter(([,o])=>o!==void 0).forEach(([o,n])=>{(t[o]==null||t[o]==="")&&(t[o]=n)});let r=t.message||t.Message||"Un\
knownError";return t.message=r,delete t.Message,t}});var It,zx=p(()=>{It=t=>{switch(t){case"standard":return{retryMode:"standard",connectionTimeout:3100};case"in-region":return{retryMode:"standard",connectionTimeout:1100};case"\
cross-region":return{retryMode:"standard",connectionTimeout:3100};case"mobile":return{retryMode:"standard",connectionTimeout:3e4};default:return{}}}});var Vx,Tt,Wx=p(()=>{Vx=!1,Tt=t=>{t&&!Vx&&parseInt(t.substring(1,t.indexOf(".")))<16&&(Vx=!0)}});var qx,Kx,Jx,Xx=p(()=>{Q();zr();qx=Object.values(eo),Kx=t=>{let e=[];for(let r in eo){if(!b(eo,r))continue;let o=eo[r];t[o]!==void 0&&e.push({algorithmId:()=>o,
checksumConstructor:()=>t[o]})}for(let[r,o]of Object.entries(t.checksumAlgorithms??{}))e.push({algorithmId:()=>r,checksumConstructor:()=>o});return{addChecksumAlgorithm(r){
t.checksumAlgorithms=t.checksumAlgorithms??{};let o=r.algorithmId(),n=r.checksumConstructor();qx.includes(o)?t.checksumAlgorithms[o.toUpperCase()]=n:t.checksumAlgorithms[o]=
n,e.push(r)},checksumAlgorithms(){return e}}},Jx=t=>{let e={};return t.checksumAlgorithms().forEach(r=>{let o=r.algorithmId();qx.includes(o)&&(e[o]=r.checksumConstructor())}),
e}});var Yx,Qx,Zx=p(()=>{Yx=t=>({setRetryStrategy(e){t.retryStrategy=e},retryStrategy(){return t.retryStrategy}}),Qx=t=>{let e={};return e.retryStrategy=t.retryStrategy(),
e}});var vt,Ct,eR=p(()=>{Xx();Zx();vt=t=>Object.assign(Kx(t),Yx(t)),Ct=t=>Object.assign(Jx(t),Qx(t))});var pc,tR=p(()=>{Q();pc=t=>{let e="#text";for(let r in t)b(t,r)&&(t[r][e]!==void 0?t[r]=t[r][e]:typeof t[r]=="object"&&t[r]!==null&&(t[r]=pc(t[r])));return t}});var xe,rR=p(()=>{xe=class{trace(){}debug(){}info(){}warn(){}error(){}}});function At(t,e,r,o){return function(s,i,a,c,l={}){let d=Object.assign({},t,s);return _r.classBuilder().ep(d).m(function(u,m,f,g){let y=i.call(this,u,m,f,g);return y.
unshift(o(f,u.getEndpointParameterInstructions())),y}).s(e,a,l).n(r,a.charAt(0).toUpperCase()+a.slice(1)+"Command").sc(c).build()}}var oR=p(()=>{Wm()});var C=p(()=>{Q();Q();bx();Wm();Gx();zx();Wx();jx();eR();tR();rR();oR()});var nR,qm,Km,sR,iR,aR,cR,pR,lR,Jm=p(()=>{nR="AWS_EXECUTION_ENV",qm="AWS_REGION",Km="AWS_DEFAULT_REGION",sR="AWS_EC2_METADATA_DISABLED",iR=["in-region","cross-re\
gion","mobile","standard","legacy"],aR="/latest/meta-data/placement/region",cR="/latest/api/token",pR="x-aws-ec2-metadata-token",lR="x-aws-ec2-metadata-token-tt\
l-seconds"});var dR,nL,fR,lc,uR,sL,mR,Xm=p(()=>{Jm();dR=1e3,nL=6e4,fR=0,lc=async()=>{if(!process.env[sR]&&!(Date.now()<fR))try{let t=sL(),e=(await mR({...t,path:cR,method:"P\
UT",headers:{[lR]:"21600"}})).toString();return(await mR({...t,path:aR,method:"GET",headers:{[pR]:e}})).toString().trim()||uR()}catch{return uR()}},uR=()=>{fR=Date.
now()+nL},sL=()=>{let t=process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;if(t){let e=new URL(t);return{hostname:e.hostname.replace(/^\[(.+)]$/,"$1"),port:e.port?Number(
e.port):void 0}}return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE==="IPv6"?{hostname:"fd00:ec2::254"}:{hostname:"169.254.169.254"}},mR=async t=>{let{request:e}=await import("node:http");
return new Promise((r,o)=>{let n=e({hostname:t.hostname,port:t.port,path:t.path,method:t.method,headers:t.headers,timeout:dR,signal:AbortSignal.timeout(dR)});n.
on("error",s=>{o(s),n.destroy()}),n.on("timeout",()=>{o(new Error("TimeoutError from instance metadata service")),n.destroy()}),n.on("response",s=>{let{statusCode:i=400}=s;
if(i<200||i>=300){o(Object.assign(new Error("Error response received from instance metadata service"),{statusCode:i})),n.destroy();return}let a=[];s.on("data",c=>a.
push(c)),s.on("end",()=>{r(Buffer.concat(a)),n.destroy()})}),n.end()})}});var gR,hR,Ae,Be,Ym=p(()=>{Xm();gR="AWS_REGION",hR="region",Ae={environmentVariableSelector:t=>t[gR],configFileSelector:t=>t[hR],default:async()=>{let t=await lc();
if(t)return t;throw new Error("Region is missing")}},Be={preferredFile:"credentials"}});var yR,SR,ER=p(()=>{Q();yR=new Set,SR=(t,e=Vr)=>{if(!yR.has(t)&&!e(t))if(t==="*")console.warn('@smithy/config-resolver WARN - Please use the caller region inste\
ad of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.');else throw new Error(`Region not accepted: region="${t}\
" is not a valid hostname component.`);else yR.add(t)}});var dc,Qm=p(()=>{dc=t=>typeof t=="string"&&(t.startsWith("fips-")||t.endsWith("-fips"))});var xR,RR=p(()=>{Qm();xR=t=>dc(t)?["fips-aws-global","aws-fips"].includes(t)?"us-east-1":t.replace(/fips-(dkr-|prod-)?|-fips/,""):t});var bt,_R=p(()=>{ER();RR();Qm();bt=t=>{let{region:e,useFipsEndpoint:r}=t;if(!e)throw new Error("Region is missing");return Object.assign(t,{region:async()=>{let o=typeof e==
"function"?await e():e,n=xR(o);return SR(n),n},useFipsEndpoint:async()=>{let o=typeof e=="string"?e:await e();return dc(o)?!0:typeof r!="function"?Promise.resolve(
!!r):r()}})}});var iL,aL,wR,IR=p(()=>{iL="AWS_DEFAULTS_MODE",aL="defaults_mode",wR={environmentVariableSelector:t=>t[iL],configFileSelector:t=>t[aL],default:"legacy"}});var Pt,cL,pL,TR=p(()=>{Ym();Xm();Um();vm();Jm();IR();Pt=({region:t=_(Ae),defaultsMode:e=_(wR)}={})=>Xa(async()=>{let r=typeof e=="function"?await e():e;switch(r?.
toLowerCase()){case"auto":return cL(t);case"in-region":case"cross-region":case"mobile":case"standard":case"legacy":return Promise.resolve(r?.toLocaleLowerCase());case void 0:
return Promise.resolve("legacy");default:throw new Error(`Invalid parameter for "defaultsMode", expect ${iR.join(", ")}, got ${r}`)}}),cL=async t=>{if(t){let e=typeof t==
"function"?await t():t,r=await pL();return r?e===r?"in-region":"cross-region":"standard"}return"standard"},pL=async()=>process.env[nR]&&(process.env[qm]||process.
env[Km])?process.env[qm]??process.env[Km]:lc()});var L=p(()=>{Ys();Ja();VE();Tm();Ya();Qa();Am();bm();Pm();lx();mx();fx();Um();wx();vx();Ym();_R();TR()});var vR,CR,AR,bR=p(()=>{vR="AWS_ENDPOINT_URL",CR="endpoint_url",AR=t=>({environmentVariableSelector:e=>{let r=t.split(" ").map(s=>s.toUpperCase()),o=e[[vR,...r].
join("_")];if(o)return o;let n=e[vR];if(n)return n},configFileSelector:(e,r)=>{if(e.services){let n=["services",e.services].join(".");if(!r||!r[n])throw new Error(
`The services section "${e.services}" specified in the profile is not present in the shared configuration file.`);let s=r[n],i=t.split(" ").map(c=>c.toLowerCase()),
a=s[[i.join("_"),CR].join(".")];if(a)return a}let o=e[CR];if(o)return o},default:void 0})});var lL,dL,PR,OR=p(()=>{L();lL="AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",dL="ignore_configured_endpoint_urls",PR={environmentVariableSelector:t=>hr(t,lL,Et.ENV),configFileSelector:t=>hr(
t,dL,Et.CONFIG),default:!1}});var pi,DR=p(()=>{L();bR();OR();pi=async t=>{if(!await _(PR)())return _(AR(t??""))()}});var Zm,uL,mL,fL,NR,kR,$R=p(()=>{Zm=async t=>{let e=t?.Bucket||"";if(typeof t.Bucket=="string"&&(t.Bucket=e.replace(/#/g,encodeURIComponent("#")).replace(/\?/g,encodeURIComponent(
"?"))),kR(e)){if(t.ForcePathStyle===!0)throw new Error("Path-style addressing cannot be used with ARN buckets")}else(!NR(e)||e.indexOf(".")!==-1&&!String(t.Endpoint).
startsWith("http:")||e.toLowerCase()!==e||e.length<3)&&(t.ForcePathStyle=!0);return t.DisableMultiRegionAccessPoints&&(t.disableMultiRegionAccessPoints=!0,t.DisableMRAP=
!0),t},uL=/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,mL=/(\d+\.){3}\d+/,fL=/\.\./,NR=t=>uL.test(t)&&!mL.test(t)&&!fL.test(t),kR=t=>{let[e,r,o,,,n]=t.split(":"),s=e===
"arn"&&t.split(":").length>=6,i=!!(s&&r&&o&&n);if(s&&!i)throw new Error(`Invalid ARN: ${t} was an invalid ARN.`);return i}});var LR=p(()=>{$R()});var UR,FR=p(()=>{UR=(t,e,r,o=!1)=>{let n=async()=>{let s;return o?s=r.clientContextParams?.[t]??r[t]??r[e]:s=r[t]??r[e],typeof s=="function"?s():s};return t==="\
credentialScope"||e==="CredentialScope"?async()=>{let s=typeof r.credentials=="function"?await r.credentials():r.credentials;return s?.credentialScope??s?.CredentialScope}:
t==="accountId"||e==="AccountId"?async()=>{let s=typeof r.credentials=="function"?await r.credentials():r.credentials;return s?.accountId??s?.AccountId}:t==="en\
dpoint"||e==="endpoint"?async()=>{if(r.isCustomEndpoint===!1)return;let s=await n();if(s&&typeof s=="object"){if("url"in s)return s.url.href;if("hostname"in s){
let{protocol:i,hostname:a,port:c,path:l}=s;return`${i}//${a}${c?":"+c:""}${l}`}}return s}:n}});var ef=p(()=>{Q()});function uc(t){return async(e,r,o,n)=>{if(!o.isCustomEndpoint&&!o.ignoreConfiguredEndpointUrls){let a;o.serviceConfiguredEndpoint?a=await o.serviceConfiguredEndpoint():
a=await t(o.serviceId),a&&(o.endpoint=()=>Promise.resolve(ho(a)),o.isCustomEndpoint=!0,n?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from confi\
g: ${a}`))}let s=await Xn(e,r,o);if(typeof o.endpointProvider!="function")throw new Error("config.endpointProvider is not set.");let i=o.endpointProvider(s,n);if(o.
isCustomEndpoint&&o.endpoint){let a=await o.endpoint();if(a?.headers){i.headers??={};for(let[c,l]of Object.entries(a.headers))i.headers[c]=Array.isArray(l)?l:[l]}}
return i}}var Xn,mc=p(()=>{LR();FR();ef();Xn=async(t,e,r)=>{let o={},n=e?.getEndpointParameterInstructions?.()||{};for(let[s,i]of Object.entries(n))switch(i.type){case"\
staticContextParams":o[s]=i.value;break;case"contextParams":o[s]=t[i.name];break;case"clientContextParams":case"builtInParams":o[s]=await UR(i.name,s,r,i.type!==
"builtInParams")();break;case"operationContextParams":o[s]=i.get(t);break;default:throw new Error("Unrecognized endpoint parameter instruction: "+JSON.stringify(
i))}return Object.keys(n).length===0&&Object.assign(o,r),String(r.serviceId).toLowerCase()==="s3"&&await Zm(o),o}});function gL(t,e,r){t.__smithy_context?t.__smithy_context.features||(t.__smithy_context.features={}):t.__smithy_context={features:{}},t.__smithy_context.features[e]=
r}function fc(t){let e=uc(t);return({config:r,instructions:o})=>(n,s)=>async i=>{r.isCustomEndpoint&&gL(s,"ENDPOINT_OVERRIDE","N");let a=await e(i.input,{getEndpointParameterInstructions(){
return o}},{...r},s);s.endpointV2=a,s.authSchemes=a.properties?.authSchemes;let c=s.authSchemes?.[0];if(c){s.signing_region=c.signingRegion,s.signing_service=c.
signingName;let d=re(s)?.selectedHttpAuthScheme?.httpAuthOption;d&&(d.signingProperties=Object.assign(d.signingProperties||{},{signing_region:c.signingRegion,signingRegion:c.
signingRegion,signing_service:c.signingName,signingName:c.signingName,signingRegionSet:c.signingRegionSet},c.properties))}return n({...i})}}var tf=p(()=>{Q();mc()});function MR(t){let e=fc(t);return(r,o)=>({applyToStack:n=>{n.addRelativeTo(e({config:r,instructions:o}),yL)}})}var hL,yL,HR=p(()=>{tf();hL={name:"serializerMidd\
leware",step:"serialize",tags:["SERIALIZER"],override:!0},yL={step:"serialize",tags:["ENDPOINT_PARAMETERS","ENDPOINT_V2","ENDPOINT"],name:"endpointV2Middleware",
override:!0,relation:"before",toMiddleware:hL.name}});function BR(t){return e=>{let r=e.tls??!0,{endpoint:o,useDualstackEndpoint:n,useFipsEndpoint:s}=e,i=o!=null?async()=>ho(await W(o)()):void 0,c=Object.assign(e,{
endpoint:i,tls:r,isCustomEndpoint:!!o,useDualstackEndpoint:W(n??!1),useFipsEndpoint:W(s??!1),ignoreConfiguredEndpointUrls:!!e.ignoreConfiguredEndpointUrls}),l;return c.
serviceConfiguredEndpoint=async()=>(e.serviceId&&!l&&(l=t(e.serviceId)),l),c}}var GR=p(()=>{Q();ef()});var Ge,jR=p(()=>{Ge=class t{nodes;root;conditions;results;constructor(e,r,o,n){this.nodes=e,this.root=r,this.conditions=o,this.results=n}static from(e,r,o,n){return new t(
e,r,o,n)}}});var je,zR=p(()=>{je=class{capacity;data=new Map;parameters=[];constructor({size:e,params:r}){this.capacity=e??50,r&&(this.parameters=r)}get(e,r){let o=this.hash(
e);if(o===!1)return r();if(!this.data.has(o)){if(this.data.size>this.capacity+10){let n=this.data.keys(),s=0;for(;;){let{value:i,done:a}=n.next();if(this.data.delete(
i),a||++s>10)break}}this.data.set(o,r())}return this.data.get(o)}size(){return this.data.size}hash(e){let r="",{parameters:o}=this;if(o.length===0)return!1;for(let n of o){
let s=e[n],i=s==null?"\0":String(s);if(i.includes("|;"))return!1;r+=i+"|;"}return r}}});var he,VR=p(()=>{he=class extends Error{constructor(e){super(e),this.name="EndpointError"}}});var no=p(()=>{VR()});var rf,WR=p(()=>{rf="endpoints"});function Yn(t){return typeof t!="object"||t==null?t:"ref"in t?`$${Yn(t.ref)}`:"fn"in t?`${t.fn}(${(t.argv||[]).map(Yn).join(", ")})`:JSON.stringify(t,null,2)}var qR=p(
()=>{});var KR=p(()=>{WR();qR()});var be,of=p(()=>{be={}});var nf,JR=p(()=>{nf=(t,e)=>t===e});function sf(...t){for(let e of t)if(e!=null)return e}var XR=p(()=>{});var YR,QR=p(()=>{no();YR=t=>{let e=t.split("."),r=[];for(let o of e){let n=o.indexOf("[");if(n!==-1){if(o.indexOf("]")!==o.length-1)throw new he(`Path: '${t}' d\
oes not end with ']'`);let s=o.slice(n+1,-1);if(Number.isNaN(parseInt(s)))throw new he(`Invalid array index: '${s}' in path: '${t}'`);n!==0&&r.push(o.slice(0,n)),
r.push(s)}else r.push(o)}return r}});var li,ZR=p(()=>{no();QR();li=(t,e)=>YR(e).reduce((r,o)=>{if(typeof r!="object")throw new he(`Index '${o}' in '${e}' not found in '${JSON.stringify(t)}'`);if(Array.
isArray(r)){let n=parseInt(o);return r[n<0?r.length+n:n]}return r[o]},t)});var af,e_=p(()=>{af=t=>t!=null});function cf(t,e,r){return t?e:r}var t_=p(()=>{});var pf,r_=p(()=>{pf=t=>!t});var SL,Qn,lf=p(()=>{SL=new RegExp("^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$"),Qn=t=>SL.test(t)||t.startsWith(
"[")&&t.endsWith("]")});var df,uf,o_=p(()=>{zr();lf();df={[Yo.HTTP]:80,[Yo.HTTPS]:443},uf=t=>{let e=(()=>{try{if(t instanceof URL)return t;if(typeof t=="object"&&"hostname"in t){let{hostname:m,
port:f,protocol:g="",path:y="",query:h={}}=t,S=new URL(`${g}//${m}${f?`:${f}`:""}${y}`);return S.search=Object.entries(h).map(([x,T])=>`${x}=${T}`).join("&"),S}
return new URL(t)}catch{return null}})();if(!e)return console.error(`Unable to parse ${JSON.stringify(t)} as a whatwg URL.`),null;let r=e.href,{host:o,hostname:n,
pathname:s,protocol:i,search:a}=e;if(a)return null;let c=i.slice(0,-1);if(!Object.values(Yo).includes(c))return null;let l=Qn(n),d=r.includes(`${o}:${df[c]}`)||
typeof t=="string"&&t.includes(`${o}:${df[c]}`),u=`${o}${d?`:${df[c]}`:""}`;return{scheme:c,authority:u,path:s,normalizedPath:s.endsWith("/")?s:`${s}/`,isIp:l}}});function mf(t,e,r){if(r===1)return[t];if(t==="")return[""];let o=t.split(e);return r===0?o:o.slice(0,r-1).concat(o.slice(1).join(e))}var n_=p(()=>{});var ff,s_=p(()=>{ff=(t,e)=>t===e});var gf,i_=p(()=>{gf=(t,e,r,o)=>t==null||e>=r||t.length<r||/[^\u0000-\u007f]/.test(t)?null:o?t.substring(t.length-r,t.length-e):t.substring(e,r)});var hf,a_=p(()=>{hf=t=>encodeURIComponent(t).replace(/[!*'()]/g,e=>`%${e.charCodeAt(0).toString(16).toUpperCase()}`)});var yf=p(()=>{JR();XR();ZR();e_();Q();t_();r_();o_();n_();s_();i_();a_()});var c_,p_=p(()=>{yf();c_={booleanEquals:nf,coalesce:sf,getAttr:li,isSet:af,isValidHostLabel:Vr,ite:cf,not:pf,parseURL:uf,split:mf,stringEquals:ff,substring:gf,uriEncode:hf}});var gc,Sf=p(()=>{yf();gc=(t,e)=>{let r=[],{referenceRecord:o,endpointParams:n}=e,s=0;for(;s<t.length;){let i=t.indexOf("{",s);if(i===-1){r.push(t.slice(s));break}
r.push(t.slice(s,i));let a=t.indexOf("}",i);if(a===-1){r.push(t.slice(i));break}t[i+1]==="{"&&t[a+1]==="}"&&(r.push(t.slice(i+1,a)),s=a+2);let c=t.substring(i+1,
a);if(c.includes("#")){let[l,d]=c.split("#");r.push(li(o[l]??n[l],d))}else r.push(o[c]??n[c]);s=a+1}return r.join("")}});var l_,d_=p(()=>{l_=({ref:t},e)=>e.referenceRecord[t]??e.endpointParams[t]});var rn,hc,u_,di=p(()=>{no();of();p_();Sf();d_();rn=(t,e,r)=>{if(typeof t=="string")return gc(t,r);if(t.fn)return u_.callFunction(t,r);if(t.ref)return l_(t,r);throw new he(
`'${e}': ${String(t)} is not a string, function or reference.`)},hc=({fn:t,argv:e},r)=>{let o=Array(e.length);for(let i=0;i<o.length;++i){let a=e[i];typeof a=="\
boolean"||typeof a=="number"?o[i]=a:o[i]=u_.evaluateExpression(a,"arg",r)}let n=t.indexOf(".");if(n!==-1){let a=be[t.slice(0,n)]?.[t.slice(n+1)];if(typeof a=="f\
unction")return a(...o)}let s=c_[t];if(typeof s=="function")return s(...o);throw new Error(`function ${t} not loaded in endpointFunctions.`)},u_={evaluateExpression:rn,
callFunction:hc}});var m_=p(()=>{di()});var f_,g_=p(()=>{KR();no();m_();f_=(t,e)=>{let{assign:r}=t;if(r&&r in e.referenceRecord)throw new he(`'${r}' is already defined in Reference Record.`);let o=hc(
t,e);e.logger?.debug?.(`${rf} evaluateCondition: ${Yn(t)} = ${Yn(o)}`);let n=o===""?!0:!!o;return r!=null?{result:n,toAssign:{name:r,value:o}}:{result:n}}});var h_,y_=p(()=>{no();di();h_=(t,e)=>Object.entries(t??{}).reduce((r,[o,n])=>(r[o]=n.map(s=>{let i=rn(s,"Header value entry",e);if(typeof i!="string")throw new he(
`Header '${o}' value '${i}' is not a string`);return i}),r),{})});var Ef,S_,E_,x_=p(()=>{no();Sf();Ef=(t,e)=>Object.entries(t).reduce((r,[o,n])=>(r[o]=E_.getEndpointProperty(n,e),r),{}),S_=(t,e)=>{if(Array.isArray(t))return t.
map(r=>S_(r,e));switch(typeof t){case"string":return gc(t,e);case"object":if(t===null)throw new he(`Unexpected endpoint property: ${t}`);return E_.getEndpointProperties(
t,e);case"boolean":return t;default:throw new he(`Unexpected endpoint property type: ${typeof t}`)}},E_={getEndpointProperty:S_,getEndpointProperties:Ef}});var R_,__=p(()=>{no();di();R_=(t,e)=>{let r=rn(t,"Endpoint URL",e);if(typeof r=="string")try{return new URL(r)}catch(o){throw console.error(`Failed to construct\
 URL with ${r}`,o),o}throw new he(`Endpoint URL must be a string, got ${typeof r}`)}});var xf,Ot,w_=p(()=>{no();g_();di();y_();x_();__();xf=1e8,Ot=(t,e)=>{let{nodes:r,root:o,results:n,conditions:s}=t,i=o,a={},c={referenceRecord:a,endpointParams:e.
endpointParams,logger:e.logger};for(;i!==1&&i!==-1&&i<xf;){let l=3*(Math.abs(i)-1),[d,u,m]=[r[l],r[l+1],r[l+2]],[f,g,y]=s[d],h=f_({fn:f,assign:y,argv:g},c);if(h.
toAssign){let{name:S,value:x}=h.toAssign;a[S]=x}i=i>=0===h.result?u:m}if(i>=xf){let l=n[i-xf];if(l[0]===-1){let[,f]=l;throw new he(rn(f,"Error",c))}let[d,u,m]=l;
return{url:R_(d,c),properties:Ef(u,c),headers:h_(m??{},c)}}throw new he("No matching endpoint.")}});var PQ,er,OQ,tr,z=p(()=>{DR();mc();tf();HR();GR();jR();zR();w_();lf();Q();of();mc();PQ=uc(pi),er=BR(pi),OQ=fc(pi),tr=MR(pi)});var ui,yc,Sc=p(()=>{ui=t=>typeof ReadableStream=="function"&&(t?.constructor?.name===ReadableStream.name||t instanceof ReadableStream),yc=t=>typeof Blob=="funct\
ion"&&(t?.constructor?.name===Blob.name||t instanceof Blob)});var I_,T_=p(()=>{I_=t=>new TextEncoder().encode(t)});var v_,GQ,C_,Ec,Rf,A_,b_=p(()=>{v_="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",GQ=Object.entries(v_).reduce((t,[e,r])=>(t[r]=Number(e),t),
{}),C_=v_.split(""),Ec=6,Rf=8,A_=63});function P_(t){let e;typeof t=="string"?e=I_(t):e=t;let r=typeof e=="object"&&typeof e.length=="number",o=typeof e=="object"&&typeof e.byteOffset=="number"&&typeof e.
byteLength=="number";if(!r&&!o)throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");let n="";for(let s=0;s<e.length;s+=
3){let i=0,a=0;for(let l=s,d=Math.min(s+3,e.length);l<d;l++)i|=e[l]<<(d-l-1)*Rf,a+=Rf;let c=Math.ceil(a/Ec);i<<=c*Ec-a;for(let l=1;l<=c;l++){let d=(c-l)*Ec;n+=C_[(i&
A_<<d)>>d]}n+="==".slice(0,4-c)}return n}var O_=p(()=>{T_();b_()});var D_,N_=p(()=>{D_=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@smi\
thy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return new TextDecoder("utf-8").decode(t)}});async function _f(t){return t.arrayBuffer().then(e=>new Uint8Array(e))}async function wf(t){let e=[],r=t.getReader(),o=0;for(;;){let{done:n,value:s}=await r.read();
if(s&&(e.push(s),o+=s.length),n)break}return Ka(e,o)}var k_,If=p(()=>{Im();Sc();k_=async t=>yc(t)?_f(t):wf(t)});var $_,U_,L_,F_=p(()=>{O_();wm();N_();If();Sc();$_="The stream has already been transformed.",U_=t=>{if(!L_(t)&&!ui(t)){let n=t?.__proto__?.constructor?.name||t;
throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${n}`)}let e=!1,r=async()=>{if(e)throw new Error($_);return e=!0,await k_(
t)},o=n=>{if(typeof n.stream!="function")throw new Error(`Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.
If you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body`);return n.stream()};return Object.
assign(t,{transformToByteArray:r,transformToString:async n=>{let s=await r();if(n==="base64")return P_(s);if(n==="hex")return le(s);if(n===void 0||n==="utf8"||n===
"utf-8")return D_(s);if(typeof TextDecoder=="function")return new TextDecoder(n).decode(s);throw new Error("TextDecoder is not available, please make sure polyf\
ill is provided.")},transformToWebStream:()=>{if(e)throw new Error($_);if(e=!0,L_(t))return o(t);if(ui(t))return t;throw new Error(`Cannot transform payload to \
web stream, got ${t}`)}})},L_=t=>typeof Blob=="function"&&t instanceof Blob});var M_,Ne,Tf,vf=p(()=>{M_=require("node:stream");Im();If();Sc();Ne=t=>yc(t)?_f(t):ui(t)?wf(t):new Promise((e,r)=>{let o=new Tf,n=t;n.pipe(o),n.on("error",s=>{o.
end(),r(s)}),o.on("error",r),o.on("finish",function(){let s=Ka(this.bufferedBytes);e(s)})}),Tf=class extends M_.Writable{bufferedBytes=[];_write(e,r,o){this.bufferedBytes.
push(e),o()}}});var xc,H_,mi,B_=p(()=>{xc=require("node:stream");zn();F_();vf();H_="The stream has already been transformed.",mi=t=>{if(!(t instanceof xc.Readable))try{return U_(
t)}catch{let n=t?.__proto__?.constructor?.name||t;throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${n}`)}let e=!1,r=async()=>{
if(e)throw new Error(H_);return e=!0,await Ne(t)};return Object.assign(t,{transformToByteArray:r,transformToString:async o=>{let n=await r();return o===void 0||
Buffer.isEncoding(o)?jn(n.buffer,n.byteOffset,n.byteLength).toString(o):new TextDecoder(o).decode(n)},transformToWebStream:()=>{if(e)throw new Error(H_);if(t.readableFlowing!==
null)throw new Error("The stream has been consumed by other callbacks.");if(typeof xc.Readable.toWeb!="function")throw new Error("Readable.toWeb() is not suppor\
ted. Please ensure a polyfill is available.");return e=!0,xc.Readable.toWeb(t)}})}});function so(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var G_=p(()=>{});var j_,Zn,EL,Cf,es,O=p(()=>{j_=require("node:crypto");oE();nE();iE();Va();aE();pE();DE();NE();kE();UE();FE();ME();BE();wm();jE();zE();nm();B_();vf();Q();G_();Zn=
class extends sE(ee,oe,pe,Ee){},EL=j_.getRandomValues,Cf=cE(EL),es=Cf});var ot,ts=p(()=>{O();ot=async(t=new Uint8Array,e)=>{if(t instanceof Uint8Array)return Zn.mutate(t);if(!t)return Zn.mutate(new Uint8Array);let r=e.streamCollector(
t);return Zn.mutate(await r)}});function on(t){return/^[\w.~-]+$/.test(t)?t:encodeURIComponent(t).replace(/[!'()*]/g,function(e){return"%"+e.charCodeAt(0).toString(16).toUpperCase()})}var Af=p(
()=>{});var V_,ze,xL,RL,_L,wL,Rc,z_,nn=p(()=>{Z();O();V_=Symbol.for("@smithy/schema-x"),ze=class t extends H{static identity=Symbol.for("@smithy/HttpBindingNormalizedSc\
hema");identity=t.identity;bindings;constructor(e){super(e)}static of(e){let r=H.of(e);if(r.identity===t.identity)return r;let o=r.isMemberSchema()?r:r.getSchema(),
n=typeof o=="object"&&o!==null?o:r;return n[V_]??=new t(r)}getHttpBindingLocation(e){return e.httpPayload?36:e.httpLabel?33:e.httpHeader?38:typeof e.httpPrefixHeaders==
"string"?39:e.httpQuery?34:e.httpQueryParams?35:e.httpResponseCode?37:32}getHttpBindingValue(e,r,o=!1){let n=this.getSchema(),s=typeof n=="number"?n&255:this.isListSchema()?
64:255,i=e&7,a=r.mediaType?r.mediaType==="application/json"||r.mediaType.endsWith("+json")?2:1:0,c=r.streaming||s===42?this.isStructSchema()?2:1:0,l=s>=4&&s<=7?
i>=6?2:i>0&&i<4?1:0:0,d=s|a<<8|(r.idempotencyToken?1:0)<<10|c<<11|(r.sparse?1:0)<<13|l<<14|(r.hostLabel?1:0)<<17|(e===36&&typeof n!="object"?1:0)<<18,u=s&192,m=i&
2&&(u===64||!o&&i&1)?this.getHttpBindingCollectionValue(e,r):void 0,f=(m?.[1]??0)&255;return d|=(i>=6&&(f===4||f===6)?1:0)<<16,[this,d,m]}getHttpBindingCollectionValue(e,r=this.
getMergedTraits()){let o=t.of(this.getValueSchema());return o.getHttpBindingValue(e,{...o.getMergedTraits(),...r},!0)}getHttpBindings(){let e=this.getSchema();return typeof e!=
"object"||e===null?wL:this.bindings??=xL(this)}},xL=t=>{let e=[],r=[],o=[],n=[],s=[],i={},a={},c=[],l={headers:a,prefixHeaders:c},d={request:{memberBindings:s,byName:i},
response:{bodyMemberNames:e,bindings:l}},{request:u,response:m}=d;for(let[f,g]of t.structIterator()){let y=ze.of(g),h=y.getMergedTraits(),S=y.getHttpBindingLocation(
h),x=h.httpHeader?.toLowerCase()??h.httpPrefixHeaders?.toLowerCase()??h.httpQuery,T=y.getHttpBindingValue(S,h),R=[f,T,S,x];f==="__proto__"&&so(i),i[f]=R,T[1]>>10&
1&&(u.hasIdempotency=!0),s.push(R);let v=S&7;if(v===0&&(o.push(f),n.push(g)),(v&4)===0)e.push(f),r.push(g);else if((v&6)===4)if(v&1)l.statusCode=R;else{l.payload=
R;let M=T[1]&255;u.contentTypeInstruction=h.mediaType??(M===0?"text/plain":M===21||M===42?"application/octet-stream":null)}else v&1?(u.hasPrefixHeaders=!0,c.push(
R)):(x==="__proto__"&&so(a),a[x]=R)}return u.contentTypeInstruction===void 0&&o.length&&(u.contentTypeInstruction=null),u.syntheticBodySchema=z_(t,o,n),m.syntheticBodySchema=
z_(t,e,r),d},RL=t=>{let e=[],r=0;for(let o of t.matchAll(/\{([^{}+]+)(\+)?\}/g))o.index>r&&e.push([t.slice(r,o.index),0]),e.push([o[1],o[2]?2:1]),r=o.index+o[0].
length;return e.length&&r<t.length&&e.push([t.slice(r),0]),e.length?e:void 0},_L=t=>{let{http:e,endpoint:r}=Eo(t.traits??{}),[o,n]=e?.[1].split("?")??[];return[
e?.[0],o,n?[...new URLSearchParams(n)]:[],o?RL(o):void 0,r?.[0]]},wL={request:{memberBindings:[],byName:{}},response:{bodyMemberNames:[],bindings:{headers:{},prefixHeaders:[]}}},
Rc=t=>t[V_]??=_L(t),z_=(t,e,r)=>{if(!e.length)return;let o=t.getSchema(),n=[3,o[1],o[2],t.getMergedTraits(),e,r],s=o[6],i=s&&e.reduce((a,c)=>a+(o[4].indexOf(c)<
s?1:0),0);return i&&(n[6]=i),n}});var qr,fi=p(()=>{qr=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var W_,bf,_c,q_=p(()=>{W_=new Uint32Array(256);for(let t=0;t<256;++t){let e=t;for(let r=0;r<8;++r)e=e&1?3988292384^e>>>1:e>>>1;W_[t]=e>>>0}bf=4294967295,_c=class{digestLength=4;checksum=bf;update(e){
for(let r=0;r<e.length;++r)this.checksum=this.checksum>>>8^W_[(this.checksum^e[r])&255]}digestSync(){return(this.checksum^bf)>>>0}async digest(){let e=this.digestSync(),
r=new Uint8Array(4);return new DataView(r.buffer).setUint32(0,e,!1),r}reset(){this.checksum=bf}}});function IL(t){return class{digestLength=4;value=0;update(r){this.value=t(r,this.value)}digestSync(){return this.value>>>0}async digest(){let r=new Uint8Array(4);
return new DataView(r.buffer).setUint32(0,this.digestSync(),!1),r}reset(){this.value=0}}}var Pf,K_,rs,J_=p(()=>{Pf=Hr(require("node:zlib"));q_();K_=typeof Pf.crc32==
"function"?Pf.crc32:void 0,rs=K_?IL(K_):_c});var Ve,X_,TL,wc,Y_,vL,Q_=p(()=>{O();Ve=64,X_=32,TL=2**53-1,wc=class t{digestLength=X_;state=Int32Array.from(Y_);w;buffer=new Uint8Array(64);bufferLength=0;bytesHashed=0;finished=!1;inner;outer;constructor(e){
if(e){let r=t.normalizeKey(e);this.inner=new t,this.outer=new t;let{inner:o,outer:n}=this,s=new Uint8Array(Ve*2);for(let i=0;i<Ve;++i)s[i]=54^r[i],s[i+Ve]=92^r[i];
o.update(s.subarray(0,Ve)),n.update(s.subarray(Ve))}}update(e){if(this.finished)throw new Error("Attempted to update an already finished HMAC.");if(this.inner){
this.inner.update(e);return}let r=fr(e),o=0,{byteLength:n}=r;if(this.bytesHashed+=n,this.bytesHashed*8>TL)throw new Error("Cannot hash more than 2^53 - 1 bits");
for(;n>0;)this.buffer[this.bufferLength++]=r[o++],n--,this.bufferLength===Ve&&(this.hashBuffer(),this.bufferLength=0)}async digest(){let{inner:e,outer:r}=this;if(e&&
r){if(this.finished)throw new Error("Attempted to digest an already finished HMAC.");this.finished=!0;let o=e.digestSync();return r.update(o),r.digestSync()}return this.
digestSync()}reset(){this.state=Int32Array.from(Y_),this.buffer=new Uint8Array(64),this.bufferLength=0,this.bytesHashed=0}digestSync(){let e=this.state.slice(),
r=this.buffer.slice(),o=this.bufferLength,n=this.bytesHashed*8,s=new DataView(r.buffer,r.byteOffset,r.byteLength);if(s.setUint8(o++,128),(o-1)%Ve>=Ve-8){for(let a=o;a<
Ve;++a)s.setUint8(a,0);this.hashBufferWith(e,r),o=0}for(let a=o;a<Ve-8;++a)s.setUint8(a,0);s.setUint32(Ve-8,Math.floor(n/4294967296),!1),s.setUint32(Ve-4,n,!1),
this.hashBufferWith(e,r);let i=new Uint8Array(X_);for(let a=0;a<8;++a)i[a*4]=e[a]>>>24&255,i[a*4+1]=e[a]>>>16&255,i[a*4+2]=e[a]>>>8&255,i[a*4+3]=e[a]>>>0&255;return i}static normalizeKey(e){
let r=fr(e);if(r.byteLength>Ve){let o=new t;o.update(r);let n=o.digestSync(),s=new Uint8Array(Ve);return s.set(n),s}if(r.byteLength<Ve){let o=new Uint8Array(Ve);
return o.set(r),o}return r}hashBuffer(){this.hashBufferWith(this.state,this.buffer)}hashBufferWith(e,r){let o=this.w??=new Int32Array(64),n=e[0],s=e[1],i=e[2],a=e[3],
c=e[4],l=e[5],d=e[6],u=e[7];for(let m=0;m<Ve;++m){if(m<16)o[m]=(r[m*4]&255)<<24|(r[m*4+1]&255)<<16|(r[m*4+2]&255)<<8|r[m*4+3]&255;else{let y=o[m-2],h=(y>>>17|y<<
15)^(y>>>19|y<<13)^y>>>10;y=o[m-15];let S=(y>>>7|y<<25)^(y>>>18|y<<14)^y>>>3;o[m]=(h+o[m-7]|0)+(S+o[m-16]|0)}let f=(((c>>>6|c<<26)^(c>>>11|c<<21)^(c>>>25|c<<7))+
(c&l^~c&d)|0)+(u+(vL[m]+o[m]|0)|0)|0,g=((n>>>2|n<<30)^(n>>>13|n<<19)^(n>>>22|n<<10))+(n&s^n&i^s&i)|0;u=d,d=l,l=c,c=a+f|0,a=i,i=s,s=n,n=f+g|0}e[0]+=n,e[1]+=s,e[2]+=
i,e[3]+=a,e[4]+=c,e[5]+=l,e[6]+=d,e[7]+=u}},Y_=new Int32Array([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]),vL=new Int32Array(
[1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,
3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,
113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,
3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,
2756734187,3204031479,3329325298])});function AL(){return class{digestLength=32;secret;hash;isHmac;finished=!1;constructor(e){this.secret=e,this.isHmac=!!e,this.hash=this.createHash()}update(e){if(this.
finished)throw new Error("Attempted to update an already finished hash.");this.hash.update(e)}async digest(){let e;return this.isHmac?(this.finished=!0,e=this.hash.
digest()):e=this.hash.copy().digest(),new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}reset(){this.hash=this.createHash(),this.finished=!1}createHash(){return this.
secret?(0,gi.createHmac)("sha256",bL(this.secret)):(0,gi.createHash)("sha256")}}}function bL(t){return typeof t=="string"?t:ArrayBuffer.isView(t)?Buffer.from(t.
buffer,t.byteOffset,t.byteLength):Buffer.from(t)}var gi,CL,nt,Z_=p(()=>{gi=require("node:crypto");Q_();CL=(()=>{try{return(0,gi.createHash)("sha256"),!0}catch{return!1}})(),
nt=CL?AL():wc});var Kr=p(()=>{J_();Z_()});function ew(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var xo,Of=p(()=>{O();xo=class t{bytes;constructor(e){if(this.bytes=e,e.byteLength!==
8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(`${e} is too larg\
e (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,n=Math.abs(Math.round(e));o>-1&&n>0;o--,n/=256)r[o]=n;return e<0&&
ew(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&ew(e),parseInt(le(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var os,tw,rw,PL,OL,DL,NL,kL,$L,LL,UL,FL,Ic,Df=p(()=>{Q();O();Of();os=class{toUtf8;fromUtf8;constructor(e,r){this.toUtf8=e,this.fromUtf8=r}format(e){let r=[];for(let s in e){
if(!b(e,s))continue;let i=this.fromUtf8(s);if(i.byteLength>255)throw new Error(`@smithy/core/event-streams - header name exceeds 255 bytes: ${i.byteLength}`);r.
push(Uint8Array.from([i.byteLength]),i,this.formatHeaderValue(e[s]))}let o=new Uint8Array(r.reduce((s,i)=>s+i.byteLength,0)),n=0;for(let s of r)o.set(s,n),n+=s.
byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.from([2,e.value]);case"\
short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(new ArrayBuffer(
5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let n=new Uint8Array(9);return n[0]=5,n.set(e.value.bytes,1),n;case"bina\
ry":if(e.value.byteLength>Ic)throw new Error(`@smithy/core/event-streams - header value (binary) exceeds ${Ic} bytes: ${e.value.byteLength}`);let s=new DataView(
new ArrayBuffer(3+e.value.byteLength));s.setUint8(0,6),s.setUint16(1,e.value.byteLength,!1);let i=new Uint8Array(s.buffer);return i.set(e.value,3),i;case"string":
let a=this.fromUtf8(e.value);if(a.byteLength>Ic)throw new Error(`@smithy/core/event-streams - header value (string) exceeds ${Ic} bytes: ${a.byteLength}`);let c=new DataView(
new ArrayBuffer(3+a.byteLength));c.setUint8(0,7),c.setUint16(1,a.byteLength,!1);let l=new Uint8Array(c.buffer);return l.set(a,3),l;case"timestamp":let d=new Uint8Array(
9);return d[0]=8,d.set(xo.fromNumber(e.value.valueOf()).bytes,1),d;case"uuid":if(!FL.test(e.value))throw new Error(`Invalid UUID received: ${e.value}`);let u=new Uint8Array(
17);return u[0]=9,u.set(Xs(e.value.replace(/-/g,"")),1),u}}parse(e){let r={},o=0;for(;o<e.byteLength;){let n=e.getUint8(o++),s=this.toUtf8(new Uint8Array(e.buffer,
e.byteOffset+o,n));switch(o+=n,e.getUint8(o++)){case 0:r[s]={type:rw,value:!0};break;case 1:r[s]={type:rw,value:!1};break;case 2:r[s]={type:PL,value:e.getInt8(o++)};
break;case 3:r[s]={type:OL,value:e.getInt16(o,!1)},o+=2;break;case 4:r[s]={type:DL,value:e.getInt32(o,!1)},o+=4;break;case 5:r[s]={type:NL,value:new xo(new Uint8Array(
e.buffer,e.byteOffset+o,8))},o+=8;break;case 6:let i=e.getUint16(o,!1);o+=2,r[s]={type:kL,value:new Uint8Array(e.buffer,e.byteOffset+o,i)},o+=i;break;case 7:let a=e.
getUint16(o,!1);o+=2,r[s]={type:$L,value:this.toUtf8(new Uint8Array(e.buffer,e.byteOffset+o,a))},o+=a;break;case 8:r[s]={type:LL,value:new Date(new xo(new Uint8Array(
e.buffer,e.byteOffset+o,8)).valueOf())},o+=8;break;case 9:let c=new Uint8Array(e.buffer,e.byteOffset+o,16);o+=16,r[s]={type:UL,value:`${le(c.subarray(0,4))}-${le(
c.subarray(4,6))}-${le(c.subarray(6,8))}-${le(c.subarray(8,10))}-${le(c.subarray(10))}`};break;default:throw new Error("Unrecognized header type tag")}}return r}};
(function(t){t[t.boolTrue=0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=
6]="byteArray",t[t.string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(tw||(tw={}));rw="boolean",PL="byte",OL="short",DL="integer",NL="long",kL=
"binary",$L="string",LL="timestamp",UL="uuid",FL=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,Ic=32767});function nw({byteLength:t,byteOffset:e,buffer:r}){if(t<ML)throw new Error("Provided message too short to accommodate event stream message overhead");let o=new DataView(
r,e,t),n=o.getUint32(0,!1);if(t!==n)throw new Error("Reported message length does not match received message length");let s=o.getUint32(ow,!1),i=o.getUint32(Ro,
!1),a=o.getUint32(t-sn,!1),c=new rs;if(c.update(new Uint8Array(r,e,Ro)),i!==c.digestSync())throw new Error(`The prelude checksum specified in the message (${i})\
 does not match the calculated CRC32 checksum (${c.digestSync()})`);if(c.update(new Uint8Array(r,e+Ro,t-(Ro+sn))),a!==c.digestSync())throw new Error(`The messag\
e checksum (${c.digestSync()}) did not match the expected value of ${a}`);return{headers:new DataView(r,e+Ro+sn,s),body:new Uint8Array(r,e+Ro+sn+s,n-s-(Ro+sn+sn))}}
var ow,Ro,sn,ML,sw=p(()=>{Kr();ow=4,Ro=ow*2,sn=4,ML=Ro+sn*2});var ns,Nf=p(()=>{Kr();Df();sw();ns=class{headerMarshaller;messageBuffer;isEndOfStream;constructor(e,r){this.headerMarshaller=new os(e,r),this.messageBuffer=[],this.
isEndOfStream=!1}feed(e){this.messageBuffer.push(this.decode(e))}endOfStream(){this.isEndOfStream=!0}getMessage(){let e=this.messageBuffer.pop(),r=this.isEndOfStream;
return{getMessage(){return e},isEndOfStream(){return r}}}getAvailableMessages(){let e=this.messageBuffer;this.messageBuffer=[];let r=this.isEndOfStream;return{getMessages(){
return e},isEndOfStream(){return r}}}encode({headers:e,body:r}){let o=this.headerMarshaller.format(e),n=o.byteLength+r.byteLength+16,s=new Uint8Array(n),i=new DataView(
s.buffer,s.byteOffset,s.byteLength),a=new rs;return i.setUint32(0,n,!1),i.setUint32(4,o.byteLength,!1),a.update(s.subarray(0,8)),i.setUint32(8,a.digestSync(),!1),
s.set(o,12),s.set(r,o.byteLength+12),a.update(s.subarray(8,n-4)),i.setUint32(n-4,a.digestSync(),!1),s}decode(e){let{headers:r,body:o}=nw(e);return{headers:this.
headerMarshaller.parse(r),body:o}}formatHeaders(e){return this.headerMarshaller.format(e)}}});var ss,kf=p(()=>{ss=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.inputStream)yield this.options.decoder.decode(e)}}});var is,$f=p(()=>{is=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.messageStream)yield this.options.encoder.encode(e);this.options.includeEndFrame&&(yield new Uint8Array(0))}}});var as,Lf=p(()=>{as=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.messageStream){let r=await this.options.deserializer(e);r!==void 0&&(yield r)}}}});var cs,Uf=p(()=>{cs=class{options;constructor(e){this.options=e}[Symbol.asyncIterator](){return this.asyncIterator()}async*asyncIterator(){for await(let e of this.
options.inputStream)yield this.options.serializer(e)}}});function Tc(t){let e=0,r=0,o=null,n=null,s=a=>{if(typeof a!="number")throw new Error("Attempted to allocate an event message where size was not a number: "+a);e=
a,r=4,o=new Uint8Array(a),new DataView(o.buffer).setUint32(0,a,!1)},i=async function*(){let a=t[Symbol.asyncIterator]();for(;;){let{value:c,done:l}=await a.next();
if(l){if(e)if(e===r)yield o;else throw new Error("Truncated event message received.");else return;return}let d=c.length,u=0;for(;u<d;){if(!o){let f=d-u;n||(n=new Uint8Array(
4));let g=Math.min(4-r,f);if(n.set(c.slice(u,u+g),r),r+=g,u+=g,r<4)break;s(new DataView(n.buffer).getUint32(0,!1)),n=null}let m=Math.min(e-r,d-u);o.set(c.slice(
u,u+m),r),r+=m,u+=m,e&&e===r&&(yield o,o=null,e=0,r=0)}}};return{[Symbol.asyncIterator]:i}}var Ff=p(()=>{});function iw(t,e){let r=hi(e.deserializer,e.toUtf8);return{[Symbol.asyncIterator]:async function*(){for await(let o of t){let n=e.eventStreamCodec.decode(o),s=await r(
n);s!==void 0&&(yield s)}}}}function hi(t,e){return async function(r){let{value:o}=r.headers[":message-type"];if(o==="error"){let n=new Error(r.headers[":error-\
message"].value||"UnknownError");throw n.name=r.headers[":error-code"].value,n}else if(o==="exception"){let n=r.headers[":exception-type"].value,s={[n]:r},i=await t(
s);if(i.$unknown){let a=new Error(e(r.body));throw a.name=n,a}throw i[n]}else if(o==="event"){let n={[r.headers[":event-type"].value]:r},s=await t(n);return s.$unknown?
void 0:s}else throw Error(`Unrecognizable event type: ${r.headers[":event-type"].value}`)}}var Mf=p(()=>{});var an,aw,Hf=p(()=>{Nf();kf();$f();Lf();Uf();Ff();Mf();an=class{eventStreamCodec;utfEncoder;constructor({utf8Encoder:e,utf8Decoder:r}){this.eventStreamCodec=new ns(
e,r),this.utfEncoder=e}deserialize(e,r){let o=Tc(e);return new as({messageStream:new ss({inputStream:o,decoder:this.eventStreamCodec}),deserializer:hi(r,this.utfEncoder)})}serialize(e,r){
return new is({messageStream:new cs({inputStream:e,serializer:r}),encoder:this.eventStreamCodec,includeEndFrame:!0})}},aw=t=>new an(t)});async function*HL(t){let e=!1,r=!1,o=new Array;for(t.on("error",n=>{if(e||(e=!0),n)throw n}),t.on("data",n=>{o.push(n)}),t.on("end",()=>{e=!0});!r;){let n=await new Promise(
s=>setTimeout(()=>s(o.shift()),0));n&&(yield n),r=e&&o.length===0}}var cw,yi,pw,lw=p(()=>{cw=require("node:stream");Hf();yi=class{universalMarshaller;constructor({
utf8Encoder:e,utf8Decoder:r}){this.universalMarshaller=new an({utf8Decoder:r,utf8Encoder:e})}deserialize(e,r){let o=typeof e[Symbol.asyncIterator]=="function"?e:
HL(e);return this.universalMarshaller.deserialize(o,r)}serialize(e,r){return cw.Readable.from(this.universalMarshaller.serialize(e,r))}},pw=t=>new yi(t)});var dw,uw,mw=p(()=>{dw=t=>({[Symbol.asyncIterator]:async function*(){let e=t.getReader();try{for(;;){let{done:r,value:o}=await e.read();if(r)return;yield o}}finally{
e.releaseLock()}}}),uw=t=>{let e=t[Symbol.asyncIterator]();return new ReadableStream({async pull(r){let{done:o,value:n}=await e.next();if(o)return r.close();r.enqueue(
n)}})}});var fw,gw=p(()=>{fw=t=>Object.assign(t,{eventStreamMarshaller:t.eventStreamSerdeProvider(t)})});var vc,hw=p(()=>{Q();Z();O();vc=class{marshaller;serializer;deserializer;serdeContext;defaultContentType;compositeErrorRegistry;constructor({marshaller:e,serializer:r,
deserializer:o,serdeContext:n,defaultContentType:s,compositeErrorRegistry:i}){this.marshaller=e,this.serializer=r,this.deserializer=o,this.serdeContext=n,this.defaultContentType=
s,this.compositeErrorRegistry=i}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o,initialMessageType:n}){let s=this.marshaller,i=r.getEventStreamMember(),
a=r.getMemberSchema(i),c=this.serializer,l=this.defaultContentType,d=Symbol("initialRequestMarker"),u={async*[Symbol.asyncIterator](){if(o){let m={":event-type":{
type:"string",value:n??"initial-request"},":message-type":{type:"string",value:"event"},":content-type":{type:"string",value:l}};c.write(r,o);let f=c.flush();yield{
[d]:!0,headers:m,body:f}}for await(let m of e)yield m}};return s.serialize(u,m=>{if(m[d])return{headers:m.headers,body:m.body};let f="";for(let T in m)if(b(m,T)&&
T!=="__type"){f=T;break}let{additionalHeaders:g,body:y,eventType:h,explicitPayloadContentType:S}=this.writeEventBody(f,a,m);return{headers:{":event-type":{type:"\
string",value:h},":message-type":{type:"string",value:"event"},":content-type":{type:"string",value:S??l},...g},body:y}})}async deserializeEventStream({response:e,
responseSchema:r,initialResponseContainer:o,initialMessageType:n}){let s=this.marshaller,i=r.getEventStreamMember(),c=r.getMemberSchema(i).getMemberSchemas(),l=Symbol(
"initialResponseMarker"),d=s.deserialize(e.body,async f=>{let g="";for(let h in f)if(b(f,h)&&h!=="__type"){g=h;break}let y=f[g].body;if(g===(n??"initial-respons\
e")){let h=await this.deserializer.read(r,y);return delete h[i],{[l]:!0,...h}}else if(g in c){let h=c[g];if(h.isStructSchema()){let S={},x=!1;for(let[T,R]of h.structIterator()){
let{eventHeader:v,eventPayload:M}=R.getMergedTraits();if(x=x||!!(v||M),M)R.isBlobSchema()?S[T]=y:R.isStringSchema()?S[T]=(this.serdeContext?.utf8Encoder??ee)(y):
R.isStructSchema()&&(S[T]=await this.deserializer.read(R,y));else if(v){let V=f[g].headers[T]?.value;V!=null&&(R.isNumericSchema()?V&&typeof V=="object"&&"bytes"in
V?S[T]=BigInt(V.toString()):S[T]=Number(V):S[T]=V)}}return{[g]:await this.readEventMember(h,y,x,S)}}return{[g]:await this.deserializer.read(h,y)}}else return{$unknown:f}}),
u=d[Symbol.asyncIterator](),m=await u.next();if(m.done)return d;if(m.value?.[l]){if(!r)throw new Error("@smithy::core/protocols - initial-response event encount\
ered in event stream but no response schema given.");for(let f in m.value)b(m.value,f)&&(o[f]=m.value[f])}return{async*[Symbol.asyncIterator](){for(m?.value?.[l]||
(yield m.value);;){let{done:f,value:g}=await u.next();if(f)break;yield g}}}}async readEventMember(e,r,o,n){let s,i=e.getSchema();if(Array.isArray(i)&&i[0]===-3){
let c=i[1],l=J.for(c);this.compositeErrorRegistry?.copyFrom(l),s=(this.compositeErrorRegistry??l)?.getErrorCtor(i)}let a=o?n:r.byteLength===0?{}:await this.deserializer.
read(e,r);if(s){let c=a.message??a.Message??"Unknown",l={},d=e.getMergedTraits().error;return d&&(l.$fault=d),Object.assign(new s({}),l,{message:c},a)}return a}writeEventBody(e,r,o){
let n=this.serializer,s=e,i=null,a,c=r.getSchema()[4].includes(e),l={};if(c){let m=r.getMemberSchema(e);if(m.isStructSchema()){for(let[f,g]of m.structIterator()){
let{eventHeader:y,eventPayload:h}=g.getMergedTraits();if(h)i=f;else if(y){let S=o[e][f],x="binary";g.isNumericSchema()?(-2)**31<=S&&S<=2**31-1?x="integer":x="lo\
ng":g.isTimestampSchema()?x="timestamp":g.isStringSchema()?x="string":g.isBooleanSchema()&&(x="boolean"),S!=null&&(l[f]={type:x,value:S},delete o[e][f])}}if(i!==
null){let f=m.getMemberSchema(i);f.isBlobSchema()?a="application/octet-stream":f.isStringSchema()&&(a="text/plain"),n.write(f,o[e][i])}else n.write(m,o[e])}else if(m.
isUnitSchema())n.write(m,{});else throw new Error("@smithy/core/event-streams - non-struct member not supported in event stream union.")}else{let[m,f]=o[e];s=m,
n.write(15,f)}let d=n.flush()??new Uint8Array;return{body:typeof d=="string"?(this.serdeContext?.utf8Decoder??oe)(d):d,eventType:s,explicitPayloadContentType:a,
additionalHeaders:l}}}});var yw={};dr(yw,{EventStreamCodec:()=>ns,EventStreamMarshaller:()=>yi,EventStreamSerde:()=>vc,HeaderMarshaller:()=>os,Int64:()=>xo,MessageDecoderStream:()=>ss,MessageEncoderStream:()=>is,
SmithyMessageDecoderStream:()=>as,SmithyMessageEncoderStream:()=>cs,UniversalEventStreamMarshaller:()=>an,eventStreamSerdeProvider:()=>pw,getChunkedStream:()=>Tc,
getMessageUnmarshaller:()=>hi,getUnmarshalledStream:()=>iw,iterableToReadableStream:()=>uw,readableStreamToIterable:()=>dw,resolveEventStreamSerdeConfig:()=>fw,
universalEventStreamSerdeProvider:()=>aw});var Sw=p(()=>{Nf();Df();Of();kf();$f();Lf();Uf();lw();mw();Hf();Ff();Mf();gw();hw()});var ps,Bf=p(()=>{Q();Z();fi();nn();ps=class extends qr{options;compositeErrorRegistry;constructor(e){super(),this.options=e,this.compositeErrorRegistry=new J(e.
defaultNamespace);for(let r of e.errorTypeRegistries??[])this.compositeErrorRegistry.copyFrom(r)}getRequestType(){return j}getResponseType(){return ht}setSerdeContext(e){
this.serdeContext=e,this.serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e),this.getPayloadCodec()&&this.getPayloadCodec().setSerdeContext(e)}updateServiceEndpoint(e,r){
if("url"in r){e.protocol=r.url.protocol,e.hostname=r.url.hostname,e.port=r.url.port?Number(r.url.port):void 0,e.path=r.url.pathname,e.fragment=r.url.hash||void 0,
e.username=r.url.username||void 0,e.password=r.url.password||void 0,e.query||(e.query={});for(let[o,n]of r.url.searchParams.entries())e.query[o]=n;if(r.headers)
for(let o in r.headers)b(r.headers,o)&&(e.headers[o]=r.headers[o].join(", "));return e}else{if(e.protocol=r.protocol,e.hostname=r.hostname,e.port=r.port?Number(
r.port):void 0,e.path=r.path,e.query={...r.query},r.headers)for(let o in r.headers)b(r.headers,o)&&(e.headers[o]=r.headers[o]);return e}}setHostPrefix(e,r,o,n=Rc(
r)){if(this.serdeContext?.disableHostPrefix)return;let s=n[4];if(typeof s!="string")return;let i=s;for(let[a,[,c]]of ze.of(r.input).getHttpBindings().request.memberBindings){
if(!(c>>17&1))continue;let l=o[a];if(typeof l!="string")throw new Error(`@smithy/core/schema - ${a} in input must be a string as hostLabel.`);i=i.replace(`{${a}\
}`,l)}if(e.hostname=i+e.hostname,!im(e.hostname))throw new Error(`[${e.hostname}] is not a valid hostname.`)}deserializeMetadata(e){return{httpStatusCode:e.statusCode,
requestId:e.headers["x-amzn-requestid"]??e.headers["x-amzn-request-id"]??e.headers["x-amz-request-id"],extendedRequestId:e.headers["x-amz-id-2"],cfId:e.headers["\
x-amz-cf-id"]}}resolveError(e,r,o){let n=[-3,"","Error",0,[],[],0],s;for(let i of o)for(let a of r)try{a==="*"?s=i.getSchema(e):s=i.getSchema(a+"#"+e);let c=i.getErrorCtor(
s);if(c)return[s,c,"modeled"];{let l=i.getBaseException();if(l){let d=i.getErrorCtor(l);if(d)return[s,d,"synthetic"]}}}catch{}for(let i of o){let a=i.getBaseException();
if(a){let c=i.getErrorCtor(a);if(c)return[a,c,"synthetic"]}}return[n,Error,"native"]}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o}){
return(await this.loadEventStreamCapability()).serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o})}async deserializeEventStream({response:e,responseSchema:r,
initialResponseContainer:o}){return(await this.loadEventStreamCapability()).deserializeEventStream({response:e,responseSchema:r,initialResponseContainer:o})}async loadEventStreamCapability(){
let{EventStreamSerde:e,eventStreamSerdeProvider:r}=await Promise.resolve().then(()=>(Sw(),yw)),o=this.resolveEventStreamMarshaller(r);return new e({marshaller:o,
serializer:this.serializer,deserializer:this.deserializer,serdeContext:this.serdeContext,defaultContentType:this.getDefaultContentType(),compositeErrorRegistry:this.
compositeErrorRegistry})}getDefaultContentType(){throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missi\
ng.`)}async deserializeHttpMessage(e,r,o,n,s){return[]}getEventStreamMarshaller(){let e=this.serdeContext;if(!e.eventStreamMarshaller)throw new Error("@smithy/c\
ore - HttpProtocol: eventStreamMarshaller missing in serdeContext.");return e.eventStreamMarshaller}resolveEventStreamMarshaller(e){let r=this.serdeContext;return r.
eventStreamMarshaller?r.eventStreamMarshaller:e(this.serdeContext)}}});var Si,Ew=p(()=>{Q();O();nn();Bf();ts();Af();Si=class extends ps{async serializeRequest(e,r,o){let n=r&&typeof r=="object"?r:{},s={},i={},a=await o.endpoint(),c=ze.
of(e?.input),l=c.getHttpBindings().request,d=Rc(e),u=new j({query:s,headers:i});if(a){this.updateServiceEndpoint(u,a),this.setHostPrefix(u,e,n,d);let[f,g,y]=d;if(f){
u.method=f,u.path=u.path==="/"?g:u.path+g;for(let[h,S]of y)s[h]=S}}u.query=s;let m=this.serializeHttpBindings(n,u,l,d);return m&&(u.body=await this.serializeEventStream(
{eventStream:m,requestSchema:c})),u}serializeHttpBindings(e,r,o,n){let s=this.serializer,i=typeof s.writeCodec=="function"?s:void 0,a=r.query,c=r.headers,l=o.syntheticBodySchema,
d=!1,u,m,f,g=Object.getOwnPropertyNames(e),y=Object.getPrototypeOf(e),h=(y===Object.prototype||y===null)&&!o.hasIdempotency&&!o.hasPrefixHeaders&&g.length*2<o.memberBindings.
length,S=h?g.length:o.memberBindings.length;for(let R=0;R<S;++R){let v=h?b(o.byName,g[R])?o.byName[g[R]]:void 0:o.memberBindings[R];if(!v)continue;let M=v[1],V=v[0],
Er=M[0],Mr=M[1],me=M[2],Ue=v[2],Qt=v[3],mt=e[V];if(!(mt==null&&!(Mr>>10&1)))if(Ue===36){let K=Mr>>11&3;K?K===2?m=mt||void 0:u=mt:(i?i.writeCodec(Er,mt):s.write(
Er,mt),u=s.flush())}else if(Ue===33||Ue===38){let K=this.serializeHttpValue(M,mt,Ue,i);Ue===33?(f??=Object.create(null))[V]=K:c[Qt]=K}else if(Ue===39)for(let K in mt){
if(!b(mt,K))continue;let Cr=Qt+K;c[Cr.toLowerCase()]=this.serializeHttpValue(me,mt[K],38,i,i?me[0]:[me[0],{httpHeader:Cr}])}else(Ue&62)===34?this.serializeQuery(
M,mt,Qt,a,i):d=!0}let x=n[1],T=n[3];return x&&T&&r.path.endsWith(x)&&(r.path=r.path.slice(0,-x.length)+this.serializePath(T,f,o)),d&&l&&(i?i.writeCodec(l,e):s.write(
l,e),u=s.flush()),r.body=u,m}serializeQuery(e,r,o,n,s){let[i,a,c]=e,l=s?void 0:i.getMergedTraits();if(o===void 0){for(let d in r)!b(r,d)||d in n||(s||Object.assign(
c[0].getMergedTraits(),{...l,httpQuery:d,httpQueryParams:void 0}),this.serializeQuery(c,r[d],d,n,s));return}if((a&192)===64){let d=[];for(let u of r){let m=this.
serializeHttpValue(c,u,34,s,s?c[0]:[c[0],l]);(a>>13&1||m!==void 0)&&d.push(m)}n[o]=d}else n[o]=this.serializeHttpValue(e,r,34,s,s?i:[i,l])}serializeHttpValue(e,r,o,n,s=e[0]){
let i=e[1],a=i&255;return n&&!(i&1792)&&(a<=2||a===17||a===19)?String(r):(n?n.writeHttpBinding(e,r,o):this.serializer.write(s,r),this.serializer.flush())}serializePath(e,r,o){
let n="";for(let[s,i]of e){if(i===0){n+=s;continue}let a=r?.[s];if(a===void 0){if(b(o.byName,s)&&o.byName[s][2]===33)throw new Error(`No value provided for inpu\
t HTTP label: ${s}.`);n+=`{${s}${i===2?"+":""}}`}else n+=i===2?a.split("/").map(on).join("/"):on(a)}return n}async deserializeResponse(e,r,o){let n=this.deserializer,
s=typeof n.readCodec=="function"?n:void 0,i=ze.of(e.output),a=i.getHttpBindings().response,c={};if(o.statusCode>=300){let d=await ot(o.body,r);throw d.byteLength>
0&&Object.assign(c,await n.read(15,d)),await this.handleError(e,r,o,c,this.deserializeMetadata(o)),new Error("@smithy/core/protocols - HTTP Protocol error handl\
er failed to throw.")}let l=await this.deserializeHttpMessage(i,r,o,c);if(l.length){let d=await ot(o.body,r);if(d.byteLength>0){let u=await(s?s.readCodec(a.syntheticBodySchema,
d):n.read(a.syntheticBodySchema,d));for(let m of l)u[m]!=null&&(c[m]=u[m])}}else a.bindings.payload||await ot(o.body,r);return c.$metadata=this.deserializeMetadata(
o),c}async deserializeHttpMessage(e,r,o,n,s){let i=n instanceof Set?s:n,a=this.deserializer,c=typeof a.readCodec=="function"?a:void 0,l=ze.of(e),{bodyMemberNames:d,
bindings:{payload:u,statusCode:m,headers:f,prefixHeaders:g}}=l.getHttpBindings().response,y=o.headers;if(u){let[h,S]=u,[x,T]=S,R=T>>11&3;if(R)R===2?i[h]=await this.
deserializeEventStream({response:o,responseSchema:l}):i[h]=mi(o.body);else if(o.body){let v=await ot(o.body,r);v.byteLength>0&&(i[h]=await(c?c.readPayload(S,v):
a.read(x,v)))}}for(let h in y){if(!b(y,h))continue;let S=h.toLowerCase(),x=y[h];S!==h&&(delete y[h],y[S]=x);let T=b(f,S)?f[S]:void 0;if(!T)continue;let[R,[v,M,V],
,Er]=T;if(V){let Mr=M>>16&1?Rm(x,",",2):Js(x),me=[];for(let Ue of Mr)me.push(c?c.readHttpBinding(V,Ue.trim(),38):await a.read([V[0],{httpHeader:Er}],Ue.trim()));
i[R]=me}else i[R]=c?c.readHttpBinding(T[1],x,38):await a.read(v,x)}for(let[h,[,,S],,x]of g){i[h]={};for(let T in y){if(!b(y,T)||!T.startsWith(x))continue;let R=y[T];
i[h][T.slice(x.length)]=c?c.readHttpBinding(S,R,38):await a.read([S[0],{httpHeader:T}],R)}}return m&&(i[m[0]]=o.statusCode),d}}});var cn,xw=p(()=>{Q();Z();Q();Bf();ts();cn=class extends ps{async serializeRequest(e,r,o){let n=this.serializer,s={},i={},a=await o.endpoint(),c=H.of(e?.input),l=c.
getSchema(),d,u=r&&typeof r=="object"?r:{},m=new j({protocol:"",hostname:"",port:void 0,path:"/",fragment:void 0,query:s,headers:i,body:void 0});if(a&&(this.updateServiceEndpoint(
m,a),this.setHostPrefix(m,e,u)),u){let f=c.getEventStreamMember();if(f){if(u[f]){let g={};for(let[y]of c.structIterator())y!==f&&u[y]!=null&&(g[y]=u[y]);d=await this.
serializeEventStream({eventStream:u[f],requestSchema:c,initialRequest:g})}}else n.write(l,u),d=n.flush()}return m.headers=Object.assign(m.headers,i),m.query=s,m.
body=d,m.method="POST",m}async deserializeResponse(e,r,o){let n=this.deserializer,s=H.of(e.output),i={};if(this.isErrorResponse(o.statusCode)){let c=await ot(o.
body,r);throw c.byteLength>0&&Object.assign(i,await n.read(15,c)),await this.handleError(e,r,o,i,this.deserializeMetadata(o)),new Error("@smithy/core/protocols \
- RPC Protocol error handler failed to throw.")}for(let c in o.headers){if(!b(o.headers,c))continue;let l=o.headers[c];delete o.headers[c],o.headers[c.toLowerCase()]=
l}let a=s.getEventStreamMember();if(a)i[a]=await this.deserializeEventStream({response:o,responseSchema:s,initialResponseContainer:i});else{let c=await ot(o.body,
r);c.byteLength>0&&Object.assign(i,await n.read(s,c))}return i.$metadata=this.deserializeMetadata(o),i}isErrorResponse(e){return e>=300}}});var pn,Gf=p(()=>{O();nn();fi();pn=class extends qr{settings;constructor(e){super(),this.settings=e}read(e,r){let o=ze.of(e),n=o.getMergedTraits(),s=o.getHttpBindingLocation(
n);return this.readHttpBinding(o.getHttpBindingValue(s,n),r,s)}readHttpBinding([e,r,o],n,s){let i=r&255;if((i&192)===64)return o??=e.getHttpBindingCollectionValue(
s),Js(n).map(a=>this.readHttpBinding(o,a,s));switch(i){case 21:case 42:return(this.serdeContext?.base64Decoder??Ee)(n);case 4:case 5:case 6:case 7:{let a=this.settings.
httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:a?a+4:this.settings.timestampFormat.default){case 5:return Em(n);case 6:return xm(n);case 7:
return Sm(n);default:return console.warn("Missing timestamp format, parsing value with Date constructor:",n),new Date(n)}}case 0:{let a=r>>8&3;if(!a)return n;let c=n;
return(s&6)===6&&(c=(this.serdeContext?.utf8Encoder??ee)((this.serdeContext?.base64Decoder??Ee)(c))),a===2?yt.from(c):c}case 1:return Number(n);case 2:return n.
toLowerCase()==="true";case 17:return BigInt(n);case 19:return new Ce(n,"bigDecimal");default:return n}}}});var Ei,Rw=p(()=>{O();nn();fi();Gf();Ei=class extends qr{codecDeserializer;stringDeserializer;constructor(e,r){super(),this.codecDeserializer=e,this.stringDeserializer=
new pn(r)}setSerdeContext(e){this.stringDeserializer.setSerdeContext(e),this.codecDeserializer.setSerdeContext(e),this.serdeContext=e}read(e,r){let o=ze.of(e),n=o.
getMergedTraits();if(n.httpHeader||n.httpResponseCode){let s=o.getHttpBindingValue(38,n);return this.readHttpBinding(s,r,38)}return n.httpPayload?this.readPayload(
o.getHttpBindingValue(36,n),r):this.readCodec(o,r)}readHttpBinding(e,r,o){let n=typeof r=="string"?r:(this.serdeContext?.utf8Encoder??ee)(r);return this.stringDeserializer.
readHttpBinding(e,n,o)}readPayload([e,r],o){let n=r&255;return n===21||n===42?typeof o=="string"?(this.serdeContext?.utf8Decoder??oe)(o):o:n===0?typeof o=="stri\
ng"?o:(this.serdeContext?.utf8Encoder??ee)(o):this.readCodec(e,o)}readCodec(e,r){return this.codecDeserializer.read(e,r)}}});var Cc,_w=p(()=>{O();nn();fi();Cc=class extends qr{settings;stringBuffer="";constructor(e){super(),this.settings=e}write(e,r){let o=ze.of(e),n=o.getMergedTraits(),
s=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(s,n),r,s)}writeHttpBinding([e,r,o],n,s){let i=r&255;switch(typeof n){case"object":if(n===
null){this.stringBuffer="null";return}if(i>=4&&i<=7){if(!(n instanceof Date))throw new Error(`@smithy/core/protocols - received non-Date value ${n} when schema \
expected Date in ${e.getName(!0)}`);let l=this.settings.httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:l?l+4:this.settings.timestampFormat.
default){case 5:this.stringBuffer=n.toISOString().replace(".000Z","Z");break;case 6:this.stringBuffer=Qo(n);break;case 7:this.stringBuffer=String(n.getTime()/1e3);
break;default:console.warn("Missing timestamp format, using epoch seconds",n),this.stringBuffer=String(n.getTime()/1e3)}return}if((i===21||i===42)&&"byteLength"in
n){this.stringBuffer=(this.serdeContext?.base64Encoder??pe)(n);return}if((i&192)===64&&Array.isArray(n)){o??=e.getHttpBindingCollectionValue(s);let l=o[1]&255,d=l>=
4&&l<=7,u="";for(let m of n){this.writeHttpBinding(o,m,s);let f=this.flush();u&&(u+=", "),u+=d?f:fm(f)}this.stringBuffer=u;return}this.stringBuffer=JSON.stringify(
n,null,2);break;case"string":let a=r>>8&3,c=n;if(a===2&&(c=yt.from(c)),a&&(s&6)===6){this.stringBuffer=(this.serdeContext?.base64Encoder??pe)(c.toString());return}
this.stringBuffer=n;break;default:this.stringBuffer=r>>10&1?es():String(n)}}flush(){let e=this.stringBuffer;return this.stringBuffer="",e}}});var xi,ww=p(()=>{nn();_w();xi=class{codecSerializer;stringSerializer;buffer;constructor(e,r,o=new Cc(r)){this.codecSerializer=e,this.stringSerializer=o}setSerdeContext(e){
this.codecSerializer.setSerdeContext(e),this.stringSerializer.setSerdeContext(e)}write(e,r){let o=ze.of(e),n=o.getMergedTraits();if(n.httpHeader||n.httpLabel||n.
httpQuery){let s=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(s,n),r,s);return}this.writeCodec(o,r)}writeHttpBinding(e,r,o){this.stringSerializer.
writeHttpBinding(e,r,o),this.buffer=this.stringSerializer.flush()}writeCodec(e,r){this.codecSerializer.write(e,r)}flush(){if(this.buffer!==void 0){let e=this.buffer;
return this.buffer=void 0,e}return this.codecSerializer.flush()}}});function ln(t,e){if(e.timestampFormat.useTrait){let a=t.getSchema();if(a===5||a===6||a===7)return a}let{httpLabel:r,httpPrefixHeaders:o,httpHeader:n,httpQuery:s}=t.
getMergedTraits();return(e.httpBindings?typeof o=="string"||n?6:s||r?5:void 0:void 0)??e.timestampFormat.default}var Ac=p(()=>{});var Dt,Nt,Iw=p(()=>{Dt=t=>(t.logger&&t.logger.constructor?.name!=="NoOpLogger"&&t.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"),t.logger),t.defaultSocketTimeout&&
t.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"),t.defaultSocketTimeout),{setHttpHandler(e){t.requestHandler=e},httpHandler(){
return t.requestHandler},updateHttpClientConfig(e,r){t.requestHandler?.updateHttpClientConfig(e,r)},httpHandlerConfigs(){return t.requestHandler.httpHandlerConfigs()}}),
Nt=t=>({requestHandler:t.httpHandler()})});function vw(t){return e=>async r=>{let o=r.request;if(j.isInstance(o)){let{body:n,headers:s}=o;if(n&&Object.keys(s).map(i=>i.toLowerCase()).indexOf(Tw)===-1)try{
let i=t(n);i!=null&&(o.headers={...o.headers,[Tw]:String(i)})}catch{}}return e({...r,request:o})}}var Tw,Cw,kt,Aw=p(()=>{Q();Tw="content-length";Cw={step:"build",
tags:["SET_CONTENT_LENGTH","CONTENT_LENGTH"],name:"contentLengthMiddleware",override:!0},kt=t=>({applyToStack:e=>{e.add(vw(t.bodyLengthChecker),Cw)}})});var Dr,BL,jf=p(()=>{Dr=t=>encodeURIComponent(t).replace(/[!'()*]/g,BL),BL=t=>`%${t.charCodeAt(0).toString(16).toUpperCase()}`});function zf(t){let e=[];for(let r of Object.keys(t).sort()){let o=t[r];if(r=Dr(r),Array.isArray(o))for(let n=0,s=o.length;n<s;n++)e.push(`${r}=${Dr(o[n])}`);else{
let n=r;(o||typeof o=="string")&&(n+=`=${Dr(o)}`),e.push(n)}}return e.join("&")}var bw=p(()=>{jf()});var _o,bc=p(()=>{_o=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var Pc,Pw=p(()=>{Pc=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function Oc(){if(Ri===void 0)try{if(typeof Buffer!="function")Ri=!1;else{let t=JSON.parse(Buffer.from([123,125]));Ri=t!==null&&typeof t=="object"}}catch{Ri=!1}return Ri}
var Ri,Vf=p(()=>{});function Dc(t,e,r){if(r?.source){let o=r.source;if(typeof e=="number")return e<=Number.MAX_SAFE_INTEGER&&e>=Number.MIN_SAFE_INTEGER?jL(o,e)?e:new Ce(o,"bigDecim\
al"):GL(o)?new Ce(o,"bigDecimal"):/[eE]/.test(o)?zL(o):BigInt(o)}return e}function GL(t){let e=t.indexOf(".");if(e===-1)return!1;let r=t.search(/[eE]/);if(r===-1)
return!0;let o=r-e-1;return parseInt(t.slice(r+1),10)<o}function jL(t,e){if(t===String(e)||Object.is(e,-0))return!0;if(/[eE]/.test(t))return Wf(t)===Wf(String(e));
let r=t.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,""),o=String(e);return r===o?!0:/[eE]/.test(o)?r===Wf(o):!1}function Wf(t){let e=t.startsWith("-"),r=e?t.slice(
1):t,o=r.search(/[eE]/),n;if(o===-1)n=r;else{let s=parseInt(r.slice(o+1),10),i=r.slice(0,o),a=i.indexOf("."),c,l;a===-1?(c=i,l=i.length):(c=i.slice(0,a)+i.slice(
a+1),l=a),c=c.replace(/0+$/,"")||"0";let d=l+s;c==="0"?n="0":d<=0?n="0."+"0".repeat(-d)+c:d>=c.length?n=c+"0".repeat(d-c.length):n=c.slice(0,d)+"."+c.slice(d)}return n.
includes(".")&&(n=n.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,"")),(e?"-":"")+n}function zL(t){let e=t.search(/[eE]/),r=parseInt(t.slice(e+1),10),o=t.startsWith(
"-"),n=t.slice(o?1:0,e),s=n.indexOf("."),i,a;if(s===-1)i=n,a=r;else{i=n.slice(0,s)+n.slice(s+1);let l=n.length-s-1;a=r-l}i=i.replace(/0+$/,"")||"0";let c=BigInt(
i)*10n**BigInt(a+(n.replace(".","").length-i.length));return o?-c:c}var qf=p(()=>{O()});function kc(t){let e=H.of(t),r=e.getSchema();if(Array.isArray(r)&&e.isStructSchema()){if(Kf in r)return r[Kf];let o=Nc(e,new Set);return r[Kf]=o,o}return Nc(e,new Set)}
function Nc(t,e){let r=t.getSchema();if(e.has(r))return!1;if(e.add(r),t.isBigIntegerSchema()||t.isBigDecimalSchema())return!0;if(t.isStructSchema()){for(let[,o]of t.
structIterator())if(Nc(o,e))return!0}else if(t.isListSchema()||t.isMapSchema()){if(Nc(t.getValueSchema(),e))return!0}else if(t.isDocumentSchema())return!0;return!1}
var Kf,Jf=p(()=>{Z();Kf=Symbol.for("@aws-sdk/reviver")});var Ow,Dw=p(()=>{ts();O();Ow=(t,e)=>ot(t,e).then(r=>(e?.utf8Encoder??ee)(r))});async function Yf(t,e,r){let o;if(Oc()&&typeof t?.[Symbol.asyncIterator]=="function"){let s=await ot(t,e);typeof Buffer=="function"&&(Buffer.isBuffer(s)?o=s:o=Buffer.
from(s.buffer,s.byteOffset,s.byteLength))}if(o||(o=await Ow(t,e)),o.length===0)return{};let n=r&&kc(r)?Dc:void 0;try{return JSON.parse(o,n)}catch(s){throw s?.name===
"SyntaxError"&&Object.defineProperty(s,"$responseBodyText",{value:typeof o=="string"?o:o.toString("utf8")}),s}}var Nw,Xf,Qf,Zf,kw,eg=p(()=>{ts();Dw();Vf();qf();
Jf();Nw=(t,e)=>Object.keys(t).find(r=>r.toLowerCase()===e.toLowerCase()),Xf=t=>{let e=t;return typeof e=="number"&&(e=e.toString()),e.indexOf(",")>=0&&(e=e.split(
",")[0]),e.indexOf(":")>=0&&(e=e.split(":")[0]),e.indexOf("#")>=0&&(e=e.split("#")[1]),e},Qf=(t,e)=>kw(t,e,["header","code","type"]),Zf=(t,e,r=!1)=>kw(t,e,r?["c\
ode","header","type"]:["type","code","header"]),kw=({headers:t},e,r)=>{for(;r.length>0;)switch(r.shift()){case"header":let n=Nw(t??{},"x-amzn-errortype");if(n!==
void 0)return Xf(t[n]);break;case"code":let s=Nw(e??{},"code");if(s&&e[s]!==void 0)return Xf(e[s]);break;case"type":if(e?.__type!==void 0)return Xf(e.__type);break}}});var $c,$w=p(()=>{Ac();Z();O();bc();Pw();Vf();qf();Jf();eg();Q();$c=class extends _o{settings;constructor(e){super(),this.settings=e}async read(e,r){let o=kc(e)?
Dc:void 0,n;if(typeof r=="string"){if(r.length===0)return{};n=JSON.parse(r,o)}else if(r instanceof Uint8Array&&Oc()){if(r.byteLength===0)return{};let s=Buffer.isBuffer(
r)?r:Buffer.from(r.buffer,r.byteOffset,r.byteLength);n=JSON.parse(s,o)}else n=await Yf(r,this.serdeContext,e);return this._read(e,n)}readObject(e,r){return this.
_read(e,r)}_read(e,r){let o=r!==null&&typeof r=="object",n=H.of(e);if(o){if(n.isStructSchema())return this._readStruct(n,r);if(Array.isArray(r)&&n.isListSchema()){
let i=n.getValueSchema();if(this.needsTransform(i))for(let a=0;a<r.length;++a)r[a]=this._read(i,r[a]);return r}if(n.isMapSchema()){let i=n.getValueSchema(),a=r;
if(this.needsTransform(i))for(let c in a)b(a,c)&&(c==="__proto__"&&so(a),a[c]=this._read(i,a[c]));return a}}if(n.isBlobSchema()&&typeof r=="string")return Ee(r);
let s=n.getMergedTraits().mediaType;if(n.isStringSchema()&&typeof r=="string"&&s)return s==="application/json"||s.endsWith("+json")?yt.from(r):r;if(n.isTimestampSchema()&&
r!=null)switch(ln(n,this.settings)){case 5:return um(r);case 6:return Ks(r);case 7:return mm(r);default:return console.warn("Missing timestamp format, parsing v\
alue with Date constructor:",r),new Date(r)}if(n.isBigIntegerSchema()&&(typeof r=="number"||typeof r=="string"))return BigInt(r);if(n.isBigDecimalSchema()&&r!=null){
if(r instanceof Ce)return r;let i=r;return i.type==="bigDecimal"&&"string"in i?new Ce(i.string,i.type):new Ce(String(r),"bigDecimal")}if(n.isNumericSchema()&&typeof r==
"string"){switch(r){case"Infinity":return 1/0;case"-Infinity":return-1/0;case"NaN":return NaN}return r}if(n.isDocumentSchema()&&o)if(Array.isArray(r))for(let i=0;i<
r.length;++i){let a=r[i];a instanceof Ce||(r[i]=this._read(n,a))}else{let i=r;for(let a in i){if(!b(i,a))continue;a==="__proto__"&&so(i);let c=i[a];c instanceof
Ce||(i[a]=this._read(n,c))}}return r}_readStruct(e,r){let o=e.isUnionSchema(),n={},s,i=typeof r.__type=="string",{jsonName:a}=this.settings;a&&i&&(s={});let c;o&&
(c=new Pc(r,n));for(let[l,d]of e.structIterator()){let u=l;a&&(u=d.getMergedTraits().jsonName??u,i&&(s[u]=l)),o&&c.mark(u),r[u]!=null&&(n[l]=this._read(d,r[u]))}
if(o)c.writeUnknown();else if(i)for(let l in r){if(!b(r,l))continue;let d=r[l],u=a?s[l]??l:l;u in n||(n[u]=d)}return n}needsTransform(e){return!!(e.isBlobSchema()||
e.isTimestampSchema()||e.isBigIntegerSchema()||e.isBigDecimalSchema()||e.isNumericSchema()||e.isDocumentSchema()||e.isStructSchema()||e.isListSchema()||e.isMapSchema()||
e.isStringSchema()&&e.getMergedTraits().mediaType)}}});var Lc,Lw,Uw=p(()=>{O();Lc=class t extends Uint8Array{string=null;static allocUnsafe(e){if(typeof Buffer=="function"){let r=Buffer.allocUnsafe(e);return new t(r.
buffer,r.byteOffset,r.byteLength)}return new t(e)}toString(){return this.s()}valueOf(){return this.s()}includes(e,r){return typeof e=="string"?this.s().includes(
e,r):Uint8Array.prototype.includes.call(this,e,r)}indexOf(e,r){return typeof e=="string"?this.s().indexOf(e,r):Uint8Array.prototype.indexOf.call(this,e,r)}lastIndexOf(e,r){
if(typeof e=="string")return this.s().lastIndexOf(e,r);let o=Uint8Array.prototype.lastIndexOf;return r!==void 0?o.call(this,e,r):o.call(this,e)}startsWith(e,r){
return this.s().startsWith(e,r)}endsWith(e,r){return this.s().endsWith(e,r)}match(e){return this.s().match(e)}replace(e,r){return this.s().replace(e,r)}search(e){
return this.s().search(e)}split(e,r){return this.s().split(e,r)}substring(e,r){return this.s().substring(e,r)}trim(){return this.s().trim()}trimStart(){return this.
s().trimStart()}trimEnd(){return this.s().trimEnd()}charAt(e){return this.s().charAt(e)}charCodeAt(e){return this.s().charCodeAt(e)}padStart(e,r){return this.s().
padStart(e,r)}padEnd(e,r){return this.s().padEnd(e,r)}repeat(e){return this.s().repeat(e)}toUpperCase(){return this.s().toUpperCase()}toLowerCase(){return this.
s().toLowerCase()}s(){if(this.string==null){let e=Date.now();e>Lw+6e4&&(console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string meth\
od on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error."),Lw=e),this.string=ee(this)}return this.
string}},Lw=0});function tg(t){return Lc.allocUnsafe(t)}var Uc,Fw,Mw,VL,WL,ls,Fc,Mc,Hw,qL,KL,JL,Jr,Bw,Hc,Gw=p(()=>{Ac();Z();O();bc();Q();Uw();Uc=new TextEncoder,Fw=123,Mw=125,VL=
91,WL=93,ls=34,Fc=58,Mc=44,Hw=92,qL=new Uint8Array([116,114,117,101]),KL=new Uint8Array([102,97,108,115,101]),JL=new Uint8Array([110,117,108,108]),Jr=new Array(
128).fill(null);Jr[8]="b";Jr[9]="t";Jr[10]="n";Jr[12]="f";Jr[13]="r";Jr[34]='"';Jr[92]="\\";for(let t=0;t<32;t++)Jr[t]===null&&(Jr[t]="u00"+t.toString(16).padStart(
2,"0"));Bw=2048;Hc=class t extends _o{settings;json;i=0;rootSchema;rawValue;passthrough=!1;constructor(e){super(),this.settings=e,this.json=tg(Bw)}write(e,r){this.
i=0,this.rawValue=r,this.rootSchema=H.of(e),this.passthrough=this.rootSchema.isBlobSchema()||this.rootSchema.isStringSchema(),this.passthrough||this.writeValue(
this.rootSchema,r,void 0)}writeDiscriminatedDocument(e,r){this.i=0,this.rootSchema=H.of(e);let o=this.rootSchema;if(o.isStructSchema()&&r!=null&&typeof r=="obje\
ct"){this.writeValue(o,r,void 0);let n=`"__type":"${o.getName(!0)??"Unknown"}",`,s=n.length;this.ensure(s),this.json.copyWithin(1+s,1,this.i),Uc.encodeInto(n,this.
json.subarray(1)),this.i+=s}else this.writeValue(o,r,void 0)}flush(){this.rootSchema=void 0;let e=this.i;this.i=0;let r=this.rawValue;if(this.rawValue=void 0,e===
0)return r;let o=this.json.subarray(0,e);return this.json=tg(Bw),o}ensure(e){let{i:r,json:o}=this;if(r+e>o.length){let n=o.length*2;for(;n<r+e;)n*=2;let s=tg(n);
s.set(this.json),this.json=s}}writeAscii(e){let r=e.length;this.ensure(r);let{i:o,json:n}=this;for(let s=0;s<r;++s)n[o]=e.charCodeAt(s),o+=1;this.i=o}writeAsciiQuoted(e){
let r=e.length;this.ensure(r+4);let{json:o,i:n}=this;o[n++]=ls;for(let s=0;s<r;++s)o[n++]=e.charCodeAt(s);o[n++]=ls,this.i=n}writeJsonString(e){let r=e.length;this.
ensure(r*3+2),this.json[this.i++]=ls;for(let o=0;o<r;++o){let n=e.charCodeAt(o);if(n>34&&n<92)this.json[this.i++]=n;else if(n<128){let s=Jr[n];if(s!==null){this.
ensure(s.length+1+(r-o-1)*3+1),this.json[this.i++]=Hw;for(let i=0;i<s.length;i++)this.json[this.i++]=s.charCodeAt(i)}else this.json[this.i++]=n}else if(n>=55296&&
n<=56319){let s=o+1<r?e.charCodeAt(o+1):0;if(s>=56320&&s<=57343){this.ensure(4);let{written:i}=Uc.encodeInto(e.substring(o,o+2),this.json.subarray(this.i));this.
i+=i,++o}else this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n)}else if(n>=56320&&n<=57343)this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n);else{let{i:s,
json:i}=this;n<2048?(i[s++]=192|n>>6,i[s++]=128|n&63):(i[s++]=224|n>>12,i[s++]=128|n>>6&63,i[s++]=128|n&63),this.i=s}}this.json[this.i++]=ls}writeUnicodeEscape(e){
let{json:r,i:o}=this;r[o++]=Hw,r[o++]=117;let n=e.toString(16).padStart(4,"0");for(let s=0;s<4;++s)r[o++]=n.charCodeAt(s);this.i=o}static B64=(()=>{let e="ABCDE\
FGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",r=new Uint8Array(64);for(let o=0;o<64;++o)r[o]=e.charCodeAt(o);return r})();writeBase64(e){let r=Math.
ceil(e.length/3)*4;this.ensure(r+2);let o=this.json,n=t.B64,s=this.i;o[s++]=ls;let i=e.length,a=i%3,c=i-a;for(let l=0;l<c;l+=3){let d=e[l],u=e[l+1],m=e[l+2];o[s++]=
n[d>>2],o[s++]=n[(d&3)<<4|u>>4],o[s++]=n[(u&15)<<2|m>>6],o[s++]=n[m&63]}if(a===2){let l=e[c],d=e[c+1];o[s++]=n[l>>2],o[s++]=n[(l&3)<<4|d>>4],o[s++]=n[(d&15)<<2],
o[s++]=61}else if(a===1){let l=e[c];o[s++]=n[l>>2],o[s++]=n[(l&3)<<4],o[s++]=61,o[s++]=61}o[s++]=ls,this.i=s}writeValue(e,r,o){if(r==null){if(o?.isStructSchema()){
if(r===void 0&&H.of(e).isIdempotencyToken()){this.writeAsciiQuoted(es());return}return}this.ensure(4),this.json.set(JL,this.i),this.i+=4;return}let n=H.of(e),s=typeof r==
"object";if(n.isStringSchema()){let i=n.getMergedTraits().mediaType;if(i&&(i==="application/json"||i.endsWith("+json"))){this.writeJsonString(yt.from(r).toString());
return}}if(this.settings.bigNumberAsString&&r!=null&&(n.isBigIntegerSchema()||n.isBigDecimalSchema())){let i=r instanceof Ce?r.string:String(r);this.writeAsciiQuoted(
i);return}if(s){if(n.isStructSchema()){this.writeStruct(n,r);return}if(Array.isArray(r)&&(n.isListSchema()||n.isDocumentSchema())){this.writeList(n,r,n.isDocumentSchema());
return}if(n.isMapSchema()){this.writeMap(n,r,!1);return}if(r instanceof Uint8Array&&(n.isBlobSchema()||n.isDocumentSchema())){this.writeBase64(r);return}if(r instanceof
Date&&(n.isTimestampSchema()||n.isDocumentSchema())){this.writeTimestamp(n,r);return}if(r instanceof Ce){this.writeAscii(r.string);return}if(n.isDocumentSchema()){
Array.isArray(r)?this.writeList(n,r,!0):this.writeMap(n,r,!0);return}let i=JSON.stringify(r);this.writeAscii(i);return}if(typeof r=="string"){if(n.isBlobSchema()){
let i=(this.serdeContext?.base64Encoder??pe)(r);this.writeAsciiQuoted(i);return}this.writeJsonString(r);return}if(typeof r=="number"){if(Math.abs(r)===1/0||Number.
isNaN(r)){this.writeAsciiQuoted(String(r));return}let i=String(r);this.writeAscii(i);return}if(typeof r=="boolean"){this.ensure(5);let{i,json:a}=this;r?(a.set(qL,
i),i+=4):(a.set(KL,i),i+=5),this.i=i;return}if(typeof r=="bigint"){this.writeAscii(r.toString());return}this.writeAscii(String(r))}writeStruct(e,r){this.ensure(
2),this.json[this.i++]=Fw;let o=!1,n=typeof r.__type=="string",s;n&&(s=new Set);for(let[i,a]of e.structIterator()){let c=r[i];if(c==null&&!a.isIdempotencyToken())
continue;o&&(this.ensure(1),this.json[this.i++]=Mc),o=!0;let l=this.settings.jsonName?a.getMergedTraits().jsonName??i:i;s&&(s.add(i),s.add(l)),this.writeAsciiQuoted(
l),this.json[this.i++]=Fc,this.writeValue(a,c,e)}if(!o&&e.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i;this.writeAsciiQuoted(a),this.ensure(
1),this.json[this.i++]=Fc,this.writeValue(15,c,e)}}else if(n)for(let i in r){if(s.has(i))continue;s.add(i);let a=r[i];o&&(this.ensure(1),this.json[this.i++]=Mc),
o=!0,this.writeAsciiQuoted(i),this.ensure(1),this.json[this.i++]=Fc,this.writeValue(15,a,void 0)}this.ensure(1),this.json[this.i++]=Mw}writeList(e,r,o){let n=!!e.
getMergedTraits().sparse,s=e.getValueSchema();if(!o&&(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let a=!1;for(let l=0;l<r.length;++l){let d=r[l];
if(Number.isNaN(d)||d===1/0||d===-1/0||d==null&&!n){a=!0;break}}let c;if(!a)c=JSON.stringify(r);else{let l=[];for(let d=0;d<r.length;++d){let u=r[d];u==null&&!n||
(Number.isNaN(u)||u===1/0||u===-1/0?l.push(String(u)):l.push(u))}c=JSON.stringify(l)}this.ensure(c.length*3),this.i+=Uc.encodeInto(c,this.json.subarray(this.i)).
written;return}this.ensure(2),this.json[this.i++]=VL;let i=!1;for(let a=0;a<r.length;++a){let c=r[a];(o?c===void 0:c==null&&!n)||(i&&(this.ensure(1),this.json[this.
i++]=Mc),this.writeValue(s,c,void 0),i=!0)}this.ensure(1),this.json[this.i++]=WL}writeMap(e,r,o){let n=!!e.getMergedTraits().sparse,s=e.getValueSchema();if(!o&&
(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let a;for(let l in r){if(!b(r,l))continue;let d=r[l];Number.isNaN(d)||d===1/0||d===-1/0?((a??={})[l]=
d,r[l]=String(d)):d===null&&!n&&((a??={})[l]=null,r[l]=void 0)}let c=JSON.stringify(r);a&&Object.assign(r,a),this.ensure(c.length*3),this.i+=Uc.encodeInto(c,this.
json.subarray(this.i)).written;return}this.ensure(2),this.json[this.i++]=Fw;let i=!0;for(let a in r){if(!b(r,a))continue;let c=r[a];(o?c===void 0:c==null&&!n)||
(i||(this.ensure(1),this.json[this.i++]=Mc),i=!1,this.writeJsonString(a),this.ensure(1),this.json[this.i++]=Fc,this.writeValue(s,c,void 0))}this.ensure(1),this.
json[this.i++]=Mw}writeTimestamp(e,r){switch(ln(e,this.settings)){case 5:{let n=r.toISOString().replace(".000Z","Z");this.writeAsciiQuoted(n);return}case 6:{this.
writeAsciiQuoted(Qo(r));return}case 7:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}default:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}}}}});var dn,jw=p(()=>{bc();$w();Gw();dn=class extends _o{settings;constructor(e){super(),this.settings=e}createSerializer(){let e=new Hc(this.settings);return e.setSerdeContext(
this.serdeContext),e}createDeserializer(){let e=new $c(this.settings);return e.setSerdeContext(this.serdeContext),e}}});var U=p(()=>{ts();Af();Ew();xw();Gf();Rw();ww();Ac();Q();Q();Iw();Aw();jf();bw();Q();eg();jw()});var zw,Vw,$t,Ww=p(()=>{U();zw=t=>e=>async r=>{if(!j.isInstance(r.request))return e(r);let{request:o}=r,{handlerProtocol:n=""}=t.requestHandler.metadata||{};if(n.
indexOf("h2")>=0&&!o.headers[":authority"])delete o.headers.host,o.headers[":authority"]=o.hostname+(o.port?":"+o.port:"");else if(!o.headers.host){let s=o.hostname;
o.port!=null&&(s+=`:${o.port}`),o.headers.host=s}return e(r)},Vw={name:"hostHeaderMiddleware",step:"build",priority:"low",tags:["HOST"],override:!0},$t=t=>({applyToStack:e=>{
e.add(zw(t),Vw)}})});var qw,Kw,Lt,Jw=p(()=>{C();qw=()=>(t,e)=>async r=>{try{let o=await t(r),{logger:n}=e,s=n instanceof xe;if(n&&!s){let{clientName:i,commandName:a,dynamoDbDocumentClientOptions:c={}}=e,
{overrideInputFilterSensitiveLog:l,overrideOutputFilterSensitiveLog:d}=c,u=l??e.inputFilterSensitiveLog,m=d??e.outputFilterSensitiveLog,{$metadata:f,...g}=o.output;
n.info?.({clientName:i,commandName:a,input:u(r.input),output:m(g),metadata:f})}return o}catch(o){let{clientName:n,commandName:s,logger:i,dynamoDbDocumentClientOptions:a={}}=e,
{overrideInputFilterSensitiveLog:c}=a,l=c??e.inputFilterSensitiveLog;throw i?.error?.({clientName:n,commandName:s,input:l(r.input),error:o,metadata:o.$metadata}),
o}},Kw={name:"loggerMiddleware",tags:["LOGGER"],step:"initialize",override:!0},Lt=t=>({applyToStack:e=>{e.add(qw(),Kw)}})});var Xw,Yw=p(()=>{Xw={step:"build",tags:["RECURSION_DETECTION","TRACE_CONTEXT_PROPAGATION"],name:"recursionDetectionMiddleware",override:!0,priority:"low"}});var wo,rg,Bc,og,ng,_i,Qw=p(()=>{wo={REQUEST_ID:Symbol.for("_AWS_LAMBDA_REQUEST_ID"),X_RAY_TRACE_ID:Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),TENANT_ID:Symbol.for(
"_AWS_LAMBDA_TENANT_ID"),TRACEPARENT:Symbol.for("_AWS_LAMBDA_TRACEPARENT"),TRACESTATE:Symbol.for("_AWS_LAMBDA_TRACESTATE"),BAGGAGE:Symbol.for("_AWS_LAMBDA_BAGGA\
GE")},rg=["true","1"].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA??"");rg||(globalThis.awslambda=globalThis.awslambda||{});Bc=class{static PROTECTED_KEYS=wo;isProtectedKey(e){
return Object.values(wo).includes(e)}getRequestId(){return this.get(wo.REQUEST_ID)??"-"}getXRayTraceId(){return this.get(wo.X_RAY_TRACE_ID)}getTenantId(){return this.
get(wo.TENANT_ID)}getTraceparent(){return this.get(wo.TRACEPARENT)}getTracestate(){return this.get(wo.TRACESTATE)}getBaggage(){return this.get(wo.BAGGAGE)}},og=
class extends Bc{currentContext;getContext(){return this.currentContext}hasContext(){return this.currentContext!==void 0}get(e){return this.currentContext?.[e]}set(e,r){
if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);this.currentContext=this.currentContext||{},this.currentContext[e]=
r}run(e,r){return this.currentContext=e,r()}},ng=class t extends Bc{als;static async create(){let e=new t,r=await import("node:async_hooks");return e.als=new r.
AsyncLocalStorage,e}getContext(){return this.als.getStore()}hasContext(){return this.als.getStore()!==void 0}get(e){return this.als.getStore()?.[e]}set(e,r){if(this.
isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);let o=this.als.getStore();if(!o)throw new Error("No context avai\
lable");o[e]=r}run(e,r){return this.als.run(e,r)}};(function(t){let e=null;async function r(o){return e||(e=(async()=>{let s=o===!0||"AWS_LAMBDA_MAX_CONCURRENCY"in
process.env?await ng.create():new og;return!rg&&globalThis.awslambda?.InvokeStore?globalThis.awslambda.InvokeStore:(!rg&&globalThis.awslambda&&(globalThis.awslambda.
InvokeStore=s),s)})()),e}t.getInstanceAsync=r,t._testing=process.env.AWS_LAMBDA_BENCHMARK_MODE==="1"?{reset:()=>{e=null,globalThis.awslambda?.InvokeStore&&delete globalThis.
awslambda.InvokeStore,globalThis.awslambda={InvokeStore:void 0}}}:void 0})(_i||(_i={}))});function QL(t){for(let e of Object.keys(t)){let r=e.toLowerCase();e!==r&&(r===ig||r===Zw||r===e0)&&(t[r]=t[e],delete t[e])}}var XL,YL,sg,ig,Zw,e0,t0,r0=p(()=>{Qw();
U();XL="AWS_LAMBDA_FUNCTION_NAME",YL="_X_AMZN_TRACE_ID",sg="X-Amzn-Trace-Id",ig="traceparent",Zw="tracestate",e0="baggage",t0=()=>t=>async e=>{let{request:r}=e;
if(!j.isInstance(r))return t(e);let o;{let n=Object.keys(r.headers??{}).find(s=>s.toLowerCase()===sg.toLowerCase())??sg;if(!r.headers.hasOwnProperty(n)){let s=process.
env[XL],i=process.env[YL];o??=await _i.getInstanceAsync();let c=o?.getXRayTraceId()??i,l=d=>typeof d=="string"&&d.length>0;l(s)&&l(c)&&(r.headers[sg]=c)}}if(QL(
r.headers),!r.headers[ig]){let s=(o??=await _i.getInstanceAsync())?.getTraceparent?.();if(s){r.headers[ig]=s;let i=o?.getTracestate?.();i&&(r.headers[Zw]=i);let a=o?.
getBaggage?.();a&&(r.headers[e0]=a)}}return t(e)}});var Ut,o0=p(()=>{Yw();r0();Ut=t=>({applyToStack:e=>{e.add(t0(),Xw)}})});var n0,s0=p(()=>{n0=(t,e)=>{if(!e||e.length===0)return t;let r=[];for(let o of e)for(let n of t)n.schemeId.split("#")[1]===o&&r.push(n);for(let o of t)r.find(({
schemeId:n})=>n===o.schemeId)||r.push(o);return r}});function ZL(t){let e=new Map;for(let r of t)e.set(r.schemeId,r);return e}var ag,i0=p(()=>{Q();s0();ag=(t,e)=>(r,o)=>async n=>{let s=t.httpAuthSchemeProvider(await e.
httpAuthSchemeParametersProvider(t,o,n.input)),i=t.authSchemePreference?await t.authSchemePreference():[],a=n0(s,i),c=ZL(t.httpAuthSchemes),l=re(o),d=[];for(let u of a){
let m=c.get(u.schemeId);if(!m){d.push(`HttpAuthScheme \`${u.schemeId}\` was not enabled for this service.`);continue}let f=m.identityProvider(await e.identityProviderConfigProvider(
t));if(!f){d.push(`HttpAuthScheme \`${u.schemeId}\` did not have an IdentityProvider configured.`);continue}let{identityProperties:g={},signingProperties:y={}}=u.
propertiesExtractor?.(t,o)||{};u.identityProperties=Object.assign(u.identityProperties||{},g),u.signingProperties=Object.assign(u.signingProperties||{},y),l.selectedHttpAuthScheme=
{httpAuthOption:u,identity:await f(u.identityProperties),signer:m.signer};break}if(!l.selectedHttpAuthScheme)throw new Error(d.join(`
`));return r(n)}});var cg,st,a0=p(()=>{i0();cg={step:"serialize",tags:["HTTP_AUTH_SCHEME"],name:"httpAuthSchemeMiddleware",override:!0,relation:"before",toMiddleware:"endpointV2Mi\
ddleware"},st=(t,{httpAuthSchemeParametersProvider:e,identityProviderConfigProvider:r})=>({applyToStack:o=>{o.addRelativeTo(ag(t,{httpAuthSchemeParametersProvider:e,
identityProviderConfigProvider:r}),cg)}})});var c0=p(()=>{a0()});var eU,tU,pg,p0=p(()=>{U();Q();eU=t=>e=>{throw e},tU=(t,e)=>{},pg=t=>(e,r)=>async o=>{if(!j.isInstance(o.request))return e(o);let s=re(r).selectedHttpAuthScheme;
if(!s)throw new Error("No HttpAuthScheme was selected: unable to sign request");let{httpAuthOption:{signingProperties:i={}},identity:a,signer:c}=s,l=await e({...o,
request:await c.sign(o.request,a,i)}).catch((c.errorHandler||eU)(i));return(c.successHandler||tU)(l.response,i),l}});var lg,it,l0=p(()=>{p0();lg={step:"finalizeRequest",tags:["HTTP_SIGNING"],name:"httpSigningMiddleware",aliases:["apiKeyMiddleware","tokenMiddleware","awsAuthMid\
dleware"],override:!0,relation:"after",toMiddleware:"retryMiddleware"},it=t=>({applyToStack:e=>{e.addRelativeTo(pg(t),lg)}})});var d0=p(()=>{l0()});var Nr,u0=p(()=>{Nr=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});var ke,m0=p(()=>{Q();ke=class{authSchemes=new Map;constructor(e){for(let r in e){if(!b(e,r))continue;let o=e[r];o!==void 0&&this.authSchemes.set(r,o)}}getIdentityProvider(e){
return this.authSchemes.get(e)}}});var Pe,f0=p(()=>{Pe=class{async sign(e,r,o){return e}}});var g0=p(()=>{f0()});var dg,Gc,wi,jc,h0=p(()=>{dg=t=>function(r){return wi(r)&&r.expiration.getTime()-Date.now()<t},Gc=dg(3e5),wi=t=>t.expiration!==void 0,jc=(t,e,r)=>{if(t===void 0)
return;let o=typeof t!="function"?async()=>Promise.resolve(t):t,n,s,i,a=!1,c=async l=>{s||(s=o(l));try{n=await s,i=!0,a=!1}finally{s=void 0}return n};return e===
void 0?async l=>((!i||l?.forceRefresh)&&(n=await c(l)),n):async l=>((!i||l?.forceRefresh)&&(n=await c(l)),a?n:r(n)?(e(n)&&await c(l),n):(a=!0,n))}});var y0=p(()=>{m0();g0();h0()});var $e=p(()=>{c0();d0();u0();y0()});function sU(t){return t===void 0?!0:typeof t=="string"&&t.length<=50}function Ft(t){let e=Nr(t.userAgentAppId??zc),{customUserAgent:r}=t;return Object.assign(t,
{customUserAgent:typeof r=="string"?[[r]]:r,userAgentAppId:async()=>{let o=await e();if(!sU(o)){let n=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?console:
t.logger;typeof o!="string"?n?.warn("userAgentAppId must be a string or undefined."):o.length>50&&n?.warn("The provided userAgentAppId exceeds the maximum lengt\
h of 50 characters.")}return o}})}var zc,ug=p(()=>{$e();zc=void 0});var S0,E0=p(()=>{S0={partitions:[{id:"aws",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aws",implicitGlobalRegion:"us-east-1",name:"aws",supportsDualStack:!0,
supportsFIPS:!0},regionRegex:"^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$",regions:{"af-south-1":{description:"Africa (Cape Town)"},"ap-east-1":{description:"A\
sia Pacific (Hong Kong)"},"ap-east-2":{description:"Asia Pacific (Taipei)"},"ap-northeast-1":{description:"Asia Pacific (Tokyo)"},"ap-northeast-2":{description:"\
Asia Pacific (Seoul)"},"ap-northeast-3":{description:"Asia Pacific (Osaka)"},"ap-south-1":{description:"Asia Pacific (Mumbai)"},"ap-south-2":{description:"Asia \
Pacific (Hyderabad)"},"ap-southeast-1":{description:"Asia Pacific (Singapore)"},"ap-southeast-2":{description:"Asia Pacific (Sydney)"},"ap-southeast-3":{description:"\
Asia Pacific (Jakarta)"},"ap-southeast-4":{description:"Asia Pacific (Melbourne)"},"ap-southeast-5":{description:"Asia Pacific (Malaysia)"},"ap-southeast-6":{description:"\
Asia Pacific (New Zealand)"},"ap-southeast-7":{description:"Asia Pacific (Thailand)"},"aws-global":{description:"aws global region"},"ca-central-1":{description:"\
Canada (Central)"},"ca-west-1":{description:"Canada West (Calgary)"},"eu-central-1":{description:"Europe (Frankfurt)"},"eu-central-2":{description:"Europe (Zuri\
ch)"},"eu-north-1":{description:"Europe (Stockholm)"},"eu-south-1":{description:"Europe (Milan)"},"eu-south-2":{description:"Europe (Spain)"},"eu-west-1":{description:"\
Europe (Ireland)"},"eu-west-2":{description:"Europe (London)"},"eu-west-3":{description:"Europe (Paris)"},"il-central-1":{description:"Israel (Tel Aviv)"},"me-c\
entral-1":{description:"Middle East (UAE)"},"me-south-1":{description:"Middle East (Bahrain)"},"me-west-1":{description:"Middle East (Saudi Arabia)"},"mx-centra\
l-1":{description:"Mexico (Central)"},"sa-east-1":{description:"South America (Sao Paulo)"},"sa-west-1":{description:"South America (Chile)"},"us-east-1":{description:"\
US East (N. Virginia)"},"us-east-2":{description:"US East (Ohio)"},"us-west-1":{description:"US West (N. California)"},"us-west-2":{description:"US West (Oregon\
)"}}},{id:"aws-cn",outputs:{dnsSuffix:"amazonaws.com.cn",dualStackDnsSuffix:"api.amazonwebservices.com.cn",implicitGlobalRegion:"cn-northwest-1",name:"aws-cn",supportsDualStack:!0,
supportsFIPS:!0},regionRegex:"^cn\\-\\w+\\-\\d+$",regions:{"aws-cn-global":{description:"aws-cn global region"},"cn-north-1":{description:"China (Beijing)"},"cn\
-northwest-1":{description:"China (Ningxia)"}}},{id:"aws-eusc",outputs:{dnsSuffix:"amazonaws.eu",dualStackDnsSuffix:"api.amazonwebservices.eu",implicitGlobalRegion:"\
eusc-de-east-1",name:"aws-eusc",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^eusc\\-(de)\\-\\w+\\-\\d+$",regions:{"eusc-de-east-1":{description:"AWS Euro\
pean Sovereign Cloud (Germany)"}}},{id:"aws-iso",outputs:{dnsSuffix:"c2s.ic.gov",dualStackDnsSuffix:"api.aws.ic.gov",implicitGlobalRegion:"us-iso-east-1",name:"\
aws-iso",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-iso\\-\\w+\\-\\d+$",regions:{"aws-iso-global":{description:"aws-iso global region"},"us-iso-ea\
st-1":{description:"US ISO East"},"us-iso-west-1":{description:"US ISO WEST"}}},{id:"aws-iso-b",outputs:{dnsSuffix:"sc2s.sgov.gov",dualStackDnsSuffix:"api.aws.s\
cloud",implicitGlobalRegion:"us-isob-east-1",name:"aws-iso-b",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-isob\\-\\w+\\-\\d+$",regions:{"aws-iso-b-\
global":{description:"aws-iso-b global region"},"us-isob-east-1":{description:"US ISOB East (Ohio)"},"us-isob-west-1":{description:"US ISOB West"}}},{id:"aws-is\
o-e",outputs:{dnsSuffix:"cloud.adc-e.uk",dualStackDnsSuffix:"api.cloud-aws.adc-e.uk",implicitGlobalRegion:"eu-isoe-west-1",name:"aws-iso-e",supportsDualStack:!0,
supportsFIPS:!0},regionRegex:"^eu\\-isoe\\-\\w+\\-\\d+$",regions:{"aws-iso-e-global":{description:"aws-iso-e global region"},"eu-isoe-west-1":{description:"EU I\
SOE West"}}},{id:"aws-iso-f",outputs:{dnsSuffix:"csp.hci.ic.gov",dualStackDnsSuffix:"api.aws.hci.ic.gov",implicitGlobalRegion:"us-isof-south-1",name:"aws-iso-f",
supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-isof\\-\\w+\\-\\d+$",regions:{"aws-iso-f-global":{description:"aws-iso-f global region"},"us-isof-east-\
1":{description:"US ISOF EAST"},"us-isof-south-1":{description:"US ISOF SOUTH"}}},{id:"aws-us-gov",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aw\
s",implicitGlobalRegion:"us-gov-west-1",name:"aws-us-gov",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-gov\\-\\w+\\-\\d+$",regions:{"aws-us-gov-glob\
al":{description:"aws-us-gov global region"},"us-gov-east-1":{description:"AWS GovCloud (US-East)"},"us-gov-west-1":{description:"AWS GovCloud (US-West)"}}}],version:"\
1.1"}});var iU,aU,x0,R0,mg=p(()=>{E0();iU=S0,aU="",x0=t=>{let{partitions:e}=iU;for(let o of e){let{regions:n,outputs:s}=o;for(let[i,a]of Object.entries(n))if(i===t)return{
...s,...a}}for(let o of e){let{regionRegex:n,outputs:s}=o;if(new RegExp(n).test(t))return{...s}}let r=e.find(o=>o.id==="aws");if(!r)throw new Error("Provided re\
gion was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.");return{...r.outputs}},R0=()=>aU});var _0,fg,w0=p(()=>{_0=require("node:stream"),fg=t=>t?.body instanceof _0.Readable||typeof ReadableStream<"u"&&t?.body instanceof ReadableStream});var I0,T0,v0,C0,A0,b0=p(()=>{I0=["BandwidthLimitExceeded","EC2ThrottledException","LimitExceededException","PriorRequestNotComplete","ProvisionedThroughputExcee\
dedException","RequestLimitExceeded","RequestThrottled","RequestThrottledException","SlowDown","ThrottledException","Throttling","ThrottlingException","TooManyR\
equestsException","TransactionInProgressException"],T0=["TimeoutError","RequestTimeout","RequestTimeoutException"],v0=[500,502,503,504],C0=["ECONNRESET","ECONNR\
EFUSED","EPIPE","ETIMEDOUT"],A0=["EHOSTUNREACH","ENETUNREACH","ENOTFOUND","EAI_AGAIN"]});function dU(t){return t.code==="ERR_HTTP2_STREAM_ERROR"&&t.message.includes("NGHTTP2_REFUSED_STREAM")}var cU,pU,lU,Vc,Wc,P0,gg=p(()=>{b0();cU=t=>t?.$retryable!==
void 0,pU=t=>t.$metadata?.clockSkewCorrected,lU=t=>{let e=new Set(["Failed to fetch","NetworkError when attempting to fetch resource","The Internet connection a\
ppears to be offline","Load failed","Network request failed"]);return t&&t instanceof TypeError?e.has(t.message):!1},Vc=t=>t.$metadata?.httpStatusCode===429||I0.
includes(t.name)||t.$retryable?.throttling==!0,Wc=(t,e=0)=>t?.name!=="AbortError"&&(cU(t)||pU(t)||t.name==="InvalidSignatureException"&&t.message?.includes("Sig\
nature expired")||T0.includes(t.name)||C0.includes(t?.code||"")||A0.includes(t?.code||"")||v0.includes(t.$metadata?.httpStatusCode||0)||lU(t)||dU(t)||t.cause!==
void 0&&e<=10&&Wc(t.cause,e+1)),P0=t=>{if(t.$metadata?.httpStatusCode!==void 0){let e=t.$metadata.httpStatusCode;return 500<=e&&e<=599&&!Wc(t)}return!1}});var qc,uU,O0,D0=p(()=>{qc=(t,e)=>{if(!e)return t;let r=()=>{},o=new Promise((n,s)=>{let i=()=>s(uU());e.aborted?i():typeof e.addEventListener=="function"?(e.addEventListener(
"abort",i,{once:!0}),r=()=>e.removeEventListener("abort",i)):e.onabort=i});return Promise.race([t,o]).finally(r)},uU=()=>Object.assign(new Error("Request aborte\
d"),{name:"AbortError"}),O0=t=>typeof t=="object"&&t!==null&&"name"in t&&t.name==="AbortError"});var N0,k0,$0=p(()=>{N0="amz-sdk-invocation-id",k0="amz-sdk-request"});function L0(t,e){if(ht.isInstance(t))for(let r in t.headers){if(!b(t.headers,r))continue;let o=r.toLowerCase();if(o==="retry-after"){let n=t.headers[r],s=NaN;if(n.
endsWith("GMT"))try{s=(Ks(n).getTime()-Date.now())/1e3}catch(i){e?.trace?.("Failed to parse retry-after header"),e?.trace?.(i)}else n.match(/ GMT, ((\d+)|(\d+\.\d+))$/)?
s=Number(n.match(/ GMT, ([\d.]+)$/)?.[1]):n.match(/^((\d+)|(\d+\.\d+))$/)?s=Number(n):Date.parse(n)>=Date.now()&&(s=(Date.parse(n)-Date.now())/1e3);return isNaN(
s)?void 0:new Date(Date.now()+s*1e3)}else if(o==="x-amz-retry-after"){let n=t.headers[r],s=Number(n);if(isNaN(s)){e?.trace?.(`Failed to parse x-amz-retry-after=${n}`);
return}return new Date(Date.now()+s)}}}var U0=p(()=>{Q();U();O()});var F0,M0=p(()=>{F0=t=>t instanceof Error?t:t instanceof Object?Object.assign(new Error,t):typeof t=="string"?new Error(t):new Error(`AWS SDK error wrapper for ${t}`)});function hg(t){return e=>(r,o)=>async n=>{let s=await e.retryStrategy(),i=await e.maxAttempts(),a=o[Pr]?.abortSignal;if(mU(s)){s=s;let c=(o.partition_id??"")+(o.
__retryLongPoll?":longpoll":""),l=await qc(s.acquireInitialRetryToken(c),a),d=new Error,u=0,m=0,{request:f}=n,g=j.isInstance(f);for(g&&(f.headers[N0]=Cf());;)try{
g&&(f.headers[k0]=`attempt=${u+1}; max=${i}`);let{response:y,output:h}=await r(n);return s.recordSuccess(l),h.$metadata.attempts=u+1,h.$metadata.totalRetryDelay=
m,{response:y,output:h}}catch(y){let h=fU(y,e.logger);if(d=F0(y),g&&t(f))throw(o.logger instanceof xe?console:o.logger)?.warn("An error was encountered in a non\
-retryable streaming request."),d;try{l=await qc(s.refreshRetryTokenForRetry(l,h),a)}catch(x){throw a?.aborted&&O0(x)?x:(d.$metadata||(d.$metadata={}),d.$metadata.
attempts=u+1,d.$metadata.totalRetryDelay=m,d)}u=l.getRetryCount();let S=l.getRetryDelay();m+=(l?.$retryLog?.acquisitionDelay??0)+S,S>0&&await qc(new Promise(x=>setTimeout(
x,S)),a)}}else return s=s,s?.mode&&(o.userAgent=[...o.userAgent||[],["cfg/retry-mode",s.mode]]),s.retry(r,n)}}function H0(t){let e=hg(t);return r=>({applyToStack:o=>{
o.add(e(r),hU)}})}var mU,fU,gU,hU,B0=p(()=>{C();U();O();zr();gg();D0();$0();U0();M0();mU=t=>typeof t.acquireInitialRetryToken<"u"&&typeof t.refreshRetryTokenForRetry<
"u"&&typeof t.recordSuccess<"u",fU=(t,e)=>{let r={error:t,errorType:gU(t)},o=L0(t.$response,e);return o&&(r.retryAfterHint=o),r},gU=t=>Vc(t)?"THROTTLING":Wc(t)?
"TRANSIENT":P0(t)?"SERVER_ERROR":"CLIENT_ERROR",hU={name:"retryMiddleware",tags:["RETRY"],step:"finalizeRequest",priority:"high",override:!0}});var Kc,G0=p(()=>{gg();Kc=class t{static setTimeoutFn=(e,r)=>setTimeout(e,r);beta;minCapacity;minFillRate;scaleConstant;smooth;enabled=!1;availableTokens=0;lastMaxRate=0;measuredTxRate=0;requestCount=0;fillRate;lastThrottleTime;lastTimestamp=0;lastTxRateBucket;maxCapacity;timeWindow=0;constructor(e){
this.beta=e?.beta??.7,this.minCapacity=e?.minCapacity??1,this.minFillRate=e?.minFillRate??.5,this.scaleConstant=e?.scaleConstant??.4,this.smooth=e?.smooth??.8,this.
lastThrottleTime=this.getCurrentTimeInSeconds(),this.lastTxRateBucket=Math.floor(this.getCurrentTimeInSeconds()),this.fillRate=this.minFillRate,this.maxCapacity=
this.minCapacity}async getSendToken(){return this.acquireTokenBucket(1)}updateClientSendingRate(e){let r;this.updateMeasuredRate();let o=e;if(o?.errorType==="TH\
ROTTLING"||Vc(o?.error??e)){let i=this.enabled?Math.min(this.measuredTxRate,this.fillRate):this.measuredTxRate;this.lastMaxRate=i,this.calculateTimeWindow(),this.
lastThrottleTime=this.getCurrentTimeInSeconds(),r=this.cubicThrottle(i),this.enableTokenBucket()}else this.calculateTimeWindow(),r=this.cubicSuccess(this.getCurrentTimeInSeconds());
let s=Math.min(r,2*this.measuredTxRate);this.updateTokenBucketRate(s)}getCurrentTimeInSeconds(){return Date.now()/1e3}async acquireTokenBucket(e){if(this.enabled){
for(this.refillTokenBucket();e>this.availableTokens;){let r=(e-this.availableTokens)/this.fillRate*1e3;await new Promise(o=>t.setTimeoutFn(o,r)),this.refillTokenBucket()}
this.availableTokens=this.availableTokens-e}}refillTokenBucket(){let e=this.getCurrentTimeInSeconds();if(!this.lastTimestamp){this.lastTimestamp=e;return}let r=(e-
this.lastTimestamp)*this.fillRate;this.availableTokens=Math.min(this.maxCapacity,this.availableTokens+r),this.lastTimestamp=e}calculateTimeWindow(){this.timeWindow=
this.getPrecise(Math.pow(this.lastMaxRate*(1-this.beta)/this.scaleConstant,1/3))}cubicThrottle(e){return this.getPrecise(e*this.beta)}cubicSuccess(e){return this.
getPrecise(this.scaleConstant*Math.pow(e-this.lastThrottleTime-this.timeWindow,3)+this.lastMaxRate)}enableTokenBucket(){this.enabled=!0}updateTokenBucketRate(e){
this.refillTokenBucket(),this.fillRate=Math.max(e,this.minFillRate),this.maxCapacity=Math.max(e,this.minCapacity),this.availableTokens=Math.min(this.availableTokens,
this.maxCapacity)}updateMeasuredRate(){let e=this.getCurrentTimeInSeconds(),r=Math.floor(e*2)/2;if(this.requestCount++,r>this.lastTxRateBucket){let o=this.requestCount/
(r-this.lastTxRateBucket);this.measuredTxRate=this.getPrecise(o*this.smooth+this.measuredTxRate*(1-this.smooth)),this.requestCount=0,this.lastTxRateBucket=r}}getPrecise(e){
return parseFloat(e.toFixed(8))}}});var yr,Jc=p(()=>{yr=class{static v2026=!0;static delay(){return 50}static throttlingDelay(){return 1e3}static cost(){return 14}static throttlingCost(){return 5}static modifiedCostType(){
return"THROTTLING"}}});var Xc,j0=p(()=>{Jc();Xc=class{x=yr.delay();computeNextBackoffDelay(e){let n=Math.random()*Math.min(this.x*2**e,2e4);return Math.floor(n)}setDelayBase(e){this.x=
e}}});var Ii,z0=p(()=>{Ii=class{delay;count;cost;longPoll;$retryLog={acquisitionDelay:0};constructor(e,r,o,n){this.delay=e,this.count=r,this.cost=o,this.longPoll=n}getRetryCount(){
return this.count}getRetryDelay(){return Math.min(2e4,this.delay)}getRetryCost(){return this.cost}isLongPoll(){return this.longPoll}}});var Sr,Io,We,Ti=p(()=>{(function(t){t.STANDARD="standard",t.ADAPTIVE="adaptive"})(Sr||(Sr={}));Io=3,We=Sr.STANDARD});var Yc,un,yg=p(()=>{j0();z0();Ti();Jc();Yc={incompatible:1,attempts:2,capacity:3},un=class{mode=Sr.STANDARD;retryBackoffStrategy;capacity=500;maxAttemptsProvider;baseDelay;constructor(e){
typeof e=="number"?this.maxAttemptsProvider=async()=>e:typeof e=="function"?this.maxAttemptsProvider=e:e&&typeof e=="object"&&(this.maxAttemptsProvider=async()=>e.
maxAttempts,this.baseDelay=e.baseDelay,this.retryBackoffStrategy=e.backoff),this.maxAttemptsProvider??=async()=>Io,this.baseDelay??=yr.delay(),this.retryBackoffStrategy??=
new Xc}async acquireInitialRetryToken(e){return new Ii(yr.delay(),0,void 0,e.includes(":longpoll"))}async refreshRetryTokenForRetry(e,r){let o=await this.getMaxAttempts(),
n=this.retryCode(e,r,o),s=n===0,i=e.isLongPoll?.();if(s||i){let a=r.errorType;this.retryBackoffStrategy.setDelayBase(a==="THROTTLING"?yr.throttlingDelay():this.
baseDelay);let c=this.retryBackoffStrategy.computeNextBackoffDelay(e.getRetryCount()),l=c;if(r.retryAfterHint instanceof Date&&(l=Math.max(c,Math.min(r.retryAfterHint.
getTime()-Date.now(),c+5e3))),s){let d=this.getCapacityCost(a);this.capacity-=d;let u=new Ii(0,e.getRetryCount()+1,d,e.isLongPoll?.()??!1);return await new Promise(
m=>setTimeout(m,l)),u.$retryLog.acquisitionDelay=l,u}else{let d=n===Yc.capacity&&i?l:0;d>0&&await new Promise(u=>setTimeout(u,d))}}throw new Error("No retry tok\
en available")}recordSuccess(e){this.capacity=Math.min(500,this.capacity+(e.getRetryCost()??1))}getCapacity(){return this.capacity}async maxAttempts(){return this.
maxAttemptsProvider()}async getMaxAttempts(){try{return await this.maxAttemptsProvider()}catch{return console.warn(`Max attempts provider could not resolve. Usi\
ng default of ${Io}`),Io}}retryCode(e,r,o){let n=e.getRetryCount()+1,s=this.isRetryableError(r.errorType)?0:Yc.incompatible,i=n<o?0:Yc.attempts,a=this.capacity>=
this.getCapacityCost(r.errorType)?0:Yc.capacity;return s||i||a}getCapacityCost(e){return e===yr.modifiedCostType()?yr.throttlingCost():yr.cost()}isRetryableError(e){
return e==="THROTTLING"||e==="TRANSIENT"}}});var Qc,V0=p(()=>{G0();yg();Ti();Qc=class{mode=Sr.ADAPTIVE;rateLimiter;standardRetryStrategy;constructor(e,r){let{rateLimiter:o}=r??{};this.rateLimiter=o??new Kc,
this.standardRetryStrategy=r?new un({maxAttempts:typeof e=="number"?e:3,...r}):new un(e)}async acquireInitialRetryToken(e){let r=await this.standardRetryStrategy.
acquireInitialRetryToken(e);return await this.rateLimiter.getSendToken(),r}async refreshRetryTokenForRetry(e,r){this.rateLimiter.updateClientSendingRate(r);let o=await this.
standardRetryStrategy.refreshRetryTokenForRetry(e,r);return await this.rateLimiter.getSendToken(),o}recordSuccess(e){this.rateLimiter.updateClientSendingRate({}),
this.standardRetryStrategy.recordSuccess(e)}async maxAttemptsProvider(){return this.standardRetryStrategy.maxAttempts()}}});var Sg,Eg,Mt,Ht,W0,q0,Bt,K0=p(()=>{C();V0();yg();Ti();Jc();Sg="AWS_MAX_ATTEMPTS",Eg="max_attempts",Mt={environmentVariableSelector:t=>{let e=t[Sg];if(!e)return;
let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Environment variable ${Sg} mast be a number, got "${e}"`);return r},configFileSelector:t=>{let e=t[Eg];if(!e)
return;let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Shared config file entry ${Eg} mast be a number, got "${e}"`);return r},default:Io},Ht=(t,e)=>{let{
retryStrategy:r,retryMode:o}=t,{defaultMaxAttempts:n=Io,defaultBaseDelay:s=yr.delay()}=e??{},i=W(t.maxAttempts??n),a=r?Promise.resolve(r):void 0,c=async()=>{let l=await i();
return await W(o)()===Sr.ADAPTIVE?new Qc(i,{maxAttempts:l,baseDelay:s}):new un({maxAttempts:l,baseDelay:s})};return Object.assign(t,{maxAttempts:i,retryStrategy:()=>a??=
c()})},W0="AWS_RETRY_MODE",q0="retry_mode",Bt={environmentVariableSelector:t=>t[W0],configFileSelector:t=>t[q0],default:We}});var Pne,rr,at=p(()=>{w0();B0();Ti();K0();Pne=hg(fg),rr=H0(fg)});async function J0(t,e,r){if(r.request?.headers?.["smithy-protocol"]==="rpc-v2-cbor"&&Gr(t,"PROTOCOL_RPC_V2_CBOR","M"),typeof e.retryStrategy=="function"){let s=await e.
retryStrategy();if(typeof s.mode=="string")switch(s.mode){case Sr.ADAPTIVE:Gr(t,"RETRY_MODE_ADAPTIVE","F");break;case Sr.STANDARD:Gr(t,"RETRY_MODE_STANDARD","E");
break}}if(typeof e.accountIdEndpointMode=="function"){let s=t.endpointV2;switch(String(s?.url?.hostname).match(EU)&&Gr(t,"ACCOUNT_ID_ENDPOINT","O"),await e.accountIdEndpointMode?.()){case"\
disabled":Gr(t,"ACCOUNT_ID_MODE_DISABLED","Q");break;case"preferred":Gr(t,"ACCOUNT_ID_MODE_PREFERRED","P");break;case"required":Gr(t,"ACCOUNT_ID_MODE_REQUIRED",
"R");break}}let n=t.__smithy_context?.selectedHttpAuthScheme?.identity;if(n?.$source){let s=n;s.accountId&&Gr(t,"RESOLVED_ACCOUNT_ID","T");for(let[i,a]of Object.
entries(s.$source??{}))Gr(t,i,a)}}var EU,X0=p(()=>{at();tE();EU=/\d{12}\.ddb/});var xg,Zc,Y0,Q0,Z0=p(()=>{xg="user-agent",Zc="x-amz-user-agent",Y0=/[^!$%&'*+\-.^_`|~\w]/g,Q0=/[^!$%&'*+\-.^_`|~\w#]/g});function eI(t){let e="";for(let r in t){let o=t[r];if(e.length+o.length+1<=1024){e.length?e+=","+o:e+=o;continue}break}return e}var tI=p(()=>{});var nI,ep,sI,Gt,iI=p(()=>{U();mg();X0();Z0();tI();nI=t=>(e,r)=>async o=>{let{request:n}=o;if(!j.isInstance(n))return e(o);let{headers:s}=n,i=r?.userAgent?.map(ep)||
[],a=(await t.defaultUserAgentProvider()).map(ep);await J0(r,t,o);let c=r;a.push(`m/${eI(Object.assign({},r.__smithy_context?.features,c.__aws_sdk_context?.features))}`);
let l=t?.customUserAgent?.map(ep)||[],d=await t.userAgentAppId();d&&a.push(ep(["app",`${d}`]));let u=R0(),m=(u?[u]:[]).concat([...a,...i,...l]).join(" "),f=[...a.
filter(g=>g.startsWith("aws-sdk-")),...l].join(" ");return t.runtime!=="browser"?(f&&(s[Zc]=s[Zc]?`${s[xg]} ${f}`:f),s[xg]=m):s[Zc]=m,e({...o,request:n})},ep=t=>{
let e=t[0].split("/").map(i=>i.replace(Y0,"-")).join("/"),r=t[1]?.replace(Q0,"-"),o=e.indexOf("/"),n=e.substring(0,o),s=e.substring(o+1);return n==="api"&&(s=s.
toLowerCase()),[n,s,r].filter(i=>i&&i.length>0).reduce((i,a,c)=>{switch(c){case 0:return a;case 1:return`${i}/${a}`;default:return`${i}#${a}`}},"")},sI={name:"g\
etUserAgentMiddleware",step:"build",priority:"low",tags:["SET_USER_AGENT","USER_AGENT"],override:!0},Gt=t=>({applyToStack:e=>{e.add(nI(t),sI)}})});var tp,aI,cI=p(()=>{tp=require("node:process"),aI=()=>{let t=["deno","bun","llrt"];for(let e of t)if(tp.versions[e])return[`md/${e}`,tp.versions[e]];return["md/\
nodejs",tp.versions.node]}});var _g,pI=p(()=>{_g={isCrtAvailable:!1}});var lI,dI=p(()=>{pI();lI=()=>_g.isCrtAvailable?["md/crt-avail"]:null});var rp,wg,jt,uI=p(()=>{rp=require("node:os"),wg=require("node:process");cI();dI();jt=({serviceId:t,clientVersion:e})=>{let r=aI();return async o=>{let n=[["aws-\
sdk-js",e],["ua","2.1"],[`os/${(0,rp.platform)()}`,(0,rp.release)()],["lang/js"],r],s=lI();s&&n.push(s),t&&n.push([`api/${t}`,e]),wg.env.AWS_EXECUTION_ENV&&n.push(
[`exec-env/${wg.env.AWS_EXECUTION_ENV}`]);let i=await o?.userAgentAppId?.();return i?[...n,[`app/${i}`]]:[...n]}}});var mI,fI,xU,zt,gI=p(()=>{ug();mI="AWS_SDK_UA_APP_ID",fI="sdk_ua_app_id",xU="sdk-ua-app-id",zt={environmentVariableSelector:t=>t[mI],configFileSelector:t=>t[fI]??
t[xU],default:zc}});var hI=p(()=>{z()});var Ig,yI=p(()=>{z();hI();Ig=(t,e=!1)=>{if(e){for(let r of t.split("."))if(!Ig(r))return!1;return!0}return!(!Vr(t)||t.length<3||t.length>63||t!==t.toLowerCase()||
Qn(t))}});var SI,EI=p(()=>{SI=t=>{let e=t.split(":");if(e.length<6)return null;let[r,o,n,s,i,...a]=e;if(r!=="arn"||o===""||n===""||a.join(":")==="")return null;let c=a.map(
l=>l.split("/")).flat();return{partition:o,service:n,region:s,accountId:i,resourceId:c}}});var ct,xI=p(()=>{z();yI();EI();mg();ct={isVirtualHostableS3Bucket:Ig,parseArn:SI,partition:x0};be.aws=ct});function Tg(t={}){return _({...Ae,async default(){return RI.silence||console.warn("@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credenti\
al-providers README and set a region explicitly."),"us-east-1"}},{...Be,...t})}var RI,_I=p(()=>{L();RI={silence:!1}});var Vt,Wt,wI=p(()=>{Vt=t=>({setRegion(e){t.region=e},region(){return t.region}}),Wt=t=>({region:t.region()})});var F=p(()=>{ZS();eE();rE();Ww();Jw();o0();ug();iI();uI();gI();xI();_I();wI()});var op,np,II=p(()=>{U();op=t=>ht.isInstance(t)?t.headers?.date??t.headers?.Date:void 0,np=t=>ht.isInstance(t)?t.headers?.age??t.headers?.Age:void 0});var vi,TI=p(()=>{vi=t=>new Date(Date.now()+t)});var sp,vI=p(()=>{sp=(t,e,r,o)=>{if(o!==void 0)return e;let n=Date.parse(t);if(Number.isNaN(n))return e;let s=Date.now();return r!==void 0&&s-r>9e5?e:n-s}});var vg=p(()=>{II();TI();vI()});var Ci,RU,Ai,se,Cg=p(()=>{U();zr();vg();Ci=(t,e)=>{if(!e)throw new Error(`Property \`${t}\` is not resolved for AWS SDK SigV4Auth`);return e},RU=t=>t.context?.[Pr]?.
eventStream?.output===!0,Ai=async t=>{let e=Ci("context",t.context),r=Ci("config",t.config),o=e.endpointV2?.properties?.authSchemes?.[0],s=await Ci("signer",r.signer)(
o),i=t?.signingRegion,a=t?.signingRegionSet,c=t?.signingName;return{config:r,signer:s,signingRegion:i,signingRegionSet:a,signingName:c}},se=class{async sign(e,r,o){
if(!j.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");let n=await Ai(o),{config:s,signer:i}=n,{signingRegion:a,
signingName:c}=n,l=o.context;if(l?.authSchemes?.length??!1){let[f,g]=l.authSchemes;f?.name==="sigv4a"&&g?.name==="sigv4"&&(a=g?.signingRegion??a,c=g?.signingName??
c)}let d=await s.disableClockSkewCorrection?.()===!0;o._disableClockSkewCorrection=d;let u=d||RU(o);return o._skipClockSkewSampling=u,u||(o._preRequestSystemClockOffset=
s.systemClockOffset,o._requestSentAt=Date.now()),await i.sign(e,{signingDate:d?new Date:vi(s.systemClockOffset),signingRegion:a,signingService:c})}errorHandler(e){
return r=>{let o=r;if(!e._skipClockSkewSampling&&!e._disableClockSkewCorrection){let n=o.ServerTime??op(o.$response);if(n){let s=Ci("config",e.config),i=e._preRequestSystemClockOffset,
a=e._requestSentAt,c=np(o.$response),l=sp(n,s.systemClockOffset,a,c);s.systemClockOffset=l,Math.abs(l)>=24e4&&(l!==i||i!==void 0&&i!==l)&&o.$metadata&&(o.$metadata.
clockSkewCorrected=!0)}}throw r}}successHandler(e,r){if(r._skipClockSkewSampling||r._disableClockSkewCorrection)return;let o=op(e);if(o){let n=Ci("config",r.config),
s=r._requestSentAt,i=np(e);n.systemClockOffset=sp(o,n.systemClockOffset,s,i)}}}});var wr,CI=p(()=>{U();vg();Cg();wr=class extends se{async sign(e,r,o){if(!j.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and ca\
nnot be signed");let{config:n,signer:s,signingRegion:i,signingRegionSet:a,signingName:c}=await Ai(o),d=(await n.sigv4aSigningRegionSet?.()??a??[i]).join(","),u=await n.
disableClockSkewCorrection?.()===!0;return o._disableClockSkewCorrection=u,u||(o._preRequestSystemClockOffset=n.systemClockOffset,o._requestSentAt=Date.now()),await s.
sign(e,{signingDate:u?new Date:vi(n.systemClockOffset),signingRegion:d,signingService:c})}}});var Ag,AI=p(()=>{Ag=t=>typeof t=="string"&&t.length>0?t.split(",").map(e=>e.trim()):[]});var bI,PI=p(()=>{bI=t=>`AWS_BEARER_TOKEN_${t.replace(/[\s-]/g,"_").toUpperCase()}`});var OI,DI,pt,NI=p(()=>{AI();PI();OI="AWS_AUTH_SCHEME_PREFERENCE",DI="auth_scheme_preference",pt={environmentVariableSelector:(t,e)=>{if(e?.signingName&&bI(e.signingName)in
t)return["httpBearerAuth"];if(OI in t)return Ag(t[OI])},configFileSelector:t=>{if(DI in t)return Ag(t[DI])},default:[]}});var ds,us,kI=p(()=>{$e();L();ds=t=>(t.sigv4aSigningRegionSet=Nr(t.sigv4aSigningRegionSet),t),us={environmentVariableSelector(t){if(t.AWS_SIGV4A_SIGNING_REGION_SET)
return t.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map(e=>e.trim());throw new rt("AWS_SIGV4A_SIGNING_REGION_SET not set in env.",{tryNextLink:!0})},configFileSelector(t){
if(t.sigv4a_signing_region_set)return(t.sigv4a_signing_region_set??"").split(",").map(e=>e.trim());throw new rt("sigv4a_signing_region_set not set in profile.",
{tryNextLink:!0})},default:void 0}});function LI(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var ip,$I,_U,bg,UI=p(()=>{O();O();ip=class{format(e){let r=[];for(let s in e){
if(!b(e,s))continue;let i=oe(s);r.push(Uint8Array.from([i.byteLength]),i,this.formatHeaderValue(e[s]))}let o=new Uint8Array(r.reduce((s,i)=>s+i.byteLength,0)),n=0;
for(let s of r)o.set(s,n),n+=s.byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.
from([2,e.value]);case"short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(
new ArrayBuffer(5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let n=new Uint8Array(9);return n[0]=5,n.set(e.value.bytes,
1),n;case"binary":let s=new DataView(new ArrayBuffer(3+e.value.byteLength));s.setUint8(0,6),s.setUint16(1,e.value.byteLength,!1);let i=new Uint8Array(s.buffer);
return i.set(e.value,3),i;case"string":let a=oe(e.value),c=new DataView(new ArrayBuffer(3+a.byteLength));c.setUint8(0,7),c.setUint16(1,a.byteLength,!1);let l=new Uint8Array(
c.buffer);return l.set(a,3),l;case"timestamp":let d=new Uint8Array(9);return d[0]=8,d.set(bg.fromNumber(e.value.valueOf()).bytes,1),d;case"uuid":if(!_U.test(e.value))
throw new Error(`Invalid UUID received: ${e.value}`);let u=new Uint8Array(17);return u[0]=9,u.set(Xs(e.value.replace(/-/g,"")),1),u}}};(function(t){t[t.boolTrue=
0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=6]="byteArray",t[t.
string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})($I||($I={}));_U=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,bg=class t{bytes;constructor(e){
if(this.bytes=e,e.byteLength!==8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(
`${e} is too large (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,n=Math.abs(Math.round(e));o>-1&&n>0;o--,n/=256)r[o]=
n;return e<0&&LI(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&LI(e),parseInt(le(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var FI,MI,Pg,HI,BI,Og,Dg,Ng,kg,wU,GI,jI,bi,zI,VI,WI,qI,ap,KI,JI,XI,$g,YI,fn=p(()=>{FI="X-Amz-Algorithm",MI="X-Amz-Credential",Pg="X-Amz-Date",HI="X-Amz-SignedHe\
aders",BI="X-Amz-Expires",Og="X-Amz-Signature",Dg="X-Amz-Security-Token",Ng="authorization",kg=Pg.toLowerCase(),wU="date",GI=[Ng,kg,wU],jI=Og.toLowerCase(),bi="\
x-amz-content-sha256",zI=Dg.toLowerCase(),VI={authorization:!0,"cache-control":!0,connection:!0,expect:!0,from:!0,"keep-alive":!0,"max-forwards":!0,pragma:!0,referer:!0,
te:!0,trailer:!0,"transfer-encoding":!0,upgrade:!0,"user-agent":!0,"x-amzn-trace-id":!0},WI=/^proxy-/,qI=/^sec-/,ap="AWS4-HMAC-SHA256",KI="AWS4-HMAC-SHA256-PAYL\
OAD",JI="UNSIGNED-PAYLOAD",XI=50,$g="aws4_request",YI=3600*24*7});var QI,ZI=p(()=>{O();U();fn();QI=({query:t={}})=>{let e=[],r={};for(let o in t){if(!b(t,o)||o.toLowerCase()===jI)continue;let n=Dr(o);e.push(n);let s=t[o];typeof s==
"string"?r[n]=`${n}=${Dr(s)}`:Array.isArray(s)&&(r[n]=s.slice(0).reduce((i,a)=>i.concat([`${n}=${Dr(a)}`]),[]).sort().join("&"))}return e.sort().map(o=>r[o]).filter(
o=>o).join("&")}});var eT,IU,tT=p(()=>{eT=t=>IU(t).toISOString().replace(/\.\d{3}Z$/,"Z"),IU=t=>typeof t=="number"?new Date(t*1e3):typeof t=="string"?Number(t)?new Date(Number(t)*
1e3):new Date(t):t});var cp,rT=p(()=>{C();U();O();ZI();tT();cp=class{service;regionProvider;credentialProvider;sha256;uriEscapePath;applyChecksum;constructor({applyChecksum:e,credentials:r,
region:o,service:n,sha256:s,uriEscapePath:i=!0}){this.service=n,this.sha256=s,this.uriEscapePath=i,this.applyChecksum=typeof e=="boolean"?e:!0,this.regionProvider=
W(o),this.credentialProvider=W(r)}createCanonicalRequest(e,r,o){let n=Object.keys(r).sort();return`${e.method}
${this.getCanonicalPath(e)}
${QI(e)}
${n.map(s=>`${s}:${r[s]}`).join(`
`)}

${n.join(";")}
${o}`}async createStringToSign(e,r,o,n){let s=new this.sha256;s.update(fr(o));let i=await s.digest();return`${n}
${e}
${r}
${le(i)}`}getCanonicalPath({path:e}){if(this.uriEscapePath){let r=[];for(let s of e.split("/"))s?.length!==0&&s!=="."&&(s===".."?r.pop():r.push(s));let o=`${e?.
startsWith("/")?"/":""}${r.join("/")}${r.length>0&&e?.endsWith("/")?"/":""}`;return Dr(o).replace(/%2F/g,"/")}return e}validateResolvedCredentials(e){if(typeof e!=
"object"||typeof e.accessKeyId!="string"||typeof e.secretAccessKey!="string")throw new Error("Resolved credential object is not valid")}formatDate(e){let r=eT(e).
replace(/[-:]/g,"");return{longDate:r,shortDate:r.slice(0,8)}}getCanonicalHeaderList(e){return Object.keys(e).sort().join(";")}}});var pp,Lg,lp,nT,oT,sT=p(()=>{O();fn();pp={},Lg=[],lp=(t,e,r)=>`${t}/${e}/${r}/${$g}`,nT=async(t,e,r,o,n)=>{let s=await oT(t,e.secretAccessKey,e.accessKeyId),i=`${r}\
:${o}:${n}:${le(s)}:${e.sessionToken}`;if(i in pp)return pp[i];for(Lg.push(i);Lg.length>XI;)delete pp[Lg.shift()];let a=`AWS4${e.secretAccessKey}`;for(let c of[
r,o,n,$g])a=await oT(t,a,c);return pp[i]=a},oT=(t,e,r)=>{let o=new t(e);return o.update(fr(r)),o.digest()}});var Ug,iT=p(()=>{O();fn();Ug=({headers:t},e,r)=>{let o={};for(let n of Object.keys(t).sort()){if(t[n]==null)continue;let s=n.toLowerCase();(b(VI,s)||e?.has(s)||
WI.test(s)||qI.test(s))&&(!r||r&&!r.has(s))||(s==="__proto__"&&so(o),o[s]=t[n].replace(/[\r\n]/g," ").replace(/[ \t]+/g," ").replace(/^ | $/g,""))}return o}});var dp,aT=p(()=>{O();O();fn();dp=async({headers:t,body:e},r)=>{for(let o in t)if(b(t,o)&&o.toLowerCase()===bi)return t[o];if(e==null)return"e3b0c44298fc1c149afb\
f4c8996fb92427ae41e4649b934ca495991b7852b855";if(typeof e=="string"||ArrayBuffer.isView(e)||Ws(e)){let o=new r;return o.update(fr(e)),le(await o.digest())}return JI}});var cT,pT=p(()=>{O();cT=(t,e)=>{t=t.toLowerCase();for(let r in e)if(b(e,r)&&t===r.toLowerCase())return!0;return!1}});var lT,dT=p(()=>{O();U();lT=(t,e={})=>{let{headers:r,query:o={}}=j.clone(t);for(let n in r){if(!b(r,n))continue;let s=n.toLowerCase();(s.slice(0,6)==="x-amz-"&&
!e.unhoistableHeaders?.has(s)||e.hoistableHeaders?.has(s))&&(o[n]=r[n],delete r[n])}return{...t,headers:r,query:o}}});var Fg,uT=p(()=>{O();U();fn();Fg=t=>{t=j.clone(t);for(let e in t.headers)b(t.headers,e)&&GI.indexOf(e.toLowerCase())>-1&&delete t.headers[e];return t}});var To,mT=p(()=>{O();UI();rT();fn();sT();iT();aT();pT();dT();uT();To=class extends cp{headerFormatter=new ip;constructor({applyChecksum:e,credentials:r,region:o,
service:n,sha256:s,uriEscapePath:i=!0}){super({applyChecksum:e,credentials:r,region:o,service:n,sha256:s,uriEscapePath:i})}async presign(e,r={}){let{signingDate:o=new Date,
expiresIn:n=3600,unsignableHeaders:s,unhoistableHeaders:i,signableHeaders:a,hoistableHeaders:c,signingRegion:l,signingService:d}=r,u=await this.credentialProvider();
this.validateResolvedCredentials(u);let m=l??await this.regionProvider(),{longDate:f,shortDate:g}=this.formatDate(o);if(n>YI)return Promise.reject("Signature ve\
rsion 4 presigned URLs must have an expiration date less than one week in the future");let y=lp(g,m,d??this.service),h=lT(Fg(e),{unhoistableHeaders:i,hoistableHeaders:c});
u.sessionToken&&(h.query[Dg]=u.sessionToken),h.query[FI]=ap,h.query[MI]=`${u.accessKeyId}/${y}`,h.query[Pg]=f,h.query[BI]=n.toString(10);let S=Ug(h,s,a);return h.
query[HI]=this.getCanonicalHeaderList(S),h.query[Og]=await this.getSignature(f,y,this.getSigningKey(u,m,g,d),this.createCanonicalRequest(h,S,await dp(e,this.sha256))),
h}async sign(e,r){return typeof e=="string"?this.signString(e,r):e.headers&&e.payload?this.signEvent(e,r):e.message?this.signMessage(e,r):this.signRequest(e,r)}async signEvent({
headers:e,payload:r},{signingDate:o=new Date,priorSignature:n,signingRegion:s,signingService:i,eventStreamCredentials:a}){let c=s??await this.regionProvider(),{
shortDate:l,longDate:d}=this.formatDate(o),u=lp(l,c,i??this.service),m=await dp({headers:{},body:r},this.sha256),f=new this.sha256;f.update(e);let g=le(await f.
digest()),y=[KI,d,u,n,g,m].join(`
`);return this.signString(y,{signingDate:o,signingRegion:c,signingService:i,eventStreamCredentials:a})}async signMessage(e,{signingDate:r=new Date,signingRegion:o,
signingService:n,eventStreamCredentials:s}){return this.signEvent({headers:this.headerFormatter.format(e.message.headers),payload:e.message.body},{signingDate:r,
signingRegion:o,signingService:n,priorSignature:e.priorSignature,eventStreamCredentials:s}).then(a=>({message:e.message,signature:a}))}async signString(e,{signingDate:r=new Date,
signingRegion:o,signingService:n,eventStreamCredentials:s}={}){let i=s??await this.credentialProvider();this.validateResolvedCredentials(i);let a=o??await this.
regionProvider(),{shortDate:c}=this.formatDate(r),l=new this.sha256(await this.getSigningKey(i,a,c,n));return l.update(fr(e)),le(await l.digest())}async signRequest(e,{
signingDate:r=new Date,signableHeaders:o,unsignableHeaders:n,signingRegion:s,signingService:i}={}){let a=await this.credentialProvider();this.validateResolvedCredentials(
a);let c=s??await this.regionProvider(),l=Fg(e),{longDate:d,shortDate:u}=this.formatDate(r),m=lp(u,c,i??this.service);l.headers[kg]=d,a.sessionToken&&(l.headers[zI]=
a.sessionToken);let f=await dp(l,this.sha256);!cT(bi,l.headers)&&this.applyChecksum&&(l.headers[bi]=f);let g=Ug(l,n,o),y=await this.getSignature(d,m,this.getSigningKey(
a,c,u,i),this.createCanonicalRequest(l,g,f));return l.headers[Ng]=`${ap} Credential=${a.accessKeyId}/${m}, SignedHeaders=${this.getCanonicalHeaderList(g)}, Sign\
ature=${y}`,l}async getSignature(e,r,o,n){let s=await this.createStringToSign(e,r,n,ap),i=new this.sha256(await o);return i.update(fr(s)),le(await i.digest())}getSigningKey(e,r,o,n){
return nT(this.sha256,e,o,r,n||this.service)}}});var up,fT=p(()=>{up={SignatureV4a:null}});var mp=p(()=>{mT();fT()});function TU(t,{credentials:e,credentialDefaultProvider:r}){let o;return e?e?.memoized?o=e:o=jc(e,Gc,wi):r?o=Nr(r(Object.assign({},t,{parentClientConfig:t}))):o=
async()=>{throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.")},o.memoized=!0,
o}function vU(t,e){if(e.configBound)return e;let r=async o=>e({...o,callerClientConfig:t});return r.memoized=e.memoized,r.configBound=!0,r}var Mg,gT=p(()=>{F();
$e();mp();Mg=t=>e=>{let r=e.credentials,o=!!e.credentials,n;Object.defineProperty(e,"credentials",{set(d){d&&d!==r&&d!==n&&(o=!0),r=d;let u=TU(e,{credentials:r,
credentialDefaultProvider:e.credentialDefaultProvider}),m=vU(e,u);if(o&&!m.attributed){let f=typeof r=="object"&&r!==null;n=async g=>{let h=await m(g);return f&&
(!h.$source||Object.keys(h.$source).length===0)?B(h,"CREDENTIALS_CODE","e"):h},n.memoized=m.memoized,n.configBound=m.configBound,n.attributed=!0}else n=m},get(){
return n},enumerable:!0,configurable:!0}),e.credentials=r;let{signingEscapePath:s=!0,systemClockOffset:i=e.systemClockOffset||0,sha256:a}=e,c;return e.signer?c=
Nr(e.signer):e.regionInfoProvider?c=()=>Nr(e.region)().then(async d=>[await e.regionInfoProvider(d,{useFipsEndpoint:await e.useFipsEndpoint(),useDualstackEndpoint:await e.
useDualstackEndpoint()})||{},d]).then(([d,u])=>{let{signingRegion:m,signingService:f}=d;e.signingRegion=e.signingRegion||m||u,e.signingName=e.signingName||f||e.
serviceId;let g={...e,credentials:e.credentials,region:e.signingRegion,service:e.signingName,sha256:a,uriEscapePath:s},y=e.signerConstructor||To;return new y(g)}):
c=async d=>{d=Object.assign({},{name:"sigv4",signingName:e.signingName||e.defaultSigningName,signingRegion:await Nr(e.region)(),properties:{}},d);let u=d.signingRegion,
m=d.signingName;e.signingRegion=e.signingRegion||u,e.signingName=e.signingName||m||e.serviceId;let f={...e,credentials:e.credentials,region:e.signingRegion,service:e.
signingName,sha256:a,uriEscapePath:s},g=e.signerConstructor||To;return new g(f)},Object.assign(e,{systemClockOffset:i,signingEscapePath:s,signer:c,disableClockSkewCorrection:Nr(
e.disableClockSkewCorrection??t)})}});var Hg=p(()=>{Cg();CI();NI();kI();gT()});var AU,bU,hT,yT=p(()=>{L();AU="AWS_DISABLE_CLOCK_SKEW_CORRECTION",bU="disable_clock_skew_correction",hT={environmentVariableSelector:t=>hr(t,AU,Et.ENV),configFileSelector:t=>hr(
t,bU,Et.CONFIG),default:!1}});var ST,ET=p(()=>{L();yT();ST=_(hT)});var or,ye=p(()=>{Hg();Hg();ET();or=Mg(ST)});var Pi,xT=p(()=>{Pi={CrtSignerV4:null}});function _T(t){return{accessKeyId:t.accessKeyId,secretAccessKey:t.secretAccessKey,expiration:t.expiration}}function wT(t,e){let r=t.credentialProvider;t.credentialProvider=
()=>(t.credentialProvider=r,Promise.resolve(e))}var Bg,RT,fp,IT=p(()=>{mp();Bg="X-Amz-S3session-Token",RT=Bg.toLowerCase(),fp=class extends To{async signWithCredentials(e,r,o){
let n=_T(r);e.headers[RT]=r.sessionToken;let s=this;return wT(s,n),s.signRequest(e,o??{})}async presignWithCredentials(e,r,o){let n=_T(r);return delete e.headers[RT],
e.headers[Bg]=r.sessionToken,e.query=e.query??{},e.query[Bg]=r.sessionToken,wT(this,n),this.presign(e,o)}}});var kr,TT=p(()=>{mp();xT();IT();kr=class{sigv4aSigner;sigv4Signer;signerOptions;static sigv4aDependency(){return typeof Pi.CrtSignerV4=="function"?"crt":typeof up.
SignatureV4a=="function"?"js":"none"}constructor(e){this.sigv4Signer=new fp(e),this.signerOptions=e}async sign(e,r={}){return r.signingRegion==="*"?this.getSigv4aSigner().
sign(e,r):this.sigv4Signer.sign(e,r)}async signWithCredentials(e,r,o={}){if(o.signingRegion==="*"){let n=this.getSigv4aSigner(),s=Pi.CrtSignerV4;if(s&&n instanceof
s)return n.signWithCredentials(e,r,o);throw new Error(`signWithCredentials with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signa\
ture-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require(\
"@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-\
sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.signWithCredentials(e,r,o)}async presign(e,r={}){if(r.signingRegion==="*"){let o=this.
getSigv4aSigner(),n=Pi.CrtSignerV4;if(n&&o instanceof n)return o.presign(e,r);throw new Error(`presign with signingRegion '*' is only supported when using the C\
RT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the \
package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to\
 https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.presign(e,r)}async presignWithCredentials(e,r,o={}){
if(o.signingRegion==="*")throw new Error("Method presignWithCredentials is not supported for [signingRegion=*].");return this.sigv4Signer.presignWithCredentials(
e,r,o)}getSigv4aSigner(){if(!this.sigv4aSigner){let e=Pi.CrtSignerV4,r=up.SignatureV4a;if(this.signerOptions.runtime==="node"){if(!e&&!r)throw new Error("Neithe\
r CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https\
://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt");if(e&&typeof e=="function")this.sigv4aSigner=new e({...this.signerOptions,signingAlgorithm:1});else if(r&&
typeof r=="function")this.sigv4aSigner=new r({...this.signerOptions});else throw new Error("Available SigV4a implementation is not a valid constructor. Please e\
nsure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functi\
onality-requiring-aws-common-runtime-crt")}else{if(!r||typeof r!="function")throw new Error("JS SigV4a implementation is not available or not a valid constructo\
r. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also re\
gister the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please \
go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a");this.sigv4aSigner=new r({...this.signerOptions})}}return this.sigv4aSigner}}});var Oi=p(()=>{TT()});var ki,$i,Vg,Wg,qg,Kg,yp,jT=p(()=>{F();L();ki="AWS_ACCESS_KEY_ID",$i="AWS_SECRET_ACCESS_KEY",Vg="AWS_SESSION_TOKEN",Wg="AWS_CREDENTIAL_EXPIRATION",qg="AWS_CREDE\
NTIAL_SCOPE",Kg="AWS_ACCOUNT_ID",yp=t=>async()=>{t?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");let e=process.env[ki],r=process.env[$i],o=process.
env[Vg],n=process.env[Wg],s=process.env[qg],i=process.env[Kg];if(e&&r){let a={accessKeyId:e,secretAccessKey:r,...o&&{sessionToken:o},...n&&{expiration:new Date(
n)},...s&&{credentialScope:s},...i&&{accountId:i}};return B(a,"CREDENTIALS_ENV_VARS","g"),a}throw new w("Unable to find environment variable credentials.",{logger:t?.
logger})}});var zT={};dr(zT,{ENV_ACCOUNT_ID:()=>Kg,ENV_CREDENTIAL_SCOPE:()=>qg,ENV_EXPIRATION:()=>Wg,ENV_KEY:()=>ki,ENV_SECRET:()=>$i,ENV_SESSION:()=>Vg,fromEnv:()=>yp});var Jg=p(
()=>{jT()});var Sp,Ep,Xg=p(()=>{Sp=t=>!!t&&typeof t=="object"&&typeof t.AccessKeyId=="string"&&typeof t.SecretAccessKey=="string"&&typeof t.Token=="string"&&typeof t.Expiration==
"string",Ep=t=>({accessKeyId:t.AccessKeyId,secretAccessKey:t.SecretAccessKey,sessionToken:t.Token,expiration:new Date(t.Expiration),...t.AccountId&&{accountId:t.
AccountId}})});var VT,WT,gs,xp=p(()=>{VT=1e3,WT=0,gs=({maxRetries:t=0,timeout:e=1e3})=>({maxRetries:t,timeout:e})});var Yg,qT=p(()=>{Yg=Hr(require("node:http"))});function vo(t){return new Promise((e,r)=>{let o=Yg.default.request({method:"GET",...t,hostname:t.hostname?.replace(/^\[(.+)\]$/,"$1")});o.on("error",n=>{r(Object.
assign(new rt("Unable to connect to instance metadata service"),n)),o.destroy()}),o.on("timeout",()=>{r(new rt("TimeoutError from instance metadata service")),o.
destroy()}),o.on("response",n=>{let{statusCode:s=400}=n;(s<200||300<=s)&&(r(Object.assign(new rt("Error response received from instance metadata service"),{statusCode:s})),
o.destroy());let i=[];n.on("data",a=>{i.push(a)}),n.on("end",()=>{e(Buffer.concat(i)),o.destroy()})}),o.end()})}var Rp=p(()=>{L();qT()});var Li,Qg=p(()=>{Li=(t,e)=>{let r=t();for(let o=0;o<e;o++)r=r.catch(t);return r}});var hs,Ui,_p,KT,FU,MU,HU,BU,GU,JT=p(()=>{L();Xg();xp();Rp();Qg();hs="AWS_CONTAINER_CREDENTIALS_FULL_URI",Ui="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",_p="AWS_CON\
TAINER_AUTHORIZATION_TOKEN",KT=(t={})=>{let{timeout:e,maxRetries:r}=gs(t);return()=>Li(async()=>{let o=await GU({logger:t.logger}),n=JSON.parse(await FU(e,o));if(!Sp(
n))throw new w("Invalid response received from instance metadata service.",{logger:t.logger});return Ep(n)},r)},FU=async(t,e)=>(process.env[_p]&&(e.headers={...e.
headers,Authorization:process.env[_p]}),(await vo({...e,timeout:t})).toString()),MU="169.254.170.2",HU=new Set(["localhost","127.0.0.1"]),BU=new Set(["http:","h\
ttps:"]),GU=async({logger:t})=>{if(process.env[Ui])return{hostname:MU,path:process.env[Ui]};if(process.env[hs]){let e;try{e=new URL(process.env[hs])}catch{throw new w(
`${process.env[hs]} is not a valid container metadata service URL`,{tryNextLink:!1,logger:t})}if(!e.hostname||!HU.has(e.hostname))throw new w(`${e.hostname} is \
not a valid container metadata service hostname`,{tryNextLink:!1,logger:t});if(!e.protocol||!BU.has(e.protocol))throw new w(`${e.protocol} is not a valid contai\
ner metadata service protocol`,{tryNextLink:!1,logger:t});return{protocol:e.protocol,hostname:e.hostname,path:e.pathname+e.search,port:e.port?parseInt(e.port,10):
void 0}}throw new w(`The container metadata credential provider cannot be used unless the ${Ui} or ${hs} environment variable is set`,{tryNextLink:!1,logger:t})}});var wp,XT=p(()=>{L();wp=class t extends w{tryNextLink;name="InstanceMetadataV1FallbackError";constructor(e,r=!0){super(e,r),this.tryNextLink=r,Object.setPrototypeOf(
this,t.prototype)}}});var hn,Zg=p(()=>{(function(t){t.IPv4="http://169.254.169.254",t.IPv6="http://[fd00:ec2::254]"})(hn||(hn={}))});var jU,zU,YT,QT=p(()=>{jU="AWS_EC2_METADATA_SERVICE_ENDPOINT",zU="ec2_metadata_service_endpoint",YT={environmentVariableSelector:t=>t[jU],configFileSelector:t=>t[zU],
default:void 0}});var Co,eh=p(()=>{(function(t){t.IPv4="IPv4",t.IPv6="IPv6"})(Co||(Co={}))});var VU,WU,ZT,ev=p(()=>{eh();VU="AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",WU="ec2_metadata_service_endpoint_mode",ZT={environmentVariableSelector:t=>t[VU],configFileSelector:t=>t[WU],
default:Co.IPv4}});var Ip,qU,KU,th=p(()=>{L();U();Zg();QT();eh();ev();Ip=async()=>ge(await qU()||await KU()),qU=async()=>_(YT)(),KU=async()=>{let t=await _(ZT)();switch(t){case Co.
IPv4:return hn.IPv4;case Co.IPv6:return hn.IPv6;default:throw new Error(`Unsupported endpoint mode: ${t}. Select from ${Object.values(Co)}`)}}});var JU,rh,tv=p(()=>{JU="https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html",rh=(t,e)=>{let r=300+Math.floor(Math.random()*300),o=new Date(
Date.now()+r*1e3);e.warn(`Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be atte\
mpted after ${new Date(o)}.
For more information, please visit: `+JU);let n=t.originalExpiration??t.expiration;return{...t,...n?{originalExpiration:n}:{},expiration:o}}});var rv,ov=p(()=>{tv();rv=(t,e={})=>{let r=e?.logger||console,o;return async()=>{let n;try{n=await t(),n.expiration&&n.expiration.getTime()<Date.now()&&(n=rh(n,r))}catch(s){
if(o)r.warn("Credential renew failed: ",s),n=rh(o,r);else throw s}return o=n,n}}});var iv,XU,oh,nv,sv,av,YU,QU,ZU,eF,cv=p(()=>{L();XT();Xg();xp();Rp();Qg();th();ov();iv="/latest/meta-data/iam/security-credentials/",XU="/latest/api/token",oh="A\
WS_EC2_METADATA_V1_DISABLED",nv="ec2_metadata_v1_disabled",sv="x-aws-ec2-metadata-token",av=(t={})=>rv(YU(t),{logger:t.logger}),YU=(t={})=>{let e=!1,{logger:r,profile:o}=t,
{timeout:n,maxRetries:s}=gs(t),i=async(a,c)=>{if(e||c.headers?.[sv]==null){let u=!1,m=!1,f=await _({environmentVariableSelector:g=>{let y=g[oh];if(m=!!y&&y!=="f\
alse",y===void 0)throw new w(`${oh} not set in env, checking config file next.`,{logger:t.logger});return m},configFileSelector:g=>{let y=g[nv];return u=!!y&&y!==
"false",u},default:!1},{profile:o})();if(t.ec2MetadataV1Disabled||f){let g=[];throw t.ec2MetadataV1Disabled&&g.push("credential provider initialization (runtime\
 option ec2MetadataV1Disabled)"),u&&g.push(`config file profile (${nv})`),m&&g.push(`process environment variable (${oh})`),new wp(`AWS EC2 Metadata v1 fallback\
 has been blocked by AWS SDK configuration in the following: [${g.join(", ")}].`)}}let d=(await Li(async()=>{let u;try{u=await ZU(c)}catch(m){throw m.statusCode===
401&&(e=!1),m}return u},a)).trim();return Li(async()=>{let u;try{u=await eF(d,c,t)}catch(m){throw m.statusCode===401&&(e=!1),m}return u},a)};return async()=>{let a=await Ip();
if(e)return r?.debug("AWS SDK Instance Metadata","using v1 fallback (no token fetch)"),i(s,{...a,timeout:n});{let c;try{c=(await QU({...a,timeout:n})).toString()}catch(l){
if(l?.statusCode===400)throw Object.assign(l,{message:"EC2 Metadata token request returned error"});return(l.message==="TimeoutError"||[403,404,405].includes(l.
statusCode))&&(e=!0),r?.debug("AWS SDK Instance Metadata","using v1 fallback (initial)"),i(s,{...a,timeout:n})}return i(s,{...a,headers:{[sv]:c},timeout:n})}}},
QU=async t=>vo({...t,path:XU,method:"PUT",headers:{"x-aws-ec2-metadata-token-ttl-seconds":"21600"}}),ZU=async t=>(await vo({...t,path:iv})).toString(),eF=async(t,e,r)=>{
let o=JSON.parse((await vo({...e,path:iv+t})).toString());if(!Sp(o))throw new w("Invalid response received from instance metadata service.",{logger:r.logger});return Ep(
o)}});var Tp={};dr(Tp,{DEFAULT_MAX_RETRIES:()=>WT,DEFAULT_TIMEOUT:()=>VT,ENV_CMDS_AUTH_TOKEN:()=>_p,ENV_CMDS_FULL_URI:()=>hs,ENV_CMDS_RELATIVE_URI:()=>Ui,Endpoint:()=>hn,
fromContainerMetadata:()=>KT,fromInstanceMetadata:()=>av,getInstanceMetadataEndpoint:()=>Ip,httpRequest:()=>vo,providerConfigFromInit:()=>gs});var vp=p(()=>{JT();
cv();xp();Rp();th();Zg()});function nh(t){let e=t&&typeof t=="object"&&"reason"in t?t.reason:void 0;if(e){if(e instanceof Error){let n=new Error("Request aborted");return n.name="AbortErr\
or",n.cause=e,n}let o=new Error(String(e));return o.name="AbortError",o}let r=new Error("Request aborted");return r.name="AbortError",r}var pv=p(()=>{});var lv,dv=p(()=>{lv=["ECONNRESET","EPIPE","ETIMEDOUT"]});var uv,mv=p(()=>{O();uv=t=>{let e={};for(let r in t){if(!b(t,r))continue;let o=t[r];e[r]=Array.isArray(o)?o.join(","):o}return e}});var ys,fv=p(()=>{ys=Hr(require("node:https"))});var de,yn=p(()=>{de={setTimeout:(t,e)=>setTimeout(t,e),clearTimeout:t=>clearTimeout(t)}});var gv,hv,yv=p(()=>{yn();gv=1e3,hv=(t,e,r=0)=>{if(!r)return-1;let o=n=>{let s=de.setTimeout(()=>{t.destroy(),e(Object.assign(new Error(`@smithy/node-http-handle\
r - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`),{name:"TimeoutError"}))},r-n),i=a=>{a?.connecting?
a.on("connect",()=>{de.clearTimeout(s)}):de.clearTimeout(s)};t.socket?i(t.socket):t.on("socket",i)};return r<2e3?(o(0),0):de.setTimeout(o.bind(null,gv),gv)}});var Sv,Ev=p(()=>{yn();Sv=(t,e,r=0,o,n)=>r?de.setTimeout(()=>{let s=`@smithy/node-http-handler - [${o?"ERROR":"WARN"}] a request has exceeded the configured ${r}\
 ms requestTimeout.`;if(o){let i=Object.assign(new Error(s),{name:"TimeoutError",code:"ETIMEDOUT"});t.destroy(i),e(i)}else s+=" Init client requestHandler with \
throwOnRequestTimeout=true to turn this into an error.",n?.warn?.(s)},r):-1});var tF,xv,Rv=p(()=>{yn();tF=3e3,xv=(t,{keepAlive:e,keepAliveMsecs:r},o=tF)=>{if(e!==!0)return-1;let n=()=>{t.socket?t.socket.setKeepAlive(e,r||0):t.on("socket",
s=>{s.setKeepAlive(e,r||0)})};return o===0?(n(),0):de.setTimeout(n,o)}});var Cp,_v=p(()=>{Cp=t=>{let e=t?.defaultSocketTimeout;return typeof e=="number"&&Number.isFinite(e)&&e>0?e:void 0}});var rF,sh,wv=p(()=>{yn();rF=3e3,sh=(t,e,r=0,o=!1)=>{if(!Number.isFinite(r)||r<=0)return;let n;t.once("response",c=>n=c);let s=()=>{if(n?.complete){t.socket?.destroy();
return}let c=Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${o?"service default socket timeout":
"configured by client requestHandler"}).`),{name:"TimeoutError"});n?.destroy(c),t.destroy(),e(c)},i=()=>{let{socket:c}=t;c?c.connecting?c.once("connect",i):(c.setTimeout(
r,s),t.on("close",()=>c.removeListener("timeout",s))):t.once("socket",i)};if(r<6e3){i();return}let a=de.setTimeout(i,rF);t.once("close",()=>de.clearTimeout(a))}});async function vv(t,e,r=Iv,o=!1){let n=e.headers,s=n?n.Expect||n.expect:void 0,i=-1,a=!0;!o&&s==="100-continue"&&(a=await Promise.race([new Promise(c=>{i=Number(
de.setTimeout(()=>c(!0),Math.max(Iv,r)))}),new Promise(c=>{t.on("continue",()=>{de.clearTimeout(i),c(!0)}),t.on("response",()=>{de.clearTimeout(i),c(!1)}),t.on(
"error",()=>{de.clearTimeout(i),c(!1)})})])),a&&oF(t,e.body)}function oF(t,e){if(e instanceof Tv.Readable){e.pipe(t);return}if(e){let r=Buffer.isBuffer(e);if(r||
typeof e=="string"){r&&e.byteLength===0?t.end():t.end(e);return}let n=e;if(typeof n=="object"&&n.buffer&&typeof n.byteOffset=="number"&&typeof n.byteLength=="nu\
mber"){t.end(Buffer.from(n.buffer,n.byteOffset,n.byteLength));return}t.end(Buffer.from(e));return}t.end()}var Tv,Iv,Cv=p(()=>{Tv=require("node:stream");yn();Iv=
6e3});var Ap,Av,Oe,bv=p(()=>{O();U();pv();dv();mv();fv();yv();Ev();Rv();_v();wv();yn();Cv();Oe=class t{config;configProvider;socketWarningTimestamp=0;externalAgent=!1;metadata={
handlerProtocol:"http/1.1"};static create(e){return typeof e?.handle=="function"?e:new t(e)}static checkSocketUsage(e,r,o=console){let{sockets:n,requests:s,maxSockets:i}=e;
if(typeof i!="number"||i===1/0||Date.now()-15e3<r)return r;if(n&&s)for(let c in n){if(!b(n,c))continue;let l=n[c]?.length??0,d=s[c]?.length??0;if(l>=i&&d>=2*i)return o?.
warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${l} and ${d} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),Date.now()}return r}constructor(e){this.configProvider=new Promise((r,o)=>{
typeof e=="function"?e().then(n=>{r(this.resolveDefaultConfig(n))}).catch(o):r(this.resolveDefaultConfig(e))})}destroy(){this.config?.httpAgent?.destroy(),this.
config?.httpsAgent?.destroy()}async handle(e,{abortSignal:r,requestTimeout:o}={}){this.config||(this.config=await this.configProvider);let n=this.config,s=n.logger,
i=e.protocol==="https:";return!i&&!this.config.httpAgent&&(this.config.httpAgent=await this.config.httpAgentProvider()),new Promise((a,c)=>{let l,d=-1,u=-1,m=-1,
f=-1,g=()=>{de.clearTimeout(d),de.clearTimeout(u),de.clearTimeout(m),de.clearTimeout(f)},y=async K=>{await l,g(),a(K)},h=async K=>{await l,g(),c(K)};if(r?.aborted){
let K=nh(r);h(K);return}let S=e.headers,x=S?(S.Expect??S.expect)==="100-continue":!1,T=i?n.httpsAgent:n.httpAgent;x&&!this.externalAgent&&(T=new(i?ys.default.Agent:
Ap)({keepAlive:!1,maxSockets:1/0})),d=de.setTimeout(()=>{this.socketWarningTimestamp=t.checkSocketUsage(T,this.socketWarningTimestamp,s)},n.socketAcquisitionWarningTimeout??
(n.requestTimeout??2e3)+(n.connectionTimeout??1e3));let R=e.query?zf(e.query):"",v;if(e.username!=null||e.password!=null){let K=e.username??"",Cr=e.password??"";
v=`${K}:${Cr}`}let M=e.path;R&&(M+=`?${R}`),e.fragment&&(M+=`#${e.fragment}`);let V=e.hostname??"";V[0]==="["&&V.endsWith("]")?V=e.hostname.slice(1,-1):V=e.hostname;
let Er={headers:e.headers,host:V,method:e.method,path:M,port:e.port,agent:T,auth:v},me=(i?ys.default.request:Av)(Er,K=>{let Cr=new ht({statusCode:K.statusCode||
-1,reason:K.statusMessage,headers:uv(K.headers),body:K});y({response:Cr})});if(me.on("error",K=>{lv.includes(K.code)?h(Object.assign(K,{name:"TimeoutError"})):h(
K)}),r){let K=()=>{me.destroy();let Cr=nh(r);h(Cr)};if(typeof r.addEventListener=="function"){let Cr=r;Cr.addEventListener("abort",K,{once:!0}),me.once("close",
()=>Cr.removeEventListener("abort",K))}else r.onabort=K}let Ue=o??n.requestTimeout;u=hv(me,h,n.connectionTimeout),m=Sv(me,h,Ue,n.throwOnRequestTimeout,s??console);
let Qt=n.socketTimeout===void 0?Cp(n):void 0;Qt?sh(me,h,Qt,!0):sh(me,h,n.socketTimeout);let mt=Er.agent;typeof mt=="object"&&"keepAlive"in mt&&(f=xv(me,{keepAlive:mt.
keepAlive,keepAliveMsecs:mt.keepAliveMsecs})),l=vv(me,e,Ue,this.externalAgent).catch(K=>(g(),c(K)))})}updateHttpClientConfig(e,r){this.config=void 0,this.configProvider=
this.configProvider.then(o=>{switch(e){case Symbol.for("logger"):e="logger",r=o.logger??r;break;case Symbol.for("@smithy/defaultSocketTimeout"):e="defaultSocket\
Timeout",r=Cp(o)??r;break}return{...o,[e]:r}})}httpHandlerConfigs(){return this.config??{}}resolveDefaultConfig(e){let{requestTimeout:r,connectionTimeout:o,socketTimeout:n,
socketAcquisitionWarningTimeout:s,httpAgent:i,httpsAgent:a,throwOnRequestTimeout:c,logger:l}=e||{},d=!0,u=50,m;return{connectionTimeout:o,requestTimeout:r,socketTimeout:n,
defaultSocketTimeout:Cp(e),socketAcquisitionWarningTimeout:s,throwOnRequestTimeout:c,httpAgentProvider:()=>m??=(async()=>{let f=await import("node:http"),{Agent:g,
request:y}=f.default??f;return Av=y,Ap=g,i instanceof Ap||typeof i?.destroy=="function"?(this.externalAgent=!0,i):new Ap({keepAlive:d,maxSockets:u,...i})})(),httpsAgent:a instanceof
ys.default.Agent||typeof a?.destroy=="function"?(this.externalAgent=!0,a):new ys.default.Agent({keepAlive:d,maxSockets:u,...a}),logger:l}}}});var io=p(()=>{bv();O()});var nF,sF,iF,Pv,Ov=p(()=>{L();nF="169.254.170.2",sF="169.254.170.23",iF="[fd00:ec2::23]",Pv=(t,e)=>{if(t.protocol!=="https:"&&!(t.hostname===nF||t.hostname===sF||
t.hostname===iF)){if(t.hostname.includes("[")){if(t.hostname==="[::1]"||t.hostname==="[0000:0000:0000:0000:0000:0000:0000:0001]")return}else{if(t.hostname==="lo\
calhost")return;let r=t.hostname.split("."),o=n=>{let s=parseInt(n,10);return 0<=s&&s<=255};if(r[0]==="127"&&o(r[1])&&o(r[2])&&o(r[3])&&r.length===4)return}throw new w(
`URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`,{logger:e})}}});function Dv(t){return new j({protocol:t.protocol,hostname:t.hostname,port:Number(t.port),path:t.pathname,query:Array.from(t.searchParams.entries()).reduce((e,[r,
o])=>(e[r]=o,e),{}),fragment:t.hash})}async function Nv(t,e){let o=await mi(t.body).transformToString();if(t.statusCode===200){let n=JSON.parse(o);if(typeof n.AccessKeyId!=
"string"||typeof n.SecretAccessKey!="string"||typeof n.Token!="string"||typeof n.Expiration!="string")throw new w("HTTP credential provider response not of the \
required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }",{logger:e});return{accessKeyId:n.
AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.Token,expiration:dm(n.Expiration)}}if(t.statusCode>=400&&t.statusCode<500){let n={};try{n=JSON.parse(
o)}catch{}throw Object.assign(new w(`Server responded with status: ${t.statusCode}`,{logger:e}),{Code:n.Code,Message:n.Message})}throw new w(`Server responded w\
ith status: ${t.statusCode}`,{logger:e})}var kv=p(()=>{L();U();O();O()});var $v,Lv=p(()=>{$v=(t,e,r)=>async()=>{for(let o=0;o<e;++o)try{return await t()}catch{await new Promise(s=>setTimeout(s,r))}return await t()}});var Fv,aF,cF,pF,lF,dF,Mv,Uv,Hv=p(()=>{F();L();io();Fv=Hr(require("node:fs/promises"));Ov();kv();Lv();aF="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",cF="http://169.\
254.170.2",pF="AWS_CONTAINER_CREDENTIALS_FULL_URI",lF="AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",dF="AWS_CONTAINER_AUTHORIZATION_TOKEN",Mv=(t={})=>{t.logger?.debug(
"@aws-sdk/credential-provider-http - fromHttp");let e,r=t.awsContainerCredentialsRelativeUri??process.env[aF],o=t.awsContainerCredentialsFullUri??process.env[pF],
n=t.awsContainerAuthorizationToken??process.env[dF],s=t.awsContainerAuthorizationTokenFile??process.env[lF],i=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?.
warn?console.warn:t.logger.warn.bind(t.logger);if(r&&o&&(i("@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsConta\
inerCredentialsFullUri."),i("awsContainerCredentialsRelativeUri will take precedence.")),n&&s&&(i("@aws-sdk/credential-provider-http: you have set both awsConta\
inerAuthorizationToken and awsContainerAuthorizationTokenFile."),i("awsContainerAuthorizationTokenFile will take precedence.")),r)e=`${cF}${r}`;else if(o)e=o;else
throw new w(`No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`,{logger:t.logger});let a=new URL(e);Pv(a,t.logger);let c=Oe.create({connectionTimeout:t.
timeout??1e3}),l=t.timeout??1e3,d=$v(async()=>{let u=Dv(a);s?u.headers.Authorization=Uv((await Fv.default.readFile(s)).toString()):n&&(u.headers.Authorization=Uv(
n));try{let m=await c.handle(u,{requestTimeout:l});return Nv(m.response).then(f=>B(f,"CREDENTIALS_HTTP","z"))}catch(m){throw new w(String(m),{logger:t.logger})}},
t.maxRetries??3,t.timeout??1e3);return async()=>{try{return await d()}finally{c.destroy?.()}}},Uv=t=>{if(t.includes(`\r
`))throw new w("Authorization token contains invalid \\r\\n sequence.");return t}});var ih={};dr(ih,{fromHttp:()=>Mv});var ah=p(()=>{Hv()});var bp,ch=p(()=>{bp=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var Ss,Pp=p(()=>{Ss="To refresh this SSO session run 'aws sso login' with the corresponding profile."});function mF(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sso-oauth",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function fF(t){return{schemeId:"smithy.api#noAuth"}}var zv,Vv,Wv,ph=p(()=>{ye();C();zv=async(t,e,r)=>({operation:re(e).operation,region:await W(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});Vv=t=>{let e=[];return t.operation==="CreateToken"?e.push(fF(t)):e.push(mF(t)),
e},Wv=t=>{let e=or(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??[])})}});var qv,Kv,lh=p(()=>{qv=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"sso-oauth"}),
Kv={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var Ao,Fi=p(()=>{Ao={name:"@aws-sdk/nested-clients",version:"3.998.4",description:"Nested clients for AWS SDK packages.",homepage:"https://github.com/aws/aws-sd\
k-js-v3/tree/main/packages/nested-clients",license:"Apache-2.0",author:{name:"AWS SDK for JavaScript Team",url:"https://aws.amazon.com/sdk-for-javascript/"},repository:{
type:"git",url:"https://github.com/aws/aws-sdk-js-v3.git",directory:"packages/nested-clients"},files:["./cognito-identity.d.ts","./cognito-identity.js","./signi\
n.d.ts","./signin.js","./sso-oidc.d.ts","./sso-oidc.js","./sso.d.ts","./sso.js","./sts.d.ts","./sts.js","dist-*/**"],sideEffects:!1,main:"./dist-cjs/index.js",module:"\
./dist-es/index.js",browser:{"./dist-es/submodules/cognito-identity/runtimeConfig":"./dist-es/submodules/cognito-identity/runtimeConfig.browser","./dist-es/subm\
odules/signin/runtimeConfig":"./dist-es/submodules/signin/runtimeConfig.browser","./dist-es/submodules/sso-oidc/runtimeConfig":"./dist-es/submodules/sso-oidc/ru\
ntimeConfig.browser","./dist-es/submodules/sso/runtimeConfig":"./dist-es/submodules/sso/runtimeConfig.browser","./dist-es/submodules/sts/runtimeConfig":"./dist-\
es/submodules/sts/runtimeConfig.browser"},types:"./dist-types/index.d.ts",typesVersions:{"<4.5":{"dist-types/*":["dist-types/ts3.4/*"],"*":["dist-types/ts3.4/su\
bmodules/*/index.d.ts"]}},"react-native":{},exports:{"./package.json":"./package.json","./sso-oidc":{types:"./dist-types/submodules/sso-oidc/index.d.ts",module:"\
./dist-es/submodules/sso-oidc/index.js",node:"./dist-cjs/submodules/sso-oidc/index.js",import:"./dist-es/submodules/sso-oidc/index.js",require:"./dist-cjs/submo\
dules/sso-oidc/index.js"},"./sts":{types:"./dist-types/submodules/sts/index.d.ts",module:"./dist-es/submodules/sts/index.js",node:"./dist-cjs/submodules/sts/ind\
ex.js",import:"./dist-es/submodules/sts/index.js",require:"./dist-cjs/submodules/sts/index.js"},"./signin":{types:"./dist-types/submodules/signin/index.d.ts",module:"\
./dist-es/submodules/signin/index.js",node:"./dist-cjs/submodules/signin/index.js",import:"./dist-es/submodules/signin/index.js",require:"./dist-cjs/submodules/\
signin/index.js"},"./cognito-identity":{types:"./dist-types/submodules/cognito-identity/index.d.ts",module:"./dist-es/submodules/cognito-identity/index.js",node:"\
./dist-cjs/submodules/cognito-identity/index.js",import:"./dist-es/submodules/cognito-identity/index.js",require:"./dist-cjs/submodules/cognito-identity/index.j\
s"},"./sso":{types:"./dist-types/submodules/sso/index.d.ts",module:"./dist-es/submodules/sso/index.js",node:"./dist-cjs/submodules/sso/index.js",import:"./dist-\
es/submodules/sso/index.js",require:"./dist-cjs/submodules/sso/index.js"}},scripts:{build:"concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs","b\
uild:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","build:include:deps":'yarn g:turbo run build -F="$npm_\
package_name"',"build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downlevel-dts dist-types dist-types/ts3.4",clean:"premo\
ve dist-cjs dist-es dist-types",lint:"node ../../scripts/validation/submodules-linter.js",prebuild:"yarn lint",test:"yarn g:vitest run","test:watch":"yarn g:vit\
est watch"},dependencies:{"@aws-sdk/core":"^3.981.1","@aws-sdk/signature-v4-multi-region":"^3.996.52","@aws-sdk/types":"^3.975.1","@smithy/core":"^3.40.0","@smi\
thy/fetch-http-handler":"^5.8.1","@smithy/node-http-handler":"^4.14.2","@smithy/types":"^4.20.0",tslib:"^2.6.2"},devDependencies:{concurrently:"7.0.0","downleve\
l-dts":"0.10.1",premove:"4.0.0",typescript:"~7.0.2"},engines:{node:">=20.0.0"}}});var bo,Op=p(()=>{C();Z();bo=class{queryCompat;errorRegistry;constructor(e=!1){this.queryCompat=e}resolveRestContentType(e,r){let o=r.getMemberSchemas(),n=Object.
values(o).find(s=>!!s.getMergedTraits().httpPayload);if(n){let s=n.getMergedTraits().mediaType;return s||(n.isStringSchema()?"text/plain":n.isBlobSchema()?"appl\
ication/octet-stream":e)}else if(!r.isUnitSchema()&&Object.values(o).find(i=>{let{httpQuery:a,httpQueryParams:c,httpHeader:l,httpLabel:d,httpPrefixHeaders:u}=i.
getMergedTraits();return!a&&!c&&!l&&!d&&u===void 0}))return e}async getErrorSchemaOrThrowBaseException(e,r,o,n,s,i){let a=e;e.includes("#")&&([,a]=e.split("#"));
let c={$metadata:s,$fault:o.statusCode<500?"client":"server"};if(!this.errorRegistry)throw new Error("@aws-sdk/core/protocols - error handler not initialized.");
try{return{errorSchema:i?.(this.errorRegistry,a)??this.errorRegistry.getSchema(e),errorMetadata:c}}catch{n.message=n.message??n.Message??"UnknownError";let d=this.
errorRegistry,u=d.getBaseException();if(u){let g=d.getErrorCtor(u)??Error;throw this.decorateServiceException(Object.assign(new g({name:a}),c),n)}let m=n,f=m?.message??
m?.Message??m?.Error?.Message??m?.Error?.message;throw this.decorateServiceException(Object.assign(new Error(f),{name:a},c),n)}}compose(e,r,o){let n=o;r.includes(
"#")&&([n]=r.split("#"));let s=J.for(n),i=J.for("smithy.ts.sdk.synthetic."+o);e.copyFrom(s),e.copyFrom(i),this.errorRegistry=e}decorateServiceException(e,r={}){
if(this.queryCompat){let o=e.Message??r.Message,n=cc(e,r);o&&(n.message=o);let s=n.Error??{};s.Type=n.Error?.Type,s.Code=n.Error?.Code,s.Message=n.Error?.message??
n.Error?.Message??o,n.Error=s;let i=n.$metadata.requestId;return i&&(n.RequestId=i),n}return cc(e,r)}setQueryCompatError(e,r){let o=r.headers?.["x-amzn-query-er\
ror"];if(e!==void 0&&o!=null){let[n,s]=o.split(";"),i=Object.keys(e),a={Code:n,Type:s};e.Code=n,e.Type=s;for(let c=0;c<i.length;c++){let l=i[c];a[l==="message"?
"Message":l]=e[l]}delete a.__type,e.Error=a}}queryCompatOutput(e,r){e.Error&&(r.Error=e.Error),e.Type&&(r.Type=e.Type),e.Code&&(r.Code=e.Code)}findQueryCompatibleError(e,r){
try{return e.getSchema(r)}catch{return e.find(n=>H.of(n).getMergedTraits().awsQueryError?.[0]===r)}}}});var Dp,Jv=p(()=>{U();Z();Op();Dp=class extends cn{serializer;deserializer;serviceTarget;codec;mixin;awsQueryCompatible;constructor({defaultNamespace:e,errorTypeRegistries:r,
serviceTarget:o,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,errorTypeRegistries:r}),this.serviceTarget=o,this.codec=s??new dn({timestampFormat:{
useTrait:!0,default:7},jsonName:!1}),this.serializer=this.codec.createSerializer(),this.deserializer=this.codec.createDeserializer(),this.awsQueryCompatible=!!n,
this.mixin=new bo(this.awsQueryCompatible)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,o);return n.path.endsWith("/")||(n.path+="/"),n.
headers["content-type"]=`application/x-amz-json-${this.getJsonRpcVersion()}`,n.headers["x-amz-target"]=`${this.serviceTarget}.${e.name}`,this.awsQueryCompatible&&
(n.headers["x-amzn-query-mode"]="true"),(ro(e.input)==="unit"||!n.body)&&(n.body="{}"),n}getPayloadCodec(){return this.codec}async handleError(e,r,o,n,s){let{awsQueryCompatible:i}=this;
i&&this.mixin.setQueryCompatError(n,o);let a=Zf(o,n,i)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,a,this.options.defaultNamespace);let{errorSchema:c,
errorMetadata:l}=await this.mixin.getErrorSchemaOrThrowBaseException(a,this.options.defaultNamespace,o,n,s,i?this.mixin.findQueryCompatibleError:void 0),d=H.of(
c),u=n.message??n.Message??"UnknownError",m=this.compositeErrorRegistry.getErrorCtor(c)??Error,f=new m({}),g={},y=this.codec.createDeserializer();for(let[h,S]of d.
structIterator())n[h]!=null&&(g[h]=y.readObject(S,n[h]));throw i&&this.mixin.queryCompatOutput(n,g),this.mixin.decorateServiceException(Object.assign(f,l,{$fault:d.
getMergedTraits().error,message:u},g),n)}}});var Sn,Xv=p(()=>{Jv();Sn=class extends Dp{constructor({defaultNamespace:e,errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,
errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:s})}getShapeId(){return"aws.protocols#awsJson1_1"}getJsonRpcVersion(){return"1.1"}getDefaultContentType(){
return"application/x-amz-json-1.1"}}});var ao,Yv=p(()=>{U();Z();Op();ao=class extends Si{serializer;deserializer;codec;mixin=new bo;constructor({defaultNamespace:e,errorTypeRegistries:r,jsonCodec:o}){
super({defaultNamespace:e,errorTypeRegistries:r});let n={timestampFormat:{useTrait:!0,default:7},httpBindings:!0,jsonName:!0};this.codec=o??new dn(n),this.serializer=
new xi(this.codec.createSerializer(),n),this.deserializer=new Ei(this.codec.createDeserializer(),n)}getShapeId(){return"aws.protocols#restJson1"}getPayloadCodec(){
return this.codec}setSerdeContext(e){this.codec.setSerdeContext(e),super.setSerdeContext(e)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,
o),s=H.of(e.input);if(!n.headers["content-type"]){let i=this.mixin.resolveRestContentType(this.getDefaultContentType(),s);i&&(n.headers["content-type"]=i)}return n.
body==null&&n.headers["content-type"]===this.getDefaultContentType()&&(n.body="{}"),n}async deserializeResponse(e,r,o){let n=await super.deserializeResponse(e,r,
o),s=H.of(e.output);for(let[i,a]of s.structIterator())a.getMemberTraits().httpPayload&&!(i in n)&&(n[i]=null);return n}async handleError(e,r,o,n,s){let i=Qf(o,n)??
"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let{errorSchema:a,errorMetadata:c}=await this.mixin.getErrorSchemaOrThrowBaseException(
i,this.options.defaultNamespace,o,n,s),l=H.of(a),d=n.message??n.Message??"UnknownError",u=this.compositeErrorRegistry.getErrorCtor(a)??Error,m=new u({});await this.
deserializeHttpMessage(a,r,o,n);let f={},g=this.codec.createDeserializer();for(let[y,h]of l.structIterator()){let S=h.getMergedTraits().jsonName??y;f[y]=g.readObject(
h,n[S])}throw this.mixin.decorateServiceException(Object.assign(m,c,{$fault:l.getMergedTraits().error,message:d},f),n)}getDefaultContentType(){return"applicatio\
n/json"}}});function dh(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}function mh(t){return new uh(t).parse()}var uh,Qv=p(
()=>{uh=class t{x;i=0;z;constructor(e){this.x=e,this.x=e.replace(/\r\n?/g,`
`),this.z=this.x.length}parse(){let e=this,{z:r}=e;for(;e.i<r&&(e.trim(),!(e.i>=r));)if(e.isNext("<?"))e.readTo("?>"),e.trim();else if(e.isNext("<!--"))e.readTo(
"-->"),e.trim();else if(e.isNext("<!DOCTYPE",!1))e.skipDoctype(),e.trim();else if(e.x[e.i]==="<"){let o=e.parseTag();return{[o.tag]:o.value}}else throw new Error(
"@aws-sdk XML parse error: unexpected content.");throw new Error("@aws-sdk XML parse error: no root element.")}isNext(e,r=!0){let o=this;return r?o.x.startsWith(
e,o.i):o.x.toLowerCase().startsWith(e.toLowerCase(),o.i)}readTo(e){let r=this,o=r.x.indexOf(e,r.i);if(o===-1)throw new Error(`@aws-sdk XML parse error: expected\
 "${e}" not found.`);let n=r.x.slice(r.i,o);return r.i=o+e.length,n}trim(){let e=this;for(;e.i<e.z&&` 	\r
`.includes(e.x[e.i]);)++e.i}readAttrValue(){let e=this,r=e.x[e.i];++e.i;let o="";for(;e.i<e.z&&e.x[e.i]!==r;)o+=e.x[e.i++];return++e.i,e.decodeEntities(o)}parseTag(){
let e=this;++e.i;let r="";for(;e.i<e.z&&!` 	\r
>/`.includes(e.x[e.i]);)r+=e.x[e.i++];let o=!1,n={};for(;e.i<e.z&&(e.trim(),!">/".includes(e.x[e.i]));){let d="";for(;e.i<e.z&&!`= 	\r
>/?`.includes(e.x[e.i]);)d+=e.x[e.i++];if(e.trim(),e.x[e.i]!=="=")break;++e.i,e.trim(),d==="__proto__"&&dh(n),n[d]=e.readAttrValue(),o=!0}if(e.i>=e.z)throw new Error(
"@aws-sdk XML parse error: unexpected end of input.");if(e.x[e.i]==="/"){if(++e.i,e.i>=e.z||e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected >\
 at the end of self-closing tag.");return++e.i,{tag:r,value:o?n:""}}if(e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected > at the end of openin\
g tag.");++e.i;let s=[],i=[],a=!1;for(;e.i<e.z&&!e.isNext("</");)if(e.x[e.i]==="<")e.isNext("<!--")?e.readTo("-->"):e.isNext("<![CDATA[")?(e.i+=9,s.push(e.readTo(
"]]>"))):e.isNext("<?")?e.readTo("?>"):(a=!0,i.push(e.parseTag()));else{let d="";for(;e.i<e.z&&e.x[e.i]!=="<";)d+=e.x[e.i++];s.push(e.decodeEntities(d))}if(!e.isNext(
"</"))throw new Error(`@aws-sdk XML parse error: missing closing tag </${r}>.`);e.i+=2;let c=e.readTo(">").trim();if(c!==r)throw new Error(`@aws-sdk XML parse e\
rror: mismatched tags <${r}> and </${c}>.`);if(!o&&s.length===0&&!a)return{tag:r,value:""};if(!o&&!a){let d=s.length===1?s[0]:s.join("");return d.trim()===""&&d.
includes(`
`)?{tag:r,value:""}:{tag:r,value:d}}let l={};for(let d of s)d.trim()===""&&d.includes(`
`)||(l["#text"]="#text"in l?l["#text"]+d:d);for(let d of i)d.tag==="__proto__"&&dh(l),d.tag in l?Array.isArray(l[d.tag])?l[d.tag].push(d.value):l[d.tag]=[l[d.tag],
d.value]:l[d.tag]=d.value;for(let[d,u]of Object.entries(n))d==="__proto__"&&dh(l),l[d]=u;return{tag:r,value:l}}static ENTITIES={amp:"&",lt:"<",gt:">",quot:'"',apos:"\
'"};skipDoctype(){let e=this;e.i+=9;let r=0;for(;e.i<e.z;){let o=e.x[e.i];if(o==="[")++r;else if(o==="]")--r;else if(o===">"&&r===0){++e.i;return}++e.i}throw new Error(
"@aws-sdk XML parse error: unclosed DOCTYPE.")}decodeEntities(e){return e.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g,(r,o,n,s)=>o?
String.fromCharCode(parseInt(o,16)):n?String.fromCharCode(parseInt(n,10)):t.ENTITIES[s]??"")}}});var Zv=p(()=>{Qv()});var Es,fh=p(()=>{Es=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var Np,eC=p(()=>{Np=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function tC(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var rC=p(()=>{});var kp,oC=p(()=>{Zv();C();U();Z();O();fh();eC();rC();kp=class extends Es{settings;stringDeserializer;constructor(e){super(),this.settings=e,this.stringDeserializer=
new pn(e)}setSerdeContext(e){this.serdeContext=e,this.stringDeserializer.setSerdeContext(e)}read(e,r,o){let n=H.of(e),s=n.getMemberSchemas();if(n.isStructSchema()&&
n.isMemberSchema()&&!!Object.values(s).find(l=>!!l.getMemberTraits().eventPayload)){let l={},d=Object.keys(s)[0];return s[d].isBlobSchema()?l[d]=r:l[d]=this.read(
s[d],r),l}let a=(this.serdeContext?.utf8Encoder??ee)(r),c=this.parseXml(a);return this.readSchema(e,o?c[o]:c)}readSchema(e,r){let o=H.of(e);if(o.isUnitSchema())
return;let n=o.getMergedTraits();if(o.isListSchema()&&!Array.isArray(r))return this.readSchema(o,[r]);if(r==null)return r;if(typeof r=="object"){let s=!!n.xmlFlattened;
if(o.isListSchema()){let a=o.getValueSchema(),c=[],l=a.getMergedTraits().xmlName??"member",d=s?r:(r[0]??r)[l];if(d==null)return c;let u=Array.isArray(d)?d:[d];for(let m of u)
c.push(this.readSchema(a,m));return c}let i={};if(o.isMapSchema()){let a=o.getKeySchema(),c=o.getValueSchema(),l;s?l=Array.isArray(r)?r:[r]:l=Array.isArray(r.entry)?
r.entry:[r.entry];let d=a.getMergedTraits().xmlName??"key",u=c.getMergedTraits().xmlName??"value";for(let m of l){let f=m[d],g=m[u];f==="__proto__"&&tC(i),i[f]=
this.readSchema(c,g)}return i}if(o.isStructSchema()){let a=o.isUnionSchema(),c;a&&(c=new Np(r,i));for(let[l,d]of o.structIterator()){let u=d.getMergedTraits(),m=u.
httpPayload?u.xmlName??d.getName():d.getMemberTraits().xmlName??l;a&&c.mark(m),r[m]!=null&&(i[l]=this.readSchema(d,r[m]))}return a&&c.writeUnknown(),i}if(o.isDocumentSchema())
return r;throw new Error(`@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${o.getName(!0)}`)}return o.isListSchema()?[]:o.isMapSchema()||o.
isStructSchema()?{}:this.stringDeserializer.read(o,r)}parseXml(e){if(e.length){let r;try{r=mh(e)}catch(i){throw i&&typeof i=="object"&&Object.defineProperty(i,"\
$responseBodyText",{value:e}),i}let o="#text",n=Object.keys(r)[0],s=r[n];return s[o]&&(s[n]=s[o],delete s[o]),pc(s)}return{}}}});var $p,nC=p(()=>{U();Z();O();O();fh();$p=class extends Es{settings;buffer;constructor(e){super(),this.settings=e}write(e,r,o=""){this.buffer===void 0&&(this.buffer=
"");let n=H.of(e);if(o&&!o.endsWith(".")&&(o+="."),n.isBlobSchema())(typeof r=="string"||r instanceof Uint8Array)&&(this.writeKey(o),this.writeValue((this.serdeContext?.
base64Encoder??pe)(r)));else if(n.isBooleanSchema()||n.isNumericSchema()||n.isStringSchema())r!=null?(this.writeKey(o),this.writeValue(String(r))):n.isIdempotencyToken()&&
(this.writeKey(o),this.writeValue(es()));else if(n.isBigIntegerSchema())r!=null&&(this.writeKey(o),this.writeValue(String(r)));else if(n.isBigDecimalSchema())r!=
null&&(this.writeKey(o),this.writeValue(r instanceof Ce?r.string:String(r)));else if(n.isTimestampSchema()){if(r instanceof Date)switch(this.writeKey(o),ln(n,this.
settings)){case 5:this.writeValue(r.toISOString().replace(".000Z","Z"));break;case 6:this.writeValue(Qo(r));break;case 7:this.writeValue(String(r.getTime()/1e3));
break}}else if(n.isDocumentSchema())Array.isArray(r)?this.write(79,r,o):r instanceof Date?this.write(4,r,o):r instanceof Uint8Array?this.write(21,r,o):r&&typeof r==
"object"?this.write(143,r,o):(this.writeKey(o),this.writeValue(String(r)));else if(n.isListSchema()){if(Array.isArray(r))if(r.length===0)this.settings.serializeEmptyLists&&
(this.writeKey(o),this.writeValue(""));else{let s=n.getValueSchema(),i=this.settings.flattenLists||n.getMergedTraits().xmlFlattened,a=1;for(let c of r){if(c==null)
continue;let l=s.getMergedTraits(),d=this.getKey("member",l.xmlName,l.ec2QueryName),u=i?`${o}${a}`:`${o}${d}.${a}`;this.write(s,c,u),++a}}}else if(n.isMapSchema()){
if(r&&typeof r=="object"){let s=n.getKeySchema(),i=n.getValueSchema(),a=n.getMergedTraits().xmlFlattened,c=1;for(let l in r){let d=r[l];if(d==null)continue;let u=s.
getMergedTraits(),m=this.getKey("key",u.xmlName,u.ec2QueryName),f=a?`${o}${c}.${m}`:`${o}entry.${c}.${m}`,g=i.getMergedTraits(),y=this.getKey("value",g.xmlName,
g.ec2QueryName),h=a?`${o}${c}.${y}`:`${o}entry.${c}.${y}`;this.write(s,l,f),this.write(i,d,h),++c}}}else if(n.isStructSchema()){if(r&&typeof r=="object"){let s=!1;
for(let[i,a]of n.structIterator()){if(r[i]==null&&!a.isIdempotencyToken())continue;let c=a.getMergedTraits(),l=this.getKey(i,c.xmlName,c.ec2QueryName,"struct"),
d=`${o}${l}`;this.write(a,r[i],d),s=!0}if(!s&&n.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i,l=`${o}${a}`;this.write(15,c,l)}}}}else if(!n.
isUnitSchema())throw new Error(`@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${n.getName(!0)}`)}flush(){if(this.buffer===void 0)throw new Error(
"@aws-sdk/core/protocols - QuerySerializer cannot flush with nothing written to buffer.");let e=this.buffer;return delete this.buffer,e}getKey(e,r,o,n){let{ec2:s,
capitalizeKeys:i}=this.settings;if(s&&o)return o;let a=r??e;return i&&n==="struct"?a[0].toUpperCase()+a.slice(1):a}writeKey(e){e.endsWith(".")&&(e=e.slice(0,e.length-
1)),this.buffer+=`&${on(e)}=`}writeValue(e){this.buffer+=on(e)}}});var En,sC=p(()=>{U();Z();Op();oC();nC();En=class extends cn{options;serializer;deserializer;mixin=new bo;constructor(e){super({defaultNamespace:e.defaultNamespace,
errorTypeRegistries:e.errorTypeRegistries}),this.options=e;let r={timestampFormat:{useTrait:!0,default:5},httpBindings:!1,xmlNamespace:e.xmlNamespace,serviceNamespace:e.
defaultNamespace,serializeEmptyLists:!0};this.serializer=new $p(r),this.deserializer=new kp(r)}getShapeId(){return"aws.protocols#awsQuery"}setSerdeContext(e){this.
serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e)}getPayloadCodec(){throw new Error("AWSQuery protocol has no payload codec.")}async serializeRequest(e,r,o){
let n=await super.serializeRequest(e,r,o);n.path.endsWith("/")||(n.path+="/"),n.headers["content-type"]="application/x-www-form-urlencoded",(ro(e.input)==="unit"||
!n.body)&&(n.body="");let s=e.name.split("#")[1]??e.name;return n.body=`Action=${s}&Version=${this.options.version}`+n.body,n.body.endsWith("&")&&(n.body=n.body.
slice(-1)),n}async deserializeResponse(e,r,o){let n=this.deserializer,s=H.of(e.output),i={};if(o.statusCode>=300){let d=await ot(o.body,r);d.byteLength>0&&Object.
assign(i,await n.read(15,d)),await this.handleError(e,r,o,i,this.deserializeMetadata(o))}for(let d in o.headers){let u=o.headers[d];delete o.headers[d],o.headers[d.
toLowerCase()]=u}let a=e.name.split("#")[1]??e.name,c=s.isStructSchema()&&this.useNestedResult()?a+"Result":void 0,l=await ot(o.body,r);return l.byteLength>0&&Object.
assign(i,await n.read(s,l,c)),i.$metadata=this.deserializeMetadata(o),i}useNestedResult(){return!0}async handleError(e,r,o,n,s){let i=this.loadQueryErrorCode(o,
n)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let a=this.loadQueryError(n)??{},c=this.loadQueryErrorMessage(n);a.
message=c,a.Error={Type:a.Type,Code:a.Code,Message:c};let{errorSchema:l,errorMetadata:d}=await this.mixin.getErrorSchemaOrThrowBaseException(i,this.options.defaultNamespace,
o,a,s,this.mixin.findQueryCompatibleError),u=H.of(l),m=this.compositeErrorRegistry.getErrorCtor(l)??Error,f=new m({}),g={Type:a.Error.Type,Code:a.Error.Code,Error:a.
Error};for(let[y,h]of u.structIterator()){let S=h.getMergedTraits().xmlName??y,x=a[S]??n[S];g[y]=this.deserializer.readSchema(h,x)}throw this.mixin.decorateServiceException(
Object.assign(f,d,{$fault:u.getMergedTraits().error,message:c},g),n)}loadQueryErrorCode(e,r){let o=(r.Errors?.[0]?.Error??r.Errors?.Error??r.Error)?.Code;if(o!==
void 0)return o;if(e.statusCode==404)return"NotFound"}loadQueryError(e){return e.Errors?.[0]?.Error??e.Errors?.Error??e.Error}loadQueryErrorMessage(e){let r=this.
loadQueryError(e);return r?.message??r?.Message??e.message??e.Message??"Unknown"}getDefaultContentType(){return"application/x-www-form-urlencoded"}}});var Po=p(()=>{Xv();Yv();sC()});var Mi,xn,Lp,iC,lC,Up,gh,aC,hh,xs,cC,pC,hF,nr,yF,dC,uC=p(()=>{z();Mi="ref",xn=-1,Lp=!0,iC="isSet",lC="PartitionResult",Up="booleanEquals",gh="getAttr",aC={[Mi]:"\
Endpoint"},hh={[Mi]:lC},xs={},cC=[{[Mi]:"Region"}],pC={conditions:[[iC,[aC]],[iC,cC],["aws.partition",cC,lC],[Up,[{[Mi]:"UseFIPS"},Lp]],[Up,[{[Mi]:"UseDualStack"},
Lp]],[Up,[{fn:gh,argv:[hh,"supportsDualStack"]},Lp]],[Up,[{fn:gh,argv:[hh,"supportsFIPS"]},Lp]],["stringEquals",[{fn:gh,argv:[hh,"name"]},"aws-us-gov"]]],results:[
[xn],[xn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[xn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[aC,
xs],["https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",xs],[xn,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://oidc.{Region}.amazonaws.com",xs],["https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}",xs],[xn,"FIPS is enabled but this partition does not suppor\
t FIPS"],["https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}",xs],[xn,"DualStack is enabled but this partition does not support DualStack"],["https://o\
idc.{Region}.{PartitionResult#dnsSuffix}",xs],[xn,"Invalid Configuration: Missing Region"]]},hF=2,nr=1e8,yF=new Int32Array([-1,1,-1,0,13,3,1,4,nr+12,2,5,nr+12,3,
8,6,4,7,nr+11,5,nr+9,nr+10,4,11,9,6,10,nr+8,7,nr+6,nr+7,5,12,nr+5,6,nr+4,nr+5,3,nr+1,14,4,nr+2,nr+3]),dC=Ge.from(yF,hF,pC.conditions,pC.results)});var SF,mC,fC=p(()=>{F();z();uC();SF=new je({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),mC=(t,e={})=>SF.get(t,()=>Ot(dC,{endpointParams:t,logger:e.
logger}));be.aws=ct});var Le,Fp=p(()=>{C();Le=class t extends He{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException";constructor(e){super(e),Object.
setPrototypeOf(this,t.prototype)}}});var Hi,Bi,Gi,ji,zi,Vi,Wi,qi,Ki,Ji,Xi,yh=p(()=>{Fp();Hi=class t extends Le{static shapeId="com.amazonaws.ssooidc#AccessDeniedException";name="AccessDeniedExcepti\
on";$fault="client";error;reason;error_description;constructor(e){super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},Bi=class t extends Le{static shapeId="com.amazonaws.ssooidc#AuthorizationPe\
ndingException";name="AuthorizationPendingException";$fault="client";error;error_description;constructor(e){super({name:"AuthorizationPendingException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Gi=class t extends Le{static shapeId="com\
.amazonaws.ssooidc#ExpiredTokenException";name="ExpiredTokenException";$fault="client";error;error_description;constructor(e){super({name:"ExpiredTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ji=class t extends Le{static shapeId="\
com.amazonaws.ssooidc#InternalServerException";name="InternalServerException";$fault="server";error;error_description;constructor(e){super({name:"InternalServer\
Exception",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},zi=class t extends Le{static shapeId="\
com.amazonaws.ssooidc#InvalidClientException";name="InvalidClientException";$fault="client";error;error_description;constructor(e){super({name:"InvalidClientExc\
eption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Vi=class t extends Le{static shapeId="\
com.amazonaws.ssooidc#InvalidGrantException";name="InvalidGrantException";$fault="client";error;error_description;constructor(e){super({name:"InvalidGrantExcept\
ion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Wi=class t extends Le{static shapeId="\
com.amazonaws.ssooidc#InvalidRequestException";name="InvalidRequestException";$fault="client";error;reason;error_description;constructor(e){super({name:"Invalid\
RequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},
qi=class t extends Le{static shapeId="com.amazonaws.ssooidc#InvalidScopeException";name="InvalidScopeException";$fault="client";error;error_description;constructor(e){
super({name:"InvalidScopeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},
Ki=class t extends Le{static shapeId="com.amazonaws.ssooidc#SlowDownException";name="SlowDownException";$fault="client";error;error_description;constructor(e){super(
{name:"SlowDownException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Ji=class t extends Le{static shapeId="\
com.amazonaws.ssooidc#UnauthorizedClientException";name="UnauthorizedClientException";$fault="client";error;error_description;constructor(e){super({name:"Unauth\
orizedClientException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Xi=class t extends Le{static shapeId="\
com.amazonaws.ssooidc#UnsupportedGrantTypeException";name="UnsupportedGrantTypeException";$fault="client";error;error_description;constructor(e){super({name:"Un\
supportedGrantTypeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}}});var EF,xF,RF,_F,wF,IF,TF,vF,CF,AF,bF,PF,OF,DF,NF,kF,$F,LF,UF,FF,Xr,MF,HF,BF,GF,jF,Se,zF,$r,VF,WF,Lr,qF,gC,hC,KF,yC,JF,XF,YF,_e,SC,EC,Ir,xC,RC,_C,wC,IC,TC,vC,CC,
AC,bC,PC,Sh,QF,ZF,eM,tM,OC,DC,NC,Eh,Mp=p(()=>{Z();yh();Fp();EF="AccessDeniedException",xF="AuthorizationPendingException",RF="AccessToken",_F="ClientSecret",wF=
"CreateToken",IF="CreateTokenRequest",TF="CreateTokenResponse",vF="CodeVerifier",CF="ExpiredTokenException",AF="InvalidClientException",bF="InvalidGrantExceptio\
n",PF="InvalidRequestException",OF="InternalServerException",DF="InvalidScopeException",NF="IdToken",kF="RefreshToken",$F="SlowDownException",LF="UnauthorizedCl\
ientException",UF="UnsupportedGrantTypeException",FF="accessToken",Xr="client",MF="clientId",HF="clientSecret",BF="codeVerifier",GF="code",jF="deviceCode",Se="e\
rror",zF="expiresIn",$r="error_description",VF="grantType",WF="http",Lr="httpError",qF="idToken",gC="reason",hC="refreshToken",KF="redirectUri",yC="smithy.ts.sd\
k.synthetic.com.amazonaws.ssooidc",JF="scope",XF="server",YF="tokenType",_e="com.amazonaws.ssooidc",SC=new J(yC),EC=[-3,yC,"SSOOIDCServiceException",0,[],[]];SC.
registerError(EC,Le);Ir=new J(_e),xC=[-3,_e,EF,{[Se]:Xr,[Lr]:400},[Se,gC,$r],[0,0,0]];Ir.registerError(xC,Hi);RC=[-3,_e,xF,{[Se]:Xr,[Lr]:400},[Se,$r],[0,0]];Ir.
registerError(RC,Bi);_C=[-3,_e,CF,{[Se]:Xr,[Lr]:400},[Se,$r],[0,0]];Ir.registerError(_C,Gi);wC=[-3,_e,OF,{[Se]:XF,[Lr]:500},[Se,$r],[0,0]];Ir.registerError(wC,ji);
IC=[-3,_e,AF,{[Se]:Xr,[Lr]:401},[Se,$r],[0,0]];Ir.registerError(IC,zi);TC=[-3,_e,bF,{[Se]:Xr,[Lr]:400},[Se,$r],[0,0]];Ir.registerError(TC,Vi);vC=[-3,_e,PF,{[Se]:Xr,
[Lr]:400},[Se,gC,$r],[0,0,0]];Ir.registerError(vC,Wi);CC=[-3,_e,DF,{[Se]:Xr,[Lr]:400},[Se,$r],[0,0]];Ir.registerError(CC,qi);AC=[-3,_e,$F,{[Se]:Xr,[Lr]:400},[Se,
$r],[0,0]];Ir.registerError(AC,Ki);bC=[-3,_e,LF,{[Se]:Xr,[Lr]:400},[Se,$r],[0,0]];Ir.registerError(bC,Ji);PC=[-3,_e,UF,{[Se]:Xr,[Lr]:400},[Se,$r],[0,0]];Ir.registerError(
PC,Xi);Sh=[SC,Ir],QF=[0,_e,RF,8,0],ZF=[0,_e,_F,8,0],eM=[0,_e,vF,8,0],tM=[0,_e,NF,8,0],OC=[0,_e,kF,8,0],DC=[3,_e,IF,0,[MF,HF,VF,jF,GF,hC,JF,KF,BF],[0,[()=>ZF,0],
0,0,0,[()=>OC,0],64,0,[()=>eM,0]],3],NC=[3,_e,TF,0,[FF,YF,zF,hC,qF],[[()=>QF,0],0,1,[()=>OC,0],[()=>tM,0]]],Eh=[9,_e,wF,{[WF]:["POST","/token",200]},()=>DC,()=>NC]});var kC,$C=p(()=>{ye();Po();$e();Kr();C();U();O();ph();fC();Mp();kC=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??mC,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
Vv,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new se},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Pe}],logger:t?.logger??new xe,protocol:t?.protocol??ao,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.ssooidc",errorTypeRegistries:Sh,version:"2019-06-10",serviceTarget:"AWSSSOOIDCService"},serviceId:t?.serviceId??
"SSO OIDC",sha256:t?.sha256??nt,urlParser:t?.urlParser??ge,utf8Decoder:t?.utf8Decoder??oe,utf8Encoder:t?.utf8Encoder??ee})});var LC,UC=p(()=>{Fi();F();ye();C();L();at();O();io();$C();LC=t=>{Tt(process.version);let e=Pt(t),r=()=>e().then(It),o=kC(t);gt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(pt,n),bodyLengthChecker:t?.bodyLengthChecker??
St,defaultSocketTimeout:mr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??jt({serviceId:o.serviceId,clientVersion:Ao.version}),maxAttempts:t?.
maxAttempts??_(Mt,t),region:t?.region??_(Ae,{...Be,...n}),requestHandler:Oe.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Bt,default:async()=>(await r()).
retryMode||We},t),streamCollector:t?.streamCollector??Ne,useDualstackEndpoint:t?.useDualstackEndpoint??_(Rt,n),useFipsEndpoint:t?.useFipsEndpoint??_(_t,n),userAgentAppId:t?.
userAgentAppId??_(zt,n)}}});var FC,MC,HC=p(()=>{FC=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},MC=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var BC,GC=p(()=>{F();C();U();HC();BC=(t,e)=>{let r=Object.assign(Vt(t),vt(t),Dt(t),FC(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Wt(r),Ct(r),Nt(r),
MC(r))}});var Yi,xh=p(()=>{F();$e();C();L();z();U();at();Z();ph();lh();UC();GC();Yi=class extends Re{config;constructor(...[e]){let r=LC(e||{});super(r),this.initConfig=r;
let o=qv(r),n=Ft(o),s=Ht(n),i=bt(s),a=i,c=er(a),l=Wv(c),d=BC(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(wt(this.config)),this.middlewareStack.use(
Gt(this.config)),this.middlewareStack.use(rr(this.config)),this.middlewareStack.use(kt(this.config)),this.middlewareStack.use($t(this.config)),this.middlewareStack.
use(Lt(this.config)),this.middlewareStack.use(Ut(this.config)),this.middlewareStack.use(st(this.config,{httpAuthSchemeParametersProvider:zv,identityProviderConfigProvider:async u=>new ke(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(it(this.config))}destroy(){super.destroy()}}});var jC,zC,VC,WC=p(()=>{C();z();lh();jC=At(Kv,"AWSSSOOIDCService","SSOOIDCClient",tr),zC={},VC=(t,e,r,o)=>[]});var Qi,Rh=p(()=>{WC();Mp();Qi=class extends jC(zC,VC,"CreateToken",Eh){}});var rM,Hp,qC=p(()=>{C();Rh();xh();rM={CreateTokenCommand:Qi},Hp=class extends Yi{};oo(rM,Hp)});var KC=p(()=>{Rh()});var oM,nM,JC=p(()=>{oM={KMS_ACCESS_DENIED:"KMS_AccessDeniedException"},nM={KMS_DISABLED_KEY:"KMS_DisabledException",KMS_INVALID_KEY_USAGE:"KMS_InvalidKeyUsageEx\
ception",KMS_INVALID_STATE:"KMS_InvalidStateException",KMS_KEY_NOT_FOUND:"KMS_NotFoundException"}});var XC=p(()=>{});var _h={};dr(_h,{$Command:()=>_r,AccessDeniedException:()=>Hi,AccessDeniedException$:()=>xC,AccessDeniedExceptionReason:()=>oM,AuthorizationPendingException:()=>Bi,
AuthorizationPendingException$:()=>RC,CreateToken$:()=>Eh,CreateTokenCommand:()=>Qi,CreateTokenRequest$:()=>DC,CreateTokenResponse$:()=>NC,ExpiredTokenException:()=>Gi,
ExpiredTokenException$:()=>_C,InternalServerException:()=>ji,InternalServerException$:()=>wC,InvalidClientException:()=>zi,InvalidClientException$:()=>IC,InvalidGrantException:()=>Vi,
InvalidGrantException$:()=>TC,InvalidRequestException:()=>Wi,InvalidRequestException$:()=>vC,InvalidRequestExceptionReason:()=>nM,InvalidScopeException:()=>qi,InvalidScopeException$:()=>CC,
SSOOIDC:()=>Hp,SSOOIDCClient:()=>Yi,SSOOIDCServiceException:()=>Le,SSOOIDCServiceException$:()=>EC,SlowDownException:()=>Ki,SlowDownException$:()=>AC,UnauthorizedClientException:()=>Ji,
UnauthorizedClientException$:()=>bC,UnsupportedGrantTypeException:()=>Xi,UnsupportedGrantTypeException$:()=>PC,__Client:()=>Re,errorTypeRegistries:()=>Sh});var wh=p(
()=>{xh();qC();KC();C();Mp();JC();yh();XC();Fp()});var YC,QC=p(()=>{YC=async(t,e={},r)=>{let{SSOOIDCClient:o}=await Promise.resolve().then(()=>(wh(),_h)),n=i=>e.clientConfig?.[i]??e.parentClientConfig?.[i]??r?.[i];
return new o(Object.assign({},e.clientConfig??{},{region:t??e.clientConfig?.region,logger:n("logger"),userAgentAppId:n("userAgentAppId")}))}});var ZC,eA=p(()=>{QC();ZC=async(t,e,r={},o)=>{let{CreateTokenCommand:n}=await Promise.resolve().then(()=>(wh(),_h));return(await YC(e,r,o)).send(new n({clientId:t.
clientId,clientSecret:t.clientSecret,refreshToken:t.refreshToken,grantType:"refresh_token"}))}});var Ih,tA=p(()=>{L();Pp();Ih=t=>{if(t.expiration&&t.expiration.getTime()<Date.now())throw new gr(`Token is expired. ${Ss}`,!1)}});var Oo,rA=p(()=>{L();Pp();Oo=(t,e,r=!1)=>{if(typeof e>"u")throw new gr(`Value not present for '${t}' in SSO Token${r?". Cannot refresh":""}. ${Ss}`,!1)}});var oA,sM,nA,sA=p(()=>{L();oA=require("node:fs"),{writeFile:sM}=oA.promises,nA=(t,e)=>{let r=Zs(t),o=JSON.stringify(e,null,2);return sM(r,o)}});var iA,Bp,Th,aA=p(()=>{L();Pp();eA();tA();rA();sA();iA=new Map,Bp=new Map,Th=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/token-provider\
s - fromSso");let r=await Or(t),o=xt({profile:t.profile??e?.profile}),n=r[o];if(n){if(!n.sso_session)throw new gr(`Profile '${o}' is missing required property '\
sso_session'.`)}else throw new gr(`Profile '${o}' could not be found in shared credentials file.`,!1);let s=n.sso_session,i=Bp.get(s);if(i)return await i;let c=(await si(
t))[s];if(!c)throw new gr(`Sso session '${s}' could not be found in shared credentials file.`,!1);for(let x of["sso_start_url","sso_region"])if(!c[x])throw new gr(
`Sso session '${s}' is missing required property '${x}'.`,!1);let l=c.sso_start_url,d=c.sso_region,u;try{u=await ti(s)}catch{throw new gr(`The SSO session token\
 associated with profile=${o} was not found or is invalid. ${Ss}`,!1)}Oo("accessToken",u.accessToken),Oo("expiresAt",u.expiresAt);let{accessToken:m,expiresAt:f}=u,
g={token:m,expiration:new Date(f)};if(g.expiration.getTime()-Date.now()>3e5)return g;let y=Bp.get(s);if(y)return await y;let h=iA.get(s)??0;if(Date.now()-h<30*1e3)
return Ih(g),g;Oo("clientId",u.clientId,!0),Oo("clientSecret",u.clientSecret,!0),Oo("refreshToken",u.refreshToken,!0);let S=(async()=>{try{iA.set(s,Date.now());
let x=await ZC(u,d,t,e);Oo("accessToken",x.accessToken),Oo("expiresIn",x.expiresIn);let T=new Date(Date.now()+x.expiresIn*1e3);try{await nA(s,{...u,accessToken:x.
accessToken,expiresAt:T.toISOString(),refreshToken:x.refreshToken})}catch{}return{token:x.accessToken,expiration:T}}catch{return Ih(g),g}})();Bp.set(s,S);try{return await S}finally{
Bp.delete(s)}}});var cA=p(()=>{aA()});function aM(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"awsssoportal",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}function cM(t){return{schemeId:"smithy.api#noAuth"}}var pA,lA,dA,vh=p(()=>{ye();C();pA=async(t,e,r)=>({operation:re(e).operation,region:await W(t.
region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});lA=t=>{let e=[];return t.operation==="GetRoleCredentials"?e.push(
cM(t)):e.push(aM(t)),e},dA=t=>{let e=or(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??[])})}});var uA,mA,Ch=p(()=>{uA=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"awsssoporta\
l"}),mA={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var Zi,Rn,Gp,fA,SA,jp,Ah,gA,bh,Rs,hA,yA,pM,sr,lM,EA,xA=p(()=>{z();Zi="ref",Rn=-1,Gp=!0,fA="isSet",SA="PartitionResult",jp="booleanEquals",Ah="getAttr",gA={[Zi]:"\
Endpoint"},bh={[Zi]:SA},Rs={},hA=[{[Zi]:"Region"}],yA={conditions:[[fA,[gA]],[fA,hA],["aws.partition",hA,SA],[jp,[{[Zi]:"UseFIPS"},Gp]],[jp,[{[Zi]:"UseDualStack"},
Gp]],[jp,[{fn:Ah,argv:[bh,"supportsDualStack"]},Gp]],[jp,[{fn:Ah,argv:[bh,"supportsFIPS"]},Gp]],["stringEquals",[{fn:Ah,argv:[bh,"name"]},"aws-us-gov"]]],results:[
[Rn],[Rn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[Rn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[gA,
Rs],["https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Rs],[Rn,"FIPS and DualStack are enabled, but this partition does not support one or\
 both"],["https://portal.sso.{Region}.amazonaws.com",Rs],["https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}",Rs],[Rn,"FIPS is enabled but this parti\
tion does not support FIPS"],["https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}",Rs],[Rn,"DualStack is enabled but this partition does not suppo\
rt DualStack"],["https://portal.sso.{Region}.{PartitionResult#dnsSuffix}",Rs],[Rn,"Invalid Configuration: Missing Region"]]},pM=2,sr=1e8,lM=new Int32Array([-1,1,
-1,0,13,3,1,4,sr+12,2,5,sr+12,3,8,6,4,7,sr+11,5,sr+9,sr+10,4,11,9,6,10,sr+8,7,sr+6,sr+7,5,12,sr+5,6,sr+4,sr+5,3,sr+1,14,4,sr+2,sr+3]),EA=Ge.from(lM,pM,yA.conditions,
yA.results)});var dM,RA,_A=p(()=>{F();z();xA();dM=new je({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),RA=(t,e={})=>dM.get(t,()=>Ot(EA,{endpointParams:t,logger:e.
logger}));be.aws=ct});var co,Ph=p(()=>{C();co=class t extends He{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var zp,Vp,Wp,qp,Oh=p(()=>{Ph();zp=class t extends co{static shapeId="com.amazonaws.sso#InvalidRequestException";name="InvalidRequestException";$fault="client";constructor(e){
super({name:"InvalidRequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Vp=class t extends co{static shapeId="com.amazonaws.sso#R\
esourceNotFoundException";name="ResourceNotFoundException";$fault="client";constructor(e){super({name:"ResourceNotFoundException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Wp=class t extends co{static shapeId="com.amazonaws.sso#TooManyRequestsException";name="TooManyRequestsException";$fault="cli\
ent";constructor(e){super({name:"TooManyRequestsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},qp=class t extends co{static shapeId="\
com.amazonaws.sso#UnauthorizedException";name="UnauthorizedException";$fault="client";constructor(e){super({name:"UnauthorizedException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}}});var uM,mM,fM,gM,hM,yM,SM,EM,xM,RM,_M,wM,IM,TM,vM,Kp,Jp,CM,AM,Xp,bM,wA,Yp,PM,OM,DM,IA,NM,kM,$M,Tr,TA,LM,ea,UM,FM,MM,HM,vA,BM,GM,jM,zM,VM,WM,CA,Qp=p(()=>{Z();Oh();
Ph();uM="AccessTokenType",mM="GetRoleCredentials",fM="GetRoleCredentialsRequest",gM="GetRoleCredentialsResponse",hM="InvalidRequestException",yM="RoleCredential\
s",SM="ResourceNotFoundException",EM="SecretAccessKeyType",xM="SessionTokenType",RM="TooManyRequestsException",_M="UnauthorizedException",wM="accountId",IM="acc\
essKeyId",TM="accessToken",vM="account_id",Kp="client",Jp="error",CM="expiration",AM="http",Xp="httpError",bM="httpHeader",wA="httpQuery",Yp="message",PM="roleC\
redentials",OM="roleName",DM="role_name",IA="smithy.ts.sdk.synthetic.com.amazonaws.sso",NM="secretAccessKey",kM="sessionToken",$M="x-amz-sso_bearer_token",Tr="c\
om.amazonaws.sso",TA=new J(IA),LM=[-3,IA,"SSOServiceException",0,[],[]];TA.registerError(LM,co);ea=new J(Tr),UM=[-3,Tr,hM,{[Jp]:Kp,[Xp]:400},[Yp],[0]];ea.registerError(
UM,zp);FM=[-3,Tr,SM,{[Jp]:Kp,[Xp]:404},[Yp],[0]];ea.registerError(FM,Vp);MM=[-3,Tr,RM,{[Jp]:Kp,[Xp]:429},[Yp],[0]];ea.registerError(MM,Wp);HM=[-3,Tr,_M,{[Jp]:Kp,
[Xp]:401},[Yp],[0]];ea.registerError(HM,qp);vA=[TA,ea],BM=[0,Tr,uM,8,0],GM=[0,Tr,EM,8,0],jM=[0,Tr,xM,8,0],zM=[3,Tr,fM,0,[OM,wM,TM],[[0,{[wA]:DM}],[0,{[wA]:vM}],
[()=>BM,{[bM]:$M}]],3],VM=[3,Tr,gM,0,[PM],[[()=>WM,0]]],WM=[3,Tr,yM,0,[IM,NM,kM,CM],[0,[()=>GM,0],[()=>jM,0],1]],CA=[9,Tr,mM,{[AM]:["GET","/federation/credentia\
ls",200]},()=>zM,()=>VM]});var AA,bA=p(()=>{ye();Po();$e();Kr();C();U();O();vh();_A();Qp();AA=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??RA,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
lA,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new se},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Pe}],logger:t?.logger??new xe,protocol:t?.protocol??ao,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.sso",errorTypeRegistries:vA,version:"2019-06-10",serviceTarget:"SWBPortalService"},serviceId:t?.serviceId??"S\
SO",sha256:t?.sha256??nt,urlParser:t?.urlParser??ge,utf8Decoder:t?.utf8Decoder??oe,utf8Encoder:t?.utf8Encoder??ee})});var PA,OA=p(()=>{Fi();F();ye();C();L();at();O();io();bA();PA=t=>{Tt(process.version);let e=Pt(t),r=()=>e().then(It),o=AA(t);gt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(pt,n),bodyLengthChecker:t?.bodyLengthChecker??
St,defaultSocketTimeout:mr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??jt({serviceId:o.serviceId,clientVersion:Ao.version}),maxAttempts:t?.
maxAttempts??_(Mt,t),region:t?.region??_(Ae,{...Be,...n}),requestHandler:Oe.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Bt,default:async()=>(await r()).
retryMode||We},t),streamCollector:t?.streamCollector??Ne,useDualstackEndpoint:t?.useDualstackEndpoint??_(Rt,n),useFipsEndpoint:t?.useFipsEndpoint??_(_t,n),userAgentAppId:t?.
userAgentAppId??_(zt,n)}}});var DA,NA,kA=p(()=>{DA=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},NA=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var $A,LA=p(()=>{F();C();U();kA();$A=(t,e)=>{let r=Object.assign(Vt(t),vt(t),Dt(t),DA(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Wt(r),Ct(r),Nt(r),
NA(r))}});var _s,Dh=p(()=>{F();$e();C();L();z();U();at();Z();vh();Ch();OA();LA();_s=class extends Re{config;constructor(...[e]){let r=PA(e||{});super(r),this.initConfig=r;
let o=uA(r),n=Ft(o),s=Ht(n),i=bt(s),a=i,c=er(a),l=dA(c),d=$A(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(wt(this.config)),this.middlewareStack.use(
Gt(this.config)),this.middlewareStack.use(rr(this.config)),this.middlewareStack.use(kt(this.config)),this.middlewareStack.use($t(this.config)),this.middlewareStack.
use(Lt(this.config)),this.middlewareStack.use(Ut(this.config)),this.middlewareStack.use(st(this.config,{httpAuthSchemeParametersProvider:pA,identityProviderConfigProvider:async u=>new ke(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(it(this.config))}destroy(){super.destroy()}}});var UA,FA,MA,HA=p(()=>{C();z();Ch();UA=At(mA,"SWBPortalService","SSOClient",tr),FA={},MA=(t,e,r,o)=>[]});var ws,Nh=p(()=>{HA();Qp();ws=class extends UA(FA,MA,"GetRoleCredentials",CA){}});var qM,kh,BA=p(()=>{C();Nh();Dh();qM={GetRoleCredentialsCommand:ws},kh=class extends _s{};oo(qM,kh)});var GA=p(()=>{Nh()});var jA=p(()=>{});var zA=p(()=>{Dh();BA();GA();Qp();Oh();jA()});var VA={};dr(VA,{GetRoleCredentialsCommand:()=>ws,SSOClient:()=>_s});var WA=p(()=>{zA()});var ta,$h,qA=p(()=>{F();cA();L();ta=!1,$h=async({ssoStartUrl:t,ssoSession:e,ssoAccountId:r,ssoRegion:o,ssoRoleName:n,ssoClient:s,clientConfig:i,parentClientConfig:a,
callerClientConfig:c,profile:l,filepath:d,configFilepath:u,ignoreCache:m,logger:f})=>{let g,y="To refresh this SSO session run aws sso login with the correspond\
ing profile.";if(e)try{let Qt=await Th({profile:l,filepath:d,configFilepath:u,ignoreCache:m,clientConfig:i,parentClientConfig:a,logger:f})({callerClientConfig:c});
g={accessToken:Qt.token,expiresAt:new Date(Qt.expiration).toISOString()}}catch(Qt){throw new w(Qt.message,{tryNextLink:ta,logger:f})}else try{g=await ti(t)}catch{
throw new w(`The SSO session associated with this profile is invalid. ${y}`,{tryNextLink:ta,logger:f})}if(new Date(g.expiresAt).getTime()-Date.now()<=0)throw new w(
`The SSO session associated with this profile has expired. ${y}`,{tryNextLink:ta,logger:f});let{accessToken:h}=g,{SSOClient:S,GetRoleCredentialsCommand:x}=await Promise.resolve().then(()=>(WA(),VA)),
T=s||new S(Object.assign({},i??{},{logger:i?.logger??c?.logger??a?.logger,region:i?.region??o,userAgentAppId:i?.userAgentAppId??c?.userAgentAppId??a?.userAgentAppId})),
R;try{R=await T.send(new x({accountId:r,roleName:n,accessToken:h}))}catch(Qt){throw new w(Qt,{tryNextLink:ta,logger:f})}let{roleCredentials:{accessKeyId:v,secretAccessKey:M,
sessionToken:V,expiration:Er,credentialScope:Mr,accountId:me}={}}=R;if(!v||!M||!V||!Er)throw new w("SSO returns an invalid temporary credential.",{tryNextLink:ta,
logger:f});let Ue={accessKeyId:v,secretAccessKey:M,sessionToken:V,expiration:new Date(Er),...Mr&&{credentialScope:Mr},...me&&{accountId:me}};return e?B(Ue,"CRED\
ENTIALS_SSO","s"):B(Ue,"CREDENTIALS_SSO_LEGACY","u"),Ue}});var Zp,Lh=p(()=>{L();Zp=(t,e)=>{let{sso_start_url:r,sso_account_id:o,sso_region:n,sso_role_name:s}=t;if(!r||!o||!n||!s)throw new w(`Profile is configured with i\
nvalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(t).join(", ")}
Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,{tryNextLink:!1,logger:e});return t}});var KA,JA=p(()=>{L();ch();qA();Lh();KA=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO");let{ssoStartUrl:r,
ssoAccountId:o,ssoRegion:n,ssoRoleName:s,ssoSession:i}=t,{ssoClient:a}=t,c=xt({profile:t.profile??e?.profile});if(!r&&!o&&!n&&!s&&!i){let d=(await Or(t))[c];if(!d)
throw new w(`Profile ${c} was not found.`,{logger:t.logger});if(!bp(d))throw new w(`Profile ${c} is not configured with SSO credentials.`,{logger:t.logger});if(d?.
sso_session){let S=(await si(t))[d.sso_session],x=` configurations in profile ${c} and sso-session ${d.sso_session}`;if(n&&n!==S.sso_region)throw new w("Conflic\
ting SSO region"+x,{tryNextLink:!1,logger:t.logger});if(r&&r!==S.sso_start_url)throw new w("Conflicting SSO start_url"+x,{tryNextLink:!1,logger:t.logger});d.sso_region=
S.sso_region,d.sso_start_url=S.sso_start_url}let{sso_start_url:u,sso_account_id:m,sso_region:f,sso_role_name:g,sso_session:y}=Zp(d,t.logger);return $h({ssoStartUrl:u,
ssoSession:y,ssoAccountId:m,ssoRegion:f,ssoRoleName:g,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}else{if(!r||!o||!n||!s)throw new w('Incomplete configu\
ration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',{tryNextLink:!1,logger:t.logger});return $h({ssoStartUrl:r,
ssoSession:i,ssoAccountId:o,ssoRegion:n,ssoRoleName:s,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}}});var Uh={};dr(Uh,{fromSSO:()=>KA,isSsoProfile:()=>bp,validateSsoProfile:()=>Zp});var Fh=p(()=>{JA();ch();Lh()});var XA,Mh,YA=p(()=>{F();L();XA=(t,e,r)=>{let o={EcsContainer:async n=>{let{fromHttp:s}=await Promise.resolve().then(()=>(ah(),ih)),{fromContainerMetadata:i}=await Promise.resolve().then(()=>(vp(),Tp));
return r?.debug("@aws-sdk/credential-provider-ini - credential_source is EcsContainer"),async()=>Zo(s(n??{}),i(n))().then(Mh)},Ec2InstanceMetadata:async n=>{r?.
debug("@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata");let{fromInstanceMetadata:s}=await Promise.resolve().then(()=>(vp(),Tp));return async()=>s(
n)().then(Mh)},Environment:async n=>{r?.debug("@aws-sdk/credential-provider-ini - credential_source is Environment");let{fromEnv:s}=await Promise.resolve().then(()=>(Jg(),zT));
return async()=>s(n)().then(Mh)}};if(t in o)return o[t];throw new w(`Unsupported credential source in profile ${e}. Got ${t}, expected EcsContainer or Ec2Instan\
ceMetadata or Environment.`,{logger:r})},Mh=t=>B(t,"CREDENTIALS_PROFILE_NAMED_PROVIDER","p")});var Ts,_n,ra,QA,ib,oa,Je,Hh,ZA,eb,tb,rb,ob,Xe,Bh,Is,nb,sb,KM,Y,JM,ab,cb=p(()=>{z();Ts="ref",_n=-1,ra=!0,QA="isSet",ib="PartitionResult",oa="booleanEquals",Je="s\
tringEquals",Hh="getAttr",ZA="us-east-1",eb="sigv4",tb="sts",rb="https://sts.{Region}.{PartitionResult#dnsSuffix}",ob={[Ts]:"Endpoint"},Xe={[Ts]:"Region"},Bh={[Ts]:ib},
Is={},nb=[Xe],sb={conditions:[[QA,[ob]],[QA,nb],["aws.partition",nb,ib],[oa,[{[Ts]:"UseFIPS"},ra]],[oa,[{[Ts]:"UseDualStack"},ra]],[Je,[Xe,"aws-global"]],[oa,[{
[Ts]:"UseGlobalEndpoint"},ra]],[Je,[Xe,"eu-central-1"]],[oa,[{fn:Hh,argv:[Bh,"supportsDualStack"]},ra]],[oa,[{fn:Hh,argv:[Bh,"supportsFIPS"]},ra]],[Je,[Xe,"ap-s\
outh-1"]],[Je,[Xe,"eu-north-1"]],[Je,[Xe,"eu-west-1"]],[Je,[Xe,"eu-west-2"]],[Je,[Xe,"eu-west-3"]],[Je,[Xe,"sa-east-1"]],[Je,[Xe,ZA]],[Je,[Xe,"us-east-2"]],[Je,
[Xe,"us-west-2"]],[Je,[Xe,"us-west-1"]],[Je,[Xe,"ca-central-1"]],[Je,[Xe,"ap-southeast-1"]],[Je,[Xe,"ap-northeast-1"]],[Je,[Xe,"ap-southeast-2"]],[Je,[{fn:Hh,argv:[
Bh,"name"]},"aws-us-gov"]]],results:[[_n],["https://sts.amazonaws.com",{authSchemes:[{name:eb,signingName:tb,signingRegion:ZA}]}],[rb,{authSchemes:[{name:eb,signingName:tb,
signingRegion:"{Region}"}]}],[_n,"Invalid Configuration: FIPS and custom endpoint are not supported"],[_n,"Invalid Configuration: Dualstack and custom endpoint \
are not supported"],[ob,Is],["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Is],[_n,"FIPS and DualStack are enabled, but this partition does n\
ot support one or both"],["https://sts.{Region}.amazonaws.com",Is],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",Is],[_n,"FIPS is enabled but this pa\
rtition does not support FIPS"],["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}",Is],[_n,"DualStack is enabled but this partition does not support D\
ualStack"],[rb,Is],[_n,"Invalid Configuration: Missing Region"]]},KM=2,Y=1e8,JM=new Int32Array([-1,1,-1,0,30,3,1,4,Y+14,2,5,Y+14,3,25,6,4,24,7,5,Y+1,8,6,9,Y+13,
7,Y+1,10,10,Y+1,11,11,Y+1,12,12,Y+1,13,13,Y+1,14,14,Y+1,15,15,Y+1,16,16,Y+1,17,17,Y+1,18,18,Y+1,19,19,Y+1,20,20,Y+1,21,21,Y+1,22,22,Y+1,23,23,Y+1,Y+2,8,Y+11,Y+12,
4,28,26,9,27,Y+10,24,Y+8,Y+9,8,29,Y+7,9,Y+6,Y+7,3,Y+3,31,4,Y+4,Y+5]),ab=Ge.from(JM,KM,sb.conditions,sb.results)});var XM,el,Gh=p(()=>{F();z();cb();XM=new je({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),el=(t,e={})=>XM.get(t,()=>Ot(ab,
{endpointParams:t,logger:e.logger}));be.aws=ct});function lb(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function jh(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function db(t){return{schemeId:"smithy.api#noAuth"}}var YM,QM,pb,ZM,e2,ub,mb,zh=p(()=>{ye();Oi();C();z();Gh();YM=t=>async(e,r,o)=>{if(!o)throw new Error("Could \
not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let n=await t(e,r,o),s=re(r)?.commandInstance?.constructor?.getEndpointParameterInstructions;
if(!s)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}'`);let i=await Xn(o,{getEndpointParameterInstructions:s},e);return Object.
assign(n,i)},QM=async(t,e,r)=>({operation:re(e).operation,region:await W(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()}),pb=YM(QM);ZM=(t,e,r)=>n=>{let i=t(n).properties?.authSchemes;if(!i)return e(n);let a=[];for(let c of i){let{name:l,properties:d={},...u}=c,m=l.toLowerCase();
l!==m&&console.warn(`HttpAuthScheme has been normalized with lowercasing: '${l}' to '${m}'`);let f;if(m==="sigv4a"){f="aws.auth#sigv4a";let h=i.find(S=>{let x=S.
name.toLowerCase();return x!=="sigv4a"&&x.startsWith("sigv4")});if(kr.sigv4aDependency()==="none"&&h)continue}else if(m.startsWith("sigv4"))f="aws.auth#sigv4";else
throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);let g=r[f];if(!g)throw new Error(`Could not find HttpAuthOption creat\
e function for '${f}'`);let y=g(n);y.schemeId=f,y.signingProperties={...y.signingProperties||{},...u,...d},a.push(y)}return a},e2=t=>{let e=[];return t.operation===
"AssumeRoleWithWebIdentity"?(e.push(db(t)),e.push(jh(t))):(e.push(lb(t)),e.push(jh(t))),e},ub=ZM(el,e2,{"aws.auth#sigv4":lb,"aws.auth#sigv4a":jh,"smithy.api#noA\
uth":db}),mb=t=>{let e=or(t),r=ds(e);return Object.assign(r,{authSchemePreference:W(t.authSchemePreference??[])})}});var fb,gb,Vh=p(()=>{fb=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??
!1,defaultSigningName:"sts"}),gb={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{
type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}}});var ir,tl=p(()=>{C();ir=class t extends He{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var na,sa,ia,aa,ca,pa,la,Wh=p(()=>{tl();na=class t extends ir{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="clie\
nt";constructor(e){super({name:"ExpiredTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},sa=class t extends ir{static shapeId="co\
m.amazonaws.sts#MalformedPolicyDocumentException";name="MalformedPolicyDocumentException";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentExc\
eption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ia=class t extends ir{static shapeId="com.amazonaws.sts#PackedPolicyTooLargeException";name="\
PackedPolicyTooLargeException";$fault="client";constructor(e){super({name:"PackedPolicyTooLargeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
aa=class t extends ir{static shapeId="com.amazonaws.sts#RegionDisabledException";name="RegionDisabledException";$fault="client";constructor(e){super({name:"Regi\
onDisabledException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ca=class t extends ir{static shapeId="com.amazonaws.sts#IDPRejectedClaimEx\
ception";name="IDPRejectedClaimException";$fault="client";constructor(e){super({name:"IDPRejectedClaimException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},pa=class t extends ir{static shapeId="com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdentityTokenException";$fault="client";constructor(e){
super({name:"InvalidIdentityTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},la=class t extends ir{static shapeId="com.amazonaws\
.sts#IDPCommunicationErrorException";name="IDPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicationErrorExcept\
ion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}}});var t2,r2,o2,n2,s2,i2,qh,a2,c2,p2,l2,Kh,d2,hb,u2,m2,f2,g2,h2,y2,S2,E2,yb,Sb,Eb,x2,R2,_2,w2,I2,T2,xb,v2,C2,Rb,A2,_b,b2,P2,Jh,O2,D2,wb,Ib,N2,k2,$2,L2,U2,F2,M2,H2,
wn,In,B2,Tn,vn,Cn,G2,Tb,j2,ie,vb,Cb,Do,Ab,bb,Pb,Ob,Db,Nb,kb,Xh,z2,V2,Yh,$b,Lb,Ub,Fb,Qh,Mb,Hb,Bb,Gb,W2,q2,Zh,ey,da=p(()=>{Z();Wh();tl();t2="Arn",r2="AccessKeyId",
o2="AssumeRole",n2="AssumedRoleId",s2="AssumeRoleRequest",i2="AssumeRoleResponse",qh="AssumedRoleUser",a2="AssumeRoleWithWebIdentity",c2="AssumeRoleWithWebIdent\
ityRequest",p2="AssumeRoleWithWebIdentityResponse",l2="Audience",Kh="Credentials",d2="ContextAssertion",hb="DurationSeconds",u2="Expiration",m2="ExternalId",f2=
"ExpiredTokenException",g2="IDPCommunicationErrorException",h2="IDPRejectedClaimException",y2="InvalidIdentityTokenException",S2="Key",E2="MalformedPolicyDocume\
ntException",yb="MinimumSessionTokenSize",Sb="Policy",Eb="PolicyArns",x2="ProviderArn",R2="ProvidedContexts",_2="ProvidedContextsListType",w2="ProvidedContext",
I2="PolicyDescriptorType",T2="ProviderId",xb="PackedPolicySize",v2="PackedPolicyTooLargeException",C2="Provider",Rb="RoleArn",A2="RegionDisabledException",_b="R\
oleSessionName",b2="SecretAccessKey",P2="SubjectFromWebIdentityToken",Jh="SourceIdentity",O2="SerialNumber",D2="SessionToken",wb="SessionTokenSize",Ib="SessionT\
okenUtilization",N2="Tags",k2="TokenCode",$2="TransitiveTagKeys",L2="Tag",U2="Value",F2="WebIdentityToken",M2="arn",H2="accessKeySecretType",wn="awsQueryError",
In="client",B2="clientTokenType",Tn="error",vn="httpError",Cn="message",G2="policyDescriptorListType",Tb="smithy.ts.sdk.synthetic.com.amazonaws.sts",j2="tagList\
Type",ie="com.amazonaws.sts",vb=new J(Tb),Cb=[-3,Tb,"STSServiceException",0,[],[]];vb.registerError(Cb,ir);Do=new J(ie),Ab=[-3,ie,f2,{[wn]:["ExpiredTokenExcepti\
on",400],[Tn]:In,[vn]:400},[Cn],[0]];Do.registerError(Ab,na);bb=[-3,ie,g2,{[wn]:["IDPCommunicationError",400],[Tn]:In,[vn]:400},[Cn],[0]];Do.registerError(bb,la);
Pb=[-3,ie,h2,{[wn]:["IDPRejectedClaim",403],[Tn]:In,[vn]:403},[Cn],[0]];Do.registerError(Pb,ca);Ob=[-3,ie,y2,{[wn]:["InvalidIdentityToken",400],[Tn]:In,[vn]:400},
[Cn],[0]];Do.registerError(Ob,pa);Db=[-3,ie,E2,{[wn]:["MalformedPolicyDocument",400],[Tn]:In,[vn]:400},[Cn],[0]];Do.registerError(Db,sa);Nb=[-3,ie,v2,{[wn]:["Pa\
ckedPolicyTooLarge",400],[Tn]:In,[vn]:400},[Cn],[0]];Do.registerError(Nb,ia);kb=[-3,ie,A2,{[wn]:["RegionDisabledException",403],[Tn]:In,[vn]:403},[Cn],[0]];Do.registerError(
kb,aa);Xh=[vb,Do],z2=[0,ie,H2,8,0],V2=[0,ie,B2,8,0],Yh=[3,ie,qh,0,[n2,t2],[0,0],2],$b=[3,ie,s2,0,[Rb,_b,Eb,Sb,hb,N2,$2,m2,O2,k2,Jh,R2,yb],[0,0,()=>Gb,0,1,()=>q2,
64,0,0,0,0,()=>W2,1],2],Lb=[3,ie,i2,0,[Kh,qh,xb,Jh,Ib,wb],[[()=>Qh,0],()=>Yh,1,0,1,1]],Ub=[3,ie,c2,0,[Rb,_b,F2,T2,Eb,Sb,hb,yb],[0,0,[()=>V2,0],0,()=>Gb,0,1,1],3],
Fb=[3,ie,p2,0,[Kh,P2,qh,xb,C2,l2,Jh,Ib,wb],[[()=>Qh,0],0,()=>Yh,1,0,0,0,1,1]],Qh=[3,ie,Kh,0,[r2,b2,D2,u2],[0,[()=>z2,0],0,4],4],Mb=[3,ie,I2,0,[M2],[0]],Hb=[3,ie,
w2,0,[x2,d2],[0,0]],Bb=[3,ie,L2,0,[S2,U2],[0,0],2],Gb=[1,ie,G2,0,()=>Mb],W2=[1,ie,_2,0,()=>Hb],q2=[1,ie,j2,0,()=>Bb],Zh=[9,ie,o2,0,()=>$b,()=>Lb],ey=[9,ie,a2,0,
()=>Ub,()=>Fb]});var jb,zb=p(()=>{ye();Po();Oi();$e();Kr();C();U();O();zh();Gh();da();jb=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??el,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
ub,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new se},{schemeId:"aws.aut\
h#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4a"),signer:new wr},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("s\
mithy.api#noAuth")||(async()=>({})),signer:new Pe}],logger:t?.logger??new xe,protocol:t?.protocol??En,protocolSettings:t?.protocolSettings??{defaultNamespace:"c\
om.amazonaws.sts",errorTypeRegistries:Xh,xmlNamespace:"https://sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20\
110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??nt,signerConstructor:t?.signerConstructor??kr,urlParser:t?.urlParser??ge,utf8Decoder:t?.utf8Decoder??oe,
utf8Encoder:t?.utf8Encoder??ee})});var Vb,Wb=p(()=>{Fi();F();ye();$e();C();L();at();O();io();zb();Vb=t=>{Tt(process.version);let e=Pt(t),r=()=>e().then(It),o=jb(t);gt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(pt,n),bodyLengthChecker:t?.bodyLengthChecker??
St,defaultSocketTimeout:mr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??jt({serviceId:o.serviceId,clientVersion:Ao.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4")||(async i=>await t.credentialDefaultProvider(i?.__config||
{})()),signer:new se},{schemeId:"aws.auth#sigv4a",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4a"),signer:new wr},{schemeId:"smithy.api#noAuth",identityProvider:s=>s.
getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Pe}],maxAttempts:t?.maxAttempts??_(Mt,t),region:t?.region??_(Ae,{...Be,...n}),requestHandler:Oe.
create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Bt,default:async()=>(await r()).retryMode||We},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??_(
us,n),streamCollector:t?.streamCollector??Ne,useDualstackEndpoint:t?.useDualstackEndpoint??_(Rt,n),useFipsEndpoint:t?.useFipsEndpoint??_(_t,n),userAgentAppId:t?.
userAgentAppId??_(zt,n)}}});var qb,Kb,Jb=p(()=>{qb=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},Kb=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var Xb,Yb=p(()=>{F();C();U();Jb();Xb=(t,e)=>{let r=Object.assign(Vt(t),vt(t),Dt(t),qb(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Wt(r),Ct(r),Nt(r),
Kb(r))}});var No,rl=p(()=>{F();$e();C();L();z();U();at();Z();zh();Vh();Wb();Yb();No=class extends Re{config;constructor(...[e]){let r=Vb(e||{});super(r),this.initConfig=r;
let o=fb(r),n=Ft(o),s=Ht(n),i=bt(s),a=i,c=er(a),l=mb(c),d=Xb(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(wt(this.config)),this.middlewareStack.use(
Gt(this.config)),this.middlewareStack.use(rr(this.config)),this.middlewareStack.use(kt(this.config)),this.middlewareStack.use($t(this.config)),this.middlewareStack.
use(Lt(this.config)),this.middlewareStack.use(Ut(this.config)),this.middlewareStack.use(st(this.config,{httpAuthSchemeParametersProvider:pb,identityProviderConfigProvider:async u=>new ke(
{"aws.auth#sigv4":u.credentials,"aws.auth#sigv4a":u.credentials})})),this.middlewareStack.use(it(this.config))}destroy(){super.destroy()}}});var ol,nl,sl,ty=p(()=>{C();z();Vh();ol=At(gb,"AWSSecurityTokenServiceV20110615","STSClient",tr),nl={},sl=(t,e,r,o)=>[]});var An,il=p(()=>{ty();da();An=class extends ol(nl,sl,"AssumeRole",Zh){}});var bn,al=p(()=>{ty();da();bn=class extends ol(nl,sl,"AssumeRoleWithWebIdentity",ey){}});var K2,cl,Qb=p(()=>{C();il();al();rl();K2={AssumeRoleCommand:An,AssumeRoleWithWebIdentityCommand:bn},cl=class extends No{};oo(K2,cl)});var Zb=p(()=>{il();al()});var eP=p(()=>{});var tP,rP,oP,nP,sP,iP=p(()=>{F();il();al();tP=t=>{if(typeof t?.Arn=="string"){let e=t.Arn.split(":");if(e.length>4&&e[4]!=="")return e[4]}},rP=async(t,e,r,o={})=>{
let n=typeof t=="function"?await t():t,s=typeof e=="function"?await e():e,i="",a=n??s??(i=await Tg(o)());return r?.debug?.("@aws-sdk/client-sts::resolveRegion",
"accepting first of:",`${n} (credential provider clientConfig)`,`${s} (contextual client)`,`${i} (STS default: AWS_REGION, profile region, or us-east-1)`),a},oP=
(t,e)=>{let r,o;return async(n,s)=>{if(o=n,!r){let{logger:d=t?.parentClientConfig?.logger,profile:u=t?.parentClientConfig?.profile,region:m,requestHandler:f=t?.
parentClientConfig?.requestHandler,credentialProviderLogger:g,userAgentAppId:y=t?.parentClientConfig?.userAgentAppId}=t,h=await rP(m,t?.parentClientConfig?.region,
g,{logger:d,profile:u}),S=!sP(f);r=new e({...t,userAgentAppId:y,profile:u,credentialDefaultProvider:()=>async()=>o,region:h,requestHandler:S?f:void 0,logger:d})}
let{Credentials:i,AssumedRoleUser:a}=await r.send(new An(s));if(!i||!i.AccessKeyId||!i.SecretAccessKey)throw new Error(`Invalid response from STS.assumeRole cal\
l with role ${s.RoleArn}`);let c=tP(a),l={accessKeyId:i.AccessKeyId,secretAccessKey:i.SecretAccessKey,sessionToken:i.SessionToken,expiration:i.Expiration,...i.CredentialScope&&
{credentialScope:i.CredentialScope},...c&&{accountId:c}};return B(l,"CREDENTIALS_STS_ASSUME_ROLE","i"),l}},nP=(t,e)=>{let r;return async o=>{if(!r){let{logger:c=t?.
parentClientConfig?.logger,profile:l=t?.parentClientConfig?.profile,region:d,requestHandler:u=t?.parentClientConfig?.requestHandler,credentialProviderLogger:m,userAgentAppId:f=t?.
parentClientConfig?.userAgentAppId}=t,g=await rP(d,t?.parentClientConfig?.region,m,{logger:c,profile:l}),y=!sP(u);r=new e({...t,userAgentAppId:f,profile:l,region:g,
requestHandler:y?u:void 0,logger:c})}let{Credentials:n,AssumedRoleUser:s}=await r.send(new bn(o));if(!n||!n.AccessKeyId||!n.SecretAccessKey)throw new Error(`Inv\
alid response from STS.assumeRoleWithWebIdentity call with role ${o.RoleArn}`);let i=tP(s),a={accessKeyId:n.AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.
SessionToken,expiration:n.Expiration,...n.CredentialScope&&{credentialScope:n.CredentialScope},...i&&{accountId:i}};return i&&B(a,"RESOLVED_ACCOUNT_ID","T"),B(a,
"CREDENTIALS_STS_ASSUME_ROLE_WEB_ID","k"),a}},sP=t=>t?.metadata?.handlerProtocol==="h2"});var aP,cP,pP,J2,lP=p(()=>{iP();rl();aP=(t,e)=>e?class extends t{constructor(o){super(o);for(let n of e)this.middlewareStack.use(n)}}:t,cP=(t={},e)=>oP(t,aP(No,e)),
pP=(t={},e)=>nP(t,aP(No,e)),J2=t=>e=>t({roleAssumer:cP(e),roleAssumerWithWebIdentity:pP(e),...e})});var ry={};dr(ry,{$Command:()=>_r,AssumeRole$:()=>Zh,AssumeRoleCommand:()=>An,AssumeRoleRequest$:()=>$b,AssumeRoleResponse$:()=>Lb,AssumeRoleWithWebIdentity$:()=>ey,
AssumeRoleWithWebIdentityCommand:()=>bn,AssumeRoleWithWebIdentityRequest$:()=>Ub,AssumeRoleWithWebIdentityResponse$:()=>Fb,AssumedRoleUser$:()=>Yh,Credentials$:()=>Qh,
ExpiredTokenException:()=>na,ExpiredTokenException$:()=>Ab,IDPCommunicationErrorException:()=>la,IDPCommunicationErrorException$:()=>bb,IDPRejectedClaimException:()=>ca,
IDPRejectedClaimException$:()=>Pb,InvalidIdentityTokenException:()=>pa,InvalidIdentityTokenException$:()=>Ob,MalformedPolicyDocumentException:()=>sa,MalformedPolicyDocumentException$:()=>Db,
PackedPolicyTooLargeException:()=>ia,PackedPolicyTooLargeException$:()=>Nb,PolicyDescriptorType$:()=>Mb,ProvidedContext$:()=>Hb,RegionDisabledException:()=>aa,RegionDisabledException$:()=>kb,
STS:()=>cl,STSClient:()=>No,STSServiceException:()=>ir,STSServiceException$:()=>Cb,Tag$:()=>Bb,__Client:()=>Re,decorateDefaultCredentialProvider:()=>J2,errorTypeRegistries:()=>Xh,
getDefaultRoleAssumer:()=>cP,getDefaultRoleAssumerWithWebIdentity:()=>pP});var oy=p(()=>{rl();Qb();Zb();C();da();Wh();eP();lP();tl()});var uP,X2,Y2,mP,dP,fP=p(()=>{F();L();YA();uP=(t,{profile:e="default",logger:r}={})=>!!t&&typeof t=="object"&&typeof t.role_arn=="string"&&["undefined","string"].
indexOf(typeof t.role_session_name)>-1&&["undefined","string"].indexOf(typeof t.external_id)>-1&&["undefined","string"].indexOf(typeof t.mfa_serial)>-1&&(X2(t,{
profile:e,logger:r})||Y2(t,{profile:e,logger:r})),X2=(t,{profile:e,logger:r})=>{let o=typeof t.source_profile=="string"&&typeof t.credential_source>"u";return o&&
r?.debug?.(`    ${e} isAssumeRoleWithSourceProfile source_profile=${t.source_profile}`),o},Y2=(t,{profile:e,logger:r})=>{let o=typeof t.credential_source=="stri\
ng"&&typeof t.source_profile>"u";return o&&r?.debug?.(`    ${e} isCredentialSourceProfile credential_source=${t.credential_source}`),o},mP=async(t,e,r,o,n={},s)=>{
r.logger?.debug("@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)");let i=e[t],{source_profile:a,region:c}=i;if(!r.roleAssumer){let{getDefaultRoleAssumer:d}=await Promise.resolve().then(()=>(oy(),ry));
r.roleAssumer=d({...r.clientConfig,credentialProviderLogger:r.logger,parentClientConfig:{...o,...r?.parentClientConfig,region:c??r?.parentClientConfig?.region??
o?.region}},r.clientPlugins)}if(a&&a in n)throw new w(`Detected a cycle attempting to resolve credentials for profile ${xt(r)}. Profiles visited: `+Object.keys(
n).join(", "),{logger:r.logger});r.logger?.debug(`@aws-sdk/credential-provider-ini - finding credential resolver using ${a?`source_profile=[${a}]`:`profile=[${t}\
]`}`);let l=a?s(a,e,r,o,{...n,[a]:!0},dP(e[a]??{})):(await XA(i.credential_source,t,r.logger)(r))();if(dP(i))return l.then(d=>B(d,"CREDENTIALS_PROFILE_SOURCE_PR\
OFILE","o"));{let d={RoleArn:i.role_arn,RoleSessionName:i.role_session_name||`aws-sdk-js-${Date.now()}`,ExternalId:i.external_id,DurationSeconds:parseInt(i.duration_seconds||
"3600",10)},{mfa_serial:u}=i;if(u){if(!r.mfaCodeProvider)throw new w(`Profile ${t} requires multi-factor authentication, but no MFA code callback was provided.`,
{logger:r.logger,tryNextLink:!1});d.SerialNumber=u,d.TokenCode=await r.mfaCodeProvider(u)}let m=await l;return r.roleAssumer(m,d).then(f=>B(f,"CREDENTIALS_PROFI\
LE_SOURCE_PROFILE","o"))}},dP=t=>!t.role_arn&&!!t.credential_source});function Q2(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"signin",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function Z2(t){return{schemeId:"smithy.api#noAuth"}}var gP,hP,yP,ny=p(()=>{ye();C();gP=async(t,e,r)=>({operation:re(e).operation,region:await W(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});hP=t=>{let e=[];return t.operation==="CreateOAuth2Token"?e.push(Z2(t)):e.push(Q2(
t)),e},yP=t=>{let e=or(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??[])})}});var SP,EP,sy=p(()=>{SP=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"signin"}),EP=
{UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var Lo,ko,xP,vs,RP,Cs,_P,ay,po,iy,wP,IP,$o,AP,TP,pl,lt,vP,CP,eH,G,tH,bP,PP=p(()=>{z();Lo="ref",ko=-1,xP=!1,vs=!0,RP="isSet",Cs="booleanEquals",_P="coalesce",ay=
"PartitionResult",po="stringEquals",iy="getAttr",wP="https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}",IP={[Lo]:"Endpoint"},$o={fn:iy,argv:[{[Lo]:ay},
"name"]},AP={[Lo]:"Region"},TP={[Lo]:ay},pl={authSchemes:[{name:"sigv4",signingName:"signin",signingRegion:"{Region}"}]},lt={},vP=[AP],CP={conditions:[[RP,vP],[
Cs,[{fn:_P,argv:[{[Lo]:"IsControlPlane"},xP]},vs]],[RP,[IP]],["aws.partition",vP,ay],[Cs,[{[Lo]:"UseFIPS"},vs]],[po,[$o,"aws"]],[Cs,[{fn:_P,argv:[{[Lo]:"IsOAuth\
Endpoint"},xP]},vs]],[Cs,[{[Lo]:"UseDualStack"},vs]],[po,[$o,"aws-cn"]],[po,[AP,"us-gov-west-1"]],[po,[$o,"aws-us-gov"]],[Cs,[{fn:iy,argv:[TP,"supportsFIPS"]},vs]],
[po,[$o,"aws-iso"]],[po,[$o,"aws-iso-b"]],[po,[$o,"aws-iso-f"]],[po,[$o,"aws-iso-e"]],[po,[$o,"aws-eusc"]],[Cs,[{fn:iy,argv:[TP,"supportsDualStack"]},vs]]],results:[
[ko],["https://signin.{Region}.api.aws",pl],["https://signin.{Region}.api.amazonwebservices.com.cn",pl],[wP,pl],[ko,"FIPS endpoints are not supported for OAuth \
operations. Disable FIPS or use a non-OAuth operation."],["https://{Region}.oauth.signin.aws",pl],["https://{Region}.signin.aws.amazon.com",lt],["https://{Regio\
n}.signin.amazonaws.cn",lt],["https://{Region}.signin.amazonaws-us-gov.com",lt],["https://{Region}.signin.c2shome.ic.gov",lt],["https://{Region}.signin.sc2shome\
.sgov.gov",lt],["https://{Region}.signin.csphome.hci.ic.gov",lt],["https://{Region}.signin.csphome.adc-e.uk",lt],["https://{Region}.signin.amazonaws-eusc.eu",lt],
["https://signin-fips.amazonaws-us-gov.com",lt],["https://{Region}.signin-fips.amazonaws-us-gov.com",lt],["https://{Region}.signin.{PartitionResult#dnsSuffix}",
lt],[ko,"Invalid Configuration: FIPS and custom endpoint are not supported"],[ko,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[IP,lt],
["https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",lt],[ko,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://signin-fips.{Region}.{PartitionResult#dnsSuffix}",lt],[ko,"FIPS is enabled but this partition does not support FIPS"],[wP,lt],[ko,"DualStack is enable\
d but this partition does not support DualStack"],["https://signin.{Region}.{PartitionResult#dnsSuffix}",lt],[ko,"Invalid Configuration: Missing Region"]]},eH=2,
G=1e8,tH=new Int32Array([-1,1,-1,0,6,3,2,36,4,4,5,G+27,6,G+4,G+27,1,29,7,2,36,8,3,9,31,4,22,10,5,19,11,7,21,12,8,G+7,13,10,G+8,14,12,G+9,15,13,G+10,16,14,G+11,17,
15,G+12,18,16,G+13,G+16,6,G+5,20,7,21,G+6,17,G+24,G+25,6,G+4,23,7,27,24,9,G+14,25,10,G+15,26,11,G+22,G+23,11,28,G+21,17,G+20,G+21,2,35,30,3,39,31,4,32,G+27,6,G+
4,33,7,G+27,34,9,G+14,G+27,3,39,36,4,38,37,7,G+18,G+19,6,G+4,G+17,5,G+1,40,8,G+2,G+3]),bP=Ge.from(tH,eH,CP.conditions,CP.results)});var rH,OP,DP=p(()=>{F();z();PP();rH=new je({size:50,params:["Endpoint","IsControlPlane","IsOAuthEndpoint","Region","UseDualStack","UseFIPS"]}),OP=(t,e={})=>rH.get(
t,()=>Ot(bP,{endpointParams:t,logger:e.logger}));be.aws=ct});var Ur,ll=p(()=>{C();Ur=class t extends He{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var ua,ma,fa,ga,cy=p(()=>{ll();ua=class t extends Ur{static shapeId="com.amazonaws.signin#AccessDeniedException";name="AccessDeniedException";$fault="client";error;constructor(e){
super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},ma=class t extends Ur{static shapeId="co\
m.amazonaws.signin#InternalServerException";name="InternalServerException";$fault="server";error;constructor(e){super({name:"InternalServerException",$fault:"se\
rver",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},fa=class t extends Ur{static shapeId="com.amazonaws.signin#TooManyRequestsError";name="\
TooManyRequestsError";$fault="client";error;constructor(e){super({name:"TooManyRequestsError",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.
error=e.error}},ga=class t extends Ur{static shapeId="com.amazonaws.signin#ValidationException";name="ValidationException";$fault="client";error;constructor(e){
super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}}});var oH,nH,sH,iH,aH,cH,pH,lH,dH,uH,mH,fH,gH,hH,yH,NP,py,SH,my,kP,$P,EH,Uo,ly,xH,dy,RH,HP,fy,LP,Ye,ul,_H,dl,UP,BP,FP,MP,wH,IH,TH,uy,vH,dt,GP,jP,ha,zP,VP,WP,qP,gy,
CH,KP,JP,XP,YP,QP,ZP,eO,tO,hy,yy,ya=p(()=>{Z();cy();ll();oH="AccessDeniedException",nH="AccessToken",sH="CreateOAuth2Token",iH="CreateOAuth2TokenRequest",aH="Cr\
eateOAuth2TokenRequestBody",cH="CreateOAuth2TokenResponseBody",pH="CreateOAuth2TokenResponse",lH="CreateOAuth2TokenWithIAM",dH="CreateOAuth2TokenWithIAMRequest",
uH="CreateOAuth2TokenWithIAMResponse",mH="InternalServerException",fH="OAuthAccessToken",gH="RefreshToken",hH="TooManyRequestsError",yH="ValidationException",NP=
"accessKeyId",py="accessToken",SH="access_token",my="client",kP="clientId",$P="codeVerifier",EH="code",Uo="error",ly="expiresIn",xH="expires_in",dy="grantType",
RH="grant_type",HP="http",fy="httpError",LP="idToken",Ye="jsonName",ul="message",_H="resource",dl="refreshToken",UP="redirectUri",BP="smithy.ts.sdk.synthetic.co\
m.amazonaws.signin",FP="secretAccessKey",MP="sessionToken",wH="server",IH="tokenInput",TH="tokenOutput",uy="tokenType",vH="token_type",dt="com.amazonaws.signin",
GP=new J(BP),jP=[-3,BP,"SigninServiceException",0,[],[]];GP.registerError(jP,Ur);ha=new J(dt),zP=[-3,dt,oH,{[Uo]:my},[Uo,ul],[0,0],2];ha.registerError(zP,ua);VP=
[-3,dt,mH,{[Uo]:wH,[fy]:500},[Uo,ul],[0,0],2];ha.registerError(VP,ma);WP=[-3,dt,hH,{[Uo]:my,[fy]:429},[Uo,ul],[0,0],2];ha.registerError(WP,fa);qP=[-3,dt,yH,{[Uo]:my,
[fy]:400},[Uo,ul],[0,0],2];ha.registerError(qP,ga);gy=[GP,ha],CH=[0,dt,fH,8,0],KP=[0,dt,gH,8,0],JP=[3,dt,nH,8,[NP,FP,MP],[[0,{[Ye]:NP}],[0,{[Ye]:FP}],[0,{[Ye]:MP}]],
3],XP=[3,dt,iH,0,[IH],[[()=>YP,16]],1],YP=[3,dt,aH,0,[kP,dy,EH,UP,$P,dl],[[0,{[Ye]:kP}],[0,{[Ye]:dy}],0,[0,{[Ye]:UP}],[0,{[Ye]:$P}],[()=>KP,{[Ye]:dl}]],2],QP=[3,
dt,pH,0,[TH],[[()=>ZP,16]],1],ZP=[3,dt,cH,0,[py,uy,ly,dl,LP],[[()=>JP,{[Ye]:py}],[0,{[Ye]:uy}],[1,{[Ye]:ly}],[()=>KP,{[Ye]:dl}],[0,{[Ye]:LP}]],4],eO=[3,dt,dH,0,
[dy,_H],[[0,{[Ye]:RH}],0],2],tO=[3,dt,uH,0,[py,uy,ly],[[()=>CH,{[Ye]:SH}],[0,{[Ye]:vH}],[1,{[Ye]:xH}]],3],hy=[9,dt,sH,{[HP]:["POST","/v1/token",200]},()=>XP,()=>QP],
yy=[9,dt,lH,{[HP]:["POST","/v1/token?x-amz-client-auth-method=iam",200]},()=>eO,()=>tO]});var rO,oO=p(()=>{ye();Po();$e();Kr();C();U();O();ny();DP();ya();rO=t=>({apiVersion:"2023-01-01",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??
pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??OP,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
hP,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new se},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Pe}],logger:t?.logger??new xe,protocol:t?.protocol??ao,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.signin",errorTypeRegistries:gy,version:"2023-01-01",serviceTarget:"Signin"},serviceId:t?.serviceId??"Signin",
sha256:t?.sha256??nt,urlParser:t?.urlParser??ge,utf8Decoder:t?.utf8Decoder??oe,utf8Encoder:t?.utf8Encoder??ee})});var nO,sO=p(()=>{Fi();F();ye();C();L();at();O();io();oO();nO=t=>{Tt(process.version);let e=Pt(t),r=()=>e().then(It),o=rO(t);gt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(pt,n),bodyLengthChecker:t?.bodyLengthChecker??
St,defaultSocketTimeout:mr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??jt({serviceId:o.serviceId,clientVersion:Ao.version}),maxAttempts:t?.
maxAttempts??_(Mt,t),region:t?.region??_(Ae,{...Be,...n}),requestHandler:Oe.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Bt,default:async()=>(await r()).
retryMode||We},t),streamCollector:t?.streamCollector??Ne,useDualstackEndpoint:t?.useDualstackEndpoint??_(Rt,n),useFipsEndpoint:t?.useFipsEndpoint??_(_t,n),userAgentAppId:t?.
userAgentAppId??_(zt,n)}}});var iO,aO,cO=p(()=>{iO=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},aO=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var pO,lO=p(()=>{F();C();U();cO();pO=(t,e)=>{let r=Object.assign(Vt(t),vt(t),Dt(t),iO(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Wt(r),Ct(r),Nt(r),
aO(r))}});var Sa,Sy=p(()=>{F();$e();C();L();z();U();at();Z();ny();sy();sO();lO();Sa=class extends Re{config;constructor(...[e]){let r=nO(e||{});super(r),this.initConfig=r;
let o=SP(r),n=Ft(o),s=Ht(n),i=bt(s),a=i,c=er(a),l=yP(c),d=pO(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(wt(this.config)),this.middlewareStack.use(
Gt(this.config)),this.middlewareStack.use(rr(this.config)),this.middlewareStack.use(kt(this.config)),this.middlewareStack.use($t(this.config)),this.middlewareStack.
use(Lt(this.config)),this.middlewareStack.use(Ut(this.config)),this.middlewareStack.use(st(this.config,{httpAuthSchemeParametersProvider:gP,identityProviderConfigProvider:async u=>new ke(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(it(this.config))}destroy(){super.destroy()}}});var ml,dO,uO,fl,Ey=p(()=>{C();z();sy();ml=At(EP,"Signin","SigninClient",tr),dO={IsControlPlane:{type:"staticContextParams",value:!1}},uO={IsOAuthEndpoint:{type:"\
staticContextParams",value:!0}},fl=(t,e,r,o)=>[]});var Ea,xy=p(()=>{Ey();ya();Ea=class extends ml(dO,fl,"CreateOAuth2Token",hy){}});var xa,Ry=p(()=>{Ey();ya();xa=class extends ml(uO,fl,"CreateOAuth2TokenWithIAM",yy){}});var AH,gl,mO=p(()=>{C();xy();Ry();Sy();AH={CreateOAuth2TokenCommand:Ea,CreateOAuth2TokenWithIAMCommand:xa},gl=class extends Sa{};oo(AH,gl)});var fO=p(()=>{xy();Ry()});var bH,gO=p(()=>{bH={AUTHCODE_EXPIRED:"AUTHCODE_EXPIRED",CONFLICT:"CONFLICT",INSUFFICIENT_PERMISSIONS:"INSUFFICIENT_PERMISSIONS",INVALID_REQUEST:"INVALID_REQUES\
T",OAUTH_INVALID_GRANT:"invalid_grant",OAUTH_INVALID_REQUEST:"invalid_request",OAUTH_INVALID_SCOPE:"invalid_scope",OAUTH_INVALID_TARGET:"invalid_target",OAUTH_RATE_EXCEEDED:"\
rate_exceeded",OAUTH_SERVICE_UNAVAILABLE:"service_unavailable",OAUTH_UNSUPPORTED_GRANT_TYPE:"unsupported_grant_type",RESOURCE_NOT_FOUND:"RESOURCE_NOT_FOUND",SERVER_ERROR:"\
server_error",SERVICE_QUOTA_EXCEEDED:"SERVICE_QUOTA_EXCEEDED",TOKEN_EXPIRED:"TOKEN_EXPIRED",USER_CREDENTIALS_CHANGED:"USER_CREDENTIALS_CHANGED"}});var hO=p(()=>{});var yO={};dr(yO,{$Command:()=>_r,AccessDeniedException:()=>ua,AccessDeniedException$:()=>zP,AccessToken$:()=>JP,CreateOAuth2Token$:()=>hy,CreateOAuth2TokenCommand:()=>Ea,
CreateOAuth2TokenRequest$:()=>XP,CreateOAuth2TokenRequestBody$:()=>YP,CreateOAuth2TokenResponse$:()=>QP,CreateOAuth2TokenResponseBody$:()=>ZP,CreateOAuth2TokenWithIAM$:()=>yy,
CreateOAuth2TokenWithIAMCommand:()=>xa,CreateOAuth2TokenWithIAMRequest$:()=>eO,CreateOAuth2TokenWithIAMResponse$:()=>tO,InternalServerException:()=>ma,InternalServerException$:()=>VP,
OAuth2ErrorCode:()=>bH,Signin:()=>gl,SigninClient:()=>Sa,SigninServiceException:()=>Ur,SigninServiceException$:()=>jP,TooManyRequestsError:()=>fa,TooManyRequestsError$:()=>WP,
ValidationException:()=>ga,ValidationException$:()=>qP,__Client:()=>Re,errorTypeRegistries:()=>gy});var SO=p(()=>{Sy();mO();fO();C();ya();gO();cy();hO();ll()});var Fo,hl,EO,Ra,yl,xO=p(()=>{L();U();Fo=require("node:crypto"),hl=require("node:fs"),EO=require("node:os"),Ra=require("node:path"),yl=class t{profileData;init;callerClientConfig;static REFRESH_THRESHOLD=300*
1e3;constructor(e,r,o){this.profileData=e,this.init=r,this.callerClientConfig=o}async loadCredentials(){let e=await this.loadToken();if(!e)throw new w(`Failed t\
o load a token for session ${this.loginSession}, please re-authenticate using aws login`,{tryNextLink:!1,logger:this.logger});let r=e.accessToken,o=Date.now();return new Date(
r.expiresAt).getTime()-o<=t.REFRESH_THRESHOLD?this.refresh(e):this.toCredentials(e.accessToken)}get logger(){return this.init?.logger}get loginSession(){return this.
profileData.login_session}toCredentials(e){return{accessKeyId:e.accessKeyId,secretAccessKey:e.secretAccessKey,sessionToken:e.sessionToken,accountId:e.accountId,
expiration:new Date(e.expiresAt)}}async refresh(e){let r=await this.loadToken().catch(()=>e),o=Date.now(),n=new Date(r.accessToken.expiresAt).getTime(),s=new Date(
e.accessToken.expiresAt).getTime(),i=n<=o&&s>o?e:r;if(new Date(i.accessToken.expiresAt).getTime()-Date.now()>t.REFRESH_THRESHOLD)return this.toCredentials(i.accessToken);
let{SigninClient:c,CreateOAuth2TokenCommand:l}=await Promise.resolve().then(()=>(SO(),yO)),{logger:d,userAgentAppId:u}=this.callerClientConfig??{},f=(x=>x?.metadata?.
handlerProtocol==="h2")(this.callerClientConfig?.requestHandler)?void 0:this.callerClientConfig?.requestHandler,g=typeof i.signInRegion=="string"&&i.signInRegion.
length>0?i.signInRegion:void 0,y=g??this.profileData.region??await this.callerClientConfig?.region?.()??process.env.AWS_REGION,h=new c({credentials:{accessKeyId:"",
secretAccessKey:""},region:y,requestHandler:f,logger:d,userAgentAppId:u,...this.init?.clientConfig,...g&&{region:g}});this.createDPoPInterceptor(h.middlewareStack);
let S={tokenInput:{clientId:i.clientId,refreshToken:i.refreshToken,grantType:"refresh_token"}};try{let x=await h.send(new l(S)),{accessKeyId:T,secretAccessKey:R,
sessionToken:v}=x.tokenOutput?.accessToken??{},{refreshToken:M,expiresIn:V}=x.tokenOutput??{};if(!T||!R||!v||!M)throw new w("Token refresh response missing requ\
ired fields",{logger:this.logger,tryNextLink:!1});let Er=(V??900)*1e3,Mr=new Date(Date.now()+Er),me={...i,accessToken:{...i.accessToken,accessKeyId:T,secretAccessKey:R,
sessionToken:v,expiresAt:Mr.toISOString()},refreshToken:M};return await this.saveToken(me),this.toCredentials(me.accessToken)}catch(x){if(x.name==="AccessDenied\
Exception"){let R=x.error,v;switch(R){case"TOKEN_EXPIRED":v="Your session has expired. Please reauthenticate.";break;case"USER_CREDENTIALS_CHANGED":v="Unable to\
 refresh credentials because of a change in your password. Please reauthenticate with your new password.";break;case"INSUFFICIENT_PERMISSIONS":v="Unable to refr\
esh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.";break;default:v=`Failed to refresh token: ${String(
x)}. Please re-authenticate using \`aws login\``}throw new w(v,{logger:this.logger,tryNextLink:!1})}if(new Date(i.accessToken.expiresAt).getTime()>Date.now())return this.
logger?.warn?.(`Failed to refresh token: ${String(x)}. Using existing token until expiry.`),this.toCredentials(i.accessToken);throw new w(`Failed to refresh tok\
en: ${String(x)}. Please re-authenticate using aws login`,{logger:this.logger})}}async loadToken(){let e=this.getTokenFilePath();try{let r=await hl.promises.readFile(
e,"utf8"),o=JSON.parse(r),n=["accessToken","clientId","refreshToken","dpopKey"].filter(s=>!o[s]);if(o.accessToken?.accountId||n.push("accountId"),n.length>0)throw new w(
`Token validation failed, missing fields: ${n.join(", ")}`,{logger:this.logger,tryNextLink:!1});return o}catch(r){throw new w(`Failed to load token from ${e}: ${String(
r)}`,{logger:this.logger,tryNextLink:!1})}}async saveToken(e){let r=this.getTokenFilePath(),o=(0,Ra.dirname)(r);try{await hl.promises.mkdir(o,{recursive:!0})}catch{}
await hl.promises.writeFile(r,JSON.stringify(e,null,2),"utf8")}getTokenFilePath(){let e=process.env.AWS_LOGIN_CACHE_DIRECTORY??(0,Ra.join)((0,EO.homedir)(),".aw\
s","login","cache"),r=Buffer.from(this.loginSession,"utf8"),o=(0,Fo.createHash)("sha256").update(r).digest("hex");return(0,Ra.join)(e,`${o}.json`)}derToRawSignature(e){
let r=2;if(e[r]!==2)throw new Error("Invalid DER signature");r++;let o=e[r++],n=e.subarray(r,r+o);if(r+=o,e[r]!==2)throw new Error("Invalid DER signature");r++;
let s=e[r++],i=e.subarray(r,r+s);n=n[0]===0?n.subarray(1):n,i=i[0]===0?i.subarray(1):i;let a=Buffer.concat([Buffer.alloc(32-n.length),n]),c=Buffer.concat([Buffer.
alloc(32-i.length),i]);return Buffer.concat([a,c])}createDPoPInterceptor(e){e.add(r=>async o=>{if(j.isInstance(o.request)){let n=o.request,s=`${n.protocol}//${n.
hostname}${n.port?`:${n.port}`:""}${n.path}`,i=await this.generateDpop(n.method,s);n.headers={...n.headers,DPoP:i}}return r(o)},{step:"finalizeRequest",name:"dp\
opInterceptor",override:!0})}async generateDpop(e="POST",r){let o=await this.loadToken();try{let n=(0,Fo.createPrivateKey)({key:o.dpopKey,format:"pem",type:"sec\
1"}),i=(0,Fo.createPublicKey)(n).export({format:"der",type:"spki"}),a=-1;for(let x=0;x<i.length;x++)if(i[x]===4){a=x;break}let c=i.slice(a+1,a+33),l=i.slice(a+33,
a+65),d={alg:"ES256",typ:"dpop+jwt",jwk:{kty:"EC",crv:"P-256",x:c.toString("base64url"),y:l.toString("base64url")}},u={jti:crypto.randomUUID(),htm:e,htu:r,iat:Math.
floor(Date.now()/1e3)},m=Buffer.from(JSON.stringify(d)).toString("base64url"),f=Buffer.from(JSON.stringify(u)).toString("base64url"),g=`${m}.${f}`,y=(0,Fo.sign)(
"sha256",Buffer.from(g),n),S=this.derToRawSignature(y).toString("base64url");return`${g}.${S}`}catch(n){throw new w(`Failed to generate Dpop proof: ${n instanceof
Error?n.message:String(n)}`,{logger:this.logger,tryNextLink:!1})}}}});var RO,_O=p(()=>{F();L();xO();RO=t=>async({callerClientConfig:e}={})=>{t?.logger?.debug?.("@aws-sdk/credential-providers - fromLoginCredentials");let r=await Or(
t||{}),o=xt({profile:t?.profile??e?.profile}),n=r[o];if(!n?.login_session)throw new w(`Profile ${o} does not contain login_session.`,{tryNextLink:!0,logger:t?.logger});
let i=await new yl(n,t,e).loadCredentials();return B(i,"CREDENTIALS_LOGIN","AD")}});var wO={};dr(wO,{fromLoginCredentials:()=>RO});var IO=p(()=>{_O()});var TO,vO,CO=p(()=>{F();TO=t=>!!(t&&t.login_session),vO=async(t,e,r)=>{let{fromLoginCredentials:o}=await Promise.resolve().then(()=>(IO(),wO)),n=await o({...e,profile:t})(
{callerClientConfig:r});return B(n,"CREDENTIALS_PROFILE_LOGIN","AC")}});var AO,bO=p(()=>{F();AO=(t,e,r)=>{if(e.Version!==1)throw Error(`Profile ${t} credential_process did not return Version 1.`);if(e.AccessKeyId===void 0||e.SecretAccessKey===
void 0)throw Error(`Profile ${t} credential_process returned invalid credentials.`);if(e.Expiration){let s=new Date;if(new Date(e.Expiration)<s)throw Error(`Pro\
file ${t} credential_process returned expired credentials.`)}let o=e.AccountId;!o&&r?.[t]?.aws_account_id&&(o=r[t].aws_account_id);let n={accessKeyId:e.AccessKeyId,
secretAccessKey:e.SecretAccessKey,...e.SessionToken&&{sessionToken:e.SessionToken},...e.Expiration&&{expiration:new Date(e.Expiration)},...e.CredentialScope&&{credentialScope:e.
CredentialScope},...o&&{accountId:o}};return B(n,"CREDENTIALS_PROCESS","w"),n}});var PO,OO,DO,NO=p(()=>{L();PO=require("node:child_process"),OO=require("node:util");bO();DO=async(t,e,r)=>{let o=e[t];if(e[t]){let n=o.credential_process;if(n!==
void 0){let s=(0,OO.promisify)(ii?.getTokenRecord?.().exec??PO.exec);try{let{stdout:i}=await s(n),a;try{a=JSON.parse(i.trim())}catch{throw Error(`Profile ${t} c\
redential_process returned invalid JSON.`)}return AO(t,a,e)}catch(i){throw new w(i.message,{logger:r})}}else throw new w(`Profile ${t} did not contain credentia\
l_process.`,{logger:r})}else throw new w(`Profile ${t} could not be found in shared credentials file.`,{logger:r})}});var kO,$O=p(()=>{L();NO();kO=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");let r=await Or(t);
return DO(xt({profile:t.profile??e?.profile}),r,t.logger)}});var _y={};dr(_y,{fromProcess:()=>kO});var wy=p(()=>{$O()});var LO,UO,FO=p(()=>{F();LO=t=>!!t&&typeof t=="object"&&typeof t.credential_process=="string",UO=async(t,e)=>{let{fromProcess:r}=await Promise.resolve().then(()=>(wy(),_y)),
o=await r({...t,profile:e})();return B(o,"CREDENTIALS_PROFILE_PROCESS","v")}});var MO,HO,BO=p(()=>{F();MO=async(t,e,r={},o)=>{let{fromSSO:n}=await Promise.resolve().then(()=>(Fh(),Uh));return n({profile:t,logger:r.logger,parentClientConfig:r.
parentClientConfig,clientConfig:r.clientConfig})({callerClientConfig:o}).then(s=>e.sso_session?B(s,"CREDENTIALS_PROFILE_SSO","r"):B(s,"CREDENTIALS_PROFILE_SSO_L\
EGACY","t"))},HO=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var Iy,Ty,GO=p(()=>{F();Iy=t=>!!t&&typeof t=="object"&&typeof t.aws_access_key_id=="string"&&typeof t.aws_secret_access_key=="string"&&["undefined","string"].indexOf(
typeof t.aws_session_token)>-1&&["undefined","string"].indexOf(typeof t.aws_account_id)>-1,Ty=async(t,e)=>{e?.logger?.debug("@aws-sdk/credential-provider-ini - \
resolveStaticCredentials");let r={accessKeyId:t.aws_access_key_id,secretAccessKey:t.aws_secret_access_key,sessionToken:t.aws_session_token,...t.aws_credential_scope&&
{credentialScope:t.aws_credential_scope},...t.aws_account_id&&{accountId:t.aws_account_id}};return B(r,"CREDENTIALS_PROFILE","n")}});var Sl,vy=p(()=>{Sl=t=>async e=>{t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");let{roleArn:r,roleSessionName:o,webIdentityToken:n,
providerId:s,policyArns:i,policy:a,durationSeconds:c}=t,{roleAssumerWithWebIdentity:l}=t;if(!l){let{getDefaultRoleAssumerWithWebIdentity:d}=await Promise.resolve().then(()=>(oy(),ry));
l=d({...t.clientConfig,credentialProviderLogger:t.logger,parentClientConfig:{...e?.callerClientConfig,...t.parentClientConfig}},t.clientPlugins)}return l({RoleArn:r,
RoleSessionName:o??`aws-sdk-js-session-${Date.now()}`,WebIdentityToken:n,ProviderId:s,PolicyArns:i,Policy:a,DurationSeconds:c})}});var zO,jO,PH,OH,VO,WO=p(()=>{F();L();zO=require("node:fs");vy();jO="AWS_WEB_IDENTITY_TOKEN_FILE",PH="AWS_ROLE_ARN",OH="AWS_ROLE_SESSION_NAME",VO=(t={})=>async e=>{
t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile");let r=t?.webIdentityTokenFile??process.env[jO],o=t?.roleArn??process.env[PH],n=t?.roleSessionName??
process.env[OH];if(!r||!o)throw new w("Web identity configuration not specified",{logger:t.logger});let s=await Sl({...t,webIdentityToken:ii?.getTokenRecord?.()[r]??
(0,zO.readFileSync)(r,{encoding:"ascii"}),roleArn:o,roleSessionName:n})(e);return r===process.env[jO]&&B(s,"CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN","h"),s}});var Cy={};dr(Cy,{fromTokenFile:()=>VO,fromWebToken:()=>Sl});var Ay=p(()=>{WO();vy()});var qO,KO,JO=p(()=>{F();qO=t=>!!t&&typeof t=="object"&&typeof t.web_identity_token_file=="string"&&typeof t.role_arn=="string"&&["undefined","string"].indexOf(typeof t.
role_session_name)>-1,KO=async(t,e,r)=>{let{fromTokenFile:o}=await Promise.resolve().then(()=>(Ay(),Cy)),n=await o({webIdentityTokenFile:t.web_identity_token_file,
roleArn:t.role_arn,roleSessionName:t.role_session_name,roleAssumerWithWebIdentity:e.roleAssumerWithWebIdentity,logger:e.logger,parentClientConfig:e.parentClientConfig})(
{callerClientConfig:r});return B(n,"CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN","q")}});var by,XO=p(()=>{L();fP();CO();FO();BO();GO();JO();by=async(t,e,r,o,n={},s=!1)=>{let i=e[t];if(Object.keys(n).length>0&&Iy(i))return Ty(i,r);if(s||uP(i,{profile:t,
logger:r.logger}))return mP(t,e,r,o,n,by);if(Iy(i))return Ty(i,r);if(qO(i))return KO(i,r,o);if(LO(i))return UO(r,t);if(HO(i))return await MO(t,i,r,o);if(TO(i))return vO(
t,r,o);throw new w(`Could not resolve credentials using profile: [${t}] in configuration/credentials file(s).`,{logger:r.logger})}});var YO,QO=p(()=>{L();XO();YO=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");let r=await Or(t);return by(
xt({profile:t.profile??e?.profile}),r,t,e)}});var ZO={};dr(ZO,{fromIni:()=>YO});var eD=p(()=>{QO()});var Hu=require("node:fs"),Br=require("node:os"),fS=require("node:stream");var I=class extends Error{constructor(r,o,n){super(`${r}: ${Us(o)} ${n}`);this.option=r;this.rule=n;this.name="InputError"}option;rule;exitCode=2},ft=class extends Error{constructor(r,o,n){
super(r,n);this.hint=o;this.name="DeliveryError"}hint;exitCode=1},Fe=class extends ft{constructor(e,r){super(e,r),this.name="PrerequisiteError"}},xr=class extends ft{constructor(e,r,o){
super(e,r,o),this.name="CredentialsError"}},fe=class extends ft{constructor(e,r,o){super(e,r,o),this.name="RegistryError"}},uo=class extends ft{constructor(e,r){
super(`gave up after ${e} s (timeout-seconds)${r.length?`, still waiting for ${r.join(", ")}`:""}`,"check that the runner can reach AWS and the registry (proxy,\
 firewall, VPC endpoints, AWS_ENDPOINT_URL_*); raise timeout-seconds if the build or push legitimately takes longer"),this.name="DeadlineError"}},Ls=class extends ft{constructor(e,r){
super(e,r),this.name="ScanGateError"}},Ar=class extends ft{constructor(e){super(e,"check HTTPS_PROXY / HTTP_PROXY (host, port, and the user:password in the URL \
if the proxy wants one), or list the host in NO_PROXY to reach it directly"),this.name="ProxyError"}},Pa=class extends ft{exitCode;constructor(e,r){super(`cance\
lled by ${e}${r.length?` while running ${r.join(", ")}`:""}`),this.name="CancelledError",this.exitCode=128+(e==="SIGINT"?2:15)}},ur=class extends ft{constructor(e,r){
super(e,r),this.name="DockerError"}},R$=/[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;function Us(t,e=80){let r=Array.
from(t.slice(0,e*2)),o=r.length>e||t.length>e*2?`${r.slice(0,e).join("")}\u2026`:t;return JSON.stringify(o).replace(R$,n=>`\\u${n.charCodeAt(0).toString(16).padStart(
4,"0")}`)}function $n(t){return t instanceof I?{message:t.message,exitCode:2}:t instanceof ft?{message:t.message,hint:t.hint,exitCode:t.exitCode}:{message:t instanceof
Error?`${t.name}: ${t.message}`:String(t),exitCode:1}}var Oa=Hr(require("node:http")),Lu=Hr(require("node:https")),aS=require("node:net"),cS=require("node:tls");var pS=t=>(e,r)=>t?.(e,r);function Fu(t,e){let r=t.protocol==="https:"?"https":"http",o=(e[`${r}_proxy`]||e[`${r.toUpperCase()}_PROXY`]||"").trim();if(!o||_$(t,
e.no_proxy??e.NO_PROXY??""))return;let n;try{n=new URL(o.includes("://")?o:`http://${o}`)}catch{throw new Ar(`${r.toUpperCase()}_PROXY is not a URL like http://\
proxy.example.com:3128`)}if(n.protocol!=="http:")throw new Ar(`${r.toUpperCase()}_PROXY: only http:// proxies are supported, not ${n.protocol}//${n.host}`);return n}
function _$(t,e){let r=t.hostname.replace(/^\[|\]$/g,"").toLowerCase(),o=t.port||(t.protocol==="https:"?"443":"80");return e.split(/[\s,]+/).filter(Boolean).some(
n=>{if(n==="*")return!0;let s=/^\[([^\]]+)\](?::(\d+))?$/.exec(n)??/^([^:]+)(?::(\d+))?$/.exec(n)??[n,n],i=s[1].replace(/^\*?\./,"").toLowerCase();return s[2]&&
s[2]!==o?!1:r===i||r.endsWith(`.${i}`)})}var w$=t=>`${t.protocol}//${t.host}`;function lS(t){if(!t.username)return;let e=`${decodeURIComponent(t.username)}:${decodeURIComponent(
t.password)}`;return`Basic ${Buffer.from(e).toString("base64")}`}function Mu(t,e,r){return new Ar(`the proxy ${w$(t)} (for ${e}) ${r}`)}function dS(t,e,r){let o=(0,aS.connect)(
{host:t.hostname.replace(/^\[|\]$/g,""),port:Number(t.port||80)}),n=s=>r(Mu(t,e,`could not be reached: ${s.code??s.message}`));return o.once("error",n),o.once("\
connect",()=>{o.off("error",n),r(null,o)}),o}var Uu=(t,e)=>({host:t.hostname??t.host??"localhost",port:Number(t.port||e)}),Da=class extends Oa.Agent{constructor(r,o){
super(o);this.env=r}env;proxy(r){return Fu(new URL(`http://${r.host.includes(":")?`[${r.host}]`:r.host}:${r.port}`),this.env)}addRequest(r,o){let n=Uu(o,80),s=this.
proxy(n);if(s){r.path=`http://${n.host.includes(":")?`[${n.host}]`:n.host}:${n.port}${r.path}`;let i=lS(s);i&&r.setHeader("proxy-authorization",i);let a=r.emit.
bind(r);r.emit=((c,...l)=>{let d=l[0];return c!=="response"||d.statusCode!==407?a(c,...l):(d.resume(),r.destroy(Mu(s,`${n.host}:${n.port}`,"refused the request:\
 407 Proxy Authentication Required (check the credentials in HTTP_PROXY)")),!0)})}Oa.Agent.prototype.addRequest.call(this,r,o)}createConnection(r,o){let n=Uu(r,
80),s=this.proxy(n);if(!s)return Oa.Agent.prototype.createConnection.call(this,r,o);dS(s,`${n.host}:${n.port}`,pS(o))}},Na=class extends Lu.Agent{constructor(r,o){
super(o);this.env=r}env;createConnection(r,o){let n=pS(o),s=Uu(r,443),i=`${s.host.includes(":")?`[${s.host}]`:s.host}:${s.port}`,a=Fu(new URL(`https://${i}`),this.
env);if(!a)return Lu.Agent.prototype.createConnection.call(this,r);dS(a,i,(c,l)=>{if(c||!l)return n(c);let d=lS(a);l.write(`CONNECT ${i} HTTP/1.1\r
Host: ${i}\r
${d?`Proxy-Authorization: ${d}\r
`:""}\r
`);let u=Buffer.alloc(0),m=h=>{l.destroy(),n(Mu(a,i,h))},f=h=>{if(u=Buffer.concat([u,h]),u.indexOf(`\r
\r
`)<0)return;l.off("data",f),l.off("error",g),l.off("end",y);let x=/^HTTP\/1\.[01] (\d{3})([^\r\n]*)/.exec(u.toString("latin1"));if(x?.[1]!=="200")return m(`refu\
sed the tunnel: ${x?`${x[1]}${x[2]}`:"no HTTP answer"}${x?.[1]==="407"?" (check the credentials in HTTPS_PROXY)":""}`);let T=r.servername??(/^[\d.]+$|:/.test(s.
host)?void 0:s.host);n(null,(0,cS.connect)({...r,socket:l,servername:T}))},g=h=>m(`dropped the tunnel: ${h.message}`),y=()=>m("closed the connection before answ\
ering CONNECT");l.on("data",f),l.once("error",g),l.once("end",y)})}};function uS(t){return["http_proxy","HTTP_PROXY","https_proxy","HTTPS_PROXY"].some(e=>t[e]?.
trim())?{httpAgent:new Da(t,{keepAlive:!0}),httpsAgent:new Na(t,{keepAlive:!0})}:{}}function mS(t,e){if(Fu(t,e))return t.protocol==="https:"?new Na(e,{keepAlive:!1}):
new Da(e,{keepAlive:!1})}function Fs(t,e){let r=new URL(t),{request:o}=r.protocol==="https:"?require("node:https"):require("node:http");return new Promise((n,s)=>{let i=mS(r,process.env)??
!1,a=o(r,{method:e.method??"GET",headers:e.headers,agent:i,signal:e.signal,timeout:e.timeoutMs},c=>{let l=[];c.on("data",d=>l.push(d)),c.on("error",s),c.on("end",
()=>n({status:c.statusCode??0,text:Buffer.concat(l).toString("utf8"),headers:c.headers}))});if(e.connectTimeoutMs!==void 0){let c=e.connectTimeoutMs;a.on("socke\
t",l=>{if(!l.connecting)return;let d=setTimeout(()=>a.destroy(new Error(`no connection within ${c} ms`)),c);l.once("connect",()=>clearTimeout(d)),l.once("close",
()=>clearTimeout(d))})}a.on("timeout",()=>a.destroy(new Error(`no answer within ${e.timeoutMs} ms`))),a.on("error",s),a.end(e.body)})}var I$=t=>t.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A"),Ln,gS=!0;function Ms(t){t.length&&(process.stdout.write(t),gS=typeof t=="string"?t.endsWith(
`
`):t[t.length-1]===10)}var Bu=()=>gS?"":Br.EOL,hS=new fS.Writable({write(t,e,r){Ln||(Ln=crypto.randomUUID().replace(/-/g,""),Ms(`${Bu()}::stop-commands::${Ln}${Br.EOL}`)),
Ms(t),r()}});function Hs(t,e=""){Ln&&(Ms(`${Bu()}::${Ln}::${Br.EOL}`),Ln=void 0),Ms(`::${t}::${I$(e)}${Br.EOL}`)}function ka(t){return(process.env[`INPUT_${t.replace(
/ /g,"_").toUpperCase()}`]??"").trim()}function yS(t,e,r){let o=process.env[`GITHUB_${t}`];if(!o)throw new Error(`GITHUB_${t} is not set: not running in a GitHu\
b Actions step`);let n=`ghadelimiter_${crypto.randomUUID()}`;if(e.includes(n)||r.includes(n))throw new Error(`value of ${e} contains the delimiter`);(0,Hu.appendFileSync)(
o,`${e}<<${n}${Br.EOL}${r}${Br.EOL}${n}${Br.EOL}`,"utf8")}var Un=(t,e)=>yS("OUTPUT",t,e),$a=(t,e)=>yS("STATE",t,e),Gu=t=>process.env[`STATE_${t}`]??"",La=t=>Hs(
"add-mask",t),Ua=t=>Ms(`${Bu()}${t}${Br.EOL}`),ju=t=>Hs("warning",t),T$=t=>Hs("error",t);function SS(t){process.exitCode=1,T$(t)}async function ES(t,e){Hs("grou\
p",t);try{return await e()}finally{Hs("endgroup")}}function zu(t){let e=process.env.GITHUB_STEP_SUMMARY;e&&(0,Hu.appendFileSync)(e,`${t}${Br.EOL}`,"utf8")}var v$=4,
C$=1e4;async function Vu(t){let e=process.env.ACTIONS_ID_TOKEN_REQUEST_URL,r=process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;if(!e||!r)throw new Error("ACTIONS_ID_TO\
KEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set");let o=`${e}&audience=${encodeURIComponent(t)}`;for(let n=1;;n++){let s;try{let i=await Fs(o,{headers:{
Authorization:`Bearer ${r}`,Accept:"application/json"},timeoutMs:C$});if(i.status===200){let a=A$(i.text);if(!a)throw new Error("the token service answered with\
out a token");return La(a),a}if(s=`HTTP ${i.status}`,i.status<500&&i.status!==429)throw new Error(`the token service answered ${s}`)}catch(i){if(i.message.startsWith(
"the token service")||i instanceof Ar)throw i;s=i.message}if(n>=v$)throw new Error(`the token service did not answer after ${n} attempts (${s})`);await new Promise(
i=>setTimeout(i,500*2**(n-1)))}}function A$(t){try{let e=JSON.parse(t)?.value;return typeof e=="string"?e:void 0}catch{return}}var zS=require("node:child_process"),VS=require("node:fs");var Qr=require("node:fs");var Vo=require("node:fs");var P$=/^[A-Za-z0-9_.-]{1,128}$/,O$=/^[A-Za-z_][A-Za-z0-9_]*$/,D$=/^[A-Za-z_][A-Za-z0-9_]*=/,N$=/^(PATH|HOME|DOCKER_\w*|BUILDX_\w*|BUILDKIT_\w*|ECR_DELIVER_\w*)$/,
k$=t=>`ECR_DELIVER_BUILD_SECRET_${t}`,Bs=t=>t.split(`
`).map(e=>e.replace(/\r$/,"").trim()).filter(Boolean),xS=t=>t.includes("=")?`${t.split("=")[0]}=***`:"***";function Wu(t,e,r){let o=e.slice(0,Math.max(0,e.indexOf(
"=")));if(!o||!P$.test(o))throw new I(t,xS(e),"is not `id=\u2026` with an id of letters, digits, `_`, `.` or `-`");if(r?.has(o))throw new I(t,xS(e),"repeats a s\
ecret id");return r?.add(o),o}var RS={type:"list",parse:(t,e)=>{let r=new Set;return Bs(t).map(o=>{let n=Wu(e,o,r),s=o.slice(n.length+1),i=/^env:(.*)$/.exec(s)?.[1];
if(i!==void 0&&!O$.test(i))throw new I(e,`${n}=env:${i}`,"names no valid environment variable");if(i===void 0&&s==="")throw new I(e,`${n}=`,"has an empty value");
return i!==void 0?{id:n,env:i}:{id:n,value:s}})}},_S={type:"list",parse:(t,e)=>{let r=new Set;return Bs(t).map(o=>{let n=Wu(e,o,r),s=o.slice(n.length+1);if(!(0,Vo.existsSync)(
s)||!(0,Vo.statSync)(s).isFile())throw new I(e,`${n}=${s}`,"does not name a readable file");return{id:n,path:s}})}},wS={type:"list",parse:(t,e)=>Bs(t).map(r=>{if(!r.
includes("=")){if(r!=="default")throw new I(e,r,"is not `default` or `id=PATH`");return{id:r}}let o=Wu(e,r),n=r.slice(o.length+1);if(!(0,Vo.existsSync)(n))throw new I(
e,r,"names no existing key file or agent socket");return{id:o,path:n}})},IS={type:"list",parse:(t,e)=>{let r=Bs(t);for(let o of r){let n=o.split("=")[0];if(!D$.
test(o))throw new I(e,o.includes("=")?`${n.slice(0,40)}=***`:"***","is not `KEY=VALUE` with KEY made of letters, digits and `_`");if(N$.test(n))throw new I(e,`${n}\
=***`,"is a name the docker CLI reads from its own environment (PATH, HOME, DOCKER_*, BUILDX_*, BUILDKIT_*)")}return[...new Set(r)]}};function Gs(t){return{inline:t.
secrets,files:t.secretFiles,ssh:t.ssh}}var Fa=t=>t.inline.length?"secrets":t.files.length?"secret-files":t.ssh.length?"ssh":void 0;function TS(t,e){let r=new Set(
t.inline.map(o=>o.id));for(let o of t.files)if(r.has(o.id))throw new I("secret-files",`${o.id}=${o.path}`,"repeats an id of `secrets`");for(let o of t.inline)if(o.
env&&e[o.env]===void 0)throw new I("secrets",`${o.id}=env:${o.env}`,"names an environment variable that is not set");for(let o of t.ssh)if(!o.path&&!e.SSH_AUTH_SOCK)
throw new I("ssh",o.id,"needs an SSH agent (SSH_AUTH_SOCK is not set), or use `id=PATH` with a key file")}function vS(t,e){let r=[];for(let o of t.inline){let n=o.
value??e[o.env];n&&r.push(n)}for(let o of t.files){let n=(0,Vo.readFileSync)(o.path,"utf8");n.length<=65536&&r.push(n.trim(),...Bs(n).filter(s=>s.length>=4))}return[
...new Set(r.filter(Boolean))]}function CS(t){let e=[],r={};t.inline.forEach((o,n)=>{let s=o.env??k$(n);o.value!==void 0&&(r[s]=o.value),e.push("--secret",`id=${o.
id},env=${s}`)});for(let o of t.files)e.push("--secret",`id=${o.id},src=${o.path}`);for(let o of t.ssh)e.push("--ssh",o.path?`${o.id}=${o.path}`:o.id);return{argv:e,
env:r}}var bS=require("node:crypto");var AS=128,$$=/^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/,
L$=/^refs\/(?:tags\/(.+)|heads\/(.+)|pull\/(\d{1,9})\/(?:merge|head))$/;function qu(t){let e=L$.exec(t);if(e)return e[1]!==void 0?{tag:e[1]}:e[2]!==void 0?{branch:e[2]}:
{pullRequest:Number(e[3])}}function PS(t,e={}){let r=e.pull_request?.number;if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")&&Number.isInteger(r))return{
pullRequest:r};let o=t.GITHUB_REF?qu(t.GITHUB_REF):void 0;return o||(t.GITHUB_REF_TYPE==="tag"&&t.GITHUB_REF_NAME?{tag:t.GITHUB_REF_NAME}:t.GITHUB_REF_TYPE==="b\
ranch"&&t.GITHUB_REF_NAME?{branch:t.GITHUB_REF_NAME}:{})}function OS(t){if(t.CIRCLE_TAG)return{tag:t.CIRCLE_TAG};if(t.CIRCLE_PR_NUMBER&&/^\d{1,9}$/.test(t.CIRCLE_PR_NUMBER))
return{pullRequest:Number(t.CIRCLE_PR_NUMBER)};let e=/\/pull\/(\d{1,9})\/?$/.exec(t.CIRCLE_PULL_REQUEST??"")?.[1];return{...t.CIRCLE_BRANCH?{branch:t.CIRCLE_BRANCH}:
{},...e?{pullRequest:Number(e)}:{}}}function U$(t){let e=$$.exec(t);if(!e)return;let[,r,o,n,s,i]=e,a=t.replace(/^v/,"");if(s!==void 0||i!==void 0)return{tags:[a.
replace("+","_")],version:a};let c=[`${r}.${o}.${n}`,`${r}.${o}`];return r!=="0"&&c.push(r),{tags:c,version:a}}function DS(t){let e=t.toLowerCase().replace(/[^a-z0-9_.-]+/g,
"-").replace(/^[.-]+/,"").replace(/-+$/,""),r=(0,bS.createHash)("sha256").update(t).digest("hex").slice(0,7);return e?e.length<=AS?e:`${e.slice(0,AS-r.length-1).
replace(/[.-]+$/,"")}-${r}`:`branch-${r}`}function NS(t,e){let r=[],o;if(e.semverTags&&t.tag!==void 0){let n=U$(t.tag);n&&(r.push(...n.tags),o=n.version)}return e.
branchTag&&(t.branch!==void 0&&r.push(DS(t.branch)),t.pullRequest!==void 0&&r.push(`pr-${t.pullRequest}`)),{tags:[...new Set(r)],version:o}}function kS(t,e){let r=t.
length||e.tags.length?[...t]:["latest"];for(let o of e.tags)o.includes(".")&&e.version!==void 0?r.push("*.*"):/^pr-\d+$/.test(o)?r.push("pr-*"):r.push(o);return[
...new Set(r)]}var Ku=5;function $S(t,e,r){for(let o of t.tags){let n=r(o);if(!n)continue;let s=o===`pr-${e.pullRequest}`||e.branch!==void 0&&o===DS(e.branch)?"\
branch-tag":"semver-tags";throw new I(s,o,`${n} (derived from the git ref)`)}}var F$=/^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/,M$=/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/,H$=/^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/,B$=/^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/,
G$=/^[\w+=,.@-]{2,64}$/,j$=/^(?:arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)|alias\/[\w/+=,.@-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
z$=/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/,V$=/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/,W$=/^[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$|^(?:sha256:)?[a-f0-9]{12,64}$/,
q$=/^[0-9a-f]{40}$/,K$=/^\d{12}$/,J$=/^[\x21-\x7e]{1,256}$/,X$=4096,Y$=65536,Q$=100,De=(t,e)=>r=>t.test(r)?void 0:e,Me={repository:t=>t.length>=2&&t.length<=256&&
F$.test(t)?void 0:"is not a valid ECR repository name: lowercase letters and digits, separated by single `.`, `_`, `-` or `/`, 2\u2013256 characters",region:De(
H$,"is not an AWS region name like `eu-west-1`"),tag:De(M$,"is not a valid image tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`"),commitSha:De(q$,"is not a full commi\
t SHA (40 hex characters)"),sessionName:De(G$,"is not a valid STS session name: `[\\w+=,.@-]`, 2\u201364 characters"),account:De(K$,"is not an AWS account id (1\
2 digits)"),audience:De(J$,"is not a valid audience: 1\u2013256 printable characters, no spaces")};function Wo(t,e,r){if(r)throw new I(t,e,r)}var Rr=(t,e=r=>r)=>({
type:"string",parse:(r,o)=>{let n=e(r);return t&&Wo(o,n,t(n)),n}}),Zt={type:"boolean",parse:(t,e)=>{if(/^(true|1)$/i.test(t))return!0;if(/^(false|0)$/i.test(t))
return!1;throw new I(e,t,"is not a boolean: use true or false")}},Ju=(t,e)=>({type:"integer",parse:(r,o)=>{let n=/^\d{1,6}$/.test(r)?Number(r):NaN;if(!(n>=t&&n<=
e))throw new I(o,r,`is not a whole number from ${t} to ${e}`);return n}}),mo=(...t)=>({type:"enum",values:t,parse:(e,r)=>{let o=t.find(n=>n.toUpperCase()===e.toUpperCase());
if(o===void 0)throw new I(r,e,`is not one of ${t.join(", ")}`);return o}}),Yu=(t,{commas:e=!1,max:r=1/0}={})=>({type:"list",parse:(o,n)=>{let s=o.split(e?/[\n,]/:
/\n/).map(i=>i.replace(/\r$/,"").trim()).filter(i=>i!=="");for(let i of s)Wo(n,i,t(i));if(s.length>r)throw new I(n,o,`lists more than ${r} entries`);return[...new Set(
s)]}}),js=t=>({type:"path",parse:(e,r)=>(t?.(r,e),e)});function Ha(t,e){if(!(0,Qr.existsSync)(e)||!(0,Qr.statSync)(e).isFile())throw new I(t,e,"is not a readabl\
e file")}function LS(t,e){Ha(t,e);try{JSON.parse((0,Qr.readFileSync)(e,"utf8"))}catch{throw new I(t,e,"does not contain valid JSON")}}var Z$=t=>t.split(",").every(
e=>z$.test(e.trim()))?void 0:"is not a comma-separated list of `os/arch[/variant]`",Qu="sts.amazonaws.com",US=/^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/,
e1=/^[A-Za-z_][A-Za-z0-9_]{0,255}$/,Ma="public.ecr.aws/",t1={type:"list",parse:(t,e)=>Yu(De(US,"is not an ECR registry id (12 digits) or `ID@REGION`"),{commas:!0}).
parse(t,e).map(r=>{let[,o,n]=US.exec(r);return n?{id:o,region:n}:{id:o}})},Xu=t=>({type:"string",parse:(e,r)=>{let o=e.startsWith("file://")?e.slice(7):void 0;o!==
void 0&&Ha(r,o);let n=o!==void 0?(0,Qr.readFileSync)(o,"utf8"):e;if(n.length>t)throw new I(r,e,`is longer than ECR Public's limit of ${t} characters`);return n}});
function fo(t){return t.startsWith(Ma)?t.slice(Ma.length).split("/").slice(1).join("/"):t}function r1(t){if(t.repository.startsWith(Ma)&&(Wo("repository",t.repository,
/^[a-z0-9][a-z0-9-]{1,49}\//.test(t.repository.slice(Ma.length))?Me.repository(fo(t.repository)):"is not `public.ecr.aws/<alias>/<name>`"),t.registryType="publi\
c"),t.registryType==="public"&&t.lifecyclePolicy!==void 0)throw new I("lifecycle-policy",t.lifecyclePolicy,"does not apply to ECR Public, which has no lifecycle\
 policies");if(t.registryType==="private"){for(let[e,r]of[["catalog-description",t.catalogDescription],["catalog-about",t.catalogAbout],["catalog-usage",t.catalogUsage]])
if(r!==void 0)throw new I(e,r,"applies to ECR Public only: set `registry-type: public`")}if(t.mode==="deliver"&&t.dockerCredentialsOutput)throw new I("docker-cr\
edentials-output","true","applies to `mode: login` only")}function FS(t){let e=br("mode",t("mode")),r=br("docker-credentials-output",t("docker-credentials-outpu\
t"));if(e==="deliver"&&r)throw new I("docker-credentials-output","true","applies to `mode: login` only");return{mode:e,skipLogout:br("skip-logout",t("skip-logou\
t")),dockerCredentialsOutput:r}}var o1={type:"string",parse:(t,e)=>{let r=qu(t);if(!r)throw new I(e,t,"is not a git ref: `refs/tags/NAME`, `refs/heads/NAME` or \
`refs/pull/N/merge`");return r}},n1=/^[A-Za-z0-9][A-Za-z0-9._/-]{0,255}=/,qo=["CRITICAL","HIGH","MEDIUM","LOW"],MS=[{name:"repository",field:"repository",...Rr(
Me.repository),required:!0,description:"ECR repository name, e.g. `team/api`. Validated against ECR's naming rule before any AWS call."},{name:"aws-region",field:"\
awsRegion",...Rr(Me.region),defaultText:"`AWS_REGION`, then `AWS_DEFAULT_REGION`",description:"Region of the registry."},{name:"role-to-assume",field:"roleToAss\
ume",...Rr(De(B$,"is not an IAM role ARN like `arn:aws:iam::123456789012:role/name`")),defaultText:"none: the ambient AWS credential chain",description:"IAM rol\
e ARN, assumed with `AssumeRoleWithWebIdentity` using the CI's OIDC token."},{name:"audience",field:"audience",...Rr(Me.audience),default:Qu,description:"Audien\
ce asked for the GitHub OIDC token (CircleCI tokens are used as issued)."},{name:"web-identity-token-file",field:"webIdentityTokenFile",...js(Ha),defaultText:"`\
AWS_WEB_IDENTITY_TOKEN_FILE`",description:"OIDC token file, for CIs other than GitHub and CircleCI."},{name:"role-session-name",field:"roleSessionName",...Rr(Me.
sessionName),defaultText:"derived from the CI run, e.g. `ecr-deliver-<run id>`",description:"STS session name (STS's charset `[\\w+=,.@-]`, 2\u201364 characters)."},
{name:"role-duration-seconds",field:"roleDurationSeconds",...Ju(900,43200),default:"3600",description:"Lifetime of the assumed role's credentials, 900\u201343200."},
{name:"registry-id",field:"registryId",...Rr(Me.account),defaultText:"the caller's account",description:"Account id (12 digits) that owns the registry, for cros\
s-account pushes."},{name:"create-repository",field:"createRepository",...Zt,default:"true",description:"Create the repository when it is missing."},{name:"imag\
e-tag-mutability",field:"imageTagMutability",...mo("MUTABLE","IMMUTABLE","IMMUTABLE_WITH_EXCLUSION"),default:"MUTABLE",description:"Tag mutability of a created \
repository: MUTABLE, IMMUTABLE or IMMUTABLE_WITH_EXCLUSION (the extra `tags` stay mutable)."},{name:"scan-on-push",field:"scanOnPush",...Zt,default:"true",description:"\
Scan on push, for a created repository."},{name:"encryption-type",field:"encryptionType",...mo("AES256","KMS"),default:"AES256",description:"Encryption of a cre\
ated repository: AES256 or KMS (`kms-key` with KMS)."},{name:"kms-key",field:"kmsKey",...Rr(De(j$,"is not a KMS key ARN, key id or `alias/\u2026`")),description:"\
KMS key ARN, id or alias, with `encryption-type: KMS`."},{name:"lifecycle-policy",field:"lifecyclePolicy",...js(LS),description:"Path to a lifecycle policy JSON\
 file, applied to the repository."},{name:"repository-policy",field:"repositoryPolicy",...js(LS),description:"Path to a repository policy JSON file, applied to \
the repository."},{name:"context",field:"context",...js(),default:".",description:"Build context directory."},{name:"dockerfile",field:"dockerfile",...js(),defaultText:"\
`Dockerfile` in the context",description:"Dockerfile path."},{name:"build-args",field:"buildArgs",...IS,description:"Build arguments, newline-separated `KEY=VAL\
UE`; values are never printed (names only) and reach docker through its environment, not argv."},{name:"target",field:"target",...Rr(De(V$,"is not a build stage\
 name")),description:"Build stage to build."},{name:"platform",field:"platform",...Rr(Z$),description:"Target platforms, e.g. `linux/amd64,linux/arm64` (needs b\
uildx)."},{name:"cache",field:"cache",...Zt,default:"true",description:"Reuse the layers of the latest image in the repository on a fresh runner (inline cache o\
n BuildKit, a pull and `--cache-from` on the classic builder); works in IMMUTABLE repositories, and a missing or failing cache never fails a delivery."},{name:"\
provenance",field:"provenance",...Zt,default:"false",description:"BuildKit provenance/SBOM attestations (needs buildx). Off by default: the attestation index sh\
ows up as untagged images in ECR and breaks Lambda deploys."},{name:"image",field:"image",...Rr(De(W$,"is not a local image reference like `name:tag` or an imag\
e id")),description:"Push this existing local image instead of building."},{name:"commit-sha",field:"commitSha",...Rr(Me.commitSha,t=>t.toLowerCase()),defaultText:"\
`GITHUB_SHA` (the PR head on `pull_request`), `CIRCLE_SHA1`, else `git rev-parse HEAD`",description:"Commit SHA the image is tagged with (40 hex characters)."},
{name:"tags",field:"tags",...Yu(Me.tag,{commas:!0,max:Q$}),description:"Extra tags, newline- or comma-separated; the commit SHA tag is always applied."},{name:"\
skip-existing",field:"skipExisting",...Zt,default:"false",description:"When the SHA tag already exists in ECR: no build, no layer upload; extra tags are added t\
o the existing image by manifest copy."},{name:"push",field:"push",...Zt,default:"true",description:"Push to ECR; `false` builds and tags only (pull-request bui\
lds)."},{name:"web-identity-token-env",field:"webIdentityTokenEnv",...Rr(De(e1,"is not an environment variable name (letters, digits, `_`)")),description:"Name \
of an environment variable that holds the OIDC token, for CIs other than GitHub and CircleCI (no token file needed)."},{name:"pull-registries",field:"pullRegist\
ries",...t1,description:"Other ECR registries docker is logged in to before the build, so `FROM` and cache pulls can read them: account ids (12 digits), or `ID@\
REGION` for another region, comma- or newline-separated."},{name:"registry-type",field:"registryType",...mo("private","public"),default:"private",description:"`\
private`, or `public` for ECR Public (`public.ecr.aws`; also chosen by a repository given as `public.ecr.aws/<alias>/<name>`)."},{name:"catalog-description",field:"\
catalogDescription",...Xu(1024),description:"ECR Public: short description of a created repository (text, or `file://PATH`)."},{name:"catalog-about",field:"cata\
logAbout",...Xu(25600),description:'ECR Public: "About" text (markdown) of a created repository (text, or `file://PATH`).'},{name:"catalog-usage",field:"catalog\
Usage",...Xu(25600),description:'ECR Public: "Usage" text (markdown) of a created repository (text, or `file://PATH`).'},{name:"mode",field:"mode",...mo("delive\
r","login"),default:"deliver",githubOnly:!0,description:"GitHub Action only: `deliver`, or `login`: credentials and docker login to the registry and every `pull\
-registries` id, in the job's docker config, for later docker steps (like the orb's `ecr/login` and the CLI's `login`)."},{name:"docker-credentials-output",field:"\
dockerCredentialsOutput",...Zt,default:"false",githubOnly:!0,description:"GitHub Action, `login` mode: set masked outputs `docker-username` and `docker-password\
` for a later job's `services:` credentials (they are secrets: see the README)."},{name:"skip-logout",field:"skipLogout",...Zt,default:"false",githubOnly:!0,description:"\
GitHub Action, `login` mode: keep the docker login after the job (the post step does not log out; shared self-hosted runners)."},{name:"timeout-seconds",field:"\
timeoutSeconds",...Ju(1,86400),default:"3600",description:"Upper bound on the whole run (AWS calls, build, push), 1\u201386400; a hung endpoint fails the step instea\
d of the CI job's own timeout. Each AWS call also gives up after 5 attempts of at most 30 s."},{name:"secrets",field:"secrets",...RS,description:"Build secrets,\
 lines `id=VALUE` or `id=env:NAME`, for `RUN --mount=type=secret,id=\u2026` (BuildKit); masked, never in argv, layers or history."},{name:"secret-files",field:"\
secretFiles",..._S,description:"Build secrets from files, lines `id=PATH` (BuildKit)."},{name:"ssh",field:"ssh",...wS,description:"SSH agent or keys for `RUN --\
mount=type=ssh` (BuildKit): `default` (the agent at `SSH_AUTH_SOCK`) or lines `id=PATH`."},{name:"semver-tags",field:"semverTags",...Zt,default:"false",description:"\
On a semantic-version git tag (`v1.2.3` or `1.2.3`): also tag `1.2.3`, `1.2` and `1` (pre-releases only their own tag, `0.y.z` no `0`). `latest` only when liste\
d in `tags`."},{name:"branch-tag",field:"branchTag",...Zt,default:"false",description:"Also tag the branch name made a valid tag (`feature/Login` \u2192 `feature-log\
in`, cut to 128 characters with a hash suffix), and `pr-<number>` on pull requests."},{name:"git-ref",field:"gitRef",...o1,defaultText:"`GITHUB_REF`; `CIRCLE_TA\
G`, `CIRCLE_BRANCH`, `CIRCLE_PULL_REQUEST`; else `git describe --tags --exact-match` and the checked-out branch",description:"The git ref `semver-tags` and `bra\
nch-tag` read: `refs/tags/NAME`, `refs/heads/NAME` or `refs/pull/N/merge`."},{name:"labels",field:"labels",...Yu(De(n1,"is not `key=value` with a key of letters\
, digits, `.`, `_`, `-` and `/`")),description:"Extra OCI labels, lines `key=value`, added to the ones always set (revision, source, created; version from a sem\
ver tag); a key given here wins."},{name:"scan-wait",field:"scanWait",...Zt,default:"false",description:"After the push, wait for ECR's scan of the pushed diges\
t (basic or enhanced scanning) and report the findings (`scan-findings`, the summary)."},{name:"scan-start",field:"scanStart",...Zt,default:"false",description:"\
With `scan-wait`: start a basic scan (`StartImageScan`) when the repository did not scan the image on push."},{name:"scan-timeout-seconds",field:"scanTimeoutSec\
onds",...Ju(1,86400),default:"600",description:"How long `scan-wait` waits for the scan, 1\u201386400 (also bounded by `timeout-seconds`)."},{name:"fail-on-seve\
rity",field:"failOnSeverity",...mo(...qo,"none"),default:"none",description:"With `scan-wait`: exit 1 when findings at or above CRITICAL, HIGH, MEDIUM or LOW ex\
ist, or when the scan cannot be had (after all outputs are set; the image stays pushed). `none` only reports."}],Zu=MS,Ba=["aws-region","role-to-assume","audien\
ce","web-identity-token-file","role-session-name","role-duration-seconds","registry-id","web-identity-token-env","pull-registries","registry-type"];var Zr=[{name:"registry",description:"Registry host, as ECR returns it, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com`."},{name:"repository-uri",description:"\
Repository URI, `<registry>/<repository>`."},{name:"image",description:"Image reference with the commit SHA tag, `<repository-uri>:<sha>`."},{name:"digest",description:"\
Digest (`sha256:\u2026`) of the pushed manifest."},{name:"image-ref",description:"Image reference pinned by digest, `<repository-uri>@<digest>`."},{name:"tags",
type:"list",description:"Tags applied, comma-separated, the SHA first."},{name:"pushed",type:"boolean",description:"`true`, or `false` when nothing was uploaded\
 (skip-existing hit, immutable SHA already there, or push: false)."},{name:"scan-findings",description:'With `scan-wait`: counts by severity as JSON, e.g. `{"CR\
ITICAL":0,"HIGH":2}`; empty without a scan.'}];function Ko(t,e){let r=t[e];return Array.isArray(r)?r.join(","):String(r)}function HS(t){return Object.fromEntries(
Zr.map(({name:e})=>[e,Ko(t,e)]))}var BS=t=>`ECR_DELIVER_${t.toUpperCase().replace(/-/g,"_")}`,GS=t=>`ECR_DELIVERED_${t.toUpperCase().replace(/-/g,"_")}`;function jS(t,e){if(e===void 0||e.trim()==="")return;let r=t.type==="list",o=r?e:e.trim(),n=r?Y$:X$;if(o.length>n)throw new I(t.name,o,`is longer than ${n} char\
acters`);if((r?/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/:/[\x00-\x1f\x7f]/).test(o))throw new I(t.name,o,"contains control characters");return o}function br(t,e){let r=MS.
find(n=>n.name===t),o=jS(r,e)??r.default;return o===void 0?void 0:r.parse(o,t)}function Fn(t,e="deliver"){let r={};for(let n of Zu){let s=jS(n,t(n.name))??n.default;
if(s!==void 0)r[n.field]=n.parse(s,n.name);else if(n.type==="list")r[n.field]=[];else if(n.required&&e==="login")r[n.field]="";else if(n.required)throw new I(n.
name,"","is required")}let o=r;return s1(o,e),o}function s1(t,e){if(t.kmsKey!==void 0&&t.encryptionType!=="KMS")throw new I("kms-key",t.kmsKey,"needs `encryptio\
n-type: KMS`");r1(t),i1(t),e==="deliver"&&a1(t)}function i1(t){if(t.scanWait&&t.registryType==="public")throw new I("scan-wait","true","does not apply to ECR Pu\
blic, which does not scan images");if(!t.scanWait){if(t.scanStart)throw new I("scan-start","true","needs `scan-wait: true` (a started scan is only useful when t\
he run waits for it)");if(t.failOnSeverity!=="none")throw new I("fail-on-severity",t.failOnSeverity,"needs `scan-wait: true`: the gate reads the scan the run wa\
its for")}}function a1(t){if(t.image!==void 0){let e=[["dockerfile",t.dockerfile],["target",t.target],["platform",t.platform],["build-args",t.buildArgs.map(o=>`${o.
split("=")[0]}=***`).join(`
`)||void 0],["labels",t.labels.join(`
`)||void 0]];for(let[o,n]of e)if(n!==void 0)throw new I(o,n,"cannot be combined with `image` (nothing is built)");let r=Fa(Gs(t));if(r)throw new I(r,"***","cann\
ot be combined with `image` (nothing is built)");return}t.skipExisting||em(t)}function em(t){if(!(0,Qr.existsSync)(t.context)||!(0,Qr.statSync)(t.context).isDirectory())
throw new I("context",t.context,"is not a directory");Ha("dockerfile",zs(t))}function zs(t){return t.dockerfile??`${t.context.replace(/\/+$/,"")}/Dockerfile`}function c1(t){return t.GITHUB_ACTIONS==="true"?"github":t.CIRCLECI==="true"?"circleci":"other"}function Mn(t,e=process.env,r="deliver"){let o=c1(e),n=r==="logi\
n"?"":m1(t,e);return{ci:o,region:rm(t.awsRegion,e),commitSha:n,sessionName:t.roleSessionName??f1(e),sourceUrl:g1(e),release:r==="login"?{tags:[]}:p1(t,e,o,n)}}function p1(t,e,r,o){
if(!t.semverTags&&!t.branchTag)return{tags:[]};let n=t.gitRef??l1(r,e,o),s=NS(n,t);return $S(s,n,Me.tag),s}function l1(t,e,r){if(t==="github")return PS(e,WS(e));
if(t==="circleci")return OS(e);let o=tm(["describe","--tags","--exact-match",r]);if(o)return{tag:o};let n=tm(["symbolic-ref","--short","-q","HEAD"]);return n?{branch:n}:
{}}function tm(t){try{return(0,zS.execFileSync)("git",t,{encoding:"utf8",stdio:["ignore","pipe","ignore"]}).trim()||void 0}catch{return}}function WS(t){if(!t.GITHUB_EVENT_PATH)
return{};try{return JSON.parse((0,VS.readFileSync)(t.GITHUB_EVENT_PATH,"utf8"))}catch{return{}}}function rm(t,e){let r=t??(e.AWS_REGION||e.AWS_DEFAULT_REGION);if(!r)
throw new I("aws-region","","is required: set aws-region, or AWS_REGION / AWS_DEFAULT_REGION");let o=Me.region(r);if(o)throw new I("aws-region",r,o);return r}function Jo(t){
return t.startsWith("cn-")?"aws-cn":t.startsWith("us-gov-")?"aws-us-gov":"aws"}function d1(t){if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")){let e=WS(
t).pull_request?.head?.sha;if(e)return e}return t.GITHUB_SHA}var u1=()=>tm(["rev-parse","HEAD"]);function m1(t,e){let r=(t.commitSha??d1(e)??e.CIRCLE_SHA1??u1())?.
toLowerCase();if(!r)throw new I("commit-sha","","is required outside GitHub and CircleCI when `git rev-parse HEAD` has no answer");let o=Me.commitSha(r);if(o)throw new I(
"commit-sha",r,o);return r}function f1(t){return`ecr-deliver-${t.GITHUB_RUN_ID?`${t.GITHUB_RUN_ID}-${t.GITHUB_RUN_ATTEMPT??"1"}`:t.CIRCLE_BUILD_NUM??t.CIRCLE_WORKFLOW_JOB_ID??
String(Date.now())}`.replace(/[^\w+=,.@-]/g,"-").slice(0,64)}function g1(t){if(t.GITHUB_REPOSITORY)return`${t.GITHUB_SERVER_URL??"https://github.com"}/${t.GITHUB_REPOSITORY}`;
let e=t.CIRCLE_REPOSITORY_URL;if(e){let r=/^git@([^:]+):(.+?)(?:\.git)?$/.exec(e);return r?`https://${r[1]}/${r[2]}`:e.replace(/\.git$/,"")}return""}var qS=require("node:child_process"),Ga=new Set,Xo=(t,e,r={})=>new Promise((o,n)=>{let s=r.silent?void 0:r.output??process.stdout;s?.write(`[command]${[t,...e].
join(" ")}
`);let i=(0,qS.spawn)(t,e,{stdio:"pipe",env:r.env??process.env});Ga.add(i);let a=!1,c=r.timeoutMs===void 0?void 0:setTimeout(()=>{a=!0,i.kill("SIGKILL")},r.timeoutMs),
l=[],d=[];i.stdout.on("data",u=>{l.push(u),s?.write(u)}),i.stderr.on("data",u=>{d.push(u),s?.write(u)}),i.stdin.on("error",()=>{}),i.stdin.end(r.input),i.on("er\
ror",u=>{Ga.delete(i),clearTimeout(c),n(u)}),i.on("close",(u,m)=>{Ga.delete(i),clearTimeout(c),o({code:u??(m?128:1),stdout:Buffer.concat(l).toString(),stderr:Buffer.
concat(d).toString(),...a?{timedOut:a}:{}})})});async function KS(t){let e=[...Ga];if(!e.length)return;let r=i=>new Promise(a=>{i.exitCode!==null||i.signalCode!==
null?a():i.once("close",()=>a())}),o=Promise.all(e.map(r));for(let i of e)i.kill("SIGTERM");let n,s=new Promise(i=>{n=setTimeout(()=>i("grace"),t)});if(await Promise.
race([o,s])==="grace"){for(let i of e)i.exitCode===null&&i.signalCode===null&&i.kill("SIGKILL");await o}clearTimeout(n)}var XS=5,h1=5e3,y1=3e4,S1=2e3,E1=3e3,JS=["SIGINT","SIGTERM"];function x1(t=1/0){let e=Math.max(1e3,Math.min(y1,Math.floor(t/3)));return{connectionTimeout:Math.min(
h1,e),requestTimeout:e}}function Hn(t,e,r){return{region:t,credentials:e,retryMode:"adaptive",maxAttempts:XS,requestHandler:{...x1(r?.ms),throwOnRequestTimeout:!0,
...uS(process.env)}}}function Bn(t){let e=t??{},r=e.name??"",o=/Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(r)||!!e.$retryable?.throttling,n=o||
!!e.$retryable||(e.$metadata?.httpStatusCode??0)>=500||/Timeout/.test(r)||/^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)$/.
test(e.code??"");return{attempts:e.$metadata?.attempts??1,transient:n,throttled:o}}function Gn(t,e){return e?`AWS kept throttling ${t} for longer than ${XS} att\
empts with backoff: re-run later, spread out concurrent deliveries, or raise the ${t} API rate quota (Service Quotas)`:`${t} or the network to it kept failing: \
check the runner's access to AWS (proxy, firewall, VPC endpoint, AWS_ENDPOINT_URL_${t}) and the AWS Health Dashboard, then re-run`}var Vs=class{constructor(e){this.
seconds=e;this.expired=new Promise((r,o)=>{this.fail=o}),this.timer=setTimeout(()=>this.end(new uo(e,this.stillWaiting())),e*1e3),this.expired.catch(()=>{})}seconds;controller=new AbortController;waiting=[];timer;fail;ending=!1;expired;onSignal=e=>this.
end(new Pa(e,this.stillWaiting()));get ms(){return this.seconds*1e3}get signal(){return this.controller.signal}async bound(e){for(let r of JS)process.on(r,this.
onSignal);try{let r=e().catch(o=>this.ending?this.expired:Promise.reject(o));return await Promise.race([r,this.expired])}finally{clearTimeout(this.timer);for(let r of JS)
process.off(r,this.onSignal)}}async watch(e,r){this.controller.signal.throwIfAborted(),this.waiting.push(e);try{return await r()}finally{this.waiting.splice(this.
waiting.indexOf(e),1)}}stillWaiting(){return[...new Set(this.waiting)]}end(e){this.ending||(this.ending=!0,clearTimeout(this.timer),this.controller.abort(),KS(E1).
then(()=>{this.fail(e),setTimeout(()=>process.exit(process.exitCode||1),S1).unref()}))}};function go(t,e,r){return t?t.watch(e,r):r()}var YS={buildx:"buildx (docker buildx build)",buildkit:"the daemon's embedded BuildKit (DOCKER_BUILDKIT=1 docker build)",classic:"the classic builder (DOCKER_BU\
ILDKIT=0 docker build)"};function om(t){let e=t.DOCKER_BUILDKIT;if(e!==void 0){if(/^(1|t|true)$/i.test(e))return!0;if(/^(0|f|false)$/i.test(e))return!1}}async function QS(t,e,r={}){
let o=om(e),n=r.buildx??r.buildkit;if(o===!1){if(n)throw new Fe(`${n} needs BuildKit, but DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} selects the classic builder`,"uns\
et DOCKER_BUILDKIT (or set it to 1), or drop the option");return"classic"}let[s,i]=await Promise.all([t.buildx(),t.embeddedBuildkit()]);if(s)return"buildx";if(r.
buildx)throw new Fe(`${r.buildx} needs docker buildx, which this machine does not have`,"install the buildx plugin (GitHub: docker/setup-buildx-action; CircleCI\
: the machine executor has it), or drop the option");if(i)return"buildkit";let a="install the buildx plugin (GitHub: docker/setup-buildx-action), or use a docke\
r CLI older than 23 with the daemon's embedded BuildKit";if(r.buildkit)throw new Fe(`${r.buildkit} needs BuildKit, but this docker CLI cannot build with BuildKi\
t without the buildx plugin`,a);if(o===!0)throw new Fe(`DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} asks for BuildKit, but this docker CLI cannot build with BuildKit w\
ithout the buildx plugin`,a);return"classic"}var _D=require("node:child_process"),wD=require("node:fs"),ID=require("node:util");F();$e();C();L();z();U();at();Z();ye();Oi();C();z();F();z();z();var fs="ref",gn=-1,Di=!0,vT="isSet",kT="PartitionResult",Ni="booleanEquals",qe="stringEquals",Gg="getAttr",CT="us-east-1",AT="sigv4",bT="sts",PT="https://st\
s.{Region}.{PartitionResult#dnsSuffix}",OT={[fs]:"Endpoint"},Ke={[fs]:"Region"},jg={[fs]:kT},ms={},DT=[Ke],NT={conditions:[[vT,[OT]],[vT,DT],["aws.partition",DT,
kT],[Ni,[{[fs]:"UseFIPS"},Di]],[Ni,[{[fs]:"UseDualStack"},Di]],[qe,[Ke,"aws-global"]],[Ni,[{[fs]:"UseGlobalEndpoint"},Di]],[qe,[Ke,"eu-central-1"]],[Ni,[{fn:Gg,
argv:[jg,"supportsDualStack"]},Di]],[Ni,[{fn:Gg,argv:[jg,"supportsFIPS"]},Di]],[qe,[Ke,"ap-south-1"]],[qe,[Ke,"eu-north-1"]],[qe,[Ke,"eu-west-1"]],[qe,[Ke,"eu-w\
est-2"]],[qe,[Ke,"eu-west-3"]],[qe,[Ke,"sa-east-1"]],[qe,[Ke,CT]],[qe,[Ke,"us-east-2"]],[qe,[Ke,"us-west-2"]],[qe,[Ke,"us-west-1"]],[qe,[Ke,"ca-central-1"]],[qe,
[Ke,"ap-southeast-1"]],[qe,[Ke,"ap-northeast-1"]],[qe,[Ke,"ap-southeast-2"]],[qe,[{fn:Gg,argv:[jg,"name"]},"aws-us-gov"]]],results:[[gn],["https://sts.amazonaws\
.com",{authSchemes:[{name:AT,signingName:bT,signingRegion:CT}]}],[PT,{authSchemes:[{name:AT,signingName:bT,signingRegion:"{Region}"}]}],[gn,"Invalid Configurati\
on: FIPS and custom endpoint are not supported"],[gn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[OT,ms],["https://sts-fips.{Regio\
n}.{PartitionResult#dualStackDnsSuffix}",ms],[gn,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://sts.{Region}.amazo\
naws.com",ms],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",ms],[gn,"FIPS is enabled but this partition does not support FIPS"],["https://sts.{Region\
}.{PartitionResult#dualStackDnsSuffix}",ms],[gn,"DualStack is enabled but this partition does not support DualStack"],[PT,ms],[gn,"Invalid Configuration: Missin\
g Region"]]},PU=2,X=1e8,OU=new Int32Array([-1,1,-1,0,30,3,1,4,X+14,2,5,X+14,3,25,6,4,24,7,5,X+1,8,6,9,X+13,7,X+1,10,10,X+1,11,11,X+1,12,12,X+1,13,13,X+1,14,14,X+
1,15,15,X+1,16,16,X+1,17,17,X+1,18,18,X+1,19,19,X+1,20,20,X+1,21,21,X+1,22,22,X+1,23,23,X+1,X+2,8,X+11,X+12,4,28,26,9,27,X+10,24,X+8,X+9,8,29,X+7,9,X+6,X+7,3,X+
3,31,4,X+4,X+5]),$T=Ge.from(OU,PU,NT.conditions,NT.results);var DU=new je({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),gp=(t,e={})=>DU.get(t,()=>Ot($T,{endpointParams:t,logger:e.logger}));
be.aws=ct;var NU=t=>async(e,r,o)=>{if(!o)throw new Error("Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let n=await t(e,r,o),s=re(
r)?.commandInstance?.constructor?.getEndpointParameterInstructions;if(!s)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}\
'`);let i=await Xn(o,{getEndpointParameterInstructions:s},e);return Object.assign(n,i)},kU=async(t,e,r)=>({operation:re(e).operation,region:await W(t.region)()||
(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()}),LT=NU(kU);function UT(t){return{schemeId:"aws.auth#sigv4",signingProperties:{
name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}function hp(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{
name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}function zg(t){return{schemeId:"smithy.api#noAuth"}}var $U=(t,e,r)=>n=>{
let i=t(n).properties?.authSchemes;if(!i)return e(n);let a=[];for(let c of i){let{name:l,properties:d={},...u}=c,m=l.toLowerCase();l!==m&&console.warn(`HttpAuth\
Scheme has been normalized with lowercasing: '${l}' to '${m}'`);let f;if(m==="sigv4a"){f="aws.auth#sigv4a";let h=i.find(S=>{let x=S.name.toLowerCase();return x!==
"sigv4a"&&x.startsWith("sigv4")});if(kr.sigv4aDependency()==="none"&&h)continue}else if(m.startsWith("sigv4"))f="aws.auth#sigv4";else throw new Error(`Unknown H\
ttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);let g=r[f];if(!g)throw new Error(`Could not find HttpAuthOption create function for '${f}'`);let y=g(
n);y.schemeId=f,y.signingProperties={...y.signingProperties||{},...u,...d},a.push(y)}return a},LU=t=>{let e=[];switch(t.operation){case"AssumeRoleWithSAML":{e.push(
zg(t)),e.push(hp(t));break}case"AssumeRoleWithWebIdentity":{e.push(zg(t)),e.push(hp(t));break}default:e.push(UT(t)),e.push(hp(t))}return e},FT=$U(gp,LU,{"aws.au\
th#sigv4":UT,"aws.auth#sigv4a":hp,"smithy.api#noAuth":zg}),MT=t=>{let e=or(t),r=ds(e);return Object.assign(r,{authSchemePreference:W(t.authSchemePreference??[])})};var HT=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??!1,defaultSigningName:"\
sts"}),BT={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",
name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}};var GT={name:"@aws-sdk/client-sts",version:"3.1174.0",description:"AWS SDK for JavaScript Sts Client for Node.js, Browser and React Native",homepage:"https://gi\
thub.com/aws/aws-sdk-js-v3/tree/main/clients/client-sts",license:"Apache-2.0",author:{name:"AWS SDK for JavaScript Team",url:"https://aws.amazon.com/sdk-for-jav\
ascript/"},repository:{type:"git",url:"https://github.com/aws/aws-sdk-js-v3.git",directory:"clients/client-sts"},files:["dist-*/**"],sideEffects:!1,main:"./dist\
-cjs/index.js",module:"./dist-es/index.js",browser:{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},types:"./dist-types/index.d.ts",typesVersions:{
"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},scripts:{build:"concurrently 'yarn:b\
uild:types' 'yarn:build:es' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","buil\
d:include:deps":'yarn g:turbo run build -F="$npm_package_name"',"build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downle\
vel-dts dist-types dist-types/ts3.4",clean:"premove dist-cjs dist-es dist-types","extract:docs":"api-extractor run --local","generate:client":"node ../../script\
s/generate-clients/single-service",test:"yarn g:vitest run --passWithNoTests","test:watch":"yarn g:vitest watch --passWithNoTests","test:integration":"yarn g:vi\
test run --passWithNoTests -c vitest.config.integ.mts","test:integration:watch":"yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts","test:e2e":"y\
arn g:vitest run -c vitest.config.e2e.mts","test:e2e:watch":"yarn g:vitest watch -c vitest.config.e2e.mts","test:index":"tsc -p tsconfig.test.json && node ./tes\
t/index-objects.spec.mjs"},dependencies:{"@aws-sdk/core":"^3.981.0","@aws-sdk/credential-provider-node":"^3.972.97","@aws-sdk/signature-v4-multi-region":"^3.996\
.52","@aws-sdk/types":"^3.975.1","@smithy/core":"^3.40.0","@smithy/fetch-http-handler":"^5.8.1","@smithy/node-http-handler":"^4.14.2","@smithy/types":"^4.20.0",
tslib:"^2.6.2"},devDependencies:{"@smithy/snapshot-testing":"^2.4.0","@tsconfig/node20":"20.1.8","@types/node":"^20.14.8",concurrently:"7.0.0","downlevel-dts":"\
0.10.1",premove:"4.0.0",typescript:"~7.0.2",vitest:"^4.0.17"},engines:{node:">=20.0.0"}};F();ye();Jg();L();L();var Bv="AWS_EC2_METADATA_DISABLED",Gv=async t=>{let{ENV_CMDS_FULL_URI:e,ENV_CMDS_RELATIVE_URI:r,fromContainerMetadata:o,fromInstanceMetadata:n}=await Promise.resolve().then(()=>(vp(),Tp));
if(process.env[r]||process.env[e]){t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");let{fromHttp:s}=await Promise.resolve().then(()=>(ah(),ih));
return Zo(s(t),o(t))}return process.env[Bv]&&process.env[Bv]!=="false"?async()=>{throw new w("EC2 Instance Metadata Service access disabled",{logger:t.logger})}:
(t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata"),n(t))};function jv(t,e){let r=uF(t),o,n,s,i,a=async c=>{if(c?.forceRefresh)return i||(i=r(c).then(l=>{s=l}).finally(()=>{i=void 0})),await i,s;if(s?.expiration&&s?.expiration?.
getTime()<Date.now()&&(s=void 0),o)await o;else if(!s||e?.(s))if(s)n||(n=r(c).then(l=>{s=l}).catch(()=>{}).finally(()=>{n=void 0}));else return o=r(c).then(l=>{
s=l}).finally(()=>{o=void 0}),a(c);return s};return a}var uF=t=>async e=>{let r;for(let o of t)try{return await o(e)}catch(n){if(r=n,n?.tryNextLink)continue;throw n}
throw r};var tD=!1,Mo=(t={})=>jv([async()=>{if(t.profile??process.env[Za])throw process.env[ki]&&process.env[$i]&&(tD||((t.logger?.warn&&t.logger?.constructor?.name!=="N\
oOpLogger"?t.logger.warn.bind(t.logger):console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`),tD=!0)),new w("AWS_PROFILE is set, skipping fromEnv provider.",{logger:t.logger,tryNextLink:!0});return t.logger?.debug("@aws-sdk/credential-provider-node - \
defaultProvider::fromEnv"),yp(t)()},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");let{ssoStartUrl:r,ssoAccountId:o,ssoRegion:n,
ssoRoleName:s,ssoSession:i}=t;if(!r&&!o&&!n&&!s&&!i)throw new w("Skipping SSO provider in default chain (inputs do not include SSO fields).",{logger:t.logger});
let{fromSSO:a}=await Promise.resolve().then(()=>(Fh(),Uh));return a(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromI\
ni");let{fromIni:r}=await Promise.resolve().then(()=>(eD(),ZO));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::\
fromProcess");let{fromProcess:r}=await Promise.resolve().then(()=>(wy(),_y));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defa\
ultProvider::fromTokenFile");let{fromTokenFile:r}=await Promise.resolve().then(()=>(Ay(),Cy));return r(t)(e)},async()=>(t.logger?.debug("@aws-sdk/credential-pro\
vider-node - defaultProvider::remoteProvider"),(await Gv(t))()),async()=>{throw new w("Could not load credentials from any providers",{tryNextLink:!1,logger:t.logger})}],
rD);var rD=t=>t?.expiration!==void 0&&t.expiration.getTime()-Date.now()<3e5;$e();C();L();at();O();io();ye();Po();Oi();$e();Kr();C();U();O();Z();C();var we=class t extends He{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var El=class t extends we{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="client";constructor(e){super({name:"Expi\
redTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},xl=class t extends we{static shapeId="com.amazonaws.sts#InvalidContextAssert\
ionException";name="InvalidContextAssertionException";$fault="client";constructor(e){super({name:"InvalidContextAssertionException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Rl=class t extends we{static shapeId="com.amazonaws.sts#MalformedPolicyDocumentException";name="MalformedPolicyDocumentExcept\
ion";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},_l=class t extends we{static shapeId="\
com.amazonaws.sts#PackedPolicyTooLargeException";name="PackedPolicyTooLargeException";$fault="client";constructor(e){super({name:"PackedPolicyTooLargeException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},wl=class t extends we{static shapeId="com.amazonaws.sts#RegionDisabledException";name="RegionDi\
sabledException";$fault="client";constructor(e){super({name:"RegionDisabledException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Il=class t extends we{static shapeId="\
com.amazonaws.sts#IDPRejectedClaimException";name="IDPRejectedClaimException";$fault="client";constructor(e){super({name:"IDPRejectedClaimException",$fault:"cli\
ent",...e}),Object.setPrototypeOf(this,t.prototype)}},Tl=class t extends we{static shapeId="com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdenti\
tyTokenException";$fault="client";constructor(e){super({name:"InvalidIdentityTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},vl=class t extends we{static shapeId="\
com.amazonaws.sts#IDPCommunicationErrorException";name="IDPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicati\
onErrorException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Cl=class t extends we{static shapeId="com.amazonaws.sts#InvalidAuthorizationM\
essageException";name="InvalidAuthorizationMessageException";$fault="client";constructor(e){super({name:"InvalidAuthorizationMessageException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Al=class t extends we{static shapeId="com.amazonaws.sts#ExpiredTradeInTokenException";name="ExpiredTradeInTokenExcepti\
on";$fault="client";constructor(e){super({name:"ExpiredTradeInTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},bl=class t extends we{static shapeId="\
com.amazonaws.sts#InsufficientSessionLifetimeException";name="InsufficientSessionLifetimeException";$fault="client";constructor(e){super({name:"InsufficientSess\
ionLifetimeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Pl=class t extends we{static shapeId="com.amazonaws.sts#InvalidSubjectCre\
dentialsException";name="InvalidSubjectCredentialsException";$fault="client";constructor(e){super({name:"InvalidSubjectCredentialsException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Ol=class t extends we{static shapeId="com.amazonaws.sts#JWTPayloadSizeExceededException";name="JWTPayloadSizeExceededE\
xception";$fault="client";constructor(e){super({name:"JWTPayloadSizeExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Dl=class t extends we{static shapeId="\
com.amazonaws.sts#OutboundWebIdentityFederationDisabledException";name="OutboundWebIdentityFederationDisabledException";$fault="client";constructor(e){super({name:"\
OutboundWebIdentityFederationDisabledException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Nl=class t extends we{static shapeId="com.amazo\
naws.sts#SessionDurationEscalationException";name="SessionDurationEscalationException";$fault="client";constructor(e){super({name:"SessionDurationEscalationExce\
ption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}};var DH="Arn",NH="AccessKeyId";var kH="AssumedRoleId";var oD="AssumedRoleUser";var $H="AssumeRoleWithWebIdentity",LH="AssumeRoleWithWebIdentityRequest",UH="AssumeRoleWithWebIdentityResponse";var FH="Audience",nD="Credentials";var MH="DurationSeconds",HH="Expiration";var BH="ExpiredTokenException",GH="ExpiredTradeInTokenException",jH="FederatedProviderArn";var zH="Issuer",VH="InvalidAuthorizationMessageException",WH="InvalidContextAssertionException",qH="IDPCommunicationErrorException",KH="IDPRejectedClaimExceptio\
n",JH="InvalidIdentityTokenException",XH="IdentityProvider",YH="InvalidSubjectCredentialsException",QH="InsufficientSessionLifetimeException",ZH="JWTPayloadSize\
ExceededException";var eB="MalformedPolicyDocumentException",tB="MinimumSessionTokenSize";var sD="OriginIdentity",rB="OutboundWebIdentityFederationDisabledException",oB="Policy",nB="PolicyArns";var sB="PolicyDescriptorType",iB="ProviderId",aB="PackedPolicySize",cB="PackedPolicyTooLargeException",pB="Provider",lB="RoleArn",dB="RegionDisabledException",uB="\
RoleSessionName",mB="Subject";var fB="SecretAccessKey";var gB="SessionDurationEscalationException",hB="SubjectFromWebIdentityToken",yB="SourceIdentity";var SB="SubjectType",EB="SessionTokenSize",xB="SessionTokenUtilization",RB="SessionToken";var iD="TransactionContext",aD="TrustedIdentityPropagationContext";var _B="WebIdentityToken",wB="arn",IB="accessKeySecretType",qt="awsQueryError",Kt="client",TB="clientTokenType",Jt="error",Xt="httpError",Yt="message",vB="origi\
nIdentityIssuerType",CB="originIdentitySubjectType",AB="originIdentitySubjectTypeType",bB="policyDescriptorListType",cD="smithy.ts.sdk.synthetic.com.amazonaws.s\
ts",PB="transactionContextIdentityProviderMapType",OB="transactionContextValueType";var q="com.amazonaws.sts",pD=new J(cD),DB=[-3,cD,"STSServiceException",0,[],[]];pD.registerError(DB,we);var ut=new J(q),NB=[-3,q,BH,{[qt]:["ExpiredTokenExceptio\
n",400],[Jt]:Kt,[Xt]:400},[Yt],[0]];ut.registerError(NB,El);var kB=[-3,q,GH,{[qt]:["ExpiredTradeInTokenException",400],[Jt]:Kt,[Xt]:400},[Yt],[0]];ut.registerError(
kB,Al);var $B=[-3,q,qH,{[qt]:["IDPCommunicationError",400],[Jt]:Kt,[Xt]:400},[Yt],[0]];ut.registerError($B,vl);var LB=[-3,q,KH,{[qt]:["IDPRejectedClaim",403],[Jt]:Kt,
[Xt]:403},[Yt],[0]];ut.registerError(LB,Il);var UB=[-3,q,QH,{[qt]:["InsufficientSessionLifetime",400],[Jt]:Kt,[Xt]:400},[Yt],[0]];ut.registerError(UB,bl);var FB=[
-3,q,VH,{[qt]:["InvalidAuthorizationMessageException",400],[Jt]:Kt,[Xt]:400},[Yt],[0]];ut.registerError(FB,Cl);var MB=[-3,q,WH,{[qt]:["InvalidContextAssertion",
400],[Jt]:Kt,[Xt]:400},[Yt],[0]];ut.registerError(MB,xl);var HB=[-3,q,JH,{[qt]:["InvalidIdentityToken",400],[Jt]:Kt,[Xt]:400},[Yt],[0]];ut.registerError(HB,Tl);
var BB=[-3,q,YH,{[qt]:["InvalidSubjectCredentials",400],[Jt]:Kt,[Xt]:400},[Yt],[0]];ut.registerError(BB,Pl);var GB=[-3,q,ZH,{[qt]:["JWTPayloadSizeExceededExcept\
ion",400],[Jt]:Kt,[Xt]:400},[Yt],[0]];ut.registerError(GB,Ol);var jB=[-3,q,eB,{[qt]:["MalformedPolicyDocument",400],[Jt]:Kt,[Xt]:400},[Yt],[0]];ut.registerError(
jB,Rl);var zB=[-3,q,rB,{[qt]:["OutboundWebIdentityFederationDisabledException",403],[Jt]:Kt,[Xt]:403},[Yt],[0]];ut.registerError(zB,Dl);var VB=[-3,q,cB,{[qt]:["\
PackedPolicyTooLarge",400],[Jt]:Kt,[Xt]:400},[Yt],[0]];ut.registerError(VB,_l);var WB=[-3,q,dB,{[qt]:["RegionDisabledException",403],[Jt]:Kt,[Xt]:403},[Yt],[0]];
ut.registerError(WB,wl);var qB=[-3,q,gB,{[qt]:["SessionDurationEscalationException",403],[Jt]:Kt,[Xt]:403},[Yt],[0]];ut.registerError(qB,Nl);var lD=[pD,ut],KB=[
0,q,IB,8,0],JB=[0,q,TB,8,0],XB=[0,q,vB,8,0],YB=[0,q,CB,8,0],QB=[0,q,AB,8,0];var ZB=[0,q,OB,8,0];var e3=[3,q,oD,0,[kH,DH],[0,0],2];var t3=[3,q,LH,0,[lB,uB,_B,iB,nB,oB,MH,tB],[0,0,[()=>JB,0],0,()=>c3,0,1,1],3],r3=[3,q,UH,0,[nD,hB,oD,aB,pB,FH,yB,xB,EB,aD],[[()=>o3,0],0,()=>e3,1,0,0,0,1,1,[()=>a3,
0]]];var o3=[3,q,nD,0,[NH,fB,RB,HH],[0,[()=>KB,0],0,4],4];var n3=[3,q,sD,0,[mB,SB,zH,jH],[[()=>YB,0],[()=>QB,0],[()=>XB,0],0]],s3=[3,q,sB,0,[wB],[0]];var i3=[3,q,iD,0,[XH],[[()=>p3,0]]],a3=[3,q,aD,8,[sD,iD],[[()=>n3,0],[()=>i3,0]]],c3=[1,q,bB,0,()=>s3];var p3=[2,q,PB,0,[0,0],[()=>ZB,0]];var dD=[9,q,$H,0,()=>t3,()=>r3];var uD=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??gp,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??FT,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new se},{schemeId:"aws.auth#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.aut\
h#sigv4a"),signer:new wr},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new Pe}],logger:t?.
logger??new xe,protocol:t?.protocol??En,protocolSettings:t?.protocolSettings??{defaultNamespace:"com.amazonaws.sts",errorTypeRegistries:lD,xmlNamespace:"https:/\
/sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??nt,signerConstructor:t?.
signerConstructor??kr,urlParser:t?.urlParser??ge,utf8Decoder:t?.utf8Decoder??oe,utf8Encoder:t?.utf8Encoder??ee});var mD=t=>{Tt(process.version);let e=Pt(t),r=()=>e().then(It),o=uD(t);gt(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(pt,n),bodyLengthChecker:t?.bodyLengthChecker??St,credentialDefaultProvider:t?.credentialDefaultProvider??
Mo,defaultSocketTimeout:mr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??jt({serviceId:o.serviceId,clientVersion:GT.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4")||(async i=>await Mo(i?.__config||{})()),signer:new se},
{schemeId:"aws.auth#sigv4a",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4a"),signer:new wr},{schemeId:"smithy.api#noAuth",identityProvider:s=>s.getIdentityProvider(
"smithy.api#noAuth")||(async()=>({})),signer:new Pe}],maxAttempts:t?.maxAttempts??_(Mt,t),region:t?.region??_(Ae,{...Be,...n}),requestHandler:Oe.create(t?.requestHandler??
r),retryMode:t?.retryMode??_({...Bt,default:async()=>(await r()).retryMode||We},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??_(us,n),streamCollector:t?.
streamCollector??Ne,useDualstackEndpoint:t?.useDualstackEndpoint??_(Rt,n),useFipsEndpoint:t?.useFipsEndpoint??_(_t,n),userAgentAppId:t?.userAgentAppId??_(zt,n)}};F();C();U();var fD=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);s===-1?e.
push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
gD=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var hD=(t,e)=>{let r=Object.assign(Vt(t),vt(t),Dt(t),fD(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Wt(r),Ct(r),Nt(r),gD(r))};var kl=class extends Re{config;constructor(...[e]){let r=mD(e||{});super(r),this.initConfig=r;let o=HT(r),n=Ft(o),s=Ht(n),i=bt(s),a=i,c=er(a),l=MT(c),d=hD(l,e?.
extensions||[]);this.config=d,this.middlewareStack.use(wt(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(rr(this.config)),this.
middlewareStack.use(kt(this.config)),this.middlewareStack.use($t(this.config)),this.middlewareStack.use(Lt(this.config)),this.middlewareStack.use(Ut(this.config)),
this.middlewareStack.use(st(this.config,{httpAuthSchemeParametersProvider:LT,identityProviderConfigProvider:async u=>new ke({"aws.auth#sigv4":u.credentials,"aws\
.auth#sigv4a":u.credentials})})),this.middlewareStack.use(it(this.config))}destroy(){super.destroy()}};C();z();var yD=At(BT,"AWSSecurityTokenServiceV20110615","STSClient",tr),SD={},ED=(t,e,r,o)=>[];var $l=class extends yD(SD,ED,"AssumeRoleWithWebIdentity",dD){};async function Py(t){if(t.tokenEnv){let r=t.env[t.tokenEnv]?.trim();if(!r)throw new Fe(`web-identity-token-env names ${t.tokenEnv}, which is not set or empty`);
return{token:r,source:`environment variable ${t.tokenEnv}`}}if(t.tokenFile)return{token:xD(t.tokenFile),source:`file ${t.tokenFile}`};if(t.ci==="github")return{
token:await l3(t),source:"GitHub OIDC"};if(t.ci==="circleci")return d3(t);let e=t.env.AWS_WEB_IDENTITY_TOKEN_FILE;if(e)return{token:xD(e),source:`file ${e}`};throw new Fe(
"role-to-assume is set but no OIDC token was found","outside GitHub and CircleCI, write the CI's OIDC token to a file and pass web-identity-token-file (or AWS_W\
EB_IDENTITY_TOKEN_FILE), or name the variable that holds it in web-identity-token-env")}function xD(t){let e=(0,wD.readFileSync)(t,"utf8").trim();if(!e)throw new Fe(
`the OIDC token file ${t} is empty`);return e}async function l3(t){if(!t.env.ACTIONS_ID_TOKEN_REQUEST_URL||!t.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN||!t.platformToken)
throw new Fe("GitHub did not give this job an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set)","add `permissions: id-token: write` (and `contents: read`) t\
o the workflow or job");try{return await t.platformToken(t.audience)}catch(e){throw e instanceof Ar?e:new xr(`could not get the GitHub OIDC token: ${e.message}`,
"check `permissions: id-token: write`; tokens are not issued to pull requests from forks")}}async function d3(t){let e=t.env.CIRCLE_OIDC_TOKEN_V2||t.env.CIRCLE_OIDC_TOKEN,
r=e&&{token:e.trim(),source:t.env.CIRCLE_OIDC_TOKEN_V2?"CIRCLE_OIDC_TOKEN_V2":"CIRCLE_OIDC_TOKEN"};if(r&&!t.renew)return r;try{let o=["run","oidc","get"];t.audience!==
Qu&&o.push("--claims",JSON.stringify({aud:t.audience}));let{stdout:n}=await(0,ID.promisify)(_D.execFile)("circleci",o,{encoding:"utf8",env:t.env}),s=n.trim();if(s)
return{token:s,source:"circleci run oidc get"}}catch{}if(r)return r;throw new Fe("CircleCI did not give this job an OIDC token (no CIRCLE_OIDC_TOKEN_V2 or CIRCL\
E_OIDC_TOKEN)","run the job with a context (CircleCI issues OIDC tokens only to jobs that use one), or pass web-identity-token-file")}function u3(t){try{let e=JSON.
parse(Buffer.from(t.split(".")[1]??"","base64url").toString("utf8")),r=o=>Array.isArray(o)?o.join(","):typeof o=="string"?o:void 0;return{iss:r(e.iss),sub:r(e.sub),
aud:r(e.aud)}}catch{return{}}}async function Oy(t,e,r,o){r.secret(e);let n=new kl(Hn(t.region,void 0,o)),s=new $l({RoleArn:t.roleArn,RoleSessionName:t.sessionName,
WebIdentityToken:e,DurationSeconds:t.durationSeconds});try{let a=(await go(o,"STS AssumeRoleWithWebIdentity",()=>n.send(s,{abortSignal:o?.signal}))).Credentials;
if(!a?.AccessKeyId||!a.SecretAccessKey||!a.SessionToken)throw new xr("STS answered without credentials");return f3({accessKeyId:a.AccessKeyId,secretAccessKey:a.
SecretAccessKey,sessionToken:a.SessionToken,expiration:a.Expiration},r)}catch(i){throw g3(i,t,e)}finally{n.destroy()}}function TD(t,e){let r={credentials:t,margin:RD(
t)},o;return()=>{let n=r.credentials.expiration?.getTime();return n===void 0||n-Date.now()>r.margin?Promise.resolve(r.credentials):(o??=e().then(s=>(r={credentials:s,
margin:RD(s)},s)).finally(()=>{o=void 0}),o)}}var m3=300*1e3;function RD(t){let e=t.expiration?t.expiration.getTime()-Date.now():1/0;return Math.min(m3,e/2)}function f3(t,e){
for(let r of[t.accessKeyId,t.secretAccessKey,t.sessionToken])r&&e.secret(r);return t}function g3(t,e,r){if(t instanceof xr||t instanceof Ar)return t;let o=t,n=u3(
r),s=`token iss=${n.iss??"?"} sub=${n.sub??"?"} aud=${n.aud??"?"}`,i=Bn(t);if(i.transient){let c=`STS AssumeRoleWithWebIdentity for ${e.roleArn} failed after ${i.
attempts} attempt(s) (${o.name}: ${o.message}); ${s}`;return new xr(c,Gn("STS",i.throttled),{cause:t})}let a=`STS refused AssumeRoleWithWebIdentity for ${e.roleArn}\
 (${o.name}: ${o.message}); ${s}`;switch(o.name){case"AccessDenied":case"AccessDeniedException":return new xr(a,"the role's trust policy must allow this token: \
Federated principal for the issuer, `aud` and `sub` conditions matching the values above (`ecr-deliver iam-policy` prints one)",{cause:t});case"InvalidIdentityT\
oken":case"InvalidIdentityTokenException":return new xr(a,"the account needs an IAM OIDC identity provider for this issuer, with the audience above as a client \
id",{cause:t});case"ExpiredTokenException":return new xr(a,"the OIDC token expired before it was used; request a fresh one",{cause:t});case"IDPCommunicationErro\
r":case"IDPCommunicationErrorException":return new xr(a,"STS could not reach the token issuer; retry the job",{cause:t});default:return new xr(a,void 0,{cause:t})}}var h3=[/^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/,/^ACTIONS_RUNTIME_TOKEN$/,/^CIRCLE_OIDC_TOKEN/,/^INPUT_/];function _a(t,e){let r=Object.fromEntries(Object.entries(
t).filter(([o])=>!h3.some(n=>n.test(o))));return e?{...r,DOCKER_CONFIG:e}:r}var As=require("node:fs"),PD=require("node:os"),Dy=require("node:path");var vD=3,y3=/\b5\d\d\b|Service Unavailable|Bad Gateway|Gateway Time-?out|connection reset|broken pipe|\bEOF\b|i\/o timeout|TLS handshake timeout|connection refused|Client\.Timeout|too ?many ?requests|\b429\b|net\/http/i,
CD=/no basic auth credentials|authentication required|unauthorized|\b401\b|authorization token has expired|denied: Your authorization token/i,AD=t=>t.startsWith(
"-")?`./${t}`:t;function OD(t,e){let r={};return t.platform?.includes(",")?r.buildx="platform":t.provenance&&(r.buildx="provenance"),r.buildkit=Fa(e),r}function S3(t,e,r){
let o=e==="buildx",n=o?["buildx","build"]:["build"],s=o?{}:{DOCKER_BUILDKIT:e==="buildkit"?"1":"0"};n.push("--file",AD(t.dockerfile));for(let i of t.tags)n.push(
"--tag",i);for(let[i,a]of Object.entries(t.labels))n.push("--label",`${i}=${a}`);for(let i of t.buildArgs){let a=i.indexOf("=");s[i.slice(0,a)]=i.slice(a+1),n.push(
"--build-arg",i.slice(0,a))}if(t.target&&n.push("--target",t.target),t.platform&&n.push("--platform",t.platform),e!=="classic"){let i=CS(t.secrets);n.push(...i.
argv),Object.assign(s,i.env)}return t.cache&&(o&&n.push("--cache-to","type=inline"),e==="buildkit"&&n.push("--build-arg","BUILDKIT_INLINE_CACHE=1"),t.cache.from&&
n.push("--cache-from",o?`type=registry,ref=${t.cache.from}`:t.cache.from)),o&&(n.push("--provenance",t.provenance?"mode=max":"false"),t.provenance&&n.push("--sb\
om","true"),n.push(t.pushFromBuilder?"--push":"--load"),r&&n.push("--metadata-file",r)),n.push(AD(t.context)),{argv:n,env:s}}function E3(t){return/digest: (sha256:[a-f0-9]{64})/.
exec(t)?.[1]}var bD=1e4,Pn=class{constructor(e,r,o,n=process.env){this.runner=e;this.reporter=r;this.deadline=o;this.env=n}runner;reporter;deadline;env;run(e,r,o){
return go(this.deadline,`docker ${r[0]==="buildx"?"buildx build":r[0]}`,()=>this.runner(e,r,{...o,env:o?.env?{...this.env,...o.env}:this.env}))}async check(){let e;
try{e=await this.run("docker",["version","--format","{{.Server.Version}}"],{silent:!0,timeoutMs:bD})}catch{throw new Fe("docker is not installed: no `docker` co\
mmand on PATH","use a runner or executor with Docker (CircleCI: the machine executor, or a docker image with setup_remote_docker)")}if(e.timedOut)throw new Fe(`\
the docker daemon did not answer within ${bD/1e3} s (docker version)`,"the daemon is hung or overloaded: restart the docker engine (or check DOCKER_HOST / the d\
ocker context)");if(e.code!==0){let r=e.stderr.trim().split(`
`).pop()??"";throw new Fe(`the docker daemon is not reachable: ${r}`,"start the docker engine (CircleCI docker executor: add `setup_remote_docker`; or use the m\
achine executor)")}}buildx;embedded;chosen;hasBuildx(){return this.buildx??=this.run("docker",["buildx","version"],{silent:!0}).then(e=>e.code===0,()=>!1),this.
buildx}drivesEmbeddedBuildkit(){return this.embedded??=this.run("docker",["build","--help"],{silent:!0,env:{DOCKER_BUILDKIT:"1"}}).then(e=>e.code===0,()=>!1),this.
embedded}builder(e){return this.chosen??=QS({buildx:()=>this.hasBuildx(),embeddedBuildkit:()=>this.drivesEmbeddedBuildkit()},this.env,e).then(r=>(this.reporter.
info(`Builder: ${YS[r]}`),r)),this.chosen}logins=Promise.resolve();login(e){let r=this.logins.then(()=>this.loginNow(e));return this.logins=r.catch(()=>{}),r}async loginNow(e){
this.reporter.secret(e.password),this.reporter.secret(Buffer.from(`${e.username}:${e.password}`).toString("base64"));let r=await this.run("docker",["login","--u\
sername",e.username,"--password-stdin",e.host],{input:Buffer.from(e.password),output:this.reporter.output});if(r.code!==0)throw new ur(`docker login to ${e.host}\
 failed: ${Yr(r)}`)}async logout(e){await this.run("docker",["logout",e],{output:this.reporter.output})}async build(e,r){let o=r==="buildx"?(0,As.mkdtempSync)((0,Dy.join)(
(0,PD.tmpdir)(),"ecr-deliver-")):void 0,n=o?(0,Dy.join)(o,"metadata.json"):void 0;try{let s=await this.runBuild(e,r,n);if(s.code!==0&&e.cache&&/cache/i.test(Yr(
s))&&(this.reporter.warning(`the build failed on the layer cache (${Yr(s)}); building again without it`),s=await this.runBuild({...e,cache:void 0},r,n)),s.code!==
0)throw new ur(`docker ${r==="buildx"?"buildx build":"build"} failed (exit ${s.code}): ${Yr(s)}`);return!n||!e.pushFromBuilder?void 0:JSON.parse((0,As.readFileSync)(
n,"utf8"))["containerimage.digest"]}finally{o&&(0,As.rmSync)(o,{recursive:!0,force:!0})}}runBuild(e,r,o){let{argv:n,env:s}=S3(e,r,o);return this.run("docker",n,
{output:this.reporter.output,env:s})}async pullCache(e){let r=await this.run("docker",["pull","--quiet",e],{output:this.reporter.output});return r.code!==0&&this.
reporter.warning(`no layer cache: docker pull ${e} failed (${Yr(r)}); building without it`),r.code===0}async tag(e,r){let o=await this.run("docker",["tag",e,r],
{output:this.reporter.output});if(o.code!==0)throw new ur(`docker tag ${e} ${r} failed: ${Yr(o)}`)}async push(e,r){let o=!1;for(let n=1;;n++){let s=await this.run(
"docker",["push",e],{output:this.reporter.output}),i=`${s.stdout}
${s.stderr}`;if(s.code===0){let a=E3(i);if(!a)throw new ur(`docker push ${e} printed no digest`);return a}if(CD.test(i)&&!o){o=!0,this.reporter.warning(`the reg\
istry refused the credentials (${Yr(s)}); logging in again`),await r();continue}if(CD.test(i))throw new ur(`docker push ${e} was refused after a fresh login: ${Yr(
s)}`,"the credentials need ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage and ecr:BatchCheckLayerAvailability");if(!y3.test(
i)||n>=vD)throw new ur(`docker push ${e} failed after ${n} attempt(s): ${Yr(s)}`);this.reporter.warning(`docker push failed (${Yr(s)}); retrying (${n}/${vD-1})`),
await new Promise(a=>setTimeout(a,1e3*2**(n-1)))}}},x3=/^(DEPRECATED:|Install the buildx|https:\/\/docs\.docker\.com\/|WARNING!|Configure a credential helper)/;
function Yr(t){let e=o=>o.split(`
`).map(n=>n.trim()).filter(n=>n&&!x3.test(n)),r=e(t.stdout);return e(t.stderr).pop()??[...r].reverse().find(o=>/error|denied|fail|unauthorized/i.test(o))??r.pop()??
`exit ${t.code}`}var vr=require("node:fs"),Ul=require("node:os"),Ho=require("node:path"),R3=["auths","credHelpers","credsStore","currentContext","proxies"],_3=["buildx","cli-plu\
gins","contexts"];function w3(t){return t.DOCKER_CONFIG||(0,Ho.join)(t.HOME||(0,Ul.homedir)(),".docker")}var Ll=class t{constructor(e){this.dir=e;process.once("\
exit",this.onExit)}dir;removed=!1;onExit=()=>this.remove();static create(e){let r=new t((0,vr.mkdtempSync)((0,Ho.join)((0,Ul.tmpdir)(),"ecr-deliver-docker-"))),
o=w3(e);(0,vr.writeFileSync)((0,Ho.join)(r.dir,"config.json"),JSON.stringify(I3((0,Ho.join)(o,"config.json")),null,2),{mode:384});for(let n of _3)(0,vr.existsSync)(
(0,Ho.join)(o,n))&&(0,vr.symlinkSync)((0,Ho.join)(o,n),(0,Ho.join)(r.dir,n));return r}remove(){this.removed||(this.removed=!0,process.off("exit",this.onExit),(0,vr.rmSync)(
this.dir,{recursive:!0,force:!0}))}};function I3(t){let e;try{e=JSON.parse((0,vr.readFileSync)(t,"utf8"))}catch{return{}}let r=Object.fromEntries(R3.filter(o=>e[o]!==
void 0).map(o=>[o,e[o]]));return typeof e.credsStore=="string"&&e.credsStore?T3(r,e.credsStore):r}function T3(t,e){let{credsStore:r,...o}=t,n=t.auths??{},s={};for(let[
i,a]of Object.entries(n))a?.auth||(s[i]=e);return{...o,credHelpers:{...s,...t.credHelpers}}}var Vy=require("node:fs");F();$e();C();L();z();U();at();Z();ye();C();var DD=async(t,e,r)=>({operation:re(e).operation,region:await W(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function v3(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}var ND=t=>{let e=[];switch(t.operation){default:e.push(v3(t))}return e},kD=t=>{let e=or(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??
[])})};var $D=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr"}),LD={UseFIPS:{type:"b\
uiltInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInPar\
ams",name:"useDualstackEndpoint"}};var UD={name:"@aws-sdk/client-ecr",version:"3.1169.0",description:"AWS SDK for JavaScript Ecr Client for Node.js, Browser and React Native",homepage:"https://gi\
thub.com/aws/aws-sdk-js-v3/tree/main/clients/client-ecr",license:"Apache-2.0",author:{name:"AWS SDK for JavaScript Team",url:"https://aws.amazon.com/sdk-for-jav\
ascript/"},repository:{type:"git",url:"https://github.com/aws/aws-sdk-js-v3.git",directory:"clients/client-ecr"},files:["dist-*/**"],sideEffects:!1,main:"./dist\
-cjs/index.js",module:"./dist-es/index.js",browser:{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},types:"./dist-types/index.d.ts",typesVersions:{
"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},scripts:{build:"concurrently 'yarn:b\
uild:types' 'yarn:build:es' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","buil\
d:include:deps":'yarn g:turbo run build -F="$npm_package_name"',"build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downle\
vel-dts dist-types dist-types/ts3.4",clean:"premove dist-cjs dist-es dist-types","extract:docs":"api-extractor run --local","generate:client":"node ../../script\
s/generate-clients/single-service","test:e2e":"yarn g:vitest run -c vitest.config.e2e.mts","test:e2e:watch":"yarn g:vitest watch -c vitest.config.e2e.mts","test\
:index":"tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"},dependencies:{"@aws-sdk/core":"^3.981.0","@aws-sdk/credential-provider-node":"^3.972.\
97","@aws-sdk/types":"^3.975.1","@smithy/core":"^3.40.0","@smithy/fetch-http-handler":"^5.8.1","@smithy/node-http-handler":"^4.14.2","@smithy/types":"^4.20.0",tslib:"\
^2.6.2"},devDependencies:{"@tsconfig/node20":"20.1.8","@types/node":"^20.14.8",concurrently:"7.0.0","downlevel-dts":"0.10.1",premove:"4.0.0",typescript:"~7.0.2"},
engines:{node:">=20.0.0"}};F();ye();C();L();at();O();io();ye();Po();Kr();C();U();O();F();z();z();var bs="ref",On=-1,Fl=!0,FD="isSet",ky="PartitionResult",Bo="stringEquals",Ml="booleanEquals",Ny="getAttr",MD={[bs]:"Endpoint"},Go={fn:Ny,argv:[{[bs]:ky},"n\
ame"]},HD={[bs]:ky},Dn={},BD=[{[bs]:"Region"}],GD={conditions:[[FD,[MD]],[FD,BD],["aws.partition",BD,ky],[Bo,[Go,"aws-eusc"]],[Bo,[Go,"aws-iso-f"]],[Bo,[Go,"aws\
-iso-e"]],[Bo,[Go,"aws-iso-b"]],[Bo,[Go,"aws-iso"]],[Bo,[Go,"aws-cn"]],[Bo,[Go,"aws-us-gov"]],[Bo,[Go,"aws"]],[Ml,[{[bs]:"UseFIPS"},Fl]],[Ml,[{fn:Ny,argv:[HD,"s\
upportsFIPS"]},Fl]],[Ml,[{[bs]:"UseDualStack"},Fl]],[Ml,[{fn:Ny,argv:[HD,"supportsDualStack"]},Fl]]],results:[[On],[On,"Invalid Configuration: FIPS and custom e\
ndpoint are not supported"],[On,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[MD,Dn],["https://api.ecr.{Region}.{PartitionResult#dn\
sSuffix}",Dn],["https://ecr.{Region}.{PartitionResult#dualStackDnsSuffix}",Dn],["https://api.ecr-fips.{Region}.{PartitionResult#dnsSuffix}",Dn],["https://ecr-fi\
ps.{Region}.{PartitionResult#dualStackDnsSuffix}",Dn],["https://api.ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Dn],[On,"FIPS and DualStack are enab\
led, but this partition does not support one or both"],[On,"FIPS is enabled but this partition does not support FIPS"],["https://api.ecr.{Region}.{PartitionResu\
lt#dualStackDnsSuffix}",Dn],[On,"DualStack is enabled but this partition does not support DualStack"],[On,"Invalid Configuration: Missing Region"]]},A3=2,Qe=1e8,
b3=new Int32Array([-1,1,-1,0,23,3,1,4,Qe+13,2,5,Qe+13,3,20,6,4,20,7,5,20,8,6,20,9,7,20,10,8,20,11,9,20,12,10,20,13,11,16,14,13,15,Qe+4,14,Qe+11,Qe+12,12,18,17,13,
Qe+9,Qe+10,13,19,Qe+6,14,Qe+8,Qe+9,11,22,21,13,Qe+5,Qe+4,13,Qe+7,Qe+6,11,Qe+1,24,13,Qe+2,Qe+3]),jD=Ge.from(b3,A3,GD.conditions,GD.results);var P3=new je({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),zD=(t,e={})=>P3.get(t,()=>Ot(jD,{endpointParams:t,logger:e.logger}));be.aws=ct;Z();C();var P=class t extends He{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ecr#ECRServiceException";constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var Hl=class t extends P{static shapeId="com.amazonaws.ecr#InvalidParameterException";name="InvalidParameterException";$fault="client";constructor(e){super({name:"\
InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Bl=class t extends P{static shapeId="com.amazonaws.ecr#RepositoryNot\
FoundException";name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Gl=class t extends P{static shapeId="com.amazonaws.ecr#ServerException";name="ServerException";$fault="server";constructor(e){super({name:"S\
erverException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},jl=class t extends P{static shapeId="com.amazonaws.ecr#LimitExceededException";name="\
LimitExceededException";$fault="client";constructor(e){super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},zl=class t extends P{static shapeId="\
com.amazonaws.ecr#UnableToGetUpstreamImageException";name="UnableToGetUpstreamImageException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamIma\
geException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Vl=class t extends P{static shapeId="com.amazonaws.ecr#ValidationException";name="\
ValidationException";$fault="client";constructor(e){super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Wl=class t extends P{static shapeId="\
com.amazonaws.ecr#EmptyUploadException";name="EmptyUploadException";$fault="client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},ql=class t extends P{static shapeId="com.amazonaws.ecr#InvalidLayerException";name="InvalidLayerException";$fault="client";constructor(e){
super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Kl=class t extends P{static shapeId="com.amazonaws.ecr#KmsE\
xception";name="KmsException";$fault="client";kmsError;constructor(e){super({name:"KmsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.kmsError=e.kmsError}},Jl=class t extends P{static shapeId="com.amazonaws.ecr#LayerAlreadyExistsException";name="LayerAlreadyExistsException";$fault="client";constructor(e){
super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Xl=class t extends P{static shapeId="com.amazonaws.ec\
r#LayerPartTooSmallException";name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Yl=class t extends P{static shapeId="com.amazonaws.ecr#UploadNotFoundException";name="UploadNotFoundException";$fault="client";constructor(e){
super({name:"UploadNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ql=class t extends P{static shapeId="com.amazonaws.ecr#Pu\
llThroughCacheRuleAlreadyExistsException";name="PullThroughCacheRuleAlreadyExistsException";$fault="client";constructor(e){super({name:"PullThroughCacheRuleAlre\
adyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Zl=class t extends P{static shapeId="com.amazonaws.ecr#SecretNotFoundExcept\
ion";name="SecretNotFoundException";$fault="client";constructor(e){super({name:"SecretNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
ed=class t extends P{static shapeId="com.amazonaws.ecr#UnableToAccessSecretException";name="UnableToAccessSecretException";$fault="client";constructor(e){super(
{name:"UnableToAccessSecretException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},td=class t extends P{static shapeId="com.amazonaws.ecr#Un\
ableToDecryptSecretValueException";name="UnableToDecryptSecretValueException";$fault="client";constructor(e){super({name:"UnableToDecryptSecretValueException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},rd=class t extends P{static shapeId="com.amazonaws.ecr#UnsupportedUpstreamRegistryException";name="Unsu\
pportedUpstreamRegistryException";$fault="client";constructor(e){super({name:"UnsupportedUpstreamRegistryException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},od=class t extends P{static shapeId="com.amazonaws.ecr#InvalidTagParameterException";name="InvalidTagParameterException";$fault="client";constructor(e){
super({name:"InvalidTagParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},nd=class t extends P{static shapeId="com.amazonaws.e\
cr#RepositoryAlreadyExistsException";name="RepositoryAlreadyExistsException";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},sd=class t extends P{static shapeId="com.amazonaws.ecr#TooManyTagsException";name="TooManyTagsException";$fault="\
client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},id=class t extends P{static shapeId="\
com.amazonaws.ecr#TemplateAlreadyExistsException";name="TemplateAlreadyExistsException";$fault="client";constructor(e){super({name:"TemplateAlreadyExistsExcepti\
on",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ad=class t extends P{static shapeId="com.amazonaws.ecr#LifecyclePolicyNotFoundException";name="\
LifecyclePolicyNotFoundException";$fault="client";constructor(e){super({name:"LifecyclePolicyNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},cd=class t extends P{static shapeId="com.amazonaws.ecr#PullThroughCacheRuleNotFoundException";name="PullThroughCacheRuleNotFoundException";$fault="\
client";constructor(e){super({name:"PullThroughCacheRuleNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},pd=class t extends P{static shapeId="\
com.amazonaws.ecr#RegistryPolicyNotFoundException";name="RegistryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RegistryPolicyNotFoundExce\
ption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ld=class t extends P{static shapeId="com.amazonaws.ecr#RepositoryNotEmptyException";name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
dd=class t extends P{static shapeId="com.amazonaws.ecr#TemplateNotFoundException";name="TemplateNotFoundException";$fault="client";constructor(e){super({name:"T\
emplateNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ud=class t extends P{static shapeId="com.amazonaws.ecr#RepositoryPoli\
cyNotFoundException";name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},md=class t extends P{static shapeId="com.amazonaws.ecr#SigningConfigurationNotFoundException";name="SigningConfigurati\
onNotFoundException";$fault="client";constructor(e){super({name:"SigningConfigurationNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
fd=class t extends P{static shapeId="com.amazonaws.ecr#ExclusionNotFoundException";name="ExclusionNotFoundException";$fault="client";constructor(e){super({name:"\
ExclusionNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},gd=class t extends P{static shapeId="com.amazonaws.ecr#ImageNotFoun\
dException";name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},hd=class t extends P{static shapeId="com.amazonaws.ecr#ScanNotFoundException";name="ScanNotFoundException";$fault="client";constructor(e){super({
name:"ScanNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},yd=class t extends P{static shapeId="com.amazonaws.ecr#Replication\
BackfillNotFoundException";name="ReplicationBackfillNotFoundException";$fault="client";constructor(e){super({name:"ReplicationBackfillNotFoundException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},Sd=class t extends P{static shapeId="com.amazonaws.ecr#LayerInaccessibleException";name="LayerInaccessi\
bleException";$fault="client";constructor(e){super({name:"LayerInaccessibleException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ed=class t extends P{static shapeId="\
com.amazonaws.ecr#LayersNotFoundException";name="LayersNotFoundException";$fault="client";constructor(e){super({name:"LayersNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},xd=class t extends P{static shapeId="com.amazonaws.ecr#UnableToGetUpstreamLayerException";name="UnableToGetUpstreamLay\
erException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Rd=class t extends P{static shapeId="\
com.amazonaws.ecr#LifecyclePolicyPreviewNotFoundException";name="LifecyclePolicyPreviewNotFoundException";$fault="client";constructor(e){super({name:"LifecycleP\
olicyPreviewNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},_d=class t extends P{static shapeId="com.amazonaws.ecr#UnableToL\
istUpstreamImageReferrersException";name="UnableToListUpstreamImageReferrersException";$fault="client";constructor(e){super({name:"UnableToListUpstreamImageRefe\
rrersException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},wd=class t extends P{static shapeId="com.amazonaws.ecr#ImageAlreadyExistsExcept\
ion";name="ImageAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},Id=class t extends P{static shapeId="com.amazonaws.ecr#ImageDigestDoesNotMatchException";name="ImageDigestDoesNotMatchException";$fault="client";constructor(e){
super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Td=class t extends P{static shapeId="com.amazona\
ws.ecr#ImageTagAlreadyExistsException";name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},vd=class t extends P{static shapeId="com.amazonaws.ecr#ReferencedImagesNotFoundException";name="Referen\
cedImagesNotFoundException";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Cd=class t extends P{static shapeId="com.amazonaws.ecr#BlockedByOrganizationPolicyException";name="BlockedByOrganizationPolicyException";$fault="client";constructor(e){
super({name:"BlockedByOrganizationPolicyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ad=class t extends P{static shapeId="com.ama\
zonaws.ecr#ExclusionAlreadyExistsException";name="ExclusionAlreadyExistsException";$fault="client";constructor(e){super({name:"ExclusionAlreadyExistsException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},bd=class t extends P{static shapeId="com.amazonaws.ecr#ImageArchivedException";name="ImageArchi\
vedException";$fault="client";constructor(e){super({name:"ImageArchivedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Pd=class t extends P{static shapeId="\
com.amazonaws.ecr#UnsupportedImageTypeException";name="UnsupportedImageTypeException";$fault="client";constructor(e){super({name:"UnsupportedImageTypeException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Od=class t extends P{static shapeId="com.amazonaws.ecr#LifecyclePolicyPreviewInProgressExceptio\
n";name="LifecyclePolicyPreviewInProgressException";$fault="client";constructor(e){super({name:"LifecyclePolicyPreviewInProgressException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Dd=class t extends P{static shapeId="com.amazonaws.ecr#ReplicationBackfillInProgressException";name="ReplicationBackfi\
llInProgressException";$fault="client";constructor(e){super({name:"ReplicationBackfillInProgressException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Nd=class t extends P{static shapeId="com.amazonaws.ecr#ReplicationBackfillInvalidStatusException";name="ReplicationBackfillInvalidStatusException";$fault="clien\
t";constructor(e){super({name:"ReplicationBackfillInvalidStatusException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},kd=class t extends P{static shapeId="\
com.amazonaws.ecr#ImageStorageClassUpdateNotSupportedException";name="ImageStorageClassUpdateNotSupportedException";$fault="client";constructor(e){super({name:"\
ImageStorageClassUpdateNotSupportedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},$d=class t extends P{static shapeId="com.amazonaw\
s.ecr#InvalidLayerPartException";name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){super(
{name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}};var O3="Attribute",D3="AuthorizationData",N3="AuthorizationDataList",k3="AwsEcrContainerImageDetails",$3="AttributeList",L3="BlockedByOrganizationPolicyExceptio\
n";var U3="BatchGetImage",F3="BatchGetImageRequest",M3="BatchGetImageResponse";var H3="CreateRepository";var B3="CreateRepositoryRequest",G3="CreateRepositoryResponse",j3="CvssScore",z3="CvssScoreAdjustment",V3="CvssScoreAdjustmentList",W3="CvssScoreDetails",q3="Cv\
ssScoreList",K3="DescribeImages",J3="DescribeImagesFilter",X3="DescribeImagesRequest";var Y3="DescribeImagesResponse",Q3="DescribeImageScanFindings",Z3="DescribeImageScanFindingsRequest",e4="DescribeImageScanFindingsResponse";var t4="DescribeRepositoriesRequest",r4="DescribeRepositoriesResponse";var o4="DescribeRepositories";var n4="ExclusionAlreadyExistsException",s4="EncryptionConfiguration";var i4="EnhancedImageScanFinding",a4="EnhancedImageScanFindingList",c4="ExclusionNotFoundException",p4="EmptyUploadException";var l4="GetAuthorizationToken",d4="GetAuthorizationTokenRequest",u4="GetAuthorizationTokenResponse";var m4="Image",f4="ImageArchivedException",g4="ImageAlreadyExistsException",h4="ImageDetail",y4="ImageDigestDoesNotMatchException",S4="ImageDetailList",E4="Imag\
eFailure",x4="ImageFailureList",R4="ImageIdentifier",_4="ImageIdentifierList",w4="ImageList",I4="InvalidLayerException",T4="InvalidLayerPartException";var v4="ImageNotFoundException",C4="InvalidParameterException";var A4="ImageScanningConfiguration",b4="ImageStorageClassUpdateNotSupportedException",P4="ImageScanFinding",O4="ImageScanFindingList",D4="ImageScanFindingsSumma\
ry",N4="ImageScanFindings",k4="ImageScanStatus";var $4="ImageTagAlreadyExistsException",L4="ImageTagMutabilityExclusionFilter",U4="ImageTagMutabilityExclusionFilters",F4="InvalidTagParameterException",M4="Key",
H4="KmsException";var B4="LayerAlreadyExistsException",G4="LimitExceededException";var j4="LayerInaccessibleException";var z4="LayersNotFoundException",V4="LifecyclePolicyNotFoundException";var W4="LifecyclePolicyPreviewInProgressException",q4="LifecyclePolicyPreviewNotFoundException";var K4="LayerPartTooSmallException";var J4="PutImage",X4="PutImageRequest",Y4="PutImageResponse";var Q4="PutLifecyclePolicy",Z4="PutLifecyclePolicyRequest",eG="PutLifecyclePolicyResponse";var tG="PullThroughCacheRuleAlreadyExistsException";var rG="PullThroughCacheRuleNotFoundException",oG="PackageVulnerabilityDetails",nG="Recommendation",sG="RepositoryAlreadyExistsException",iG="ReplicationBackfil\
lInProgressException",aG="ReplicationBackfillInvalidStatusException",cG="ReplicationBackfillNotFoundException";var pG="ResourceDetails";var lG="ReferencedImagesNotFoundException",dG="RepositoryList",uG="ResourceList",mG="RepositoryNotEmptyException",fG="RepositoryNotFoundException",gG="RegistryP\
olicyNotFoundException",hG="RepositoryPolicyNotFoundException";var yG="Remediation",SG="Repository",EG="Resource";var xG="SigningConfigurationNotFoundException",RG="ScoreDetails",_G="ServerException";var wG="StartImageScan",IG="StartImageScanRequest",TG="StartImageScanResponse";var vG="ScanNotFoundException",CG="SecretNotFoundException";var AG="SetRepositoryPolicy",bG="SetRepositoryPolicyRequest",PG="SetRepositoryPolicyResponse",OG="Tag",DG="TemplateAlreadyExistsException";var NG="TagList",kG="TooManyTagsException",$G="TemplateNotFoundException";var LG="UnsupportedImageTypeException";var UG="UploadNotFoundException";var FG="UnableToAccessSecretException",MG="UnableToDecryptSecretValueException",HG="UnableToGetUpstreamImageException",BG="UnableToGetUpstreamLayerException",GG="\
UnableToListUpstreamImageReferrersException",jG="UnsupportedUpstreamRegistryException",zG="Value",VG="ValidationException",WG="VulnerablePackage",qG="Vulnerable\
PackagesList";var KG="architecture",JG="awsAccountId",XG="authorizationData",YG="awsEcrContainerImage";var QG="acceptedMediaTypes",ZG="artifactMediaType";var ej="authorizationToken";var tj="adjustments";var rj="arch",oj="attributes",nj="author";var sj="baseScore",$="client";var ij="createdAt";var VD="cvss",$y="description";var aj="details";var N="error",cj="expiresAt";var pj="exploitAvailable",WD="encryptionConfiguration",lj="enhancedFindings";var dj="encryptionType",uj="epoch",mj="failures",fj="findingArn",gj="fixAvailable",hj="failureCode";var yj="fixedInVersion",Sj="firstObservedAt",Ej="filePath",xj="failureReason";var qD="findingSeverityCounts",Rj="filterType";var KD="filter",_j="findings",wj="force",Ij="httpError",Tj="images",vj="imageDetails",Ly="imageDigest",Cj="imageHash",JD="imageIds",Ps="imageId",XD="imageManife\
st",Uy="imageManifestMediaType",Aj="imagePushedAt",YD="imageStatus",QD="imageScanningConfiguration",ZD="imageScanCompletedAt",bj="imageScanFindings",Pj="imageSc\
anFindingsSummary",Oj="imageSizeInBytes",Fy="imageScanStatus",eN="imageTags";var tN="imageTagMutability",rN="imageTagMutabilityExclusionFilters",oN="imageTag",Dj="inUseCount";var Nj="id",kj="image",$j="key",Lj="kmsError",Uj="kmsKey";var Fj="lastArchivedAt",Mj="lastActivatedAt";var Hj="lastInUseAt",Bj="lastObservedAt";var nN="lifecyclePolicyText",Gj="lastRecordedPullTime";var jj="lastValidByteReceived",k="message",My="maxResults";var zj="metric",sN="name",Os="nextToken",Vj="platform",Wj="pushedAt";var qj="proxyEndpoint";var Kj="packageManager";var iN="policyText";var Jj="packageVulnerabilityDetails";var Xj="registry";var Yj="repositoryArn";var Ze="registryId",Qj="registryIds",et="repositoryName",Zj="repositoryNames";var ez="referenceUrls",tz="repositoryUri",rz="relatedVulnerabilities",oz="repository",nz="reason",sz="recommendation";var iz="release",az="remediation",cz="repositories";var pz="resources";var aN="smithy.ts.sdk.synthetic.com.amazonaws.ecr";var lz="scoreDetails";var dz="sourceLayerHash",uz="subjectManifestDigest",mz="scanOnPush";var fz="scoreSource";var gz="sourceUrl",cN="scoringVector",pN="score",hz="server",lN="severity";var dN="source",uN="status";var mN="tags";var yz="tagStatus";var Sz="text",Ez="title",fN="type",xz="uri",Rz="updatedAt",_z="uploadId";var wz="url",Iz="value",Tz="vendorCreatedAt",vz="vulnerabilityId",Cz="vulnerablePackages",Az="vendorSeverity",gN="vulnerabilitySourceUpdatedAt",bz="vendorUpdate\
dAt",Hy="version",E="com.amazonaws.ecr",hN=new J(aN),Pz=[-3,aN,"ECRServiceException",0,[],[]];hN.registerError(Pz,P);var D=new J(E),Oz=[-3,E,L3,{[N]:$},[k],[0]];
D.registerError(Oz,Cd);var Dz=[-3,E,p4,{[N]:$},[k],[0]];D.registerError(Dz,Wl);var Nz=[-3,E,n4,{[N]:$},[k],[0]];D.registerError(Nz,Ad);var kz=[-3,E,c4,{[N]:$},[
k],[0]];D.registerError(kz,fd);var $z=[-3,E,g4,{[N]:$},[k],[0]];D.registerError($z,wd);var Lz=[-3,E,f4,{[N]:$},[k],[0]];D.registerError(Lz,bd);var Uz=[-3,E,y4,{
[N]:$},[k],[0]];D.registerError(Uz,Id);var Fz=[-3,E,v4,{[N]:$},[k],[0]];D.registerError(Fz,gd);var Mz=[-3,E,b4,{[N]:$},[k],[0]];D.registerError(Mz,kd);var Hz=[-3,
E,$4,{[N]:$},[k],[0]];D.registerError(Hz,Td);var Bz=[-3,E,I4,{[N]:$},[k],[0]];D.registerError(Bz,ql);var Gz=[-3,E,T4,{[N]:$},[Ze,et,_z,jj,k],[0,0,0,1,0]];D.registerError(
Gz,$d);var jz=[-3,E,C4,{[N]:$},[k],[0]];D.registerError(jz,Hl);var zz=[-3,E,F4,{[N]:$},[k],[0]];D.registerError(zz,od);var Vz=[-3,E,H4,{[N]:$},[k,Lj],[0,0]];D.registerError(
Vz,Kl);var Wz=[-3,E,B4,{[N]:$},[k],[0]];D.registerError(Wz,Jl);var qz=[-3,E,j4,{[N]:$},[k],[0]];D.registerError(qz,Sd);var Kz=[-3,E,K4,{[N]:$},[k],[0]];D.registerError(
Kz,Xl);var Jz=[-3,E,z4,{[N]:$},[k],[0]];D.registerError(Jz,Ed);var Xz=[-3,E,V4,{[N]:$},[k],[0]];D.registerError(Xz,ad);var Yz=[-3,E,W4,{[N]:$},[k],[0]];D.registerError(
Yz,Od);var Qz=[-3,E,q4,{[N]:$},[k],[0]];D.registerError(Qz,Rd);var Zz=[-3,E,G4,{[N]:$},[k],[0]];D.registerError(Zz,jl);var eV=[-3,E,tG,{[N]:$},[k],[0]];D.registerError(
eV,Ql);var tV=[-3,E,rG,{[N]:$},[k],[0]];D.registerError(tV,cd);var rV=[-3,E,lG,{[N]:$},[k],[0]];D.registerError(rV,vd);var oV=[-3,E,gG,{[N]:$},[k],[0]];D.registerError(
oV,pd);var nV=[-3,E,iG,{[N]:$},[k],[0]];D.registerError(nV,Dd);var sV=[-3,E,aG,{[N]:$},[k],[0]];D.registerError(sV,Nd);var iV=[-3,E,cG,{[N]:$},[k],[0]];D.registerError(
iV,yd);var aV=[-3,E,sG,{[N]:$},[k],[0]];D.registerError(aV,nd);var cV=[-3,E,mG,{[N]:$},[k],[0]];D.registerError(cV,ld);var pV=[-3,E,fG,{[N]:$},[k],[0]];D.registerError(
pV,Bl);var lV=[-3,E,hG,{[N]:$},[k],[0]];D.registerError(lV,ud);var dV=[-3,E,vG,{[N]:$},[k],[0]];D.registerError(dV,hd);var uV=[-3,E,CG,{[N]:$},[k],[0]];D.registerError(
uV,Zl);var mV=[-3,E,_G,{[N]:hz},[k],[0]];D.registerError(mV,Gl);var fV=[-3,E,xG,{[N]:$},[k],[0]];D.registerError(fV,md);var gV=[-3,E,DG,{[N]:$},[k],[0]];D.registerError(
gV,id);var hV=[-3,E,$G,{[N]:$},[k],[0]];D.registerError(hV,dd);var yV=[-3,E,kG,{[N]:$},[k],[0]];D.registerError(yV,sd);var SV=[-3,E,FG,{[N]:$},[k],[0]];D.registerError(
SV,ed);var EV=[-3,E,MG,{[N]:$},[k],[0]];D.registerError(EV,td);var xV=[-3,E,HG,{[N]:$},[k],[0]];D.registerError(xV,zl);var RV=[-3,E,BG,{[N]:$},[k],[0]];D.registerError(
RV,xd);var _V=[-3,E,GG,{[N]:$},[k],[0]];D.registerError(_V,_d);var wV=[-3,E,LG,{[N]:$},[k],[0]];D.registerError(wV,Pd);var IV=[-3,E,jG,{[N]:$},[k],[0]];D.registerError(
IV,rd);var TV=[-3,E,UG,{[N]:$},[k],[0]];D.registerError(TV,Yl);var vV=[-3,E,VG,{[N]:$,[Ij]:400},[k],[0]];D.registerError(vV,Vl);var yN=[hN,D],CV=[3,E,O3,0,[$j,Iz],
[0,0],1],AV=[3,E,D3,0,[ej,cj,qj],[0,4,0]],bV=[3,E,k3,0,[KG,nj,Cj,eN,Vj,Wj,Hj,Dj,Xj,et],[0,0,0,64,0,4,4,1,0,0]];var PV=[3,E,F3,0,[et,JD,Ze,QG],[0,()=>_N,0,64],2],OV=[3,E,M3,0,[Tj,mj],[()=>_W,()=>RW]];var DV=[3,E,B3,0,[et,Ze,mN,tN,rN,QD,WD],[0,0,()=>vW,0,()=>wN,()=>xN,()=>SN],1],NV=[3,E,G3,0,[oz],[()=>RN]],kV=[3,E,j3,0,[sj,cN,dN,Hy],[1,0,0,0]],$V=[3,E,z3,0,[zj,
nz],[0,0]],LV=[3,E,W3,0,[tj,pN,fz,cN,Hy],[()=>yW,1,0,0,0]];var UV=[3,E,Z3,0,[et,Ps,Ze,Os,My],[0,()=>Nn,0,0,1],2],FV=[3,E,e4,0,[Ze,et,Ps,Fy,bj,Os],[0,0,()=>Nn,()=>By,()=>XV,0]],MV=[3,E,J3,0,[yz,YD],[0,0]];var HV=[3,E,X3,0,[et,Ze,JD,Os,My,KD],[0,0,()=>_N,0,1,()=>MV],1],BV=[3,E,Y3,0,[vj,Os],[()=>xW,0]];var GV=[3,E,t4,0,[Ze,Zj,Os,My],[0,64,0,1]],jV=[3,E,r4,0,[cz,Os],[()=>IW,0]];var SN=[3,E,s4,0,[dj,Uj],[0,0],1];var zV=[3,E,i4,0,[JG,$y,fj,Sj,Bj,Jj,az,pz,pN,lz,lN,uN,Ez,fN,Rz,gj,pj],[0,0,0,4,4,()=>ZV,()=>sW,()=>TW,1,()=>cW,0,0,0,0,4,0,0]];var VV=[3,E,d4,0,[Qj],[64]],WV=[3,E,u4,0,[XG],[()=>hW]];var EN=[3,E,m4,0,[Ze,et,Ps,XD,Uy],[0,0,()=>Nn,0,0]],qV=[3,E,h4,0,[Ze,et,Ly,eN,Oj,Aj,Fy,Pj,Uy,ZG,Gj,uz,YD,Fj,Mj],[0,0,0,64,1,4,()=>By,()=>YV,0,0,4,0,0,4,4]],KV=[
3,E,E4,0,[Ps,hj,xj],[()=>Nn,0,0]],Nn=[3,E,R4,0,[Ly,oN],[0,0]];var JV=[3,E,P4,0,[sN,$y,xz,lN,oj],[0,0,0,0,()=>gW]],XV=[3,E,N4,0,[ZD,gN,qD,_j,lj],[4,4,129,()=>wW,()=>EW]],YV=[3,E,D4,0,[ZD,gN,qD],[4,4,129]],xN=[3,E,A4,0,[mz],
[2]],By=[3,E,k4,0,[uN,$y],[0,0]];var QV=[3,E,L4,0,[Rj,KD],[0,0],2];var ZV=[3,E,oG,0,[VD,ez,rz,dN,gz,Tz,Az,bz,vz,Cz],[()=>SW,64,64,0,0,4,0,4,0,()=>CW]];var eW=[3,E,X4,0,[et,XD,Ze,Uy,oN,Ly],[0,0,0,0,0,0],2],tW=[3,E,Y4,0,[kj],[()=>EN]];var rW=[3,E,Z4,0,[et,nN,Ze],[0,0,0],2],oW=[3,E,eG,0,[Ze,et,nN],[0,0,0]];var nW=[3,E,nG,0,[wz,Sz],[0,0]];var sW=[3,E,yG,0,[sz],[()=>nW]];var RN=[3,E,SG,0,[Yj,Ze,et,tz,ij,tN,rN,QD,WD],[0,0,0,0,4,0,()=>wN,()=>xN,()=>SN]];var iW=[3,E,EG,0,[aj,Nj,mN,fN],[()=>aW,0,128,0]],aW=[3,E,pG,0,[YG],[()=>bV]];var cW=[3,E,RG,0,[VD],[()=>LV]],pW=[3,E,bG,0,[et,iN,Ze,wj],[0,0,0,2],2],lW=[3,E,PG,0,[Ze,et,iN],[0,0,0]];var dW=[3,E,IG,0,[et,Ps,Ze],[0,()=>Nn,0],2],uW=[3,E,TG,0,[Ze,et,Ps,Fy],[0,0,()=>Nn,()=>By]];var mW=[3,E,OG,0,[M4,zG],[0,0],2];var fW=[3,E,WG,0,[rj,uj,Ej,sN,Kj,iz,dz,Hy,yj],[0,1,0,0,0,0,0,0,0]];var gW=[1,E,$3,0,()=>CV],hW=[1,E,N3,0,()=>AV];var yW=[1,E,V3,0,()=>$V],SW=[1,E,q3,0,()=>kV],EW=[1,E,a4,0,()=>zV];var xW=[1,E,S4,0,()=>qV],RW=[1,E,x4,0,()=>KV],_N=[1,E,_4,0,()=>Nn],_W=[1,E,w4,0,()=>EN];var wW=[1,E,O4,0,()=>JV];var wN=[1,E,U4,0,()=>QV];var IW=[1,E,dG,0,()=>RN];var TW=[1,E,uG,0,()=>iW];var vW=[1,E,NG,0,()=>mW];var CW=[1,E,qG,0,()=>fW];var IN=[9,E,U3,0,()=>PV,()=>OV];var TN=[9,E,H3,0,()=>DV,()=>NV];var vN=[9,E,K3,0,()=>HV,()=>BV],CN=[9,E,Q3,0,()=>UV,()=>FV];var AN=[9,E,o4,0,()=>GV,()=>jV];var bN=[9,E,l4,0,()=>VV,()=>WV];var PN=[9,E,J4,0,()=>eW,()=>tW];var ON=[9,E,Q4,0,()=>rW,()=>oW];var DN=[9,E,AG,0,()=>pW,()=>lW],NN=[9,E,wG,0,()=>dW,()=>uW];var kN=t=>({apiVersion:"2015-09-21",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??zD,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??ND,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new se}],logger:t?.logger??new xe,protocol:t?.protocol??Sn,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecr",errorTypeRegistries:yN,xmlNamespace:"http://ecr.amazonaws.com/doc/2015-09-21/",version:"2015-09-21",serviceTarget:"AmazonE\
C2ContainerRegistry_V20150921"},serviceId:t?.serviceId??"ECR",sha256:t?.sha256??nt,urlParser:t?.urlParser??ge,utf8Decoder:t?.utf8Decoder??oe,utf8Encoder:t?.utf8Encoder??
ee});var $N=t=>{Tt(process.version);let e=Pt(t),r=()=>e().then(It),o=kN(t);gt(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(pt,n),bodyLengthChecker:t?.bodyLengthChecker??St,credentialDefaultProvider:t?.credentialDefaultProvider??
Mo,defaultSocketTimeout:mr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??jt({serviceId:o.serviceId,clientVersion:UD.version}),maxAttempts:t?.
maxAttempts??_(Mt,t),region:t?.region??_(Ae,{...Be,...n}),requestHandler:Oe.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Bt,default:async()=>(await r()).
retryMode||We},t),streamCollector:t?.streamCollector??Ne,useDualstackEndpoint:t?.useDualstackEndpoint??_(Rt,n),useFipsEndpoint:t?.useFipsEndpoint??_(_t,n),userAgentAppId:t?.
userAgentAppId??_(zt,n)}};F();C();U();var LN=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);s===-1?e.
push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
UN=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var FN=(t,e)=>{let r=Object.assign(Vt(t),vt(t),Dt(t),LN(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Wt(r),Ct(r),Nt(r),UN(r))};var Ld=class extends Re{config;constructor(...[e]){let r=$N(e||{});super(r),this.initConfig=r;let o=$D(r),n=Ft(o),s=Ht(n),i=bt(s),a=i,c=er(a),l=kD(c),d=FN(l,e?.
extensions||[]);this.config=d,this.middlewareStack.use(wt(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(rr(this.config)),this.
middlewareStack.use(kt(this.config)),this.middlewareStack.use($t(this.config)),this.middlewareStack.use(Lt(this.config)),this.middlewareStack.use(Ut(this.config)),
this.middlewareStack.use(st(this.config,{httpAuthSchemeParametersProvider:DD,identityProviderConfigProvider:async u=>new ke({"aws.auth#sigv4":u.credentials})})),
this.middlewareStack.use(it(this.config))}destroy(){super.destroy()}};C();z();var Ie=At(LD,"AmazonEC2ContainerRegistry_V20150921","ECRClient",tr),Te={},ve=(t,e,r,o)=>[];var Ud=class extends Ie(Te,ve,"BatchGetImage",IN){};var Fd=class extends Ie(Te,ve,"CreateRepository",TN){};var Md=class extends Ie(Te,ve,"DescribeImageScanFindings",CN){};var Hd=class extends Ie(Te,ve,"DescribeImages",vN){};var Bd=class extends Ie(Te,ve,"DescribeRepositories",AN){};var wa=class extends Ie(Te,ve,"GetAuthorizationToken",bN){};var Gd=class extends Ie(Te,ve,"PutImage",PN){};var jd=class extends Ie(Te,ve,"PutLifecyclePolicy",ON){};var zd=class extends Ie(Te,ve,"SetRepositoryPolicy",DN){};var Vd=class extends Ie(Te,ve,"StartImageScan",NN){};var Gy=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.image.manifest.v\
1+json","application/vnd.oci.image.index.v1+json"],AW=5,jy=100,bW=4,jo=t=>t?.name??"",Ds=class{constructor(e,r,o,n){this.registryId=o;this.deadline=n;this.ecr=new Ld(
Hn(e,r,n)),this.sendOptions={abortSignal:n?.signal}}registryId;deadline;ecr;sendOptions;close(){this.ecr.destroy()}async login(){let e=await this.call("GetAutho\
rizationToken",()=>this.ecr.send(new wa(this.registryId?{registryIds:[this.registryId]}:{}),this.sendOptions));return Wd(e.authorizationData?.[0])}async logins(e){
return((await this.call("GetAuthorizationToken",()=>this.ecr.send(new wa({registryIds:e}),this.sendOptions))).authorizationData??[]).map(o=>Wd(o))}async findRepository(e){
let r=await this.describe(e);return r&&zy(r,!1)}async ensureRepository(e,r){let o=await this.findRepository(e.repository);if(o)return o;if(!e.createRepository)throw new fe(
`repository ${e.repository} does not exist`,"create it, or set create-repository: true");let n=PW(e,r);try{let s=await this.call("CreateRepository",()=>this.ecr.
send(new Fd({registryId:this.registryId,repositoryName:e.repository,imageTagMutability:e.imageTagMutability,imageTagMutabilityExclusionFilters:n,imageScanningConfiguration:{
scanOnPush:e.scanOnPush},encryptionConfiguration:{encryptionType:e.encryptionType,kmsKey:e.kmsKey}}),this.sendOptions));return zy(s.repository,!0)}catch(s){if(jo(
s)!=="RepositoryAlreadyExistsException")throw s;let i=await this.describe(e.repository);if(!i)throw s;return zy(i,!1)}}async applyPolicies(e){let r=[];if(e.lifecyclePolicy){
let o=(0,Vy.readFileSync)(e.lifecyclePolicy,"utf8");r.push(this.call("PutLifecyclePolicy",()=>this.ecr.send(new jd({registryId:this.registryId,repositoryName:e.
repository,lifecyclePolicyText:o}),this.sendOptions)))}if(e.repositoryPolicy){let o=(0,Vy.readFileSync)(e.repositoryPolicy,"utf8");r.push(this.call("SetReposito\
ryPolicy",()=>this.ecr.send(new zd({registryId:this.registryId,repositoryName:e.repository,policyText:o}),this.sendOptions)))}await Promise.all(r)}async images(e,r){
let o=new Map,n=Array.from({length:Math.ceil(r.length/jy)},(i,a)=>r.slice(a*jy,(a+1)*jy)),s;try{s=await Promise.all(n.map(i=>this.call("BatchGetImage",()=>this.
ecr.send(new Ud({registryId:this.registryId,repositoryName:e,imageIds:i.map(a=>({imageTag:a})),acceptedMediaTypes:Gy}),this.sendOptions))))}catch(i){if(jo(i)===
"RepositoryNotFoundException")return o;throw i}for(let i of s.flatMap(a=>a.images??[])){let a=i.imageId?.imageTag;a&&i.imageId?.imageDigest&&i.imageManifest&&o.
set(a,{digest:i.imageId.imageDigest,manifest:i.imageManifest,mediaType:i.imageManifestMediaType??""})}return o}async latestImage(e){let r,o;for(let n=0;n<AW;n++){
let s;try{s=await this.call("DescribeImages",()=>this.ecr.send(new Hd({registryId:this.registryId,repositoryName:e,filter:{tagStatus:"TAGGED"},maxResults:1e3,nextToken:o}),
this.sendOptions))}catch(i){if(jo(i)==="RepositoryNotFoundException")return;throw i}for(let i of s.imageDetails??[]){let a=i.imagePushedAt?.getTime()??0;i.imageDigest&&
!i.artifactMediaType?.includes("artifact")&&Gy.includes(i.imageManifestMediaType??Gy[0])&&a>=(r?.at??-1)&&(r={digest:i.imageDigest,at:a})}if(o=s.nextToken,!o)break}
return r?.digest}async putTag(e,r,o){try{await this.call("PutImage",()=>this.ecr.send(new Gd({registryId:this.registryId,repositoryName:e,imageManifest:r.manifest,
imageManifestMediaType:r.mediaType||void 0,imageDigest:r.digest,imageTag:o}),this.sendOptions))}catch(n){if(jo(n)==="ImageAlreadyExistsException")return;throw jo(
n)==="ImageTagAlreadyExistsException"?new fe(`tag ${o} already exists in the immutable repository ${e} at another image`,"immutable tags cannot move: drop the t\
ag from `tags`, or use a new one",{cause:n}):n}}async scanFindings(e,r,o){try{return await this.call("DescribeImageScanFindings",()=>this.ecr.send(new Md({registryId:this.
registryId,repositoryName:e,imageId:{imageDigest:r},nextToken:o,maxResults:1e3}),this.sendOptions))}catch(n){if(jo(n)==="ScanNotFoundException")return;throw n}}async startScan(e,r){
await this.call("StartImageScan",()=>this.ecr.send(new Vd({registryId:this.registryId,repositoryName:e,imageId:{imageDigest:r}}),this.sendOptions))}async describe(e){
try{return(await this.call("DescribeRepositories",()=>this.ecr.send(new Bd({registryId:this.registryId,repositoryNames:[e]}),this.sendOptions))).repositories?.[0]}catch(r){
if(jo(r)==="RepositoryNotFoundException")return;throw r}}async call(e,r){try{return await go(this.deadline,`ECR ${e}`,r)}catch(o){let n=jo(o);if(o instanceof ft||
/NotFound|AlreadyExists/.test(n))throw o;if(n==="CredentialsProviderError")throw new fe(`no AWS credentials for ECR ${e}: ${o.message}`,"set role-to-assume to u\
se the CI's OIDC token, or provide credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile, an instance role)",{cause:o});let s=Bn(o);if(s.transient)throw new fe(
`ECR ${e} failed after ${s.attempts} attempt(s): ${n}: ${o.message}`,Gn("ECR",s.throttled),{cause:o});let i=`ECR ${e} failed: ${n}: ${o.message}`;throw/ExpiredToken/.
test(n)?new fe(`ECR ${e} failed: the AWS credentials have expired (${n}: ${o.message})`,"with role-to-assume they are refreshed before they expire; ambient cred\
entials must outlive the run (or raise role-duration-seconds for the role that issued them)",{cause:o}):/AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken/.
test(n)?new fe(i,`the credentials need ecr:${e} on this repository (\`ecr-deliver iam-policy\` prints the policy)`,{cause:o}):new fe(i,void 0,{cause:o})}}};function Wd(t,e=t?.
proxyEndpoint){if(!t?.authorizationToken||!e)throw new fe("ECR returned no authorization data");let r=Buffer.from(t.authorizationToken,"base64").toString("utf8"),
o=r.indexOf(":");return{host:e.replace(/^https?:\/\//,"").replace(/\/+$/,""),username:r.slice(0,o),password:r.slice(o+1)}}function zy(t,e){return{name:t.repositoryName,
uri:t.repositoryUri,arn:t.repositoryArn,mutability:t.imageTagMutability??"MUTABLE",exclusionFilters:(t.imageTagMutabilityExclusionFilters??[]).map(r=>r.filter??
"").filter(Boolean),scanOnPush:t.imageScanningConfiguration?.scanOnPush??!1,created:e}}function PW(t,e){if(t.imageTagMutability==="IMMUTABLE_WITH_EXCLUSION"){if(e.
length>Ku)throw new fe(`an IMMUTABLE_WITH_EXCLUSION repository takes at most ${Ku} exclusion filters; keeping this run's extra tags movable needs ${e.length}: ${e.
join(", ")}`,"use fewer extra tags, create the repository yourself with wildcard filters, or use MUTABLE");return e.map(r=>({filterType:"WILDCARD",filter:r}))}}
function OW(t){return new RegExp(`^${t.split("*").map(e=>e.replace(/[.+?^${}()|[\]\\]/g,"\\$&")).join(".*")}$`)}function Wy(t,e){let r=t.exclusionFilters.some(o=>OW(
o).test(e));switch(t.mutability){case"IMMUTABLE":return!0;case"IMMUTABLE_WITH_EXCLUSION":return!r;case"MUTABLE_WITH_EXCLUSION":return r;default:return!1}}async function MN(t,e,r,o){
let n=[...o],s=async()=>{for(let i=n.shift();i!==void 0;i=n.shift())await t.putTag(e,r,i)};await Promise.all(Array.from({length:Math.min(bW,n.length)},s))}var HN=require("node:fs");async function qy(t,e,r,o){let n=new Map;for(let i of t)n.set(i.region??e,[...n.get(i.region??e)??[],i.id]);return(await Promise.all([...n].map(async([i,a])=>{let c=new Ds(
i,r,void 0,o);try{return await c.logins(a)}finally{c.close()}}))).flat()}var DW=/unauthorized|authentication required|no basic auth credentials|denied|\b401\b|\b403\b|may require 'docker login'/i,
NW=/^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;function Ky(t){let e;try{e=(0,HN.readFileSync)(t,"utf8")}catch{return[]}let r=new Set;for(let o of e.
matchAll(/^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)/gim)){let n=o[1].split("/")[0];o[1].includes("/")&&(/[.:]/.test(n)||n==="localhost")&&r.add(n)}return[...r]}function BN(t,e,r,o){
if(!DW.test(t))return;let n=Ky(e).filter(i=>!r.includes(i));return n.length?`the Dockerfile pulls from ${n.map(i=>{let a=NW.exec(i);return a?`${i} (pull-registr\
ies: ${a[2]===o?a[1]:`${a[1]}@${a[2]}`})`:i}).join(", ")}, which docker is not logged in to: add the registry's account id (or ID@REGION) to pull-registries`:void 0}F();$e();C();L();z();U();at();Z();ye();C();var GN=async(t,e,r)=>({operation:re(e).operation,region:await W(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function kW(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr-public",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{
config:e,context:r}})}}var jN=t=>{let e=[];switch(t.operation){default:e.push(kW(t))}return e},zN=t=>{let e=or(t);return Object.assign(e,{authSchemePreference:W(
t.authSchemePreference??[])})};var VN=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr-public"}),WN={UseFIPS:{
type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"bui\
ltInParams",name:"useDualstackEndpoint"}};var qN={name:"@aws-sdk/client-ecr-public",version:"3.1108.0",description:"AWS SDK for JavaScript Ecr Public Client for Node.js, Browser and React Native",homepage:"\
https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-ecr-public",license:"Apache-2.0",author:{name:"AWS SDK for JavaScript Team",url:"https://aws.amazo\
n.com/sdk-for-javascript/"},repository:{type:"git",url:"https://github.com/aws/aws-sdk-js-v3.git",directory:"clients/client-ecr-public"},files:["dist-*/**"],sideEffects:!1,
main:"./dist-cjs/index.js",module:"./dist-es/index.js",browser:{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},types:"./dist-types/index.d.ts",typesVersions:{
"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},scripts:{build:"concurrently 'yarn:b\
uild:types' 'yarn:build:es' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","buil\
d:include:deps":'yarn g:turbo run build -F="$npm_package_name"',"build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downle\
vel-dts dist-types dist-types/ts3.4",clean:"premove dist-cjs dist-es dist-types","extract:docs":"api-extractor run --local","generate:client":"node ../../script\
s/generate-clients/single-service","test:index":"tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"},dependencies:{"@aws-sdk/core":"^3.977.7","@aw\
s-sdk/credential-provider-node":"^3.972.79","@aws-sdk/types":"^3.974.3","@smithy/core":"^3.31.1","@smithy/fetch-http-handler":"^5.6.13","@smithy/node-http-handl\
er":"^4.9.13","@smithy/types":"^4.16.1",tslib:"^2.6.2"},devDependencies:{"@tsconfig/node20":"20.1.8","@types/node":"^20.14.8",concurrently:"7.0.0","downlevel-dt\
s":"0.10.1",premove:"4.0.0",typescript:"~6.0.3"},engines:{node:">=20.0.0"}};F();ye();C();L();at();O();io();ye();Po();Kr();C();U();O();F();z();z();var Ia="ref",kn=-1,qd=!0,KN="isSet",QN="PartitionResult",Kd="booleanEquals",Jy="getAttr",JN={[Ia]:"Endpoint"},Xy={[Ia]:QN},Ns={},XN=[{[Ia]:"Region"}],YN={conditions:[
[KN,[JN]],[KN,XN],["aws.partition",XN,QN],[Kd,[{[Ia]:"UseFIPS"},qd]],[Kd,[{[Ia]:"UseDualStack"},qd]],[Kd,[{fn:Jy,argv:[Xy,"supportsDualStack"]},qd]],[Kd,[{fn:Jy,
argv:[Xy,"supportsFIPS"]},qd]],["stringEquals",[{fn:Jy,argv:[Xy,"name"]},"aws"]]],results:[[kn],[kn,"Invalid Configuration: FIPS and custom endpoint are not sup\
ported"],[kn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[JN,Ns],["https://api.ecr-public-fips.{Region}.{PartitionResult#dualStack\
DnsSuffix}",Ns],[kn,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://api.ecr-public-fips.{Region}.{PartitionResult#d\
nsSuffix}",Ns],[kn,"FIPS is enabled but this partition does not support FIPS"],["https://ecr-public.{Region}.api.aws",Ns],["https://api.ecr-public.{Region}.{Par\
titionResult#dualStackDnsSuffix}",Ns],[kn,"DualStack is enabled but this partition does not support DualStack"],["https://api.ecr-public.{Region}.{PartitionResu\
lt#dnsSuffix}",Ns],[kn,"Invalid Configuration: Missing Region"]]},LW=2,ar=1e8,UW=new Int32Array([-1,1,-1,0,13,3,1,4,ar+12,2,5,ar+12,3,9,6,4,7,ar+11,5,8,ar+10,7,
ar+8,ar+9,4,11,10,6,ar+6,ar+7,5,12,ar+5,6,ar+4,ar+5,3,ar+1,14,4,ar+2,ar+3]),ZN=Ge.from(UW,LW,YN.conditions,YN.results);var FW=new je({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),ek=(t,e={})=>FW.get(t,()=>Ot(ZN,{endpointParams:t,logger:e.logger}));be.aws=ct;Z();C();var te=class t extends He{constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var Jd=class t extends te{name="InvalidParameterException";$fault="client";constructor(e){super({name:"InvalidParameterException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Xd=class t extends te{name="RegistryNotFoundException";$fault="client";constructor(e){super({name:"RegistryNotFoundException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Yd=class t extends te{name="RepositoryNotFoundException";$fault="client";constructor(e){super({
name:"RepositoryNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Qd=class t extends te{name="ServerException";$fault="server";constructor(e){
super({name:"ServerException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},Zd=class t extends te{name="UnsupportedCommandException";$fault="\
client";constructor(e){super({name:"UnsupportedCommandException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},eu=class t extends te{name="Em\
ptyUploadException";$fault="client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},tu=class t extends te{name="\
InvalidLayerException";$fault="client";constructor(e){super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ru=class t extends te{name="\
LayerAlreadyExistsException";$fault="client";constructor(e){super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
ou=class t extends te{name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},nu=class t extends te{name="UploadNotFoundException";$fault="client";constructor(e){super({name:"UploadNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},su=class t extends te{name="InvalidTagParameterException";$fault="client";constructor(e){super({name:"InvalidTagParame\
terException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},iu=class t extends te{name="LimitExceededException";$fault="client";constructor(e){
super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},au=class t extends te{name="RepositoryAlreadyExistsExcepti\
on";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},cu=class t extends te{name="\
TooManyTagsException";$fault="client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},pu=class t extends te{name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
lu=class t extends te{name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},du=class t extends te{name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},uu=class t extends te{name="RepositoryCatalogDataNotFoundException";$fault="client";constructor(e){
super({name:"RepositoryCatalogDataNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},mu=class t extends te{name="ImageAlreadyEx\
istsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},fu=class t extends te{name="\
ImageDigestDoesNotMatchException";$fault="client";constructor(e){super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},gu=class t extends te{name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"c\
lient",...e}),Object.setPrototypeOf(this,t.prototype)}},hu=class t extends te{name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){
super({name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}},yu=class t extends te{name="LayersNotFoundException";$fault="client";constructor(e){
super({name:"LayersNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Su=class t extends te{name="ReferencedImagesNotFoundExcep\
tion";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}};var MW="AuthorizationData";var HW="CreateRepository",BW="CreateRepositoryRequest",GW="CreateRepositoryResponse";var jW="DescribeImageTags",zW="DescribeImageTagsRequest",VW="DescribeImageTagsResponse";var WW="DescribeRegistriesRequest",qW="DescribeRegistriesResponse",KW="DescribeRepositoriesRequest",JW="DescribeRepositoriesResponse",XW="DescribeRegistries",YW="\
DescribeRepositories",QW="EmptyUploadException",ZW="GetAuthorizationToken",e6="GetAuthorizationTokenRequest",t6="GetAuthorizationTokenResponse";var r6="Image",o6="ImageAlreadyExistsException";var n6="ImageDigestDoesNotMatchException";var s6="ImageIdentifier";var i6="InvalidLayerException",a6="InvalidLayerPartException";var c6="ImageNotFoundException",p6="InvalidParameterException",l6="ImageTagAlreadyExistsException",d6="ImageTagDetail",u6="ImageTagDetailList",m6="InvalidTagPar\
ameterException",f6="Key";var g6="LayerAlreadyExistsException",h6="LimitExceededException";var y6="LayersNotFoundException",S6="LayerPartTooSmallException";var E6="PutImage",x6="PutImageRequest",R6="PutImageResponse";var _6="Registry",w6="RegistryAlias",I6="RepositoryAlreadyExistsException",T6="RegistryAliasList";var v6="RepositoryCatalogDataInput",C6="RepositoryCatalogDataNotFoundException",A6="RepositoryCatalogData",b6="ReferencedImageDetail",P6="ReferencedImagesNotFou\
ndException",O6="RegistryList",D6="RepositoryList",N6="RepositoryNotEmptyException",k6="RegistryNotFoundException",$6="RepositoryNotFoundException",L6="Reposito\
ryPolicyNotFoundException",U6="Repository",F6="ServerException",M6="SetRepositoryPolicy",H6="SetRepositoryPolicyRequest",B6="SetRepositoryPolicyResponse",G6="Ta\
g",j6="TagList",z6="TooManyTagsException";var V6="UnsupportedCommandException";var W6="UploadNotFoundException";var q6="Value",K6="aliases",J6="authorizationData",X6="artifactMediaType",Y6="authorizationToken",tk="aboutText",rk="architectures",ue="client",ok="createdAt",nk="\
catalogData",sk="description";var Q6="defaultRegistryAlias",ae="error",Z6="expiresAt";var eq="force",tq="image";var Yy="imageDigest",rq="imageDetail";var oq="imageId",ik="imageManifest",Qy="imageManifestMediaType",nq="imagePushedAt",sq="imageSizeInBytes";var iq="imageTagDetails",Zy="imageTag";var aq="logoImageBlob";var cq="logoUrl",pq="lastValidByteReceived",ce="message",lq="marketplaceCertified",eS="maxResults";var dq="name",ks="nextToken",ak="operatingSystems";var uq="primaryRegistryAlias";var ck="policyText",mq="repository";var fq="registryArn",gq="repositoryArn";var lo="registryId",zo="repositoryName",hq="repositoryNames",yq="registryUri",Sq="repositoryUri",Eq="registries",xq="repositories",pk="smithy.ts.sdk.synthetic.c\
om.amazonaws.ecrpublic",Rq="server",_q="status",wq="tags";var Iq="uploadId",lk="usageText",Tq="verified",A="com.amazonaws.ecrpublic",dk=J.for(pk),vq=[-3,pk,"ECRPUBLICServiceException",0,[],[]];dk.registerError(vq,te);var ne=J.
for(A),Cq=[-3,A,QW,{[ae]:ue},[ce],[0]];ne.registerError(Cq,eu);var Aq=[-3,A,o6,{[ae]:ue},[ce],[0]];ne.registerError(Aq,mu);var bq=[-3,A,n6,{[ae]:ue},[ce],[0]];ne.
registerError(bq,fu);var Pq=[-3,A,c6,{[ae]:ue},[ce],[0]];ne.registerError(Pq,du);var Oq=[-3,A,l6,{[ae]:ue},[ce],[0]];ne.registerError(Oq,gu);var Dq=[-3,A,i6,{[ae]:ue},
[ce],[0]];ne.registerError(Dq,tu);var Nq=[-3,A,a6,{[ae]:ue},[lo,zo,Iq,pq,ce],[0,0,0,1,0]];ne.registerError(Nq,hu);var kq=[-3,A,p6,{[ae]:ue},[ce],[0]];ne.registerError(
kq,Jd);var $q=[-3,A,m6,{[ae]:ue},[ce],[0]];ne.registerError($q,su);var Lq=[-3,A,g6,{[ae]:ue},[ce],[0]];ne.registerError(Lq,ru);var Uq=[-3,A,S6,{[ae]:ue},[ce],[0]];
ne.registerError(Uq,ou);var Fq=[-3,A,y6,{[ae]:ue},[ce],[0]];ne.registerError(Fq,yu);var Mq=[-3,A,h6,{[ae]:ue},[ce],[0]];ne.registerError(Mq,iu);var Hq=[-3,A,P6,
{[ae]:ue},[ce],[0]];ne.registerError(Hq,Su);var Bq=[-3,A,k6,{[ae]:ue},[ce],[0]];ne.registerError(Bq,Xd);var Gq=[-3,A,I6,{[ae]:ue},[ce],[0]];ne.registerError(Gq,
au);var jq=[-3,A,C6,{[ae]:ue},[ce],[0]];ne.registerError(jq,uu);var zq=[-3,A,N6,{[ae]:ue},[ce],[0]];ne.registerError(zq,pu);var Vq=[-3,A,$6,{[ae]:ue},[ce],[0]];
ne.registerError(Vq,Yd);var Wq=[-3,A,L6,{[ae]:ue},[ce],[0]];ne.registerError(Wq,lu);var qq=[-3,A,F6,{[ae]:Rq},[ce],[0]];ne.registerError(qq,Qd);var Kq=[-3,A,z6,
{[ae]:ue},[ce],[0]];ne.registerError(Kq,cu);var Jq=[-3,A,V6,{[ae]:ue},[ce],[0]];ne.registerError(Jq,Zd);var Xq=[-3,A,W6,{[ae]:ue},[ce],[0]];ne.registerError(Xq,
nu);var uk=[dk,ne],Yq=[3,A,MW,0,[Y6,Z6],[0,4]];var Qq=[3,A,BW,0,[zo,nk,wq],[0,()=>yK,()=>TK],1],Zq=[3,A,GW,0,[mq,nk],[()=>mk,()=>hK]];var eK=[3,A,zW,0,[zo,lo,ks,eS],[0,0,0,1],1],tK=[3,A,VW,0,[iq,ks],[()=>RK,0]],rK=[3,A,WW,0,[ks,eS],[0,1]],oK=[3,A,qW,0,[Eq,ks],[()=>wK,0],1],nK=[3,A,KW,0,[lo,hq,
ks,eS],[0,64,0,1]],sK=[3,A,JW,0,[xq,ks],[()=>IK,0]],iK=[3,A,e6,0,[],[]],aK=[3,A,t6,0,[J6],[()=>Yq]];var cK=[3,A,r6,0,[lo,zo,oq,ik,Qy],[0,0,()=>pK,0,0]];var pK=[3,A,s6,0,[Yy,Zy],[0,0]],lK=[3,A,d6,0,[Zy,ok,rq],[0,4,()=>mK]];var dK=[3,A,x6,0,[zo,ik,lo,Qy,Zy,Yy],[0,0,0,0,0,0],2],uK=[3,A,R6,0,[tq],[()=>cK]];var mK=[3,A,b6,0,[Yy,sq,nq,Qy,X6],[0,1,4,0,0]],fK=[3,A,_6,0,[lo,fq,yq,Tq,K6],[0,0,0,2,()=>_K],5],gK=[3,A,w6,0,[dq,_q,uq,Q6],[0,0,2,2],4];var mk=[3,A,U6,0,[gq,lo,zo,Sq,ok],[0,0,0,0,4]],hK=[3,A,A6,0,[sk,rk,ak,cq,tk,lk,lq],[0,64,64,0,0,0,2]],yK=[3,A,v6,0,[sk,rk,ak,aq,tk,lk],[0,64,64,21,0,0]],SK=[3,A,
H6,0,[zo,ck,lo,eq],[0,0,0,2],2],EK=[3,A,B6,0,[lo,zo,ck],[0,0,0]],xK=[3,A,G6,0,[f6,q6],[0,0]];var RK=[1,A,u6,0,()=>lK];var _K=[1,A,T6,0,()=>gK],wK=[1,A,O6,0,()=>fK],IK=[1,A,D6,0,()=>mk];var TK=[1,A,j6,0,()=>xK];var fk=[9,A,HW,0,()=>Qq,()=>Zq];var gk=[9,A,jW,0,()=>eK,()=>tK],hk=[9,A,XW,0,()=>rK,()=>oK],yk=[9,A,YW,0,()=>nK,()=>sK],Sk=[9,A,ZW,0,()=>iK,()=>aK];var Ek=[9,A,E6,0,()=>dK,()=>uK];var xk=[9,A,M6,0,()=>SK,()=>EK];var Rk=t=>({apiVersion:"2020-10-30",base64Decoder:t?.base64Decoder??Ee,base64Encoder:t?.base64Encoder??pe,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??ek,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??jN,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new se}],logger:t?.logger??new xe,protocol:t?.protocol??Sn,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecrpublic",errorTypeRegistries:uk,xmlNamespace:"http://ecr-public.amazonaws.com/doc/2020-12-02/",version:"2020-10-30",serviceTarget:"\
SpencerFrontendService"},serviceId:t?.serviceId??"ECR PUBLIC",sha256:t?.sha256??nt,urlParser:t?.urlParser??ge,utf8Decoder:t?.utf8Decoder??oe,utf8Encoder:t?.utf8Encoder??
ee});var _k=t=>{Tt(process.version);let e=Pt(t),r=()=>e().then(It),o=Rk(t);gt(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(pt,n),bodyLengthChecker:t?.bodyLengthChecker??St,credentialDefaultProvider:t?.credentialDefaultProvider??
Mo,defaultUserAgentProvider:t?.defaultUserAgentProvider??jt({serviceId:o.serviceId,clientVersion:qN.version}),maxAttempts:t?.maxAttempts??_(Mt,t),region:t?.region??
_(Ae,{...Be,...n}),requestHandler:Oe.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Bt,default:async()=>(await r()).retryMode||We},t),streamCollector:t?.
streamCollector??Ne,useDualstackEndpoint:t?.useDualstackEndpoint??_(Rt,n),useFipsEndpoint:t?.useFipsEndpoint??_(_t,n),userAgentAppId:t?.userAgentAppId??_(zt,n)}};F();C();U();var wk=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);s===-1?e.
push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
Ik=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var Tk=(t,e)=>{let r=Object.assign(Vt(t),vt(t),Dt(t),wk(t));return e.forEach(o=>o.configure(r)),Object.assign(t,Wt(r),Ct(r),Nt(r),Ik(r))};var Eu=class extends Re{config;constructor(...[e]){let r=_k(e||{});super(r),this.initConfig=r;let o=VN(r),n=Ft(o),s=Ht(n),i=bt(s),a=i,c=er(a),l=zN(c),d=Tk(l,e?.
extensions||[]);this.config=d,this.middlewareStack.use(wt(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(rr(this.config)),this.
middlewareStack.use(kt(this.config)),this.middlewareStack.use($t(this.config)),this.middlewareStack.use(Lt(this.config)),this.middlewareStack.use(Ut(this.config)),
this.middlewareStack.use(st(this.config,{httpAuthSchemeParametersProvider:GN,identityProviderConfigProvider:async u=>new ke({"aws.auth#sigv4":u.credentials})})),
this.middlewareStack.use(it(this.config))}destroy(){super.destroy()}};C();z();var cr=At(WN,"SpencerFrontendService","ECRPUBLICClient",tr),pr={},lr=(t,e,r,o)=>[];var xu=class extends cr(pr,lr,"CreateRepository",fk){};var Ru=class extends cr(pr,lr,"DescribeImageTags",gk){};var _u=class extends cr(pr,lr,"DescribeRegistries",hk){};var wu=class extends cr(pr,lr,"DescribeRepositories",yk){};var Iu=class extends cr(pr,lr,"GetAuthorizationToken",Sk){};var Tu=class extends cr(pr,lr,"PutImage",Ek){};var vu=class extends cr(pr,lr,"SetRepositoryPolicy",xk){};var vk=3e4,vK=t=>/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(t)?"http":"https";function CK(t){let e=/^(\w+)\s*(.*)$/.exec(t??"");if(!e)return;let r={};
for(let o of e[2].matchAll(/(\w+)="([^"]*)"/g))r[o[1]]=o[2];return{kind:e[1].toLowerCase(),params:r}}async function Ck(t,e,r,o,n){let s=`${vK(t.host)}://${t.host}\
/v2/${e}/manifests/${encodeURIComponent(r)}`,i=`Basic ${Buffer.from(`${t.username}:${t.password}`).toString("base64")}`,a=d=>Fs(s,{headers:{accept:o.join(", "),
...d?{authorization:d}:{}},timeoutMs:vk,signal:n}),c=await a();if(c.status===401){let d=CK(c.headers["www-authenticate"]);if(d?.kind==="bearer"&&d.params.realm){
let u=new URL(d.params.realm);d.params.service&&u.searchParams.set("service",d.params.service),u.searchParams.set("scope",d.params.scope??`repository:${e}:pull`);
let m=await Fs(u,{headers:{authorization:i},timeoutMs:vk,signal:n}),f=JSON.parse(m.text);c=await a(`Bearer ${f.token??f.access_token}`)}else c=await a(i)}if(c.status!==
200)throw new Error(`the registry answered ${c.status} for ${e}:${r}`);let l=JSON.parse(c.text).mediaType;return{manifest:c.text,mediaType:l??String(c.headers["\
content-type"]??"").split(";")[0]}}var AK="us-east-1",bK=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.i\
mage.manifest.v1+json","application/vnd.oci.image.index.v1+json"];function PK(t){let e={description:t.catalogDescription,aboutText:t.catalogAbout,usageText:t.catalogUsage};
return Object.values(e).some(r=>r!==void 0)?e:void 0}var Ta=t=>t?.name??"",Cu=class{constructor(e,r,o){this.registryId=r;this.deadline=o;this.client=new Eu(Hn(AK,
e,o))}registryId;deadline;client;registryUri;loginData;close(){this.client.destroy()}send(e,r){return this.call(e,()=>this.client.send(r,{abortSignal:this.deadline?.
signal}))}async login(){let[e,r]=await Promise.all([this.send("GetAuthorizationToken",new Iu({})),this.registryUri??this.describeRegistryUri()]);return Wd(e.authorizationData,
r.split("/")[0])}async describeRegistryUri(){let e=await this.send("DescribeRegistries",new _u({})),r=e.registries?.find(o=>!this.registryId||o.registryId===this.
registryId)??e.registries?.[0];if(!r?.registryUri)throw new fe("ECR Public returned no registry","create the public registry (its alias) in the ECR Public conso\
le first");return this.registryUri=r.registryUri,r.registryUri}async findRepository(e){try{let o=(await this.send("DescribeRepositories",new wu({registryId:this.
registryId,repositoryNames:[fo(e)]}))).repositories?.[0];return o&&this.info(o,!1)}catch(r){if(Ta(r)==="RepositoryNotFoundException")return;throw r}}async ensureRepository(e){
let r=await this.findRepository(e.repository);if(r)return r;if(!e.createRepository)throw new fe(`repository ${e.repository} does not exist in ECR Public`,"creat\
e it, or set create-repository: true");try{let o=await this.send("CreateRepository",new xu({repositoryName:fo(e.repository),catalogData:PK(e)}));return this.info(
o.repository,!0)}catch(o){if(Ta(o)!=="RepositoryAlreadyExistsException")throw o;let n=await this.findRepository(e.repository);if(!n)throw o;return n}}async applyPolicies(e){
if(!e.repositoryPolicy)return;let{readFileSync:r}=await import("node:fs");await this.send("SetRepositoryPolicy",new vu({registryId:this.registryId,repositoryName:fo(
e.repository),policyText:r(e.repositoryPolicy,"utf8")}))}async images(e,r){let o=new Map,n;try{do{let s=await this.send("DescribeImageTags",new Ru({registryId:this.
registryId,repositoryName:fo(e),nextToken:n}));for(let i of s.imageTagDetails??[])i.imageTag&&r.includes(i.imageTag)&&i.imageDetail?.imageDigest&&o.set(i.imageTag,
{digest:i.imageDetail.imageDigest,manifest:"",mediaType:i.imageDetail.imageManifestMediaType??""});n=s.nextToken}while(n&&o.size<r.length)}catch(s){if(Ta(s)==="\
RepositoryNotFoundException")return o;throw s}return o}async putTag(e,r,o){let{manifest:n,mediaType:s}=r;if(!n){this.loginData??=this.login();let i=await this.loginData,
a=`${(this.registryUri??"").split("/").slice(1).join("/")}/${fo(e)}`.replace(/^\//,"");({manifest:n,mediaType:s}=await Ck(i,a,r.digest,bK,this.deadline?.signal))}
try{await this.send("PutImage",new Tu({registryId:this.registryId,repositoryName:fo(e),imageManifest:n,imageManifestMediaType:s||void 0,imageDigest:r.digest,imageTag:o}))}catch(i){
if(Ta(i)==="ImageAlreadyExistsException")return;throw i}}info(e,r){return this.registryUri??=e.repositoryUri.slice(0,e.repositoryUri.length-e.repositoryName.length-
1),{name:e.repositoryName,uri:e.repositoryUri,arn:e.repositoryArn,mutability:"MUTABLE",exclusionFilters:[],scanOnPush:!1,created:r}}async call(e,r){try{return await go(
this.deadline,`ECR Public ${e}`,r)}catch(o){let n=Ta(o);if(o instanceof ft||/NotFound|AlreadyExists/.test(n))throw o;let s=Bn(o);if(s.transient)throw new fe(`EC\
R Public ${e} failed after ${s.attempts} attempt(s): ${n}: ${o.message}`,Gn("ECR",s.throttled),{cause:o});let i=/AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken/.
test(n)?`the credentials need ecr-public:${e}${e==="GetAuthorizationToken"?" and sts:GetServiceBearerToken":""} (\`ecr-deliver iam-policy --registry-type public\`\
 prints the policy)`:void 0;throw new fe(`ECR Public ${e} failed: ${n}: ${o.message}`,i,{cause:o})}}};var Fr=[...qo,"INFORMATIONAL","UNDEFINED"],OK=10,DK=1e3,NK=15e3,kK=2e4,$K=new Set(["COMPLETE","ACTIVE"]),LK=new Set(["IN_PROGRESS","PENDING"]),UK=t=>new Promise(
e=>setTimeout(e,t));async function bk(t,e){try{return await FK(t,e)}catch(r){if(r instanceof uo)throw r;let o=$n(r);return Au(e,"failed",`could not read ECR's s\
can of ${e.digest}: ${o.message}`,o.hint??"check the role's permissions for the scan (`ecr-deliver iam-policy \u2026 --scan-wait true`)")}}async function FK(t,e){
let r=e.sleep??UK,o=e.now??Date.now,n=o(),s=n+e.timeoutSeconds*1e3,i=DK,a=!1,c="no scan yet";for(;;){let l=await t.scanFindings(e.repository,e.digest);if(!l&&e.
start&&!a){e.info(`No scan of ${e.digest} yet: starting one (StartImageScan)`),await t.startScan(e.repository,e.digest),a=!0;continue}let d=l?.imageScanStatus?.
status??"";if(l&&$K.has(d))return BK(e,await HK(t,e,l));if(l&&!LK.has(d))return Au(e,"failed",`ECR's scan of ${e.digest} ended ${d||"without a status"}${l.imageScanStatus?.
description?`: ${l.imageScanStatus.description}`:""}`,"ECR scans images whose OS packages it knows; see the scan status in the ECR console");c=l?`scan ${d}`:"no\
 scan yet";let m=(!l&&!a?Math.min(s,n+kK):s)-o();if(!l&&!a&&m<=0)return MK(e,o()-n);if(m<=0)return Au(e,"timeout",`ECR's scan of ${e.digest} did not complete wi\
thin ${e.timeoutSeconds} s (scan-timeout-seconds; last seen: ${c})`,"raise scan-timeout-seconds; enhanced scanning of a new image can take several minutes");await r(
Math.min(i,m)),i=Math.min(i*2,NK)}}function MK(t,e){let r=t.scanOnPush?"although the repository is set to scan on push":"the repository does not scan on push";return Au(
t,"not-found",`ECR has no scan of ${t.digest} after ${Math.round(e/1e3)} s: ${r}`,"turn scan on push on (scan-on-push for a repository the run creates, `aws ecr\
 put-image-scanning-configuration`, or a registry scanning rule), or set scan-start: true")}async function HK(t,e,r){let o=[r];for(let n=r.nextToken;n;n=o[o.length-
1].nextToken){let s=await t.scanFindings(e.repository,e.digest,n);if(!s)break;o.push(s)}return o}function BK(t,e){let r=e[0].imageScanFindings?.findingSeverityCounts??
{},o=Object.fromEntries(Fr.map(a=>[a,r[a]??0])),n=e.flatMap(a=>[...(a.imageScanFindings?.findings??[]).map(jK),...(a.imageScanFindings?.enhancedFindings??[]).map(
zK)]),s=a=>{let c=Fr.indexOf(a.severity);return c<0?Fr.length:c},i=n.map((a,c)=>({f:a,i:c})).sort((a,c)=>s(a.f)-s(c.f)||a.i-c.i).slice(0,OK).map(({f:a})=>a);return{
outcome:"complete",counts:o,top:i,threshold:t.threshold,gate:GK(o,t.threshold)}}function Au(t,e,r,o){return{outcome:e,counts:{},top:[],problem:r,hint:o,threshold:t.
threshold,gate:t.threshold==="none"?"off":"failed"}}function GK(t,e){return e==="none"?"off":qo.slice(0,qo.indexOf(e)+1).some(o=>(t[o]??0)>0)?"failed":"passed"}
function Pk(t){return t?.outcome==="complete"?JSON.stringify(t.counts):""}function bu(t,e){if(!t)return{};if(t.gate==="failed"&&t.outcome!=="complete")return{failure:new Ls(
`fail-on-severity ${t.threshold}: ${t.problem}; the image is pushed (${e}) but could not be judged`,t.hint)};if(t.gate==="failed"){let r=qo.slice(0,qo.indexOf(t.
threshold)+1).filter(o=>t.counts[o]>0);return{failure:new Ls(`fail-on-severity ${t.threshold}: ECR's scan found ${r.map(o=>`${t.counts[o]} ${o}`).join(", ")}; t\
he image is pushed (${e}) but should not be deployed`,"fix or upgrade the packages listed in the summary and deliver again, or raise fail-on-severity")}}return t.
outcome!=="complete"?{warning:`scan-wait: ${t.problem}`}:{}}var Ak=(t,e)=>t.attributes?.find(r=>r.key===e)?.value;function jK(t){let e=[Ak(t,"package_name"),Ak(
t,"package_version")].filter(Boolean).join(" ");return{name:t.name??"",severity:t.severity??"UNDEFINED",package:e,link:t.uri??""}}function zK(t){let e=t.packageVulnerabilityDetails,
r=(e?.vulnerablePackages??[]).map(o=>[o.name,o.version].filter(Boolean).join(" ")).join(", ");return{name:e?.vulnerabilityId??t.title??"",severity:t.severity??"\
UNDEFINED",package:r,link:e?.sourceUrl??e?.referenceUrls?.[0]??""}}var VK=(t,e,r,o)=>new Ds(t,e,r,o);function Pu(t){let e=new Vs(t.options.timeoutSeconds),r=Ll.create(t.env);return e.bound(()=>WK(t,e,_a(t.env,r.dir))).finally(()=>r.
remove())}async function WK(t,e,r){let{options:o,context:n,reporter:s}=t,i=new Pn(t.run,s,e,r),a=Gs(o);if(!o.image){for(let y of vS(a,t.env))s.secret(y);TS(a,t.
env)}let c=o.image?{}:OD(o,a),l=!o.image&&(c.buildx||c.buildkit||om(t.env)!==void 0),d=i.check().then(()=>l?i.builder(c):void 0),u=Dk(t);await d,o.image||i.builder().
catch(()=>{});let m=await s.phase("Credentials",()=>kk(t,u,e)),f=(t.openRegistry??Ok(o))(n.region,m,o.registryId,e),g=()=>qy(o.pullRegistries,n.region,m,e);try{
return await new tS(t,i,f,g).run()}finally{f.close()}}function Ok(t){return t.registryType==="public"?(e,r,o,n)=>new Cu(r,o,n):VK}function Ou(t){let e=new Vs(t.
options.timeoutSeconds);return e.bound(()=>qK(t,e))}async function qK(t,e){let r=new Pn(t.run,t.reporter,e,_a(t.env)),o=r.check(),n=Dk(t);await o;let s=await t.
reporter.phase("Credentials",()=>kk(t,n,e)),i=(t.openRegistry??Ok(t.options))(t.context.region,s,t.options.registryId,e);try{return await t.reporter.phase("Logi\
n",async()=>{let[a,c]=await Promise.all([i.login(),qy(t.options.pullRegistries,t.context.region,s,e)]),l=[a,...c.filter(d=>d.host!==a.host)];for(let d of l)t.onLogin?.(
d.host),await r.login(d);return{registry:a.host,registries:l.map(d=>d.host),login:a}})}finally{i.close()}}function Dk(t){if(t.options.roleToAssume)return Py(Nk(
t)).catch(e=>e)}function Nk({options:t,context:e,platformToken:r,env:o}){return{ci:e.ci,audience:t.audience,tokenFile:t.webIdentityTokenFile,tokenEnv:t.webIdentityTokenEnv,
platformToken:r,env:o}}async function kk(t,e,r){let{options:o,context:n,reporter:s}=t;if(!o.roleToAssume||!e){s.info("No role-to-assume: using the ambient AWS c\
redential chain");return}let i=await e;if(i instanceof Error)throw i;s.secret(i.token),s.info(`Assuming ${o.roleToAssume} as ${n.sessionName} with the OIDC toke\
n from ${i.source}`);let a={roleArn:o.roleToAssume,sessionName:n.sessionName,durationSeconds:o.roleDurationSeconds,region:n.region},c=await Oy(a,i.token,s,r);return TD(
c,async()=>{let l=await Py({...Nk(t),renew:!0});return s.secret(l.token),s.info(`Renewing the credentials of ${o.roleToAssume} before they expire, with a new OI\
DC token from ${l.source}`),Oy(a,l.token,s,r)})}var tS=class{constructor(e,r,o,n=async()=>[]){this.req=e;this.docker=r;this.ecr=o;this.pullLogins=n;this.o=e.options,
this.sha=e.context.commitSha,this.tags=[...new Set([this.sha,...this.o.tags,...e.context.release.tags])]}req;docker;ecr;pullLogins;o;sha;tags;repo;loggedIn=[];background=[];async run(){
try{let e=await this.steps(),r=await this.scan(e);return{outputs:{...e,"scan-findings":Pk(r)},scan:r}}catch(e){throw await Promise.allSettled(this.background),e}}async steps(){
let{reporter:e}=this.req,[r,o]=await e.phase("Repository",()=>Promise.all([this.o.push?this.ecr.ensureRepository(this.o,kS(this.o.tags,this.req.context.release)):
this.lookUpRepository(),this.ecr.images(this.o.repository,this.tags)]));this.repo=r,r.created&&e.info(`Created repository ${r.uri} (${r.mutability})`);let n=this.
o.push?this.inBackground(this.ecr.applyPolicies(this.o)):Promise.resolve(),s=o.get(this.sha),i=s&&(this.o.skipExisting||Wy(r,this.sha))?s:void 0;if(this.refuseImmutableConflicts(
r,o,i),i)return e.info(`${r.uri}:${this.sha} already exists (${i.digest}): nothing to build or upload`),this.o.push?(await n,await e.phase("Tag",()=>this.copyTags(
r,i,o)),this.verified(r,i.digest,!1)):this.outputs(r,i.digest,!1);let a=!this.o.image&&Ky(zs(this.o)).includes(r.uri.split("/")[0]),c=this.o.cache&&!this.o.image&&
this.ecr.latestImage!==void 0,l=this.o.push||a?this.inBackground(e.track("Login",()=>this.login())):void 0,d=this.o.pullRegistries.length&&!this.o.image?this.inBackground(
this.loginPullRegistries()):void 0,u=c?this.cacheSource(r,()=>l??this.login()):void 0;a&&await l,await d;let m=await e.phase(this.o.image?"Tag":"Build",()=>this.
produceImage(r,u));if(!this.o.push)return this.outputs(r,"",!1);await Promise.all([l,n]);let f=m??await e.phase("Push",()=>this.docker.push(`${r.uri}:${this.sha}`,
()=>this.login()));return this.tags.length>1&&await e.phase("Tag",async()=>{let g=(await this.ecr.images(this.o.repository,[this.sha])).get(this.sha);if(!g||g.digest!==
f)throw new fe(`ECR does not show ${this.sha} at the pushed digest ${f}`);await this.copyTags(r,g,o)}),this.verified(r,f,!0)}async cacheSource(e,r){try{let o=await this.
ecr.latestImage(e.name);if(!o){this.req.reporter.info("No layer cache yet: the repository has no image to reuse layers from");return}let n=`${e.uri}@${o}`;return await r(),
await this.docker.builder()==="classic"&&!await this.docker.pullCache(n)?void 0:(this.req.reporter.info(`Layer cache: ${n}`),n)}catch(o){if(o instanceof uo)throw o;
this.req.reporter.warning(`no layer cache: ${o.message}`);return}}async scan(e){if(!this.o.scanWait||!this.repo)return;if(!e.digest){this.req.reporter.info("sca\
n-wait: nothing was pushed (push: false), so there is no scan to wait for");return}let{reporter:r}=this.req,o=this.repo,n=this.ecr;if(!n.scanFindings||!n.startScan)
throw new fe("scan-wait: this registry does not scan images","ECR Public has no image scanning: drop scan-wait");return r.phase("Scan",()=>bk(n,{repository:this.
o.repository,digest:e.digest,timeoutSeconds:this.o.scanTimeoutSeconds,start:this.o.scanStart,threshold:this.o.failOnSeverity,scanOnPush:o.scanOnPush,info:s=>r.info(
s)}))}inBackground(e){return e.catch(()=>{}),this.background.push(e),e}async lookUpRepository(){let e=await this.ecr.findRepository(this.o.repository);if(e)return e;
let{host:r}=await this.ecr.login();return{name:this.o.repository,uri:`${r}/${this.o.repository}`,arn:"",mutability:"MUTABLE",exclusionFilters:[],scanOnPush:!1,created:!1}}async login(){
let e=await this.ecr.login();await this.docker.login(e),this.loggedIn.push(e.host)}async loginPullRegistries(){let e=await this.req.reporter.phase("Login to pul\
l registries",()=>this.pullLogins());for(let r of e)await this.docker.login(r),this.loggedIn.push(r.host)}refuseImmutableConflicts(e,r,o){for(let n of this.tags){
let s=r.get(n);if(!(!s||!Wy(e,n)||o&&s.digest===o.digest))throw new fe(`tag ${n} already exists in the immutable repository ${e.name} at ${s.digest}, which is n\
ot the image being delivered`,"immutable tags cannot move: remove the tag from `tags` (use a new one), or make the repository MUTABLE")}}async produceImage(e,r){
let o=this.tags.map(d=>`${e.uri}:${d}`);if(this.o.image){for(let d of o)await this.docker.tag(this.o.image,d);return}em(this.o);let n=this.req.context,s={"org.o\
pencontainers.image.revision":this.sha,"org.opencontainers.image.created":new Date().toISOString()};n.sourceUrl&&(s["org.opencontainers.image.source"]=n.sourceUrl),
n.release.version&&(s["org.opencontainers.image.version"]=n.release.version);for(let d of this.o.labels){let u=d.indexOf("=");s[d.slice(0,u)]=d.slice(u+1)}let i=await this.
docker.builder(),a=i==="buildx"&&this.o.push&&(!!this.o.platform?.includes(",")||this.o.provenance),l=await this.docker.build({context:this.o.context,dockerfile:zs(
this.o),tags:a?o.slice(0,1):o,labels:s,buildArgs:this.o.buildArgs,target:this.o.target,platform:this.o.platform,cache:r?{from:await r}:void 0,secrets:Gs(this.o),
provenance:this.o.provenance,pushFromBuilder:a},i).catch(d=>{let u=d instanceof ur&&BN(d.message,zs(this.o),[...this.loggedIn,e.uri.split("/")[0]],this.req.context.
region);throw u?new ur(d.message,u):d});if(a&&!l)throw new ur("buildx pushed but reported no digest");return l}async copyTags(e,r,o){let n=this.tags.slice(1).filter(
s=>o.get(s)?.digest!==r.digest);await MN(this.ecr,e.name,r,n)}async verified(e,r,o){let n=await this.ecr.images(this.o.repository,this.tags),s=this.tags.filter(
i=>n.get(i)?.digest!==r);if(s.length)throw new fe(`after delivery, tag(s) ${s.join(", ")} do not point at ${r} in ECR`,"another delivery may have moved them at \
the same time; re-run to deliver again");return this.outputs(e,r,o)}outputs(e,r,o){return{registry:e.uri.split("/")[0],"repository-uri":e.uri,image:`${e.uri}:${this.
sha}`,digest:r,"image-ref":r?`${e.uri}@${r}`:"",tags:this.tags,pushed:o,"scan-findings":""}}};var va=class{timings=[];started=Date.now();async time(e,r){let o=Date.now();try{return await r()}finally{let n=Date.now();this.timings.push({title:e,seconds:(n-
o)/1e3,start:(o-this.started)/1e3,end:(n-this.started)/1e3})}}get byStart(){return[...this.timings].sort((e,r)=>e.start-r.start)}get totalSeconds(){return(Date.
now()-this.started)/1e3}describe(){let e=this.byStart.map(r=>`${r.title} ${r.seconds.toFixed(1)} s`).join(", ");return`${e?`${e}; `:""}total ${this.totalSeconds.
toFixed(1)} s`}},Ca=class{constructor(e=process.stderr){this.stream=e;this.output=e}stream;clock=new va;output;info(e){this.stream.write(`${e}
`)}warning(e){this.stream.write(`warning: ${e}
`)}secret(){}track(e,r){return this.clock.time(e,r)}async phase(e,r){this.info(`\u25B6 ${e}`);let o=Date.now(),n=await this.clock.time(e,r);return this.info(`\u2714 ${e}\
 (${((Date.now()-o)/1e3).toFixed(1)} s)`),n}};var $k=t=>Math.round(t*1e3),Lk=t=>t.replace(/[:#;]/g," ").trim()||"phase";function Uk(t){let e=["```mermaid","gantt","  title ecr-deliver phases (seconds since \
start)","  dateFormat x","  axisFormat %M:%S"];return t.forEach((r,o)=>{let n=$k(r.start),s=Math.max($k(r.end),n+1);e.push(`  section ${Lk(r.title)}`,`  ${Lk(r.
title)} ${r.seconds.toFixed(1)} s :p${o}, ${n}, ${s}`)}),e.push("```"),e.join(`
`)}function Fk(t,e=40){if(t.length===0)return[];let r=Math.max(...t.map(n=>n.end),.001),o=Math.max(...t.map(n=>n.title.length));return t.map(n=>{let s=Math.min(
e-1,Math.floor(n.start/r*e)),i=Math.max(s+1,Math.min(e,Math.round(n.end/r*e))),a="\xB7".repeat(s)+"\u2588".repeat(i-s)+"\xB7".repeat(e-i);return`${n.title.padEnd(
o)}  ${a}  ${n.start.toFixed(1)}\u2013${n.end.toFixed(1)} s`})}var $s=t=>t.replace(/[\r\n]+/g," ").replace(/[|\\`*_~<>[\]]/g,e=>`\\${e}`),rS=t=>`\`${t.replace(/`/g,"'")}\``;function Mk(t,e,r){let o=t.pushed?"delivered":t.digest?
"already delivered":"built, not pushed",n=[["image",rS(t.image)],["digest",t.digest?rS(t.digest):"(not pushed)"],["tags",t.tags.map(rS).join(" ")],["pushed",String(
t.pushed)],["timings",$s(e.describe())]],s=[`### ecr-deliver: ${o}`,"","| | |","|---|---|",...n.map(([i,a])=>`| ${i} | ${a} |`),"","#### Timeline","",Uk(e.byStart),
""];return r&&s.push(...KK(r),""),s.join(`
`)}function KK(t){let e=["#### Vulnerability scan",""];if(t.outcome!=="complete")return e.push("> [!WARNING]",`> ${$s(t.problem??"no scan")}`),t.gate==="failed"&&
e.push(">",`> fail-on-severity ${t.threshold}: **failed** (the image is pushed, but could not be judged)`),e;if(e.push(`| ${Fr.join(" | ")} |`,`|${Fr.map(()=>"-\
--:").join("|")}|`,`| ${Fr.map(r=>t.counts[r]).join(" | ")} |`,""),t.gate!=="off"&&e.push(t.gate==="failed"?`**fail-on-severity ${t.threshold}: failed.** The im\
age is pushed, but should not be deployed.`:`fail-on-severity ${t.threshold}: passed.`,""),t.top.length){e.push("| finding | severity | package |","|---|---|---\
|");for(let r of t.top){let o=/^https?:\/\/[^\s()<>]+$/.test(r.link)?`[${$s(r.name)}](${r.link})`:$s(r.name);e.push(`| ${o} | ${$s(r.severity)} | ${$s(r.package)||
"\u2014"} |`)}}else e.push("No findings.");return e}var Hk="isPost",Bk="registries",Gk="skipLogout",Du=class{clock=new va;output=hS;info=e=>Ua(e);warning=e=>ju(e);secret=e=>La(e);phase(e,r){return ES(e,()=>this.clock.
time(e,r))}track(e,r){return this.clock.time(e,r)}},jk=t=>t[`STATE_${Hk}`]==="true";async function zk(){$a(Hk,"true");let t=new Du,e=new Set,r=o=>{e.add(o),$a(Bk,
JSON.stringify([...e]))};try{let o=FS(l=>ka(l));if(o.mode==="login")return await JK(t,r,o);let n=Fn(l=>ka(l)),s=Mn(n),{outputs:i,scan:a}=await Pu({options:n,context:s,
reporter:t,run:Xo,env:process.env,platformToken:l=>Vu(l)});for(let{name:l}of Zr)Un(l,Ko(i,l));zu(Mk(i,t.clock,a));let c=bu(a,i["image-ref"]);if(c.warning&&ju(c.
warning),c.failure)throw c.failure}catch(o){let n=$n(o);SS(n.hint?`${n.message}
Hint: ${n.hint}`:n.message)}}async function JK(t,e,r){r.skipLogout&&$a(Gk,"true");let o=Fn(i=>ka(i),"login"),n=Mn(o,process.env,"login"),s=await Ou({options:o,context:n,
reporter:t,run:Xo,env:process.env,platformToken:i=>Vu(i),onLogin:e});Un("registry",s.registry),Un("registries",s.registries.join(",")),r.dockerCredentialsOutput&&
(La(s.login.password),Un("docker-username",s.login.username),Un("docker-password",s.login.password)),Ua(`Logged in to ${s.registries.join(", ")}${r.skipLogout?"\
 (kept after the job: skip-logout)":"; the post step logs out"}`),zu(["### ecr-deliver login","",...s.registries.map(i=>`- \`${i}\``),"",`timings: ${t.clock.describe()}`,
""].join(`
`))}async function Vk(){let t=JSON.parse(Gu(Bk)||"[]");if(Gu(Gk)==="true"){Ua(`skip-logout: docker stays logged in to ${t.join(", ")||"nothing"}`);return}let e=new Pn(
Xo,new Du,void 0,_a(process.env));for(let r of t)await e.logout(r)}var i$=require("node:util");var Yk=require("node:util");var XK=["ecr:BatchCheckLayerAvailability","ecr:InitiateLayerUpload","ecr:UploadLayerPart","ecr:CompleteLayerUpload","ecr:PutImage"],oS=["ecr:BatchGetImage","ecr\
:GetDownloadUrlForLayer","ecr:BatchCheckLayerAvailability"];function YK(t){let e=new Set(["ecr:DescribeRepositories","ecr:BatchGetImage"]),r=o=>{for(let n of o)
e.add(n)};return t.push&&(r(XK),t.createRepository&&e.add("ecr:CreateRepository"),t.lifecyclePolicy&&e.add("ecr:PutLifecyclePolicy"),t.repositoryPolicy&&e.add("\
ecr:SetRepositoryPolicy")),t.cache&&r(["ecr:DescribeImages",...oS]),t.scanWait&&e.add("ecr:DescribeImageScanFindings"),t.scanWait&&t.scanStart&&e.add("ecr:Start\
ImageScan"),[...e].sort()}function QK(t){return`arn:${Jo(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${t.repository}`}function Wk(t){if(t.
registryType==="public")return t8(t);let e=[{Sid:"EcrLogin",Effect:"Allow",Action:"ecr:GetAuthorizationToken",Resource:"*"},{Sid:"EcrDeliver",Effect:"Allow",Action:YK(
t),Resource:QK(t)}];if(t.push&&t.createRepository&&t.encryptionType==="KMS"){let r=t.kmsKey&&/^arn:[^:]+:kms:[^:]+:\d{12}:key\//.test(t.kmsKey)?t.kmsKey:`arn:${Jo(
t.region)}:kms:${t.region}:${t.registryId??t.accountId}:key/*`,o={"kms:ViaService":`ecr.${t.region}.amazonaws.com${Jo(t.region)==="aws-cn"?".cn":""}`};e.push({Sid:"\
KmsGrantForNewRepository",Effect:"Allow",Action:"kms:CreateGrant",Resource:r,Condition:{StringEquals:o,Bool:{"kms:GrantIsForAWSResource":"true"}}},{Sid:"KmsForN\
ewRepository",Effect:"Allow",Action:["kms:DescribeKey","kms:RetireGrant"],Resource:r,Condition:{StringEquals:o}})}return e.push(...Qk(t)),{Version:"2012-10-17",
Statement:e}}function Qk(t){let e=[],r=t.pullRepositories?.length?t.pullRepositories:["*"],o=(t.pullRegistries??[]).flatMap(s=>r.map(i=>`arn:${Jo(s.region??t.region)}\
:ecr:${s.region??t.region}:${s.id}:repository/${i}`));o.length&&e.push({Sid:"EcrPullBaseImages",Effect:"Allow",Action:oS.slice().sort(),Resource:o.length===1?o[0]:
o});let n=(t.pullThrough??[]).map(s=>`arn:${Jo(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${s}/*`);return n.length&&e.push({Sid:"EcrPull\
ThroughCache",Effect:"Allow",Action:[...ZK,...oS].sort(),Resource:n.length===1?n[0]:n}),e}function Zk(t){return!t.pullRegistries?.length||t.pullRepositories?.length?
[]:[`--pull-repositories not given: the role may pull every repository of ${t.pullRegistries.map(e=>e.id).join(", ")}; pass name patterns to narrow it`]}var ZK=[
"ecr:BatchImportUpstreamImage","ecr:CreateRepository"],qk=["ecr-public:GetAuthorizationToken","sts:GetServiceBearerToken"],e8=["ecr-public:BatchCheckLayerAvaila\
bility","ecr-public:InitiateLayerUpload","ecr-public:UploadLayerPart","ecr-public:CompleteLayerUpload","ecr-public:PutImage"];function t8(t){let e=t.push?qk:[...qk,
"ecr-public:DescribeRegistries"],r=new Set(["ecr-public:DescribeRepositories","ecr-public:DescribeImageTags"]);if(t.push){for(let n of e8)r.add(n);t.createRepository&&
r.add("ecr-public:CreateRepository"),t.repositoryPolicy&&r.add("ecr-public:SetRepositoryPolicy")}let o=t.repository.replace(/^public\.ecr\.aws\/[^/]+\//,"");return{
Version:"2012-10-17",Statement:[{Sid:"EcrPublicLogin",Effect:"Allow",Action:e,Resource:"*"},{Sid:"EcrPublicDeliver",Effect:"Allow",Action:[...r].sort(),Resource:`\
arn:aws:ecr-public::${t.registryId??t.accountId}:repository/${o}`},...Qk(t)]}}var r8="token.actions.githubusercontent.com",o8="oidc.circleci.com/org";function n8(t){
let e=t.pullRequest?"pull_request":t.environment!==void 0?`environment:${t.environment}`:t.tag!==void 0?`ref:refs/tags/${t.tag}`:`ref:refs/heads/${t.branch??"ma\
in"}`;return`repo:${t.repo}:${e}`}function s8(t){let e=Jo(t.region),r,o,n;if(t.provider==="github")r=t.githubIssuer??r8,o=t.audience??"sts.amazonaws.com",n=n8(t);else if(t.
provider==="circleci")r=`${o8}/${t.orgId}`,o=t.audience??t.orgId,n=`org/${t.orgId}/project/${t.projectId}/user/*${t.vcsRef?`/vcs-origin/*/vcs-ref/${t.vcsRef}`:""}`;else
return;let s=/[*?]/.test(n),i={StringEquals:{[`${r}:aud`]:o}};return s?i.StringLike={[`${r}:sub`]:n}:i.StringEquals[`${r}:sub`]=n,{Version:"2012-10-17",Statement:[
{Effect:"Allow",Principal:{Federated:`arn:${e}:iam::${t.accountId}:oidc-provider/${r}`},Action:"sts:AssumeRoleWithWebIdentity",Condition:i}]}}function i8(t){let e=s8(
t);return e?{permissionsPolicy:Wk(t),trustPolicy:e}:{permissionsPolicy:Wk(t)}}var nS=[{name:"repository",value:"NAME",description:"ECR repository the role deliv\
ers to (required)."},{name:"account-id",value:"ID",description:"AWS account id (12 digits) of the role and its OIDC provider (required)."},{name:"aws-region",value:"\
REGION",description:"Region of the registry (default: AWS_REGION, then AWS_DEFAULT_REGION)."},{name:"registry-id",value:"ID",description:"Account that owns the \
registry, for cross-account pushes (default: account-id)."},{name:"provider",value:"github|circleci|none",description:"Whose OIDC tokens the role trusts (defaul\
t: github with --repo, circleci with --org-id). `none` prints the permissions policy only."},{name:"audience",value:"AUD",description:"Pinned `aud` (default: st\
s.amazonaws.com on GitHub, the org id on CircleCI)."},{name:"repo",value:"OWNER/REPO",description:"GitHub repository, or its immutable form OWNER@ID/REPO@ID whe\
n its OIDC subject carries ids."},{name:"branch",value:"BRANCH",description:"GitHub branch allowed to deliver (default: main; `*` patterns allowed)."},{name:"ta\
g",value:"TAG",description:"GitHub tag allowed to deliver, for release workflows on tag pushes (`v*` patterns allowed; instead of --branch)."},{name:"environmen\
t",value:"NAME",description:"GitHub environment allowed to deliver, for jobs that use `environment:` (instead of --branch)."},{name:"pull-request",value:"true|f\
alse",description:"Trust runs on `pull_request` events of the repository instead of a branch (pair it with --push false)."},{name:"org-id",value:"UUID",description:"\
CircleCI organization id (Organization Settings > Overview)."},{name:"project-id",value:"UUID",description:"CircleCI project id allowed to deliver (required wit\
h --org-id: without it every project of the org, with any context, could deliver)."},{name:"vcs-ref",value:"REF",description:"CircleCI: pin the git ref too, e.g\
. refs/heads/main (matched in the sub of CIRCLE_OIDC_TOKEN_V2, which the orb uses; `*` patterns allowed)."},{name:"github-issuer",value:"HOST",description:"GitH\
ub Enterprise Server's OIDC issuer, HOST/_services/token (default: token.actions.githubusercontent.com)."},{name:"pull-registries",value:"IDS",description:"Base\
-image registries the build pulls from: account ids or ID@REGION, comma-separated (as given to the delivery)."},{name:"pull-repositories",value:"PATTERNS",description:"\
Repositories of those registries the build pulls, name patterns, comma-separated (default: every repository, `*`)."},{name:"pull-through",value:"PREFIXES",description:"\
Pull-through cache prefixes of the target registry the build pulls from (adds ecr:BatchImportUpstreamImage and ecr:CreateRepository on PREFIX/*)."},{name:"regis\
try-type",value:"private|public",description:"public: the ECR Public actions instead (default: private, or public for a public.ecr.aws/ repository)."},{name:"cr\
eate-repository",value:"true|false",description:"The delivery may create the repository (default: true)."},{name:"lifecycle-policy",value:"FILE|true",description:"\
The delivery applies a lifecycle policy (default: false)."},{name:"repository-policy",value:"FILE|true",description:"The delivery applies a repository policy (d\
efault: false)."},{name:"cache",value:"true|false",description:"The delivery uses the layer cache (default: true)."},{name:"push",value:"true|false",description:"\
The delivery pushes; false = build-only runs that just look up the repository (default: true)."},{name:"encryption-type",value:"AES256|KMS",description:"Encrypt\
ion of a created repository; KMS adds the KMS grants ECR needs (default: AES256)."},{name:"kms-key",value:"ARN",description:"KMS key ARN of a created repository\
 (default: any key of the account)."},{name:"scan-wait",value:"true|false",description:"The delivery waits for the image scan (default: false)."},{name:"scan-st\
art",value:"true|false",description:"With --scan-wait: the delivery may start a scan (default: false)."},{name:"only",value:"permissions|trust",description:"Pri\
nt just that one policy document, ready for `aws iam \u2026 file://`."}],e$="[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})",t$="[A-Za-z0-9._-]{1,100}",a8=new RegExp(`^${e$}\
/${t$}$`),c8=new RegExp(`^${e$}@\\d{1,20}/${t$}@\\d{1,20}$`),Kk=/^(?!\/|-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/+@*?#-]{1,255}$/,p8=/^[^\x00-\x1f\x7f:]{1,255}$/,Jk=/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
l8=/^arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)$/,d8=mo("github","circleci","none"),u8=mo("permissions","trust");function Xk(t,e){
if(e===void 0||e.trim()===""||/^(false|0)$/i.test(e))return!1;if(/[\x00-\x1f\x7f]/.test(e))throw new I(t,e,"contains control characters");return!0}function r$(t,e=process.
env){let{values:r,positionals:o}=(0,Yk.parseArgs)({args:t,options:Object.fromEntries(nS.map(R=>[R.name,{type:"string"}])),strict:!0,allowPositionals:!0});if(o.length)
throw new I("iam-policy",o[0],"is not a flag: every value follows its --flag (see `ecr-deliver iam-policy --help`)");let n=R=>{let v=r[R]?.trim();return v===""?
void 0:v},s=(R,v)=>{let M=n(R);if(M===void 0)throw new I(R,"",`is required: ${v}`);return M},i=(R,v)=>{let M=n(R);return M!==void 0&&Wo(R,M,v(M)),M},a=s("reposi\
tory","the ECR repository the role delivers to");Wo("repository",a,Me.repository(a));let c=rm(n("aws-region"),e),l=s("account-id","the 12-digit AWS account id o\
f the role");Wo("account-id",l,Me.account(l));let d=br("registry-id",n("registry-id")),u=["repo","branch","tag","environment","pull-request","github-issuer"].filter(
R=>n(R)!==void 0),m=["org-id","project-id","vcs-ref"].filter(R=>n(R)!==void 0),f=n("provider"),g=f!==void 0?d8.parse(f,"provider"):u.length?"github":m.length?"c\
ircleci":void 0;if(!g)throw new I("provider","","is required: github (with --repo), circleci (with --org-id), or none");let y=g==="github"?m:g==="circleci"?u:[...u,
...m];if(y.length)throw new I(y[0],n(y[0]),`does not apply to --provider ${g}`);let h=i("audience",Me.audience),S={repository:a,region:c,accountId:l,registryId:d,
provider:g,audience:h,createRepository:br("create-repository",n("create-repository")),lifecyclePolicy:Xk("lifecycle-policy",n("lifecycle-policy")),repositoryPolicy:Xk(
"repository-policy",n("repository-policy")),cache:br("cache",n("cache")),push:br("push",n("push")),encryptionType:br("encryption-type",n("encryption-type")),scanWait:br(
"scan-wait",n("scan-wait")),scanStart:br("scan-start",n("scan-start"))};if(S.kmsKey=i("kms-key",De(l8,"is not a KMS key or alias ARN like `arn:aws:kms:eu-west-1\
:123456789012:key/\u2026`")),S.kmsKey&&S.encryptionType!=="KMS")throw new I("kms-key",S.kmsKey,"needs --encryption-type KMS");if(g==="github"){let R=s("repo","t\
he GitHub repository as OWNER/REPO (or OWNER@ID/REPO@ID)");if(!a8.test(R)&&!c8.test(R))throw new I("repo",R,"is not a GitHub repository like `octo-org/octo-repo\
`, or `octo-org@123456/octo-repo@456789` with the immutable ids");S.repo=R,S.environment=i("environment",De(p8,"is not a GitHub environment name (1\u2013255 characte\
rs, no `:`)"));let v=n("branch")?.replace(/^refs\/heads\//,"");if(v!==void 0&&S.environment!==void 0)throw new I("branch",v,"cannot be combined with --environme\
nt: a job with an environment gets `environment:NAME` as its OIDC subject");if(v!==void 0&&!Kk.test(v))throw new I("branch",v,"is not a git branch name");let M=n(
"pull-request");if(S.pullRequest=M!==void 0&&Zt.parse(M,"pull-request"),S.pullRequest&&(v!==void 0||S.environment!==void 0))throw new I("pull-request",n("pull-r\
equest"),"cannot be combined with --branch or --environment: a pull_request run's OIDC subject is `repo:OWNER/REPO:pull_request`");let V=n("tag")?.replace(/^refs\/tags\//,
"");if(V!==void 0&&(v!==void 0||S.environment!==void 0||S.pullRequest))throw new I("tag",V,"cannot be combined with --branch, --environment or --pull-request: a\
 tag push's OIDC subject is `repo:OWNER/REPO:ref:refs/tags/TAG`");if(V!==void 0&&!Kk.test(V))throw new I("tag",V,"is not a git tag name");S.tag=V,S.environment===
void 0&&!S.pullRequest&&V===void 0&&(S.branch=v??"main")}else if(g==="circleci"){let R=s("org-id","the CircleCI organization id (a UUID, Organization Settings >\
 Overview)");if(!Jk.test(R))throw new I("org-id",R,"is not a CircleCI organization id (a lowercase UUID)");S.orgId=R;let v=s("project-id","the CircleCI project \
id (a UUID, Project Settings > Overview): without it every project of the org could deliver");if(!Jk.test(v))throw new I("project-id",v,"is not a CircleCI proje\
ct id (a lowercase UUID)");S.projectId=v,S.vcsRef=i("vcs-ref",De(/^[A-Za-z0-9._/+@*#-]{1,255}$/,"is not a git ref like `refs/heads/main`"))}Object.assign(S,m8(n)),
a.startsWith("public.ecr.aws/")&&(S.registryType="public"),g==="github"&&n("github-issuer")!==void 0&&(S.githubIssuer=i("github-issuer",De(/^(?:https:\/\/)?[a-z0-9.-]+(?::\d+)?(?:\/[\w./-]+)?$/i,
"is not an OIDC issuer like `ghe.example.com/_services/token`")).replace(/^https:\/\//,"").replace(/\/+$/,""));let x=n("only"),T=x===void 0?void 0:u8.parse(x,"o\
nly");if(T==="trust"&&g==="none")throw new I("only",x,"needs a --provider: `none` has no trust policy");return{request:S,only:T}}function m8(t){let e=i=>(t(i)??
"").split(",").map(a=>a.trim()).filter(Boolean),r=e("pull-registries").map(i=>{let a=/^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/.exec(i);if(!a)throw new I(
"pull-registries",i,"is not an ECR registry id (12 digits) or `ID@REGION`");return{id:a[1],region:a[2]}}),o=e("pull-repositories");for(let i of o)if(!/^[a-z0-9*][a-z0-9._/*-]{0,255}$/.
test(i))throw new I("pull-repositories",i,"is not a repository name pattern (lowercase name, `*` wildcards)");if(o.length&&!r.length)throw new I("pull-repositor\
ies",t("pull-repositories"),"needs --pull-registries");let n=e("pull-through");for(let i of n)if(i.length<2||i.length>30||Me.repository(i))throw new I("pull-thr\
ough",i,"is not a pull-through cache prefix (2\u201330 characters, ECR's repository naming rule)");let s=t("registry-type")?.toLowerCase();if(s!==void 0&&s!=="p\
rivate"&&s!=="public")throw new I("registry-type",s,"is not one of private, public");return{pullRegistries:r,pullRepositories:o,pullThrough:n,registryType:s}}function o$(t,e){
let r=i8(t),o=e==="permissions"?r.permissionsPolicy:e==="trust"?r.trustPolicy:r;return`${JSON.stringify(o,null,2)}
`}var ba=t=>e=>t[BS(e)];function Aa(t){let e=$n(t);return process.stderr.write(`ecr-deliver: ${e.message}
`),e.hint&&process.stderr.write(`hint: ${e.hint}
`),e.exitCode}async function Nu(t,e){let r=new Ca(process.stderr);try{let o=Fn(t),n=Mn(o),{outputs:s,scan:i}=await Pu({options:o,context:n,reporter:r,run:Xo,env:process.
env});r.info(g8(s,r.clock,i)),e(s);let a=bu(i,s["image-ref"]);return a.warning&&r.warning(a.warning),a.failure?Aa(a.failure):0}catch(o){return Aa(o)}}async function ku(t,e){
let r=new Ca(process.stderr);try{let o=Fn(t,"login"),n=Mn(o,process.env,"login"),{registry:s}=await Ou({options:o,context:n,reporter:r,run:Xo,env:process.env});
return r.info(n$(`logged in to ${s}`,[["registry",s]],r.clock)),e(s),0}catch(o){return Aa(o)}}function f8(t){return t.pushed?"true":t.digest?"false (the SHA tag\
 was already in ECR: nothing built or uploaded)":"false (push: false, built and tagged locally only)"}function g8(t,e,r){let o=t.pushed?`delivered ${t.image}`:t.
digest?`already delivered: ${t.image}`:`built ${t.image} (not pushed)`,n=Zr.filter(({name:i})=>i!=="scan-findings"||r).map(({name:i})=>[i,i==="pushed"?f8(t):Ko(
t,i)||"-"]),s=Fk(e.byStart).map(i=>`    ${i}`);return[n$(o,n,e),"  timeline",...s,...r?h8(r):[]].join(`
`)}function h8(t){if(t.outcome!=="complete")return["  scan",`    ${t.problem}`];let e=Fr.map(n=>Math.max(n.length,String(t.counts[n]).length)),r=["  scan",`    ${Fr.
map((n,s)=>n.padStart(e[s])).join("  ")}`,`    ${Fr.map((n,s)=>String(t.counts[n]).padStart(e[s])).join("  ")}`];t.gate!=="off"&&r.push(`    fail-on-severity ${t.
threshold}: ${t.gate}`);let o=n=>n.replace(/[\x00-\x1f\x7f-\x9f]+/g," ");for(let n of t.top)r.push(o(`    ${n.severity.padEnd(13)} ${n.name}  ${n.package||"-"} \
 ${n.link}`).trimEnd());return r}function n$(t,e,r){let o=[...e,["time",r.describe()]],n=Math.max(...o.map(([s])=>s.length));return[`\u2500\u2500 ecr-deliver: ${t}\
 \u2500\u2500`,...o.map(([s,i])=>`  ${s.padEnd(n)}  ${i}`)].join(`
`)}var s$="0.1.0";var sS=Zu.filter(t=>!t.githubOnly),a$=["iam-policy","login"];function iS(t,e,r=100){let o=[],n="";for(let s of t.split(/\s+/).filter(Boolean))n&&e.length+n.length+
1+s.length>r?(o.push(n),n=s):n=n?`${n} ${s}`:s;return n&&o.push(n),o.map(s=>e+s).join(`
`)}function S8(){return["Usage: ecr-deliver [--option value \u2026] [--json]      deliver an image","       ecr-deliver login [--option value \u2026]         credent\
ials + docker login only","       ecr-deliver iam-policy --help                the IAM policies a CI role needs","","Delivers a container image to Amazon ECR: O\
IDC credentials, ECR login, repository, build,","commit-SHA tag, push. Every option can also be given as ECR_DELIVER_<OPTION> in the environment","(e.g. ECR_DEL\
IVER_ROLE_TO_ASSUME); a flag wins over the environment.","","Options:",...sS.map(e=>{let r=e.default!==void 0?` Default: ${e.default}.`:e.defaultText?` Default:\
 ${e.defaultText.replace(/`/g,"")}.`:"";return`  --${e.name} <value>
${iS(`${e.description.replace(/`/g,"")}${e.required?" Required.":""}${r}`,"      ")}`}),"  --json","      Print the outputs as one JSON object on stdout (logs g\
o to stderr).","  --help, --version","",`Outputs: ${Zr.map(e=>e.name).join(", ")}.`,"Exit codes: 0 delivered, 1 failed, 2 bad input."].join(`
`)}function E8(){return["Usage: ecr-deliver login [--option value \u2026] [--json]","","Gets AWS credentials (OIDC or ambient) and runs docker login to the ECR \
registry, nothing else;",'later docker commands in the same job can pull and push. --json prints {"registry": "<host>"}.',"Unlike a delivery (which logs in to a\
 private docker config removed when it ends), login writes","the registry password to your docker config (DOCKER_CONFIG, else ~/.docker) by design, where it","s\
tays for 12 hours: run `docker logout <registry>` when done on a shared host.","","Options (also as ECR_DELIVER_<OPTION>):",...sS.filter(e=>Ba.includes(e.name)).
map(e=>`  --${e.name} <value>
${iS(e.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 logged in, 1 failed, 2 bad input."].join(`
`)}function x8(){return["Usage: ecr-deliver iam-policy --repository NAME --account-id ID --aws-region REGION","         --repo OWNER/REPO [--branch BRANCH | --e\
nvironment NAME]     (GitHub)","         --org-id UUID --project-id UUID [--vcs-ref REF]               (CircleCI)","         [the delivery options the role must\
 allow, e.g. --cache false]","",'Prints {"permissionsPolicy": \u2026, "trustPolicy": \u2026} as JSON: the least-privilege permissions for',"delivering to the re\
pository with the given options, and the OIDC trust policy with aud and sub","pinned. No AWS call is made.","","Flags:",...nS.map(t=>`  --${t.name} ${t.value}
${iS(t.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 printed, 2 bad input."].join(`
`)}function c$(t,e){let r=t,o=/'(-[^' ]+)/.exec(r.message??"")?.[1],n=`see ecr-deliver ${e?`${e} `:""}--help`;switch(r.code){case"ERR_PARSE_ARGS_UNKNOWN_OPTION":
return`${o}: is not a flag of ecr-deliver${e?` ${e}`:""} (${n})`;case"ERR_PARSE_ARGS_INVALID_OPTION_VALUE":return/does not take an argument/.test(r.message??"")?
`${o}: takes no value`:/ambiguous/.test(r.message??"")?`${o}: needs a value; for a value that starts with "-", write ${o}=VALUE`:`${o}: needs a value (${n})`;case"\
ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":{let s=/'([^']*)'/.exec(r.message??"")?.[1]??"";return`${Us(s)} is not a command or flag: use ${a$.join(", ")} or --flags \
(${n})`}default:return`${(r.message??String(t)).split(`
`)[0]} (${n})`}}function R8(t,e,r){try{let o=Object.fromEntries(e.map(n=>[n,{type:"string"}]));return(0,i$.parseArgs)({args:t,options:{...o,json:{type:"boolean"},
help:{type:"boolean",short:"h"},version:{type:"boolean"}},strict:!0,allowPositionals:!1}).values}catch(o){process.stderr.write(`ecr-deliver: ${c$(o,r)}
`),process.exitCode=2;return}}function _8(t){if(t.includes("--help")||t.includes("-h"))return process.stdout.write(`${x8()}
`),0;try{let{request:e,only:r}=r$(t.filter(o=>o!=="--json"));process.stdout.write(o$(e,r));for(let o of Zk(e))process.stderr.write(`note: ${o}
`);return 0}catch(e){return e.code?.startsWith("ERR_PARSE_ARGS")?(process.stderr.write(`ecr-deliver: ${c$(e,"iam-policy")}
`),2):Aa(e)}}async function p$(t){let e=a$.find(i=>i===t[0])??"";if(e==="iam-policy"){process.exitCode=_8(t.slice(1));return}let r=e?t.slice(1):t,o=R8(r,e==="lo\
gin"?Ba:sS.map(i=>i.name),e);if(!o)return;if(o.help)return void process.stdout.write(`${e==="login"?E8():S8()}
`);if(o.version)return void process.stdout.write(`${s$}
`);let n=ba(process.env);if(e==="login"){let i=a=>Ba.includes(a)?o[a]??n(a):void 0;process.exitCode=await ku(i,a=>{o.json&&process.stdout.write(`${JSON.stringify(
{registry:a})}
`)});return}let s=i=>o[i]??n(i);process.exitCode=await Nu(s,i=>{o.json&&process.stdout.write(`${JSON.stringify(HS(i))}
`)})}var u$=require("node:fs");var w8=["deliver","login"],l$="ECR_DELIVER_COMMAND",I8=t=>`'${t.replace(/'/g,"'\\''")}'`,m$=(t,e)=>`export ${GS(t)}=${I8(e)}
`;function T8(t){return Zr.map(({name:e})=>m$(e,Ko(t,e))).join("")}function d$(t,e){t.BASH_ENV?(0,u$.appendFileSync)(t.BASH_ENV,e):process.stderr.write(`warning\
: BASH_ENV is not set: the outputs are not exported to later steps
`)}async function f$(t=process.env){let e=t[l$]||"deliver";e==="login"?process.exitCode=await ku(ba(t),r=>d$(t,m$("registry",r))):e==="deliver"?process.exitCode=
await Nu(ba(t),r=>d$(t,T8(r))):(process.stderr.write(`ecr-deliver: ${l$}: ${Us(e)} is not one of ${w8.join(", ")}
`),process.exitCode=2)}async function v8(){let t=process.env,e=process.argv.slice(2);return e.length===0&&t.GITHUB_ACTIONS==="true"&&Object.keys(t).some(r=>r.startsWith("INPUT_"))?jk(
t)?Vk():zk():e.length===0&&t.CIRCLECI==="true"?f$():p$(e)}v8();
