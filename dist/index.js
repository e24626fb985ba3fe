#!/usr/bin/env node
"use strict";var HD=Object.create;var Jd=Object.defineProperty;var jD=Object.getOwnPropertyDescriptor;var GD=Object.getOwnPropertyNames;var zD=Object.getPrototypeOf,VD=Object.prototype.hasOwnProperty;var p=(t,e,r)=>()=>{if(r)throw r[0];try{return t&&(e=t(t=0)),e}catch(o){throw r=[o],o}};var Yd=(t,e)=>()=>{try{return e||t((e={exports:{}}).exports,e),e.exports}catch(r){throw e=0,r}},sr=(t,e)=>{for(var r in e)Jd(t,r,{get:e[r],enumerable:!0})},qD=(t,e,r,o)=>{
if(e&&typeof e=="object"||typeof e=="function")for(let n of GD(e))!VD.call(t,n)&&n!==r&&Jd(t,n,{get:()=>e[n],enumerable:!(o=jD(e,n))||o.enumerable});return t};var Ur=(t,e,r)=>(r=t!=null?HD(zD(t)):{},qD(e||!t||!t.__esModule?Jd(r,"default",{value:t,enumerable:!0}):r,t));var ca,Tt,aE=p(()=>{ca={warningEmitted:!1},Tt=t=>{if(t&&!ca.warningEmitted){if(process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED==="true"){ca.warningEmitted=
!0;return}let e=parseInt(t.substring(1,t.indexOf("."))),r=22;e<r&&(ca.warningEmitted=!0,process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScri\
pt (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${t}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`))}}});function B(t,e,r){return t.$source||(t.$source={}),t.$source[e]=r,t}var cE=p(()=>{});function Ar(t,e,r){t.__aws_sdk_context?t.__aws_sdk_context.features||(t.__aws_sdk_context.features={}):t.__aws_sdk_context={features:{}},t.__aws_sdk_context.features[e]=
r}var pE=p(()=>{});var Dk,Er,lE=p(()=>{Dk=()=>typeof process=="object"&&process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026==="true",Er=(t,e)=>{if(Dk()&&typeof t?.handle!="functi\
on")return e}});var gs,uu=p(()=>{gs=t=>typeof ArrayBuffer=="function"&&t instanceof ArrayBuffer||Object.prototype.toString.call(t)==="[object ArrayBuffer]"});var _n,pa,wn=p(()=>{uu();_n=(t,e=0,r=t.byteLength-e)=>{if(!gs(t))throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof t} (${t})`);
return Buffer.from(t,e,r)},pa=(t,e)=>{if(typeof t!="string")throw new TypeError(`The "input" argument must be of type string. Received type ${typeof t} (${t})`);
return e?Buffer.from(t,e):Buffer.from(t)}});var kk,Se,dE=p(()=>{wn();kk=/^[A-Za-z0-9+/]*={0,2}$/,Se=t=>{if(t.length*3%4!==0)throw new TypeError("Incorrect padding on base64 string.");if(!kk.exec(t))throw new TypeError(
"Invalid base64 string.");let e=pa(t,"base64");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}});var se,la=p(()=>{wn();se=t=>{let e=pa(t,"utf8");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength/Uint8Array.BYTES_PER_ELEMENT)}});var me,uE=p(()=>{wn();la();me=t=>{let e;if(typeof t=="string"?e=se(t):e=t,typeof e!="object"||typeof e.byteOffset!="number"||typeof e.byteLength!="number")throw new Error(
"@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");return _n(e.buffer,e.byteOffset,e.byteLength).toString("base64")}});function mE(t,e,r,o){return class da extends Uint8Array{static fromString(s,i="utf-8"){if(typeof s=="string")return i==="base64"?da.mutate(o(s)):da.mutate(e(s));
throw new Error(`Unsupported conversion from ${typeof s} to Uint8ArrayBlobAdapter.`)}static mutate(s){return Object.setPrototypeOf(s,da.prototype),s}transformToString(s="\
utf-8"){return s==="base64"?r(this):t(this)}}}var fE=p(()=>{});var Z,gE=p(()=>{wn();Z=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@\
smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return _n(t.buffer,t.byteOffset,t.byteLength).toString("utf8")}});function hE(t){return typeof crypto<"u"&&typeof crypto.randomUUID=="function"?()=>crypto.randomUUID():()=>{let e=new Uint8Array(16);return t(e),e[6]=e[6]&15|64,
e[8]=e[8]&63|128,He[e[0]]+He[e[1]]+He[e[2]]+He[e[3]]+"-"+He[e[4]]+He[e[5]]+"-"+He[e[6]]+He[e[7]]+"-"+He[e[8]]+He[e[9]]+"-"+He[e[10]]+He[e[11]]+He[e[12]]+He[e[13]]+
He[e[14]]+He[e[15]]}}var He,yE=p(()=>{He=Array.from({length:256},(t,e)=>e.toString(16).padStart(2,"0"))});var Lo,EE=p(()=>{(function(t){t.HTTP="http",t.HTTPS="https"})(Lo||(Lo={}))});var Br,xE=p(()=>{(function(t){t.MD5="md5",t.CRC32="crc32",t.CRC32C="crc32c",t.SHA1="sha1",t.SHA256="sha256"})(Br||(Br={}))});var SE=p(()=>{xE()});var xr,RE=p(()=>{xr="__smithy_context"});var br,_E=p(()=>{(function(t){t.PROFILE="profile",t.SSO_SESSION="sso-session",t.SERVICES="services"})(br||(br={}))});var Pr=p(()=>{EE();SE();RE();_E()});var ee,wE=p(()=>{Pr();ee=t=>t[xr]||(t[xr]={})});function P(t,e){return Object.prototype.hasOwnProperty.call(t,e)}var mu=p(()=>{});function $k(t){return Object.keys(t).reduce((e,r)=>{let o=t[r];return{...e,[r]:Array.isArray(o)?[...o]:o}},{})}var j,IE=p(()=>{j=class t{method;protocol;hostname;port;path;query;headers;username;password;fragment;body;constructor(e){
this.method=e.method||"GET",this.hostname=e.hostname||"localhost",this.port=e.port,this.query=e.query||{},this.headers=e.headers||{},this.body=e.body,this.protocol=
e.protocol?e.protocol.slice(-1)!==":"?`${e.protocol}:`:e.protocol:"https:",this.path=e.path?e.path.charAt(0)!=="/"?`/${e.path}`:e.path:"/",this.username=e.username,
this.password=e.password,this.fragment=e.fragment}static clone(e){let r=new t({...e,headers:{...e.headers}});return r.query&&(r.query=$k(r.query)),r}static isInstance(e){
if(!e)return!1;let r=e;return"method"in r&&"protocol"in r&&"hostname"in r&&"path"in r&&typeof r.query=="object"&&typeof r.headers=="object"}clone(){return t.clone(
this)}}});var Je,TE=p(()=>{Je=class{statusCode;reason;headers;body;constructor(e){this.statusCode=e.statusCode,this.reason=e.reason,this.headers=e.headers||{},this.body=e.
body}static isInstance(e){if(!e)return!1;let r=e;return typeof r.statusCode=="number"&&typeof r.headers=="object"}}});var Lk,Or,CE=p(()=>{Lk=new RegExp("^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$"),Or=(t,e=!1)=>{if(!e)return Lk.test(t);let r=t.split(".");for(let o of r)if(!Or(o))return!1;
return!0}});function fu(t){return/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(t)}var vE=p(()=>{});var q,AE=p(()=>{q=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});function bE(t){let e={};if(t=t.replace(/^\?/,""),t)for(let r of t.split("&")){let[o,n=null]=r.split("=");o=decodeURIComponent(o),n&&(n=decodeURIComponent(n)),o in
e?Array.isArray(e[o])?e[o].push(n):e[o]=[e[o],n]:e[o]=n}return e}var PE=p(()=>{});var fe,gu=p(()=>{PE();fe=t=>{if(typeof t=="string")return fe(new URL(t));let{hostname:e,pathname:r,port:o,protocol:n,search:s}=t,i;return s&&(i=bE(s)),{hostname:e,
port:o?parseInt(o):void 0,protocol:n,path:r,query:i}}});var ro,OE=p(()=>{mu();gu();ro=t=>{if(typeof t=="object"){if("url"in t){let e=fe(t.url);if(t.headers){e.headers={};for(let r in t.headers)P(t.headers,r)&&(e.headers[r.
toLowerCase()]=t.headers[r].join(", "))}return e}return t}return fe(t)}});var J=p(()=>{wE();mu();IE();TE();CE();vE();AE();gu();OE()});var hu,Uk,NE,Fk,DE,kE,$E,Mk,LE,UE,Bk,ua,In,FE,Hk,jk,ME=p(()=>{hu=t=>{if(t!=null){if(typeof t=="string"){let e=parseFloat(t);if(!Number.isNaN(e))return String(e)!==
String(t)&&jk.warn(Hk(`Expected number but observed string: ${t}`)),e}if(typeof t=="number")return t;throw new TypeError(`Expected number, got ${typeof t}: ${t}`)}},
Uk=Math.ceil(2**127*(2-2**-23)),NE=t=>{let e=hu(t);if(e!==void 0&&!Number.isNaN(e)&&e!==1/0&&e!==-1/0&&Math.abs(e)>Uk)throw new TypeError(`Expected 32-bit float\
, got ${t}`);return e},Fk=t=>{if(t!=null){if(Number.isInteger(t)&&!Number.isNaN(t))return t;throw new TypeError(`Expected integer, got ${typeof t}: ${t}`)}},DE=
t=>$E(t,16),kE=t=>$E(t,8),$E=(t,e)=>{let r=Fk(t);if(r!==void 0&&Mk(r,e)!==r)throw new TypeError(`Expected ${e}-bit integer, got ${t}`);return r},Mk=(t,e)=>{switch(e){case 32:
return Int32Array.of(t)[0];case 16:return Int16Array.of(t)[0];case 8:return Int8Array.of(t)[0]}},LE=t=>hu(typeof t=="string"?ua(t):t),UE=t=>NE(typeof t=="string"?
ua(t):t),Bk=/(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g,ua=t=>{let e=t.match(Bk);if(e===null||e[0].length!==t.length)throw new TypeError(
"Expected real number, got implicit NaN");return parseFloat(t)},In=t=>DE(typeof t=="string"?ua(t):t),FE=t=>kE(typeof t=="string"?ua(t):t),Hk=t=>String(new TypeError(
t).stack||t).split(`
`).slice(0,5).filter(e=>!e.includes("stackTraceWarning")).join(`
`),jk={warn:console.warn}});function Uo(t){let e=t.getUTCFullYear(),r=t.getUTCMonth(),o=t.getUTCDay(),n=t.getUTCDate(),s=t.getUTCHours(),i=t.getUTCMinutes(),a=t.getUTCSeconds(),c=n<10?`0${n}`:
`${n}`,l=s<10?`0${s}`:`${s}`,d=i<10?`0${i}`:`${i}`,u=a<10?`0${a}`:`${a}`;return`${Gk[o]}, ${c} ${Eu[r]} ${e} ${l}:${d}:${u} GMT`}var Gk,Eu,zk,xu,Vk,Su,qk,Wk,Kk,
ys,Ru,hs,Jk,Yk,Xk,yu,Qk,Zk,e$,Nr,t$,r$,Tn,BE=p(()=>{ME();Gk=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],Eu=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep",
"Oct","Nov","Dec"];zk=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/),xu=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC-3339 date-times must be expressed as strings");let e=zk.exec(t);if(!e)throw new TypeError("Invalid RFC-3339 date-time value");let[r,o,n,s,i,a,c,l]=e,d=In(Tn(
o)),u=Nr(n,"month",1,12),m=Nr(s,"day",1,31);return hs(d,u,m,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})},Vk=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/),
Su=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-3339 date-times must be expressed as strings");let e=Vk.exec(t);if(!e)throw new TypeError(
"Invalid RFC-3339 date-time value");let[r,o,n,s,i,a,c,l,d]=e,u=In(Tn(o)),m=Nr(n,"month",1,12),f=Nr(s,"day",1,31),g=hs(u,m,f,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l});
return d.toUpperCase()!="Z"&&g.setTime(g.getTime()-r$(d)),g},qk=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
Wk=new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
Kk=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/),
ys=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-7231 date-times must be expressed as strings");let e=qk.exec(t);if(e){let[r,o,n,s,i,a,c,
l]=e;return hs(In(Tn(s)),yu(n),Nr(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})}if(e=Wk.exec(t),e){let[r,o,n,s,i,a,c,l]=e;return Xk(hs(Jk(
s),yu(n),Nr(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l}))}if(e=Kk.exec(t),e){let[r,o,n,s,i,a,c,l]=e;return hs(In(Tn(l)),yu(o),Nr(n.trimLeft(),
"day",1,31),{hours:s,minutes:i,seconds:a,fractionalMilliseconds:c})}throw new TypeError("Invalid RFC-7231 date-time value")},Ru=t=>{if(t==null)return;let e;if(typeof t==
"number")e=t;else if(typeof t=="string")e=LE(t);else if(typeof t=="object"&&t.tag===1)e=t.value;else throw new TypeError("Epoch timestamps must be expressed as \
floating point numbers or their string representation");if(Number.isNaN(e)||e===1/0||e===-1/0)throw new TypeError("Epoch timestamps must be valid, non-Infinite,\
 non-NaN numerics");return new Date(Math.round(e*1e3))},hs=(t,e,r,o)=>{let n=e-1;return Zk(t,n,r),new Date(Date.UTC(t,n,r,Nr(o.hours,"hour",0,23),Nr(o.minutes,"\
minute",0,59),Nr(o.seconds,"seconds",0,60),t$(o.fractionalMilliseconds)))},Jk=t=>{let e=new Date().getUTCFullYear(),r=Math.floor(e/100)*100+In(Tn(t));return r<e?
r+100:r},Yk=50*365*24*60*60*1e3,Xk=t=>t.getTime()-new Date().getTime()>Yk?new Date(Date.UTC(t.getUTCFullYear()-100,t.getUTCMonth(),t.getUTCDate(),t.getUTCHours(),
t.getUTCMinutes(),t.getUTCSeconds(),t.getUTCMilliseconds())):t,yu=t=>{let e=Eu.indexOf(t);if(e<0)throw new TypeError(`Invalid month: ${t}`);return e+1},Qk=[31,28,
31,30,31,30,31,31,30,31,30,31],Zk=(t,e,r)=>{let o=Qk[e];if(e===1&&e$(t)&&(o=29),r>o)throw new TypeError(`Invalid day for ${Eu[e]} in ${t}: ${r}`)},e$=t=>t%4===0&&
(t%100!==0||t%400===0),Nr=(t,e,r,o)=>{let n=FE(Tn(t));if(n<r||n>o)throw new TypeError(`${e} must be between ${r} and ${o}, inclusive`);return n},t$=t=>t==null?0:
UE("0."+t)*1e3,r$=t=>{let e=t[0],r=1;if(e=="+")r=1;else if(e=="-")r=-1;else throw new TypeError(`Offset direction, ${e}, must be "+" or "-"`);let o=Number(t.substring(
1,3)),n=Number(t.substring(4,6));return r*(o*60+n)*60*1e3},Tn=t=>{let e=0;for(;e<t.length-1&&t.charAt(e)==="0";)e++;return e===0?t:t.slice(e)}});var Ye,HE=p(()=>{Ye=function(e){return Object.assign(new String(e),{deserializeJSON(){return JSON.parse(String(e))},toString(){return String(e)},toJSON(){return String(
e)}})};Ye.from=t=>t&&typeof t=="object"&&(t instanceof Ye||"deserializeJSON"in t)?t:typeof t=="string"||Object.getPrototypeOf(t)===String.prototype?Ye(String(t)):
Ye(JSON.stringify(t));Ye.fromObject=Ye.from});function _u(t){return(t.includes(",")||t.includes('"'))&&(t=`"${t.replace(/\\/g,"\\\\").replace(/"/g,'\\"')}"`),t}var jE=p(()=>{});function Hr(t,e,r){let o=Number(t);if(o<e||o>r)throw new Error(`Value ${o} out of range [${e}, ${r}]`)}var wu,Iu,Tu,GE,zE,o$,n$,s$,i$,a$,c$,Cu,vu,Au,VE=p(()=>{wu=
"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?",Iu="(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",Tu="(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?",GE="(\
\\d?\\d)",zE="(\\d{4})",o$=new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/),n$=/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/,
s$=new RegExp(`^${wu}, ${GE} ${Iu} ${zE} ${Tu} GMT$`),i$=new RegExp(`^${wu}, ${GE}-${Iu}-(\\d\\d) ${Tu} GMT$`),a$=new RegExp(`^${wu} ${Iu} ( [1-9]|\\d\\d) ${Tu}\
 ${zE}$`),c$=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"],Cu=t=>{if(t==null)return;let e=NaN;if(typeof t=="number")e=t;else if(typeof t==
"string"){if(!/^-?\d*\.?\d+$/.test(t))throw new TypeError("parseEpochTimestamp - numeric string invalid.");e=Number.parseFloat(t)}else typeof t=="object"&&t.tag===
1&&(e=t.value);if(isNaN(e)||Math.abs(e)===1/0)throw new TypeError("Epoch timestamps must be valid finite numbers.");return new Date(Math.round(e*1e3))},vu=t=>{if(t==
null)return;if(typeof t!="string")throw new TypeError("RFC3339 timestamps must be strings");let e=o$.exec(t);if(!e)throw new TypeError(`Invalid RFC3339 timestam\
p format ${t}`);let[,r,o,n,s,i,a,,c,l]=e;Hr(o,1,12),Hr(n,1,31),Hr(s,0,23),Hr(i,0,59),Hr(a,0,60);let d=new Date(Date.UTC(Number(r),Number(o)-1,Number(n),Number(s),
Number(i),Number(a),Number(c)?Math.round(parseFloat(`0.${c}`)*1e3):0));if(d.setUTCFullYear(Number(r)),l.toUpperCase()!="Z"){let[,u,m,f]=/([+-])(\d\d):(\d\d)/.exec(
l)||[void 0,"+",0,0],g=u==="-"?1:-1;d.setTime(d.getTime()+g*(Number(m)*60*60*1e3+Number(f)*60*1e3))}return d},Au=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC7231 timestamps must be strings.");if(n$.test(t))return new Date(t);let e,r,o,n,s,i,a,c;if((c=s$.exec(t))?[,e,r,o,n,s,i,a]=c:(c=i$.exec(t))?([,e,r,o,n,s,i,a]=
c,o=(Number(o)+1900).toString()):(c=a$.exec(t))&&([,r,e,n,s,i,a,o]=c),o&&i){let l=Date.UTC(Number(o),c$.indexOf(r),Number(e),Number(n),Number(s),Number(i),a?Math.
round(parseFloat(`0.${a}`)*1e3):0);Hr(e,1,31),Hr(n,0,23),Hr(s,0,59),Hr(i,0,60);let d=new Date(l);return d.setUTCFullYear(Number(o)),d}throw new TypeError(`Inval\
id RFC7231 date-time value ${t}.`)}});function bu(t,e,r){if(r<=0||!Number.isInteger(r))throw new Error("Invalid number of delimiters ("+r+") for splitEvery.");let o=t.split(e);if(r===1)return o;let n=[],
s="";for(let i=0;i<o.length;i++)s===""?s=o[i]:s+=e+o[i],(i+1)%r===0&&(n.push(s),s="");return s!==""&&n.push(s),n}var qE=p(()=>{});var Es,WE=p(()=>{Es=t=>{let e=t.length,r=[],o=!1,n=!1,s=0;for(let i=0;i<e;++i){let a=t[i];switch(a){case'"':n||(o=!o);break;case",":o||(r.push(t.slice(s,i)),s=i+
1);break;default:}n=a==="\\"&&!n}return r.push(t.slice(s)),r.map(i=>{i=i.trim();let a=i.length;return a<2?i:i[0]==='"'&&i[a-1]==='"'?(i=i.slice(1,a-1),i.replace(
/\\(["\\])/g,"$1")):i.replace(/\\"/g,'"')})}});var KE,Re,JE=p(()=>{KE=/^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/,Re=class t{string;type;constructor(e,r){if(this.string=e,this.type=r,!KE.test(e))throw new Error(
`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${e}"`)}toString(){return this.string}static[Symbol.hasInstance](e){
if(!e||typeof e!="object")return!1;let r=e;return t.prototype.isPrototypeOf(e)||r.type==="bigDecimal"&&KE.test(r.string)}}});function Ou(t){if(t.length%2!==0)throw new Error("Hex encoded strings must have an even number length");let e=new Uint8Array(t.length/2);for(let r=0;r<t.length;r+=
2){let o=t.slice(r,r+2).toLowerCase();if(o in Pu)e[r/2]=Pu[o];else throw new Error(`Cannot decode unrecognized sequence ${o} as hexadecimal`)}return e}function Xe(t){
let e="";for(let r=0;r<t.byteLength;r++)e+=YE[t[r]];return e}var YE,Pu,Nu=p(()=>{YE={},Pu={};for(let t=0;t<256;t++){let e=t.toString(16).toLowerCase();e.length===
1&&(e=`0${e}`),YE[t]=e,Pu[e]=t}});var Cn,Ct,XE=p(()=>{Cn=require("node:fs"),Ct=t=>{if(!t)return 0;if(typeof t=="string")return Buffer.byteLength(t);if(typeof t.byteLength=="number")return t.byteLength;
if(typeof t.size=="number")return t.size;if(typeof t.start=="number"&&typeof t.end=="number")return t.end+1-t.start;if(t instanceof Cn.ReadStream){if(t.path!=null)
return(0,Cn.lstatSync)(t.path).size;if(typeof t.fd=="number")return(0,Cn.fstatSync)(t.fd).size}throw new Error(`Body Length computation failed for ${t}`)}});var vt,QE=p(()=>{la();vt=t=>t instanceof Uint8Array?t:typeof t=="string"?se(t):ArrayBuffer.isView(t)?new Uint8Array(t.buffer,t.byteOffset,t.byteLength/Uint8Array.
BYTES_PER_ELEMENT):new Uint8Array(t)});function ma(t,e){if(e===void 0){e=0;for(let n of t)e+=n.byteLength}let r=new Uint8Array(e),o=0;for(let n of t)r.set(n,o),o+=n.byteLength;return r}var Du=p(()=>{});var je,xs=p(()=>{je=class t extends Error{name="ProviderError";tryNextLink;constructor(e,r=!0){let o,n=!0;typeof r=="boolean"?(o=void 0,n=r):r!=null&&typeof r==
"object"&&(o=r.logger,n=r.tryNextLink??!0),super(e),this.tryNextLink=n,Object.setPrototypeOf(this,t.prototype),o?.debug?.(`@smithy/property-provider ${n?"->":"(\
!)"} ${e}`)}static from(e,r=!0){return Object.assign(new this(e.message,r),e)}}});var R,fa=p(()=>{xs();R=class t extends je{name="CredentialsProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var At,ZE=p(()=>{xs();At=class t extends je{name="TokenProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var Fo,ku=p(()=>{xs();Fo=(...t)=>async()=>{if(t.length===0)throw new je("No providers in chain");let e;for(let r of t)try{return await r()}catch(o){if(e=o,o?.tryNextLink)
continue;throw o}throw e}});var ex,tx=p(()=>{ex=t=>()=>Promise.resolve(t)});var ga,$u=p(()=>{ga=(t,e,r)=>{let o,n,s,i=!1,a=async()=>{n||(n=t());try{o=await n,s=!0,i=!1}finally{n=void 0}return o};return e===void 0?async c=>((!s||c?.forceRefresh)&&
(o=await a()),o):async c=>((!s||c?.forceRefresh)&&(o=await a()),i?o:r&&!r(o)?(i=!0,o):(e(o)&&await a(),o))}});var bt,ha=p(()=>{bt=(t,e,r)=>{if(e in t){if(t[e]==="true")return!0;if(t[e]==="false")return!1;throw new Error(`Cannot load ${r} "${e}". Expected "true" or "fals\
e", got ${t[e]}.`)}}});var Qe,ya=p(()=>{(function(t){t.ENV="env",t.CONFIG="shared config entry"})(Qe||(Qe={}))});var rx,ox,Lu,p$,oo,Ss=p(()=>{rx=require("node:os"),ox=require("node:path"),Lu={},p$=()=>process&&process.geteuid?`${process.geteuid()}`:"DEFAULT",oo=()=>{let{HOME:t,
USERPROFILE:e,HOMEPATH:r,HOMEDRIVE:o=`C:${ox.sep}`}=process.env;if(t)return t;if(e)return e;if(r)return`${o}${r}`;let n=p$();return Lu[n]||(Lu[n]=(0,rx.homedir)()),
Lu[n]}});var Ea,nx,Ze,Uu=p(()=>{Ea="AWS_PROFILE",nx="default",Ze=t=>t.profile||process.env[Ea]||nx});var sx,ix,Rs,Fu=p(()=>{sx=require("node:crypto"),ix=require("node:path");Ss();Rs=t=>{let r=(0,sx.createHash)("sha1").update(t).digest("hex");return(0,ix.join)(oo(),
".aws","sso","cache",`${r}.json`)}});var ax,_s,ws,Mu=p(()=>{ax=require("node:fs/promises");Fu();_s={},ws=async t=>{if(_s[t])return _s[t];let e=Rs(t),r=await(0,ax.readFile)(e,"utf8");return JSON.parse(
r)}});var cx,px=p(()=>{Pr();cx=t=>Object.entries(t).filter(([e])=>{let r=e.indexOf(".");return r===-1?!1:Object.values(br).includes(e.substring(0,r))}).reduce((e,[r,o])=>{
let n=r.indexOf("."),s=r.substring(0,n)===br.PROFILE?r.substring(n+1):r;return e[s]=o,e},{...t.default&&{default:t.default}})});var lx,l$,xa,Bu=p(()=>{lx=require("node:path");Ss();l$="AWS_CONFIG_FILE",xa=()=>process.env[l$]||(0,lx.join)(oo(),".aws","config")});var dx,d$,ux,mx=p(()=>{dx=require("node:path");Ss();d$="AWS_SHARED_CREDENTIALS_FILE",ux=()=>process.env[d$]||(0,dx.join)(oo(),".aws","credentials")});var u$,m$,Is,Hu=p(()=>{Pr();u$=/^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/,m$=["__proto__","profile __proto__"],Is=t=>{let e={},r,o;for(let n of t.split(/\r?\n/)){let s=n.
split(/(^|\s)[;#]/)[0].trim();if(s[0]==="["&&s[s.length-1]==="]"){r=void 0,o=void 0;let a=s.substring(1,s.length-1),c=u$.exec(a);if(c){let[,l,,d]=c;Object.values(
br).includes(l)&&(r=[l,d].join("."))}else r=a;if(m$.includes(a))throw new Error(`Found invalid profile name "${a}"`)}else if(r){let a=s.indexOf("=");if(![0,-1].
includes(a)){let[c,l]=[s.substring(0,a).trim(),s.substring(a+1).trim()];if(l==="")o=c;else{o&&n.trimStart()===n&&(o=void 0),e[r]=e[r]||{};let d=o?[o,c].join("."):
c;e[r][d]=l}}}}return e}});var fx,ju,Ts,Cs,Sa=p(()=>{fx=require("node:fs/promises"),ju={},Ts={},Cs=(t,e)=>Ts[t]!==void 0?Ts[t]:((!ju[t]||e?.ignoreCache)&&(ju[t]=(0,fx.readFile)(t,"utf8")),
ju[t])});var Gu,gx,Ra,zu=p(()=>{Gu=require("node:path");px();Bu();mx();Ss();Hu();Sa();gx=()=>({}),Ra=async(t={})=>{let{filepath:e=ux(),configFilepath:r=xa()}=t,o=oo(),n="\
~/",s=e;e.startsWith(n)&&(s=(0,Gu.join)(o,e.slice(2)));let i=r;r.startsWith(n)&&(i=(0,Gu.join)(o,r.slice(2)));let a=await Promise.all([Cs(i,{ignoreCache:t.ignoreCache}).
then(Is).then(cx).catch(gx),Cs(s,{ignoreCache:t.ignoreCache}).then(Is).catch(gx)]);return{configFile:a[0],credentialsFile:a[1]}}});var hx,yx=p(()=>{Pr();hx=t=>Object.entries(t).filter(([e])=>e.startsWith(br.SSO_SESSION+".")).reduce((e,[r,o])=>({...e,[r.substring(r.indexOf(".")+1)]:o}),{})});var f$,vs,Ex=p(()=>{Bu();yx();Hu();Sa();f$=()=>({}),vs=async(t={})=>Cs(t.configFilepath??xa()).then(Is).then(hx).catch(f$)});var xx,Sx=p(()=>{xx=(...t)=>{let e={};for(let r of t)for(let[o,n]of Object.entries(r))e[o]!==void 0?Object.assign(e[o],n):e[o]=n;return e}});var Sr,Rx=p(()=>{zu();Sx();Sr=async t=>{let e=await Ra(t);return xx(e.configFile,e.credentialsFile)}});var As,_x=p(()=>{Mu();Sa();As={getFileRecord(){return Ts},interceptFile(t,e){Ts[t]=Promise.resolve(e)},getTokenRecord(){return _s},interceptToken(t,e){_s[t]=e}}});function _a(t){try{let e=new Set(Array.from(t.match(/([A-Z_]){3,}/g)??[]));return e.delete("CONFIG"),e.delete("CONFIG_PREFIX_SEPARATOR"),e.delete("ENV"),[...e].
join(", ")}catch{return t}}var Vu=p(()=>{});var wx,Ix=p(()=>{fa();Vu();wx=(t,e)=>async()=>{try{let r=t(process.env,e);if(r===void 0)throw new Error;return r}catch(r){throw new R(r.message||`Not found in E\
NV: ${_a(t.toString())}`,{logger:e?.logger})}}});var Tx,Cx=p(()=>{fa();Uu();zu();Vu();Tx=(t,{preferredFile:e="config",...r}={})=>async()=>{let o=Ze(r),{configFile:n,credentialsFile:s}=await Ra(r),i=s[o]||{},a=n[o]||
{},c=e==="config"?{...i,...a}:{...a,...i};try{let d=t(c,e==="config"?n:s);if(d===void 0)throw new Error;return d}catch(l){throw new R(l.message||`Not found in c\
onfig files w/ profile [${o}]: ${_a(t.toString())}`,{logger:r.logger})}}});var g$,vx,Ax=p(()=>{tx();g$=t=>typeof t=="function",vx=t=>g$(t)?async()=>await t():ex(t)});var _,qu=p(()=>{ku();$u();Ix();Cx();Ax();_=({environmentVariableSelector:t,configFileSelector:e,default:r},o={})=>{let{signingName:n,logger:s}=o;return ga(Fo(wx(
t,{signingName:n,logger:s}),Tx(e,o),vx(r)))}});var bx,Px,Pt,Ox=p(()=>{ha();ya();bx="AWS_USE_DUALSTACK_ENDPOINT",Px="use_dualstack_endpoint",Pt={environmentVariableSelector:t=>bt(t,bx,Qe.ENV),configFileSelector:t=>bt(
t,Px,Qe.CONFIG),default:!1}});var Nx,Dx,Ot,kx=p(()=>{ha();ya();Nx="AWS_USE_FIPS_ENDPOINT",Dx="use_fips_endpoint",Ot={environmentVariableSelector:t=>bt(t,Nx,Qe.ENV),configFileSelector:t=>bt(t,
Dx,Qe.CONFIG),default:!1}});var Bo,no,vn,$x,Lx,Wu=p(()=>{Bo=(t,e)=>{let r=[];if(t&&r.push(t),e)for(let o of e)r.push(o);return r},no=(t,e)=>`${t||"anonymous"}${e&&e.length>0?` (a.k.a. ${e.
join(",")})`:""}`,vn=()=>{let t=[],e=[],r=!1,o=new Set,n=u=>u.sort((m,f)=>$x[f.step]-$x[m.step]||Lx[f.priority||"normal"]-Lx[m.priority||"normal"]),s=u=>{let m=!1,
f=g=>{let y=Bo(g.name,g.aliases);if(y.includes(u)){m=!0;for(let h of y)o.delete(h);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},i=u=>{let m=!1,f=g=>{
if(g.middleware===u){m=!0;for(let y of Bo(g.name,g.aliases))o.delete(y);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},a=u=>(t.forEach(m=>{u.add(m.middleware,
{...m})}),e.forEach(m=>{u.addRelativeTo(m.middleware,{...m})}),u.identifyOnResolve?.(d.identifyOnResolve()),u),c=u=>{let m=[];return u.before.forEach(f=>{f.before.
length===0&&f.after.length===0?m.push(f):m.push(...c(f))}),m.push(u),u.after.reverse().forEach(f=>{f.before.length===0&&f.after.length===0?m.push(f):m.push(...c(
f))}),m},l=(u=!1)=>{let m=[],f=[],g={};return t.forEach(h=>{let S={...h,before:[],after:[]};for(let x of Bo(S.name,S.aliases))g[x]=S;m.push(S)}),e.forEach(h=>{let S={
...h,before:[],after:[]};for(let x of Bo(S.name,S.aliases))g[x]=S;f.push(S)}),f.forEach(h=>{if(h.toMiddleware){let S=g[h.toMiddleware];if(S===void 0){if(u)return;
throw new Error(`${h.toMiddleware} is not found when adding ${no(h.name,h.aliases)} middleware ${h.relation} ${h.toMiddleware}`)}h.relation==="after"&&S.after.push(
h),h.relation==="before"&&S.before.push(h)}}),n(m).map(c).reduce((h,S)=>(h.push(...S),h),[])},d={add:(u,m={})=>{let{name:f,override:g,aliases:y}=m,h={step:"init\
ialize",priority:"normal",middleware:u,...m},S=Bo(f,y);if(S.length>0){if(S.some(x=>o.has(x))){if(!g)throw new Error(`Duplicate middleware name '${no(f,y)}'`);for(let x of S){
let v=t.findIndex(L=>L.name===x||L.aliases?.some(Y=>Y===x));if(v===-1)continue;let b=t[v];if(b.step!==h.step||h.priority!==b.priority)throw new Error(`"${no(b.name,
b.aliases)}" middleware with ${b.priority} priority in ${b.step} step cannot be overridden by "${no(f,y)}" middleware with ${h.priority} priority in ${h.step} s\
tep.`);t.splice(v,1)}}for(let x of S)o.add(x)}t.push(h)},addRelativeTo:(u,m)=>{let{name:f,override:g,aliases:y}=m,h={middleware:u,...m},S=Bo(f,y);if(S.length>0){
if(S.some(x=>o.has(x))){if(!g)throw new Error(`Duplicate middleware name '${no(f,y)}'`);for(let x of S){let v=e.findIndex(L=>L.name===x||L.aliases?.some(Y=>Y===
x));if(v===-1)continue;let b=e[v];if(b.toMiddleware!==h.toMiddleware||b.relation!==h.relation)throw new Error(`"${no(b.name,b.aliases)}" middleware ${b.relation}\
 "${b.toMiddleware}" middleware cannot be overridden by "${no(f,y)}" middleware ${h.relation} "${h.toMiddleware}" middleware.`);e.splice(v,1)}}for(let x of S)o.
add(x)}e.push(h)},clone:()=>a(vn()),use:u=>{u.applyToStack(d)},remove:u=>typeof u=="string"?s(u):i(u),removeByTag:u=>{let m=!1,f=g=>{let{tags:y,name:h,aliases:S}=g;
if(y&&y.includes(u)){let x=Bo(h,S);for(let v of x)o.delete(v);return m=!0,!1}return!0};return t=t.filter(f),e=e.filter(f),m},concat:u=>{let m=a(vn());return m.use(
u),m.identifyOnResolve(r||m.identifyOnResolve()||(u.identifyOnResolve?.()??!1)),m},applyToStack:a,identify:()=>l(!0).map(u=>{let m=u.step??u.relation+" "+u.toMiddleware;
return no(u.name,u.aliases)+" - "+m}),identifyOnResolve(u){return typeof u=="boolean"&&(r=u),r},resolve:(u,m)=>{for(let f of l().map(g=>g.middleware).reverse())
u=f(u,m);return r&&console.log(d.identify()),u}};return d},$x={initialize:5,serialize:4,build:3,finalizeRequest:2,deserialize:1},Lx={high:3,normal:2,low:1}});var Te,Ux=p(()=>{Wu();Te=class{config;middlewareStack=vn();initConfig;handlers;constructor(e){this.config=e;let{protocol:r,protocolSettings:o}=e;o&&typeof r=="f\
unction"&&(e.protocol=new r(o))}send(e,r,o){let n=typeof r!="function"?r:void 0,s=typeof r=="function"?r:o,i=n===void 0&&this.config.cacheMiddleware===!0,a;if(i){
this.handlers||(this.handlers=new WeakMap);let c=this.handlers;c.has(e.constructor)?a=c.get(e.constructor):(a=e.resolveMiddleware(this.middlewareStack,this.config,
n),c.set(e.constructor,a))}else delete this.handlers,a=e.resolveMiddleware(this.middlewareStack,this.config,n);if(s)a(e).then(c=>s(null,c.output),c=>s(c)).catch(
()=>{});else return a(e).then(c=>c.output)}destroy(){this.config?.requestHandler?.destroy?.(),delete this.handlers}}});var jr,Ku=p(()=>{jr=t=>typeof t=="function"?t():t});var wa,Ju=p(()=>{wa=(t,e,r,o,n)=>({name:e,namespace:t,traits:r,input:o,output:n})});var Fx,Yu,Mx=p(()=>{J();Ju();Fx=t=>(e,r)=>async o=>{let{response:n}=await e(o),{operationSchema:s}=ee(r),[,i,a,c,l,d]=s??[];try{let u=await t.protocol.deserializeResponse(
wa(i,a,c,l,d),{...t,...r},n);return{response:n,output:u}}catch(u){if(Object.defineProperty(u,"$response",{value:n,enumerable:!1,writable:!1,configurable:!1}),!("\
$metadata"in u)){let m="Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";try{u.message+=`
  `+m}catch{!r.logger||r.logger?.constructor?.name==="NoOpLogger"?console.warn(m):r.logger?.warn?.(m)}typeof u.$responseBodyText<"u"&&u.$response&&(u.$response.
body=u.$responseBodyText);try{if(Je.isInstance(n)){let{headers:f={},statusCode:g}=n,y=Object.entries(f);u.$metadata={httpStatusCode:g,requestId:Yu(/^x-[\w-]+-request-?id$/,
y),extendedRequestId:Yu(/^x-[\w-]+-id-2$/,y),cfId:Yu(/^x-[\w-]+-cf-id$/,y)}}}catch{}}throw u}},Yu=(t,e)=>(e.find(([r])=>r.match(t))||[void 0,void 0])[1]});var Bx,Hx=p(()=>{J();Ju();Bx=t=>(e,r)=>async o=>{let{operationSchema:n}=ee(r),[,s,i,a,c,l]=n??[],d=r.endpointV2?async()=>ro(r.endpointV2):t.endpoint,u=await t.protocol.
serializeRequest(wa(s,i,a,c,l),o.input,{...t,...r,endpoint:d});return e({...o,request:u})}});function Nt(t){return{applyToStack:e=>{e.add(Bx(t),Gx),e.add(Fx(t),jx),t.protocol.setSerdeContext(t)}}}var jx,Gx,zx=p(()=>{Mx();Hx();jx={name:"deserializerMiddl\
eware",step:"deserialize",tags:["DESERIALIZER"],override:!0},Gx={name:"serializerMiddleware",step:"serialize",tags:["SERIALIZER"],override:!0}});function so(t){if(typeof t=="object")return t;if(t=t|0,Ia[t])return Ia[t];let e={},r=0;for(let o of["httpLabel","idempotent","idempotencyToken","sensitive","htt\
pPayload","httpResponseCode","httpQueryParams"])(t>>r++&1)===1&&(e[o]=1);return Ia[t]=e}var Ia,Xu=p(()=>{Ia=[]});function Ps(t,e){if(t instanceof U)return Object.assign(t,{memberName:e,_isMemberSchema:!0});let r=U;return new r(t,e)}var bs,Ta,Ca,U,Qu,Vx,qx=p(()=>{Ku();Xu();
bs={it:Symbol.for("@smithy/nor-struct-it"),ns:Symbol.for("@smithy/ns")},Ta=[],Ca={},U=class t{ref;memberName;static symbol=Symbol.for("@smithy/nor");symbol=t.symbol;name;schema;_isMemberSchema;traits;memberTraits;normalizedTraits;constructor(e,r){
this.ref=e,this.memberName=r;let o=[],n=e,s=e;for(this._isMemberSchema=!1;Qu(n);)o.push(n[1]),n=n[0],s=jr(n),this._isMemberSchema=!0;if(o.length>0){this.memberTraits=
{};for(let i=o.length-1;i>=0;--i){let a=o[i];Object.assign(this.memberTraits,so(a))}}else this.memberTraits=0;if(s instanceof t){let i=this.memberTraits;Object.
assign(this,s),this.memberTraits=Object.assign({},i,s.getMemberTraits(),this.getMemberTraits()),this.normalizedTraits=void 0,this.memberName=r??s.memberName;return}
if(this.schema=jr(s),Vx(this.schema)?(this.name=`${this.schema[1]}#${this.schema[2]}`,this.traits=this.schema[3]):(this.name=this.memberName??String(s),this.traits=
0),this._isMemberSchema&&!r)throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`)}static[Symbol.hasInstance](e){
let r=this.prototype.isPrototypeOf(e);return!r&&typeof e=="object"&&e!==null?e.symbol===this.symbol:r}static of(e){let r=typeof e=="function"||typeof e=="object"&&
e!==null;if(typeof e=="number"){if(Ta[e])return Ta[e]}else if(typeof e=="string"){if(Ca[e])return Ca[e]}else if(r&&e[bs.ns])return e[bs.ns];let o=jr(e);if(o instanceof
t)return o;if(Qu(o)){let[s,i]=o;if(s instanceof t)return Object.assign(s.getMergedTraits(),so(i)),s;throw new Error(`@smithy/core/schema - may not init unwrappe\
d member schema=${JSON.stringify(e,null,2)}.`)}let n=new t(o);return r?e[bs.ns]=n:typeof o=="string"?Ca[o]=n:typeof o=="number"?Ta[o]=n:n}getSchema(){let e=this.
schema;return Array.isArray(e)&&e[0]===0?e[4]:e}getName(e=!1){let{name:r}=this;return!e&&r&&r.includes("#")?r.split("#")[1]:r||void 0}getMemberName(){return this.
memberName}isMemberSchema(){return this._isMemberSchema}isListSchema(){let e=this.getSchema();return typeof e=="number"?e>=64&&e<128:e[0]===1}isMapSchema(){let e=this.
getSchema();return typeof e=="number"?e>=128&&e<=255:e[0]===2}isStructSchema(){let e=this.getSchema();if(typeof e!="object")return!1;let r=e[0];return r===3||r===
-3||r===4}isUnionSchema(){let e=this.getSchema();return typeof e!="object"?!1:e[0]===4}isBlobSchema(){let e=this.getSchema();return e===21||e===42}isTimestampSchema(){
let e=this.getSchema();return typeof e=="number"&&e>=4&&e<=7}isUnitSchema(){return this.getSchema()==="unit"}isDocumentSchema(){return this.getSchema()===15}isStringSchema(){
return this.getSchema()===0}isBooleanSchema(){return this.getSchema()===2}isNumericSchema(){return this.getSchema()===1}isBigIntegerSchema(){return this.getSchema()===
17}isBigDecimalSchema(){return this.getSchema()===19}isStreaming(){let{streaming:e}=this.getMergedTraits();return!!e||this.getSchema()===42}isIdempotencyToken(){
return!!this.getMergedTraits().idempotencyToken}getMergedTraits(){return this.normalizedTraits??(this.normalizedTraits={...this.getOwnTraits(),...this.getMemberTraits()})}getMemberTraits(){
return so(this.memberTraits)}getOwnTraits(){return so(this.traits)}getKeySchema(){let[e,r]=[this.isDocumentSchema(),this.isMapSchema()];if(!e&&!r)throw new Error(
`@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`);let o=this.getSchema(),n=e?15:o[4]??0;return Ps([n,0],"key")}getValueSchema(){let e=this.
getSchema(),[r,o,n]=[this.isDocumentSchema(),this.isMapSchema(),this.isListSchema()],s=typeof e=="number"?63&e:e&&typeof e=="object"&&(o||n)?e[3+e[0]]:r?15:void 0;
if(s!=null)return Ps([s,0],o?"value":"member");throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`)}getMemberSchema(e){let r=this.getSchema();
if(this.isStructSchema()&&r[4].includes(e)){let o=r[4].indexOf(e),n=r[5][o];return Ps(Qu(n)?n:[n,0],e)}if(this.isDocumentSchema())return Ps([15,0],e);throw new Error(
`@smithy/core/schema - ${this.getName(!0)} has no member=${e}.`)}getMemberSchemas(){let e={};try{for(let[r,o]of this.structIterator())e[r]=o}catch{}return e}getEventStreamMember(){
if(this.isStructSchema()){for(let[e,r]of this.structIterator())if(r.isStreaming()&&r.isStructSchema())return e}return""}*structIterator(){if(this.isUnitSchema())
return;if(!this.isStructSchema())throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");let e=this.getSchema(),r=e[4].length,o=e[bs.it];if(o&&
r===o.length){yield*o;return}o=Array(r);for(let n=0;n<r;++n){let s=e[4][n],i=Ps([e[5][n],0],s);yield o[n]=[s,i]}e[bs.it]=o}};Qu=t=>Array.isArray(t)&&t.length===
2,Vx=t=>Array.isArray(t)&&t.length>=5});var Q,Wx=p(()=>{Q=class t{namespace;schemas;exceptions;static registries=new Map;constructor(e,r=new Map,o=new Map){this.namespace=e,this.schemas=r,this.exceptions=
o,t.registries.has(e)||t.registries.set(e,this)}static for(e){return t.registries.get(e)??new t(e)}copyFrom(e){let{schemas:r,exceptions:o}=this;for(let[n,s]of e.
schemas)r.has(n)||r.set(n,s);for(let[n,s]of e.exceptions)o.has(n)||o.set(n,s)}register(e,r){let o=this.normalizeShapeId(e);for(let n of[this,t.for(o.split("#")[0])])
n.schemas.has(o)||n.schemas.set(o,r)}getSchema(e){let r=this.normalizeShapeId(e);if(!this.schemas.has(r)){if(!e.includes("#")){let o="#"+e,n=[];for(let[s,i]of this.
schemas.entries())s.endsWith(o)&&n.push(i);if(n.length===1)return n[0]}throw new Error(`@smithy/core/schema - schema not found for ${r}`)}return this.schemas.get(
r)}registerError(e,r){let o=e,n=o[1],s=n+"#"+o[2];r.hasOwnProperty?.("shapeId")||(r.shapeId=s);for(let i of[this,t.for(n)])!i.schemas.has(s)&&!i.exceptions.has(
o)&&(i.schemas.set(s,o),i.exceptions.set(o,r))}getErrorCtor(e){let r=e;return this.exceptions.has(r)?this.exceptions.get(r):t.for(r[1]).exceptions.get(r)}getBaseException(){
for(let e of this.exceptions.keys())if(Array.isArray(e)){let[,r,o]=e,n=r+"#"+o;if(n.startsWith("smithy.ts.sdk.synthetic.")&&n.endsWith("ServiceException"))return e}}find(e){
for(let r of this.schemas.values())if(e(r))return r}clear(){this.schemas.clear(),this.exceptions.clear()}normalizeShapeId(e){return e.includes("#")?e:this.namespace+
"#"+e}}});var X=p(()=>{Ku();zx();qx();Xu();Wx()});function An(t,e){if(e==null)return e;let r=U.of(t);if(r.getMergedTraits().sensitive)return Zu;if(r.isListSchema()){let o=r.getValueSchema();if(o.getMergedTraits().
sensitive)return Zu;if(Array.isArray(e))return e.map(n=>An(o,n))}else if(r.isMapSchema()){let o=r.getValueSchema();if(r.getKeySchema().getMergedTraits().sensitive||
o.getMergedTraits().sensitive)return Zu;if(typeof e=="object")return Object.fromEntries(Object.entries(e).map(([n,s])=>[n,An(o,s)]))}else if(r.isStructSchema()&&
typeof e=="object"){let o=e,n={};for(let[s,i]of r.structIterator())o[s]!=null&&(n[s]=An(i,o[s]));return n}return e}var Zu,Kx=p(()=>{X();Zu="***SensitiveInformat\
ion***"});var Jx,ar,em,tm=p(()=>{Pr();Wu();Kx();X();Jx=Symbol.for("@smithy/op-event-stream"),ar=class{middlewareStack=vn();schema;static classBuilder(){return new em}resolveMiddlewareWithContext(e,r,o,{
middlewareFn:n,clientName:s,commandName:i,inputFilterSensitiveLog:a,outputFilterSensitiveLog:c,smithyContext:l,additionalContext:d,CommandCtor:u}){for(let L of n.
bind(this)(u,e,r,o))this.middlewareStack.use(L);let m=e.concat(this.middlewareStack),{logger:f}=r,g=d[xr],y={logger:f,clientName:s,commandName:i,inputFilterSensitiveLog:a,
outputFilterSensitiveLog:c,...d,[xr]:{...g,commandInstance:this,...l,...o?.metricsRecorder===void 0?{}:{metricsRecorder:o.metricsRecorder},...o?.abortSignal===void 0?
{}:{abortSignal:o.abortSignal}}},{requestHandler:h}=r,S=o??{};S.metricsRecorder&&(S={...S},delete S.metricsRecorder);let x,v=this.schema,b=v?.[Jx];if(b!==void 0)
x=b;else if(v&&Array.isArray(v)&&v[0]===9){let[,,,,L,Y]=v;x=v[Jx]=!!(U.of(L).getEventStreamMember()||U.of(Y).getEventStreamMember())}return x&&(S={isEventStream:x,
...S}),m.resolve(L=>h.handle(L.request,S),y)}},em=class{_init=()=>{};_ep={};_middlewareFn=()=>[];_commandName="";_clientName="";_additionalContext={};_smithyContext={};_inputFilterSensitiveLog=void 0;_outputFilterSensitiveLog=void 0;_serializer=null;_deserializer=null;_operationSchema;init(e){
this._init=e}ep(e){return this._ep=e,this}m(e){return this._middlewareFn=e,this}s(e,r,o={}){return this._smithyContext={service:e,operation:r,...o},this}c(e={}){
return this._additionalContext=e,this}n(e,r){return this._clientName=e,this._commandName=r,this}f(e=o=>o,r=o=>o){return this._inputFilterSensitiveLog=e,this._outputFilterSensitiveLog=
r,this}ser(e){return this._serializer=e,this}de(e){return this._deserializer=e,this}sc(e){return this._operationSchema=e,this._smithyContext.operationSchema=e,this}build(){
let e=this,r;return r=class extends ar{input;static getEndpointParameterInstructions(){return e._ep}constructor(...[o]){super(),this.input=o??{},e._init(this),this.
schema=e._operationSchema}resolveMiddleware(o,n,s){let i=e._operationSchema,a=i?.[4]??i?.input,c=i?.[5]??i?.output;return this.resolveMiddlewareWithContext(o,n,
s,{CommandCtor:r,middlewareFn:e._middlewareFn,clientName:e._clientName,commandName:e._commandName,inputFilterSensitiveLog:e._inputFilterSensitiveLog??(i?An.bind(
null,a):l=>l),outputFilterSensitiveLog:e._outputFilterSensitiveLog??(i?An.bind(null,c):l=>l),smithyContext:e._smithyContext,additionalContext:e._additionalContext})}serialize=e.
_serializer;deserialize=e._deserializer}}}});var Gr,Yx=p(()=>{Gr=(t,e,r)=>{for(let[s,i]of Object.entries(t)){let a=async function(l,d,u){let m=new i(l);if(typeof d=="function")this.send(m,d);else if(typeof u==
"function"){if(typeof d!="object")throw new Error(`Expected http options but got ${typeof d}`);this.send(m,d||{},u)}else return this.send(m,d)},c=(s[0].toLowerCase()+
s.slice(1)).replace(/Command$/,"");e.prototype[c]=a}let{paginators:o={},waiters:n={}}=r??{};for(let[s,i]of Object.entries(o))e.prototype[s]===void 0&&(e.prototype[s]=
function(a={},c,...l){return i({...c,client:this},a,...l)});for(let[s,i]of Object.entries(n))e.prototype[s]===void 0&&(e.prototype[s]=async function(a={},c,...l){
let d=c;return typeof c=="number"&&(d={maxWaitTime:c}),i({...d,client:this},a,...l)})}});var et,va,Xx=p(()=>{et=class t extends Error{static shapeId="smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";$fault;$response;$retryable;$metadata;constructor(e){
super(e.message),Object.setPrototypeOf(this,Object.getPrototypeOf(this).constructor.prototype),this.name=e.name,this.$fault=e.$fault,this.$metadata=e.$metadata}static isInstance(e){
if(!e)return!1;let r=e;return t.prototype.isPrototypeOf(r)||!!r.$fault&&!!r.$metadata&&(r.$fault==="client"||r.$fault==="server")}static[Symbol.hasInstance](e){
if(!e)return!1;let r=e;if(this===t)return t.isInstance(e);if(t.isInstance(e)){if(this.prototype.isPrototypeOf(e))return!0;let o=Object.prototype.hasOwnProperty.
call(this,"shapeId")?this.shapeId:void 0,n=!1;if(o){let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor,c=a!==t&&Object.prototype.
hasOwnProperty.call(a,"shapeId")?a?.shapeId:void 0;if(c&&(n=!0,c===o))return!0;i=Object.getPrototypeOf(i)}}if(o&&n)return!1;let s=this.name;if(s&&s.length>=6){if(r.
name===s)return!0;let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor?.name;if(a&&a!=="Error"&&a===s)return!0;i=Object.getPrototypeOf(
i)}}}return!1}},va=(t,e={})=>{Object.entries(e).filter(([,o])=>o!==void 0).forEach(([o,n])=>{(t[o]==null||t[o]==="")&&(t[o]=n)});let r=t.message||t.Message||"Un\
knownError";return t.message=r,delete t.Message,t}});var Dt,Qx=p(()=>{Dt=t=>{switch(t){case"standard":return{retryMode:"standard",connectionTimeout:3100};case"in-region":return{retryMode:"standard",connectionTimeout:1100};case"\
cross-region":return{retryMode:"standard",connectionTimeout:3100};case"mobile":return{retryMode:"standard",connectionTimeout:3e4};default:return{}}}});var Zx,kt,eS=p(()=>{Zx=!1,kt=t=>{t&&!Zx&&parseInt(t.substring(1,t.indexOf(".")))<16&&(Zx=!0)}});var tS,rS,oS,nS=p(()=>{J();Pr();tS=Object.values(Br),rS=t=>{let e=[];for(let r in Br){if(!P(Br,r))continue;let o=Br[r];t[o]!==void 0&&e.push({algorithmId:()=>o,
checksumConstructor:()=>t[o]})}for(let[r,o]of Object.entries(t.checksumAlgorithms??{}))e.push({algorithmId:()=>r,checksumConstructor:()=>o});return{addChecksumAlgorithm(r){
t.checksumAlgorithms=t.checksumAlgorithms??{};let o=r.algorithmId(),n=r.checksumConstructor();tS.includes(o)?t.checksumAlgorithms[o.toUpperCase()]=n:t.checksumAlgorithms[o]=
n,e.push(r)},checksumAlgorithms(){return e}}},oS=t=>{let e={};return t.checksumAlgorithms().forEach(r=>{let o=r.algorithmId();tS.includes(o)&&(e[o]=r.checksumConstructor())}),
e}});var sS,iS,aS=p(()=>{sS=t=>({setRetryStrategy(e){t.retryStrategy=e},retryStrategy(){return t.retryStrategy}}),iS=t=>{let e={};return e.retryStrategy=t.retryStrategy(),
e}});var $t,Lt,cS=p(()=>{nS();aS();$t=t=>Object.assign(rS(t),sS(t)),Lt=t=>Object.assign(oS(t),iS(t))});var Aa,pS=p(()=>{J();Aa=t=>{let e="#text";for(let r in t)P(t,r)&&(t[r][e]!==void 0?t[r]=t[r][e]:typeof t[r]=="object"&&t[r]!==null&&(t[r]=Aa(t[r])));return t}});var _e,lS=p(()=>{_e=class{trace(){}debug(){}info(){}warn(){}error(){}}});function Ut(t,e,r,o){return function(s,i,a,c,l={}){let d=Object.assign({},t,s);return ar.classBuilder().ep(d).m(function(u,m,f,g){let y=i.call(this,u,m,f,g);return y.
unshift(o(f,u.getEndpointParameterInstructions())),y}).s(e,a,l).n(r,a.charAt(0).toUpperCase()+a.slice(1)+"Command").sc(c).build()}}var dS=p(()=>{tm()});var T=p(()=>{J();J();Ux();tm();Yx();Qx();eS();Xx();cS();pS();lS();dS()});var uS,rm,om,mS,fS,gS,hS,yS,ES,nm=p(()=>{uS="AWS_EXECUTION_ENV",rm="AWS_REGION",om="AWS_DEFAULT_REGION",mS="AWS_EC2_METADATA_DISABLED",fS=["in-region","cross-re\
gion","mobile","standard","legacy"],gS="/latest/meta-data/placement/region",hS="/latest/api/token",yS="x-aws-ec2-metadata-token",ES="x-aws-ec2-metadata-token-tt\
l-seconds"});var sm=Yd((B5,xS)=>{xS.exports=require("node:http")});var SS,h$,wS,ba,RS,y$,_S,im=p(()=>{nm();SS=1e3,h$=6e4,wS=0,ba=async()=>{if(!process.env[mS]&&!(Date.now()<wS))try{let t=y$(),e=(await _S({...t,path:hS,method:"P\
UT",headers:{[ES]:"21600"}})).toString();return(await _S({...t,path:gS,method:"GET",headers:{[yS]:e}})).toString().trim()||RS()}catch{return RS()}},RS=()=>{wS=Date.
now()+h$},y$=()=>{let t=process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;if(t){let e=new URL(t);return{hostname:e.hostname.replace(/^\[(.+)]$/,"$1"),port:e.port?Number(
e.port):void 0}}return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE==="IPv6"?{hostname:"fd00:ec2::254"}:{hostname:"169.254.169.254"}},_S=async t=>{let{request:e}=await Promise.resolve().then(()=>Ur(sm()));
return new Promise((r,o)=>{let n=e({hostname:t.hostname,port:t.port,path:t.path,method:t.method,headers:t.headers,timeout:SS,signal:AbortSignal.timeout(SS)});n.
on("error",s=>{o(s),n.destroy()}),n.on("timeout",()=>{o(new Error("TimeoutError from instance metadata service")),n.destroy()}),n.on("response",s=>{let{statusCode:i=400}=s;
if(i<200||i>=300){o(Object.assign(new Error("Error response received from instance metadata service"),{statusCode:i})),n.destroy();return}let a=[];s.on("data",c=>a.
push(c)),s.on("end",()=>{r(Buffer.concat(a)),n.destroy()})}),n.end()})}});var IS,TS,be,tt,am=p(()=>{im();IS="AWS_REGION",TS="region",be={environmentVariableSelector:t=>t[IS],configFileSelector:t=>t[TS],default:async()=>{let t=await ba();
if(t)return t;throw new Error("Region is missing")}},tt={preferredFile:"credentials"}});var CS,vS,AS=p(()=>{J();CS=new Set,vS=(t,e=Or)=>{if(!CS.has(t)&&!e(t))if(t==="*")console.warn('@smithy/config-resolver WARN - Please use the caller region inste\
ad of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.');else throw new Error(`Region not accepted: region="${t}\
" is not a valid hostname component.`);else CS.add(t)}});var Pa,cm=p(()=>{Pa=t=>typeof t=="string"&&(t.startsWith("fips-")||t.endsWith("-fips"))});var bS,PS=p(()=>{cm();bS=t=>Pa(t)?["fips-aws-global","aws-fips"].includes(t)?"us-east-1":t.replace(/fips-(dkr-|prod-)?|-fips/,""):t});var Ft,OS=p(()=>{AS();PS();cm();Ft=t=>{let{region:e,useFipsEndpoint:r}=t;if(!e)throw new Error("Region is missing");return Object.assign(t,{region:async()=>{let o=typeof e==
"function"?await e():e,n=bS(o);return vS(n),n},useFipsEndpoint:async()=>{let o=typeof e=="string"?e:await e();return Pa(o)?!0:typeof r!="function"?Promise.resolve(
!!r):r()}})}});var E$,x$,NS,DS=p(()=>{E$="AWS_DEFAULTS_MODE",x$="defaults_mode",NS={environmentVariableSelector:t=>t[E$],configFileSelector:t=>t[x$],default:"legacy"}});var Mt,S$,R$,kS=p(()=>{am();im();qu();$u();nm();DS();Mt=({region:t=_(be),defaultsMode:e=_(NS)}={})=>ga(async()=>{let r=typeof e=="function"?await e():e;switch(r?.
toLowerCase()){case"auto":return S$(t);case"in-region":case"cross-region":case"mobile":case"standard":case"legacy":return Promise.resolve(r?.toLocaleLowerCase());case void 0:
return Promise.resolve("legacy");default:throw new Error(`Invalid parameter for "defaultsMode", expect ${fS.join(", ")}, got ${r}`)}}),S$=async t=>{if(t){let e=typeof t==
"function"?await t():t,r=await R$();return r?e===r?"in-region":"cross-region":"standard"}return"standard"},R$=async()=>process.env[uS]&&(process.env[rm]||process.
env[om])?process.env[rm]??process.env[om]:ba()});var $=p(()=>{xs();fa();ZE();ku();ha();ya();Uu();Fu();Mu();Ex();Rx();_x();qu();Ox();kx();am();OS();kS()});var $S,LS,US,FS=p(()=>{$S="AWS_ENDPOINT_URL",LS="endpoint_url",US=t=>({environmentVariableSelector:e=>{let r=t.split(" ").map(s=>s.toUpperCase()),o=e[[$S,...r].
join("_")];if(o)return o;let n=e[$S];if(n)return n},configFileSelector:(e,r)=>{if(e.services){let n=["services",e.services].join(".");if(!r||!r[n])throw new Error(
`The services section "${e.services}" specified in the profile is not present in the shared configuration file.`);let s=r[n],i=t.split(" ").map(c=>c.toLowerCase()),
a=s[[i.join("_"),LS].join(".")];if(a)return a}let o=e[LS];if(o)return o},default:void 0})});var _$,w$,MS,BS=p(()=>{$();_$="AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",w$="ignore_configured_endpoint_urls",MS={environmentVariableSelector:t=>bt(t,_$,Qe.ENV),configFileSelector:t=>bt(
t,w$,Qe.CONFIG),default:!1}});var Os,HS=p(()=>{$();FS();BS();Os=async t=>{if(!await _(MS)())return _(US(t??""))()}});var pm,I$,T$,C$,jS,GS,zS=p(()=>{pm=async t=>{let e=t?.Bucket||"";if(typeof t.Bucket=="string"&&(t.Bucket=e.replace(/#/g,encodeURIComponent("#")).replace(/\?/g,encodeURIComponent(
"?"))),GS(e)){if(t.ForcePathStyle===!0)throw new Error("Path-style addressing cannot be used with ARN buckets")}else(!jS(e)||e.indexOf(".")!==-1&&!String(t.Endpoint).
startsWith("http:")||e.toLowerCase()!==e||e.length<3)&&(t.ForcePathStyle=!0);return t.DisableMultiRegionAccessPoints&&(t.disableMultiRegionAccessPoints=!0,t.DisableMRAP=
!0),t},I$=/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,T$=/(\d+\.){3}\d+/,C$=/\.\./,jS=t=>I$.test(t)&&!T$.test(t)&&!C$.test(t),GS=t=>{let[e,r,o,,,n]=t.split(":"),s=e===
"arn"&&t.split(":").length>=6,i=!!(s&&r&&o&&n);if(s&&!i)throw new Error(`Invalid ARN: ${t} was an invalid ARN.`);return i}});var VS=p(()=>{zS()});var qS,WS=p(()=>{qS=(t,e,r,o=!1)=>{let n=async()=>{let s;return o?s=r.clientContextParams?.[t]??r[t]??r[e]:s=r[t]??r[e],typeof s=="function"?s():s};return t==="\
credentialScope"||e==="CredentialScope"?async()=>{let s=typeof r.credentials=="function"?await r.credentials():r.credentials;return s?.credentialScope??s?.CredentialScope}:
t==="accountId"||e==="AccountId"?async()=>{let s=typeof r.credentials=="function"?await r.credentials():r.credentials;return s?.accountId??s?.AccountId}:t==="en\
dpoint"||e==="endpoint"?async()=>{if(r.isCustomEndpoint===!1)return;let s=await n();if(s&&typeof s=="object"){if("url"in s)return s.url.href;if("hostname"in s){
let{protocol:i,hostname:a,port:c,path:l}=s;return`${i}//${a}${c?":"+c:""}${l}`}}return s}:n}});var lm=p(()=>{J()});function Oa(t){return async(e,r,o,n)=>{if(!o.isCustomEndpoint&&!o.ignoreConfiguredEndpointUrls){let a;o.serviceConfiguredEndpoint?a=await o.serviceConfiguredEndpoint():
a=await t(o.serviceId),a&&(o.endpoint=()=>Promise.resolve(ro(a)),o.isCustomEndpoint=!0,n?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from confi\
g: ${a}`))}let s=await Na(e,r,o);if(typeof o.endpointProvider!="function")throw new Error("config.endpointProvider is not set.");let i=o.endpointProvider(s,n);if(o.
isCustomEndpoint&&o.endpoint){let a=await o.endpoint();if(a?.headers){i.headers??={};for(let[c,l]of Object.entries(a.headers))i.headers[c]=Array.isArray(l)?l:[l]}}
return i}}var Na,Da=p(()=>{VS();WS();lm();Na=async(t,e,r)=>{let o={},n=e?.getEndpointParameterInstructions?.()||{};for(let[s,i]of Object.entries(n))switch(i.type){case"\
staticContextParams":o[s]=i.value;break;case"contextParams":o[s]=t[i.name];break;case"clientContextParams":case"builtInParams":o[s]=await qS(i.name,s,r,i.type!==
"builtInParams")();break;case"operationContextParams":o[s]=i.get(t);break;default:throw new Error("Unrecognized endpoint parameter instruction: "+JSON.stringify(
i))}return Object.keys(n).length===0&&Object.assign(o,r),String(r.serviceId).toLowerCase()==="s3"&&await pm(o),o}});function v$(t,e,r){t.__smithy_context?t.__smithy_context.features||(t.__smithy_context.features={}):t.__smithy_context={features:{}},t.__smithy_context.features[e]=
r}function ka(t){let e=Oa(t);return({config:r,instructions:o})=>(n,s)=>async i=>{r.isCustomEndpoint&&v$(s,"ENDPOINT_OVERRIDE","N");let a=await e(i.input,{getEndpointParameterInstructions(){
return o}},{...r},s);s.endpointV2=a,s.authSchemes=a.properties?.authSchemes;let c=s.authSchemes?.[0];if(c){s.signing_region=c.signingRegion,s.signing_service=c.
signingName;let d=ee(s)?.selectedHttpAuthScheme?.httpAuthOption;d&&(d.signingProperties=Object.assign(d.signingProperties||{},{signing_region:c.signingRegion,signingRegion:c.
signingRegion,signing_service:c.signingName,signingName:c.signingName,signingRegionSet:c.signingRegionSet},c.properties))}return n({...i})}}var dm=p(()=>{J();Da()});function KS(t){let e=ka(t);return(r,o)=>({applyToStack:n=>{n.addRelativeTo(e({config:r,instructions:o}),b$)}})}var A$,b$,JS=p(()=>{dm();A$={name:"serializerMidd\
leware",step:"serialize",tags:["SERIALIZER"],override:!0},b$={step:"serialize",tags:["ENDPOINT_PARAMETERS","ENDPOINT_V2","ENDPOINT"],name:"endpointV2Middleware",
override:!0,relation:"before",toMiddleware:A$.name}});function YS(t){return e=>{let r=e.tls??!0,{endpoint:o,useDualstackEndpoint:n,useFipsEndpoint:s}=e,i=o!=null?async()=>ro(await q(o)()):void 0,c=Object.assign(e,{
endpoint:i,tls:r,isCustomEndpoint:!!o,useDualstackEndpoint:q(n??!1),useFipsEndpoint:q(s??!1),ignoreConfiguredEndpointUrls:!!e.ignoreConfiguredEndpointUrls}),l;return c.
serviceConfiguredEndpoint=async()=>(e.serviceId&&!l&&(l=t(e.serviceId)),l),c}}var XS=p(()=>{J();lm()});var rt,QS=p(()=>{rt=class t{nodes;root;conditions;results;constructor(e,r,o,n){this.nodes=e,this.root=r,this.conditions=o,this.results=n}static from(e,r,o,n){return new t(
e,r,o,n)}}});var ot,ZS=p(()=>{ot=class{capacity;data=new Map;parameters=[];constructor({size:e,params:r}){this.capacity=e??50,r&&(this.parameters=r)}get(e,r){let o=this.hash(
e);if(o===!1)return r();if(!this.data.has(o)){if(this.data.size>this.capacity+10){let n=this.data.keys(),s=0;for(;;){let{value:i,done:a}=n.next();if(this.data.delete(
i),a||++s>10)break}}this.data.set(o,r())}return this.data.get(o)}size(){return this.data.size}hash(e){let r="",{parameters:o}=this;if(o.length===0)return!1;for(let n of o){
let s=e[n],i=s==null?"\0":String(s);if(i.includes("|;"))return!1;r+=i+"|;"}return r}}});var de,eR=p(()=>{de=class extends Error{constructor(e){super(e),this.name="EndpointError"}}});var zr=p(()=>{eR()});var um,tR=p(()=>{um="endpoints"});function bn(t){return typeof t!="object"||t==null?t:"ref"in t?`$${bn(t.ref)}`:"fn"in t?`${t.fn}(${(t.argv||[]).map(bn).join(", ")})`:JSON.stringify(t,null,2)}var rR=p(
()=>{});var oR=p(()=>{tR();rR()});var Pe,mm=p(()=>{Pe={}});var fm,nR=p(()=>{fm=(t,e)=>t===e});function gm(...t){for(let e of t)if(e!=null)return e}var sR=p(()=>{});var iR,aR=p(()=>{zr();iR=t=>{let e=t.split("."),r=[];for(let o of e){let n=o.indexOf("[");if(n!==-1){if(o.indexOf("]")!==o.length-1)throw new de(`Path: '${t}' d\
oes not end with ']'`);let s=o.slice(n+1,-1);if(Number.isNaN(parseInt(s)))throw new de(`Invalid array index: '${s}' in path: '${t}'`);n!==0&&r.push(o.slice(0,n)),
r.push(s)}else r.push(o)}return r}});var Ns,cR=p(()=>{zr();aR();Ns=(t,e)=>iR(e).reduce((r,o)=>{if(typeof r!="object")throw new de(`Index '${o}' in '${e}' not found in '${JSON.stringify(t)}'`);if(Array.
isArray(r)){let n=parseInt(o);return r[n<0?r.length+n:n]}return r[o]},t)});var hm,pR=p(()=>{hm=t=>t!=null});function ym(t,e,r){return t?e:r}var lR=p(()=>{});var Em,dR=p(()=>{Em=t=>!t});var P$,Pn,xm=p(()=>{P$=new RegExp("^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$"),Pn=t=>P$.test(t)||t.startsWith(
"[")&&t.endsWith("]")});var Sm,Rm,uR=p(()=>{Pr();xm();Sm={[Lo.HTTP]:80,[Lo.HTTPS]:443},Rm=t=>{let e=(()=>{try{if(t instanceof URL)return t;if(typeof t=="object"&&"hostname"in t){let{hostname:m,
port:f,protocol:g="",path:y="",query:h={}}=t,S=new URL(`${g}//${m}${f?`:${f}`:""}${y}`);return S.search=Object.entries(h).map(([x,v])=>`${x}=${v}`).join("&"),S}
return new URL(t)}catch{return null}})();if(!e)return console.error(`Unable to parse ${JSON.stringify(t)} as a whatwg URL.`),null;let r=e.href,{host:o,hostname:n,
pathname:s,protocol:i,search:a}=e;if(a)return null;let c=i.slice(0,-1);if(!Object.values(Lo).includes(c))return null;let l=Pn(n),d=r.includes(`${o}:${Sm[c]}`)||
typeof t=="string"&&t.includes(`${o}:${Sm[c]}`),u=`${o}${d?`:${Sm[c]}`:""}`;return{scheme:c,authority:u,path:s,normalizedPath:s.endsWith("/")?s:`${s}/`,isIp:l}}});function _m(t,e,r){if(r===1)return[t];if(t==="")return[""];let o=t.split(e);return r===0?o:o.slice(0,r-1).concat(o.slice(1).join(e))}var mR=p(()=>{});var wm,fR=p(()=>{wm=(t,e)=>t===e});var Im,gR=p(()=>{Im=(t,e,r,o)=>t==null||e>=r||t.length<r||/[^\u0000-\u007f]/.test(t)?null:o?t.substring(t.length-r,t.length-e):t.substring(e,r)});var Tm,hR=p(()=>{Tm=t=>encodeURIComponent(t).replace(/[!*'()]/g,e=>`%${e.charCodeAt(0).toString(16).toUpperCase()}`)});var Cm=p(()=>{nR();sR();cR();pR();J();lR();dR();uR();mR();fR();gR();hR()});var yR,ER=p(()=>{Cm();yR={booleanEquals:fm,coalesce:gm,getAttr:Ns,isSet:hm,isValidHostLabel:Or,ite:ym,not:Em,parseURL:Rm,split:_m,stringEquals:wm,substring:Im,uriEncode:Tm}});var $a,vm=p(()=>{Cm();$a=(t,e)=>{let r=[],{referenceRecord:o,endpointParams:n}=e,s=0;for(;s<t.length;){let i=t.indexOf("{",s);if(i===-1){r.push(t.slice(s));break}
r.push(t.slice(s,i));let a=t.indexOf("}",i);if(a===-1){r.push(t.slice(i));break}t[i+1]==="{"&&t[a+1]==="}"&&(r.push(t.slice(i+1,a)),s=a+2);let c=t.substring(i+1,
a);if(c.includes("#")){let[l,d]=c.split("#");r.push(Ns(o[l]??n[l],d))}else r.push(o[c]??n[c]);s=a+1}return r.join("")}});var xR,SR=p(()=>{xR=({ref:t},e)=>e.referenceRecord[t]??e.endpointParams[t]});var Ho,La,RR,Ds=p(()=>{zr();mm();ER();vm();SR();Ho=(t,e,r)=>{if(typeof t=="string")return $a(t,r);if(t.fn)return RR.callFunction(t,r);if(t.ref)return xR(t,r);throw new de(
`'${e}': ${String(t)} is not a string, function or reference.`)},La=({fn:t,argv:e},r)=>{let o=Array(e.length);for(let i=0;i<o.length;++i){let a=e[i];typeof a=="\
boolean"||typeof a=="number"?o[i]=a:o[i]=RR.evaluateExpression(a,"arg",r)}let n=t.indexOf(".");if(n!==-1){let a=Pe[t.slice(0,n)]?.[t.slice(n+1)];if(typeof a=="f\
unction")return a(...o)}let s=yR[t];if(typeof s=="function")return s(...o);throw new Error(`function ${t} not loaded in endpointFunctions.`)},RR={evaluateExpression:Ho,
callFunction:La}});var _R=p(()=>{Ds()});var wR,IR=p(()=>{oR();zr();_R();wR=(t,e)=>{let{assign:r}=t;if(r&&r in e.referenceRecord)throw new de(`'${r}' is already defined in Reference Record.`);let o=La(
t,e);e.logger?.debug?.(`${um} evaluateCondition: ${bn(t)} = ${bn(o)}`);let n=o===""?!0:!!o;return r!=null?{result:n,toAssign:{name:r,value:o}}:{result:n}}});var TR,CR=p(()=>{zr();Ds();TR=(t,e)=>Object.entries(t??{}).reduce((r,[o,n])=>(r[o]=n.map(s=>{let i=Ho(s,"Header value entry",e);if(typeof i!="string")throw new de(
`Header '${o}' value '${i}' is not a string`);return i}),r),{})});var Am,vR,AR,bR=p(()=>{zr();vm();Am=(t,e)=>Object.entries(t).reduce((r,[o,n])=>(r[o]=AR.getEndpointProperty(n,e),r),{}),vR=(t,e)=>{if(Array.isArray(t))return t.
map(r=>vR(r,e));switch(typeof t){case"string":return $a(t,e);case"object":if(t===null)throw new de(`Unexpected endpoint property: ${t}`);return AR.getEndpointProperties(
t,e);case"boolean":return t;default:throw new de(`Unexpected endpoint property type: ${typeof t}`)}},AR={getEndpointProperty:vR,getEndpointProperties:Am}});var PR,OR=p(()=>{zr();Ds();PR=(t,e)=>{let r=Ho(t,"Endpoint URL",e);if(typeof r=="string")try{return new URL(r)}catch(o){throw console.error(`Failed to construct\
 URL with ${r}`,o),o}throw new de(`Endpoint URL must be a string, got ${typeof r}`)}});var bm,Bt,NR=p(()=>{zr();IR();Ds();CR();bR();OR();bm=1e8,Bt=(t,e)=>{let{nodes:r,root:o,results:n,conditions:s}=t,i=o,a={},c={referenceRecord:a,endpointParams:e.
endpointParams,logger:e.logger};for(;i!==1&&i!==-1&&i<bm;){let l=3*(Math.abs(i)-1),[d,u,m]=[r[l],r[l+1],r[l+2]],[f,g,y]=s[d],h=wR({fn:f,assign:y,argv:g},c);if(h.
toAssign){let{name:S,value:x}=h.toAssign;a[S]=x}i=i>=0===h.result?u:m}if(i>=bm){let l=n[i-bm];if(l[0]===-1){let[,f]=l;throw new de(Ho(f,"Error",c))}let[d,u,m]=l;
return{url:PR(d,c),properties:Am(u,c),headers:TR(m??{},c)}}throw new de("No matching endpoint.")}});var PJ,cr,OJ,pr,W=p(()=>{HS();Da();dm();JS();XS();QS();ZS();NR();xm();J();mm();Da();PJ=Oa(Os),cr=YS(Os),OJ=ka(Os),pr=KS(Os)});var ks,Ua,Fa=p(()=>{ks=t=>typeof ReadableStream=="function"&&(t?.constructor?.name===ReadableStream.name||t instanceof ReadableStream),Ua=t=>typeof Blob=="funct\
ion"&&(t?.constructor?.name===Blob.name||t instanceof Blob)});var DR,kR=p(()=>{DR=t=>new TextEncoder().encode(t)});var $R,jJ,LR,Ma,Pm,UR,FR=p(()=>{$R="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",jJ=Object.entries($R).reduce((t,[e,r])=>(t[r]=Number(e),t),
{}),LR=$R.split(""),Ma=6,Pm=8,UR=63});function MR(t){let e;typeof t=="string"?e=DR(t):e=t;let r=typeof e=="object"&&typeof e.length=="number",o=typeof e=="object"&&typeof e.byteOffset=="number"&&typeof e.
byteLength=="number";if(!r&&!o)throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");let n="";for(let s=0;s<e.length;s+=
3){let i=0,a=0;for(let l=s,d=Math.min(s+3,e.length);l<d;l++)i|=e[l]<<(d-l-1)*Pm,a+=Pm;let c=Math.ceil(a/Ma);i<<=c*Ma-a;for(let l=1;l<=c;l++){let d=(c-l)*Ma;n+=LR[(i&
UR<<d)>>d]}n+="==".slice(0,4-c)}return n}var BR=p(()=>{kR();FR()});var HR,jR=p(()=>{HR=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@smi\
thy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return new TextDecoder("utf-8").decode(t)}});async function Om(t){return t.arrayBuffer().then(e=>new Uint8Array(e))}async function Nm(t){let e=[],r=t.getReader(),o=0;for(;;){let{done:n,value:s}=await r.read();
if(s&&(e.push(s),o+=s.length),n)break}return ma(e,o)}var GR,Dm=p(()=>{Du();Fa();GR=async t=>Ua(t)?Om(t):Nm(t)});var zR,qR,VR,WR=p(()=>{BR();Nu();jR();Dm();Fa();zR="The stream has already been transformed.",qR=t=>{if(!VR(t)&&!ks(t)){let n=t?.__proto__?.constructor?.name||t;
throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${n}`)}let e=!1,r=async()=>{if(e)throw new Error(zR);return e=!0,await GR(
t)},o=n=>{if(typeof n.stream!="function")throw new Error(`Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.
If you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body`);return n.stream()};return Object.
assign(t,{transformToByteArray:r,transformToString:async n=>{let s=await r();if(n==="base64")return MR(s);if(n==="hex")return Xe(s);if(n===void 0||n==="utf8"||n===
"utf-8")return HR(s);if(typeof TextDecoder=="function")return new TextDecoder(n).decode(s);throw new Error("TextDecoder is not available, please make sure polyf\
ill is provided.")},transformToWebStream:()=>{if(e)throw new Error(zR);if(e=!0,VR(t))return o(t);if(ks(t))return t;throw new Error(`Cannot transform payload to \
web stream, got ${t}`)}})},VR=t=>typeof Blob=="function"&&t instanceof Blob});var KR,Ge,km,$m=p(()=>{KR=require("node:stream");Du();Dm();Fa();Ge=t=>Ua(t)?Om(t):ks(t)?Nm(t):new Promise((e,r)=>{let o=new km,n=t;n.pipe(o),n.on("error",s=>{o.
end(),r(s)}),o.on("error",r),o.on("finish",function(){let s=ma(this.bufferedBytes);e(s)})}),km=class extends KR.Writable{bufferedBytes=[];_write(e,r,o){this.bufferedBytes.
push(e),o()}}});var Ba,JR,$s,YR=p(()=>{Ba=require("node:stream");wn();WR();$m();JR="The stream has already been transformed.",$s=t=>{if(!(t instanceof Ba.Readable))try{return qR(
t)}catch{let n=t?.__proto__?.constructor?.name||t;throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${n}`)}let e=!1,r=async()=>{
if(e)throw new Error(JR);return e=!0,await Ge(t)};return Object.assign(t,{transformToByteArray:r,transformToString:async o=>{let n=await r();return o===void 0||
Buffer.isEncoding(o)?_n(n.buffer,n.byteOffset,n.byteLength).toString(o):new TextDecoder(o).decode(n)},transformToWebStream:()=>{if(e)throw new Error(JR);if(t.readableFlowing!==
null)throw new Error("The stream has been consumed by other callbacks.");if(typeof Ba.Readable.toWeb!="function")throw new Error("Readable.toWeb() is not suppor\
ted. Please ensure a polyfill is available.");return e=!0,Ba.Readable.toWeb(t)}})}});function Vr(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var XR=p(()=>{});var QR,On,O$,Lm,Nn,k=p(()=>{QR=require("node:crypto");dE();uE();fE();la();gE();yE();BE();HE();jE();VE();qE();WE();JE();Nu();XE();QE();uu();YR();$m();J();XR();On=
class extends mE(Z,se,me,Se){},O$=QR.getRandomValues,Lm=hE(O$),Nn=Lm});var ze,Dn=p(()=>{k();ze=async(t=new Uint8Array,e)=>{if(t instanceof Uint8Array)return On.mutate(t);if(!t)return On.mutate(new Uint8Array);let r=e.streamCollector(
t);return On.mutate(await r)}});function jo(t){return/^[\w.~-]+$/.test(t)?t:encodeURIComponent(t).replace(/[!'()*]/g,function(e){return"%"+e.charCodeAt(0).toString(16).toUpperCase()})}var Um=p(
()=>{});var e_,Oe,N$,D$,k$,$$,Ha,ZR,Go=p(()=>{X();k();e_=Symbol.for("@smithy/schema-x"),Oe=class t extends U{static identity=Symbol.for("@smithy/HttpBindingNormalizedSc\
hema");identity=t.identity;bindings;constructor(e){super(e)}static of(e){let r=U.of(e);if(r.identity===t.identity)return r;let o=r.isMemberSchema()?r:r.getSchema(),
n=typeof o=="object"&&o!==null?o:r;return n[e_]??=new t(r)}getHttpBindingLocation(e){return e.httpPayload?36:e.httpLabel?33:e.httpHeader?38:typeof e.httpPrefixHeaders==
"string"?39:e.httpQuery?34:e.httpQueryParams?35:e.httpResponseCode?37:32}getHttpBindingValue(e,r,o=!1){let n=this.getSchema(),s=typeof n=="number"?n&255:this.isListSchema()?
64:255,i=e&7,a=r.mediaType?r.mediaType==="application/json"||r.mediaType.endsWith("+json")?2:1:0,c=r.streaming||s===42?this.isStructSchema()?2:1:0,l=s>=4&&s<=7?
i>=6?2:i>0&&i<4?1:0:0,d=s|a<<8|(r.idempotencyToken?1:0)<<10|c<<11|(r.sparse?1:0)<<13|l<<14|(r.hostLabel?1:0)<<17|(e===36&&typeof n!="object"?1:0)<<18,u=s&192,m=i&
2&&(u===64||!o&&i&1)?this.getHttpBindingCollectionValue(e,r):void 0,f=(m?.[1]??0)&255;return d|=(i>=6&&(f===4||f===6)?1:0)<<16,[this,d,m]}getHttpBindingCollectionValue(e,r=this.
getMergedTraits()){let o=t.of(this.getValueSchema());return o.getHttpBindingValue(e,{...o.getMergedTraits(),...r},!0)}getHttpBindings(){let e=this.getSchema();return typeof e!=
"object"||e===null?$$:this.bindings??=N$(this)}},N$=t=>{let e=[],r=[],o=[],n=[],s=[],i={},a={},c=[],l={headers:a,prefixHeaders:c},d={request:{memberBindings:s,byName:i},
response:{bodyMemberNames:e,bindings:l}},{request:u,response:m}=d;for(let[f,g]of t.structIterator()){let y=Oe.of(g),h=y.getMergedTraits(),S=y.getHttpBindingLocation(
h),x=h.httpHeader?.toLowerCase()??h.httpPrefixHeaders?.toLowerCase()??h.httpQuery,v=y.getHttpBindingValue(S,h),b=[f,v,S,x];f==="__proto__"&&Vr(i),i[f]=b,v[1]>>10&
1&&(u.hasIdempotency=!0),s.push(b);let L=S&7;if(L===0&&(o.push(f),n.push(g)),(L&4)===0)e.push(f),r.push(g);else if((L&6)===4)if(L&1)l.statusCode=b;else{l.payload=
b;let Y=v[1]&255;u.contentTypeInstruction=h.mediaType??(Y===0?"text/plain":Y===21||Y===42?"application/octet-stream":null)}else L&1?(u.hasPrefixHeaders=!0,c.push(
b)):(x==="__proto__"&&Vr(a),a[x]=b)}return u.contentTypeInstruction===void 0&&o.length&&(u.contentTypeInstruction=null),u.syntheticBodySchema=ZR(t,o,n),m.syntheticBodySchema=
ZR(t,e,r),d},D$=t=>{let e=[],r=0;for(let o of t.matchAll(/\{([^{}+]+)(\+)?\}/g))o.index>r&&e.push([t.slice(r,o.index),0]),e.push([o[1],o[2]?2:1]),r=o.index+o[0].
length;return e.length&&r<t.length&&e.push([t.slice(r),0]),e.length?e:void 0},k$=t=>{let{http:e,endpoint:r}=so(t.traits??{}),[o,n]=e?.[1].split("?")??[];return[
e?.[0],o,n?[...new URLSearchParams(n)]:[],o?D$(o):void 0,r?.[0]]},$$={request:{memberBindings:[],byName:{}},response:{bodyMemberNames:[],bindings:{headers:{},prefixHeaders:[]}}},
Ha=t=>t[e_]??=k$(t),ZR=(t,e,r)=>{if(!e.length)return;let o=t.getSchema(),n=[3,o[1],o[2],t.getMergedTraits(),e,r],s=o[6],i=s&&e.reduce((a,c)=>a+(o[4].indexOf(c)<
s?1:0),0);return i&&(n[6]=i),n}});var Dr,Ls=p(()=>{Dr=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var t_=Yd(()=>{throw new Error("@smithy/core/event-streams is not bundled: no ECR or STS operation streams events")});var kn,Fm=p(()=>{J();X();Ls();Go();kn=class extends Dr{options;compositeErrorRegistry;constructor(e){super(),this.options=e,this.compositeErrorRegistry=new Q(e.
defaultNamespace);for(let r of e.errorTypeRegistries??[])this.compositeErrorRegistry.copyFrom(r)}getRequestType(){return j}getResponseType(){return Je}setSerdeContext(e){
this.serdeContext=e,this.serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e),this.getPayloadCodec()&&this.getPayloadCodec().setSerdeContext(e)}updateServiceEndpoint(e,r){
if("url"in r){e.protocol=r.url.protocol,e.hostname=r.url.hostname,e.port=r.url.port?Number(r.url.port):void 0,e.path=r.url.pathname,e.fragment=r.url.hash||void 0,
e.username=r.url.username||void 0,e.password=r.url.password||void 0,e.query||(e.query={});for(let[o,n]of r.url.searchParams.entries())e.query[o]=n;if(r.headers)
for(let o in r.headers)P(r.headers,o)&&(e.headers[o]=r.headers[o].join(", "));return e}else{if(e.protocol=r.protocol,e.hostname=r.hostname,e.port=r.port?Number(
r.port):void 0,e.path=r.path,e.query={...r.query},r.headers)for(let o in r.headers)P(r.headers,o)&&(e.headers[o]=r.headers[o]);return e}}setHostPrefix(e,r,o,n=Ha(
r)){if(this.serdeContext?.disableHostPrefix)return;let s=n[4];if(typeof s!="string")return;let i=s;for(let[a,[,c]]of Oe.of(r.input).getHttpBindings().request.memberBindings){
if(!(c>>17&1))continue;let l=o[a];if(typeof l!="string")throw new Error(`@smithy/core/schema - ${a} in input must be a string as hostLabel.`);i=i.replace(`{${a}\
}`,l)}if(e.hostname=i+e.hostname,!fu(e.hostname))throw new Error(`[${e.hostname}] is not a valid hostname.`)}deserializeMetadata(e){return{httpStatusCode:e.statusCode,
requestId:e.headers["x-amzn-requestid"]??e.headers["x-amzn-request-id"]??e.headers["x-amz-request-id"],extendedRequestId:e.headers["x-amz-id-2"],cfId:e.headers["\
x-amz-cf-id"]}}resolveError(e,r,o){let n=[-3,"","Error",0,[],[],0],s;for(let i of o)for(let a of r)try{a==="*"?s=i.getSchema(e):s=i.getSchema(a+"#"+e);let c=i.getErrorCtor(
s);if(c)return[s,c,"modeled"];{let l=i.getBaseException();if(l){let d=i.getErrorCtor(l);if(d)return[s,d,"synthetic"]}}}catch{}for(let i of o){let a=i.getBaseException();
if(a){let c=i.getErrorCtor(a);if(c)return[a,c,"synthetic"]}}return[n,Error,"native"]}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o}){
return(await this.loadEventStreamCapability()).serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o})}async deserializeEventStream({response:e,responseSchema:r,
initialResponseContainer:o}){return(await this.loadEventStreamCapability()).deserializeEventStream({response:e,responseSchema:r,initialResponseContainer:o})}async loadEventStreamCapability(){
let{EventStreamSerde:e,eventStreamSerdeProvider:r}=await Promise.resolve().then(()=>Ur(t_())),o=this.resolveEventStreamMarshaller(r);return new e({marshaller:o,
serializer:this.serializer,deserializer:this.deserializer,serdeContext:this.serdeContext,defaultContentType:this.getDefaultContentType(),compositeErrorRegistry:this.
compositeErrorRegistry})}getDefaultContentType(){throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missi\
ng.`)}async deserializeHttpMessage(e,r,o,n,s){return[]}getEventStreamMarshaller(){let e=this.serdeContext;if(!e.eventStreamMarshaller)throw new Error("@smithy/c\
ore - HttpProtocol: eventStreamMarshaller missing in serdeContext.");return e.eventStreamMarshaller}resolveEventStreamMarshaller(e){let r=this.serdeContext;return r.
eventStreamMarshaller?r.eventStreamMarshaller:e(this.serdeContext)}}});var Us,r_=p(()=>{J();k();Go();Fm();Dn();Um();Us=class extends kn{async serializeRequest(e,r,o){let n=r&&typeof r=="object"?r:{},s={},i={},a=await o.endpoint(),c=Oe.
of(e?.input),l=c.getHttpBindings().request,d=Ha(e),u=new j({query:s,headers:i});if(a){this.updateServiceEndpoint(u,a),this.setHostPrefix(u,e,n,d);let[f,g,y]=d;if(f){
u.method=f,u.path=u.path==="/"?g:u.path+g;for(let[h,S]of y)s[h]=S}}u.query=s;let m=this.serializeHttpBindings(n,u,l,d);return m&&(u.body=await this.serializeEventStream(
{eventStream:m,requestSchema:c})),u}serializeHttpBindings(e,r,o,n){let s=this.serializer,i=typeof s.writeCodec=="function"?s:void 0,a=r.query,c=r.headers,l=o.syntheticBodySchema,
d=!1,u,m,f,g=Object.getOwnPropertyNames(e),y=Object.getPrototypeOf(e),h=(y===Object.prototype||y===null)&&!o.hasIdempotency&&!o.hasPrefixHeaders&&g.length*2<o.memberBindings.
length,S=h?g.length:o.memberBindings.length;for(let b=0;b<S;++b){let L=h?P(o.byName,g[b])?o.byName[g[b]]:void 0:o.memberBindings[b];if(!L)continue;let Y=L[1],ve=L[0],
nr=Y[0],vr=Y[1],ce=Y[2],Ae=L[2],ct=L[3],Ke=e[ve];if(!(Ke==null&&!(vr>>10&1)))if(Ae===36){let z=vr>>11&3;z?z===2?m=Ke||void 0:u=Ke:(i?i.writeCodec(nr,Ke):s.write(
nr,Ke),u=s.flush())}else if(Ae===33||Ae===38){let z=this.serializeHttpValue(Y,Ke,Ae,i);Ae===33?(f??=Object.create(null))[ve]=z:c[ct]=z}else if(Ae===39)for(let z in Ke){
if(!P(Ke,z))continue;let fr=ct+z;c[fr.toLowerCase()]=this.serializeHttpValue(ce,Ke[z],38,i,i?ce[0]:[ce[0],{httpHeader:fr}])}else(Ae&62)===34?this.serializeQuery(
Y,Ke,ct,a,i):d=!0}let x=n[1],v=n[3];return x&&v&&r.path.endsWith(x)&&(r.path=r.path.slice(0,-x.length)+this.serializePath(v,f,o)),d&&l&&(i?i.writeCodec(l,e):s.write(
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
bindings:{payload:u,statusCode:m,headers:f,prefixHeaders:g}}=l.getHttpBindings().response,y=o.headers;if(u){let[h,S]=u,[x,v]=S,b=v>>11&3;if(b)b===2?i[h]=await this.
deserializeEventStream({response:o,responseSchema:l}):i[h]=$s(o.body);else if(o.body){let L=await ze(o.body,r);L.byteLength>0&&(i[h]=await(c?c.readPayload(S,L):
a.read(x,L)))}}for(let h in y){if(!P(y,h))continue;let S=h.toLowerCase(),x=y[h];S!==h&&(delete y[h],y[S]=x);let v=P(f,S)?f[S]:void 0;if(!v)continue;let[b,[L,Y,ve],
,nr]=v;if(ve){let vr=Y>>16&1?bu(x,",",2):Es(x),ce=[];for(let Ae of vr)ce.push(c?c.readHttpBinding(ve,Ae.trim(),38):await a.read([ve[0],{httpHeader:nr}],Ae.trim()));
i[b]=ce}else i[b]=c?c.readHttpBinding(v[1],x,38):await a.read(L,x)}for(let[h,[,,S],,x]of g){i[h]={};for(let v in y){if(!P(y,v)||!v.startsWith(x))continue;let b=y[v];
i[h][v.slice(x.length)]=c?c.readHttpBinding(S,b,38):await a.read([S[0],{httpHeader:v}],b)}}return m&&(i[m[0]]=o.statusCode),d}}});var zo,o_=p(()=>{J();X();J();Fm();Dn();zo=class extends kn{async serializeRequest(e,r,o){let n=this.serializer,s={},i={},a=await o.endpoint(),c=U.of(e?.input),l=c.
getSchema(),d,u=r&&typeof r=="object"?r:{},m=new j({protocol:"",hostname:"",port:void 0,path:"/",fragment:void 0,query:s,headers:i,body:void 0});if(a&&(this.updateServiceEndpoint(
m,a),this.setHostPrefix(m,e,u)),u){let f=c.getEventStreamMember();if(f){if(u[f]){let g={};for(let[y]of c.structIterator())y!==f&&u[y]!=null&&(g[y]=u[y]);d=await this.
serializeEventStream({eventStream:u[f],requestSchema:c,initialRequest:g})}}else n.write(l,u),d=n.flush()}return m.headers=Object.assign(m.headers,i),m.query=s,m.
body=d,m.method="POST",m}async deserializeResponse(e,r,o){let n=this.deserializer,s=U.of(e.output),i={};if(this.isErrorResponse(o.statusCode)){let c=await ze(o.
body,r);throw c.byteLength>0&&Object.assign(i,await n.read(15,c)),await this.handleError(e,r,o,i,this.deserializeMetadata(o)),new Error("@smithy/core/protocols \
- RPC Protocol error handler failed to throw.")}for(let c in o.headers){if(!P(o.headers,c))continue;let l=o.headers[c];delete o.headers[c],o.headers[c.toLowerCase()]=
l}let a=s.getEventStreamMember();if(a)i[a]=await this.deserializeEventStream({response:o,responseSchema:s,initialResponseContainer:i});else{let c=await ze(o.body,
r);c.byteLength>0&&Object.assign(i,await n.read(s,c))}return i.$metadata=this.deserializeMetadata(o),i}isErrorResponse(e){return e>=300}}});var Vo,Mm=p(()=>{k();Go();Ls();Vo=class extends Dr{settings;constructor(e){super(),this.settings=e}read(e,r){let o=Oe.of(e),n=o.getMergedTraits(),s=o.getHttpBindingLocation(
n);return this.readHttpBinding(o.getHttpBindingValue(s,n),r,s)}readHttpBinding([e,r,o],n,s){let i=r&255;if((i&192)===64)return o??=e.getHttpBindingCollectionValue(
s),Es(n).map(a=>this.readHttpBinding(o,a,s));switch(i){case 21:case 42:return(this.serdeContext?.base64Decoder??Se)(n);case 4:case 5:case 6:case 7:{let a=this.settings.
httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:a?a+4:this.settings.timestampFormat.default){case 5:return vu(n);case 6:return Au(n);case 7:
return Cu(n);default:return console.warn("Missing timestamp format, parsing value with Date constructor:",n),new Date(n)}}case 0:{let a=r>>8&3;if(!a)return n;let c=n;
return(s&6)===6&&(c=(this.serdeContext?.utf8Encoder??Z)((this.serdeContext?.base64Decoder??Se)(c))),a===2?Ye.from(c):c}case 1:return Number(n);case 2:return n.toLowerCase()===
"true";case 17:return BigInt(n);case 19:return new Re(n,"bigDecimal");default:return n}}}});var Fs,n_=p(()=>{k();Go();Ls();Mm();Fs=class extends Dr{codecDeserializer;stringDeserializer;constructor(e,r){super(),this.codecDeserializer=e,this.stringDeserializer=
new Vo(r)}setSerdeContext(e){this.stringDeserializer.setSerdeContext(e),this.codecDeserializer.setSerdeContext(e),this.serdeContext=e}read(e,r){let o=Oe.of(e),n=o.
getMergedTraits();if(n.httpHeader||n.httpResponseCode){let s=o.getHttpBindingValue(38,n);return this.readHttpBinding(s,r,38)}return n.httpPayload?this.readPayload(
o.getHttpBindingValue(36,n),r):this.readCodec(o,r)}readHttpBinding(e,r,o){let n=typeof r=="string"?r:(this.serdeContext?.utf8Encoder??Z)(r);return this.stringDeserializer.
readHttpBinding(e,n,o)}readPayload([e,r],o){let n=r&255;return n===21||n===42?typeof o=="string"?(this.serdeContext?.utf8Decoder??se)(o):o:n===0?typeof o=="stri\
ng"?o:(this.serdeContext?.utf8Encoder??Z)(o):this.readCodec(e,o)}readCodec(e,r){return this.codecDeserializer.read(e,r)}}});var ja,s_=p(()=>{k();Go();Ls();ja=class extends Dr{settings;stringBuffer="";constructor(e){super(),this.settings=e}write(e,r){let o=Oe.of(e),n=o.getMergedTraits(),
s=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(s,n),r,s)}writeHttpBinding([e,r,o],n,s){let i=r&255;switch(typeof n){case"object":if(n===
null){this.stringBuffer="null";return}if(i>=4&&i<=7){if(!(n instanceof Date))throw new Error(`@smithy/core/protocols - received non-Date value ${n} when schema \
expected Date in ${e.getName(!0)}`);let l=this.settings.httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:l?l+4:this.settings.timestampFormat.
default){case 5:this.stringBuffer=n.toISOString().replace(".000Z","Z");break;case 6:this.stringBuffer=Uo(n);break;case 7:this.stringBuffer=String(n.getTime()/1e3);
break;default:console.warn("Missing timestamp format, using epoch seconds",n),this.stringBuffer=String(n.getTime()/1e3)}return}if((i===21||i===42)&&"byteLength"in
n){this.stringBuffer=(this.serdeContext?.base64Encoder??me)(n);return}if((i&192)===64&&Array.isArray(n)){o??=e.getHttpBindingCollectionValue(s);let l=o[1]&255,d=l>=
4&&l<=7,u="";for(let m of n){this.writeHttpBinding(o,m,s);let f=this.flush();u&&(u+=", "),u+=d?f:_u(f)}this.stringBuffer=u;return}this.stringBuffer=JSON.stringify(
n,null,2);break;case"string":let a=r>>8&3,c=n;if(a===2&&(c=Ye.from(c)),a&&(s&6)===6){this.stringBuffer=(this.serdeContext?.base64Encoder??me)(c.toString());return}
this.stringBuffer=n;break;default:this.stringBuffer=r>>10&1?Nn():String(n)}}flush(){let e=this.stringBuffer;return this.stringBuffer="",e}}});var Ms,i_=p(()=>{Go();s_();Ms=class{codecSerializer;stringSerializer;buffer;constructor(e,r,o=new ja(r)){this.codecSerializer=e,this.stringSerializer=o}setSerdeContext(e){
this.codecSerializer.setSerdeContext(e),this.stringSerializer.setSerdeContext(e)}write(e,r){let o=Oe.of(e),n=o.getMergedTraits();if(n.httpHeader||n.httpLabel||n.
httpQuery){let s=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(s,n),r,s);return}this.writeCodec(o,r)}writeHttpBinding(e,r,o){this.stringSerializer.
writeHttpBinding(e,r,o),this.buffer=this.stringSerializer.flush()}writeCodec(e,r){this.codecSerializer.write(e,r)}flush(){if(this.buffer!==void 0){let e=this.buffer;
return this.buffer=void 0,e}return this.codecSerializer.flush()}}});function qo(t,e){if(e.timestampFormat.useTrait){let a=t.getSchema();if(a===5||a===6||a===7)return a}let{httpLabel:r,httpPrefixHeaders:o,httpHeader:n,httpQuery:s}=t.
getMergedTraits();return(e.httpBindings?typeof o=="string"||n?6:s||r?5:void 0:void 0)??e.timestampFormat.default}var Ga=p(()=>{});var Ht,jt,a_=p(()=>{Ht=t=>(t.logger&&t.logger.constructor?.name!=="NoOpLogger"&&t.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"),t.logger),t.defaultSocketTimeout&&
t.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"),t.defaultSocketTimeout),{setHttpHandler(e){t.requestHandler=e},httpHandler(){
return t.requestHandler},updateHttpClientConfig(e,r){t.requestHandler?.updateHttpClientConfig(e,r)},httpHandlerConfigs(){return t.requestHandler.httpHandlerConfigs()}}),
jt=t=>({requestHandler:t.httpHandler()})});function p_(t){return e=>async r=>{let o=r.request;if(j.isInstance(o)){let{body:n,headers:s}=o;if(n&&Object.keys(s).map(i=>i.toLowerCase()).indexOf(c_)===-1)try{
let i=t(n);i!=null&&(o.headers={...o.headers,[c_]:String(i)})}catch{}}return e({...r,request:o})}}var c_,l_,Gt,d_=p(()=>{J();c_="content-length";l_={step:"build",
tags:["SET_CONTENT_LENGTH","CONTENT_LENGTH"],name:"contentLengthMiddleware",override:!0},Gt=t=>({applyToStack:e=>{e.add(p_(t.bodyLengthChecker),l_)}})});var Rr,L$,Bm=p(()=>{Rr=t=>encodeURIComponent(t).replace(/[!'()*]/g,L$),L$=t=>`%${t.charCodeAt(0).toString(16).toUpperCase()}`});function Hm(t){let e=[];for(let r of Object.keys(t).sort()){let o=t[r];if(r=Rr(r),Array.isArray(o))for(let n=0,s=o.length;n<s;n++)e.push(`${r}=${Rr(o[n])}`);else{
let n=r;(o||typeof o=="string")&&(n+=`=${Rr(o)}`),e.push(n)}}return e.join("&")}var u_=p(()=>{Bm()});var io,za=p(()=>{io=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var Va,m_=p(()=>{Va=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function qa(){if(Bs===void 0)try{if(typeof Buffer!="function")Bs=!1;else{let t=JSON.parse(Buffer.from([123,125]));Bs=t!==null&&typeof t=="object"}}catch{Bs=!1}return Bs}
var Bs,jm=p(()=>{});function Wa(t,e,r){if(r?.source){let o=r.source;if(typeof e=="number")return e<=Number.MAX_SAFE_INTEGER&&e>=Number.MIN_SAFE_INTEGER?F$(o,e)?e:new Re(o,"bigDecim\
al"):U$(o)?new Re(o,"bigDecimal"):/[eE]/.test(o)?M$(o):BigInt(o)}return e}function U$(t){let e=t.indexOf(".");if(e===-1)return!1;let r=t.search(/[eE]/);if(r===-1)
return!0;let o=r-e-1;return parseInt(t.slice(r+1),10)<o}function F$(t,e){if(t===String(e)||Object.is(e,-0))return!0;if(/[eE]/.test(t))return Gm(t)===Gm(String(e));
let r=t.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,""),o=String(e);return r===o?!0:/[eE]/.test(o)?r===Gm(o):!1}function Gm(t){let e=t.startsWith("-"),r=e?t.slice(
1):t,o=r.search(/[eE]/),n;if(o===-1)n=r;else{let s=parseInt(r.slice(o+1),10),i=r.slice(0,o),a=i.indexOf("."),c,l;a===-1?(c=i,l=i.length):(c=i.slice(0,a)+i.slice(
a+1),l=a),c=c.replace(/0+$/,"")||"0";let d=l+s;c==="0"?n="0":d<=0?n="0."+"0".repeat(-d)+c:d>=c.length?n=c+"0".repeat(d-c.length):n=c.slice(0,d)+"."+c.slice(d)}return n.
includes(".")&&(n=n.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,"")),(e?"-":"")+n}function M$(t){let e=t.search(/[eE]/),r=parseInt(t.slice(e+1),10),o=t.startsWith(
"-"),n=t.slice(o?1:0,e),s=n.indexOf("."),i,a;if(s===-1)i=n,a=r;else{i=n.slice(0,s)+n.slice(s+1);let l=n.length-s-1;a=r-l}i=i.replace(/0+$/,"")||"0";let c=BigInt(
i)*10n**BigInt(a+(n.replace(".","").length-i.length));return o?-c:c}var zm=p(()=>{k()});function Ja(t){let e=U.of(t),r=e.getSchema();if(Array.isArray(r)&&e.isStructSchema()){if(Vm in r)return r[Vm];let o=Ka(e,new Set);return r[Vm]=o,o}return Ka(e,new Set)}
function Ka(t,e){let r=t.getSchema();if(e.has(r))return!1;if(e.add(r),t.isBigIntegerSchema()||t.isBigDecimalSchema())return!0;if(t.isStructSchema()){for(let[,o]of t.
structIterator())if(Ka(o,e))return!0}else if(t.isListSchema()||t.isMapSchema()){if(Ka(t.getValueSchema(),e))return!0}else if(t.isDocumentSchema())return!0;return!1}
var Vm,qm=p(()=>{X();Vm=Symbol.for("@aws-sdk/reviver")});var f_,g_=p(()=>{Dn();k();f_=(t,e)=>ze(t,e).then(r=>(e?.utf8Encoder??Z)(r))});async function Km(t,e,r){let o;if(qa()&&typeof t?.[Symbol.asyncIterator]=="function"){let s=await ze(t,e);typeof Buffer=="function"&&(Buffer.isBuffer(s)?o=s:o=Buffer.
from(s.buffer,s.byteOffset,s.byteLength))}if(o||(o=await f_(t,e)),o.length===0)return{};let n=r&&Ja(r)?Wa:void 0;try{return JSON.parse(o,n)}catch(s){throw s?.name===
"SyntaxError"&&Object.defineProperty(s,"$responseBodyText",{value:typeof o=="string"?o:o.toString("utf8")}),s}}var h_,Wm,Jm,Ym,y_,Xm=p(()=>{Dn();g_();jm();zm();
qm();h_=(t,e)=>Object.keys(t).find(r=>r.toLowerCase()===e.toLowerCase()),Wm=t=>{let e=t;return typeof e=="number"&&(e=e.toString()),e.indexOf(",")>=0&&(e=e.split(
",")[0]),e.indexOf(":")>=0&&(e=e.split(":")[0]),e.indexOf("#")>=0&&(e=e.split("#")[1]),e},Jm=(t,e)=>y_(t,e,["header","code","type"]),Ym=(t,e,r=!1)=>y_(t,e,r?["c\
ode","header","type"]:["type","code","header"]),y_=({headers:t},e,r)=>{for(;r.length>0;)switch(r.shift()){case"header":let n=h_(t??{},"x-amzn-errortype");if(n!==
void 0)return Wm(t[n]);break;case"code":let s=h_(e??{},"code");if(s&&e[s]!==void 0)return Wm(e[s]);break;case"type":if(e?.__type!==void 0)return Wm(e.__type);break}}});var Ya,E_=p(()=>{Ga();X();k();za();m_();jm();zm();qm();Xm();J();Ya=class extends io{settings;constructor(e){super(),this.settings=e}async read(e,r){let o=Ja(e)?
Wa:void 0,n;if(typeof r=="string"){if(r.length===0)return{};n=JSON.parse(r,o)}else if(r instanceof Uint8Array&&qa()){if(r.byteLength===0)return{};let s=Buffer.isBuffer(
r)?r:Buffer.from(r.buffer,r.byteOffset,r.byteLength);n=JSON.parse(s,o)}else n=await Km(r,this.serdeContext,e);return this._read(e,n)}readObject(e,r){return this.
_read(e,r)}_read(e,r){let o=r!==null&&typeof r=="object",n=U.of(e);if(o){if(n.isStructSchema())return this._readStruct(n,r);if(Array.isArray(r)&&n.isListSchema()){
let i=n.getValueSchema();if(this.needsTransform(i))for(let a=0;a<r.length;++a)r[a]=this._read(i,r[a]);return r}if(n.isMapSchema()){let i=n.getValueSchema(),a=r;
if(this.needsTransform(i))for(let c in a)P(a,c)&&(c==="__proto__"&&Vr(a),a[c]=this._read(i,a[c]));return a}}if(n.isBlobSchema()&&typeof r=="string")return Se(r);
let s=n.getMergedTraits().mediaType;if(n.isStringSchema()&&typeof r=="string"&&s)return s==="application/json"||s.endsWith("+json")?Ye.from(r):r;if(n.isTimestampSchema()&&
r!=null)switch(qo(n,this.settings)){case 5:return Su(r);case 6:return ys(r);case 7:return Ru(r);default:return console.warn("Missing timestamp format, parsing v\
alue with Date constructor:",r),new Date(r)}if(n.isBigIntegerSchema()&&(typeof r=="number"||typeof r=="string"))return BigInt(r);if(n.isBigDecimalSchema()&&r!=null){
if(r instanceof Re)return r;let i=r;return i.type==="bigDecimal"&&"string"in i?new Re(i.string,i.type):new Re(String(r),"bigDecimal")}if(n.isNumericSchema()&&typeof r==
"string"){switch(r){case"Infinity":return 1/0;case"-Infinity":return-1/0;case"NaN":return NaN}return r}if(n.isDocumentSchema()&&o)if(Array.isArray(r))for(let i=0;i<
r.length;++i){let a=r[i];a instanceof Re||(r[i]=this._read(n,a))}else{let i=r;for(let a in i){if(!P(i,a))continue;a==="__proto__"&&Vr(i);let c=i[a];c instanceof
Re||(i[a]=this._read(n,c))}}return r}_readStruct(e,r){let o=e.isUnionSchema(),n={},s,i=typeof r.__type=="string",{jsonName:a}=this.settings;a&&i&&(s={});let c;o&&
(c=new Va(r,n));for(let[l,d]of e.structIterator()){let u=l;a&&(u=d.getMergedTraits().jsonName??u,i&&(s[u]=l)),o&&c.mark(u),r[u]!=null&&(n[l]=this._read(d,r[u]))}
if(o)c.writeUnknown();else if(i)for(let l in r){if(!P(r,l))continue;let d=r[l],u=a?s[l]??l:l;u in n||(n[u]=d)}return n}needsTransform(e){return!!(e.isBlobSchema()||
e.isTimestampSchema()||e.isBigIntegerSchema()||e.isBigDecimalSchema()||e.isNumericSchema()||e.isDocumentSchema()||e.isStructSchema()||e.isListSchema()||e.isMapSchema()||
e.isStringSchema()&&e.getMergedTraits().mediaType)}}});var Xa,x_,S_=p(()=>{k();Xa=class t extends Uint8Array{string=null;static allocUnsafe(e){if(typeof Buffer=="function"){let r=Buffer.allocUnsafe(e);return new t(r.
buffer,r.byteOffset,r.byteLength)}return new t(e)}toString(){return this.s()}valueOf(){return this.s()}includes(e,r){return typeof e=="string"?this.s().includes(
e,r):Uint8Array.prototype.includes.call(this,e,r)}indexOf(e,r){return typeof e=="string"?this.s().indexOf(e,r):Uint8Array.prototype.indexOf.call(this,e,r)}lastIndexOf(e,r){
if(typeof e=="string")return this.s().lastIndexOf(e,r);let o=Uint8Array.prototype.lastIndexOf;return r!==void 0?o.call(this,e,r):o.call(this,e)}startsWith(e,r){
return this.s().startsWith(e,r)}endsWith(e,r){return this.s().endsWith(e,r)}match(e){return this.s().match(e)}replace(e,r){return this.s().replace(e,r)}search(e){
return this.s().search(e)}split(e,r){return this.s().split(e,r)}substring(e,r){return this.s().substring(e,r)}trim(){return this.s().trim()}trimStart(){return this.
s().trimStart()}trimEnd(){return this.s().trimEnd()}charAt(e){return this.s().charAt(e)}charCodeAt(e){return this.s().charCodeAt(e)}padStart(e,r){return this.s().
padStart(e,r)}padEnd(e,r){return this.s().padEnd(e,r)}repeat(e){return this.s().repeat(e)}toUpperCase(){return this.s().toUpperCase()}toLowerCase(){return this.
s().toLowerCase()}s(){if(this.string==null){let e=Date.now();e>x_+6e4&&(console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string meth\
od on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error."),x_=e),this.string=Z(this)}return this.
string}},x_=0});function Qm(t){return Xa.allocUnsafe(t)}var Qa,R_,__,B$,H$,$n,Za,ec,w_,j$,G$,z$,kr,I_,tc,T_=p(()=>{Ga();X();k();za();J();S_();Qa=new TextEncoder,R_=123,__=125,B$=
91,H$=93,$n=34,Za=58,ec=44,w_=92,j$=new Uint8Array([116,114,117,101]),G$=new Uint8Array([102,97,108,115,101]),z$=new Uint8Array([110,117,108,108]),kr=new Array(
128).fill(null);kr[8]="b";kr[9]="t";kr[10]="n";kr[12]="f";kr[13]="r";kr[34]='"';kr[92]="\\";for(let t=0;t<32;t++)kr[t]===null&&(kr[t]="u00"+t.toString(16).padStart(
2,"0"));I_=2048;tc=class t extends io{settings;json;i=0;rootSchema;rawValue;passthrough=!1;constructor(e){super(),this.settings=e,this.json=Qm(I_)}write(e,r){this.
i=0,this.rawValue=r,this.rootSchema=U.of(e),this.passthrough=this.rootSchema.isBlobSchema()||this.rootSchema.isStringSchema(),this.passthrough||this.writeValue(
this.rootSchema,r,void 0)}writeDiscriminatedDocument(e,r){this.i=0,this.rootSchema=U.of(e);let o=this.rootSchema;if(o.isStructSchema()&&r!=null&&typeof r=="obje\
ct"){this.writeValue(o,r,void 0);let n=`"__type":"${o.getName(!0)??"Unknown"}",`,s=n.length;this.ensure(s),this.json.copyWithin(1+s,1,this.i),Qa.encodeInto(n,this.
json.subarray(1)),this.i+=s}else this.writeValue(o,r,void 0)}flush(){this.rootSchema=void 0;let e=this.i;this.i=0;let r=this.rawValue;if(this.rawValue=void 0,e===
0)return r;let o=this.json.subarray(0,e);return this.json=Qm(I_),o}ensure(e){let{i:r,json:o}=this;if(r+e>o.length){let n=o.length*2;for(;n<r+e;)n*=2;let s=Qm(n);
s.set(this.json),this.json=s}}writeAscii(e){let r=e.length;this.ensure(r);let{i:o,json:n}=this;for(let s=0;s<r;++s)n[o]=e.charCodeAt(s),o+=1;this.i=o}writeAsciiQuoted(e){
let r=e.length;this.ensure(r+4);let{json:o,i:n}=this;o[n++]=$n;for(let s=0;s<r;++s)o[n++]=e.charCodeAt(s);o[n++]=$n,this.i=n}writeJsonString(e){let r=e.length;this.
ensure(r*3+2),this.json[this.i++]=$n;for(let o=0;o<r;++o){let n=e.charCodeAt(o);if(n>34&&n<92)this.json[this.i++]=n;else if(n<128){let s=kr[n];if(s!==null){this.
ensure(s.length+1+(r-o-1)*3+1),this.json[this.i++]=w_;for(let i=0;i<s.length;i++)this.json[this.i++]=s.charCodeAt(i)}else this.json[this.i++]=n}else if(n>=55296&&
n<=56319){let s=o+1<r?e.charCodeAt(o+1):0;if(s>=56320&&s<=57343){this.ensure(4);let{written:i}=Qa.encodeInto(e.substring(o,o+2),this.json.subarray(this.i));this.
i+=i,++o}else this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n)}else if(n>=56320&&n<=57343)this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n);else{let{i:s,
json:i}=this;n<2048?(i[s++]=192|n>>6,i[s++]=128|n&63):(i[s++]=224|n>>12,i[s++]=128|n>>6&63,i[s++]=128|n&63),this.i=s}}this.json[this.i++]=$n}writeUnicodeEscape(e){
let{json:r,i:o}=this;r[o++]=w_,r[o++]=117;let n=e.toString(16).padStart(4,"0");for(let s=0;s<4;++s)r[o++]=n.charCodeAt(s);this.i=o}static B64=(()=>{let e="ABCDE\
FGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",r=new Uint8Array(64);for(let o=0;o<64;++o)r[o]=e.charCodeAt(o);return r})();writeBase64(e){let r=Math.
ceil(e.length/3)*4;this.ensure(r+2);let o=this.json,n=t.B64,s=this.i;o[s++]=$n;let i=e.length,a=i%3,c=i-a;for(let l=0;l<c;l+=3){let d=e[l],u=e[l+1],m=e[l+2];o[s++]=
n[d>>2],o[s++]=n[(d&3)<<4|u>>4],o[s++]=n[(u&15)<<2|m>>6],o[s++]=n[m&63]}if(a===2){let l=e[c],d=e[c+1];o[s++]=n[l>>2],o[s++]=n[(l&3)<<4|d>>4],o[s++]=n[(d&15)<<2],
o[s++]=61}else if(a===1){let l=e[c];o[s++]=n[l>>2],o[s++]=n[(l&3)<<4],o[s++]=61,o[s++]=61}o[s++]=$n,this.i=s}writeValue(e,r,o){if(r==null){if(o?.isStructSchema()){
if(r===void 0&&U.of(e).isIdempotencyToken()){this.writeAsciiQuoted(Nn());return}return}this.ensure(4),this.json.set(z$,this.i),this.i+=4;return}let n=U.of(e),s=typeof r==
"object";if(n.isStringSchema()){let i=n.getMergedTraits().mediaType;if(i&&(i==="application/json"||i.endsWith("+json"))){this.writeJsonString(Ye.from(r).toString());
return}}if(this.settings.bigNumberAsString&&r!=null&&(n.isBigIntegerSchema()||n.isBigDecimalSchema())){let i=r instanceof Re?r.string:String(r);this.writeAsciiQuoted(
i);return}if(s){if(n.isStructSchema()){this.writeStruct(n,r);return}if(Array.isArray(r)&&(n.isListSchema()||n.isDocumentSchema())){this.writeList(n,r,n.isDocumentSchema());
return}if(n.isMapSchema()){this.writeMap(n,r,!1);return}if(r instanceof Uint8Array&&(n.isBlobSchema()||n.isDocumentSchema())){this.writeBase64(r);return}if(r instanceof
Date&&(n.isTimestampSchema()||n.isDocumentSchema())){this.writeTimestamp(n,r);return}if(r instanceof Re){this.writeAscii(r.string);return}if(n.isDocumentSchema()){
Array.isArray(r)?this.writeList(n,r,!0):this.writeMap(n,r,!0);return}let i=JSON.stringify(r);this.writeAscii(i);return}if(typeof r=="string"){if(n.isBlobSchema()){
let i=(this.serdeContext?.base64Encoder??me)(r);this.writeAsciiQuoted(i);return}this.writeJsonString(r);return}if(typeof r=="number"){if(Math.abs(r)===1/0||Number.
isNaN(r)){this.writeAsciiQuoted(String(r));return}let i=String(r);this.writeAscii(i);return}if(typeof r=="boolean"){this.ensure(5);let{i,json:a}=this;r?(a.set(j$,
i),i+=4):(a.set(G$,i),i+=5),this.i=i;return}if(typeof r=="bigint"){this.writeAscii(r.toString());return}this.writeAscii(String(r))}writeStruct(e,r){this.ensure(
2),this.json[this.i++]=R_;let o=!1,n=typeof r.__type=="string",s;n&&(s=new Set);for(let[i,a]of e.structIterator()){let c=r[i];if(c==null&&!a.isIdempotencyToken())
continue;o&&(this.ensure(1),this.json[this.i++]=ec),o=!0;let l=this.settings.jsonName?a.getMergedTraits().jsonName??i:i;s&&(s.add(i),s.add(l)),this.writeAsciiQuoted(
l),this.json[this.i++]=Za,this.writeValue(a,c,e)}if(!o&&e.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i;this.writeAsciiQuoted(a),this.ensure(
1),this.json[this.i++]=Za,this.writeValue(15,c,e)}}else if(n)for(let i in r){if(s.has(i))continue;s.add(i);let a=r[i];o&&(this.ensure(1),this.json[this.i++]=ec),
o=!0,this.writeAsciiQuoted(i),this.ensure(1),this.json[this.i++]=Za,this.writeValue(15,a,void 0)}this.ensure(1),this.json[this.i++]=__}writeList(e,r,o){let n=!!e.
getMergedTraits().sparse,s=e.getValueSchema();if(!o&&(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let a=!1;for(let l=0;l<r.length;++l){let d=r[l];
if(Number.isNaN(d)||d===1/0||d===-1/0||d==null&&!n){a=!0;break}}let c;if(!a)c=JSON.stringify(r);else{let l=[];for(let d=0;d<r.length;++d){let u=r[d];u==null&&!n||
(Number.isNaN(u)||u===1/0||u===-1/0?l.push(String(u)):l.push(u))}c=JSON.stringify(l)}this.ensure(c.length*3),this.i+=Qa.encodeInto(c,this.json.subarray(this.i)).
written;return}this.ensure(2),this.json[this.i++]=B$;let i=!1;for(let a=0;a<r.length;++a){let c=r[a];(o?c===void 0:c==null&&!n)||(i&&(this.ensure(1),this.json[this.
i++]=ec),this.writeValue(s,c,void 0),i=!0)}this.ensure(1),this.json[this.i++]=H$}writeMap(e,r,o){let n=!!e.getMergedTraits().sparse,s=e.getValueSchema();if(!o&&
(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let a;for(let l in r){if(!P(r,l))continue;let d=r[l];Number.isNaN(d)||d===1/0||d===-1/0?((a??={})[l]=
d,r[l]=String(d)):d===null&&!n&&((a??={})[l]=null,r[l]=void 0)}let c=JSON.stringify(r);a&&Object.assign(r,a),this.ensure(c.length*3),this.i+=Qa.encodeInto(c,this.
json.subarray(this.i)).written;return}this.ensure(2),this.json[this.i++]=R_;let i=!0;for(let a in r){if(!P(r,a))continue;let c=r[a];(o?c===void 0:c==null&&!n)||
(i||(this.ensure(1),this.json[this.i++]=ec),i=!1,this.writeJsonString(a),this.ensure(1),this.json[this.i++]=Za,this.writeValue(s,c,void 0))}this.ensure(1),this.
json[this.i++]=__}writeTimestamp(e,r){switch(qo(e,this.settings)){case 5:{let n=r.toISOString().replace(".000Z","Z");this.writeAsciiQuoted(n);return}case 6:{this.
writeAsciiQuoted(Uo(r));return}case 7:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}default:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}}}}});var Wo,C_=p(()=>{za();E_();T_();Wo=class extends io{settings;constructor(e){super(),this.settings=e}createSerializer(){let e=new tc(this.settings);return e.setSerdeContext(
this.serdeContext),e}createDeserializer(){let e=new Ya(this.settings);return e.setSerdeContext(this.serdeContext),e}}});var F=p(()=>{Dn();Um();r_();o_();Mm();n_();i_();Ga();J();J();a_();d_();Bm();u_();J();Xm();C_()});var v_,A_,zt,b_=p(()=>{F();v_=t=>e=>async r=>{if(!j.isInstance(r.request))return e(r);let{request:o}=r,{handlerProtocol:n=""}=t.requestHandler.metadata||{};if(n.
indexOf("h2")>=0&&!o.headers[":authority"])delete o.headers.host,o.headers[":authority"]=o.hostname+(o.port?":"+o.port:"");else if(!o.headers.host){let s=o.hostname;
o.port!=null&&(s+=`:${o.port}`),o.headers.host=s}return e(r)},A_={name:"hostHeaderMiddleware",step:"build",priority:"low",tags:["HOST"],override:!0},zt=t=>({applyToStack:e=>{
e.add(v_(t),A_)}})});var P_,O_,Vt,N_=p(()=>{T();P_=()=>(t,e)=>async r=>{try{let o=await t(r),{logger:n}=e,s=n instanceof _e;if(n&&!s){let{clientName:i,commandName:a,dynamoDbDocumentClientOptions:c={}}=e,
{overrideInputFilterSensitiveLog:l,overrideOutputFilterSensitiveLog:d}=c,u=l??e.inputFilterSensitiveLog,m=d??e.outputFilterSensitiveLog,{$metadata:f,...g}=o.output;
n.info?.({clientName:i,commandName:a,input:u(r.input),output:m(g),metadata:f})}return o}catch(o){let{clientName:n,commandName:s,logger:i,dynamoDbDocumentClientOptions:a={}}=e,
{overrideInputFilterSensitiveLog:c}=a,l=c??e.inputFilterSensitiveLog;throw i?.error?.({clientName:n,commandName:s,input:l(r.input),error:o,metadata:o.$metadata}),
o}},O_={name:"loggerMiddleware",tags:["LOGGER"],step:"initialize",override:!0},Vt=t=>({applyToStack:e=>{e.add(P_(),O_)}})});var D_,k_=p(()=>{D_={step:"build",tags:["RECURSION_DETECTION","TRACE_CONTEXT_PROPAGATION"],name:"recursionDetectionMiddleware",override:!0,priority:"low"}});var L_=Yd((jQ,$_)=>{$_.exports=require("node:async_hooks")});var ao,Zm,rc,ef,tf,Hs,U_=p(()=>{ao={REQUEST_ID:Symbol.for("_AWS_LAMBDA_REQUEST_ID"),X_RAY_TRACE_ID:Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),TENANT_ID:Symbol.for(
"_AWS_LAMBDA_TENANT_ID"),TRACEPARENT:Symbol.for("_AWS_LAMBDA_TRACEPARENT"),TRACESTATE:Symbol.for("_AWS_LAMBDA_TRACESTATE"),BAGGAGE:Symbol.for("_AWS_LAMBDA_BAGGA\
GE")},Zm=["true","1"].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA??"");Zm||(globalThis.awslambda=globalThis.awslambda||{});rc=class{static PROTECTED_KEYS=ao;isProtectedKey(e){
return Object.values(ao).includes(e)}getRequestId(){return this.get(ao.REQUEST_ID)??"-"}getXRayTraceId(){return this.get(ao.X_RAY_TRACE_ID)}getTenantId(){return this.
get(ao.TENANT_ID)}getTraceparent(){return this.get(ao.TRACEPARENT)}getTracestate(){return this.get(ao.TRACESTATE)}getBaggage(){return this.get(ao.BAGGAGE)}},ef=
class extends rc{currentContext;getContext(){return this.currentContext}hasContext(){return this.currentContext!==void 0}get(e){return this.currentContext?.[e]}set(e,r){
if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);this.currentContext=this.currentContext||{},this.currentContext[e]=
r}run(e,r){return this.currentContext=e,r()}},tf=class t extends rc{als;static async create(){let e=new t,r=await Promise.resolve().then(()=>Ur(L_()));return e.
als=new r.AsyncLocalStorage,e}getContext(){return this.als.getStore()}hasContext(){return this.als.getStore()!==void 0}get(e){return this.als.getStore()?.[e]}set(e,r){
if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);let o=this.als.getStore();if(!o)throw new Error("No cont\
ext available");o[e]=r}run(e,r){return this.als.run(e,r)}};(function(t){let e=null;async function r(o){return e||(e=(async()=>{let s=o===!0||"AWS_LAMBDA_MAX_CON\
CURRENCY"in process.env?await tf.create():new ef;return!Zm&&globalThis.awslambda?.InvokeStore?globalThis.awslambda.InvokeStore:(!Zm&&globalThis.awslambda&&(globalThis.
awslambda.InvokeStore=s),s)})()),e}t.getInstanceAsync=r,t._testing=process.env.AWS_LAMBDA_BENCHMARK_MODE==="1"?{reset:()=>{e=null,globalThis.awslambda?.InvokeStore&&
delete globalThis.awslambda.InvokeStore,globalThis.awslambda={InvokeStore:void 0}}}:void 0})(Hs||(Hs={}))});function W$(t){for(let e of Object.keys(t)){let r=e.toLowerCase();e!==r&&(r===of||r===F_||r===M_)&&(t[r]=t[e],delete t[e])}}var V$,q$,rf,of,F_,M_,B_,H_=p(()=>{U_();
F();V$="AWS_LAMBDA_FUNCTION_NAME",q$="_X_AMZN_TRACE_ID",rf="X-Amzn-Trace-Id",of="traceparent",F_="tracestate",M_="baggage",B_=()=>t=>async e=>{let{request:r}=e;
if(!j.isInstance(r))return t(e);let o;{let n=Object.keys(r.headers??{}).find(s=>s.toLowerCase()===rf.toLowerCase())??rf;if(!r.headers.hasOwnProperty(n)){let s=process.
env[V$],i=process.env[q$];o??=await Hs.getInstanceAsync();let c=o?.getXRayTraceId()??i,l=d=>typeof d=="string"&&d.length>0;l(s)&&l(c)&&(r.headers[rf]=c)}}if(W$(
r.headers),!r.headers[of]){let s=(o??=await Hs.getInstanceAsync())?.getTraceparent?.();if(s){r.headers[of]=s;let i=o?.getTracestate?.();i&&(r.headers[F_]=i);let a=o?.
getBaggage?.();a&&(r.headers[M_]=a)}}return t(e)}});var qt,j_=p(()=>{k_();H_();qt=t=>({applyToStack:e=>{e.add(B_(),D_)}})});var G_,z_=p(()=>{G_=(t,e)=>{if(!e||e.length===0)return t;let r=[];for(let o of e)for(let n of t)n.schemeId.split("#")[1]===o&&r.push(n);for(let o of t)r.find(({
schemeId:n})=>n===o.schemeId)||r.push(o);return r}});function K$(t){let e=new Map;for(let r of t)e.set(r.schemeId,r);return e}var nf,V_=p(()=>{J();z_();nf=(t,e)=>(r,o)=>async n=>{let s=t.httpAuthSchemeProvider(await e.
httpAuthSchemeParametersProvider(t,o,n.input)),i=t.authSchemePreference?await t.authSchemePreference():[],a=G_(s,i),c=K$(t.httpAuthSchemes),l=ee(o),d=[];for(let u of a){
let m=c.get(u.schemeId);if(!m){d.push(`HttpAuthScheme \`${u.schemeId}\` was not enabled for this service.`);continue}let f=m.identityProvider(await e.identityProviderConfigProvider(
t));if(!f){d.push(`HttpAuthScheme \`${u.schemeId}\` did not have an IdentityProvider configured.`);continue}let{identityProperties:g={},signingProperties:y={}}=u.
propertiesExtractor?.(t,o)||{};u.identityProperties=Object.assign(u.identityProperties||{},g),u.signingProperties=Object.assign(u.signingProperties||{},y),l.selectedHttpAuthScheme=
{httpAuthOption:u,identity:await f(u.identityProperties),signer:m.signer};break}if(!l.selectedHttpAuthScheme)throw new Error(d.join(`
`));return r(n)}});var sf,lt,q_=p(()=>{V_();sf={step:"serialize",tags:["HTTP_AUTH_SCHEME"],name:"httpAuthSchemeMiddleware",override:!0,relation:"before",toMiddleware:"endpointV2Mi\
ddleware"},lt=(t,{httpAuthSchemeParametersProvider:e,identityProviderConfigProvider:r})=>({applyToStack:o=>{o.addRelativeTo(nf(t,{httpAuthSchemeParametersProvider:e,
identityProviderConfigProvider:r}),sf)}})});var W_=p(()=>{q_()});var J$,Y$,af,K_=p(()=>{F();J();J$=t=>e=>{throw e},Y$=(t,e)=>{},af=t=>(e,r)=>async o=>{if(!j.isInstance(o.request))return e(o);let s=ee(r).selectedHttpAuthScheme;
if(!s)throw new Error("No HttpAuthScheme was selected: unable to sign request");let{httpAuthOption:{signingProperties:i={}},identity:a,signer:c}=s,l=await e({...o,
request:await c.sign(o.request,a,i)}).catch((c.errorHandler||J$)(i));return(c.successHandler||Y$)(l.response,i),l}});var cf,dt,J_=p(()=>{K_();cf={step:"finalizeRequest",tags:["HTTP_SIGNING"],name:"httpSigningMiddleware",aliases:["apiKeyMiddleware","tokenMiddleware","awsAuthMid\
dleware"],override:!0,relation:"after",toMiddleware:"retryMiddleware"},dt=t=>({applyToStack:e=>{e.addRelativeTo(af(t),cf)}})});var Y_=p(()=>{J_()});var _r,X_=p(()=>{_r=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});var Ve,Q_=p(()=>{J();Ve=class{authSchemes=new Map;constructor(e){for(let r in e){if(!P(e,r))continue;let o=e[r];o!==void 0&&this.authSchemes.set(r,o)}}getIdentityProvider(e){
return this.authSchemes.get(e)}}});var nt,Z_=p(()=>{nt=class{async sign(e,r,o){return e}}});var ew=p(()=>{Z_()});var pf,oc,js,nc,tw=p(()=>{pf=t=>function(r){return js(r)&&r.expiration.getTime()-Date.now()<t},oc=pf(3e5),js=t=>t.expiration!==void 0,nc=(t,e,r)=>{if(t===void 0)
return;let o=typeof t!="function"?async()=>Promise.resolve(t):t,n,s,i,a=!1,c=async l=>{s||(s=o(l));try{n=await s,i=!0,a=!1}finally{s=void 0}return n};return e===
void 0?async l=>((!i||l?.forceRefresh)&&(n=await c(l)),n):async l=>((!i||l?.forceRefresh)&&(n=await c(l)),a?n:r(n)?(e(n)&&await c(l),n):(a=!0,n))}});var rw=p(()=>{Q_();ew();tw()});var st=p(()=>{W_();Y_();X_();rw()});function eL(t){return t===void 0?!0:typeof t=="string"&&t.length<=50}function Wt(t){let e=_r(t.userAgentAppId??sc),{customUserAgent:r}=t;return Object.assign(t,
{customUserAgent:typeof r=="string"?[[r]]:r,userAgentAppId:async()=>{let o=await e();if(!eL(o)){let n=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?console:
t.logger;typeof o!="string"?n?.warn("userAgentAppId must be a string or undefined."):o.length>50&&n?.warn("The provided userAgentAppId exceeds the maximum lengt\
h of 50 characters.")}return o}})}var sc,lf=p(()=>{st();sc=void 0});var ow,nw=p(()=>{ow={partitions:[{id:"aws",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aws",implicitGlobalRegion:"us-east-1",name:"aws",supportsDualStack:!0,
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
1.1"}});var tL,rL,sw,iw,df=p(()=>{nw();tL=ow,rL="",sw=t=>{let{partitions:e}=tL;for(let o of e){let{regions:n,outputs:s}=o;for(let[i,a]of Object.entries(n))if(i===t)return{
...s,...a}}for(let o of e){let{regionRegex:n,outputs:s}=o;if(new RegExp(n).test(t))return{...s}}let r=e.find(o=>o.id==="aws");if(!r)throw new Error("Provided re\
gion was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.");return{...r.outputs}},iw=()=>rL});var aw,uf,cw=p(()=>{aw=require("node:stream"),uf=t=>t?.body instanceof aw.Readable||typeof ReadableStream<"u"&&t?.body instanceof ReadableStream});var pw,lw,dw,uw,mw,fw=p(()=>{pw=["BandwidthLimitExceeded","EC2ThrottledException","LimitExceededException","PriorRequestNotComplete","ProvisionedThroughputExcee\
dedException","RequestLimitExceeded","RequestThrottled","RequestThrottledException","SlowDown","ThrottledException","Throttling","ThrottlingException","TooManyR\
equestsException","TransactionInProgressException"],lw=["TimeoutError","RequestTimeout","RequestTimeoutException"],dw=[500,502,503,504],uw=["ECONNRESET","ECONNR\
EFUSED","EPIPE","ETIMEDOUT"],mw=["EHOSTUNREACH","ENETUNREACH","ENOTFOUND","EAI_AGAIN"]});function iL(t){return t.code==="ERR_HTTP2_STREAM_ERROR"&&t.message.includes("NGHTTP2_REFUSED_STREAM")}var oL,nL,sL,ic,ac,gw,mf=p(()=>{fw();oL=t=>t?.$retryable!==
void 0,nL=t=>t.$metadata?.clockSkewCorrected,sL=t=>{let e=new Set(["Failed to fetch","NetworkError when attempting to fetch resource","The Internet connection a\
ppears to be offline","Load failed","Network request failed"]);return t&&t instanceof TypeError?e.has(t.message):!1},ic=t=>t.$metadata?.httpStatusCode===429||pw.
includes(t.name)||t.$retryable?.throttling==!0,ac=(t,e=0)=>t?.name!=="AbortError"&&(oL(t)||nL(t)||t.name==="InvalidSignatureException"&&t.message?.includes("Sig\
nature expired")||lw.includes(t.name)||uw.includes(t?.code||"")||mw.includes(t?.code||"")||dw.includes(t.$metadata?.httpStatusCode||0)||sL(t)||iL(t)||t.cause!==
void 0&&e<=10&&ac(t.cause,e+1)),gw=t=>{if(t.$metadata?.httpStatusCode!==void 0){let e=t.$metadata.httpStatusCode;return 500<=e&&e<=599&&!ac(t)}return!1}});var cc,aL,hw,yw=p(()=>{cc=(t,e)=>{if(!e)return t;let r=()=>{},o=new Promise((n,s)=>{let i=()=>s(aL(e));e.aborted?i():typeof e.addEventListener=="function"?(e.addEventListener(
"abort",i,{once:!0}),r=()=>e.removeEventListener("abort",i)):e.onabort=i});return Promise.race([t,o]).finally(r)},aL=t=>{let e=t.reason;return e instanceof Error?
Object.assign(new Error("Request aborted"),{name:"AbortError",cause:e}):Object.assign(new Error(e?String(e):"Request aborted"),{name:"AbortError"})},hw=t=>typeof t==
"object"&&t!==null&&"name"in t&&t.name==="AbortError"});var Ew,xw,Sw=p(()=>{Ew="amz-sdk-invocation-id",xw="amz-sdk-request"});function Rw(t,e){if(Je.isInstance(t))for(let r in t.headers){if(!P(t.headers,r))continue;let o=r.toLowerCase();if(o==="retry-after"){let n=t.headers[r],s=NaN;if(n.
endsWith("GMT"))try{s=(ys(n).getTime()-Date.now())/1e3}catch(i){e?.trace?.("Failed to parse retry-after header"),e?.trace?.(i)}else n.match(/ GMT, ((\d+)|(\d+\.\d+))$/)?
s=Number(n.match(/ GMT, ([\d.]+)$/)?.[1]):n.match(/^((\d+)|(\d+\.\d+))$/)?s=Number(n):Date.parse(n)>=Date.now()&&(s=(Date.parse(n)-Date.now())/1e3);return isNaN(
s)?void 0:new Date(Date.now()+s*1e3)}else if(o==="x-amz-retry-after"){let n=t.headers[r],s=Number(n);if(isNaN(s)){e?.trace?.(`Failed to parse x-amz-retry-after=${n}`);
return}return new Date(Date.now()+s)}}}var _w=p(()=>{J();F();k()});var ww,Iw=p(()=>{ww=t=>t instanceof Error?t:t instanceof Object?Object.assign(new Error,t):typeof t=="string"?new Error(t):new Error(`AWS SDK error wrapper for ${t}`)});function ff(t){return e=>(r,o)=>async n=>{let s=await e.retryStrategy(),i=await e.maxAttempts(),a=o[xr]?.abortSignal;if(cL(s)){s=s;let c=(o.partition_id??"")+(o.
__retryLongPoll?":longpoll":""),l=await cc(s.acquireInitialRetryToken(c),a),d=new Error,u=0,m=0,{request:f}=n,g=j.isInstance(f);for(g&&(f.headers[Ew]=Lm());;)try{
g&&(f.headers[xw]=`attempt=${u+1}; max=${i}`);let{response:y,output:h}=await r(n);return s.recordSuccess(l),h.$metadata.attempts=u+1,h.$metadata.totalRetryDelay=
m,{response:y,output:h}}catch(y){let h=pL(y,e.logger);if(d=ww(y),g&&t(f))throw(o.logger instanceof _e?console:o.logger)?.warn("An error was encountered in a non\
-retryable streaming request."),d;try{if(a?.aborted)throw d;l=await cc(s.refreshRetryTokenForRetry(l,h),a)}catch(x){throw x!==d&&a?.aborted&&hw(x)?x:(d.$metadata||
(d.$metadata={}),d.$metadata.attempts=u+1,d.$metadata.totalRetryDelay=m,d)}u=l.getRetryCount();let S=l.getRetryDelay();m+=(l?.$retryLog?.acquisitionDelay??0)+S,
S>0&&await cc(new Promise(x=>setTimeout(x,S)),a)}}else return s=s,s?.mode&&(o.userAgent=[...o.userAgent||[],["cfg/retry-mode",s.mode]]),s.retry(r,n)}}function Tw(t){
let e=ff(t);return r=>({applyToStack:o=>{o.add(e(r),dL)}})}var cL,pL,lL,dL,Cw=p(()=>{T();F();k();Pr();mf();yw();Sw();_w();Iw();cL=t=>typeof t.acquireInitialRetryToken<
"u"&&typeof t.refreshRetryTokenForRetry<"u"&&typeof t.recordSuccess<"u",pL=(t,e)=>{let r={error:t,errorType:lL(t)},o=Rw(t.$response,e);return o&&(r.retryAfterHint=
o),r},lL=t=>ic(t)?"THROTTLING":ac(t)?"TRANSIENT":gw(t)?"SERVER_ERROR":"CLIENT_ERROR",dL={name:"retryMiddleware",tags:["RETRY"],step:"finalizeRequest",priority:"\
high",override:!0}});var pc,vw=p(()=>{mf();pc=class t{static setTimeoutFn=(e,r)=>setTimeout(e,r);beta;minCapacity;minFillRate;scaleConstant;smooth;enabled=!1;availableTokens=0;lastMaxRate=0;measuredTxRate=0;requestCount=0;fillRate;lastThrottleTime;lastTimestamp=0;lastTxRateBucket;maxCapacity;timeWindow=0;constructor(e){
this.beta=e?.beta??.7,this.minCapacity=e?.minCapacity??1,this.minFillRate=e?.minFillRate??.5,this.scaleConstant=e?.scaleConstant??.4,this.smooth=e?.smooth??.8,this.
lastThrottleTime=this.getCurrentTimeInSeconds(),this.lastTxRateBucket=Math.floor(this.getCurrentTimeInSeconds()),this.fillRate=this.minFillRate,this.maxCapacity=
this.minCapacity}async getSendToken(){return this.acquireTokenBucket(1)}updateClientSendingRate(e){let r;this.updateMeasuredRate();let o=e;if(o?.errorType==="TH\
ROTTLING"||ic(o?.error??e)){let i=this.enabled?Math.min(this.measuredTxRate,this.fillRate):this.measuredTxRate;this.lastMaxRate=i,this.calculateTimeWindow(),this.
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
return parseFloat(e.toFixed(8))}}});var Kt,lc=p(()=>{Kt=class{static v2026=!0;static delay(){return 50}static throttlingDelay(){return 1e3}static cost(){return 14}static throttlingCost(){return 5}static modifiedCostType(){
return"THROTTLING"}}});var dc,Aw=p(()=>{lc();dc=class{x=Kt.delay();computeNextBackoffDelay(e){let n=Math.random()*Math.min(this.x*2**e,2e4);return Math.floor(n)}setDelayBase(e){this.x=
e}}});var Gs,bw=p(()=>{Gs=class{delay;count;cost;longPoll;$retryLog={acquisitionDelay:0};constructor(e,r,o,n){this.delay=e,this.count=r,this.cost=o,this.longPoll=n}getRetryCount(){
return this.count}getRetryDelay(){return Math.min(2e4,this.delay)}getRetryCost(){return this.cost}isLongPoll(){return this.longPoll}}});var Jt,co,it,zs=p(()=>{(function(t){t.STANDARD="standard",t.ADAPTIVE="adaptive"})(Jt||(Jt={}));co=3,it=Jt.STANDARD});var uc,Ko,gf=p(()=>{Aw();bw();zs();lc();uc={incompatible:1,attempts:2,capacity:3},Ko=class{mode=Jt.STANDARD;retryBackoffStrategy;capacity=500;maxAttemptsProvider;baseDelay;constructor(e){
typeof e=="number"?this.maxAttemptsProvider=async()=>e:typeof e=="function"?this.maxAttemptsProvider=e:e&&typeof e=="object"&&(this.maxAttemptsProvider=async()=>e.
maxAttempts,this.baseDelay=e.baseDelay,this.retryBackoffStrategy=e.backoff),this.maxAttemptsProvider??=async()=>co,this.baseDelay??=Kt.delay(),this.retryBackoffStrategy??=
new dc}async acquireInitialRetryToken(e){return new Gs(Kt.delay(),0,void 0,e.includes(":longpoll"))}async refreshRetryTokenForRetry(e,r){let o=await this.getMaxAttempts(),
n=this.retryCode(e,r,o),s=n===0,i=e.isLongPoll?.();if(s||i){let a=r.errorType;this.retryBackoffStrategy.setDelayBase(a==="THROTTLING"?Kt.throttlingDelay():this.
baseDelay);let c=this.retryBackoffStrategy.computeNextBackoffDelay(e.getRetryCount()),l=c;if(r.retryAfterHint instanceof Date&&(l=Math.max(c,Math.min(r.retryAfterHint.
getTime()-Date.now(),c+5e3))),s){let d=this.getCapacityCost(a);this.capacity-=d;let u=new Gs(0,e.getRetryCount()+1,d,e.isLongPoll?.()??!1);return await new Promise(
m=>setTimeout(m,l)),u.$retryLog.acquisitionDelay=l,u}else{let d=n===uc.capacity&&i?l:0;d>0&&await new Promise(u=>setTimeout(u,d))}}throw new Error("No retry tok\
en available")}recordSuccess(e){this.capacity=Math.min(500,this.capacity+(e.getRetryCost()??1))}getCapacity(){return this.capacity}async maxAttempts(){return this.
maxAttemptsProvider()}async getMaxAttempts(){try{return await this.maxAttemptsProvider()}catch{return console.warn(`Max attempts provider could not resolve. Usi\
ng default of ${co}`),co}}retryCode(e,r,o){let n=e.getRetryCount()+1,s=this.isRetryableError(r.errorType)?0:uc.incompatible,i=n<o?0:uc.attempts,a=this.capacity>=
this.getCapacityCost(r.errorType)?0:uc.capacity;return s||i||a}getCapacityCost(e){return e===Kt.modifiedCostType()?Kt.throttlingCost():Kt.cost()}isRetryableError(e){
return e==="THROTTLING"||e==="TRANSIENT"}}});var mc,Pw=p(()=>{vw();gf();zs();mc=class{mode=Jt.ADAPTIVE;rateLimiter;standardRetryStrategy;constructor(e,r){let{rateLimiter:o}=r??{};this.rateLimiter=o??new pc,
this.standardRetryStrategy=r?new Ko({maxAttempts:typeof e=="number"?e:3,...r}):new Ko(e)}async acquireInitialRetryToken(e){let r=await this.standardRetryStrategy.
acquireInitialRetryToken(e);return await this.rateLimiter.getSendToken(),r}async refreshRetryTokenForRetry(e,r){this.rateLimiter.updateClientSendingRate(r);let o=await this.
standardRetryStrategy.refreshRetryTokenForRetry(e,r);return await this.rateLimiter.getSendToken(),o}recordSuccess(e){this.rateLimiter.updateClientSendingRate({}),
this.standardRetryStrategy.recordSuccess(e)}async maxAttemptsProvider(){return this.standardRetryStrategy.maxAttempts()}}});var hf,yf,Yt,Xt,Ow,Nw,Qt,Dw=p(()=>{T();Pw();gf();zs();lc();hf="AWS_MAX_ATTEMPTS",yf="max_attempts",Yt={environmentVariableSelector:t=>{let e=t[hf];if(!e)return;
let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Environment variable ${hf} mast be a number, got "${e}"`);return r},configFileSelector:t=>{let e=t[yf];if(!e)
return;let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Shared config file entry ${yf} mast be a number, got "${e}"`);return r},default:co},Xt=(t,e)=>{let{
retryStrategy:r,retryMode:o}=t,{defaultMaxAttempts:n=co,defaultBaseDelay:s=Kt.delay()}=e??{},i=q(t.maxAttempts??n),a=r?Promise.resolve(r):void 0,c=async()=>{let l=await i();
return await q(o)()===Jt.ADAPTIVE?new mc(i,{maxAttempts:l,baseDelay:s}):new Ko({maxAttempts:l,baseDelay:s})};return Object.assign(t,{maxAttempts:i,retryStrategy:()=>a??=
c()})},Ow="AWS_RETRY_MODE",Nw="retry_mode",Qt={environmentVariableSelector:t=>t[Ow],configFileSelector:t=>t[Nw],default:it}});var vee,lr,ut=p(()=>{cw();Cw();zs();Dw();vee=ff(uf),lr=Tw(uf)});async function kw(t,e,r){if(r.request?.headers?.["smithy-protocol"]==="rpc-v2-cbor"&&Ar(t,"PROTOCOL_RPC_V2_CBOR","M"),typeof e.retryStrategy=="function"){let s=await e.
retryStrategy();if(typeof s.mode=="string")switch(s.mode){case Jt.ADAPTIVE:Ar(t,"RETRY_MODE_ADAPTIVE","F");break;case Jt.STANDARD:Ar(t,"RETRY_MODE_STANDARD","E");
break}}if(typeof e.accountIdEndpointMode=="function"){let s=t.endpointV2;switch(String(s?.url?.hostname).match(fL)&&Ar(t,"ACCOUNT_ID_ENDPOINT","O"),await e.accountIdEndpointMode?.()){case"\
disabled":Ar(t,"ACCOUNT_ID_MODE_DISABLED","Q");break;case"preferred":Ar(t,"ACCOUNT_ID_MODE_PREFERRED","P");break;case"required":Ar(t,"ACCOUNT_ID_MODE_REQUIRED",
"R");break}}let n=t.__smithy_context?.selectedHttpAuthScheme?.identity;if(n?.$source){let s=n;s.accountId&&Ar(t,"RESOLVED_ACCOUNT_ID","T");for(let[i,a]of Object.
entries(s.$source??{}))Ar(t,i,a)}}var fL,$w=p(()=>{ut();pE();fL=/\d{12}\.ddb/});var Ef,fc,Lw,Uw,Fw=p(()=>{Ef="user-agent",fc="x-amz-user-agent",Lw=/[^!$%&'*+\-.^_`|~\w]/g,Uw=/[^!$%&'*+\-.^_`|~\w#]/g});function Mw(t){let e="";for(let r in t){let o=t[r];if(e.length+o.length+1<=1024){e.length?e+=","+o:e+=o;continue}break}return e}var Bw=p(()=>{});var Gw,gc,zw,Zt,Vw=p(()=>{F();df();$w();Fw();Bw();Gw=t=>(e,r)=>async o=>{let{request:n}=o;if(!j.isInstance(n))return e(o);let{headers:s}=n,i=r?.userAgent?.map(gc)||
[],a=(await t.defaultUserAgentProvider()).map(gc);await kw(r,t,o);let c=r;a.push(`m/${Mw(Object.assign({},r.__smithy_context?.features,c.__aws_sdk_context?.features))}`);
let l=t?.customUserAgent?.map(gc)||[],d=await t.userAgentAppId();d&&a.push(gc(["app",`${d}`]));let u=iw(),m=(u?[u]:[]).concat([...a,...i,...l]).join(" "),f=[...a.
filter(g=>g.startsWith("aws-sdk-")),...l].join(" ");return t.runtime!=="browser"?(f&&(s[fc]=s[fc]?`${s[Ef]} ${f}`:f),s[Ef]=m):s[fc]=m,e({...o,request:n})},gc=t=>{
let e=t[0].split("/").map(i=>i.replace(Lw,"-")).join("/"),r=t[1]?.replace(Uw,"-"),o=e.indexOf("/"),n=e.substring(0,o),s=e.substring(o+1);return n==="api"&&(s=s.
toLowerCase()),[n,s,r].filter(i=>i&&i.length>0).reduce((i,a,c)=>{switch(c){case 0:return a;case 1:return`${i}/${a}`;default:return`${i}#${a}`}},"")},zw={name:"g\
etUserAgentMiddleware",step:"build",priority:"low",tags:["SET_USER_AGENT","USER_AGENT"],override:!0},Zt=t=>({applyToStack:e=>{e.add(Gw(t),zw)}})});var hc,qw,Ww=p(()=>{hc=require("node:process"),qw=()=>{let t=["deno","bun","llrt"];for(let e of t)if(hc.versions[e])return[`md/${e}`,hc.versions[e]];return["md/\
nodejs",hc.versions.node]}});var Sf,Kw=p(()=>{Sf={isCrtAvailable:!1}});var Jw,Yw=p(()=>{Kw();Jw=()=>Sf.isCrtAvailable?["md/crt-avail"]:null});var yc,Rf,er,Xw=p(()=>{yc=require("node:os"),Rf=require("node:process");Ww();Yw();er=({serviceId:t,clientVersion:e})=>{let r=qw();return async o=>{let n=[["aws-\
sdk-js",e],["ua","2.1"],[`os/${(0,yc.platform)()}`,(0,yc.release)()],["lang/js"],r],s=Jw();s&&n.push(s),t&&n.push([`api/${t}`,e]),Rf.env.AWS_EXECUTION_ENV&&n.push(
[`exec-env/${Rf.env.AWS_EXECUTION_ENV}`]);let i=await o?.userAgentAppId?.();return i?[...n,[`app/${i}`]]:[...n]}}});var Qw,Zw,gL,tr,eI=p(()=>{lf();Qw="AWS_SDK_UA_APP_ID",Zw="sdk_ua_app_id",gL="sdk-ua-app-id",tr={environmentVariableSelector:t=>t[Qw],configFileSelector:t=>t[Zw]??
t[gL],default:sc}});var tI=p(()=>{W()});var _f,rI=p(()=>{W();tI();_f=(t,e=!1)=>{if(e){for(let r of t.split("."))if(!_f(r))return!1;return!0}return!(!Or(t)||t.length<3||t.length>63||t!==t.toLowerCase()||
Pn(t))}});var oI,nI=p(()=>{oI=t=>{let e=t.split(":");if(e.length<6)return null;let[r,o,n,s,i,...a]=e;if(r!=="arn"||o===""||n===""||a.join(":")==="")return null;let c=a.map(
l=>l.split("/")).flat();return{partition:o,service:n,region:s,accountId:i,resourceId:c}}});var mt,sI=p(()=>{W();rI();nI();df();mt={isVirtualHostableS3Bucket:_f,parseArn:oI,partition:sw};Pe.aws=mt});function wf(t={}){return _({...be,async default(){return iI.silence||console.warn("@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credenti\
al-providers README and set a region explicitly."),"us-east-1"}},{...tt,...t})}var iI,aI=p(()=>{$();iI={silence:!1}});var rr,or,cI=p(()=>{rr=t=>({setRegion(e){t.region=e},region(){return t.region}}),or=t=>({region:t.region()})});var M=p(()=>{aE();cE();lE();b_();N_();j_();lf();Vw();Xw();eI();sI();aI();cI()});var Ec,xc,pI=p(()=>{F();Ec=t=>Je.isInstance(t)?t.headers?.date??t.headers?.Date:void 0,xc=t=>Je.isInstance(t)?t.headers?.age??t.headers?.Age:void 0});var Vs,lI=p(()=>{Vs=t=>new Date(Date.now()+t)});var Sc,dI=p(()=>{Sc=(t,e,r,o)=>{if(o!==void 0)return e;let n=Date.parse(t);if(Number.isNaN(n))return e;let s=Date.now();return r!==void 0&&s-r>9e5?e:n-s}});var If=p(()=>{pI();lI();dI()});var qs,hL,Ws,ge,Tf=p(()=>{F();Pr();If();qs=(t,e)=>{if(!e)throw new Error(`Property \`${t}\` is not resolved for AWS SDK SigV4Auth`);return e},hL=t=>t.context?.[xr]?.
eventStream?.output===!0,Ws=async t=>{let e=qs("context",t.context),r=qs("config",t.config),o=e.endpointV2?.properties?.authSchemes?.[0],s=await qs("signer",r.signer)(
o),i=t?.signingRegion,a=t?.signingRegionSet,c=t?.signingName;return{config:r,signer:s,signingRegion:i,signingRegionSet:a,signingName:c}},ge=class{async sign(e,r,o){
if(!j.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");let n=await Ws(o),{config:s,signer:i}=n,{signingRegion:a,
signingName:c}=n,l=o.context;if(l?.authSchemes?.length??!1){let[f,g]=l.authSchemes;f?.name==="sigv4a"&&g?.name==="sigv4"&&(a=g?.signingRegion??a,c=g?.signingName??
c)}let d=await s.disableClockSkewCorrection?.()===!0;o._disableClockSkewCorrection=d;let u=d||hL(o);return o._skipClockSkewSampling=u,u||(o._preRequestSystemClockOffset=
s.systemClockOffset,o._requestSentAt=Date.now()),await i.sign(e,{signingDate:d?new Date:Vs(s.systemClockOffset),signingRegion:a,signingService:c})}errorHandler(e){
return r=>{let o=r;if(!e._skipClockSkewSampling&&!e._disableClockSkewCorrection){let n=o.ServerTime??Ec(o.$response);if(n){let s=qs("config",e.config),i=e._preRequestSystemClockOffset,
a=e._requestSentAt,c=xc(o.$response),l=Sc(n,s.systemClockOffset,a,c);s.systemClockOffset=l,Math.abs(l)>=24e4&&(l!==i||i!==void 0&&i!==l)&&o.$metadata&&(o.$metadata.
clockSkewCorrected=!0)}}throw r}}successHandler(e,r){if(r._skipClockSkewSampling||r._disableClockSkewCorrection)return;let o=Ec(e);if(o){let n=qs("config",r.config),
s=r._requestSentAt,i=xc(e);n.systemClockOffset=Sc(o,n.systemClockOffset,s,i)}}}});var po,uI=p(()=>{F();If();Tf();po=class extends ge{async sign(e,r,o){if(!j.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and ca\
nnot be signed");let{config:n,signer:s,signingRegion:i,signingRegionSet:a,signingName:c}=await Ws(o),d=(await n.sigv4aSigningRegionSet?.()??a??[i]).join(","),u=await n.
disableClockSkewCorrection?.()===!0;return o._disableClockSkewCorrection=u,u||(o._preRequestSystemClockOffset=n.systemClockOffset,o._requestSentAt=Date.now()),await s.
sign(e,{signingDate:u?new Date:Vs(n.systemClockOffset),signingRegion:d,signingService:c})}}});var Cf,mI=p(()=>{Cf=t=>typeof t=="string"&&t.length>0?t.split(",").map(e=>e.trim()):[]});var fI,gI=p(()=>{fI=t=>`AWS_BEARER_TOKEN_${t.replace(/[\s-]/g,"_").toUpperCase()}`});var hI,yI,ft,EI=p(()=>{mI();gI();hI="AWS_AUTH_SCHEME_PREFERENCE",yI="auth_scheme_preference",ft={environmentVariableSelector:(t,e)=>{if(e?.signingName&&fI(e.signingName)in
t)return["httpBearerAuth"];if(hI in t)return Cf(t[hI])},configFileSelector:t=>{if(yI in t)return Cf(t[yI])},default:[]}});var Rc,_c,xI=p(()=>{st();$();Rc=t=>(t.sigv4aSigningRegionSet=_r(t.sigv4aSigningRegionSet),t),_c={environmentVariableSelector(t){if(t.AWS_SIGV4A_SIGNING_REGION_SET)
return t.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map(e=>e.trim());throw new je("AWS_SIGV4A_SIGNING_REGION_SET not set in env.",{tryNextLink:!0})},configFileSelector(t){
if(t.sigv4a_signing_region_set)return(t.sigv4a_signing_region_set??"").split(",").map(e=>e.trim());throw new je("sigv4a_signing_region_set not set in profile.",
{tryNextLink:!0})},default:void 0}});function RI(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var wc,SI,yL,vf,_I=p(()=>{k();k();wc=class{format(e){let r=[];for(let s in e){
if(!P(e,s))continue;let i=se(s);r.push(Uint8Array.from([i.byteLength]),i,this.formatHeaderValue(e[s]))}let o=new Uint8Array(r.reduce((s,i)=>s+i.byteLength,0)),n=0;
for(let s of r)o.set(s,n),n+=s.byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.
from([2,e.value]);case"short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(
new ArrayBuffer(5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let n=new Uint8Array(9);return n[0]=5,n.set(e.value.bytes,
1),n;case"binary":let s=new DataView(new ArrayBuffer(3+e.value.byteLength));s.setUint8(0,6),s.setUint16(1,e.value.byteLength,!1);let i=new Uint8Array(s.buffer);
return i.set(e.value,3),i;case"string":let a=se(e.value),c=new DataView(new ArrayBuffer(3+a.byteLength));c.setUint8(0,7),c.setUint16(1,a.byteLength,!1);let l=new Uint8Array(
c.buffer);return l.set(a,3),l;case"timestamp":let d=new Uint8Array(9);return d[0]=8,d.set(vf.fromNumber(e.value.valueOf()).bytes,1),d;case"uuid":if(!yL.test(e.value))
throw new Error(`Invalid UUID received: ${e.value}`);let u=new Uint8Array(17);return u[0]=9,u.set(Ou(e.value.replace(/-/g,"")),1),u}}};(function(t){t[t.boolTrue=
0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=6]="byteArray",t[t.
string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(SI||(SI={}));yL=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,vf=class t{bytes;constructor(e){
if(this.bytes=e,e.byteLength!==8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(
`${e} is too large (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,n=Math.abs(Math.round(e));o>-1&&n>0;o--,n/=256)r[o]=
n;return e<0&&RI(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&RI(e),parseInt(Xe(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var wI,II,Af,TI,CI,bf,Pf,Of,Nf,EL,vI,AI,Ks,bI,PI,OI,NI,Ic,DI,kI,$I,Df,LI,Jo=p(()=>{wI="X-Amz-Algorithm",II="X-Amz-Credential",Af="X-Amz-Date",TI="X-Amz-SignedHe\
aders",CI="X-Amz-Expires",bf="X-Amz-Signature",Pf="X-Amz-Security-Token",Of="authorization",Nf=Af.toLowerCase(),EL="date",vI=[Of,Nf,EL],AI=bf.toLowerCase(),Ks="\
x-amz-content-sha256",bI=Pf.toLowerCase(),PI={authorization:!0,"cache-control":!0,connection:!0,expect:!0,from:!0,"keep-alive":!0,"max-forwards":!0,pragma:!0,referer:!0,
te:!0,trailer:!0,"transfer-encoding":!0,upgrade:!0,"user-agent":!0,"x-amzn-trace-id":!0},OI=/^proxy-/,NI=/^sec-/,Ic="AWS4-HMAC-SHA256",DI="AWS4-HMAC-SHA256-PAYL\
OAD",kI="UNSIGNED-PAYLOAD",$I=50,Df="aws4_request",LI=3600*24*7});var UI,FI=p(()=>{k();F();Jo();UI=({query:t={}})=>{let e=[],r={};for(let o in t){if(!P(t,o)||o.toLowerCase()===AI)continue;let n=Rr(o);e.push(n);let s=t[o];typeof s==
"string"?r[n]=`${n}=${Rr(s)}`:Array.isArray(s)&&(r[n]=s.slice(0).reduce((i,a)=>i.concat([`${n}=${Rr(a)}`]),[]).sort().join("&"))}return e.sort().map(o=>r[o]).filter(
o=>o).join("&")}});var MI,xL,BI=p(()=>{MI=t=>xL(t).toISOString().replace(/\.\d{3}Z$/,"Z"),xL=t=>typeof t=="number"?new Date(t*1e3):typeof t=="string"?Number(t)?new Date(Number(t)*
1e3):new Date(t):t});var Tc,HI=p(()=>{T();F();k();FI();BI();Tc=class{service;regionProvider;credentialProvider;sha256;uriEscapePath;applyChecksum;constructor({applyChecksum:e,credentials:r,
region:o,service:n,sha256:s,uriEscapePath:i=!0}){this.service=n,this.sha256=s,this.uriEscapePath=i,this.applyChecksum=typeof e=="boolean"?e:!0,this.regionProvider=
q(o),this.credentialProvider=q(r)}createCanonicalRequest(e,r,o){let n=Object.keys(r).sort();return`${e.method}
${this.getCanonicalPath(e)}
${UI(e)}
${n.map(s=>`${s}:${r[s]}`).join(`
`)}

${n.join(";")}
${o}`}async createStringToSign(e,r,o,n){let s=new this.sha256;s.update(vt(o));let i=await s.digest();return`${n}
${e}
${r}
${Xe(i)}`}getCanonicalPath({path:e}){if(this.uriEscapePath){let r=[];for(let s of e.split("/"))s?.length!==0&&s!=="."&&(s===".."?r.pop():r.push(s));let o=`${e?.
startsWith("/")?"/":""}${r.join("/")}${r.length>0&&e?.endsWith("/")?"/":""}`;return Rr(o).replace(/%2F/g,"/")}return e}validateResolvedCredentials(e){if(typeof e!=
"object"||typeof e.accessKeyId!="string"||typeof e.secretAccessKey!="string")throw new Error("Resolved credential object is not valid")}formatDate(e){let r=MI(e).
replace(/[-:]/g,"");return{longDate:r,shortDate:r.slice(0,8)}}getCanonicalHeaderList(e){return Object.keys(e).sort().join(";")}}});var Cc,kf,vc,GI,jI,zI=p(()=>{k();Jo();Cc={},kf=[],vc=(t,e,r)=>`${t}/${e}/${r}/${Df}`,GI=async(t,e,r,o,n)=>{let s=await jI(t,e.secretAccessKey,e.accessKeyId),i=`${r}\
:${o}:${n}:${Xe(s)}:${e.sessionToken}`;if(i in Cc)return Cc[i];for(kf.push(i);kf.length>$I;)delete Cc[kf.shift()];let a=`AWS4${e.secretAccessKey}`;for(let c of[
r,o,n,Df])a=await jI(t,a,c);return Cc[i]=a},jI=(t,e,r)=>{let o=new t(e);return o.update(vt(r)),o.digest()}});var $f,VI=p(()=>{k();Jo();$f=({headers:t},e,r)=>{let o={};for(let n of Object.keys(t).sort()){if(t[n]==null)continue;let s=n.toLowerCase();(P(PI,s)||e?.has(s)||
OI.test(s)||NI.test(s))&&(!r||r&&!r.has(s))||(s==="__proto__"&&Vr(o),o[s]=t[n].replace(/[\r\n]/g," ").replace(/[ \t]+/g," ").replace(/^ | $/g,""))}return o}});var Ac,qI=p(()=>{k();k();Jo();Ac=async({headers:t,body:e},r)=>{for(let o in t)if(P(t,o)&&o.toLowerCase()===Ks)return t[o];if(e==null)return"e3b0c44298fc1c149afb\
f4c8996fb92427ae41e4649b934ca495991b7852b855";if(typeof e=="string"||ArrayBuffer.isView(e)||gs(e)){let o=new r;return o.update(vt(e)),Xe(await o.digest())}return kI}});var WI,KI=p(()=>{k();WI=(t,e)=>{t=t.toLowerCase();for(let r in e)if(P(e,r)&&t===r.toLowerCase())return!0;return!1}});var JI,YI=p(()=>{k();F();JI=(t,e={})=>{let{headers:r,query:o={}}=j.clone(t);for(let n in r){if(!P(r,n))continue;let s=n.toLowerCase();(s.slice(0,6)==="x-amz-"&&
!e.unhoistableHeaders?.has(s)||e.hoistableHeaders?.has(s))&&(o[n]=r[n],delete r[n])}return{...t,headers:r,query:o}}});var Lf,XI=p(()=>{k();F();Jo();Lf=t=>{t=j.clone(t);for(let e in t.headers)P(t.headers,e)&&vI.indexOf(e.toLowerCase())>-1&&delete t.headers[e];return t}});var lo,QI=p(()=>{k();_I();HI();Jo();zI();VI();qI();KI();YI();XI();lo=class extends Tc{headerFormatter=new wc;constructor({applyChecksum:e,credentials:r,region:o,
service:n,sha256:s,uriEscapePath:i=!0}){super({applyChecksum:e,credentials:r,region:o,service:n,sha256:s,uriEscapePath:i})}async presign(e,r={}){let{signingDate:o=new Date,
expiresIn:n=3600,unsignableHeaders:s,unhoistableHeaders:i,signableHeaders:a,hoistableHeaders:c,signingRegion:l,signingService:d}=r,u=await this.credentialProvider();
this.validateResolvedCredentials(u);let m=l??await this.regionProvider(),{longDate:f,shortDate:g}=this.formatDate(o);if(n>LI)return Promise.reject("Signature ve\
rsion 4 presigned URLs must have an expiration date less than one week in the future");let y=vc(g,m,d??this.service),h=JI(Lf(e),{unhoistableHeaders:i,hoistableHeaders:c});
u.sessionToken&&(h.query[Pf]=u.sessionToken),h.query[wI]=Ic,h.query[II]=`${u.accessKeyId}/${y}`,h.query[Af]=f,h.query[CI]=n.toString(10);let S=$f(h,s,a);return h.
query[TI]=this.getCanonicalHeaderList(S),h.query[bf]=await this.getSignature(f,y,this.getSigningKey(u,m,g,d),this.createCanonicalRequest(h,S,await Ac(e,this.sha256))),
h}async sign(e,r){return typeof e=="string"?this.signString(e,r):e.headers&&e.payload?this.signEvent(e,r):e.message?this.signMessage(e,r):this.signRequest(e,r)}async signEvent({
headers:e,payload:r},{signingDate:o=new Date,priorSignature:n,signingRegion:s,signingService:i,eventStreamCredentials:a}){let c=s??await this.regionProvider(),{
shortDate:l,longDate:d}=this.formatDate(o),u=vc(l,c,i??this.service),m=await Ac({headers:{},body:r},this.sha256),f=new this.sha256;f.update(e);let g=Xe(await f.
digest()),y=[DI,d,u,n,g,m].join(`
`);return this.signString(y,{signingDate:o,signingRegion:c,signingService:i,eventStreamCredentials:a})}async signMessage(e,{signingDate:r=new Date,signingRegion:o,
signingService:n,eventStreamCredentials:s}){return this.signEvent({headers:this.headerFormatter.format(e.message.headers),payload:e.message.body},{signingDate:r,
signingRegion:o,signingService:n,priorSignature:e.priorSignature,eventStreamCredentials:s}).then(a=>({message:e.message,signature:a}))}async signString(e,{signingDate:r=new Date,
signingRegion:o,signingService:n,eventStreamCredentials:s}={}){let i=s??await this.credentialProvider();this.validateResolvedCredentials(i);let a=o??await this.
regionProvider(),{shortDate:c}=this.formatDate(r),l=new this.sha256(await this.getSigningKey(i,a,c,n));return l.update(vt(e)),Xe(await l.digest())}async signRequest(e,{
signingDate:r=new Date,signableHeaders:o,unsignableHeaders:n,signingRegion:s,signingService:i}={}){let a=await this.credentialProvider();this.validateResolvedCredentials(
a);let c=s??await this.regionProvider(),l=Lf(e),{longDate:d,shortDate:u}=this.formatDate(r),m=vc(u,c,i??this.service);l.headers[Nf]=d,a.sessionToken&&(l.headers[bI]=
a.sessionToken);let f=await Ac(l,this.sha256);!WI(Ks,l.headers)&&this.applyChecksum&&(l.headers[Ks]=f);let g=$f(l,n,o),y=await this.getSignature(d,m,this.getSigningKey(
a,c,u,i),this.createCanonicalRequest(l,g,f));return l.headers[Of]=`${Ic} Credential=${a.accessKeyId}/${m}, SignedHeaders=${this.getCanonicalHeaderList(g)}, Sign\
ature=${y}`,l}async getSignature(e,r,o,n){let s=await this.createStringToSign(e,r,n,Ic),i=new this.sha256(await o);return i.update(vt(s)),Xe(await i.digest())}getSigningKey(e,r,o,n){
return GI(this.sha256,e,o,r,n||this.service)}}});var bc,ZI=p(()=>{bc={SignatureV4a:null}});var Pc=p(()=>{QI();ZI()});function SL(t,{credentials:e,credentialDefaultProvider:r}){let o;return e?e?.memoized?o=e:o=nc(e,oc,js):r?o=_r(r(Object.assign({},t,{parentClientConfig:t}))):o=
async()=>{throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.")},o.memoized=!0,
o}function RL(t,e){if(e.configBound)return e;let r=async o=>e({...o,callerClientConfig:t});return r.memoized=e.memoized,r.configBound=!0,r}var Uf,e0=p(()=>{M();
st();Pc();Uf=t=>e=>{let r=e.credentials,o=!!e.credentials,n;Object.defineProperty(e,"credentials",{set(d){d&&d!==r&&d!==n&&(o=!0),r=d;let u=SL(e,{credentials:r,
credentialDefaultProvider:e.credentialDefaultProvider}),m=RL(e,u);if(o&&!m.attributed){let f=typeof r=="object"&&r!==null;n=async g=>{let h=await m(g);return f&&
(!h.$source||Object.keys(h.$source).length===0)?B(h,"CREDENTIALS_CODE","e"):h},n.memoized=m.memoized,n.configBound=m.configBound,n.attributed=!0}else n=m},get(){
return n},enumerable:!0,configurable:!0}),e.credentials=r;let{signingEscapePath:s=!0,systemClockOffset:i=e.systemClockOffset||0,sha256:a}=e,c;return e.signer?c=
_r(e.signer):e.regionInfoProvider?c=()=>_r(e.region)().then(async d=>[await e.regionInfoProvider(d,{useFipsEndpoint:await e.useFipsEndpoint(),useDualstackEndpoint:await e.
useDualstackEndpoint()})||{},d]).then(([d,u])=>{let{signingRegion:m,signingService:f}=d;e.signingRegion=e.signingRegion||m||u,e.signingName=e.signingName||f||e.
serviceId;let g={...e,credentials:e.credentials,region:e.signingRegion,service:e.signingName,sha256:a,uriEscapePath:s},y=e.signerConstructor||lo;return new y(g)}):
c=async d=>{d=Object.assign({},{name:"sigv4",signingName:e.signingName||e.defaultSigningName,signingRegion:await _r(e.region)(),properties:{}},d);let u=d.signingRegion,
m=d.signingName;e.signingRegion=e.signingRegion||u,e.signingName=e.signingName||m||e.serviceId;let f={...e,credentials:e.credentials,region:e.signingRegion,service:e.
signingName,sha256:a,uriEscapePath:s},g=e.signerConstructor||lo;return new g(f)},Object.assign(e,{systemClockOffset:i,signingEscapePath:s,signer:c,disableClockSkewCorrection:_r(
e.disableClockSkewCorrection??t)})}});var Ff=p(()=>{Tf();uI();EI();xI();e0()});var wL,IL,t0,r0=p(()=>{$();wL="AWS_DISABLE_CLOCK_SKEW_CORRECTION",IL="disable_clock_skew_correction",t0={environmentVariableSelector:t=>bt(t,wL,Qe.ENV),configFileSelector:t=>bt(
t,IL,Qe.CONFIG),default:!1}});var o0,n0=p(()=>{$();r0();o0=_(t0)});var dr,we=p(()=>{Ff();Ff();n0();dr=Uf(o0)});var Js,Ys,Mf,Bf,Hf,jf,Oc,d0=p(()=>{M();$();Js="AWS_ACCESS_KEY_ID",Ys="AWS_SECRET_ACCESS_KEY",Mf="AWS_SESSION_TOKEN",Bf="AWS_CREDENTIAL_EXPIRATION",Hf="AWS_CREDE\
NTIAL_SCOPE",jf="AWS_ACCOUNT_ID",Oc=t=>async()=>{t?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");let e=process.env[Js],r=process.env[Ys],o=process.
env[Mf],n=process.env[Bf],s=process.env[Hf],i=process.env[jf];if(e&&r){let a={accessKeyId:e,secretAccessKey:r,...o&&{sessionToken:o},...n&&{expiration:new Date(
n)},...s&&{credentialScope:s},...i&&{accountId:i}};return B(a,"CREDENTIALS_ENV_VARS","g"),a}throw new R("Unable to find environment variable credentials.",{logger:t?.
logger})}});var u0={};sr(u0,{ENV_ACCOUNT_ID:()=>jf,ENV_CREDENTIAL_SCOPE:()=>Hf,ENV_EXPIRATION:()=>Bf,ENV_KEY:()=>Js,ENV_SECRET:()=>Ys,ENV_SESSION:()=>Mf,fromEnv:()=>Oc});var Gf=p(
()=>{d0()});var Nc,Dc,zf=p(()=>{Nc=t=>!!t&&typeof t=="object"&&typeof t.AccessKeyId=="string"&&typeof t.SecretAccessKey=="string"&&typeof t.Token=="string"&&typeof t.Expiration==
"string",Dc=t=>({accessKeyId:t.AccessKeyId,secretAccessKey:t.SecretAccessKey,sessionToken:t.Token,expiration:new Date(t.Expiration),...t.AccountId&&{accountId:t.
AccountId}})});var m0,f0,Un,kc=p(()=>{m0=1e3,f0=0,Un=({maxRetries:t=0,timeout:e=1e3})=>({maxRetries:t,timeout:e})});var Vf,g0=p(()=>{Vf=Ur(require("node:http"))});function uo(t){return new Promise((e,r)=>{let o=Vf.default.request({method:"GET",...t,hostname:t.hostname?.replace(/^\[(.+)\]$/,"$1")});o.on("error",n=>{r(Object.
assign(new je("Unable to connect to instance metadata service"),n)),o.destroy()}),o.on("timeout",()=>{r(new je("TimeoutError from instance metadata service")),o.
destroy()}),o.on("response",n=>{let{statusCode:s=400}=n;(s<200||300<=s)&&(r(Object.assign(new je("Error response received from instance metadata service"),{statusCode:s})),
o.destroy());let i=[];n.on("data",a=>{i.push(a)}),n.on("end",()=>{e(Buffer.concat(i)),o.destroy()})}),o.end()})}var $c=p(()=>{$();g0()});var Xs,qf=p(()=>{Xs=(t,e)=>{let r=t();for(let o=0;o<e;o++)r=r.catch(t);return r}});var Fn,Qs,Lc,h0,vL,AL,bL,PL,OL,y0=p(()=>{$();zf();kc();$c();qf();Fn="AWS_CONTAINER_CREDENTIALS_FULL_URI",Qs="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",Lc="AWS_CON\
TAINER_AUTHORIZATION_TOKEN",h0=(t={})=>{let{timeout:e,maxRetries:r}=Un(t);return()=>Xs(async()=>{let o=await OL({logger:t.logger}),n=JSON.parse(await vL(e,o));if(!Nc(
n))throw new R("Invalid response received from instance metadata service.",{logger:t.logger});return Dc(n)},r)},vL=async(t,e)=>(process.env[Lc]&&(e.headers={...e.
headers,Authorization:process.env[Lc]}),(await uo({...e,timeout:t})).toString()),AL="169.254.170.2",bL=new Set(["localhost","127.0.0.1"]),PL=new Set(["http:","h\
ttps:"]),OL=async({logger:t})=>{if(process.env[Qs])return{hostname:AL,path:process.env[Qs]};if(process.env[Fn]){let e;try{e=new URL(process.env[Fn])}catch{throw new R(
`${process.env[Fn]} is not a valid container metadata service URL`,{tryNextLink:!1,logger:t})}if(!e.hostname||!bL.has(e.hostname))throw new R(`${e.hostname} is \
not a valid container metadata service hostname`,{tryNextLink:!1,logger:t});if(!e.protocol||!PL.has(e.protocol))throw new R(`${e.protocol} is not a valid contai\
ner metadata service protocol`,{tryNextLink:!1,logger:t});return{protocol:e.protocol,hostname:e.hostname,path:e.pathname+e.search,port:e.port?parseInt(e.port,10):
void 0}}throw new R(`The container metadata credential provider cannot be used unless the ${Qs} or ${Fn} environment variable is set`,{tryNextLink:!1,logger:t})}});var Uc,E0=p(()=>{$();Uc=class t extends R{tryNextLink;name="InstanceMetadataV1FallbackError";constructor(e,r=!0){super(e,r),this.tryNextLink=r,Object.setPrototypeOf(
this,t.prototype)}}});var Yo,Wf=p(()=>{(function(t){t.IPv4="http://169.254.169.254",t.IPv6="http://[fd00:ec2::254]"})(Yo||(Yo={}))});var NL,DL,x0,S0=p(()=>{NL="AWS_EC2_METADATA_SERVICE_ENDPOINT",DL="ec2_metadata_service_endpoint",x0={environmentVariableSelector:t=>t[NL],configFileSelector:t=>t[DL],
default:void 0}});var mo,Kf=p(()=>{(function(t){t.IPv4="IPv4",t.IPv6="IPv6"})(mo||(mo={}))});var kL,$L,R0,_0=p(()=>{Kf();kL="AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",$L="ec2_metadata_service_endpoint_mode",R0={environmentVariableSelector:t=>t[kL],configFileSelector:t=>t[$L],
default:mo.IPv4}});var Fc,LL,UL,Jf=p(()=>{$();F();Wf();S0();Kf();_0();Fc=async()=>fe(await LL()||await UL()),LL=async()=>_(x0)(),UL=async()=>{let t=await _(R0)();switch(t){case mo.
IPv4:return Yo.IPv4;case mo.IPv6:return Yo.IPv6;default:throw new Error(`Unsupported endpoint mode: ${t}. Select from ${Object.values(mo)}`)}}});var FL,Yf,w0=p(()=>{FL="https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html",Yf=(t,e)=>{let r=300+Math.floor(Math.random()*300),o=new Date(
Date.now()+r*1e3);e.warn(`Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be atte\
mpted after ${new Date(o)}.
For more information, please visit: `+FL);let n=t.originalExpiration??t.expiration;return{...t,...n?{originalExpiration:n}:{},expiration:o}}});var I0,T0=p(()=>{w0();I0=(t,e={})=>{let r=e?.logger||console,o;return async()=>{let n;try{n=await t(),n.expiration&&n.expiration.getTime()<Date.now()&&(n=Yf(n,r))}catch(s){
if(o)r.warn("Credential renew failed: ",s),n=Yf(o,r);else throw s}return o=n,n}}});var A0,ML,Xf,C0,v0,b0,BL,HL,jL,GL,P0=p(()=>{$();E0();zf();kc();$c();qf();Jf();T0();A0="/latest/meta-data/iam/security-credentials/",ML="/latest/api/token",Xf="A\
WS_EC2_METADATA_V1_DISABLED",C0="ec2_metadata_v1_disabled",v0="x-aws-ec2-metadata-token",b0=(t={})=>I0(BL(t),{logger:t.logger}),BL=(t={})=>{let e=!1,{logger:r,profile:o}=t,
{timeout:n,maxRetries:s}=Un(t),i=async(a,c)=>{if(e||c.headers?.[v0]==null){let u=!1,m=!1,f=await _({environmentVariableSelector:g=>{let y=g[Xf];if(m=!!y&&y!=="f\
alse",y===void 0)throw new R(`${Xf} not set in env, checking config file next.`,{logger:t.logger});return m},configFileSelector:g=>{let y=g[C0];return u=!!y&&y!==
"false",u},default:!1},{profile:o})();if(t.ec2MetadataV1Disabled||f){let g=[];throw t.ec2MetadataV1Disabled&&g.push("credential provider initialization (runtime\
 option ec2MetadataV1Disabled)"),u&&g.push(`config file profile (${C0})`),m&&g.push(`process environment variable (${Xf})`),new Uc(`AWS EC2 Metadata v1 fallback\
 has been blocked by AWS SDK configuration in the following: [${g.join(", ")}].`)}}let d=(await Xs(async()=>{let u;try{u=await jL(c)}catch(m){throw m.statusCode===
401&&(e=!1),m}return u},a)).trim();return Xs(async()=>{let u;try{u=await GL(d,c,t)}catch(m){throw m.statusCode===401&&(e=!1),m}return u},a)};return async()=>{let a=await Fc();
if(e)return r?.debug("AWS SDK Instance Metadata","using v1 fallback (no token fetch)"),i(s,{...a,timeout:n});{let c;try{c=(await HL({...a,timeout:n})).toString()}catch(l){
if(l?.statusCode===400)throw Object.assign(l,{message:"EC2 Metadata token request returned error"});return(l.message==="TimeoutError"||[403,404,405].includes(l.
statusCode))&&(e=!0),r?.debug("AWS SDK Instance Metadata","using v1 fallback (initial)"),i(s,{...a,timeout:n})}return i(s,{...a,headers:{[v0]:c},timeout:n})}}},
HL=async t=>uo({...t,path:ML,method:"PUT",headers:{"x-aws-ec2-metadata-token-ttl-seconds":"21600"}}),jL=async t=>(await uo({...t,path:A0})).toString(),GL=async(t,e,r)=>{
let o=JSON.parse((await uo({...e,path:A0+t})).toString());if(!Nc(o))throw new R("Invalid response received from instance metadata service.",{logger:r.logger});return Dc(
o)}});var Mc={};sr(Mc,{DEFAULT_MAX_RETRIES:()=>f0,DEFAULT_TIMEOUT:()=>m0,ENV_CMDS_AUTH_TOKEN:()=>Lc,ENV_CMDS_FULL_URI:()=>Fn,ENV_CMDS_RELATIVE_URI:()=>Qs,Endpoint:()=>Yo,
fromContainerMetadata:()=>h0,fromInstanceMetadata:()=>b0,getInstanceMetadataEndpoint:()=>Fc,httpRequest:()=>uo,providerConfigFromInit:()=>Un});var Bc=p(()=>{y0();
P0();kc();$c();Jf();Wf()});function Qf(t){let e=t&&typeof t=="object"&&"reason"in t?t.reason:void 0;if(e){if(e instanceof Error){let n=new Error("Request aborted");return n.name="AbortErr\
or",n.cause=e,n}let o=new Error(String(e));return o.name="AbortError",o}let r=new Error("Request aborted");return r.name="AbortError",r}var O0=p(()=>{});var N0,D0=p(()=>{N0=["ECONNRESET","EPIPE","ETIMEDOUT"]});var k0,$0=p(()=>{k();k0=t=>{let e={};for(let r in t){if(!P(t,r))continue;let o=t[r];e[r]=Array.isArray(o)?o.join(","):o}return e}});var Mn,L0=p(()=>{Mn=Ur(require("node:https"))});var ie,Xo=p(()=>{ie={setTimeout:(t,e)=>setTimeout(t,e),clearTimeout:t=>clearTimeout(t)}});var U0,F0,M0=p(()=>{Xo();U0=1e3,F0=(t,e,r=0)=>{if(!r)return-1;let o=n=>{let s=ie.setTimeout(()=>{t.destroy(),e(Object.assign(new Error(`@smithy/node-http-handle\
r - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`),{name:"TimeoutError"}))},r-n),i=a=>{a?.connecting?
a.on("connect",()=>{ie.clearTimeout(s)}):ie.clearTimeout(s)};t.socket?i(t.socket):t.on("socket",i)};return r<2e3?(o(0),0):ie.setTimeout(o.bind(null,U0),U0)}});var B0,H0=p(()=>{Xo();B0=(t,e,r=0,o,n)=>r?ie.setTimeout(()=>{let s=`@smithy/node-http-handler - [${o?"ERROR":"WARN"}] a request has exceeded the configured ${r}\
 ms requestTimeout.`;if(o){let i=Object.assign(new Error(s),{name:"TimeoutError",code:"ETIMEDOUT"});t.destroy(i),e(i)}else s+=" Init client requestHandler with \
throwOnRequestTimeout=true to turn this into an error.",n?.warn?.(s)},r):-1});var zL,j0,G0=p(()=>{Xo();zL=3e3,j0=(t,{keepAlive:e,keepAliveMsecs:r},o=zL)=>{if(e!==!0)return-1;let n=()=>{t.socket?t.socket.setKeepAlive(e,r||0):t.on("socket",
s=>{s.setKeepAlive(e,r||0)})};return o===0?(n(),0):ie.setTimeout(n,o)}});var Hc,z0=p(()=>{Hc=t=>{let e=t?.defaultSocketTimeout;return typeof e=="number"&&Number.isFinite(e)&&e>0?e:void 0}});var VL,Zf,V0=p(()=>{Xo();VL=3e3,Zf=(t,e,r=0,o=!1)=>{if(!Number.isFinite(r)||r<=0)return;let n;t.once("response",c=>n=c);let s=()=>{if(n?.complete){t.socket?.destroy();
return}let c=Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${o?"service default socket timeout":
"configured by client requestHandler"}).`),{name:"TimeoutError"});n?.destroy(c),t.destroy(),e(c)},i=()=>{let{socket:c}=t;c?c.connecting?c.once("connect",i):(c.setTimeout(
r,s),t.on("close",()=>c.removeListener("timeout",s))):t.once("socket",i)};if(r<6e3){i();return}let a=ie.setTimeout(i,VL);t.once("close",()=>ie.clearTimeout(a))}});async function K0(t,e,r=q0,o=!1){let n=e.headers,s=n?n.Expect||n.expect:void 0,i=-1,a=!0;!o&&s==="100-continue"&&(a=await Promise.race([new Promise(c=>{i=Number(
ie.setTimeout(()=>c(!0),Math.max(q0,r)))}),new Promise(c=>{t.on("continue",()=>{ie.clearTimeout(i),c(!0)}),t.on("response",()=>{ie.clearTimeout(i),c(!1)}),t.on(
"error",()=>{ie.clearTimeout(i),c(!1)})})])),a&&qL(t,e.body)}function qL(t,e){if(e instanceof W0.Readable){e.pipe(t);return}if(e){let r=Buffer.isBuffer(e);if(r||
typeof e=="string"){r&&e.byteLength===0?t.end():t.end(e);return}let n=e;if(typeof n=="object"&&n.buffer&&typeof n.byteOffset=="number"&&typeof n.byteLength=="nu\
mber"){t.end(Buffer.from(n.buffer,n.byteOffset,n.byteLength));return}t.end(Buffer.from(e));return}t.end()}var W0,q0,J0=p(()=>{W0=require("node:stream");Xo();q0=
6e3});var jc,Y0,Ne,X0=p(()=>{k();F();O0();D0();$0();L0();M0();H0();G0();z0();V0();Xo();J0();Ne=class t{config;configProvider;socketWarningTimestamp=0;externalAgent=!1;metadata={
handlerProtocol:"http/1.1"};static create(e){return typeof e?.handle=="function"?e:new t(e)}static checkSocketUsage(e,r,o=console){let{sockets:n,requests:s,maxSockets:i}=e;
if(typeof i!="number"||i===1/0||Date.now()-15e3<r)return r;if(n&&s)for(let c in n){if(!P(n,c))continue;let l=n[c]?.length??0,d=s[c]?.length??0;if(l>=i&&d>=2*i)return o?.
warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${l} and ${d} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),Date.now()}return r}constructor(e){this.configProvider=new Promise((r,o)=>{
typeof e=="function"?e().then(n=>{r(this.resolveDefaultConfig(n))}).catch(o):r(this.resolveDefaultConfig(e))})}destroy(){this.config?.httpAgent?.destroy(),this.
config?.httpsAgent?.destroy()}async handle(e,{abortSignal:r,requestTimeout:o}={}){this.config||(this.config=await this.configProvider);let n=this.config,s=n.logger,
i=e.protocol==="https:";return!i&&!this.config.httpAgent&&(this.config.httpAgent=await this.config.httpAgentProvider()),new Promise((a,c)=>{let l,d=-1,u=-1,m=-1,
f=-1,g=()=>{ie.clearTimeout(d),ie.clearTimeout(u),ie.clearTimeout(m),ie.clearTimeout(f)},y=async z=>{await l,g(),a(z)},h=async z=>{await l,g(),c(z)};if(r?.aborted){
let z=Qf(r);h(z);return}let S=e.headers,x=S?(S.Expect??S.expect)==="100-continue":!1,v=i?n.httpsAgent:n.httpAgent;x&&!this.externalAgent&&(v=new(i?Mn.default.Agent:
jc)({keepAlive:!1,maxSockets:1/0})),d=ie.setTimeout(()=>{this.socketWarningTimestamp=t.checkSocketUsage(v,this.socketWarningTimestamp,s)},n.socketAcquisitionWarningTimeout??
(n.requestTimeout??2e3)+(n.connectionTimeout??1e3));let b=e.query?Hm(e.query):"",L;if(e.username!=null||e.password!=null){let z=e.username??"",fr=e.password??"";
L=`${z}:${fr}`}let Y=e.path;b&&(Y+=`?${b}`),e.fragment&&(Y+=`#${e.fragment}`);let ve=e.hostname??"";ve[0]==="["&&ve.endsWith("]")?ve=e.hostname.slice(1,-1):ve=e.
hostname;let nr={headers:e.headers,host:ve,method:e.method,path:Y,port:e.port,agent:v,auth:L},ce=(i?Mn.default.request:Y0)(nr,z=>{let fr=new Je({statusCode:z.statusCode||
-1,reason:z.statusMessage,headers:k0(z.headers),body:z});y({response:fr})});if(ce.on("error",z=>{N0.includes(z.code)?h(Object.assign(z,{name:"TimeoutError"})):h(
z)}),r){let z=()=>{ce.destroy();let fr=Qf(r);h(fr)};if(typeof r.addEventListener=="function"){let fr=r;fr.addEventListener("abort",z,{once:!0}),ce.once("close",
()=>fr.removeEventListener("abort",z))}else r.onabort=z}let Ae=o??n.requestTimeout;u=F0(ce,h,n.connectionTimeout),m=B0(ce,h,Ae,n.throwOnRequestTimeout,s??console);
let ct=n.socketTimeout===void 0?Hc(n):void 0;ct?Zf(ce,h,ct,!0):Zf(ce,h,n.socketTimeout);let Ke=nr.agent;typeof Ke=="object"&&"keepAlive"in Ke&&(f=j0(ce,{keepAlive:Ke.
keepAlive,keepAliveMsecs:Ke.keepAliveMsecs})),l=K0(ce,e,Ae,this.externalAgent).catch(z=>(g(),c(z)))})}updateHttpClientConfig(e,r){this.config=void 0,this.configProvider=
this.configProvider.then(o=>{switch(e){case Symbol.for("logger"):e="logger",r=o.logger??r;break;case Symbol.for("@smithy/defaultSocketTimeout"):e="defaultSocket\
Timeout",r=Hc(o)??r;break}return{...o,[e]:r}})}httpHandlerConfigs(){return this.config??{}}resolveDefaultConfig(e){let{requestTimeout:r,connectionTimeout:o,socketTimeout:n,
socketAcquisitionWarningTimeout:s,httpAgent:i,httpsAgent:a,throwOnRequestTimeout:c,logger:l}=e||{},d=!0,u=50,m;return{connectionTimeout:o,requestTimeout:r,socketTimeout:n,
defaultSocketTimeout:Hc(e),socketAcquisitionWarningTimeout:s,throwOnRequestTimeout:c,httpAgentProvider:()=>m??=(async()=>{let f=await Promise.resolve().then(()=>Ur(sm())),
{Agent:g,request:y}=f.default??f;return Y0=y,jc=g,i instanceof jc||typeof i?.destroy=="function"?(this.externalAgent=!0,i):new jc({keepAlive:d,maxSockets:u,...i})})(),
httpsAgent:a instanceof Mn.default.Agent||typeof a?.destroy=="function"?(this.externalAgent=!0,a):new Mn.default.Agent({keepAlive:d,maxSockets:u,...a}),logger:l}}}});var fo=p(()=>{X0();k()});var WL,KL,JL,Q0,Z0=p(()=>{$();WL="169.254.170.2",KL="169.254.170.23",JL="[fd00:ec2::23]",Q0=(t,e)=>{if(t.protocol!=="https:"&&!(t.hostname===WL||t.hostname===KL||
t.hostname===JL)){if(t.hostname.includes("[")){if(t.hostname==="[::1]"||t.hostname==="[0000:0000:0000:0000:0000:0000:0000:0001]")return}else{if(t.hostname==="lo\
calhost")return;let r=t.hostname.split("."),o=n=>{let s=parseInt(n,10);return 0<=s&&s<=255};if(r[0]==="127"&&o(r[1])&&o(r[2])&&o(r[3])&&r.length===4)return}throw new R(
`URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`,{logger:e})}}});function eT(t){return new j({protocol:t.protocol,hostname:t.hostname,port:Number(t.port),path:t.pathname,query:Array.from(t.searchParams.entries()).reduce((e,[r,
o])=>(e[r]=o,e),{}),fragment:t.hash})}async function tT(t,e){let o=await $s(t.body).transformToString();if(t.statusCode===200){let n=JSON.parse(o);if(typeof n.AccessKeyId!=
"string"||typeof n.SecretAccessKey!="string"||typeof n.Token!="string"||typeof n.Expiration!="string")throw new R("HTTP credential provider response not of the \
required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }",{logger:e});return{accessKeyId:n.
AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.Token,expiration:xu(n.Expiration)}}if(t.statusCode>=400&&t.statusCode<500){let n={};try{n=JSON.parse(
o)}catch{}throw Object.assign(new R(`Server responded with status: ${t.statusCode}`,{logger:e}),{Code:n.Code,Message:n.Message})}throw new R(`Server responded w\
ith status: ${t.statusCode}`,{logger:e})}var rT=p(()=>{$();F();k();k()});var oT,nT=p(()=>{oT=(t,e,r)=>async()=>{for(let o=0;o<e;++o)try{return await t()}catch{await new Promise(s=>setTimeout(s,r))}return await t()}});var iT,YL,XL,QL,ZL,e1,aT,sT,cT=p(()=>{M();$();fo();iT=Ur(require("node:fs/promises"));Z0();rT();nT();YL="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",XL="http://169.\
254.170.2",QL="AWS_CONTAINER_CREDENTIALS_FULL_URI",ZL="AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",e1="AWS_CONTAINER_AUTHORIZATION_TOKEN",aT=(t={})=>{t.logger?.debug(
"@aws-sdk/credential-provider-http - fromHttp");let e,r=t.awsContainerCredentialsRelativeUri??process.env[YL],o=t.awsContainerCredentialsFullUri??process.env[QL],
n=t.awsContainerAuthorizationToken??process.env[e1],s=t.awsContainerAuthorizationTokenFile??process.env[ZL],i=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?.
warn?console.warn:t.logger.warn.bind(t.logger);if(r&&o&&(i("@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsConta\
inerCredentialsFullUri."),i("awsContainerCredentialsRelativeUri will take precedence.")),n&&s&&(i("@aws-sdk/credential-provider-http: you have set both awsConta\
inerAuthorizationToken and awsContainerAuthorizationTokenFile."),i("awsContainerAuthorizationTokenFile will take precedence.")),r)e=`${XL}${r}`;else if(o)e=o;else
throw new R(`No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`,{logger:t.logger});let a=new URL(e);Q0(a,t.logger);let c=Ne.create({connectionTimeout:t.
timeout??1e3}),l=t.timeout??1e3,d=oT(async()=>{let u=eT(a);s?u.headers.Authorization=sT((await iT.default.readFile(s)).toString()):n&&(u.headers.Authorization=sT(
n));try{let m=await c.handle(u,{requestTimeout:l});return tT(m.response).then(f=>B(f,"CREDENTIALS_HTTP","z"))}catch(m){throw new R(String(m),{logger:t.logger})}},
t.maxRetries??3,t.timeout??1e3);return async()=>{try{return await d()}finally{c.destroy?.()}}},sT=t=>{if(t.includes(`\r
`))throw new R("Authorization token contains invalid \\r\\n sequence.");return t}});var eg={};sr(eg,{fromHttp:()=>aT});var tg=p(()=>{cT()});var Gc,rg=p(()=>{Gc=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var Bn,zc=p(()=>{Bn="To refresh this SSO session run 'aws sso login' with the corresponding profile."});function r1(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sso-oauth",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function o1(t){return{schemeId:"smithy.api#noAuth"}}var uT,mT,fT,og=p(()=>{we();T();uT=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});mT=t=>{let e=[];return t.operation==="CreateToken"?e.push(o1(t)):e.push(r1(t)),
e},fT=t=>{let e=dr(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??[])})}});var gT,hT,ng=p(()=>{gT=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"sso-oauth"}),
hT={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var go,Zs=p(()=>{go={name:"@aws-sdk/nested-clients",version:"3.998.5",description:"Nested clients for AWS SDK packages.",homepage:"https://github.com/aws/aws-sd\
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
l-dts":"0.10.1",premove:"4.0.0",typescript:"~7.0.2"},engines:{node:">=20.0.0"}}});var ho,Vc=p(()=>{T();X();ho=class{queryCompat;errorRegistry;constructor(e=!1){this.queryCompat=e}resolveRestContentType(e,r){let o=r.getMemberSchemas(),n=Object.
values(o).find(s=>!!s.getMergedTraits().httpPayload);if(n){let s=n.getMergedTraits().mediaType;return s||(n.isStringSchema()?"text/plain":n.isBlobSchema()?"appl\
ication/octet-stream":e)}else if(!r.isUnitSchema()&&Object.values(o).find(i=>{let{httpQuery:a,httpQueryParams:c,httpHeader:l,httpLabel:d,httpPrefixHeaders:u}=i.
getMergedTraits();return!a&&!c&&!l&&!d&&u===void 0}))return e}async getErrorSchemaOrThrowBaseException(e,r,o,n,s,i){let a=e;e.includes("#")&&([,a]=e.split("#"));
let c={$metadata:s,$fault:o.statusCode<500?"client":"server"};if(!this.errorRegistry)throw new Error("@aws-sdk/core/protocols - error handler not initialized.");
try{return{errorSchema:i?.(this.errorRegistry,a)??this.errorRegistry.getSchema(e),errorMetadata:c}}catch{n.message=n.message??n.Message??"UnknownError";let d=this.
errorRegistry,u=d.getBaseException();if(u){let g=d.getErrorCtor(u)??Error;throw this.decorateServiceException(Object.assign(new g({name:a}),c),n)}let m=n,f=m?.message??
m?.Message??m?.Error?.Message??m?.Error?.message;throw this.decorateServiceException(Object.assign(new Error(f),{name:a},c),n)}}compose(e,r,o){let n=o;r.includes(
"#")&&([n]=r.split("#"));let s=Q.for(n),i=Q.for("smithy.ts.sdk.synthetic."+o);e.copyFrom(s),e.copyFrom(i),this.errorRegistry=e}decorateServiceException(e,r={}){
if(this.queryCompat){let o=e.Message??r.Message,n=va(e,r);o&&(n.message=o);let s=n.Error??{};s.Type=n.Error?.Type,s.Code=n.Error?.Code,s.Message=n.Error?.message??
n.Error?.Message??o,n.Error=s;let i=n.$metadata.requestId;return i&&(n.RequestId=i),n}return va(e,r)}setQueryCompatError(e,r){let o=r.headers?.["x-amzn-query-er\
ror"];if(e!==void 0&&o!=null){let[n,s]=o.split(";"),i=Object.keys(e),a={Code:n,Type:s};e.Code=n,e.Type=s;for(let c=0;c<i.length;c++){let l=i[c];a[l==="message"?
"Message":l]=e[l]}delete a.__type,e.Error=a}}queryCompatOutput(e,r){e.Error&&(r.Error=e.Error),e.Type&&(r.Type=e.Type),e.Code&&(r.Code=e.Code)}findQueryCompatibleError(e,r){
try{return e.getSchema(r)}catch{return e.find(n=>U.of(n).getMergedTraits().awsQueryError?.[0]===r)}}}});var qc,yT=p(()=>{F();X();Vc();qc=class extends zo{serializer;deserializer;serviceTarget;codec;mixin;awsQueryCompatible;constructor({defaultNamespace:e,errorTypeRegistries:r,
serviceTarget:o,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,errorTypeRegistries:r}),this.serviceTarget=o,this.codec=s??new Wo({timestampFormat:{
useTrait:!0,default:7},jsonName:!1}),this.serializer=this.codec.createSerializer(),this.deserializer=this.codec.createDeserializer(),this.awsQueryCompatible=!!n,
this.mixin=new ho(this.awsQueryCompatible)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,o);return n.path.endsWith("/")||(n.path+="/"),n.
headers["content-type"]=`application/x-amz-json-${this.getJsonRpcVersion()}`,n.headers["x-amz-target"]=`${this.serviceTarget}.${e.name}`,this.awsQueryCompatible&&
(n.headers["x-amzn-query-mode"]="true"),(jr(e.input)==="unit"||!n.body)&&(n.body="{}"),n}getPayloadCodec(){return this.codec}async handleError(e,r,o,n,s){let{awsQueryCompatible:i}=this;
i&&this.mixin.setQueryCompatError(n,o);let a=Ym(o,n,i)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,a,this.options.defaultNamespace);let{errorSchema:c,
errorMetadata:l}=await this.mixin.getErrorSchemaOrThrowBaseException(a,this.options.defaultNamespace,o,n,s,i?this.mixin.findQueryCompatibleError:void 0),d=U.of(
c),u=n.message??n.Message??"UnknownError",m=this.compositeErrorRegistry.getErrorCtor(c)??Error,f=new m({}),g={},y=this.codec.createDeserializer();for(let[h,S]of d.
structIterator())n[h]!=null&&(g[h]=y.readObject(S,n[h]));throw i&&this.mixin.queryCompatOutput(n,g),this.mixin.decorateServiceException(Object.assign(f,l,{$fault:d.
getMergedTraits().error,message:u},g),n)}}});var Qo,ET=p(()=>{yT();Qo=class extends qc{constructor({defaultNamespace:e,errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,
errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:s})}getShapeId(){return"aws.protocols#awsJson1_1"}getJsonRpcVersion(){return"1.1"}getDefaultContentType(){
return"application/x-amz-json-1.1"}}});var qr,xT=p(()=>{F();X();Vc();qr=class extends Us{serializer;deserializer;codec;mixin=new ho;constructor({defaultNamespace:e,errorTypeRegistries:r,jsonCodec:o}){
super({defaultNamespace:e,errorTypeRegistries:r});let n={timestampFormat:{useTrait:!0,default:7},httpBindings:!0,jsonName:!0};this.codec=o??new Wo(n),this.serializer=
new Ms(this.codec.createSerializer(),n),this.deserializer=new Fs(this.codec.createDeserializer(),n)}getShapeId(){return"aws.protocols#restJson1"}getPayloadCodec(){
return this.codec}setSerdeContext(e){this.codec.setSerdeContext(e),super.setSerdeContext(e)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,
o),s=U.of(e.input);if(!n.headers["content-type"]){let i=this.mixin.resolveRestContentType(this.getDefaultContentType(),s);i&&(n.headers["content-type"]=i)}return n.
body==null&&n.headers["content-type"]===this.getDefaultContentType()&&(n.body="{}"),n}async deserializeResponse(e,r,o){let n=await super.deserializeResponse(e,r,
o),s=U.of(e.output);for(let[i,a]of s.structIterator())a.getMemberTraits().httpPayload&&!(i in n)&&(n[i]=null);return n}async handleError(e,r,o,n,s){let i=Jm(o,n)??
"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let{errorSchema:a,errorMetadata:c}=await this.mixin.getErrorSchemaOrThrowBaseException(
i,this.options.defaultNamespace,o,n,s),l=U.of(a),d=n.message??n.Message??"UnknownError",u=this.compositeErrorRegistry.getErrorCtor(a)??Error,m=new u({});await this.
deserializeHttpMessage(a,r,o,n);let f={},g=this.codec.createDeserializer();for(let[y,h]of l.structIterator()){let S=h.getMergedTraits().jsonName??y;f[y]=g.readObject(
h,n[S])}throw this.mixin.decorateServiceException(Object.assign(m,c,{$fault:l.getMergedTraits().error,message:d},f),n)}getDefaultContentType(){return"applicatio\
n/json"}}});function sg(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}function ag(t){return new ig(t).parse()}var ig,ST=p(
()=>{ig=class t{x;i=0;z;constructor(e){this.x=e,this.x=e.replace(/\r\n?/g,`
`),this.z=this.x.length}parse(){let e=this,{z:r}=e;for(;e.i<r&&(e.trim(),!(e.i>=r));)if(e.isNext("<?"))e.readTo("?>"),e.trim();else if(e.isNext("<!--"))e.readTo(
"-->"),e.trim();else if(e.isNext("<!DOCTYPE",!1))e.skipDoctype(),e.trim();else if(e.x[e.i]==="<"){let o=e.parseTag();return{[o.tag]:o.value}}else throw new Error(
"@aws-sdk XML parse error: unexpected content.");throw new Error("@aws-sdk XML parse error: no root element.")}isNext(e,r=!0){let o=this;return r?o.x.startsWith(
e,o.i):o.x.toLowerCase().startsWith(e.toLowerCase(),o.i)}readTo(e){let r=this,o=r.x.indexOf(e,r.i);if(o===-1)throw new Error(`@aws-sdk XML parse error: expected\
 "${e}" not found.`);let n=r.x.slice(r.i,o);return r.i=o+e.length,n}trim(){let e=this;for(;e.i<e.z&&` 	\r
`.includes(e.x[e.i]);)++e.i}readAttrValue(){let e=this,r=e.x[e.i];++e.i;let o="";for(;e.i<e.z&&e.x[e.i]!==r;)o+=e.x[e.i++];return++e.i,e.decodeEntities(o)}parseTag(){
let e=this;++e.i;let r="";for(;e.i<e.z&&!` 	\r
>/`.includes(e.x[e.i]);)r+=e.x[e.i++];let o=!1,n={};for(;e.i<e.z&&(e.trim(),!">/".includes(e.x[e.i]));){let d="";for(;e.i<e.z&&!`= 	\r
>/?`.includes(e.x[e.i]);)d+=e.x[e.i++];if(e.trim(),e.x[e.i]!=="=")break;++e.i,e.trim(),d==="__proto__"&&sg(n),n[d]=e.readAttrValue(),o=!0}if(e.i>=e.z)throw new Error(
"@aws-sdk XML parse error: unexpected end of input.");if(e.x[e.i]==="/"){if(++e.i,e.i>=e.z||e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected >\
 at the end of self-closing tag.");return++e.i,{tag:r,value:o?n:""}}if(e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected > at the end of openin\
g tag.");++e.i;let s=[],i=[],a=!1;for(;e.i<e.z&&!e.isNext("</");)if(e.x[e.i]==="<")e.isNext("<!--")?e.readTo("-->"):e.isNext("<![CDATA[")?(e.i+=9,s.push(e.readTo(
"]]>"))):e.isNext("<?")?e.readTo("?>"):(a=!0,i.push(e.parseTag()));else{let d="";for(;e.i<e.z&&e.x[e.i]!=="<";)d+=e.x[e.i++];s.push(e.decodeEntities(d))}if(!e.isNext(
"</"))throw new Error(`@aws-sdk XML parse error: missing closing tag </${r}>.`);e.i+=2;let c=e.readTo(">").trim();if(c!==r)throw new Error(`@aws-sdk XML parse e\
rror: mismatched tags <${r}> and </${c}>.`);if(!o&&s.length===0&&!a)return{tag:r,value:""};if(!o&&!a){let d=s.length===1?s[0]:s.join("");return d.trim()===""&&d.
includes(`
`)?{tag:r,value:""}:{tag:r,value:d}}let l={};for(let d of s)d.trim()===""&&d.includes(`
`)||(l["#text"]="#text"in l?l["#text"]+d:d);for(let d of i)d.tag==="__proto__"&&sg(l),d.tag in l?Array.isArray(l[d.tag])?l[d.tag].push(d.value):l[d.tag]=[l[d.tag],
d.value]:l[d.tag]=d.value;for(let[d,u]of Object.entries(n))d==="__proto__"&&sg(l),l[d]=u;return{tag:r,value:l}}static ENTITIES={amp:"&",lt:"<",gt:">",quot:'"',apos:"\
'"};skipDoctype(){let e=this;e.i+=9;let r=0;for(;e.i<e.z;){let o=e.x[e.i];if(o==="[")++r;else if(o==="]")--r;else if(o===">"&&r===0){++e.i;return}++e.i}throw new Error(
"@aws-sdk XML parse error: unclosed DOCTYPE.")}decodeEntities(e){return e.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g,(r,o,n,s)=>o?
String.fromCharCode(parseInt(o,16)):n?String.fromCharCode(parseInt(n,10)):t.ENTITIES[s]??"")}}});var RT=p(()=>{ST()});var Hn,cg=p(()=>{Hn=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var Wc,_T=p(()=>{Wc=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function wT(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var IT=p(()=>{});var Kc,TT=p(()=>{RT();T();F();X();k();cg();_T();IT();Kc=class extends Hn{settings;stringDeserializer;constructor(e){super(),this.settings=e,this.stringDeserializer=
new Vo(e)}setSerdeContext(e){this.serdeContext=e,this.stringDeserializer.setSerdeContext(e)}read(e,r,o){let n=U.of(e),s=n.getMemberSchemas();if(n.isStructSchema()&&
n.isMemberSchema()&&!!Object.values(s).find(l=>!!l.getMemberTraits().eventPayload)){let l={},d=Object.keys(s)[0];return s[d].isBlobSchema()?l[d]=r:l[d]=this.read(
s[d],r),l}let a=(this.serdeContext?.utf8Encoder??Z)(r),c=this.parseXml(a);return this.readSchema(e,o?c[o]:c)}readSchema(e,r){let o=U.of(e);if(o.isUnitSchema())return;
let n=o.getMergedTraits();if(o.isListSchema()&&!Array.isArray(r))return this.readSchema(o,[r]);if(r==null)return r;if(typeof r=="object"){let s=!!n.xmlFlattened;
if(o.isListSchema()){let a=o.getValueSchema(),c=[],l=a.getMergedTraits().xmlName??"member",d=s?r:(r[0]??r)[l];if(d==null)return c;let u=Array.isArray(d)?d:[d];for(let m of u)
c.push(this.readSchema(a,m));return c}let i={};if(o.isMapSchema()){let a=o.getKeySchema(),c=o.getValueSchema(),l;s?l=Array.isArray(r)?r:[r]:l=Array.isArray(r.entry)?
r.entry:[r.entry];let d=a.getMergedTraits().xmlName??"key",u=c.getMergedTraits().xmlName??"value";for(let m of l){let f=m[d],g=m[u];f==="__proto__"&&wT(i),i[f]=
this.readSchema(c,g)}return i}if(o.isStructSchema()){let a=o.isUnionSchema(),c;a&&(c=new Wc(r,i));for(let[l,d]of o.structIterator()){let u=d.getMergedTraits(),m=u.
httpPayload?u.xmlName??d.getName():d.getMemberTraits().xmlName??l;a&&c.mark(m),r[m]!=null&&(i[l]=this.readSchema(d,r[m]))}return a&&c.writeUnknown(),i}if(o.isDocumentSchema())
return r;throw new Error(`@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${o.getName(!0)}`)}return o.isListSchema()?[]:o.isMapSchema()||o.
isStructSchema()?{}:this.stringDeserializer.read(o,r)}parseXml(e){if(e.length){let r;try{r=ag(e)}catch(i){throw i&&typeof i=="object"&&Object.defineProperty(i,"\
$responseBodyText",{value:e}),i}let o="#text",n=Object.keys(r)[0],s=r[n];return s[o]&&(s[n]=s[o],delete s[o]),Aa(s)}return{}}}});var Jc,CT=p(()=>{F();X();k();k();cg();Jc=class extends Hn{settings;buffer;constructor(e){super(),this.settings=e}write(e,r,o=""){this.buffer===void 0&&(this.buffer=
"");let n=U.of(e);if(o&&!o.endsWith(".")&&(o+="."),n.isBlobSchema())(typeof r=="string"||r instanceof Uint8Array)&&(this.writeKey(o),this.writeValue((this.serdeContext?.
base64Encoder??me)(r)));else if(n.isBooleanSchema()||n.isNumericSchema()||n.isStringSchema())r!=null?(this.writeKey(o),this.writeValue(String(r))):n.isIdempotencyToken()&&
(this.writeKey(o),this.writeValue(Nn()));else if(n.isBigIntegerSchema())r!=null&&(this.writeKey(o),this.writeValue(String(r)));else if(n.isBigDecimalSchema())r!=
null&&(this.writeKey(o),this.writeValue(r instanceof Re?r.string:String(r)));else if(n.isTimestampSchema()){if(r instanceof Date)switch(this.writeKey(o),qo(n,this.
settings)){case 5:this.writeValue(r.toISOString().replace(".000Z","Z"));break;case 6:this.writeValue(Uo(r));break;case 7:this.writeValue(String(r.getTime()/1e3));
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
1)),this.buffer+=`&${jo(e)}=`}writeValue(e){this.buffer+=jo(e)}}});var ei,vT=p(()=>{F();X();Vc();TT();CT();ei=class extends zo{options;serializer;deserializer;mixin=new ho;constructor(e){super({defaultNamespace:e.defaultNamespace,
errorTypeRegistries:e.errorTypeRegistries}),this.options=e;let r={timestampFormat:{useTrait:!0,default:5},httpBindings:!1,xmlNamespace:e.xmlNamespace,serviceNamespace:e.
defaultNamespace,serializeEmptyLists:!0};this.serializer=new Jc(r),this.deserializer=new Kc(r)}getShapeId(){return"aws.protocols#awsQuery"}setSerdeContext(e){this.
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
Error};for(let[y,h]of u.structIterator()){let S=h.getMergedTraits().xmlName??y,x=a[S]??n[S];g[y]=this.deserializer.readSchema(h,x)}throw this.mixin.decorateServiceException(
Object.assign(f,d,{$fault:u.getMergedTraits().error,message:c},g),n)}loadQueryErrorCode(e,r){let o=(r.Errors?.[0]?.Error??r.Errors?.Error??r.Error)?.Code;if(o!==
void 0)return o;if(e.statusCode==404)return"NotFound"}loadQueryError(e){return e.Errors?.[0]?.Error??e.Errors?.Error??e.Error}loadQueryErrorMessage(e){let r=this.
loadQueryError(e);return r?.message??r?.Message??e.message??e.Message??"Unknown"}getDefaultContentType(){return"application/x-www-form-urlencoded"}}});var Zo=p(()=>{ET();xT();vT()});var De,AT,s1,Yc,bT,i1,PT=p(()=>{k();De=64,AT=32,s1=2**53-1,Yc=class t{digestLength=AT;state=Int32Array.from(bT);w;buffer=new Uint8Array(64);bufferLength=0;bytesHashed=0;finished=!1;inner;outer;constructor(e){
if(e){let r=t.normalizeKey(e);this.inner=new t,this.outer=new t;let{inner:o,outer:n}=this,s=new Uint8Array(De*2);for(let i=0;i<De;++i)s[i]=54^r[i],s[i+De]=92^r[i];
o.update(s.subarray(0,De)),n.update(s.subarray(De))}}update(e){if(this.finished)throw new Error("Attempted to update an already finished HMAC.");if(this.inner){
this.inner.update(e);return}let r=vt(e),o=0,{byteLength:n}=r;if(this.bytesHashed+=n,this.bytesHashed*8>s1)throw new Error("Cannot hash more than 2^53 - 1 bits");
for(;n>0;)this.buffer[this.bufferLength++]=r[o++],n--,this.bufferLength===De&&(this.hashBuffer(),this.bufferLength=0)}async digest(){let{inner:e,outer:r}=this;if(e&&
r){if(this.finished)throw new Error("Attempted to digest an already finished HMAC.");this.finished=!0;let o=e.digestSync();return r.update(o),r.digestSync()}return this.
digestSync()}reset(){this.state=Int32Array.from(bT),this.buffer=new Uint8Array(64),this.bufferLength=0,this.bytesHashed=0}digestSync(){let e=this.state.slice(),
r=this.buffer.slice(),o=this.bufferLength,n=this.bytesHashed*8,s=new DataView(r.buffer,r.byteOffset,r.byteLength);if(s.setUint8(o++,128),(o-1)%De>=De-8){for(let a=o;a<
De;++a)s.setUint8(a,0);this.hashBufferWith(e,r),o=0}for(let a=o;a<De-8;++a)s.setUint8(a,0);s.setUint32(De-8,Math.floor(n/4294967296),!1),s.setUint32(De-4,n,!1),
this.hashBufferWith(e,r);let i=new Uint8Array(AT);for(let a=0;a<8;++a)i[a*4]=e[a]>>>24&255,i[a*4+1]=e[a]>>>16&255,i[a*4+2]=e[a]>>>8&255,i[a*4+3]=e[a]>>>0&255;return i}static normalizeKey(e){
let r=vt(e);if(r.byteLength>De){let o=new t;o.update(r);let n=o.digestSync(),s=new Uint8Array(De);return s.set(n),s}if(r.byteLength<De){let o=new Uint8Array(De);
return o.set(r),o}return r}hashBuffer(){this.hashBufferWith(this.state,this.buffer)}hashBufferWith(e,r){let o=this.w??=new Int32Array(64),n=e[0],s=e[1],i=e[2],a=e[3],
c=e[4],l=e[5],d=e[6],u=e[7];for(let m=0;m<De;++m){if(m<16)o[m]=(r[m*4]&255)<<24|(r[m*4+1]&255)<<16|(r[m*4+2]&255)<<8|r[m*4+3]&255;else{let y=o[m-2],h=(y>>>17|y<<
15)^(y>>>19|y<<13)^y>>>10;y=o[m-15];let S=(y>>>7|y<<25)^(y>>>18|y<<14)^y>>>3;o[m]=(h+o[m-7]|0)+(S+o[m-16]|0)}let f=(((c>>>6|c<<26)^(c>>>11|c<<21)^(c>>>25|c<<7))+
(c&l^~c&d)|0)+(u+(i1[m]+o[m]|0)|0)|0,g=((n>>>2|n<<30)^(n>>>13|n<<19)^(n>>>22|n<<10))+(n&s^n&i^s&i)|0;u=d,d=l,l=c,c=a+f|0,a=i,i=s,s=n,n=f+g|0}e[0]+=n,e[1]+=s,e[2]+=
i,e[3]+=a,e[4]+=c,e[5]+=l,e[6]+=d,e[7]+=u}},bT=new Int32Array([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]),i1=new Int32Array(
[1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,
3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,
113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,
3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,
2756734187,3204031479,3329325298])});function c1(){return class{digestLength=32;secret;hash;isHmac;finished=!1;constructor(e){this.secret=e,this.isHmac=!!e,this.hash=this.createHash()}update(e){if(this.
finished)throw new Error("Attempted to update an already finished hash.");this.hash.update(e)}async digest(){let e;return this.isHmac?(this.finished=!0,e=this.hash.
digest()):e=this.hash.copy().digest(),new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}reset(){this.hash=this.createHash(),this.finished=!1}createHash(){return this.
secret?(0,ti.createHmac)("sha256",p1(this.secret)):(0,ti.createHash)("sha256")}}}function p1(t){return typeof t=="string"?t:ArrayBuffer.isView(t)?Buffer.from(t.
buffer,t.byteOffset,t.byteLength):Buffer.from(t)}var ti,a1,gt,OT=p(()=>{ti=require("node:crypto");PT();a1=(()=>{try{return(0,ti.createHash)("sha256"),!0}catch{return!1}})(),
gt=a1?c1():Yc});var en=p(()=>{OT()});var ri,tn,Xc,NT,LT,Qc,pg,DT,lg,jn,kT,$T,l1,ht,d1,UT,FT=p(()=>{W();ri="ref",tn=-1,Xc=!0,NT="isSet",LT="PartitionResult",Qc="booleanEquals",pg="getAttr",DT={[ri]:"\
Endpoint"},lg={[ri]:LT},jn={},kT=[{[ri]:"Region"}],$T={conditions:[[NT,[DT]],[NT,kT],["aws.partition",kT,LT],[Qc,[{[ri]:"UseFIPS"},Xc]],[Qc,[{[ri]:"UseDualStack"},
Xc]],[Qc,[{fn:pg,argv:[lg,"supportsDualStack"]},Xc]],[Qc,[{fn:pg,argv:[lg,"supportsFIPS"]},Xc]],["stringEquals",[{fn:pg,argv:[lg,"name"]},"aws-us-gov"]]],results:[
[tn],[tn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[tn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[DT,
jn],["https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",jn],[tn,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://oidc.{Region}.amazonaws.com",jn],["https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}",jn],[tn,"FIPS is enabled but this partition does not suppor\
t FIPS"],["https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}",jn],[tn,"DualStack is enabled but this partition does not support DualStack"],["https://o\
idc.{Region}.{PartitionResult#dnsSuffix}",jn],[tn,"Invalid Configuration: Missing Region"]]},l1=2,ht=1e8,d1=new Int32Array([-1,1,-1,0,13,3,1,4,ht+12,2,5,ht+12,3,
8,6,4,7,ht+11,5,ht+9,ht+10,4,11,9,6,10,ht+8,7,ht+6,ht+7,5,12,ht+5,6,ht+4,ht+5,3,ht+1,14,4,ht+2,ht+3]),UT=rt.from(d1,l1,$T.conditions,$T.results)});var u1,MT,BT=p(()=>{M();W();FT();u1=new ot({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),MT=(t,e={})=>u1.get(t,()=>Bt(UT,{endpointParams:t,logger:e.
logger}));Pe.aws=mt});var Ce,Zc=p(()=>{T();Ce=class t extends et{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException";constructor(e){super(e),Object.
setPrototypeOf(this,t.prototype)}}});var oi,ni,si,ii,ai,ci,pi,li,di,ui,mi,dg=p(()=>{Zc();oi=class t extends Ce{static shapeId="com.amazonaws.ssooidc#AccessDeniedException";name="AccessDeniedExcepti\
on";$fault="client";error;reason;error_description;constructor(e){super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},ni=class t extends Ce{static shapeId="com.amazonaws.ssooidc#AuthorizationPe\
ndingException";name="AuthorizationPendingException";$fault="client";error;error_description;constructor(e){super({name:"AuthorizationPendingException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},si=class t extends Ce{static shapeId="com\
.amazonaws.ssooidc#ExpiredTokenException";name="ExpiredTokenException";$fault="client";error;error_description;constructor(e){super({name:"ExpiredTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ii=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#InternalServerException";name="InternalServerException";$fault="server";error;error_description;constructor(e){super({name:"InternalServer\
Exception",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ai=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#InvalidClientException";name="InvalidClientException";$fault="client";error;error_description;constructor(e){super({name:"InvalidClientExc\
eption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ci=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#InvalidGrantException";name="InvalidGrantException";$fault="client";error;error_description;constructor(e){super({name:"InvalidGrantExcept\
ion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},pi=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#InvalidRequestException";name="InvalidRequestException";$fault="client";error;reason;error_description;constructor(e){super({name:"Invalid\
RequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},
li=class t extends Ce{static shapeId="com.amazonaws.ssooidc#InvalidScopeException";name="InvalidScopeException";$fault="client";error;error_description;constructor(e){
super({name:"InvalidScopeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},
di=class t extends Ce{static shapeId="com.amazonaws.ssooidc#SlowDownException";name="SlowDownException";$fault="client";error;error_description;constructor(e){super(
{name:"SlowDownException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ui=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#UnauthorizedClientException";name="UnauthorizedClientException";$fault="client";error;error_description;constructor(e){super({name:"Unauth\
orizedClientException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},mi=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#UnsupportedGrantTypeException";name="UnsupportedGrantTypeException";$fault="client";error;error_description;constructor(e){super({name:"Un\
supportedGrantTypeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}}});var m1,f1,g1,h1,y1,E1,x1,S1,R1,_1,w1,I1,T1,C1,v1,A1,b1,P1,O1,N1,$r,D1,k1,$1,L1,U1,ue,F1,wr,M1,B1,Ir,H1,HT,jT,j1,GT,G1,z1,V1,he,zT,VT,ur,qT,WT,KT,JT,YT,XT,QT,ZT,
eC,tC,rC,ug,q1,W1,K1,J1,oC,nC,sC,mg,ep=p(()=>{X();dg();Zc();m1="AccessDeniedException",f1="AuthorizationPendingException",g1="AccessToken",h1="ClientSecret",y1=
"CreateToken",E1="CreateTokenRequest",x1="CreateTokenResponse",S1="CodeVerifier",R1="ExpiredTokenException",_1="InvalidClientException",w1="InvalidGrantExceptio\
n",I1="InvalidRequestException",T1="InternalServerException",C1="InvalidScopeException",v1="IdToken",A1="RefreshToken",b1="SlowDownException",P1="UnauthorizedCl\
ientException",O1="UnsupportedGrantTypeException",N1="accessToken",$r="client",D1="clientId",k1="clientSecret",$1="codeVerifier",L1="code",U1="deviceCode",ue="e\
rror",F1="expiresIn",wr="error_description",M1="grantType",B1="http",Ir="httpError",H1="idToken",HT="reason",jT="refreshToken",j1="redirectUri",GT="smithy.ts.sd\
k.synthetic.com.amazonaws.ssooidc",G1="scope",z1="server",V1="tokenType",he="com.amazonaws.ssooidc",zT=new Q(GT),VT=[-3,GT,"SSOOIDCServiceException",0,[],[]];zT.
registerError(VT,Ce);ur=new Q(he),qT=[-3,he,m1,{[ue]:$r,[Ir]:400},[ue,HT,wr],[0,0,0]];ur.registerError(qT,oi);WT=[-3,he,f1,{[ue]:$r,[Ir]:400},[ue,wr],[0,0]];ur.
registerError(WT,ni);KT=[-3,he,R1,{[ue]:$r,[Ir]:400},[ue,wr],[0,0]];ur.registerError(KT,si);JT=[-3,he,T1,{[ue]:z1,[Ir]:500},[ue,wr],[0,0]];ur.registerError(JT,ii);
YT=[-3,he,_1,{[ue]:$r,[Ir]:401},[ue,wr],[0,0]];ur.registerError(YT,ai);XT=[-3,he,w1,{[ue]:$r,[Ir]:400},[ue,wr],[0,0]];ur.registerError(XT,ci);QT=[-3,he,I1,{[ue]:$r,
[Ir]:400},[ue,HT,wr],[0,0,0]];ur.registerError(QT,pi);ZT=[-3,he,C1,{[ue]:$r,[Ir]:400},[ue,wr],[0,0]];ur.registerError(ZT,li);eC=[-3,he,b1,{[ue]:$r,[Ir]:400},[ue,
wr],[0,0]];ur.registerError(eC,di);tC=[-3,he,P1,{[ue]:$r,[Ir]:400},[ue,wr],[0,0]];ur.registerError(tC,ui);rC=[-3,he,O1,{[ue]:$r,[Ir]:400},[ue,wr],[0,0]];ur.registerError(
rC,mi);ug=[zT,ur],q1=[0,he,g1,8,0],W1=[0,he,h1,8,0],K1=[0,he,S1,8,0],J1=[0,he,v1,8,0],oC=[0,he,A1,8,0],nC=[3,he,E1,0,[D1,k1,M1,U1,L1,jT,G1,j1,$1],[0,[()=>W1,0],
0,0,0,[()=>oC,0],64,0,[()=>K1,0]],3],sC=[3,he,x1,0,[N1,V1,F1,jT,H1],[[()=>q1,0],0,1,[()=>oC,0],[()=>J1,0]]],mg=[9,he,y1,{[B1]:["POST","/token",200]},()=>nC,()=>sC]});var iC,aC=p(()=>{we();Zo();st();en();T();F();k();og();BT();ep();iC=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??MT,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
mT,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new nt}],logger:t?.logger??new _e,protocol:t?.protocol??qr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.ssooidc",errorTypeRegistries:ug,version:"2019-06-10",serviceTarget:"AWSSSOOIDCService"},serviceId:t?.serviceId??
"SSO OIDC",sha256:t?.sha256??gt,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??Z})});var cC,pC=p(()=>{Zs();M();we();T();$();ut();k();fo();aC();cC=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Dt),o=iC(t);Tt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ft,n),bodyLengthChecker:t?.bodyLengthChecker??
Ct,defaultSocketTimeout:Er(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:go.version}),maxAttempts:t?.
maxAttempts??_(Yt,t),region:t?.region??_(be,{...tt,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Qt,default:async()=>(await r()).
retryMode||it},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Ot,n),userAgentAppId:t?.
userAgentAppId??_(tr,n)}}});var lC,dC,uC=p(()=>{lC=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},dC=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var mC,fC=p(()=>{M();T();F();uC();mC=(t,e)=>{let r=Object.assign(rr(t),$t(t),Ht(t),lC(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),jt(r),
dC(r))}});var fi,fg=p(()=>{M();st();T();$();W();F();ut();X();og();ng();pC();fC();fi=class extends Te{config;constructor(...[e]){let r=cC(e||{});super(r),this.initConfig=r;
let o=gT(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=cr(a),l=fT(c),d=mC(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(
Zt(this.config)),this.middlewareStack.use(lr(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:uT,identityProviderConfigProvider:async u=>new Ve(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}}});var gC,hC,yC,EC=p(()=>{T();W();ng();gC=Ut(hT,"AWSSSOOIDCService","SSOOIDCClient",pr),hC={},yC=(t,e,r,o)=>[]});var gi,gg=p(()=>{EC();ep();gi=class extends gC(hC,yC,"CreateToken",mg){}});var Y1,tp,xC=p(()=>{T();gg();fg();Y1={CreateTokenCommand:gi},tp=class extends fi{};Gr(Y1,tp)});var SC=p(()=>{gg()});var X1,Q1,RC=p(()=>{X1={KMS_ACCESS_DENIED:"KMS_AccessDeniedException"},Q1={KMS_DISABLED_KEY:"KMS_DisabledException",KMS_INVALID_KEY_USAGE:"KMS_InvalidKeyUsageEx\
ception",KMS_INVALID_STATE:"KMS_InvalidStateException",KMS_KEY_NOT_FOUND:"KMS_NotFoundException"}});var _C=p(()=>{});var hg={};sr(hg,{$Command:()=>ar,AccessDeniedException:()=>oi,AccessDeniedException$:()=>qT,AccessDeniedExceptionReason:()=>X1,AuthorizationPendingException:()=>ni,
AuthorizationPendingException$:()=>WT,CreateToken$:()=>mg,CreateTokenCommand:()=>gi,CreateTokenRequest$:()=>nC,CreateTokenResponse$:()=>sC,ExpiredTokenException:()=>si,
ExpiredTokenException$:()=>KT,InternalServerException:()=>ii,InternalServerException$:()=>JT,InvalidClientException:()=>ai,InvalidClientException$:()=>YT,InvalidGrantException:()=>ci,
InvalidGrantException$:()=>XT,InvalidRequestException:()=>pi,InvalidRequestException$:()=>QT,InvalidRequestExceptionReason:()=>Q1,InvalidScopeException:()=>li,InvalidScopeException$:()=>ZT,
SSOOIDC:()=>tp,SSOOIDCClient:()=>fi,SSOOIDCServiceException:()=>Ce,SSOOIDCServiceException$:()=>VT,SlowDownException:()=>di,SlowDownException$:()=>eC,UnauthorizedClientException:()=>ui,
UnauthorizedClientException$:()=>tC,UnsupportedGrantTypeException:()=>mi,UnsupportedGrantTypeException$:()=>rC,__Client:()=>Te,errorTypeRegistries:()=>ug});var yg=p(
()=>{fg();xC();SC();T();ep();RC();dg();_C();Zc()});var wC,IC=p(()=>{wC=async(t,e={},r)=>{let{SSOOIDCClient:o}=await Promise.resolve().then(()=>(yg(),hg)),n=i=>e.clientConfig?.[i]??e.parentClientConfig?.[i]??r?.[i];
return new o(Object.assign({},e.clientConfig??{},{region:t??e.clientConfig?.region,logger:n("logger"),userAgentAppId:n("userAgentAppId")}))}});var TC,CC=p(()=>{IC();TC=async(t,e,r={},o)=>{let{CreateTokenCommand:n}=await Promise.resolve().then(()=>(yg(),hg));return(await wC(e,r,o)).send(new n({clientId:t.
clientId,clientSecret:t.clientSecret,refreshToken:t.refreshToken,grantType:"refresh_token"}))}});var Eg,vC=p(()=>{$();zc();Eg=t=>{if(t.expiration&&t.expiration.getTime()<Date.now())throw new At(`Token is expired. ${Bn}`,!1)}});var yo,AC=p(()=>{$();zc();yo=(t,e,r=!1)=>{if(typeof e>"u")throw new At(`Value not present for '${t}' in SSO Token${r?". Cannot refresh":""}. ${Bn}`,!1)}});var bC,Z1,PC,OC=p(()=>{$();bC=require("node:fs"),{writeFile:Z1}=bC.promises,PC=(t,e)=>{let r=Rs(t),o=JSON.stringify(e,null,2);return Z1(r,o)}});var NC,rp,xg,DC=p(()=>{$();zc();CC();vC();AC();OC();NC=new Map,rp=new Map,xg=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/token-provider\
s - fromSso");let r=await Sr(t),o=Ze({profile:t.profile??e?.profile}),n=r[o];if(n){if(!n.sso_session)throw new At(`Profile '${o}' is missing required property '\
sso_session'.`)}else throw new At(`Profile '${o}' could not be found in shared credentials file.`,!1);let s=n.sso_session,i=rp.get(s);if(i)return await i;let c=(await vs(
t))[s];if(!c)throw new At(`Sso session '${s}' could not be found in shared credentials file.`,!1);for(let x of["sso_start_url","sso_region"])if(!c[x])throw new At(
`Sso session '${s}' is missing required property '${x}'.`,!1);let l=c.sso_start_url,d=c.sso_region,u;try{u=await ws(s)}catch{throw new At(`The SSO session token\
 associated with profile=${o} was not found or is invalid. ${Bn}`,!1)}yo("accessToken",u.accessToken),yo("expiresAt",u.expiresAt);let{accessToken:m,expiresAt:f}=u,
g={token:m,expiration:new Date(f)};if(g.expiration.getTime()-Date.now()>3e5)return g;let y=rp.get(s);if(y)return await y;let h=NC.get(s)??0;if(Date.now()-h<30*1e3)
return Eg(g),g;yo("clientId",u.clientId,!0),yo("clientSecret",u.clientSecret,!0),yo("refreshToken",u.refreshToken,!0);let S=(async()=>{try{NC.set(s,Date.now());
let x=await TC(u,d,t,e);yo("accessToken",x.accessToken),yo("expiresIn",x.expiresIn);let v=new Date(Date.now()+x.expiresIn*1e3);try{await PC(s,{...u,accessToken:x.
accessToken,expiresAt:v.toISOString(),refreshToken:x.refreshToken})}catch{}return{token:x.accessToken,expiration:v}}catch{return Eg(g),g}})();rp.set(s,S);try{return await S}finally{
rp.delete(s)}}});var kC=p(()=>{DC()});function tU(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"awsssoportal",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}function rU(t){return{schemeId:"smithy.api#noAuth"}}var $C,LC,UC,Sg=p(()=>{we();T();$C=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.
region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});LC=t=>{let e=[];return t.operation==="GetRoleCredentials"?e.push(
rU(t)):e.push(tU(t)),e},UC=t=>{let e=dr(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??[])})}});var FC,MC,Rg=p(()=>{FC=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"awsssoporta\
l"}),MC={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var hi,rn,op,BC,zC,np,_g,HC,wg,Gn,jC,GC,oU,yt,nU,VC,qC=p(()=>{W();hi="ref",rn=-1,op=!0,BC="isSet",zC="PartitionResult",np="booleanEquals",_g="getAttr",HC={[hi]:"\
Endpoint"},wg={[hi]:zC},Gn={},jC=[{[hi]:"Region"}],GC={conditions:[[BC,[HC]],[BC,jC],["aws.partition",jC,zC],[np,[{[hi]:"UseFIPS"},op]],[np,[{[hi]:"UseDualStack"},
op]],[np,[{fn:_g,argv:[wg,"supportsDualStack"]},op]],[np,[{fn:_g,argv:[wg,"supportsFIPS"]},op]],["stringEquals",[{fn:_g,argv:[wg,"name"]},"aws-us-gov"]]],results:[
[rn],[rn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[rn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[HC,
Gn],["https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Gn],[rn,"FIPS and DualStack are enabled, but this partition does not support one or\
 both"],["https://portal.sso.{Region}.amazonaws.com",Gn],["https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}",Gn],[rn,"FIPS is enabled but this parti\
tion does not support FIPS"],["https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}",Gn],[rn,"DualStack is enabled but this partition does not suppo\
rt DualStack"],["https://portal.sso.{Region}.{PartitionResult#dnsSuffix}",Gn],[rn,"Invalid Configuration: Missing Region"]]},oU=2,yt=1e8,nU=new Int32Array([-1,1,
-1,0,13,3,1,4,yt+12,2,5,yt+12,3,8,6,4,7,yt+11,5,yt+9,yt+10,4,11,9,6,10,yt+8,7,yt+6,yt+7,5,12,yt+5,6,yt+4,yt+5,3,yt+1,14,4,yt+2,yt+3]),VC=rt.from(nU,oU,GC.conditions,
GC.results)});var sU,WC,KC=p(()=>{M();W();qC();sU=new ot({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),WC=(t,e={})=>sU.get(t,()=>Bt(VC,{endpointParams:t,logger:e.
logger}));Pe.aws=mt});var Wr,Ig=p(()=>{T();Wr=class t extends et{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var sp,ip,ap,cp,Tg=p(()=>{Ig();sp=class t extends Wr{static shapeId="com.amazonaws.sso#InvalidRequestException";name="InvalidRequestException";$fault="client";constructor(e){
super({name:"InvalidRequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ip=class t extends Wr{static shapeId="com.amazonaws.sso#R\
esourceNotFoundException";name="ResourceNotFoundException";$fault="client";constructor(e){super({name:"ResourceNotFoundException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},ap=class t extends Wr{static shapeId="com.amazonaws.sso#TooManyRequestsException";name="TooManyRequestsException";$fault="cli\
ent";constructor(e){super({name:"TooManyRequestsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},cp=class t extends Wr{static shapeId="\
com.amazonaws.sso#UnauthorizedException";name="UnauthorizedException";$fault="client";constructor(e){super({name:"UnauthorizedException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}}});var iU,aU,cU,pU,lU,dU,uU,mU,fU,gU,hU,yU,EU,xU,SU,pp,lp,RU,_U,dp,wU,JC,up,IU,TU,CU,YC,vU,AU,bU,mr,XC,PU,yi,OU,NU,DU,kU,QC,$U,LU,UU,FU,MU,BU,ZC,mp=p(()=>{X();Tg();
Ig();iU="AccessTokenType",aU="GetRoleCredentials",cU="GetRoleCredentialsRequest",pU="GetRoleCredentialsResponse",lU="InvalidRequestException",dU="RoleCredential\
s",uU="ResourceNotFoundException",mU="SecretAccessKeyType",fU="SessionTokenType",gU="TooManyRequestsException",hU="UnauthorizedException",yU="accountId",EU="acc\
essKeyId",xU="accessToken",SU="account_id",pp="client",lp="error",RU="expiration",_U="http",dp="httpError",wU="httpHeader",JC="httpQuery",up="message",IU="roleC\
redentials",TU="roleName",CU="role_name",YC="smithy.ts.sdk.synthetic.com.amazonaws.sso",vU="secretAccessKey",AU="sessionToken",bU="x-amz-sso_bearer_token",mr="c\
om.amazonaws.sso",XC=new Q(YC),PU=[-3,YC,"SSOServiceException",0,[],[]];XC.registerError(PU,Wr);yi=new Q(mr),OU=[-3,mr,lU,{[lp]:pp,[dp]:400},[up],[0]];yi.registerError(
OU,sp);NU=[-3,mr,uU,{[lp]:pp,[dp]:404},[up],[0]];yi.registerError(NU,ip);DU=[-3,mr,gU,{[lp]:pp,[dp]:429},[up],[0]];yi.registerError(DU,ap);kU=[-3,mr,hU,{[lp]:pp,
[dp]:401},[up],[0]];yi.registerError(kU,cp);QC=[XC,yi],$U=[0,mr,iU,8,0],LU=[0,mr,mU,8,0],UU=[0,mr,fU,8,0],FU=[3,mr,cU,0,[TU,yU,xU],[[0,{[JC]:CU}],[0,{[JC]:SU}],
[()=>$U,{[wU]:bU}]],3],MU=[3,mr,pU,0,[IU],[[()=>BU,0]]],BU=[3,mr,dU,0,[EU,vU,AU,RU],[0,[()=>LU,0],[()=>UU,0],1]],ZC=[9,mr,aU,{[_U]:["GET","/federation/credentia\
ls",200]},()=>FU,()=>MU]});var ev,tv=p(()=>{we();Zo();st();en();T();F();k();Sg();KC();mp();ev=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??WC,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
LC,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new nt}],logger:t?.logger??new _e,protocol:t?.protocol??qr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.sso",errorTypeRegistries:QC,version:"2019-06-10",serviceTarget:"SWBPortalService"},serviceId:t?.serviceId??"S\
SO",sha256:t?.sha256??gt,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??Z})});var rv,ov=p(()=>{Zs();M();we();T();$();ut();k();fo();tv();rv=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Dt),o=ev(t);Tt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ft,n),bodyLengthChecker:t?.bodyLengthChecker??
Ct,defaultSocketTimeout:Er(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:go.version}),maxAttempts:t?.
maxAttempts??_(Yt,t),region:t?.region??_(be,{...tt,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Qt,default:async()=>(await r()).
retryMode||it},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Ot,n),userAgentAppId:t?.
userAgentAppId??_(tr,n)}}});var nv,sv,iv=p(()=>{nv=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},sv=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var av,cv=p(()=>{M();T();F();iv();av=(t,e)=>{let r=Object.assign(rr(t),$t(t),Ht(t),nv(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),jt(r),
sv(r))}});var zn,Cg=p(()=>{M();st();T();$();W();F();ut();X();Sg();Rg();ov();cv();zn=class extends Te{config;constructor(...[e]){let r=rv(e||{});super(r),this.initConfig=r;
let o=FC(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=cr(a),l=UC(c),d=av(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(
Zt(this.config)),this.middlewareStack.use(lr(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:$C,identityProviderConfigProvider:async u=>new Ve(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}}});var pv,lv,dv,uv=p(()=>{T();W();Rg();pv=Ut(MC,"SWBPortalService","SSOClient",pr),lv={},dv=(t,e,r,o)=>[]});var Vn,vg=p(()=>{uv();mp();Vn=class extends pv(lv,dv,"GetRoleCredentials",ZC){}});var HU,Ag,mv=p(()=>{T();vg();Cg();HU={GetRoleCredentialsCommand:Vn},Ag=class extends zn{};Gr(HU,Ag)});var fv=p(()=>{vg()});var gv=p(()=>{});var hv=p(()=>{Cg();mv();fv();mp();Tg();gv()});var yv={};sr(yv,{GetRoleCredentialsCommand:()=>Vn,SSOClient:()=>zn});var Ev=p(()=>{hv()});var Ei,bg,xv=p(()=>{M();kC();$();Ei=!1,bg=async({ssoStartUrl:t,ssoSession:e,ssoAccountId:r,ssoRegion:o,ssoRoleName:n,ssoClient:s,clientConfig:i,parentClientConfig:a,
callerClientConfig:c,profile:l,filepath:d,configFilepath:u,ignoreCache:m,logger:f})=>{let g,y="To refresh this SSO session run aws sso login with the correspond\
ing profile.";if(e)try{let ct=await xg({profile:l,filepath:d,configFilepath:u,ignoreCache:m,clientConfig:i,parentClientConfig:a,logger:f})({callerClientConfig:c});
g={accessToken:ct.token,expiresAt:new Date(ct.expiration).toISOString()}}catch(ct){throw new R(ct.message,{tryNextLink:Ei,logger:f})}else try{g=await ws(t)}catch{
throw new R(`The SSO session associated with this profile is invalid. ${y}`,{tryNextLink:Ei,logger:f})}if(new Date(g.expiresAt).getTime()-Date.now()<=0)throw new R(
`The SSO session associated with this profile has expired. ${y}`,{tryNextLink:Ei,logger:f});let{accessToken:h}=g,{SSOClient:S,GetRoleCredentialsCommand:x}=await Promise.resolve().then(()=>(Ev(),yv)),
v=s||new S(Object.assign({},i??{},{logger:i?.logger??c?.logger??a?.logger,region:i?.region??o,userAgentAppId:i?.userAgentAppId??c?.userAgentAppId??a?.userAgentAppId})),
b;try{b=await v.send(new x({accountId:r,roleName:n,accessToken:h}))}catch(ct){throw new R(ct,{tryNextLink:Ei,logger:f})}let{roleCredentials:{accessKeyId:L,secretAccessKey:Y,
sessionToken:ve,expiration:nr,credentialScope:vr,accountId:ce}={}}=b;if(!L||!Y||!ve||!nr)throw new R("SSO returns an invalid temporary credential.",{tryNextLink:Ei,
logger:f});let Ae={accessKeyId:L,secretAccessKey:Y,sessionToken:ve,expiration:new Date(nr),...vr&&{credentialScope:vr},...ce&&{accountId:ce}};return e?B(Ae,"CRE\
DENTIALS_SSO","s"):B(Ae,"CREDENTIALS_SSO_LEGACY","u"),Ae}});var fp,Pg=p(()=>{$();fp=(t,e)=>{let{sso_start_url:r,sso_account_id:o,sso_region:n,sso_role_name:s}=t;if(!r||!o||!n||!s)throw new R(`Profile is configured with i\
nvalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(t).join(", ")}
Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,{tryNextLink:!1,logger:e});return t}});var Sv,Rv=p(()=>{$();rg();xv();Pg();Sv=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO");let{ssoStartUrl:r,
ssoAccountId:o,ssoRegion:n,ssoRoleName:s,ssoSession:i}=t,{ssoClient:a}=t,c=Ze({profile:t.profile??e?.profile});if(!r&&!o&&!n&&!s&&!i){let d=(await Sr(t))[c];if(!d)
throw new R(`Profile ${c} was not found.`,{logger:t.logger});if(!Gc(d))throw new R(`Profile ${c} is not configured with SSO credentials.`,{logger:t.logger});if(d?.
sso_session){let S=(await vs(t))[d.sso_session],x=` configurations in profile ${c} and sso-session ${d.sso_session}`;if(n&&n!==S.sso_region)throw new R("Conflic\
ting SSO region"+x,{tryNextLink:!1,logger:t.logger});if(r&&r!==S.sso_start_url)throw new R("Conflicting SSO start_url"+x,{tryNextLink:!1,logger:t.logger});d.sso_region=
S.sso_region,d.sso_start_url=S.sso_start_url}let{sso_start_url:u,sso_account_id:m,sso_region:f,sso_role_name:g,sso_session:y}=fp(d,t.logger);return bg({ssoStartUrl:u,
ssoSession:y,ssoAccountId:m,ssoRegion:f,ssoRoleName:g,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}else{if(!r||!o||!n||!s)throw new R('Incomplete configu\
ration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',{tryNextLink:!1,logger:t.logger});return bg({ssoStartUrl:r,
ssoSession:i,ssoAccountId:o,ssoRegion:n,ssoRoleName:s,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}}});var Og={};sr(Og,{fromSSO:()=>Sv,isSsoProfile:()=>Gc,validateSsoProfile:()=>fp});var Ng=p(()=>{Rv();rg();Pg()});var _v,Dg,wv=p(()=>{M();$();_v=(t,e,r)=>{let o={EcsContainer:async n=>{let{fromHttp:s}=await Promise.resolve().then(()=>(tg(),eg)),{fromContainerMetadata:i}=await Promise.resolve().then(()=>(Bc(),Mc));
return r?.debug("@aws-sdk/credential-provider-ini - credential_source is EcsContainer"),async()=>Fo(s(n??{}),i(n))().then(Dg)},Ec2InstanceMetadata:async n=>{r?.
debug("@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata");let{fromInstanceMetadata:s}=await Promise.resolve().then(()=>(Bc(),Mc));return async()=>s(
n)().then(Dg)},Environment:async n=>{r?.debug("@aws-sdk/credential-provider-ini - credential_source is Environment");let{fromEnv:s}=await Promise.resolve().then(()=>(Gf(),u0));
return async()=>s(n)().then(Dg)}};if(t in o)return o[t];throw new R(`Unsupported credential source in profile ${e}. Got ${t}, expected EcsContainer or Ec2Instan\
ceMetadata or Environment.`,{logger:r})},Dg=t=>B(t,"CREDENTIALS_PROFILE_NAMED_PROVIDER","p")});var xi,Iv=p(()=>{xi={CrtSignerV4:null}});function Cv(t){return{accessKeyId:t.accessKeyId,secretAccessKey:t.secretAccessKey,expiration:t.expiration}}function vv(t,e){let r=t.credentialProvider;t.credentialProvider=
()=>(t.credentialProvider=r,Promise.resolve(e))}var kg,Tv,gp,Av=p(()=>{Pc();kg="X-Amz-S3session-Token",Tv=kg.toLowerCase(),gp=class extends lo{async signWithCredentials(e,r,o){
let n=Cv(r);e.headers[Tv]=r.sessionToken;let s=this;return vv(s,n),s.signRequest(e,o??{})}async presignWithCredentials(e,r,o){let n=Cv(r);return delete e.headers[Tv],
e.headers[kg]=r.sessionToken,e.query=e.query??{},e.query[kg]=r.sessionToken,vv(this,n),this.presign(e,o)}}});var on,bv=p(()=>{Pc();Iv();Av();on=class{sigv4aSigner;sigv4Signer;signerOptions;static sigv4aDependency(){return typeof xi.CrtSignerV4=="function"?"crt":typeof bc.
SignatureV4a=="function"?"js":"none"}constructor(e){this.sigv4Signer=new gp(e),this.signerOptions=e}async sign(e,r={}){return r.signingRegion==="*"?this.getSigv4aSigner().
sign(e,r):this.sigv4Signer.sign(e,r)}async signWithCredentials(e,r,o={}){if(o.signingRegion==="*"){let n=this.getSigv4aSigner(),s=xi.CrtSignerV4;if(s&&n instanceof
s)return n.signWithCredentials(e,r,o);throw new Error(`signWithCredentials with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signa\
ture-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require(\
"@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-\
sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.signWithCredentials(e,r,o)}async presign(e,r={}){if(r.signingRegion==="*"){let o=this.
getSigv4aSigner(),n=xi.CrtSignerV4;if(n&&o instanceof n)return o.presign(e,r);throw new Error(`presign with signingRegion '*' is only supported when using the C\
RT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the \
package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to\
 https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.presign(e,r)}async presignWithCredentials(e,r,o={}){
if(o.signingRegion==="*")throw new Error("Method presignWithCredentials is not supported for [signingRegion=*].");return this.sigv4Signer.presignWithCredentials(
e,r,o)}getSigv4aSigner(){if(!this.sigv4aSigner){let e=xi.CrtSignerV4,r=bc.SignatureV4a;if(this.signerOptions.runtime==="node"){if(!e&&!r)throw new Error("Neithe\
r CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https\
://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt");if(e&&typeof e=="function")this.sigv4aSigner=new e({...this.signerOptions,signingAlgorithm:1});else if(r&&
typeof r=="function")this.sigv4aSigner=new r({...this.signerOptions});else throw new Error("Available SigV4a implementation is not a valid constructor. Please e\
nsure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functi\
onality-requiring-aws-common-runtime-crt")}else{if(!r||typeof r!="function")throw new Error("JS SigV4a implementation is not available or not a valid constructo\
r. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also re\
gister the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please \
go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a");this.sigv4aSigner=new r({...this.signerOptions})}}return this.sigv4aSigner}}});var $g=p(()=>{bv()});var Wn,nn,Si,Pv,Fv,Ri,ke,Lg,Ov,Nv,Dv,kv,$v,$e,Ug,qn,Lv,Uv,jU,V,GU,Mv,Bv=p(()=>{W();Wn="ref",nn=-1,Si=!0,Pv="isSet",Fv="PartitionResult",Ri="booleanEquals",ke="s\
tringEquals",Lg="getAttr",Ov="us-east-1",Nv="sigv4",Dv="sts",kv="https://sts.{Region}.{PartitionResult#dnsSuffix}",$v={[Wn]:"Endpoint"},$e={[Wn]:"Region"},Ug={[Wn]:Fv},
qn={},Lv=[$e],Uv={conditions:[[Pv,[$v]],[Pv,Lv],["aws.partition",Lv,Fv],[Ri,[{[Wn]:"UseFIPS"},Si]],[Ri,[{[Wn]:"UseDualStack"},Si]],[ke,[$e,"aws-global"]],[Ri,[{
[Wn]:"UseGlobalEndpoint"},Si]],[ke,[$e,"eu-central-1"]],[Ri,[{fn:Lg,argv:[Ug,"supportsDualStack"]},Si]],[Ri,[{fn:Lg,argv:[Ug,"supportsFIPS"]},Si]],[ke,[$e,"ap-s\
outh-1"]],[ke,[$e,"eu-north-1"]],[ke,[$e,"eu-west-1"]],[ke,[$e,"eu-west-2"]],[ke,[$e,"eu-west-3"]],[ke,[$e,"sa-east-1"]],[ke,[$e,Ov]],[ke,[$e,"us-east-2"]],[ke,
[$e,"us-west-2"]],[ke,[$e,"us-west-1"]],[ke,[$e,"ca-central-1"]],[ke,[$e,"ap-southeast-1"]],[ke,[$e,"ap-northeast-1"]],[ke,[$e,"ap-southeast-2"]],[ke,[{fn:Lg,argv:[
Ug,"name"]},"aws-us-gov"]]],results:[[nn],["https://sts.amazonaws.com",{authSchemes:[{name:Nv,signingName:Dv,signingRegion:Ov}]}],[kv,{authSchemes:[{name:Nv,signingName:Dv,
signingRegion:"{Region}"}]}],[nn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[nn,"Invalid Configuration: Dualstack and custom endpoint \
are not supported"],[$v,qn],["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",qn],[nn,"FIPS and DualStack are enabled, but this partition does n\
ot support one or both"],["https://sts.{Region}.amazonaws.com",qn],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",qn],[nn,"FIPS is enabled but this pa\
rtition does not support FIPS"],["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}",qn],[nn,"DualStack is enabled but this partition does not support D\
ualStack"],[kv,qn],[nn,"Invalid Configuration: Missing Region"]]},jU=2,V=1e8,GU=new Int32Array([-1,1,-1,0,30,3,1,4,V+14,2,5,V+14,3,25,6,4,24,7,5,V+1,8,6,9,V+13,
7,V+1,10,10,V+1,11,11,V+1,12,12,V+1,13,13,V+1,14,14,V+1,15,15,V+1,16,16,V+1,17,17,V+1,18,18,V+1,19,19,V+1,20,20,V+1,21,21,V+1,22,22,V+1,23,23,V+1,V+2,8,V+11,V+12,
4,28,26,9,27,V+10,24,V+8,V+9,8,29,V+7,9,V+6,V+7,3,V+3,31,4,V+4,V+5]),Mv=rt.from(GU,jU,Uv.conditions,Uv.results)});var zU,hp,Fg=p(()=>{M();W();Bv();zU=new ot({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),hp=(t,e={})=>zU.get(t,()=>Bt(Mv,
{endpointParams:t,logger:e.logger}));Pe.aws=mt});function jv(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function Mg(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function Gv(t){return{schemeId:"smithy.api#noAuth"}}var VU,qU,Hv,WU,KU,zv,Vv,Bg=p(()=>{we();$g();T();W();Fg();VU=t=>async(e,r,o)=>{if(!o)throw new Error("Could \
not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let n=await t(e,r,o),s=ee(r)?.commandInstance?.constructor?.getEndpointParameterInstructions;
if(!s)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}'`);let i=await Na(o,{getEndpointParameterInstructions:s},e);return Object.
assign(n,i)},qU=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()}),Hv=VU(qU);WU=(t,e,r)=>n=>{let i=t(n).properties?.authSchemes;if(!i)return e(n);let a=[];for(let c of i){let{name:l,properties:d={},...u}=c,m=l.toLowerCase();
l!==m&&console.warn(`HttpAuthScheme has been normalized with lowercasing: '${l}' to '${m}'`);let f;if(m==="sigv4a"){f="aws.auth#sigv4a";let h=i.find(S=>{let x=S.
name.toLowerCase();return x!=="sigv4a"&&x.startsWith("sigv4")});if(on.sigv4aDependency()==="none"&&h)continue}else if(m.startsWith("sigv4"))f="aws.auth#sigv4";else
throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);let g=r[f];if(!g)throw new Error(`Could not find HttpAuthOption creat\
e function for '${f}'`);let y=g(n);y.schemeId=f,y.signingProperties={...y.signingProperties||{},...u,...d},a.push(y)}return a},KU=t=>{let e=[];return t.operation===
"AssumeRoleWithWebIdentity"?(e.push(Gv(t)),e.push(Mg(t))):(e.push(jv(t)),e.push(Mg(t))),e},zv=WU(hp,KU,{"aws.auth#sigv4":jv,"aws.auth#sigv4a":Mg,"smithy.api#noA\
uth":Gv}),Vv=t=>{let e=dr(t),r=Rc(e);return Object.assign(r,{authSchemePreference:q(t.authSchemePreference??[])})}});var qv,Wv,Hg=p(()=>{qv=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??
!1,defaultSigningName:"sts"}),Wv={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{
type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}}});var at,yp=p(()=>{T();at=class t extends et{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var _i,wi,Ii,Ti,Ci,vi,Ai,bi,jg=p(()=>{yp();_i=class t extends at{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="c\
lient";constructor(e){super({name:"ExpiredTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},wi=class t extends at{static shapeId="\
com.amazonaws.sts#InvalidContextAssertionException";name="InvalidContextAssertionException";$fault="client";constructor(e){super({name:"InvalidContextAssertionE\
xception",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ii=class t extends at{static shapeId="com.amazonaws.sts#MalformedPolicyDocumentExcept\
ion";name="MalformedPolicyDocumentException";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Ti=class t extends at{static shapeId="com.amazonaws.sts#PackedPolicyTooLargeException";name="PackedPolicyTooLargeException";$fault="client";constructor(e){
super({name:"PackedPolicyTooLargeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ci=class t extends at{static shapeId="com.amazonaws\
.sts#RegionDisabledException";name="RegionDisabledException";$fault="client";constructor(e){super({name:"RegionDisabledException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},vi=class t extends at{static shapeId="com.amazonaws.sts#IDPRejectedClaimException";name="IDPRejectedClaimException";$fault="c\
lient";constructor(e){super({name:"IDPRejectedClaimException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ai=class t extends at{static shapeId="\
com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdentityTokenException";$fault="client";constructor(e){super({name:"InvalidIdentityTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},bi=class t extends at{static shapeId="com.amazonaws.sts#IDPCommunicationErrorException";name="I\
DPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicationErrorException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}}});var JU,YU,XU,QU,ZU,eF,Gg,tF,rF,oF,nF,zg,sF,Kv,iF,aF,cF,pF,lF,dF,uF,mF,fF,gF,hF,yF,Jv,Yv,Xv,Qv,EF,xF,SF,RF,_F,wF,Zv,IF,TF,eA,CF,tA,vF,AF,bF,Vg,PF,OF,rA,oA,NF,DF,
kF,nA,sA,$F,LF,UF,FF,MF,BF,Eo,xo,HF,So,Ro,_o,jF,GF,zF,VF,iA,qF,WF,KF,G,aA,cA,Kr,pA,lA,dA,uA,mA,fA,gA,hA,qg,JF,YF,XF,QF,ZF,eM,Wg,yA,EA,xA,SA,Kg,RA,_A,wA,IA,TA,CA,
vA,tM,rM,oM,Jg,Yg,Pi=p(()=>{X();jg();yp();JU="Arn",YU="AccessKeyId",XU="AssumeRole",QU="AssumedRoleId",ZU="AssumeRoleRequest",eF="AssumeRoleResponse",Gg="Assume\
dRoleUser",tF="AssumeRoleWithWebIdentity",rF="AssumeRoleWithWebIdentityRequest",oF="AssumeRoleWithWebIdentityResponse",nF="Audience",zg="Credentials",sF="Contex\
tAssertion",Kv="DurationSeconds",iF="Expiration",aF="ExternalId",cF="ExpiredTokenException",pF="FederatedProviderArn",lF="Issuer",dF="InvalidContextAssertionExc\
eption",uF="IDPCommunicationErrorException",mF="IDPRejectedClaimException",fF="InvalidIdentityTokenException",gF="IdentityProvider",hF="Key",yF="MalformedPolicy\
DocumentException",Jv="MinimumSessionTokenSize",Yv="OriginIdentity",Xv="Policy",Qv="PolicyArns",EF="ProviderArn",xF="ProvidedContexts",SF="ProvidedContextsListT\
ype",RF="ProvidedContext",_F="PolicyDescriptorType",wF="ProviderId",Zv="PackedPolicySize",IF="PackedPolicyTooLargeException",TF="Provider",eA="RoleArn",CF="Regi\
onDisabledException",tA="RoleSessionName",vF="Subject",AF="SecretAccessKey",bF="SubjectFromWebIdentityToken",Vg="SourceIdentity",PF="SerialNumber",OF="SessionTo\
ken",rA="SessionTokenSize",oA="SessionTokenUtilization",NF="SubjectType",DF="Tags",kF="TokenCode",nA="TransactionContext",sA="TrustedIdentityPropagationContext",
$F="TransitiveTagKeys",LF="Tag",UF="Value",FF="WebIdentityToken",MF="arn",BF="accessKeySecretType",Eo="awsQueryError",xo="client",HF="clientTokenType",So="error",
Ro="httpError",_o="message",jF="originIdentityIssuerType",GF="originIdentitySubjectType",zF="originIdentitySubjectTypeType",VF="policyDescriptorListType",iA="sm\
ithy.ts.sdk.synthetic.com.amazonaws.sts",qF="transactionContextIdentityProviderMapType",WF="transactionContextValueType",KF="tagListType",G="com.amazonaws.sts",
aA=new Q(iA),cA=[-3,iA,"STSServiceException",0,[],[]];aA.registerError(cA,at);Kr=new Q(G),pA=[-3,G,cF,{[Eo]:["ExpiredTokenException",400],[So]:xo,[Ro]:400},[_o],
[0]];Kr.registerError(pA,_i);lA=[-3,G,uF,{[Eo]:["IDPCommunicationError",400],[So]:xo,[Ro]:400},[_o],[0]];Kr.registerError(lA,bi);dA=[-3,G,mF,{[Eo]:["IDPRejected\
Claim",403],[So]:xo,[Ro]:403},[_o],[0]];Kr.registerError(dA,vi);uA=[-3,G,dF,{[Eo]:["InvalidContextAssertion",400],[So]:xo,[Ro]:400},[_o],[0]];Kr.registerError(uA,
wi);mA=[-3,G,fF,{[Eo]:["InvalidIdentityToken",400],[So]:xo,[Ro]:400},[_o],[0]];Kr.registerError(mA,Ai);fA=[-3,G,yF,{[Eo]:["MalformedPolicyDocument",400],[So]:xo,
[Ro]:400},[_o],[0]];Kr.registerError(fA,Ii);gA=[-3,G,IF,{[Eo]:["PackedPolicyTooLarge",400],[So]:xo,[Ro]:400},[_o],[0]];Kr.registerError(gA,Ti);hA=[-3,G,CF,{[Eo]:[
"RegionDisabledException",403],[So]:xo,[Ro]:403},[_o],[0]];Kr.registerError(hA,Ci);qg=[aA,Kr],JF=[0,G,BF,8,0],YF=[0,G,HF,8,0],XF=[0,G,jF,8,0],QF=[0,G,GF,8,0],ZF=
[0,G,zF,8,0],eM=[0,G,WF,8,0],Wg=[3,G,Gg,0,[QU,JU],[0,0],2],yA=[3,G,ZU,0,[eA,tA,Qv,Xv,Kv,DF,$F,aF,PF,kF,Vg,xF,Jv],[0,0,()=>vA,0,1,()=>rM,64,0,0,0,0,()=>tM,1],2],
EA=[3,G,eF,0,[zg,Gg,Zv,Vg,oA,rA],[[()=>Kg,0],()=>Wg,1,0,1,1]],xA=[3,G,rF,0,[eA,tA,FF,wF,Qv,Xv,Kv,Jv],[0,0,[()=>YF,0],0,()=>vA,0,1,1],3],SA=[3,G,oF,0,[zg,bF,Gg,Zv,
TF,nF,Vg,oA,rA,sA],[[()=>Kg,0],0,()=>Wg,1,0,0,0,1,1,[()=>CA,0]]],Kg=[3,G,zg,0,[YU,AF,OF,iF],[0,[()=>JF,0],0,4],4],RA=[3,G,Yv,0,[vF,NF,lF,pF],[[()=>QF,0],[()=>ZF,
0],[()=>XF,0],0]],_A=[3,G,_F,0,[MF],[0]],wA=[3,G,RF,0,[EF,sF],[0,0]],IA=[3,G,LF,0,[hF,UF],[0,0],2],TA=[3,G,nA,0,[gF],[[()=>oM,0]]],CA=[3,G,sA,8,[Yv,nA],[[()=>RA,
0],[()=>TA,0]]],vA=[1,G,VF,0,()=>_A],tM=[1,G,SF,0,()=>wA],rM=[1,G,KF,0,()=>IA],oM=[2,G,qF,0,[0,0],[()=>eM,0]],Jg=[9,G,XU,0,()=>yA,()=>EA],Yg=[9,G,tF,0,()=>xA,()=>SA]});var AA,bA=p(()=>{we();Zo();$g();st();en();T();F();k();Bg();Fg();Pi();AA=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??hp,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
zv,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"aws.aut\
h#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4a"),signer:new po},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("s\
mithy.api#noAuth")||(async()=>({})),signer:new nt}],logger:t?.logger??new _e,protocol:t?.protocol??ei,protocolSettings:t?.protocolSettings??{defaultNamespace:"c\
om.amazonaws.sts",errorTypeRegistries:qg,xmlNamespace:"https://sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20\
110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??gt,signerConstructor:t?.signerConstructor??on,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,
utf8Encoder:t?.utf8Encoder??Z})});var PA,OA=p(()=>{Zs();M();we();st();T();$();ut();k();fo();bA();PA=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Dt),o=AA(t);Tt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ft,n),bodyLengthChecker:t?.bodyLengthChecker??
Ct,defaultSocketTimeout:Er(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:go.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4")||(async i=>await t.credentialDefaultProvider(i?.__config||
{})()),signer:new ge},{schemeId:"aws.auth#sigv4a",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4a"),signer:new po},{schemeId:"smithy.api#noAuth",identityProvider:s=>s.
getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new nt}],maxAttempts:t?.maxAttempts??_(Yt,t),region:t?.region??_(be,{...tt,...n}),requestHandler:Ne.
create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Qt,default:async()=>(await r()).retryMode||it},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??_(
_c,n),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Ot,n),userAgentAppId:t?.
userAgentAppId??_(tr,n)}}});var NA,DA,kA=p(()=>{NA=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},DA=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var $A,LA=p(()=>{M();T();F();kA();$A=(t,e)=>{let r=Object.assign(rr(t),$t(t),Ht(t),NA(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),jt(r),
DA(r))}});var wo,Ep=p(()=>{M();st();T();$();W();F();ut();X();Bg();Hg();OA();LA();wo=class extends Te{config;constructor(...[e]){let r=PA(e||{});super(r),this.initConfig=r;
let o=qv(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=cr(a),l=Vv(c),d=$A(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(
Zt(this.config)),this.middlewareStack.use(lr(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:Hv,identityProviderConfigProvider:async u=>new Ve(
{"aws.auth#sigv4":u.credentials,"aws.auth#sigv4a":u.credentials})})),this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}}});var xp,Sp,Rp,Xg=p(()=>{T();W();Hg();xp=Ut(Wv,"AWSSecurityTokenServiceV20110615","STSClient",pr),Sp={},Rp=(t,e,r,o)=>[]});var sn,_p=p(()=>{Xg();Pi();sn=class extends xp(Sp,Rp,"AssumeRole",Jg){}});var an,wp=p(()=>{Xg();Pi();an=class extends xp(Sp,Rp,"AssumeRoleWithWebIdentity",Yg){}});var nM,Ip,UA=p(()=>{T();_p();wp();Ep();nM={AssumeRoleCommand:sn,AssumeRoleWithWebIdentityCommand:an},Ip=class extends wo{};Gr(nM,Ip)});var FA=p(()=>{_p();wp()});var MA=p(()=>{});var BA,HA,jA,GA,zA,VA=p(()=>{M();_p();wp();BA=t=>{if(typeof t?.Arn=="string"){let e=t.Arn.split(":");if(e.length>4&&e[4]!=="")return e[4]}},HA=async(t,e,r,o={})=>{
let n=typeof t=="function"?await t():t,s=typeof e=="function"?await e():e,i="",a=n??s??(i=await wf(o)());return r?.debug?.("@aws-sdk/client-sts::resolveRegion",
"accepting first of:",`${n} (credential provider clientConfig)`,`${s} (contextual client)`,`${i} (STS default: AWS_REGION, profile region, or us-east-1)`),a},jA=
(t,e)=>{let r,o;return async(n,s)=>{if(o=n,!r){let{logger:d=t?.parentClientConfig?.logger,profile:u=t?.parentClientConfig?.profile,region:m,requestHandler:f=t?.
parentClientConfig?.requestHandler,credentialProviderLogger:g,userAgentAppId:y=t?.parentClientConfig?.userAgentAppId}=t,h=await HA(m,t?.parentClientConfig?.region,
g,{logger:d,profile:u}),S=!zA(f);r=new e({...t,userAgentAppId:y,profile:u,credentialDefaultProvider:()=>async()=>o,region:h,requestHandler:S?f:void 0,logger:d})}
let{Credentials:i,AssumedRoleUser:a}=await r.send(new sn(s));if(!i||!i.AccessKeyId||!i.SecretAccessKey)throw new Error(`Invalid response from STS.assumeRole cal\
l with role ${s.RoleArn}`);let c=BA(a),l={accessKeyId:i.AccessKeyId,secretAccessKey:i.SecretAccessKey,sessionToken:i.SessionToken,expiration:i.Expiration,...i.CredentialScope&&
{credentialScope:i.CredentialScope},...c&&{accountId:c}};return B(l,"CREDENTIALS_STS_ASSUME_ROLE","i"),l}},GA=(t,e)=>{let r;return async o=>{if(!r){let{logger:c=t?.
parentClientConfig?.logger,profile:l=t?.parentClientConfig?.profile,region:d,requestHandler:u=t?.parentClientConfig?.requestHandler,credentialProviderLogger:m,userAgentAppId:f=t?.
parentClientConfig?.userAgentAppId}=t,g=await HA(d,t?.parentClientConfig?.region,m,{logger:c,profile:l}),y=!zA(u);r=new e({...t,userAgentAppId:f,profile:l,region:g,
requestHandler:y?u:void 0,logger:c})}let{Credentials:n,AssumedRoleUser:s}=await r.send(new an(o));if(!n||!n.AccessKeyId||!n.SecretAccessKey)throw new Error(`Inv\
alid response from STS.assumeRoleWithWebIdentity call with role ${o.RoleArn}`);let i=BA(s),a={accessKeyId:n.AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.
SessionToken,expiration:n.Expiration,...n.CredentialScope&&{credentialScope:n.CredentialScope},...i&&{accountId:i}};return i&&B(a,"RESOLVED_ACCOUNT_ID","T"),B(a,
"CREDENTIALS_STS_ASSUME_ROLE_WEB_ID","k"),a}},zA=t=>t?.metadata?.handlerProtocol==="h2"});var qA,WA,KA,sM,JA=p(()=>{VA();Ep();qA=(t,e)=>e?class extends t{constructor(o){super(o);for(let n of e)this.middlewareStack.use(n)}}:t,WA=(t={},e)=>jA(t,qA(wo,e)),
KA=(t={},e)=>GA(t,qA(wo,e)),sM=t=>e=>t({roleAssumer:WA(e),roleAssumerWithWebIdentity:KA(e),...e})});var Qg={};sr(Qg,{$Command:()=>ar,AssumeRole$:()=>Jg,AssumeRoleCommand:()=>sn,AssumeRoleRequest$:()=>yA,AssumeRoleResponse$:()=>EA,AssumeRoleWithWebIdentity$:()=>Yg,
AssumeRoleWithWebIdentityCommand:()=>an,AssumeRoleWithWebIdentityRequest$:()=>xA,AssumeRoleWithWebIdentityResponse$:()=>SA,AssumedRoleUser$:()=>Wg,Credentials$:()=>Kg,
ExpiredTokenException:()=>_i,ExpiredTokenException$:()=>pA,IDPCommunicationErrorException:()=>bi,IDPCommunicationErrorException$:()=>lA,IDPRejectedClaimException:()=>vi,
IDPRejectedClaimException$:()=>dA,InvalidContextAssertionException:()=>wi,InvalidContextAssertionException$:()=>uA,InvalidIdentityTokenException:()=>Ai,InvalidIdentityTokenException$:()=>mA,
MalformedPolicyDocumentException:()=>Ii,MalformedPolicyDocumentException$:()=>fA,OriginIdentity$:()=>RA,PackedPolicyTooLargeException:()=>Ti,PackedPolicyTooLargeException$:()=>gA,
PolicyDescriptorType$:()=>_A,ProvidedContext$:()=>wA,RegionDisabledException:()=>Ci,RegionDisabledException$:()=>hA,STS:()=>Ip,STSClient:()=>wo,STSServiceException:()=>at,
STSServiceException$:()=>cA,Tag$:()=>IA,TransactionContext$:()=>TA,TrustedIdentityPropagationContext$:()=>CA,__Client:()=>Te,decorateDefaultCredentialProvider:()=>sM,
errorTypeRegistries:()=>qg,getDefaultRoleAssumer:()=>WA,getDefaultRoleAssumerWithWebIdentity:()=>KA});var Zg=p(()=>{Ep();UA();FA();T();Pi();jg();MA();JA();yp()});var XA,iM,aM,QA,YA,ZA=p(()=>{M();$();wv();XA=(t,{profile:e="default",logger:r}={})=>!!t&&typeof t=="object"&&typeof t.role_arn=="string"&&["undefined","string"].
indexOf(typeof t.role_session_name)>-1&&["undefined","string"].indexOf(typeof t.external_id)>-1&&["undefined","string"].indexOf(typeof t.mfa_serial)>-1&&(iM(t,{
profile:e,logger:r})||aM(t,{profile:e,logger:r})),iM=(t,{profile:e,logger:r})=>{let o=typeof t.source_profile=="string"&&typeof t.credential_source>"u";return o&&
r?.debug?.(`    ${e} isAssumeRoleWithSourceProfile source_profile=${t.source_profile}`),o},aM=(t,{profile:e,logger:r})=>{let o=typeof t.credential_source=="stri\
ng"&&typeof t.source_profile>"u";return o&&r?.debug?.(`    ${e} isCredentialSourceProfile credential_source=${t.credential_source}`),o},QA=async(t,e,r,o,n={},s)=>{
r.logger?.debug("@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)");let i=e[t],{source_profile:a,region:c}=i;if(!r.roleAssumer){let{getDefaultRoleAssumer:d}=await Promise.resolve().then(()=>(Zg(),Qg));
r.roleAssumer=d({...r.clientConfig,credentialProviderLogger:r.logger,parentClientConfig:{...o,...r?.parentClientConfig,region:c??r?.parentClientConfig?.region??
o?.region}},r.clientPlugins)}if(a&&a in n)throw new R(`Detected a cycle attempting to resolve credentials for profile ${Ze(r)}. Profiles visited: `+Object.keys(
n).join(", "),{logger:r.logger});r.logger?.debug(`@aws-sdk/credential-provider-ini - finding credential resolver using ${a?`source_profile=[${a}]`:`profile=[${t}\
]`}`);let l=a?s(a,e,r,o,{...n,[a]:!0},YA(e[a]??{})):(await _v(i.credential_source,t,r.logger)(r))();if(YA(i))return l.then(d=>B(d,"CREDENTIALS_PROFILE_SOURCE_PR\
OFILE","o"));{let d={RoleArn:i.role_arn,RoleSessionName:i.role_session_name||`aws-sdk-js-${Date.now()}`,ExternalId:i.external_id,DurationSeconds:parseInt(i.duration_seconds||
"3600",10)},{mfa_serial:u}=i;if(u){if(!r.mfaCodeProvider)throw new R(`Profile ${t} requires multi-factor authentication, but no MFA code callback was provided.`,
{logger:r.logger,tryNextLink:!1});d.SerialNumber=u,d.TokenCode=await r.mfaCodeProvider(u)}let m=await l;return r.roleAssumer(m,d).then(f=>B(f,"CREDENTIALS_PROFI\
LE_SOURCE_PROFILE","o"))}},YA=t=>!t.role_arn&&!!t.credential_source});function cM(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"signin",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function pM(t){return{schemeId:"smithy.api#noAuth"}}var eb,tb,rb,eh=p(()=>{we();T();eb=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});tb=t=>{let e=[];return t.operation==="CreateOAuth2Token"?e.push(pM(t)):e.push(cM(
t)),e},rb=t=>{let e=dr(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??[])})}});var ob,nb,th=p(()=>{ob=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"signin"}),nb=
{UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var Co,Io,sb,Kn,ib,Jn,ab,oh,Jr,rh,cb,pb,To,mb,lb,Tp,qe,db,ub,lM,H,dM,fb,gb=p(()=>{W();Co="ref",Io=-1,sb=!1,Kn=!0,ib="isSet",Jn="booleanEquals",ab="coalesce",oh=
"PartitionResult",Jr="stringEquals",rh="getAttr",cb="https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}",pb={[Co]:"Endpoint"},To={fn:rh,argv:[{[Co]:oh},
"name"]},mb={[Co]:"Region"},lb={[Co]:oh},Tp={authSchemes:[{name:"sigv4",signingName:"signin",signingRegion:"{Region}"}]},qe={},db=[mb],ub={conditions:[[ib,db],[
Jn,[{fn:ab,argv:[{[Co]:"IsControlPlane"},sb]},Kn]],[ib,[pb]],["aws.partition",db,oh],[Jn,[{[Co]:"UseFIPS"},Kn]],[Jr,[To,"aws"]],[Jn,[{fn:ab,argv:[{[Co]:"IsOAuth\
Endpoint"},sb]},Kn]],[Jn,[{[Co]:"UseDualStack"},Kn]],[Jr,[To,"aws-cn"]],[Jr,[mb,"us-gov-west-1"]],[Jr,[To,"aws-us-gov"]],[Jn,[{fn:rh,argv:[lb,"supportsFIPS"]},Kn]],
[Jr,[To,"aws-iso"]],[Jr,[To,"aws-iso-b"]],[Jr,[To,"aws-iso-f"]],[Jr,[To,"aws-iso-e"]],[Jr,[To,"aws-eusc"]],[Jn,[{fn:rh,argv:[lb,"supportsDualStack"]},Kn]]],results:[
[Io],["https://signin.{Region}.api.aws",Tp],["https://signin.{Region}.api.amazonwebservices.com.cn",Tp],[cb,Tp],[Io,"FIPS endpoints are not supported for OAuth \
operations. Disable FIPS or use a non-OAuth operation."],["https://{Region}.oauth.signin.aws",Tp],["https://{Region}.signin.aws.amazon.com",qe],["https://{Regio\
n}.signin.amazonaws.cn",qe],["https://{Region}.signin.amazonaws-us-gov.com",qe],["https://{Region}.signin.c2shome.ic.gov",qe],["https://{Region}.signin.sc2shome\
.sgov.gov",qe],["https://{Region}.signin.csphome.hci.ic.gov",qe],["https://{Region}.signin.csphome.adc-e.uk",qe],["https://{Region}.signin.amazonaws-eusc.eu",qe],
["https://signin-fips.amazonaws-us-gov.com",qe],["https://{Region}.signin-fips.amazonaws-us-gov.com",qe],["https://{Region}.signin.{PartitionResult#dnsSuffix}",
qe],[Io,"Invalid Configuration: FIPS and custom endpoint are not supported"],[Io,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[pb,qe],
["https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",qe],[Io,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://signin-fips.{Region}.{PartitionResult#dnsSuffix}",qe],[Io,"FIPS is enabled but this partition does not support FIPS"],[cb,qe],[Io,"DualStack is enable\
d but this partition does not support DualStack"],["https://signin.{Region}.{PartitionResult#dnsSuffix}",qe],[Io,"Invalid Configuration: Missing Region"]]},lM=2,
H=1e8,dM=new Int32Array([-1,1,-1,0,6,3,2,36,4,4,5,H+27,6,H+4,H+27,1,29,7,2,36,8,3,9,31,4,22,10,5,19,11,7,21,12,8,H+7,13,10,H+8,14,12,H+9,15,13,H+10,16,14,H+11,17,
15,H+12,18,16,H+13,H+16,6,H+5,20,7,21,H+6,17,H+24,H+25,6,H+4,23,7,27,24,9,H+14,25,10,H+15,26,11,H+22,H+23,11,28,H+21,17,H+20,H+21,2,35,30,3,39,31,4,32,H+27,6,H+
4,33,7,H+27,34,9,H+14,H+27,3,39,36,4,38,37,7,H+18,H+19,6,H+4,H+17,5,H+1,40,8,H+2,H+3]),fb=rt.from(dM,lM,ub.conditions,ub.results)});var uM,hb,yb=p(()=>{M();W();gb();uM=new ot({size:50,params:["Endpoint","IsControlPlane","IsOAuthEndpoint","Region","UseDualStack","UseFIPS"]}),hb=(t,e={})=>uM.get(
t,()=>Bt(fb,{endpointParams:t,logger:e.logger}));Pe.aws=mt});var Tr,Cp=p(()=>{T();Tr=class t extends et{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Oi,Ni,Di,ki,nh=p(()=>{Cp();Oi=class t extends Tr{static shapeId="com.amazonaws.signin#AccessDeniedException";name="AccessDeniedException";$fault="client";error;constructor(e){
super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},Ni=class t extends Tr{static shapeId="co\
m.amazonaws.signin#InternalServerException";name="InternalServerException";$fault="server";error;constructor(e){super({name:"InternalServerException",$fault:"se\
rver",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},Di=class t extends Tr{static shapeId="com.amazonaws.signin#TooManyRequestsError";name="\
TooManyRequestsError";$fault="client";error;constructor(e){super({name:"TooManyRequestsError",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.
error=e.error}},ki=class t extends Tr{static shapeId="com.amazonaws.signin#ValidationException";name="ValidationException";$fault="client";error;constructor(e){
super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}}});var mM,fM,gM,hM,yM,EM,xM,SM,RM,_M,wM,IM,TM,CM,vM,Eb,sh,AM,ph,xb,Sb,bM,vo,ih,PM,ah,OM,Tb,lh,Rb,Le,Ap,NM,vp,_b,Cb,wb,Ib,DM,kM,$M,ch,LM,We,vb,Ab,$i,bb,Pb,Ob,Nb,dh,
UM,Db,kb,$b,Lb,Ub,Fb,Mb,Bb,uh,mh,Li=p(()=>{X();nh();Cp();mM="AccessDeniedException",fM="AccessToken",gM="CreateOAuth2Token",hM="CreateOAuth2TokenRequest",yM="Cr\
eateOAuth2TokenRequestBody",EM="CreateOAuth2TokenResponseBody",xM="CreateOAuth2TokenResponse",SM="CreateOAuth2TokenWithIAM",RM="CreateOAuth2TokenWithIAMRequest",
_M="CreateOAuth2TokenWithIAMResponse",wM="InternalServerException",IM="OAuthAccessToken",TM="RefreshToken",CM="TooManyRequestsError",vM="ValidationException",Eb=
"accessKeyId",sh="accessToken",AM="access_token",ph="client",xb="clientId",Sb="codeVerifier",bM="code",vo="error",ih="expiresIn",PM="expires_in",ah="grantType",
OM="grant_type",Tb="http",lh="httpError",Rb="idToken",Le="jsonName",Ap="message",NM="resource",vp="refreshToken",_b="redirectUri",Cb="smithy.ts.sdk.synthetic.co\
m.amazonaws.signin",wb="secretAccessKey",Ib="sessionToken",DM="server",kM="tokenInput",$M="tokenOutput",ch="tokenType",LM="token_type",We="com.amazonaws.signin",
vb=new Q(Cb),Ab=[-3,Cb,"SigninServiceException",0,[],[]];vb.registerError(Ab,Tr);$i=new Q(We),bb=[-3,We,mM,{[vo]:ph},[vo,Ap],[0,0],2];$i.registerError(bb,Oi);Pb=
[-3,We,wM,{[vo]:DM,[lh]:500},[vo,Ap],[0,0],2];$i.registerError(Pb,Ni);Ob=[-3,We,CM,{[vo]:ph,[lh]:429},[vo,Ap],[0,0],2];$i.registerError(Ob,Di);Nb=[-3,We,vM,{[vo]:ph,
[lh]:400},[vo,Ap],[0,0],2];$i.registerError(Nb,ki);dh=[vb,$i],UM=[0,We,IM,8,0],Db=[0,We,TM,8,0],kb=[3,We,fM,8,[Eb,wb,Ib],[[0,{[Le]:Eb}],[0,{[Le]:wb}],[0,{[Le]:Ib}]],
3],$b=[3,We,hM,0,[kM],[[()=>Lb,16]],1],Lb=[3,We,yM,0,[xb,ah,bM,_b,Sb,vp],[[0,{[Le]:xb}],[0,{[Le]:ah}],0,[0,{[Le]:_b}],[0,{[Le]:Sb}],[()=>Db,{[Le]:vp}]],2],Ub=[3,
We,xM,0,[$M],[[()=>Fb,16]],1],Fb=[3,We,EM,0,[sh,ch,ih,vp,Rb],[[()=>kb,{[Le]:sh}],[0,{[Le]:ch}],[1,{[Le]:ih}],[()=>Db,{[Le]:vp}],[0,{[Le]:Rb}]],4],Mb=[3,We,RM,0,
[ah,NM],[[0,{[Le]:OM}],0],2],Bb=[3,We,_M,0,[sh,ch,ih],[[()=>UM,{[Le]:AM}],[0,{[Le]:LM}],[1,{[Le]:PM}]],3],uh=[9,We,gM,{[Tb]:["POST","/v1/token",200]},()=>$b,()=>Ub],
mh=[9,We,SM,{[Tb]:["POST","/v1/token?x-amz-client-auth-method=iam",200]},()=>Mb,()=>Bb]});var Hb,jb=p(()=>{we();Zo();st();en();T();F();k();eh();yb();Li();Hb=t=>({apiVersion:"2023-01-01",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??hb,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
tb,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new nt}],logger:t?.logger??new _e,protocol:t?.protocol??qr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.signin",errorTypeRegistries:dh,version:"2023-01-01",serviceTarget:"Signin"},serviceId:t?.serviceId??"Signin",
sha256:t?.sha256??gt,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??Z})});var Gb,zb=p(()=>{Zs();M();we();T();$();ut();k();fo();jb();Gb=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Dt),o=Hb(t);Tt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ft,n),bodyLengthChecker:t?.bodyLengthChecker??
Ct,defaultSocketTimeout:Er(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:go.version}),maxAttempts:t?.
maxAttempts??_(Yt,t),region:t?.region??_(be,{...tt,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Qt,default:async()=>(await r()).
retryMode||it},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Ot,n),userAgentAppId:t?.
userAgentAppId??_(tr,n)}}});var Vb,qb,Wb=p(()=>{Vb=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},qb=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var Kb,Jb=p(()=>{M();T();F();Wb();Kb=(t,e)=>{let r=Object.assign(rr(t),$t(t),Ht(t),Vb(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),jt(r),
qb(r))}});var Ui,fh=p(()=>{M();st();T();$();W();F();ut();X();eh();th();zb();Jb();Ui=class extends Te{config;constructor(...[e]){let r=Gb(e||{});super(r),this.initConfig=r;
let o=ob(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=cr(a),l=rb(c),d=Kb(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(
Zt(this.config)),this.middlewareStack.use(lr(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:eb,identityProviderConfigProvider:async u=>new Ve(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}}});var bp,Yb,Xb,Pp,gh=p(()=>{T();W();th();bp=Ut(nb,"Signin","SigninClient",pr),Yb={IsControlPlane:{type:"staticContextParams",value:!1}},Xb={IsOAuthEndpoint:{type:"\
staticContextParams",value:!0}},Pp=(t,e,r,o)=>[]});var Fi,hh=p(()=>{gh();Li();Fi=class extends bp(Yb,Pp,"CreateOAuth2Token",uh){}});var Mi,yh=p(()=>{gh();Li();Mi=class extends bp(Xb,Pp,"CreateOAuth2TokenWithIAM",mh){}});var FM,Op,Qb=p(()=>{T();hh();yh();fh();FM={CreateOAuth2TokenCommand:Fi,CreateOAuth2TokenWithIAMCommand:Mi},Op=class extends Ui{};Gr(FM,Op)});var Zb=p(()=>{hh();yh()});var MM,eP=p(()=>{MM={AUTHCODE_EXPIRED:"AUTHCODE_EXPIRED",CONFLICT:"CONFLICT",INSUFFICIENT_PERMISSIONS:"INSUFFICIENT_PERMISSIONS",INVALID_REQUEST:"INVALID_REQUES\
T",OAUTH_INVALID_CLIENT:"invalid_client",OAUTH_INVALID_GRANT:"invalid_grant",OAUTH_INVALID_REQUEST:"invalid_request",OAUTH_INVALID_SCOPE:"invalid_scope",OAUTH_INVALID_TARGET:"\
invalid_target",OAUTH_RATE_EXCEEDED:"rate_exceeded",OAUTH_SERVICE_UNAVAILABLE:"service_unavailable",OAUTH_UNSUPPORTED_GRANT_TYPE:"unsupported_grant_type",RESOURCE_NOT_FOUND:"\
RESOURCE_NOT_FOUND",SERVER_ERROR:"server_error",SERVICE_QUOTA_EXCEEDED:"SERVICE_QUOTA_EXCEEDED",TOKEN_EXPIRED:"TOKEN_EXPIRED",USER_CREDENTIALS_CHANGED:"USER_CRE\
DENTIALS_CHANGED"}});var tP=p(()=>{});var rP={};sr(rP,{$Command:()=>ar,AccessDeniedException:()=>Oi,AccessDeniedException$:()=>bb,AccessToken$:()=>kb,CreateOAuth2Token$:()=>uh,CreateOAuth2TokenCommand:()=>Fi,
CreateOAuth2TokenRequest$:()=>$b,CreateOAuth2TokenRequestBody$:()=>Lb,CreateOAuth2TokenResponse$:()=>Ub,CreateOAuth2TokenResponseBody$:()=>Fb,CreateOAuth2TokenWithIAM$:()=>mh,
CreateOAuth2TokenWithIAMCommand:()=>Mi,CreateOAuth2TokenWithIAMRequest$:()=>Mb,CreateOAuth2TokenWithIAMResponse$:()=>Bb,InternalServerException:()=>Ni,InternalServerException$:()=>Pb,
OAuth2ErrorCode:()=>MM,Signin:()=>Op,SigninClient:()=>Ui,SigninServiceException:()=>Tr,SigninServiceException$:()=>Ab,TooManyRequestsError:()=>Di,TooManyRequestsError$:()=>Ob,
ValidationException:()=>ki,ValidationException$:()=>Nb,__Client:()=>Te,errorTypeRegistries:()=>dh});var oP=p(()=>{fh();Qb();Zb();T();Li();eP();nh();tP();Cp()});var Ao,Np,nP,Bi,Dp,sP=p(()=>{$();F();Ao=require("node:crypto"),Np=require("node:fs"),nP=require("node:os"),Bi=require("node:path"),Dp=class t{profileData;init;callerClientConfig;static REFRESH_THRESHOLD=300*
1e3;constructor(e,r,o){this.profileData=e,this.init=r,this.callerClientConfig=o}async loadCredentials(){let e=await this.loadToken();if(!e)throw new R(`Failed t\
o load a token for session ${this.loginSession}, please re-authenticate using aws login`,{tryNextLink:!1,logger:this.logger});let r=e.accessToken,o=Date.now();return new Date(
r.expiresAt).getTime()-o<=t.REFRESH_THRESHOLD?this.refresh(e):this.toCredentials(e.accessToken)}get logger(){return this.init?.logger}get loginSession(){return this.
profileData.login_session}toCredentials(e){return{accessKeyId:e.accessKeyId,secretAccessKey:e.secretAccessKey,sessionToken:e.sessionToken,accountId:e.accountId,
expiration:new Date(e.expiresAt)}}async refresh(e){let r=await this.loadToken().catch(()=>e),o=Date.now(),n=new Date(r.accessToken.expiresAt).getTime(),s=new Date(
e.accessToken.expiresAt).getTime(),i=n<=o&&s>o?e:r;if(new Date(i.accessToken.expiresAt).getTime()-Date.now()>t.REFRESH_THRESHOLD)return this.toCredentials(i.accessToken);
let{SigninClient:c,CreateOAuth2TokenCommand:l}=await Promise.resolve().then(()=>(oP(),rP)),{logger:d,userAgentAppId:u}=this.callerClientConfig??{},f=(x=>x?.metadata?.
handlerProtocol==="h2")(this.callerClientConfig?.requestHandler)?void 0:this.callerClientConfig?.requestHandler,g=typeof i.signInRegion=="string"&&i.signInRegion.
length>0?i.signInRegion:void 0,y=g??this.profileData.region??await this.callerClientConfig?.region?.()??process.env.AWS_REGION,h=new c({credentials:{accessKeyId:"",
secretAccessKey:""},region:y,requestHandler:f,logger:d,userAgentAppId:u,...this.init?.clientConfig,...g&&{region:g}});this.createDPoPInterceptor(h.middlewareStack);
let S={tokenInput:{clientId:i.clientId,refreshToken:i.refreshToken,grantType:"refresh_token"}};try{let x=await h.send(new l(S)),{accessKeyId:v,secretAccessKey:b,
sessionToken:L}=x.tokenOutput?.accessToken??{},{refreshToken:Y,expiresIn:ve}=x.tokenOutput??{};if(!v||!b||!L||!Y)throw new R("Token refresh response missing req\
uired fields",{logger:this.logger,tryNextLink:!1});let nr=(ve??900)*1e3,vr=new Date(Date.now()+nr),ce={...i,accessToken:{...i.accessToken,accessKeyId:v,secretAccessKey:b,
sessionToken:L,expiresAt:vr.toISOString()},refreshToken:Y};return await this.saveToken(ce),this.toCredentials(ce.accessToken)}catch(x){if(x.name==="AccessDenied\
Exception"){let b=x.error,L;switch(b){case"TOKEN_EXPIRED":L="Your session has expired. Please reauthenticate.";break;case"USER_CREDENTIALS_CHANGED":L="Unable to\
 refresh credentials because of a change in your password. Please reauthenticate with your new password.";break;case"INSUFFICIENT_PERMISSIONS":L="Unable to refr\
esh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.";break;default:L=`Failed to refresh token: ${String(
x)}. Please re-authenticate using \`aws login\``}throw new R(L,{logger:this.logger,tryNextLink:!1})}if(new Date(i.accessToken.expiresAt).getTime()>Date.now())return this.
logger?.warn?.(`Failed to refresh token: ${String(x)}. Using existing token until expiry.`),this.toCredentials(i.accessToken);throw new R(`Failed to refresh tok\
en: ${String(x)}. Please re-authenticate using aws login`,{logger:this.logger})}}async loadToken(){let e=this.getTokenFilePath();try{let r=await Np.promises.readFile(
e,"utf8"),o=JSON.parse(r),n=["accessToken","clientId","refreshToken","dpopKey"].filter(s=>!o[s]);if(o.accessToken?.accountId||n.push("accountId"),n.length>0)throw new R(
`Token validation failed, missing fields: ${n.join(", ")}`,{logger:this.logger,tryNextLink:!1});return o}catch(r){throw new R(`Failed to load token from ${e}: ${String(
r)}`,{logger:this.logger,tryNextLink:!1})}}async saveToken(e){let r=this.getTokenFilePath(),o=(0,Bi.dirname)(r);try{await Np.promises.mkdir(o,{recursive:!0})}catch{}
await Np.promises.writeFile(r,JSON.stringify(e,null,2),"utf8")}getTokenFilePath(){let e=process.env.AWS_LOGIN_CACHE_DIRECTORY??(0,Bi.join)((0,nP.homedir)(),".aw\
s","login","cache"),r=Buffer.from(this.loginSession,"utf8"),o=(0,Ao.createHash)("sha256").update(r).digest("hex");return(0,Bi.join)(e,`${o}.json`)}derToRawSignature(e){
let r=2;if(e[r]!==2)throw new Error("Invalid DER signature");r++;let o=e[r++],n=e.subarray(r,r+o);if(r+=o,e[r]!==2)throw new Error("Invalid DER signature");r++;
let s=e[r++],i=e.subarray(r,r+s);n=n[0]===0?n.subarray(1):n,i=i[0]===0?i.subarray(1):i;let a=Buffer.concat([Buffer.alloc(32-n.length),n]),c=Buffer.concat([Buffer.
alloc(32-i.length),i]);return Buffer.concat([a,c])}createDPoPInterceptor(e){e.add(r=>async o=>{if(j.isInstance(o.request)){let n=o.request,s=`${n.protocol}//${n.
hostname}${n.port?`:${n.port}`:""}${n.path}`,i=await this.generateDpop(n.method,s);n.headers={...n.headers,DPoP:i}}return r(o)},{step:"finalizeRequest",name:"dp\
opInterceptor",override:!0})}async generateDpop(e="POST",r){let o=await this.loadToken();try{let n=(0,Ao.createPrivateKey)({key:o.dpopKey,format:"pem",type:"sec\
1"}),i=(0,Ao.createPublicKey)(n).export({format:"der",type:"spki"}),a=-1;for(let x=0;x<i.length;x++)if(i[x]===4){a=x;break}let c=i.slice(a+1,a+33),l=i.slice(a+33,
a+65),d={alg:"ES256",typ:"dpop+jwt",jwk:{kty:"EC",crv:"P-256",x:c.toString("base64url"),y:l.toString("base64url")}},u={jti:crypto.randomUUID(),htm:e,htu:r,iat:Math.
floor(Date.now()/1e3)},m=Buffer.from(JSON.stringify(d)).toString("base64url"),f=Buffer.from(JSON.stringify(u)).toString("base64url"),g=`${m}.${f}`,y=(0,Ao.sign)(
"sha256",Buffer.from(g),n),S=this.derToRawSignature(y).toString("base64url");return`${g}.${S}`}catch(n){throw new R(`Failed to generate Dpop proof: ${n instanceof
Error?n.message:String(n)}`,{logger:this.logger,tryNextLink:!1})}}}});var iP,aP=p(()=>{M();$();sP();iP=t=>async({callerClientConfig:e}={})=>{t?.logger?.debug?.("@aws-sdk/credential-providers - fromLoginCredentials");let r=await Sr(
t||{}),o=Ze({profile:t?.profile??e?.profile}),n=r[o];if(!n?.login_session)throw new R(`Profile ${o} does not contain login_session.`,{tryNextLink:!0,logger:t?.logger});
let i=await new Dp(n,t,e).loadCredentials();return B(i,"CREDENTIALS_LOGIN","AD")}});var cP={};sr(cP,{fromLoginCredentials:()=>iP});var pP=p(()=>{aP()});var lP,dP,uP=p(()=>{M();lP=t=>!!(t&&t.login_session),dP=async(t,e,r)=>{let{fromLoginCredentials:o}=await Promise.resolve().then(()=>(pP(),cP)),n=await o({...e,profile:t})(
{callerClientConfig:r});return B(n,"CREDENTIALS_PROFILE_LOGIN","AC")}});var mP,fP=p(()=>{M();mP=(t,e,r)=>{if(e.Version!==1)throw Error(`Profile ${t} credential_process did not return Version 1.`);if(e.AccessKeyId===void 0||e.SecretAccessKey===
void 0)throw Error(`Profile ${t} credential_process returned invalid credentials.`);if(e.Expiration){let s=new Date;if(new Date(e.Expiration)<s)throw Error(`Pro\
file ${t} credential_process returned expired credentials.`)}let o=e.AccountId;!o&&r?.[t]?.aws_account_id&&(o=r[t].aws_account_id);let n={accessKeyId:e.AccessKeyId,
secretAccessKey:e.SecretAccessKey,...e.SessionToken&&{sessionToken:e.SessionToken},...e.Expiration&&{expiration:new Date(e.Expiration)},...e.CredentialScope&&{credentialScope:e.
CredentialScope},...o&&{accountId:o}};return B(n,"CREDENTIALS_PROCESS","w"),n}});var gP,hP,yP,EP=p(()=>{$();gP=require("node:child_process"),hP=require("node:util");fP();yP=async(t,e,r)=>{let o=e[t];if(e[t]){let n=o.credential_process;if(n!==
void 0){let s=(0,hP.promisify)(As?.getTokenRecord?.().exec??gP.exec);try{let{stdout:i}=await s(n),a;try{a=JSON.parse(i.trim())}catch{throw Error(`Profile ${t} c\
redential_process returned invalid JSON.`)}return mP(t,a,e)}catch(i){throw new R(i.message,{logger:r})}}else throw new R(`Profile ${t} did not contain credentia\
l_process.`,{logger:r})}else throw new R(`Profile ${t} could not be found in shared credentials file.`,{logger:r})}});var xP,SP=p(()=>{$();EP();xP=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");let r=await Sr(t);
return yP(Ze({profile:t.profile??e?.profile}),r,t.logger)}});var Eh={};sr(Eh,{fromProcess:()=>xP});var xh=p(()=>{SP()});var RP,_P,wP=p(()=>{M();RP=t=>!!t&&typeof t=="object"&&typeof t.credential_process=="string",_P=async(t,e)=>{let{fromProcess:r}=await Promise.resolve().then(()=>(xh(),Eh)),
o=await r({...t,profile:e})();return B(o,"CREDENTIALS_PROFILE_PROCESS","v")}});var IP,TP,CP=p(()=>{M();IP=async(t,e,r={},o)=>{let{fromSSO:n}=await Promise.resolve().then(()=>(Ng(),Og));return n({profile:t,logger:r.logger,parentClientConfig:r.
parentClientConfig,clientConfig:r.clientConfig})({callerClientConfig:o}).then(s=>e.sso_session?B(s,"CREDENTIALS_PROFILE_SSO","r"):B(s,"CREDENTIALS_PROFILE_SSO_L\
EGACY","t"))},TP=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var Sh,Rh,vP=p(()=>{M();Sh=t=>!!t&&typeof t=="object"&&typeof t.aws_access_key_id=="string"&&typeof t.aws_secret_access_key=="string"&&["undefined","string"].indexOf(
typeof t.aws_session_token)>-1&&["undefined","string"].indexOf(typeof t.aws_account_id)>-1,Rh=async(t,e)=>{e?.logger?.debug("@aws-sdk/credential-provider-ini - \
resolveStaticCredentials");let r={accessKeyId:t.aws_access_key_id,secretAccessKey:t.aws_secret_access_key,sessionToken:t.aws_session_token,...t.aws_credential_scope&&
{credentialScope:t.aws_credential_scope},...t.aws_account_id&&{accountId:t.aws_account_id}};return B(r,"CREDENTIALS_PROFILE","n")}});var Yn,_h=p(()=>{Yn=t=>async e=>{t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");let{roleArn:r,roleSessionName:o,webIdentityToken:n,
providerId:s,policyArns:i,policy:a,durationSeconds:c}=t,{roleAssumerWithWebIdentity:l}=t;if(!l){let{getDefaultRoleAssumerWithWebIdentity:d}=await Promise.resolve().then(()=>(Zg(),Qg));
l=d({...t.clientConfig,credentialProviderLogger:t.logger,parentClientConfig:{...e?.callerClientConfig,...t.parentClientConfig}},t.clientPlugins)}return l({RoleArn:r,
RoleSessionName:o??`aws-sdk-js-session-${Date.now()}`,WebIdentityToken:n,ProviderId:s,PolicyArns:i,Policy:a,DurationSeconds:c})}});var bP,AP,BM,HM,PP,OP=p(()=>{M();$();bP=require("node:fs");_h();AP="AWS_WEB_IDENTITY_TOKEN_FILE",BM="AWS_ROLE_ARN",HM="AWS_ROLE_SESSION_NAME",PP=(t={})=>async e=>{
t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile");let r=t?.webIdentityTokenFile??process.env[AP],o=t?.roleArn??process.env[BM],n=t?.roleSessionName??
process.env[HM];if(!r||!o)throw new R("Web identity configuration not specified",{logger:t.logger});let s=await Yn({...t,webIdentityToken:As?.getTokenRecord?.()[r]??
(0,bP.readFileSync)(r,{encoding:"ascii"}),roleArn:o,roleSessionName:n})(e);return r===process.env[AP]&&B(s,"CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN","h"),s}});var wh={};sr(wh,{fromTokenFile:()=>PP,fromWebToken:()=>Yn});var kp=p(()=>{OP();_h()});var NP,DP,kP=p(()=>{M();NP=t=>!!t&&typeof t=="object"&&typeof t.web_identity_token_file=="string"&&typeof t.role_arn=="string"&&["undefined","string"].indexOf(typeof t.
role_session_name)>-1,DP=async(t,e,r)=>{let{fromTokenFile:o}=await Promise.resolve().then(()=>(kp(),wh)),n=await o({webIdentityTokenFile:t.web_identity_token_file,
roleArn:t.role_arn,roleSessionName:t.role_session_name,roleAssumerWithWebIdentity:e.roleAssumerWithWebIdentity,logger:e.logger,parentClientConfig:e.parentClientConfig})(
{callerClientConfig:r});return B(n,"CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN","q")}});var Ih,$P=p(()=>{$();ZA();uP();wP();CP();vP();kP();Ih=async(t,e,r,o,n={},s=!1)=>{let i=e[t];if(Object.keys(n).length>0&&Sh(i))return Rh(i,r);if(s||XA(i,{profile:t,
logger:r.logger}))return QA(t,e,r,o,n,Ih);if(Sh(i))return Rh(i,r);if(NP(i))return DP(i,r,o);if(RP(i))return _P(r,t);if(TP(i))return await IP(t,i,r,o);if(lP(i))return dP(
t,r,o);throw new R(`Could not resolve credentials using profile: [${t}] in configuration/credentials file(s).`,{logger:r.logger})}});var LP,UP=p(()=>{$();$P();LP=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");let r=await Sr(t);return Ih(
Ze({profile:t.profile??e?.profile}),r,t,e)}});var FP={};sr(FP,{fromIni:()=>LP});var MP=p(()=>{UP()});var uD=require("node:fs");var w=class extends Error{constructor(r,o,n){super(`${r}: ${us(o)} ${n}`);this.option=r;this.rule=n;this.name="InputError"}option;rule;exitCode=2},wt=class extends Error{constructor(r,o,n){
super(r,n);this.hint=o;this.name="DeliveryError"}hint;exitCode=1},Ie=class extends wt{constructor(e,r){super(e,r),this.name="PrerequisiteError"}},gr=class extends wt{constructor(e,r,o){
super(e,r,o),this.name="CredentialsError"}},pe=class extends wt{constructor(e,r,o){super(e,r,o),this.name="RegistryError"}},Xr=class extends wt{constructor(e,r){
super(`gave up after ${e} s (timeout-seconds)${r.length?`, still waiting for ${r.join(", ")}`:""}`,"check that the runner can reach AWS and the registry (proxy,\
 firewall, VPC endpoints, AWS_ENDPOINT_URL_*); raise timeout-seconds if the build or push legitimately takes longer"),this.name="DeadlineError"}},ds=class extends wt{constructor(e,r){
super(e,r),this.name="ScanGateError"}},hr=class extends wt{constructor(e){super(e,"check HTTPS_PROXY / HTTP_PROXY (host, port, and the user:password in the URL \
if the proxy wants one), or list the host in NO_PROXY to reach it directly"),this.name="ProxyError"}},ra=class extends wt{exitCode;constructor(e,r){super(`cance\
lled by ${e}${r.length?` while running ${r.join(", ")}`:""}`),this.name="CancelledError",this.exitCode=128+(e==="SIGINT"?2:15)}},It=class extends wt{constructor(e,r){
super(e,r),this.name="DockerError"}},WD=/[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;function us(t,e=80){let r=Array.
from(t.slice(0,e*2)),o=r.length>e||t.length>e*2?`${r.slice(0,e).join("")}\u2026`:t;return JSON.stringify(o).replace(WD,n=>`\\u${n.charCodeAt(0).toString(16).padStart(
4,"0")}`)}function mn(t){return t instanceof w?{message:t.message,exitCode:2}:t instanceof wt?{message:t.message,hint:t.hint,exitCode:t.exitCode}:{message:t instanceof
Error?`${t.name}: ${t.message}`:String(t),exitCode:1}}var dy=t=>`ECR_DELIVER_${t.toUpperCase().replace(/-/g,"_")}`,uy=t=>`ECR_DELIVERED_${t.toUpperCase().replace(/-/g,"_")}`;var Fr=[{name:"registry",description:"Registry host, as ECR returns it, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com`."},{name:"repository-uri",description:"\
Repository URI, `<registry>/<repository>`."},{name:"image",description:"Image reference with the commit SHA tag, `<repository-uri>:<sha>`."},{name:"digest",description:"\
Digest (`sha256:\u2026`) of the pushed manifest."},{name:"image-ref",description:"Image reference pinned by digest, `<repository-uri>@<digest>`."},{name:"tags",
type:"list",description:"Tags applied, comma-separated, the SHA first."},{name:"pushed",type:"boolean",description:"`true`, or `false` when nothing was uploaded\
 (skip-existing hit, immutable SHA already there, or push: false)."},{name:"scan-findings",description:'With `scan-wait`: counts by severity as JSON, e.g. `{"CR\
ITICAL":0,"HIGH":2}`; empty without a scan.'}];function No(t,e){let r=t[e];return Array.isArray(r)?r.join(","):String(r)}function my(t){return Object.fromEntries(
Fr.map(({name:e})=>[e,No(t,e)]))}var By=require("node:child_process"),Hy=require("node:fs");var wy=require("node:fs");var gy=require("node:crypto");var fy=128,KD=/^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/,
JD=/^refs\/(?:tags\/(.+)|heads\/(.+)|pull\/(\d{1,9})\/(?:merge|head))$/;function Xd(t){let e=JD.exec(t);if(e)return e[1]!==void 0?{tag:e[1]}:e[2]!==void 0?{branch:e[2]}:
{pullRequest:Number(e[3])}}function hy(t,e={}){let r=e.pull_request?.number;if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")&&Number.isInteger(r))return{
pullRequest:r};let o=t.GITHUB_REF?Xd(t.GITHUB_REF):void 0;return o||(t.GITHUB_REF_TYPE==="tag"&&t.GITHUB_REF_NAME?{tag:t.GITHUB_REF_NAME}:t.GITHUB_REF_TYPE==="b\
ranch"&&t.GITHUB_REF_NAME?{branch:t.GITHUB_REF_NAME}:{})}function yy(t){if(t.CIRCLE_TAG)return{tag:t.CIRCLE_TAG};if(t.CIRCLE_PR_NUMBER&&/^\d{1,9}$/.test(t.CIRCLE_PR_NUMBER))
return{pullRequest:Number(t.CIRCLE_PR_NUMBER)};let e=/\/pull\/(\d{1,9})\/?$/.exec(t.CIRCLE_PULL_REQUEST??"")?.[1];return{...t.CIRCLE_BRANCH?{branch:t.CIRCLE_BRANCH}:
{},...e?{pullRequest:Number(e)}:{}}}function YD(t){let e=KD.exec(t);if(!e)return;let[,r,o,n,s,i]=e,a=t.replace(/^v/,"");if(s!==void 0||i!==void 0)return{tags:[a.
replace("+","_")],version:a};let c=[`${r}.${o}.${n}`,`${r}.${o}`];return r!=="0"&&c.push(r),{tags:c,version:a}}function Ey(t){let e=t.toLowerCase().replace(/[^a-z0-9_.-]+/g,
"-").replace(/^[.-]+/,"").replace(/-+$/,""),r=(0,gy.createHash)("sha256").update(t).digest("hex").slice(0,7);return e?e.length<=fy?e:`${e.slice(0,fy-r.length-1).
replace(/[.-]+$/,"")}-${r}`:`branch-${r}`}function xy(t,e){let r=[],o;if(e.semverTags&&t.tag!==void 0){let n=YD(t.tag);n&&(r.push(...n.tags),o=n.version)}return e.
branchTag&&(t.branch!==void 0&&r.push(Ey(t.branch)),t.pullRequest!==void 0&&r.push(`pr-${t.pullRequest}`)),{tags:[...new Set(r)],version:o}}function Sy(t,e){let r=t.
length||e.tags.length?[...t]:["latest"];for(let o of e.tags)o.includes(".")&&e.version!==void 0?r.push("*.*"):/^pr-\d+$/.test(o)?r.push("pr-*"):r.push(o);return[
...new Set(r)]}var Qd=5;function Ry(t,e,r){for(let o of t.tags){let n=r(o);if(!n)continue;let s=o===`pr-${e.pullRequest}`||e.branch!==void 0&&o===Ey(e.branch)?"\
branch-tag":"semver-tags";throw new w(s,o,`${n} (derived from the git ref)`)}}var fn=require("node:fs");var ne=(t,e)=>r=>t.test(r)?void 0:e;function gn(t,e,r){if(r)throw new w(t,e,r)}var le=(t,e=r=>r)=>({type:"string",parse:(r,o)=>{let n=e(r);return t&&gn(o,n,t(n)),
n}}),pt={type:"boolean",parse:(t,e)=>{if(/^(true|1)$/i.test(t))return!0;if(/^(false|0)$/i.test(t))return!1;throw new w(e,t,"is not a boolean: use true or false")}},
oa=(t,e)=>({type:"integer",parse:(r,o)=>{let n=/^\d{1,6}$/.test(r)?Number(r):NaN;if(!(n>=t&&n<=e))throw new w(o,r,`is not a whole number from ${t} to ${e}`);return n}}),
Qr=(...t)=>({type:"enum",values:t,parse:(e,r)=>{let o=t.find(n=>n.toUpperCase()===e.toUpperCase());if(o===void 0)throw new w(r,e,`is not one of ${t.join(", ")}`);
return o}}),Do=(t,{commas:e=!1,max:r=1/0}={})=>({type:"list",parse:(o,n)=>{let s=o.split(e?/[\n,]/:/\n/).map(i=>i.replace(/\r$/,"").trim()).filter(i=>i!=="");for(let i of s)
gn(n,i,t(i));if(s.length>r)throw new w(n,o,`lists more than ${r} entries`);return[...new Set(s)]}}),hn=t=>({type:"path",parse:(e,r)=>(t?.(r,e),e)});function ko(t,e){
if(!(0,fn.existsSync)(e)||!(0,fn.statSync)(e).isFile())throw new w(t,e,"is not a readable file")}function Zd(t,e){ko(t,e);try{JSON.parse((0,fn.readFileSync)(e,"\
utf8"))}catch{throw new w(t,e,"does not contain valid JSON")}}var XD=/^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/,QD=/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/,ZD=/^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/,ek=/^[\w+=,.@-]{2,64}$/,
tk=/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/,rk=/^[0-9a-f]{40}$/,ok=/^\d{12}$/,nk=/^[\x21-\x7e]{1,256}$/,Be={repository:t=>t.length>=2&&t.length<=256&&XD.test(t)?
void 0:"is not a valid ECR repository name: lowercase letters and digits, separated by single `.`, `_`, `-` or `/`, 2\u2013256 characters",region:ne(ZD,"is not \
an AWS region name like `eu-west-1`"),tag:ne(QD,"is not a valid image tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`"),commitSha:ne(rk,"is not a full commit SHA (40 h\
ex characters)"),sessionName:ne(ek,"is not a valid STS session name: `[\\w+=,.@-]`, 2\u201364 characters"),account:ne(ok,"is not an AWS account id (12 digits)"),
audience:ne(nk,"is not a valid audience: 1\u2013256 printable characters, no spaces")},Iy=t=>t.split(",").every(e=>tk.test(e.trim()))?void 0:"is not a comma-sep\
arated list of `os/arch[/variant]`",_y=/^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/,eu="public.ecr.aws/",Ty={type:"list",parse:(t,e)=>Do(ne(_y,"is not an \
ECR registry id (12 digits) or `ID@REGION`"),{commas:!0}).parse(t,e).map(r=>{let[,o,n]=_y.exec(r);return n?{id:o,region:n}:{id:o}})},na=t=>({type:"string",parse:(e,r)=>{
let o=e.startsWith("file://")?e.slice(7):void 0;o!==void 0&&ko(r,o);let n=o!==void 0?(0,wy.readFileSync)(o,"utf8"):e;if(n.length>t)throw new w(r,e,`is longer th\
an ECR Public's limit of ${t} characters`);return n}}),Cy={type:"string",parse:(t,e)=>{let r=Xd(t);if(!r)throw new w(e,t,"is not a git ref: `refs/tags/NAME`, `r\
efs/heads/NAME` or `refs/pull/N/merge`");return r}},tu=t=>t.startsWith(eu),vy=t=>/^[a-z0-9][a-z0-9-]{1,49}\//.test(t.slice(eu.length))?void 0:"is not `public.ec\
r.aws/<alias>/<name>`";function Mr(t){return tu(t)?t.slice(eu.length).split("/").slice(1).join("/"):t}var Ay="[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})",by="[A-Za-z0-9.\
_-]{1,100}",sk=new RegExp(`^${Ay}/${by}$`),ik=new RegExp(`^${Ay}@\\d{1,20}/${by}@\\d{1,20}$`),Py=/^(?!\/|-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/+@*?#-]{1,255}$/,Oy=/^[^\x00-\x1f\x7f:]{1,255}$/,
ru=/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,Ny=/^[A-Za-z0-9._/+@*#-]{1,255}$/,Dy=/^arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)$/,
ky=/^[a-z0-9*][a-z0-9._/*-]{0,255}$/,ak=/^(?:https:\/\/)?[a-z0-9.-]+(?::\d+)?(?:\/[\w./-]+)?$/i,$y=t=>sk.test(t)||ik.test(t)?void 0:"is not a GitHub repository \
like `octo-org/octo-repo`, or `octo-org@123456/octo-repo@456789` with the immutable ids",Ly=ne(Py,"is not a git branch name"),Uy=ne(Py,"is not a git tag name"),
Fy=t=>t.length>=2&&t.length<=30&&!Be.repository(t)?void 0:"is not a pull-through cache prefix (2\u201330 characters, ECR's repository naming rule)",My={type:"st\
ring",parse:(t,e)=>(gn(e,t,ak.test(t)?void 0:"is not an OIDC issuer like `ghe.example.com/_services/token`"),t.replace(/^https:\/\//,"").replace(/\/+$/,""))},ou={
type:"string",parse:t=>!/^(false|0)$/i.test(t)};function ck(t){return t.GITHUB_ACTIONS==="true"?"github":t.CIRCLECI==="true"?"circleci":"other"}function yn(t,e=process.env,r="deliver"){let o=ck(e),n=r==="logi\
n"?"":mk(t,e);return{ci:o,region:su(t.awsRegion,e),commitSha:n,sessionName:t.roleSessionName??fk(e),sourceUrl:gk(e),release:r==="login"?{tags:[]}:pk(t,e,o,n)}}function pk(t,e,r,o){
if(!t.semverTags&&!t.branchTag)return{tags:[]};let n=t.gitRef??lk(r,e,o),s=xy(n,t);return Ry(s,n,Be.tag),s}function lk(t,e,r){if(t==="github")return hy(e,jy(e));
if(t==="circleci")return yy(e);let o=nu(["describe","--tags","--exact-match",r]);if(o)return{tag:o};let n=nu(["symbolic-ref","--short","-q","HEAD"]);return n?{branch:n}:
{}}function nu(t){try{return(0,By.execFileSync)("git",t,{encoding:"utf8",stdio:["ignore","pipe","ignore"]}).trim()||void 0}catch{return}}function jy(t){if(!t.GITHUB_EVENT_PATH)
return{};try{return JSON.parse((0,Hy.readFileSync)(t.GITHUB_EVENT_PATH,"utf8"))}catch{return{}}}function su(t,e){let r=t??(e.AWS_REGION||e.AWS_DEFAULT_REGION);if(!r)
throw new w("aws-region","","is required: set aws-region, or AWS_REGION / AWS_DEFAULT_REGION");let o=Be.region(r);if(o)throw new w("aws-region",r,o);return r}function Zr(t){
return t.startsWith("cn-")?"aws-cn":t.startsWith("us-gov-")?"aws-us-gov":"aws"}function dk(t){if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")){let e=jy(
t).pull_request?.head?.sha;if(e)return e}return t.GITHUB_SHA}var uk=()=>nu(["rev-parse","HEAD"]);function mk(t,e){let r=(t.commitSha??dk(e)??e.CIRCLE_SHA1??uk())?.
toLowerCase();if(!r)throw new w("commit-sha","","is required outside GitHub and CircleCI when `git rev-parse HEAD` has no answer");let o=Be.commitSha(r);if(o)throw new w(
"commit-sha",r,o);return r}function fk(t){return`ecr-deliver-${t.GITHUB_RUN_ID?`${t.GITHUB_RUN_ID}-${t.GITHUB_RUN_ATTEMPT??"1"}`:t.CIRCLE_BUILD_NUM??t.CIRCLE_WORKFLOW_JOB_ID??
String(Date.now())}`.replace(/[^\w+=,.@-]/g,"-").slice(0,64)}function gk(t){if(t.GITHUB_REPOSITORY)return`${t.GITHUB_SERVER_URL??"https://github.com"}/${t.GITHUB_REPOSITORY}`;
let e=t.CIRCLE_REPOSITORY_URL;if(e){let r=/^git@([^:]+):(.+?)(?:\.git)?$/.exec(e);return r?`https://${r[1]}/${r[2]}`:e.replace(/\.git$/,"")}return""}var ir=require("node:fs"),ia=require("node:os"),eo=require("node:path"),hk=["auths","credHelpers","credsStore","currentContext","proxies"],yk=["buildx","cli-plu\
gins","contexts"];function iu(t){return t.DOCKER_CONFIG||(0,eo.join)(t.HOME||(0,ia.homedir)(),".docker")}var sa=class t{constructor(e){this.dir=e;process.once("\
exit",this.onExit)}dir;removed=!1;onExit=()=>this.remove();static create(e){let r=new t((0,ir.mkdtempSync)((0,eo.join)((0,ia.tmpdir)(),"ecr-deliver-docker-"))),
o=iu(e);(0,ir.writeFileSync)((0,eo.join)(r.dir,"config.json"),JSON.stringify(Ek((0,eo.join)(o,"config.json")),null,2),{mode:384});for(let n of yk)(0,ir.existsSync)(
(0,eo.join)(o,n))&&(0,ir.symlinkSync)((0,eo.join)(o,n),(0,eo.join)(r.dir,n));return r}remove(){this.removed||(this.removed=!0,process.off("exit",this.onExit),(0,ir.rmSync)(
this.dir,{recursive:!0,force:!0}))}};function Ek(t){let e;try{e=JSON.parse((0,ir.readFileSync)(t,"utf8"))}catch{return{}}let r=Object.fromEntries(hk.filter(o=>e[o]!==
void 0).map(o=>[o,e[o]]));return typeof e.credsStore=="string"&&e.credsStore?xk(r,e.credsStore):r}function xk(t,e){let{credsStore:r,...o}=t,n=t.auths??{},s={};for(let[
i,a]of Object.entries(n))a?.auth||(s[i]=e);return{...o,credHelpers:{...s,...t.credHelpers}}}var Sk=[/^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/,/^ACTIONS_RUNTIME_TOKEN$/,/^CIRCLE_OIDC_TOKEN/,/^INPUT_/];function En(t,e){let r=Object.fromEntries(Object.entries(
t).filter(([o])=>!Sk.some(n=>n.test(o))));return e?{...r,...Rk(t),DOCKER_CONFIG:e}:r}function Rk(t){return t.DOCKER_CERT_PATH||!(t.DOCKER_TLS_VERIFY||t.DOCKER_TLS)?
{}:{DOCKER_CERT_PATH:iu(t)}}var _k=3e3,xn=class{constructor(e,r){this.seconds=e;this.lifetime=r;this.expired=new Promise((o,n)=>{this.fail=n}),this.expired.catch(()=>{})}seconds;lifetime;controller=new AbortController;waiting=[];timer;fail;ending=!1;expired;onCancel=()=>this.
end(new ra(this.lifetime?.cancelled?.reason,this.stillWaiting()));get ms(){return this.seconds*1e3}get signal(){return this.controller.signal}async bound(e){this.
timer=setTimeout(()=>this.end(new Xr(this.seconds,this.stillWaiting())),this.ms);let r=this.lifetime?.cancelled;r?.aborted&&this.onCancel(),r?.addEventListener(
"abort",this.onCancel);try{let o=e().catch(n=>this.ending?this.expired:Promise.reject(n));return await Promise.race([o,this.expired])}finally{clearTimeout(this.
timer),r?.removeEventListener("abort",this.onCancel)}}async watch(e,r){this.controller.signal.throwIfAborted(),this.waiting.push(e);try{return await r()}finally{
this.waiting.splice(this.waiting.indexOf(e),1)}}stillWaiting(){return[...new Set(this.waiting)]}end(e){if(this.ending)return;this.ending=!0,clearTimeout(this.timer),
this.controller.abort(),(this.lifetime?.stopChildren(_k)??Promise.resolve()).then(()=>this.fail(e))}};function Sn(t,e,r){return t?t.watch(e,r):r()}var Rn=require("node:fs"),sE=require("node:os"),du=require("node:path");var $o=require("node:fs");var wk=/^[A-Za-z0-9_.-]{1,128}$/,Ik=/^[A-Za-z_][A-Za-z0-9_]*$/,Tk=/^[A-Za-z_][A-Za-z0-9_]*=/,Ck=/^(PATH|HOME|DOCKER_\w*|BUILDX_\w*|BUILDKIT_\w*|ECR_DELIVER_\w*)$/,
vk=t=>`ECR_DELIVER_BUILD_SECRET_${t}`,ms=t=>t.split(`
`).map(e=>e.replace(/\r$/,"").trim()).filter(Boolean),Gy=t=>t.includes("=")?`${t.split("=")[0]}=***`:"***";function au(t,e,r){let o=e.slice(0,Math.max(0,e.indexOf(
"=")));if(!o||!wk.test(o))throw new w(t,Gy(e),"is not `id=\u2026` with an id of letters, digits, `_`, `.` or `-`");if(r?.has(o))throw new w(t,Gy(e),"repeats a s\
ecret id");return r?.add(o),o}var zy={type:"list",parse:(t,e)=>{let r=new Set;return ms(t).map(o=>{let n=au(e,o,r),s=o.slice(n.length+1),i=/^env:(.*)$/.exec(s)?.[1];
if(i!==void 0&&!Ik.test(i))throw new w(e,`${n}=env:${i}`,"names no valid environment variable");if(i===void 0&&s==="")throw new w(e,`${n}=`,"has an empty value");
return i!==void 0?{id:n,env:i}:{id:n,value:s}})}},Vy={type:"list",parse:(t,e)=>{let r=new Set;return ms(t).map(o=>{let n=au(e,o,r),s=o.slice(n.length+1);if(!(0,$o.existsSync)(
s)||!(0,$o.statSync)(s).isFile())throw new w(e,`${n}=${s}`,"does not name a readable file");return{id:n,path:s}})}},qy={type:"list",parse:(t,e)=>ms(t).map(r=>{if(!r.
includes("=")){if(r!=="default")throw new w(e,r,"is not `default` or `id=PATH`");return{id:r}}let o=au(e,r),n=r.slice(o.length+1);if(!(0,$o.existsSync)(n))throw new w(
e,r,"names no existing key file or agent socket");return{id:o,path:n}})},Wy={type:"list",parse:(t,e)=>{let r=ms(t);for(let o of r){let n=o.split("=")[0];if(!Tk.
test(o))throw new w(e,o.includes("=")?`${n.slice(0,40)}=***`:"***","is not `KEY=VALUE` with KEY made of letters, digits and `_`");if(Ck.test(n))throw new w(e,`${n}\
=***`,"is a name the docker CLI reads from its own environment (PATH, HOME, DOCKER_*, BUILDX_*, BUILDKIT_*)")}return[...new Set(r)]}};function fs(t){return{inline:t.
secrets,files:t.secretFiles,ssh:t.ssh}}var aa=t=>t.inline.length?"secrets":t.files.length?"secret-files":t.ssh.length?"ssh":void 0;function Ky(t,e){let r=new Set(
t.inline.map(o=>o.id));for(let o of t.files)if(r.has(o.id))throw new w("secret-files",`${o.id}=${o.path}`,"repeats an id of `secrets`");for(let o of t.inline)if(o.
env&&e[o.env]===void 0)throw new w("secrets",`${o.id}=env:${o.env}`,"names an environment variable that is not set");for(let o of t.ssh)if(!o.path&&!e.SSH_AUTH_SOCK)
throw new w("ssh",o.id,"needs an SSH agent (SSH_AUTH_SOCK is not set), or use `id=PATH` with a key file")}function Jy(t,e){let r=[];for(let o of t.inline){let n=o.
value??e[o.env];n&&r.push(n)}for(let o of t.files){let n=(0,$o.readFileSync)(o.path,"utf8");n.length<=65536&&r.push(n.trim(),...ms(n).filter(s=>s.length>=4))}return[
...new Set(r.filter(Boolean))]}function Yy(t){let e=[],r={};t.inline.forEach((o,n)=>{let s=o.env??vk(n);o.value!==void 0&&(r[s]=o.value),e.push("--secret",`id=${o.
id},env=${s}`)});for(let o of t.files)e.push("--secret",`id=${o.id},src=${o.path}`);for(let o of t.ssh)e.push("--ssh",o.path?`${o.id}=${o.path}`:o.id);return{argv:e,
env:r}}var Xy={buildx:"buildx (docker buildx build)",buildkit:"the daemon's embedded BuildKit (DOCKER_BUILDKIT=1 docker build)",classic:"the classic builder (DOCKER_BU\
ILDKIT=0 docker build)"};function cu(t){let e=t.DOCKER_BUILDKIT;if(e!==void 0){if(/^(1|t|true)$/i.test(e))return!0;if(/^(0|f|false)$/i.test(e))return!1}}async function Qy(t,e,r={}){
let o=cu(e),n=r.buildx??r.buildkit;if(o===!1){if(n)throw new Ie(`${n} needs BuildKit, but DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} selects the classic builder`,"uns\
et DOCKER_BUILDKIT (or set it to 1), or drop the option");return"classic"}let[s,i]=await Promise.all([t.buildx(),t.embeddedBuildkit()]);if(s)return"buildx";if(r.
buildx)throw new Ie(`${r.buildx} needs docker buildx, which this machine does not have`,"install the buildx plugin (GitHub: docker/setup-buildx-action; CircleCI\
: the machine executor has it), or drop the option");if(i)return"buildkit";let a="install the buildx plugin (GitHub: docker/setup-buildx-action), or use a docke\
r CLI older than 23 with the daemon's embedded BuildKit";if(r.buildkit)throw new Ie(`${r.buildkit} needs BuildKit, but this docker CLI cannot build with BuildKi\
t without the buildx plugin`,a);if(o===!0)throw new Ie(`DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} asks for BuildKit, but this docker CLI cannot build with BuildKit w\
ithout the buildx plugin`,a);return"classic"}function Zy(t){let e=r=>new RegExp(`^${r}:\\s*(\\S+)`,"m").exec(t)?.[1];return{name:e("Name"),driver:e("Driver")}}function eE(t){
try{return(JSON.parse(t)??[]).some(([r,o])=>r==="driver-type"&&o.startsWith("io.containerd.snapshotter"))}catch{return}}function tE(t){if(t.driver)return t.driver!==
"docker"?!0:t.containerdStore}var Ak='turn on the containerd image store ({"features":{"containerd-snapshotter":true}} in daemon.json), use a buildx builder of \
another driver (docker buildx create --use --driver docker-container), or build one platform per job';function pu(t,e){return new Ie(`platform ${t} needs a buil\
der that builds several platforms: ${e}`,Ak)}var rE=3,bk=/\b5\d\d\b|Service Unavailable|Bad Gateway|Gateway Time-?out|connection reset|broken pipe|\bEOF\b|i\/o timeout|TLS handshake timeout|connection refused|Client\.Timeout|too ?many ?requests|\b429\b|net\/http/i,
oE=/no basic auth credentials|authentication required|unauthorized|\b401\b|authorization token has expired|denied: Your authorization token/i,nE=t=>t.startsWith(
"-")?`./${t}`:t;function iE(t,e){let r={};return t.platform?.includes(",")?r.buildx="platform":t.provenance&&(r.buildx="provenance"),r.buildkit=aa(e),r}function Pk(t,e,r){
let o=e==="buildx",n=o?["buildx","build"]:["build"],s=o?{}:{DOCKER_BUILDKIT:e==="buildkit"?"1":"0"};n.push("--file",nE(t.dockerfile)),e==="classic"&&n.push("--f\
orce-rm");for(let i of t.tags)n.push("--tag",i);for(let[i,a]of Object.entries(t.labels))n.push("--label",`${i}=${a}`);for(let i of t.buildArgs){let a=i.indexOf(
"=");s[i.slice(0,a)]=i.slice(a+1),n.push("--build-arg",i.slice(0,a))}if(t.target&&n.push("--target",t.target),t.platform&&n.push("--platform",t.platform),e!=="c\
lassic"){let i=Yy(t.secrets);n.push(...i.argv),Object.assign(s,i.env)}return t.cache&&(o&&n.push("--cache-to","type=inline"),e==="buildkit"&&n.push("--build-arg",
"BUILDKIT_INLINE_CACHE=1"),t.cache.from&&n.push("--cache-from",o?`type=registry,ref=${t.cache.from}`:t.cache.from)),o&&(n.push("--provenance",t.provenance?"mode\
=max":"false"),t.provenance&&n.push("--sbom","true"),n.push(t.pushFromBuilder?"--push":"--load"),r&&n.push("--metadata-file",r)),n.push(nE(t.context)),{argv:n,env:s}}
function Ok(t){return/digest: (sha256:[a-f0-9]{64})/.exec(t)?.[1]}var lu=1e4,to=class{constructor(e,r,o,n=process.env){this.runner=e;this.reporter=r;this.deadline=
o;this.env=n}runner;reporter;deadline;env;run(e,r,o){return Sn(this.deadline,`docker ${r[0]==="buildx"?`buildx ${r[1]}`:r[0]}`,()=>this.runner(e,r,{...o,env:o?.
env?{...this.env,...o.env}:this.env}))}async check(){let e;try{e=await this.run("docker",["version","--format","{{.Server.Version}}"],{silent:!0,timeoutMs:lu})}catch{
throw new Ie("docker is not installed: no `docker` command on PATH","use a runner or executor with Docker (CircleCI: the machine executor, or a docker image wit\
h setup_remote_docker)")}if(e.timedOut)throw new Ie(`the docker daemon did not answer within ${lu/1e3} s (docker version)`,"the daemon is hung or overloaded: re\
start the docker engine (or check DOCKER_HOST / the docker context)");if(e.code!==0){let r=e.stderr.trim().split(`
`).pop()??"";throw new Ie(`the docker daemon is not reachable: ${r}`,"start the docker engine (CircleCI docker executor: add `setup_remote_docker`; or use the m\
achine executor)")}}buildx;embedded;chosen;hasBuildx(){return this.buildx??=this.run("docker",["buildx","version"],{silent:!0}).then(e=>e.code===0,()=>!1),this.
buildx}drivesEmbeddedBuildkit(){return this.embedded??=this.run("docker",["build","--help"],{silent:!0,env:{DOCKER_BUILDKIT:"1"}}).then(e=>e.code===0,()=>!1),this.
embedded}builder(e){return this.chosen??=Qy({buildx:()=>this.hasBuildx(),embeddedBuildkit:()=>this.drivesEmbeddedBuildkit()},this.env,e).then(r=>(this.reporter.
info(`Builder: ${Xy[r]}`),r)),this.chosen}logins=Promise.resolve();login(e){let r=this.logins.then(()=>this.loginNow(e));return this.logins=r.catch(()=>{}),r}async loginNow(e){
this.reporter.secret(e.password),this.reporter.secret(Buffer.from(`${e.username}:${e.password}`).toString("base64"));let r=await this.run("docker",["login","--u\
sername",e.username,"--password-stdin",e.host],{input:Buffer.from(e.password),output:this.reporter.output});if(r.code!==0)throw new It(`docker login to ${e.host}\
 failed: ${yr(r)}`)}async logout(e){await this.run("docker",["logout",e],{output:this.reporter.output})}async build(e,r){let o=r==="buildx"?(0,Rn.mkdtempSync)((0,du.join)(
(0,sE.tmpdir)(),"ecr-deliver-")):void 0,n=o?(0,du.join)(o,"metadata.json"):void 0;try{let s=await this.runBuild(e,r,n);if(s.code!==0&&e.cache&&/cache/i.test(yr(
s))&&(this.reporter.warning(`the build failed on the layer cache (${yr(s)}); building again without it`),s=await this.runBuild({...e,cache:void 0},r,n)),s.code!==
0&&e.platform&&/Multi-platform build is not supported/i.test(s.stderr))throw pu(e.platform,yr(s).replace(/^ERROR: /,""));if(s.code!==0)throw new It(`docker ${r===
"buildx"?"buildx build":"build"} failed (exit ${s.code}): ${yr(s)}`);return!n||!e.pushFromBuilder?void 0:JSON.parse((0,Rn.readFileSync)(n,"utf8"))["containerima\
ge.digest"]}finally{o&&(0,Rn.rmSync)(o,{recursive:!0,force:!0})}}runBuild(e,r,o){let{argv:n,env:s}=Pk(e,r,o);return this.run("docker",n,{output:this.reporter.output,
env:s})}async pullCache(e){let r=await this.run("docker",["pull","--quiet",e],{output:this.reporter.output});return r.code!==0&&this.reporter.warning(`no layer \
cache: docker pull ${e} failed (${yr(r)}); building without it`),r.code===0}async tag(e,r){let o=await this.run("docker",["tag",e,r],{output:this.reporter.output});
if(o.code!==0)throw new It(`docker tag ${e} ${r} failed: ${yr(o)}`)}async push(e,r){let o=!1;for(let n=1;;n++){let s=await this.run("docker",["push",e],{output:this.
reporter.output}),i=`${s.stdout}
${s.stderr}`;if(s.code===0){let a=Ok(i);if(!a)throw new It(`docker push ${e} printed no digest`);return a}if(oE.test(i)&&!o){o=!0,this.reporter.warning(`the reg\
istry refused the credentials (${yr(s)}); logging in again`),await r();continue}if(oE.test(i))throw new It(`docker push ${e} was refused after a fresh login: ${yr(
s)}`,"the credentials need ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage and ecr:BatchCheckLayerAvailability");if(!bk.test(
i)||n>=rE)throw new It(`docker push ${e} failed after ${n} attempt(s): ${yr(s)}`);this.reporter.warning(`docker push failed (${yr(s)}); retrying (${n}/${rE-1})`),
await new Promise(a=>setTimeout(a,1e3*2**(n-1)))}}async checkPlatforms(e){if(!e?.includes(",")||await this.builder()!=="buildx")return;let r=c=>this.run("docker",
c,{silent:!0,timeoutMs:lu}).then(l=>l.code===0?l.stdout:void 0,()=>{}),o=await r(["buildx","inspect"]),{name:n,driver:s}=o?Zy(o):{},i=s==="docker"?await r(["inf\
o","--format","{{json .DriverStatus}}"]):void 0,a=i===void 0?void 0:eE(i);if(tE({name:n,driver:s,containerdStore:a})===!1)throw pu(e,`buildx's builder ${n??"(cu\
rrent)"} uses the docker driver, and the daemon the classic image store`)}},Nk=/^(DEPRECATED:|Install the buildx|https:\/\/docs\.docker\.com\/|WARNING!|Configure a credential helper)/;
function yr(t){let e=n=>n.split(`
`).map(s=>s.trim()).filter(s=>s&&!Nk.test(s)),r=e(t.stdout),o=e(t.stderr);return o.filter(n=>n.startsWith("ERROR: ")).pop()??o.pop()??[...r].reverse().find(n=>/error|denied|fail|unauthorized/i.
test(n))??r.pop()??`exit ${t.code}`}var ZO=require("node:fs");var QO=require("node:fs");M();st();T();$();W();F();ut();X();we();T();var s0=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function TL(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}var i0=t=>{let e=[];switch(t.operation){default:e.push(TL(t))}return e},a0=t=>{let e=dr(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??
[])})};var c0=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr"}),p0={UseFIPS:{type:"b\
uiltInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInPar\
ams",name:"useDualstackEndpoint"}};var l0={name:"@aws-sdk/client-ecr",version:"3.1169.0",description:"AWS SDK for JavaScript Ecr Client for Node.js, Browser and React Native",homepage:"https://gi\
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
engines:{node:">=20.0.0"}};M();we();Gf();$();$();var pT="AWS_EC2_METADATA_DISABLED",lT=async t=>{let{ENV_CMDS_FULL_URI:e,ENV_CMDS_RELATIVE_URI:r,fromContainerMetadata:o,fromInstanceMetadata:n}=await Promise.resolve().then(()=>(Bc(),Mc));
if(process.env[r]||process.env[e]){t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");let{fromHttp:s}=await Promise.resolve().then(()=>(tg(),eg));
return Fo(s(t),o(t))}return process.env[pT]&&process.env[pT]!=="false"?async()=>{throw new R("EC2 Instance Metadata Service access disabled",{logger:t.logger})}:
(t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata"),n(t))};function dT(t,e){let r=t1(t),o,n,s,i,a=async c=>{if(c?.forceRefresh)return i||(i=r(c).then(l=>{s=l}).finally(()=>{i=void 0})),await i,s;if(s?.expiration&&s?.expiration?.
getTime()<Date.now()&&(s=void 0),o)await o;else if(!s||e?.(s))if(s)n||(n=r(c).then(l=>{s=l}).catch(()=>{}).finally(()=>{n=void 0}));else return o=r(c).then(l=>{
s=l}).finally(()=>{o=void 0}),a(c);return s};return a}var t1=t=>async e=>{let r;for(let o of t)try{return await o(e)}catch(n){if(r=n,n?.tryNextLink)continue;throw n}
throw r};var BP=!1,Hi=(t={})=>dT([async()=>{if(t.profile??process.env[Ea])throw process.env[Js]&&process.env[Ys]&&(BP||((t.logger?.warn&&t.logger?.constructor?.name!=="N\
oOpLogger"?t.logger.warn.bind(t.logger):console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`),BP=!0)),new R("AWS_PROFILE is set, skipping fromEnv provider.",{logger:t.logger,tryNextLink:!0});return t.logger?.debug("@aws-sdk/credential-provider-node - \
defaultProvider::fromEnv"),Oc(t)()},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");let{ssoStartUrl:r,ssoAccountId:o,ssoRegion:n,
ssoRoleName:s,ssoSession:i}=t;if(!r&&!o&&!n&&!s&&!i)throw new R("Skipping SSO provider in default chain (inputs do not include SSO fields).",{logger:t.logger});
let{fromSSO:a}=await Promise.resolve().then(()=>(Ng(),Og));return a(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromI\
ni");let{fromIni:r}=await Promise.resolve().then(()=>(MP(),FP));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::\
fromProcess");let{fromProcess:r}=await Promise.resolve().then(()=>(xh(),Eh));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defa\
ultProvider::fromTokenFile");let{fromTokenFile:r}=await Promise.resolve().then(()=>(kp(),wh));return r(t)(e)},async()=>(t.logger?.debug("@aws-sdk/credential-pro\
vider-node - defaultProvider::remoteProvider"),(await lT(t))()),async()=>{throw new R("Could not load credentials from any providers",{tryNextLink:!1,logger:t.logger})}],
HP);var HP=t=>t?.expiration!==void 0&&t.expiration.getTime()-Date.now()<3e5;T();$();ut();k();fo();we();Zo();en();T();F();k();M();W();W();var Xn="ref",cn=-1,$p=!0,jP="isSet",Ch="PartitionResult",bo="stringEquals",Lp="booleanEquals",Th="getAttr",GP={[Xn]:"Endpoint"},Po={fn:Th,argv:[{[Xn]:Ch},"n\
ame"]},zP={[Xn]:Ch},pn={},VP=[{[Xn]:"Region"}],qP={conditions:[[jP,[GP]],[jP,VP],["aws.partition",VP,Ch],[bo,[Po,"aws-eusc"]],[bo,[Po,"aws-iso-f"]],[bo,[Po,"aws\
-iso-e"]],[bo,[Po,"aws-iso-b"]],[bo,[Po,"aws-iso"]],[bo,[Po,"aws-cn"]],[bo,[Po,"aws-us-gov"]],[bo,[Po,"aws"]],[Lp,[{[Xn]:"UseFIPS"},$p]],[Lp,[{fn:Th,argv:[zP,"s\
upportsFIPS"]},$p]],[Lp,[{[Xn]:"UseDualStack"},$p]],[Lp,[{fn:Th,argv:[zP,"supportsDualStack"]},$p]]],results:[[cn],[cn,"Invalid Configuration: FIPS and custom e\
ndpoint are not supported"],[cn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[GP,pn],["https://api.ecr.{Region}.{PartitionResult#dn\
sSuffix}",pn],["https://ecr.{Region}.{PartitionResult#dualStackDnsSuffix}",pn],["https://api.ecr-fips.{Region}.{PartitionResult#dnsSuffix}",pn],["https://ecr-fi\
ps.{Region}.{PartitionResult#dualStackDnsSuffix}",pn],["https://api.ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",pn],[cn,"FIPS and DualStack are enab\
led, but this partition does not support one or both"],[cn,"FIPS is enabled but this partition does not support FIPS"],["https://api.ecr.{Region}.{PartitionResu\
lt#dualStackDnsSuffix}",pn],[cn,"DualStack is enabled but this partition does not support DualStack"],[cn,"Invalid Configuration: Missing Region"]]},jM=2,Ue=1e8,
GM=new Int32Array([-1,1,-1,0,23,3,1,4,Ue+13,2,5,Ue+13,3,20,6,4,20,7,5,20,8,6,20,9,7,20,10,8,20,11,9,20,12,10,20,13,11,16,14,13,15,Ue+4,14,Ue+11,Ue+12,12,18,17,13,
Ue+9,Ue+10,13,19,Ue+6,14,Ue+8,Ue+9,11,22,21,13,Ue+5,Ue+4,13,Ue+7,Ue+6,11,Ue+1,24,13,Ue+2,Ue+3]),WP=rt.from(GM,jM,qP.conditions,qP.results);var zM=new ot({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),KP=(t,e={})=>zM.get(t,()=>Bt(WP,{endpointParams:t,logger:e.logger}));Pe.aws=mt;X();T();var C=class t extends et{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ecr#ECRServiceException";constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var Up=class t extends C{static shapeId="com.amazonaws.ecr#InvalidParameterException";name="InvalidParameterException";$fault="client";constructor(e){super({name:"\
InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Fp=class t extends C{static shapeId="com.amazonaws.ecr#RepositoryNot\
FoundException";name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Mp=class t extends C{static shapeId="com.amazonaws.ecr#ServerException";name="ServerException";$fault="server";constructor(e){super({name:"S\
erverException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},Bp=class t extends C{static shapeId="com.amazonaws.ecr#LimitExceededException";name="\
LimitExceededException";$fault="client";constructor(e){super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Hp=class t extends C{static shapeId="\
com.amazonaws.ecr#UnableToGetUpstreamImageException";name="UnableToGetUpstreamImageException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamIma\
geException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},jp=class t extends C{static shapeId="com.amazonaws.ecr#ValidationException";name="\
ValidationException";$fault="client";constructor(e){super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Gp=class t extends C{static shapeId="\
com.amazonaws.ecr#EmptyUploadException";name="EmptyUploadException";$fault="client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},zp=class t extends C{static shapeId="com.amazonaws.ecr#InvalidLayerException";name="InvalidLayerException";$fault="client";constructor(e){
super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Vp=class t extends C{static shapeId="com.amazonaws.ecr#KmsE\
xception";name="KmsException";$fault="client";kmsError;constructor(e){super({name:"KmsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.kmsError=e.kmsError}},qp=class t extends C{static shapeId="com.amazonaws.ecr#LayerAlreadyExistsException";name="LayerAlreadyExistsException";$fault="client";constructor(e){
super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Wp=class t extends C{static shapeId="com.amazonaws.ec\
r#LayerPartTooSmallException";name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Kp=class t extends C{static shapeId="com.amazonaws.ecr#UploadNotFoundException";name="UploadNotFoundException";$fault="client";constructor(e){
super({name:"UploadNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Jp=class t extends C{static shapeId="com.amazonaws.ecr#Pu\
llThroughCacheRuleAlreadyExistsException";name="PullThroughCacheRuleAlreadyExistsException";$fault="client";constructor(e){super({name:"PullThroughCacheRuleAlre\
adyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Yp=class t extends C{static shapeId="com.amazonaws.ecr#SecretNotFoundExcept\
ion";name="SecretNotFoundException";$fault="client";constructor(e){super({name:"SecretNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Xp=class t extends C{static shapeId="com.amazonaws.ecr#UnableToAccessSecretException";name="UnableToAccessSecretException";$fault="client";constructor(e){super(
{name:"UnableToAccessSecretException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Qp=class t extends C{static shapeId="com.amazonaws.ecr#Un\
ableToDecryptSecretValueException";name="UnableToDecryptSecretValueException";$fault="client";constructor(e){super({name:"UnableToDecryptSecretValueException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},Zp=class t extends C{static shapeId="com.amazonaws.ecr#UnsupportedUpstreamRegistryException";name="Unsu\
pportedUpstreamRegistryException";$fault="client";constructor(e){super({name:"UnsupportedUpstreamRegistryException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},el=class t extends C{static shapeId="com.amazonaws.ecr#InvalidTagParameterException";name="InvalidTagParameterException";$fault="client";constructor(e){
super({name:"InvalidTagParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},tl=class t extends C{static shapeId="com.amazonaws.e\
cr#RepositoryAlreadyExistsException";name="RepositoryAlreadyExistsException";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},rl=class t extends C{static shapeId="com.amazonaws.ecr#TooManyTagsException";name="TooManyTagsException";$fault="\
client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ol=class t extends C{static shapeId="\
com.amazonaws.ecr#TemplateAlreadyExistsException";name="TemplateAlreadyExistsException";$fault="client";constructor(e){super({name:"TemplateAlreadyExistsExcepti\
on",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},nl=class t extends C{static shapeId="com.amazonaws.ecr#LifecyclePolicyNotFoundException";name="\
LifecyclePolicyNotFoundException";$fault="client";constructor(e){super({name:"LifecyclePolicyNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},sl=class t extends C{static shapeId="com.amazonaws.ecr#PullThroughCacheRuleNotFoundException";name="PullThroughCacheRuleNotFoundException";$fault="\
client";constructor(e){super({name:"PullThroughCacheRuleNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},il=class t extends C{static shapeId="\
com.amazonaws.ecr#RegistryPolicyNotFoundException";name="RegistryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RegistryPolicyNotFoundExce\
ption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},al=class t extends C{static shapeId="com.amazonaws.ecr#RepositoryNotEmptyException";name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
cl=class t extends C{static shapeId="com.amazonaws.ecr#TemplateNotFoundException";name="TemplateNotFoundException";$fault="client";constructor(e){super({name:"T\
emplateNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},pl=class t extends C{static shapeId="com.amazonaws.ecr#RepositoryPoli\
cyNotFoundException";name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},ll=class t extends C{static shapeId="com.amazonaws.ecr#SigningConfigurationNotFoundException";name="SigningConfigurati\
onNotFoundException";$fault="client";constructor(e){super({name:"SigningConfigurationNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
dl=class t extends C{static shapeId="com.amazonaws.ecr#ExclusionNotFoundException";name="ExclusionNotFoundException";$fault="client";constructor(e){super({name:"\
ExclusionNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ul=class t extends C{static shapeId="com.amazonaws.ecr#ImageNotFoun\
dException";name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},ml=class t extends C{static shapeId="com.amazonaws.ecr#ScanNotFoundException";name="ScanNotFoundException";$fault="client";constructor(e){super({
name:"ScanNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},fl=class t extends C{static shapeId="com.amazonaws.ecr#Replication\
BackfillNotFoundException";name="ReplicationBackfillNotFoundException";$fault="client";constructor(e){super({name:"ReplicationBackfillNotFoundException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},gl=class t extends C{static shapeId="com.amazonaws.ecr#LayerInaccessibleException";name="LayerInaccessi\
bleException";$fault="client";constructor(e){super({name:"LayerInaccessibleException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},hl=class t extends C{static shapeId="\
com.amazonaws.ecr#LayersNotFoundException";name="LayersNotFoundException";$fault="client";constructor(e){super({name:"LayersNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},yl=class t extends C{static shapeId="com.amazonaws.ecr#UnableToGetUpstreamLayerException";name="UnableToGetUpstreamLay\
erException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},El=class t extends C{static shapeId="\
com.amazonaws.ecr#LifecyclePolicyPreviewNotFoundException";name="LifecyclePolicyPreviewNotFoundException";$fault="client";constructor(e){super({name:"LifecycleP\
olicyPreviewNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},xl=class t extends C{static shapeId="com.amazonaws.ecr#UnableToL\
istUpstreamImageReferrersException";name="UnableToListUpstreamImageReferrersException";$fault="client";constructor(e){super({name:"UnableToListUpstreamImageRefe\
rrersException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Sl=class t extends C{static shapeId="com.amazonaws.ecr#ImageAlreadyExistsExcept\
ion";name="ImageAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},Rl=class t extends C{static shapeId="com.amazonaws.ecr#ImageDigestDoesNotMatchException";name="ImageDigestDoesNotMatchException";$fault="client";constructor(e){
super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},_l=class t extends C{static shapeId="com.amazona\
ws.ecr#ImageTagAlreadyExistsException";name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},wl=class t extends C{static shapeId="com.amazonaws.ecr#ReferencedImagesNotFoundException";name="Referen\
cedImagesNotFoundException";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Il=class t extends C{static shapeId="com.amazonaws.ecr#BlockedByOrganizationPolicyException";name="BlockedByOrganizationPolicyException";$fault="client";constructor(e){
super({name:"BlockedByOrganizationPolicyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Tl=class t extends C{static shapeId="com.ama\
zonaws.ecr#ExclusionAlreadyExistsException";name="ExclusionAlreadyExistsException";$fault="client";constructor(e){super({name:"ExclusionAlreadyExistsException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Cl=class t extends C{static shapeId="com.amazonaws.ecr#ImageArchivedException";name="ImageArchi\
vedException";$fault="client";constructor(e){super({name:"ImageArchivedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},vl=class t extends C{static shapeId="\
com.amazonaws.ecr#UnsupportedImageTypeException";name="UnsupportedImageTypeException";$fault="client";constructor(e){super({name:"UnsupportedImageTypeException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Al=class t extends C{static shapeId="com.amazonaws.ecr#LifecyclePolicyPreviewInProgressExceptio\
n";name="LifecyclePolicyPreviewInProgressException";$fault="client";constructor(e){super({name:"LifecyclePolicyPreviewInProgressException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},bl=class t extends C{static shapeId="com.amazonaws.ecr#ReplicationBackfillInProgressException";name="ReplicationBackfi\
llInProgressException";$fault="client";constructor(e){super({name:"ReplicationBackfillInProgressException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Pl=class t extends C{static shapeId="com.amazonaws.ecr#ReplicationBackfillInvalidStatusException";name="ReplicationBackfillInvalidStatusException";$fault="clien\
t";constructor(e){super({name:"ReplicationBackfillInvalidStatusException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ol=class t extends C{static shapeId="\
com.amazonaws.ecr#ImageStorageClassUpdateNotSupportedException";name="ImageStorageClassUpdateNotSupportedException";$fault="client";constructor(e){super({name:"\
ImageStorageClassUpdateNotSupportedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Nl=class t extends C{static shapeId="com.amazonaw\
s.ecr#InvalidLayerPartException";name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){super(
{name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}};var VM="Attribute",qM="AuthorizationData",WM="AuthorizationDataList",KM="AwsEcrContainerImageDetails",JM="AttributeList",YM="BlockedByOrganizationPolicyExceptio\
n";var XM="BatchGetImage",QM="BatchGetImageRequest",ZM="BatchGetImageResponse";var eB="CreateRepository";var tB="CreateRepositoryRequest",rB="CreateRepositoryResponse",oB="CvssScore",nB="CvssScoreAdjustment",sB="CvssScoreAdjustmentList",iB="CvssScoreDetails",aB="Cv\
ssScoreList",cB="DescribeImages",pB="DescribeImagesFilter",lB="DescribeImagesRequest";var dB="DescribeImagesResponse",uB="DescribeImageScanFindings",mB="DescribeImageScanFindingsRequest",fB="DescribeImageScanFindingsResponse";var gB="DescribeRepositoriesRequest",hB="DescribeRepositoriesResponse";var yB="DescribeRepositories";var EB="ExclusionAlreadyExistsException",xB="EncryptionConfiguration";var SB="EnhancedImageScanFinding",RB="EnhancedImageScanFindingList",_B="ExclusionNotFoundException",wB="EmptyUploadException";var IB="GetAuthorizationToken",TB="GetAuthorizationTokenRequest",CB="GetAuthorizationTokenResponse";var vB="Image",AB="ImageArchivedException",bB="ImageAlreadyExistsException",PB="ImageDetail",OB="ImageDigestDoesNotMatchException",NB="ImageDetailList",DB="Imag\
eFailure",kB="ImageFailureList",$B="ImageIdentifier",LB="ImageIdentifierList",UB="ImageList",FB="InvalidLayerException",MB="InvalidLayerPartException";var BB="ImageNotFoundException",HB="InvalidParameterException";var jB="ImageScanningConfiguration",GB="ImageStorageClassUpdateNotSupportedException",zB="ImageScanFinding",VB="ImageScanFindingList",qB="ImageScanFindingsSumma\
ry",WB="ImageScanFindings",KB="ImageScanStatus";var JB="ImageTagAlreadyExistsException",YB="ImageTagMutabilityExclusionFilter",XB="ImageTagMutabilityExclusionFilters",QB="InvalidTagParameterException",ZB="Key",
eH="KmsException";var tH="LayerAlreadyExistsException",rH="LimitExceededException";var oH="LayerInaccessibleException";var nH="LayersNotFoundException",sH="LifecyclePolicyNotFoundException";var iH="LifecyclePolicyPreviewInProgressException",aH="LifecyclePolicyPreviewNotFoundException";var cH="LayerPartTooSmallException";var pH="PutImage",lH="PutImageRequest",dH="PutImageResponse";var uH="PutLifecyclePolicy",mH="PutLifecyclePolicyRequest",fH="PutLifecyclePolicyResponse";var gH="PullThroughCacheRuleAlreadyExistsException";var hH="PullThroughCacheRuleNotFoundException",yH="PackageVulnerabilityDetails",EH="Recommendation",xH="RepositoryAlreadyExistsException",SH="ReplicationBackfil\
lInProgressException",RH="ReplicationBackfillInvalidStatusException",_H="ReplicationBackfillNotFoundException";var wH="ResourceDetails";var IH="ReferencedImagesNotFoundException",TH="RepositoryList",CH="ResourceList",vH="RepositoryNotEmptyException",AH="RepositoryNotFoundException",bH="RegistryP\
olicyNotFoundException",PH="RepositoryPolicyNotFoundException";var OH="Remediation",NH="Repository",DH="Resource";var kH="SigningConfigurationNotFoundException",$H="ScoreDetails",LH="ServerException";var UH="StartImageScan",FH="StartImageScanRequest",MH="StartImageScanResponse";var BH="ScanNotFoundException",HH="SecretNotFoundException";var jH="SetRepositoryPolicy",GH="SetRepositoryPolicyRequest",zH="SetRepositoryPolicyResponse",VH="Tag",qH="TemplateAlreadyExistsException";var WH="TagList",KH="TooManyTagsException",JH="TemplateNotFoundException";var YH="UnsupportedImageTypeException";var XH="UploadNotFoundException";var QH="UnableToAccessSecretException",ZH="UnableToDecryptSecretValueException",e2="UnableToGetUpstreamImageException",t2="UnableToGetUpstreamLayerException",r2="\
UnableToListUpstreamImageReferrersException",o2="UnsupportedUpstreamRegistryException",n2="Value",s2="ValidationException",i2="VulnerablePackage",a2="Vulnerable\
PackagesList";var c2="architecture",p2="awsAccountId",l2="authorizationData",d2="awsEcrContainerImage";var u2="acceptedMediaTypes",m2="artifactMediaType";var f2="authorizationToken";var g2="adjustments";var h2="arch",y2="attributes",E2="author";var x2="baseScore",D="client";var S2="createdAt";var JP="cvss",vh="description";var R2="details";var O="error",_2="expiresAt";var w2="exploitAvailable",YP="encryptionConfiguration",I2="enhancedFindings";var T2="encryptionType",C2="epoch",v2="failures",A2="findingArn",b2="fixAvailable",P2="failureCode";var O2="fixedInVersion",N2="firstObservedAt",D2="filePath",k2="failureReason";var XP="findingSeverityCounts",$2="filterType";var QP="filter",L2="findings",U2="force",F2="httpError",M2="images",B2="imageDetails",Ah="imageDigest",H2="imageHash",ZP="imageIds",Qn="imageId",eO="imageManife\
st",bh="imageManifestMediaType",j2="imagePushedAt",tO="imageStatus",rO="imageScanningConfiguration",oO="imageScanCompletedAt",G2="imageScanFindings",z2="imageSc\
anFindingsSummary",V2="imageSizeInBytes",Ph="imageScanStatus",nO="imageTags";var sO="imageTagMutability",iO="imageTagMutabilityExclusionFilters",aO="imageTag",q2="inUseCount";var W2="id",K2="image",J2="key",Y2="kmsError",X2="kmsKey";var Q2="lastArchivedAt",Z2="lastActivatedAt";var e3="lastInUseAt",t3="lastObservedAt";var cO="lifecyclePolicyText",r3="lastRecordedPullTime";var o3="lastValidByteReceived",N="message",Oh="maxResults";var n3="metric",pO="name",Zn="nextToken",s3="platform",i3="pushedAt";var a3="proxyEndpoint";var c3="packageManager";var lO="policyText";var p3="packageVulnerabilityDetails";var l3="registry";var d3="repositoryArn";var Fe="registryId",u3="registryIds",Me="repositoryName",m3="repositoryNames";var f3="referenceUrls",g3="repositoryUri",h3="relatedVulnerabilities",y3="repository",E3="reason",x3="recommendation";var S3="release",R3="remediation",_3="repositories";var w3="resources";var dO="smithy.ts.sdk.synthetic.com.amazonaws.ecr";var I3="scoreDetails";var T3="sourceLayerHash",C3="subjectManifestDigest",v3="scanOnPush";var A3="scoreSource";var b3="sourceUrl",uO="scoringVector",mO="score",P3="server",fO="severity";var gO="source",hO="status";var yO="tags";var O3="tagStatus";var N3="text",D3="title",EO="type",k3="uri",$3="updatedAt",L3="uploadId";var U3="url",F3="value",M3="vendorCreatedAt",B3="vulnerabilityId",H3="vulnerablePackages",j3="vendorSeverity",xO="vulnerabilitySourceUpdatedAt",G3="vendorUpdate\
dAt",Nh="version",E="com.amazonaws.ecr",SO=new Q(dO),z3=[-3,dO,"ECRServiceException",0,[],[]];SO.registerError(z3,C);var A=new Q(E),V3=[-3,E,YM,{[O]:D},[N],[0]];
A.registerError(V3,Il);var q3=[-3,E,wB,{[O]:D},[N],[0]];A.registerError(q3,Gp);var W3=[-3,E,EB,{[O]:D},[N],[0]];A.registerError(W3,Tl);var K3=[-3,E,_B,{[O]:D},[
N],[0]];A.registerError(K3,dl);var J3=[-3,E,bB,{[O]:D},[N],[0]];A.registerError(J3,Sl);var Y3=[-3,E,AB,{[O]:D},[N],[0]];A.registerError(Y3,Cl);var X3=[-3,E,OB,{
[O]:D},[N],[0]];A.registerError(X3,Rl);var Q3=[-3,E,BB,{[O]:D},[N],[0]];A.registerError(Q3,ul);var Z3=[-3,E,GB,{[O]:D},[N],[0]];A.registerError(Z3,Ol);var e4=[-3,
E,JB,{[O]:D},[N],[0]];A.registerError(e4,_l);var t4=[-3,E,FB,{[O]:D},[N],[0]];A.registerError(t4,zp);var r4=[-3,E,MB,{[O]:D},[Fe,Me,L3,o3,N],[0,0,0,1,0]];A.registerError(
r4,Nl);var o4=[-3,E,HB,{[O]:D},[N],[0]];A.registerError(o4,Up);var n4=[-3,E,QB,{[O]:D},[N],[0]];A.registerError(n4,el);var s4=[-3,E,eH,{[O]:D},[N,Y2],[0,0]];A.registerError(
s4,Vp);var i4=[-3,E,tH,{[O]:D},[N],[0]];A.registerError(i4,qp);var a4=[-3,E,oH,{[O]:D},[N],[0]];A.registerError(a4,gl);var c4=[-3,E,cH,{[O]:D},[N],[0]];A.registerError(
c4,Wp);var p4=[-3,E,nH,{[O]:D},[N],[0]];A.registerError(p4,hl);var l4=[-3,E,sH,{[O]:D},[N],[0]];A.registerError(l4,nl);var d4=[-3,E,iH,{[O]:D},[N],[0]];A.registerError(
d4,Al);var u4=[-3,E,aH,{[O]:D},[N],[0]];A.registerError(u4,El);var m4=[-3,E,rH,{[O]:D},[N],[0]];A.registerError(m4,Bp);var f4=[-3,E,gH,{[O]:D},[N],[0]];A.registerError(
f4,Jp);var g4=[-3,E,hH,{[O]:D},[N],[0]];A.registerError(g4,sl);var h4=[-3,E,IH,{[O]:D},[N],[0]];A.registerError(h4,wl);var y4=[-3,E,bH,{[O]:D},[N],[0]];A.registerError(
y4,il);var E4=[-3,E,SH,{[O]:D},[N],[0]];A.registerError(E4,bl);var x4=[-3,E,RH,{[O]:D},[N],[0]];A.registerError(x4,Pl);var S4=[-3,E,_H,{[O]:D},[N],[0]];A.registerError(
S4,fl);var R4=[-3,E,xH,{[O]:D},[N],[0]];A.registerError(R4,tl);var _4=[-3,E,vH,{[O]:D},[N],[0]];A.registerError(_4,al);var w4=[-3,E,AH,{[O]:D},[N],[0]];A.registerError(
w4,Fp);var I4=[-3,E,PH,{[O]:D},[N],[0]];A.registerError(I4,pl);var T4=[-3,E,BH,{[O]:D},[N],[0]];A.registerError(T4,ml);var C4=[-3,E,HH,{[O]:D},[N],[0]];A.registerError(
C4,Yp);var v4=[-3,E,LH,{[O]:P3},[N],[0]];A.registerError(v4,Mp);var A4=[-3,E,kH,{[O]:D},[N],[0]];A.registerError(A4,ll);var b4=[-3,E,qH,{[O]:D},[N],[0]];A.registerError(
b4,ol);var P4=[-3,E,JH,{[O]:D},[N],[0]];A.registerError(P4,cl);var O4=[-3,E,KH,{[O]:D},[N],[0]];A.registerError(O4,rl);var N4=[-3,E,QH,{[O]:D},[N],[0]];A.registerError(
N4,Xp);var D4=[-3,E,ZH,{[O]:D},[N],[0]];A.registerError(D4,Qp);var k4=[-3,E,e2,{[O]:D},[N],[0]];A.registerError(k4,Hp);var $4=[-3,E,t2,{[O]:D},[N],[0]];A.registerError(
$4,yl);var L4=[-3,E,r2,{[O]:D},[N],[0]];A.registerError(L4,xl);var U4=[-3,E,YH,{[O]:D},[N],[0]];A.registerError(U4,vl);var F4=[-3,E,o2,{[O]:D},[N],[0]];A.registerError(
F4,Zp);var M4=[-3,E,XH,{[O]:D},[N],[0]];A.registerError(M4,Kp);var B4=[-3,E,s2,{[O]:D,[F2]:400},[N],[0]];A.registerError(B4,jp);var RO=[SO,A],H4=[3,E,VM,0,[J2,F3],
[0,0],1],j4=[3,E,qM,0,[f2,_2,a3],[0,4,0]],G4=[3,E,KM,0,[c2,E2,H2,nO,s3,i3,e3,q2,l3,Me],[0,0,0,64,0,4,4,1,0,0]];var z4=[3,E,QM,0,[Me,ZP,Fe,u2],[0,()=>CO,0,64],2],V4=[3,E,ZM,0,[M2,v2],[()=>Lj,()=>$j]];var q4=[3,E,tB,0,[Me,Fe,yO,sO,iO,rO,YP],[0,0,()=>Bj,0,()=>vO,()=>IO,()=>_O],1],W4=[3,E,rB,0,[y3],[()=>TO]],K4=[3,E,oB,0,[x2,uO,gO,Nh],[1,0,0,0]],J4=[3,E,nB,0,[n3,
E3],[0,0]],Y4=[3,E,iB,0,[g2,mO,A3,uO,Nh],[()=>Oj,1,0,0,0]];var X4=[3,E,mB,0,[Me,Qn,Fe,Zn,Oh],[0,()=>ln,0,0,1],2],Q4=[3,E,fB,0,[Fe,Me,Qn,Ph,G2,Zn],[0,0,()=>ln,()=>Dh,()=>lj,0]],Z4=[3,E,pB,0,[O3,tO],[0,0]];var ej=[3,E,lB,0,[Me,Fe,ZP,Zn,Oh,QP],[0,0,()=>CO,0,1,()=>Z4],1],tj=[3,E,dB,0,[B2,Zn],[()=>kj,0]];var rj=[3,E,gB,0,[Fe,m3,Zn,Oh],[0,64,0,1]],oj=[3,E,hB,0,[_3,Zn],[()=>Fj,0]];var _O=[3,E,xB,0,[T2,X2],[0,0],1];var nj=[3,E,SB,0,[p2,vh,A2,N2,t3,p3,R3,w3,mO,I3,fO,hO,D3,EO,$3,b2,w2],[0,0,0,4,4,()=>mj,()=>xj,()=>Mj,1,()=>_j,0,0,0,0,4,0,0]];var sj=[3,E,TB,0,[u3],[64]],ij=[3,E,CB,0,[l2],[()=>Pj]];var wO=[3,E,vB,0,[Fe,Me,Qn,eO,bh],[0,0,()=>ln,0,0]],aj=[3,E,PB,0,[Fe,Me,Ah,nO,V2,j2,Ph,z2,bh,m2,r3,C3,tO,Q2,Z2],[0,0,0,64,1,4,()=>Dh,()=>dj,0,0,4,0,0,4,4]],cj=[
3,E,DB,0,[Qn,P2,k2],[()=>ln,0,0]],ln=[3,E,$B,0,[Ah,aO],[0,0]];var pj=[3,E,zB,0,[pO,vh,k3,fO,y2],[0,0,0,0,()=>bj]],lj=[3,E,WB,0,[oO,xO,XP,L2,I2],[4,4,129,()=>Uj,()=>Dj]],dj=[3,E,qB,0,[oO,xO,XP],[4,4,129]],IO=[3,E,jB,0,[v3],
[2]],Dh=[3,E,KB,0,[hO,vh],[0,0]];var uj=[3,E,YB,0,[$2,QP],[0,0],2];var mj=[3,E,yH,0,[JP,f3,h3,gO,b3,M3,j3,G3,B3,H3],[()=>Nj,64,64,0,0,4,0,4,0,()=>Hj]];var fj=[3,E,lH,0,[Me,eO,Fe,bh,aO,Ah],[0,0,0,0,0,0],2],gj=[3,E,dH,0,[K2],[()=>wO]];var hj=[3,E,mH,0,[Me,cO,Fe],[0,0,0],2],yj=[3,E,fH,0,[Fe,Me,cO],[0,0,0]];var Ej=[3,E,EH,0,[U3,N3],[0,0]];var xj=[3,E,OH,0,[x3],[()=>Ej]];var TO=[3,E,NH,0,[d3,Fe,Me,g3,S2,sO,iO,rO,YP],[0,0,0,0,4,0,()=>vO,()=>IO,()=>_O]];var Sj=[3,E,DH,0,[R2,W2,yO,EO],[()=>Rj,0,128,0]],Rj=[3,E,wH,0,[d2],[()=>G4]];var _j=[3,E,$H,0,[JP],[()=>Y4]],wj=[3,E,GH,0,[Me,lO,Fe,U2],[0,0,0,2],2],Ij=[3,E,zH,0,[Fe,Me,lO],[0,0,0]];var Tj=[3,E,FH,0,[Me,Qn,Fe],[0,()=>ln,0],2],Cj=[3,E,MH,0,[Fe,Me,Qn,Ph],[0,0,()=>ln,()=>Dh]];var vj=[3,E,VH,0,[ZB,n2],[0,0],2];var Aj=[3,E,i2,0,[h2,C2,D2,pO,c3,S3,T3,Nh,O2],[0,1,0,0,0,0,0,0,0]];var bj=[1,E,JM,0,()=>H4],Pj=[1,E,WM,0,()=>j4];var Oj=[1,E,sB,0,()=>J4],Nj=[1,E,aB,0,()=>K4],Dj=[1,E,RB,0,()=>nj];var kj=[1,E,NB,0,()=>aj],$j=[1,E,kB,0,()=>cj],CO=[1,E,LB,0,()=>ln],Lj=[1,E,UB,0,()=>wO];var Uj=[1,E,VB,0,()=>pj];var vO=[1,E,XB,0,()=>uj];var Fj=[1,E,TH,0,()=>TO];var Mj=[1,E,CH,0,()=>Sj];var Bj=[1,E,WH,0,()=>vj];var Hj=[1,E,a2,0,()=>Aj];var AO=[9,E,XM,0,()=>z4,()=>V4];var bO=[9,E,eB,0,()=>q4,()=>W4];var PO=[9,E,cB,0,()=>ej,()=>tj],OO=[9,E,uB,0,()=>X4,()=>Q4];var NO=[9,E,yB,0,()=>rj,()=>oj];var DO=[9,E,IB,0,()=>sj,()=>ij];var kO=[9,E,pH,0,()=>fj,()=>gj];var $O=[9,E,uH,0,()=>hj,()=>yj];var LO=[9,E,jH,0,()=>wj,()=>Ij],UO=[9,E,UH,0,()=>Tj,()=>Cj];var FO=t=>({apiVersion:"2015-09-21",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??KP,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??i0,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge}],logger:t?.logger??new _e,protocol:t?.protocol??Qo,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecr",errorTypeRegistries:RO,xmlNamespace:"http://ecr.amazonaws.com/doc/2015-09-21/",version:"2015-09-21",serviceTarget:"AmazonE\
C2ContainerRegistry_V20150921"},serviceId:t?.serviceId??"ECR",sha256:t?.sha256??gt,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??
Z});var MO=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Dt),o=FO(t);Tt(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ft,n),bodyLengthChecker:t?.bodyLengthChecker??Ct,credentialDefaultProvider:t?.credentialDefaultProvider??
Hi,defaultSocketTimeout:Er(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:l0.version}),maxAttempts:t?.
maxAttempts??_(Yt,t),region:t?.region??_(be,{...tt,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Qt,default:async()=>(await r()).
retryMode||it},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Ot,n),userAgentAppId:t?.
userAgentAppId??_(tr,n)}};M();T();F();var BO=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);s===-1?e.
push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
HO=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var jO=(t,e)=>{let r=Object.assign(rr(t),$t(t),Ht(t),BO(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),jt(r),HO(r))};var Dl=class extends Te{config;constructor(...[e]){let r=MO(e||{});super(r),this.initConfig=r;let o=c0(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=cr(a),l=a0(c),d=jO(l,e?.
extensions||[]);this.config=d,this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(Zt(this.config)),this.middlewareStack.use(lr(this.config)),this.
middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),
this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:s0,identityProviderConfigProvider:async u=>new Ve({"aws.auth#sigv4":u.credentials})})),
this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}};T();W();var ye=Ut(p0,"AmazonEC2ContainerRegistry_V20150921","ECRClient",pr),Ee={},xe=(t,e,r,o)=>[];var kl=class extends ye(Ee,xe,"BatchGetImage",AO){};var $l=class extends ye(Ee,xe,"CreateRepository",bO){};var Ll=class extends ye(Ee,xe,"DescribeImageScanFindings",OO){};var Ul=class extends ye(Ee,xe,"DescribeImages",PO){};var Fl=class extends ye(Ee,xe,"DescribeRepositories",NO){};var ji=class extends ye(Ee,xe,"GetAuthorizationToken",DO){};var Ml=class extends ye(Ee,xe,"PutImage",kO){};var Bl=class extends ye(Ee,xe,"PutLifecyclePolicy",$O){};var Hl=class extends ye(Ee,xe,"SetRepositoryPolicy",LO){};var jl=class extends ye(Ee,xe,"StartImageScan",UO){};var Gl=Ur(require("node:http")),kh=Ur(require("node:https")),GO=require("node:net"),zO=require("node:tls");var VO=t=>(e,r)=>t?.(e,r);function Lh(t,e){let r=t.protocol==="https:"?"https":"http",o=(e[`${r}_proxy`]||e[`${r.toUpperCase()}_PROXY`]||"").trim();if(!o||jj(t,
e.no_proxy??e.NO_PROXY??""))return;let n;try{n=new URL(o.includes("://")?o:`http://${o}`)}catch{throw new hr(`${r.toUpperCase()}_PROXY is not a URL like http://\
proxy.example.com:3128`)}if(n.protocol!=="http:")throw new hr(`${r.toUpperCase()}_PROXY: only http:// proxies are supported, not ${n.protocol}//${n.host}`);return n}
function jj(t,e){let r=t.hostname.replace(/^\[|\]$/g,"").toLowerCase(),o=t.port||(t.protocol==="https:"?"443":"80");return e.split(/[\s,]+/).filter(Boolean).some(
n=>{if(n==="*")return!0;let s=/^\[([^\]]+)\](?::(\d+))?$/.exec(n)??/^([^:]+)(?::(\d+))?$/.exec(n)??[n,n],i=s[1].replace(/^\*?\./,"").toLowerCase();return s[2]&&
s[2]!==o?!1:r===i||r.endsWith(`.${i}`)})}var Gj=t=>`${t.protocol}//${t.host}`;function qO(t){if(!t.username)return;let e=`${decodeURIComponent(t.username)}:${decodeURIComponent(
t.password)}`;return`Basic ${Buffer.from(e).toString("base64")}`}function Uh(t,e,r){return new hr(`the proxy ${Gj(t)} (for ${e}) ${r}`)}function WO(t,e,r){let o=(0,GO.connect)(
{host:t.hostname.replace(/^\[|\]$/g,""),port:Number(t.port||80)}),n=s=>r(Uh(t,e,`could not be reached: ${s.code??s.message}`));return o.once("error",n),o.once("\
connect",()=>{o.off("error",n),r(null,o)}),o}var $h=(t,e)=>({host:t.hostname??t.host??"localhost",port:Number(t.port||e)}),zl=class extends Gl.Agent{constructor(r,o){
super(o);this.env=r}env;proxy(r){return Lh(new URL(`http://${r.host.includes(":")?`[${r.host}]`:r.host}:${r.port}`),this.env)}addRequest(r,o){let n=$h(o,80),s=this.
proxy(n);if(s){r.path=`http://${n.host.includes(":")?`[${n.host}]`:n.host}:${n.port}${r.path}`;let i=qO(s);i&&r.setHeader("proxy-authorization",i);let a=r.emit.
bind(r);r.emit=((c,...l)=>{let d=l[0];return c!=="response"||d.statusCode!==407?a(c,...l):(d.resume(),r.destroy(Uh(s,`${n.host}:${n.port}`,"refused the request:\
 407 Proxy Authentication Required (check the credentials in HTTP_PROXY)")),!0)})}Gl.Agent.prototype.addRequest.call(this,r,o)}createConnection(r,o){let n=$h(r,
80),s=this.proxy(n);if(!s)return Gl.Agent.prototype.createConnection.call(this,r,o);WO(s,`${n.host}:${n.port}`,VO(o))}},Vl=class extends kh.Agent{constructor(r,o){
super(o);this.env=r}env;createConnection(r,o){let n=VO(o),s=$h(r,443),i=`${s.host.includes(":")?`[${s.host}]`:s.host}:${s.port}`,a=Lh(new URL(`https://${i}`),this.
env);if(!a)return kh.Agent.prototype.createConnection.call(this,r);WO(a,i,(c,l)=>{if(c||!l)return n(c);let d=qO(a);l.write(`CONNECT ${i} HTTP/1.1\r
Host: ${i}\r
${d?`Proxy-Authorization: ${d}\r
`:""}\r
`);let u=Buffer.alloc(0),m=h=>{l.destroy(),n(Uh(a,i,h))},f=h=>{if(u=Buffer.concat([u,h]),u.indexOf(`\r
\r
`)<0)return;l.off("data",f),l.off("error",g),l.off("end",y);let x=/^HTTP\/1\.[01] (\d{3})([^\r\n]*)/.exec(u.toString("latin1"));if(x?.[1]!=="200")return m(`refu\
sed the tunnel: ${x?`${x[1]}${x[2]}`:"no HTTP answer"}${x?.[1]==="407"?" (check the credentials in HTTPS_PROXY)":""}`);let v=r.servername??(/^[\d.]+$|:/.test(s.
host)?void 0:s.host);n(null,(0,zO.connect)({...r,socket:l,servername:v}))},g=h=>m(`dropped the tunnel: ${h.message}`),y=()=>m("closed the connection before answ\
ering CONNECT");l.on("data",f),l.once("error",g),l.once("end",y)})}};function KO(t){return["http_proxy","HTTP_PROXY","https_proxy","HTTPS_PROXY"].some(e=>t[e]?.
trim())?{httpAgent:new zl(t,{keepAlive:!0}),httpsAgent:new Vl(t,{keepAlive:!0})}:{}}function JO(t,e){if(Lh(t,e))return t.protocol==="https:"?new Vl(e,{keepAlive:!1}):
new zl(e,{keepAlive:!1})}var YO=5,zj=5e3,Vj=3e4;function qj(t=1/0){let e=Math.max(1e3,Math.min(Vj,Math.floor(t/3)));return{connectionTimeout:Math.min(zj,e),requestTimeout:e}}function es(t,e,r){
return{region:t,credentials:e,retryMode:"adaptive",maxAttempts:YO,requestHandler:{...qj(r?.ms),throwOnRequestTimeout:!0,...KO(process.env)}}}function ql(t){let e=t??
{},r=e.name??"",o=/Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(r)||!!e.$retryable?.throttling,n=o||!!e.$retryable||(e.$metadata?.httpStatusCode??
0)>=500||/Timeout/.test(r)||/^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)$/.test(e.code??"");return{attempts:e.$metadata?.
attempts??1,transient:n,throttled:o}}function Wl(t,e){return e?`AWS kept throttling ${t} for longer than ${YO} attempts with backoff: re-run later, spread out c\
oncurrent deliveries, or raise the ${t} API rate quota (Service Quotas)`:`${t} or the network to it kept failing: check the runner's access to AWS (proxy, firew\
all, VPC endpoint, AWS_ENDPOINT_URL_${t}) and the AWS Health Dashboard, then re-run`}var ts=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.image.manifest.v\
1+json","application/vnd.oci.image.index.v1+json"],Wj=new Set(["RepositoryNotFoundException","RepositoryAlreadyExistsException","ImageAlreadyExistsException","I\
mageTagAlreadyExistsException","ScanNotFoundException","LayersNotFoundException"]),Et=t=>t?.name??"";async function Kl(t,e,r,o){try{return await Sn(r,`${t.label}\
 ${e}`,o)}catch(n){throw Kj(t,e,n)}}function Kj(t,e,r){let o=Et(r);if(r instanceof wt||Wj.has(o))return r;let n=`${t.label} ${e}`,s=`${o}: ${r.message}`;if(o===
"CredentialsProviderError")return new pe(`no AWS credentials for ${n}: ${r.message}`,"set role-to-assume to use the CI's OIDC token, or provide credentials (AWS\
_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile, an instance role)",{cause:r});let i=ql(r);if(i.transient)return new pe(`${n} failed after ${i.attempts} attempt\
(s): ${s}`,Wl("ECR",i.throttled),{cause:r});if(/ExpiredToken/.test(o))return new pe(`${n} failed: the AWS credentials have expired (${s})`,"with role-to-assume \
they are refreshed before they expire; ambient credentials must outlive the run (or raise role-duration-seconds for the role that issued them)",{cause:r});let a=/AccessDenied|UnrecognizedClient|InvalidSignature/.
test(o);return new pe(`${n} failed: ${s}`,a?t.permissionHint(e):void 0,{cause:r})}var Jj=4;function Gi(t,e=t?.proxyEndpoint){if(!t?.authorizationToken||!e)throw new pe("ECR returned no authorization data");let r=Buffer.from(t.authorizationToken,
"base64").toString("utf8"),o=r.indexOf(":");return{host:e.replace(/^https?:\/\//,"").replace(/\/+$/,""),username:r.slice(0,o),password:r.slice(o+1)}}function Yj(t){
return new RegExp(`^${t.split("*").map(e=>e.replace(/[.+?^${}()|[\]\\]/g,"\\$&")).join(".*")}$`)}function Fh(t,e){let r=t.exclusionFilters.some(o=>Yj(o).test(e));
switch(t.mutability){case"IMMUTABLE":return!0;case"IMMUTABLE_WITH_EXCLUSION":return!r;case"MUTABLE_WITH_EXCLUSION":return r;default:return!1}}async function XO(t,e,r,o){
let n=[...o],s=async()=>{for(let i=n.shift();i!==void 0;i=n.shift())await t.putTag(e,r,i)};await Promise.all(Array.from({length:Math.min(Jj,n.length)},s))}var Xj=5,Mh=100,Qj={label:"ECR",permissionHint:t=>`the credentials need ecr:${t} on this repository (\`ecr-deliver iam-policy\` prints the policy)`},rs=class{constructor(e,r,o,n){
this.registryId=o;this.deadline=n;this.ecr=new Dl(es(e,r,n)),this.sendOptions={abortSignal:n?.signal}}registryId;deadline;ecr;sendOptions;close(){this.ecr.destroy()}async login(){
let e=await this.send("GetAuthorizationToken",new ji(this.registryId?{registryIds:[this.registryId]}:{}));return Gi(e.authorizationData?.[0])}async logins(e){return((await this.
send("GetAuthorizationToken",new ji({registryIds:e}))).authorizationData??[]).map(o=>Gi(o))}async findRepository(e){let r=await this.describe(e);return r&&Bh(r,
!1)}async ensureRepository(e,r){let o=await this.findRepository(e.repository);if(o)return o;if(!e.createRepository)throw new pe(`repository ${e.repository} does\
 not exist`,"create it, or set create-repository: true");let n=Zj(e,r);try{let s=await this.send("CreateRepository",new $l({registryId:this.registryId,repositoryName:e.
repository,imageTagMutability:e.imageTagMutability,imageTagMutabilityExclusionFilters:n,imageScanningConfiguration:{scanOnPush:e.scanOnPush},encryptionConfiguration:{
encryptionType:e.encryptionType,kmsKey:e.kmsKey}}));return Bh(s.repository,!0)}catch(s){if(Et(s)!=="RepositoryAlreadyExistsException")throw s;let i=await this.describe(
e.repository);if(!i)throw s;return Bh(i,!1)}}async applyPolicies(e){let r={registryId:this.registryId,repositoryName:e.repository},o=i=>i?(0,QO.readFileSync)(i,
"utf8"):void 0,[n,s]=[o(e.lifecyclePolicy),o(e.repositoryPolicy)];await Promise.all([n&&this.send("PutLifecyclePolicy",new Bl({...r,lifecyclePolicyText:n})),s&&
this.send("SetRepositoryPolicy",new Hl({...r,policyText:s}))])}async images(e,r){let o=new Map,n=Array.from({length:Math.ceil(r.length/Mh)},(i,a)=>r.slice(a*Mh,
(a+1)*Mh)),s;try{s=await Promise.all(n.map(i=>this.send("BatchGetImage",new kl({registryId:this.registryId,repositoryName:e,imageIds:i.map(a=>({imageTag:a})),acceptedMediaTypes:ts}))))}catch(i){
if(Et(i)==="RepositoryNotFoundException")return o;throw i}for(let i of s.flatMap(a=>a.images??[])){let a=i.imageId?.imageTag;a&&i.imageId?.imageDigest&&i.imageManifest&&
o.set(a,{digest:i.imageId.imageDigest,manifest:i.imageManifest,mediaType:i.imageManifestMediaType??""})}return o}async latestImage(e){let r,o;for(let n=0;n<Xj;n++){
let s;try{s=await this.send("DescribeImages",new Ul({registryId:this.registryId,repositoryName:e,filter:{tagStatus:"TAGGED"},maxResults:1e3,nextToken:o}))}catch(i){
if(Et(i)==="RepositoryNotFoundException")return;throw i}for(let i of s.imageDetails??[]){let a=i.imagePushedAt?.getTime()??0;i.imageDigest&&!i.artifactMediaType?.
includes("artifact")&&ts.includes(i.imageManifestMediaType??ts[0])&&a>=(r?.at??-1)&&(r={digest:i.imageDigest,at:a})}if(o=s.nextToken,!o)break}return r?.digest}async putTag(e,r,o){
try{await this.send("PutImage",new Ml({registryId:this.registryId,repositoryName:e,imageManifest:r.manifest,imageManifestMediaType:r.mediaType||void 0,imageDigest:r.
digest,imageTag:o}))}catch(n){if(Et(n)==="ImageAlreadyExistsException")return;throw Et(n)==="ImageTagAlreadyExistsException"?new pe(`tag ${o} already exists in \
the immutable repository ${e} at another image`,"immutable tags cannot move: drop the tag from `tags`, or use a new one",{cause:n}):n}}async scanFindings(e,r,o){
try{return await this.send("DescribeImageScanFindings",new Ll({registryId:this.registryId,repositoryName:e,imageId:{imageDigest:r},nextToken:o,maxResults:1e3}))}catch(n){
if(Et(n)==="ScanNotFoundException")return;throw n}}async startScan(e,r){await this.send("StartImageScan",new jl({registryId:this.registryId,repositoryName:e,imageId:{
imageDigest:r}}))}async describe(e){try{return(await this.send("DescribeRepositories",new Fl({registryId:this.registryId,repositoryNames:[e]}))).repositories?.[0]}catch(r){
if(Et(r)==="RepositoryNotFoundException")return;throw r}}send(e,r){return Kl(Qj,e,this.deadline,()=>this.ecr.send(r,this.sendOptions))}};function Bh(t,e){return{
name:t.repositoryName,uri:t.repositoryUri,arn:t.repositoryArn,mutability:t.imageTagMutability??"MUTABLE",exclusionFilters:(t.imageTagMutabilityExclusionFilters??
[]).map(r=>r.filter??"").filter(Boolean),scanOnPush:t.imageScanningConfiguration?.scanOnPush??!1,created:e}}function Zj(t,e){if(t.imageTagMutability==="IMMUTABL\
E_WITH_EXCLUSION"){if(e.length>Qd)throw new pe(`an IMMUTABLE_WITH_EXCLUSION repository takes at most ${Qd} exclusion filters; keeping this run's extra tags mova\
ble needs ${e.length}: ${e.join(", ")}`,"use fewer extra tags, create the repository yourself with wildcard filters, or use MUTABLE");return e.map(r=>({filterType:"\
WILDCARD",filter:r}))}}async function Jl(t,e,r,o){let n=new Map;for(let i of t)n.set(i.region??e,[...n.get(i.region??e)??[],i.id]);return(await Promise.all([...n].map(async([i,a])=>{let c=new rs(
i,r,void 0,o);try{return await c.logins(a)}finally{c.close()}}))).flat()}var eG=/unauthorized|authentication required|no basic auth credentials|denied|\b401\b|\b403\b|may require 'docker login'/i,
tG=/^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;function Hh(t){let e;try{e=(0,ZO.readFileSync)(t,"utf8")}catch{return[]}let r=new Set;for(let o of e.
matchAll(/^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)/gim)){let n=o[1].split("/")[0];o[1].includes("/")&&(/[.:]/.test(n)||n==="localhost")&&r.add(n)}return[...r]}function eN(t,e,r,o){
if(!eG.test(t))return;let n=Hh(e).filter(i=>!r.includes(i));return n.length?`the Dockerfile pulls from ${n.map(i=>{let a=tG.exec(i);return a?`${i} (pull-registr\
ies: ${a[2]===o?a[1]:`${a[1]}@${a[2]}`})`:i}).join(", ")}, which docker is not logged in to: add the registry's account id (or ID@REGION) to pull-registries`:void 0}var nN=require("node:child_process"),sN=require("node:fs"),iN=require("node:util");kp();var rG=/^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/,oG=/^(?:arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)|alias\/[\w/+=,.@-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
nG=/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/,sG=/^[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$|^(?:sha256:)?[a-f0-9]{12,64}$/,
iG=100,aG=/^[A-Za-z_][A-Za-z0-9_]{0,255}$/,cG=/^[A-Za-z0-9][A-Za-z0-9._/-]{0,255}=/,zi="sts.amazonaws.com",dn=["CRITICAL","HIGH","MEDIUM","LOW"],tN=[{name:"repo\
sitory",field:"repository",...le(Be.repository),required:!0,description:"ECR repository name, e.g. `team/api`. Validated against ECR's naming rule before any AW\
S call.",iamPolicy:{value:"NAME",description:"ECR repository the role delivers to."}},{name:"aws-region",field:"awsRegion",...le(Be.region),defaultText:"`AWS_RE\
GION`, then `AWS_DEFAULT_REGION`",description:"Region of the registry.",iamPolicy:{value:"REGION"}},{name:"role-to-assume",field:"roleToAssume",...le(ne(rG,"is \
not an IAM role ARN like `arn:aws:iam::123456789012:role/name`")),defaultText:"none: the ambient AWS credential chain",description:"IAM role ARN, assumed with `\
AssumeRoleWithWebIdentity` using the CI's OIDC token."},{name:"audience",field:"audience",...le(Be.audience),default:zi,description:"Audience asked for the GitH\
ub OIDC token (CircleCI tokens are used as issued).",iamPolicy:{value:"AUD",description:"Pinned `aud` of the trust policy.",default:void 0,defaultText:"sts.amaz\
onaws.com on GitHub, the org id on CircleCI"}},{name:"web-identity-token-file",field:"webIdentityTokenFile",...hn(ko),defaultText:"`AWS_WEB_IDENTITY_TOKEN_FILE`",
description:"OIDC token file, for CIs other than GitHub and CircleCI."},{name:"role-session-name",field:"roleSessionName",...le(Be.sessionName),defaultText:"der\
ived from the CI run, e.g. `ecr-deliver-<run id>`",description:"STS session name (STS's charset `[\\w+=,.@-]`, 2\u201364 characters)."},{name:"role-duration-sec\
onds",field:"roleDurationSeconds",...oa(900,43200),default:"3600",description:"Lifetime of the assumed role's credentials, 900\u201343200."},{name:"registry-id",
field:"registryId",...le(Be.account),defaultText:"the caller's account",description:"Account id (12 digits) that owns the registry, for cross-account pushes.",iamPolicy:{
value:"ID",defaultText:"`account-id`"}},{name:"create-repository",field:"createRepository",...pt,default:"true",description:"Create the repository when it is mi\
ssing.",iamPolicy:{value:"true|false",description:"The delivery may create the repository."}},{name:"image-tag-mutability",field:"imageTagMutability",...Qr("MUT\
ABLE","IMMUTABLE","IMMUTABLE_WITH_EXCLUSION"),default:"MUTABLE",description:"Tag mutability of a created repository: MUTABLE, IMMUTABLE or IMMUTABLE_WITH_EXCLUS\
ION (the extra `tags` stay mutable)."},{name:"scan-on-push",field:"scanOnPush",...pt,default:"true",description:"Scan on push, for a created repository."},{name:"\
encryption-type",field:"encryptionType",...Qr("AES256","KMS"),default:"AES256",description:"Encryption of a created repository: AES256 or KMS (`kms-key` with KM\
S).",iamPolicy:{value:"AES256|KMS",description:"Encryption of a created repository; KMS adds the KMS grants ECR needs."}},{name:"kms-key",field:"kmsKey",...le(ne(
oG,"is not a KMS key ARN, key id or `alias/\u2026`")),description:"KMS key ARN, id or alias, with `encryption-type: KMS`.",iamPolicy:{value:"ARN",description:"K\
MS key ARN of a created repository.",defaultText:"any key of the account",...le(ne(Dy,"is not a KMS key or alias ARN like `arn:aws:kms:eu-west-1:123456789012:ke\
y/\u2026`"))}},{name:"lifecycle-policy",field:"lifecyclePolicy",...hn(Zd),description:"Path to a lifecycle policy JSON file, applied to the repository.",iamPolicy:{
value:"FILE|true",description:"The delivery applies a lifecycle policy.",default:"false",...ou}},{name:"repository-policy",field:"repositoryPolicy",...hn(Zd),description:"\
Path to a repository policy JSON file, applied to the repository.",iamPolicy:{value:"FILE|true",description:"The delivery applies a repository policy.",default:"\
false",...ou}},{name:"context",field:"context",...hn(),default:".",description:"Build context directory."},{name:"dockerfile",field:"dockerfile",...hn(),defaultText:"\
`Dockerfile` in the context",description:"Dockerfile path."},{name:"build-args",field:"buildArgs",...Wy,description:"Build arguments, newline-separated `KEY=VAL\
UE`; values are never printed (names only) and reach docker through its environment, not argv."},{name:"target",field:"target",...le(ne(nG,"is not a build stage\
 name")),description:"Build stage to build."},{name:"platform",field:"platform",...le(Iy),description:"Target platforms, e.g. `linux/amd64,linux/arm64` (needs b\
uildx)."},{name:"cache",field:"cache",...pt,default:"true",description:"Reuse the layers of the latest image in the repository on a fresh runner (inline cache o\
n BuildKit, a pull and `--cache-from` on the classic builder); works in IMMUTABLE repositories, and a missing or failing cache never fails a delivery.",iamPolicy:{
value:"true|false",description:"The delivery uses the layer cache."}},{name:"provenance",field:"provenance",...pt,default:"false",description:"BuildKit provenan\
ce/SBOM attestations (needs buildx). Off by default: the attestation index shows up as untagged images in ECR and breaks Lambda deploys."},{name:"image",field:"\
image",...le(ne(sG,"is not a local image reference like `name:tag` or an image id")),description:"Push this existing local image instead of building."},{name:"c\
ommit-sha",field:"commitSha",...le(Be.commitSha,t=>t.toLowerCase()),defaultText:"`GITHUB_SHA` (the PR head on `pull_request`), `CIRCLE_SHA1`, else `git rev-pars\
e HEAD`",description:"Commit SHA the image is tagged with (40 hex characters)."},{name:"tags",field:"tags",...Do(Be.tag,{commas:!0,max:iG}),description:"Extra t\
ags, newline- or comma-separated; the commit SHA tag is always applied."},{name:"skip-existing",field:"skipExisting",...pt,default:"false",description:"When the\
 SHA tag already exists in ECR: no build, no layer upload; extra tags are added to the existing image by manifest copy."},{name:"push",field:"push",...pt,default:"\
true",description:"Push to ECR; `false` builds and tags only (pull-request builds).",iamPolicy:{value:"true|false",description:"The delivery pushes; `false`: bu\
ild-only runs that just look the repository up."}},{name:"web-identity-token-env",field:"webIdentityTokenEnv",...le(ne(aG,"is not an environment variable name (\
letters, digits, `_`)")),description:"Name of an environment variable that holds the OIDC token, for CIs other than GitHub and CircleCI (no token file needed)."},
{name:"pull-registries",field:"pullRegistries",...Ty,description:"Other ECR registries docker is logged in to before the build, so `FROM` and cache pulls can re\
ad them: account ids (12 digits), or `ID@REGION` for another region, comma- or newline-separated.",iamPolicy:{value:"IDS",description:"Base-image registries the\
 build pulls from: account ids or `ID@REGION`, comma-separated (as given to the delivery)."}},{name:"registry-type",field:"registryType",...Qr("private","public"),
default:"private",description:"`private`, or `public` for ECR Public (`public.ecr.aws`; also chosen by a repository given as `public.ecr.aws/<alias>/<name>`).",
iamPolicy:{value:"private|public",description:"`public`: the ECR Public actions instead.",defaultText:"private, or public for a public.ecr.aws/ repository"}},{name:"\
catalog-description",field:"catalogDescription",...na(1024),description:"ECR Public: short description of a created repository (text, or `file://PATH`)."},{name:"\
catalog-about",field:"catalogAbout",...na(25600),description:'ECR Public: "About" text (markdown) of a created repository (text, or `file://PATH`).'},{name:"cat\
alog-usage",field:"catalogUsage",...na(25600),description:'ECR Public: "Usage" text (markdown) of a created repository (text, or `file://PATH`).'},{name:"mode",
field:"mode",...Qr("deliver","login"),default:"deliver",githubOnly:!0,description:"GitHub Action only: `deliver`, or `login`: credentials and docker login to th\
e registry and every `pull-registries` id, in the job's docker config, for later docker steps (like the orb's `ecr/login` and the CLI's `login`)."},{name:"docke\
r-credentials-output",field:"dockerCredentialsOutput",...pt,default:"false",githubOnly:!0,description:"GitHub Action, `login` mode: set masked outputs `docker-u\
sername` and `docker-password` for a later job's `services:` credentials (they are secrets: see the README)."},{name:"skip-logout",field:"skipLogout",...pt,default:"\
false",githubOnly:!0,description:"GitHub Action, `login` mode: keep the docker login after the job (the post step does not log out; shared self-hosted runners)."},
{name:"timeout-seconds",field:"timeoutSeconds",...oa(1,86400),default:"3600",description:"Upper bound on the whole run (AWS calls, build, push), 1\u201386400; a hung\
 endpoint fails the step instead of the CI job's own timeout. Each AWS call also gives up after 5 attempts of at most 30 s."},{name:"secrets",field:"secrets",...zy,
description:"Build secrets, lines `id=VALUE` or `id=env:NAME`, for `RUN --mount=type=secret,id=\u2026` (BuildKit); masked, never in argv, layers or history."},{
name:"secret-files",field:"secretFiles",...Vy,description:"Build secrets from files, lines `id=PATH` (BuildKit)."},{name:"ssh",field:"ssh",...qy,description:"SS\
H agent or keys for `RUN --mount=type=ssh` (BuildKit): `default` (the agent at `SSH_AUTH_SOCK`) or lines `id=PATH`."},{name:"semver-tags",field:"semverTags",...pt,
default:"false",description:"On a semantic-version git tag (`v1.2.3` or `1.2.3`): also tag `1.2.3`, `1.2` and `1` (pre-releases only their own tag, `0.y.z` no `\
0`). `latest` only when listed in `tags`."},{name:"branch-tag",field:"branchTag",...pt,default:"false",description:"Also tag the branch name made a valid tag (`\
feature/Login` \u2192 `feature-login`, cut to 128 characters with a hash suffix), and `pr-<number>` on pull requests."},{name:"git-ref",field:"gitRef",...Cy,defaultText:"\
`GITHUB_REF`; `CIRCLE_TAG`, `CIRCLE_BRANCH`, `CIRCLE_PULL_REQUEST`; else `git describe --tags --exact-match` and the checked-out branch",description:"The git re\
f `semver-tags` and `branch-tag` read: `refs/tags/NAME`, `refs/heads/NAME` or `refs/pull/N/merge`."},{name:"labels",field:"labels",...Do(ne(cG,"is not `key=valu\
e` with a key of letters, digits, `.`, `_`, `-` and `/`")),description:"Extra OCI labels, lines `key=value`, added to the ones always set (revision, source, cre\
ated; version from a semver tag); a key given here wins."},{name:"scan-wait",field:"scanWait",...pt,default:"false",description:"After the push, wait for ECR's \
scan of the pushed digest (basic or enhanced scanning) and report the findings (`scan-findings`, the summary).",iamPolicy:{value:"true|false",description:"The d\
elivery waits for the image scan."}},{name:"scan-start",field:"scanStart",...pt,default:"false",description:"With `scan-wait`: start a basic scan (`StartImageSc\
an`) when the repository did not scan the image on push.",iamPolicy:{value:"true|false",description:"With `--scan-wait`: the delivery may start a scan."}},{name:"\
scan-timeout-seconds",field:"scanTimeoutSeconds",...oa(1,86400),default:"600",description:"How long `scan-wait` waits for the scan, 1\u201386400 (also bounded by `ti\
meout-seconds`)."},{name:"fail-on-severity",field:"failOnSeverity",...Qr(...dn,"none"),default:"none",description:"With `scan-wait`: exit 1 when findings at or \
above CRITICAL, HIGH, MEDIUM or LOW exist, or when the scan cannot be had (after all outputs are set; the image stays pushed). `none` only reports."},{name:"acc\
ount-id",field:"accountId",...le(Be.account),required:!0,iamPolicyOnly:!0,iamPolicy:{value:"ID"},description:"AWS account id (12 digits) of the role and its OID\
C provider."},{name:"provider",field:"provider",...Qr("github","circleci","none"),iamPolicyOnly:!0,iamPolicy:{value:"github|circleci|none",defaultText:"github w\
ith `--repo`, circleci with `--org-id`"},description:"Whose OIDC tokens the role trusts; `none` prints the permissions policy only."},{name:"repo",field:"repo",
...le($y),iamPolicyOnly:!0,iamPolicy:{value:"OWNER/REPO"},description:"GitHub repository, or its immutable form OWNER@ID/REPO@ID when its OIDC subject carries i\
ds."},{name:"branch",field:"branch",...le(Ly,t=>t.replace(/^refs\/heads\//,"")),iamPolicyOnly:!0,iamPolicy:{value:"BRANCH",defaultText:"`main`"},description:"Gi\
tHub branch allowed to deliver (`*` patterns allowed)."},{name:"tag",field:"tag",...le(Uy,t=>t.replace(/^refs\/tags\//,"")),iamPolicyOnly:!0,iamPolicy:{value:"T\
AG"},description:"GitHub tag allowed to deliver, for release workflows on tag pushes (`v*` patterns allowed; instead of `--branch`)."},{name:"environment",field:"\
environment",...le(ne(Oy,"is not a GitHub environment name (1\u2013255 characters, no `:`)")),iamPolicyOnly:!0,iamPolicy:{value:"NAME"},description:"GitHub envi\
ronment allowed to deliver, for jobs that use `environment:` (instead of `--branch`)."},{name:"pull-request",field:"pullRequest",...pt,default:"false",iamPolicyOnly:!0,
iamPolicy:{value:"true|false"},description:"Trust runs on `pull_request` events of the repository instead of a branch (pair it with `--push false`)."},{name:"gi\
thub-issuer",field:"githubIssuer",...My,iamPolicyOnly:!0,iamPolicy:{value:"HOST",defaultText:"token.actions.githubusercontent.com"},description:"GitHub Enterpri\
se Server's OIDC issuer, `HOST/_services/token`."},{name:"org-id",field:"orgId",...le(ne(ru,"is not a CircleCI organization id (a lowercase UUID)")),iamPolicyOnly:!0,
iamPolicy:{value:"UUID"},description:"CircleCI organization id (Organization Settings > Overview)."},{name:"project-id",field:"projectId",...le(ne(ru,"is not a \
CircleCI project id (a lowercase UUID)")),iamPolicyOnly:!0,iamPolicy:{value:"UUID"},description:"CircleCI project id allowed to deliver (required with `--org-id\
`: without it every project of the org, with any context, could deliver)."},{name:"vcs-ref",field:"vcsRef",...le(ne(Ny,"is not a git ref like `refs/heads/main`")),
iamPolicyOnly:!0,iamPolicy:{value:"REF"},description:"CircleCI: pin the git ref too, e.g. `refs/heads/main` (matched in the sub of `CIRCLE_OIDC_TOKEN_V2`, which\
 the orb uses; `*` patterns allowed)."},{name:"pull-repositories",field:"pullRepositories",...Do(ne(ky,"is not a repository name pattern (lowercase name, `*` wi\
ldcards)"),{commas:!0}),iamPolicyOnly:!0,iamPolicy:{value:"PATTERNS",defaultText:"every repository, `*`"},description:"Repositories of the `--pull-registries` t\
he build pulls, name patterns, comma-separated."},{name:"pull-through",field:"pullThrough",...Do(Fy,{commas:!0}),iamPolicyOnly:!0,iamPolicy:{value:"PREFIXES"},description:"\
Pull-through cache prefixes of the target registry the build pulls from (adds `ecr:BatchImportUpstreamImage` and `ecr:CreateRepository` on `PREFIX/*`)."},{name:"\
only",field:"only",...Qr("permissions","trust"),iamPolicyOnly:!0,iamPolicy:{value:"permissions|trust"},description:"Print just that one policy document, ready f\
or `aws iam \u2026 file://`."}],pG=t=>!t.iamPolicyOnly,Vi=tN.filter(pG),Yl=["aws-region","role-to-assume","audience","web-identity-token-file","role-session-nam\
e","role-duration-seconds","registry-id","web-identity-token-env","pull-registries","registry-type"];function lG(t,e){let r="default"in e?e.default:t.default,o=e.
defaultText??(r!==void 0?`\`${r}\``:t.defaultText),n=`${e.description??t.description}${t.required?" Required.":""}${o?` Default: ${o}.`:""}`;return{name:t.name,
field:t.field,value:e.value,description:n,type:e.type??t.type,parse:e.parse??t.parse,default:r,required:t.required}}var os=tN.flatMap(t=>t.iamPolicy?[lG(t,t.iamPolicy)]:
[]).sort((t,e)=>+!!e.required-+!!t.required);async function jh(t){if(t.tokenEnv){let r=t.env[t.tokenEnv]?.trim();if(!r)throw new Ie(`web-identity-token-env names ${t.tokenEnv}, which is not set or empty`);
return{token:r,source:`environment variable ${t.tokenEnv}`}}if(t.tokenFile)return{token:rN(t.tokenFile),source:`file ${t.tokenFile}`};if(t.ci==="github")return{
token:await dG(t),source:"GitHub OIDC"};if(t.ci==="circleci")return uG(t);let e=t.env.AWS_WEB_IDENTITY_TOKEN_FILE;if(e)return{token:rN(e),source:`file ${e}`};throw new Ie(
"role-to-assume is set but no OIDC token was found","outside GitHub and CircleCI, write the CI's OIDC token to a file and pass web-identity-token-file (or AWS_W\
EB_IDENTITY_TOKEN_FILE), or name the variable that holds it in web-identity-token-env")}function rN(t){let e=(0,sN.readFileSync)(t,"utf8").trim();if(!e)throw new Ie(
`the OIDC token file ${t} is empty`);return e}async function dG(t){if(!t.env.ACTIONS_ID_TOKEN_REQUEST_URL||!t.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN||!t.platformToken)
throw new Ie("GitHub did not give this job an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set)","add `permissions: id-token: write` (and `contents: read`) t\
o the workflow or job");try{return await t.platformToken(t.audience)}catch(e){throw e instanceof hr?e:new gr(`could not get the GitHub OIDC token: ${e.message}`,
"check `permissions: id-token: write`; tokens are not issued to pull requests from forks")}}async function uG(t){let e=t.env.CIRCLE_OIDC_TOKEN_V2||t.env.CIRCLE_OIDC_TOKEN,
r=e&&{token:e.trim(),source:t.env.CIRCLE_OIDC_TOKEN_V2?"CIRCLE_OIDC_TOKEN_V2":"CIRCLE_OIDC_TOKEN"};if(r&&!t.renew)return r;try{let o=["run","oidc","get"];t.audience!==
zi&&o.push("--claims",JSON.stringify({aud:t.audience}));let{stdout:n}=await(0,iN.promisify)(nN.execFile)("circleci",o,{encoding:"utf8",env:t.env}),s=n.trim();if(s)
return{token:s,source:"circleci run oidc get"}}catch{}if(r)return r;throw new Ie("CircleCI did not give this job an OIDC token (no CIRCLE_OIDC_TOKEN_V2 or CIRCL\
E_OIDC_TOKEN)","run the job with a context (CircleCI issues OIDC tokens only to jobs that use one), or pass web-identity-token-file")}function mG(t){try{let e=JSON.
parse(Buffer.from(t.split(".")[1]??"","base64url").toString("utf8")),r=o=>Array.isArray(o)?o.join(","):typeof o=="string"?o:void 0;return{iss:r(e.iss),sub:r(e.sub),
aud:r(e.aud)}}catch{return{}}}async function Gh(t,e,r,o){r.secret(e);let n=Yn({roleArn:t.roleArn,roleSessionName:t.sessionName,webIdentityToken:e,durationSeconds:t.
durationSeconds,clientConfig:es(t.region,void 0,o)});try{let s=await Sn(o,"STS AssumeRoleWithWebIdentity",()=>n());return gG({accessKeyId:s.accessKeyId,secretAccessKey:s.
secretAccessKey,sessionToken:s.sessionToken,expiration:s.expiration},r)}catch(s){throw hG(s,t,e)}}function aN(t,e){let r={credentials:t,margin:oN(t)},o;return()=>{
let n=r.credentials.expiration?.getTime();return n===void 0||n-Date.now()>r.margin?Promise.resolve(r.credentials):(o??=e().then(s=>(r={credentials:s,margin:oN(s)},
s)).finally(()=>{o=void 0}),o)}}var fG=300*1e3;function oN(t){let e=t.expiration?t.expiration.getTime()-Date.now():1/0;return Math.min(fG,e/2)}function gG(t,e){
for(let r of[t.accessKeyId,t.secretAccessKey,t.sessionToken])r&&e.secret(r);return t}function hG(t,e,r){if(t instanceof gr||t instanceof hr)return t;let o=t,n=mG(
r),s=`token iss=${n.iss??"?"} sub=${n.sub??"?"} aud=${n.aud??"?"}`,i=ql(t);if(i.transient){let c=`STS AssumeRoleWithWebIdentity for ${e.roleArn} failed after ${i.
attempts} attempt(s) (${o.name}: ${o.message}); ${s}`;return new gr(c,Wl("STS",i.throttled),{cause:t})}let a=`STS refused AssumeRoleWithWebIdentity for ${e.roleArn}\
 (${o.name}: ${o.message}); ${s}`;switch(o.name){case"AccessDenied":case"AccessDeniedException":return new gr(a,"the role's trust policy must allow this token: \
Federated principal for the issuer, `aud` and `sub` conditions matching the values above (`ecr-deliver iam-policy` prints one)",{cause:t});case"InvalidIdentityT\
oken":case"InvalidIdentityTokenException":return new gr(a,"the account needs an IAM OIDC identity provider for this issuer, with the audience above as a client \
id",{cause:t});case"ExpiredTokenException":return new gr(a,"the OIDC token expired before it was used; request a fresh one",{cause:t});case"IDPCommunicationErro\
r":case"IDPCommunicationErrorException":return new gr(a,"STS could not reach the token issuer; retry the job",{cause:t});default:return new gr(a,void 0,{cause:t})}}var KN=require("node:fs");M();st();T();$();W();F();ut();X();we();T();var cN=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function yG(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr-public",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{
config:e,context:r}})}}var pN=t=>{let e=[];switch(t.operation){default:e.push(yG(t))}return e},lN=t=>{let e=dr(t);return Object.assign(e,{authSchemePreference:q(
t.authSchemePreference??[])})};var dN=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr-public"}),uN={UseFIPS:{
type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"bui\
ltInParams",name:"useDualstackEndpoint"}};var mN={name:"@aws-sdk/client-ecr-public",version:"3.1108.0",description:"AWS SDK for JavaScript Ecr Public Client for Node.js, Browser and React Native",homepage:"\
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
s":"0.10.1",premove:"4.0.0",typescript:"~6.0.3"},engines:{node:">=20.0.0"}};M();we();T();$();ut();k();fo();we();Zo();en();T();F();k();M();W();W();var qi="ref",un=-1,Xl=!0,fN="isSet",EN="PartitionResult",Ql="booleanEquals",zh="getAttr",gN={[qi]:"Endpoint"},Vh={[qi]:EN},ns={},hN=[{[qi]:"Region"}],yN={conditions:[
[fN,[gN]],[fN,hN],["aws.partition",hN,EN],[Ql,[{[qi]:"UseFIPS"},Xl]],[Ql,[{[qi]:"UseDualStack"},Xl]],[Ql,[{fn:zh,argv:[Vh,"supportsDualStack"]},Xl]],[Ql,[{fn:zh,
argv:[Vh,"supportsFIPS"]},Xl]],["stringEquals",[{fn:zh,argv:[Vh,"name"]},"aws"]]],results:[[un],[un,"Invalid Configuration: FIPS and custom endpoint are not sup\
ported"],[un,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[gN,ns],["https://api.ecr-public-fips.{Region}.{PartitionResult#dualStack\
DnsSuffix}",ns],[un,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://api.ecr-public-fips.{Region}.{PartitionResult#d\
nsSuffix}",ns],[un,"FIPS is enabled but this partition does not support FIPS"],["https://ecr-public.{Region}.api.aws",ns],["https://api.ecr-public.{Region}.{Par\
titionResult#dualStackDnsSuffix}",ns],[un,"DualStack is enabled but this partition does not support DualStack"],["https://api.ecr-public.{Region}.{PartitionResu\
lt#dnsSuffix}",ns],[un,"Invalid Configuration: Missing Region"]]},xG=2,xt=1e8,SG=new Int32Array([-1,1,-1,0,13,3,1,4,xt+12,2,5,xt+12,3,9,6,4,7,xt+11,5,8,xt+10,7,
xt+8,xt+9,4,11,10,6,xt+6,xt+7,5,12,xt+5,6,xt+4,xt+5,3,xt+1,14,4,xt+2,xt+3]),xN=rt.from(SG,xG,yN.conditions,yN.results);var RG=new ot({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),SN=(t,e={})=>RG.get(t,()=>Bt(xN,{endpointParams:t,logger:e.logger}));Pe.aws=mt;X();T();var K=class t extends et{constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var Zl=class t extends K{name="InvalidParameterException";$fault="client";constructor(e){super({name:"InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},ed=class t extends K{name="RegistryNotFoundException";$fault="client";constructor(e){super({name:"RegistryNotFoundException",$fault:"client",
...e}),Object.setPrototypeOf(this,t.prototype)}},td=class t extends K{name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryN\
otFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},rd=class t extends K{name="ServerException";$fault="server";constructor(e){super(
{name:"ServerException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},od=class t extends K{name="UnsupportedCommandException";$fault="client";constructor(e){
super({name:"UnsupportedCommandException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},nd=class t extends K{name="EmptyUploadException";$fault="\
client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},sd=class t extends K{name="InvalidLay\
erException";$fault="client";constructor(e){super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},id=class t extends K{name="\
LayerAlreadyExistsException";$fault="client";constructor(e){super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
ad=class t extends K{name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},cd=class t extends K{name="UploadNotFoundException";$fault="client";constructor(e){super({name:"UploadNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},pd=class t extends K{name="InvalidTagParameterException";$fault="client";constructor(e){super({name:"InvalidTagParamet\
erException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ld=class t extends K{name="LimitExceededException";$fault="client";constructor(e){
super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},dd=class t extends K{name="RepositoryAlreadyExistsExceptio\
n";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ud=class t extends K{name="\
TooManyTagsException";$fault="client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},md=class t extends K{name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
fd=class t extends K{name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},gd=class t extends K{name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},hd=class t extends K{name="RepositoryCatalogDataNotFoundException";$fault="client";constructor(e){
super({name:"RepositoryCatalogDataNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},yd=class t extends K{name="ImageAlreadyExi\
stsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ed=class t extends K{name="\
ImageDigestDoesNotMatchException";$fault="client";constructor(e){super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},xd=class t extends K{name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"cl\
ient",...e}),Object.setPrototypeOf(this,t.prototype)}},Sd=class t extends K{name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){
super({name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}},Rd=class t extends K{name="LayersNotFoundException";$fault="client";constructor(e){
super({name:"LayersNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},_d=class t extends K{name="ReferencedImagesNotFoundExcept\
ion";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}};var _G="AuthorizationData";var wG="CreateRepository",IG="CreateRepositoryRequest",TG="CreateRepositoryResponse";var CG="DescribeImageTags",vG="DescribeImageTagsRequest",AG="DescribeImageTagsResponse";var bG="DescribeRegistriesRequest",PG="DescribeRegistriesResponse",OG="DescribeRepositoriesRequest",NG="DescribeRepositoriesResponse",DG="DescribeRegistries",kG="\
DescribeRepositories",$G="EmptyUploadException",LG="GetAuthorizationToken",UG="GetAuthorizationTokenRequest",FG="GetAuthorizationTokenResponse";var MG="Image",BG="ImageAlreadyExistsException";var HG="ImageDigestDoesNotMatchException";var jG="ImageIdentifier";var GG="InvalidLayerException",zG="InvalidLayerPartException";var VG="ImageNotFoundException",qG="InvalidParameterException",WG="ImageTagAlreadyExistsException",KG="ImageTagDetail",JG="ImageTagDetailList",YG="InvalidTagPar\
ameterException",XG="Key";var QG="LayerAlreadyExistsException",ZG="LimitExceededException";var ez="LayersNotFoundException",tz="LayerPartTooSmallException";var rz="PutImage",oz="PutImageRequest",nz="PutImageResponse";var sz="Registry",iz="RegistryAlias",az="RepositoryAlreadyExistsException",cz="RegistryAliasList";var pz="RepositoryCatalogDataInput",lz="RepositoryCatalogDataNotFoundException",dz="RepositoryCatalogData",uz="ReferencedImageDetail",mz="ReferencedImagesNotFou\
ndException",fz="RegistryList",gz="RepositoryList",hz="RepositoryNotEmptyException",yz="RegistryNotFoundException",Ez="RepositoryNotFoundException",xz="Reposito\
ryPolicyNotFoundException",Sz="Repository",Rz="ServerException",_z="SetRepositoryPolicy",wz="SetRepositoryPolicyRequest",Iz="SetRepositoryPolicyResponse",Tz="Ta\
g",Cz="TagList",vz="TooManyTagsException";var Az="UnsupportedCommandException";var bz="UploadNotFoundException";var Pz="Value",Oz="aliases",Nz="authorizationData",Dz="artifactMediaType",kz="authorizationToken",RN="aboutText",_N="architectures",ae="client",wN="createdAt",IN="\
catalogData",TN="description";var $z="defaultRegistryAlias",re="error",Lz="expiresAt";var Uz="force",Fz="image";var qh="imageDigest",Mz="imageDetail";var Bz="imageId",CN="imageManifest",Wh="imageManifestMediaType",Hz="imagePushedAt",jz="imageSizeInBytes";var Gz="imageTagDetails",Kh="imageTag";var zz="logoImageBlob";var Vz="logoUrl",qz="lastValidByteReceived",oe="message",Wz="marketplaceCertified",Jh="maxResults";var Kz="name",ss="nextToken",vN="operatingSystems";var Jz="primaryRegistryAlias";var AN="policyText",Yz="repository";var Xz="registryArn",Qz="repositoryArn";var Yr="registryId",Oo="repositoryName",Zz="repositoryNames",eV="registryUri",tV="repositoryUri",rV="registries",oV="repositories",bN="smithy.ts.sdk.synthetic.c\
om.amazonaws.ecrpublic",nV="server",sV="status",iV="tags";var aV="uploadId",PN="usageText",cV="verified",I="com.amazonaws.ecrpublic",ON=Q.for(bN),pV=[-3,bN,"ECRPUBLICServiceException",0,[],[]];ON.registerError(pV,K);var te=Q.
for(I),lV=[-3,I,$G,{[re]:ae},[oe],[0]];te.registerError(lV,nd);var dV=[-3,I,BG,{[re]:ae},[oe],[0]];te.registerError(dV,yd);var uV=[-3,I,HG,{[re]:ae},[oe],[0]];te.
registerError(uV,Ed);var mV=[-3,I,VG,{[re]:ae},[oe],[0]];te.registerError(mV,gd);var fV=[-3,I,WG,{[re]:ae},[oe],[0]];te.registerError(fV,xd);var gV=[-3,I,GG,{[re]:ae},
[oe],[0]];te.registerError(gV,sd);var hV=[-3,I,zG,{[re]:ae},[Yr,Oo,aV,qz,oe],[0,0,0,1,0]];te.registerError(hV,Sd);var yV=[-3,I,qG,{[re]:ae},[oe],[0]];te.registerError(
yV,Zl);var EV=[-3,I,YG,{[re]:ae},[oe],[0]];te.registerError(EV,pd);var xV=[-3,I,QG,{[re]:ae},[oe],[0]];te.registerError(xV,id);var SV=[-3,I,tz,{[re]:ae},[oe],[0]];
te.registerError(SV,ad);var RV=[-3,I,ez,{[re]:ae},[oe],[0]];te.registerError(RV,Rd);var _V=[-3,I,ZG,{[re]:ae},[oe],[0]];te.registerError(_V,ld);var wV=[-3,I,mz,
{[re]:ae},[oe],[0]];te.registerError(wV,_d);var IV=[-3,I,yz,{[re]:ae},[oe],[0]];te.registerError(IV,ed);var TV=[-3,I,az,{[re]:ae},[oe],[0]];te.registerError(TV,
dd);var CV=[-3,I,lz,{[re]:ae},[oe],[0]];te.registerError(CV,hd);var vV=[-3,I,hz,{[re]:ae},[oe],[0]];te.registerError(vV,md);var AV=[-3,I,Ez,{[re]:ae},[oe],[0]];
te.registerError(AV,td);var bV=[-3,I,xz,{[re]:ae},[oe],[0]];te.registerError(bV,fd);var PV=[-3,I,Rz,{[re]:nV},[oe],[0]];te.registerError(PV,rd);var OV=[-3,I,vz,
{[re]:ae},[oe],[0]];te.registerError(OV,ud);var NV=[-3,I,Az,{[re]:ae},[oe],[0]];te.registerError(NV,od);var DV=[-3,I,bz,{[re]:ae},[oe],[0]];te.registerError(DV,
cd);var NN=[ON,te],kV=[3,I,_G,0,[kz,Lz],[0,4]];var $V=[3,I,IG,0,[Oo,IN,iV],[0,()=>eq,()=>cq],1],LV=[3,I,TG,0,[Yz,IN],[()=>DN,()=>ZV]];var UV=[3,I,vG,0,[Oo,Yr,ss,Jh],[0,0,0,1],1],FV=[3,I,AG,0,[Gz,ss],[()=>nq,0]],MV=[3,I,bG,0,[ss,Jh],[0,1]],BV=[3,I,PG,0,[rV,ss],[()=>iq,0],1],HV=[3,I,OG,0,[Yr,Zz,
ss,Jh],[0,64,0,1]],jV=[3,I,NG,0,[oV,ss],[()=>aq,0]],GV=[3,I,UG,0,[],[]],zV=[3,I,FG,0,[Nz],[()=>kV]];var VV=[3,I,MG,0,[Yr,Oo,Bz,CN,Wh],[0,0,()=>qV,0,0]];var qV=[3,I,jG,0,[qh,Kh],[0,0]],WV=[3,I,KG,0,[Kh,wN,Mz],[0,4,()=>YV]];var KV=[3,I,oz,0,[Oo,CN,Yr,Wh,Kh,qh],[0,0,0,0,0,0],2],JV=[3,I,nz,0,[Fz],[()=>VV]];var YV=[3,I,uz,0,[qh,jz,Hz,Wh,Dz],[0,1,4,0,0]],XV=[3,I,sz,0,[Yr,Xz,eV,cV,Oz],[0,0,0,2,()=>sq],5],QV=[3,I,iz,0,[Kz,sV,Jz,$z],[0,0,2,2],4];var DN=[3,I,Sz,0,[Qz,Yr,Oo,tV,wN],[0,0,0,0,4]],ZV=[3,I,dz,0,[TN,_N,vN,Vz,RN,PN,Wz],[0,64,64,0,0,0,2]],eq=[3,I,pz,0,[TN,_N,vN,zz,RN,PN],[0,64,64,21,0,0]],tq=[3,I,
wz,0,[Oo,AN,Yr,Uz],[0,0,0,2],2],rq=[3,I,Iz,0,[Yr,Oo,AN],[0,0,0]],oq=[3,I,Tz,0,[XG,Pz],[0,0]];var nq=[1,I,JG,0,()=>WV];var sq=[1,I,cz,0,()=>QV],iq=[1,I,fz,0,()=>XV],aq=[1,I,gz,0,()=>DN];var cq=[1,I,Cz,0,()=>oq];var kN=[9,I,wG,0,()=>$V,()=>LV];var $N=[9,I,CG,0,()=>UV,()=>FV],LN=[9,I,DG,0,()=>MV,()=>BV],UN=[9,I,kG,0,()=>HV,()=>jV],FN=[9,I,LG,0,()=>GV,()=>zV];var MN=[9,I,rz,0,()=>KV,()=>JV];var BN=[9,I,_z,0,()=>tq,()=>rq];var HN=t=>({apiVersion:"2020-10-30",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??SN,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??pN,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge}],logger:t?.logger??new _e,protocol:t?.protocol??Qo,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecrpublic",errorTypeRegistries:NN,xmlNamespace:"http://ecr-public.amazonaws.com/doc/2020-12-02/",version:"2020-10-30",serviceTarget:"\
SpencerFrontendService"},serviceId:t?.serviceId??"ECR PUBLIC",sha256:t?.sha256??gt,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??
Z});var jN=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Dt),o=HN(t);Tt(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ft,n),bodyLengthChecker:t?.bodyLengthChecker??Ct,credentialDefaultProvider:t?.credentialDefaultProvider??
Hi,defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:mN.version}),maxAttempts:t?.maxAttempts??_(Yt,t),region:t?.region??
_(be,{...tt,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Qt,default:async()=>(await r()).retryMode||it},t),streamCollector:t?.
streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Ot,n),userAgentAppId:t?.userAgentAppId??_(tr,n)}};M();T();F();var GN=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);s===-1?e.
push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
zN=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var VN=(t,e)=>{let r=Object.assign(rr(t),$t(t),Ht(t),GN(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),jt(r),zN(r))};var wd=class extends Te{config;constructor(...[e]){let r=jN(e||{});super(r),this.initConfig=r;let o=dN(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=cr(a),l=lN(c),d=VN(l,e?.
extensions||[]);this.config=d,this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(Zt(this.config)),this.middlewareStack.use(lr(this.config)),this.
middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),
this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:cN,identityProviderConfigProvider:async u=>new Ve({"aws.auth#sigv4":u.credentials})})),
this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}};T();W();var St=Ut(uN,"SpencerFrontendService","ECRPUBLICClient",pr),Rt={},_t=(t,e,r,o)=>[];var Id=class extends St(Rt,_t,"CreateRepository",kN){};var Td=class extends St(Rt,_t,"DescribeImageTags",$N){};var Cd=class extends St(Rt,_t,"DescribeRegistries",LN){};var vd=class extends St(Rt,_t,"DescribeRepositories",UN){};var Ad=class extends St(Rt,_t,"GetAuthorizationToken",FN){};var bd=class extends St(Rt,_t,"PutImage",MN){};var Pd=class extends St(Rt,_t,"SetRepositoryPolicy",BN){};function Wi(t,e){let r=new URL(t),{request:o}=r.protocol==="https:"?require("node:https"):require("node:http");return new Promise((n,s)=>{let i=JO(r,process.env)??
!1,a=o(r,{method:e.method??"GET",headers:e.headers,agent:i,signal:e.signal,timeout:e.timeoutMs},c=>{let l=[];c.on("data",d=>l.push(d)),c.on("error",s),c.on("end",
()=>n({status:c.statusCode??0,text:Buffer.concat(l).toString("utf8"),headers:c.headers}))});if(e.connectTimeoutMs!==void 0){let c=e.connectTimeoutMs;a.on("socke\
t",l=>{if(!l.connecting)return;let d=setTimeout(()=>a.destroy(new Error(`no connection within ${c} ms`)),c);l.once("connect",()=>clearTimeout(d)),l.once("close",
()=>clearTimeout(d))})}a.on("timeout",()=>a.destroy(new Error(`no answer within ${e.timeoutMs} ms`))),a.on("error",s),a.end(e.body)})}var qN=3e4,pq=t=>/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(t)?"http":"https";function lq(t){let e=/^(\w+)\s*(.*)$/.exec(t??"");if(!e)return;let r={};
for(let o of e[2].matchAll(/(\w+)="([^"]*)"/g))r[o[1]]=o[2];return{kind:e[1].toLowerCase(),params:r}}async function WN(t,e,r,o,n){let s=`${pq(t.host)}://${t.host}\
/v2/${e}/manifests/${encodeURIComponent(r)}`,i=`Basic ${Buffer.from(`${t.username}:${t.password}`).toString("base64")}`,a=d=>Wi(s,{headers:{accept:o.join(", "),
...d?{authorization:d}:{}},timeoutMs:qN,signal:n}),c=await a();if(c.status===401){let d=lq(c.headers["www-authenticate"]);if(d?.kind==="bearer"&&d.params.realm){
let u=new URL(d.params.realm);d.params.service&&u.searchParams.set("service",d.params.service),u.searchParams.set("scope",d.params.scope??`repository:${e}:pull`);
let m=await Wi(u,{headers:{authorization:i},timeoutMs:qN,signal:n}),f=JSON.parse(m.text);c=await a(`Bearer ${f.token??f.access_token}`)}else c=await a(i)}if(c.status!==
200)throw new Error(`the registry answered ${c.status} for ${e}:${r}`);let l=JSON.parse(c.text).mediaType;return{manifest:c.text,mediaType:l??String(c.headers["\
content-type"]??"").split(";")[0]}}var dq="us-east-1",uq={label:"ECR Public",permissionHint:t=>`the credentials need ecr-public:${t}${t==="GetAuthorizationToken"?" and sts:GetServiceBearerToken":
""} (\`ecr-deliver iam-policy --registry-type public\` prints the policy)`};function mq(t){let e={description:t.catalogDescription,aboutText:t.catalogAbout,usageText:t.
catalogUsage};return Object.values(e).some(r=>r!==void 0)?e:void 0}var Od=class{constructor(e,r,o){this.registryId=r;this.deadline=o;this.client=new wd(es(dq,e,
o))}registryId;deadline;client;registryUri;loginData;close(){this.client.destroy()}send(e,r){return Kl(uq,e,this.deadline,()=>this.client.send(r,{abortSignal:this.
deadline?.signal}))}async login(){let[e,r]=await Promise.all([this.send("GetAuthorizationToken",new Ad({})),this.registryUri??this.describeRegistryUri()]);return Gi(
e.authorizationData,r.split("/")[0])}async describeRegistryUri(){let e=await this.send("DescribeRegistries",new Cd({})),r=e.registries?.find(o=>!this.registryId||
o.registryId===this.registryId)??e.registries?.[0];if(!r?.registryUri)throw new pe("ECR Public returned no registry","create the public registry (its alias) in \
the ECR Public console first");return this.registryUri=r.registryUri,r.registryUri}async findRepository(e){try{let o=(await this.send("DescribeRepositories",new vd(
{registryId:this.registryId,repositoryNames:[Mr(e)]}))).repositories?.[0];return o&&this.info(o,!1)}catch(r){if(Et(r)==="RepositoryNotFoundException")return;throw r}}async ensureRepository(e){
let r=await this.findRepository(e.repository);if(r)return r;if(!e.createRepository)throw new pe(`repository ${e.repository} does not exist in ECR Public`,"creat\
e it, or set create-repository: true");try{let o=await this.send("CreateRepository",new Id({repositoryName:Mr(e.repository),catalogData:mq(e)}));return this.info(
o.repository,!0)}catch(o){if(Et(o)!=="RepositoryAlreadyExistsException")throw o;let n=await this.findRepository(e.repository);if(!n)throw o;return n}}async applyPolicies(e){
e.repositoryPolicy&&await this.send("SetRepositoryPolicy",new Pd({registryId:this.registryId,repositoryName:Mr(e.repository),policyText:(0,KN.readFileSync)(e.repositoryPolicy,
"utf8")}))}async images(e,r){let o=new Map,n;try{do{let s=await this.send("DescribeImageTags",new Td({registryId:this.registryId,repositoryName:Mr(e),nextToken:n}));
for(let i of s.imageTagDetails??[])i.imageTag&&r.includes(i.imageTag)&&i.imageDetail?.imageDigest&&o.set(i.imageTag,{digest:i.imageDetail.imageDigest,manifest:"",
mediaType:i.imageDetail.imageManifestMediaType??""});n=s.nextToken}while(n&&o.size<r.length)}catch(s){if(Et(s)==="RepositoryNotFoundException")return o;throw s}
return o}async putTag(e,r,o){let{manifest:n,mediaType:s}=r;if(!n){this.loginData??=this.login();let i=await this.loginData,a=`${(this.registryUri??"").split("/").
slice(1).join("/")}/${Mr(e)}`.replace(/^\//,"");({manifest:n,mediaType:s}=await WN(i,a,r.digest,ts,this.deadline?.signal))}try{await this.send("PutImage",new bd(
{registryId:this.registryId,repositoryName:Mr(e),imageManifest:n,imageManifestMediaType:s||void 0,imageDigest:r.digest,imageTag:o}))}catch(i){if(Et(i)==="ImageA\
lreadyExistsException")return;throw i}}info(e,r){return this.registryUri??=e.repositoryUri.slice(0,e.repositoryUri.length-e.repositoryName.length-1),{name:e.repositoryName,
uri:e.repositoryUri,arn:e.repositoryArn,mutability:"MUTABLE",exclusionFilters:[],scanOnPush:!1,created:r}}};var fq=(t,e,r,o)=>new rs(t,e,r,o),gq=(t,e,r,o)=>new Od(e,r,o);function Nd(t,e,r){return(t.openRegistry??(t.options.registryType==="public"?gq:fq))(t.context.region,
e,t.options.registryId,r)}function Dd(t){if(t.options.roleToAssume)return jh(JN(t)).catch(e=>e)}function JN({options:t,context:e,platformToken:r,env:o}){return{
ci:e.ci,audience:t.audience,tokenFile:t.webIdentityTokenFile,tokenEnv:t.webIdentityTokenEnv,platformToken:r,env:o}}async function kd(t,e,r){let{options:o,context:n,
reporter:s}=t;if(!o.roleToAssume||!e){s.info("No role-to-assume: using the ambient AWS credential chain");return}let i=await e;if(i instanceof Error)throw i;s.info(
`Assuming ${o.roleToAssume} as ${n.sessionName} with the OIDC token from ${i.source}`);let a={roleArn:o.roleToAssume,sessionName:n.sessionName,durationSeconds:o.
roleDurationSeconds,region:n.region},c=await Gh(a,i.token,s,r);return aN(c,async()=>{let l=await jh({...JN(t),renew:!0});return s.info(`Renewing the credentials\
 of ${o.roleToAssume} before they expire, with a new OIDC token from ${l.source}`),Gh(a,l.token,s,r)})}function $d(t){let e=new xn(t.options.timeoutSeconds,t.lifetime);return e.bound(()=>hq(t,e))}async function hq(t,e){let r=new to(t.run,t.reporter,e,En(t.env)),o=r.
check(),n=Dd(t);await o;let s=await t.reporter.phase("Credentials",()=>kd(t,n,e)),i=Nd(t,s,e);try{return await t.reporter.phase("Login",async()=>{let[a,c]=await Promise.
all([i.login(),Jl(t.options.pullRegistries,t.context.region,s,e)]),l=[a,...c.filter(d=>d.host!==a.host)];for(let d of l)t.onLogin?.(d.host),await r.login(d);return{
registry:a.host,registries:l.map(d=>d.host),login:a}})}finally{i.close()}}var Ld=require("node:fs");function YN(t,e){if(t.kmsKey!==void 0&&t.encryptionType!=="KMS")throw new w("kms-key",t.kmsKey,"needs `encryption-type: KMS`");let r={registryType:Yh(t)},o={...t,
...r};return yq(o),Xh(t.mode,t.dockerCredentialsOutput),Eq(o),e==="deliver"&&xq(o),r}function Yh(t){return tu(t.repository)?(gn("repository",t.repository,vy(t.repository)??
Be.repository(Mr(t.repository))),"public"):t.registryType}function yq(t){if(t.registryType==="public"&&t.lifecyclePolicy!==void 0)throw new w("lifecycle-policy",
t.lifecyclePolicy,"does not apply to ECR Public, which has no lifecycle policies");if(t.registryType==="private"){for(let[e,r]of[["catalog-description",t.catalogDescription],
["catalog-about",t.catalogAbout],["catalog-usage",t.catalogUsage]])if(r!==void 0)throw new w(e,r,"applies to ECR Public only: set `registry-type: public`")}}function Xh(t,e){
if(t==="deliver"&&e)throw new w("docker-credentials-output","true","applies to `mode: login` only")}function Eq(t){if(t.scanWait&&t.registryType==="public")throw new w(
"scan-wait","true","does not apply to ECR Public, which does not scan images");if(!t.scanWait){if(t.scanStart)throw new w("scan-start","true","needs `scan-wait:\
 true` (a started scan is only useful when the run waits for it)");if(t.failOnSeverity!=="none")throw new w("fail-on-severity",t.failOnSeverity,"needs `scan-wai\
t: true`: the gate reads the scan the run waits for")}}function xq(t){if(t.image!==void 0){let e=[["dockerfile",t.dockerfile],["target",t.target],["platform",t.
platform],["build-args",t.buildArgs.map(o=>`${o.split("=")[0]}=***`).join(`
`)||void 0],["labels",t.labels.join(`
`)||void 0]];for(let[o,n]of e)if(n!==void 0)throw new w(o,n,"cannot be combined with `image` (nothing is built)");let r=aa(fs(t));if(r)throw new w(r,"***","cann\
ot be combined with `image` (nothing is built)");return}t.skipExisting||Qh(t)}function Qh(t){if(!(0,Ld.existsSync)(t.context)||!(0,Ld.statSync)(t.context).isDirectory())
throw new w("context",t.context,"is not a directory");ko("dockerfile",Ki(t))}function Ki(t){return t.dockerfile??`${t.context.replace(/\/+$/,"")}/Dockerfile`}var Sq=4096,Rq=65536;function Ud(t,e){if(e===void 0||e.trim()==="")return;let r=t.type==="list",o=r?e:e.trim(),n=r?Rq:Sq;if(o.length>n)throw new w(t.name,o,`is \
longer than ${n} characters`);if((r?/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/:/[\x00-\x1f\x7f]/).test(o))throw new w(t.name,o,"contains control characters");return o}function Zh(t,e){
let r=Vi.find(n=>n.name===t),o=Ud(r,e)??r.default;return o===void 0?void 0:r.parse(o,t)}function is(t,e="deliver"){let r={};for(let n of Vi){let s=Ud(n,t(n.name))??
n.default;if(s!==void 0)r[n.field]=n.parse(s,n.name);else if(n.type==="list")r[n.field]=[];else if(n.required&&e==="login")r[n.field]="";else if(n.required)throw new w(
n.name,"","is required")}let o=r;return{...o,...YN(o,e)}}function XN(t){let e=Zh("mode",t("mode")),r=Zh("docker-credentials-output",t("docker-credentials-output"));
return Xh(e,r),{mode:e,skipLogout:Zh("skip-logout",t("skip-logout")),dockerCredentialsOutput:r}}function QN(t,e){let[r,...o]=e.tags,n=e.existing.get(r),s=n&&(t.skipExisting||Fh(e.repository,r))?n:void 0;_q(e,s);let i=t.push?["policies",...o.length?["copy-t\
ags"]:[],"verify"]:[];if(s)return{steps:i,reuse:s,localTags:[],pushed:!1};let a=[],c=t.push&&e.builder==="buildx"&&(!!t.platform?.includes(",")||t.provenance);return e.
baseFromTarget&&!t.image||c?a.push("login-before-build"):t.push&&a.push("login"),t.pullRegistries.length&&!t.image&&a.push("pull-registry-logins"),t.cache&&!t.image&&
e.cacheSource&&a.push("cache"),t.image?a.push("tag-local"):a.push("build"),t.push&&a.push(c?"builder-push":"push"),{steps:[...a,...i],localTags:c?[r]:e.tags,pushed:t.
push}}function _q({tags:t,repository:e,existing:r},o){for(let n of t){let s=r.get(n);if(!(!s||!Fh(e,n)||o&&s.digest===o.digest))throw new pe(`tag ${n} already e\
xists in the immutable repository ${e.name} at ${s.digest}, which is not the image being delivered`,"immutable tags cannot move: remove the tag from `tags` (use\
 a new one), or make the repository MUTABLE")}}var Cr=[...dn,"INFORMATIONAL","UNDEFINED"],wq=10,Iq=1e3,Tq=15e3,Cq=2e4,vq=new Set(["COMPLETE","ACTIVE"]),Aq=new Set(["IN_PROGRESS","PENDING"]),bq=t=>new Promise(
e=>setTimeout(e,t));async function eD(t,e){try{return await Pq(t,e)}catch(r){if(r instanceof Xr)throw r;let o=mn(r);return Fd(e,"failed",`could not read ECR's s\
can of ${e.digest}: ${o.message}`,o.hint??"check the role's permissions for the scan (`ecr-deliver iam-policy \u2026 --scan-wait true`)")}}async function Pq(t,e){
let r=e.sleep??bq,o=e.now??Date.now,n=o(),s=n+e.timeoutSeconds*1e3,i=Iq,a=!1,c="no scan yet";for(;;){let l=await t.scanFindings(e.repository,e.digest);if(!l&&e.
start&&!a){e.info(`No scan of ${e.digest} yet: starting one (StartImageScan)`),await t.startScan(e.repository,e.digest),a=!0;continue}let d=l?.imageScanStatus?.
status??"";if(l&&vq.has(d))return Dq(e,await Nq(t,e,l));if(l&&!Aq.has(d))return Fd(e,"failed",`ECR's scan of ${e.digest} ended ${d||"without a status"}${l.imageScanStatus?.
description?`: ${l.imageScanStatus.description}`:""}`,"ECR scans images whose OS packages it knows; see the scan status in the ECR console");c=l?`scan ${d}`:"no\
 scan yet";let m=(!l&&!a?Math.min(s,n+Cq):s)-o();if(!l&&!a&&m<=0)return Oq(e,o()-n);if(m<=0)return Fd(e,"timeout",`ECR's scan of ${e.digest} did not complete wi\
thin ${e.timeoutSeconds} s (scan-timeout-seconds; last seen: ${c})`,"raise scan-timeout-seconds; enhanced scanning of a new image can take several minutes");await r(
Math.min(i,m)),i=Math.min(i*2,Tq)}}function Oq(t,e){let r=t.scanOnPush?"although the repository is set to scan on push":"the repository does not scan on push";return Fd(
t,"not-found",`ECR has no scan of ${t.digest} after ${Math.round(e/1e3)} s: ${r}`,"turn scan on push on (scan-on-push for a repository the run creates, `aws ecr\
 put-image-scanning-configuration`, or a registry scanning rule), or set scan-start: true")}async function Nq(t,e,r){let o=[r];for(let n=r.nextToken;n;n=o[o.length-
1].nextToken){let s=await t.scanFindings(e.repository,e.digest,n);if(!s)break;o.push(s)}return o}function Dq(t,e){let r=e[0].imageScanFindings?.findingSeverityCounts??
{},o=Object.fromEntries(Cr.map(a=>[a,r[a]??0])),n=e.flatMap(a=>[...(a.imageScanFindings?.findings??[]).map($q),...(a.imageScanFindings?.enhancedFindings??[]).map(
Lq)]),s=a=>{let c=Cr.indexOf(a.severity);return c<0?Cr.length:c},i=n.map((a,c)=>({f:a,i:c})).sort((a,c)=>s(a.f)-s(c.f)||a.i-c.i).slice(0,wq).map(({f:a})=>a);return{
outcome:"complete",counts:o,top:i,threshold:t.threshold,gate:kq(o,t.threshold)}}function Fd(t,e,r,o){return{outcome:e,counts:{},top:[],problem:r,hint:o,threshold:t.
threshold,gate:t.threshold==="none"?"off":"failed"}}function kq(t,e){return e==="none"?"off":dn.slice(0,dn.indexOf(e)+1).some(o=>(t[o]??0)>0)?"failed":"passed"}
function tD(t){return t?.outcome==="complete"?JSON.stringify(t.counts):""}function Md(t,e){if(!t)return{};if(t.gate==="failed"&&t.outcome!=="complete")return{failure:new ds(
`fail-on-severity ${t.threshold}: ${t.problem}; the image is pushed (${e}) but could not be judged`,t.hint)};if(t.gate==="failed"){let r=dn.slice(0,dn.indexOf(t.
threshold)+1).filter(o=>t.counts[o]>0);return{failure:new ds(`fail-on-severity ${t.threshold}: ECR's scan found ${r.map(o=>`${t.counts[o]} ${o}`).join(", ")}; t\
he image is pushed (${e}) but should not be deployed`,"fix or upgrade the packages listed in the summary and deliver again, or raise fail-on-severity")}}return t.
outcome!=="complete"?{warning:`scan-wait: ${t.problem}`}:{}}var ZN=(t,e)=>t.attributes?.find(r=>r.key===e)?.value;function $q(t){let e=[ZN(t,"package_name"),ZN(
t,"package_version")].filter(Boolean).join(" ");return{name:t.name??"",severity:t.severity??"UNDEFINED",package:e,link:t.uri??""}}function Lq(t){let e=t.packageVulnerabilityDetails,
r=(e?.vulnerablePackages??[]).map(o=>[o.name,o.version].filter(Boolean).join(" ")).join(", ");return{name:e?.vulnerabilityId??t.title??"",severity:t.severity??"\
UNDEFINED",package:r,link:e?.sourceUrl??e?.referenceUrls?.[0]??""}}function Bd(t){let e=new xn(t.options.timeoutSeconds,t.lifetime),r=sa.create(t.env);return e.bound(()=>Uq(t,e,En(t.env,r.dir))).finally(()=>r.remove())}async function Uq(t,e,r){
let{options:o,context:n,reporter:s}=t,i=new to(t.run,s,e,r),a=fs(o);if(!o.image){for(let y of Jy(a,t.env))s.secret(y);Ky(a,t.env)}let c=o.image?{}:iE(o,a),l=!o.
image&&(c.buildx||c.buildkit||cu(t.env)!==void 0),d=i.check().then(()=>l?i.builder(c):void 0),u=Dd(t);await d,o.image||await i.checkPlatforms(o.platform),o.image||
i.builder().catch(()=>{});let m=await s.phase("Credentials",()=>kd(t,u,e)),f=Nd(t,m,e),g=()=>Jl(o.pullRegistries,n.region,m,e);try{return await new ey(t,i,f,g).
run()}finally{f.close()}}var ey=class{constructor(e,r,o,n=async()=>[]){this.req=e;this.docker=r;this.ecr=o;this.pullLogins=n;this.o=e.options,this.sha=e.context.
commitSha,this.tags=[...new Set([this.sha,...this.o.tags,...e.context.release.tags])]}req;docker;ecr;pullLogins;o;sha;tags;repo;loggedIn=[];background=[];async run(){
try{let e=await this.steps(),r=await this.scan(e);return{outputs:{...e,"scan-findings":tD(r)},scan:r}}catch(e){throw await Promise.allSettled(this.background),e}}async steps(){
let{reporter:e}=this.req,[r,o]=await e.phase("Repository",()=>Promise.all([this.o.push?this.ecr.ensureRepository(this.o,Sy(this.o.tags,this.req.context.release)):
this.lookUpRepository(),this.ecr.images(this.o.repository,this.tags)]));this.repo=r,r.created&&e.info(`Created repository ${r.uri} (${r.mutability})`);let n=QN(
this.o,{tags:this.tags,repository:r,existing:o,builder:this.o.image?void 0:await this.docker.builder(),cacheSource:this.ecr.latestImage!==void 0,baseFromTarget:!this.
o.image&&Hh(Ki(this.o)).includes(r.uri.split("/")[0])});return this.execute(n,r,o)}async execute(e,r,o){let{reporter:n}=this.req,s=f=>e.steps.includes(f),i=s("p\
olicies")?this.inBackground(this.ecr.applyPolicies(this.o)):Promise.resolve();if(e.reuse){let f=e.reuse;return n.info(`${r.uri}:${this.sha} already exists (${f.
digest}): nothing to build or upload`),s("verify")?(await i,s("copy-tags")&&await n.phase("Tag",()=>this.copyTags(r,f,o)),this.verified(r,f.digest,!1)):this.outputs(
r,f.digest,!1)}let a=s("login")||s("login-before-build")?this.inBackground(n.track("Login",()=>this.login())):void 0,c=s("pull-registry-logins")?this.inBackground(
this.loginPullRegistries()):void 0,l=s("cache")?this.cacheSource(r,()=>a??this.login()):void 0;s("login-before-build")&&await a,await c;let d=e.localTags.map(f=>`${r.
uri}:${f}`),u=s("tag-local")?await n.phase("Tag",()=>this.tagLocal(d)):await n.phase("Build",()=>this.build(d,r,s("builder-push"),l));if(!e.pushed)return this.outputs(
r,"",!1);await Promise.all([a,i]);let m=s("builder-push")?u:await n.phase("Push",()=>this.docker.push(`${r.uri}:${this.sha}`,()=>this.login()));return s("copy-t\
ags")&&await n.phase("Tag",async()=>{let f=(await this.ecr.images(this.o.repository,[this.sha])).get(this.sha);if(!f||f.digest!==m)throw new pe(`ECR does not sh\
ow ${this.sha} at the pushed digest ${m}`);await this.copyTags(r,f,o)}),this.verified(r,m,!0)}async cacheSource(e,r){try{let o=await this.ecr.latestImage(e.name);
if(!o){this.req.reporter.info("No layer cache yet: the repository has no image to reuse layers from");return}let n=`${e.uri}@${o}`;return await r(),await this.docker.
builder()==="classic"&&!await this.docker.pullCache(n)?void 0:(this.req.reporter.info(`Layer cache: ${n}`),n)}catch(o){if(o instanceof Xr)throw o;this.req.reporter.
warning(`no layer cache: ${o.message}`);return}}async scan(e){if(!this.o.scanWait||!this.repo)return;if(!e.digest){this.req.reporter.info("scan-wait: nothing wa\
s pushed (push: false), so there is no scan to wait for");return}let{reporter:r}=this.req,o=this.repo,n=this.ecr;if(!n.scanFindings||!n.startScan)throw new pe("\
scan-wait: this registry does not scan images","ECR Public has no image scanning: drop scan-wait");return r.phase("Scan",()=>eD(n,{repository:this.o.repository,
digest:e.digest,timeoutSeconds:this.o.scanTimeoutSeconds,start:this.o.scanStart,threshold:this.o.failOnSeverity,scanOnPush:o.scanOnPush,info:s=>r.info(s)}))}inBackground(e){
return e.catch(()=>{}),this.background.push(e),e}async lookUpRepository(){let e=await this.ecr.findRepository(this.o.repository);if(e)return e;let{host:r}=await this.
ecr.login();return{name:this.o.repository,uri:`${r}/${this.o.repository}`,arn:"",mutability:"MUTABLE",exclusionFilters:[],scanOnPush:!1,created:!1}}async login(){
let e=await this.ecr.login();await this.docker.login(e),this.loggedIn.push(e.host)}async loginPullRegistries(){let e=await this.req.reporter.phase("Login to pul\
l registries",()=>this.pullLogins());for(let r of e)await this.docker.login(r),this.loggedIn.push(r.host)}async tagLocal(e){for(let r of e)await this.docker.tag(
this.o.image,r)}async build(e,r,o,n){Qh(this.o);let i=await this.docker.build({context:this.o.context,dockerfile:Ki(this.o),tags:e,labels:this.labels(),buildArgs:this.
o.buildArgs,target:this.o.target,platform:this.o.platform,cache:n?{from:await n}:void 0,secrets:fs(this.o),provenance:this.o.provenance,pushFromBuilder:o},await this.
docker.builder()).catch(a=>{let c=a instanceof It&&eN(a.message,Ki(this.o),[...this.loggedIn,r.uri.split("/")[0]],this.req.context.region);throw c?new It(a.message,
c):a});if(o&&!i)throw new It("buildx pushed but reported no digest");return i}labels(){let e=this.req.context,r={"org.opencontainers.image.revision":this.sha,"o\
rg.opencontainers.image.created":new Date().toISOString()};e.sourceUrl&&(r["org.opencontainers.image.source"]=e.sourceUrl),e.release.version&&(r["org.opencontai\
ners.image.version"]=e.release.version);for(let o of this.o.labels){let n=o.indexOf("=");r[o.slice(0,n)]=o.slice(n+1)}return r}async copyTags(e,r,o){let n=this.
tags.slice(1).filter(s=>o.get(s)?.digest!==r.digest);await XO(this.ecr,e.name,r,n)}async verified(e,r,o){let n=await this.ecr.images(this.o.repository,this.tags),
s=this.tags.filter(i=>n.get(i)?.digest!==r);if(s.length)throw new pe(`after delivery, tag(s) ${s.join(", ")} do not point at ${r} in ECR`,"another delivery may \
have moved them at the same time; re-run to deliver again");return this.outputs(e,r,o)}outputs(e,r,o){return{registry:e.uri.split("/")[0],"repository-uri":e.uri,
image:`${e.uri}:${this.sha}`,digest:r,"image-ref":r?`${e.uri}@${r}`:"",tags:this.tags,pushed:o,"scan-findings":""}}};var Ji=class{timings=[];started=Date.now();async time(e,r){let o=Date.now();try{return await r()}finally{let n=Date.now();this.timings.push({title:e,seconds:(n-
o)/1e3,start:(o-this.started)/1e3,end:(n-this.started)/1e3})}}get byStart(){return[...this.timings].sort((e,r)=>e.start-r.start)}get totalSeconds(){return(Date.
now()-this.started)/1e3}describe(){let e=this.byStart.map(r=>`${r.title} ${r.seconds.toFixed(1)} s`).join(", ");return`${e?`${e}; `:""}total ${this.totalSeconds.
toFixed(1)} s`}},Yi=class{constructor(e=process.stderr){this.stream=e;this.output=e}stream;clock=new Ji;output;info(e){this.stream.write(`${e}
`)}warning(e){this.stream.write(`warning: ${e}
`)}secret(){}track(e,r){return this.clock.time(e,r)}async phase(e,r){this.info(`\u25B6 ${e}`);let o=Date.now(),n=await this.clock.time(e,r);return this.info(`\u2714 ${e}\
 (${((Date.now()-o)/1e3).toFixed(1)} s)`),n}};var rD=t=>Math.round(t*1e3),oD=t=>t.replace(/[:#;]/g," ").trim()||"phase";function nD(t){let e=["```mermaid","gantt","  title ecr-deliver phases (seconds since \
start)","  dateFormat x","  axisFormat %M:%S"];return t.forEach((r,o)=>{let n=rD(r.start),s=Math.max(rD(r.end),n+1);e.push(`  section ${oD(r.title)}`,`  ${oD(r.
title)} ${r.seconds.toFixed(1)} s :p${o}, ${n}, ${s}`)}),e.push("```"),e.join(`
`)}function sD(t,e=40){if(t.length===0)return[];let r=Math.max(...t.map(n=>n.end),.001),o=Math.max(...t.map(n=>n.title.length));return t.map(n=>{let s=Math.min(
e-1,Math.floor(n.start/r*e)),i=Math.max(s+1,Math.min(e,Math.round(n.end/r*e))),a="\xB7".repeat(s)+"\u2588".repeat(i-s)+"\xB7".repeat(e-i);return`${n.title.padEnd(
o)}  ${a}  ${n.start.toFixed(1)}\u2013${n.end.toFixed(1)} s`})}var iD=require("node:child_process"),Hd=new Set,as=(t,e,r={})=>new Promise((o,n)=>{let s=r.silent?void 0:r.output??process.stdout;s?.write(`[command]${[t,...e].
join(" ")}
`);let i=(0,iD.spawn)(t,e,{stdio:"pipe",env:r.env??process.env});Hd.add(i);let a=!1,c=r.timeoutMs===void 0?void 0:setTimeout(()=>{a=!0,i.kill("SIGKILL")},r.timeoutMs),
l=[],d=[];i.stdout.on("data",u=>{l.push(u),s?.write(u)}),i.stderr.on("data",u=>{d.push(u),s?.write(u)}),i.stdin.on("error",()=>{}),i.stdin.end(r.input),i.on("er\
ror",u=>{Hd.delete(i),clearTimeout(c),n(u)}),i.on("close",(u,m)=>{Hd.delete(i),clearTimeout(c),o({code:u??(m?128:1),stdout:Buffer.concat(l).toString(),stderr:Buffer.
concat(d).toString(),...a?{timedOut:a}:{}})})});async function aD(t){let e=[...Hd];if(!e.length)return;let r=i=>new Promise(a=>{i.exitCode!==null||i.signalCode!==
null?a():i.once("close",()=>a())}),o=Promise.all(e.map(r));for(let i of e)i.kill("SIGTERM");let n,s=new Promise(i=>{n=setTimeout(()=>i("grace"),t)});if(await Promise.
race([o,s])==="grace"){for(let i of e)i.exitCode===null&&i.signalCode===null&&i.kill("SIGKILL");await o}clearTimeout(n)}var cD=["SIGINT","SIGTERM"],Fq=2e3;function Xi(){let t=new AbortController,e=!1,r=o=>t.abort(o);for(let o of cD)process.on(o,r);return{cancelled:t.signal,stopChildren:o=>(e=
!0,aD(o)),end:()=>{for(let o of cD)process.off(o,r);e&&setTimeout(()=>process.exit(process.exitCode||1),Fq).unref()}}}var Zi=t=>e=>t[dy(e)];function Qi(t){let e=mn(t);return process.stderr.write(`ecr-deliver: ${e.message}
`),e.hint&&process.stderr.write(`hint: ${e.hint}
`),e.exitCode}async function jd(t,e){let r=new Yi(process.stderr),o=Xi();try{let n=is(t),s=yn(n),{outputs:i,scan:a}=await Bd({options:n,context:s,reporter:r,run:as,
env:process.env,lifetime:o});r.info(Bq(i,r.clock,a)),e(i);let c=Md(a,i["image-ref"]);return c.warning&&r.warning(c.warning),c.failure?Qi(c.failure):0}catch(n){return Qi(
n)}finally{o.end()}}async function Gd(t,e){let r=new Yi(process.stderr),o=Xi();try{let n=is(t,"login"),s=yn(n,process.env,"login"),{registry:i}=await $d({options:n,
context:s,reporter:r,run:as,env:process.env,lifetime:o});return r.info(pD(`logged in to ${i}`,[["registry",i]],r.clock)),e(i),0}catch(n){return Qi(n)}finally{o.
end()}}function Mq(t){return t.pushed?"true":t.digest?"false (the SHA tag was already in ECR: nothing built or uploaded)":"false (push: false, built and tagged \
locally only)"}function Bq(t,e,r){let o=t.pushed?`delivered ${t.image}`:t.digest?`already delivered: ${t.image}`:`built ${t.image} (not pushed)`,n=Fr.filter(({name:i})=>i!==
"scan-findings"||r).map(({name:i})=>[i,i==="pushed"?Mq(t):No(t,i)||"-"]),s=sD(e.byStart).map(i=>`    ${i}`);return[pD(o,n,e),"  timeline",...s,...r?Hq(r):[]].join(
`
`)}function Hq(t){if(t.outcome!=="complete")return["  scan",`    ${t.problem}`];let e=Cr.map(n=>Math.max(n.length,String(t.counts[n]).length)),r=["  scan",`    ${Cr.
map((n,s)=>n.padStart(e[s])).join("  ")}`,`    ${Cr.map((n,s)=>String(t.counts[n]).padStart(e[s])).join("  ")}`];t.gate!=="off"&&r.push(`    fail-on-severity ${t.
threshold}: ${t.gate}`);let o=n=>n.replace(/[\x00-\x1f\x7f-\x9f]+/g," ");for(let n of t.top)r.push(o(`    ${n.severity.padEnd(13)} ${n.name}  ${n.package||"-"} \
 ${n.link}`).trimEnd());return r}function pD(t,e,r){let o=[...e,["time",r.describe()]],n=Math.max(...o.map(([s])=>s.length));return[`\u2500\u2500 ecr-deliver: ${t}\
 \u2500\u2500`,...o.map(([s,i])=>`  ${s.padEnd(n)}  ${i}`)].join(`
`)}var jq=["deliver","login"],lD="ECR_DELIVER_COMMAND",Gq=t=>`'${t.replace(/'/g,"'\\''")}'`,mD=(t,e)=>`export ${uy(t)}=${Gq(e)}
`;function zq(t){return Fr.map(({name:e})=>mD(e,No(t,e))).join("")}function dD(t,e){t.BASH_ENV?(0,uD.appendFileSync)(t.BASH_ENV,e):process.stderr.write(`warning\
: BASH_ENV is not set: the outputs are not exported to later steps
`)}async function fD(t=process.env){let e=t[lD]||"deliver";e==="login"?process.exitCode=await Gd(Zi(t),r=>dD(t,mD("registry",r))):e==="deliver"?process.exitCode=
await jd(Zi(t),r=>dD(t,zq(r))):(process.stderr.write(`ecr-deliver: ${lD}: ${us(e)} is not one of ${jq.join(", ")}
`),process.exitCode=2)}var wD=require("node:util");var xD=require("node:util");var Vq=["ecr:BatchCheckLayerAvailability","ecr:InitiateLayerUpload","ecr:UploadLayerPart","ecr:CompleteLayerUpload","ecr:PutImage"],ty=["ecr:BatchGetImage","ecr\
:GetDownloadUrlForLayer","ecr:BatchCheckLayerAvailability"];function qq(t){let e=new Set(["ecr:DescribeRepositories","ecr:BatchGetImage"]),r=o=>{for(let n of o)
e.add(n)};return t.push&&(r(Vq),t.createRepository&&e.add("ecr:CreateRepository"),t.lifecyclePolicy&&e.add("ecr:PutLifecyclePolicy"),t.repositoryPolicy&&e.add("\
ecr:SetRepositoryPolicy")),t.cache&&r(["ecr:DescribeImages",...ty]),t.scanWait&&e.add("ecr:DescribeImageScanFindings"),t.scanWait&&t.scanStart&&e.add("ecr:Start\
ImageScan"),[...e].sort()}function Wq(t){return`arn:${Zr(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${t.repository}`}function ry(t){if(t.
registryType==="public")return Yq(t);let e=[{Sid:"EcrLogin",Effect:"Allow",Action:"ecr:GetAuthorizationToken",Resource:"*"},{Sid:"EcrDeliver",Effect:"Allow",Action:qq(
t),Resource:Wq(t)}];if(t.push&&t.createRepository&&t.encryptionType==="KMS"){let r=t.kmsKey&&/^arn:[^:]+:kms:[^:]+:\d{12}:key\//.test(t.kmsKey)?t.kmsKey:`arn:${Zr(
t.region)}:kms:${t.region}:${t.registryId??t.accountId}:key/*`,o={"kms:ViaService":`ecr.${t.region}.amazonaws.com${Zr(t.region)==="aws-cn"?".cn":""}`};e.push({Sid:"\
KmsGrantForNewRepository",Effect:"Allow",Action:"kms:CreateGrant",Resource:r,Condition:{StringEquals:o,Bool:{"kms:GrantIsForAWSResource":"true"}}},{Sid:"KmsForN\
ewRepository",Effect:"Allow",Action:["kms:DescribeKey","kms:RetireGrant"],Resource:r,Condition:{StringEquals:o}})}return e.push(...hD(t)),{Version:"2012-10-17",
Statement:e}}function hD(t){let e=[],r=t.pullRepositories?.length?t.pullRepositories:["*"],o=(t.pullRegistries??[]).flatMap(s=>r.map(i=>`arn:${Zr(s.region??t.region)}\
:ecr:${s.region??t.region}:${s.id}:repository/${i}`));o.length&&e.push({Sid:"EcrPullBaseImages",Effect:"Allow",Action:ty.slice().sort(),Resource:o.length===1?o[0]:
o});let n=(t.pullThrough??[]).map(s=>`arn:${Zr(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${s}/*`);return n.length&&e.push({Sid:"EcrPull\
ThroughCache",Effect:"Allow",Action:[...Kq,...ty].sort(),Resource:n.length===1?n[0]:n}),e}function yD(t){return!t.pullRegistries?.length||t.pullRepositories?.length?
[]:[`--pull-repositories not given: the role may pull every repository of ${t.pullRegistries.map(e=>e.id).join(", ")}; pass name patterns to narrow it`]}var Kq=[
"ecr:BatchImportUpstreamImage","ecr:CreateRepository"],gD=["ecr-public:GetAuthorizationToken","sts:GetServiceBearerToken"],Jq=["ecr-public:BatchCheckLayerAvaila\
bility","ecr-public:InitiateLayerUpload","ecr-public:UploadLayerPart","ecr-public:CompleteLayerUpload","ecr-public:PutImage"];function Yq(t){let e=t.push?gD:[...gD,
"ecr-public:DescribeRegistries"],r=new Set(["ecr-public:DescribeRepositories","ecr-public:DescribeImageTags"]);if(t.push){for(let n of Jq)r.add(n);t.createRepository&&
r.add("ecr-public:CreateRepository"),t.repositoryPolicy&&r.add("ecr-public:SetRepositoryPolicy")}let o=t.repository.replace(/^public\.ecr\.aws\/[^/]+\//,"");return{
Version:"2012-10-17",Statement:[{Sid:"EcrPublicLogin",Effect:"Allow",Action:e,Resource:"*"},{Sid:"EcrPublicDeliver",Effect:"Allow",Action:[...r].sort(),Resource:`\
arn:aws:ecr-public::${t.registryId??t.accountId}:repository/${o}`},...hD(t)]}}var Xq="token.actions.githubusercontent.com",Qq="oidc.circleci.com/org";function Zq(t){let e=t.pullRequest?"pull_request":t.environment!==void 0?`environment:${t.
environment}`:t.tag!==void 0?`ref:refs/tags/${t.tag}`:`ref:refs/heads/${t.branch??"main"}`;return`repo:${t.repo}:${e}`}function ED(t){let e=Zr(t.region),r,o,n;if(t.
provider==="github")r=t.githubIssuer??Xq,o=t.audience??zi,n=Zq(t);else if(t.provider==="circleci")r=`${Qq}/${t.orgId}`,o=t.audience??t.orgId,n=`org/${t.orgId}/p\
roject/${t.projectId}/user/*${t.vcsRef?`/vcs-origin/*/vcs-ref/${t.vcsRef}`:""}`;else return;let s=/[*?]/.test(n),i={StringEquals:{[`${r}:aud`]:o}};return s?i.StringLike=
{[`${r}:sub`]:n}:i.StringEquals[`${r}:sub`]=n,{Version:"2012-10-17",Statement:[{Effect:"Allow",Principal:{Federated:`arn:${e}:iam::${t.accountId}:oidc-provider/${r}`},
Action:"sts:AssumeRoleWithWebIdentity",Condition:i}]}}var e6=["repo","branch","tag","environment","pull-request","github-issuer"],t6=["org-id","project-id","vcs-ref"];function SD(t,e=process.env){let r=r6(t),o=o6(r),
n=n6(o.provider,r);if(o.kmsKey!==void 0&&o.encryptionType!=="KMS")throw new w("kms-key",o.kmsKey,"needs --encryption-type KMS");if(o.pullRepositories?.length&&!o.
pullRegistries?.length)throw new w("pull-repositories",r.get("pull-repositories"),"needs --pull-registries");if(o.only==="trust"&&n==="none")throw new w("only",
o.only,"needs a --provider: `none` has no trust policy");return{request:{repository:o.repository,region:su(o.awsRegion,e),accountId:o.accountId,registryId:o.registryId,
provider:n,audience:o.audience,createRepository:o.createRepository,lifecyclePolicy:o.lifecyclePolicy,repositoryPolicy:o.repositoryPolicy,cache:o.cache,push:o.push,
encryptionType:o.encryptionType,kmsKey:o.kmsKey,scanWait:o.scanWait,scanStart:o.scanStart,pullRegistries:o.pullRegistries,pullRepositories:o.pullRepositories,pullThrough:o.
pullThrough,registryType:Yh({repository:o.repository,registryType:o.registryType}),...n==="github"?s6(o):n==="circleci"?i6(o):{}},only:o.only}}function r6(t){let{
values:e,positionals:r}=(0,xD.parseArgs)({args:t,options:Object.fromEntries(os.map(n=>[n.name,{type:"string"}])),strict:!0,allowPositionals:!0});if(r.length)throw new w(
"iam-policy",r[0],"is not a flag: every value follows its --flag (see `ecr-deliver iam-policy --help`)");let o=new Map;for(let n of os){let s=Ud(n,e[n.name]);s!==
void 0&&o.set(n.name,s)}return o}function o6(t){let e={};for(let r of os){let o=t.get(r.name)??r.default;if(o!==void 0)e[r.field]=r.parse(o,r.name);else if(r.required)
throw new w(r.name,"","is required")}return e}function n6(t,e){let r=e6.filter(i=>e.has(i)),o=t6.filter(i=>e.has(i)),n=t??(r.length?"github":o.length?"circleci":
void 0);if(!n)throw new w("provider","","is required: github (with --repo), circleci (with --org-id), or none");let s=n==="github"?o:n==="circleci"?r:[...r,...o];
if(s.length)throw new w(s[0],e.get(s[0]),`does not apply to --provider ${n}`);return n}function s6(t){if(t.repo===void 0)throw new w("repo","","is required: the\
 GitHub repository as OWNER/REPO (or OWNER@ID/REPO@ID)");let{branch:e,tag:r,environment:o,pullRequest:n}=t;if(e!==void 0&&o!==void 0)throw new w("branch",e,"can\
not be combined with --environment: a job with an environment gets `environment:NAME` as its OIDC subject");if(n&&(e!==void 0||o!==void 0))throw new w("pull-req\
uest","true","cannot be combined with --branch or --environment: a pull_request run's OIDC subject is `repo:OWNER/REPO:pull_request`");if(r!==void 0&&(e!==void 0||
o!==void 0||n))throw new w("tag",r,"cannot be combined with --branch, --environment or --pull-request: a tag push's OIDC subject is `repo:OWNER/REPO:ref:refs/ta\
gs/TAG`");let s=o===void 0&&!n&&r===void 0;return{repo:t.repo,environment:o,pullRequest:n,tag:r,branch:s?e??"main":void 0,githubIssuer:t.githubIssuer}}function i6(t){
if(t.orgId===void 0)throw new w("org-id","","is required: the CircleCI organization id (a UUID, Organization Settings > Overview)");if(t.projectId===void 0)throw new w(
"project-id","","is required: the CircleCI project id (a UUID, Project Settings > Overview): without it every project of the org could deliver");return{orgId:t.
orgId,projectId:t.projectId,vcsRef:t.vcsRef}}function a6(t){let e=ED(t);return e?{permissionsPolicy:ry(t),trustPolicy:e}:{permissionsPolicy:ry(t)}}function RD(t,e){
let r=a6(t),o=e==="permissions"?r.permissionsPolicy:e==="trust"?r.trustPolicy:r;return`${JSON.stringify(o,null,2)}
`}var _D="0.1.0";var oy=Vi.filter(t=>!t.githubOnly),ID=["iam-policy","login"];function ny(t,e,r=100){let o=[],n="";for(let s of t.split(/\s+/).filter(Boolean))n&&e.length+n.length+
1+s.length>r?(o.push(n),n=s):n=n?`${n} ${s}`:s;return n&&o.push(n),o.map(s=>e+s).join(`
`)}function p6(){return["Usage: ecr-deliver [--option value \u2026] [--json]      deliver an image","       ecr-deliver login [--option value \u2026]         credent\
ials + docker login only","       ecr-deliver iam-policy --help                the IAM policies a CI role needs","","Delivers a container image to Amazon ECR: O\
IDC credentials, ECR login, repository, build,","commit-SHA tag, push. Every option can also be given as ECR_DELIVER_<OPTION> in the environment","(e.g. ECR_DEL\
IVER_ROLE_TO_ASSUME); a flag wins over the environment.","","Options:",...oy.map(e=>{let r=e.default!==void 0?` Default: ${e.default}.`:e.defaultText?` Default:\
 ${e.defaultText.replace(/`/g,"")}.`:"";return`  --${e.name} <value>
${ny(`${e.description.replace(/`/g,"")}${e.required?" Required.":""}${r}`,"      ")}`}),"  --json","      Print the outputs as one JSON object on stdout (logs g\
o to stderr).","  --help, --version","",`Outputs: ${Fr.map(e=>e.name).join(", ")}.`,"Exit codes: 0 delivered, 1 failed, 2 bad input."].join(`
`)}function l6(){return["Usage: ecr-deliver login [--option value \u2026] [--json]","","Gets AWS credentials (OIDC or ambient) and runs docker login to the ECR \
registry, nothing else;",'later docker commands in the same job can pull and push. --json prints {"registry": "<host>"}.',"Unlike a delivery (which logs in to a\
 private docker config removed when it ends), login writes","the registry password to your docker config (DOCKER_CONFIG, else ~/.docker) by design, where it","s\
tays for 12 hours: run `docker logout <registry>` when done on a shared host.","","Options (also as ECR_DELIVER_<OPTION>):",...oy.filter(e=>Yl.includes(e.name)).
map(e=>`  --${e.name} <value>
${ny(e.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 logged in, 1 failed, 2 bad input."].join(`
`)}function d6(){return["Usage: ecr-deliver iam-policy --repository NAME --account-id ID --aws-region REGION","         --repo OWNER/REPO [--branch BRANCH | --e\
nvironment NAME]     (GitHub)","         --org-id UUID --project-id UUID [--vcs-ref REF]               (CircleCI)","         [the delivery options the role must\
 allow, e.g. --cache false]","",'Prints {"permissionsPolicy": \u2026, "trustPolicy": \u2026} as JSON: the least-privilege permissions for',"delivering to the re\
pository with the given options, and the OIDC trust policy with aud and sub","pinned. No AWS call is made.","","Flags:",...os.map(t=>`  --${t.name} ${t.value}
${ny(t.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 printed, 2 bad input."].join(`
`)}function TD(t,e){let r=t,o=/'(-[^' ]+)/.exec(r.message??"")?.[1],n=`see ecr-deliver ${e?`${e} `:""}--help`;switch(r.code){case"ERR_PARSE_ARGS_UNKNOWN_OPTION":
return`${o}: is not a flag of ecr-deliver${e?` ${e}`:""} (${n})`;case"ERR_PARSE_ARGS_INVALID_OPTION_VALUE":return/does not take an argument/.test(r.message??"")?
`${o}: takes no value`:/ambiguous/.test(r.message??"")?`${o}: needs a value; for a value that starts with "-", write ${o}=VALUE`:`${o}: needs a value (${n})`;case"\
ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":{let s=/'([^']*)'/.exec(r.message??"")?.[1]??"";return`${us(s)} is not a command or flag: use ${ID.join(", ")} or --flags \
(${n})`}default:return`${(r.message??String(t)).split(`
`)[0]} (${n})`}}function u6(t,e,r){try{let o=Object.fromEntries(e.map(n=>[n,{type:"string"}]));return(0,wD.parseArgs)({args:t,options:{...o,json:{type:"boolean"},
help:{type:"boolean",short:"h"},version:{type:"boolean"}},strict:!0,allowPositionals:!1}).values}catch(o){process.stderr.write(`ecr-deliver: ${TD(o,r)}
`),process.exitCode=2;return}}function m6(t){if(t.includes("--help")||t.includes("-h"))return process.stdout.write(`${d6()}
`),0;try{let{request:e,only:r}=SD(t.filter(o=>o!=="--json"));process.stdout.write(RD(e,r));for(let o of yD(e))process.stderr.write(`note: ${o}
`);return 0}catch(e){return e.code?.startsWith("ERR_PARSE_ARGS")?(process.stderr.write(`ecr-deliver: ${TD(e,"iam-policy")}
`),2):Qi(e)}}async function CD(t){let e=ID.find(i=>i===t[0])??"";if(e==="iam-policy"){process.exitCode=m6(t.slice(1));return}let r=e?t.slice(1):t,o=u6(r,e==="lo\
gin"?Yl:oy.map(i=>i.name),e);if(!o)return;if(o.help)return void process.stdout.write(`${e==="login"?l6():p6()}
`);if(o.version)return void process.stdout.write(`${_D}
`);let n=Zi(process.env);if(e==="login"){let i=a=>Yl.includes(a)?o[a]??n(a):void 0;process.exitCode=await Gd(i,a=>{o.json&&process.stdout.write(`${JSON.stringify(
{registry:a})}
`)});return}let s=i=>o[i]??n(i);process.exitCode=await jd(s,i=>{o.json&&process.stdout.write(`${JSON.stringify(my(i))}
`)})}var sy=require("node:fs"),Lr=require("node:os"),vD=require("node:stream");var f6=t=>t.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A"),cs,AD=!0;function ea(t){t.length&&(process.stdout.write(t),AD=typeof t=="string"?t.endsWith(
`
`):t[t.length-1]===10)}var iy=()=>AD?"":Lr.EOL,bD=new vD.Writable({write(t,e,r){cs||(cs=crypto.randomUUID().replace(/-/g,""),ea(`${iy()}::stop-commands::${cs}${Lr.EOL}`)),
ea(t),r()}});function ta(t,e=""){cs&&(ea(`${iy()}::${cs}::${Lr.EOL}`),cs=void 0),ea(`::${t}::${f6(e)}${Lr.EOL}`)}function zd(t){return(process.env[`INPUT_${t.replace(
/ /g,"_").toUpperCase()}`]??"").trim()}function PD(t,e,r){let o=process.env[`GITHUB_${t}`];if(!o)throw new Error(`GITHUB_${t} is not set: not running in a GitHu\
b Actions step`);let n=`ghadelimiter_${crypto.randomUUID()}`;if(e.includes(n)||r.includes(n))throw new Error(`value of ${e} contains the delimiter`);(0,sy.appendFileSync)(
o,`${e}<<${n}${Lr.EOL}${r}${Lr.EOL}${n}${Lr.EOL}`,"utf8")}var ps=(t,e)=>PD("OUTPUT",t,e),Vd=(t,e)=>PD("STATE",t,e),ay=t=>process.env[`STATE_${t}`]??"",qd=t=>ta(
"add-mask",t),Wd=t=>ea(`${iy()}${t}${Lr.EOL}`),cy=t=>ta("warning",t),g6=t=>ta("error",t);function OD(t){process.exitCode=1,g6(t)}async function ND(t,e){ta("grou\
p",t);try{return await e()}finally{ta("endgroup")}}function py(t){let e=process.env.GITHUB_STEP_SUMMARY;e&&(0,sy.appendFileSync)(e,`${t}${Lr.EOL}`,"utf8")}var h6=4,
y6=1e4;async function DD(t){let e=process.env.ACTIONS_ID_TOKEN_REQUEST_URL,r=process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;if(!e||!r)throw new Error("ACTIONS_ID_TO\
KEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set");let o=`${e}&audience=${encodeURIComponent(t)}`;for(let n=1;;n++){let s;try{let i=await Wi(o,{headers:{
Authorization:`Bearer ${r}`,Accept:"application/json"},timeoutMs:y6});if(i.status===200){let a=E6(i.text);if(!a)throw new Error("the token service answered with\
out a token");return qd(a),a}if(s=`HTTP ${i.status}`,i.status<500&&i.status!==429)throw new Error(`the token service answered ${s}`)}catch(i){if(i.message.startsWith(
"the token service")||i instanceof hr)throw i;s=i.message}if(n>=h6)throw new Error(`the token service did not answer after ${n} attempts (${s})`);await new Promise(
i=>setTimeout(i,500*2**(n-1)))}}function E6(t){try{let e=JSON.parse(t)?.value;return typeof e=="string"?e:void 0}catch{return}}var ls=t=>t.replace(/[\r\n]+/g," ").replace(/[|\\`*_~<>[\]]/g,e=>`\\${e}`),ly=t=>`\`${t.replace(/`/g,"'")}\``;function kD(t,e,r){let o=t.pushed?"delivered":t.digest?
"already delivered":"built, not pushed",n=[["image",ly(t.image)],["digest",t.digest?ly(t.digest):"(not pushed)"],["tags",t.tags.map(ly).join(" ")],["pushed",String(
t.pushed)],["timings",ls(e.describe())]],s=[`### ecr-deliver: ${o}`,"","| | |","|---|---|",...n.map(([i,a])=>`| ${i} | ${a} |`),"","#### Timeline","",nD(e.byStart),
""];return r&&s.push(...S6(r),""),s.join(`
`)}function S6(t){let e=["#### Vulnerability scan",""];if(t.outcome!=="complete")return e.push("> [!WARNING]",`> ${ls(t.problem??"no scan")}`),t.gate==="failed"&&
e.push(">",`> fail-on-severity ${t.threshold}: **failed** (the image is pushed, but could not be judged)`),e;if(e.push(`| ${Cr.join(" | ")} |`,`|${Cr.map(()=>"-\
--:").join("|")}|`,`| ${Cr.map(r=>t.counts[r]).join(" | ")} |`,""),t.gate!=="off"&&e.push(t.gate==="failed"?`**fail-on-severity ${t.threshold}: failed.** The im\
age is pushed, but should not be deployed.`:`fail-on-severity ${t.threshold}: passed.`,""),t.top.length){e.push("| finding | severity | package |","|---|---|---\
|");for(let r of t.top){let o=/^https?:\/\/[^\s()<>]+$/.test(r.link)?`[${ls(r.name)}](${r.link})`:ls(r.name);e.push(`| ${o} | ${ls(r.severity)} | ${ls(r.package)||
"\u2014"} |`)}}else e.push("No findings.");return e}var $D="isPost",LD="registries",UD="skipLogout",Kd=class{clock=new Ji;output=bD;info=e=>Wd(e);warning=e=>cy(e);secret=e=>qd(e);phase(e,r){return ND(e,()=>this.clock.
time(e,r))}track(e,r){return this.clock.time(e,r)}},FD=t=>t[`STATE_${$D}`]==="true";async function MD(){Vd($D,"true");let t=new Kd,e=new Set,r=s=>{e.add(s),Vd(LD,
JSON.stringify([...e]))},o=Xi(),n={reporter:t,run:as,env:process.env,platformToken:s=>DD(s),lifetime:o};try{let s=XN(u=>zd(u));if(s.mode==="login")return await R6(
n,r,s);let i=is(u=>zd(u)),a=yn(i),{outputs:c,scan:l}=await Bd({options:i,context:a,...n});for(let{name:u}of Fr)ps(u,No(c,u));py(kD(c,t.clock,l));let d=Md(l,c["i\
mage-ref"]);if(d.warning&&cy(d.warning),d.failure)throw d.failure}catch(s){let i=mn(s);OD(i.hint?`${i.message}
Hint: ${i.hint}`:i.message)}finally{o.end()}}async function R6(t,e,r){r.skipLogout&&Vd(UD,"true");let o=is(i=>zd(i),"login"),n=yn(o,process.env,"login"),s=await $d(
{options:o,context:n,...t,onLogin:e});ps("registry",s.registry),ps("registries",s.registries.join(",")),r.dockerCredentialsOutput&&(qd(s.login.password),ps("doc\
ker-username",s.login.username),ps("docker-password",s.login.password)),Wd(`Logged in to ${s.registries.join(", ")}${r.skipLogout?" (kept after the job: skip-lo\
gout)":"; the post step logs out"}`),py(["### ecr-deliver login","",...s.registries.map(i=>`- \`${i}\``),"",`timings: ${t.reporter.clock.describe()}`,""].join(`\

`))}async function BD(){let t=JSON.parse(ay(LD)||"[]");if(ay(UD)==="true"){Wd(`skip-logout: docker stays logged in to ${t.join(", ")||"nothing"}`);return}let e=new to(
as,new Kd,void 0,En(process.env));for(let r of t)await e.logout(r)}async function _6(){let t=process.env,e=process.argv.slice(2);return e.length===0&&t.GITHUB_ACTIONS==="true"&&Object.keys(t).some(r=>r.startsWith("INPUT_"))?FD(
t)?BD():MD():e.length===0&&t.CIRCLECI==="true"?fD():CD(e)}_6();
