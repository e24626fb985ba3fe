#!/usr/bin/env node
"use strict";var zD=Object.create;var Qd=Object.defineProperty;var VD=Object.getOwnPropertyDescriptor;var qD=Object.getOwnPropertyNames;var WD=Object.getPrototypeOf,KD=Object.prototype.hasOwnProperty;var p=(t,e,r)=>()=>{if(r)throw r[0];try{return t&&(e=t(t=0)),e}catch(o){throw r=[o],o}};var Zd=(t,e)=>()=>{try{return e||t((e={exports:{}}).exports,e),e.exports}catch(r){throw e=0,r}},sr=(t,e)=>{for(var r in e)Qd(t,r,{get:e[r],enumerable:!0})},JD=(t,e,r,o)=>{
if(e&&typeof e=="object"||typeof e=="function")for(let n of qD(e))!KD.call(t,n)&&n!==r&&Qd(t,n,{get:()=>e[n],enumerable:!(o=VD(e,n))||o.enumerable});return t};var Ur=(t,e,r)=>(r=t!=null?zD(WD(t)):{},JD(e||!t||!t.__esModule?Qd(r,"default",{value:t,enumerable:!0}):r,t));var pa,Tt,lE=p(()=>{pa={warningEmitted:!1},Tt=t=>{if(t&&!pa.warningEmitted){if(process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED==="true"){pa.warningEmitted=
!0;return}let e=parseInt(t.substring(1,t.indexOf("."))),r=22;e<r&&(pa.warningEmitted=!0,process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScri\
pt (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${t}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`))}}});function B(t,e,r){return t.$source||(t.$source={}),t.$source[e]=r,t}var dE=p(()=>{});function Ar(t,e,r){t.__aws_sdk_context?t.__aws_sdk_context.features||(t.__aws_sdk_context.features={}):t.__aws_sdk_context={features:{}},t.__aws_sdk_context.features[e]=
r}var uE=p(()=>{});var Lk,Er,mE=p(()=>{Lk=()=>typeof process=="object"&&process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026==="true",Er=(t,e)=>{if(Lk()&&typeof t?.handle!="functi\
on")return e}});var hs,fu=p(()=>{hs=t=>typeof ArrayBuffer=="function"&&t instanceof ArrayBuffer||Object.prototype.toString.call(t)==="[object ArrayBuffer]"});var In,la,Tn=p(()=>{fu();In=(t,e=0,r=t.byteLength-e)=>{if(!hs(t))throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof t} (${t})`);
return Buffer.from(t,e,r)},la=(t,e)=>{if(typeof t!="string")throw new TypeError(`The "input" argument must be of type string. Received type ${typeof t} (${t})`);
return e?Buffer.from(t,e):Buffer.from(t)}});var Uk,Se,fE=p(()=>{Tn();Uk=/^[A-Za-z0-9+/]*={0,2}$/,Se=t=>{if(t.length*3%4!==0)throw new TypeError("Incorrect padding on base64 string.");if(!Uk.exec(t))throw new TypeError(
"Invalid base64 string.");let e=la(t,"base64");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}});var se,da=p(()=>{Tn();se=t=>{let e=la(t,"utf8");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength/Uint8Array.BYTES_PER_ELEMENT)}});var me,gE=p(()=>{Tn();da();me=t=>{let e;if(typeof t=="string"?e=se(t):e=t,typeof e!="object"||typeof e.byteOffset!="number"||typeof e.byteLength!="number")throw new Error(
"@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");return In(e.buffer,e.byteOffset,e.byteLength).toString("base64")}});function hE(t,e,r,o){return class ua extends Uint8Array{static fromString(s,i="utf-8"){if(typeof s=="string")return i==="base64"?ua.mutate(o(s)):ua.mutate(e(s));
throw new Error(`Unsupported conversion from ${typeof s} to Uint8ArrayBlobAdapter.`)}static mutate(s){return Object.setPrototypeOf(s,ua.prototype),s}transformToString(s="\
utf-8"){return s==="base64"?r(this):t(this)}}}var yE=p(()=>{});var Z,EE=p(()=>{Tn();Z=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@\
smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return In(t.buffer,t.byteOffset,t.byteLength).toString("utf8")}});function xE(t){return typeof crypto<"u"&&typeof crypto.randomUUID=="function"?()=>crypto.randomUUID():()=>{let e=new Uint8Array(16);return t(e),e[6]=e[6]&15|64,
e[8]=e[8]&63|128,He[e[0]]+He[e[1]]+He[e[2]]+He[e[3]]+"-"+He[e[4]]+He[e[5]]+"-"+He[e[6]]+He[e[7]]+"-"+He[e[8]]+He[e[9]]+"-"+He[e[10]]+He[e[11]]+He[e[12]]+He[e[13]]+
He[e[14]]+He[e[15]]}}var He,SE=p(()=>{He=Array.from({length:256},(t,e)=>e.toString(16).padStart(2,"0"))});var Uo,RE=p(()=>{(function(t){t.HTTP="http",t.HTTPS="https"})(Uo||(Uo={}))});var Hr,_E=p(()=>{(function(t){t.MD5="md5",t.CRC32="crc32",t.CRC32C="crc32c",t.SHA1="sha1",t.SHA256="sha256"})(Hr||(Hr={}))});var wE=p(()=>{_E()});var xr,IE=p(()=>{xr="__smithy_context"});var br,TE=p(()=>{(function(t){t.PROFILE="profile",t.SSO_SESSION="sso-session",t.SERVICES="services"})(br||(br={}))});var Pr=p(()=>{RE();wE();IE();TE()});var ee,CE=p(()=>{Pr();ee=t=>t[xr]||(t[xr]={})});function P(t,e){return Object.prototype.hasOwnProperty.call(t,e)}var gu=p(()=>{});function Fk(t){return Object.keys(t).reduce((e,r)=>{let o=t[r];return{...e,[r]:Array.isArray(o)?[...o]:o}},{})}var G,vE=p(()=>{G=class t{method;protocol;hostname;port;path;query;headers;username;password;fragment;body;constructor(e){
this.method=e.method||"GET",this.hostname=e.hostname||"localhost",this.port=e.port,this.query=e.query||{},this.headers=e.headers||{},this.body=e.body,this.protocol=
e.protocol?e.protocol.slice(-1)!==":"?`${e.protocol}:`:e.protocol:"https:",this.path=e.path?e.path.charAt(0)!=="/"?`/${e.path}`:e.path:"/",this.username=e.username,
this.password=e.password,this.fragment=e.fragment}static clone(e){let r=new t({...e,headers:{...e.headers}});return r.query&&(r.query=Fk(r.query)),r}static isInstance(e){
if(!e)return!1;let r=e;return"method"in r&&"protocol"in r&&"hostname"in r&&"path"in r&&typeof r.query=="object"&&typeof r.headers=="object"}clone(){return t.clone(
this)}}});var Ye,AE=p(()=>{Ye=class{statusCode;reason;headers;body;constructor(e){this.statusCode=e.statusCode,this.reason=e.reason,this.headers=e.headers||{},this.body=e.
body}static isInstance(e){if(!e)return!1;let r=e;return typeof r.statusCode=="number"&&typeof r.headers=="object"}}});var Mk,Or,bE=p(()=>{Mk=new RegExp("^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$"),Or=(t,e=!1)=>{if(!e)return Mk.test(t);let r=t.split(".");for(let o of r)if(!Or(o))return!1;
return!0}});function hu(t){return/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(t)}var PE=p(()=>{});var q,OE=p(()=>{q=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});function NE(t){let e={};if(t=t.replace(/^\?/,""),t)for(let r of t.split("&")){let[o,n=null]=r.split("=");o=decodeURIComponent(o),n&&(n=decodeURIComponent(n)),o in
e?Array.isArray(e[o])?e[o].push(n):e[o]=[e[o],n]:e[o]=n}return e}var DE=p(()=>{});var fe,yu=p(()=>{DE();fe=t=>{if(typeof t=="string")return fe(new URL(t));let{hostname:e,pathname:r,port:o,protocol:n,search:s}=t,i;return s&&(i=NE(s)),{hostname:e,
port:o?parseInt(o):void 0,protocol:n,path:r,query:i}}});var ro,kE=p(()=>{gu();yu();ro=t=>{if(typeof t=="object"){if("url"in t){let e=fe(t.url);if(t.headers){e.headers={};for(let r in t.headers)P(t.headers,r)&&(e.headers[r.
toLowerCase()]=t.headers[r].join(", "))}return e}return t}return fe(t)}});var J=p(()=>{CE();gu();vE();AE();bE();PE();OE();yu();kE()});var Eu,Bk,$E,Hk,LE,UE,FE,Gk,ME,BE,jk,ma,Cn,HE,zk,Vk,GE=p(()=>{Eu=t=>{if(t!=null){if(typeof t=="string"){let e=parseFloat(t);if(!Number.isNaN(e))return String(e)!==
String(t)&&Vk.warn(zk(`Expected number but observed string: ${t}`)),e}if(typeof t=="number")return t;throw new TypeError(`Expected number, got ${typeof t}: ${t}`)}},
Bk=Math.ceil(2**127*(2-2**-23)),$E=t=>{let e=Eu(t);if(e!==void 0&&!Number.isNaN(e)&&e!==1/0&&e!==-1/0&&Math.abs(e)>Bk)throw new TypeError(`Expected 32-bit float\
, got ${t}`);return e},Hk=t=>{if(t!=null){if(Number.isInteger(t)&&!Number.isNaN(t))return t;throw new TypeError(`Expected integer, got ${typeof t}: ${t}`)}},LE=
t=>FE(t,16),UE=t=>FE(t,8),FE=(t,e)=>{let r=Hk(t);if(r!==void 0&&Gk(r,e)!==r)throw new TypeError(`Expected ${e}-bit integer, got ${t}`);return r},Gk=(t,e)=>{switch(e){case 32:
return Int32Array.of(t)[0];case 16:return Int16Array.of(t)[0];case 8:return Int8Array.of(t)[0]}},ME=t=>Eu(typeof t=="string"?ma(t):t),BE=t=>$E(typeof t=="string"?
ma(t):t),jk=/(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g,ma=t=>{let e=t.match(jk);if(e===null||e[0].length!==t.length)throw new TypeError(
"Expected real number, got implicit NaN");return parseFloat(t)},Cn=t=>LE(typeof t=="string"?ma(t):t),HE=t=>UE(typeof t=="string"?ma(t):t),zk=t=>String(new TypeError(
t).stack||t).split(`
`).slice(0,5).filter(e=>!e.includes("stackTraceWarning")).join(`
`),Vk={warn:console.warn}});function Fo(t){let e=t.getUTCFullYear(),r=t.getUTCMonth(),o=t.getUTCDay(),n=t.getUTCDate(),s=t.getUTCHours(),i=t.getUTCMinutes(),a=t.getUTCSeconds(),c=n<10?`0${n}`:
`${n}`,l=s<10?`0${s}`:`${s}`,d=i<10?`0${i}`:`${i}`,u=a<10?`0${a}`:`${a}`;return`${qk[o]}, ${c} ${Su[r]} ${e} ${l}:${d}:${u} GMT`}var qk,Su,Wk,Ru,Kk,_u,Jk,Yk,Xk,
Es,wu,ys,Qk,Zk,e$,xu,t$,r$,o$,Nr,n$,s$,vn,jE=p(()=>{GE();qk=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],Su=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep",
"Oct","Nov","Dec"];Wk=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/),Ru=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC-3339 date-times must be expressed as strings");let e=Wk.exec(t);if(!e)throw new TypeError("Invalid RFC-3339 date-time value");let[r,o,n,s,i,a,c,l]=e,d=Cn(vn(
o)),u=Nr(n,"month",1,12),m=Nr(s,"day",1,31);return ys(d,u,m,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})},Kk=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/),
_u=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-3339 date-times must be expressed as strings");let e=Kk.exec(t);if(!e)throw new TypeError(
"Invalid RFC-3339 date-time value");let[r,o,n,s,i,a,c,l,d]=e,u=Cn(vn(o)),m=Nr(n,"month",1,12),f=Nr(s,"day",1,31),g=ys(u,m,f,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l});
return d.toUpperCase()!="Z"&&g.setTime(g.getTime()-s$(d)),g},Jk=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
Yk=new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
Xk=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/),
Es=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-7231 date-times must be expressed as strings");let e=Jk.exec(t);if(e){let[r,o,n,s,i,a,c,
l]=e;return ys(Cn(vn(s)),xu(n),Nr(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})}if(e=Yk.exec(t),e){let[r,o,n,s,i,a,c,l]=e;return e$(ys(Qk(
s),xu(n),Nr(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l}))}if(e=Xk.exec(t),e){let[r,o,n,s,i,a,c,l]=e;return ys(Cn(vn(l)),xu(o),Nr(n.trimLeft(),
"day",1,31),{hours:s,minutes:i,seconds:a,fractionalMilliseconds:c})}throw new TypeError("Invalid RFC-7231 date-time value")},wu=t=>{if(t==null)return;let e;if(typeof t==
"number")e=t;else if(typeof t=="string")e=ME(t);else if(typeof t=="object"&&t.tag===1)e=t.value;else throw new TypeError("Epoch timestamps must be expressed as \
floating point numbers or their string representation");if(Number.isNaN(e)||e===1/0||e===-1/0)throw new TypeError("Epoch timestamps must be valid, non-Infinite,\
 non-NaN numerics");return new Date(Math.round(e*1e3))},ys=(t,e,r,o)=>{let n=e-1;return r$(t,n,r),new Date(Date.UTC(t,n,r,Nr(o.hours,"hour",0,23),Nr(o.minutes,"\
minute",0,59),Nr(o.seconds,"seconds",0,60),n$(o.fractionalMilliseconds)))},Qk=t=>{let e=new Date().getUTCFullYear(),r=Math.floor(e/100)*100+Cn(vn(t));return r<e?
r+100:r},Zk=50*365*24*60*60*1e3,e$=t=>t.getTime()-new Date().getTime()>Zk?new Date(Date.UTC(t.getUTCFullYear()-100,t.getUTCMonth(),t.getUTCDate(),t.getUTCHours(),
t.getUTCMinutes(),t.getUTCSeconds(),t.getUTCMilliseconds())):t,xu=t=>{let e=Su.indexOf(t);if(e<0)throw new TypeError(`Invalid month: ${t}`);return e+1},t$=[31,28,
31,30,31,30,31,31,30,31,30,31],r$=(t,e,r)=>{let o=t$[e];if(e===1&&o$(t)&&(o=29),r>o)throw new TypeError(`Invalid day for ${Su[e]} in ${t}: ${r}`)},o$=t=>t%4===0&&
(t%100!==0||t%400===0),Nr=(t,e,r,o)=>{let n=HE(vn(t));if(n<r||n>o)throw new TypeError(`${e} must be between ${r} and ${o}, inclusive`);return n},n$=t=>t==null?0:
BE("0."+t)*1e3,s$=t=>{let e=t[0],r=1;if(e=="+")r=1;else if(e=="-")r=-1;else throw new TypeError(`Offset direction, ${e}, must be "+" or "-"`);let o=Number(t.substring(
1,3)),n=Number(t.substring(4,6));return r*(o*60+n)*60*1e3},vn=t=>{let e=0;for(;e<t.length-1&&t.charAt(e)==="0";)e++;return e===0?t:t.slice(e)}});var Xe,zE=p(()=>{Xe=function(e){return Object.assign(new String(e),{deserializeJSON(){return JSON.parse(String(e))},toString(){return String(e)},toJSON(){return String(
e)}})};Xe.from=t=>t&&typeof t=="object"&&(t instanceof Xe||"deserializeJSON"in t)?t:typeof t=="string"||Object.getPrototypeOf(t)===String.prototype?Xe(String(t)):
Xe(JSON.stringify(t));Xe.fromObject=Xe.from});function Iu(t){return(t.includes(",")||t.includes('"'))&&(t=`"${t.replace(/\\/g,"\\\\").replace(/"/g,'\\"')}"`),t}var VE=p(()=>{});function Gr(t,e,r){let o=Number(t);if(o<e||o>r)throw new Error(`Value ${o} out of range [${e}, ${r}]`)}var Tu,Cu,vu,qE,WE,i$,a$,c$,p$,l$,d$,Au,bu,Pu,KE=p(()=>{Tu=
"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?",Cu="(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",vu="(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?",qE="(\
\\d?\\d)",WE="(\\d{4})",i$=new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/),a$=/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/,
c$=new RegExp(`^${Tu}, ${qE} ${Cu} ${WE} ${vu} GMT$`),p$=new RegExp(`^${Tu}, ${qE}-${Cu}-(\\d\\d) ${vu} GMT$`),l$=new RegExp(`^${Tu} ${Cu} ( [1-9]|\\d\\d) ${vu}\
 ${WE}$`),d$=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"],Au=t=>{if(t==null)return;let e=NaN;if(typeof t=="number")e=t;else if(typeof t==
"string"){if(!/^-?\d*\.?\d+$/.test(t))throw new TypeError("parseEpochTimestamp - numeric string invalid.");e=Number.parseFloat(t)}else typeof t=="object"&&t.tag===
1&&(e=t.value);if(isNaN(e)||Math.abs(e)===1/0)throw new TypeError("Epoch timestamps must be valid finite numbers.");return new Date(Math.round(e*1e3))},bu=t=>{if(t==
null)return;if(typeof t!="string")throw new TypeError("RFC3339 timestamps must be strings");let e=i$.exec(t);if(!e)throw new TypeError(`Invalid RFC3339 timestam\
p format ${t}`);let[,r,o,n,s,i,a,,c,l]=e;Gr(o,1,12),Gr(n,1,31),Gr(s,0,23),Gr(i,0,59),Gr(a,0,60);let d=new Date(Date.UTC(Number(r),Number(o)-1,Number(n),Number(s),
Number(i),Number(a),Number(c)?Math.round(parseFloat(`0.${c}`)*1e3):0));if(d.setUTCFullYear(Number(r)),l.toUpperCase()!="Z"){let[,u,m,f]=/([+-])(\d\d):(\d\d)/.exec(
l)||[void 0,"+",0,0],g=u==="-"?1:-1;d.setTime(d.getTime()+g*(Number(m)*60*60*1e3+Number(f)*60*1e3))}return d},Pu=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC7231 timestamps must be strings.");if(a$.test(t))return new Date(t);let e,r,o,n,s,i,a,c;if((c=c$.exec(t))?[,e,r,o,n,s,i,a]=c:(c=p$.exec(t))?([,e,r,o,n,s,i,a]=
c,o=(Number(o)+1900).toString()):(c=l$.exec(t))&&([,r,e,n,s,i,a,o]=c),o&&i){let l=Date.UTC(Number(o),d$.indexOf(r),Number(e),Number(n),Number(s),Number(i),a?Math.
round(parseFloat(`0.${a}`)*1e3):0);Gr(e,1,31),Gr(n,0,23),Gr(s,0,59),Gr(i,0,60);let d=new Date(l);return d.setUTCFullYear(Number(o)),d}throw new TypeError(`Inval\
id RFC7231 date-time value ${t}.`)}});function Ou(t,e,r){if(r<=0||!Number.isInteger(r))throw new Error("Invalid number of delimiters ("+r+") for splitEvery.");let o=t.split(e);if(r===1)return o;let n=[],
s="";for(let i=0;i<o.length;i++)s===""?s=o[i]:s+=e+o[i],(i+1)%r===0&&(n.push(s),s="");return s!==""&&n.push(s),n}var JE=p(()=>{});var xs,YE=p(()=>{xs=t=>{let e=t.length,r=[],o=!1,n=!1,s=0;for(let i=0;i<e;++i){let a=t[i];switch(a){case'"':n||(o=!o);break;case",":o||(r.push(t.slice(s,i)),s=i+
1);break;default:}n=a==="\\"&&!n}return r.push(t.slice(s)),r.map(i=>{i=i.trim();let a=i.length;return a<2?i:i[0]==='"'&&i[a-1]==='"'?(i=i.slice(1,a-1),i.replace(
/\\(["\\])/g,"$1")):i.replace(/\\"/g,'"')})}});var XE,Re,QE=p(()=>{XE=/^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/,Re=class t{string;type;constructor(e,r){if(this.string=e,this.type=r,!XE.test(e))throw new Error(
`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${e}"`)}toString(){return this.string}static[Symbol.hasInstance](e){
if(!e||typeof e!="object")return!1;let r=e;return t.prototype.isPrototypeOf(e)||r.type==="bigDecimal"&&XE.test(r.string)}}});function Du(t){if(t.length%2!==0)throw new Error("Hex encoded strings must have an even number length");let e=new Uint8Array(t.length/2);for(let r=0;r<t.length;r+=
2){let o=t.slice(r,r+2).toLowerCase();if(o in Nu)e[r/2]=Nu[o];else throw new Error(`Cannot decode unrecognized sequence ${o} as hexadecimal`)}return e}function Qe(t){
let e="";for(let r=0;r<t.byteLength;r++)e+=ZE[t[r]];return e}var ZE,Nu,ku=p(()=>{ZE={},Nu={};for(let t=0;t<256;t++){let e=t.toString(16).toLowerCase();e.length===
1&&(e=`0${e}`),ZE[t]=e,Nu[e]=t}});var An,Ct,ex=p(()=>{An=require("node:fs"),Ct=t=>{if(!t)return 0;if(typeof t=="string")return Buffer.byteLength(t);if(typeof t.byteLength=="number")return t.byteLength;
if(typeof t.size=="number")return t.size;if(typeof t.start=="number"&&typeof t.end=="number")return t.end+1-t.start;if(t instanceof An.ReadStream){if(t.path!=null)
return(0,An.lstatSync)(t.path).size;if(typeof t.fd=="number")return(0,An.fstatSync)(t.fd).size}throw new Error(`Body Length computation failed for ${t}`)}});var vt,tx=p(()=>{da();vt=t=>t instanceof Uint8Array?t:typeof t=="string"?se(t):ArrayBuffer.isView(t)?new Uint8Array(t.buffer,t.byteOffset,t.byteLength/Uint8Array.
BYTES_PER_ELEMENT):new Uint8Array(t)});function fa(t,e){if(e===void 0){e=0;for(let n of t)e+=n.byteLength}let r=new Uint8Array(e),o=0;for(let n of t)r.set(n,o),o+=n.byteLength;return r}var $u=p(()=>{});var Ge,Ss=p(()=>{Ge=class t extends Error{name="ProviderError";tryNextLink;constructor(e,r=!0){let o,n=!0;typeof r=="boolean"?(o=void 0,n=r):r!=null&&typeof r==
"object"&&(o=r.logger,n=r.tryNextLink??!0),super(e),this.tryNextLink=n,Object.setPrototypeOf(this,t.prototype),o?.debug?.(`@smithy/property-provider ${n?"->":"(\
!)"} ${e}`)}static from(e,r=!0){return Object.assign(new this(e.message,r),e)}}});var R,ga=p(()=>{Ss();R=class t extends Ge{name="CredentialsProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var At,rx=p(()=>{Ss();At=class t extends Ge{name="TokenProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var Mo,Lu=p(()=>{Ss();Mo=(...t)=>async()=>{if(t.length===0)throw new Ge("No providers in chain");let e;for(let r of t)try{return await r()}catch(o){if(e=o,o?.tryNextLink)
continue;throw o}throw e}});var ox,nx=p(()=>{ox=t=>()=>Promise.resolve(t)});var ha,Uu=p(()=>{ha=(t,e,r)=>{let o,n,s,i=!1,a=async()=>{n||(n=t());try{o=await n,s=!0,i=!1}finally{n=void 0}return o};return e===void 0?async c=>((!s||c?.forceRefresh)&&
(o=await a()),o):async c=>((!s||c?.forceRefresh)&&(o=await a()),i?o:r&&!r(o)?(i=!0,o):(e(o)&&await a(),o))}});var bt,ya=p(()=>{bt=(t,e,r)=>{if(e in t){if(t[e]==="true")return!0;if(t[e]==="false")return!1;throw new Error(`Cannot load ${r} "${e}". Expected "true" or "fals\
e", got ${t[e]}.`)}}});var Ze,Ea=p(()=>{(function(t){t.ENV="env",t.CONFIG="shared config entry"})(Ze||(Ze={}))});var sx,ix,Fu,u$,oo,Rs=p(()=>{sx=require("node:os"),ix=require("node:path"),Fu={},u$=()=>process&&process.geteuid?`${process.geteuid()}`:"DEFAULT",oo=()=>{let{HOME:t,
USERPROFILE:e,HOMEPATH:r,HOMEDRIVE:o=`C:${ix.sep}`}=process.env;if(t)return t;if(e)return e;if(r)return`${o}${r}`;let n=u$();return Fu[n]||(Fu[n]=(0,sx.homedir)()),
Fu[n]}});var xa,ax,et,Mu=p(()=>{xa="AWS_PROFILE",ax="default",et=t=>t.profile||process.env[xa]||ax});var cx,px,_s,Bu=p(()=>{cx=require("node:crypto"),px=require("node:path");Rs();_s=t=>{let r=(0,cx.createHash)("sha1").update(t).digest("hex");return(0,px.join)(oo(),
".aws","sso","cache",`${r}.json`)}});var lx,ws,Is,Hu=p(()=>{lx=require("node:fs/promises");Bu();ws={},Is=async t=>{if(ws[t])return ws[t];let e=_s(t),r=await(0,lx.readFile)(e,"utf8");return JSON.parse(
r)}});var dx,ux=p(()=>{Pr();dx=t=>Object.entries(t).filter(([e])=>{let r=e.indexOf(".");return r===-1?!1:Object.values(br).includes(e.substring(0,r))}).reduce((e,[r,o])=>{
let n=r.indexOf("."),s=r.substring(0,n)===br.PROFILE?r.substring(n+1):r;return e[s]=o,e},{...t.default&&{default:t.default}})});var mx,m$,Sa,Gu=p(()=>{mx=require("node:path");Rs();m$="AWS_CONFIG_FILE",Sa=()=>process.env[m$]||(0,mx.join)(oo(),".aws","config")});var fx,f$,gx,hx=p(()=>{fx=require("node:path");Rs();f$="AWS_SHARED_CREDENTIALS_FILE",gx=()=>process.env[f$]||(0,fx.join)(oo(),".aws","credentials")});var g$,h$,Ts,ju=p(()=>{Pr();g$=/^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/,h$=["__proto__","profile __proto__"],Ts=t=>{let e={},r,o;for(let n of t.split(/\r?\n/)){let s=n.
split(/(^|\s)[;#]/)[0].trim();if(s[0]==="["&&s[s.length-1]==="]"){r=void 0,o=void 0;let a=s.substring(1,s.length-1),c=g$.exec(a);if(c){let[,l,,d]=c;Object.values(
br).includes(l)&&(r=[l,d].join("."))}else r=a;if(h$.includes(a))throw new Error(`Found invalid profile name "${a}"`)}else if(r){let a=s.indexOf("=");if(![0,-1].
includes(a)){let[c,l]=[s.substring(0,a).trim(),s.substring(a+1).trim()];if(l==="")o=c;else{o&&n.trimStart()===n&&(o=void 0),e[r]=e[r]||{};let d=o?[o,c].join("."):
c;e[r][d]=l}}}}return e}});var yx,zu,Cs,vs,Ra=p(()=>{yx=require("node:fs/promises"),zu={},Cs={},vs=(t,e)=>Cs[t]!==void 0?Cs[t]:((!zu[t]||e?.ignoreCache)&&(zu[t]=(0,yx.readFile)(t,"utf8")),
zu[t])});var Vu,Ex,_a,qu=p(()=>{Vu=require("node:path");ux();Gu();hx();Rs();ju();Ra();Ex=()=>({}),_a=async(t={})=>{let{filepath:e=gx(),configFilepath:r=Sa()}=t,o=oo(),n="\
~/",s=e;e.startsWith(n)&&(s=(0,Vu.join)(o,e.slice(2)));let i=r;r.startsWith(n)&&(i=(0,Vu.join)(o,r.slice(2)));let a=await Promise.all([vs(i,{ignoreCache:t.ignoreCache}).
then(Ts).then(dx).catch(Ex),vs(s,{ignoreCache:t.ignoreCache}).then(Ts).catch(Ex)]);return{configFile:a[0],credentialsFile:a[1]}}});var xx,Sx=p(()=>{Pr();xx=t=>Object.entries(t).filter(([e])=>e.startsWith(br.SSO_SESSION+".")).reduce((e,[r,o])=>({...e,[r.substring(r.indexOf(".")+1)]:o}),{})});var y$,As,Rx=p(()=>{Gu();Sx();ju();Ra();y$=()=>({}),As=async(t={})=>vs(t.configFilepath??Sa()).then(Ts).then(xx).catch(y$)});var _x,wx=p(()=>{_x=(...t)=>{let e={};for(let r of t)for(let[o,n]of Object.entries(r))e[o]!==void 0?Object.assign(e[o],n):e[o]=n;return e}});var Sr,Ix=p(()=>{qu();wx();Sr=async t=>{let e=await _a(t);return _x(e.configFile,e.credentialsFile)}});var bs,Tx=p(()=>{Hu();Ra();bs={getFileRecord(){return Cs},interceptFile(t,e){Cs[t]=Promise.resolve(e)},getTokenRecord(){return ws},interceptToken(t,e){ws[t]=e}}});function wa(t){try{let e=new Set(Array.from(t.match(/([A-Z_]){3,}/g)??[]));return e.delete("CONFIG"),e.delete("CONFIG_PREFIX_SEPARATOR"),e.delete("ENV"),[...e].
join(", ")}catch{return t}}var Wu=p(()=>{});var Cx,vx=p(()=>{ga();Wu();Cx=(t,e)=>async()=>{try{let r=t(process.env,e);if(r===void 0)throw new Error;return r}catch(r){throw new R(r.message||`Not found in E\
NV: ${wa(t.toString())}`,{logger:e?.logger})}}});var Ax,bx=p(()=>{ga();Mu();qu();Wu();Ax=(t,{preferredFile:e="config",...r}={})=>async()=>{let o=et(r),{configFile:n,credentialsFile:s}=await _a(r),i=s[o]||{},a=n[o]||
{},c=e==="config"?{...i,...a}:{...a,...i};try{let d=t(c,e==="config"?n:s);if(d===void 0)throw new Error;return d}catch(l){throw new R(l.message||`Not found in c\
onfig files w/ profile [${o}]: ${wa(t.toString())}`,{logger:r.logger})}}});var E$,Px,Ox=p(()=>{nx();E$=t=>typeof t=="function",Px=t=>E$(t)?async()=>await t():ox(t)});var _,Ku=p(()=>{Lu();Uu();vx();bx();Ox();_=({environmentVariableSelector:t,configFileSelector:e,default:r},o={})=>{let{signingName:n,logger:s}=o;return ha(Mo(Cx(
t,{signingName:n,logger:s}),Ax(e,o),Px(r)))}});var Nx,Dx,Pt,kx=p(()=>{ya();Ea();Nx="AWS_USE_DUALSTACK_ENDPOINT",Dx="use_dualstack_endpoint",Pt={environmentVariableSelector:t=>bt(t,Nx,Ze.ENV),configFileSelector:t=>bt(
t,Dx,Ze.CONFIG),default:!1}});var $x,Lx,Ot,Ux=p(()=>{ya();Ea();$x="AWS_USE_FIPS_ENDPOINT",Lx="use_fips_endpoint",Ot={environmentVariableSelector:t=>bt(t,$x,Ze.ENV),configFileSelector:t=>bt(t,
Lx,Ze.CONFIG),default:!1}});var Ho,no,bn,Fx,Mx,Ju=p(()=>{Ho=(t,e)=>{let r=[];if(t&&r.push(t),e)for(let o of e)r.push(o);return r},no=(t,e)=>`${t||"anonymous"}${e&&e.length>0?` (a.k.a. ${e.
join(",")})`:""}`,bn=()=>{let t=[],e=[],r=!1,o=new Set,n=u=>u.sort((m,f)=>Fx[f.step]-Fx[m.step]||Mx[f.priority||"normal"]-Mx[m.priority||"normal"]),s=u=>{let m=!1,
f=g=>{let h=Ho(g.name,g.aliases);if(h.includes(u)){m=!0;for(let y of h)o.delete(y);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},i=u=>{let m=!1,f=g=>{
if(g.middleware===u){m=!0;for(let h of Ho(g.name,g.aliases))o.delete(h);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},a=u=>(t.forEach(m=>{u.add(m.middleware,
{...m})}),e.forEach(m=>{u.addRelativeTo(m.middleware,{...m})}),u.identifyOnResolve?.(d.identifyOnResolve()),u),c=u=>{let m=[];return u.before.forEach(f=>{f.before.
length===0&&f.after.length===0?m.push(f):m.push(...c(f))}),m.push(u),u.after.reverse().forEach(f=>{f.before.length===0&&f.after.length===0?m.push(f):m.push(...c(
f))}),m},l=(u=!1)=>{let m=[],f=[],g={};return t.forEach(y=>{let S={...y,before:[],after:[]};for(let x of Ho(S.name,S.aliases))g[x]=S;m.push(S)}),e.forEach(y=>{let S={
...y,before:[],after:[]};for(let x of Ho(S.name,S.aliases))g[x]=S;f.push(S)}),f.forEach(y=>{if(y.toMiddleware){let S=g[y.toMiddleware];if(S===void 0){if(u)return;
throw new Error(`${y.toMiddleware} is not found when adding ${no(y.name,y.aliases)} middleware ${y.relation} ${y.toMiddleware}`)}y.relation==="after"&&S.after.push(
y),y.relation==="before"&&S.before.push(y)}}),n(m).map(c).reduce((y,S)=>(y.push(...S),y),[])},d={add:(u,m={})=>{let{name:f,override:g,aliases:h}=m,y={step:"init\
ialize",priority:"normal",middleware:u,...m},S=Ho(f,h);if(S.length>0){if(S.some(x=>o.has(x))){if(!g)throw new Error(`Duplicate middleware name '${no(f,h)}'`);for(let x of S){
let v=t.findIndex(L=>L.name===x||L.aliases?.some(Y=>Y===x));if(v===-1)continue;let b=t[v];if(b.step!==y.step||y.priority!==b.priority)throw new Error(`"${no(b.name,
b.aliases)}" middleware with ${b.priority} priority in ${b.step} step cannot be overridden by "${no(f,h)}" middleware with ${y.priority} priority in ${y.step} s\
tep.`);t.splice(v,1)}}for(let x of S)o.add(x)}t.push(y)},addRelativeTo:(u,m)=>{let{name:f,override:g,aliases:h}=m,y={middleware:u,...m},S=Ho(f,h);if(S.length>0){
if(S.some(x=>o.has(x))){if(!g)throw new Error(`Duplicate middleware name '${no(f,h)}'`);for(let x of S){let v=e.findIndex(L=>L.name===x||L.aliases?.some(Y=>Y===
x));if(v===-1)continue;let b=e[v];if(b.toMiddleware!==y.toMiddleware||b.relation!==y.relation)throw new Error(`"${no(b.name,b.aliases)}" middleware ${b.relation}\
 "${b.toMiddleware}" middleware cannot be overridden by "${no(f,h)}" middleware ${y.relation} "${y.toMiddleware}" middleware.`);e.splice(v,1)}}for(let x of S)o.
add(x)}e.push(y)},clone:()=>a(bn()),use:u=>{u.applyToStack(d)},remove:u=>typeof u=="string"?s(u):i(u),removeByTag:u=>{let m=!1,f=g=>{let{tags:h,name:y,aliases:S}=g;
if(h&&h.includes(u)){let x=Ho(y,S);for(let v of x)o.delete(v);return m=!0,!1}return!0};return t=t.filter(f),e=e.filter(f),m},concat:u=>{let m=a(bn());return m.use(
u),m.identifyOnResolve(r||m.identifyOnResolve()||(u.identifyOnResolve?.()??!1)),m},applyToStack:a,identify:()=>l(!0).map(u=>{let m=u.step??u.relation+" "+u.toMiddleware;
return no(u.name,u.aliases)+" - "+m}),identifyOnResolve(u){return typeof u=="boolean"&&(r=u),r},resolve:(u,m)=>{for(let f of l().map(g=>g.middleware).reverse())
u=f(u,m);return r&&console.log(d.identify()),u}};return d},Fx={initialize:5,serialize:4,build:3,finalizeRequest:2,deserialize:1},Mx={high:3,normal:2,low:1}});var Te,Bx=p(()=>{Ju();Te=class{config;middlewareStack=bn();initConfig;handlers;constructor(e){this.config=e;let{protocol:r,protocolSettings:o}=e;o&&typeof r=="f\
unction"&&(e.protocol=new r(o))}send(e,r,o){let n=typeof r!="function"?r:void 0,s=typeof r=="function"?r:o,i=n===void 0&&this.config.cacheMiddleware===!0,a;if(i){
this.handlers||(this.handlers=new WeakMap);let c=this.handlers;c.has(e.constructor)?a=c.get(e.constructor):(a=e.resolveMiddleware(this.middlewareStack,this.config,
n),c.set(e.constructor,a))}else delete this.handlers,a=e.resolveMiddleware(this.middlewareStack,this.config,n);if(s)a(e).then(c=>s(null,c.output),c=>s(c)).catch(
()=>{});else return a(e).then(c=>c.output)}destroy(){this.config?.requestHandler?.destroy?.(),delete this.handlers}}});var jr,Yu=p(()=>{jr=t=>typeof t=="function"?t():t});var Ia,Xu=p(()=>{Ia=(t,e,r,o,n)=>({name:e,namespace:t,traits:r,input:o,output:n})});var Hx,Qu,Gx=p(()=>{J();Xu();Hx=t=>(e,r)=>async o=>{let{response:n}=await e(o),{operationSchema:s}=ee(r),[,i,a,c,l,d]=s??[];try{let u=await t.protocol.deserializeResponse(
Ia(i,a,c,l,d),{...t,...r},n);return{response:n,output:u}}catch(u){if(Object.defineProperty(u,"$response",{value:n,enumerable:!1,writable:!1,configurable:!1}),!("\
$metadata"in u)){let m="Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";try{u.message+=`
  `+m}catch{!r.logger||r.logger?.constructor?.name==="NoOpLogger"?console.warn(m):r.logger?.warn?.(m)}typeof u.$responseBodyText<"u"&&u.$response&&(u.$response.
body=u.$responseBodyText);try{if(Ye.isInstance(n)){let{headers:f={},statusCode:g}=n,h=Object.entries(f);u.$metadata={httpStatusCode:g,requestId:Qu(/^x-[\w-]+-request-?id$/,
h),extendedRequestId:Qu(/^x-[\w-]+-id-2$/,h),cfId:Qu(/^x-[\w-]+-cf-id$/,h)}}}catch{}}throw u}},Qu=(t,e)=>(e.find(([r])=>r.match(t))||[void 0,void 0])[1]});var jx,zx=p(()=>{J();Xu();jx=t=>(e,r)=>async o=>{let{operationSchema:n}=ee(r),[,s,i,a,c,l]=n??[],d=r.endpointV2?async()=>ro(r.endpointV2):t.endpoint,u=await t.protocol.
serializeRequest(Ia(s,i,a,c,l),o.input,{...t,...r,endpoint:d});return e({...o,request:u})}});function Nt(t){return{applyToStack:e=>{e.add(jx(t),qx),e.add(Hx(t),Vx),t.protocol.setSerdeContext(t)}}}var Vx,qx,Wx=p(()=>{Gx();zx();Vx={name:"deserializerMiddl\
eware",step:"deserialize",tags:["DESERIALIZER"],override:!0},qx={name:"serializerMiddleware",step:"serialize",tags:["SERIALIZER"],override:!0}});function so(t){if(typeof t=="object")return t;if(t=t|0,Ta[t])return Ta[t];let e={},r=0;for(let o of["httpLabel","idempotent","idempotencyToken","sensitive","htt\
pPayload","httpResponseCode","httpQueryParams"])(t>>r++&1)===1&&(e[o]=1);return Ta[t]=e}var Ta,Zu=p(()=>{Ta=[]});function Os(t,e){if(t instanceof U)return Object.assign(t,{memberName:e,_isMemberSchema:!0});let r=U;return new r(t,e)}var Ps,Ca,va,U,em,Kx,Jx=p(()=>{Yu();Zu();
Ps={it:Symbol.for("@smithy/nor-struct-it"),ns:Symbol.for("@smithy/ns")},Ca=[],va={},U=class t{ref;memberName;static symbol=Symbol.for("@smithy/nor");symbol=t.symbol;name;schema;_isMemberSchema;traits;memberTraits;normalizedTraits;constructor(e,r){
this.ref=e,this.memberName=r;let o=[],n=e,s=e;for(this._isMemberSchema=!1;em(n);)o.push(n[1]),n=n[0],s=jr(n),this._isMemberSchema=!0;if(o.length>0){this.memberTraits=
{};for(let i=o.length-1;i>=0;--i){let a=o[i];Object.assign(this.memberTraits,so(a))}}else this.memberTraits=0;if(s instanceof t){let i=this.memberTraits;Object.
assign(this,s),this.memberTraits=Object.assign({},i,s.getMemberTraits(),this.getMemberTraits()),this.normalizedTraits=void 0,this.memberName=r??s.memberName;return}
if(this.schema=jr(s),Kx(this.schema)?(this.name=`${this.schema[1]}#${this.schema[2]}`,this.traits=this.schema[3]):(this.name=this.memberName??String(s),this.traits=
0),this._isMemberSchema&&!r)throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`)}static[Symbol.hasInstance](e){
let r=this.prototype.isPrototypeOf(e);return!r&&typeof e=="object"&&e!==null?e.symbol===this.symbol:r}static of(e){let r=typeof e=="function"||typeof e=="object"&&
e!==null;if(typeof e=="number"){if(Ca[e])return Ca[e]}else if(typeof e=="string"){if(va[e])return va[e]}else if(r&&e[Ps.ns])return e[Ps.ns];let o=jr(e);if(o instanceof
t)return o;if(em(o)){let[s,i]=o;if(s instanceof t)return Object.assign(s.getMergedTraits(),so(i)),s;throw new Error(`@smithy/core/schema - may not init unwrappe\
d member schema=${JSON.stringify(e,null,2)}.`)}let n=new t(o);return r?e[Ps.ns]=n:typeof o=="string"?va[o]=n:typeof o=="number"?Ca[o]=n:n}getSchema(){let e=this.
schema;return Array.isArray(e)&&e[0]===0?e[4]:e}getName(e=!1){let{name:r}=this;return!e&&r&&r.includes("#")?r.split("#")[1]:r||void 0}getMemberName(){return this.
memberName}isMemberSchema(){return this._isMemberSchema}isListSchema(){let e=this.getSchema();return typeof e=="number"?e>=64&&e<128:e[0]===1}isMapSchema(){let e=this.
getSchema();return typeof e=="number"?e>=128&&e<=255:e[0]===2}isStructSchema(){let e=this.getSchema();if(typeof e!="object")return!1;let r=e[0];return r===3||r===
-3||r===4}isUnionSchema(){let e=this.getSchema();return typeof e!="object"?!1:e[0]===4}isBlobSchema(){let e=this.getSchema();return e===21||e===42}isTimestampSchema(){
let e=this.getSchema();return typeof e=="number"&&e>=4&&e<=7}isUnitSchema(){return this.getSchema()==="unit"}isDocumentSchema(){return this.getSchema()===15}isStringSchema(){
return this.getSchema()===0}isBooleanSchema(){return this.getSchema()===2}isNumericSchema(){return this.getSchema()===1}isBigIntegerSchema(){return this.getSchema()===
17}isBigDecimalSchema(){return this.getSchema()===19}isStreaming(){let{streaming:e}=this.getMergedTraits();return!!e||this.getSchema()===42}isIdempotencyToken(){
return!!this.getMergedTraits().idempotencyToken}getMergedTraits(){return this.normalizedTraits??(this.normalizedTraits={...this.getOwnTraits(),...this.getMemberTraits()})}getMemberTraits(){
return so(this.memberTraits)}getOwnTraits(){return so(this.traits)}getKeySchema(){let[e,r]=[this.isDocumentSchema(),this.isMapSchema()];if(!e&&!r)throw new Error(
`@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`);let o=this.getSchema(),n=e?15:o[4]??0;return Os([n,0],"key")}getValueSchema(){let e=this.
getSchema(),[r,o,n]=[this.isDocumentSchema(),this.isMapSchema(),this.isListSchema()],s=typeof e=="number"?63&e:e&&typeof e=="object"&&(o||n)?e[3+e[0]]:r?15:void 0;
if(s!=null)return Os([s,0],o?"value":"member");throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`)}getMemberSchema(e){let r=this.getSchema();
if(this.isStructSchema()&&r[4].includes(e)){let o=r[4].indexOf(e),n=r[5][o];return Os(em(n)?n:[n,0],e)}if(this.isDocumentSchema())return Os([15,0],e);throw new Error(
`@smithy/core/schema - ${this.getName(!0)} has no member=${e}.`)}getMemberSchemas(){let e={};try{for(let[r,o]of this.structIterator())e[r]=o}catch{}return e}getEventStreamMember(){
if(this.isStructSchema()){for(let[e,r]of this.structIterator())if(r.isStreaming()&&r.isStructSchema())return e}return""}*structIterator(){if(this.isUnitSchema())
return;if(!this.isStructSchema())throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");let e=this.getSchema(),r=e[4].length,o=e[Ps.it];if(o&&
r===o.length){yield*o;return}o=Array(r);for(let n=0;n<r;++n){let s=e[4][n],i=Os([e[5][n],0],s);yield o[n]=[s,i]}e[Ps.it]=o}};em=t=>Array.isArray(t)&&t.length===
2,Kx=t=>Array.isArray(t)&&t.length>=5});var Q,Yx=p(()=>{Q=class t{namespace;schemas;exceptions;static registries=new Map;constructor(e,r=new Map,o=new Map){this.namespace=e,this.schemas=r,this.exceptions=
o,t.registries.has(e)||t.registries.set(e,this)}static for(e){return t.registries.get(e)??new t(e)}copyFrom(e){let{schemas:r,exceptions:o}=this;for(let[n,s]of e.
schemas)r.has(n)||r.set(n,s);for(let[n,s]of e.exceptions)o.has(n)||o.set(n,s)}register(e,r){let o=this.normalizeShapeId(e);for(let n of[this,t.for(o.split("#")[0])])
n.schemas.has(o)||n.schemas.set(o,r)}getSchema(e){let r=this.normalizeShapeId(e);if(!this.schemas.has(r)){if(!e.includes("#")){let o="#"+e,n=[];for(let[s,i]of this.
schemas.entries())s.endsWith(o)&&n.push(i);if(n.length===1)return n[0]}throw new Error(`@smithy/core/schema - schema not found for ${r}`)}return this.schemas.get(
r)}registerError(e,r){let o=e,n=o[1],s=n+"#"+o[2];r.hasOwnProperty?.("shapeId")||(r.shapeId=s);for(let i of[this,t.for(n)])!i.schemas.has(s)&&!i.exceptions.has(
o)&&(i.schemas.set(s,o),i.exceptions.set(o,r))}getErrorCtor(e){let r=e;return this.exceptions.has(r)?this.exceptions.get(r):t.for(r[1]).exceptions.get(r)}getBaseException(){
for(let e of this.exceptions.keys())if(Array.isArray(e)){let[,r,o]=e,n=r+"#"+o;if(n.startsWith("smithy.ts.sdk.synthetic.")&&n.endsWith("ServiceException"))return e}}find(e){
for(let r of this.schemas.values())if(e(r))return r}clear(){this.schemas.clear(),this.exceptions.clear()}normalizeShapeId(e){return e.includes("#")?e:this.namespace+
"#"+e}}});var X=p(()=>{Yu();Wx();Jx();Zu();Yx()});function Pn(t,e){if(e==null)return e;let r=U.of(t);if(r.getMergedTraits().sensitive)return tm;if(r.isListSchema()){let o=r.getValueSchema();if(o.getMergedTraits().
sensitive)return tm;if(Array.isArray(e))return e.map(n=>Pn(o,n))}else if(r.isMapSchema()){let o=r.getValueSchema();if(r.getKeySchema().getMergedTraits().sensitive||
o.getMergedTraits().sensitive)return tm;if(typeof e=="object")return Object.fromEntries(Object.entries(e).map(([n,s])=>[n,Pn(o,s)]))}else if(r.isStructSchema()&&
typeof e=="object"){let o=e,n={};for(let[s,i]of r.structIterator())o[s]!=null&&(n[s]=Pn(i,o[s]));return n}return e}var tm,Xx=p(()=>{X();tm="***SensitiveInformat\
ion***"});var Qx,ar,rm,om=p(()=>{Pr();Ju();Xx();X();Qx=Symbol.for("@smithy/op-event-stream"),ar=class{middlewareStack=bn();schema;static classBuilder(){return new rm}resolveMiddlewareWithContext(e,r,o,{
middlewareFn:n,clientName:s,commandName:i,inputFilterSensitiveLog:a,outputFilterSensitiveLog:c,smithyContext:l,additionalContext:d,CommandCtor:u}){for(let L of n.
bind(this)(u,e,r,o))this.middlewareStack.use(L);let m=e.concat(this.middlewareStack),{logger:f}=r,g=d[xr],h={logger:f,clientName:s,commandName:i,inputFilterSensitiveLog:a,
outputFilterSensitiveLog:c,...d,[xr]:{...g,commandInstance:this,...l,...o?.metricsRecorder===void 0?{}:{metricsRecorder:o.metricsRecorder},...o?.abortSignal===void 0?
{}:{abortSignal:o.abortSignal}}},{requestHandler:y}=r,S=o??{};S.metricsRecorder&&(S={...S},delete S.metricsRecorder);let x,v=this.schema,b=v?.[Qx];if(b!==void 0)
x=b;else if(v&&Array.isArray(v)&&v[0]===9){let[,,,,L,Y]=v;x=v[Qx]=!!(U.of(L).getEventStreamMember()||U.of(Y).getEventStreamMember())}return x&&(S={isEventStream:x,
...S}),m.resolve(L=>y.handle(L.request,S),h)}},rm=class{_init=()=>{};_ep={};_middlewareFn=()=>[];_commandName="";_clientName="";_additionalContext={};_smithyContext={};_inputFilterSensitiveLog=void 0;_outputFilterSensitiveLog=void 0;_serializer=null;_deserializer=null;_operationSchema;init(e){
this._init=e}ep(e){return this._ep=e,this}m(e){return this._middlewareFn=e,this}s(e,r,o={}){return this._smithyContext={service:e,operation:r,...o},this}c(e={}){
return this._additionalContext=e,this}n(e,r){return this._clientName=e,this._commandName=r,this}f(e=o=>o,r=o=>o){return this._inputFilterSensitiveLog=e,this._outputFilterSensitiveLog=
r,this}ser(e){return this._serializer=e,this}de(e){return this._deserializer=e,this}sc(e){return this._operationSchema=e,this._smithyContext.operationSchema=e,this}build(){
let e=this,r;return r=class extends ar{input;static getEndpointParameterInstructions(){return e._ep}constructor(...[o]){super(),this.input=o??{},e._init(this),this.
schema=e._operationSchema}resolveMiddleware(o,n,s){let i=e._operationSchema,a=i?.[4]??i?.input,c=i?.[5]??i?.output;return this.resolveMiddlewareWithContext(o,n,
s,{CommandCtor:r,middlewareFn:e._middlewareFn,clientName:e._clientName,commandName:e._commandName,inputFilterSensitiveLog:e._inputFilterSensitiveLog??(i?Pn.bind(
null,a):l=>l),outputFilterSensitiveLog:e._outputFilterSensitiveLog??(i?Pn.bind(null,c):l=>l),smithyContext:e._smithyContext,additionalContext:e._additionalContext})}serialize=e.
_serializer;deserialize=e._deserializer}}}});var zr,Zx=p(()=>{zr=(t,e,r)=>{for(let[s,i]of Object.entries(t)){let a=async function(l,d,u){let m=new i(l);if(typeof d=="function")this.send(m,d);else if(typeof u==
"function"){if(typeof d!="object")throw new Error(`Expected http options but got ${typeof d}`);this.send(m,d||{},u)}else return this.send(m,d)},c=(s[0].toLowerCase()+
s.slice(1)).replace(/Command$/,"");e.prototype[c]=a}let{paginators:o={},waiters:n={}}=r??{};for(let[s,i]of Object.entries(o))e.prototype[s]===void 0&&(e.prototype[s]=
function(a={},c,...l){return i({...c,client:this},a,...l)});for(let[s,i]of Object.entries(n))e.prototype[s]===void 0&&(e.prototype[s]=async function(a={},c,...l){
let d=c;return typeof c=="number"&&(d={maxWaitTime:c}),i({...d,client:this},a,...l)})}});var tt,Aa,eS=p(()=>{tt=class t extends Error{static shapeId="smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";$fault;$response;$retryable;$metadata;constructor(e){
super(e.message),Object.setPrototypeOf(this,Object.getPrototypeOf(this).constructor.prototype),this.name=e.name,this.$fault=e.$fault,this.$metadata=e.$metadata}static isInstance(e){
if(!e)return!1;let r=e;return t.prototype.isPrototypeOf(r)||!!r.$fault&&!!r.$metadata&&(r.$fault==="client"||r.$fault==="server")}static[Symbol.hasInstance](e){
if(!e)return!1;let r=e;if(this===t)return t.isInstance(e);if(t.isInstance(e)){if(this.prototype.isPrototypeOf(e))return!0;let o=Object.prototype.hasOwnProperty.
call(this,"shapeId")?this.shapeId:void 0,n=!1;if(o){let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor,c=a!==t&&Object.prototype.
hasOwnProperty.call(a,"shapeId")?a?.shapeId:void 0;if(c&&(n=!0,c===o))return!0;i=Object.getPrototypeOf(i)}}if(o&&n)return!1;let s=this.name;if(s&&s.length>=6){if(r.
name===s)return!0;let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor?.name;if(a&&a!=="Error"&&a===s)return!0;i=Object.getPrototypeOf(
i)}}}return!1}},Aa=(t,e={})=>{Object.entries(e).filter(([,o])=>o!==void 0).forEach(([o,n])=>{(t[o]==null||t[o]==="")&&(t[o]=n)});let r=t.message||t.Message||"Un\
knownError";return t.message=r,delete t.Message,t}});var Dt,tS=p(()=>{Dt=t=>{switch(t){case"standard":return{retryMode:"standard",connectionTimeout:3100};case"in-region":return{retryMode:"standard",connectionTimeout:1100};case"\
cross-region":return{retryMode:"standard",connectionTimeout:3100};case"mobile":return{retryMode:"standard",connectionTimeout:3e4};default:return{}}}});var rS,kt,oS=p(()=>{rS=!1,kt=t=>{t&&!rS&&parseInt(t.substring(1,t.indexOf(".")))<16&&(rS=!0)}});var nS,sS,iS,aS=p(()=>{J();Pr();nS=Object.values(Hr),sS=t=>{let e=[];for(let r in Hr){if(!P(Hr,r))continue;let o=Hr[r];t[o]!==void 0&&e.push({algorithmId:()=>o,
checksumConstructor:()=>t[o]})}for(let[r,o]of Object.entries(t.checksumAlgorithms??{}))e.push({algorithmId:()=>r,checksumConstructor:()=>o});return{addChecksumAlgorithm(r){
t.checksumAlgorithms=t.checksumAlgorithms??{};let o=r.algorithmId(),n=r.checksumConstructor();nS.includes(o)?t.checksumAlgorithms[o.toUpperCase()]=n:t.checksumAlgorithms[o]=
n,e.push(r)},checksumAlgorithms(){return e}}},iS=t=>{let e={};return t.checksumAlgorithms().forEach(r=>{let o=r.algorithmId();nS.includes(o)&&(e[o]=r.checksumConstructor())}),
e}});var cS,pS,lS=p(()=>{cS=t=>({setRetryStrategy(e){t.retryStrategy=e},retryStrategy(){return t.retryStrategy}}),pS=t=>{let e={};return e.retryStrategy=t.retryStrategy(),
e}});var $t,Lt,dS=p(()=>{aS();lS();$t=t=>Object.assign(sS(t),cS(t)),Lt=t=>Object.assign(iS(t),pS(t))});var ba,uS=p(()=>{J();ba=t=>{let e="#text";for(let r in t)P(t,r)&&(t[r][e]!==void 0?t[r]=t[r][e]:typeof t[r]=="object"&&t[r]!==null&&(t[r]=ba(t[r])));return t}});var _e,mS=p(()=>{_e=class{trace(){}debug(){}info(){}warn(){}error(){}}});function Ut(t,e,r,o){return function(s,i,a,c,l={}){let d=Object.assign({},t,s);return ar.classBuilder().ep(d).m(function(u,m,f,g){let h=i.call(this,u,m,f,g);return h.
unshift(o(f,u.getEndpointParameterInstructions())),h}).s(e,a,l).n(r,a.charAt(0).toUpperCase()+a.slice(1)+"Command").sc(c).build()}}var fS=p(()=>{om()});var T=p(()=>{J();J();Bx();om();Zx();tS();oS();eS();dS();uS();mS();fS()});var gS,nm,sm,hS,yS,ES,xS,SS,RS,im=p(()=>{gS="AWS_EXECUTION_ENV",nm="AWS_REGION",sm="AWS_DEFAULT_REGION",hS="AWS_EC2_METADATA_DISABLED",yS=["in-region","cross-re\
gion","mobile","standard","legacy"],ES="/latest/meta-data/placement/region",xS="/latest/api/token",SS="x-aws-ec2-metadata-token",RS="x-aws-ec2-metadata-token-tt\
l-seconds"});var am=Zd((z5,_S)=>{_S.exports=require("node:http")});var wS,x$,CS,Pa,IS,S$,TS,cm=p(()=>{im();wS=1e3,x$=6e4,CS=0,Pa=async()=>{if(!process.env[hS]&&!(Date.now()<CS))try{let t=S$(),e=(await TS({...t,path:xS,method:"P\
UT",headers:{[RS]:"21600"}})).toString();return(await TS({...t,path:ES,method:"GET",headers:{[SS]:e}})).toString().trim()||IS()}catch{return IS()}},IS=()=>{CS=Date.
now()+x$},S$=()=>{let t=process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;if(t){let e=new URL(t);return{hostname:e.hostname.replace(/^\[(.+)]$/,"$1"),port:e.port?Number(
e.port):void 0}}return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE==="IPv6"?{hostname:"fd00:ec2::254"}:{hostname:"169.254.169.254"}},TS=async t=>{let{request:e}=await Promise.resolve().then(()=>Ur(am()));
return new Promise((r,o)=>{let n=e({hostname:t.hostname,port:t.port,path:t.path,method:t.method,headers:t.headers,timeout:wS,signal:AbortSignal.timeout(wS)});n.
on("error",s=>{o(s),n.destroy()}),n.on("timeout",()=>{o(new Error("TimeoutError from instance metadata service")),n.destroy()}),n.on("response",s=>{let{statusCode:i=400}=s;
if(i<200||i>=300){o(Object.assign(new Error("Error response received from instance metadata service"),{statusCode:i})),n.destroy();return}let a=[];s.on("data",c=>a.
push(c)),s.on("end",()=>{r(Buffer.concat(a)),n.destroy()})}),n.end()})}});var vS,AS,be,rt,pm=p(()=>{cm();vS="AWS_REGION",AS="region",be={environmentVariableSelector:t=>t[vS],configFileSelector:t=>t[AS],default:async()=>{let t=await Pa();
if(t)return t;throw new Error("Region is missing")}},rt={preferredFile:"credentials"}});var bS,PS,OS=p(()=>{J();bS=new Set,PS=(t,e=Or)=>{if(!bS.has(t)&&!e(t))if(t==="*")console.warn('@smithy/config-resolver WARN - Please use the caller region inste\
ad of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.');else throw new Error(`Region not accepted: region="${t}\
" is not a valid hostname component.`);else bS.add(t)}});var Oa,lm=p(()=>{Oa=t=>typeof t=="string"&&(t.startsWith("fips-")||t.endsWith("-fips"))});var NS,DS=p(()=>{lm();NS=t=>Oa(t)?["fips-aws-global","aws-fips"].includes(t)?"us-east-1":t.replace(/fips-(dkr-|prod-)?|-fips/,""):t});var Ft,kS=p(()=>{OS();DS();lm();Ft=t=>{let{region:e,useFipsEndpoint:r}=t;if(!e)throw new Error("Region is missing");return Object.assign(t,{region:async()=>{let o=typeof e==
"function"?await e():e,n=NS(o);return PS(n),n},useFipsEndpoint:async()=>{let o=typeof e=="string"?e:await e();return Oa(o)?!0:typeof r!="function"?Promise.resolve(
!!r):r()}})}});var R$,_$,$S,LS=p(()=>{R$="AWS_DEFAULTS_MODE",_$="defaults_mode",$S={environmentVariableSelector:t=>t[R$],configFileSelector:t=>t[_$],default:"legacy"}});var Mt,w$,I$,US=p(()=>{pm();cm();Ku();Uu();im();LS();Mt=({region:t=_(be),defaultsMode:e=_($S)}={})=>ha(async()=>{let r=typeof e=="function"?await e():e;switch(r?.
toLowerCase()){case"auto":return w$(t);case"in-region":case"cross-region":case"mobile":case"standard":case"legacy":return Promise.resolve(r?.toLocaleLowerCase());case void 0:
return Promise.resolve("legacy");default:throw new Error(`Invalid parameter for "defaultsMode", expect ${yS.join(", ")}, got ${r}`)}}),w$=async t=>{if(t){let e=typeof t==
"function"?await t():t,r=await I$();return r?e===r?"in-region":"cross-region":"standard"}return"standard"},I$=async()=>process.env[gS]&&(process.env[nm]||process.
env[sm])?process.env[nm]??process.env[sm]:Pa()});var $=p(()=>{Ss();ga();rx();Lu();ya();Ea();Mu();Bu();Hu();Rx();Ix();Tx();Ku();kx();Ux();pm();kS();US()});var FS,MS,BS,HS=p(()=>{FS="AWS_ENDPOINT_URL",MS="endpoint_url",BS=t=>({environmentVariableSelector:e=>{let r=t.split(" ").map(s=>s.toUpperCase()),o=e[[FS,...r].
join("_")];if(o)return o;let n=e[FS];if(n)return n},configFileSelector:(e,r)=>{if(e.services){let n=["services",e.services].join(".");if(!r||!r[n])throw new Error(
`The services section "${e.services}" specified in the profile is not present in the shared configuration file.`);let s=r[n],i=t.split(" ").map(c=>c.toLowerCase()),
a=s[[i.join("_"),MS].join(".")];if(a)return a}let o=e[MS];if(o)return o},default:void 0})});var T$,C$,GS,jS=p(()=>{$();T$="AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",C$="ignore_configured_endpoint_urls",GS={environmentVariableSelector:t=>bt(t,T$,Ze.ENV),configFileSelector:t=>bt(
t,C$,Ze.CONFIG),default:!1}});var Ns,zS=p(()=>{$();HS();jS();Ns=async t=>{if(!await _(GS)())return _(BS(t??""))()}});var dm,v$,A$,b$,VS,qS,WS=p(()=>{dm=async t=>{let e=t?.Bucket||"";if(typeof t.Bucket=="string"&&(t.Bucket=e.replace(/#/g,encodeURIComponent("#")).replace(/\?/g,encodeURIComponent(
"?"))),qS(e)){if(t.ForcePathStyle===!0)throw new Error("Path-style addressing cannot be used with ARN buckets")}else(!VS(e)||e.indexOf(".")!==-1&&!String(t.Endpoint).
startsWith("http:")||e.toLowerCase()!==e||e.length<3)&&(t.ForcePathStyle=!0);return t.DisableMultiRegionAccessPoints&&(t.disableMultiRegionAccessPoints=!0,t.DisableMRAP=
!0),t},v$=/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,A$=/(\d+\.){3}\d+/,b$=/\.\./,VS=t=>v$.test(t)&&!A$.test(t)&&!b$.test(t),qS=t=>{let[e,r,o,,,n]=t.split(":"),s=e===
"arn"&&t.split(":").length>=6,i=!!(s&&r&&o&&n);if(s&&!i)throw new Error(`Invalid ARN: ${t} was an invalid ARN.`);return i}});var KS=p(()=>{WS()});var JS,YS=p(()=>{JS=(t,e,r,o=!1)=>{let n=async()=>{let s;return o?s=r.clientContextParams?.[t]??r[t]??r[e]:s=r[t]??r[e],typeof s=="function"?s():s};return t==="\
credentialScope"||e==="CredentialScope"?async()=>{let s=typeof r.credentials=="function"?await r.credentials():r.credentials;return s?.credentialScope??s?.CredentialScope}:
t==="accountId"||e==="AccountId"?async()=>{let s=typeof r.credentials=="function"?await r.credentials():r.credentials;return s?.accountId??s?.AccountId}:t==="en\
dpoint"||e==="endpoint"?async()=>{if(r.isCustomEndpoint===!1)return;let s=await n();if(s&&typeof s=="object"){if("url"in s)return s.url.href;if("hostname"in s){
let{protocol:i,hostname:a,port:c,path:l}=s;return`${i}//${a}${c?":"+c:""}${l}`}}return s}:n}});var um=p(()=>{J()});function Na(t){return async(e,r,o,n)=>{if(!o.isCustomEndpoint&&!o.ignoreConfiguredEndpointUrls){let a;o.serviceConfiguredEndpoint?a=await o.serviceConfiguredEndpoint():
a=await t(o.serviceId),a&&(o.endpoint=()=>Promise.resolve(ro(a)),o.isCustomEndpoint=!0,n?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from confi\
g: ${a}`))}let s=await Da(e,r,o);if(typeof o.endpointProvider!="function")throw new Error("config.endpointProvider is not set.");let i=o.endpointProvider(s,n);if(o.
isCustomEndpoint&&o.endpoint){let a=await o.endpoint();if(a?.headers){i.headers??={};for(let[c,l]of Object.entries(a.headers))i.headers[c]=Array.isArray(l)?l:[l]}}
return i}}var Da,ka=p(()=>{KS();YS();um();Da=async(t,e,r)=>{let o={},n=e?.getEndpointParameterInstructions?.()||{};for(let[s,i]of Object.entries(n))switch(i.type){case"\
staticContextParams":o[s]=i.value;break;case"contextParams":o[s]=t[i.name];break;case"clientContextParams":case"builtInParams":o[s]=await JS(i.name,s,r,i.type!==
"builtInParams")();break;case"operationContextParams":o[s]=i.get(t);break;default:throw new Error("Unrecognized endpoint parameter instruction: "+JSON.stringify(
i))}return Object.keys(n).length===0&&Object.assign(o,r),String(r.serviceId).toLowerCase()==="s3"&&await dm(o),o}});function P$(t,e,r){t.__smithy_context?t.__smithy_context.features||(t.__smithy_context.features={}):t.__smithy_context={features:{}},t.__smithy_context.features[e]=
r}function $a(t){let e=Na(t);return({config:r,instructions:o})=>(n,s)=>async i=>{r.isCustomEndpoint&&P$(s,"ENDPOINT_OVERRIDE","N");let a=await e(i.input,{getEndpointParameterInstructions(){
return o}},{...r},s);s.endpointV2=a,s.authSchemes=a.properties?.authSchemes;let c=s.authSchemes?.[0];if(c){s.signing_region=c.signingRegion,s.signing_service=c.
signingName;let d=ee(s)?.selectedHttpAuthScheme?.httpAuthOption;d&&(d.signingProperties=Object.assign(d.signingProperties||{},{signing_region:c.signingRegion,signingRegion:c.
signingRegion,signing_service:c.signingName,signingName:c.signingName,signingRegionSet:c.signingRegionSet},c.properties))}return n({...i})}}var mm=p(()=>{J();ka()});function XS(t){let e=$a(t);return(r,o)=>({applyToStack:n=>{n.addRelativeTo(e({config:r,instructions:o}),N$)}})}var O$,N$,QS=p(()=>{mm();O$={name:"serializerMidd\
leware",step:"serialize",tags:["SERIALIZER"],override:!0},N$={step:"serialize",tags:["ENDPOINT_PARAMETERS","ENDPOINT_V2","ENDPOINT"],name:"endpointV2Middleware",
override:!0,relation:"before",toMiddleware:O$.name}});function ZS(t){return e=>{let r=e.tls??!0,{endpoint:o,useDualstackEndpoint:n,useFipsEndpoint:s}=e,i=o!=null?async()=>ro(await q(o)()):void 0,c=Object.assign(e,{
endpoint:i,tls:r,isCustomEndpoint:!!o,useDualstackEndpoint:q(n??!1),useFipsEndpoint:q(s??!1),ignoreConfiguredEndpointUrls:!!e.ignoreConfiguredEndpointUrls}),l;return c.
serviceConfiguredEndpoint=async()=>(e.serviceId&&!l&&(l=t(e.serviceId)),l),c}}var eR=p(()=>{J();um()});var ot,tR=p(()=>{ot=class t{nodes;root;conditions;results;constructor(e,r,o,n){this.nodes=e,this.root=r,this.conditions=o,this.results=n}static from(e,r,o,n){return new t(
e,r,o,n)}}});var nt,rR=p(()=>{nt=class{capacity;data=new Map;parameters=[];constructor({size:e,params:r}){this.capacity=e??50,r&&(this.parameters=r)}get(e,r){let o=this.hash(
e);if(o===!1)return r();if(!this.data.has(o)){if(this.data.size>this.capacity+10){let n=this.data.keys(),s=0;for(;;){let{value:i,done:a}=n.next();if(this.data.delete(
i),a||++s>10)break}}this.data.set(o,r())}return this.data.get(o)}size(){return this.data.size}hash(e){let r="",{parameters:o}=this;if(o.length===0)return!1;for(let n of o){
let s=e[n],i=s==null?"\0":String(s);if(i.includes("|;"))return!1;r+=i+"|;"}return r}}});var le,oR=p(()=>{le=class extends Error{constructor(e){super(e),this.name="EndpointError"}}});var Vr=p(()=>{oR()});var fm,nR=p(()=>{fm="endpoints"});function On(t){return typeof t!="object"||t==null?t:"ref"in t?`$${On(t.ref)}`:"fn"in t?`${t.fn}(${(t.argv||[]).map(On).join(", ")})`:JSON.stringify(t,null,2)}var sR=p(
()=>{});var iR=p(()=>{nR();sR()});var Pe,gm=p(()=>{Pe={}});var hm,aR=p(()=>{hm=(t,e)=>t===e});function ym(...t){for(let e of t)if(e!=null)return e}var cR=p(()=>{});var pR,lR=p(()=>{Vr();pR=t=>{let e=t.split("."),r=[];for(let o of e){let n=o.indexOf("[");if(n!==-1){if(o.indexOf("]")!==o.length-1)throw new le(`Path: '${t}' d\
oes not end with ']'`);let s=o.slice(n+1,-1);if(Number.isNaN(parseInt(s)))throw new le(`Invalid array index: '${s}' in path: '${t}'`);n!==0&&r.push(o.slice(0,n)),
r.push(s)}else r.push(o)}return r}});var Ds,dR=p(()=>{Vr();lR();Ds=(t,e)=>pR(e).reduce((r,o)=>{if(typeof r!="object")throw new le(`Index '${o}' in '${e}' not found in '${JSON.stringify(t)}'`);if(Array.
isArray(r)){let n=parseInt(o);return r[n<0?r.length+n:n]}return r[o]},t)});var Em,uR=p(()=>{Em=t=>t!=null});function xm(t,e,r){return t?e:r}var mR=p(()=>{});var Sm,fR=p(()=>{Sm=t=>!t});var D$,Nn,Rm=p(()=>{D$=new RegExp("^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$"),Nn=t=>D$.test(t)||t.startsWith(
"[")&&t.endsWith("]")});var _m,wm,gR=p(()=>{Pr();Rm();_m={[Uo.HTTP]:80,[Uo.HTTPS]:443},wm=t=>{let e=(()=>{try{if(t instanceof URL)return t;if(typeof t=="object"&&"hostname"in t){let{hostname:m,
port:f,protocol:g="",path:h="",query:y={}}=t,S=new URL(`${g}//${m}${f?`:${f}`:""}${h}`);return S.search=Object.entries(y).map(([x,v])=>`${x}=${v}`).join("&"),S}
return new URL(t)}catch{return null}})();if(!e)return console.error(`Unable to parse ${JSON.stringify(t)} as a whatwg URL.`),null;let r=e.href,{host:o,hostname:n,
pathname:s,protocol:i,search:a}=e;if(a)return null;let c=i.slice(0,-1);if(!Object.values(Uo).includes(c))return null;let l=Nn(n),d=r.includes(`${o}:${_m[c]}`)||
typeof t=="string"&&t.includes(`${o}:${_m[c]}`),u=`${o}${d?`:${_m[c]}`:""}`;return{scheme:c,authority:u,path:s,normalizedPath:s.endsWith("/")?s:`${s}/`,isIp:l}}});function Im(t,e,r){if(r===1)return[t];if(t==="")return[""];let o=t.split(e);return r===0?o:o.slice(0,r-1).concat(o.slice(1).join(e))}var hR=p(()=>{});var Tm,yR=p(()=>{Tm=(t,e)=>t===e});var Cm,ER=p(()=>{Cm=(t,e,r,o)=>t==null||e>=r||t.length<r||/[^\u0000-\u007f]/.test(t)?null:o?t.substring(t.length-r,t.length-e):t.substring(e,r)});var vm,xR=p(()=>{vm=t=>encodeURIComponent(t).replace(/[!*'()]/g,e=>`%${e.charCodeAt(0).toString(16).toUpperCase()}`)});var Am=p(()=>{aR();cR();dR();uR();J();mR();fR();gR();hR();yR();ER();xR()});var SR,RR=p(()=>{Am();SR={booleanEquals:hm,coalesce:ym,getAttr:Ds,isSet:Em,isValidHostLabel:Or,ite:xm,not:Sm,parseURL:wm,split:Im,stringEquals:Tm,substring:Cm,uriEncode:vm}});var La,bm=p(()=>{Am();La=(t,e)=>{let r=[],{referenceRecord:o,endpointParams:n}=e,s=0;for(;s<t.length;){let i=t.indexOf("{",s);if(i===-1){r.push(t.slice(s));break}
r.push(t.slice(s,i));let a=t.indexOf("}",i);if(a===-1){r.push(t.slice(i));break}t[i+1]==="{"&&t[a+1]==="}"&&(r.push(t.slice(i+1,a)),s=a+2);let c=t.substring(i+1,
a);if(c.includes("#")){let[l,d]=c.split("#");r.push(Ds(o[l]??n[l],d))}else r.push(o[c]??n[c]);s=a+1}return r.join("")}});var _R,wR=p(()=>{_R=({ref:t},e)=>e.referenceRecord[t]??e.endpointParams[t]});var Go,Ua,IR,ks=p(()=>{Vr();gm();RR();bm();wR();Go=(t,e,r)=>{if(typeof t=="string")return La(t,r);if(t.fn)return IR.callFunction(t,r);if(t.ref)return _R(t,r);throw new le(
`'${e}': ${String(t)} is not a string, function or reference.`)},Ua=({fn:t,argv:e},r)=>{let o=Array(e.length);for(let i=0;i<o.length;++i){let a=e[i];typeof a=="\
boolean"||typeof a=="number"?o[i]=a:o[i]=IR.evaluateExpression(a,"arg",r)}let n=t.indexOf(".");if(n!==-1){let a=Pe[t.slice(0,n)]?.[t.slice(n+1)];if(typeof a=="f\
unction")return a(...o)}let s=SR[t];if(typeof s=="function")return s(...o);throw new Error(`function ${t} not loaded in endpointFunctions.`)},IR={evaluateExpression:Go,
callFunction:Ua}});var TR=p(()=>{ks()});var CR,vR=p(()=>{iR();Vr();TR();CR=(t,e)=>{let{assign:r}=t;if(r&&r in e.referenceRecord)throw new le(`'${r}' is already defined in Reference Record.`);let o=Ua(
t,e);e.logger?.debug?.(`${fm} evaluateCondition: ${On(t)} = ${On(o)}`);let n=o===""?!0:!!o;return r!=null?{result:n,toAssign:{name:r,value:o}}:{result:n}}});var AR,bR=p(()=>{Vr();ks();AR=(t,e)=>Object.entries(t??{}).reduce((r,[o,n])=>(r[o]=n.map(s=>{let i=Go(s,"Header value entry",e);if(typeof i!="string")throw new le(
`Header '${o}' value '${i}' is not a string`);return i}),r),{})});var Pm,PR,OR,NR=p(()=>{Vr();bm();Pm=(t,e)=>Object.entries(t).reduce((r,[o,n])=>(r[o]=OR.getEndpointProperty(n,e),r),{}),PR=(t,e)=>{if(Array.isArray(t))return t.
map(r=>PR(r,e));switch(typeof t){case"string":return La(t,e);case"object":if(t===null)throw new le(`Unexpected endpoint property: ${t}`);return OR.getEndpointProperties(
t,e);case"boolean":return t;default:throw new le(`Unexpected endpoint property type: ${typeof t}`)}},OR={getEndpointProperty:PR,getEndpointProperties:Pm}});var DR,kR=p(()=>{Vr();ks();DR=(t,e)=>{let r=Go(t,"Endpoint URL",e);if(typeof r=="string")try{return new URL(r)}catch(o){throw console.error(`Failed to construct\
 URL with ${r}`,o),o}throw new le(`Endpoint URL must be a string, got ${typeof r}`)}});var Om,Bt,$R=p(()=>{Vr();vR();ks();bR();NR();kR();Om=1e8,Bt=(t,e)=>{let{nodes:r,root:o,results:n,conditions:s}=t,i=o,a={},c={referenceRecord:a,endpointParams:e.
endpointParams,logger:e.logger};for(;i!==1&&i!==-1&&i<Om;){let l=3*(Math.abs(i)-1),[d,u,m]=[r[l],r[l+1],r[l+2]],[f,g,h]=s[d],y=CR({fn:f,assign:h,argv:g},c);if(y.
toAssign){let{name:S,value:x}=y.toAssign;a[S]=x}i=i>=0===y.result?u:m}if(i>=Om){let l=n[i-Om];if(l[0]===-1){let[,f]=l;throw new le(Go(f,"Error",c))}let[d,u,m]=l;
return{url:DR(d,c),properties:Pm(u,c),headers:AR(m??{},c)}}throw new le("No matching endpoint.")}});var kJ,cr,$J,pr,W=p(()=>{zS();ka();mm();QS();eR();tR();rR();$R();Rm();J();gm();ka();kJ=Na(Ns),cr=ZS(Ns),$J=$a(Ns),pr=XS(Ns)});var $s,Fa,Ma=p(()=>{$s=t=>typeof ReadableStream=="function"&&(t?.constructor?.name===ReadableStream.name||t instanceof ReadableStream),Fa=t=>typeof Blob=="funct\
ion"&&(t?.constructor?.name===Blob.name||t instanceof Blob)});var LR,UR=p(()=>{LR=t=>new TextEncoder().encode(t)});var FR,qJ,MR,Ba,Nm,BR,HR=p(()=>{FR="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",qJ=Object.entries(FR).reduce((t,[e,r])=>(t[r]=Number(e),t),
{}),MR=FR.split(""),Ba=6,Nm=8,BR=63});function GR(t){let e;typeof t=="string"?e=LR(t):e=t;let r=typeof e=="object"&&typeof e.length=="number",o=typeof e=="object"&&typeof e.byteOffset=="number"&&typeof e.
byteLength=="number";if(!r&&!o)throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");let n="";for(let s=0;s<e.length;s+=
3){let i=0,a=0;for(let l=s,d=Math.min(s+3,e.length);l<d;l++)i|=e[l]<<(d-l-1)*Nm,a+=Nm;let c=Math.ceil(a/Ba);i<<=c*Ba-a;for(let l=1;l<=c;l++){let d=(c-l)*Ba;n+=MR[(i&
BR<<d)>>d]}n+="==".slice(0,4-c)}return n}var jR=p(()=>{UR();HR()});var zR,VR=p(()=>{zR=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@smi\
thy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return new TextDecoder("utf-8").decode(t)}});async function Dm(t){return t.arrayBuffer().then(e=>new Uint8Array(e))}async function km(t){let e=[],r=t.getReader(),o=0;for(;;){let{done:n,value:s}=await r.read();
if(s&&(e.push(s),o+=s.length),n)break}return fa(e,o)}var qR,$m=p(()=>{$u();Ma();qR=async t=>Fa(t)?Dm(t):km(t)});var WR,JR,KR,YR=p(()=>{jR();ku();VR();$m();Ma();WR="The stream has already been transformed.",JR=t=>{if(!KR(t)&&!$s(t)){let n=t?.__proto__?.constructor?.name||t;
throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${n}`)}let e=!1,r=async()=>{if(e)throw new Error(WR);return e=!0,await qR(
t)},o=n=>{if(typeof n.stream!="function")throw new Error(`Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.
If you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body`);return n.stream()};return Object.
assign(t,{transformToByteArray:r,transformToString:async n=>{let s=await r();if(n==="base64")return GR(s);if(n==="hex")return Qe(s);if(n===void 0||n==="utf8"||n===
"utf-8")return zR(s);if(typeof TextDecoder=="function")return new TextDecoder(n).decode(s);throw new Error("TextDecoder is not available, please make sure polyf\
ill is provided.")},transformToWebStream:()=>{if(e)throw new Error(WR);if(e=!0,KR(t))return o(t);if($s(t))return t;throw new Error(`Cannot transform payload to \
web stream, got ${t}`)}})},KR=t=>typeof Blob=="function"&&t instanceof Blob});var XR,je,Lm,Um=p(()=>{XR=require("node:stream");$u();$m();Ma();je=t=>Fa(t)?Dm(t):$s(t)?km(t):new Promise((e,r)=>{let o=new Lm,n=t;n.pipe(o),n.on("error",s=>{o.
end(),r(s)}),o.on("error",r),o.on("finish",function(){let s=fa(this.bufferedBytes);e(s)})}),Lm=class extends XR.Writable{bufferedBytes=[];_write(e,r,o){this.bufferedBytes.
push(e),o()}}});var Ha,QR,Ls,ZR=p(()=>{Ha=require("node:stream");Tn();YR();Um();QR="The stream has already been transformed.",Ls=t=>{if(!(t instanceof Ha.Readable))try{return JR(
t)}catch{let n=t?.__proto__?.constructor?.name||t;throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${n}`)}let e=!1,r=async()=>{
if(e)throw new Error(QR);return e=!0,await je(t)};return Object.assign(t,{transformToByteArray:r,transformToString:async o=>{let n=await r();return o===void 0||
Buffer.isEncoding(o)?In(n.buffer,n.byteOffset,n.byteLength).toString(o):new TextDecoder(o).decode(n)},transformToWebStream:()=>{if(e)throw new Error(QR);if(t.readableFlowing!==
null)throw new Error("The stream has been consumed by other callbacks.");if(typeof Ha.Readable.toWeb!="function")throw new Error("Readable.toWeb() is not suppor\
ted. Please ensure a polyfill is available.");return e=!0,Ha.Readable.toWeb(t)}})}});function qr(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var e_=p(()=>{});var t_,Dn,k$,Fm,kn,k=p(()=>{t_=require("node:crypto");fE();gE();yE();da();EE();SE();jE();zE();VE();KE();JE();YE();QE();ku();ex();tx();fu();ZR();Um();J();e_();Dn=
class extends hE(Z,se,me,Se){},k$=t_.getRandomValues,Fm=xE(k$),kn=Fm});var ze,$n=p(()=>{k();ze=async(t=new Uint8Array,e)=>{if(t instanceof Uint8Array)return Dn.mutate(t);if(!t)return Dn.mutate(new Uint8Array);let r=e.streamCollector(
t);return Dn.mutate(await r)}});function jo(t){return/^[\w.~-]+$/.test(t)?t:encodeURIComponent(t).replace(/[!'()*]/g,function(e){return"%"+e.charCodeAt(0).toString(16).toUpperCase()})}var Mm=p(
()=>{});var o_,Oe,$$,L$,U$,F$,Ga,r_,zo=p(()=>{X();k();o_=Symbol.for("@smithy/schema-x"),Oe=class t extends U{static identity=Symbol.for("@smithy/HttpBindingNormalizedSc\
hema");identity=t.identity;bindings;constructor(e){super(e)}static of(e){let r=U.of(e);if(r.identity===t.identity)return r;let o=r.isMemberSchema()?r:r.getSchema(),
n=typeof o=="object"&&o!==null?o:r;return n[o_]??=new t(r)}getHttpBindingLocation(e){return e.httpPayload?36:e.httpLabel?33:e.httpHeader?38:typeof e.httpPrefixHeaders==
"string"?39:e.httpQuery?34:e.httpQueryParams?35:e.httpResponseCode?37:32}getHttpBindingValue(e,r,o=!1){let n=this.getSchema(),s=typeof n=="number"?n&255:this.isListSchema()?
64:255,i=e&7,a=r.mediaType?r.mediaType==="application/json"||r.mediaType.endsWith("+json")?2:1:0,c=r.streaming||s===42?this.isStructSchema()?2:1:0,l=s>=4&&s<=7?
i>=6?2:i>0&&i<4?1:0:0,d=s|a<<8|(r.idempotencyToken?1:0)<<10|c<<11|(r.sparse?1:0)<<13|l<<14|(r.hostLabel?1:0)<<17|(e===36&&typeof n!="object"?1:0)<<18,u=s&192,m=i&
2&&(u===64||!o&&i&1)?this.getHttpBindingCollectionValue(e,r):void 0,f=(m?.[1]??0)&255;return d|=(i>=6&&(f===4||f===6)?1:0)<<16,[this,d,m]}getHttpBindingCollectionValue(e,r=this.
getMergedTraits()){let o=t.of(this.getValueSchema());return o.getHttpBindingValue(e,{...o.getMergedTraits(),...r},!0)}getHttpBindings(){let e=this.getSchema();return typeof e!=
"object"||e===null?F$:this.bindings??=$$(this)}},$$=t=>{let e=[],r=[],o=[],n=[],s=[],i={},a={},c=[],l={headers:a,prefixHeaders:c},d={request:{memberBindings:s,byName:i},
response:{bodyMemberNames:e,bindings:l}},{request:u,response:m}=d;for(let[f,g]of t.structIterator()){let h=Oe.of(g),y=h.getMergedTraits(),S=h.getHttpBindingLocation(
y),x=y.httpHeader?.toLowerCase()??y.httpPrefixHeaders?.toLowerCase()??y.httpQuery,v=h.getHttpBindingValue(S,y),b=[f,v,S,x];f==="__proto__"&&qr(i),i[f]=b,v[1]>>10&
1&&(u.hasIdempotency=!0),s.push(b);let L=S&7;if(L===0&&(o.push(f),n.push(g)),(L&4)===0)e.push(f),r.push(g);else if((L&6)===4)if(L&1)l.statusCode=b;else{l.payload=
b;let Y=v[1]&255;u.contentTypeInstruction=y.mediaType??(Y===0?"text/plain":Y===21||Y===42?"application/octet-stream":null)}else L&1?(u.hasPrefixHeaders=!0,c.push(
b)):(x==="__proto__"&&qr(a),a[x]=b)}return u.contentTypeInstruction===void 0&&o.length&&(u.contentTypeInstruction=null),u.syntheticBodySchema=r_(t,o,n),m.syntheticBodySchema=
r_(t,e,r),d},L$=t=>{let e=[],r=0;for(let o of t.matchAll(/\{([^{}+]+)(\+)?\}/g))o.index>r&&e.push([t.slice(r,o.index),0]),e.push([o[1],o[2]?2:1]),r=o.index+o[0].
length;return e.length&&r<t.length&&e.push([t.slice(r),0]),e.length?e:void 0},U$=t=>{let{http:e,endpoint:r}=so(t.traits??{}),[o,n]=e?.[1].split("?")??[];return[
e?.[0],o,n?[...new URLSearchParams(n)]:[],o?L$(o):void 0,r?.[0]]},F$={request:{memberBindings:[],byName:{}},response:{bodyMemberNames:[],bindings:{headers:{},prefixHeaders:[]}}},
Ga=t=>t[o_]??=U$(t),r_=(t,e,r)=>{if(!e.length)return;let o=t.getSchema(),n=[3,o[1],o[2],t.getMergedTraits(),e,r],s=o[6],i=s&&e.reduce((a,c)=>a+(o[4].indexOf(c)<
s?1:0),0);return i&&(n[6]=i),n}});var Dr,Us=p(()=>{Dr=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var n_=Zd(()=>{throw new Error("@smithy/core/event-streams is not bundled: no ECR or STS operation streams events")});var Ln,Bm=p(()=>{J();X();Us();zo();Ln=class extends Dr{options;compositeErrorRegistry;constructor(e){super(),this.options=e,this.compositeErrorRegistry=new Q(e.
defaultNamespace);for(let r of e.errorTypeRegistries??[])this.compositeErrorRegistry.copyFrom(r)}getRequestType(){return G}getResponseType(){return Ye}setSerdeContext(e){
this.serdeContext=e,this.serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e),this.getPayloadCodec()&&this.getPayloadCodec().setSerdeContext(e)}updateServiceEndpoint(e,r){
if("url"in r){e.protocol=r.url.protocol,e.hostname=r.url.hostname,e.port=r.url.port?Number(r.url.port):void 0,e.path=r.url.pathname,e.fragment=r.url.hash||void 0,
e.username=r.url.username||void 0,e.password=r.url.password||void 0,e.query||(e.query={});for(let[o,n]of r.url.searchParams.entries())e.query[o]=n;if(r.headers)
for(let o in r.headers)P(r.headers,o)&&(e.headers[o]=r.headers[o].join(", "));return e}else{if(e.protocol=r.protocol,e.hostname=r.hostname,e.port=r.port?Number(
r.port):void 0,e.path=r.path,e.query={...r.query},r.headers)for(let o in r.headers)P(r.headers,o)&&(e.headers[o]=r.headers[o]);return e}}setHostPrefix(e,r,o,n=Ga(
r)){if(this.serdeContext?.disableHostPrefix)return;let s=n[4];if(typeof s!="string")return;let i=s;for(let[a,[,c]]of Oe.of(r.input).getHttpBindings().request.memberBindings){
if(!(c>>17&1))continue;let l=o[a];if(typeof l!="string")throw new Error(`@smithy/core/schema - ${a} in input must be a string as hostLabel.`);i=i.replace(`{${a}\
}`,l)}if(e.hostname=i+e.hostname,!hu(e.hostname))throw new Error(`[${e.hostname}] is not a valid hostname.`)}deserializeMetadata(e){return{httpStatusCode:e.statusCode,
requestId:e.headers["x-amzn-requestid"]??e.headers["x-amzn-request-id"]??e.headers["x-amz-request-id"],extendedRequestId:e.headers["x-amz-id-2"],cfId:e.headers["\
x-amz-cf-id"]}}resolveError(e,r,o){let n=[-3,"","Error",0,[],[],0],s;for(let i of o)for(let a of r)try{a==="*"?s=i.getSchema(e):s=i.getSchema(a+"#"+e);let c=i.getErrorCtor(
s);if(c)return[s,c,"modeled"];{let l=i.getBaseException();if(l){let d=i.getErrorCtor(l);if(d)return[s,d,"synthetic"]}}}catch{}for(let i of o){let a=i.getBaseException();
if(a){let c=i.getErrorCtor(a);if(c)return[a,c,"synthetic"]}}return[n,Error,"native"]}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o}){
return(await this.loadEventStreamCapability()).serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o})}async deserializeEventStream({response:e,responseSchema:r,
initialResponseContainer:o}){return(await this.loadEventStreamCapability()).deserializeEventStream({response:e,responseSchema:r,initialResponseContainer:o})}async loadEventStreamCapability(){
let{EventStreamSerde:e,eventStreamSerdeProvider:r}=await Promise.resolve().then(()=>Ur(n_())),o=this.resolveEventStreamMarshaller(r);return new e({marshaller:o,
serializer:this.serializer,deserializer:this.deserializer,serdeContext:this.serdeContext,defaultContentType:this.getDefaultContentType(),compositeErrorRegistry:this.
compositeErrorRegistry})}getDefaultContentType(){throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missi\
ng.`)}async deserializeHttpMessage(e,r,o,n,s){return[]}getEventStreamMarshaller(){let e=this.serdeContext;if(!e.eventStreamMarshaller)throw new Error("@smithy/c\
ore - HttpProtocol: eventStreamMarshaller missing in serdeContext.");return e.eventStreamMarshaller}resolveEventStreamMarshaller(e){let r=this.serdeContext;return r.
eventStreamMarshaller?r.eventStreamMarshaller:e(this.serdeContext)}}});var Fs,s_=p(()=>{J();k();zo();Bm();$n();Mm();Fs=class extends Ln{async serializeRequest(e,r,o){let n=r&&typeof r=="object"?r:{},s={},i={},a=await o.endpoint(),c=Oe.
of(e?.input),l=c.getHttpBindings().request,d=Ga(e),u=new G({query:s,headers:i});if(a){this.updateServiceEndpoint(u,a),this.setHostPrefix(u,e,n,d);let[f,g,h]=d;if(f){
u.method=f,u.path=u.path==="/"?g:u.path+g;for(let[y,S]of h)s[y]=S}}u.query=s;let m=this.serializeHttpBindings(n,u,l,d);return m&&(u.body=await this.serializeEventStream(
{eventStream:m,requestSchema:c})),u}serializeHttpBindings(e,r,o,n){let s=this.serializer,i=typeof s.writeCodec=="function"?s:void 0,a=r.query,c=r.headers,l=o.syntheticBodySchema,
d=!1,u,m,f,g=Object.getOwnPropertyNames(e),h=Object.getPrototypeOf(e),y=(h===Object.prototype||h===null)&&!o.hasIdempotency&&!o.hasPrefixHeaders&&g.length*2<o.memberBindings.
length,S=y?g.length:o.memberBindings.length;for(let b=0;b<S;++b){let L=y?P(o.byName,g[b])?o.byName[g[b]]:void 0:o.memberBindings[b];if(!L)continue;let Y=L[1],ve=L[0],
nr=Y[0],vr=Y[1],ce=Y[2],Ae=L[2],pt=L[3],Ke=e[ve];if(!(Ke==null&&!(vr>>10&1)))if(Ae===36){let z=vr>>11&3;z?z===2?m=Ke||void 0:u=Ke:(i?i.writeCodec(nr,Ke):s.write(
nr,Ke),u=s.flush())}else if(Ae===33||Ae===38){let z=this.serializeHttpValue(Y,Ke,Ae,i);Ae===33?(f??=Object.create(null))[ve]=z:c[pt]=z}else if(Ae===39)for(let z in Ke){
if(!P(Ke,z))continue;let fr=pt+z;c[fr.toLowerCase()]=this.serializeHttpValue(ce,Ke[z],38,i,i?ce[0]:[ce[0],{httpHeader:fr}])}else(Ae&62)===34?this.serializeQuery(
Y,Ke,pt,a,i):d=!0}let x=n[1],v=n[3];return x&&v&&r.path.endsWith(x)&&(r.path=r.path.slice(0,-x.length)+this.serializePath(v,f,o)),d&&l&&(i?i.writeCodec(l,e):s.write(
l,e),u=s.flush()),r.body=u,m}serializeQuery(e,r,o,n,s){let[i,a,c]=e,l=s?void 0:i.getMergedTraits();if(o===void 0){for(let d in r)!P(r,d)||d in n||(s||Object.assign(
c[0].getMergedTraits(),{...l,httpQuery:d,httpQueryParams:void 0}),this.serializeQuery(c,r[d],d,n,s));return}if((a&192)===64){let d=[];for(let u of r){let m=this.
serializeHttpValue(c,u,34,s,s?c[0]:[c[0],l]);(a>>13&1||m!==void 0)&&d.push(m)}n[o]=d}else n[o]=this.serializeHttpValue(e,r,34,s,s?i:[i,l])}serializeHttpValue(e,r,o,n,s=e[0]){
let i=e[1],a=i&255;return n&&!(i&1792)&&(a<=2||a===17||a===19)?String(r):(n?n.writeHttpBinding(e,r,o):this.serializer.write(s,r),this.serializer.flush())}serializePath(e,r,o){
let n="";for(let[s,i]of e){if(i===0){n+=s;continue}let a=r?.[s];if(a===void 0){if(P(o.byName,s)&&o.byName[s][2]===33)throw new Error(`No value provided for inpu\
t HTTP label: ${s}.`);n+=`{${s}${i===2?"+":""}}`}else n+=i===2?a.split("/").map(jo).join("/"):jo(a)}return n}async deserializeResponse(e,r,o){let n=this.deserializer,
s=typeof n.readCodec=="function"?n:void 0,i=Oe.of(e.output),a=i.getHttpBindings().response,c={};if(o.statusCode>=300){let d=await ze(o.body,r);throw d.byteLength>
0&&Object.assign(c,await n.read(15,d)),await this.handleError(e,r,o,c,this.deserializeMetadata(o)),new Error("@smithy/core/protocols - HTTP Protocol error handl\
er failed to throw.")}let l=await this.deserializeHttpMessage(i,r,o,c);if(l.length){let d=await ze(o.body,r);if(d.byteLength>0){let u=await(s?s.readCodec(a.syntheticBodySchema,
d):n.read(a.syntheticBodySchema,d));for(let m of l)u[m]!=null&&(c[m]=u[m])}}else a.bindings.payload||await ze(o.body,r);return c.$metadata=this.deserializeMetadata(
o),c}async deserializeHttpMessage(e,r,o,n,s){let i=n instanceof Set?s:n,a=this.deserializer,c=typeof a.readCodec=="function"?a:void 0,l=Oe.of(e),{bodyMemberNames:d,
bindings:{payload:u,statusCode:m,headers:f,prefixHeaders:g}}=l.getHttpBindings().response,h=o.headers;if(u){let[y,S]=u,[x,v]=S,b=v>>11&3;if(b)b===2?i[y]=await this.
deserializeEventStream({response:o,responseSchema:l}):i[y]=Ls(o.body);else if(o.body){let L=await ze(o.body,r);L.byteLength>0&&(i[y]=await(c?c.readPayload(S,L):
a.read(x,L)))}}for(let y in h){if(!P(h,y))continue;let S=y.toLowerCase(),x=h[y];S!==y&&(delete h[y],h[S]=x);let v=P(f,S)?f[S]:void 0;if(!v)continue;let[b,[L,Y,ve],
,nr]=v;if(ve){let vr=Y>>16&1?Ou(x,",",2):xs(x),ce=[];for(let Ae of vr)ce.push(c?c.readHttpBinding(ve,Ae.trim(),38):await a.read([ve[0],{httpHeader:nr}],Ae.trim()));
i[b]=ce}else i[b]=c?c.readHttpBinding(v[1],x,38):await a.read(L,x)}for(let[y,[,,S],,x]of g){i[y]={};for(let v in h){if(!P(h,v)||!v.startsWith(x))continue;let b=h[v];
i[y][v.slice(x.length)]=c?c.readHttpBinding(S,b,38):await a.read([S[0],{httpHeader:v}],b)}}return m&&(i[m[0]]=o.statusCode),d}}});var Vo,i_=p(()=>{J();X();J();Bm();$n();Vo=class extends Ln{async serializeRequest(e,r,o){let n=this.serializer,s={},i={},a=await o.endpoint(),c=U.of(e?.input),l=c.
getSchema(),d,u=r&&typeof r=="object"?r:{},m=new G({protocol:"",hostname:"",port:void 0,path:"/",fragment:void 0,query:s,headers:i,body:void 0});if(a&&(this.updateServiceEndpoint(
m,a),this.setHostPrefix(m,e,u)),u){let f=c.getEventStreamMember();if(f){if(u[f]){let g={};for(let[h]of c.structIterator())h!==f&&u[h]!=null&&(g[h]=u[h]);d=await this.
serializeEventStream({eventStream:u[f],requestSchema:c,initialRequest:g})}}else n.write(l,u),d=n.flush()}return m.headers=Object.assign(m.headers,i),m.query=s,m.
body=d,m.method="POST",m}async deserializeResponse(e,r,o){let n=this.deserializer,s=U.of(e.output),i={};if(this.isErrorResponse(o.statusCode)){let c=await ze(o.
body,r);throw c.byteLength>0&&Object.assign(i,await n.read(15,c)),await this.handleError(e,r,o,i,this.deserializeMetadata(o)),new Error("@smithy/core/protocols \
- RPC Protocol error handler failed to throw.")}for(let c in o.headers){if(!P(o.headers,c))continue;let l=o.headers[c];delete o.headers[c],o.headers[c.toLowerCase()]=
l}let a=s.getEventStreamMember();if(a)i[a]=await this.deserializeEventStream({response:o,responseSchema:s,initialResponseContainer:i});else{let c=await ze(o.body,
r);c.byteLength>0&&Object.assign(i,await n.read(s,c))}return i.$metadata=this.deserializeMetadata(o),i}isErrorResponse(e){return e>=300}}});var qo,Hm=p(()=>{k();zo();Us();qo=class extends Dr{settings;constructor(e){super(),this.settings=e}read(e,r){let o=Oe.of(e),n=o.getMergedTraits(),s=o.getHttpBindingLocation(
n);return this.readHttpBinding(o.getHttpBindingValue(s,n),r,s)}readHttpBinding([e,r,o],n,s){let i=r&255;if((i&192)===64)return o??=e.getHttpBindingCollectionValue(
s),xs(n).map(a=>this.readHttpBinding(o,a,s));switch(i){case 21:case 42:return(this.serdeContext?.base64Decoder??Se)(n);case 4:case 5:case 6:case 7:{let a=this.settings.
httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:a?a+4:this.settings.timestampFormat.default){case 5:return bu(n);case 6:return Pu(n);case 7:
return Au(n);default:return console.warn("Missing timestamp format, parsing value with Date constructor:",n),new Date(n)}}case 0:{let a=r>>8&3;if(!a)return n;let c=n;
return(s&6)===6&&(c=(this.serdeContext?.utf8Encoder??Z)((this.serdeContext?.base64Decoder??Se)(c))),a===2?Xe.from(c):c}case 1:return Number(n);case 2:return n.toLowerCase()===
"true";case 17:return BigInt(n);case 19:return new Re(n,"bigDecimal");default:return n}}}});var Ms,a_=p(()=>{k();zo();Us();Hm();Ms=class extends Dr{codecDeserializer;stringDeserializer;constructor(e,r){super(),this.codecDeserializer=e,this.stringDeserializer=
new qo(r)}setSerdeContext(e){this.stringDeserializer.setSerdeContext(e),this.codecDeserializer.setSerdeContext(e),this.serdeContext=e}read(e,r){let o=Oe.of(e),n=o.
getMergedTraits();if(n.httpHeader||n.httpResponseCode){let s=o.getHttpBindingValue(38,n);return this.readHttpBinding(s,r,38)}return n.httpPayload?this.readPayload(
o.getHttpBindingValue(36,n),r):this.readCodec(o,r)}readHttpBinding(e,r,o){let n=typeof r=="string"?r:(this.serdeContext?.utf8Encoder??Z)(r);return this.stringDeserializer.
readHttpBinding(e,n,o)}readPayload([e,r],o){let n=r&255;return n===21||n===42?typeof o=="string"?(this.serdeContext?.utf8Decoder??se)(o):o:n===0?typeof o=="stri\
ng"?o:(this.serdeContext?.utf8Encoder??Z)(o):this.readCodec(e,o)}readCodec(e,r){return this.codecDeserializer.read(e,r)}}});var ja,c_=p(()=>{k();zo();Us();ja=class extends Dr{settings;stringBuffer="";constructor(e){super(),this.settings=e}write(e,r){let o=Oe.of(e),n=o.getMergedTraits(),
s=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(s,n),r,s)}writeHttpBinding([e,r,o],n,s){let i=r&255;switch(typeof n){case"object":if(n===
null){this.stringBuffer="null";return}if(i>=4&&i<=7){if(!(n instanceof Date))throw new Error(`@smithy/core/protocols - received non-Date value ${n} when schema \
expected Date in ${e.getName(!0)}`);let l=this.settings.httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:l?l+4:this.settings.timestampFormat.
default){case 5:this.stringBuffer=n.toISOString().replace(".000Z","Z");break;case 6:this.stringBuffer=Fo(n);break;case 7:this.stringBuffer=String(n.getTime()/1e3);
break;default:console.warn("Missing timestamp format, using epoch seconds",n),this.stringBuffer=String(n.getTime()/1e3)}return}if((i===21||i===42)&&"byteLength"in
n){this.stringBuffer=(this.serdeContext?.base64Encoder??me)(n);return}if((i&192)===64&&Array.isArray(n)){o??=e.getHttpBindingCollectionValue(s);let l=o[1]&255,d=l>=
4&&l<=7,u="";for(let m of n){this.writeHttpBinding(o,m,s);let f=this.flush();u&&(u+=", "),u+=d?f:Iu(f)}this.stringBuffer=u;return}this.stringBuffer=JSON.stringify(
n,null,2);break;case"string":let a=r>>8&3,c=n;if(a===2&&(c=Xe.from(c)),a&&(s&6)===6){this.stringBuffer=(this.serdeContext?.base64Encoder??me)(c.toString());return}
this.stringBuffer=n;break;default:this.stringBuffer=r>>10&1?kn():String(n)}}flush(){let e=this.stringBuffer;return this.stringBuffer="",e}}});var Bs,p_=p(()=>{zo();c_();Bs=class{codecSerializer;stringSerializer;buffer;constructor(e,r,o=new ja(r)){this.codecSerializer=e,this.stringSerializer=o}setSerdeContext(e){
this.codecSerializer.setSerdeContext(e),this.stringSerializer.setSerdeContext(e)}write(e,r){let o=Oe.of(e),n=o.getMergedTraits();if(n.httpHeader||n.httpLabel||n.
httpQuery){let s=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(s,n),r,s);return}this.writeCodec(o,r)}writeHttpBinding(e,r,o){this.stringSerializer.
writeHttpBinding(e,r,o),this.buffer=this.stringSerializer.flush()}writeCodec(e,r){this.codecSerializer.write(e,r)}flush(){if(this.buffer!==void 0){let e=this.buffer;
return this.buffer=void 0,e}return this.codecSerializer.flush()}}});function Wo(t,e){if(e.timestampFormat.useTrait){let a=t.getSchema();if(a===5||a===6||a===7)return a}let{httpLabel:r,httpPrefixHeaders:o,httpHeader:n,httpQuery:s}=t.
getMergedTraits();return(e.httpBindings?typeof o=="string"||n?6:s||r?5:void 0:void 0)??e.timestampFormat.default}var za=p(()=>{});var Ht,Gt,l_=p(()=>{Ht=t=>(t.logger&&t.logger.constructor?.name!=="NoOpLogger"&&t.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"),t.logger),t.defaultSocketTimeout&&
t.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"),t.defaultSocketTimeout),{setHttpHandler(e){t.requestHandler=e},httpHandler(){
return t.requestHandler},updateHttpClientConfig(e,r){t.requestHandler?.updateHttpClientConfig(e,r)},httpHandlerConfigs(){return t.requestHandler.httpHandlerConfigs()}}),
Gt=t=>({requestHandler:t.httpHandler()})});function u_(t){return e=>async r=>{let o=r.request;if(G.isInstance(o)){let{body:n,headers:s}=o;if(n&&Object.keys(s).map(i=>i.toLowerCase()).indexOf(d_)===-1)try{
let i=t(n);i!=null&&(o.headers={...o.headers,[d_]:String(i)})}catch{}}return e({...r,request:o})}}var d_,m_,jt,f_=p(()=>{J();d_="content-length";m_={step:"build",
tags:["SET_CONTENT_LENGTH","CONTENT_LENGTH"],name:"contentLengthMiddleware",override:!0},jt=t=>({applyToStack:e=>{e.add(u_(t.bodyLengthChecker),m_)}})});var Rr,M$,Gm=p(()=>{Rr=t=>encodeURIComponent(t).replace(/[!'()*]/g,M$),M$=t=>`%${t.charCodeAt(0).toString(16).toUpperCase()}`});function jm(t){let e=[];for(let r of Object.keys(t).sort()){let o=t[r];if(r=Rr(r),Array.isArray(o))for(let n=0,s=o.length;n<s;n++)e.push(`${r}=${Rr(o[n])}`);else{
let n=r;(o||typeof o=="string")&&(n+=`=${Rr(o)}`),e.push(n)}}return e.join("&")}var g_=p(()=>{Gm()});var io,Va=p(()=>{io=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var qa,h_=p(()=>{qa=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function Wa(){if(Hs===void 0)try{if(typeof Buffer!="function")Hs=!1;else{let t=JSON.parse(Buffer.from([123,125]));Hs=t!==null&&typeof t=="object"}}catch{Hs=!1}return Hs}
var Hs,zm=p(()=>{});function Ka(t,e,r){if(r?.source){let o=r.source;if(typeof e=="number")return e<=Number.MAX_SAFE_INTEGER&&e>=Number.MIN_SAFE_INTEGER?H$(o,e)?e:new Re(o,"bigDecim\
al"):B$(o)?new Re(o,"bigDecimal"):/[eE]/.test(o)?G$(o):BigInt(o)}return e}function B$(t){let e=t.indexOf(".");if(e===-1)return!1;let r=t.search(/[eE]/);if(r===-1)
return!0;let o=r-e-1;return parseInt(t.slice(r+1),10)<o}function H$(t,e){if(t===String(e)||Object.is(e,-0))return!0;if(/[eE]/.test(t))return Vm(t)===Vm(String(e));
let r=t.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,""),o=String(e);return r===o?!0:/[eE]/.test(o)?r===Vm(o):!1}function Vm(t){let e=t.startsWith("-"),r=e?t.slice(
1):t,o=r.search(/[eE]/),n;if(o===-1)n=r;else{let s=parseInt(r.slice(o+1),10),i=r.slice(0,o),a=i.indexOf("."),c,l;a===-1?(c=i,l=i.length):(c=i.slice(0,a)+i.slice(
a+1),l=a),c=c.replace(/0+$/,"")||"0";let d=l+s;c==="0"?n="0":d<=0?n="0."+"0".repeat(-d)+c:d>=c.length?n=c+"0".repeat(d-c.length):n=c.slice(0,d)+"."+c.slice(d)}return n.
includes(".")&&(n=n.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,"")),(e?"-":"")+n}function G$(t){let e=t.search(/[eE]/),r=parseInt(t.slice(e+1),10),o=t.startsWith(
"-"),n=t.slice(o?1:0,e),s=n.indexOf("."),i,a;if(s===-1)i=n,a=r;else{i=n.slice(0,s)+n.slice(s+1);let l=n.length-s-1;a=r-l}i=i.replace(/0+$/,"")||"0";let c=BigInt(
i)*10n**BigInt(a+(n.replace(".","").length-i.length));return o?-c:c}var qm=p(()=>{k()});function Ya(t){let e=U.of(t),r=e.getSchema();if(Array.isArray(r)&&e.isStructSchema()){if(Wm in r)return r[Wm];let o=Ja(e,new Set);return r[Wm]=o,o}return Ja(e,new Set)}
function Ja(t,e){let r=t.getSchema();if(e.has(r))return!1;if(e.add(r),t.isBigIntegerSchema()||t.isBigDecimalSchema())return!0;if(t.isStructSchema()){for(let[,o]of t.
structIterator())if(Ja(o,e))return!0}else if(t.isListSchema()||t.isMapSchema()){if(Ja(t.getValueSchema(),e))return!0}else if(t.isDocumentSchema())return!0;return!1}
var Wm,Km=p(()=>{X();Wm=Symbol.for("@aws-sdk/reviver")});var y_,E_=p(()=>{$n();k();y_=(t,e)=>ze(t,e).then(r=>(e?.utf8Encoder??Z)(r))});async function Ym(t,e,r){let o;if(Wa()&&typeof t?.[Symbol.asyncIterator]=="function"){let s=await ze(t,e);typeof Buffer=="function"&&(Buffer.isBuffer(s)?o=s:o=Buffer.
from(s.buffer,s.byteOffset,s.byteLength))}if(o||(o=await y_(t,e)),o.length===0)return{};let n=r&&Ya(r)?Ka:void 0;try{return JSON.parse(o,n)}catch(s){throw s?.name===
"SyntaxError"&&Object.defineProperty(s,"$responseBodyText",{value:typeof o=="string"?o:o.toString("utf8")}),s}}var x_,Jm,Xm,Qm,S_,Zm=p(()=>{$n();E_();zm();qm();
Km();x_=(t,e)=>Object.keys(t).find(r=>r.toLowerCase()===e.toLowerCase()),Jm=t=>{let e=t;return typeof e=="number"&&(e=e.toString()),e.indexOf(",")>=0&&(e=e.split(
",")[0]),e.indexOf(":")>=0&&(e=e.split(":")[0]),e.indexOf("#")>=0&&(e=e.split("#")[1]),e},Xm=(t,e)=>S_(t,e,["header","code","type"]),Qm=(t,e,r=!1)=>S_(t,e,r?["c\
ode","header","type"]:["type","code","header"]),S_=({headers:t},e,r)=>{for(;r.length>0;)switch(r.shift()){case"header":let n=x_(t??{},"x-amzn-errortype");if(n!==
void 0)return Jm(t[n]);break;case"code":let s=x_(e??{},"code");if(s&&e[s]!==void 0)return Jm(e[s]);break;case"type":if(e?.__type!==void 0)return Jm(e.__type);break}}});var Xa,R_=p(()=>{za();X();k();Va();h_();zm();qm();Km();Zm();J();Xa=class extends io{settings;constructor(e){super(),this.settings=e}async read(e,r){let o=Ya(e)?
Ka:void 0,n;if(typeof r=="string"){if(r.length===0)return{};n=JSON.parse(r,o)}else if(r instanceof Uint8Array&&Wa()){if(r.byteLength===0)return{};let s=Buffer.isBuffer(
r)?r:Buffer.from(r.buffer,r.byteOffset,r.byteLength);n=JSON.parse(s,o)}else n=await Ym(r,this.serdeContext,e);return this._read(e,n)}readObject(e,r){return this.
_read(e,r)}_read(e,r){let o=r!==null&&typeof r=="object",n=U.of(e);if(o){if(n.isStructSchema())return this._readStruct(n,r);if(Array.isArray(r)&&n.isListSchema()){
let i=n.getValueSchema();if(this.needsTransform(i))for(let a=0;a<r.length;++a)r[a]=this._read(i,r[a]);return r}if(n.isMapSchema()){let i=n.getValueSchema(),a=r;
if(this.needsTransform(i))for(let c in a)P(a,c)&&(c==="__proto__"&&qr(a),a[c]=this._read(i,a[c]));return a}}if(n.isBlobSchema()&&typeof r=="string")return Se(r);
let s=n.getMergedTraits().mediaType;if(n.isStringSchema()&&typeof r=="string"&&s)return s==="application/json"||s.endsWith("+json")?Xe.from(r):r;if(n.isTimestampSchema()&&
r!=null)switch(Wo(n,this.settings)){case 5:return _u(r);case 6:return Es(r);case 7:return wu(r);default:return console.warn("Missing timestamp format, parsing v\
alue with Date constructor:",r),new Date(r)}if(n.isBigIntegerSchema()&&(typeof r=="number"||typeof r=="string"))return BigInt(r);if(n.isBigDecimalSchema()&&r!=null){
if(r instanceof Re)return r;let i=r;return i.type==="bigDecimal"&&"string"in i?new Re(i.string,i.type):new Re(String(r),"bigDecimal")}if(n.isNumericSchema()&&typeof r==
"string"){switch(r){case"Infinity":return 1/0;case"-Infinity":return-1/0;case"NaN":return NaN}return r}if(n.isDocumentSchema()&&o)if(Array.isArray(r))for(let i=0;i<
r.length;++i){let a=r[i];a instanceof Re||(r[i]=this._read(n,a))}else{let i=r;for(let a in i){if(!P(i,a))continue;a==="__proto__"&&qr(i);let c=i[a];c instanceof
Re||(i[a]=this._read(n,c))}}return r}_readStruct(e,r){let o=e.isUnionSchema(),n={},s,i=typeof r.__type=="string",{jsonName:a}=this.settings;a&&i&&(s={});let c;o&&
(c=new qa(r,n));for(let[l,d]of e.structIterator()){let u=l;a&&(u=d.getMergedTraits().jsonName??u,i&&(s[u]=l)),o&&c.mark(u),r[u]!=null&&(n[l]=this._read(d,r[u]))}
if(o)c.writeUnknown();else if(i)for(let l in r){if(!P(r,l))continue;let d=r[l],u=a?s[l]??l:l;u in n||(n[u]=d)}return n}needsTransform(e){return!!(e.isBlobSchema()||
e.isTimestampSchema()||e.isBigIntegerSchema()||e.isBigDecimalSchema()||e.isNumericSchema()||e.isDocumentSchema()||e.isStructSchema()||e.isListSchema()||e.isMapSchema()||
e.isStringSchema()&&e.getMergedTraits().mediaType)}}});var Qa,__,w_=p(()=>{k();Qa=class t extends Uint8Array{string=null;static allocUnsafe(e){if(typeof Buffer=="function"){let r=Buffer.allocUnsafe(e);return new t(r.
buffer,r.byteOffset,r.byteLength)}return new t(e)}toString(){return this.s()}valueOf(){return this.s()}includes(e,r){return typeof e=="string"?this.s().includes(
e,r):Uint8Array.prototype.includes.call(this,e,r)}indexOf(e,r){return typeof e=="string"?this.s().indexOf(e,r):Uint8Array.prototype.indexOf.call(this,e,r)}lastIndexOf(e,r){
if(typeof e=="string")return this.s().lastIndexOf(e,r);let o=Uint8Array.prototype.lastIndexOf;return r!==void 0?o.call(this,e,r):o.call(this,e)}startsWith(e,r){
return this.s().startsWith(e,r)}endsWith(e,r){return this.s().endsWith(e,r)}match(e){return this.s().match(e)}replace(e,r){return this.s().replace(e,r)}search(e){
return this.s().search(e)}split(e,r){return this.s().split(e,r)}substring(e,r){return this.s().substring(e,r)}trim(){return this.s().trim()}trimStart(){return this.
s().trimStart()}trimEnd(){return this.s().trimEnd()}charAt(e){return this.s().charAt(e)}charCodeAt(e){return this.s().charCodeAt(e)}padStart(e,r){return this.s().
padStart(e,r)}padEnd(e,r){return this.s().padEnd(e,r)}repeat(e){return this.s().repeat(e)}toUpperCase(){return this.s().toUpperCase()}toLowerCase(){return this.
s().toLowerCase()}s(){if(this.string==null){let e=Date.now();e>__+6e4&&(console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string meth\
od on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error."),__=e),this.string=Z(this)}return this.
string}},__=0});function ef(t){return Qa.allocUnsafe(t)}var Za,I_,T_,j$,z$,Un,ec,tc,C_,V$,q$,W$,kr,v_,rc,A_=p(()=>{za();X();k();Va();J();w_();Za=new TextEncoder,I_=123,T_=125,j$=
91,z$=93,Un=34,ec=58,tc=44,C_=92,V$=new Uint8Array([116,114,117,101]),q$=new Uint8Array([102,97,108,115,101]),W$=new Uint8Array([110,117,108,108]),kr=new Array(
128).fill(null);kr[8]="b";kr[9]="t";kr[10]="n";kr[12]="f";kr[13]="r";kr[34]='"';kr[92]="\\";for(let t=0;t<32;t++)kr[t]===null&&(kr[t]="u00"+t.toString(16).padStart(
2,"0"));v_=2048;rc=class t extends io{settings;json;i=0;rootSchema;rawValue;passthrough=!1;constructor(e){super(),this.settings=e,this.json=ef(v_)}write(e,r){this.
i=0,this.rawValue=r,this.rootSchema=U.of(e),this.passthrough=this.rootSchema.isBlobSchema()||this.rootSchema.isStringSchema(),this.passthrough||this.writeValue(
this.rootSchema,r,void 0)}writeDiscriminatedDocument(e,r){this.i=0,this.rootSchema=U.of(e);let o=this.rootSchema;if(o.isStructSchema()&&r!=null&&typeof r=="obje\
ct"){this.writeValue(o,r,void 0);let n=`"__type":"${o.getName(!0)??"Unknown"}",`,s=n.length;this.ensure(s),this.json.copyWithin(1+s,1,this.i),Za.encodeInto(n,this.
json.subarray(1)),this.i+=s}else this.writeValue(o,r,void 0)}flush(){this.rootSchema=void 0;let e=this.i;this.i=0;let r=this.rawValue;if(this.rawValue=void 0,e===
0)return r;let o=this.json.subarray(0,e);return this.json=ef(v_),o}ensure(e){let{i:r,json:o}=this;if(r+e>o.length){let n=o.length*2;for(;n<r+e;)n*=2;let s=ef(n);
s.set(this.json),this.json=s}}writeAscii(e){let r=e.length;this.ensure(r);let{i:o,json:n}=this;for(let s=0;s<r;++s)n[o]=e.charCodeAt(s),o+=1;this.i=o}writeAsciiQuoted(e){
let r=e.length;this.ensure(r+4);let{json:o,i:n}=this;o[n++]=Un;for(let s=0;s<r;++s)o[n++]=e.charCodeAt(s);o[n++]=Un,this.i=n}writeJsonString(e){let r=e.length;this.
ensure(r*3+2),this.json[this.i++]=Un;for(let o=0;o<r;++o){let n=e.charCodeAt(o);if(n>34&&n<92)this.json[this.i++]=n;else if(n<128){let s=kr[n];if(s!==null){this.
ensure(s.length+1+(r-o-1)*3+1),this.json[this.i++]=C_;for(let i=0;i<s.length;i++)this.json[this.i++]=s.charCodeAt(i)}else this.json[this.i++]=n}else if(n>=55296&&
n<=56319){let s=o+1<r?e.charCodeAt(o+1):0;if(s>=56320&&s<=57343){this.ensure(4);let{written:i}=Za.encodeInto(e.substring(o,o+2),this.json.subarray(this.i));this.
i+=i,++o}else this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n)}else if(n>=56320&&n<=57343)this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n);else{let{i:s,
json:i}=this;n<2048?(i[s++]=192|n>>6,i[s++]=128|n&63):(i[s++]=224|n>>12,i[s++]=128|n>>6&63,i[s++]=128|n&63),this.i=s}}this.json[this.i++]=Un}writeUnicodeEscape(e){
let{json:r,i:o}=this;r[o++]=C_,r[o++]=117;let n=e.toString(16).padStart(4,"0");for(let s=0;s<4;++s)r[o++]=n.charCodeAt(s);this.i=o}static B64=(()=>{let e="ABCDE\
FGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",r=new Uint8Array(64);for(let o=0;o<64;++o)r[o]=e.charCodeAt(o);return r})();writeBase64(e){let r=Math.
ceil(e.length/3)*4;this.ensure(r+2);let o=this.json,n=t.B64,s=this.i;o[s++]=Un;let i=e.length,a=i%3,c=i-a;for(let l=0;l<c;l+=3){let d=e[l],u=e[l+1],m=e[l+2];o[s++]=
n[d>>2],o[s++]=n[(d&3)<<4|u>>4],o[s++]=n[(u&15)<<2|m>>6],o[s++]=n[m&63]}if(a===2){let l=e[c],d=e[c+1];o[s++]=n[l>>2],o[s++]=n[(l&3)<<4|d>>4],o[s++]=n[(d&15)<<2],
o[s++]=61}else if(a===1){let l=e[c];o[s++]=n[l>>2],o[s++]=n[(l&3)<<4],o[s++]=61,o[s++]=61}o[s++]=Un,this.i=s}writeValue(e,r,o){if(r==null){if(o?.isStructSchema()){
if(r===void 0&&U.of(e).isIdempotencyToken()){this.writeAsciiQuoted(kn());return}return}this.ensure(4),this.json.set(W$,this.i),this.i+=4;return}let n=U.of(e),s=typeof r==
"object";if(n.isStringSchema()){let i=n.getMergedTraits().mediaType;if(i&&(i==="application/json"||i.endsWith("+json"))){this.writeJsonString(Xe.from(r).toString());
return}}if(this.settings.bigNumberAsString&&r!=null&&(n.isBigIntegerSchema()||n.isBigDecimalSchema())){let i=r instanceof Re?r.string:String(r);this.writeAsciiQuoted(
i);return}if(s){if(n.isStructSchema()){this.writeStruct(n,r);return}if(Array.isArray(r)&&(n.isListSchema()||n.isDocumentSchema())){this.writeList(n,r,n.isDocumentSchema());
return}if(n.isMapSchema()){this.writeMap(n,r,!1);return}if(r instanceof Uint8Array&&(n.isBlobSchema()||n.isDocumentSchema())){this.writeBase64(r);return}if(r instanceof
Date&&(n.isTimestampSchema()||n.isDocumentSchema())){this.writeTimestamp(n,r);return}if(r instanceof Re){this.writeAscii(r.string);return}if(n.isDocumentSchema()){
Array.isArray(r)?this.writeList(n,r,!0):this.writeMap(n,r,!0);return}let i=JSON.stringify(r);this.writeAscii(i);return}if(typeof r=="string"){if(n.isBlobSchema()){
let i=(this.serdeContext?.base64Encoder??me)(r);this.writeAsciiQuoted(i);return}this.writeJsonString(r);return}if(typeof r=="number"){if(Math.abs(r)===1/0||Number.
isNaN(r)){this.writeAsciiQuoted(String(r));return}let i=String(r);this.writeAscii(i);return}if(typeof r=="boolean"){this.ensure(5);let{i,json:a}=this;r?(a.set(V$,
i),i+=4):(a.set(q$,i),i+=5),this.i=i;return}if(typeof r=="bigint"){this.writeAscii(r.toString());return}this.writeAscii(String(r))}writeStruct(e,r){this.ensure(
2),this.json[this.i++]=I_;let o=!1,n=typeof r.__type=="string",s;n&&(s=new Set);for(let[i,a]of e.structIterator()){let c=r[i];if(c==null&&!a.isIdempotencyToken())
continue;o&&(this.ensure(1),this.json[this.i++]=tc),o=!0;let l=this.settings.jsonName?a.getMergedTraits().jsonName??i:i;s&&(s.add(i),s.add(l)),this.writeAsciiQuoted(
l),this.json[this.i++]=ec,this.writeValue(a,c,e)}if(!o&&e.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i;this.writeAsciiQuoted(a),this.ensure(
1),this.json[this.i++]=ec,this.writeValue(15,c,e)}}else if(n)for(let i in r){if(s.has(i))continue;s.add(i);let a=r[i];o&&(this.ensure(1),this.json[this.i++]=tc),
o=!0,this.writeAsciiQuoted(i),this.ensure(1),this.json[this.i++]=ec,this.writeValue(15,a,void 0)}this.ensure(1),this.json[this.i++]=T_}writeList(e,r,o){let n=!!e.
getMergedTraits().sparse,s=e.getValueSchema();if(!o&&(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let a=!1;for(let l=0;l<r.length;++l){let d=r[l];
if(Number.isNaN(d)||d===1/0||d===-1/0||d==null&&!n){a=!0;break}}let c;if(!a)c=JSON.stringify(r);else{let l=[];for(let d=0;d<r.length;++d){let u=r[d];u==null&&!n||
(Number.isNaN(u)||u===1/0||u===-1/0?l.push(String(u)):l.push(u))}c=JSON.stringify(l)}this.ensure(c.length*3),this.i+=Za.encodeInto(c,this.json.subarray(this.i)).
written;return}this.ensure(2),this.json[this.i++]=j$;let i=!1;for(let a=0;a<r.length;++a){let c=r[a];(o?c===void 0:c==null&&!n)||(i&&(this.ensure(1),this.json[this.
i++]=tc),this.writeValue(s,c,void 0),i=!0)}this.ensure(1),this.json[this.i++]=z$}writeMap(e,r,o){let n=!!e.getMergedTraits().sparse,s=e.getValueSchema();if(!o&&
(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let a;for(let l in r){if(!P(r,l))continue;let d=r[l];Number.isNaN(d)||d===1/0||d===-1/0?((a??={})[l]=
d,r[l]=String(d)):d===null&&!n&&((a??={})[l]=null,r[l]=void 0)}let c=JSON.stringify(r);a&&Object.assign(r,a),this.ensure(c.length*3),this.i+=Za.encodeInto(c,this.
json.subarray(this.i)).written;return}this.ensure(2),this.json[this.i++]=I_;let i=!0;for(let a in r){if(!P(r,a))continue;let c=r[a];(o?c===void 0:c==null&&!n)||
(i||(this.ensure(1),this.json[this.i++]=tc),i=!1,this.writeJsonString(a),this.ensure(1),this.json[this.i++]=ec,this.writeValue(s,c,void 0))}this.ensure(1),this.
json[this.i++]=T_}writeTimestamp(e,r){switch(Wo(e,this.settings)){case 5:{let n=r.toISOString().replace(".000Z","Z");this.writeAsciiQuoted(n);return}case 6:{this.
writeAsciiQuoted(Fo(r));return}case 7:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}default:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}}}}});var Ko,b_=p(()=>{Va();R_();A_();Ko=class extends io{settings;constructor(e){super(),this.settings=e}createSerializer(){let e=new rc(this.settings);return e.setSerdeContext(
this.serdeContext),e}createDeserializer(){let e=new Xa(this.settings);return e.setSerdeContext(this.serdeContext),e}}});var F=p(()=>{$n();Mm();s_();i_();Hm();a_();p_();za();J();J();l_();f_();Gm();g_();J();Zm();b_()});var P_,O_,zt,N_=p(()=>{F();P_=t=>e=>async r=>{if(!G.isInstance(r.request))return e(r);let{request:o}=r,{handlerProtocol:n=""}=t.requestHandler.metadata||{};if(n.
indexOf("h2")>=0&&!o.headers[":authority"])delete o.headers.host,o.headers[":authority"]=o.hostname+(o.port?":"+o.port:"");else if(!o.headers.host){let s=o.hostname;
o.port!=null&&(s+=`:${o.port}`),o.headers.host=s}return e(r)},O_={name:"hostHeaderMiddleware",step:"build",priority:"low",tags:["HOST"],override:!0},zt=t=>({applyToStack:e=>{
e.add(P_(t),O_)}})});var D_,k_,Vt,$_=p(()=>{T();D_=()=>(t,e)=>async r=>{try{let o=await t(r),{logger:n}=e,s=n instanceof _e;if(n&&!s){let{clientName:i,commandName:a,dynamoDbDocumentClientOptions:c={}}=e,
{overrideInputFilterSensitiveLog:l,overrideOutputFilterSensitiveLog:d}=c,u=l??e.inputFilterSensitiveLog,m=d??e.outputFilterSensitiveLog,{$metadata:f,...g}=o.output;
n.info?.({clientName:i,commandName:a,input:u(r.input),output:m(g),metadata:f})}return o}catch(o){let{clientName:n,commandName:s,logger:i,dynamoDbDocumentClientOptions:a={}}=e,
{overrideInputFilterSensitiveLog:c}=a,l=c??e.inputFilterSensitiveLog;throw i?.error?.({clientName:n,commandName:s,input:l(r.input),error:o,metadata:o.$metadata}),
o}},k_={name:"loggerMiddleware",tags:["LOGGER"],step:"initialize",override:!0},Vt=t=>({applyToStack:e=>{e.add(D_(),k_)}})});var L_,U_=p(()=>{L_={step:"build",tags:["RECURSION_DETECTION","TRACE_CONTEXT_PROPAGATION"],name:"recursionDetectionMiddleware",override:!0,priority:"low"}});var M_=Zd((qQ,F_)=>{F_.exports=require("node:async_hooks")});var ao,tf,oc,rf,of,Gs,B_=p(()=>{ao={REQUEST_ID:Symbol.for("_AWS_LAMBDA_REQUEST_ID"),X_RAY_TRACE_ID:Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),TENANT_ID:Symbol.for(
"_AWS_LAMBDA_TENANT_ID"),TRACEPARENT:Symbol.for("_AWS_LAMBDA_TRACEPARENT"),TRACESTATE:Symbol.for("_AWS_LAMBDA_TRACESTATE"),BAGGAGE:Symbol.for("_AWS_LAMBDA_BAGGA\
GE")},tf=["true","1"].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA??"");tf||(globalThis.awslambda=globalThis.awslambda||{});oc=class{static PROTECTED_KEYS=ao;isProtectedKey(e){
return Object.values(ao).includes(e)}getRequestId(){return this.get(ao.REQUEST_ID)??"-"}getXRayTraceId(){return this.get(ao.X_RAY_TRACE_ID)}getTenantId(){return this.
get(ao.TENANT_ID)}getTraceparent(){return this.get(ao.TRACEPARENT)}getTracestate(){return this.get(ao.TRACESTATE)}getBaggage(){return this.get(ao.BAGGAGE)}},rf=
class extends oc{currentContext;getContext(){return this.currentContext}hasContext(){return this.currentContext!==void 0}get(e){return this.currentContext?.[e]}set(e,r){
if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);this.currentContext=this.currentContext||{},this.currentContext[e]=
r}run(e,r){return this.currentContext=e,r()}},of=class t extends oc{als;static async create(){let e=new t,r=await Promise.resolve().then(()=>Ur(M_()));return e.
als=new r.AsyncLocalStorage,e}getContext(){return this.als.getStore()}hasContext(){return this.als.getStore()!==void 0}get(e){return this.als.getStore()?.[e]}set(e,r){
if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);let o=this.als.getStore();if(!o)throw new Error("No cont\
ext available");o[e]=r}run(e,r){return this.als.run(e,r)}};(function(t){let e=null;async function r(o){return e||(e=(async()=>{let s=o===!0||"AWS_LAMBDA_MAX_CON\
CURRENCY"in process.env?await of.create():new rf;return!tf&&globalThis.awslambda?.InvokeStore?globalThis.awslambda.InvokeStore:(!tf&&globalThis.awslambda&&(globalThis.
awslambda.InvokeStore=s),s)})()),e}t.getInstanceAsync=r,t._testing=process.env.AWS_LAMBDA_BENCHMARK_MODE==="1"?{reset:()=>{e=null,globalThis.awslambda?.InvokeStore&&
delete globalThis.awslambda.InvokeStore,globalThis.awslambda={InvokeStore:void 0}}}:void 0})(Gs||(Gs={}))});function Y$(t){for(let e of Object.keys(t)){let r=e.toLowerCase();e!==r&&(r===sf||r===H_||r===G_)&&(t[r]=t[e],delete t[e])}}var K$,J$,nf,sf,H_,G_,j_,z_=p(()=>{B_();
F();K$="AWS_LAMBDA_FUNCTION_NAME",J$="_X_AMZN_TRACE_ID",nf="X-Amzn-Trace-Id",sf="traceparent",H_="tracestate",G_="baggage",j_=()=>t=>async e=>{let{request:r}=e;
if(!G.isInstance(r))return t(e);let o;{let n=Object.keys(r.headers??{}).find(s=>s.toLowerCase()===nf.toLowerCase())??nf;if(!r.headers.hasOwnProperty(n)){let s=process.
env[K$],i=process.env[J$];o??=await Gs.getInstanceAsync();let c=o?.getXRayTraceId()??i,l=d=>typeof d=="string"&&d.length>0;l(s)&&l(c)&&(r.headers[nf]=c)}}if(Y$(
r.headers),!r.headers[sf]){let s=(o??=await Gs.getInstanceAsync())?.getTraceparent?.();if(s){r.headers[sf]=s;let i=o?.getTracestate?.();i&&(r.headers[H_]=i);let a=o?.
getBaggage?.();a&&(r.headers[G_]=a)}}return t(e)}});var qt,V_=p(()=>{U_();z_();qt=t=>({applyToStack:e=>{e.add(j_(),L_)}})});var q_,W_=p(()=>{q_=(t,e)=>{if(!e||e.length===0)return t;let r=[];for(let o of e)for(let n of t)n.schemeId.split("#")[1]===o&&r.push(n);for(let o of t)r.find(({
schemeId:n})=>n===o.schemeId)||r.push(o);return r}});function X$(t){let e=new Map;for(let r of t)e.set(r.schemeId,r);return e}var af,K_=p(()=>{J();W_();af=(t,e)=>(r,o)=>async n=>{let s=t.httpAuthSchemeProvider(await e.
httpAuthSchemeParametersProvider(t,o,n.input)),i=t.authSchemePreference?await t.authSchemePreference():[],a=q_(s,i),c=X$(t.httpAuthSchemes),l=ee(o),d=[];for(let u of a){
let m=c.get(u.schemeId);if(!m){d.push(`HttpAuthScheme \`${u.schemeId}\` was not enabled for this service.`);continue}let f=m.identityProvider(await e.identityProviderConfigProvider(
t));if(!f){d.push(`HttpAuthScheme \`${u.schemeId}\` did not have an IdentityProvider configured.`);continue}let{identityProperties:g={},signingProperties:h={}}=u.
propertiesExtractor?.(t,o)||{};u.identityProperties=Object.assign(u.identityProperties||{},g),u.signingProperties=Object.assign(u.signingProperties||{},h),l.selectedHttpAuthScheme=
{httpAuthOption:u,identity:await f(u.identityProperties),signer:m.signer};break}if(!l.selectedHttpAuthScheme)throw new Error(d.join(`
`));return r(n)}});var cf,dt,J_=p(()=>{K_();cf={step:"serialize",tags:["HTTP_AUTH_SCHEME"],name:"httpAuthSchemeMiddleware",override:!0,relation:"before",toMiddleware:"endpointV2Mi\
ddleware"},dt=(t,{httpAuthSchemeParametersProvider:e,identityProviderConfigProvider:r})=>({applyToStack:o=>{o.addRelativeTo(af(t,{httpAuthSchemeParametersProvider:e,
identityProviderConfigProvider:r}),cf)}})});var Y_=p(()=>{J_()});var Q$,Z$,pf,X_=p(()=>{F();J();Q$=t=>e=>{throw e},Z$=(t,e)=>{},pf=t=>(e,r)=>async o=>{if(!G.isInstance(o.request))return e(o);let s=ee(r).selectedHttpAuthScheme;
if(!s)throw new Error("No HttpAuthScheme was selected: unable to sign request");let{httpAuthOption:{signingProperties:i={}},identity:a,signer:c}=s,l=await e({...o,
request:await c.sign(o.request,a,i)}).catch((c.errorHandler||Q$)(i));return(c.successHandler||Z$)(l.response,i),l}});var lf,ut,Q_=p(()=>{X_();lf={step:"finalizeRequest",tags:["HTTP_SIGNING"],name:"httpSigningMiddleware",aliases:["apiKeyMiddleware","tokenMiddleware","awsAuthMid\
dleware"],override:!0,relation:"after",toMiddleware:"retryMiddleware"},ut=t=>({applyToStack:e=>{e.addRelativeTo(pf(t),lf)}})});var Z_=p(()=>{Q_()});var _r,ew=p(()=>{_r=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});var Ve,tw=p(()=>{J();Ve=class{authSchemes=new Map;constructor(e){for(let r in e){if(!P(e,r))continue;let o=e[r];o!==void 0&&this.authSchemes.set(r,o)}}getIdentityProvider(e){
return this.authSchemes.get(e)}}});var st,rw=p(()=>{st=class{async sign(e,r,o){return e}}});var ow=p(()=>{rw()});var df,nc,js,sc,nw=p(()=>{df=t=>function(r){return js(r)&&r.expiration.getTime()-Date.now()<t},nc=df(3e5),js=t=>t.expiration!==void 0,sc=(t,e,r)=>{if(t===void 0)
return;let o=typeof t!="function"?async()=>Promise.resolve(t):t,n,s,i,a=!1,c=async l=>{s||(s=o(l));try{n=await s,i=!0,a=!1}finally{s=void 0}return n};return e===
void 0?async l=>((!i||l?.forceRefresh)&&(n=await c(l)),n):async l=>((!i||l?.forceRefresh)&&(n=await c(l)),a?n:r(n)?(e(n)&&await c(l),n):(a=!0,n))}});var sw=p(()=>{tw();ow();nw()});var it=p(()=>{Y_();Z_();ew();sw()});function oL(t){return t===void 0?!0:typeof t=="string"&&t.length<=50}function Wt(t){let e=_r(t.userAgentAppId??ic),{customUserAgent:r}=t;return Object.assign(t,
{customUserAgent:typeof r=="string"?[[r]]:r,userAgentAppId:async()=>{let o=await e();if(!oL(o)){let n=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?console:
t.logger;typeof o!="string"?n?.warn("userAgentAppId must be a string or undefined."):o.length>50&&n?.warn("The provided userAgentAppId exceeds the maximum lengt\
h of 50 characters.")}return o}})}var ic,uf=p(()=>{it();ic=void 0});var iw,aw=p(()=>{iw={partitions:[{id:"aws",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aws",implicitGlobalRegion:"us-east-1",name:"aws",supportsDualStack:!0,
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
1.1"}});var nL,sL,cw,pw,mf=p(()=>{aw();nL=iw,sL="",cw=t=>{let{partitions:e}=nL;for(let o of e){let{regions:n,outputs:s}=o;for(let[i,a]of Object.entries(n))if(i===t)return{
...s,...a}}for(let o of e){let{regionRegex:n,outputs:s}=o;if(new RegExp(n).test(t))return{...s}}let r=e.find(o=>o.id==="aws");if(!r)throw new Error("Provided re\
gion was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.");return{...r.outputs}},pw=()=>sL});var lw,ff,dw=p(()=>{lw=require("node:stream"),ff=t=>t?.body instanceof lw.Readable||typeof ReadableStream<"u"&&t?.body instanceof ReadableStream});var uw,mw,fw,gw,hw,yw=p(()=>{uw=["BandwidthLimitExceeded","EC2ThrottledException","LimitExceededException","PriorRequestNotComplete","ProvisionedThroughputExcee\
dedException","RequestLimitExceeded","RequestThrottled","RequestThrottledException","SlowDown","ThrottledException","Throttling","ThrottlingException","TooManyR\
equestsException","TransactionInProgressException"],mw=["TimeoutError","RequestTimeout","RequestTimeoutException"],fw=[500,502,503,504],gw=["ECONNRESET","ECONNR\
EFUSED","EPIPE","ETIMEDOUT"],hw=["EHOSTUNREACH","ENETUNREACH","ENOTFOUND","EAI_AGAIN"]});function pL(t){return t.code==="ERR_HTTP2_STREAM_ERROR"&&t.message.includes("NGHTTP2_REFUSED_STREAM")}var iL,aL,cL,ac,cc,Ew,gf=p(()=>{yw();iL=t=>t?.$retryable!==
void 0,aL=t=>t.$metadata?.clockSkewCorrected,cL=t=>{let e=new Set(["Failed to fetch","NetworkError when attempting to fetch resource","The Internet connection a\
ppears to be offline","Load failed","Network request failed"]);return t&&t instanceof TypeError?e.has(t.message):!1},ac=t=>t.$metadata?.httpStatusCode===429||uw.
includes(t.name)||t.$retryable?.throttling==!0,cc=(t,e=0)=>t?.name!=="AbortError"&&(iL(t)||aL(t)||t.name==="InvalidSignatureException"&&t.message?.includes("Sig\
nature expired")||mw.includes(t.name)||gw.includes(t?.code||"")||hw.includes(t?.code||"")||fw.includes(t.$metadata?.httpStatusCode||0)||cL(t)||pL(t)||t.cause!==
void 0&&e<=10&&cc(t.cause,e+1)),Ew=t=>{if(t.$metadata?.httpStatusCode!==void 0){let e=t.$metadata.httpStatusCode;return 500<=e&&e<=599&&!cc(t)}return!1}});var pc,lL,xw,Sw=p(()=>{pc=(t,e)=>{if(!e)return t;let r=()=>{},o=new Promise((n,s)=>{let i=()=>s(lL(e));e.aborted?i():typeof e.addEventListener=="function"?(e.addEventListener(
"abort",i,{once:!0}),r=()=>e.removeEventListener("abort",i)):e.onabort=i});return Promise.race([t,o]).finally(r)},lL=t=>{let e=t.reason;return e instanceof Error?
Object.assign(new Error("Request aborted"),{name:"AbortError",cause:e}):Object.assign(new Error(e?String(e):"Request aborted"),{name:"AbortError"})},xw=t=>typeof t==
"object"&&t!==null&&"name"in t&&t.name==="AbortError"});var Rw,_w,ww=p(()=>{Rw="amz-sdk-invocation-id",_w="amz-sdk-request"});function Iw(t,e){if(Ye.isInstance(t))for(let r in t.headers){if(!P(t.headers,r))continue;let o=r.toLowerCase();if(o==="retry-after"){let n=t.headers[r],s=NaN;if(n.
endsWith("GMT"))try{s=(Es(n).getTime()-Date.now())/1e3}catch(i){e?.trace?.("Failed to parse retry-after header"),e?.trace?.(i)}else n.match(/ GMT, ((\d+)|(\d+\.\d+))$/)?
s=Number(n.match(/ GMT, ([\d.]+)$/)?.[1]):n.match(/^((\d+)|(\d+\.\d+))$/)?s=Number(n):Date.parse(n)>=Date.now()&&(s=(Date.parse(n)-Date.now())/1e3);return isNaN(
s)?void 0:new Date(Date.now()+s*1e3)}else if(o==="x-amz-retry-after"){let n=t.headers[r],s=Number(n);if(isNaN(s)){e?.trace?.(`Failed to parse x-amz-retry-after=${n}`);
return}return new Date(Date.now()+s)}}}var Tw=p(()=>{J();F();k()});var Cw,vw=p(()=>{Cw=t=>t instanceof Error?t:t instanceof Object?Object.assign(new Error,t):typeof t=="string"?new Error(t):new Error(`AWS SDK error wrapper for ${t}`)});function hf(t){return e=>(r,o)=>async n=>{let s=await e.retryStrategy(),i=await e.maxAttempts(),a=o[xr]?.abortSignal;if(dL(s)){s=s;let c=(o.partition_id??"")+(o.
__retryLongPoll?":longpoll":""),l=await pc(s.acquireInitialRetryToken(c),a),d=new Error,u=0,m=0,{request:f}=n,g=G.isInstance(f);for(g&&(f.headers[Rw]=Fm());;)try{
g&&(f.headers[_w]=`attempt=${u+1}; max=${i}`);let{response:h,output:y}=await r(n);return s.recordSuccess(l),y.$metadata.attempts=u+1,y.$metadata.totalRetryDelay=
m,{response:h,output:y}}catch(h){let y=uL(h,e.logger);if(d=Cw(h),g&&t(f))throw(o.logger instanceof _e?console:o.logger)?.warn("An error was encountered in a non\
-retryable streaming request."),d;try{if(a?.aborted)throw d;l=await pc(s.refreshRetryTokenForRetry(l,y),a)}catch(x){throw x!==d&&a?.aborted&&xw(x)?x:(d.$metadata||
(d.$metadata={}),d.$metadata.attempts=u+1,d.$metadata.totalRetryDelay=m,d)}u=l.getRetryCount();let S=l.getRetryDelay();m+=(l?.$retryLog?.acquisitionDelay??0)+S,
S>0&&await pc(new Promise(x=>setTimeout(x,S)),a)}}else return s=s,s?.mode&&(o.userAgent=[...o.userAgent||[],["cfg/retry-mode",s.mode]]),s.retry(r,n)}}function Aw(t){
let e=hf(t);return r=>({applyToStack:o=>{o.add(e(r),fL)}})}var dL,uL,mL,fL,bw=p(()=>{T();F();k();Pr();gf();Sw();ww();Tw();vw();dL=t=>typeof t.acquireInitialRetryToken<
"u"&&typeof t.refreshRetryTokenForRetry<"u"&&typeof t.recordSuccess<"u",uL=(t,e)=>{let r={error:t,errorType:mL(t)},o=Iw(t.$response,e);return o&&(r.retryAfterHint=
o),r},mL=t=>ac(t)?"THROTTLING":cc(t)?"TRANSIENT":Ew(t)?"SERVER_ERROR":"CLIENT_ERROR",fL={name:"retryMiddleware",tags:["RETRY"],step:"finalizeRequest",priority:"\
high",override:!0}});var lc,Pw=p(()=>{gf();lc=class t{static setTimeoutFn=(e,r)=>setTimeout(e,r);beta;minCapacity;minFillRate;scaleConstant;smooth;enabled=!1;availableTokens=0;lastMaxRate=0;measuredTxRate=0;requestCount=0;fillRate;lastThrottleTime;lastTimestamp=0;lastTxRateBucket;maxCapacity;timeWindow=0;constructor(e){
this.beta=e?.beta??.7,this.minCapacity=e?.minCapacity??1,this.minFillRate=e?.minFillRate??.5,this.scaleConstant=e?.scaleConstant??.4,this.smooth=e?.smooth??.8,this.
lastThrottleTime=this.getCurrentTimeInSeconds(),this.lastTxRateBucket=Math.floor(this.getCurrentTimeInSeconds()),this.fillRate=this.minFillRate,this.maxCapacity=
this.minCapacity}async getSendToken(){return this.acquireTokenBucket(1)}updateClientSendingRate(e){let r;this.updateMeasuredRate();let o=e;if(o?.errorType==="TH\
ROTTLING"||ac(o?.error??e)){let i=this.enabled?Math.min(this.measuredTxRate,this.fillRate):this.measuredTxRate;this.lastMaxRate=i,this.calculateTimeWindow(),this.
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
return parseFloat(e.toFixed(8))}}});var Kt,dc=p(()=>{Kt=class{static v2026=!0;static delay(){return 50}static throttlingDelay(){return 1e3}static cost(){return 14}static throttlingCost(){return 5}static modifiedCostType(){
return"THROTTLING"}}});var uc,Ow=p(()=>{dc();uc=class{x=Kt.delay();computeNextBackoffDelay(e){let n=Math.random()*Math.min(this.x*2**e,2e4);return Math.floor(n)}setDelayBase(e){this.x=
e}}});var zs,Nw=p(()=>{zs=class{delay;count;cost;longPoll;$retryLog={acquisitionDelay:0};constructor(e,r,o,n){this.delay=e,this.count=r,this.cost=o,this.longPoll=n}getRetryCount(){
return this.count}getRetryDelay(){return Math.min(2e4,this.delay)}getRetryCost(){return this.cost}isLongPoll(){return this.longPoll}}});var Jt,co,at,Vs=p(()=>{(function(t){t.STANDARD="standard",t.ADAPTIVE="adaptive"})(Jt||(Jt={}));co=3,at=Jt.STANDARD});var mc,Jo,yf=p(()=>{Ow();Nw();Vs();dc();mc={incompatible:1,attempts:2,capacity:3},Jo=class{mode=Jt.STANDARD;retryBackoffStrategy;capacity=500;maxAttemptsProvider;baseDelay;constructor(e){
typeof e=="number"?this.maxAttemptsProvider=async()=>e:typeof e=="function"?this.maxAttemptsProvider=e:e&&typeof e=="object"&&(this.maxAttemptsProvider=async()=>e.
maxAttempts,this.baseDelay=e.baseDelay,this.retryBackoffStrategy=e.backoff),this.maxAttemptsProvider??=async()=>co,this.baseDelay??=Kt.delay(),this.retryBackoffStrategy??=
new uc}async acquireInitialRetryToken(e){return new zs(Kt.delay(),0,void 0,e.includes(":longpoll"))}async refreshRetryTokenForRetry(e,r){let o=await this.getMaxAttempts(),
n=this.retryCode(e,r,o),s=n===0,i=e.isLongPoll?.();if(s||i){let a=r.errorType;this.retryBackoffStrategy.setDelayBase(a==="THROTTLING"?Kt.throttlingDelay():this.
baseDelay);let c=this.retryBackoffStrategy.computeNextBackoffDelay(e.getRetryCount()),l=c;if(r.retryAfterHint instanceof Date&&(l=Math.max(c,Math.min(r.retryAfterHint.
getTime()-Date.now(),c+5e3))),s){let d=this.getCapacityCost(a);this.capacity-=d;let u=new zs(0,e.getRetryCount()+1,d,e.isLongPoll?.()??!1);return await new Promise(
m=>setTimeout(m,l)),u.$retryLog.acquisitionDelay=l,u}else{let d=n===mc.capacity&&i?l:0;d>0&&await new Promise(u=>setTimeout(u,d))}}throw new Error("No retry tok\
en available")}recordSuccess(e){this.capacity=Math.min(500,this.capacity+(e.getRetryCost()??1))}getCapacity(){return this.capacity}async maxAttempts(){return this.
maxAttemptsProvider()}async getMaxAttempts(){try{return await this.maxAttemptsProvider()}catch{return console.warn(`Max attempts provider could not resolve. Usi\
ng default of ${co}`),co}}retryCode(e,r,o){let n=e.getRetryCount()+1,s=this.isRetryableError(r.errorType)?0:mc.incompatible,i=n<o?0:mc.attempts,a=this.capacity>=
this.getCapacityCost(r.errorType)?0:mc.capacity;return s||i||a}getCapacityCost(e){return e===Kt.modifiedCostType()?Kt.throttlingCost():Kt.cost()}isRetryableError(e){
return e==="THROTTLING"||e==="TRANSIENT"}}});var fc,Dw=p(()=>{Pw();yf();Vs();fc=class{mode=Jt.ADAPTIVE;rateLimiter;standardRetryStrategy;constructor(e,r){let{rateLimiter:o}=r??{};this.rateLimiter=o??new lc,
this.standardRetryStrategy=r?new Jo({maxAttempts:typeof e=="number"?e:3,...r}):new Jo(e)}async acquireInitialRetryToken(e){let r=await this.standardRetryStrategy.
acquireInitialRetryToken(e);return await this.rateLimiter.getSendToken(),r}async refreshRetryTokenForRetry(e,r){this.rateLimiter.updateClientSendingRate(r);let o=await this.
standardRetryStrategy.refreshRetryTokenForRetry(e,r);return await this.rateLimiter.getSendToken(),o}recordSuccess(e){this.rateLimiter.updateClientSendingRate({}),
this.standardRetryStrategy.recordSuccess(e)}async maxAttemptsProvider(){return this.standardRetryStrategy.maxAttempts()}}});var Ef,xf,Yt,Xt,kw,$w,Qt,Lw=p(()=>{T();Dw();yf();Vs();dc();Ef="AWS_MAX_ATTEMPTS",xf="max_attempts",Yt={environmentVariableSelector:t=>{let e=t[Ef];if(!e)return;
let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Environment variable ${Ef} mast be a number, got "${e}"`);return r},configFileSelector:t=>{let e=t[xf];if(!e)
return;let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Shared config file entry ${xf} mast be a number, got "${e}"`);return r},default:co},Xt=(t,e)=>{let{
retryStrategy:r,retryMode:o}=t,{defaultMaxAttempts:n=co,defaultBaseDelay:s=Kt.delay()}=e??{},i=q(t.maxAttempts??n),a=r?Promise.resolve(r):void 0,c=async()=>{let l=await i();
return await q(o)()===Jt.ADAPTIVE?new fc(i,{maxAttempts:l,baseDelay:s}):new Jo({maxAttempts:l,baseDelay:s})};return Object.assign(t,{maxAttempts:i,retryStrategy:()=>a??=
c()})},kw="AWS_RETRY_MODE",$w="retry_mode",Qt={environmentVariableSelector:t=>t[kw],configFileSelector:t=>t[$w],default:at}});var Oee,lr,mt=p(()=>{dw();bw();Vs();Lw();Oee=hf(ff),lr=Aw(ff)});async function Uw(t,e,r){if(r.request?.headers?.["smithy-protocol"]==="rpc-v2-cbor"&&Ar(t,"PROTOCOL_RPC_V2_CBOR","M"),typeof e.retryStrategy=="function"){let s=await e.
retryStrategy();if(typeof s.mode=="string")switch(s.mode){case Jt.ADAPTIVE:Ar(t,"RETRY_MODE_ADAPTIVE","F");break;case Jt.STANDARD:Ar(t,"RETRY_MODE_STANDARD","E");
break}}if(typeof e.accountIdEndpointMode=="function"){let s=t.endpointV2;switch(String(s?.url?.hostname).match(yL)&&Ar(t,"ACCOUNT_ID_ENDPOINT","O"),await e.accountIdEndpointMode?.()){case"\
disabled":Ar(t,"ACCOUNT_ID_MODE_DISABLED","Q");break;case"preferred":Ar(t,"ACCOUNT_ID_MODE_PREFERRED","P");break;case"required":Ar(t,"ACCOUNT_ID_MODE_REQUIRED",
"R");break}}let n=t.__smithy_context?.selectedHttpAuthScheme?.identity;if(n?.$source){let s=n;s.accountId&&Ar(t,"RESOLVED_ACCOUNT_ID","T");for(let[i,a]of Object.
entries(s.$source??{}))Ar(t,i,a)}}var yL,Fw=p(()=>{mt();uE();yL=/\d{12}\.ddb/});var Sf,gc,Mw,Bw,Hw=p(()=>{Sf="user-agent",gc="x-amz-user-agent",Mw=/[^!$%&'*+\-.^_`|~\w]/g,Bw=/[^!$%&'*+\-.^_`|~\w#]/g});function Gw(t){let e="";for(let r in t){let o=t[r];if(e.length+o.length+1<=1024){e.length?e+=","+o:e+=o;continue}break}return e}var jw=p(()=>{});var qw,hc,Ww,Zt,Kw=p(()=>{F();mf();Fw();Hw();jw();qw=t=>(e,r)=>async o=>{let{request:n}=o;if(!G.isInstance(n))return e(o);let{headers:s}=n,i=r?.userAgent?.map(hc)||
[],a=(await t.defaultUserAgentProvider()).map(hc);await Uw(r,t,o);let c=r;a.push(`m/${Gw(Object.assign({},r.__smithy_context?.features,c.__aws_sdk_context?.features))}`);
let l=t?.customUserAgent?.map(hc)||[],d=await t.userAgentAppId();d&&a.push(hc(["app",`${d}`]));let u=pw(),m=(u?[u]:[]).concat([...a,...i,...l]).join(" "),f=[...a.
filter(g=>g.startsWith("aws-sdk-")),...l].join(" ");return t.runtime!=="browser"?(f&&(s[gc]=s[gc]?`${s[Sf]} ${f}`:f),s[Sf]=m):s[gc]=m,e({...o,request:n})},hc=t=>{
let e=t[0].split("/").map(i=>i.replace(Mw,"-")).join("/"),r=t[1]?.replace(Bw,"-"),o=e.indexOf("/"),n=e.substring(0,o),s=e.substring(o+1);return n==="api"&&(s=s.
toLowerCase()),[n,s,r].filter(i=>i&&i.length>0).reduce((i,a,c)=>{switch(c){case 0:return a;case 1:return`${i}/${a}`;default:return`${i}#${a}`}},"")},Ww={name:"g\
etUserAgentMiddleware",step:"build",priority:"low",tags:["SET_USER_AGENT","USER_AGENT"],override:!0},Zt=t=>({applyToStack:e=>{e.add(qw(t),Ww)}})});var yc,Jw,Yw=p(()=>{yc=require("node:process"),Jw=()=>{let t=["deno","bun","llrt"];for(let e of t)if(yc.versions[e])return[`md/${e}`,yc.versions[e]];return["md/\
nodejs",yc.versions.node]}});var _f,Xw=p(()=>{_f={isCrtAvailable:!1}});var Qw,Zw=p(()=>{Xw();Qw=()=>_f.isCrtAvailable?["md/crt-avail"]:null});var Ec,wf,er,eI=p(()=>{Ec=require("node:os"),wf=require("node:process");Yw();Zw();er=({serviceId:t,clientVersion:e})=>{let r=Jw();return async o=>{let n=[["aws-\
sdk-js",e],["ua","2.1"],[`os/${(0,Ec.platform)()}`,(0,Ec.release)()],["lang/js"],r],s=Qw();s&&n.push(s),t&&n.push([`api/${t}`,e]),wf.env.AWS_EXECUTION_ENV&&n.push(
[`exec-env/${wf.env.AWS_EXECUTION_ENV}`]);let i=await o?.userAgentAppId?.();return i?[...n,[`app/${i}`]]:[...n]}}});var tI,rI,EL,tr,oI=p(()=>{uf();tI="AWS_SDK_UA_APP_ID",rI="sdk_ua_app_id",EL="sdk-ua-app-id",tr={environmentVariableSelector:t=>t[tI],configFileSelector:t=>t[rI]??
t[EL],default:ic}});var nI=p(()=>{W()});var If,sI=p(()=>{W();nI();If=(t,e=!1)=>{if(e){for(let r of t.split("."))if(!If(r))return!1;return!0}return!(!Or(t)||t.length<3||t.length>63||t!==t.toLowerCase()||
Nn(t))}});var iI,aI=p(()=>{iI=t=>{let e=t.split(":");if(e.length<6)return null;let[r,o,n,s,i,...a]=e;if(r!=="arn"||o===""||n===""||a.join(":")==="")return null;let c=a.map(
l=>l.split("/")).flat();return{partition:o,service:n,region:s,accountId:i,resourceId:c}}});var ft,cI=p(()=>{W();sI();aI();mf();ft={isVirtualHostableS3Bucket:If,parseArn:iI,partition:cw};Pe.aws=ft});function Tf(t={}){return _({...be,async default(){return pI.silence||console.warn("@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credenti\
al-providers README and set a region explicitly."),"us-east-1"}},{...rt,...t})}var pI,lI=p(()=>{$();pI={silence:!1}});var rr,or,dI=p(()=>{rr=t=>({setRegion(e){t.region=e},region(){return t.region}}),or=t=>({region:t.region()})});var M=p(()=>{lE();dE();mE();N_();$_();V_();uf();Kw();eI();oI();cI();lI();dI()});var xc,Sc,uI=p(()=>{F();xc=t=>Ye.isInstance(t)?t.headers?.date??t.headers?.Date:void 0,Sc=t=>Ye.isInstance(t)?t.headers?.age??t.headers?.Age:void 0});var qs,mI=p(()=>{qs=t=>new Date(Date.now()+t)});var Rc,fI=p(()=>{Rc=(t,e,r,o)=>{if(o!==void 0)return e;let n=Date.parse(t);if(Number.isNaN(n))return e;let s=Date.now();return r!==void 0&&s-r>9e5?e:n-s}});var Cf=p(()=>{uI();mI();fI()});var Ws,xL,Ks,ge,vf=p(()=>{F();Pr();Cf();Ws=(t,e)=>{if(!e)throw new Error(`Property \`${t}\` is not resolved for AWS SDK SigV4Auth`);return e},xL=t=>t.context?.[xr]?.
eventStream?.output===!0,Ks=async t=>{let e=Ws("context",t.context),r=Ws("config",t.config),o=e.endpointV2?.properties?.authSchemes?.[0],s=await Ws("signer",r.signer)(
o),i=t?.signingRegion,a=t?.signingRegionSet,c=t?.signingName;return{config:r,signer:s,signingRegion:i,signingRegionSet:a,signingName:c}},ge=class{async sign(e,r,o){
if(!G.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");let n=await Ks(o),{config:s,signer:i}=n,{signingRegion:a,
signingName:c}=n,l=o.context;if(l?.authSchemes?.length??!1){let[f,g]=l.authSchemes;f?.name==="sigv4a"&&g?.name==="sigv4"&&(a=g?.signingRegion??a,c=g?.signingName??
c)}let d=await s.disableClockSkewCorrection?.()===!0;o._disableClockSkewCorrection=d;let u=d||xL(o);return o._skipClockSkewSampling=u,u||(o._preRequestSystemClockOffset=
s.systemClockOffset,o._requestSentAt=Date.now()),await i.sign(e,{signingDate:d?new Date:qs(s.systemClockOffset),signingRegion:a,signingService:c})}errorHandler(e){
return r=>{let o=r;if(!e._skipClockSkewSampling&&!e._disableClockSkewCorrection){let n=o.ServerTime??xc(o.$response);if(n){let s=Ws("config",e.config),i=e._preRequestSystemClockOffset,
a=e._requestSentAt,c=Sc(o.$response),l=Rc(n,s.systemClockOffset,a,c);s.systemClockOffset=l,Math.abs(l)>=24e4&&(l!==i||i!==void 0&&i!==l)&&o.$metadata&&(o.$metadata.
clockSkewCorrected=!0)}}throw r}}successHandler(e,r){if(r._skipClockSkewSampling||r._disableClockSkewCorrection)return;let o=xc(e);if(o){let n=Ws("config",r.config),
s=r._requestSentAt,i=Sc(e);n.systemClockOffset=Rc(o,n.systemClockOffset,s,i)}}}});var po,gI=p(()=>{F();Cf();vf();po=class extends ge{async sign(e,r,o){if(!G.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and ca\
nnot be signed");let{config:n,signer:s,signingRegion:i,signingRegionSet:a,signingName:c}=await Ks(o),d=(await n.sigv4aSigningRegionSet?.()??a??[i]).join(","),u=await n.
disableClockSkewCorrection?.()===!0;return o._disableClockSkewCorrection=u,u||(o._preRequestSystemClockOffset=n.systemClockOffset,o._requestSentAt=Date.now()),await s.
sign(e,{signingDate:u?new Date:qs(n.systemClockOffset),signingRegion:d,signingService:c})}}});var Af,hI=p(()=>{Af=t=>typeof t=="string"&&t.length>0?t.split(",").map(e=>e.trim()):[]});var yI,EI=p(()=>{yI=t=>`AWS_BEARER_TOKEN_${t.replace(/[\s-]/g,"_").toUpperCase()}`});var xI,SI,gt,RI=p(()=>{hI();EI();xI="AWS_AUTH_SCHEME_PREFERENCE",SI="auth_scheme_preference",gt={environmentVariableSelector:(t,e)=>{if(e?.signingName&&yI(e.signingName)in
t)return["httpBearerAuth"];if(xI in t)return Af(t[xI])},configFileSelector:t=>{if(SI in t)return Af(t[SI])},default:[]}});var _c,wc,_I=p(()=>{it();$();_c=t=>(t.sigv4aSigningRegionSet=_r(t.sigv4aSigningRegionSet),t),wc={environmentVariableSelector(t){if(t.AWS_SIGV4A_SIGNING_REGION_SET)
return t.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map(e=>e.trim());throw new Ge("AWS_SIGV4A_SIGNING_REGION_SET not set in env.",{tryNextLink:!0})},configFileSelector(t){
if(t.sigv4a_signing_region_set)return(t.sigv4a_signing_region_set??"").split(",").map(e=>e.trim());throw new Ge("sigv4a_signing_region_set not set in profile.",
{tryNextLink:!0})},default:void 0}});function II(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var Ic,wI,SL,bf,TI=p(()=>{k();k();Ic=class{format(e){let r=[];for(let s in e){
if(!P(e,s))continue;let i=se(s);r.push(Uint8Array.from([i.byteLength]),i,this.formatHeaderValue(e[s]))}let o=new Uint8Array(r.reduce((s,i)=>s+i.byteLength,0)),n=0;
for(let s of r)o.set(s,n),n+=s.byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.
from([2,e.value]);case"short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(
new ArrayBuffer(5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let n=new Uint8Array(9);return n[0]=5,n.set(e.value.bytes,
1),n;case"binary":let s=new DataView(new ArrayBuffer(3+e.value.byteLength));s.setUint8(0,6),s.setUint16(1,e.value.byteLength,!1);let i=new Uint8Array(s.buffer);
return i.set(e.value,3),i;case"string":let a=se(e.value),c=new DataView(new ArrayBuffer(3+a.byteLength));c.setUint8(0,7),c.setUint16(1,a.byteLength,!1);let l=new Uint8Array(
c.buffer);return l.set(a,3),l;case"timestamp":let d=new Uint8Array(9);return d[0]=8,d.set(bf.fromNumber(e.value.valueOf()).bytes,1),d;case"uuid":if(!SL.test(e.value))
throw new Error(`Invalid UUID received: ${e.value}`);let u=new Uint8Array(17);return u[0]=9,u.set(Du(e.value.replace(/-/g,"")),1),u}}};(function(t){t[t.boolTrue=
0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=6]="byteArray",t[t.
string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(wI||(wI={}));SL=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,bf=class t{bytes;constructor(e){
if(this.bytes=e,e.byteLength!==8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(
`${e} is too large (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,n=Math.abs(Math.round(e));o>-1&&n>0;o--,n/=256)r[o]=
n;return e<0&&II(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&II(e),parseInt(Qe(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var CI,vI,Pf,AI,bI,Of,Nf,Df,kf,RL,PI,OI,Js,NI,DI,kI,$I,Tc,LI,UI,FI,$f,MI,Yo=p(()=>{CI="X-Amz-Algorithm",vI="X-Amz-Credential",Pf="X-Amz-Date",AI="X-Amz-SignedHe\
aders",bI="X-Amz-Expires",Of="X-Amz-Signature",Nf="X-Amz-Security-Token",Df="authorization",kf=Pf.toLowerCase(),RL="date",PI=[Df,kf,RL],OI=Of.toLowerCase(),Js="\
x-amz-content-sha256",NI=Nf.toLowerCase(),DI={authorization:!0,"cache-control":!0,connection:!0,expect:!0,from:!0,"keep-alive":!0,"max-forwards":!0,pragma:!0,referer:!0,
te:!0,trailer:!0,"transfer-encoding":!0,upgrade:!0,"user-agent":!0,"x-amzn-trace-id":!0},kI=/^proxy-/,$I=/^sec-/,Tc="AWS4-HMAC-SHA256",LI="AWS4-HMAC-SHA256-PAYL\
OAD",UI="UNSIGNED-PAYLOAD",FI=50,$f="aws4_request",MI=3600*24*7});var BI,HI=p(()=>{k();F();Yo();BI=({query:t={}})=>{let e=[],r={};for(let o in t){if(!P(t,o)||o.toLowerCase()===OI)continue;let n=Rr(o);e.push(n);let s=t[o];typeof s==
"string"?r[n]=`${n}=${Rr(s)}`:Array.isArray(s)&&(r[n]=s.slice(0).reduce((i,a)=>i.concat([`${n}=${Rr(a)}`]),[]).sort().join("&"))}return e.sort().map(o=>r[o]).filter(
o=>o).join("&")}});var GI,_L,jI=p(()=>{GI=t=>_L(t).toISOString().replace(/\.\d{3}Z$/,"Z"),_L=t=>typeof t=="number"?new Date(t*1e3):typeof t=="string"?Number(t)?new Date(Number(t)*
1e3):new Date(t):t});var Cc,zI=p(()=>{T();F();k();HI();jI();Cc=class{service;regionProvider;credentialProvider;sha256;uriEscapePath;applyChecksum;constructor({applyChecksum:e,credentials:r,
region:o,service:n,sha256:s,uriEscapePath:i=!0}){this.service=n,this.sha256=s,this.uriEscapePath=i,this.applyChecksum=typeof e=="boolean"?e:!0,this.regionProvider=
q(o),this.credentialProvider=q(r)}createCanonicalRequest(e,r,o){let n=Object.keys(r).sort();return`${e.method}
${this.getCanonicalPath(e)}
${BI(e)}
${n.map(s=>`${s}:${r[s]}`).join(`
`)}

${n.join(";")}
${o}`}async createStringToSign(e,r,o,n){let s=new this.sha256;s.update(vt(o));let i=await s.digest();return`${n}
${e}
${r}
${Qe(i)}`}getCanonicalPath({path:e}){if(this.uriEscapePath){let r=[];for(let s of e.split("/"))s?.length!==0&&s!=="."&&(s===".."?r.pop():r.push(s));let o=`${e?.
startsWith("/")?"/":""}${r.join("/")}${r.length>0&&e?.endsWith("/")?"/":""}`;return Rr(o).replace(/%2F/g,"/")}return e}validateResolvedCredentials(e){if(typeof e!=
"object"||typeof e.accessKeyId!="string"||typeof e.secretAccessKey!="string")throw new Error("Resolved credential object is not valid")}formatDate(e){let r=GI(e).
replace(/[-:]/g,"");return{longDate:r,shortDate:r.slice(0,8)}}getCanonicalHeaderList(e){return Object.keys(e).sort().join(";")}}});var vc,Lf,Ac,qI,VI,WI=p(()=>{k();Yo();vc={},Lf=[],Ac=(t,e,r)=>`${t}/${e}/${r}/${$f}`,qI=async(t,e,r,o,n)=>{let s=await VI(t,e.secretAccessKey,e.accessKeyId),i=`${r}\
:${o}:${n}:${Qe(s)}:${e.sessionToken}`;if(i in vc)return vc[i];for(Lf.push(i);Lf.length>FI;)delete vc[Lf.shift()];let a=`AWS4${e.secretAccessKey}`;for(let c of[
r,o,n,$f])a=await VI(t,a,c);return vc[i]=a},VI=(t,e,r)=>{let o=new t(e);return o.update(vt(r)),o.digest()}});var Uf,KI=p(()=>{k();Yo();Uf=({headers:t},e,r)=>{let o={};for(let n of Object.keys(t).sort()){if(t[n]==null)continue;let s=n.toLowerCase();(P(DI,s)||e?.has(s)||
kI.test(s)||$I.test(s))&&(!r||r&&!r.has(s))||(s==="__proto__"&&qr(o),o[s]=t[n].replace(/[\r\n]/g," ").replace(/[ \t]+/g," ").replace(/^ | $/g,""))}return o}});var bc,JI=p(()=>{k();k();Yo();bc=async({headers:t,body:e},r)=>{for(let o in t)if(P(t,o)&&o.toLowerCase()===Js)return t[o];if(e==null)return"e3b0c44298fc1c149afb\
f4c8996fb92427ae41e4649b934ca495991b7852b855";if(typeof e=="string"||ArrayBuffer.isView(e)||hs(e)){let o=new r;return o.update(vt(e)),Qe(await o.digest())}return UI}});var YI,XI=p(()=>{k();YI=(t,e)=>{t=t.toLowerCase();for(let r in e)if(P(e,r)&&t===r.toLowerCase())return!0;return!1}});var QI,ZI=p(()=>{k();F();QI=(t,e={})=>{let{headers:r,query:o={}}=G.clone(t);for(let n in r){if(!P(r,n))continue;let s=n.toLowerCase();(s.slice(0,6)==="x-amz-"&&
!e.unhoistableHeaders?.has(s)||e.hoistableHeaders?.has(s))&&(o[n]=r[n],delete r[n])}return{...t,headers:r,query:o}}});var Ff,eT=p(()=>{k();F();Yo();Ff=t=>{t=G.clone(t);for(let e in t.headers)P(t.headers,e)&&PI.indexOf(e.toLowerCase())>-1&&delete t.headers[e];return t}});var lo,tT=p(()=>{k();TI();zI();Yo();WI();KI();JI();XI();ZI();eT();lo=class extends Cc{headerFormatter=new Ic;constructor({applyChecksum:e,credentials:r,region:o,
service:n,sha256:s,uriEscapePath:i=!0}){super({applyChecksum:e,credentials:r,region:o,service:n,sha256:s,uriEscapePath:i})}async presign(e,r={}){let{signingDate:o=new Date,
expiresIn:n=3600,unsignableHeaders:s,unhoistableHeaders:i,signableHeaders:a,hoistableHeaders:c,signingRegion:l,signingService:d}=r,u=await this.credentialProvider();
this.validateResolvedCredentials(u);let m=l??await this.regionProvider(),{longDate:f,shortDate:g}=this.formatDate(o);if(n>MI)return Promise.reject("Signature ve\
rsion 4 presigned URLs must have an expiration date less than one week in the future");let h=Ac(g,m,d??this.service),y=QI(Ff(e),{unhoistableHeaders:i,hoistableHeaders:c});
u.sessionToken&&(y.query[Nf]=u.sessionToken),y.query[CI]=Tc,y.query[vI]=`${u.accessKeyId}/${h}`,y.query[Pf]=f,y.query[bI]=n.toString(10);let S=Uf(y,s,a);return y.
query[AI]=this.getCanonicalHeaderList(S),y.query[Of]=await this.getSignature(f,h,this.getSigningKey(u,m,g,d),this.createCanonicalRequest(y,S,await bc(e,this.sha256))),
y}async sign(e,r){return typeof e=="string"?this.signString(e,r):e.headers&&e.payload?this.signEvent(e,r):e.message?this.signMessage(e,r):this.signRequest(e,r)}async signEvent({
headers:e,payload:r},{signingDate:o=new Date,priorSignature:n,signingRegion:s,signingService:i,eventStreamCredentials:a}){let c=s??await this.regionProvider(),{
shortDate:l,longDate:d}=this.formatDate(o),u=Ac(l,c,i??this.service),m=await bc({headers:{},body:r},this.sha256),f=new this.sha256;f.update(e);let g=Qe(await f.
digest()),h=[LI,d,u,n,g,m].join(`
`);return this.signString(h,{signingDate:o,signingRegion:c,signingService:i,eventStreamCredentials:a})}async signMessage(e,{signingDate:r=new Date,signingRegion:o,
signingService:n,eventStreamCredentials:s}){return this.signEvent({headers:this.headerFormatter.format(e.message.headers),payload:e.message.body},{signingDate:r,
signingRegion:o,signingService:n,priorSignature:e.priorSignature,eventStreamCredentials:s}).then(a=>({message:e.message,signature:a}))}async signString(e,{signingDate:r=new Date,
signingRegion:o,signingService:n,eventStreamCredentials:s}={}){let i=s??await this.credentialProvider();this.validateResolvedCredentials(i);let a=o??await this.
regionProvider(),{shortDate:c}=this.formatDate(r),l=new this.sha256(await this.getSigningKey(i,a,c,n));return l.update(vt(e)),Qe(await l.digest())}async signRequest(e,{
signingDate:r=new Date,signableHeaders:o,unsignableHeaders:n,signingRegion:s,signingService:i}={}){let a=await this.credentialProvider();this.validateResolvedCredentials(
a);let c=s??await this.regionProvider(),l=Ff(e),{longDate:d,shortDate:u}=this.formatDate(r),m=Ac(u,c,i??this.service);l.headers[kf]=d,a.sessionToken&&(l.headers[NI]=
a.sessionToken);let f=await bc(l,this.sha256);!YI(Js,l.headers)&&this.applyChecksum&&(l.headers[Js]=f);let g=Uf(l,n,o),h=await this.getSignature(d,m,this.getSigningKey(
a,c,u,i),this.createCanonicalRequest(l,g,f));return l.headers[Df]=`${Tc} Credential=${a.accessKeyId}/${m}, SignedHeaders=${this.getCanonicalHeaderList(g)}, Sign\
ature=${h}`,l}async getSignature(e,r,o,n){let s=await this.createStringToSign(e,r,n,Tc),i=new this.sha256(await o);return i.update(vt(s)),Qe(await i.digest())}getSigningKey(e,r,o,n){
return qI(this.sha256,e,o,r,n||this.service)}}});var Pc,rT=p(()=>{Pc={SignatureV4a:null}});var Oc=p(()=>{tT();rT()});function wL(t,{credentials:e,credentialDefaultProvider:r}){let o;return e?e?.memoized?o=e:o=sc(e,nc,js):r?o=_r(r(Object.assign({},t,{parentClientConfig:t}))):o=
async()=>{throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.")},o.memoized=!0,
o}function IL(t,e){if(e.configBound)return e;let r=async o=>e({...o,callerClientConfig:t});return r.memoized=e.memoized,r.configBound=!0,r}var Mf,oT=p(()=>{M();
it();Oc();Mf=t=>e=>{let r=e.credentials,o=!!e.credentials,n;Object.defineProperty(e,"credentials",{set(d){d&&d!==r&&d!==n&&(o=!0),r=d;let u=wL(e,{credentials:r,
credentialDefaultProvider:e.credentialDefaultProvider}),m=IL(e,u);if(o&&!m.attributed){let f=typeof r=="object"&&r!==null;n=async g=>{let y=await m(g);return f&&
(!y.$source||Object.keys(y.$source).length===0)?B(y,"CREDENTIALS_CODE","e"):y},n.memoized=m.memoized,n.configBound=m.configBound,n.attributed=!0}else n=m},get(){
return n},enumerable:!0,configurable:!0}),e.credentials=r;let{signingEscapePath:s=!0,systemClockOffset:i=e.systemClockOffset||0,sha256:a}=e,c;return e.signer?c=
_r(e.signer):e.regionInfoProvider?c=()=>_r(e.region)().then(async d=>[await e.regionInfoProvider(d,{useFipsEndpoint:await e.useFipsEndpoint(),useDualstackEndpoint:await e.
useDualstackEndpoint()})||{},d]).then(([d,u])=>{let{signingRegion:m,signingService:f}=d;e.signingRegion=e.signingRegion||m||u,e.signingName=e.signingName||f||e.
serviceId;let g={...e,credentials:e.credentials,region:e.signingRegion,service:e.signingName,sha256:a,uriEscapePath:s},h=e.signerConstructor||lo;return new h(g)}):
c=async d=>{d=Object.assign({},{name:"sigv4",signingName:e.signingName||e.defaultSigningName,signingRegion:await _r(e.region)(),properties:{}},d);let u=d.signingRegion,
m=d.signingName;e.signingRegion=e.signingRegion||u,e.signingName=e.signingName||m||e.serviceId;let f={...e,credentials:e.credentials,region:e.signingRegion,service:e.
signingName,sha256:a,uriEscapePath:s},g=e.signerConstructor||lo;return new g(f)},Object.assign(e,{systemClockOffset:i,signingEscapePath:s,signer:c,disableClockSkewCorrection:_r(
e.disableClockSkewCorrection??t)})}});var Bf=p(()=>{vf();gI();RI();_I();oT()});var CL,vL,nT,sT=p(()=>{$();CL="AWS_DISABLE_CLOCK_SKEW_CORRECTION",vL="disable_clock_skew_correction",nT={environmentVariableSelector:t=>bt(t,CL,Ze.ENV),configFileSelector:t=>bt(
t,vL,Ze.CONFIG),default:!1}});var iT,aT=p(()=>{$();sT();iT=_(nT)});var dr,we=p(()=>{Bf();Bf();aT();dr=Mf(iT)});var Ys,Xs,Hf,Gf,jf,zf,Nc,fT=p(()=>{M();$();Ys="AWS_ACCESS_KEY_ID",Xs="AWS_SECRET_ACCESS_KEY",Hf="AWS_SESSION_TOKEN",Gf="AWS_CREDENTIAL_EXPIRATION",jf="AWS_CREDE\
NTIAL_SCOPE",zf="AWS_ACCOUNT_ID",Nc=t=>async()=>{t?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");let e=process.env[Ys],r=process.env[Xs],o=process.
env[Hf],n=process.env[Gf],s=process.env[jf],i=process.env[zf];if(e&&r){let a={accessKeyId:e,secretAccessKey:r,...o&&{sessionToken:o},...n&&{expiration:new Date(
n)},...s&&{credentialScope:s},...i&&{accountId:i}};return B(a,"CREDENTIALS_ENV_VARS","g"),a}throw new R("Unable to find environment variable credentials.",{logger:t?.
logger})}});var gT={};sr(gT,{ENV_ACCOUNT_ID:()=>zf,ENV_CREDENTIAL_SCOPE:()=>jf,ENV_EXPIRATION:()=>Gf,ENV_KEY:()=>Ys,ENV_SECRET:()=>Xs,ENV_SESSION:()=>Hf,fromEnv:()=>Nc});var Vf=p(
()=>{fT()});var Dc,kc,qf=p(()=>{Dc=t=>!!t&&typeof t=="object"&&typeof t.AccessKeyId=="string"&&typeof t.SecretAccessKey=="string"&&typeof t.Token=="string"&&typeof t.Expiration==
"string",kc=t=>({accessKeyId:t.AccessKeyId,secretAccessKey:t.SecretAccessKey,sessionToken:t.Token,expiration:new Date(t.Expiration),...t.AccountId&&{accountId:t.
AccountId}})});var hT,yT,Mn,$c=p(()=>{hT=1e3,yT=0,Mn=({maxRetries:t=0,timeout:e=1e3})=>({maxRetries:t,timeout:e})});var Wf,ET=p(()=>{Wf=Ur(require("node:http"))});function uo(t){return new Promise((e,r)=>{let o=Wf.default.request({method:"GET",...t,hostname:t.hostname?.replace(/^\[(.+)\]$/,"$1")});o.on("error",n=>{r(Object.
assign(new Ge("Unable to connect to instance metadata service"),n)),o.destroy()}),o.on("timeout",()=>{r(new Ge("TimeoutError from instance metadata service")),o.
destroy()}),o.on("response",n=>{let{statusCode:s=400}=n;(s<200||300<=s)&&(r(Object.assign(new Ge("Error response received from instance metadata service"),{statusCode:s})),
o.destroy());let i=[];n.on("data",a=>{i.push(a)}),n.on("end",()=>{e(Buffer.concat(i)),o.destroy()})}),o.end()})}var Lc=p(()=>{$();ET()});var Qs,Kf=p(()=>{Qs=(t,e)=>{let r=t();for(let o=0;o<e;o++)r=r.catch(t);return r}});var Bn,Zs,Uc,xT,PL,OL,NL,DL,kL,ST=p(()=>{$();qf();$c();Lc();Kf();Bn="AWS_CONTAINER_CREDENTIALS_FULL_URI",Zs="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",Uc="AWS_CON\
TAINER_AUTHORIZATION_TOKEN",xT=(t={})=>{let{timeout:e,maxRetries:r}=Mn(t);return()=>Qs(async()=>{let o=await kL({logger:t.logger}),n=JSON.parse(await PL(e,o));if(!Dc(
n))throw new R("Invalid response received from instance metadata service.",{logger:t.logger});return kc(n)},r)},PL=async(t,e)=>(process.env[Uc]&&(e.headers={...e.
headers,Authorization:process.env[Uc]}),(await uo({...e,timeout:t})).toString()),OL="169.254.170.2",NL=new Set(["localhost","127.0.0.1"]),DL=new Set(["http:","h\
ttps:"]),kL=async({logger:t})=>{if(process.env[Zs])return{hostname:OL,path:process.env[Zs]};if(process.env[Bn]){let e;try{e=new URL(process.env[Bn])}catch{throw new R(
`${process.env[Bn]} is not a valid container metadata service URL`,{tryNextLink:!1,logger:t})}if(!e.hostname||!NL.has(e.hostname))throw new R(`${e.hostname} is \
not a valid container metadata service hostname`,{tryNextLink:!1,logger:t});if(!e.protocol||!DL.has(e.protocol))throw new R(`${e.protocol} is not a valid contai\
ner metadata service protocol`,{tryNextLink:!1,logger:t});return{protocol:e.protocol,hostname:e.hostname,path:e.pathname+e.search,port:e.port?parseInt(e.port,10):
void 0}}throw new R(`The container metadata credential provider cannot be used unless the ${Zs} or ${Bn} environment variable is set`,{tryNextLink:!1,logger:t})}});var Fc,RT=p(()=>{$();Fc=class t extends R{tryNextLink;name="InstanceMetadataV1FallbackError";constructor(e,r=!0){super(e,r),this.tryNextLink=r,Object.setPrototypeOf(
this,t.prototype)}}});var Xo,Jf=p(()=>{(function(t){t.IPv4="http://169.254.169.254",t.IPv6="http://[fd00:ec2::254]"})(Xo||(Xo={}))});var $L,LL,_T,wT=p(()=>{$L="AWS_EC2_METADATA_SERVICE_ENDPOINT",LL="ec2_metadata_service_endpoint",_T={environmentVariableSelector:t=>t[$L],configFileSelector:t=>t[LL],
default:void 0}});var mo,Yf=p(()=>{(function(t){t.IPv4="IPv4",t.IPv6="IPv6"})(mo||(mo={}))});var UL,FL,IT,TT=p(()=>{Yf();UL="AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",FL="ec2_metadata_service_endpoint_mode",IT={environmentVariableSelector:t=>t[UL],configFileSelector:t=>t[FL],
default:mo.IPv4}});var Mc,ML,BL,Xf=p(()=>{$();F();Jf();wT();Yf();TT();Mc=async()=>fe(await ML()||await BL()),ML=async()=>_(_T)(),BL=async()=>{let t=await _(IT)();switch(t){case mo.
IPv4:return Xo.IPv4;case mo.IPv6:return Xo.IPv6;default:throw new Error(`Unsupported endpoint mode: ${t}. Select from ${Object.values(mo)}`)}}});var HL,Qf,CT=p(()=>{HL="https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html",Qf=(t,e)=>{let r=300+Math.floor(Math.random()*300),o=new Date(
Date.now()+r*1e3);e.warn(`Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be atte\
mpted after ${new Date(o)}.
For more information, please visit: `+HL);let n=t.originalExpiration??t.expiration;return{...t,...n?{originalExpiration:n}:{},expiration:o}}});var vT,AT=p(()=>{CT();vT=(t,e={})=>{let r=e?.logger||console,o;return async()=>{let n;try{n=await t(),n.expiration&&n.expiration.getTime()<Date.now()&&(n=Qf(n,r))}catch(s){
if(o)r.warn("Credential renew failed: ",s),n=Qf(o,r);else throw s}return o=n,n}}});var OT,GL,Zf,bT,PT,NT,jL,zL,VL,qL,DT=p(()=>{$();RT();qf();$c();Lc();Kf();Xf();AT();OT="/latest/meta-data/iam/security-credentials/",GL="/latest/api/token",Zf="A\
WS_EC2_METADATA_V1_DISABLED",bT="ec2_metadata_v1_disabled",PT="x-aws-ec2-metadata-token",NT=(t={})=>vT(jL(t),{logger:t.logger}),jL=(t={})=>{let e=!1,{logger:r,profile:o}=t,
{timeout:n,maxRetries:s}=Mn(t),i=async(a,c)=>{if(e||c.headers?.[PT]==null){let u=!1,m=!1,f=await _({environmentVariableSelector:g=>{let h=g[Zf];if(m=!!h&&h!=="f\
alse",h===void 0)throw new R(`${Zf} not set in env, checking config file next.`,{logger:t.logger});return m},configFileSelector:g=>{let h=g[bT];return u=!!h&&h!==
"false",u},default:!1},{profile:o})();if(t.ec2MetadataV1Disabled||f){let g=[];throw t.ec2MetadataV1Disabled&&g.push("credential provider initialization (runtime\
 option ec2MetadataV1Disabled)"),u&&g.push(`config file profile (${bT})`),m&&g.push(`process environment variable (${Zf})`),new Fc(`AWS EC2 Metadata v1 fallback\
 has been blocked by AWS SDK configuration in the following: [${g.join(", ")}].`)}}let d=(await Qs(async()=>{let u;try{u=await VL(c)}catch(m){throw m.statusCode===
401&&(e=!1),m}return u},a)).trim();return Qs(async()=>{let u;try{u=await qL(d,c,t)}catch(m){throw m.statusCode===401&&(e=!1),m}return u},a)};return async()=>{let a=await Mc();
if(e)return r?.debug("AWS SDK Instance Metadata","using v1 fallback (no token fetch)"),i(s,{...a,timeout:n});{let c;try{c=(await zL({...a,timeout:n})).toString()}catch(l){
if(l?.statusCode===400)throw Object.assign(l,{message:"EC2 Metadata token request returned error"});return(l.message==="TimeoutError"||[403,404,405].includes(l.
statusCode))&&(e=!0),r?.debug("AWS SDK Instance Metadata","using v1 fallback (initial)"),i(s,{...a,timeout:n})}return i(s,{...a,headers:{[PT]:c},timeout:n})}}},
zL=async t=>uo({...t,path:GL,method:"PUT",headers:{"x-aws-ec2-metadata-token-ttl-seconds":"21600"}}),VL=async t=>(await uo({...t,path:OT})).toString(),qL=async(t,e,r)=>{
let o=JSON.parse((await uo({...e,path:OT+t})).toString());if(!Dc(o))throw new R("Invalid response received from instance metadata service.",{logger:r.logger});return kc(
o)}});var Bc={};sr(Bc,{DEFAULT_MAX_RETRIES:()=>yT,DEFAULT_TIMEOUT:()=>hT,ENV_CMDS_AUTH_TOKEN:()=>Uc,ENV_CMDS_FULL_URI:()=>Bn,ENV_CMDS_RELATIVE_URI:()=>Zs,Endpoint:()=>Xo,
fromContainerMetadata:()=>xT,fromInstanceMetadata:()=>NT,getInstanceMetadataEndpoint:()=>Mc,httpRequest:()=>uo,providerConfigFromInit:()=>Mn});var Hc=p(()=>{ST();
DT();$c();Lc();Xf();Jf()});function eg(t){let e=t&&typeof t=="object"&&"reason"in t?t.reason:void 0;if(e){if(e instanceof Error){let n=new Error("Request aborted");return n.name="AbortErr\
or",n.cause=e,n}let o=new Error(String(e));return o.name="AbortError",o}let r=new Error("Request aborted");return r.name="AbortError",r}var kT=p(()=>{});var $T,LT=p(()=>{$T=["ECONNRESET","EPIPE","ETIMEDOUT"]});var UT,FT=p(()=>{k();UT=t=>{let e={};for(let r in t){if(!P(t,r))continue;let o=t[r];e[r]=Array.isArray(o)?o.join(","):o}return e}});var Hn,MT=p(()=>{Hn=Ur(require("node:https"))});var ie,Qo=p(()=>{ie={setTimeout:(t,e)=>setTimeout(t,e),clearTimeout:t=>clearTimeout(t)}});var BT,HT,GT=p(()=>{Qo();BT=1e3,HT=(t,e,r=0)=>{if(!r)return-1;let o=n=>{let s=ie.setTimeout(()=>{t.destroy(),e(Object.assign(new Error(`@smithy/node-http-handle\
r - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`),{name:"TimeoutError"}))},r-n),i=a=>{a?.connecting?
a.on("connect",()=>{ie.clearTimeout(s)}):ie.clearTimeout(s)};t.socket?i(t.socket):t.on("socket",i)};return r<2e3?(o(0),0):ie.setTimeout(o.bind(null,BT),BT)}});var jT,zT=p(()=>{Qo();jT=(t,e,r=0,o,n)=>r?ie.setTimeout(()=>{let s=`@smithy/node-http-handler - [${o?"ERROR":"WARN"}] a request has exceeded the configured ${r}\
 ms requestTimeout.`;if(o){let i=Object.assign(new Error(s),{name:"TimeoutError",code:"ETIMEDOUT"});t.destroy(i),e(i)}else s+=" Init client requestHandler with \
throwOnRequestTimeout=true to turn this into an error.",n?.warn?.(s)},r):-1});var WL,VT,qT=p(()=>{Qo();WL=3e3,VT=(t,{keepAlive:e,keepAliveMsecs:r},o=WL)=>{if(e!==!0)return-1;let n=()=>{t.socket?t.socket.setKeepAlive(e,r||0):t.on("socket",
s=>{s.setKeepAlive(e,r||0)})};return o===0?(n(),0):ie.setTimeout(n,o)}});var Gc,WT=p(()=>{Gc=t=>{let e=t?.defaultSocketTimeout;return typeof e=="number"&&Number.isFinite(e)&&e>0?e:void 0}});var KL,tg,KT=p(()=>{Qo();KL=3e3,tg=(t,e,r=0,o=!1)=>{if(!Number.isFinite(r)||r<=0)return;let n;t.once("response",c=>n=c);let s=()=>{if(n?.complete){t.socket?.destroy();
return}let c=Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${o?"service default socket timeout":
"configured by client requestHandler"}).`),{name:"TimeoutError"});n?.destroy(c),t.destroy(),e(c)},i=()=>{let{socket:c}=t;c?c.connecting?c.once("connect",i):(c.setTimeout(
r,s),t.on("close",()=>c.removeListener("timeout",s))):t.once("socket",i)};if(r<6e3){i();return}let a=ie.setTimeout(i,KL);t.once("close",()=>ie.clearTimeout(a))}});async function XT(t,e,r=JT,o=!1){let n=e.headers,s=n?n.Expect||n.expect:void 0,i=-1,a=!0;!o&&s==="100-continue"&&(a=await Promise.race([new Promise(c=>{i=Number(
ie.setTimeout(()=>c(!0),Math.max(JT,r)))}),new Promise(c=>{t.on("continue",()=>{ie.clearTimeout(i),c(!0)}),t.on("response",()=>{ie.clearTimeout(i),c(!1)}),t.on(
"error",()=>{ie.clearTimeout(i),c(!1)})})])),a&&JL(t,e.body)}function JL(t,e){if(e instanceof YT.Readable){e.pipe(t);return}if(e){let r=Buffer.isBuffer(e);if(r||
typeof e=="string"){r&&e.byteLength===0?t.end():t.end(e);return}let n=e;if(typeof n=="object"&&n.buffer&&typeof n.byteOffset=="number"&&typeof n.byteLength=="nu\
mber"){t.end(Buffer.from(n.buffer,n.byteOffset,n.byteLength));return}t.end(Buffer.from(e));return}t.end()}var YT,JT,QT=p(()=>{YT=require("node:stream");Qo();JT=
6e3});var jc,ZT,Ne,e0=p(()=>{k();F();kT();LT();FT();MT();GT();zT();qT();WT();KT();Qo();QT();Ne=class t{config;configProvider;socketWarningTimestamp=0;externalAgent=!1;metadata={
handlerProtocol:"http/1.1"};static create(e){return typeof e?.handle=="function"?e:new t(e)}static checkSocketUsage(e,r,o=console){let{sockets:n,requests:s,maxSockets:i}=e;
if(typeof i!="number"||i===1/0||Date.now()-15e3<r)return r;if(n&&s)for(let c in n){if(!P(n,c))continue;let l=n[c]?.length??0,d=s[c]?.length??0;if(l>=i&&d>=2*i)return o?.
warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${l} and ${d} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),Date.now()}return r}constructor(e){this.configProvider=new Promise((r,o)=>{
typeof e=="function"?e().then(n=>{r(this.resolveDefaultConfig(n))}).catch(o):r(this.resolveDefaultConfig(e))})}destroy(){this.config?.httpAgent?.destroy(),this.
config?.httpsAgent?.destroy()}async handle(e,{abortSignal:r,requestTimeout:o}={}){this.config||(this.config=await this.configProvider);let n=this.config,s=n.logger,
i=e.protocol==="https:";return!i&&!this.config.httpAgent&&(this.config.httpAgent=await this.config.httpAgentProvider()),new Promise((a,c)=>{let l,d=-1,u=-1,m=-1,
f=-1,g=()=>{ie.clearTimeout(d),ie.clearTimeout(u),ie.clearTimeout(m),ie.clearTimeout(f)},h=async z=>{await l,g(),a(z)},y=async z=>{await l,g(),c(z)};if(r?.aborted){
let z=eg(r);y(z);return}let S=e.headers,x=S?(S.Expect??S.expect)==="100-continue":!1,v=i?n.httpsAgent:n.httpAgent;x&&!this.externalAgent&&(v=new(i?Hn.default.Agent:
jc)({keepAlive:!1,maxSockets:1/0})),d=ie.setTimeout(()=>{this.socketWarningTimestamp=t.checkSocketUsage(v,this.socketWarningTimestamp,s)},n.socketAcquisitionWarningTimeout??
(n.requestTimeout??2e3)+(n.connectionTimeout??1e3));let b=e.query?jm(e.query):"",L;if(e.username!=null||e.password!=null){let z=e.username??"",fr=e.password??"";
L=`${z}:${fr}`}let Y=e.path;b&&(Y+=`?${b}`),e.fragment&&(Y+=`#${e.fragment}`);let ve=e.hostname??"";ve[0]==="["&&ve.endsWith("]")?ve=e.hostname.slice(1,-1):ve=e.
hostname;let nr={headers:e.headers,host:ve,method:e.method,path:Y,port:e.port,agent:v,auth:L},ce=(i?Hn.default.request:ZT)(nr,z=>{let fr=new Ye({statusCode:z.statusCode||
-1,reason:z.statusMessage,headers:UT(z.headers),body:z});h({response:fr})});if(ce.on("error",z=>{$T.includes(z.code)?y(Object.assign(z,{name:"TimeoutError"})):y(
z)}),r){let z=()=>{ce.destroy();let fr=eg(r);y(fr)};if(typeof r.addEventListener=="function"){let fr=r;fr.addEventListener("abort",z,{once:!0}),ce.once("close",
()=>fr.removeEventListener("abort",z))}else r.onabort=z}let Ae=o??n.requestTimeout;u=HT(ce,y,n.connectionTimeout),m=jT(ce,y,Ae,n.throwOnRequestTimeout,s??console);
let pt=n.socketTimeout===void 0?Gc(n):void 0;pt?tg(ce,y,pt,!0):tg(ce,y,n.socketTimeout);let Ke=nr.agent;typeof Ke=="object"&&"keepAlive"in Ke&&(f=VT(ce,{keepAlive:Ke.
keepAlive,keepAliveMsecs:Ke.keepAliveMsecs})),l=XT(ce,e,Ae,this.externalAgent).catch(z=>(g(),c(z)))})}updateHttpClientConfig(e,r){this.config=void 0,this.configProvider=
this.configProvider.then(o=>{switch(e){case Symbol.for("logger"):e="logger",r=o.logger??r;break;case Symbol.for("@smithy/defaultSocketTimeout"):e="defaultSocket\
Timeout",r=Gc(o)??r;break}return{...o,[e]:r}})}httpHandlerConfigs(){return this.config??{}}resolveDefaultConfig(e){let{requestTimeout:r,connectionTimeout:o,socketTimeout:n,
socketAcquisitionWarningTimeout:s,httpAgent:i,httpsAgent:a,throwOnRequestTimeout:c,logger:l}=e||{},d=!0,u=50,m;return{connectionTimeout:o,requestTimeout:r,socketTimeout:n,
defaultSocketTimeout:Gc(e),socketAcquisitionWarningTimeout:s,throwOnRequestTimeout:c,httpAgentProvider:()=>m??=(async()=>{let f=await Promise.resolve().then(()=>Ur(am())),
{Agent:g,request:h}=f.default??f;return ZT=h,jc=g,i instanceof jc||typeof i?.destroy=="function"?(this.externalAgent=!0,i):new jc({keepAlive:d,maxSockets:u,...i})})(),
httpsAgent:a instanceof Hn.default.Agent||typeof a?.destroy=="function"?(this.externalAgent=!0,a):new Hn.default.Agent({keepAlive:d,maxSockets:u,...a}),logger:l}}}});var fo=p(()=>{e0();k()});var YL,XL,QL,t0,r0=p(()=>{$();YL="169.254.170.2",XL="169.254.170.23",QL="[fd00:ec2::23]",t0=(t,e)=>{if(t.protocol!=="https:"&&!(t.hostname===YL||t.hostname===XL||
t.hostname===QL)){if(t.hostname.includes("[")){if(t.hostname==="[::1]"||t.hostname==="[0000:0000:0000:0000:0000:0000:0000:0001]")return}else{if(t.hostname==="lo\
calhost")return;let r=t.hostname.split("."),o=n=>{let s=parseInt(n,10);return 0<=s&&s<=255};if(r[0]==="127"&&o(r[1])&&o(r[2])&&o(r[3])&&r.length===4)return}throw new R(
`URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`,{logger:e})}}});function o0(t){return new G({protocol:t.protocol,hostname:t.hostname,port:Number(t.port),path:t.pathname,query:Array.from(t.searchParams.entries()).reduce((e,[r,
o])=>(e[r]=o,e),{}),fragment:t.hash})}async function n0(t,e){let o=await Ls(t.body).transformToString();if(t.statusCode===200){let n=JSON.parse(o);if(typeof n.AccessKeyId!=
"string"||typeof n.SecretAccessKey!="string"||typeof n.Token!="string"||typeof n.Expiration!="string")throw new R("HTTP credential provider response not of the \
required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }",{logger:e});return{accessKeyId:n.
AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.Token,expiration:Ru(n.Expiration)}}if(t.statusCode>=400&&t.statusCode<500){let n={};try{n=JSON.parse(
o)}catch{}throw Object.assign(new R(`Server responded with status: ${t.statusCode}`,{logger:e}),{Code:n.Code,Message:n.Message})}throw new R(`Server responded w\
ith status: ${t.statusCode}`,{logger:e})}var s0=p(()=>{$();F();k();k()});var i0,a0=p(()=>{i0=(t,e,r)=>async()=>{for(let o=0;o<e;++o)try{return await t()}catch{await new Promise(s=>setTimeout(s,r))}return await t()}});var p0,ZL,e1,t1,r1,o1,l0,c0,d0=p(()=>{M();$();fo();p0=Ur(require("node:fs/promises"));r0();s0();a0();ZL="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",e1="http://169.\
254.170.2",t1="AWS_CONTAINER_CREDENTIALS_FULL_URI",r1="AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",o1="AWS_CONTAINER_AUTHORIZATION_TOKEN",l0=(t={})=>{t.logger?.debug(
"@aws-sdk/credential-provider-http - fromHttp");let e,r=t.awsContainerCredentialsRelativeUri??process.env[ZL],o=t.awsContainerCredentialsFullUri??process.env[t1],
n=t.awsContainerAuthorizationToken??process.env[o1],s=t.awsContainerAuthorizationTokenFile??process.env[r1],i=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?.
warn?console.warn:t.logger.warn.bind(t.logger);if(r&&o&&(i("@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsConta\
inerCredentialsFullUri."),i("awsContainerCredentialsRelativeUri will take precedence.")),n&&s&&(i("@aws-sdk/credential-provider-http: you have set both awsConta\
inerAuthorizationToken and awsContainerAuthorizationTokenFile."),i("awsContainerAuthorizationTokenFile will take precedence.")),r)e=`${e1}${r}`;else if(o)e=o;else
throw new R(`No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`,{logger:t.logger});let a=new URL(e);t0(a,t.logger);let c=Ne.create({connectionTimeout:t.
timeout??1e3}),l=t.timeout??1e3,d=i0(async()=>{let u=o0(a);s?u.headers.Authorization=c0((await p0.default.readFile(s)).toString()):n&&(u.headers.Authorization=c0(
n));try{let m=await c.handle(u,{requestTimeout:l});return n0(m.response).then(f=>B(f,"CREDENTIALS_HTTP","z"))}catch(m){throw new R(String(m),{logger:t.logger})}},
t.maxRetries??3,t.timeout??1e3);return async()=>{try{return await d()}finally{c.destroy?.()}}},c0=t=>{if(t.includes(`\r
`))throw new R("Authorization token contains invalid \\r\\n sequence.");return t}});var rg={};sr(rg,{fromHttp:()=>l0});var og=p(()=>{d0()});var zc,ng=p(()=>{zc=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var Gn,Vc=p(()=>{Gn="To refresh this SSO session run 'aws sso login' with the corresponding profile."});function s1(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sso-oauth",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function i1(t){return{schemeId:"smithy.api#noAuth"}}var g0,h0,y0,sg=p(()=>{we();T();g0=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});h0=t=>{let e=[];return t.operation==="CreateToken"?e.push(i1(t)):e.push(s1(t)),
e},y0=t=>{let e=dr(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??[])})}});var E0,x0,ig=p(()=>{E0=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"sso-oauth"}),
x0={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var go,ei=p(()=>{go={name:"@aws-sdk/nested-clients",version:"3.998.5",description:"Nested clients for AWS SDK packages.",homepage:"https://github.com/aws/aws-sd\
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
est watch"},dependencies:{"@aws-sdk/core":"^3.981.2","@aws-sdk/signature-v4-multi-region":"^3.996.52","@aws-sdk/types":"^3.975.1","@smithy/core":"^3.41.1","@smi\
thy/fetch-http-handler":"^5.8.1","@smithy/node-http-handler":"^4.14.2","@smithy/types":"^4.20.0",tslib:"^2.6.2"},devDependencies:{concurrently:"7.0.0","downleve\
l-dts":"0.10.1",premove:"4.0.0",typescript:"~7.0.2"},engines:{node:">=20.0.0"}}});var ho,qc=p(()=>{T();X();ho=class{queryCompat;errorRegistry;constructor(e=!1){this.queryCompat=e}resolveRestContentType(e,r){let o=r.getMemberSchemas(),n=Object.
values(o).find(s=>!!s.getMergedTraits().httpPayload);if(n){let s=n.getMergedTraits().mediaType;return s||(n.isStringSchema()?"text/plain":n.isBlobSchema()?"appl\
ication/octet-stream":e)}else if(!r.isUnitSchema()&&Object.values(o).find(i=>{let{httpQuery:a,httpQueryParams:c,httpHeader:l,httpLabel:d,httpPrefixHeaders:u}=i.
getMergedTraits();return!a&&!c&&!l&&!d&&u===void 0}))return e}async getErrorSchemaOrThrowBaseException(e,r,o,n,s,i){let a=e;e.includes("#")&&([,a]=e.split("#"));
let c={$metadata:s,$fault:o.statusCode<500?"client":"server"};if(!this.errorRegistry)throw new Error("@aws-sdk/core/protocols - error handler not initialized.");
try{return{errorSchema:i?.(this.errorRegistry,a)??this.errorRegistry.getSchema(e),errorMetadata:c}}catch{n.message=n.message??n.Message??"UnknownError";let d=this.
errorRegistry,u=d.getBaseException();if(u){let g=d.getErrorCtor(u)??Error;throw this.decorateServiceException(Object.assign(new g({name:a}),c),n)}let m=n,f=m?.message??
m?.Message??m?.Error?.Message??m?.Error?.message;throw this.decorateServiceException(Object.assign(new Error(f),{name:a},c),n)}}compose(e,r,o){let n=o;r.includes(
"#")&&([n]=r.split("#"));let s=Q.for(n),i=Q.for("smithy.ts.sdk.synthetic."+o);e.copyFrom(s),e.copyFrom(i),this.errorRegistry=e}decorateServiceException(e,r={}){
if(this.queryCompat){let o=e.Message??r.Message,n=Aa(e,r);o&&(n.message=o);let s=n.Error??{};s.Type=n.Error?.Type,s.Code=n.Error?.Code,s.Message=n.Error?.message??
n.Error?.Message??o,n.Error=s;let i=n.$metadata.requestId;return i&&(n.RequestId=i),n}return Aa(e,r)}setQueryCompatError(e,r){let o=r.headers?.["x-amzn-query-er\
ror"];if(e!==void 0&&o!=null){let[n,s]=o.split(";"),i=Object.keys(e),a={Code:n,Type:s};e.Code=n,e.Type=s;for(let c=0;c<i.length;c++){let l=i[c];a[l==="message"?
"Message":l]=e[l]}delete a.__type,e.Error=a}}queryCompatOutput(e,r){e.Error&&(r.Error=e.Error),e.Type&&(r.Type=e.Type),e.Code&&(r.Code=e.Code)}findQueryCompatibleError(e,r){
try{return e.getSchema(r)}catch{return e.find(n=>U.of(n).getMergedTraits().awsQueryError?.[0]===r)}}}});var Wc,S0=p(()=>{F();X();qc();Wc=class extends Vo{serializer;deserializer;serviceTarget;codec;mixin;awsQueryCompatible;constructor({defaultNamespace:e,errorTypeRegistries:r,
serviceTarget:o,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,errorTypeRegistries:r}),this.serviceTarget=o,this.codec=s??new Ko({timestampFormat:{
useTrait:!0,default:7},jsonName:!1}),this.serializer=this.codec.createSerializer(),this.deserializer=this.codec.createDeserializer(),this.awsQueryCompatible=!!n,
this.mixin=new ho(this.awsQueryCompatible)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,o);return n.path.endsWith("/")||(n.path+="/"),n.
headers["content-type"]=`application/x-amz-json-${this.getJsonRpcVersion()}`,n.headers["x-amz-target"]=`${this.serviceTarget}.${e.name}`,this.awsQueryCompatible&&
(n.headers["x-amzn-query-mode"]="true"),(jr(e.input)==="unit"||!n.body)&&(n.body="{}"),n}getPayloadCodec(){return this.codec}async handleError(e,r,o,n,s){let{awsQueryCompatible:i}=this;
i&&this.mixin.setQueryCompatError(n,o);let a=Qm(o,n,i)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,a,this.options.defaultNamespace);let{errorSchema:c,
errorMetadata:l}=await this.mixin.getErrorSchemaOrThrowBaseException(a,this.options.defaultNamespace,o,n,s,i?this.mixin.findQueryCompatibleError:void 0),d=U.of(
c),u=n.message??n.Message??"UnknownError",m=this.compositeErrorRegistry.getErrorCtor(c)??Error,f=new m({}),g={},h=this.codec.createDeserializer();for(let[y,S]of d.
structIterator())n[y]!=null&&(g[y]=h.readObject(S,n[y]));throw i&&this.mixin.queryCompatOutput(n,g),this.mixin.decorateServiceException(Object.assign(f,l,{$fault:d.
getMergedTraits().error,message:u},g),n)}}});var Zo,R0=p(()=>{S0();Zo=class extends Wc{constructor({defaultNamespace:e,errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,
errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:s})}getShapeId(){return"aws.protocols#awsJson1_1"}getJsonRpcVersion(){return"1.1"}getDefaultContentType(){
return"application/x-amz-json-1.1"}}});var Wr,_0=p(()=>{F();X();qc();Wr=class extends Fs{serializer;deserializer;codec;mixin=new ho;constructor({defaultNamespace:e,errorTypeRegistries:r,jsonCodec:o}){
super({defaultNamespace:e,errorTypeRegistries:r});let n={timestampFormat:{useTrait:!0,default:7},httpBindings:!0,jsonName:!0};this.codec=o??new Ko(n),this.serializer=
new Bs(this.codec.createSerializer(),n),this.deserializer=new Ms(this.codec.createDeserializer(),n)}getShapeId(){return"aws.protocols#restJson1"}getPayloadCodec(){
return this.codec}setSerdeContext(e){this.codec.setSerdeContext(e),super.setSerdeContext(e)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,
o),s=U.of(e.input);if(!n.headers["content-type"]){let i=this.mixin.resolveRestContentType(this.getDefaultContentType(),s);i&&(n.headers["content-type"]=i)}return n.
body==null&&n.headers["content-type"]===this.getDefaultContentType()&&(n.body="{}"),n}async deserializeResponse(e,r,o){let n=await super.deserializeResponse(e,r,
o),s=U.of(e.output);for(let[i,a]of s.structIterator())a.getMemberTraits().httpPayload&&!(i in n)&&(n[i]=null);return n}async handleError(e,r,o,n,s){let i=Xm(o,n)??
"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let{errorSchema:a,errorMetadata:c}=await this.mixin.getErrorSchemaOrThrowBaseException(
i,this.options.defaultNamespace,o,n,s),l=U.of(a),d=n.message??n.Message??"UnknownError",u=this.compositeErrorRegistry.getErrorCtor(a)??Error,m=new u({});await this.
deserializeHttpMessage(a,r,o,n);let f={},g=this.codec.createDeserializer();for(let[h,y]of l.structIterator()){let S=y.getMergedTraits().jsonName??h;f[h]=g.readObject(
y,n[S])}throw this.mixin.decorateServiceException(Object.assign(m,c,{$fault:l.getMergedTraits().error,message:d},f),n)}getDefaultContentType(){return"applicatio\
n/json"}}});function ag(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}function pg(t){return new cg(t).parse()}var cg,w0=p(
()=>{cg=class t{x;i=0;z;constructor(e){this.x=e,this.x=e.replace(/\r\n?/g,`
`),this.z=this.x.length}parse(){let e=this,{z:r}=e;for(;e.i<r&&(e.trim(),!(e.i>=r));)if(e.isNext("<?"))e.readTo("?>"),e.trim();else if(e.isNext("<!--"))e.readTo(
"-->"),e.trim();else if(e.isNext("<!DOCTYPE",!1))e.skipDoctype(),e.trim();else if(e.x[e.i]==="<"){let o=e.parseTag();return{[o.tag]:o.value}}else throw new Error(
"@aws-sdk XML parse error: unexpected content.");throw new Error("@aws-sdk XML parse error: no root element.")}isNext(e,r=!0){let o=this;return r?o.x.startsWith(
e,o.i):o.x.toLowerCase().startsWith(e.toLowerCase(),o.i)}readTo(e){let r=this,o=r.x.indexOf(e,r.i);if(o===-1)throw new Error(`@aws-sdk XML parse error: expected\
 "${e}" not found.`);let n=r.x.slice(r.i,o);return r.i=o+e.length,n}trim(){let e=this;for(;e.i<e.z&&` 	\r
`.includes(e.x[e.i]);)++e.i}readAttrValue(){let e=this,r=e.x[e.i];++e.i;let o="";for(;e.i<e.z&&e.x[e.i]!==r;)o+=e.x[e.i++];return++e.i,e.decodeEntities(o)}parseTag(){
let e=this;++e.i;let r="";for(;e.i<e.z&&!` 	\r
>/`.includes(e.x[e.i]);)r+=e.x[e.i++];let o=!1,n={};for(;e.i<e.z&&(e.trim(),!">/".includes(e.x[e.i]));){let d="";for(;e.i<e.z&&!`= 	\r
>/?`.includes(e.x[e.i]);)d+=e.x[e.i++];if(e.trim(),e.x[e.i]!=="=")break;++e.i,e.trim(),d==="__proto__"&&ag(n),n[d]=e.readAttrValue(),o=!0}if(e.i>=e.z)throw new Error(
"@aws-sdk XML parse error: unexpected end of input.");if(e.x[e.i]==="/"){if(++e.i,e.i>=e.z||e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected >\
 at the end of self-closing tag.");return++e.i,{tag:r,value:o?n:""}}if(e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected > at the end of openin\
g tag.");++e.i;let s=[],i=[],a=!1;for(;e.i<e.z&&!e.isNext("</");)if(e.x[e.i]==="<")e.isNext("<!--")?e.readTo("-->"):e.isNext("<![CDATA[")?(e.i+=9,s.push(e.readTo(
"]]>"))):e.isNext("<?")?e.readTo("?>"):(a=!0,i.push(e.parseTag()));else{let d="";for(;e.i<e.z&&e.x[e.i]!=="<";)d+=e.x[e.i++];s.push(e.decodeEntities(d))}if(!e.isNext(
"</"))throw new Error(`@aws-sdk XML parse error: missing closing tag </${r}>.`);e.i+=2;let c=e.readTo(">").trim();if(c!==r)throw new Error(`@aws-sdk XML parse e\
rror: mismatched tags <${r}> and </${c}>.`);if(!o&&s.length===0&&!a)return{tag:r,value:""};if(!o&&!a){let d=s.length===1?s[0]:s.join("");return d.trim()===""&&d.
includes(`
`)?{tag:r,value:""}:{tag:r,value:d}}let l={};for(let d of s)d.trim()===""&&d.includes(`
`)||(l["#text"]="#text"in l?l["#text"]+d:d);for(let d of i)d.tag==="__proto__"&&ag(l),d.tag in l?Array.isArray(l[d.tag])?l[d.tag].push(d.value):l[d.tag]=[l[d.tag],
d.value]:l[d.tag]=d.value;for(let[d,u]of Object.entries(n))d==="__proto__"&&ag(l),l[d]=u;return{tag:r,value:l}}static ENTITIES={amp:"&",lt:"<",gt:">",quot:'"',apos:"\
'"};skipDoctype(){let e=this;e.i+=9;let r=0;for(;e.i<e.z;){let o=e.x[e.i];if(o==="[")++r;else if(o==="]")--r;else if(o===">"&&r===0){++e.i;return}++e.i}throw new Error(
"@aws-sdk XML parse error: unclosed DOCTYPE.")}decodeEntities(e){return e.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g,(r,o,n,s)=>o?
String.fromCharCode(parseInt(o,16)):n?String.fromCharCode(parseInt(n,10)):t.ENTITIES[s]??"")}}});var I0=p(()=>{w0()});var jn,lg=p(()=>{jn=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var Kc,T0=p(()=>{Kc=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function C0(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var v0=p(()=>{});var Jc,A0=p(()=>{I0();T();F();X();k();lg();T0();v0();Jc=class extends jn{settings;stringDeserializer;constructor(e){super(),this.settings=e,this.stringDeserializer=
new qo(e)}setSerdeContext(e){this.serdeContext=e,this.stringDeserializer.setSerdeContext(e)}read(e,r,o){let n=U.of(e),s=n.getMemberSchemas();if(n.isStructSchema()&&
n.isMemberSchema()&&!!Object.values(s).find(l=>!!l.getMemberTraits().eventPayload)){let l={},d=Object.keys(s)[0];return s[d].isBlobSchema()?l[d]=r:l[d]=this.read(
s[d],r),l}let a=(this.serdeContext?.utf8Encoder??Z)(r),c=this.parseXml(a);return this.readSchema(e,o?c[o]:c)}readSchema(e,r){let o=U.of(e);if(o.isUnitSchema())return;
let n=o.getMergedTraits();if(o.isListSchema()&&!Array.isArray(r))return this.readSchema(o,[r]);if(r==null)return r;if(typeof r=="object"){let s=!!n.xmlFlattened;
if(o.isListSchema()){let a=o.getValueSchema(),c=[],l=a.getMergedTraits().xmlName??"member",d=s?r:(r[0]??r)[l];if(d==null)return c;let u=Array.isArray(d)?d:[d];for(let m of u)
c.push(this.readSchema(a,m));return c}let i={};if(o.isMapSchema()){let a=o.getKeySchema(),c=o.getValueSchema(),l;s?l=Array.isArray(r)?r:[r]:l=Array.isArray(r.entry)?
r.entry:[r.entry];let d=a.getMergedTraits().xmlName??"key",u=c.getMergedTraits().xmlName??"value";for(let m of l){let f=m[d],g=m[u];f==="__proto__"&&C0(i),i[f]=
this.readSchema(c,g)}return i}if(o.isStructSchema()){let a=o.isUnionSchema(),c;a&&(c=new Kc(r,i));for(let[l,d]of o.structIterator()){let u=d.getMergedTraits(),m=u.
httpPayload?u.xmlName??d.getName():d.getMemberTraits().xmlName??l;a&&c.mark(m),r[m]!=null&&(i[l]=this.readSchema(d,r[m]))}return a&&c.writeUnknown(),i}if(o.isDocumentSchema())
return r;throw new Error(`@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${o.getName(!0)}`)}return o.isListSchema()?[]:o.isMapSchema()||o.
isStructSchema()?{}:this.stringDeserializer.read(o,r)}parseXml(e){if(e.length){let r;try{r=pg(e)}catch(i){throw i&&typeof i=="object"&&Object.defineProperty(i,"\
$responseBodyText",{value:e}),i}let o="#text",n=Object.keys(r)[0],s=r[n];return s[o]&&(s[n]=s[o],delete s[o]),ba(s)}return{}}}});var Yc,b0=p(()=>{F();X();k();k();lg();Yc=class extends jn{settings;buffer;constructor(e){super(),this.settings=e}write(e,r,o=""){this.buffer===void 0&&(this.buffer=
"");let n=U.of(e);if(o&&!o.endsWith(".")&&(o+="."),n.isBlobSchema())(typeof r=="string"||r instanceof Uint8Array)&&(this.writeKey(o),this.writeValue((this.serdeContext?.
base64Encoder??me)(r)));else if(n.isBooleanSchema()||n.isNumericSchema()||n.isStringSchema())r!=null?(this.writeKey(o),this.writeValue(String(r))):n.isIdempotencyToken()&&
(this.writeKey(o),this.writeValue(kn()));else if(n.isBigIntegerSchema())r!=null&&(this.writeKey(o),this.writeValue(String(r)));else if(n.isBigDecimalSchema())r!=
null&&(this.writeKey(o),this.writeValue(r instanceof Re?r.string:String(r)));else if(n.isTimestampSchema()){if(r instanceof Date)switch(this.writeKey(o),Wo(n,this.
settings)){case 5:this.writeValue(r.toISOString().replace(".000Z","Z"));break;case 6:this.writeValue(Fo(r));break;case 7:this.writeValue(String(r.getTime()/1e3));
break}}else if(n.isDocumentSchema())Array.isArray(r)?this.write(79,r,o):r instanceof Date?this.write(4,r,o):r instanceof Uint8Array?this.write(21,r,o):r&&typeof r==
"object"?this.write(143,r,o):(this.writeKey(o),this.writeValue(String(r)));else if(n.isListSchema()){if(Array.isArray(r))if(r.length===0)this.settings.serializeEmptyLists&&
(this.writeKey(o),this.writeValue(""));else{let s=n.getValueSchema(),i=this.settings.flattenLists||n.getMergedTraits().xmlFlattened,a=1;for(let c of r){if(c==null)
continue;let l=s.getMergedTraits(),d=this.getKey("member",l.xmlName,l.ec2QueryName),u=i?`${o}${a}`:`${o}${d}.${a}`;this.write(s,c,u),++a}}}else if(n.isMapSchema()){
if(r&&typeof r=="object"){let s=n.getKeySchema(),i=n.getValueSchema(),a=n.getMergedTraits().xmlFlattened,c=1;for(let l in r){let d=r[l];if(d==null)continue;let u=s.
getMergedTraits(),m=this.getKey("key",u.xmlName,u.ec2QueryName),f=a?`${o}${c}.${m}`:`${o}entry.${c}.${m}`,g=i.getMergedTraits(),h=this.getKey("value",g.xmlName,
g.ec2QueryName),y=a?`${o}${c}.${h}`:`${o}entry.${c}.${h}`;this.write(s,l,f),this.write(i,d,y),++c}}}else if(n.isStructSchema()){if(r&&typeof r=="object"){let s=!1;
for(let[i,a]of n.structIterator()){if(r[i]==null&&!a.isIdempotencyToken())continue;let c=a.getMergedTraits(),l=this.getKey(i,c.xmlName,c.ec2QueryName,"struct"),
d=`${o}${l}`;this.write(a,r[i],d),s=!0}if(!s&&n.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i,l=`${o}${a}`;this.write(15,c,l)}}}}else if(!n.
isUnitSchema())throw new Error(`@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${n.getName(!0)}`)}flush(){if(this.buffer===void 0)throw new Error(
"@aws-sdk/core/protocols - QuerySerializer cannot flush with nothing written to buffer.");let e=this.buffer;return delete this.buffer,e}getKey(e,r,o,n){let{ec2:s,
capitalizeKeys:i}=this.settings;if(s&&o)return o;let a=r??e;return i&&n==="struct"?a[0].toUpperCase()+a.slice(1):a}writeKey(e){e.endsWith(".")&&(e=e.slice(0,e.length-
1)),this.buffer+=`&${jo(e)}=`}writeValue(e){this.buffer+=jo(e)}}});var ti,P0=p(()=>{F();X();qc();A0();b0();ti=class extends Vo{options;serializer;deserializer;mixin=new ho;constructor(e){super({defaultNamespace:e.defaultNamespace,
errorTypeRegistries:e.errorTypeRegistries}),this.options=e;let r={timestampFormat:{useTrait:!0,default:5},httpBindings:!1,xmlNamespace:e.xmlNamespace,serviceNamespace:e.
defaultNamespace,serializeEmptyLists:!0};this.serializer=new Yc(r),this.deserializer=new Jc(r)}getShapeId(){return"aws.protocols#awsQuery"}setSerdeContext(e){this.
serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e)}getPayloadCodec(){throw new Error("AWSQuery protocol has no payload codec.")}async serializeRequest(e,r,o){
let n=await super.serializeRequest(e,r,o);n.path.endsWith("/")||(n.path+="/"),n.headers["content-type"]="application/x-www-form-urlencoded",(jr(e.input)==="unit"||
!n.body)&&(n.body="");let s=e.name.split("#")[1]??e.name;return n.body=`Action=${s}&Version=${this.options.version}`+n.body,n.body.endsWith("&")&&(n.body=n.body.
slice(-1)),n}async deserializeResponse(e,r,o){let n=this.deserializer,s=U.of(e.output),i={};if(o.statusCode>=300){let d=await ze(o.body,r);d.byteLength>0&&Object.
assign(i,await n.read(15,d)),await this.handleError(e,r,o,i,this.deserializeMetadata(o))}for(let d in o.headers){let u=o.headers[d];delete o.headers[d],o.headers[d.
toLowerCase()]=u}let a=e.name.split("#")[1]??e.name,c=s.isStructSchema()&&this.useNestedResult()?a+"Result":void 0,l=await ze(o.body,r);return l.byteLength>0&&Object.
assign(i,await n.read(s,l,c)),i.$metadata=this.deserializeMetadata(o),i}useNestedResult(){return!0}async handleError(e,r,o,n,s){let i=this.loadQueryErrorCode(o,
n)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let a=this.loadQueryError(n)??{},c=this.loadQueryErrorMessage(n);a.
message=c,a.Error={Type:a.Type,Code:a.Code,Message:c};let{errorSchema:l,errorMetadata:d}=await this.mixin.getErrorSchemaOrThrowBaseException(i,this.options.defaultNamespace,
o,a,s,this.mixin.findQueryCompatibleError),u=U.of(l),m=this.compositeErrorRegistry.getErrorCtor(l)??Error,f=new m({}),g={Type:a.Error.Type,Code:a.Error.Code,Error:a.
Error};for(let[h,y]of u.structIterator()){let S=y.getMergedTraits().xmlName??h,x=a[S]??n[S];g[h]=this.deserializer.readSchema(y,x)}throw this.mixin.decorateServiceException(
Object.assign(f,d,{$fault:u.getMergedTraits().error,message:c},g),n)}loadQueryErrorCode(e,r){let o=(r.Errors?.[0]?.Error??r.Errors?.Error??r.Error)?.Code;if(o!==
void 0)return o;if(e.statusCode==404)return"NotFound"}loadQueryError(e){return e.Errors?.[0]?.Error??e.Errors?.Error??e.Error}loadQueryErrorMessage(e){let r=this.
loadQueryError(e);return r?.message??r?.Message??e.message??e.Message??"Unknown"}getDefaultContentType(){return"application/x-www-form-urlencoded"}}});var en=p(()=>{R0();_0();P0()});var De,O0,c1,Xc,N0,p1,D0=p(()=>{k();De=64,O0=32,c1=2**53-1,Xc=class t{digestLength=O0;state=Int32Array.from(N0);w;buffer=new Uint8Array(64);bufferLength=0;bytesHashed=0;finished=!1;inner;outer;constructor(e){
if(e){let r=t.normalizeKey(e);this.inner=new t,this.outer=new t;let{inner:o,outer:n}=this,s=new Uint8Array(De*2);for(let i=0;i<De;++i)s[i]=54^r[i],s[i+De]=92^r[i];
o.update(s.subarray(0,De)),n.update(s.subarray(De))}}update(e){if(this.finished)throw new Error("Attempted to update an already finished HMAC.");if(this.inner){
this.inner.update(e);return}let r=vt(e),o=0,{byteLength:n}=r;if(this.bytesHashed+=n,this.bytesHashed*8>c1)throw new Error("Cannot hash more than 2^53 - 1 bits");
for(;n>0;)this.buffer[this.bufferLength++]=r[o++],n--,this.bufferLength===De&&(this.hashBuffer(),this.bufferLength=0)}async digest(){let{inner:e,outer:r}=this;if(e&&
r){if(this.finished)throw new Error("Attempted to digest an already finished HMAC.");this.finished=!0;let o=e.digestSync();return r.update(o),r.digestSync()}return this.
digestSync()}reset(){this.state=Int32Array.from(N0),this.buffer=new Uint8Array(64),this.bufferLength=0,this.bytesHashed=0}digestSync(){let e=this.state.slice(),
r=this.buffer.slice(),o=this.bufferLength,n=this.bytesHashed*8,s=new DataView(r.buffer,r.byteOffset,r.byteLength);if(s.setUint8(o++,128),(o-1)%De>=De-8){for(let a=o;a<
De;++a)s.setUint8(a,0);this.hashBufferWith(e,r),o=0}for(let a=o;a<De-8;++a)s.setUint8(a,0);s.setUint32(De-8,Math.floor(n/4294967296),!1),s.setUint32(De-4,n,!1),
this.hashBufferWith(e,r);let i=new Uint8Array(O0);for(let a=0;a<8;++a)i[a*4]=e[a]>>>24&255,i[a*4+1]=e[a]>>>16&255,i[a*4+2]=e[a]>>>8&255,i[a*4+3]=e[a]>>>0&255;return i}static normalizeKey(e){
let r=vt(e);if(r.byteLength>De){let o=new t;o.update(r);let n=o.digestSync(),s=new Uint8Array(De);return s.set(n),s}if(r.byteLength<De){let o=new Uint8Array(De);
return o.set(r),o}return r}hashBuffer(){this.hashBufferWith(this.state,this.buffer)}hashBufferWith(e,r){let o=this.w??=new Int32Array(64),n=e[0],s=e[1],i=e[2],a=e[3],
c=e[4],l=e[5],d=e[6],u=e[7];for(let m=0;m<De;++m){if(m<16)o[m]=(r[m*4]&255)<<24|(r[m*4+1]&255)<<16|(r[m*4+2]&255)<<8|r[m*4+3]&255;else{let h=o[m-2],y=(h>>>17|h<<
15)^(h>>>19|h<<13)^h>>>10;h=o[m-15];let S=(h>>>7|h<<25)^(h>>>18|h<<14)^h>>>3;o[m]=(y+o[m-7]|0)+(S+o[m-16]|0)}let f=(((c>>>6|c<<26)^(c>>>11|c<<21)^(c>>>25|c<<7))+
(c&l^~c&d)|0)+(u+(p1[m]+o[m]|0)|0)|0,g=((n>>>2|n<<30)^(n>>>13|n<<19)^(n>>>22|n<<10))+(n&s^n&i^s&i)|0;u=d,d=l,l=c,c=a+f|0,a=i,i=s,s=n,n=f+g|0}e[0]+=n,e[1]+=s,e[2]+=
i,e[3]+=a,e[4]+=c,e[5]+=l,e[6]+=d,e[7]+=u}},N0=new Int32Array([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]),p1=new Int32Array(
[1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,
3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,
113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,
3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,
2756734187,3204031479,3329325298])});function d1(){return class{digestLength=32;secret;hash;isHmac;finished=!1;constructor(e){this.secret=e,this.isHmac=!!e,this.hash=this.createHash()}update(e){if(this.
finished)throw new Error("Attempted to update an already finished hash.");this.hash.update(e)}async digest(){let e;return this.isHmac?(this.finished=!0,e=this.hash.
digest()):e=this.hash.copy().digest(),new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}reset(){this.hash=this.createHash(),this.finished=!1}createHash(){return this.
secret?(0,ri.createHmac)("sha256",u1(this.secret)):(0,ri.createHash)("sha256")}}}function u1(t){return typeof t=="string"?t:ArrayBuffer.isView(t)?Buffer.from(t.
buffer,t.byteOffset,t.byteLength):Buffer.from(t)}var ri,l1,ht,k0=p(()=>{ri=require("node:crypto");D0();l1=(()=>{try{return(0,ri.createHash)("sha256"),!0}catch{return!1}})(),
ht=l1?d1():Xc});var tn=p(()=>{k0()});var oi,rn,Qc,$0,M0,Zc,dg,L0,ug,zn,U0,F0,m1,yt,f1,B0,H0=p(()=>{W();oi="ref",rn=-1,Qc=!0,$0="isSet",M0="PartitionResult",Zc="booleanEquals",dg="getAttr",L0={[oi]:"\
Endpoint"},ug={[oi]:M0},zn={},U0=[{[oi]:"Region"}],F0={conditions:[[$0,[L0]],[$0,U0],["aws.partition",U0,M0],[Zc,[{[oi]:"UseFIPS"},Qc]],[Zc,[{[oi]:"UseDualStack"},
Qc]],[Zc,[{fn:dg,argv:[ug,"supportsDualStack"]},Qc]],[Zc,[{fn:dg,argv:[ug,"supportsFIPS"]},Qc]],["stringEquals",[{fn:dg,argv:[ug,"name"]},"aws-us-gov"]]],results:[
[rn],[rn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[rn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[L0,
zn],["https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",zn],[rn,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://oidc.{Region}.amazonaws.com",zn],["https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}",zn],[rn,"FIPS is enabled but this partition does not suppor\
t FIPS"],["https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}",zn],[rn,"DualStack is enabled but this partition does not support DualStack"],["https://o\
idc.{Region}.{PartitionResult#dnsSuffix}",zn],[rn,"Invalid Configuration: Missing Region"]]},m1=2,yt=1e8,f1=new Int32Array([-1,1,-1,0,13,3,1,4,yt+12,2,5,yt+12,3,
8,6,4,7,yt+11,5,yt+9,yt+10,4,11,9,6,10,yt+8,7,yt+6,yt+7,5,12,yt+5,6,yt+4,yt+5,3,yt+1,14,4,yt+2,yt+3]),B0=ot.from(f1,m1,F0.conditions,F0.results)});var g1,G0,j0=p(()=>{M();W();H0();g1=new nt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),G0=(t,e={})=>g1.get(t,()=>Bt(B0,{endpointParams:t,logger:e.
logger}));Pe.aws=ft});var Ce,ep=p(()=>{T();Ce=class t extends tt{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException";constructor(e){super(e),Object.
setPrototypeOf(this,t.prototype)}}});var ni,si,ii,ai,ci,pi,li,di,ui,mi,fi,mg=p(()=>{ep();ni=class t extends Ce{static shapeId="com.amazonaws.ssooidc#AccessDeniedException";name="AccessDeniedExcepti\
on";$fault="client";error;reason;error_description;constructor(e){super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},si=class t extends Ce{static shapeId="com.amazonaws.ssooidc#AuthorizationPe\
ndingException";name="AuthorizationPendingException";$fault="client";error;error_description;constructor(e){super({name:"AuthorizationPendingException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ii=class t extends Ce{static shapeId="com\
.amazonaws.ssooidc#ExpiredTokenException";name="ExpiredTokenException";$fault="client";error;error_description;constructor(e){super({name:"ExpiredTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ai=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#InternalServerException";name="InternalServerException";$fault="server";error;error_description;constructor(e){super({name:"InternalServer\
Exception",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ci=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#InvalidClientException";name="InvalidClientException";$fault="client";error;error_description;constructor(e){super({name:"InvalidClientExc\
eption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},pi=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#InvalidGrantException";name="InvalidGrantException";$fault="client";error;error_description;constructor(e){super({name:"InvalidGrantExcept\
ion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},li=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#InvalidRequestException";name="InvalidRequestException";$fault="client";error;reason;error_description;constructor(e){super({name:"Invalid\
RequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},
di=class t extends Ce{static shapeId="com.amazonaws.ssooidc#InvalidScopeException";name="InvalidScopeException";$fault="client";error;error_description;constructor(e){
super({name:"InvalidScopeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},
ui=class t extends Ce{static shapeId="com.amazonaws.ssooidc#SlowDownException";name="SlowDownException";$fault="client";error;error_description;constructor(e){super(
{name:"SlowDownException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},mi=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#UnauthorizedClientException";name="UnauthorizedClientException";$fault="client";error;error_description;constructor(e){super({name:"Unauth\
orizedClientException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},fi=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#UnsupportedGrantTypeException";name="UnsupportedGrantTypeException";$fault="client";error;error_description;constructor(e){super({name:"Un\
supportedGrantTypeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}}});var h1,y1,E1,x1,S1,R1,_1,w1,I1,T1,C1,v1,A1,b1,P1,O1,N1,D1,k1,$1,$r,L1,U1,F1,M1,B1,de,H1,wr,G1,j1,Ir,z1,z0,V0,V1,q0,q1,W1,K1,he,W0,K0,ur,J0,Y0,X0,Q0,Z0,eC,tC,rC,
oC,nC,sC,fg,J1,Y1,X1,Q1,iC,aC,cC,gg,tp=p(()=>{X();mg();ep();h1="AccessDeniedException",y1="AuthorizationPendingException",E1="AccessToken",x1="ClientSecret",S1=
"CreateToken",R1="CreateTokenRequest",_1="CreateTokenResponse",w1="CodeVerifier",I1="ExpiredTokenException",T1="InvalidClientException",C1="InvalidGrantExceptio\
n",v1="InvalidRequestException",A1="InternalServerException",b1="InvalidScopeException",P1="IdToken",O1="RefreshToken",N1="SlowDownException",D1="UnauthorizedCl\
ientException",k1="UnsupportedGrantTypeException",$1="accessToken",$r="client",L1="clientId",U1="clientSecret",F1="codeVerifier",M1="code",B1="deviceCode",de="e\
rror",H1="expiresIn",wr="error_description",G1="grantType",j1="http",Ir="httpError",z1="idToken",z0="reason",V0="refreshToken",V1="redirectUri",q0="smithy.ts.sd\
k.synthetic.com.amazonaws.ssooidc",q1="scope",W1="server",K1="tokenType",he="com.amazonaws.ssooidc",W0=new Q(q0),K0=[-3,q0,"SSOOIDCServiceException",0,[],[]];W0.
registerError(K0,Ce);ur=new Q(he),J0=[-3,he,h1,{[de]:$r,[Ir]:400},[de,z0,wr],[0,0,0]];ur.registerError(J0,ni);Y0=[-3,he,y1,{[de]:$r,[Ir]:400},[de,wr],[0,0]];ur.
registerError(Y0,si);X0=[-3,he,I1,{[de]:$r,[Ir]:400},[de,wr],[0,0]];ur.registerError(X0,ii);Q0=[-3,he,A1,{[de]:W1,[Ir]:500},[de,wr],[0,0]];ur.registerError(Q0,ai);
Z0=[-3,he,T1,{[de]:$r,[Ir]:401},[de,wr],[0,0]];ur.registerError(Z0,ci);eC=[-3,he,C1,{[de]:$r,[Ir]:400},[de,wr],[0,0]];ur.registerError(eC,pi);tC=[-3,he,v1,{[de]:$r,
[Ir]:400},[de,z0,wr],[0,0,0]];ur.registerError(tC,li);rC=[-3,he,b1,{[de]:$r,[Ir]:400},[de,wr],[0,0]];ur.registerError(rC,di);oC=[-3,he,N1,{[de]:$r,[Ir]:400},[de,
wr],[0,0]];ur.registerError(oC,ui);nC=[-3,he,D1,{[de]:$r,[Ir]:400},[de,wr],[0,0]];ur.registerError(nC,mi);sC=[-3,he,k1,{[de]:$r,[Ir]:400},[de,wr],[0,0]];ur.registerError(
sC,fi);fg=[W0,ur],J1=[0,he,E1,8,0],Y1=[0,he,x1,8,0],X1=[0,he,w1,8,0],Q1=[0,he,P1,8,0],iC=[0,he,O1,8,0],aC=[3,he,R1,0,[L1,U1,G1,B1,M1,V0,q1,V1,F1],[0,[()=>Y1,0],
0,0,0,[()=>iC,0],64,0,[()=>X1,0]],3],cC=[3,he,_1,0,[$1,K1,H1,V0,z1],[[()=>J1,0],0,1,[()=>iC,0],[()=>Q1,0]]],gg=[9,he,S1,{[j1]:["POST","/token",200]},()=>aC,()=>cC]});var pC,lC=p(()=>{we();en();it();tn();T();F();k();sg();j0();tp();pC=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??G0,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
h0,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new st}],logger:t?.logger??new _e,protocol:t?.protocol??Wr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.ssooidc",errorTypeRegistries:fg,version:"2019-06-10",serviceTarget:"AWSSSOOIDCService"},serviceId:t?.serviceId??
"SSO OIDC",sha256:t?.sha256??ht,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??Z})});var dC,uC=p(()=>{ei();M();we();T();$();mt();k();fo();lC();dC=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Dt),o=pC(t);Tt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(gt,n),bodyLengthChecker:t?.bodyLengthChecker??
Ct,defaultSocketTimeout:Er(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:go.version}),maxAttempts:t?.
maxAttempts??_(Yt,t),region:t?.region??_(be,{...rt,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Qt,default:async()=>(await r()).
retryMode||at},t),streamCollector:t?.streamCollector??je,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Ot,n),userAgentAppId:t?.
userAgentAppId??_(tr,n)}}});var mC,fC,gC=p(()=>{mC=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},fC=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var hC,yC=p(()=>{M();T();F();gC();hC=(t,e)=>{let r=Object.assign(rr(t),$t(t),Ht(t),mC(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),Gt(r),
fC(r))}});var gi,hg=p(()=>{M();it();T();$();W();F();mt();X();sg();ig();uC();yC();gi=class extends Te{config;constructor(...[e]){let r=dC(e||{});super(r),this.initConfig=r;
let o=E0(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=cr(a),l=y0(c),d=hC(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(
Zt(this.config)),this.middlewareStack.use(lr(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),this.middlewareStack.use(dt(this.config,{httpAuthSchemeParametersProvider:g0,identityProviderConfigProvider:async u=>new Ve(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(ut(this.config))}destroy(){super.destroy()}}});var EC,xC,SC,RC=p(()=>{T();W();ig();EC=Ut(x0,"AWSSSOOIDCService","SSOOIDCClient",pr),xC={},SC=(t,e,r,o)=>[]});var hi,yg=p(()=>{RC();tp();hi=class extends EC(xC,SC,"CreateToken",gg){}});var Z1,rp,_C=p(()=>{T();yg();hg();Z1={CreateTokenCommand:hi},rp=class extends gi{};zr(Z1,rp)});var wC=p(()=>{yg()});var eU,tU,IC=p(()=>{eU={KMS_ACCESS_DENIED:"KMS_AccessDeniedException"},tU={KMS_DISABLED_KEY:"KMS_DisabledException",KMS_INVALID_KEY_USAGE:"KMS_InvalidKeyUsageEx\
ception",KMS_INVALID_STATE:"KMS_InvalidStateException",KMS_KEY_NOT_FOUND:"KMS_NotFoundException"}});var TC=p(()=>{});var Eg={};sr(Eg,{$Command:()=>ar,AccessDeniedException:()=>ni,AccessDeniedException$:()=>J0,AccessDeniedExceptionReason:()=>eU,AuthorizationPendingException:()=>si,
AuthorizationPendingException$:()=>Y0,CreateToken$:()=>gg,CreateTokenCommand:()=>hi,CreateTokenRequest$:()=>aC,CreateTokenResponse$:()=>cC,ExpiredTokenException:()=>ii,
ExpiredTokenException$:()=>X0,InternalServerException:()=>ai,InternalServerException$:()=>Q0,InvalidClientException:()=>ci,InvalidClientException$:()=>Z0,InvalidGrantException:()=>pi,
InvalidGrantException$:()=>eC,InvalidRequestException:()=>li,InvalidRequestException$:()=>tC,InvalidRequestExceptionReason:()=>tU,InvalidScopeException:()=>di,InvalidScopeException$:()=>rC,
SSOOIDC:()=>rp,SSOOIDCClient:()=>gi,SSOOIDCServiceException:()=>Ce,SSOOIDCServiceException$:()=>K0,SlowDownException:()=>ui,SlowDownException$:()=>oC,UnauthorizedClientException:()=>mi,
UnauthorizedClientException$:()=>nC,UnsupportedGrantTypeException:()=>fi,UnsupportedGrantTypeException$:()=>sC,__Client:()=>Te,errorTypeRegistries:()=>fg});var xg=p(
()=>{hg();_C();wC();T();tp();IC();mg();TC();ep()});var CC,vC=p(()=>{CC=async(t,e={},r)=>{let{SSOOIDCClient:o}=await Promise.resolve().then(()=>(xg(),Eg)),n=i=>e.clientConfig?.[i]??e.parentClientConfig?.[i]??r?.[i];
return new o(Object.assign({},e.clientConfig??{},{region:t??e.clientConfig?.region,logger:n("logger"),userAgentAppId:n("userAgentAppId")}))}});var AC,bC=p(()=>{vC();AC=async(t,e,r={},o)=>{let{CreateTokenCommand:n}=await Promise.resolve().then(()=>(xg(),Eg));return(await CC(e,r,o)).send(new n({clientId:t.
clientId,clientSecret:t.clientSecret,refreshToken:t.refreshToken,grantType:"refresh_token"}))}});var Sg,PC=p(()=>{$();Vc();Sg=t=>{if(t.expiration&&t.expiration.getTime()<Date.now())throw new At(`Token is expired. ${Gn}`,!1)}});var yo,OC=p(()=>{$();Vc();yo=(t,e,r=!1)=>{if(typeof e>"u")throw new At(`Value not present for '${t}' in SSO Token${r?". Cannot refresh":""}. ${Gn}`,!1)}});var NC,rU,DC,kC=p(()=>{$();NC=require("node:fs"),{writeFile:rU}=NC.promises,DC=(t,e)=>{let r=_s(t),o=JSON.stringify(e,null,2);return rU(r,o)}});var $C,op,Rg,LC=p(()=>{$();Vc();bC();PC();OC();kC();$C=new Map,op=new Map,Rg=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/token-provider\
s - fromSso");let r=await Sr(t),o=et({profile:t.profile??e?.profile}),n=r[o];if(n){if(!n.sso_session)throw new At(`Profile '${o}' is missing required property '\
sso_session'.`)}else throw new At(`Profile '${o}' could not be found in shared credentials file.`,!1);let s=n.sso_session,i=op.get(s);if(i)return await i;let c=(await As(
t))[s];if(!c)throw new At(`Sso session '${s}' could not be found in shared credentials file.`,!1);for(let x of["sso_start_url","sso_region"])if(!c[x])throw new At(
`Sso session '${s}' is missing required property '${x}'.`,!1);let l=c.sso_start_url,d=c.sso_region,u;try{u=await Is(s)}catch{throw new At(`The SSO session token\
 associated with profile=${o} was not found or is invalid. ${Gn}`,!1)}yo("accessToken",u.accessToken),yo("expiresAt",u.expiresAt);let{accessToken:m,expiresAt:f}=u,
g={token:m,expiration:new Date(f)};if(g.expiration.getTime()-Date.now()>3e5)return g;let h=op.get(s);if(h)return await h;let y=$C.get(s)??0;if(Date.now()-y<30*1e3)
return Sg(g),g;yo("clientId",u.clientId,!0),yo("clientSecret",u.clientSecret,!0),yo("refreshToken",u.refreshToken,!0);let S=(async()=>{try{$C.set(s,Date.now());
let x=await AC(u,d,t,e);yo("accessToken",x.accessToken),yo("expiresIn",x.expiresIn);let v=new Date(Date.now()+x.expiresIn*1e3);try{await DC(s,{...u,accessToken:x.
accessToken,expiresAt:v.toISOString(),refreshToken:x.refreshToken})}catch{}return{token:x.accessToken,expiration:v}}catch{return Sg(g),g}})();op.set(s,S);try{return await S}finally{
op.delete(s)}}});var UC=p(()=>{LC()});function nU(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"awsssoportal",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}function sU(t){return{schemeId:"smithy.api#noAuth"}}var FC,MC,BC,_g=p(()=>{we();T();FC=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.
region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});MC=t=>{let e=[];return t.operation==="GetRoleCredentials"?e.push(
sU(t)):e.push(nU(t)),e},BC=t=>{let e=dr(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??[])})}});var HC,GC,wg=p(()=>{HC=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"awsssoporta\
l"}),GC={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var yi,on,np,jC,WC,sp,Ig,zC,Tg,Vn,VC,qC,iU,Et,aU,KC,JC=p(()=>{W();yi="ref",on=-1,np=!0,jC="isSet",WC="PartitionResult",sp="booleanEquals",Ig="getAttr",zC={[yi]:"\
Endpoint"},Tg={[yi]:WC},Vn={},VC=[{[yi]:"Region"}],qC={conditions:[[jC,[zC]],[jC,VC],["aws.partition",VC,WC],[sp,[{[yi]:"UseFIPS"},np]],[sp,[{[yi]:"UseDualStack"},
np]],[sp,[{fn:Ig,argv:[Tg,"supportsDualStack"]},np]],[sp,[{fn:Ig,argv:[Tg,"supportsFIPS"]},np]],["stringEquals",[{fn:Ig,argv:[Tg,"name"]},"aws-us-gov"]]],results:[
[on],[on,"Invalid Configuration: FIPS and custom endpoint are not supported"],[on,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[zC,
Vn],["https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Vn],[on,"FIPS and DualStack are enabled, but this partition does not support one or\
 both"],["https://portal.sso.{Region}.amazonaws.com",Vn],["https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}",Vn],[on,"FIPS is enabled but this parti\
tion does not support FIPS"],["https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}",Vn],[on,"DualStack is enabled but this partition does not suppo\
rt DualStack"],["https://portal.sso.{Region}.{PartitionResult#dnsSuffix}",Vn],[on,"Invalid Configuration: Missing Region"]]},iU=2,Et=1e8,aU=new Int32Array([-1,1,
-1,0,13,3,1,4,Et+12,2,5,Et+12,3,8,6,4,7,Et+11,5,Et+9,Et+10,4,11,9,6,10,Et+8,7,Et+6,Et+7,5,12,Et+5,6,Et+4,Et+5,3,Et+1,14,4,Et+2,Et+3]),KC=ot.from(aU,iU,qC.conditions,
qC.results)});var cU,YC,XC=p(()=>{M();W();JC();cU=new nt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),YC=(t,e={})=>cU.get(t,()=>Bt(KC,{endpointParams:t,logger:e.
logger}));Pe.aws=ft});var Kr,Cg=p(()=>{T();Kr=class t extends tt{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var ip,ap,cp,pp,vg=p(()=>{Cg();ip=class t extends Kr{static shapeId="com.amazonaws.sso#InvalidRequestException";name="InvalidRequestException";$fault="client";constructor(e){
super({name:"InvalidRequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ap=class t extends Kr{static shapeId="com.amazonaws.sso#R\
esourceNotFoundException";name="ResourceNotFoundException";$fault="client";constructor(e){super({name:"ResourceNotFoundException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},cp=class t extends Kr{static shapeId="com.amazonaws.sso#TooManyRequestsException";name="TooManyRequestsException";$fault="cli\
ent";constructor(e){super({name:"TooManyRequestsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},pp=class t extends Kr{static shapeId="\
com.amazonaws.sso#UnauthorizedException";name="UnauthorizedException";$fault="client";constructor(e){super({name:"UnauthorizedException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}}});var pU,lU,dU,uU,mU,fU,gU,hU,yU,EU,xU,SU,RU,_U,wU,lp,dp,IU,TU,up,CU,QC,mp,vU,AU,bU,ZC,PU,OU,NU,mr,ev,DU,Ei,kU,$U,LU,UU,tv,FU,MU,BU,HU,GU,jU,rv,fp=p(()=>{X();vg();
Cg();pU="AccessTokenType",lU="GetRoleCredentials",dU="GetRoleCredentialsRequest",uU="GetRoleCredentialsResponse",mU="InvalidRequestException",fU="RoleCredential\
s",gU="ResourceNotFoundException",hU="SecretAccessKeyType",yU="SessionTokenType",EU="TooManyRequestsException",xU="UnauthorizedException",SU="accountId",RU="acc\
essKeyId",_U="accessToken",wU="account_id",lp="client",dp="error",IU="expiration",TU="http",up="httpError",CU="httpHeader",QC="httpQuery",mp="message",vU="roleC\
redentials",AU="roleName",bU="role_name",ZC="smithy.ts.sdk.synthetic.com.amazonaws.sso",PU="secretAccessKey",OU="sessionToken",NU="x-amz-sso_bearer_token",mr="c\
om.amazonaws.sso",ev=new Q(ZC),DU=[-3,ZC,"SSOServiceException",0,[],[]];ev.registerError(DU,Kr);Ei=new Q(mr),kU=[-3,mr,mU,{[dp]:lp,[up]:400},[mp],[0]];Ei.registerError(
kU,ip);$U=[-3,mr,gU,{[dp]:lp,[up]:404},[mp],[0]];Ei.registerError($U,ap);LU=[-3,mr,EU,{[dp]:lp,[up]:429},[mp],[0]];Ei.registerError(LU,cp);UU=[-3,mr,xU,{[dp]:lp,
[up]:401},[mp],[0]];Ei.registerError(UU,pp);tv=[ev,Ei],FU=[0,mr,pU,8,0],MU=[0,mr,hU,8,0],BU=[0,mr,yU,8,0],HU=[3,mr,dU,0,[AU,SU,_U],[[0,{[QC]:bU}],[0,{[QC]:wU}],
[()=>FU,{[CU]:NU}]],3],GU=[3,mr,uU,0,[vU],[[()=>jU,0]]],jU=[3,mr,fU,0,[RU,PU,OU,IU],[0,[()=>MU,0],[()=>BU,0],1]],rv=[9,mr,lU,{[TU]:["GET","/federation/credentia\
ls",200]},()=>HU,()=>GU]});var ov,nv=p(()=>{we();en();it();tn();T();F();k();_g();XC();fp();ov=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??YC,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
MC,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new st}],logger:t?.logger??new _e,protocol:t?.protocol??Wr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.sso",errorTypeRegistries:tv,version:"2019-06-10",serviceTarget:"SWBPortalService"},serviceId:t?.serviceId??"S\
SO",sha256:t?.sha256??ht,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??Z})});var sv,iv=p(()=>{ei();M();we();T();$();mt();k();fo();nv();sv=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Dt),o=ov(t);Tt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(gt,n),bodyLengthChecker:t?.bodyLengthChecker??
Ct,defaultSocketTimeout:Er(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:go.version}),maxAttempts:t?.
maxAttempts??_(Yt,t),region:t?.region??_(be,{...rt,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Qt,default:async()=>(await r()).
retryMode||at},t),streamCollector:t?.streamCollector??je,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Ot,n),userAgentAppId:t?.
userAgentAppId??_(tr,n)}}});var av,cv,pv=p(()=>{av=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},cv=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var lv,dv=p(()=>{M();T();F();pv();lv=(t,e)=>{let r=Object.assign(rr(t),$t(t),Ht(t),av(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),Gt(r),
cv(r))}});var qn,Ag=p(()=>{M();it();T();$();W();F();mt();X();_g();wg();iv();dv();qn=class extends Te{config;constructor(...[e]){let r=sv(e||{});super(r),this.initConfig=r;
let o=HC(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=cr(a),l=BC(c),d=lv(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(
Zt(this.config)),this.middlewareStack.use(lr(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),this.middlewareStack.use(dt(this.config,{httpAuthSchemeParametersProvider:FC,identityProviderConfigProvider:async u=>new Ve(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(ut(this.config))}destroy(){super.destroy()}}});var uv,mv,fv,gv=p(()=>{T();W();wg();uv=Ut(GC,"SWBPortalService","SSOClient",pr),mv={},fv=(t,e,r,o)=>[]});var Wn,bg=p(()=>{gv();fp();Wn=class extends uv(mv,fv,"GetRoleCredentials",rv){}});var zU,Pg,hv=p(()=>{T();bg();Ag();zU={GetRoleCredentialsCommand:Wn},Pg=class extends qn{};zr(zU,Pg)});var yv=p(()=>{bg()});var Ev=p(()=>{});var xv=p(()=>{Ag();hv();yv();fp();vg();Ev()});var Sv={};sr(Sv,{GetRoleCredentialsCommand:()=>Wn,SSOClient:()=>qn});var Rv=p(()=>{xv()});var xi,Og,_v=p(()=>{M();UC();$();xi=!1,Og=async({ssoStartUrl:t,ssoSession:e,ssoAccountId:r,ssoRegion:o,ssoRoleName:n,ssoClient:s,clientConfig:i,parentClientConfig:a,
callerClientConfig:c,profile:l,filepath:d,configFilepath:u,ignoreCache:m,logger:f})=>{let g,h="To refresh this SSO session run aws sso login with the correspond\
ing profile.";if(e)try{let pt=await Rg({profile:l,filepath:d,configFilepath:u,ignoreCache:m,clientConfig:i,parentClientConfig:a,logger:f})({callerClientConfig:c});
g={accessToken:pt.token,expiresAt:new Date(pt.expiration).toISOString()}}catch(pt){throw new R(pt.message,{tryNextLink:xi,logger:f})}else try{g=await Is(t)}catch{
throw new R(`The SSO session associated with this profile is invalid. ${h}`,{tryNextLink:xi,logger:f})}if(new Date(g.expiresAt).getTime()-Date.now()<=0)throw new R(
`The SSO session associated with this profile has expired. ${h}`,{tryNextLink:xi,logger:f});let{accessToken:y}=g,{SSOClient:S,GetRoleCredentialsCommand:x}=await Promise.resolve().then(()=>(Rv(),Sv)),
v=s||new S(Object.assign({},i??{},{logger:i?.logger??c?.logger??a?.logger,region:i?.region??o,userAgentAppId:i?.userAgentAppId??c?.userAgentAppId??a?.userAgentAppId})),
b;try{b=await v.send(new x({accountId:r,roleName:n,accessToken:y}))}catch(pt){throw new R(pt,{tryNextLink:xi,logger:f})}let{roleCredentials:{accessKeyId:L,secretAccessKey:Y,
sessionToken:ve,expiration:nr,credentialScope:vr,accountId:ce}={}}=b;if(!L||!Y||!ve||!nr)throw new R("SSO returns an invalid temporary credential.",{tryNextLink:xi,
logger:f});let Ae={accessKeyId:L,secretAccessKey:Y,sessionToken:ve,expiration:new Date(nr),...vr&&{credentialScope:vr},...ce&&{accountId:ce}};return e?B(Ae,"CRE\
DENTIALS_SSO","s"):B(Ae,"CREDENTIALS_SSO_LEGACY","u"),Ae}});var gp,Ng=p(()=>{$();gp=(t,e)=>{let{sso_start_url:r,sso_account_id:o,sso_region:n,sso_role_name:s}=t;if(!r||!o||!n||!s)throw new R(`Profile is configured with i\
nvalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(t).join(", ")}
Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,{tryNextLink:!1,logger:e});return t}});var wv,Iv=p(()=>{$();ng();_v();Ng();wv=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO");let{ssoStartUrl:r,
ssoAccountId:o,ssoRegion:n,ssoRoleName:s,ssoSession:i}=t,{ssoClient:a}=t,c=et({profile:t.profile??e?.profile});if(!r&&!o&&!n&&!s&&!i){let d=(await Sr(t))[c];if(!d)
throw new R(`Profile ${c} was not found.`,{logger:t.logger});if(!zc(d))throw new R(`Profile ${c} is not configured with SSO credentials.`,{logger:t.logger});if(d?.
sso_session){let S=(await As(t))[d.sso_session],x=` configurations in profile ${c} and sso-session ${d.sso_session}`;if(n&&n!==S.sso_region)throw new R("Conflic\
ting SSO region"+x,{tryNextLink:!1,logger:t.logger});if(r&&r!==S.sso_start_url)throw new R("Conflicting SSO start_url"+x,{tryNextLink:!1,logger:t.logger});d.sso_region=
S.sso_region,d.sso_start_url=S.sso_start_url}let{sso_start_url:u,sso_account_id:m,sso_region:f,sso_role_name:g,sso_session:h}=gp(d,t.logger);return Og({ssoStartUrl:u,
ssoSession:h,ssoAccountId:m,ssoRegion:f,ssoRoleName:g,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}else{if(!r||!o||!n||!s)throw new R('Incomplete configu\
ration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',{tryNextLink:!1,logger:t.logger});return Og({ssoStartUrl:r,
ssoSession:i,ssoAccountId:o,ssoRegion:n,ssoRoleName:s,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}}});var Dg={};sr(Dg,{fromSSO:()=>wv,isSsoProfile:()=>zc,validateSsoProfile:()=>gp});var kg=p(()=>{Iv();ng();Ng()});var Tv,$g,Cv=p(()=>{M();$();Tv=(t,e,r)=>{let o={EcsContainer:async n=>{let{fromHttp:s}=await Promise.resolve().then(()=>(og(),rg)),{fromContainerMetadata:i}=await Promise.resolve().then(()=>(Hc(),Bc));
return r?.debug("@aws-sdk/credential-provider-ini - credential_source is EcsContainer"),async()=>Mo(s(n??{}),i(n))().then($g)},Ec2InstanceMetadata:async n=>{r?.
debug("@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata");let{fromInstanceMetadata:s}=await Promise.resolve().then(()=>(Hc(),Bc));return async()=>s(
n)().then($g)},Environment:async n=>{r?.debug("@aws-sdk/credential-provider-ini - credential_source is Environment");let{fromEnv:s}=await Promise.resolve().then(()=>(Vf(),gT));
return async()=>s(n)().then($g)}};if(t in o)return o[t];throw new R(`Unsupported credential source in profile ${e}. Got ${t}, expected EcsContainer or Ec2Instan\
ceMetadata or Environment.`,{logger:r})},$g=t=>B(t,"CREDENTIALS_PROFILE_NAMED_PROVIDER","p")});var Si,vv=p(()=>{Si={CrtSignerV4:null}});function bv(t){return{accessKeyId:t.accessKeyId,secretAccessKey:t.secretAccessKey,expiration:t.expiration}}function Pv(t,e){let r=t.credentialProvider;t.credentialProvider=
()=>(t.credentialProvider=r,Promise.resolve(e))}var Lg,Av,hp,Ov=p(()=>{Oc();Lg="X-Amz-S3session-Token",Av=Lg.toLowerCase(),hp=class extends lo{async signWithCredentials(e,r,o){
let n=bv(r);e.headers[Av]=r.sessionToken;let s=this;return Pv(s,n),s.signRequest(e,o??{})}async presignWithCredentials(e,r,o){let n=bv(r);return delete e.headers[Av],
e.headers[Lg]=r.sessionToken,e.query=e.query??{},e.query[Lg]=r.sessionToken,Pv(this,n),this.presign(e,o)}}});var nn,Nv=p(()=>{Oc();vv();Ov();nn=class{sigv4aSigner;sigv4Signer;signerOptions;static sigv4aDependency(){return typeof Si.CrtSignerV4=="function"?"crt":typeof Pc.
SignatureV4a=="function"?"js":"none"}constructor(e){this.sigv4Signer=new hp(e),this.signerOptions=e}async sign(e,r={}){return r.signingRegion==="*"?this.getSigv4aSigner().
sign(e,r):this.sigv4Signer.sign(e,r)}async signWithCredentials(e,r,o={}){if(o.signingRegion==="*"){let n=this.getSigv4aSigner(),s=Si.CrtSignerV4;if(s&&n instanceof
s)return n.signWithCredentials(e,r,o);throw new Error(`signWithCredentials with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signa\
ture-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require(\
"@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-\
sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.signWithCredentials(e,r,o)}async presign(e,r={}){if(r.signingRegion==="*"){let o=this.
getSigv4aSigner(),n=Si.CrtSignerV4;if(n&&o instanceof n)return o.presign(e,r);throw new Error(`presign with signingRegion '*' is only supported when using the C\
RT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the \
package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to\
 https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.presign(e,r)}async presignWithCredentials(e,r,o={}){
if(o.signingRegion==="*")throw new Error("Method presignWithCredentials is not supported for [signingRegion=*].");return this.sigv4Signer.presignWithCredentials(
e,r,o)}getSigv4aSigner(){if(!this.sigv4aSigner){let e=Si.CrtSignerV4,r=Pc.SignatureV4a;if(this.signerOptions.runtime==="node"){if(!e&&!r)throw new Error("Neithe\
r CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https\
://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt");if(e&&typeof e=="function")this.sigv4aSigner=new e({...this.signerOptions,signingAlgorithm:1});else if(r&&
typeof r=="function")this.sigv4aSigner=new r({...this.signerOptions});else throw new Error("Available SigV4a implementation is not a valid constructor. Please e\
nsure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functi\
onality-requiring-aws-common-runtime-crt")}else{if(!r||typeof r!="function")throw new Error("JS SigV4a implementation is not available or not a valid constructo\
r. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also re\
gister the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please \
go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a");this.sigv4aSigner=new r({...this.signerOptions})}}return this.sigv4aSigner}}});var Ug=p(()=>{Nv()});var Jn,sn,Ri,Dv,Hv,_i,ke,Fg,kv,$v,Lv,Uv,Fv,$e,Mg,Kn,Mv,Bv,VU,V,qU,Gv,jv=p(()=>{W();Jn="ref",sn=-1,Ri=!0,Dv="isSet",Hv="PartitionResult",_i="booleanEquals",ke="s\
tringEquals",Fg="getAttr",kv="us-east-1",$v="sigv4",Lv="sts",Uv="https://sts.{Region}.{PartitionResult#dnsSuffix}",Fv={[Jn]:"Endpoint"},$e={[Jn]:"Region"},Mg={[Jn]:Hv},
Kn={},Mv=[$e],Bv={conditions:[[Dv,[Fv]],[Dv,Mv],["aws.partition",Mv,Hv],[_i,[{[Jn]:"UseFIPS"},Ri]],[_i,[{[Jn]:"UseDualStack"},Ri]],[ke,[$e,"aws-global"]],[_i,[{
[Jn]:"UseGlobalEndpoint"},Ri]],[ke,[$e,"eu-central-1"]],[_i,[{fn:Fg,argv:[Mg,"supportsDualStack"]},Ri]],[_i,[{fn:Fg,argv:[Mg,"supportsFIPS"]},Ri]],[ke,[$e,"ap-s\
outh-1"]],[ke,[$e,"eu-north-1"]],[ke,[$e,"eu-west-1"]],[ke,[$e,"eu-west-2"]],[ke,[$e,"eu-west-3"]],[ke,[$e,"sa-east-1"]],[ke,[$e,kv]],[ke,[$e,"us-east-2"]],[ke,
[$e,"us-west-2"]],[ke,[$e,"us-west-1"]],[ke,[$e,"ca-central-1"]],[ke,[$e,"ap-southeast-1"]],[ke,[$e,"ap-northeast-1"]],[ke,[$e,"ap-southeast-2"]],[ke,[{fn:Fg,argv:[
Mg,"name"]},"aws-us-gov"]]],results:[[sn],["https://sts.amazonaws.com",{authSchemes:[{name:$v,signingName:Lv,signingRegion:kv}]}],[Uv,{authSchemes:[{name:$v,signingName:Lv,
signingRegion:"{Region}"}]}],[sn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[sn,"Invalid Configuration: Dualstack and custom endpoint \
are not supported"],[Fv,Kn],["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Kn],[sn,"FIPS and DualStack are enabled, but this partition does n\
ot support one or both"],["https://sts.{Region}.amazonaws.com",Kn],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",Kn],[sn,"FIPS is enabled but this pa\
rtition does not support FIPS"],["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}",Kn],[sn,"DualStack is enabled but this partition does not support D\
ualStack"],[Uv,Kn],[sn,"Invalid Configuration: Missing Region"]]},VU=2,V=1e8,qU=new Int32Array([-1,1,-1,0,30,3,1,4,V+14,2,5,V+14,3,25,6,4,24,7,5,V+1,8,6,9,V+13,
7,V+1,10,10,V+1,11,11,V+1,12,12,V+1,13,13,V+1,14,14,V+1,15,15,V+1,16,16,V+1,17,17,V+1,18,18,V+1,19,19,V+1,20,20,V+1,21,21,V+1,22,22,V+1,23,23,V+1,V+2,8,V+11,V+12,
4,28,26,9,27,V+10,24,V+8,V+9,8,29,V+7,9,V+6,V+7,3,V+3,31,4,V+4,V+5]),Gv=ot.from(qU,VU,Bv.conditions,Bv.results)});var WU,yp,Bg=p(()=>{M();W();jv();WU=new nt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),yp=(t,e={})=>WU.get(t,()=>Bt(Gv,
{endpointParams:t,logger:e.logger}));Pe.aws=ft});function Vv(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function Hg(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function qv(t){return{schemeId:"smithy.api#noAuth"}}var KU,JU,zv,YU,XU,Wv,Kv,Gg=p(()=>{we();Ug();T();W();Bg();KU=t=>async(e,r,o)=>{if(!o)throw new Error("Could \
not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let n=await t(e,r,o),s=ee(r)?.commandInstance?.constructor?.getEndpointParameterInstructions;
if(!s)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}'`);let i=await Da(o,{getEndpointParameterInstructions:s},e);return Object.
assign(n,i)},JU=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()}),zv=KU(JU);YU=(t,e,r)=>n=>{let i=t(n).properties?.authSchemes;if(!i)return e(n);let a=[];for(let c of i){let{name:l,properties:d={},...u}=c,m=l.toLowerCase();
l!==m&&console.warn(`HttpAuthScheme has been normalized with lowercasing: '${l}' to '${m}'`);let f;if(m==="sigv4a"){f="aws.auth#sigv4a";let y=i.find(S=>{let x=S.
name.toLowerCase();return x!=="sigv4a"&&x.startsWith("sigv4")});if(nn.sigv4aDependency()==="none"&&y)continue}else if(m.startsWith("sigv4"))f="aws.auth#sigv4";else
throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);let g=r[f];if(!g)throw new Error(`Could not find HttpAuthOption creat\
e function for '${f}'`);let h=g(n);h.schemeId=f,h.signingProperties={...h.signingProperties||{},...u,...d},a.push(h)}return a},XU=t=>{let e=[];return t.operation===
"AssumeRoleWithWebIdentity"?(e.push(qv(t)),e.push(Hg(t))):(e.push(Vv(t)),e.push(Hg(t))),e},Wv=YU(yp,XU,{"aws.auth#sigv4":Vv,"aws.auth#sigv4a":Hg,"smithy.api#noA\
uth":qv}),Kv=t=>{let e=dr(t),r=_c(e);return Object.assign(r,{authSchemePreference:q(t.authSchemePreference??[])})}});var Jv,Yv,jg=p(()=>{Jv=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??
!1,defaultSigningName:"sts"}),Yv={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{
type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}}});var ct,Ep=p(()=>{T();ct=class t extends tt{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var wi,Ii,Ti,Ci,vi,Ai,bi,Pi,zg=p(()=>{Ep();wi=class t extends ct{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="c\
lient";constructor(e){super({name:"ExpiredTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ii=class t extends ct{static shapeId="\
com.amazonaws.sts#InvalidContextAssertionException";name="InvalidContextAssertionException";$fault="client";constructor(e){super({name:"InvalidContextAssertionE\
xception",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ti=class t extends ct{static shapeId="com.amazonaws.sts#MalformedPolicyDocumentExcept\
ion";name="MalformedPolicyDocumentException";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Ci=class t extends ct{static shapeId="com.amazonaws.sts#PackedPolicyTooLargeException";name="PackedPolicyTooLargeException";$fault="client";constructor(e){
super({name:"PackedPolicyTooLargeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},vi=class t extends ct{static shapeId="com.amazonaws\
.sts#RegionDisabledException";name="RegionDisabledException";$fault="client";constructor(e){super({name:"RegionDisabledException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Ai=class t extends ct{static shapeId="com.amazonaws.sts#IDPRejectedClaimException";name="IDPRejectedClaimException";$fault="c\
lient";constructor(e){super({name:"IDPRejectedClaimException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},bi=class t extends ct{static shapeId="\
com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdentityTokenException";$fault="client";constructor(e){super({name:"InvalidIdentityTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Pi=class t extends ct{static shapeId="com.amazonaws.sts#IDPCommunicationErrorException";name="I\
DPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicationErrorException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}}});var QU,ZU,eF,tF,rF,oF,Vg,nF,sF,iF,aF,qg,cF,Xv,pF,lF,dF,uF,mF,fF,gF,hF,yF,EF,xF,SF,Qv,Zv,eA,tA,RF,_F,wF,IF,TF,CF,rA,vF,AF,oA,bF,nA,PF,OF,NF,Wg,DF,kF,sA,iA,$F,LF,
UF,aA,cA,FF,MF,BF,HF,GF,jF,Eo,xo,zF,So,Ro,_o,VF,qF,WF,KF,pA,JF,YF,XF,j,lA,dA,Jr,uA,mA,fA,gA,hA,yA,EA,xA,Kg,QF,ZF,eM,tM,rM,oM,Jg,SA,RA,_A,wA,Yg,IA,TA,CA,vA,AA,bA,
PA,nM,sM,iM,Xg,Qg,Oi=p(()=>{X();zg();Ep();QU="Arn",ZU="AccessKeyId",eF="AssumeRole",tF="AssumedRoleId",rF="AssumeRoleRequest",oF="AssumeRoleResponse",Vg="Assume\
dRoleUser",nF="AssumeRoleWithWebIdentity",sF="AssumeRoleWithWebIdentityRequest",iF="AssumeRoleWithWebIdentityResponse",aF="Audience",qg="Credentials",cF="Contex\
tAssertion",Xv="DurationSeconds",pF="Expiration",lF="ExternalId",dF="ExpiredTokenException",uF="FederatedProviderArn",mF="Issuer",fF="InvalidContextAssertionExc\
eption",gF="IDPCommunicationErrorException",hF="IDPRejectedClaimException",yF="InvalidIdentityTokenException",EF="IdentityProvider",xF="Key",SF="MalformedPolicy\
DocumentException",Qv="MinimumSessionTokenSize",Zv="OriginIdentity",eA="Policy",tA="PolicyArns",RF="ProviderArn",_F="ProvidedContexts",wF="ProvidedContextsListT\
ype",IF="ProvidedContext",TF="PolicyDescriptorType",CF="ProviderId",rA="PackedPolicySize",vF="PackedPolicyTooLargeException",AF="Provider",oA="RoleArn",bF="Regi\
onDisabledException",nA="RoleSessionName",PF="Subject",OF="SecretAccessKey",NF="SubjectFromWebIdentityToken",Wg="SourceIdentity",DF="SerialNumber",kF="SessionTo\
ken",sA="SessionTokenSize",iA="SessionTokenUtilization",$F="SubjectType",LF="Tags",UF="TokenCode",aA="TransactionContext",cA="TrustedIdentityPropagationContext",
FF="TransitiveTagKeys",MF="Tag",BF="Value",HF="WebIdentityToken",GF="arn",jF="accessKeySecretType",Eo="awsQueryError",xo="client",zF="clientTokenType",So="error",
Ro="httpError",_o="message",VF="originIdentityIssuerType",qF="originIdentitySubjectType",WF="originIdentitySubjectTypeType",KF="policyDescriptorListType",pA="sm\
ithy.ts.sdk.synthetic.com.amazonaws.sts",JF="transactionContextIdentityProviderMapType",YF="transactionContextValueType",XF="tagListType",j="com.amazonaws.sts",
lA=new Q(pA),dA=[-3,pA,"STSServiceException",0,[],[]];lA.registerError(dA,ct);Jr=new Q(j),uA=[-3,j,dF,{[Eo]:["ExpiredTokenException",400],[So]:xo,[Ro]:400},[_o],
[0]];Jr.registerError(uA,wi);mA=[-3,j,gF,{[Eo]:["IDPCommunicationError",400],[So]:xo,[Ro]:400},[_o],[0]];Jr.registerError(mA,Pi);fA=[-3,j,hF,{[Eo]:["IDPRejected\
Claim",403],[So]:xo,[Ro]:403},[_o],[0]];Jr.registerError(fA,Ai);gA=[-3,j,fF,{[Eo]:["InvalidContextAssertion",400],[So]:xo,[Ro]:400},[_o],[0]];Jr.registerError(gA,
Ii);hA=[-3,j,yF,{[Eo]:["InvalidIdentityToken",400],[So]:xo,[Ro]:400},[_o],[0]];Jr.registerError(hA,bi);yA=[-3,j,SF,{[Eo]:["MalformedPolicyDocument",400],[So]:xo,
[Ro]:400},[_o],[0]];Jr.registerError(yA,Ti);EA=[-3,j,vF,{[Eo]:["PackedPolicyTooLarge",400],[So]:xo,[Ro]:400},[_o],[0]];Jr.registerError(EA,Ci);xA=[-3,j,bF,{[Eo]:[
"RegionDisabledException",403],[So]:xo,[Ro]:403},[_o],[0]];Jr.registerError(xA,vi);Kg=[lA,Jr],QF=[0,j,jF,8,0],ZF=[0,j,zF,8,0],eM=[0,j,VF,8,0],tM=[0,j,qF,8,0],rM=
[0,j,WF,8,0],oM=[0,j,YF,8,0],Jg=[3,j,Vg,0,[tF,QU],[0,0],2],SA=[3,j,rF,0,[oA,nA,tA,eA,Xv,LF,FF,lF,DF,UF,Wg,_F,Qv],[0,0,()=>PA,0,1,()=>sM,64,0,0,0,0,()=>nM,1],2],
RA=[3,j,oF,0,[qg,Vg,rA,Wg,iA,sA],[[()=>Yg,0],()=>Jg,1,0,1,1]],_A=[3,j,sF,0,[oA,nA,HF,CF,tA,eA,Xv,Qv],[0,0,[()=>ZF,0],0,()=>PA,0,1,1],3],wA=[3,j,iF,0,[qg,NF,Vg,rA,
AF,aF,Wg,iA,sA,cA],[[()=>Yg,0],0,()=>Jg,1,0,0,0,1,1,[()=>bA,0]]],Yg=[3,j,qg,0,[ZU,OF,kF,pF],[0,[()=>QF,0],0,4],4],IA=[3,j,Zv,0,[PF,$F,mF,uF],[[()=>tM,0],[()=>rM,
0],[()=>eM,0],0]],TA=[3,j,TF,0,[GF],[0]],CA=[3,j,IF,0,[RF,cF],[0,0]],vA=[3,j,MF,0,[xF,BF],[0,0],2],AA=[3,j,aA,0,[EF],[[()=>iM,0]]],bA=[3,j,cA,8,[Zv,aA],[[()=>IA,
0],[()=>AA,0]]],PA=[1,j,KF,0,()=>TA],nM=[1,j,wF,0,()=>CA],sM=[1,j,XF,0,()=>vA],iM=[2,j,JF,0,[0,0],[()=>oM,0]],Xg=[9,j,eF,0,()=>SA,()=>RA],Qg=[9,j,nF,0,()=>_A,()=>wA]});var OA,NA=p(()=>{we();en();Ug();it();tn();T();F();k();Gg();Bg();Oi();OA=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??yp,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
Wv,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"aws.aut\
h#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4a"),signer:new po},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("s\
mithy.api#noAuth")||(async()=>({})),signer:new st}],logger:t?.logger??new _e,protocol:t?.protocol??ti,protocolSettings:t?.protocolSettings??{defaultNamespace:"c\
om.amazonaws.sts",errorTypeRegistries:Kg,xmlNamespace:"https://sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20\
110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??ht,signerConstructor:t?.signerConstructor??nn,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,
utf8Encoder:t?.utf8Encoder??Z})});var DA,kA=p(()=>{ei();M();we();it();T();$();mt();k();fo();NA();DA=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Dt),o=OA(t);Tt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(gt,n),bodyLengthChecker:t?.bodyLengthChecker??
Ct,defaultSocketTimeout:Er(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:go.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4")||(async i=>await t.credentialDefaultProvider(i?.__config||
{})()),signer:new ge},{schemeId:"aws.auth#sigv4a",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4a"),signer:new po},{schemeId:"smithy.api#noAuth",identityProvider:s=>s.
getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new st}],maxAttempts:t?.maxAttempts??_(Yt,t),region:t?.region??_(be,{...rt,...n}),requestHandler:Ne.
create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Qt,default:async()=>(await r()).retryMode||at},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??_(
wc,n),streamCollector:t?.streamCollector??je,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Ot,n),userAgentAppId:t?.
userAgentAppId??_(tr,n)}}});var $A,LA,UA=p(()=>{$A=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},LA=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var FA,MA=p(()=>{M();T();F();UA();FA=(t,e)=>{let r=Object.assign(rr(t),$t(t),Ht(t),$A(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),Gt(r),
LA(r))}});var wo,xp=p(()=>{M();it();T();$();W();F();mt();X();Gg();jg();kA();MA();wo=class extends Te{config;constructor(...[e]){let r=DA(e||{});super(r),this.initConfig=r;
let o=Jv(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=cr(a),l=Kv(c),d=FA(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(
Zt(this.config)),this.middlewareStack.use(lr(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),this.middlewareStack.use(dt(this.config,{httpAuthSchemeParametersProvider:zv,identityProviderConfigProvider:async u=>new Ve(
{"aws.auth#sigv4":u.credentials,"aws.auth#sigv4a":u.credentials})})),this.middlewareStack.use(ut(this.config))}destroy(){super.destroy()}}});var Sp,Rp,_p,Zg=p(()=>{T();W();jg();Sp=Ut(Yv,"AWSSecurityTokenServiceV20110615","STSClient",pr),Rp={},_p=(t,e,r,o)=>[]});var an,wp=p(()=>{Zg();Oi();an=class extends Sp(Rp,_p,"AssumeRole",Xg){}});var cn,Ip=p(()=>{Zg();Oi();cn=class extends Sp(Rp,_p,"AssumeRoleWithWebIdentity",Qg){}});var aM,Tp,BA=p(()=>{T();wp();Ip();xp();aM={AssumeRoleCommand:an,AssumeRoleWithWebIdentityCommand:cn},Tp=class extends wo{};zr(aM,Tp)});var HA=p(()=>{wp();Ip()});var GA=p(()=>{});var jA,zA,VA,qA,WA,KA=p(()=>{M();wp();Ip();jA=t=>{if(typeof t?.Arn=="string"){let e=t.Arn.split(":");if(e.length>4&&e[4]!=="")return e[4]}},zA=async(t,e,r,o={})=>{
let n=typeof t=="function"?await t():t,s=typeof e=="function"?await e():e,i="",a=n??s??(i=await Tf(o)());return r?.debug?.("@aws-sdk/client-sts::resolveRegion",
"accepting first of:",`${n} (credential provider clientConfig)`,`${s} (contextual client)`,`${i} (STS default: AWS_REGION, profile region, or us-east-1)`),a},VA=
(t,e)=>{let r,o;return async(n,s)=>{if(o=n,!r){let{logger:d=t?.parentClientConfig?.logger,profile:u=t?.parentClientConfig?.profile,region:m,requestHandler:f=t?.
parentClientConfig?.requestHandler,credentialProviderLogger:g,userAgentAppId:h=t?.parentClientConfig?.userAgentAppId}=t,y=await zA(m,t?.parentClientConfig?.region,
g,{logger:d,profile:u}),S=!WA(f);r=new e({...t,userAgentAppId:h,profile:u,credentialDefaultProvider:()=>async()=>o,region:y,requestHandler:S?f:void 0,logger:d})}
let{Credentials:i,AssumedRoleUser:a}=await r.send(new an(s));if(!i||!i.AccessKeyId||!i.SecretAccessKey)throw new Error(`Invalid response from STS.assumeRole cal\
l with role ${s.RoleArn}`);let c=jA(a),l={accessKeyId:i.AccessKeyId,secretAccessKey:i.SecretAccessKey,sessionToken:i.SessionToken,expiration:i.Expiration,...i.CredentialScope&&
{credentialScope:i.CredentialScope},...c&&{accountId:c}};return B(l,"CREDENTIALS_STS_ASSUME_ROLE","i"),l}},qA=(t,e)=>{let r;return async o=>{if(!r){let{logger:c=t?.
parentClientConfig?.logger,profile:l=t?.parentClientConfig?.profile,region:d,requestHandler:u=t?.parentClientConfig?.requestHandler,credentialProviderLogger:m,userAgentAppId:f=t?.
parentClientConfig?.userAgentAppId}=t,g=await zA(d,t?.parentClientConfig?.region,m,{logger:c,profile:l}),h=!WA(u);r=new e({...t,userAgentAppId:f,profile:l,region:g,
requestHandler:h?u:void 0,logger:c})}let{Credentials:n,AssumedRoleUser:s}=await r.send(new cn(o));if(!n||!n.AccessKeyId||!n.SecretAccessKey)throw new Error(`Inv\
alid response from STS.assumeRoleWithWebIdentity call with role ${o.RoleArn}`);let i=jA(s),a={accessKeyId:n.AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.
SessionToken,expiration:n.Expiration,...n.CredentialScope&&{credentialScope:n.CredentialScope},...i&&{accountId:i}};return i&&B(a,"RESOLVED_ACCOUNT_ID","T"),B(a,
"CREDENTIALS_STS_ASSUME_ROLE_WEB_ID","k"),a}},WA=t=>t?.metadata?.handlerProtocol==="h2"});var JA,YA,XA,cM,QA=p(()=>{KA();xp();JA=(t,e)=>e?class extends t{constructor(o){super(o);for(let n of e)this.middlewareStack.use(n)}}:t,YA=(t={},e)=>VA(t,JA(wo,e)),
XA=(t={},e)=>qA(t,JA(wo,e)),cM=t=>e=>t({roleAssumer:YA(e),roleAssumerWithWebIdentity:XA(e),...e})});var eh={};sr(eh,{$Command:()=>ar,AssumeRole$:()=>Xg,AssumeRoleCommand:()=>an,AssumeRoleRequest$:()=>SA,AssumeRoleResponse$:()=>RA,AssumeRoleWithWebIdentity$:()=>Qg,
AssumeRoleWithWebIdentityCommand:()=>cn,AssumeRoleWithWebIdentityRequest$:()=>_A,AssumeRoleWithWebIdentityResponse$:()=>wA,AssumedRoleUser$:()=>Jg,Credentials$:()=>Yg,
ExpiredTokenException:()=>wi,ExpiredTokenException$:()=>uA,IDPCommunicationErrorException:()=>Pi,IDPCommunicationErrorException$:()=>mA,IDPRejectedClaimException:()=>Ai,
IDPRejectedClaimException$:()=>fA,InvalidContextAssertionException:()=>Ii,InvalidContextAssertionException$:()=>gA,InvalidIdentityTokenException:()=>bi,InvalidIdentityTokenException$:()=>hA,
MalformedPolicyDocumentException:()=>Ti,MalformedPolicyDocumentException$:()=>yA,OriginIdentity$:()=>IA,PackedPolicyTooLargeException:()=>Ci,PackedPolicyTooLargeException$:()=>EA,
PolicyDescriptorType$:()=>TA,ProvidedContext$:()=>CA,RegionDisabledException:()=>vi,RegionDisabledException$:()=>xA,STS:()=>Tp,STSClient:()=>wo,STSServiceException:()=>ct,
STSServiceException$:()=>dA,Tag$:()=>vA,TransactionContext$:()=>AA,TrustedIdentityPropagationContext$:()=>bA,__Client:()=>Te,decorateDefaultCredentialProvider:()=>cM,
errorTypeRegistries:()=>Kg,getDefaultRoleAssumer:()=>YA,getDefaultRoleAssumerWithWebIdentity:()=>XA});var th=p(()=>{xp();BA();HA();T();Oi();zg();GA();QA();Ep()});var eb,pM,lM,tb,ZA,rb=p(()=>{M();$();Cv();eb=(t,{profile:e="default",logger:r}={})=>!!t&&typeof t=="object"&&typeof t.role_arn=="string"&&["undefined","string"].
indexOf(typeof t.role_session_name)>-1&&["undefined","string"].indexOf(typeof t.external_id)>-1&&["undefined","string"].indexOf(typeof t.mfa_serial)>-1&&(pM(t,{
profile:e,logger:r})||lM(t,{profile:e,logger:r})),pM=(t,{profile:e,logger:r})=>{let o=typeof t.source_profile=="string"&&typeof t.credential_source>"u";return o&&
r?.debug?.(`    ${e} isAssumeRoleWithSourceProfile source_profile=${t.source_profile}`),o},lM=(t,{profile:e,logger:r})=>{let o=typeof t.credential_source=="stri\
ng"&&typeof t.source_profile>"u";return o&&r?.debug?.(`    ${e} isCredentialSourceProfile credential_source=${t.credential_source}`),o},tb=async(t,e,r,o,n={},s)=>{
r.logger?.debug("@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)");let i=e[t],{source_profile:a,region:c}=i;if(!r.roleAssumer){let{getDefaultRoleAssumer:d}=await Promise.resolve().then(()=>(th(),eh));
r.roleAssumer=d({...r.clientConfig,credentialProviderLogger:r.logger,parentClientConfig:{...o,...r?.parentClientConfig,region:c??r?.parentClientConfig?.region??
o?.region}},r.clientPlugins)}if(a&&a in n)throw new R(`Detected a cycle attempting to resolve credentials for profile ${et(r)}. Profiles visited: `+Object.keys(
n).join(", "),{logger:r.logger});r.logger?.debug(`@aws-sdk/credential-provider-ini - finding credential resolver using ${a?`source_profile=[${a}]`:`profile=[${t}\
]`}`);let l=a?s(a,e,r,o,{...n,[a]:!0},ZA(e[a]??{})):(await Tv(i.credential_source,t,r.logger)(r))();if(ZA(i))return l.then(d=>B(d,"CREDENTIALS_PROFILE_SOURCE_PR\
OFILE","o"));{let d={RoleArn:i.role_arn,RoleSessionName:i.role_session_name||`aws-sdk-js-${Date.now()}`,ExternalId:i.external_id,DurationSeconds:parseInt(i.duration_seconds||
"3600",10)},{mfa_serial:u}=i;if(u){if(!r.mfaCodeProvider)throw new R(`Profile ${t} requires multi-factor authentication, but no MFA code callback was provided.`,
{logger:r.logger,tryNextLink:!1});d.SerialNumber=u,d.TokenCode=await r.mfaCodeProvider(u)}let m=await l;return r.roleAssumer(m,d).then(f=>B(f,"CREDENTIALS_PROFI\
LE_SOURCE_PROFILE","o"))}},ZA=t=>!t.role_arn&&!!t.credential_source});function dM(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"signin",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function uM(t){return{schemeId:"smithy.api#noAuth"}}var ob,nb,sb,rh=p(()=>{we();T();ob=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});nb=t=>{let e=[];return t.operation==="CreateOAuth2Token"?e.push(uM(t)):e.push(dM(
t)),e},sb=t=>{let e=dr(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??[])})}});var ib,ab,oh=p(()=>{ib=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"signin"}),ab=
{UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var Co,Io,cb,Yn,pb,Xn,lb,sh,Yr,nh,db,ub,To,hb,mb,Cp,qe,fb,gb,mM,H,fM,yb,Eb=p(()=>{W();Co="ref",Io=-1,cb=!1,Yn=!0,pb="isSet",Xn="booleanEquals",lb="coalesce",sh=
"PartitionResult",Yr="stringEquals",nh="getAttr",db="https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}",ub={[Co]:"Endpoint"},To={fn:nh,argv:[{[Co]:sh},
"name"]},hb={[Co]:"Region"},mb={[Co]:sh},Cp={authSchemes:[{name:"sigv4",signingName:"signin",signingRegion:"{Region}"}]},qe={},fb=[hb],gb={conditions:[[pb,fb],[
Xn,[{fn:lb,argv:[{[Co]:"IsControlPlane"},cb]},Yn]],[pb,[ub]],["aws.partition",fb,sh],[Xn,[{[Co]:"UseFIPS"},Yn]],[Yr,[To,"aws"]],[Xn,[{fn:lb,argv:[{[Co]:"IsOAuth\
Endpoint"},cb]},Yn]],[Xn,[{[Co]:"UseDualStack"},Yn]],[Yr,[To,"aws-cn"]],[Yr,[hb,"us-gov-west-1"]],[Yr,[To,"aws-us-gov"]],[Xn,[{fn:nh,argv:[mb,"supportsFIPS"]},Yn]],
[Yr,[To,"aws-iso"]],[Yr,[To,"aws-iso-b"]],[Yr,[To,"aws-iso-f"]],[Yr,[To,"aws-iso-e"]],[Yr,[To,"aws-eusc"]],[Xn,[{fn:nh,argv:[mb,"supportsDualStack"]},Yn]]],results:[
[Io],["https://signin.{Region}.api.aws",Cp],["https://signin.{Region}.api.amazonwebservices.com.cn",Cp],[db,Cp],[Io,"FIPS endpoints are not supported for OAuth \
operations. Disable FIPS or use a non-OAuth operation."],["https://{Region}.oauth.signin.aws",Cp],["https://{Region}.signin.aws.amazon.com",qe],["https://{Regio\
n}.signin.amazonaws.cn",qe],["https://{Region}.signin.amazonaws-us-gov.com",qe],["https://{Region}.signin.c2shome.ic.gov",qe],["https://{Region}.signin.sc2shome\
.sgov.gov",qe],["https://{Region}.signin.csphome.hci.ic.gov",qe],["https://{Region}.signin.csphome.adc-e.uk",qe],["https://{Region}.signin.amazonaws-eusc.eu",qe],
["https://signin-fips.amazonaws-us-gov.com",qe],["https://{Region}.signin-fips.amazonaws-us-gov.com",qe],["https://{Region}.signin.{PartitionResult#dnsSuffix}",
qe],[Io,"Invalid Configuration: FIPS and custom endpoint are not supported"],[Io,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[ub,qe],
["https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",qe],[Io,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://signin-fips.{Region}.{PartitionResult#dnsSuffix}",qe],[Io,"FIPS is enabled but this partition does not support FIPS"],[db,qe],[Io,"DualStack is enable\
d but this partition does not support DualStack"],["https://signin.{Region}.{PartitionResult#dnsSuffix}",qe],[Io,"Invalid Configuration: Missing Region"]]},mM=2,
H=1e8,fM=new Int32Array([-1,1,-1,0,6,3,2,36,4,4,5,H+27,6,H+4,H+27,1,29,7,2,36,8,3,9,31,4,22,10,5,19,11,7,21,12,8,H+7,13,10,H+8,14,12,H+9,15,13,H+10,16,14,H+11,17,
15,H+12,18,16,H+13,H+16,6,H+5,20,7,21,H+6,17,H+24,H+25,6,H+4,23,7,27,24,9,H+14,25,10,H+15,26,11,H+22,H+23,11,28,H+21,17,H+20,H+21,2,35,30,3,39,31,4,32,H+27,6,H+
4,33,7,H+27,34,9,H+14,H+27,3,39,36,4,38,37,7,H+18,H+19,6,H+4,H+17,5,H+1,40,8,H+2,H+3]),yb=ot.from(fM,mM,gb.conditions,gb.results)});var gM,xb,Sb=p(()=>{M();W();Eb();gM=new nt({size:50,params:["Endpoint","IsControlPlane","IsOAuthEndpoint","Region","UseDualStack","UseFIPS"]}),xb=(t,e={})=>gM.get(
t,()=>Bt(yb,{endpointParams:t,logger:e.logger}));Pe.aws=ft});var Tr,vp=p(()=>{T();Tr=class t extends tt{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Ni,Di,ki,$i,ih=p(()=>{vp();Ni=class t extends Tr{static shapeId="com.amazonaws.signin#AccessDeniedException";name="AccessDeniedException";$fault="client";error;constructor(e){
super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},Di=class t extends Tr{static shapeId="co\
m.amazonaws.signin#InternalServerException";name="InternalServerException";$fault="server";error;constructor(e){super({name:"InternalServerException",$fault:"se\
rver",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},ki=class t extends Tr{static shapeId="com.amazonaws.signin#TooManyRequestsError";name="\
TooManyRequestsError";$fault="client";error;constructor(e){super({name:"TooManyRequestsError",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.
error=e.error}},$i=class t extends Tr{static shapeId="com.amazonaws.signin#ValidationException";name="ValidationException";$fault="client";error;constructor(e){
super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}}});var hM,yM,EM,xM,SM,RM,_M,wM,IM,TM,CM,vM,AM,bM,PM,Rb,ah,OM,dh,_b,wb,NM,vo,ch,DM,ph,kM,Ab,uh,Ib,Le,bp,$M,Ap,Tb,bb,Cb,vb,LM,UM,FM,lh,MM,We,Pb,Ob,Li,Nb,Db,kb,$b,mh,
BM,Lb,Ub,Fb,Mb,Bb,Hb,Gb,jb,fh,gh,Ui=p(()=>{X();ih();vp();hM="AccessDeniedException",yM="AccessToken",EM="CreateOAuth2Token",xM="CreateOAuth2TokenRequest",SM="Cr\
eateOAuth2TokenRequestBody",RM="CreateOAuth2TokenResponseBody",_M="CreateOAuth2TokenResponse",wM="CreateOAuth2TokenWithIAM",IM="CreateOAuth2TokenWithIAMRequest",
TM="CreateOAuth2TokenWithIAMResponse",CM="InternalServerException",vM="OAuthAccessToken",AM="RefreshToken",bM="TooManyRequestsError",PM="ValidationException",Rb=
"accessKeyId",ah="accessToken",OM="access_token",dh="client",_b="clientId",wb="codeVerifier",NM="code",vo="error",ch="expiresIn",DM="expires_in",ph="grantType",
kM="grant_type",Ab="http",uh="httpError",Ib="idToken",Le="jsonName",bp="message",$M="resource",Ap="refreshToken",Tb="redirectUri",bb="smithy.ts.sdk.synthetic.co\
m.amazonaws.signin",Cb="secretAccessKey",vb="sessionToken",LM="server",UM="tokenInput",FM="tokenOutput",lh="tokenType",MM="token_type",We="com.amazonaws.signin",
Pb=new Q(bb),Ob=[-3,bb,"SigninServiceException",0,[],[]];Pb.registerError(Ob,Tr);Li=new Q(We),Nb=[-3,We,hM,{[vo]:dh},[vo,bp],[0,0],2];Li.registerError(Nb,Ni);Db=
[-3,We,CM,{[vo]:LM,[uh]:500},[vo,bp],[0,0],2];Li.registerError(Db,Di);kb=[-3,We,bM,{[vo]:dh,[uh]:429},[vo,bp],[0,0],2];Li.registerError(kb,ki);$b=[-3,We,PM,{[vo]:dh,
[uh]:400},[vo,bp],[0,0],2];Li.registerError($b,$i);mh=[Pb,Li],BM=[0,We,vM,8,0],Lb=[0,We,AM,8,0],Ub=[3,We,yM,8,[Rb,Cb,vb],[[0,{[Le]:Rb}],[0,{[Le]:Cb}],[0,{[Le]:vb}]],
3],Fb=[3,We,xM,0,[UM],[[()=>Mb,16]],1],Mb=[3,We,SM,0,[_b,ph,NM,Tb,wb,Ap],[[0,{[Le]:_b}],[0,{[Le]:ph}],0,[0,{[Le]:Tb}],[0,{[Le]:wb}],[()=>Lb,{[Le]:Ap}]],2],Bb=[3,
We,_M,0,[FM],[[()=>Hb,16]],1],Hb=[3,We,RM,0,[ah,lh,ch,Ap,Ib],[[()=>Ub,{[Le]:ah}],[0,{[Le]:lh}],[1,{[Le]:ch}],[()=>Lb,{[Le]:Ap}],[0,{[Le]:Ib}]],4],Gb=[3,We,IM,0,
[ph,$M],[[0,{[Le]:kM}],0],2],jb=[3,We,TM,0,[ah,lh,ch],[[()=>BM,{[Le]:OM}],[0,{[Le]:MM}],[1,{[Le]:DM}]],3],fh=[9,We,EM,{[Ab]:["POST","/v1/token",200]},()=>Fb,()=>Bb],
gh=[9,We,wM,{[Ab]:["POST","/v1/token?x-amz-client-auth-method=iam",200]},()=>Gb,()=>jb]});var zb,Vb=p(()=>{we();en();it();tn();T();F();k();rh();Sb();Ui();zb=t=>({apiVersion:"2023-01-01",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??xb,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
nb,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new st}],logger:t?.logger??new _e,protocol:t?.protocol??Wr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.signin",errorTypeRegistries:mh,version:"2023-01-01",serviceTarget:"Signin"},serviceId:t?.serviceId??"Signin",
sha256:t?.sha256??ht,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??Z})});var qb,Wb=p(()=>{ei();M();we();T();$();mt();k();fo();Vb();qb=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Dt),o=zb(t);Tt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(gt,n),bodyLengthChecker:t?.bodyLengthChecker??
Ct,defaultSocketTimeout:Er(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:go.version}),maxAttempts:t?.
maxAttempts??_(Yt,t),region:t?.region??_(be,{...rt,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Qt,default:async()=>(await r()).
retryMode||at},t),streamCollector:t?.streamCollector??je,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Ot,n),userAgentAppId:t?.
userAgentAppId??_(tr,n)}}});var Kb,Jb,Yb=p(()=>{Kb=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},Jb=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var Xb,Qb=p(()=>{M();T();F();Yb();Xb=(t,e)=>{let r=Object.assign(rr(t),$t(t),Ht(t),Kb(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),Gt(r),
Jb(r))}});var Fi,hh=p(()=>{M();it();T();$();W();F();mt();X();rh();oh();Wb();Qb();Fi=class extends Te{config;constructor(...[e]){let r=qb(e||{});super(r),this.initConfig=r;
let o=ib(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=cr(a),l=sb(c),d=Xb(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(
Zt(this.config)),this.middlewareStack.use(lr(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),this.middlewareStack.use(dt(this.config,{httpAuthSchemeParametersProvider:ob,identityProviderConfigProvider:async u=>new Ve(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(ut(this.config))}destroy(){super.destroy()}}});var Pp,Zb,eP,Op,yh=p(()=>{T();W();oh();Pp=Ut(ab,"Signin","SigninClient",pr),Zb={IsControlPlane:{type:"staticContextParams",value:!1}},eP={IsOAuthEndpoint:{type:"\
staticContextParams",value:!0}},Op=(t,e,r,o)=>[]});var Mi,Eh=p(()=>{yh();Ui();Mi=class extends Pp(Zb,Op,"CreateOAuth2Token",fh){}});var Bi,xh=p(()=>{yh();Ui();Bi=class extends Pp(eP,Op,"CreateOAuth2TokenWithIAM",gh){}});var HM,Np,tP=p(()=>{T();Eh();xh();hh();HM={CreateOAuth2TokenCommand:Mi,CreateOAuth2TokenWithIAMCommand:Bi},Np=class extends Fi{};zr(HM,Np)});var rP=p(()=>{Eh();xh()});var GM,oP=p(()=>{GM={AUTHCODE_EXPIRED:"AUTHCODE_EXPIRED",CONFLICT:"CONFLICT",INSUFFICIENT_PERMISSIONS:"INSUFFICIENT_PERMISSIONS",INVALID_REQUEST:"INVALID_REQUES\
T",OAUTH_INVALID_CLIENT:"invalid_client",OAUTH_INVALID_GRANT:"invalid_grant",OAUTH_INVALID_REQUEST:"invalid_request",OAUTH_INVALID_SCOPE:"invalid_scope",OAUTH_INVALID_TARGET:"\
invalid_target",OAUTH_RATE_EXCEEDED:"rate_exceeded",OAUTH_SERVICE_UNAVAILABLE:"service_unavailable",OAUTH_UNSUPPORTED_GRANT_TYPE:"unsupported_grant_type",RESOURCE_NOT_FOUND:"\
RESOURCE_NOT_FOUND",SERVER_ERROR:"server_error",SERVICE_QUOTA_EXCEEDED:"SERVICE_QUOTA_EXCEEDED",TOKEN_EXPIRED:"TOKEN_EXPIRED",USER_CREDENTIALS_CHANGED:"USER_CRE\
DENTIALS_CHANGED"}});var nP=p(()=>{});var sP={};sr(sP,{$Command:()=>ar,AccessDeniedException:()=>Ni,AccessDeniedException$:()=>Nb,AccessToken$:()=>Ub,CreateOAuth2Token$:()=>fh,CreateOAuth2TokenCommand:()=>Mi,
CreateOAuth2TokenRequest$:()=>Fb,CreateOAuth2TokenRequestBody$:()=>Mb,CreateOAuth2TokenResponse$:()=>Bb,CreateOAuth2TokenResponseBody$:()=>Hb,CreateOAuth2TokenWithIAM$:()=>gh,
CreateOAuth2TokenWithIAMCommand:()=>Bi,CreateOAuth2TokenWithIAMRequest$:()=>Gb,CreateOAuth2TokenWithIAMResponse$:()=>jb,InternalServerException:()=>Di,InternalServerException$:()=>Db,
OAuth2ErrorCode:()=>GM,Signin:()=>Np,SigninClient:()=>Fi,SigninServiceException:()=>Tr,SigninServiceException$:()=>Ob,TooManyRequestsError:()=>ki,TooManyRequestsError$:()=>kb,
ValidationException:()=>$i,ValidationException$:()=>$b,__Client:()=>Te,errorTypeRegistries:()=>mh});var iP=p(()=>{hh();tP();rP();T();Ui();oP();ih();nP();vp()});var Ao,Dp,aP,Hi,kp,cP=p(()=>{$();F();Ao=require("node:crypto"),Dp=require("node:fs"),aP=require("node:os"),Hi=require("node:path"),kp=class t{profileData;init;callerClientConfig;static REFRESH_THRESHOLD=300*
1e3;constructor(e,r,o){this.profileData=e,this.init=r,this.callerClientConfig=o}async loadCredentials(){let e=await this.loadToken();if(!e)throw new R(`Failed t\
o load a token for session ${this.loginSession}, please re-authenticate using aws login`,{tryNextLink:!1,logger:this.logger});let r=e.accessToken,o=Date.now();return new Date(
r.expiresAt).getTime()-o<=t.REFRESH_THRESHOLD?this.refresh(e):this.toCredentials(e.accessToken)}get logger(){return this.init?.logger}get loginSession(){return this.
profileData.login_session}toCredentials(e){return{accessKeyId:e.accessKeyId,secretAccessKey:e.secretAccessKey,sessionToken:e.sessionToken,accountId:e.accountId,
expiration:new Date(e.expiresAt)}}async refresh(e){let r=await this.loadToken().catch(()=>e),o=Date.now(),n=new Date(r.accessToken.expiresAt).getTime(),s=new Date(
e.accessToken.expiresAt).getTime(),i=n<=o&&s>o?e:r;if(new Date(i.accessToken.expiresAt).getTime()-Date.now()>t.REFRESH_THRESHOLD)return this.toCredentials(i.accessToken);
let{SigninClient:c,CreateOAuth2TokenCommand:l}=await Promise.resolve().then(()=>(iP(),sP)),{logger:d,userAgentAppId:u}=this.callerClientConfig??{},f=(x=>x?.metadata?.
handlerProtocol==="h2")(this.callerClientConfig?.requestHandler)?void 0:this.callerClientConfig?.requestHandler,g=typeof i.signInRegion=="string"&&i.signInRegion.
length>0?i.signInRegion:void 0,h=g??this.profileData.region??await this.callerClientConfig?.region?.()??process.env.AWS_REGION,y=new c({credentials:{accessKeyId:"",
secretAccessKey:""},region:h,requestHandler:f,logger:d,userAgentAppId:u,...this.init?.clientConfig,...g&&{region:g}});this.createDPoPInterceptor(y.middlewareStack);
let S={tokenInput:{clientId:i.clientId,refreshToken:i.refreshToken,grantType:"refresh_token"}};try{let x=await y.send(new l(S)),{accessKeyId:v,secretAccessKey:b,
sessionToken:L}=x.tokenOutput?.accessToken??{},{refreshToken:Y,expiresIn:ve}=x.tokenOutput??{};if(!v||!b||!L||!Y)throw new R("Token refresh response missing req\
uired fields",{logger:this.logger,tryNextLink:!1});let nr=(ve??900)*1e3,vr=new Date(Date.now()+nr),ce={...i,accessToken:{...i.accessToken,accessKeyId:v,secretAccessKey:b,
sessionToken:L,expiresAt:vr.toISOString()},refreshToken:Y};return await this.saveToken(ce),this.toCredentials(ce.accessToken)}catch(x){if(x.name==="AccessDenied\
Exception"){let b=x.error,L;switch(b){case"TOKEN_EXPIRED":L="Your session has expired. Please reauthenticate.";break;case"USER_CREDENTIALS_CHANGED":L="Unable to\
 refresh credentials because of a change in your password. Please reauthenticate with your new password.";break;case"INSUFFICIENT_PERMISSIONS":L="Unable to refr\
esh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.";break;default:L=`Failed to refresh token: ${String(
x)}. Please re-authenticate using \`aws login\``}throw new R(L,{logger:this.logger,tryNextLink:!1})}if(new Date(i.accessToken.expiresAt).getTime()>Date.now())return this.
logger?.warn?.(`Failed to refresh token: ${String(x)}. Using existing token until expiry.`),this.toCredentials(i.accessToken);throw new R(`Failed to refresh tok\
en: ${String(x)}. Please re-authenticate using aws login`,{logger:this.logger})}}async loadToken(){let e=this.getTokenFilePath();try{let r=await Dp.promises.readFile(
e,"utf8"),o=JSON.parse(r),n=["accessToken","clientId","refreshToken","dpopKey"].filter(s=>!o[s]);if(o.accessToken?.accountId||n.push("accountId"),n.length>0)throw new R(
`Token validation failed, missing fields: ${n.join(", ")}`,{logger:this.logger,tryNextLink:!1});return o}catch(r){throw new R(`Failed to load token from ${e}: ${String(
r)}`,{logger:this.logger,tryNextLink:!1})}}async saveToken(e){let r=this.getTokenFilePath(),o=(0,Hi.dirname)(r);try{await Dp.promises.mkdir(o,{recursive:!0})}catch{}
await Dp.promises.writeFile(r,JSON.stringify(e,null,2),"utf8")}getTokenFilePath(){let e=process.env.AWS_LOGIN_CACHE_DIRECTORY??(0,Hi.join)((0,aP.homedir)(),".aw\
s","login","cache"),r=Buffer.from(this.loginSession,"utf8"),o=(0,Ao.createHash)("sha256").update(r).digest("hex");return(0,Hi.join)(e,`${o}.json`)}derToRawSignature(e){
let r=2;if(e[r]!==2)throw new Error("Invalid DER signature");r++;let o=e[r++],n=e.subarray(r,r+o);if(r+=o,e[r]!==2)throw new Error("Invalid DER signature");r++;
let s=e[r++],i=e.subarray(r,r+s);n=n[0]===0?n.subarray(1):n,i=i[0]===0?i.subarray(1):i;let a=Buffer.concat([Buffer.alloc(32-n.length),n]),c=Buffer.concat([Buffer.
alloc(32-i.length),i]);return Buffer.concat([a,c])}createDPoPInterceptor(e){e.add(r=>async o=>{if(G.isInstance(o.request)){let n=o.request,s=`${n.protocol}//${n.
hostname}${n.port?`:${n.port}`:""}${n.path}`,i=await this.generateDpop(n.method,s);n.headers={...n.headers,DPoP:i}}return r(o)},{step:"finalizeRequest",name:"dp\
opInterceptor",override:!0})}async generateDpop(e="POST",r){let o=await this.loadToken();try{let n=(0,Ao.createPrivateKey)({key:o.dpopKey,format:"pem",type:"sec\
1"}),i=(0,Ao.createPublicKey)(n).export({format:"der",type:"spki"}),a=-1;for(let x=0;x<i.length;x++)if(i[x]===4){a=x;break}let c=i.slice(a+1,a+33),l=i.slice(a+33,
a+65),d={alg:"ES256",typ:"dpop+jwt",jwk:{kty:"EC",crv:"P-256",x:c.toString("base64url"),y:l.toString("base64url")}},u={jti:crypto.randomUUID(),htm:e,htu:r,iat:Math.
floor(Date.now()/1e3)},m=Buffer.from(JSON.stringify(d)).toString("base64url"),f=Buffer.from(JSON.stringify(u)).toString("base64url"),g=`${m}.${f}`,h=(0,Ao.sign)(
"sha256",Buffer.from(g),n),S=this.derToRawSignature(h).toString("base64url");return`${g}.${S}`}catch(n){throw new R(`Failed to generate Dpop proof: ${n instanceof
Error?n.message:String(n)}`,{logger:this.logger,tryNextLink:!1})}}}});var pP,lP=p(()=>{M();$();cP();pP=t=>async({callerClientConfig:e}={})=>{t?.logger?.debug?.("@aws-sdk/credential-providers - fromLoginCredentials");let r=await Sr(
t||{}),o=et({profile:t?.profile??e?.profile}),n=r[o];if(!n?.login_session)throw new R(`Profile ${o} does not contain login_session.`,{tryNextLink:!0,logger:t?.logger});
let i=await new kp(n,t,e).loadCredentials();return B(i,"CREDENTIALS_LOGIN","AD")}});var dP={};sr(dP,{fromLoginCredentials:()=>pP});var uP=p(()=>{lP()});var mP,fP,gP=p(()=>{M();mP=t=>!!(t&&t.login_session),fP=async(t,e,r)=>{let{fromLoginCredentials:o}=await Promise.resolve().then(()=>(uP(),dP)),n=await o({...e,profile:t})(
{callerClientConfig:r});return B(n,"CREDENTIALS_PROFILE_LOGIN","AC")}});var hP,yP=p(()=>{M();hP=(t,e,r)=>{if(e.Version!==1)throw Error(`Profile ${t} credential_process did not return Version 1.`);if(e.AccessKeyId===void 0||e.SecretAccessKey===
void 0)throw Error(`Profile ${t} credential_process returned invalid credentials.`);if(e.Expiration){let s=new Date;if(new Date(e.Expiration)<s)throw Error(`Pro\
file ${t} credential_process returned expired credentials.`)}let o=e.AccountId;!o&&r?.[t]?.aws_account_id&&(o=r[t].aws_account_id);let n={accessKeyId:e.AccessKeyId,
secretAccessKey:e.SecretAccessKey,...e.SessionToken&&{sessionToken:e.SessionToken},...e.Expiration&&{expiration:new Date(e.Expiration)},...e.CredentialScope&&{credentialScope:e.
CredentialScope},...o&&{accountId:o}};return B(n,"CREDENTIALS_PROCESS","w"),n}});var EP,xP,SP,RP=p(()=>{$();EP=require("node:child_process"),xP=require("node:util");yP();SP=async(t,e,r)=>{let o=e[t];if(e[t]){let n=o.credential_process;if(n!==
void 0){let s=(0,xP.promisify)(bs?.getTokenRecord?.().exec??EP.exec);try{let{stdout:i}=await s(n),a;try{a=JSON.parse(i.trim())}catch{throw Error(`Profile ${t} c\
redential_process returned invalid JSON.`)}return hP(t,a,e)}catch(i){throw new R(i.message,{logger:r})}}else throw new R(`Profile ${t} did not contain credentia\
l_process.`,{logger:r})}else throw new R(`Profile ${t} could not be found in shared credentials file.`,{logger:r})}});var _P,wP=p(()=>{$();RP();_P=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");let r=await Sr(t);
return SP(et({profile:t.profile??e?.profile}),r,t.logger)}});var Sh={};sr(Sh,{fromProcess:()=>_P});var Rh=p(()=>{wP()});var IP,TP,CP=p(()=>{M();IP=t=>!!t&&typeof t=="object"&&typeof t.credential_process=="string",TP=async(t,e)=>{let{fromProcess:r}=await Promise.resolve().then(()=>(Rh(),Sh)),
o=await r({...t,profile:e})();return B(o,"CREDENTIALS_PROFILE_PROCESS","v")}});var vP,AP,bP=p(()=>{M();vP=async(t,e,r={},o)=>{let{fromSSO:n}=await Promise.resolve().then(()=>(kg(),Dg));return n({profile:t,logger:r.logger,parentClientConfig:r.
parentClientConfig,clientConfig:r.clientConfig})({callerClientConfig:o}).then(s=>e.sso_session?B(s,"CREDENTIALS_PROFILE_SSO","r"):B(s,"CREDENTIALS_PROFILE_SSO_L\
EGACY","t"))},AP=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var _h,wh,PP=p(()=>{M();_h=t=>!!t&&typeof t=="object"&&typeof t.aws_access_key_id=="string"&&typeof t.aws_secret_access_key=="string"&&["undefined","string"].indexOf(
typeof t.aws_session_token)>-1&&["undefined","string"].indexOf(typeof t.aws_account_id)>-1,wh=async(t,e)=>{e?.logger?.debug("@aws-sdk/credential-provider-ini - \
resolveStaticCredentials");let r={accessKeyId:t.aws_access_key_id,secretAccessKey:t.aws_secret_access_key,sessionToken:t.aws_session_token,...t.aws_credential_scope&&
{credentialScope:t.aws_credential_scope},...t.aws_account_id&&{accountId:t.aws_account_id}};return B(r,"CREDENTIALS_PROFILE","n")}});var Qn,Ih=p(()=>{Qn=t=>async e=>{t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");let{roleArn:r,roleSessionName:o,webIdentityToken:n,
providerId:s,policyArns:i,policy:a,durationSeconds:c}=t,{roleAssumerWithWebIdentity:l}=t;if(!l){let{getDefaultRoleAssumerWithWebIdentity:d}=await Promise.resolve().then(()=>(th(),eh));
l=d({...t.clientConfig,credentialProviderLogger:t.logger,parentClientConfig:{...e?.callerClientConfig,...t.parentClientConfig}},t.clientPlugins)}return l({RoleArn:r,
RoleSessionName:o??`aws-sdk-js-session-${Date.now()}`,WebIdentityToken:n,ProviderId:s,PolicyArns:i,Policy:a,DurationSeconds:c})}});var NP,OP,jM,zM,DP,kP=p(()=>{M();$();NP=require("node:fs");Ih();OP="AWS_WEB_IDENTITY_TOKEN_FILE",jM="AWS_ROLE_ARN",zM="AWS_ROLE_SESSION_NAME",DP=(t={})=>async e=>{
t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile");let r=t?.webIdentityTokenFile??process.env[OP],o=t?.roleArn??process.env[jM],n=t?.roleSessionName??
process.env[zM];if(!r||!o)throw new R("Web identity configuration not specified",{logger:t.logger});let s=await Qn({...t,webIdentityToken:bs?.getTokenRecord?.()[r]??
(0,NP.readFileSync)(r,{encoding:"ascii"}),roleArn:o,roleSessionName:n})(e);return r===process.env[OP]&&B(s,"CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN","h"),s}});var Th={};sr(Th,{fromTokenFile:()=>DP,fromWebToken:()=>Qn});var $p=p(()=>{kP();Ih()});var $P,LP,UP=p(()=>{M();$P=t=>!!t&&typeof t=="object"&&typeof t.web_identity_token_file=="string"&&typeof t.role_arn=="string"&&["undefined","string"].indexOf(typeof t.
role_session_name)>-1,LP=async(t,e,r)=>{let{fromTokenFile:o}=await Promise.resolve().then(()=>($p(),Th)),n=await o({webIdentityTokenFile:t.web_identity_token_file,
roleArn:t.role_arn,roleSessionName:t.role_session_name,roleAssumerWithWebIdentity:e.roleAssumerWithWebIdentity,logger:e.logger,parentClientConfig:e.parentClientConfig})(
{callerClientConfig:r});return B(n,"CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN","q")}});var Ch,FP=p(()=>{$();rb();gP();CP();bP();PP();UP();Ch=async(t,e,r,o,n={},s=!1)=>{let i=e[t];if(Object.keys(n).length>0&&_h(i))return wh(i,r);if(s||eb(i,{profile:t,
logger:r.logger}))return tb(t,e,r,o,n,Ch);if(_h(i))return wh(i,r);if($P(i))return LP(i,r,o);if(IP(i))return TP(r,t);if(AP(i))return await vP(t,i,r,o);if(mP(i))return fP(
t,r,o);throw new R(`Could not resolve credentials using profile: [${t}] in configuration/credentials file(s).`,{logger:r.logger})}});var MP,BP=p(()=>{$();FP();MP=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");let r=await Sr(t);return Ch(
et({profile:t.profile??e?.profile}),r,t,e)}});var HP={};sr(HP,{fromIni:()=>MP});var GP=p(()=>{BP()});var gD=require("node:fs");var w=class extends Error{constructor(r,o,n){super(`${r}: ${ms(o)} ${n}`);this.option=r;this.rule=n;this.name="InputError"}option;rule;exitCode=2},It=class extends Error{constructor(r,o,n){
super(r,n);this.hint=o;this.name="DeliveryError"}hint;exitCode=1},Ie=class extends It{constructor(e,r){super(e,r),this.name="PrerequisiteError"}},gr=class extends It{constructor(e,r,o){
super(e,r,o),this.name="CredentialsError"}},ue=class extends It{constructor(e,r,o){super(e,r,o),this.name="RegistryError"}},Fr=class extends It{constructor(e,r){
super(`gave up after ${e} s (timeout-seconds)${r.length?`, still waiting for ${r.join(", ")}`:""}`,"check that the runner can reach AWS and the registry (proxy,\
 firewall, VPC endpoints, AWS_ENDPOINT_URL_*); raise timeout-seconds if the build or push legitimately takes longer"),this.name="DeadlineError"}},us=class extends It{constructor(e,r){
super(e,r),this.name="ScanGateError"}},hr=class extends It{constructor(e){super(e,"check HTTPS_PROXY / HTTP_PROXY (host, port, and the user:password in the URL \
if the proxy wants one), or list the host in NO_PROXY to reach it directly"),this.name="ProxyError"}},ra=class extends It{exitCode;constructor(e,r){super(`cance\
lled by ${e}${r.length?` while running ${r.join(", ")}`:""}`),this.name="CancelledError",this.exitCode=128+(e==="SIGINT"?2:15)}},Je=class extends It{constructor(e,r){
super(e,r),this.name="DockerError"}},YD=/[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;function ms(t,e=80){let r=Array.
from(t.slice(0,e*2)),o=r.length>e||t.length>e*2?`${r.slice(0,e).join("")}\u2026`:t;return JSON.stringify(o).replace(YD,n=>`\\u${n.charCodeAt(0).toString(16).padStart(
4,"0")}`)}function hn(t){return t instanceof w?{message:t.message,exitCode:2}:t instanceof It?{message:t.message,hint:t.hint,exitCode:t.exitCode}:{message:t instanceof
Error?`${t.name}: ${t.message}`:String(t),exitCode:1}}var fy=t=>`ECR_DELIVER_${t.toUpperCase().replace(/-/g,"_")}`,gy=t=>`ECR_DELIVERED_${t.toUpperCase().replace(/-/g,"_")}`;var Mr=[{name:"registry",description:"Registry host, as ECR returns it, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com`."},{name:"repository-uri",description:"\
Repository URI, `<registry>/<repository>`."},{name:"image",description:"Image reference with the commit SHA tag, `<repository-uri>:<sha>`."},{name:"digest",description:"\
Digest (`sha256:\u2026`) of the pushed manifest."},{name:"image-ref",description:"Image reference pinned by digest, `<repository-uri>@<digest>`."},{name:"tags",
type:"list",description:"Tags applied, comma-separated, the SHA first."},{name:"pushed",type:"boolean",description:"`true`, or `false` when nothing was uploaded\
 (skip-existing hit, immutable SHA already there, or push: false)."},{name:"scan-findings",description:'With `scan-wait`: counts by severity as JSON, e.g. `{"CR\
ITICAL":0,"HIGH":2}`; empty without a scan.'}];function No(t,e){let r=t[e];return Array.isArray(r)?r.join(","):String(r)}function hy(t){return Object.fromEntries(
Mr.map(({name:e})=>[e,No(t,e)]))}var jy=require("node:child_process"),zy=require("node:fs");var Cy=require("node:fs");var Ey=require("node:crypto");var yy=128,XD=/^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/,
QD=/^refs\/(?:tags\/(.+)|heads\/(.+)|pull\/(\d{1,9})\/(?:merge|head))$/;function eu(t){let e=QD.exec(t);if(e)return e[1]!==void 0?{tag:e[1]}:e[2]!==void 0?{branch:e[2]}:
{pullRequest:Number(e[3])}}function xy(t,e={}){let r=e.pull_request?.number;if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")&&Number.isInteger(r))return{
pullRequest:r};let o=t.GITHUB_REF?eu(t.GITHUB_REF):void 0;return o||(t.GITHUB_REF_TYPE==="tag"&&t.GITHUB_REF_NAME?{tag:t.GITHUB_REF_NAME}:t.GITHUB_REF_TYPE==="b\
ranch"&&t.GITHUB_REF_NAME?{branch:t.GITHUB_REF_NAME}:{})}function Sy(t){if(t.CIRCLE_TAG)return{tag:t.CIRCLE_TAG};if(t.CIRCLE_PR_NUMBER&&/^\d{1,9}$/.test(t.CIRCLE_PR_NUMBER))
return{pullRequest:Number(t.CIRCLE_PR_NUMBER)};let e=/\/pull\/(\d{1,9})\/?$/.exec(t.CIRCLE_PULL_REQUEST??"")?.[1];return{...t.CIRCLE_BRANCH?{branch:t.CIRCLE_BRANCH}:
{},...e?{pullRequest:Number(e)}:{}}}function ZD(t){let e=XD.exec(t);if(!e)return;let[,r,o,n,s,i]=e,a=t.replace(/^v/,"");if(s!==void 0||i!==void 0)return{tags:[a.
replace("+","_")],version:a};let c=[`${r}.${o}.${n}`,`${r}.${o}`];return r!=="0"&&c.push(r),{tags:c,version:a}}function Ry(t){let e=t.toLowerCase().replace(/[^a-z0-9_.-]+/g,
"-").replace(/^[.-]+/,"").replace(/-+$/,""),r=(0,Ey.createHash)("sha256").update(t).digest("hex").slice(0,7);return e?e.length<=yy?e:`${e.slice(0,yy-r.length-1).
replace(/[.-]+$/,"")}-${r}`:`branch-${r}`}function _y(t,e){let r=[],o;if(e.semverTags&&t.tag!==void 0){let n=ZD(t.tag);n&&(r.push(...n.tags),o=n.version)}return e.
branchTag&&(t.branch!==void 0&&r.push(Ry(t.branch)),t.pullRequest!==void 0&&r.push(`pr-${t.pullRequest}`)),{tags:[...new Set(r)],version:o}}function wy(t,e){let r=t.
length||e.tags.length?[...t]:["latest"];for(let o of e.tags)o.includes(".")&&e.version!==void 0?r.push("*.*"):/^pr-\d+$/.test(o)?r.push("pr-*"):r.push(o);return[
...new Set(r)]}var tu=5;function Iy(t,e,r){for(let o of t.tags){let n=r(o);if(!n)continue;let s=o===`pr-${e.pullRequest}`||e.branch!==void 0&&o===Ry(e.branch)?"\
branch-tag":"semver-tags";throw new w(s,o,`${n} (derived from the git ref)`)}}var yn=require("node:fs");var ne=(t,e)=>r=>t.test(r)?void 0:e;function En(t,e,r){if(r)throw new w(t,e,r)}var pe=(t,e=r=>r)=>({type:"string",parse:(r,o)=>{let n=e(r);return t&&En(o,n,t(n)),
n}}),lt={type:"boolean",parse:(t,e)=>{if(/^(true|1)$/i.test(t))return!0;if(/^(false|0)$/i.test(t))return!1;throw new w(e,t,"is not a boolean: use true or false")}},
oa=(t,e)=>({type:"integer",parse:(r,o)=>{let n=/^\d{1,6}$/.test(r)?Number(r):NaN;if(!(n>=t&&n<=e))throw new w(o,r,`is not a whole number from ${t} to ${e}`);return n}}),
Qr=(...t)=>({type:"enum",values:t,parse:(e,r)=>{let o=t.find(n=>n.toUpperCase()===e.toUpperCase());if(o===void 0)throw new w(r,e,`is not one of ${t.join(", ")}`);
return o}}),Do=(t,{commas:e=!1,max:r=1/0}={})=>({type:"list",parse:(o,n)=>{let s=o.split(e?/[\n,]/:/\n/).map(i=>i.replace(/\r$/,"").trim()).filter(i=>i!=="");for(let i of s)
En(n,i,t(i));if(s.length>r)throw new w(n,o,`lists more than ${r} entries`);return[...new Set(s)]}}),xn=t=>({type:"path",parse:(e,r)=>(t?.(r,e),e)});function ko(t,e){
if(!(0,yn.existsSync)(e)||!(0,yn.statSync)(e).isFile())throw new w(t,e,"is not a readable file")}function ru(t,e){ko(t,e);try{JSON.parse((0,yn.readFileSync)(e,"\
utf8"))}catch{throw new w(t,e,"does not contain valid JSON")}}var ek=/^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/,tk=/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/,rk=/^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/,ok=/^[\w+=,.@-]{2,64}$/,
nk=/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/,sk=/^[0-9a-f]{40}$/,ik=/^\d{12}$/,ak=/^[\x21-\x7e]{1,256}$/,Be={repository:t=>t.length>=2&&t.length<=256&&ek.test(t)?
void 0:"is not a valid ECR repository name: lowercase letters and digits, separated by single `.`, `_`, `-` or `/`, 2\u2013256 characters",region:ne(rk,"is not \
an AWS region name like `eu-west-1`"),tag:ne(tk,"is not a valid image tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`"),commitSha:ne(sk,"is not a full commit SHA (40 h\
ex characters)"),sessionName:ne(ok,"is not a valid STS session name: `[\\w+=,.@-]`, 2\u201364 characters"),account:ne(ik,"is not an AWS account id (12 digits)"),
audience:ne(ak,"is not a valid audience: 1\u2013256 printable characters, no spaces")},vy=t=>t.split(",").every(e=>nk.test(e.trim()))?void 0:"is not a comma-sep\
arated list of `os/arch[/variant]`",Ty=/^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/,ou="public.ecr.aws/",Ay={type:"list",parse:(t,e)=>Do(ne(Ty,"is not an \
ECR registry id (12 digits) or `ID@REGION`"),{commas:!0}).parse(t,e).map(r=>{let[,o,n]=Ty.exec(r);return n?{id:o,region:n}:{id:o}})},na=t=>({type:"string",parse:(e,r)=>{
let o=e.startsWith("file://")?e.slice(7):void 0;o!==void 0&&ko(r,o);let n=o!==void 0?(0,Cy.readFileSync)(o,"utf8"):e;if(n.length>t)throw new w(r,e,`is longer th\
an ECR Public's limit of ${t} characters`);return n}}),by={type:"string",parse:(t,e)=>{let r=eu(t);if(!r)throw new w(e,t,"is not a git ref: `refs/tags/NAME`, `r\
efs/heads/NAME` or `refs/pull/N/merge`");return r}},nu=t=>t.startsWith(ou),Py=t=>/^[a-z0-9][a-z0-9-]{1,49}\//.test(t.slice(ou.length))?void 0:"is not `public.ec\
r.aws/<alias>/<name>`";function Br(t){return nu(t)?t.slice(ou.length).split("/").slice(1).join("/"):t}var Oy="[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})",Ny="[A-Za-z0-9.\
_-]{1,100}",ck=new RegExp(`^${Oy}/${Ny}$`),pk=new RegExp(`^${Oy}@\\d{1,20}/${Ny}@\\d{1,20}$`),Dy=/^(?!\/|-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/+@*?#-]{1,255}$/,ky=/^[^\x00-\x1f\x7f:]{1,255}$/,
su=/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,$y=/^[A-Za-z0-9._/+@*#-]{1,255}$/,Ly=/^arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)$/,
Uy=/^[a-z0-9*][a-z0-9._/*-]{0,255}$/,lk=/^(?:https:\/\/)?[a-z0-9.-]+(?::\d+)?(?:\/[\w./-]+)?$/i,Fy=t=>ck.test(t)||pk.test(t)?void 0:"is not a GitHub repository \
like `octo-org/octo-repo`, or `octo-org@123456/octo-repo@456789` with the immutable ids",My=ne(Dy,"is not a git branch name"),By=ne(Dy,"is not a git tag name"),
Hy=t=>t.length>=2&&t.length<=30&&!Be.repository(t)?void 0:"is not a pull-through cache prefix (2\u201330 characters, ECR's repository naming rule)",Gy={type:"st\
ring",parse:(t,e)=>(En(e,t,lk.test(t)?void 0:"is not an OIDC issuer like `ghe.example.com/_services/token`"),t.replace(/^https:\/\//,"").replace(/\/+$/,""))},iu={
type:"string",parse:t=>!/^(false|0)$/i.test(t)};function dk(t){return t.GITHUB_ACTIONS==="true"?"github":t.CIRCLECI==="true"?"circleci":"other"}function Sn(t,e=process.env,r="deliver"){let o=dk(e),n=r==="logi\
n"?"":hk(t,e);return{ci:o,region:cu(t.awsRegion,e),commitSha:n,sessionName:t.roleSessionName??yk(e),sourceUrl:Ek(e),release:r==="login"?{tags:[]}:uk(t,e,o,n)}}function uk(t,e,r,o){
if(!t.semverTags&&!t.branchTag)return{tags:[]};let n=t.gitRef??mk(r,e,o),s=_y(n,t);return Iy(s,n,Be.tag),s}function mk(t,e,r){if(t==="github")return xy(e,Vy(e));
if(t==="circleci")return Sy(e);let o=au(["describe","--tags","--exact-match",r]);if(o)return{tag:o};let n=au(["symbolic-ref","--short","-q","HEAD"]);return n?{branch:n}:
{}}function au(t){try{return(0,jy.execFileSync)("git",t,{encoding:"utf8",stdio:["ignore","pipe","ignore"]}).trim()||void 0}catch{return}}function Vy(t){if(!t.GITHUB_EVENT_PATH)
return{};try{return JSON.parse((0,zy.readFileSync)(t.GITHUB_EVENT_PATH,"utf8"))}catch{return{}}}function cu(t,e){let r=t??(e.AWS_REGION||e.AWS_DEFAULT_REGION);if(!r)
throw new w("aws-region","","is required: set aws-region, or AWS_REGION / AWS_DEFAULT_REGION");let o=Be.region(r);if(o)throw new w("aws-region",r,o);return r}function Zr(t){
return t.startsWith("cn-")?"aws-cn":t.startsWith("us-gov-")?"aws-us-gov":"aws"}function fk(t){if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")){let e=Vy(
t).pull_request?.head?.sha;if(e)return e}return t.GITHUB_SHA}var gk=()=>au(["rev-parse","HEAD"]);function hk(t,e){let r=(t.commitSha??fk(e)??e.CIRCLE_SHA1??gk())?.
toLowerCase();if(!r)throw new w("commit-sha","","is required outside GitHub and CircleCI when `git rev-parse HEAD` has no answer");let o=Be.commitSha(r);if(o)throw new w(
"commit-sha",r,o);return r}function yk(t){return`ecr-deliver-${t.GITHUB_RUN_ID?`${t.GITHUB_RUN_ID}-${t.GITHUB_RUN_ATTEMPT??"1"}`:t.CIRCLE_BUILD_NUM??t.CIRCLE_WORKFLOW_JOB_ID??
String(Date.now())}`.replace(/[^\w+=,.@-]/g,"-").slice(0,64)}function Ek(t){if(t.GITHUB_REPOSITORY)return`${t.GITHUB_SERVER_URL??"https://github.com"}/${t.GITHUB_REPOSITORY}`;
let e=t.CIRCLE_REPOSITORY_URL;if(e){let r=/^git@([^:]+):(.+?)(?:\.git)?$/.exec(e);return r?`https://${r[1]}/${r[2]}`:e.replace(/\.git$/,"")}return""}var ir=require("node:fs"),ia=require("node:os"),eo=require("node:path"),xk=["auths","credHelpers","credsStore","currentContext","proxies"],Sk=["buildx","cli-plu\
gins","contexts"];function pu(t){return t.DOCKER_CONFIG||(0,eo.join)(t.HOME||(0,ia.homedir)(),".docker")}var sa=class t{constructor(e){this.dir=e;process.once("\
exit",this.onExit)}dir;removed=!1;onExit=()=>this.remove();static create(e){let r=new t((0,ir.mkdtempSync)((0,eo.join)((0,ia.tmpdir)(),"ecr-deliver-docker-"))),
o=pu(e);(0,ir.writeFileSync)((0,eo.join)(r.dir,"config.json"),JSON.stringify(Rk((0,eo.join)(o,"config.json")),null,2),{mode:384});for(let n of Sk)(0,ir.existsSync)(
(0,eo.join)(o,n))&&(0,ir.symlinkSync)((0,eo.join)(o,n),(0,eo.join)(r.dir,n));return r}remove(){this.removed||(this.removed=!0,process.off("exit",this.onExit),(0,ir.rmSync)(
this.dir,{recursive:!0,force:!0}))}};function Rk(t){let e;try{e=JSON.parse((0,ir.readFileSync)(t,"utf8"))}catch{return{}}let r=Object.fromEntries(xk.filter(o=>e[o]!==
void 0).map(o=>[o,e[o]]));return typeof e.credsStore=="string"&&e.credsStore?_k(r,e.credsStore):r}function _k(t,e){let{credsStore:r,...o}=t,n=t.auths??{},s={};for(let[
i,a]of Object.entries(n))a?.auth||(s[i]=e);return{...o,credHelpers:{...s,...t.credHelpers}}}var wk=[/^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/,/^ACTIONS_RUNTIME_TOKEN$/,/^CIRCLE_OIDC_TOKEN/,/^INPUT_/];function Rn(t,e){let r=Object.fromEntries(Object.entries(
t).filter(([o])=>!wk.some(n=>n.test(o))));return e?{...r,...Ik(t),DOCKER_CONFIG:e}:r}function Ik(t){return t.DOCKER_CERT_PATH||!(t.DOCKER_TLS_VERIFY||t.DOCKER_TLS)?
{}:{DOCKER_CERT_PATH:pu(t)}}var Tk=3e3,_n=class{constructor(e,r){this.seconds=e;this.lifetime=r;this.expired=new Promise((o,n)=>{this.fail=n}),this.expired.catch(()=>{})}seconds;lifetime;controller=new AbortController;waiting=[];timer;fail;ending=!1;expired;onCancel=()=>this.
end(new ra(this.lifetime?.cancelled?.reason,this.stillWaiting()));get ms(){return this.seconds*1e3}get signal(){return this.controller.signal}async bound(e){this.
timer=setTimeout(()=>this.end(new Fr(this.seconds,this.stillWaiting())),this.ms);let r=this.lifetime?.cancelled;r?.aborted&&this.onCancel(),r?.addEventListener(
"abort",this.onCancel);try{let o=e().catch(n=>this.ending?this.expired:Promise.reject(n));return await Promise.race([o,this.expired])}finally{clearTimeout(this.
timer),r?.removeEventListener("abort",this.onCancel)}}async watch(e,r){this.controller.signal.throwIfAborted(),this.waiting.push(e);try{return await r()}finally{
this.waiting.splice(this.waiting.indexOf(e),1)}}stillWaiting(){return[...new Set(this.waiting)]}end(e){if(this.ending)return;this.ending=!0,clearTimeout(this.timer),
this.controller.abort(),(this.lifetime?.stopChildren(Tk)??Promise.resolve()).then(()=>this.fail(e))}};function wn(t,e,r){return t?t.watch(e,r):r()}var Lo=require("node:fs"),cE=require("node:os"),ca=require("node:path");var $o=require("node:fs");var Ck=/^[A-Za-z0-9_.-]{1,128}$/,vk=/^[A-Za-z_][A-Za-z0-9_]*$/,Ak=/^[A-Za-z_][A-Za-z0-9_]*=/,bk=/^(PATH|HOME|DOCKER_\w*|BUILDX_\w*|BUILDKIT_\w*|ECR_DELIVER_\w*)$/,
Pk=t=>`ECR_DELIVER_BUILD_SECRET_${t}`,fs=t=>t.split(`
`).map(e=>e.replace(/\r$/,"").trim()).filter(Boolean),qy=t=>t.includes("=")?`${t.split("=")[0]}=***`:"***";function lu(t,e,r){let o=e.slice(0,Math.max(0,e.indexOf(
"=")));if(!o||!Ck.test(o))throw new w(t,qy(e),"is not `id=\u2026` with an id of letters, digits, `_`, `.` or `-`");if(r?.has(o))throw new w(t,qy(e),"repeats a s\
ecret id");return r?.add(o),o}var Wy={type:"list",parse:(t,e)=>{let r=new Set;return fs(t).map(o=>{let n=lu(e,o,r),s=o.slice(n.length+1),i=/^env:(.*)$/.exec(s)?.[1];
if(i!==void 0&&!vk.test(i))throw new w(e,`${n}=env:${i}`,"names no valid environment variable");if(i===void 0&&s==="")throw new w(e,`${n}=`,"has an empty value");
return i!==void 0?{id:n,env:i}:{id:n,value:s}})}},Ky={type:"list",parse:(t,e)=>{let r=new Set;return fs(t).map(o=>{let n=lu(e,o,r),s=o.slice(n.length+1);if(!(0,$o.existsSync)(
s)||!(0,$o.statSync)(s).isFile())throw new w(e,`${n}=${s}`,"does not name a readable file");return{id:n,path:s}})}},Jy={type:"list",parse:(t,e)=>fs(t).map(r=>{if(!r.
includes("=")){if(r!=="default")throw new w(e,r,"is not `default` or `id=PATH`");return{id:r}}let o=lu(e,r),n=r.slice(o.length+1);if(!(0,$o.existsSync)(n))throw new w(
e,r,"names no existing key file or agent socket");return{id:o,path:n}})},Yy={type:"list",parse:(t,e)=>{let r=fs(t);for(let o of r){let n=o.split("=")[0];if(!Ak.
test(o))throw new w(e,o.includes("=")?`${n.slice(0,40)}=***`:"***","is not `KEY=VALUE` with KEY made of letters, digits and `_`");if(bk.test(n))throw new w(e,`${n}\
=***`,"is a name the docker CLI reads from its own environment (PATH, HOME, DOCKER_*, BUILDX_*, BUILDKIT_*)")}return[...new Set(r)]}};function gs(t){return{inline:t.
secrets,files:t.secretFiles,ssh:t.ssh}}var aa=t=>t.inline.length?"secrets":t.files.length?"secret-files":t.ssh.length?"ssh":void 0;function Xy(t,e){let r=new Set(
t.inline.map(o=>o.id));for(let o of t.files)if(r.has(o.id))throw new w("secret-files",`${o.id}=${o.path}`,"repeats an id of `secrets`");for(let o of t.inline)if(o.
env&&e[o.env]===void 0)throw new w("secrets",`${o.id}=env:${o.env}`,"names an environment variable that is not set");for(let o of t.ssh)if(!o.path&&!e.SSH_AUTH_SOCK)
throw new w("ssh",o.id,"needs an SSH agent (SSH_AUTH_SOCK is not set), or use `id=PATH` with a key file")}function Qy(t,e){let r=[];for(let o of t.inline){let n=o.
value??e[o.env];n&&r.push(n)}for(let o of t.files){let n=(0,$o.readFileSync)(o.path,"utf8");n.length<=65536&&r.push(n.trim(),...fs(n).filter(s=>s.length>=4))}return[
...new Set(r.filter(Boolean))]}function Zy(t){let e=[],r={};t.inline.forEach((o,n)=>{let s=o.env??Pk(n);o.value!==void 0&&(r[s]=o.value),e.push("--secret",`id=${o.
id},env=${s}`)});for(let o of t.files)e.push("--secret",`id=${o.id},src=${o.path}`);for(let o of t.ssh)e.push("--ssh",o.path?`${o.id}=${o.path}`:o.id);return{argv:e,
env:r}}var eE={buildx:"buildx (docker buildx build)",buildkit:"the daemon's embedded BuildKit (DOCKER_BUILDKIT=1 docker build)",classic:"the classic builder (DOCKER_BU\
ILDKIT=0 docker build)"};function du(t){let e=t.DOCKER_BUILDKIT;if(e!==void 0){if(/^(1|t|true)$/i.test(e))return!0;if(/^(0|f|false)$/i.test(e))return!1}}async function tE(t,e,r={}){
let o=du(e),n=r.buildx??r.buildkit;if(o===!1){if(n)throw new Ie(`${n} needs BuildKit, but DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} selects the classic builder`,"uns\
et DOCKER_BUILDKIT (or set it to 1), or drop the option");return"classic"}let[s,i]=await Promise.all([t.buildx(),t.embeddedBuildkit()]);if(s)return"buildx";if(r.
buildx)throw new Ie(`${r.buildx} needs docker buildx, which this machine does not have`,"install the buildx plugin (GitHub: docker/setup-buildx-action; CircleCI\
: the machine executor has it), or drop the option");if(i)return"buildkit";let a="install the buildx plugin (GitHub: docker/setup-buildx-action), or use a docke\
r CLI older than 23 with the daemon's embedded BuildKit";if(r.buildkit)throw new Ie(`${r.buildkit} needs BuildKit, but this docker CLI cannot build with BuildKi\
t without the buildx plugin`,a);if(o===!0)throw new Ie(`DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} asks for BuildKit, but this docker CLI cannot build with BuildKit w\
ithout the buildx plugin`,a);return"classic"}function rE(t){let e=r=>new RegExp(`^${r}:\\s*(\\S+)`,"m").exec(t)?.[1];return{name:e("Name"),driver:e("Driver")}}function oE(t){
try{return(JSON.parse(t)??[]).some(([r,o])=>r==="driver-type"&&o.startsWith("io.containerd.snapshotter"))}catch{return}}function nE(t){if(t.driver)return t.driver!==
"docker"?!0:t.containerdStore}var Ok='turn on the containerd image store ({"features":{"containerd-snapshotter":true}} in daemon.json), use a buildx builder of \
another driver (docker buildx create --use --driver docker-container), or build one platform per job';function uu(t,e){return new Ie(`platform ${t} needs a buil\
der that builds several platforms: ${e}`,Ok)}var sE=3,Nk=/\b5\d\d\b|Service Unavailable|Bad Gateway|Gateway Time-?out|connection reset|broken pipe|\bEOF\b|i\/o timeout|TLS handshake timeout|connection refused|Client\.Timeout|too ?many ?requests|\b429\b|net\/http/i,
iE=/no basic auth credentials|authentication required|unauthorized|\b401\b|authorization token has expired|denied: Your authorization token/i,aE=t=>t.startsWith(
"-")?`./${t}`:t;function pE(t,e){let r={};return t.platform?.includes(",")?r.buildx="platform":t.provenance&&(r.buildx="provenance"),r.buildkit=aa(e),r}function Dk(t,e,r,o){
let n=e==="buildx",s=n?["buildx","build"]:["build"],i=n?{}:{DOCKER_BUILDKIT:e==="buildkit"?"1":"0"};s.push("--file",aE(t.dockerfile)),e==="classic"&&s.push("--f\
orce-rm");for(let a of t.tags)s.push("--tag",a);for(let[a,c]of Object.entries(t.labels))s.push("--label",`${a}=${c}`);for(let a of t.buildArgs){let c=a.indexOf(
"=");i[a.slice(0,c)]=a.slice(c+1),s.push("--build-arg",a.slice(0,c))}if(t.target&&s.push("--target",t.target),t.platform&&s.push("--platform",t.platform),e!=="c\
lassic"){let a=Zy(t.secrets);s.push(...a.argv),Object.assign(i,a.env)}return t.cache&&(n&&s.push("--cache-to","type=inline"),e==="buildkit"&&s.push("--build-arg",
"BUILDKIT_INLINE_CACHE=1"),t.cache.from&&s.push("--cache-from",n?`type=registry,ref=${t.cache.from}`:t.cache.from)),n&&(s.push("--provenance",t.provenance?"mode\
=max":"false"),t.provenance&&s.push("--sbom","true"),s.push(t.pushFromBuilder?"--push":"--load"),r&&s.push("--metadata-file",r)),o&&s.push("--iidfile",o),s.push(
aE(t.context)),{argv:s,env:i}}function kk(t){return/digest: (sha256:[a-f0-9]{64})/.exec(t)?.[1]}var mu=1e4,to=class{constructor(e,r,o,n=process.env){this.runner=
e;this.reporter=r;this.deadline=o;this.env=n}runner;reporter;deadline;env;run(e,r,o){return wn(this.deadline,`docker ${r[0]==="buildx"?`buildx ${r[1]}`:r[0]}`,()=>this.
runner(e,r,{...o,env:o?.env?{...this.env,...o.env}:this.env}))}async check(){let e;try{e=await this.run("docker",["version","--format","{{.Server.Version}}"],{silent:!0,
timeoutMs:mu})}catch{throw new Ie("docker is not installed: no `docker` command on PATH","use a runner or executor with Docker (CircleCI: the machine executor, \
or a docker image with setup_remote_docker)")}if(e.timedOut)throw new Ie(`the docker daemon did not answer within ${mu/1e3} s (docker version)`,"the daemon is h\
ung or overloaded: restart the docker engine (or check DOCKER_HOST / the docker context)");if(e.code!==0){let r=e.stderr.trim().split(`
`).pop()??"";throw new Ie(`the docker daemon is not reachable: ${r}`,"start the docker engine (CircleCI docker executor: add `setup_remote_docker`; or use the m\
achine executor)")}}buildx;embedded;chosen;hasBuildx(){return this.buildx??=this.run("docker",["buildx","version"],{silent:!0}).then(e=>e.code===0,()=>!1),this.
buildx}drivesEmbeddedBuildkit(){return this.embedded??=this.run("docker",["build","--help"],{silent:!0,env:{DOCKER_BUILDKIT:"1"}}).then(e=>e.code===0,()=>!1),this.
embedded}builder(e){return this.chosen??=tE({buildx:()=>this.hasBuildx(),embeddedBuildkit:()=>this.drivesEmbeddedBuildkit()},this.env,e).then(r=>(this.reporter.
info(`Builder: ${eE[r]}`),r)),this.chosen}logins=Promise.resolve();login(e){let r=this.logins.then(()=>this.loginNow(e));return this.logins=r.catch(()=>{}),r}async loginNow(e){
this.reporter.secret(e.password),this.reporter.secret(Buffer.from(`${e.username}:${e.password}`).toString("base64"));let r=await this.run("docker",["login","--u\
sername",e.username,"--password-stdin",e.host],{input:Buffer.from(e.password),output:this.reporter.output});if(r.code!==0)throw new Je(`docker login to ${e.host}\
 failed: ${yr(r)}`)}async logout(e){await this.run("docker",["logout",e],{output:this.reporter.output})}async build(e,r){let o=e.tags.length===0,n=r==="buildx"||
o?(0,Lo.mkdtempSync)((0,ca.join)((0,cE.tmpdir)(),"ecr-deliver-")):void 0,s=n&&r==="buildx"?(0,ca.join)(n,"metadata.json"):void 0,i=n&&o?(0,ca.join)(n,"iid"):void 0;
try{let a=await this.runBuild(e,r,s,i);if(a.code!==0&&e.signal?.aborted)throw new Je("the build was stopped");if(a.code!==0&&e.cache&&/cache/i.test(yr(a))&&(this.
reporter.warning(`the build failed on the layer cache (${yr(a)}); building again without it`),a=await this.runBuild({...e,cache:void 0},r,s,i)),a.code!==0&&e.platform&&
/Multi-platform build is not supported/i.test(a.stderr))throw uu(e.platform,yr(a).replace(/^ERROR: /,""));if(a.code!==0)throw new Je(`docker ${r==="buildx"?"bui\
ldx build":"build"} failed (exit ${a.code}): ${yr(a)}`);let c=i?(0,Lo.readFileSync)(i,"utf8").trim():void 0;if(!s||!e.pushFromBuilder)return{imageId:c};let l=JSON.
parse((0,Lo.readFileSync)(s,"utf8"));return{imageId:c,pushedDigest:l["containerimage.digest"]}}finally{n&&(0,Lo.rmSync)(n,{recursive:!0,force:!0})}}runBuild(e,r,o,n){
let{argv:s,env:i}=Dk(e,r,o,n);return this.run("docker",s,{output:this.reporter.output,env:i,signal:e.signal})}async pullCache(e){let r=await this.run("docker",[
"pull","--quiet",e],{output:this.reporter.output});return r.code!==0&&this.reporter.warning(`no layer cache: docker pull ${e} failed (${yr(r)}); building withou\
t it`),r.code===0}async tag(e,r){let o=await this.run("docker",["tag",e,r],{output:this.reporter.output});if(o.code!==0)throw new Je(`docker tag ${e} ${r} faile\
d: ${yr(o)}`)}async push(e,r){let o=!1;for(let n=1;;n++){let s=await this.run("docker",["push",e],{output:this.reporter.output}),i=`${s.stdout}
${s.stderr}`;if(s.code===0){let a=kk(i);if(!a)throw new Je(`docker push ${e} printed no digest`);return a}if(iE.test(i)&&!o){o=!0,this.reporter.warning(`the reg\
istry refused the credentials (${yr(s)}); logging in again`),await r();continue}if(iE.test(i))throw new Je(`docker push ${e} was refused after a fresh login: ${yr(
s)}`,"the credentials need ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage and ecr:BatchCheckLayerAvailability");if(!Nk.test(
i)||n>=sE)throw new Je(`docker push ${e} failed after ${n} attempt(s): ${yr(s)}`);this.reporter.warning(`docker push failed (${yr(s)}); retrying (${n}/${sE-1})`),
await new Promise(a=>setTimeout(a,1e3*2**(n-1)))}}async checkPlatforms(e){if(!e?.includes(",")||await this.builder()!=="buildx")return;let r=c=>this.run("docker",
c,{silent:!0,timeoutMs:mu}).then(l=>l.code===0?l.stdout:void 0,()=>{}),o=await r(["buildx","inspect"]),{name:n,driver:s}=o?rE(o):{},i=s==="docker"?await r(["inf\
o","--format","{{json .DriverStatus}}"]):void 0,a=i===void 0?void 0:oE(i);if(nE({name:n,driver:s,containerdStore:a})===!1)throw uu(e,`buildx's builder ${n??"(cu\
rrent)"} uses the docker driver, and the daemon the classic image store`)}},$k=/^(DEPRECATED:|Install the buildx|https:\/\/docs\.docker\.com\/|WARNING!|Configure a credential helper)/;
function yr(t){let e=n=>n.split(`
`).map(s=>s.trim()).filter(s=>s&&!$k.test(s)),r=e(t.stdout),o=e(t.stderr);return o.filter(n=>n.startsWith("ERROR: ")).pop()??o.pop()??[...r].reverse().find(n=>/error|denied|fail|unauthorized/i.
test(n))??r.pop()??`exit ${t.code}`}var nN=require("node:fs");var rN=require("node:crypto"),oN=require("node:fs");M();it();T();$();W();F();mt();X();we();T();var cT=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function AL(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}var pT=t=>{let e=[];switch(t.operation){default:e.push(AL(t))}return e},lT=t=>{let e=dr(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??
[])})};var dT=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr"}),uT={UseFIPS:{type:"b\
uiltInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInPar\
ams",name:"useDualstackEndpoint"}};var mT={name:"@aws-sdk/client-ecr",version:"3.1169.0",description:"AWS SDK for JavaScript Ecr Client for Node.js, Browser and React Native",homepage:"https://gi\
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
engines:{node:">=20.0.0"}};M();we();Vf();$();$();var u0="AWS_EC2_METADATA_DISABLED",m0=async t=>{let{ENV_CMDS_FULL_URI:e,ENV_CMDS_RELATIVE_URI:r,fromContainerMetadata:o,fromInstanceMetadata:n}=await Promise.resolve().then(()=>(Hc(),Bc));
if(process.env[r]||process.env[e]){t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");let{fromHttp:s}=await Promise.resolve().then(()=>(og(),rg));
return Mo(s(t),o(t))}return process.env[u0]&&process.env[u0]!=="false"?async()=>{throw new R("EC2 Instance Metadata Service access disabled",{logger:t.logger})}:
(t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata"),n(t))};function f0(t,e){let r=n1(t),o,n,s,i,a=async c=>{if(c?.forceRefresh)return i||(i=r(c).then(l=>{s=l}).finally(()=>{i=void 0})),await i,s;if(s?.expiration&&s?.expiration?.
getTime()<Date.now()&&(s=void 0),o)await o;else if(!s||e?.(s))if(s)n||(n=r(c).then(l=>{s=l}).catch(()=>{}).finally(()=>{n=void 0}));else return o=r(c).then(l=>{
s=l}).finally(()=>{o=void 0}),a(c);return s};return a}var n1=t=>async e=>{let r;for(let o of t)try{return await o(e)}catch(n){if(r=n,n?.tryNextLink)continue;throw n}
throw r};var jP=!1,Gi=(t={})=>f0([async()=>{if(t.profile??process.env[xa])throw process.env[Ys]&&process.env[Xs]&&(jP||((t.logger?.warn&&t.logger?.constructor?.name!=="N\
oOpLogger"?t.logger.warn.bind(t.logger):console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`),jP=!0)),new R("AWS_PROFILE is set, skipping fromEnv provider.",{logger:t.logger,tryNextLink:!0});return t.logger?.debug("@aws-sdk/credential-provider-node - \
defaultProvider::fromEnv"),Nc(t)()},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");let{ssoStartUrl:r,ssoAccountId:o,ssoRegion:n,
ssoRoleName:s,ssoSession:i}=t;if(!r&&!o&&!n&&!s&&!i)throw new R("Skipping SSO provider in default chain (inputs do not include SSO fields).",{logger:t.logger});
let{fromSSO:a}=await Promise.resolve().then(()=>(kg(),Dg));return a(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromI\
ni");let{fromIni:r}=await Promise.resolve().then(()=>(GP(),HP));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::\
fromProcess");let{fromProcess:r}=await Promise.resolve().then(()=>(Rh(),Sh));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defa\
ultProvider::fromTokenFile");let{fromTokenFile:r}=await Promise.resolve().then(()=>($p(),Th));return r(t)(e)},async()=>(t.logger?.debug("@aws-sdk/credential-pro\
vider-node - defaultProvider::remoteProvider"),(await m0(t))()),async()=>{throw new R("Could not load credentials from any providers",{tryNextLink:!1,logger:t.logger})}],
zP);var zP=t=>t?.expiration!==void 0&&t.expiration.getTime()-Date.now()<3e5;T();$();mt();k();fo();we();en();tn();T();F();k();M();W();W();var Zn="ref",pn=-1,Lp=!0,VP="isSet",Ah="PartitionResult",bo="stringEquals",Up="booleanEquals",vh="getAttr",qP={[Zn]:"Endpoint"},Po={fn:vh,argv:[{[Zn]:Ah},"n\
ame"]},WP={[Zn]:Ah},ln={},KP=[{[Zn]:"Region"}],JP={conditions:[[VP,[qP]],[VP,KP],["aws.partition",KP,Ah],[bo,[Po,"aws-eusc"]],[bo,[Po,"aws-iso-f"]],[bo,[Po,"aws\
-iso-e"]],[bo,[Po,"aws-iso-b"]],[bo,[Po,"aws-iso"]],[bo,[Po,"aws-cn"]],[bo,[Po,"aws-us-gov"]],[bo,[Po,"aws"]],[Up,[{[Zn]:"UseFIPS"},Lp]],[Up,[{fn:vh,argv:[WP,"s\
upportsFIPS"]},Lp]],[Up,[{[Zn]:"UseDualStack"},Lp]],[Up,[{fn:vh,argv:[WP,"supportsDualStack"]},Lp]]],results:[[pn],[pn,"Invalid Configuration: FIPS and custom e\
ndpoint are not supported"],[pn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[qP,ln],["https://api.ecr.{Region}.{PartitionResult#dn\
sSuffix}",ln],["https://ecr.{Region}.{PartitionResult#dualStackDnsSuffix}",ln],["https://api.ecr-fips.{Region}.{PartitionResult#dnsSuffix}",ln],["https://ecr-fi\
ps.{Region}.{PartitionResult#dualStackDnsSuffix}",ln],["https://api.ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",ln],[pn,"FIPS and DualStack are enab\
led, but this partition does not support one or both"],[pn,"FIPS is enabled but this partition does not support FIPS"],["https://api.ecr.{Region}.{PartitionResu\
lt#dualStackDnsSuffix}",ln],[pn,"DualStack is enabled but this partition does not support DualStack"],[pn,"Invalid Configuration: Missing Region"]]},VM=2,Ue=1e8,
qM=new Int32Array([-1,1,-1,0,23,3,1,4,Ue+13,2,5,Ue+13,3,20,6,4,20,7,5,20,8,6,20,9,7,20,10,8,20,11,9,20,12,10,20,13,11,16,14,13,15,Ue+4,14,Ue+11,Ue+12,12,18,17,13,
Ue+9,Ue+10,13,19,Ue+6,14,Ue+8,Ue+9,11,22,21,13,Ue+5,Ue+4,13,Ue+7,Ue+6,11,Ue+1,24,13,Ue+2,Ue+3]),YP=ot.from(qM,VM,JP.conditions,JP.results);var WM=new nt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),XP=(t,e={})=>WM.get(t,()=>Bt(YP,{endpointParams:t,logger:e.logger}));Pe.aws=ft;X();T();var C=class t extends tt{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ecr#ECRServiceException";constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var Fp=class t extends C{static shapeId="com.amazonaws.ecr#InvalidParameterException";name="InvalidParameterException";$fault="client";constructor(e){super({name:"\
InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Mp=class t extends C{static shapeId="com.amazonaws.ecr#RepositoryNot\
FoundException";name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Bp=class t extends C{static shapeId="com.amazonaws.ecr#ServerException";name="ServerException";$fault="server";constructor(e){super({name:"S\
erverException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},Hp=class t extends C{static shapeId="com.amazonaws.ecr#LimitExceededException";name="\
LimitExceededException";$fault="client";constructor(e){super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Gp=class t extends C{static shapeId="\
com.amazonaws.ecr#UnableToGetUpstreamImageException";name="UnableToGetUpstreamImageException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamIma\
geException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},jp=class t extends C{static shapeId="com.amazonaws.ecr#ValidationException";name="\
ValidationException";$fault="client";constructor(e){super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},zp=class t extends C{static shapeId="\
com.amazonaws.ecr#EmptyUploadException";name="EmptyUploadException";$fault="client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Vp=class t extends C{static shapeId="com.amazonaws.ecr#InvalidLayerException";name="InvalidLayerException";$fault="client";constructor(e){
super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},qp=class t extends C{static shapeId="com.amazonaws.ecr#KmsE\
xception";name="KmsException";$fault="client";kmsError;constructor(e){super({name:"KmsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.kmsError=e.kmsError}},Wp=class t extends C{static shapeId="com.amazonaws.ecr#LayerAlreadyExistsException";name="LayerAlreadyExistsException";$fault="client";constructor(e){
super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Kp=class t extends C{static shapeId="com.amazonaws.ec\
r#LayerPartTooSmallException";name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Jp=class t extends C{static shapeId="com.amazonaws.ecr#UploadNotFoundException";name="UploadNotFoundException";$fault="client";constructor(e){
super({name:"UploadNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Yp=class t extends C{static shapeId="com.amazonaws.ecr#Pu\
llThroughCacheRuleAlreadyExistsException";name="PullThroughCacheRuleAlreadyExistsException";$fault="client";constructor(e){super({name:"PullThroughCacheRuleAlre\
adyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Xp=class t extends C{static shapeId="com.amazonaws.ecr#SecretNotFoundExcept\
ion";name="SecretNotFoundException";$fault="client";constructor(e){super({name:"SecretNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Qp=class t extends C{static shapeId="com.amazonaws.ecr#UnableToAccessSecretException";name="UnableToAccessSecretException";$fault="client";constructor(e){super(
{name:"UnableToAccessSecretException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Zp=class t extends C{static shapeId="com.amazonaws.ecr#Un\
ableToDecryptSecretValueException";name="UnableToDecryptSecretValueException";$fault="client";constructor(e){super({name:"UnableToDecryptSecretValueException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},el=class t extends C{static shapeId="com.amazonaws.ecr#UnsupportedUpstreamRegistryException";name="Unsu\
pportedUpstreamRegistryException";$fault="client";constructor(e){super({name:"UnsupportedUpstreamRegistryException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},tl=class t extends C{static shapeId="com.amazonaws.ecr#InvalidTagParameterException";name="InvalidTagParameterException";$fault="client";constructor(e){
super({name:"InvalidTagParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},rl=class t extends C{static shapeId="com.amazonaws.e\
cr#RepositoryAlreadyExistsException";name="RepositoryAlreadyExistsException";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},ol=class t extends C{static shapeId="com.amazonaws.ecr#TooManyTagsException";name="TooManyTagsException";$fault="\
client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},nl=class t extends C{static shapeId="\
com.amazonaws.ecr#TemplateAlreadyExistsException";name="TemplateAlreadyExistsException";$fault="client";constructor(e){super({name:"TemplateAlreadyExistsExcepti\
on",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},sl=class t extends C{static shapeId="com.amazonaws.ecr#LifecyclePolicyNotFoundException";name="\
LifecyclePolicyNotFoundException";$fault="client";constructor(e){super({name:"LifecyclePolicyNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},il=class t extends C{static shapeId="com.amazonaws.ecr#PullThroughCacheRuleNotFoundException";name="PullThroughCacheRuleNotFoundException";$fault="\
client";constructor(e){super({name:"PullThroughCacheRuleNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},al=class t extends C{static shapeId="\
com.amazonaws.ecr#RegistryPolicyNotFoundException";name="RegistryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RegistryPolicyNotFoundExce\
ption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},cl=class t extends C{static shapeId="com.amazonaws.ecr#RepositoryNotEmptyException";name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
pl=class t extends C{static shapeId="com.amazonaws.ecr#TemplateNotFoundException";name="TemplateNotFoundException";$fault="client";constructor(e){super({name:"T\
emplateNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ll=class t extends C{static shapeId="com.amazonaws.ecr#RepositoryPoli\
cyNotFoundException";name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},dl=class t extends C{static shapeId="com.amazonaws.ecr#SigningConfigurationNotFoundException";name="SigningConfigurati\
onNotFoundException";$fault="client";constructor(e){super({name:"SigningConfigurationNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
ul=class t extends C{static shapeId="com.amazonaws.ecr#ExclusionNotFoundException";name="ExclusionNotFoundException";$fault="client";constructor(e){super({name:"\
ExclusionNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ml=class t extends C{static shapeId="com.amazonaws.ecr#ImageNotFoun\
dException";name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},fl=class t extends C{static shapeId="com.amazonaws.ecr#ScanNotFoundException";name="ScanNotFoundException";$fault="client";constructor(e){super({
name:"ScanNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},gl=class t extends C{static shapeId="com.amazonaws.ecr#Replication\
BackfillNotFoundException";name="ReplicationBackfillNotFoundException";$fault="client";constructor(e){super({name:"ReplicationBackfillNotFoundException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},hl=class t extends C{static shapeId="com.amazonaws.ecr#LayerInaccessibleException";name="LayerInaccessi\
bleException";$fault="client";constructor(e){super({name:"LayerInaccessibleException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},yl=class t extends C{static shapeId="\
com.amazonaws.ecr#LayersNotFoundException";name="LayersNotFoundException";$fault="client";constructor(e){super({name:"LayersNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},El=class t extends C{static shapeId="com.amazonaws.ecr#UnableToGetUpstreamLayerException";name="UnableToGetUpstreamLay\
erException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},xl=class t extends C{static shapeId="\
com.amazonaws.ecr#LifecyclePolicyPreviewNotFoundException";name="LifecyclePolicyPreviewNotFoundException";$fault="client";constructor(e){super({name:"LifecycleP\
olicyPreviewNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Sl=class t extends C{static shapeId="com.amazonaws.ecr#UnableToL\
istUpstreamImageReferrersException";name="UnableToListUpstreamImageReferrersException";$fault="client";constructor(e){super({name:"UnableToListUpstreamImageRefe\
rrersException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Rl=class t extends C{static shapeId="com.amazonaws.ecr#ImageAlreadyExistsExcept\
ion";name="ImageAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},_l=class t extends C{static shapeId="com.amazonaws.ecr#ImageDigestDoesNotMatchException";name="ImageDigestDoesNotMatchException";$fault="client";constructor(e){
super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},wl=class t extends C{static shapeId="com.amazona\
ws.ecr#ImageTagAlreadyExistsException";name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},Il=class t extends C{static shapeId="com.amazonaws.ecr#ReferencedImagesNotFoundException";name="Referen\
cedImagesNotFoundException";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Tl=class t extends C{static shapeId="com.amazonaws.ecr#BlockedByOrganizationPolicyException";name="BlockedByOrganizationPolicyException";$fault="client";constructor(e){
super({name:"BlockedByOrganizationPolicyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Cl=class t extends C{static shapeId="com.ama\
zonaws.ecr#ExclusionAlreadyExistsException";name="ExclusionAlreadyExistsException";$fault="client";constructor(e){super({name:"ExclusionAlreadyExistsException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},vl=class t extends C{static shapeId="com.amazonaws.ecr#ImageArchivedException";name="ImageArchi\
vedException";$fault="client";constructor(e){super({name:"ImageArchivedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Al=class t extends C{static shapeId="\
com.amazonaws.ecr#UnsupportedImageTypeException";name="UnsupportedImageTypeException";$fault="client";constructor(e){super({name:"UnsupportedImageTypeException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},bl=class t extends C{static shapeId="com.amazonaws.ecr#LifecyclePolicyPreviewInProgressExceptio\
n";name="LifecyclePolicyPreviewInProgressException";$fault="client";constructor(e){super({name:"LifecyclePolicyPreviewInProgressException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Pl=class t extends C{static shapeId="com.amazonaws.ecr#ReplicationBackfillInProgressException";name="ReplicationBackfi\
llInProgressException";$fault="client";constructor(e){super({name:"ReplicationBackfillInProgressException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Ol=class t extends C{static shapeId="com.amazonaws.ecr#ReplicationBackfillInvalidStatusException";name="ReplicationBackfillInvalidStatusException";$fault="clien\
t";constructor(e){super({name:"ReplicationBackfillInvalidStatusException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Nl=class t extends C{static shapeId="\
com.amazonaws.ecr#ImageStorageClassUpdateNotSupportedException";name="ImageStorageClassUpdateNotSupportedException";$fault="client";constructor(e){super({name:"\
ImageStorageClassUpdateNotSupportedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Dl=class t extends C{static shapeId="com.amazonaw\
s.ecr#InvalidLayerPartException";name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){super(
{name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}};var KM="Attribute",JM="AuthorizationData",YM="AuthorizationDataList",XM="AwsEcrContainerImageDetails",QM="AttributeList",ZM="BlockedByOrganizationPolicyExceptio\
n";var eB="BatchGetImage",tB="BatchGetImageRequest",rB="BatchGetImageResponse";var oB="CreateRepository";var nB="CreateRepositoryRequest",sB="CreateRepositoryResponse",iB="CvssScore",aB="CvssScoreAdjustment",cB="CvssScoreAdjustmentList",pB="CvssScoreDetails",lB="Cv\
ssScoreList",dB="DescribeImages",uB="DescribeImagesFilter",mB="DescribeImagesRequest";var fB="DescribeImagesResponse",gB="DescribeImageScanFindings",hB="DescribeImageScanFindingsRequest",yB="DescribeImageScanFindingsResponse";var EB="DescribeRepositoriesRequest",xB="DescribeRepositoriesResponse";var SB="DescribeRepositories";var RB="ExclusionAlreadyExistsException",_B="EncryptionConfiguration";var wB="EnhancedImageScanFinding",IB="EnhancedImageScanFindingList",TB="ExclusionNotFoundException",CB="EmptyUploadException";var vB="GetAuthorizationToken",AB="GetAuthorizationTokenRequest",bB="GetAuthorizationTokenResponse";var PB="Image",OB="ImageArchivedException",NB="ImageAlreadyExistsException",DB="ImageDetail",kB="ImageDigestDoesNotMatchException",$B="ImageDetailList",LB="Imag\
eFailure",UB="ImageFailureList",FB="ImageIdentifier",MB="ImageIdentifierList",BB="ImageList",HB="InvalidLayerException",GB="InvalidLayerPartException";var jB="ImageNotFoundException",zB="InvalidParameterException";var VB="ImageScanningConfiguration",qB="ImageStorageClassUpdateNotSupportedException",WB="ImageScanFinding",KB="ImageScanFindingList",JB="ImageScanFindingsSumma\
ry",YB="ImageScanFindings",XB="ImageScanStatus";var QB="ImageTagAlreadyExistsException",ZB="ImageTagMutabilityExclusionFilter",eH="ImageTagMutabilityExclusionFilters",tH="InvalidTagParameterException",rH="Key",
oH="KmsException";var nH="LayerAlreadyExistsException",sH="LimitExceededException";var iH="LayerInaccessibleException";var aH="LayersNotFoundException",cH="LifecyclePolicyNotFoundException";var pH="LifecyclePolicyPreviewInProgressException",lH="LifecyclePolicyPreviewNotFoundException";var dH="LayerPartTooSmallException";var uH="PutImage",mH="PutImageRequest",fH="PutImageResponse";var gH="PutLifecyclePolicy",hH="PutLifecyclePolicyRequest",yH="PutLifecyclePolicyResponse";var EH="PullThroughCacheRuleAlreadyExistsException";var xH="PullThroughCacheRuleNotFoundException",SH="PackageVulnerabilityDetails",RH="Recommendation",_H="RepositoryAlreadyExistsException",wH="ReplicationBackfil\
lInProgressException",IH="ReplicationBackfillInvalidStatusException",TH="ReplicationBackfillNotFoundException";var CH="ResourceDetails";var vH="ReferencedImagesNotFoundException",AH="RepositoryList",bH="ResourceList",PH="RepositoryNotEmptyException",OH="RepositoryNotFoundException",NH="RegistryP\
olicyNotFoundException",DH="RepositoryPolicyNotFoundException";var kH="Remediation",$H="Repository",LH="Resource";var UH="SigningConfigurationNotFoundException",FH="ScoreDetails",MH="ServerException";var BH="StartImageScan",HH="StartImageScanRequest",GH="StartImageScanResponse";var jH="ScanNotFoundException",zH="SecretNotFoundException";var VH="SetRepositoryPolicy",qH="SetRepositoryPolicyRequest",WH="SetRepositoryPolicyResponse",KH="Tag",JH="TemplateAlreadyExistsException";var YH="TagList",XH="TooManyTagsException",QH="TemplateNotFoundException";var ZH="UnsupportedImageTypeException";var e2="UploadNotFoundException";var t2="UnableToAccessSecretException",r2="UnableToDecryptSecretValueException",o2="UnableToGetUpstreamImageException",n2="UnableToGetUpstreamLayerException",s2="\
UnableToListUpstreamImageReferrersException",i2="UnsupportedUpstreamRegistryException",a2="Value",c2="ValidationException",p2="VulnerablePackage",l2="Vulnerable\
PackagesList";var d2="architecture",u2="awsAccountId",m2="authorizationData",f2="awsEcrContainerImage";var g2="acceptedMediaTypes",h2="artifactMediaType";var y2="authorizationToken";var E2="adjustments";var x2="arch",S2="attributes",R2="author";var _2="baseScore",D="client";var w2="createdAt";var QP="cvss",bh="description";var I2="details";var O="error",T2="expiresAt";var C2="exploitAvailable",ZP="encryptionConfiguration",v2="enhancedFindings";var A2="encryptionType",b2="epoch",P2="failures",O2="findingArn",N2="fixAvailable",D2="failureCode";var k2="fixedInVersion",$2="firstObservedAt",L2="filePath",U2="failureReason";var eO="findingSeverityCounts",F2="filterType";var tO="filter",M2="findings",B2="force",H2="httpError",G2="images",j2="imageDetails",Ph="imageDigest",z2="imageHash",rO="imageIds",es="imageId",oO="imageManife\
st",Oh="imageManifestMediaType",V2="imagePushedAt",nO="imageStatus",sO="imageScanningConfiguration",iO="imageScanCompletedAt",q2="imageScanFindings",W2="imageSc\
anFindingsSummary",K2="imageSizeInBytes",Nh="imageScanStatus",aO="imageTags";var cO="imageTagMutability",pO="imageTagMutabilityExclusionFilters",lO="imageTag",J2="inUseCount";var Y2="id",X2="image",Q2="key",Z2="kmsError",e3="kmsKey";var t3="lastArchivedAt",r3="lastActivatedAt";var o3="lastInUseAt",n3="lastObservedAt";var dO="lifecyclePolicyText",s3="lastRecordedPullTime";var i3="lastValidByteReceived",N="message",Dh="maxResults";var a3="metric",uO="name",ts="nextToken",c3="platform",p3="pushedAt";var l3="proxyEndpoint";var d3="packageManager";var mO="policyText";var u3="packageVulnerabilityDetails";var m3="registry";var f3="repositoryArn";var Fe="registryId",g3="registryIds",Me="repositoryName",h3="repositoryNames";var y3="referenceUrls",E3="repositoryUri",x3="relatedVulnerabilities",S3="repository",R3="reason",_3="recommendation";var w3="release",I3="remediation",T3="repositories";var C3="resources";var fO="smithy.ts.sdk.synthetic.com.amazonaws.ecr";var v3="scoreDetails";var A3="sourceLayerHash",b3="subjectManifestDigest",P3="scanOnPush";var O3="scoreSource";var N3="sourceUrl",gO="scoringVector",hO="score",D3="server",yO="severity";var EO="source",xO="status";var SO="tags";var k3="tagStatus";var $3="text",L3="title",RO="type",U3="uri",F3="updatedAt",M3="uploadId";var B3="url",H3="value",G3="vendorCreatedAt",j3="vulnerabilityId",z3="vulnerablePackages",V3="vendorSeverity",_O="vulnerabilitySourceUpdatedAt",q3="vendorUpdate\
dAt",kh="version",E="com.amazonaws.ecr",wO=new Q(fO),W3=[-3,fO,"ECRServiceException",0,[],[]];wO.registerError(W3,C);var A=new Q(E),K3=[-3,E,ZM,{[O]:D},[N],[0]];
A.registerError(K3,Tl);var J3=[-3,E,CB,{[O]:D},[N],[0]];A.registerError(J3,zp);var Y3=[-3,E,RB,{[O]:D},[N],[0]];A.registerError(Y3,Cl);var X3=[-3,E,TB,{[O]:D},[
N],[0]];A.registerError(X3,ul);var Q3=[-3,E,NB,{[O]:D},[N],[0]];A.registerError(Q3,Rl);var Z3=[-3,E,OB,{[O]:D},[N],[0]];A.registerError(Z3,vl);var e4=[-3,E,kB,{
[O]:D},[N],[0]];A.registerError(e4,_l);var t4=[-3,E,jB,{[O]:D},[N],[0]];A.registerError(t4,ml);var r4=[-3,E,qB,{[O]:D},[N],[0]];A.registerError(r4,Nl);var o4=[-3,
E,QB,{[O]:D},[N],[0]];A.registerError(o4,wl);var n4=[-3,E,HB,{[O]:D},[N],[0]];A.registerError(n4,Vp);var s4=[-3,E,GB,{[O]:D},[Fe,Me,M3,i3,N],[0,0,0,1,0]];A.registerError(
s4,Dl);var i4=[-3,E,zB,{[O]:D},[N],[0]];A.registerError(i4,Fp);var a4=[-3,E,tH,{[O]:D},[N],[0]];A.registerError(a4,tl);var c4=[-3,E,oH,{[O]:D},[N,Z2],[0,0]];A.registerError(
c4,qp);var p4=[-3,E,nH,{[O]:D},[N],[0]];A.registerError(p4,Wp);var l4=[-3,E,iH,{[O]:D},[N],[0]];A.registerError(l4,hl);var d4=[-3,E,dH,{[O]:D},[N],[0]];A.registerError(
d4,Kp);var u4=[-3,E,aH,{[O]:D},[N],[0]];A.registerError(u4,yl);var m4=[-3,E,cH,{[O]:D},[N],[0]];A.registerError(m4,sl);var f4=[-3,E,pH,{[O]:D},[N],[0]];A.registerError(
f4,bl);var g4=[-3,E,lH,{[O]:D},[N],[0]];A.registerError(g4,xl);var h4=[-3,E,sH,{[O]:D},[N],[0]];A.registerError(h4,Hp);var y4=[-3,E,EH,{[O]:D},[N],[0]];A.registerError(
y4,Yp);var E4=[-3,E,xH,{[O]:D},[N],[0]];A.registerError(E4,il);var x4=[-3,E,vH,{[O]:D},[N],[0]];A.registerError(x4,Il);var S4=[-3,E,NH,{[O]:D},[N],[0]];A.registerError(
S4,al);var R4=[-3,E,wH,{[O]:D},[N],[0]];A.registerError(R4,Pl);var _4=[-3,E,IH,{[O]:D},[N],[0]];A.registerError(_4,Ol);var w4=[-3,E,TH,{[O]:D},[N],[0]];A.registerError(
w4,gl);var I4=[-3,E,_H,{[O]:D},[N],[0]];A.registerError(I4,rl);var T4=[-3,E,PH,{[O]:D},[N],[0]];A.registerError(T4,cl);var C4=[-3,E,OH,{[O]:D},[N],[0]];A.registerError(
C4,Mp);var v4=[-3,E,DH,{[O]:D},[N],[0]];A.registerError(v4,ll);var A4=[-3,E,jH,{[O]:D},[N],[0]];A.registerError(A4,fl);var b4=[-3,E,zH,{[O]:D},[N],[0]];A.registerError(
b4,Xp);var P4=[-3,E,MH,{[O]:D3},[N],[0]];A.registerError(P4,Bp);var O4=[-3,E,UH,{[O]:D},[N],[0]];A.registerError(O4,dl);var N4=[-3,E,JH,{[O]:D},[N],[0]];A.registerError(
N4,nl);var D4=[-3,E,QH,{[O]:D},[N],[0]];A.registerError(D4,pl);var k4=[-3,E,XH,{[O]:D},[N],[0]];A.registerError(k4,ol);var $4=[-3,E,t2,{[O]:D},[N],[0]];A.registerError(
$4,Qp);var L4=[-3,E,r2,{[O]:D},[N],[0]];A.registerError(L4,Zp);var U4=[-3,E,o2,{[O]:D},[N],[0]];A.registerError(U4,Gp);var F4=[-3,E,n2,{[O]:D},[N],[0]];A.registerError(
F4,El);var M4=[-3,E,s2,{[O]:D},[N],[0]];A.registerError(M4,Sl);var B4=[-3,E,ZH,{[O]:D},[N],[0]];A.registerError(B4,Al);var H4=[-3,E,i2,{[O]:D},[N],[0]];A.registerError(
H4,el);var G4=[-3,E,e2,{[O]:D},[N],[0]];A.registerError(G4,Jp);var j4=[-3,E,c2,{[O]:D,[H2]:400},[N],[0]];A.registerError(j4,jp);var IO=[wO,A],z4=[3,E,KM,0,[Q2,H3],
[0,0],1],V4=[3,E,JM,0,[y2,T2,l3],[0,4,0]],q4=[3,E,XM,0,[d2,R2,z2,aO,c3,p3,o3,J2,m3,Me],[0,0,0,64,0,4,4,1,0,0]];var W4=[3,E,tB,0,[Me,rO,Fe,g2],[0,()=>bO,0,64],2],K4=[3,E,rB,0,[G2,P2],[()=>MG,()=>FG]];var J4=[3,E,nB,0,[Me,Fe,SO,cO,pO,sO,ZP],[0,0,()=>jG,0,()=>PO,()=>vO,()=>TO],1],Y4=[3,E,sB,0,[S3],[()=>AO]],X4=[3,E,iB,0,[_2,gO,EO,kh],[1,0,0,0]],Q4=[3,E,aB,0,[a3,
R3],[0,0]],Z4=[3,E,pB,0,[E2,hO,O3,gO,kh],[()=>kG,1,0,0,0]];var eG=[3,E,hB,0,[Me,es,Fe,ts,Dh],[0,()=>dn,0,0,1],2],tG=[3,E,yB,0,[Fe,Me,es,Nh,q2,ts],[0,0,()=>dn,()=>$h,()=>mG,0]],rG=[3,E,uB,0,[k3,nO],[0,0]];var oG=[3,E,mB,0,[Me,Fe,rO,ts,Dh,tO],[0,0,()=>bO,0,1,()=>rG],1],nG=[3,E,fB,0,[j2,ts],[()=>UG,0]];var sG=[3,E,EB,0,[Fe,h3,ts,Dh],[0,64,0,1]],iG=[3,E,xB,0,[T3,ts],[()=>HG,0]];var TO=[3,E,_B,0,[A2,e3],[0,0],1];var aG=[3,E,wB,0,[u2,bh,O2,$2,n3,u3,I3,C3,hO,v3,yO,xO,L3,RO,F3,N2,C2],[0,0,0,4,4,()=>hG,()=>_G,()=>GG,1,()=>TG,0,0,0,0,4,0,0]];var cG=[3,E,AB,0,[g3],[64]],pG=[3,E,bB,0,[m2],[()=>DG]];var CO=[3,E,PB,0,[Fe,Me,es,oO,Oh],[0,0,()=>dn,0,0]],lG=[3,E,DB,0,[Fe,Me,Ph,aO,K2,V2,Nh,W2,Oh,h2,s3,b3,nO,t3,r3],[0,0,0,64,1,4,()=>$h,()=>fG,0,0,4,0,0,4,4]],dG=[
3,E,LB,0,[es,D2,U2],[()=>dn,0,0]],dn=[3,E,FB,0,[Ph,lO],[0,0]];var uG=[3,E,WB,0,[uO,bh,U3,yO,S2],[0,0,0,0,()=>NG]],mG=[3,E,YB,0,[iO,_O,eO,M2,v2],[4,4,129,()=>BG,()=>LG]],fG=[3,E,JB,0,[iO,_O,eO],[4,4,129]],vO=[3,E,VB,0,[P3],
[2]],$h=[3,E,XB,0,[xO,bh],[0,0]];var gG=[3,E,ZB,0,[F2,tO],[0,0],2];var hG=[3,E,SH,0,[QP,y3,x3,EO,N3,G3,V3,q3,j3,z3],[()=>$G,64,64,0,0,4,0,4,0,()=>zG]];var yG=[3,E,mH,0,[Me,oO,Fe,Oh,lO,Ph],[0,0,0,0,0,0],2],EG=[3,E,fH,0,[X2],[()=>CO]];var xG=[3,E,hH,0,[Me,dO,Fe],[0,0,0],2],SG=[3,E,yH,0,[Fe,Me,dO],[0,0,0]];var RG=[3,E,RH,0,[B3,$3],[0,0]];var _G=[3,E,kH,0,[_3],[()=>RG]];var AO=[3,E,$H,0,[f3,Fe,Me,E3,w2,cO,pO,sO,ZP],[0,0,0,0,4,0,()=>PO,()=>vO,()=>TO]];var wG=[3,E,LH,0,[I2,Y2,SO,RO],[()=>IG,0,128,0]],IG=[3,E,CH,0,[f2],[()=>q4]];var TG=[3,E,FH,0,[QP],[()=>Z4]],CG=[3,E,qH,0,[Me,mO,Fe,B2],[0,0,0,2],2],vG=[3,E,WH,0,[Fe,Me,mO],[0,0,0]];var AG=[3,E,HH,0,[Me,es,Fe],[0,()=>dn,0],2],bG=[3,E,GH,0,[Fe,Me,es,Nh],[0,0,()=>dn,()=>$h]];var PG=[3,E,KH,0,[rH,a2],[0,0],2];var OG=[3,E,p2,0,[x2,b2,L2,uO,d3,w3,A3,kh,k2],[0,1,0,0,0,0,0,0,0]];var NG=[1,E,QM,0,()=>z4],DG=[1,E,YM,0,()=>V4];var kG=[1,E,cB,0,()=>Q4],$G=[1,E,lB,0,()=>X4],LG=[1,E,IB,0,()=>aG];var UG=[1,E,$B,0,()=>lG],FG=[1,E,UB,0,()=>dG],bO=[1,E,MB,0,()=>dn],MG=[1,E,BB,0,()=>CO];var BG=[1,E,KB,0,()=>uG];var PO=[1,E,eH,0,()=>gG];var HG=[1,E,AH,0,()=>AO];var GG=[1,E,bH,0,()=>wG];var jG=[1,E,YH,0,()=>PG];var zG=[1,E,l2,0,()=>OG];var OO=[9,E,eB,0,()=>W4,()=>K4];var NO=[9,E,oB,0,()=>J4,()=>Y4];var DO=[9,E,dB,0,()=>oG,()=>nG],kO=[9,E,gB,0,()=>eG,()=>tG];var $O=[9,E,SB,0,()=>sG,()=>iG];var LO=[9,E,vB,0,()=>cG,()=>pG];var UO=[9,E,uH,0,()=>yG,()=>EG];var FO=[9,E,gH,0,()=>xG,()=>SG];var MO=[9,E,VH,0,()=>CG,()=>vG],BO=[9,E,BH,0,()=>AG,()=>bG];var HO=t=>({apiVersion:"2015-09-21",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??XP,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??pT,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge}],logger:t?.logger??new _e,protocol:t?.protocol??Zo,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecr",errorTypeRegistries:IO,xmlNamespace:"http://ecr.amazonaws.com/doc/2015-09-21/",version:"2015-09-21",serviceTarget:"AmazonE\
C2ContainerRegistry_V20150921"},serviceId:t?.serviceId??"ECR",sha256:t?.sha256??ht,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??
Z});var GO=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Dt),o=HO(t);Tt(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(gt,n),bodyLengthChecker:t?.bodyLengthChecker??Ct,credentialDefaultProvider:t?.credentialDefaultProvider??
Gi,defaultSocketTimeout:Er(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:mT.version}),maxAttempts:t?.
maxAttempts??_(Yt,t),region:t?.region??_(be,{...rt,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Qt,default:async()=>(await r()).
retryMode||at},t),streamCollector:t?.streamCollector??je,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Ot,n),userAgentAppId:t?.
userAgentAppId??_(tr,n)}};M();T();F();var jO=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);s===-1?e.
push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
zO=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var VO=(t,e)=>{let r=Object.assign(rr(t),$t(t),Ht(t),jO(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),Gt(r),zO(r))};var kl=class extends Te{config;constructor(...[e]){let r=GO(e||{});super(r),this.initConfig=r;let o=dT(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=cr(a),l=lT(c),d=VO(l,e?.
extensions||[]);this.config=d,this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(Zt(this.config)),this.middlewareStack.use(lr(this.config)),this.
middlewareStack.use(jt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),
this.middlewareStack.use(dt(this.config,{httpAuthSchemeParametersProvider:cT,identityProviderConfigProvider:async u=>new Ve({"aws.auth#sigv4":u.credentials})})),
this.middlewareStack.use(ut(this.config))}destroy(){super.destroy()}};T();W();var ye=Ut(uT,"AmazonEC2ContainerRegistry_V20150921","ECRClient",pr),Ee={},xe=(t,e,r,o)=>[];var $l=class extends ye(Ee,xe,"BatchGetImage",OO){};var Ll=class extends ye(Ee,xe,"CreateRepository",NO){};var Ul=class extends ye(Ee,xe,"DescribeImageScanFindings",kO){};var Fl=class extends ye(Ee,xe,"DescribeImages",DO){};var Ml=class extends ye(Ee,xe,"DescribeRepositories",$O){};var ji=class extends ye(Ee,xe,"GetAuthorizationToken",LO){};var Bl=class extends ye(Ee,xe,"PutImage",UO){};var Hl=class extends ye(Ee,xe,"PutLifecyclePolicy",FO){};var Gl=class extends ye(Ee,xe,"SetRepositoryPolicy",MO){};var jl=class extends ye(Ee,xe,"StartImageScan",BO){};var zl=Ur(require("node:http")),Lh=Ur(require("node:https")),qO=require("node:net"),WO=require("node:tls");var KO=t=>(e,r)=>t?.(e,r);function Fh(t,e){let r=t.protocol==="https:"?"https":"http",o=(e[`${r}_proxy`]||e[`${r.toUpperCase()}_PROXY`]||"").trim();if(!o||VG(t,
e.no_proxy??e.NO_PROXY??""))return;let n;try{n=new URL(o.includes("://")?o:`http://${o}`)}catch{throw new hr(`${r.toUpperCase()}_PROXY is not a URL like http://\
proxy.example.com:3128`)}if(n.protocol!=="http:")throw new hr(`${r.toUpperCase()}_PROXY: only http:// proxies are supported, not ${n.protocol}//${n.host}`);return n}
function VG(t,e){let r=t.hostname.replace(/^\[|\]$/g,"").toLowerCase(),o=t.port||(t.protocol==="https:"?"443":"80");return e.split(/[\s,]+/).filter(Boolean).some(
n=>{if(n==="*")return!0;let s=/^\[([^\]]+)\](?::(\d+))?$/.exec(n)??/^([^:]+)(?::(\d+))?$/.exec(n)??[n,n],i=s[1].replace(/^\*?\./,"").toLowerCase();return s[2]&&
s[2]!==o?!1:r===i||r.endsWith(`.${i}`)})}var qG=t=>`${t.protocol}//${t.host}`;function JO(t){if(!t.username)return;let e=`${decodeURIComponent(t.username)}:${decodeURIComponent(
t.password)}`;return`Basic ${Buffer.from(e).toString("base64")}`}function Mh(t,e,r){return new hr(`the proxy ${qG(t)} (for ${e}) ${r}`)}function YO(t,e,r){let o=(0,qO.connect)(
{host:t.hostname.replace(/^\[|\]$/g,""),port:Number(t.port||80)}),n=s=>r(Mh(t,e,`could not be reached: ${s.code??s.message}`));return o.once("error",n),o.once("\
connect",()=>{o.off("error",n),r(null,o)}),o}var Uh=(t,e)=>({host:t.hostname??t.host??"localhost",port:Number(t.port||e)}),Vl=class extends zl.Agent{constructor(r,o){
super(o);this.env=r}env;proxy(r){return Fh(new URL(`http://${r.host.includes(":")?`[${r.host}]`:r.host}:${r.port}`),this.env)}addRequest(r,o){let n=Uh(o,80),s=this.
proxy(n);if(s){r.path=`http://${n.host.includes(":")?`[${n.host}]`:n.host}:${n.port}${r.path}`;let i=JO(s);i&&r.setHeader("proxy-authorization",i);let a=r.emit.
bind(r);r.emit=((c,...l)=>{let d=l[0];return c!=="response"||d.statusCode!==407?a(c,...l):(d.resume(),r.destroy(Mh(s,`${n.host}:${n.port}`,"refused the request:\
 407 Proxy Authentication Required (check the credentials in HTTP_PROXY)")),!0)})}zl.Agent.prototype.addRequest.call(this,r,o)}createConnection(r,o){let n=Uh(r,
80),s=this.proxy(n);if(!s)return zl.Agent.prototype.createConnection.call(this,r,o);YO(s,`${n.host}:${n.port}`,KO(o))}},ql=class extends Lh.Agent{constructor(r,o){
super(o);this.env=r}env;createConnection(r,o){let n=KO(o),s=Uh(r,443),i=`${s.host.includes(":")?`[${s.host}]`:s.host}:${s.port}`,a=Fh(new URL(`https://${i}`),this.
env);if(!a)return Lh.Agent.prototype.createConnection.call(this,r);YO(a,i,(c,l)=>{if(c||!l)return n(c);let d=JO(a);l.write(`CONNECT ${i} HTTP/1.1\r
Host: ${i}\r
${d?`Proxy-Authorization: ${d}\r
`:""}\r
`);let u=Buffer.alloc(0),m=y=>{l.destroy(),n(Mh(a,i,y))},f=y=>{if(u=Buffer.concat([u,y]),u.indexOf(`\r
\r
`)<0)return;l.off("data",f),l.off("error",g),l.off("end",h);let x=/^HTTP\/1\.[01] (\d{3})([^\r\n]*)/.exec(u.toString("latin1"));if(x?.[1]!=="200")return m(`refu\
sed the tunnel: ${x?`${x[1]}${x[2]}`:"no HTTP answer"}${x?.[1]==="407"?" (check the credentials in HTTPS_PROXY)":""}`);let v=r.servername??(/^[\d.]+$|:/.test(s.
host)?void 0:s.host);n(null,(0,WO.connect)({...r,socket:l,servername:v}))},g=y=>m(`dropped the tunnel: ${y.message}`),h=()=>m("closed the connection before answ\
ering CONNECT");l.on("data",f),l.once("error",g),l.once("end",h)})}};function XO(t){return["http_proxy","HTTP_PROXY","https_proxy","HTTPS_PROXY"].some(e=>t[e]?.
trim())?{httpAgent:new Vl(t,{keepAlive:!0}),httpsAgent:new ql(t,{keepAlive:!0})}:{}}function QO(t,e){if(Fh(t,e))return t.protocol==="https:"?new ql(e,{keepAlive:!1}):
new Vl(e,{keepAlive:!1})}function zi(t,e){let r=new URL(t),{request:o}=r.protocol==="https:"?require("node:https"):require("node:http");return new Promise((n,s)=>{let i=QO(r,process.env)??
!1,a=o(r,{method:e.method??"GET",headers:e.headers,agent:i,signal:e.signal,timeout:e.timeoutMs},c=>{let l=[];c.on("data",d=>l.push(d)),c.on("error",s),c.on("end",
()=>n({status:c.statusCode??0,text:Buffer.concat(l).toString("utf8"),headers:c.headers}))});if(e.connectTimeoutMs!==void 0){let c=e.connectTimeoutMs;a.on("socke\
t",l=>{if(!l.connecting)return;let d=setTimeout(()=>a.destroy(new Error(`no connection within ${c} ms`)),c);l.once("connect",()=>clearTimeout(d)),l.once("close",
()=>clearTimeout(d))})}a.on("timeout",()=>a.destroy(new Error(`no answer within ${e.timeoutMs} ms`))),a.on("error",s),a.end(e.body)})}var ZO=3e4,WG=t=>/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(t)?"http":"https";function KG(t){let e=/^(\w+)\s*(.*)$/.exec(t??"");if(!e)return;let r={};
for(let o of e[2].matchAll(/(\w+)="([^"]*)"/g))r[o[1]]=o[2];return{kind:e[1].toLowerCase(),params:r}}async function Wl(t,e,r,o,n){let s=`${WG(t.host)}://${t.host}\
/v2/${e}/manifests/${encodeURIComponent(r)}`,i=`Basic ${Buffer.from(`${t.username}:${t.password}`).toString("base64")}`,a=d=>zi(s,{headers:{accept:o.join(", "),
...d?{authorization:d}:{}},timeoutMs:ZO,signal:n}),c=await a();if(c.status===401){let d=KG(c.headers["www-authenticate"]);if(d?.kind==="bearer"&&d.params.realm){
let u=new URL(d.params.realm);d.params.service&&u.searchParams.set("service",d.params.service),u.searchParams.set("scope",d.params.scope??`repository:${e}:pull`);
let m=await zi(u,{headers:{authorization:i},timeoutMs:ZO,signal:n}),f=JSON.parse(m.text);c=await a(`Bearer ${f.token??f.access_token}`)}else c=await a(i)}if(c.status!==
200)throw new Error(`the registry answered ${c.status} for ${e}:${r}`);let l=JSON.parse(c.text).mediaType;return{manifest:c.text,mediaType:l??String(c.headers["\
content-type"]??"").split(";")[0]}}var eN=5,JG=5e3,YG=3e4;function XG(t=1/0){let e=Math.max(1e3,Math.min(YG,Math.floor(t/3)));return{connectionTimeout:Math.min(JG,e),requestTimeout:e}}function rs(t,e,r){
return{region:t,credentials:e,retryMode:"adaptive",maxAttempts:eN,requestHandler:{...XG(r?.ms),throwOnRequestTimeout:!0,...XO(process.env)}}}function Kl(t){let e=t??
{},r=e.name??"",o=/Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(r)||!!e.$retryable?.throttling,n=o||!!e.$retryable||(e.$metadata?.httpStatusCode??
0)>=500||/Timeout/.test(r)||/^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)$/.test(e.code??"");return{attempts:e.$metadata?.
attempts??1,transient:n,throttled:o}}function Jl(t,e){return e?`AWS kept throttling ${t} for longer than ${eN} attempts with backoff: re-run later, spread out c\
oncurrent deliveries, or raise the ${t} API rate quota (Service Quotas)`:`${t} or the network to it kept failing: check the runner's access to AWS (proxy, firew\
all, VPC endpoint, AWS_ENDPOINT_URL_${t}) and the AWS Health Dashboard, then re-run`}var un=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.image.manifest.v\
1+json","application/vnd.oci.image.index.v1+json"],QG=new Set(["RepositoryNotFoundException","RepositoryAlreadyExistsException","ImageAlreadyExistsException","I\
mageTagAlreadyExistsException","ScanNotFoundException","LayersNotFoundException"]),xt=t=>t?.name??"";async function Yl(t,e,r,o){try{return await wn(r,`${t.label}\
 ${e}`,o)}catch(n){throw ZG(t,e,n)}}function ZG(t,e,r){let o=xt(r);if(r instanceof It||QG.has(o))return r;let n=`${t.label} ${e}`,s=`${o}: ${r.message}`;if(o===
"CredentialsProviderError")return new ue(`no AWS credentials for ${n}: ${r.message}`,"set role-to-assume to use the CI's OIDC token, or provide credentials (AWS\
_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile, an instance role)",{cause:r});let i=Kl(r);if(i.transient)return new ue(`${n} failed after ${i.attempts} attempt\
(s): ${s}`,Jl("ECR",i.throttled),{cause:r});if(/ExpiredToken/.test(o))return new ue(`${n} failed: the AWS credentials have expired (${s})`,"with role-to-assume \
they are refreshed before they expire; ambient credentials must outlive the run (or raise role-duration-seconds for the role that issued them)",{cause:r});let a=/AccessDenied|UnrecognizedClient|InvalidSignature/.
test(o);return new ue(`${n} failed: ${s}`,a?t.permissionHint(e):void 0,{cause:r})}var ej=4;function Vi(t,e=t?.proxyEndpoint){if(!t?.authorizationToken||!e)throw new ue("ECR returned no authorization data");let r=Buffer.from(t.authorizationToken,
"base64").toString("utf8"),o=r.indexOf(":");return{host:e.replace(/^https?:\/\//,"").replace(/\/+$/,""),username:r.slice(0,o),password:r.slice(o+1)}}function tj(t){
return new RegExp(`^${t.split("*").map(e=>e.replace(/[.+?^${}()|[\]\\]/g,"\\$&")).join(".*")}$`)}function Bh(t,e){let r=t.exclusionFilters.some(o=>tj(o).test(e));
switch(t.mutability){case"IMMUTABLE":return!0;case"IMMUTABLE_WITH_EXCLUSION":return!r;case"MUTABLE_WITH_EXCLUSION":return r;default:return!1}}async function tN(t,e,r,o){
let n=[...o],s=async()=>{for(let i=n.shift();i!==void 0;i=n.shift())await t.putTag(e,r,i)};await Promise.all(Array.from({length:Math.min(ej,n.length)},s))}var rj=5,Hh=100,oj={label:"ECR",permissionHint:t=>`the credentials need ecr:${t} on this repository (\`ecr-deliver iam-policy\` prints the policy)`},os=class{constructor(e,r,o,n){
this.registryId=o;this.deadline=n;this.ecr=new kl(rs(e,r,n)),this.sendOptions={abortSignal:n?.signal}}registryId;deadline;ecr;sendOptions;close(){this.ecr.destroy()}registryLogin;login(){
let e=this.send("GetAuthorizationToken",new ji(this.registryId?{registryIds:[this.registryId]}:{})).then(r=>Vi(r.authorizationData?.[0]));return this.registryLogin=
e,e}async manifest(e,r){let o=await(this.registryLogin??this.login()),n=await Wl(o,e,r,un,this.deadline?.signal);if(`sha256:${(0,rN.createHash)("sha256").update(
n.manifest).digest("hex")}`!==r)throw new ue(`the registry's manifest for ${e}@${r} does not match its digest`);return n}async logins(e){return((await this.send(
"GetAuthorizationToken",new ji({registryIds:e}))).authorizationData??[]).map(o=>Vi(o))}async findRepository(e){let r=await this.describe(e);return r&&Gh(r,!1)}async ensureRepository(e,r){
let o=await this.findRepository(e.repository);if(o)return o;if(!e.createRepository)throw new ue(`repository ${e.repository} does not exist`,"create it, or set c\
reate-repository: true");let n=nj(e,r);try{let s=await this.send("CreateRepository",new Ll({registryId:this.registryId,repositoryName:e.repository,imageTagMutability:e.
imageTagMutability,imageTagMutabilityExclusionFilters:n,imageScanningConfiguration:{scanOnPush:e.scanOnPush},encryptionConfiguration:{encryptionType:e.encryptionType,
kmsKey:e.kmsKey}}));return Gh(s.repository,!0)}catch(s){if(xt(s)!=="RepositoryAlreadyExistsException")throw s;let i=await this.describe(e.repository);if(!i)throw s;
return Gh(i,!1)}}async applyPolicies(e){let r={registryId:this.registryId,repositoryName:e.repository},o=i=>i?(0,oN.readFileSync)(i,"utf8"):void 0,[n,s]=[o(e.lifecyclePolicy),
o(e.repositoryPolicy)];await Promise.all([n&&this.send("PutLifecyclePolicy",new Hl({...r,lifecyclePolicyText:n})),s&&this.send("SetRepositoryPolicy",new Gl({...r,
policyText:s}))])}async images(e,r){let o=new Map,n=Array.from({length:Math.ceil(r.length/Hh)},(i,a)=>r.slice(a*Hh,(a+1)*Hh)),s;try{s=await Promise.all(n.map(i=>this.
send("BatchGetImage",new $l({registryId:this.registryId,repositoryName:e,imageIds:i.map(a=>({imageTag:a})),acceptedMediaTypes:un}))))}catch(i){if(xt(i)==="Repos\
itoryNotFoundException")return o;throw i}for(let i of s.flatMap(a=>a.images??[])){let a=i.imageId?.imageTag;a&&i.imageId?.imageDigest&&i.imageManifest&&o.set(a,
{digest:i.imageId.imageDigest,manifest:i.imageManifest,mediaType:i.imageManifestMediaType??""})}return o}async latestImage(e){let r,o;for(let n=0;n<rj;n++){let s;
try{s=await this.send("DescribeImages",new Fl({registryId:this.registryId,repositoryName:e,filter:{tagStatus:"TAGGED"},maxResults:1e3,nextToken:o}))}catch(i){if(xt(
i)==="RepositoryNotFoundException")return;throw i}for(let i of s.imageDetails??[]){let a=i.imagePushedAt?.getTime()??0;i.imageDigest&&!i.artifactMediaType?.includes(
"artifact")&&un.includes(i.imageManifestMediaType??un[0])&&a>=(r?.at??-1)&&(r={digest:i.imageDigest,at:a})}if(o=s.nextToken,!o)break}return r?.digest}async putTag(e,r,o){
try{await this.send("PutImage",new Bl({registryId:this.registryId,repositoryName:e,imageManifest:r.manifest,imageManifestMediaType:r.mediaType||void 0,imageDigest:r.
digest,imageTag:o}))}catch(n){if(xt(n)==="ImageAlreadyExistsException")return;throw xt(n)==="ImageTagAlreadyExistsException"?new ue(`tag ${o} already exists in \
the immutable repository ${e} at another image`,"immutable tags cannot move: drop the tag from `tags`, or use a new one",{cause:n}):n}}async scanFindings(e,r,o){
try{return await this.send("DescribeImageScanFindings",new Ul({registryId:this.registryId,repositoryName:e,imageId:{imageDigest:r},nextToken:o,maxResults:1e3}))}catch(n){
if(xt(n)==="ScanNotFoundException")return;throw n}}async startScan(e,r){await this.send("StartImageScan",new jl({registryId:this.registryId,repositoryName:e,imageId:{
imageDigest:r}}))}async describe(e){try{return(await this.send("DescribeRepositories",new Ml({registryId:this.registryId,repositoryNames:[e]}))).repositories?.[0]}catch(r){
if(xt(r)==="RepositoryNotFoundException")return;throw r}}send(e,r){return Yl(oj,e,this.deadline,()=>this.ecr.send(r,this.sendOptions))}};function Gh(t,e){return{
name:t.repositoryName,uri:t.repositoryUri,arn:t.repositoryArn,mutability:t.imageTagMutability??"MUTABLE",exclusionFilters:(t.imageTagMutabilityExclusionFilters??
[]).map(r=>r.filter??"").filter(Boolean),scanOnPush:t.imageScanningConfiguration?.scanOnPush??!1,created:e}}function nj(t,e){if(t.imageTagMutability==="IMMUTABL\
E_WITH_EXCLUSION"){if(e.length>tu)throw new ue(`an IMMUTABLE_WITH_EXCLUSION repository takes at most ${tu} exclusion filters; keeping this run's extra tags mova\
ble needs ${e.length}: ${e.join(", ")}`,"use fewer extra tags, create the repository yourself with wildcard filters, or use MUTABLE");return e.map(r=>({filterType:"\
WILDCARD",filter:r}))}}async function Xl(t,e,r,o){let n=new Map;for(let i of t)n.set(i.region??e,[...n.get(i.region??e)??[],i.id]);return(await Promise.all([...n].map(async([i,a])=>{let c=new os(
i,r,void 0,o);try{return await c.logins(a)}finally{c.close()}}))).flat()}var sj=/unauthorized|authentication required|no basic auth credentials|denied|\b401\b|\b403\b|may require 'docker login'/i,
ij=/^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;function Ql(t){let e;try{e=(0,nN.readFileSync)(t,"utf8")}catch{return[]}let r=new Set;for(let o of e.
matchAll(/^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)/gim)){let n=o[1].split("/")[0];o[1].includes("/")&&(/[.:]/.test(n)||n==="localhost")&&r.add(n)}return[...r]}function sN(t,e,r,o){
if(!sj.test(t))return;let n=Ql(e).filter(i=>!r.includes(i));return n.length?`the Dockerfile pulls from ${n.map(i=>{let a=ij.exec(i);return a?`${i} (pull-registr\
ies: ${a[2]===o?a[1]:`${a[1]}@${a[2]}`})`:i}).join(", ")}, which docker is not logged in to: add the registry's account id (or ID@REGION) to pull-registries`:void 0}var pN=require("node:child_process"),lN=require("node:fs"),dN=require("node:util");$p();var aj=/^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/,cj=/^(?:arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)|alias\/[\w/+=,.@-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
pj=/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/,lj=/^[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$|^(?:sha256:)?[a-f0-9]{12,64}$/,
dj=100,uj=/^[A-Za-z_][A-Za-z0-9_]{0,255}$/,mj=/^[A-Za-z0-9][A-Za-z0-9._/-]{0,255}=/,qi="sts.amazonaws.com",mn=["CRITICAL","HIGH","MEDIUM","LOW"],iN=[{name:"repo\
sitory",field:"repository",...pe(Be.repository),required:!0,description:"ECR repository name, e.g. `team/api`. Validated against ECR's naming rule before any AW\
S call.",iamPolicy:{value:"NAME",description:"ECR repository the role delivers to."}},{name:"aws-region",field:"awsRegion",...pe(Be.region),defaultText:"`AWS_RE\
GION`, then `AWS_DEFAULT_REGION`",description:"Region of the registry.",iamPolicy:{value:"REGION"}},{name:"role-to-assume",field:"roleToAssume",...pe(ne(aj,"is \
not an IAM role ARN like `arn:aws:iam::123456789012:role/name`")),defaultText:"none: the ambient AWS credential chain",description:"IAM role ARN, assumed with `\
AssumeRoleWithWebIdentity` using the CI's OIDC token."},{name:"audience",field:"audience",...pe(Be.audience),default:qi,description:"Audience asked for the GitH\
ub OIDC token (CircleCI tokens are used as issued).",iamPolicy:{value:"AUD",description:"Pinned `aud` of the trust policy.",default:void 0,defaultText:"sts.amaz\
onaws.com on GitHub, the org id on CircleCI"}},{name:"web-identity-token-file",field:"webIdentityTokenFile",...xn(ko),defaultText:"`AWS_WEB_IDENTITY_TOKEN_FILE`",
description:"OIDC token file, for CIs other than GitHub and CircleCI."},{name:"role-session-name",field:"roleSessionName",...pe(Be.sessionName),defaultText:"der\
ived from the CI run, e.g. `ecr-deliver-<run id>`",description:"STS session name (STS's charset `[\\w+=,.@-]`, 2\u201364 characters)."},{name:"role-duration-sec\
onds",field:"roleDurationSeconds",...oa(900,43200),default:"3600",description:"Lifetime of the assumed role's credentials, 900\u201343200."},{name:"registry-id",
field:"registryId",...pe(Be.account),defaultText:"the caller's account",description:"Account id (12 digits) that owns the registry, for cross-account pushes.",iamPolicy:{
value:"ID",defaultText:"`account-id`"}},{name:"create-repository",field:"createRepository",...lt,default:"true",description:"Create the repository when it is mi\
ssing.",iamPolicy:{value:"true|false",description:"The delivery may create the repository."}},{name:"image-tag-mutability",field:"imageTagMutability",...Qr("MUT\
ABLE","IMMUTABLE","IMMUTABLE_WITH_EXCLUSION"),default:"MUTABLE",description:"Tag mutability of a created repository: MUTABLE, IMMUTABLE or IMMUTABLE_WITH_EXCLUS\
ION (the extra `tags` stay mutable)."},{name:"scan-on-push",field:"scanOnPush",...lt,default:"true",description:"Scan on push, for a created repository."},{name:"\
encryption-type",field:"encryptionType",...Qr("AES256","KMS"),default:"AES256",description:"Encryption of a created repository: AES256 or KMS (`kms-key` with KM\
S).",iamPolicy:{value:"AES256|KMS",description:"Encryption of a created repository; KMS adds the KMS grants ECR needs."}},{name:"kms-key",field:"kmsKey",...pe(ne(
cj,"is not a KMS key ARN, key id or `alias/\u2026`")),description:"KMS key ARN, id or alias, with `encryption-type: KMS`.",iamPolicy:{value:"ARN",description:"K\
MS key ARN of a created repository.",defaultText:"any key of the account",...pe(ne(Ly,"is not a KMS key or alias ARN like `arn:aws:kms:eu-west-1:123456789012:ke\
y/\u2026`"))}},{name:"lifecycle-policy",field:"lifecyclePolicy",...xn(ru),description:"Path to a lifecycle policy JSON file, applied to the repository.",iamPolicy:{
value:"FILE|true",description:"The delivery applies a lifecycle policy.",default:"false",...iu}},{name:"repository-policy",field:"repositoryPolicy",...xn(ru),description:"\
Path to a repository policy JSON file, applied to the repository.",iamPolicy:{value:"FILE|true",description:"The delivery applies a repository policy.",default:"\
false",...iu}},{name:"context",field:"context",...xn(),default:".",description:"Build context directory."},{name:"dockerfile",field:"dockerfile",...xn(),defaultText:"\
`Dockerfile` in the context",description:"Dockerfile path."},{name:"build-args",field:"buildArgs",...Yy,description:"Build arguments, newline-separated `KEY=VAL\
UE`; values are never printed (names only) and reach docker through its environment, not argv."},{name:"target",field:"target",...pe(ne(pj,"is not a build stage\
 name")),description:"Build stage to build."},{name:"platform",field:"platform",...pe(vy),description:"Target platforms, e.g. `linux/amd64,linux/arm64` (needs b\
uildx)."},{name:"cache",field:"cache",...lt,default:"true",description:"Reuse the layers of the latest image in the repository on a fresh runner (inline cache o\
n BuildKit, a pull and `--cache-from` on the classic builder); works in IMMUTABLE repositories, and a missing or failing cache never fails a delivery.",iamPolicy:{
value:"true|false",description:"The delivery uses the layer cache."}},{name:"provenance",field:"provenance",...lt,default:"false",description:"BuildKit provenan\
ce/SBOM attestations (needs buildx). Off by default: the attestation index shows up as untagged images in ECR and breaks Lambda deploys."},{name:"image",field:"\
image",...pe(ne(lj,"is not a local image reference like `name:tag` or an image id")),description:"Push this existing local image instead of building."},{name:"c\
ommit-sha",field:"commitSha",...pe(Be.commitSha,t=>t.toLowerCase()),defaultText:"`GITHUB_SHA` (the PR head on `pull_request`), `CIRCLE_SHA1`, else `git rev-pars\
e HEAD`",description:"Commit SHA the image is tagged with (40 hex characters)."},{name:"tags",field:"tags",...Do(Be.tag,{commas:!0,max:dj}),description:"Extra t\
ags, newline- or comma-separated; the commit SHA tag is always applied."},{name:"skip-existing",field:"skipExisting",...lt,default:"false",description:"When the\
 SHA tag already exists in ECR: no build, no layer upload; extra tags are added to the existing image by manifest copy."},{name:"push",field:"push",...lt,default:"\
true",description:"Push to ECR; `false` builds and tags only (pull-request builds).",iamPolicy:{value:"true|false",description:"The delivery pushes; `false`: bu\
ild-only runs that just look the repository up."}},{name:"web-identity-token-env",field:"webIdentityTokenEnv",...pe(ne(uj,"is not an environment variable name (\
letters, digits, `_`)")),description:"Name of an environment variable that holds the OIDC token, for CIs other than GitHub and CircleCI (no token file needed)."},
{name:"pull-registries",field:"pullRegistries",...Ay,description:"Other ECR registries docker is logged in to before the build, so `FROM` and cache pulls can re\
ad them: account ids (12 digits), or `ID@REGION` for another region, comma- or newline-separated.",iamPolicy:{value:"IDS",description:"Base-image registries the\
 build pulls from: account ids or `ID@REGION`, comma-separated (as given to the delivery)."}},{name:"registry-type",field:"registryType",...Qr("private","public"),
default:"private",description:"`private`, or `public` for ECR Public (`public.ecr.aws`; also chosen by a repository given as `public.ecr.aws/<alias>/<name>`).",
iamPolicy:{value:"private|public",description:"`public`: the ECR Public actions instead.",defaultText:"private, or public for a public.ecr.aws/ repository"}},{name:"\
catalog-description",field:"catalogDescription",...na(1024),description:"ECR Public: short description of a created repository (text, or `file://PATH`)."},{name:"\
catalog-about",field:"catalogAbout",...na(25600),description:'ECR Public: "About" text (markdown) of a created repository (text, or `file://PATH`).'},{name:"cat\
alog-usage",field:"catalogUsage",...na(25600),description:'ECR Public: "Usage" text (markdown) of a created repository (text, or `file://PATH`).'},{name:"mode",
field:"mode",...Qr("deliver","login"),default:"deliver",githubOnly:!0,description:"GitHub Action only: `deliver`, or `login`: credentials and docker login to th\
e registry and every `pull-registries` id, in the job's docker config, for later docker steps (like the orb's `ecr/login` and the CLI's `login`)."},{name:"docke\
r-credentials-output",field:"dockerCredentialsOutput",...lt,default:"false",githubOnly:!0,description:"GitHub Action, `login` mode: set masked outputs `docker-u\
sername` and `docker-password` for a later job's `services:` credentials (they are secrets: see the README)."},{name:"skip-logout",field:"skipLogout",...lt,default:"\
false",githubOnly:!0,description:"GitHub Action, `login` mode: keep the docker login after the job (the post step does not log out; shared self-hosted runners)."},
{name:"timeout-seconds",field:"timeoutSeconds",...oa(1,86400),default:"3600",description:"Upper bound on the whole run (AWS calls, build, push), 1\u201386400; a hung\
 endpoint fails the step instead of the CI job's own timeout. Each AWS call also gives up after 5 attempts of at most 30 s."},{name:"secrets",field:"secrets",...Wy,
description:"Build secrets, lines `id=VALUE` or `id=env:NAME`, for `RUN --mount=type=secret,id=\u2026` (BuildKit); masked, never in argv, layers or history."},{
name:"secret-files",field:"secretFiles",...Ky,description:"Build secrets from files, lines `id=PATH` (BuildKit)."},{name:"ssh",field:"ssh",...Jy,description:"SS\
H agent or keys for `RUN --mount=type=ssh` (BuildKit): `default` (the agent at `SSH_AUTH_SOCK`) or lines `id=PATH`."},{name:"semver-tags",field:"semverTags",...lt,
default:"false",description:"On a semantic-version git tag (`v1.2.3` or `1.2.3`): also tag `1.2.3`, `1.2` and `1` (pre-releases only their own tag, `0.y.z` no `\
0`). `latest` only when listed in `tags`."},{name:"branch-tag",field:"branchTag",...lt,default:"false",description:"Also tag the branch name made a valid tag (`\
feature/Login` \u2192 `feature-login`, cut to 128 characters with a hash suffix), and `pr-<number>` on pull requests."},{name:"git-ref",field:"gitRef",...by,defaultText:"\
`GITHUB_REF`; `CIRCLE_TAG`, `CIRCLE_BRANCH`, `CIRCLE_PULL_REQUEST`; else `git describe --tags --exact-match` and the checked-out branch",description:"The git re\
f `semver-tags` and `branch-tag` read: `refs/tags/NAME`, `refs/heads/NAME` or `refs/pull/N/merge`."},{name:"labels",field:"labels",...Do(ne(mj,"is not `key=valu\
e` with a key of letters, digits, `.`, `_`, `-` and `/`")),description:"Extra OCI labels, lines `key=value`, added to the ones always set (revision, source, cre\
ated; version from a semver tag); a key given here wins."},{name:"scan-wait",field:"scanWait",...lt,default:"false",description:"After the push, wait for ECR's \
scan of the pushed digest (basic or enhanced scanning) and report the findings (`scan-findings`, the summary).",iamPolicy:{value:"true|false",description:"The d\
elivery waits for the image scan."}},{name:"scan-start",field:"scanStart",...lt,default:"false",description:"With `scan-wait`: start a basic scan (`StartImageSc\
an`) when the repository did not scan the image on push.",iamPolicy:{value:"true|false",description:"With `--scan-wait`: the delivery may start a scan."}},{name:"\
scan-timeout-seconds",field:"scanTimeoutSeconds",...oa(1,86400),default:"600",description:"How long `scan-wait` waits for the scan, 1\u201386400 (also bounded by `ti\
meout-seconds`)."},{name:"fail-on-severity",field:"failOnSeverity",...Qr(...mn,"none"),default:"none",description:"With `scan-wait`: exit 1 when findings at or \
above CRITICAL, HIGH, MEDIUM or LOW exist, or when the scan cannot be had (after all outputs are set; the image stays pushed). `none` only reports."},{name:"acc\
ount-id",field:"accountId",...pe(Be.account),required:!0,iamPolicyOnly:!0,iamPolicy:{value:"ID"},description:"AWS account id (12 digits) of the role and its OID\
C provider."},{name:"provider",field:"provider",...Qr("github","circleci","none"),iamPolicyOnly:!0,iamPolicy:{value:"github|circleci|none",defaultText:"github w\
ith `--repo`, circleci with `--org-id`"},description:"Whose OIDC tokens the role trusts; `none` prints the permissions policy only."},{name:"repo",field:"repo",
...pe(Fy),iamPolicyOnly:!0,iamPolicy:{value:"OWNER/REPO"},description:"GitHub repository, or its immutable form OWNER@ID/REPO@ID when its OIDC subject carries i\
ds."},{name:"branch",field:"branch",...pe(My,t=>t.replace(/^refs\/heads\//,"")),iamPolicyOnly:!0,iamPolicy:{value:"BRANCH",defaultText:"`main`"},description:"Gi\
tHub branch allowed to deliver (`*` patterns allowed)."},{name:"tag",field:"tag",...pe(By,t=>t.replace(/^refs\/tags\//,"")),iamPolicyOnly:!0,iamPolicy:{value:"T\
AG"},description:"GitHub tag allowed to deliver, for release workflows on tag pushes (`v*` patterns allowed; instead of `--branch`)."},{name:"environment",field:"\
environment",...pe(ne(ky,"is not a GitHub environment name (1\u2013255 characters, no `:`)")),iamPolicyOnly:!0,iamPolicy:{value:"NAME"},description:"GitHub envi\
ronment allowed to deliver, for jobs that use `environment:` (instead of `--branch`)."},{name:"pull-request",field:"pullRequest",...lt,default:"false",iamPolicyOnly:!0,
iamPolicy:{value:"true|false"},description:"Trust runs on `pull_request` events of the repository instead of a branch (pair it with `--push false`)."},{name:"gi\
thub-issuer",field:"githubIssuer",...Gy,iamPolicyOnly:!0,iamPolicy:{value:"HOST",defaultText:"token.actions.githubusercontent.com"},description:"GitHub Enterpri\
se Server's OIDC issuer, `HOST/_services/token`."},{name:"org-id",field:"orgId",...pe(ne(su,"is not a CircleCI organization id (a lowercase UUID)")),iamPolicyOnly:!0,
iamPolicy:{value:"UUID"},description:"CircleCI organization id (Organization Settings > Overview)."},{name:"project-id",field:"projectId",...pe(ne(su,"is not a \
CircleCI project id (a lowercase UUID)")),iamPolicyOnly:!0,iamPolicy:{value:"UUID"},description:"CircleCI project id allowed to deliver (required with `--org-id\
`: without it every project of the org, with any context, could deliver)."},{name:"vcs-ref",field:"vcsRef",...pe(ne($y,"is not a git ref like `refs/heads/main`")),
iamPolicyOnly:!0,iamPolicy:{value:"REF"},description:"CircleCI: pin the git ref too, e.g. `refs/heads/main` (matched in the sub of `CIRCLE_OIDC_TOKEN_V2`, which\
 the orb uses; `*` patterns allowed)."},{name:"pull-repositories",field:"pullRepositories",...Do(ne(Uy,"is not a repository name pattern (lowercase name, `*` wi\
ldcards)"),{commas:!0}),iamPolicyOnly:!0,iamPolicy:{value:"PATTERNS",defaultText:"every repository, `*`"},description:"Repositories of the `--pull-registries` t\
he build pulls, name patterns, comma-separated."},{name:"pull-through",field:"pullThrough",...Do(Hy,{commas:!0}),iamPolicyOnly:!0,iamPolicy:{value:"PREFIXES"},description:"\
Pull-through cache prefixes of the target registry the build pulls from (adds `ecr:BatchImportUpstreamImage` and `ecr:CreateRepository` on `PREFIX/*`)."},{name:"\
only",field:"only",...Qr("permissions","trust"),iamPolicyOnly:!0,iamPolicy:{value:"permissions|trust"},description:"Print just that one policy document, ready f\
or `aws iam \u2026 file://`."}],fj=t=>!t.iamPolicyOnly,Wi=iN.filter(fj),Zl=["aws-region","role-to-assume","audience","web-identity-token-file","role-session-nam\
e","role-duration-seconds","registry-id","web-identity-token-env","pull-registries","registry-type"];function gj(t,e){let r="default"in e?e.default:t.default,o=e.
defaultText??(r!==void 0?`\`${r}\``:t.defaultText),n=`${e.description??t.description}${t.required?" Required.":""}${o?` Default: ${o}.`:""}`;return{name:t.name,
field:t.field,value:e.value,description:n,type:e.type??t.type,parse:e.parse??t.parse,default:r,required:t.required}}var ns=iN.flatMap(t=>t.iamPolicy?[gj(t,t.iamPolicy)]:
[]).sort((t,e)=>+!!e.required-+!!t.required);async function jh(t){if(t.tokenEnv){let r=t.env[t.tokenEnv]?.trim();if(!r)throw new Ie(`web-identity-token-env names ${t.tokenEnv}, which is not set or empty`);
return{token:r,source:`environment variable ${t.tokenEnv}`}}if(t.tokenFile)return{token:aN(t.tokenFile),source:`file ${t.tokenFile}`};if(t.ci==="github")return{
token:await hj(t),source:"GitHub OIDC"};if(t.ci==="circleci")return yj(t);let e=t.env.AWS_WEB_IDENTITY_TOKEN_FILE;if(e)return{token:aN(e),source:`file ${e}`};throw new Ie(
"role-to-assume is set but no OIDC token was found","outside GitHub and CircleCI, write the CI's OIDC token to a file and pass web-identity-token-file (or AWS_W\
EB_IDENTITY_TOKEN_FILE), or name the variable that holds it in web-identity-token-env")}function aN(t){let e=(0,lN.readFileSync)(t,"utf8").trim();if(!e)throw new Ie(
`the OIDC token file ${t} is empty`);return e}async function hj(t){if(!t.env.ACTIONS_ID_TOKEN_REQUEST_URL||!t.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN||!t.platformToken)
throw new Ie("GitHub did not give this job an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set)","add `permissions: id-token: write` (and `contents: read`) t\
o the workflow or job");try{return await t.platformToken(t.audience)}catch(e){throw e instanceof hr?e:new gr(`could not get the GitHub OIDC token: ${e.message}`,
"check `permissions: id-token: write`; tokens are not issued to pull requests from forks")}}async function yj(t){let e=t.env.CIRCLE_OIDC_TOKEN_V2||t.env.CIRCLE_OIDC_TOKEN,
r=e&&{token:e.trim(),source:t.env.CIRCLE_OIDC_TOKEN_V2?"CIRCLE_OIDC_TOKEN_V2":"CIRCLE_OIDC_TOKEN"};if(r&&!t.renew)return r;try{let o=["run","oidc","get"];t.audience!==
qi&&o.push("--claims",JSON.stringify({aud:t.audience}));let{stdout:n}=await(0,dN.promisify)(pN.execFile)("circleci",o,{encoding:"utf8",env:t.env}),s=n.trim();if(s)
return{token:s,source:"circleci run oidc get"}}catch{}if(r)return r;throw new Ie("CircleCI did not give this job an OIDC token (no CIRCLE_OIDC_TOKEN_V2 or CIRCL\
E_OIDC_TOKEN)","run the job with a context (CircleCI issues OIDC tokens only to jobs that use one), or pass web-identity-token-file")}function Ej(t){try{let e=JSON.
parse(Buffer.from(t.split(".")[1]??"","base64url").toString("utf8")),r=o=>Array.isArray(o)?o.join(","):typeof o=="string"?o:void 0;return{iss:r(e.iss),sub:r(e.sub),
aud:r(e.aud)}}catch{return{}}}async function zh(t,e,r,o){r.secret(e);let n=Qn({roleArn:t.roleArn,roleSessionName:t.sessionName,webIdentityToken:e,durationSeconds:t.
durationSeconds,clientConfig:rs(t.region,void 0,o)});try{let s=await wn(o,"STS AssumeRoleWithWebIdentity",()=>n());return Sj({accessKeyId:s.accessKeyId,secretAccessKey:s.
secretAccessKey,sessionToken:s.sessionToken,expiration:s.expiration},r)}catch(s){throw Rj(s,t,e)}}function uN(t,e){let r={credentials:t,margin:cN(t)},o;return()=>{
let n=r.credentials.expiration?.getTime();return n===void 0||n-Date.now()>r.margin?Promise.resolve(r.credentials):(o??=e().then(s=>(r={credentials:s,margin:cN(s)},
s)).finally(()=>{o=void 0}),o)}}var xj=300*1e3;function cN(t){let e=t.expiration?t.expiration.getTime()-Date.now():1/0;return Math.min(xj,e/2)}function Sj(t,e){
for(let r of[t.accessKeyId,t.secretAccessKey,t.sessionToken])r&&e.secret(r);return t}function Rj(t,e,r){if(t instanceof gr||t instanceof hr)return t;let o=t,n=Ej(
r),s=`token iss=${n.iss??"?"} sub=${n.sub??"?"} aud=${n.aud??"?"}`,i=Kl(t);if(i.transient){let c=`STS AssumeRoleWithWebIdentity for ${e.roleArn} failed after ${i.
attempts} attempt(s) (${o.name}: ${o.message}); ${s}`;return new gr(c,Jl("STS",i.throttled),{cause:t})}let a=`STS refused AssumeRoleWithWebIdentity for ${e.roleArn}\
 (${o.name}: ${o.message}); ${s}`;switch(o.name){case"AccessDenied":case"AccessDeniedException":return new gr(a,"the role's trust policy must allow this token: \
Federated principal for the issuer, `aud` and `sub` conditions matching the values above (`ecr-deliver iam-policy` prints one)",{cause:t});case"InvalidIdentityT\
oken":case"InvalidIdentityTokenException":return new gr(a,"the account needs an IAM OIDC identity provider for this issuer, with the audience above as a client \
id",{cause:t});case"ExpiredTokenException":return new gr(a,"the OIDC token expired before it was used; request a fresh one",{cause:t});case"IDPCommunicationErro\
r":case"IDPCommunicationErrorException":return new gr(a,"STS could not reach the token issuer; retry the job",{cause:t});default:return new gr(a,void 0,{cause:t})}}var XN=require("node:fs");M();it();T();$();W();F();mt();X();we();T();var mN=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function _j(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr-public",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{
config:e,context:r}})}}var fN=t=>{let e=[];switch(t.operation){default:e.push(_j(t))}return e},gN=t=>{let e=dr(t);return Object.assign(e,{authSchemePreference:q(
t.authSchemePreference??[])})};var hN=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr-public"}),yN={UseFIPS:{
type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"bui\
ltInParams",name:"useDualstackEndpoint"}};var EN={name:"@aws-sdk/client-ecr-public",version:"3.1108.0",description:"AWS SDK for JavaScript Ecr Public Client for Node.js, Browser and React Native",homepage:"\
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
s":"0.10.1",premove:"4.0.0",typescript:"~6.0.3"},engines:{node:">=20.0.0"}};M();we();T();$();mt();k();fo();we();en();tn();T();F();k();M();W();W();var Ki="ref",fn=-1,ed=!0,xN="isSet",wN="PartitionResult",td="booleanEquals",Vh="getAttr",SN={[Ki]:"Endpoint"},qh={[Ki]:wN},ss={},RN=[{[Ki]:"Region"}],_N={conditions:[
[xN,[SN]],[xN,RN],["aws.partition",RN,wN],[td,[{[Ki]:"UseFIPS"},ed]],[td,[{[Ki]:"UseDualStack"},ed]],[td,[{fn:Vh,argv:[qh,"supportsDualStack"]},ed]],[td,[{fn:Vh,
argv:[qh,"supportsFIPS"]},ed]],["stringEquals",[{fn:Vh,argv:[qh,"name"]},"aws"]]],results:[[fn],[fn,"Invalid Configuration: FIPS and custom endpoint are not sup\
ported"],[fn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[SN,ss],["https://api.ecr-public-fips.{Region}.{PartitionResult#dualStack\
DnsSuffix}",ss],[fn,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://api.ecr-public-fips.{Region}.{PartitionResult#d\
nsSuffix}",ss],[fn,"FIPS is enabled but this partition does not support FIPS"],["https://ecr-public.{Region}.api.aws",ss],["https://api.ecr-public.{Region}.{Par\
titionResult#dualStackDnsSuffix}",ss],[fn,"DualStack is enabled but this partition does not support DualStack"],["https://api.ecr-public.{Region}.{PartitionResu\
lt#dnsSuffix}",ss],[fn,"Invalid Configuration: Missing Region"]]},Ij=2,St=1e8,Tj=new Int32Array([-1,1,-1,0,13,3,1,4,St+12,2,5,St+12,3,9,6,4,7,St+11,5,8,St+10,7,
St+8,St+9,4,11,10,6,St+6,St+7,5,12,St+5,6,St+4,St+5,3,St+1,14,4,St+2,St+3]),IN=ot.from(Tj,Ij,_N.conditions,_N.results);var Cj=new nt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),TN=(t,e={})=>Cj.get(t,()=>Bt(IN,{endpointParams:t,logger:e.logger}));Pe.aws=ft;X();T();var K=class t extends tt{constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var rd=class t extends K{name="InvalidParameterException";$fault="client";constructor(e){super({name:"InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},od=class t extends K{name="RegistryNotFoundException";$fault="client";constructor(e){super({name:"RegistryNotFoundException",$fault:"client",
...e}),Object.setPrototypeOf(this,t.prototype)}},nd=class t extends K{name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryN\
otFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},sd=class t extends K{name="ServerException";$fault="server";constructor(e){super(
{name:"ServerException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},id=class t extends K{name="UnsupportedCommandException";$fault="client";constructor(e){
super({name:"UnsupportedCommandException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ad=class t extends K{name="EmptyUploadException";$fault="\
client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},cd=class t extends K{name="InvalidLay\
erException";$fault="client";constructor(e){super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},pd=class t extends K{name="\
LayerAlreadyExistsException";$fault="client";constructor(e){super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
ld=class t extends K{name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},dd=class t extends K{name="UploadNotFoundException";$fault="client";constructor(e){super({name:"UploadNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},ud=class t extends K{name="InvalidTagParameterException";$fault="client";constructor(e){super({name:"InvalidTagParamet\
erException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},md=class t extends K{name="LimitExceededException";$fault="client";constructor(e){
super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},fd=class t extends K{name="RepositoryAlreadyExistsExceptio\
n";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},gd=class t extends K{name="\
TooManyTagsException";$fault="client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},hd=class t extends K{name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
yd=class t extends K{name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Ed=class t extends K{name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},xd=class t extends K{name="RepositoryCatalogDataNotFoundException";$fault="client";constructor(e){
super({name:"RepositoryCatalogDataNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Sd=class t extends K{name="ImageAlreadyExi\
stsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Rd=class t extends K{name="\
ImageDigestDoesNotMatchException";$fault="client";constructor(e){super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},_d=class t extends K{name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"cl\
ient",...e}),Object.setPrototypeOf(this,t.prototype)}},wd=class t extends K{name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){
super({name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}},Id=class t extends K{name="LayersNotFoundException";$fault="client";constructor(e){
super({name:"LayersNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Td=class t extends K{name="ReferencedImagesNotFoundExcept\
ion";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}};var vj="AuthorizationData";var Aj="CreateRepository",bj="CreateRepositoryRequest",Pj="CreateRepositoryResponse";var Oj="DescribeImageTags",Nj="DescribeImageTagsRequest",Dj="DescribeImageTagsResponse";var kj="DescribeRegistriesRequest",$j="DescribeRegistriesResponse",Lj="DescribeRepositoriesRequest",Uj="DescribeRepositoriesResponse",Fj="DescribeRegistries",Mj="\
DescribeRepositories",Bj="EmptyUploadException",Hj="GetAuthorizationToken",Gj="GetAuthorizationTokenRequest",jj="GetAuthorizationTokenResponse";var zj="Image",Vj="ImageAlreadyExistsException";var qj="ImageDigestDoesNotMatchException";var Wj="ImageIdentifier";var Kj="InvalidLayerException",Jj="InvalidLayerPartException";var Yj="ImageNotFoundException",Xj="InvalidParameterException",Qj="ImageTagAlreadyExistsException",Zj="ImageTagDetail",ez="ImageTagDetailList",tz="InvalidTagPar\
ameterException",rz="Key";var oz="LayerAlreadyExistsException",nz="LimitExceededException";var sz="LayersNotFoundException",iz="LayerPartTooSmallException";var az="PutImage",cz="PutImageRequest",pz="PutImageResponse";var lz="Registry",dz="RegistryAlias",uz="RepositoryAlreadyExistsException",mz="RegistryAliasList";var fz="RepositoryCatalogDataInput",gz="RepositoryCatalogDataNotFoundException",hz="RepositoryCatalogData",yz="ReferencedImageDetail",Ez="ReferencedImagesNotFou\
ndException",xz="RegistryList",Sz="RepositoryList",Rz="RepositoryNotEmptyException",_z="RegistryNotFoundException",wz="RepositoryNotFoundException",Iz="Reposito\
ryPolicyNotFoundException",Tz="Repository",Cz="ServerException",vz="SetRepositoryPolicy",Az="SetRepositoryPolicyRequest",bz="SetRepositoryPolicyResponse",Pz="Ta\
g",Oz="TagList",Nz="TooManyTagsException";var Dz="UnsupportedCommandException";var kz="UploadNotFoundException";var $z="Value",Lz="aliases",Uz="authorizationData",Fz="artifactMediaType",Mz="authorizationToken",CN="aboutText",vN="architectures",ae="client",AN="createdAt",bN="\
catalogData",PN="description";var Bz="defaultRegistryAlias",re="error",Hz="expiresAt";var Gz="force",jz="image";var Wh="imageDigest",zz="imageDetail";var Vz="imageId",ON="imageManifest",Kh="imageManifestMediaType",qz="imagePushedAt",Wz="imageSizeInBytes";var Kz="imageTagDetails",Jh="imageTag";var Jz="logoImageBlob";var Yz="logoUrl",Xz="lastValidByteReceived",oe="message",Qz="marketplaceCertified",Yh="maxResults";var Zz="name",is="nextToken",NN="operatingSystems";var eV="primaryRegistryAlias";var DN="policyText",tV="repository";var rV="registryArn",oV="repositoryArn";var Xr="registryId",Oo="repositoryName",nV="repositoryNames",sV="registryUri",iV="repositoryUri",aV="registries",cV="repositories",kN="smithy.ts.sdk.synthetic.c\
om.amazonaws.ecrpublic",pV="server",lV="status",dV="tags";var uV="uploadId",$N="usageText",mV="verified",I="com.amazonaws.ecrpublic",LN=Q.for(kN),fV=[-3,kN,"ECRPUBLICServiceException",0,[],[]];LN.registerError(fV,K);var te=Q.
for(I),gV=[-3,I,Bj,{[re]:ae},[oe],[0]];te.registerError(gV,ad);var hV=[-3,I,Vj,{[re]:ae},[oe],[0]];te.registerError(hV,Sd);var yV=[-3,I,qj,{[re]:ae},[oe],[0]];te.
registerError(yV,Rd);var EV=[-3,I,Yj,{[re]:ae},[oe],[0]];te.registerError(EV,Ed);var xV=[-3,I,Qj,{[re]:ae},[oe],[0]];te.registerError(xV,_d);var SV=[-3,I,Kj,{[re]:ae},
[oe],[0]];te.registerError(SV,cd);var RV=[-3,I,Jj,{[re]:ae},[Xr,Oo,uV,Xz,oe],[0,0,0,1,0]];te.registerError(RV,wd);var _V=[-3,I,Xj,{[re]:ae},[oe],[0]];te.registerError(
_V,rd);var wV=[-3,I,tz,{[re]:ae},[oe],[0]];te.registerError(wV,ud);var IV=[-3,I,oz,{[re]:ae},[oe],[0]];te.registerError(IV,pd);var TV=[-3,I,iz,{[re]:ae},[oe],[0]];
te.registerError(TV,ld);var CV=[-3,I,sz,{[re]:ae},[oe],[0]];te.registerError(CV,Id);var vV=[-3,I,nz,{[re]:ae},[oe],[0]];te.registerError(vV,md);var AV=[-3,I,Ez,
{[re]:ae},[oe],[0]];te.registerError(AV,Td);var bV=[-3,I,_z,{[re]:ae},[oe],[0]];te.registerError(bV,od);var PV=[-3,I,uz,{[re]:ae},[oe],[0]];te.registerError(PV,
fd);var OV=[-3,I,gz,{[re]:ae},[oe],[0]];te.registerError(OV,xd);var NV=[-3,I,Rz,{[re]:ae},[oe],[0]];te.registerError(NV,hd);var DV=[-3,I,wz,{[re]:ae},[oe],[0]];
te.registerError(DV,nd);var kV=[-3,I,Iz,{[re]:ae},[oe],[0]];te.registerError(kV,yd);var $V=[-3,I,Cz,{[re]:pV},[oe],[0]];te.registerError($V,sd);var LV=[-3,I,Nz,
{[re]:ae},[oe],[0]];te.registerError(LV,gd);var UV=[-3,I,Dz,{[re]:ae},[oe],[0]];te.registerError(UV,id);var FV=[-3,I,kz,{[re]:ae},[oe],[0]];te.registerError(FV,
dd);var UN=[LN,te],MV=[3,I,vj,0,[Mz,Hz],[0,4]];var BV=[3,I,bj,0,[Oo,bN,dV],[0,()=>sq,()=>mq],1],HV=[3,I,Pj,0,[tV,bN],[()=>FN,()=>nq]];var GV=[3,I,Nj,0,[Oo,Xr,is,Yh],[0,0,0,1],1],jV=[3,I,Dj,0,[Kz,is],[()=>pq,0]],zV=[3,I,kj,0,[is,Yh],[0,1]],VV=[3,I,$j,0,[aV,is],[()=>dq,0],1],qV=[3,I,Lj,0,[Xr,nV,
is,Yh],[0,64,0,1]],WV=[3,I,Uj,0,[cV,is],[()=>uq,0]],KV=[3,I,Gj,0,[],[]],JV=[3,I,jj,0,[Uz],[()=>MV]];var YV=[3,I,zj,0,[Xr,Oo,Vz,ON,Kh],[0,0,()=>XV,0,0]];var XV=[3,I,Wj,0,[Wh,Jh],[0,0]],QV=[3,I,Zj,0,[Jh,AN,zz],[0,4,()=>tq]];var ZV=[3,I,cz,0,[Oo,ON,Xr,Kh,Jh,Wh],[0,0,0,0,0,0],2],eq=[3,I,pz,0,[jz],[()=>YV]];var tq=[3,I,yz,0,[Wh,Wz,qz,Kh,Fz],[0,1,4,0,0]],rq=[3,I,lz,0,[Xr,rV,sV,mV,Lz],[0,0,0,2,()=>lq],5],oq=[3,I,dz,0,[Zz,lV,eV,Bz],[0,0,2,2],4];var FN=[3,I,Tz,0,[oV,Xr,Oo,iV,AN],[0,0,0,0,4]],nq=[3,I,hz,0,[PN,vN,NN,Yz,CN,$N,Qz],[0,64,64,0,0,0,2]],sq=[3,I,fz,0,[PN,vN,NN,Jz,CN,$N],[0,64,64,21,0,0]],iq=[3,I,
Az,0,[Oo,DN,Xr,Gz],[0,0,0,2],2],aq=[3,I,bz,0,[Xr,Oo,DN],[0,0,0]],cq=[3,I,Pz,0,[rz,$z],[0,0]];var pq=[1,I,ez,0,()=>QV];var lq=[1,I,mz,0,()=>oq],dq=[1,I,xz,0,()=>rq],uq=[1,I,Sz,0,()=>FN];var mq=[1,I,Oz,0,()=>cq];var MN=[9,I,Aj,0,()=>BV,()=>HV];var BN=[9,I,Oj,0,()=>GV,()=>jV],HN=[9,I,Fj,0,()=>zV,()=>VV],GN=[9,I,Mj,0,()=>qV,()=>WV],jN=[9,I,Hj,0,()=>KV,()=>JV];var zN=[9,I,az,0,()=>ZV,()=>eq];var VN=[9,I,vz,0,()=>iq,()=>aq];var qN=t=>({apiVersion:"2020-10-30",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??TN,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??fN,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge}],logger:t?.logger??new _e,protocol:t?.protocol??Zo,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecrpublic",errorTypeRegistries:UN,xmlNamespace:"http://ecr-public.amazonaws.com/doc/2020-12-02/",version:"2020-10-30",serviceTarget:"\
SpencerFrontendService"},serviceId:t?.serviceId??"ECR PUBLIC",sha256:t?.sha256??ht,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??
Z});var WN=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Dt),o=qN(t);Tt(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(gt,n),bodyLengthChecker:t?.bodyLengthChecker??Ct,credentialDefaultProvider:t?.credentialDefaultProvider??
Gi,defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:EN.version}),maxAttempts:t?.maxAttempts??_(Yt,t),region:t?.region??
_(be,{...rt,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Qt,default:async()=>(await r()).retryMode||at},t),streamCollector:t?.
streamCollector??je,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Ot,n),userAgentAppId:t?.userAgentAppId??_(tr,n)}};M();T();F();var KN=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);s===-1?e.
push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
JN=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var YN=(t,e)=>{let r=Object.assign(rr(t),$t(t),Ht(t),KN(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),Gt(r),JN(r))};var Cd=class extends Te{config;constructor(...[e]){let r=WN(e||{});super(r),this.initConfig=r;let o=hN(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=cr(a),l=gN(c),d=YN(l,e?.
extensions||[]);this.config=d,this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(Zt(this.config)),this.middlewareStack.use(lr(this.config)),this.
middlewareStack.use(jt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),
this.middlewareStack.use(dt(this.config,{httpAuthSchemeParametersProvider:mN,identityProviderConfigProvider:async u=>new Ve({"aws.auth#sigv4":u.credentials})})),
this.middlewareStack.use(ut(this.config))}destroy(){super.destroy()}};T();W();var Rt=Ut(yN,"SpencerFrontendService","ECRPUBLICClient",pr),_t={},wt=(t,e,r,o)=>[];var vd=class extends Rt(_t,wt,"CreateRepository",MN){};var Ad=class extends Rt(_t,wt,"DescribeImageTags",BN){};var bd=class extends Rt(_t,wt,"DescribeRegistries",HN){};var Pd=class extends Rt(_t,wt,"DescribeRepositories",GN){};var Od=class extends Rt(_t,wt,"GetAuthorizationToken",jN){};var Nd=class extends Rt(_t,wt,"PutImage",zN){};var Dd=class extends Rt(_t,wt,"SetRepositoryPolicy",VN){};var fq="us-east-1",gq={label:"ECR Public",permissionHint:t=>`the credentials need ecr-public:${t}${t==="GetAuthorizationToken"?" and sts:GetServiceBearerToken":
""} (\`ecr-deliver iam-policy --registry-type public\` prints the policy)`};function hq(t){let e={description:t.catalogDescription,aboutText:t.catalogAbout,usageText:t.
catalogUsage};return Object.values(e).some(r=>r!==void 0)?e:void 0}var kd=class{constructor(e,r,o){this.registryId=r;this.deadline=o;this.client=new Cd(rs(fq,e,
o))}registryId;deadline;client;registryUri;loginData;close(){this.client.destroy()}send(e,r){return Yl(gq,e,this.deadline,()=>this.client.send(r,{abortSignal:this.
deadline?.signal}))}async login(){let[e,r]=await Promise.all([this.send("GetAuthorizationToken",new Od({})),this.registryUri??this.describeRegistryUri()]);return Vi(
e.authorizationData,r.split("/")[0])}async describeRegistryUri(){let e=await this.send("DescribeRegistries",new bd({})),r=e.registries?.find(o=>!this.registryId||
o.registryId===this.registryId)??e.registries?.[0];if(!r?.registryUri)throw new ue("ECR Public returned no registry","create the public registry (its alias) in \
the ECR Public console first");return this.registryUri=r.registryUri,r.registryUri}async findRepository(e){try{let o=(await this.send("DescribeRepositories",new Pd(
{registryId:this.registryId,repositoryNames:[Br(e)]}))).repositories?.[0];return o&&this.info(o,!1)}catch(r){if(xt(r)==="RepositoryNotFoundException")return;throw r}}async ensureRepository(e){
let r=await this.findRepository(e.repository);if(r)return r;if(!e.createRepository)throw new ue(`repository ${e.repository} does not exist in ECR Public`,"creat\
e it, or set create-repository: true");try{let o=await this.send("CreateRepository",new vd({repositoryName:Br(e.repository),catalogData:hq(e)}));return this.info(
o.repository,!0)}catch(o){if(xt(o)!=="RepositoryAlreadyExistsException")throw o;let n=await this.findRepository(e.repository);if(!n)throw o;return n}}async applyPolicies(e){
e.repositoryPolicy&&await this.send("SetRepositoryPolicy",new Dd({registryId:this.registryId,repositoryName:Br(e.repository),policyText:(0,XN.readFileSync)(e.repositoryPolicy,
"utf8")}))}async images(e,r){let o=new Map,n;try{do{let s=await this.send("DescribeImageTags",new Ad({registryId:this.registryId,repositoryName:Br(e),nextToken:n}));
for(let i of s.imageTagDetails??[])i.imageTag&&r.includes(i.imageTag)&&i.imageDetail?.imageDigest&&o.set(i.imageTag,{digest:i.imageDetail.imageDigest,manifest:"",
mediaType:i.imageDetail.imageManifestMediaType??""});n=s.nextToken}while(n&&o.size<r.length)}catch(s){if(xt(s)==="RepositoryNotFoundException")return o;throw s}
return o}async putTag(e,r,o){let{manifest:n,mediaType:s}=r.manifest?r:await this.manifest(e,r.digest);try{await this.send("PutImage",new Nd({registryId:this.registryId,
repositoryName:Br(e),imageManifest:n,imageManifestMediaType:s||void 0,imageDigest:r.digest,imageTag:o}))}catch(i){if(xt(i)==="ImageAlreadyExistsException")return;
throw i}}async manifest(e,r){this.loginData??=this.login();let o=await this.loginData,n=`${(this.registryUri??"").split("/").slice(1).join("/")}/${Br(e)}`.replace(
/^\//,"");return Wl(o,n,r,un,this.deadline?.signal)}info(e,r){return this.registryUri??=e.repositoryUri.slice(0,e.repositoryUri.length-e.repositoryName.length-1),
{name:e.repositoryName,uri:e.repositoryUri,arn:e.repositoryArn,mutability:"MUTABLE",exclusionFilters:[],scanOnPush:!1,created:r}}};var yq=(t,e,r,o)=>new os(t,e,r,o),Eq=(t,e,r,o)=>new kd(e,r,o);function $d(t,e,r){return(t.openRegistry??(t.options.registryType==="public"?Eq:yq))(t.context.region,
e,t.options.registryId,r)}function Ld(t){if(t.options.roleToAssume)return jh(QN(t)).catch(e=>e)}function QN({options:t,context:e,platformToken:r,env:o}){return{
ci:e.ci,audience:t.audience,tokenFile:t.webIdentityTokenFile,tokenEnv:t.webIdentityTokenEnv,platformToken:r,env:o}}async function Ud(t,e,r){let{options:o,context:n,
reporter:s}=t;if(!o.roleToAssume||!e){s.info("No role-to-assume: using the ambient AWS credential chain");return}let i=await e;if(i instanceof Error)throw i;s.info(
`Assuming ${o.roleToAssume} as ${n.sessionName} with the OIDC token from ${i.source}`);let a={roleArn:o.roleToAssume,sessionName:n.sessionName,durationSeconds:o.
roleDurationSeconds,region:n.region},c=await zh(a,i.token,s,r);return uN(c,async()=>{let l=await jh({...QN(t),renew:!0});return s.info(`Renewing the credentials\
 of ${o.roleToAssume} before they expire, with a new OIDC token from ${l.source}`),zh(a,l.token,s,r)})}function Fd(t){let e=new _n(t.options.timeoutSeconds,t.lifetime);return e.bound(()=>xq(t,e))}async function xq(t,e){let r=new to(t.run,t.reporter,e,Rn(t.env)),o=r.
check(),n=Ld(t);await o;let s=await t.reporter.phase("Credentials",()=>Ud(t,n,e)),i=$d(t,s,e);try{return await t.reporter.phase("Login",async()=>{let[a,c]=await Promise.
all([i.login(),Xl(t.options.pullRegistries,t.context.region,s,e)]),l=[a,...c.filter(d=>d.host!==a.host)];for(let d of l)t.onLogin?.(d.host),await r.login(d);return{
registry:a.host,registries:l.map(d=>d.host),login:a}})}finally{i.close()}}var Md=require("node:fs");function ZN(t,e){if(t.kmsKey!==void 0&&t.encryptionType!=="KMS")throw new w("kms-key",t.kmsKey,"needs `encryption-type: KMS`");let r={registryType:Xh(t)},o={...t,
...r};return Sq(o),Qh(t.mode,t.dockerCredentialsOutput),Rq(o),e==="deliver"&&_q(o),r}function Xh(t){return nu(t.repository)?(En("repository",t.repository,Py(t.repository)??
Be.repository(Br(t.repository))),"public"):t.registryType}function Sq(t){if(t.registryType==="public"&&t.lifecyclePolicy!==void 0)throw new w("lifecycle-policy",
t.lifecyclePolicy,"does not apply to ECR Public, which has no lifecycle policies");if(t.registryType==="private"){for(let[e,r]of[["catalog-description",t.catalogDescription],
["catalog-about",t.catalogAbout],["catalog-usage",t.catalogUsage]])if(r!==void 0)throw new w(e,r,"applies to ECR Public only: set `registry-type: public`")}}function Qh(t,e){
if(t==="deliver"&&e)throw new w("docker-credentials-output","true","applies to `mode: login` only")}function Rq(t){if(t.scanWait&&t.registryType==="public")throw new w(
"scan-wait","true","does not apply to ECR Public, which does not scan images");if(!t.scanWait){if(t.scanStart)throw new w("scan-start","true","needs `scan-wait:\
 true` (a started scan is only useful when the run waits for it)");if(t.failOnSeverity!=="none")throw new w("fail-on-severity",t.failOnSeverity,"needs `scan-wai\
t: true`: the gate reads the scan the run waits for")}}function _q(t){if(t.image!==void 0){let e=[["dockerfile",t.dockerfile],["target",t.target],["platform",t.
platform],["build-args",t.buildArgs.map(o=>`${o.split("=")[0]}=***`).join(`
`)||void 0],["labels",t.labels.join(`
`)||void 0]];for(let[o,n]of e)if(n!==void 0)throw new w(o,n,"cannot be combined with `image` (nothing is built)");let r=aa(gs(t));if(r)throw new w(r,"***","cann\
ot be combined with `image` (nothing is built)");return}t.skipExisting||Zh(t)}function Zh(t){if(!(0,Md.existsSync)(t.context)||!(0,Md.statSync)(t.context).isDirectory())
throw new w("context",t.context,"is not a directory");ko("dockerfile",as(t))}function as(t){return t.dockerfile??`${t.context.replace(/\/+$/,"")}/Dockerfile`}var wq=4096,Iq=65536;function Bd(t,e){if(e===void 0||e.trim()==="")return;let r=t.type==="list",o=r?e:e.trim(),n=r?Iq:wq;if(o.length>n)throw new w(t.name,o,`is \
longer than ${n} characters`);if((r?/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/:/[\x00-\x1f\x7f]/).test(o))throw new w(t.name,o,"contains control characters");return o}function ey(t,e){
let r=Wi.find(n=>n.name===t),o=Bd(r,e)??r.default;return o===void 0?void 0:r.parse(o,t)}function cs(t,e="deliver"){let r={};for(let n of Wi){let s=Bd(n,t(n.name))??
n.default;if(s!==void 0)r[n.field]=n.parse(s,n.name);else if(n.type==="list")r[n.field]=[];else if(n.required&&e==="login")r[n.field]="";else if(n.required)throw new w(
n.name,"","is required")}let o=r;return{...o,...ZN(o,e)}}function eD(t){let e=ey("mode",t("mode")),r=ey("docker-credentials-output",t("docker-credentials-output"));
return Qh(e,r),{mode:e,skipLogout:ey("skip-logout",t("skip-logout")),dockerCredentialsOutput:r}}function tD(t,e){let[r,...o]=e.tags,n=e.existing.get(r),s=n&&(t.skipExisting||Bh(e.repository,r))?n:void 0;Tq(e,s);let i=t.push?["policies",...o.length?["copy-t\
ags"]:[]]:[];if(s)return{steps:i,reuse:s,localTags:[],pushed:!1};let a=[];e.baseFromTarget&&!t.image?a.push("login-before-build"):t.push&&a.push("login"),t.pullRegistries.
length&&!t.image&&a.push("pull-registry-logins"),t.cache&&!t.image&&e.cacheSource&&a.push("cache"),t.image?a.push("tag-local"):a.push("build");let c=ty(t,e.builder);
return t.push&&a.push(c?"builder-push":"push"),{steps:[...a,...i],localTags:c?[r]:e.tags,pushed:t.push}}function ty(t,e){return t.push&&e==="buildx"&&(!!t.platform?.
includes(",")||t.provenance)}function Tq({tags:t,repository:e,existing:r},o){for(let n of t){let s=r.get(n);if(!(!s||!Bh(e,n)||o&&s.digest===o.digest))throw new ue(
`tag ${n} already exists in the immutable repository ${e.name} at ${s.digest}, which is not the image being delivered`,"immutable tags cannot move: remove the t\
ag from `tags` (use a new one), or make the repository MUTABLE")}}var Cr=[...mn,"INFORMATIONAL","UNDEFINED"],Cq=10,vq=1e3,Aq=15e3,bq=2e4,Pq=new Set(["COMPLETE","ACTIVE"]),Oq=new Set(["IN_PROGRESS","PENDING"]),Nq=t=>new Promise(
e=>setTimeout(e,t));async function oD(t,e){try{return await Dq(t,e)}catch(r){if(r instanceof Fr)throw r;let o=hn(r);return Hd(e,"failed",`could not read ECR's s\
can of ${e.digest}: ${o.message}`,o.hint??"check the role's permissions for the scan (`ecr-deliver iam-policy \u2026 --scan-wait true`)")}}async function Dq(t,e){
let r=e.sleep??Nq,o=e.now??Date.now,n=o(),s=n+e.timeoutSeconds*1e3,i=vq,a=!1,c="no scan yet";for(;;){let l=await t.scanFindings(e.repository,e.digest);if(!l&&e.
start&&!a){e.info(`No scan of ${e.digest} yet: starting one (StartImageScan)`),await t.startScan(e.repository,e.digest),a=!0;continue}let d=l?.imageScanStatus?.
status??"";if(l&&Pq.has(d))return Lq(e,await $q(t,e,l));if(l&&!Oq.has(d))return Hd(e,"failed",`ECR's scan of ${e.digest} ended ${d||"without a status"}${l.imageScanStatus?.
description?`: ${l.imageScanStatus.description}`:""}`,"ECR scans images whose OS packages it knows; see the scan status in the ECR console");c=l?`scan ${d}`:"no\
 scan yet";let m=(!l&&!a?Math.min(s,n+bq):s)-o();if(!l&&!a&&m<=0)return kq(e,o()-n);if(m<=0)return Hd(e,"timeout",`ECR's scan of ${e.digest} did not complete wi\
thin ${e.timeoutSeconds} s (scan-timeout-seconds; last seen: ${c})`,"raise scan-timeout-seconds; enhanced scanning of a new image can take several minutes");await r(
Math.min(i,m)),i=Math.min(i*2,Aq)}}function kq(t,e){let r=t.scanOnPush?"although the repository is set to scan on push":"the repository does not scan on push";return Hd(
t,"not-found",`ECR has no scan of ${t.digest} after ${Math.round(e/1e3)} s: ${r}`,"turn scan on push on (scan-on-push for a repository the run creates, `aws ecr\
 put-image-scanning-configuration`, or a registry scanning rule), or set scan-start: true")}async function $q(t,e,r){let o=[r];for(let n=r.nextToken;n;n=o[o.length-
1].nextToken){let s=await t.scanFindings(e.repository,e.digest,n);if(!s)break;o.push(s)}return o}function Lq(t,e){let r=e[0].imageScanFindings?.findingSeverityCounts??
{},o=Object.fromEntries(Cr.map(a=>[a,r[a]??0])),n=e.flatMap(a=>[...(a.imageScanFindings?.findings??[]).map(Fq),...(a.imageScanFindings?.enhancedFindings??[]).map(
Mq)]),s=a=>{let c=Cr.indexOf(a.severity);return c<0?Cr.length:c},i=n.map((a,c)=>({f:a,i:c})).sort((a,c)=>s(a.f)-s(c.f)||a.i-c.i).slice(0,Cq).map(({f:a})=>a);return{
outcome:"complete",counts:o,top:i,threshold:t.threshold,gate:Uq(o,t.threshold)}}function Hd(t,e,r,o){return{outcome:e,counts:{},top:[],problem:r,hint:o,threshold:t.
threshold,gate:t.threshold==="none"?"off":"failed"}}function Uq(t,e){return e==="none"?"off":mn.slice(0,mn.indexOf(e)+1).some(o=>(t[o]??0)>0)?"failed":"passed"}
function nD(t){return t?.outcome==="complete"?JSON.stringify(t.counts):""}function Gd(t,e){if(!t)return{};if(t.gate==="failed"&&t.outcome!=="complete")return{failure:new us(
`fail-on-severity ${t.threshold}: ${t.problem}; the image is pushed (${e}) but could not be judged`,t.hint)};if(t.gate==="failed"){let r=mn.slice(0,mn.indexOf(t.
threshold)+1).filter(o=>t.counts[o]>0);return{failure:new us(`fail-on-severity ${t.threshold}: ECR's scan found ${r.map(o=>`${t.counts[o]} ${o}`).join(", ")}; t\
he image is pushed (${e}) but should not be deployed`,"fix or upgrade the packages listed in the summary and deliver again, or raise fail-on-severity")}}return t.
outcome!=="complete"?{warning:`scan-wait: ${t.problem}`}:{}}var rD=(t,e)=>t.attributes?.find(r=>r.key===e)?.value;function Fq(t){let e=[rD(t,"package_name"),rD(
t,"package_version")].filter(Boolean).join(" ");return{name:t.name??"",severity:t.severity??"UNDEFINED",package:e,link:t.uri??""}}function Mq(t){let e=t.packageVulnerabilityDetails,
r=(e?.vulnerablePackages??[]).map(o=>[o.name,o.version].filter(Boolean).join(" ")).join(", ");return{name:e?.vulnerabilityId??t.title??"",severity:t.severity??"\
UNDEFINED",package:r,link:e?.sourceUrl??e?.referenceUrls?.[0]??""}}function jd(t){let e=new _n(t.options.timeoutSeconds,t.lifetime),r=sa.create(t.env);return e.bound(()=>Bq(t,e,Rn(t.env,r.dir))).finally(()=>r.remove())}async function Bq(t,e,r){
let{options:o,context:n,reporter:s}=t,i=new to(t.run,s,e,r),a=gs(o);if(!o.image){for(let g of Qy(a,t.env))s.secret(g);Xy(a,t.env)}let c=o.image?{}:pE(o,a),l=!o.
image&&(c.buildx||c.buildkit||du(t.env)!==void 0),d=i.check().then(()=>l?i.builder(c):void 0),u=Ld(t);await d,o.image||await i.checkPlatforms(o.platform),o.image||
i.builder().catch(()=>{});let m,f=async g=>{let h=await g("Credentials",()=>Ud(t,u,e));return m=$d(t,h,e),{ecr:m,pulls:()=>Xl(o.pullRegistries,n.region,h,e)}};try{
return await new ry(t,i).run(f)}finally{m?.close()}}var ry=class{constructor(e,r){this.req=e;this.docker=r;this.o=e.options,this.sha=e.context.commitSha,this.tags=
[...new Set([this.sha,...this.o.tags,...e.context.release.tags])]}req;docker;o;sha;tags;ecr;pullLogins=async()=>[];repo;flight;loggedIn=[];background=[];async run(e){
try{let r=await this.steps(e);await Promise.allSettled(this.background);let o=await this.scan(r);return{outputs:{...r,"scan-findings":nD(o)},scan:o}}catch(r){throw await this.
stopBuild(),await Promise.allSettled(this.background),r}}buildsEarly(){let e=this.o;return e.image||e.skipExisting||e.pullRegistries.length||ty(e,"buildx")?!1:Ql(
as(e)).length===0}async steps(e){let{reporter:r}=this.req,o=this.buildsEarly(),n=this.o.cache&&this.o.registryType!=="public"?{}:void 0;o&&(this.flight=this.startBuild(
[],n));let s=o?(u,m)=>r.track(u,m):(u,m)=>r.phase(u,m);({ecr:this.ecr,pulls:this.pullLogins}=await e(s));let i=o&&this.o.push?this.inBackground(r.track("Login",
()=>this.login())):void 0,a=o&&n&&this.ecr.latestImage?this.inBackground(this.latestImage()):void 0,[c,l]=await s("Repository",()=>Promise.all([this.o.push?this.
ecr.ensureRepository(this.o,wy(this.o.tags,this.req.context.release)):this.lookUpRepository(),this.ecr.images(this.o.repository,this.tags)]));this.repo=c,c.created&&
r.info(`Created repository ${c.uri} (${c.mutability})`);let d=tD(this.o,{tags:this.tags,repository:c,existing:l,builder:this.o.image?void 0:await this.docker.builder(),
cacheSource:this.ecr.latestImage!==void 0,baseFromTarget:!this.o.image&&Ql(as(this.o)).includes(c.uri.split("/")[0])});return d.reuse?await this.stopBuild():this.
flight&&a&&await this.restartWithCache(c,await a,i),this.execute(d,c,l,i)}startBuild(e,r,o=!1){let n=new AbortController,s=this.req.reporter.phase("Build",()=>this.
build(e,o,r,n.signal)),i={built:s,stop:n};return s.then(()=>{i.succeeded=!0},()=>{}),i}async stopBuild(){let e=this.flight;e&&(this.flight=void 0,e.stop.abort(),
await e.built.catch(()=>{}))}async restartWithCache(e,r,o){if(r===void 0&&this.req.reporter.info("No layer cache yet: the repository has no image to reuse layer\
s from"),!r||this.flight?.succeeded)return;let n=await this.cacheFrom(`${e.uri}@${r}`,()=>o??this.login());!n||this.flight?.succeeded||(this.req.reporter.info("\
Restarting the build with the layer cache"),await this.stopBuild(),this.flight=this.startBuild([],{from:n}))}async execute(e,r,o,n){let{reporter:s}=this.req,i=g=>e.
steps.includes(g),a=i("policies")?this.inBackground(this.ecr.applyPolicies(this.o)):Promise.resolve();if(e.reuse){let g=e.reuse;return s.info(`${r.uri}:${this.sha}\
 already exists (${g.digest}): nothing to build or upload`),this.o.push?(await a,i("copy-tags")&&await s.phase("Tag",()=>this.copyTags(r,g,o)),this.outputs(r,g.
digest,!1)):this.outputs(r,g.digest,!1)}let c=n??(i("login")||i("login-before-build")?this.inBackground(s.track("Login",()=>this.login())):void 0),l=i("pull-reg\
istry-logins")?this.inBackground(this.loginPullRegistries()):void 0,d=e.localTags.map(g=>`${r.uri}:${g}`),u,m=Promise.resolve();if(this.flight){let g=this.flight;
u=await this.untilBuilt(Promise.all([g.built,c,a]).then(([h])=>h),r),await s.track("Local tag",()=>this.docker.tag(u.imageId,d[0])),m=this.inBackground(Promise.
all(d.slice(1).map(h=>this.docker.tag(u.imageId,h))))}else if(i("tag-local"))i("login-before-build")&&await c,u=await s.phase("Tag",()=>this.tagLocal(d));else{let g=i(
"cache")?await this.cacheSource(r,()=>c??this.login()):void 0;i("login-before-build")&&await c,await l,this.flight=this.startBuild(d,i("cache")?{from:g}:void 0,
i("builder-push")),u=await this.untilBuilt(this.flight.built,r)}if(this.flight=void 0,!e.pushed)return await m,this.outputs(r,"",!1);await Promise.all([c,a]);let f=i(
"builder-push")?u.pushedDigest:await s.phase("Push",()=>this.docker.push(`${r.uri}:${this.sha}`,()=>this.login()));return await m,i("copy-tags")&&await s.phase(
"Tag",async()=>this.copyTags(r,{digest:f,...await this.ecr.manifest(r.name,f)},o)),this.outputs(r,f,!0)}async untilBuilt(e,r){try{return await e}catch(o){let n=o instanceof
Je&&sN(o.message,as(this.o),[...this.loggedIn,r.uri.split("/")[0]],this.req.context.region);throw n?new Je(o.message,n):o}}async latestImage(e=this.o.repository){
try{return await this.ecr.latestImage(e)}catch(r){if(r instanceof Fr)throw r;return this.req.reporter.warning(`no layer cache: ${r.message}`),null}}async cacheFrom(e,r){
try{return await r(),await this.docker.builder()==="classic"&&!await this.docker.pullCache(e)?void 0:(this.req.reporter.info(`Layer cache: ${e}`),e)}catch(o){if(o instanceof
Fr)throw o;this.req.reporter.warning(`no layer cache: ${o.message}`);return}}async cacheSource(e,r){let o=await this.latestImage(e.name);return o===void 0&&this.
req.reporter.info("No layer cache yet: the repository has no image to reuse layers from"),o?this.cacheFrom(`${e.uri}@${o}`,r):void 0}async scan(e){if(!this.o.scanWait||
!this.repo)return;if(!e.digest){this.req.reporter.info("scan-wait: nothing was pushed (push: false), so there is no scan to wait for");return}let{reporter:r}=this.
req,o=this.repo,n=this.ecr;if(!n.scanFindings||!n.startScan)throw new ue("scan-wait: this registry does not scan images","ECR Public has no image scanning: drop\
 scan-wait");return r.phase("Scan",()=>oD(n,{repository:this.o.repository,digest:e.digest,timeoutSeconds:this.o.scanTimeoutSeconds,start:this.o.scanStart,threshold:this.
o.failOnSeverity,scanOnPush:o.scanOnPush,info:s=>r.info(s)}))}inBackground(e){return e.catch(()=>{}),this.background.push(e),e}async lookUpRepository(){let e=await this.
ecr.findRepository(this.o.repository);if(e)return e;let{host:r}=await this.ecr.login();return{name:this.o.repository,uri:`${r}/${this.o.repository}`,arn:"",mutability:"\
MUTABLE",exclusionFilters:[],scanOnPush:!1,created:!1}}async login(){let e=await this.ecr.login();await this.docker.login(e),this.loggedIn.push(e.host)}async loginPullRegistries(){
let e=await this.req.reporter.phase("Login to pull registries",()=>this.pullLogins());for(let r of e)await this.docker.login(r),this.loggedIn.push(r.host)}async tagLocal(e){
for(let r of e)await this.docker.tag(this.o.image,r);return{}}async build(e,r,o,n){Zh(this.o);let s=await this.docker.build({context:this.o.context,dockerfile:as(
this.o),tags:e,labels:this.labels(),buildArgs:this.o.buildArgs,target:this.o.target,platform:this.o.platform,cache:o,secrets:gs(this.o),provenance:this.o.provenance,
pushFromBuilder:r,signal:n},await this.docker.builder());if(r&&!s.pushedDigest)throw new Je("buildx pushed but reported no digest");if(!e.length&&!s.imageId)throw new Je(
"docker build wrote no image id");return s}labels(){let e=this.req.context,r={"org.opencontainers.image.revision":this.sha,"org.opencontainers.image.created":new Date().
toISOString()};e.sourceUrl&&(r["org.opencontainers.image.source"]=e.sourceUrl),e.release.version&&(r["org.opencontainers.image.version"]=e.release.version);for(let o of this.
o.labels){let n=o.indexOf("=");r[o.slice(0,n)]=o.slice(n+1)}return r}async copyTags(e,r,o){let n=this.tags.slice(1).filter(s=>o.get(s)?.digest!==r.digest);await tN(
this.ecr,e.name,r,n)}outputs(e,r,o){return{registry:e.uri.split("/")[0],"repository-uri":e.uri,image:`${e.uri}:${this.sha}`,digest:r,"image-ref":r?`${e.uri}@${r}`:
"",tags:this.tags,pushed:o,"scan-findings":""}}};var Ji=class{timings=[];started=Date.now();async time(e,r){let o=Date.now();try{return await r()}finally{let n=Date.now();this.timings.push({title:e,seconds:(n-
o)/1e3,start:(o-this.started)/1e3,end:(n-this.started)/1e3})}}get byStart(){return[...this.timings].sort((e,r)=>e.start-r.start)}get totalSeconds(){return(Date.
now()-this.started)/1e3}describe(){let e=this.byStart.map(r=>`${r.title} ${r.seconds.toFixed(1)} s`).join(", ");return`${e?`${e}; `:""}total ${this.totalSeconds.
toFixed(1)} s`}},Yi=class{constructor(e=process.stderr){this.stream=e;this.output=e}stream;clock=new Ji;output;info(e){this.stream.write(`${e}
`)}warning(e){this.stream.write(`warning: ${e}
`)}secret(){}track(e,r){return this.clock.time(e,r)}async phase(e,r){this.info(`\u25B6 ${e}`);let o=Date.now(),n=await this.clock.time(e,r);return this.info(`\u2714 ${e}\
 (${((Date.now()-o)/1e3).toFixed(1)} s)`),n}};var sD=t=>Math.round(t*1e3),iD=t=>t.replace(/[:#;]/g," ").trim()||"phase";function aD(t){let e=["```mermaid","gantt","  title ecr-deliver phases (seconds since \
start)","  dateFormat x","  axisFormat %M:%S"];return t.forEach((r,o)=>{let n=sD(r.start),s=Math.max(sD(r.end),n+1);e.push(`  section ${iD(r.title)}`,`  ${iD(r.
title)} ${r.seconds.toFixed(1)} s :p${o}, ${n}, ${s}`)}),e.push("```"),e.join(`
`)}function cD(t,e=40){if(t.length===0)return[];let r=Math.max(...t.map(n=>n.end),.001),o=Math.max(...t.map(n=>n.title.length));return t.map(n=>{let s=Math.min(
e-1,Math.floor(n.start/r*e)),i=Math.max(s+1,Math.min(e,Math.round(n.end/r*e))),a="\xB7".repeat(s)+"\u2588".repeat(i-s)+"\xB7".repeat(e-i);return`${n.title.padEnd(
o)}  ${a}  ${n.start.toFixed(1)}\u2013${n.end.toFixed(1)} s`})}function zd(t){let e=t.filter(s=>s.title==="Build"),r=s=>e.reduce((i,a)=>i+Math.max(0,Math.min(s.
end,a.end)-Math.max(s.start,a.start)),0),o=t.filter(s=>s.title!=="Build"&&r(s)>0);if(!o.length)return;let n=o.reduce((s,i)=>s+r(i),0);return`Alongside the build\
: ${o.map(s=>`${s.title} ${s.seconds.toFixed(1)} s`).join(", ")} (${n.toFixed(1)} s of it within the build)`}var pD=require("node:child_process"),Hq=3e3,oy=new Set,ps=(t,e,r={})=>new Promise((o,n)=>{let s=r.silent?void 0:r.output??process.stdout;s?.write(`[command]${[t,
...e].join(" ")}
`);let i=(0,pD.spawn)(t,e,{stdio:"pipe",env:r.env??process.env});oy.add(i);let a=!1,c=r.timeoutMs===void 0?void 0:setTimeout(()=>{a=!0,i.kill("SIGKILL")},r.timeoutMs),
l,d=()=>{i.kill("SIGTERM"),l=setTimeout(()=>i.kill("SIGKILL"),Hq)};r.signal?.aborted?d():r.signal?.addEventListener("abort",d,{once:!0});let u=[],m=[];i.stdout.
on("data",g=>{u.push(g),s?.write(g)}),i.stderr.on("data",g=>{m.push(g),s?.write(g)}),i.stdin.on("error",()=>{}),i.stdin.end(r.input);let f=()=>{oy.delete(i),clearTimeout(
c),clearTimeout(l),r.signal?.removeEventListener("abort",d)};i.on("error",g=>{f(),n(g)}),i.on("close",(g,h)=>{f(),o({code:g??(h?128:1),stdout:Buffer.concat(u).toString(),
stderr:Buffer.concat(m).toString(),...a?{timedOut:a}:{}})})});async function lD(t){let e=[...oy];if(!e.length)return;let r=i=>new Promise(a=>{i.exitCode!==null||
i.signalCode!==null?a():i.once("close",()=>a())}),o=Promise.all(e.map(r));for(let i of e)i.kill("SIGTERM");let n,s=new Promise(i=>{n=setTimeout(()=>i("grace"),t)});
if(await Promise.race([o,s])==="grace"){for(let i of e)i.exitCode===null&&i.signalCode===null&&i.kill("SIGKILL");await o}clearTimeout(n)}var dD=["SIGINT","SIGTERM"],Gq=2e3;function Xi(){let t=new AbortController,e=!1,r=o=>t.abort(o);for(let o of dD)process.on(o,r);return{cancelled:t.signal,stopChildren:o=>(e=
!0,lD(o)),end:()=>{for(let o of dD)process.off(o,r);e&&setTimeout(()=>process.exit(process.exitCode||1),Gq).unref()}}}var Zi=t=>e=>t[fy(e)];function Qi(t){let e=hn(t);return process.stderr.write(`ecr-deliver: ${e.message}
`),e.hint&&process.stderr.write(`hint: ${e.hint}
`),e.exitCode}async function Vd(t,e){let r=new Yi(process.stderr),o=Xi();try{let n=cs(t),s=Sn(n),{outputs:i,scan:a}=await jd({options:n,context:s,reporter:r,run:ps,
env:process.env,lifetime:o});r.info(zq(i,r.clock,a)),e(i);let c=Gd(a,i["image-ref"]);return c.warning&&r.warning(c.warning),c.failure?Qi(c.failure):0}catch(n){return Qi(
n)}finally{o.end()}}async function qd(t,e){let r=new Yi(process.stderr),o=Xi();try{let n=cs(t,"login"),s=Sn(n,process.env,"login"),{registry:i}=await Fd({options:n,
context:s,reporter:r,run:ps,env:process.env,lifetime:o});return r.info(uD(`logged in to ${i}`,[["registry",i]],r.clock)),e(i),0}catch(n){return Qi(n)}finally{o.
end()}}function jq(t){return t.pushed?"true":t.digest?"false (the SHA tag was already in ECR: nothing built or uploaded)":"false (push: false, built and tagged \
locally only)"}function zq(t,e,r){let o=t.pushed?`delivered ${t.image}`:t.digest?`already delivered: ${t.image}`:`built ${t.image} (not pushed)`,n=Mr.filter(({name:a})=>a!==
"scan-findings"||r).map(({name:a})=>[a,a==="pushed"?jq(t):No(t,a)||"-"]),s=zd(e.byStart),i=[...cD(e.byStart),...s?[s]:[]].map(a=>`    ${a}`);return[uD(o,n,e)," \
 timeline",...i,...r?Vq(r):[]].join(`
`)}function Vq(t){if(t.outcome!=="complete")return["  scan",`    ${t.problem}`];let e=Cr.map(n=>Math.max(n.length,String(t.counts[n]).length)),r=["  scan",`    ${Cr.
map((n,s)=>n.padStart(e[s])).join("  ")}`,`    ${Cr.map((n,s)=>String(t.counts[n]).padStart(e[s])).join("  ")}`];t.gate!=="off"&&r.push(`    fail-on-severity ${t.
threshold}: ${t.gate}`);let o=n=>n.replace(/[\x00-\x1f\x7f-\x9f]+/g," ");for(let n of t.top)r.push(o(`    ${n.severity.padEnd(13)} ${n.name}  ${n.package||"-"} \
 ${n.link}`).trimEnd());return r}function uD(t,e,r){let o=[...e,["time",r.describe()]],n=Math.max(...o.map(([s])=>s.length));return[`\u2500\u2500 ecr-deliver: ${t}\
 \u2500\u2500`,...o.map(([s,i])=>`  ${s.padEnd(n)}  ${i}`)].join(`
`)}var qq=["deliver","login"],mD="ECR_DELIVER_COMMAND",Wq=t=>`'${t.replace(/'/g,"'\\''")}'`,hD=(t,e)=>`export ${gy(t)}=${Wq(e)}
`;function Kq(t){return Mr.map(({name:e})=>hD(e,No(t,e))).join("")}function fD(t,e){t.BASH_ENV?(0,gD.appendFileSync)(t.BASH_ENV,e):process.stderr.write(`warning\
: BASH_ENV is not set: the outputs are not exported to later steps
`)}async function yD(t=process.env){let e=t[mD]||"deliver";e==="login"?process.exitCode=await qd(Zi(t),r=>fD(t,hD("registry",r))):e==="deliver"?process.exitCode=
await Vd(Zi(t),r=>fD(t,Kq(r))):(process.stderr.write(`ecr-deliver: ${mD}: ${ms(e)} is not one of ${qq.join(", ")}
`),process.exitCode=2)}var CD=require("node:util");var _D=require("node:util");var Jq=["ecr:BatchCheckLayerAvailability","ecr:InitiateLayerUpload","ecr:UploadLayerPart","ecr:CompleteLayerUpload","ecr:PutImage"],ny=["ecr:BatchGetImage","ecr\
:GetDownloadUrlForLayer","ecr:BatchCheckLayerAvailability"];function Yq(t){let e=new Set(["ecr:DescribeRepositories","ecr:BatchGetImage"]),r=o=>{for(let n of o)
e.add(n)};return t.push&&(r(Jq),t.createRepository&&e.add("ecr:CreateRepository"),t.lifecyclePolicy&&e.add("ecr:PutLifecyclePolicy"),t.repositoryPolicy&&e.add("\
ecr:SetRepositoryPolicy")),t.cache&&r(["ecr:DescribeImages",...ny]),t.scanWait&&e.add("ecr:DescribeImageScanFindings"),t.scanWait&&t.scanStart&&e.add("ecr:Start\
ImageScan"),[...e].sort()}function Xq(t){return`arn:${Zr(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${t.repository}`}function sy(t){if(t.
registryType==="public")return e6(t);let e=[{Sid:"EcrLogin",Effect:"Allow",Action:"ecr:GetAuthorizationToken",Resource:"*"},{Sid:"EcrDeliver",Effect:"Allow",Action:Yq(
t),Resource:Xq(t)}];if(t.push&&t.createRepository&&t.encryptionType==="KMS"){let r=t.kmsKey&&/^arn:[^:]+:kms:[^:]+:\d{12}:key\//.test(t.kmsKey)?t.kmsKey:`arn:${Zr(
t.region)}:kms:${t.region}:${t.registryId??t.accountId}:key/*`,o={"kms:ViaService":`ecr.${t.region}.amazonaws.com${Zr(t.region)==="aws-cn"?".cn":""}`};e.push({Sid:"\
KmsGrantForNewRepository",Effect:"Allow",Action:"kms:CreateGrant",Resource:r,Condition:{StringEquals:o,Bool:{"kms:GrantIsForAWSResource":"true"}}},{Sid:"KmsForN\
ewRepository",Effect:"Allow",Action:["kms:DescribeKey","kms:RetireGrant"],Resource:r,Condition:{StringEquals:o}})}return e.push(...xD(t)),{Version:"2012-10-17",
Statement:e}}function xD(t){let e=[],r=t.pullRepositories?.length?t.pullRepositories:["*"],o=(t.pullRegistries??[]).flatMap(s=>r.map(i=>`arn:${Zr(s.region??t.region)}\
:ecr:${s.region??t.region}:${s.id}:repository/${i}`));o.length&&e.push({Sid:"EcrPullBaseImages",Effect:"Allow",Action:ny.slice().sort(),Resource:o.length===1?o[0]:
o});let n=(t.pullThrough??[]).map(s=>`arn:${Zr(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${s}/*`);return n.length&&e.push({Sid:"EcrPull\
ThroughCache",Effect:"Allow",Action:[...Qq,...ny].sort(),Resource:n.length===1?n[0]:n}),e}function SD(t){return!t.pullRegistries?.length||t.pullRepositories?.length?
[]:[`--pull-repositories not given: the role may pull every repository of ${t.pullRegistries.map(e=>e.id).join(", ")}; pass name patterns to narrow it`]}var Qq=[
"ecr:BatchImportUpstreamImage","ecr:CreateRepository"],ED=["ecr-public:GetAuthorizationToken","sts:GetServiceBearerToken"],Zq=["ecr-public:BatchCheckLayerAvaila\
bility","ecr-public:InitiateLayerUpload","ecr-public:UploadLayerPart","ecr-public:CompleteLayerUpload","ecr-public:PutImage"];function e6(t){let e=t.push?ED:[...ED,
"ecr-public:DescribeRegistries"],r=new Set(["ecr-public:DescribeRepositories","ecr-public:DescribeImageTags"]);if(t.push){for(let n of Zq)r.add(n);t.createRepository&&
r.add("ecr-public:CreateRepository"),t.repositoryPolicy&&r.add("ecr-public:SetRepositoryPolicy")}let o=t.repository.replace(/^public\.ecr\.aws\/[^/]+\//,"");return{
Version:"2012-10-17",Statement:[{Sid:"EcrPublicLogin",Effect:"Allow",Action:e,Resource:"*"},{Sid:"EcrPublicDeliver",Effect:"Allow",Action:[...r].sort(),Resource:`\
arn:aws:ecr-public::${t.registryId??t.accountId}:repository/${o}`},...xD(t)]}}var t6="token.actions.githubusercontent.com",r6="oidc.circleci.com/org";function o6(t){let e=t.pullRequest?"pull_request":t.environment!==void 0?`environment:${t.
environment}`:t.tag!==void 0?`ref:refs/tags/${t.tag}`:`ref:refs/heads/${t.branch??"main"}`;return`repo:${t.repo}:${e}`}function RD(t){let e=Zr(t.region),r,o,n;if(t.
provider==="github")r=t.githubIssuer??t6,o=t.audience??qi,n=o6(t);else if(t.provider==="circleci")r=`${r6}/${t.orgId}`,o=t.audience??t.orgId,n=`org/${t.orgId}/p\
roject/${t.projectId}/user/*${t.vcsRef?`/vcs-origin/*/vcs-ref/${t.vcsRef}`:""}`;else return;let s=/[*?]/.test(n),i={StringEquals:{[`${r}:aud`]:o}};return s?i.StringLike=
{[`${r}:sub`]:n}:i.StringEquals[`${r}:sub`]=n,{Version:"2012-10-17",Statement:[{Effect:"Allow",Principal:{Federated:`arn:${e}:iam::${t.accountId}:oidc-provider/${r}`},
Action:"sts:AssumeRoleWithWebIdentity",Condition:i}]}}var n6=["repo","branch","tag","environment","pull-request","github-issuer"],s6=["org-id","project-id","vcs-ref"];function wD(t,e=process.env){let r=i6(t),o=a6(r),
n=c6(o.provider,r);if(o.kmsKey!==void 0&&o.encryptionType!=="KMS")throw new w("kms-key",o.kmsKey,"needs --encryption-type KMS");if(o.pullRepositories?.length&&!o.
pullRegistries?.length)throw new w("pull-repositories",r.get("pull-repositories"),"needs --pull-registries");if(o.only==="trust"&&n==="none")throw new w("only",
o.only,"needs a --provider: `none` has no trust policy");return{request:{repository:o.repository,region:cu(o.awsRegion,e),accountId:o.accountId,registryId:o.registryId,
provider:n,audience:o.audience,createRepository:o.createRepository,lifecyclePolicy:o.lifecyclePolicy,repositoryPolicy:o.repositoryPolicy,cache:o.cache,push:o.push,
encryptionType:o.encryptionType,kmsKey:o.kmsKey,scanWait:o.scanWait,scanStart:o.scanStart,pullRegistries:o.pullRegistries,pullRepositories:o.pullRepositories,pullThrough:o.
pullThrough,registryType:Xh({repository:o.repository,registryType:o.registryType}),...n==="github"?p6(o):n==="circleci"?l6(o):{}},only:o.only}}function i6(t){let{
values:e,positionals:r}=(0,_D.parseArgs)({args:t,options:Object.fromEntries(ns.map(n=>[n.name,{type:"string"}])),strict:!0,allowPositionals:!0});if(r.length)throw new w(
"iam-policy",r[0],"is not a flag: every value follows its --flag (see `ecr-deliver iam-policy --help`)");let o=new Map;for(let n of ns){let s=Bd(n,e[n.name]);s!==
void 0&&o.set(n.name,s)}return o}function a6(t){let e={};for(let r of ns){let o=t.get(r.name)??r.default;if(o!==void 0)e[r.field]=r.parse(o,r.name);else if(r.required)
throw new w(r.name,"","is required")}return e}function c6(t,e){let r=n6.filter(i=>e.has(i)),o=s6.filter(i=>e.has(i)),n=t??(r.length?"github":o.length?"circleci":
void 0);if(!n)throw new w("provider","","is required: github (with --repo), circleci (with --org-id), or none");let s=n==="github"?o:n==="circleci"?r:[...r,...o];
if(s.length)throw new w(s[0],e.get(s[0]),`does not apply to --provider ${n}`);return n}function p6(t){if(t.repo===void 0)throw new w("repo","","is required: the\
 GitHub repository as OWNER/REPO (or OWNER@ID/REPO@ID)");let{branch:e,tag:r,environment:o,pullRequest:n}=t;if(e!==void 0&&o!==void 0)throw new w("branch",e,"can\
not be combined with --environment: a job with an environment gets `environment:NAME` as its OIDC subject");if(n&&(e!==void 0||o!==void 0))throw new w("pull-req\
uest","true","cannot be combined with --branch or --environment: a pull_request run's OIDC subject is `repo:OWNER/REPO:pull_request`");if(r!==void 0&&(e!==void 0||
o!==void 0||n))throw new w("tag",r,"cannot be combined with --branch, --environment or --pull-request: a tag push's OIDC subject is `repo:OWNER/REPO:ref:refs/ta\
gs/TAG`");let s=o===void 0&&!n&&r===void 0;return{repo:t.repo,environment:o,pullRequest:n,tag:r,branch:s?e??"main":void 0,githubIssuer:t.githubIssuer}}function l6(t){
if(t.orgId===void 0)throw new w("org-id","","is required: the CircleCI organization id (a UUID, Organization Settings > Overview)");if(t.projectId===void 0)throw new w(
"project-id","","is required: the CircleCI project id (a UUID, Project Settings > Overview): without it every project of the org could deliver");return{orgId:t.
orgId,projectId:t.projectId,vcsRef:t.vcsRef}}function d6(t){let e=RD(t);return e?{permissionsPolicy:sy(t),trustPolicy:e}:{permissionsPolicy:sy(t)}}function ID(t,e){
let r=d6(t),o=e==="permissions"?r.permissionsPolicy:e==="trust"?r.trustPolicy:r;return`${JSON.stringify(o,null,2)}
`}var TD="0.1.0";var iy=Wi.filter(t=>!t.githubOnly),vD=["iam-policy","login"];function ay(t,e,r=100){let o=[],n="";for(let s of t.split(/\s+/).filter(Boolean))n&&e.length+n.length+
1+s.length>r?(o.push(n),n=s):n=n?`${n} ${s}`:s;return n&&o.push(n),o.map(s=>e+s).join(`
`)}function m6(){return["Usage: ecr-deliver [--option value \u2026] [--json]      deliver an image","       ecr-deliver login [--option value \u2026]         credent\
ials + docker login only","       ecr-deliver iam-policy --help                the IAM policies a CI role needs","","Delivers a container image to Amazon ECR: O\
IDC credentials, ECR login, repository, build,","commit-SHA tag, push. Every option can also be given as ECR_DELIVER_<OPTION> in the environment","(e.g. ECR_DEL\
IVER_ROLE_TO_ASSUME); a flag wins over the environment.","","Options:",...iy.map(e=>{let r=e.default!==void 0?` Default: ${e.default}.`:e.defaultText?` Default:\
 ${e.defaultText.replace(/`/g,"")}.`:"";return`  --${e.name} <value>
${ay(`${e.description.replace(/`/g,"")}${e.required?" Required.":""}${r}`,"      ")}`}),"  --json","      Print the outputs as one JSON object on stdout (logs g\
o to stderr).","  --help, --version","",`Outputs: ${Mr.map(e=>e.name).join(", ")}.`,"Exit codes: 0 delivered, 1 failed, 2 bad input."].join(`
`)}function f6(){return["Usage: ecr-deliver login [--option value \u2026] [--json]","","Gets AWS credentials (OIDC or ambient) and runs docker login to the ECR \
registry, nothing else;",'later docker commands in the same job can pull and push. --json prints {"registry": "<host>"}.',"Unlike a delivery (which logs in to a\
 private docker config removed when it ends), login writes","the registry password to your docker config (DOCKER_CONFIG, else ~/.docker) by design, where it","s\
tays for 12 hours: run `docker logout <registry>` when done on a shared host.","","Options (also as ECR_DELIVER_<OPTION>):",...iy.filter(e=>Zl.includes(e.name)).
map(e=>`  --${e.name} <value>
${ay(e.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 logged in, 1 failed, 2 bad input."].join(`
`)}function g6(){return["Usage: ecr-deliver iam-policy --repository NAME --account-id ID --aws-region REGION","         --repo OWNER/REPO [--branch BRANCH | --e\
nvironment NAME]     (GitHub)","         --org-id UUID --project-id UUID [--vcs-ref REF]               (CircleCI)","         [the delivery options the role must\
 allow, e.g. --cache false]","",'Prints {"permissionsPolicy": \u2026, "trustPolicy": \u2026} as JSON: the least-privilege permissions for',"delivering to the re\
pository with the given options, and the OIDC trust policy with aud and sub","pinned. No AWS call is made.","","Flags:",...ns.map(t=>`  --${t.name} ${t.value}
${ay(t.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 printed, 2 bad input."].join(`
`)}function AD(t,e){let r=t,o=/'(-[^' ]+)/.exec(r.message??"")?.[1],n=`see ecr-deliver ${e?`${e} `:""}--help`;switch(r.code){case"ERR_PARSE_ARGS_UNKNOWN_OPTION":
return`${o}: is not a flag of ecr-deliver${e?` ${e}`:""} (${n})`;case"ERR_PARSE_ARGS_INVALID_OPTION_VALUE":return/does not take an argument/.test(r.message??"")?
`${o}: takes no value`:/ambiguous/.test(r.message??"")?`${o}: needs a value; for a value that starts with "-", write ${o}=VALUE`:`${o}: needs a value (${n})`;case"\
ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":{let s=/'([^']*)'/.exec(r.message??"")?.[1]??"";return`${ms(s)} is not a command or flag: use ${vD.join(", ")} or --flags \
(${n})`}default:return`${(r.message??String(t)).split(`
`)[0]} (${n})`}}function h6(t,e,r){try{let o=Object.fromEntries(e.map(n=>[n,{type:"string"}]));return(0,CD.parseArgs)({args:t,options:{...o,json:{type:"boolean"},
help:{type:"boolean",short:"h"},version:{type:"boolean"}},strict:!0,allowPositionals:!1}).values}catch(o){process.stderr.write(`ecr-deliver: ${AD(o,r)}
`),process.exitCode=2;return}}function y6(t){if(t.includes("--help")||t.includes("-h"))return process.stdout.write(`${g6()}
`),0;try{let{request:e,only:r}=wD(t.filter(o=>o!=="--json"));process.stdout.write(ID(e,r));for(let o of SD(e))process.stderr.write(`note: ${o}
`);return 0}catch(e){return e.code?.startsWith("ERR_PARSE_ARGS")?(process.stderr.write(`ecr-deliver: ${AD(e,"iam-policy")}
`),2):Qi(e)}}async function bD(t){let e=vD.find(i=>i===t[0])??"";if(e==="iam-policy"){process.exitCode=y6(t.slice(1));return}let r=e?t.slice(1):t,o=h6(r,e==="lo\
gin"?Zl:iy.map(i=>i.name),e);if(!o)return;if(o.help)return void process.stdout.write(`${e==="login"?f6():m6()}
`);if(o.version)return void process.stdout.write(`${TD}
`);let n=Zi(process.env);if(e==="login"){let i=a=>Zl.includes(a)?o[a]??n(a):void 0;process.exitCode=await qd(i,a=>{o.json&&process.stdout.write(`${JSON.stringify(
{registry:a})}
`)});return}let s=i=>o[i]??n(i);process.exitCode=await Vd(s,i=>{o.json&&process.stdout.write(`${JSON.stringify(hy(i))}
`)})}var cy=require("node:fs"),Lr=require("node:os"),PD=require("node:stream");var E6=t=>t.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A"),ls,OD=!0;function ea(t){t.length&&(process.stdout.write(t),OD=typeof t=="string"?t.endsWith(
`
`):t[t.length-1]===10)}var py=()=>OD?"":Lr.EOL,ND=new PD.Writable({write(t,e,r){ls||(ls=crypto.randomUUID().replace(/-/g,""),ea(`${py()}::stop-commands::${ls}${Lr.EOL}`)),
ea(t),r()}});function ta(t,e=""){ls&&(ea(`${py()}::${ls}::${Lr.EOL}`),ls=void 0),ea(`::${t}::${E6(e)}${Lr.EOL}`)}function Wd(t){return(process.env[`INPUT_${t.replace(
/ /g,"_").toUpperCase()}`]??"").trim()}function DD(t,e,r){let o=process.env[`GITHUB_${t}`];if(!o)throw new Error(`GITHUB_${t} is not set: not running in a GitHu\
b Actions step`);let n=`ghadelimiter_${crypto.randomUUID()}`;if(e.includes(n)||r.includes(n))throw new Error(`value of ${e} contains the delimiter`);(0,cy.appendFileSync)(
o,`${e}<<${n}${Lr.EOL}${r}${Lr.EOL}${n}${Lr.EOL}`,"utf8")}var ds=(t,e)=>DD("OUTPUT",t,e),Kd=(t,e)=>DD("STATE",t,e),ly=t=>process.env[`STATE_${t}`]??"",Jd=t=>ta(
"add-mask",t),Yd=t=>ea(`${py()}${t}${Lr.EOL}`),dy=t=>ta("warning",t),x6=t=>ta("error",t);function kD(t){process.exitCode=1,x6(t)}async function $D(t,e){ta("grou\
p",t);try{return await e()}finally{ta("endgroup")}}function uy(t){let e=process.env.GITHUB_STEP_SUMMARY;e&&(0,cy.appendFileSync)(e,`${t}${Lr.EOL}`,"utf8")}var S6=4,
R6=1e4;async function LD(t){let e=process.env.ACTIONS_ID_TOKEN_REQUEST_URL,r=process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;if(!e||!r)throw new Error("ACTIONS_ID_TO\
KEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set");let o=`${e}&audience=${encodeURIComponent(t)}`;for(let n=1;;n++){let s;try{let i=await zi(o,{headers:{
Authorization:`Bearer ${r}`,Accept:"application/json"},timeoutMs:R6});if(i.status===200){let a=_6(i.text);if(!a)throw new Error("the token service answered with\
out a token");return Jd(a),a}if(s=`HTTP ${i.status}`,i.status<500&&i.status!==429)throw new Error(`the token service answered ${s}`)}catch(i){if(i.message.startsWith(
"the token service")||i instanceof hr)throw i;s=i.message}if(n>=S6)throw new Error(`the token service did not answer after ${n} attempts (${s})`);await new Promise(
i=>setTimeout(i,500*2**(n-1)))}}function _6(t){try{let e=JSON.parse(t)?.value;return typeof e=="string"?e:void 0}catch{return}}var gn=t=>t.replace(/[\r\n]+/g," ").replace(/[|\\`*_~<>[\]]/g,e=>`\\${e}`),my=t=>`\`${t.replace(/`/g,"'")}\``;function UD(t,e,r){let o=t.pushed?"delivered":t.digest?
"already delivered":"built, not pushed",n=[["image",my(t.image)],["digest",t.digest?my(t.digest):"(not pushed)"],["tags",t.tags.map(my).join(" ")],["pushed",String(
t.pushed)],["timings",gn(e.describe())]],s=[`### ecr-deliver: ${o}`,"","| | |","|---|---|",...n.map(([a,c])=>`| ${a} | ${c} |`),"","#### Timeline","",aD(e.byStart),
""],i=zd(e.byStart);return i&&s.push(gn(i),""),r&&s.push(...I6(r),""),s.join(`
`)}function I6(t){let e=["#### Vulnerability scan",""];if(t.outcome!=="complete")return e.push("> [!WARNING]",`> ${gn(t.problem??"no scan")}`),t.gate==="failed"&&
e.push(">",`> fail-on-severity ${t.threshold}: **failed** (the image is pushed, but could not be judged)`),e;if(e.push(`| ${Cr.join(" | ")} |`,`|${Cr.map(()=>"-\
--:").join("|")}|`,`| ${Cr.map(r=>t.counts[r]).join(" | ")} |`,""),t.gate!=="off"&&e.push(t.gate==="failed"?`**fail-on-severity ${t.threshold}: failed.** The im\
age is pushed, but should not be deployed.`:`fail-on-severity ${t.threshold}: passed.`,""),t.top.length){e.push("| finding | severity | package |","|---|---|---\
|");for(let r of t.top){let o=/^https?:\/\/[^\s()<>]+$/.test(r.link)?`[${gn(r.name)}](${r.link})`:gn(r.name);e.push(`| ${o} | ${gn(r.severity)} | ${gn(r.package)||
"\u2014"} |`)}}else e.push("No findings.");return e}var FD="isPost",MD="registries",BD="skipLogout",Xd=class{clock=new Ji;output=ND;info=e=>Yd(e);warning=e=>dy(e);secret=e=>Jd(e);phase(e,r){return $D(e,()=>this.clock.
time(e,r))}track(e,r){return this.clock.time(e,r)}},HD=t=>t[`STATE_${FD}`]==="true";async function GD(){Kd(FD,"true");let t=new Xd,e=new Set,r=s=>{e.add(s),Kd(MD,
JSON.stringify([...e]))},o=Xi(),n={reporter:t,run:ps,env:process.env,platformToken:s=>LD(s),lifetime:o};try{let s=eD(u=>Wd(u));if(s.mode==="login")return await T6(
n,r,s);let i=cs(u=>Wd(u)),a=Sn(i),{outputs:c,scan:l}=await jd({options:i,context:a,...n});for(let{name:u}of Mr)ds(u,No(c,u));uy(UD(c,t.clock,l));let d=Gd(l,c["i\
mage-ref"]);if(d.warning&&dy(d.warning),d.failure)throw d.failure}catch(s){let i=hn(s);kD(i.hint?`${i.message}
Hint: ${i.hint}`:i.message)}finally{o.end()}}async function T6(t,e,r){r.skipLogout&&Kd(BD,"true");let o=cs(i=>Wd(i),"login"),n=Sn(o,process.env,"login"),s=await Fd(
{options:o,context:n,...t,onLogin:e});ds("registry",s.registry),ds("registries",s.registries.join(",")),r.dockerCredentialsOutput&&(Jd(s.login.password),ds("doc\
ker-username",s.login.username),ds("docker-password",s.login.password)),Yd(`Logged in to ${s.registries.join(", ")}${r.skipLogout?" (kept after the job: skip-lo\
gout)":"; the post step logs out"}`),uy(["### ecr-deliver login","",...s.registries.map(i=>`- \`${i}\``),"",`timings: ${t.reporter.clock.describe()}`,""].join(`\

`))}async function jD(){let t=JSON.parse(ly(MD)||"[]");if(ly(BD)==="true"){Yd(`skip-logout: docker stays logged in to ${t.join(", ")||"nothing"}`);return}let e=new to(
ps,new Xd,void 0,Rn(process.env));for(let r of t)await e.logout(r)}async function C6(){let t=process.env,e=process.argv.slice(2);return e.length===0&&t.GITHUB_ACTIONS==="true"&&Object.keys(t).some(r=>r.startsWith("INPUT_"))?HD(
t)?jD():GD():e.length===0&&t.CIRCLECI==="true"?yD():bD(e)}C6();
