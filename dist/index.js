#!/usr/bin/env node
"use strict";var jD=Object.create;var Yd=Object.defineProperty;var GD=Object.getOwnPropertyDescriptor;var zD=Object.getOwnPropertyNames;var VD=Object.getPrototypeOf,qD=Object.prototype.hasOwnProperty;var p=(t,e,r)=>()=>{if(r)throw r[0];try{return t&&(e=t(t=0)),e}catch(o){throw r=[o],o}};var Xd=(t,e)=>()=>{try{return e||t((e={exports:{}}).exports,e),e.exports}catch(r){throw e=0,r}},sr=(t,e)=>{for(var r in e)Yd(t,r,{get:e[r],enumerable:!0})},WD=(t,e,r,o)=>{
if(e&&typeof e=="object"||typeof e=="function")for(let n of zD(e))!qD.call(t,n)&&n!==r&&Yd(t,n,{get:()=>e[n],enumerable:!(o=GD(e,n))||o.enumerable});return t};var Ur=(t,e,r)=>(r=t!=null?jD(VD(t)):{},WD(e||!t||!t.__esModule?Yd(r,"default",{value:t,enumerable:!0}):r,t));var pa,Tt,cE=p(()=>{pa={warningEmitted:!1},Tt=t=>{if(t&&!pa.warningEmitted){if(process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED==="true"){pa.warningEmitted=
!0;return}let e=parseInt(t.substring(1,t.indexOf("."))),r=22;e<r&&(pa.warningEmitted=!0,process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScri\
pt (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${t}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`))}}});function B(t,e,r){return t.$source||(t.$source={}),t.$source[e]=r,t}var pE=p(()=>{});function br(t,e,r){t.__aws_sdk_context?t.__aws_sdk_context.features||(t.__aws_sdk_context.features={}):t.__aws_sdk_context={features:{}},t.__aws_sdk_context.features[e]=
r}var lE=p(()=>{});var Uk,Er,dE=p(()=>{Uk=()=>typeof process=="object"&&process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026==="true",Er=(t,e)=>{if(Uk()&&typeof t?.handle!="functi\
on")return e}});var hs,uu=p(()=>{hs=t=>typeof ArrayBuffer=="function"&&t instanceof ArrayBuffer||Object.prototype.toString.call(t)==="[object ArrayBuffer]"});var _n,la,wn=p(()=>{uu();_n=(t,e=0,r=t.byteLength-e)=>{if(!hs(t))throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof t} (${t})`);
return Buffer.from(t,e,r)},la=(t,e)=>{if(typeof t!="string")throw new TypeError(`The "input" argument must be of type string. Received type ${typeof t} (${t})`);
return e?Buffer.from(t,e):Buffer.from(t)}});var Fk,Re,uE=p(()=>{wn();Fk=/^[A-Za-z0-9+/]*={0,2}$/,Re=t=>{if(t.length*3%4!==0)throw new TypeError("Incorrect padding on base64 string.");if(!Fk.exec(t))throw new TypeError(
"Invalid base64 string.");let e=la(t,"base64");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}});var ie,da=p(()=>{wn();ie=t=>{let e=la(t,"utf8");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength/Uint8Array.BYTES_PER_ELEMENT)}});var me,mE=p(()=>{wn();da();me=t=>{let e;if(typeof t=="string"?e=ie(t):e=t,typeof e!="object"||typeof e.byteOffset!="number"||typeof e.byteLength!="number")throw new Error(
"@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");return _n(e.buffer,e.byteOffset,e.byteLength).toString("base64")}});function fE(t,e,r,o){return class ua extends Uint8Array{static fromString(s,i="utf-8"){if(typeof s=="string")return i==="base64"?ua.mutate(o(s)):ua.mutate(e(s));
throw new Error(`Unsupported conversion from ${typeof s} to Uint8ArrayBlobAdapter.`)}static mutate(s){return Object.setPrototypeOf(s,ua.prototype),s}transformToString(s="\
utf-8"){return s==="base64"?r(this):t(this)}}}var gE=p(()=>{});var Z,hE=p(()=>{wn();Z=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@\
smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return _n(t.buffer,t.byteOffset,t.byteLength).toString("utf8")}});function yE(t){return typeof crypto<"u"&&typeof crypto.randomUUID=="function"?()=>crypto.randomUUID():()=>{let e=new Uint8Array(16);return t(e),e[6]=e[6]&15|64,
e[8]=e[8]&63|128,He[e[0]]+He[e[1]]+He[e[2]]+He[e[3]]+"-"+He[e[4]]+He[e[5]]+"-"+He[e[6]]+He[e[7]]+"-"+He[e[8]]+He[e[9]]+"-"+He[e[10]]+He[e[11]]+He[e[12]]+He[e[13]]+
He[e[14]]+He[e[15]]}}var He,EE=p(()=>{He=Array.from({length:256},(t,e)=>e.toString(16).padStart(2,"0"))});var Lo,xE=p(()=>{(function(t){t.HTTP="http",t.HTTPS="https"})(Lo||(Lo={}))});var Br,SE=p(()=>{(function(t){t.MD5="md5",t.CRC32="crc32",t.CRC32C="crc32c",t.SHA1="sha1",t.SHA256="sha256"})(Br||(Br={}))});var RE=p(()=>{SE()});var xr,_E=p(()=>{xr="__smithy_context"});var Ar,wE=p(()=>{(function(t){t.PROFILE="profile",t.SSO_SESSION="sso-session",t.SERVICES="services"})(Ar||(Ar={}))});var Pr=p(()=>{xE();RE();_E();wE()});var ee,IE=p(()=>{Pr();ee=t=>t[xr]||(t[xr]={})});function P(t,e){return Object.prototype.hasOwnProperty.call(t,e)}var mu=p(()=>{});function Mk(t){return Object.keys(t).reduce((e,r)=>{let o=t[r];return{...e,[r]:Array.isArray(o)?[...o]:o}},{})}var j,TE=p(()=>{j=class t{method;protocol;hostname;port;path;query;headers;username;password;fragment;body;constructor(e){
this.method=e.method||"GET",this.hostname=e.hostname||"localhost",this.port=e.port,this.query=e.query||{},this.headers=e.headers||{},this.body=e.body,this.protocol=
e.protocol?e.protocol.slice(-1)!==":"?`${e.protocol}:`:e.protocol:"https:",this.path=e.path?e.path.charAt(0)!=="/"?`/${e.path}`:e.path:"/",this.username=e.username,
this.password=e.password,this.fragment=e.fragment}static clone(e){let r=new t({...e,headers:{...e.headers}});return r.query&&(r.query=Mk(r.query)),r}static isInstance(e){
if(!e)return!1;let r=e;return"method"in r&&"protocol"in r&&"hostname"in r&&"path"in r&&typeof r.query=="object"&&typeof r.headers=="object"}clone(){return t.clone(
this)}}});var Je,CE=p(()=>{Je=class{statusCode;reason;headers;body;constructor(e){this.statusCode=e.statusCode,this.reason=e.reason,this.headers=e.headers||{},this.body=e.
body}static isInstance(e){if(!e)return!1;let r=e;return typeof r.statusCode=="number"&&typeof r.headers=="object"}}});var Bk,Or,vE=p(()=>{Bk=new RegExp("^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$"),Or=(t,e=!1)=>{if(!e)return Bk.test(t);let r=t.split(".");for(let o of r)if(!Or(o))return!1;
return!0}});function fu(t){return/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(t)}var bE=p(()=>{});var q,AE=p(()=>{q=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});function PE(t){let e={};if(t=t.replace(/^\?/,""),t)for(let r of t.split("&")){let[o,n=null]=r.split("=");o=decodeURIComponent(o),n&&(n=decodeURIComponent(n)),o in
e?Array.isArray(e[o])?e[o].push(n):e[o]=[e[o],n]:e[o]=n}return e}var OE=p(()=>{});var fe,gu=p(()=>{OE();fe=t=>{if(typeof t=="string")return fe(new URL(t));let{hostname:e,pathname:r,port:o,protocol:n,search:s}=t,i;return s&&(i=PE(s)),{hostname:e,
port:o?parseInt(o):void 0,protocol:n,path:r,query:i}}});var ro,NE=p(()=>{mu();gu();ro=t=>{if(typeof t=="object"){if("url"in t){let e=fe(t.url);if(t.headers){e.headers={};for(let r in t.headers)P(t.headers,r)&&(e.headers[r.
toLowerCase()]=t.headers[r].join(", "))}return e}return t}return fe(t)}});var J=p(()=>{IE();mu();TE();CE();vE();bE();AE();gu();NE()});var hu,Hk,DE,jk,kE,$E,LE,Gk,UE,FE,zk,ma,In,ME,Vk,qk,BE=p(()=>{hu=t=>{if(t!=null){if(typeof t=="string"){let e=parseFloat(t);if(!Number.isNaN(e))return String(e)!==
String(t)&&qk.warn(Vk(`Expected number but observed string: ${t}`)),e}if(typeof t=="number")return t;throw new TypeError(`Expected number, got ${typeof t}: ${t}`)}},
Hk=Math.ceil(2**127*(2-2**-23)),DE=t=>{let e=hu(t);if(e!==void 0&&!Number.isNaN(e)&&e!==1/0&&e!==-1/0&&Math.abs(e)>Hk)throw new TypeError(`Expected 32-bit float\
, got ${t}`);return e},jk=t=>{if(t!=null){if(Number.isInteger(t)&&!Number.isNaN(t))return t;throw new TypeError(`Expected integer, got ${typeof t}: ${t}`)}},kE=
t=>LE(t,16),$E=t=>LE(t,8),LE=(t,e)=>{let r=jk(t);if(r!==void 0&&Gk(r,e)!==r)throw new TypeError(`Expected ${e}-bit integer, got ${t}`);return r},Gk=(t,e)=>{switch(e){case 32:
return Int32Array.of(t)[0];case 16:return Int16Array.of(t)[0];case 8:return Int8Array.of(t)[0]}},UE=t=>hu(typeof t=="string"?ma(t):t),FE=t=>DE(typeof t=="string"?
ma(t):t),zk=/(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g,ma=t=>{let e=t.match(zk);if(e===null||e[0].length!==t.length)throw new TypeError(
"Expected real number, got implicit NaN");return parseFloat(t)},In=t=>kE(typeof t=="string"?ma(t):t),ME=t=>$E(typeof t=="string"?ma(t):t),Vk=t=>String(new TypeError(
t).stack||t).split(`
`).slice(0,5).filter(e=>!e.includes("stackTraceWarning")).join(`
`),qk={warn:console.warn}});function Uo(t){let e=t.getUTCFullYear(),r=t.getUTCMonth(),o=t.getUTCDay(),n=t.getUTCDate(),s=t.getUTCHours(),i=t.getUTCMinutes(),a=t.getUTCSeconds(),c=n<10?`0${n}`:
`${n}`,l=s<10?`0${s}`:`${s}`,d=i<10?`0${i}`:`${i}`,u=a<10?`0${a}`:`${a}`;return`${Wk[o]}, ${c} ${Eu[r]} ${e} ${l}:${d}:${u} GMT`}var Wk,Eu,Kk,xu,Jk,Su,Yk,Xk,Qk,
Es,Ru,ys,Zk,e$,t$,yu,r$,o$,n$,Nr,s$,i$,Tn,HE=p(()=>{BE();Wk=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],Eu=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep",
"Oct","Nov","Dec"];Kk=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/),xu=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC-3339 date-times must be expressed as strings");let e=Kk.exec(t);if(!e)throw new TypeError("Invalid RFC-3339 date-time value");let[r,o,n,s,i,a,c,l]=e,d=In(Tn(
o)),u=Nr(n,"month",1,12),m=Nr(s,"day",1,31);return ys(d,u,m,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})},Jk=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/),
Su=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-3339 date-times must be expressed as strings");let e=Jk.exec(t);if(!e)throw new TypeError(
"Invalid RFC-3339 date-time value");let[r,o,n,s,i,a,c,l,d]=e,u=In(Tn(o)),m=Nr(n,"month",1,12),f=Nr(s,"day",1,31),g=ys(u,m,f,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l});
return d.toUpperCase()!="Z"&&g.setTime(g.getTime()-i$(d)),g},Yk=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
Xk=new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
Qk=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/),
Es=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-7231 date-times must be expressed as strings");let e=Yk.exec(t);if(e){let[r,o,n,s,i,a,c,
l]=e;return ys(In(Tn(s)),yu(n),Nr(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})}if(e=Xk.exec(t),e){let[r,o,n,s,i,a,c,l]=e;return t$(ys(Zk(
s),yu(n),Nr(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l}))}if(e=Qk.exec(t),e){let[r,o,n,s,i,a,c,l]=e;return ys(In(Tn(l)),yu(o),Nr(n.trimLeft(),
"day",1,31),{hours:s,minutes:i,seconds:a,fractionalMilliseconds:c})}throw new TypeError("Invalid RFC-7231 date-time value")},Ru=t=>{if(t==null)return;let e;if(typeof t==
"number")e=t;else if(typeof t=="string")e=UE(t);else if(typeof t=="object"&&t.tag===1)e=t.value;else throw new TypeError("Epoch timestamps must be expressed as \
floating point numbers or their string representation");if(Number.isNaN(e)||e===1/0||e===-1/0)throw new TypeError("Epoch timestamps must be valid, non-Infinite,\
 non-NaN numerics");return new Date(Math.round(e*1e3))},ys=(t,e,r,o)=>{let n=e-1;return o$(t,n,r),new Date(Date.UTC(t,n,r,Nr(o.hours,"hour",0,23),Nr(o.minutes,"\
minute",0,59),Nr(o.seconds,"seconds",0,60),s$(o.fractionalMilliseconds)))},Zk=t=>{let e=new Date().getUTCFullYear(),r=Math.floor(e/100)*100+In(Tn(t));return r<e?
r+100:r},e$=50*365*24*60*60*1e3,t$=t=>t.getTime()-new Date().getTime()>e$?new Date(Date.UTC(t.getUTCFullYear()-100,t.getUTCMonth(),t.getUTCDate(),t.getUTCHours(),
t.getUTCMinutes(),t.getUTCSeconds(),t.getUTCMilliseconds())):t,yu=t=>{let e=Eu.indexOf(t);if(e<0)throw new TypeError(`Invalid month: ${t}`);return e+1},r$=[31,28,
31,30,31,30,31,31,30,31,30,31],o$=(t,e,r)=>{let o=r$[e];if(e===1&&n$(t)&&(o=29),r>o)throw new TypeError(`Invalid day for ${Eu[e]} in ${t}: ${r}`)},n$=t=>t%4===0&&
(t%100!==0||t%400===0),Nr=(t,e,r,o)=>{let n=ME(Tn(t));if(n<r||n>o)throw new TypeError(`${e} must be between ${r} and ${o}, inclusive`);return n},s$=t=>t==null?0:
FE("0."+t)*1e3,i$=t=>{let e=t[0],r=1;if(e=="+")r=1;else if(e=="-")r=-1;else throw new TypeError(`Offset direction, ${e}, must be "+" or "-"`);let o=Number(t.substring(
1,3)),n=Number(t.substring(4,6));return r*(o*60+n)*60*1e3},Tn=t=>{let e=0;for(;e<t.length-1&&t.charAt(e)==="0";)e++;return e===0?t:t.slice(e)}});var Ye,jE=p(()=>{Ye=function(e){return Object.assign(new String(e),{deserializeJSON(){return JSON.parse(String(e))},toString(){return String(e)},toJSON(){return String(
e)}})};Ye.from=t=>t&&typeof t=="object"&&(t instanceof Ye||"deserializeJSON"in t)?t:typeof t=="string"||Object.getPrototypeOf(t)===String.prototype?Ye(String(t)):
Ye(JSON.stringify(t));Ye.fromObject=Ye.from});function _u(t){return(t.includes(",")||t.includes('"'))&&(t=`"${t.replace(/\\/g,"\\\\").replace(/"/g,'\\"')}"`),t}var GE=p(()=>{});function Hr(t,e,r){let o=Number(t);if(o<e||o>r)throw new Error(`Value ${o} out of range [${e}, ${r}]`)}var wu,Iu,Tu,zE,VE,a$,c$,p$,l$,d$,u$,Cu,vu,bu,qE=p(()=>{wu=
"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?",Iu="(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",Tu="(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?",zE="(\
\\d?\\d)",VE="(\\d{4})",a$=new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/),c$=/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/,
p$=new RegExp(`^${wu}, ${zE} ${Iu} ${VE} ${Tu} GMT$`),l$=new RegExp(`^${wu}, ${zE}-${Iu}-(\\d\\d) ${Tu} GMT$`),d$=new RegExp(`^${wu} ${Iu} ( [1-9]|\\d\\d) ${Tu}\
 ${VE}$`),u$=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"],Cu=t=>{if(t==null)return;let e=NaN;if(typeof t=="number")e=t;else if(typeof t==
"string"){if(!/^-?\d*\.?\d+$/.test(t))throw new TypeError("parseEpochTimestamp - numeric string invalid.");e=Number.parseFloat(t)}else typeof t=="object"&&t.tag===
1&&(e=t.value);if(isNaN(e)||Math.abs(e)===1/0)throw new TypeError("Epoch timestamps must be valid finite numbers.");return new Date(Math.round(e*1e3))},vu=t=>{if(t==
null)return;if(typeof t!="string")throw new TypeError("RFC3339 timestamps must be strings");let e=a$.exec(t);if(!e)throw new TypeError(`Invalid RFC3339 timestam\
p format ${t}`);let[,r,o,n,s,i,a,,c,l]=e;Hr(o,1,12),Hr(n,1,31),Hr(s,0,23),Hr(i,0,59),Hr(a,0,60);let d=new Date(Date.UTC(Number(r),Number(o)-1,Number(n),Number(s),
Number(i),Number(a),Number(c)?Math.round(parseFloat(`0.${c}`)*1e3):0));if(d.setUTCFullYear(Number(r)),l.toUpperCase()!="Z"){let[,u,m,f]=/([+-])(\d\d):(\d\d)/.exec(
l)||[void 0,"+",0,0],g=u==="-"?1:-1;d.setTime(d.getTime()+g*(Number(m)*60*60*1e3+Number(f)*60*1e3))}return d},bu=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC7231 timestamps must be strings.");if(c$.test(t))return new Date(t);let e,r,o,n,s,i,a,c;if((c=p$.exec(t))?[,e,r,o,n,s,i,a]=c:(c=l$.exec(t))?([,e,r,o,n,s,i,a]=
c,o=(Number(o)+1900).toString()):(c=d$.exec(t))&&([,r,e,n,s,i,a,o]=c),o&&i){let l=Date.UTC(Number(o),u$.indexOf(r),Number(e),Number(n),Number(s),Number(i),a?Math.
round(parseFloat(`0.${a}`)*1e3):0);Hr(e,1,31),Hr(n,0,23),Hr(s,0,59),Hr(i,0,60);let d=new Date(l);return d.setUTCFullYear(Number(o)),d}throw new TypeError(`Inval\
id RFC7231 date-time value ${t}.`)}});function Au(t,e,r){if(r<=0||!Number.isInteger(r))throw new Error("Invalid number of delimiters ("+r+") for splitEvery.");let o=t.split(e);if(r===1)return o;let n=[],
s="";for(let i=0;i<o.length;i++)s===""?s=o[i]:s+=e+o[i],(i+1)%r===0&&(n.push(s),s="");return s!==""&&n.push(s),n}var WE=p(()=>{});var xs,KE=p(()=>{xs=t=>{let e=t.length,r=[],o=!1,n=!1,s=0;for(let i=0;i<e;++i){let a=t[i];switch(a){case'"':n||(o=!o);break;case",":o||(r.push(t.slice(s,i)),s=i+
1);break;default:}n=a==="\\"&&!n}return r.push(t.slice(s)),r.map(i=>{i=i.trim();let a=i.length;return a<2?i:i[0]==='"'&&i[a-1]==='"'?(i=i.slice(1,a-1),i.replace(
/\\(["\\])/g,"$1")):i.replace(/\\"/g,'"')})}});var JE,_e,YE=p(()=>{JE=/^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/,_e=class t{string;type;constructor(e,r){if(this.string=e,this.type=r,!JE.test(e))throw new Error(
`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${e}"`)}toString(){return this.string}static[Symbol.hasInstance](e){
if(!e||typeof e!="object")return!1;let r=e;return t.prototype.isPrototypeOf(e)||r.type==="bigDecimal"&&JE.test(r.string)}}});function Ou(t){if(t.length%2!==0)throw new Error("Hex encoded strings must have an even number length");let e=new Uint8Array(t.length/2);for(let r=0;r<t.length;r+=
2){let o=t.slice(r,r+2).toLowerCase();if(o in Pu)e[r/2]=Pu[o];else throw new Error(`Cannot decode unrecognized sequence ${o} as hexadecimal`)}return e}function Xe(t){
let e="";for(let r=0;r<t.byteLength;r++)e+=XE[t[r]];return e}var XE,Pu,Nu=p(()=>{XE={},Pu={};for(let t=0;t<256;t++){let e=t.toString(16).toLowerCase();e.length===
1&&(e=`0${e}`),XE[t]=e,Pu[e]=t}});var Cn,Ct,QE=p(()=>{Cn=require("node:fs"),Ct=t=>{if(!t)return 0;if(typeof t=="string")return Buffer.byteLength(t);if(typeof t.byteLength=="number")return t.byteLength;
if(typeof t.size=="number")return t.size;if(typeof t.start=="number"&&typeof t.end=="number")return t.end+1-t.start;if(t instanceof Cn.ReadStream){if(t.path!=null)
return(0,Cn.lstatSync)(t.path).size;if(typeof t.fd=="number")return(0,Cn.fstatSync)(t.fd).size}throw new Error(`Body Length computation failed for ${t}`)}});var vt,ZE=p(()=>{da();vt=t=>t instanceof Uint8Array?t:typeof t=="string"?ie(t):ArrayBuffer.isView(t)?new Uint8Array(t.buffer,t.byteOffset,t.byteLength/Uint8Array.
BYTES_PER_ELEMENT):new Uint8Array(t)});function fa(t,e){if(e===void 0){e=0;for(let n of t)e+=n.byteLength}let r=new Uint8Array(e),o=0;for(let n of t)r.set(n,o),o+=n.byteLength;return r}var Du=p(()=>{});var je,Ss=p(()=>{je=class t extends Error{name="ProviderError";tryNextLink;constructor(e,r=!0){let o,n=!0;typeof r=="boolean"?(o=void 0,n=r):r!=null&&typeof r==
"object"&&(o=r.logger,n=r.tryNextLink??!0),super(e),this.tryNextLink=n,Object.setPrototypeOf(this,t.prototype),o?.debug?.(`@smithy/property-provider ${n?"->":"(\
!)"} ${e}`)}static from(e,r=!0){return Object.assign(new this(e.message,r),e)}}});var R,ga=p(()=>{Ss();R=class t extends je{name="CredentialsProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var bt,ex=p(()=>{Ss();bt=class t extends je{name="TokenProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var Fo,ku=p(()=>{Ss();Fo=(...t)=>async()=>{if(t.length===0)throw new je("No providers in chain");let e;for(let r of t)try{return await r()}catch(o){if(e=o,o?.tryNextLink)
continue;throw o}throw e}});var tx,rx=p(()=>{tx=t=>()=>Promise.resolve(t)});var ha,$u=p(()=>{ha=(t,e,r)=>{let o,n,s,i=!1,a=async()=>{n||(n=t());try{o=await n,s=!0,i=!1}finally{n=void 0}return o};return e===void 0?async c=>((!s||c?.forceRefresh)&&
(o=await a()),o):async c=>((!s||c?.forceRefresh)&&(o=await a()),i?o:r&&!r(o)?(i=!0,o):(e(o)&&await a(),o))}});var At,ya=p(()=>{At=(t,e,r)=>{if(e in t){if(t[e]==="true")return!0;if(t[e]==="false")return!1;throw new Error(`Cannot load ${r} "${e}". Expected "true" or "fals\
e", got ${t[e]}.`)}}});var Qe,Ea=p(()=>{(function(t){t.ENV="env",t.CONFIG="shared config entry"})(Qe||(Qe={}))});var ox,nx,Lu,m$,oo,Rs=p(()=>{ox=require("node:os"),nx=require("node:path"),Lu={},m$=()=>process&&process.geteuid?`${process.geteuid()}`:"DEFAULT",oo=()=>{let{HOME:t,
USERPROFILE:e,HOMEPATH:r,HOMEDRIVE:o=`C:${nx.sep}`}=process.env;if(t)return t;if(e)return e;if(r)return`${o}${r}`;let n=m$();return Lu[n]||(Lu[n]=(0,ox.homedir)()),
Lu[n]}});var xa,sx,Ze,Uu=p(()=>{xa="AWS_PROFILE",sx="default",Ze=t=>t.profile||process.env[xa]||sx});var ix,ax,_s,Fu=p(()=>{ix=require("node:crypto"),ax=require("node:path");Rs();_s=t=>{let r=(0,ix.createHash)("sha1").update(t).digest("hex");return(0,ax.join)(oo(),
".aws","sso","cache",`${r}.json`)}});var cx,ws,Is,Mu=p(()=>{cx=require("node:fs/promises");Fu();ws={},Is=async t=>{if(ws[t])return ws[t];let e=_s(t),r=await(0,cx.readFile)(e,"utf8");return JSON.parse(
r)}});var px,lx=p(()=>{Pr();px=t=>Object.entries(t).filter(([e])=>{let r=e.indexOf(".");return r===-1?!1:Object.values(Ar).includes(e.substring(0,r))}).reduce((e,[r,o])=>{
let n=r.indexOf("."),s=r.substring(0,n)===Ar.PROFILE?r.substring(n+1):r;return e[s]=o,e},{...t.default&&{default:t.default}})});var dx,f$,Sa,Bu=p(()=>{dx=require("node:path");Rs();f$="AWS_CONFIG_FILE",Sa=()=>process.env[f$]||(0,dx.join)(oo(),".aws","config")});var ux,g$,mx,fx=p(()=>{ux=require("node:path");Rs();g$="AWS_SHARED_CREDENTIALS_FILE",mx=()=>process.env[g$]||(0,ux.join)(oo(),".aws","credentials")});var h$,y$,Ts,Hu=p(()=>{Pr();h$=/^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/,y$=["__proto__","profile __proto__"],Ts=t=>{let e={},r,o;for(let n of t.split(/\r?\n/)){let s=n.
split(/(^|\s)[;#]/)[0].trim();if(s[0]==="["&&s[s.length-1]==="]"){r=void 0,o=void 0;let a=s.substring(1,s.length-1),c=h$.exec(a);if(c){let[,l,,d]=c;Object.values(
Ar).includes(l)&&(r=[l,d].join("."))}else r=a;if(y$.includes(a))throw new Error(`Found invalid profile name "${a}"`)}else if(r){let a=s.indexOf("=");if(![0,-1].
includes(a)){let[c,l]=[s.substring(0,a).trim(),s.substring(a+1).trim()];if(l==="")o=c;else{o&&n.trimStart()===n&&(o=void 0),e[r]=e[r]||{};let d=o?[o,c].join("."):
c;e[r][d]=l}}}}return e}});var gx,ju,Cs,vs,Ra=p(()=>{gx=require("node:fs/promises"),ju={},Cs={},vs=(t,e)=>Cs[t]!==void 0?Cs[t]:((!ju[t]||e?.ignoreCache)&&(ju[t]=(0,gx.readFile)(t,"utf8")),
ju[t])});var Gu,hx,_a,zu=p(()=>{Gu=require("node:path");lx();Bu();fx();Rs();Hu();Ra();hx=()=>({}),_a=async(t={})=>{let{filepath:e=mx(),configFilepath:r=Sa()}=t,o=oo(),n="\
~/",s=e;e.startsWith(n)&&(s=(0,Gu.join)(o,e.slice(2)));let i=r;r.startsWith(n)&&(i=(0,Gu.join)(o,r.slice(2)));let a=await Promise.all([vs(i,{ignoreCache:t.ignoreCache}).
then(Ts).then(px).catch(hx),vs(s,{ignoreCache:t.ignoreCache}).then(Ts).catch(hx)]);return{configFile:a[0],credentialsFile:a[1]}}});var yx,Ex=p(()=>{Pr();yx=t=>Object.entries(t).filter(([e])=>e.startsWith(Ar.SSO_SESSION+".")).reduce((e,[r,o])=>({...e,[r.substring(r.indexOf(".")+1)]:o}),{})});var E$,bs,xx=p(()=>{Bu();Ex();Hu();Ra();E$=()=>({}),bs=async(t={})=>vs(t.configFilepath??Sa()).then(Ts).then(yx).catch(E$)});var Sx,Rx=p(()=>{Sx=(...t)=>{let e={};for(let r of t)for(let[o,n]of Object.entries(r))e[o]!==void 0?Object.assign(e[o],n):e[o]=n;return e}});var Sr,_x=p(()=>{zu();Rx();Sr=async t=>{let e=await _a(t);return Sx(e.configFile,e.credentialsFile)}});var As,wx=p(()=>{Mu();Ra();As={getFileRecord(){return Cs},interceptFile(t,e){Cs[t]=Promise.resolve(e)},getTokenRecord(){return ws},interceptToken(t,e){ws[t]=e}}});function wa(t){try{let e=new Set(Array.from(t.match(/([A-Z_]){3,}/g)??[]));return e.delete("CONFIG"),e.delete("CONFIG_PREFIX_SEPARATOR"),e.delete("ENV"),[...e].
join(", ")}catch{return t}}var Vu=p(()=>{});var Ix,Tx=p(()=>{ga();Vu();Ix=(t,e)=>async()=>{try{let r=t(process.env,e);if(r===void 0)throw new Error;return r}catch(r){throw new R(r.message||`Not found in E\
NV: ${wa(t.toString())}`,{logger:e?.logger})}}});var Cx,vx=p(()=>{ga();Uu();zu();Vu();Cx=(t,{preferredFile:e="config",...r}={})=>async()=>{let o=Ze(r),{configFile:n,credentialsFile:s}=await _a(r),i=s[o]||{},a=n[o]||
{},c=e==="config"?{...i,...a}:{...a,...i};try{let d=t(c,e==="config"?n:s);if(d===void 0)throw new Error;return d}catch(l){throw new R(l.message||`Not found in c\
onfig files w/ profile [${o}]: ${wa(t.toString())}`,{logger:r.logger})}}});var x$,bx,Ax=p(()=>{rx();x$=t=>typeof t=="function",bx=t=>x$(t)?async()=>await t():tx(t)});var _,qu=p(()=>{ku();$u();Tx();vx();Ax();_=({environmentVariableSelector:t,configFileSelector:e,default:r},o={})=>{let{signingName:n,logger:s}=o;return ha(Fo(Ix(
t,{signingName:n,logger:s}),Cx(e,o),bx(r)))}});var Px,Ox,Pt,Nx=p(()=>{ya();Ea();Px="AWS_USE_DUALSTACK_ENDPOINT",Ox="use_dualstack_endpoint",Pt={environmentVariableSelector:t=>At(t,Px,Qe.ENV),configFileSelector:t=>At(
t,Ox,Qe.CONFIG),default:!1}});var Dx,kx,Ot,$x=p(()=>{ya();Ea();Dx="AWS_USE_FIPS_ENDPOINT",kx="use_fips_endpoint",Ot={environmentVariableSelector:t=>At(t,Dx,Qe.ENV),configFileSelector:t=>At(t,
kx,Qe.CONFIG),default:!1}});var Bo,no,vn,Lx,Ux,Wu=p(()=>{Bo=(t,e)=>{let r=[];if(t&&r.push(t),e)for(let o of e)r.push(o);return r},no=(t,e)=>`${t||"anonymous"}${e&&e.length>0?` (a.k.a. ${e.
join(",")})`:""}`,vn=()=>{let t=[],e=[],r=!1,o=new Set,n=u=>u.sort((m,f)=>Lx[f.step]-Lx[m.step]||Ux[f.priority||"normal"]-Ux[m.priority||"normal"]),s=u=>{let m=!1,
f=g=>{let y=Bo(g.name,g.aliases);if(y.includes(u)){m=!0;for(let h of y)o.delete(h);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},i=u=>{let m=!1,f=g=>{
if(g.middleware===u){m=!0;for(let y of Bo(g.name,g.aliases))o.delete(y);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},a=u=>(t.forEach(m=>{u.add(m.middleware,
{...m})}),e.forEach(m=>{u.addRelativeTo(m.middleware,{...m})}),u.identifyOnResolve?.(d.identifyOnResolve()),u),c=u=>{let m=[];return u.before.forEach(f=>{f.before.
length===0&&f.after.length===0?m.push(f):m.push(...c(f))}),m.push(u),u.after.reverse().forEach(f=>{f.before.length===0&&f.after.length===0?m.push(f):m.push(...c(
f))}),m},l=(u=!1)=>{let m=[],f=[],g={};return t.forEach(h=>{let S={...h,before:[],after:[]};for(let x of Bo(S.name,S.aliases))g[x]=S;m.push(S)}),e.forEach(h=>{let S={
...h,before:[],after:[]};for(let x of Bo(S.name,S.aliases))g[x]=S;f.push(S)}),f.forEach(h=>{if(h.toMiddleware){let S=g[h.toMiddleware];if(S===void 0){if(u)return;
throw new Error(`${h.toMiddleware} is not found when adding ${no(h.name,h.aliases)} middleware ${h.relation} ${h.toMiddleware}`)}h.relation==="after"&&S.after.push(
h),h.relation==="before"&&S.before.push(h)}}),n(m).map(c).reduce((h,S)=>(h.push(...S),h),[])},d={add:(u,m={})=>{let{name:f,override:g,aliases:y}=m,h={step:"init\
ialize",priority:"normal",middleware:u,...m},S=Bo(f,y);if(S.length>0){if(S.some(x=>o.has(x))){if(!g)throw new Error(`Duplicate middleware name '${no(f,y)}'`);for(let x of S){
let v=t.findIndex(L=>L.name===x||L.aliases?.some(Y=>Y===x));if(v===-1)continue;let A=t[v];if(A.step!==h.step||h.priority!==A.priority)throw new Error(`"${no(A.name,
A.aliases)}" middleware with ${A.priority} priority in ${A.step} step cannot be overridden by "${no(f,y)}" middleware with ${h.priority} priority in ${h.step} s\
tep.`);t.splice(v,1)}}for(let x of S)o.add(x)}t.push(h)},addRelativeTo:(u,m)=>{let{name:f,override:g,aliases:y}=m,h={middleware:u,...m},S=Bo(f,y);if(S.length>0){
if(S.some(x=>o.has(x))){if(!g)throw new Error(`Duplicate middleware name '${no(f,y)}'`);for(let x of S){let v=e.findIndex(L=>L.name===x||L.aliases?.some(Y=>Y===
x));if(v===-1)continue;let A=e[v];if(A.toMiddleware!==h.toMiddleware||A.relation!==h.relation)throw new Error(`"${no(A.name,A.aliases)}" middleware ${A.relation}\
 "${A.toMiddleware}" middleware cannot be overridden by "${no(f,y)}" middleware ${h.relation} "${h.toMiddleware}" middleware.`);e.splice(v,1)}}for(let x of S)o.
add(x)}e.push(h)},clone:()=>a(vn()),use:u=>{u.applyToStack(d)},remove:u=>typeof u=="string"?s(u):i(u),removeByTag:u=>{let m=!1,f=g=>{let{tags:y,name:h,aliases:S}=g;
if(y&&y.includes(u)){let x=Bo(h,S);for(let v of x)o.delete(v);return m=!0,!1}return!0};return t=t.filter(f),e=e.filter(f),m},concat:u=>{let m=a(vn());return m.use(
u),m.identifyOnResolve(r||m.identifyOnResolve()||(u.identifyOnResolve?.()??!1)),m},applyToStack:a,identify:()=>l(!0).map(u=>{let m=u.step??u.relation+" "+u.toMiddleware;
return no(u.name,u.aliases)+" - "+m}),identifyOnResolve(u){return typeof u=="boolean"&&(r=u),r},resolve:(u,m)=>{for(let f of l().map(g=>g.middleware).reverse())
u=f(u,m);return r&&console.log(d.identify()),u}};return d},Lx={initialize:5,serialize:4,build:3,finalizeRequest:2,deserialize:1},Ux={high:3,normal:2,low:1}});var Te,Fx=p(()=>{Wu();Te=class{config;middlewareStack=vn();initConfig;handlers;constructor(e){this.config=e;let{protocol:r,protocolSettings:o}=e;o&&typeof r=="f\
unction"&&(e.protocol=new r(o))}send(e,r,o){let n=typeof r!="function"?r:void 0,s=typeof r=="function"?r:o,i=n===void 0&&this.config.cacheMiddleware===!0,a;if(i){
this.handlers||(this.handlers=new WeakMap);let c=this.handlers;c.has(e.constructor)?a=c.get(e.constructor):(a=e.resolveMiddleware(this.middlewareStack,this.config,
n),c.set(e.constructor,a))}else delete this.handlers,a=e.resolveMiddleware(this.middlewareStack,this.config,n);if(s)a(e).then(c=>s(null,c.output),c=>s(c)).catch(
()=>{});else return a(e).then(c=>c.output)}destroy(){this.config?.requestHandler?.destroy?.(),delete this.handlers}}});var jr,Ku=p(()=>{jr=t=>typeof t=="function"?t():t});var Ia,Ju=p(()=>{Ia=(t,e,r,o,n)=>({name:e,namespace:t,traits:r,input:o,output:n})});var Mx,Yu,Bx=p(()=>{J();Ju();Mx=t=>(e,r)=>async o=>{let{response:n}=await e(o),{operationSchema:s}=ee(r),[,i,a,c,l,d]=s??[];try{let u=await t.protocol.deserializeResponse(
Ia(i,a,c,l,d),{...t,...r},n);return{response:n,output:u}}catch(u){if(Object.defineProperty(u,"$response",{value:n,enumerable:!1,writable:!1,configurable:!1}),!("\
$metadata"in u)){let m="Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";try{u.message+=`
  `+m}catch{!r.logger||r.logger?.constructor?.name==="NoOpLogger"?console.warn(m):r.logger?.warn?.(m)}typeof u.$responseBodyText<"u"&&u.$response&&(u.$response.
body=u.$responseBodyText);try{if(Je.isInstance(n)){let{headers:f={},statusCode:g}=n,y=Object.entries(f);u.$metadata={httpStatusCode:g,requestId:Yu(/^x-[\w-]+-request-?id$/,
y),extendedRequestId:Yu(/^x-[\w-]+-id-2$/,y),cfId:Yu(/^x-[\w-]+-cf-id$/,y)}}}catch{}}throw u}},Yu=(t,e)=>(e.find(([r])=>r.match(t))||[void 0,void 0])[1]});var Hx,jx=p(()=>{J();Ju();Hx=t=>(e,r)=>async o=>{let{operationSchema:n}=ee(r),[,s,i,a,c,l]=n??[],d=r.endpointV2?async()=>ro(r.endpointV2):t.endpoint,u=await t.protocol.
serializeRequest(Ia(s,i,a,c,l),o.input,{...t,...r,endpoint:d});return e({...o,request:u})}});function Nt(t){return{applyToStack:e=>{e.add(Hx(t),zx),e.add(Mx(t),Gx),t.protocol.setSerdeContext(t)}}}var Gx,zx,Vx=p(()=>{Bx();jx();Gx={name:"deserializerMiddl\
eware",step:"deserialize",tags:["DESERIALIZER"],override:!0},zx={name:"serializerMiddleware",step:"serialize",tags:["SERIALIZER"],override:!0}});function so(t){if(typeof t=="object")return t;if(t=t|0,Ta[t])return Ta[t];let e={},r=0;for(let o of["httpLabel","idempotent","idempotencyToken","sensitive","htt\
pPayload","httpResponseCode","httpQueryParams"])(t>>r++&1)===1&&(e[o]=1);return Ta[t]=e}var Ta,Xu=p(()=>{Ta=[]});function Os(t,e){if(t instanceof U)return Object.assign(t,{memberName:e,_isMemberSchema:!0});let r=U;return new r(t,e)}var Ps,Ca,va,U,Qu,qx,Wx=p(()=>{Ku();Xu();
Ps={it:Symbol.for("@smithy/nor-struct-it"),ns:Symbol.for("@smithy/ns")},Ca=[],va={},U=class t{ref;memberName;static symbol=Symbol.for("@smithy/nor");symbol=t.symbol;name;schema;_isMemberSchema;traits;memberTraits;normalizedTraits;constructor(e,r){
this.ref=e,this.memberName=r;let o=[],n=e,s=e;for(this._isMemberSchema=!1;Qu(n);)o.push(n[1]),n=n[0],s=jr(n),this._isMemberSchema=!0;if(o.length>0){this.memberTraits=
{};for(let i=o.length-1;i>=0;--i){let a=o[i];Object.assign(this.memberTraits,so(a))}}else this.memberTraits=0;if(s instanceof t){let i=this.memberTraits;Object.
assign(this,s),this.memberTraits=Object.assign({},i,s.getMemberTraits(),this.getMemberTraits()),this.normalizedTraits=void 0,this.memberName=r??s.memberName;return}
if(this.schema=jr(s),qx(this.schema)?(this.name=`${this.schema[1]}#${this.schema[2]}`,this.traits=this.schema[3]):(this.name=this.memberName??String(s),this.traits=
0),this._isMemberSchema&&!r)throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`)}static[Symbol.hasInstance](e){
let r=this.prototype.isPrototypeOf(e);return!r&&typeof e=="object"&&e!==null?e.symbol===this.symbol:r}static of(e){let r=typeof e=="function"||typeof e=="object"&&
e!==null;if(typeof e=="number"){if(Ca[e])return Ca[e]}else if(typeof e=="string"){if(va[e])return va[e]}else if(r&&e[Ps.ns])return e[Ps.ns];let o=jr(e);if(o instanceof
t)return o;if(Qu(o)){let[s,i]=o;if(s instanceof t)return Object.assign(s.getMergedTraits(),so(i)),s;throw new Error(`@smithy/core/schema - may not init unwrappe\
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
if(this.isStructSchema()&&r[4].includes(e)){let o=r[4].indexOf(e),n=r[5][o];return Os(Qu(n)?n:[n,0],e)}if(this.isDocumentSchema())return Os([15,0],e);throw new Error(
`@smithy/core/schema - ${this.getName(!0)} has no member=${e}.`)}getMemberSchemas(){let e={};try{for(let[r,o]of this.structIterator())e[r]=o}catch{}return e}getEventStreamMember(){
if(this.isStructSchema()){for(let[e,r]of this.structIterator())if(r.isStreaming()&&r.isStructSchema())return e}return""}*structIterator(){if(this.isUnitSchema())
return;if(!this.isStructSchema())throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");let e=this.getSchema(),r=e[4].length,o=e[Ps.it];if(o&&
r===o.length){yield*o;return}o=Array(r);for(let n=0;n<r;++n){let s=e[4][n],i=Os([e[5][n],0],s);yield o[n]=[s,i]}e[Ps.it]=o}};Qu=t=>Array.isArray(t)&&t.length===
2,qx=t=>Array.isArray(t)&&t.length>=5});var Q,Kx=p(()=>{Q=class t{namespace;schemas;exceptions;static registries=new Map;constructor(e,r=new Map,o=new Map){this.namespace=e,this.schemas=r,this.exceptions=
o,t.registries.has(e)||t.registries.set(e,this)}static for(e){return t.registries.get(e)??new t(e)}copyFrom(e){let{schemas:r,exceptions:o}=this;for(let[n,s]of e.
schemas)r.has(n)||r.set(n,s);for(let[n,s]of e.exceptions)o.has(n)||o.set(n,s)}register(e,r){let o=this.normalizeShapeId(e);for(let n of[this,t.for(o.split("#")[0])])
n.schemas.has(o)||n.schemas.set(o,r)}getSchema(e){let r=this.normalizeShapeId(e);if(!this.schemas.has(r)){if(!e.includes("#")){let o="#"+e,n=[];for(let[s,i]of this.
schemas.entries())s.endsWith(o)&&n.push(i);if(n.length===1)return n[0]}throw new Error(`@smithy/core/schema - schema not found for ${r}`)}return this.schemas.get(
r)}registerError(e,r){let o=e,n=o[1],s=n+"#"+o[2];r.hasOwnProperty?.("shapeId")||(r.shapeId=s);for(let i of[this,t.for(n)])!i.schemas.has(s)&&!i.exceptions.has(
o)&&(i.schemas.set(s,o),i.exceptions.set(o,r))}getErrorCtor(e){let r=e;return this.exceptions.has(r)?this.exceptions.get(r):t.for(r[1]).exceptions.get(r)}getBaseException(){
for(let e of this.exceptions.keys())if(Array.isArray(e)){let[,r,o]=e,n=r+"#"+o;if(n.startsWith("smithy.ts.sdk.synthetic.")&&n.endsWith("ServiceException"))return e}}find(e){
for(let r of this.schemas.values())if(e(r))return r}clear(){this.schemas.clear(),this.exceptions.clear()}normalizeShapeId(e){return e.includes("#")?e:this.namespace+
"#"+e}}});var X=p(()=>{Ku();Vx();Wx();Xu();Kx()});function bn(t,e){if(e==null)return e;let r=U.of(t);if(r.getMergedTraits().sensitive)return Zu;if(r.isListSchema()){let o=r.getValueSchema();if(o.getMergedTraits().
sensitive)return Zu;if(Array.isArray(e))return e.map(n=>bn(o,n))}else if(r.isMapSchema()){let o=r.getValueSchema();if(r.getKeySchema().getMergedTraits().sensitive||
o.getMergedTraits().sensitive)return Zu;if(typeof e=="object")return Object.fromEntries(Object.entries(e).map(([n,s])=>[n,bn(o,s)]))}else if(r.isStructSchema()&&
typeof e=="object"){let o=e,n={};for(let[s,i]of r.structIterator())o[s]!=null&&(n[s]=bn(i,o[s]));return n}return e}var Zu,Jx=p(()=>{X();Zu="***SensitiveInformat\
ion***"});var Yx,cr,em,tm=p(()=>{Pr();Wu();Jx();X();Yx=Symbol.for("@smithy/op-event-stream"),cr=class{middlewareStack=vn();schema;static classBuilder(){return new em}resolveMiddlewareWithContext(e,r,o,{
middlewareFn:n,clientName:s,commandName:i,inputFilterSensitiveLog:a,outputFilterSensitiveLog:c,smithyContext:l,additionalContext:d,CommandCtor:u}){for(let L of n.
bind(this)(u,e,r,o))this.middlewareStack.use(L);let m=e.concat(this.middlewareStack),{logger:f}=r,g=d[xr],y={logger:f,clientName:s,commandName:i,inputFilterSensitiveLog:a,
outputFilterSensitiveLog:c,...d,[xr]:{...g,commandInstance:this,...l,...o?.metricsRecorder===void 0?{}:{metricsRecorder:o.metricsRecorder},...o?.abortSignal===void 0?
{}:{abortSignal:o.abortSignal}}},{requestHandler:h}=r,S=o??{};S.metricsRecorder&&(S={...S},delete S.metricsRecorder);let x,v=this.schema,A=v?.[Yx];if(A!==void 0)
x=A;else if(v&&Array.isArray(v)&&v[0]===9){let[,,,,L,Y]=v;x=v[Yx]=!!(U.of(L).getEventStreamMember()||U.of(Y).getEventStreamMember())}return x&&(S={isEventStream:x,
...S}),m.resolve(L=>h.handle(L.request,S),y)}},em=class{_init=()=>{};_ep={};_middlewareFn=()=>[];_commandName="";_clientName="";_additionalContext={};_smithyContext={};_inputFilterSensitiveLog=void 0;_outputFilterSensitiveLog=void 0;_serializer=null;_deserializer=null;_operationSchema;init(e){
this._init=e}ep(e){return this._ep=e,this}m(e){return this._middlewareFn=e,this}s(e,r,o={}){return this._smithyContext={service:e,operation:r,...o},this}c(e={}){
return this._additionalContext=e,this}n(e,r){return this._clientName=e,this._commandName=r,this}f(e=o=>o,r=o=>o){return this._inputFilterSensitiveLog=e,this._outputFilterSensitiveLog=
r,this}ser(e){return this._serializer=e,this}de(e){return this._deserializer=e,this}sc(e){return this._operationSchema=e,this._smithyContext.operationSchema=e,this}build(){
let e=this,r;return r=class extends cr{input;static getEndpointParameterInstructions(){return e._ep}constructor(...[o]){super(),this.input=o??{},e._init(this),this.
schema=e._operationSchema}resolveMiddleware(o,n,s){let i=e._operationSchema,a=i?.[4]??i?.input,c=i?.[5]??i?.output;return this.resolveMiddlewareWithContext(o,n,
s,{CommandCtor:r,middlewareFn:e._middlewareFn,clientName:e._clientName,commandName:e._commandName,inputFilterSensitiveLog:e._inputFilterSensitiveLog??(i?bn.bind(
null,a):l=>l),outputFilterSensitiveLog:e._outputFilterSensitiveLog??(i?bn.bind(null,c):l=>l),smithyContext:e._smithyContext,additionalContext:e._additionalContext})}serialize=e.
_serializer;deserialize=e._deserializer}}}});var Gr,Xx=p(()=>{Gr=(t,e,r)=>{for(let[s,i]of Object.entries(t)){let a=async function(l,d,u){let m=new i(l);if(typeof d=="function")this.send(m,d);else if(typeof u==
"function"){if(typeof d!="object")throw new Error(`Expected http options but got ${typeof d}`);this.send(m,d||{},u)}else return this.send(m,d)},c=(s[0].toLowerCase()+
s.slice(1)).replace(/Command$/,"");e.prototype[c]=a}let{paginators:o={},waiters:n={}}=r??{};for(let[s,i]of Object.entries(o))e.prototype[s]===void 0&&(e.prototype[s]=
function(a={},c,...l){return i({...c,client:this},a,...l)});for(let[s,i]of Object.entries(n))e.prototype[s]===void 0&&(e.prototype[s]=async function(a={},c,...l){
let d=c;return typeof c=="number"&&(d={maxWaitTime:c}),i({...d,client:this},a,...l)})}});var et,ba,Qx=p(()=>{et=class t extends Error{static shapeId="smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";$fault;$response;$retryable;$metadata;constructor(e){
super(e.message),Object.setPrototypeOf(this,Object.getPrototypeOf(this).constructor.prototype),this.name=e.name,this.$fault=e.$fault,this.$metadata=e.$metadata}static isInstance(e){
if(!e)return!1;let r=e;return t.prototype.isPrototypeOf(r)||!!r.$fault&&!!r.$metadata&&(r.$fault==="client"||r.$fault==="server")}static[Symbol.hasInstance](e){
if(!e)return!1;let r=e;if(this===t)return t.isInstance(e);if(t.isInstance(e)){if(this.prototype.isPrototypeOf(e))return!0;let o=Object.prototype.hasOwnProperty.
call(this,"shapeId")?this.shapeId:void 0,n=!1;if(o){let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor,c=a!==t&&Object.prototype.
hasOwnProperty.call(a,"shapeId")?a?.shapeId:void 0;if(c&&(n=!0,c===o))return!0;i=Object.getPrototypeOf(i)}}if(o&&n)return!1;let s=this.name;if(s&&s.length>=6){if(r.
name===s)return!0;let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor?.name;if(a&&a!=="Error"&&a===s)return!0;i=Object.getPrototypeOf(
i)}}}return!1}},ba=(t,e={})=>{Object.entries(e).filter(([,o])=>o!==void 0).forEach(([o,n])=>{(t[o]==null||t[o]==="")&&(t[o]=n)});let r=t.message||t.Message||"Un\
knownError";return t.message=r,delete t.Message,t}});var Dt,Zx=p(()=>{Dt=t=>{switch(t){case"standard":return{retryMode:"standard",connectionTimeout:3100};case"in-region":return{retryMode:"standard",connectionTimeout:1100};case"\
cross-region":return{retryMode:"standard",connectionTimeout:3100};case"mobile":return{retryMode:"standard",connectionTimeout:3e4};default:return{}}}});var eS,kt,tS=p(()=>{eS=!1,kt=t=>{t&&!eS&&parseInt(t.substring(1,t.indexOf(".")))<16&&(eS=!0)}});var rS,oS,nS,sS=p(()=>{J();Pr();rS=Object.values(Br),oS=t=>{let e=[];for(let r in Br){if(!P(Br,r))continue;let o=Br[r];t[o]!==void 0&&e.push({algorithmId:()=>o,
checksumConstructor:()=>t[o]})}for(let[r,o]of Object.entries(t.checksumAlgorithms??{}))e.push({algorithmId:()=>r,checksumConstructor:()=>o});return{addChecksumAlgorithm(r){
t.checksumAlgorithms=t.checksumAlgorithms??{};let o=r.algorithmId(),n=r.checksumConstructor();rS.includes(o)?t.checksumAlgorithms[o.toUpperCase()]=n:t.checksumAlgorithms[o]=
n,e.push(r)},checksumAlgorithms(){return e}}},nS=t=>{let e={};return t.checksumAlgorithms().forEach(r=>{let o=r.algorithmId();rS.includes(o)&&(e[o]=r.checksumConstructor())}),
e}});var iS,aS,cS=p(()=>{iS=t=>({setRetryStrategy(e){t.retryStrategy=e},retryStrategy(){return t.retryStrategy}}),aS=t=>{let e={};return e.retryStrategy=t.retryStrategy(),
e}});var $t,Lt,pS=p(()=>{sS();cS();$t=t=>Object.assign(oS(t),iS(t)),Lt=t=>Object.assign(nS(t),aS(t))});var Aa,lS=p(()=>{J();Aa=t=>{let e="#text";for(let r in t)P(t,r)&&(t[r][e]!==void 0?t[r]=t[r][e]:typeof t[r]=="object"&&t[r]!==null&&(t[r]=Aa(t[r])));return t}});var we,dS=p(()=>{we=class{trace(){}debug(){}info(){}warn(){}error(){}}});function Ut(t,e,r,o){return function(s,i,a,c,l={}){let d=Object.assign({},t,s);return cr.classBuilder().ep(d).m(function(u,m,f,g){let y=i.call(this,u,m,f,g);return y.
unshift(o(f,u.getEndpointParameterInstructions())),y}).s(e,a,l).n(r,a.charAt(0).toUpperCase()+a.slice(1)+"Command").sc(c).build()}}var uS=p(()=>{tm()});var T=p(()=>{J();J();Fx();tm();Xx();Zx();tS();Qx();pS();lS();dS();uS()});var mS,rm,om,fS,gS,hS,yS,ES,xS,nm=p(()=>{mS="AWS_EXECUTION_ENV",rm="AWS_REGION",om="AWS_DEFAULT_REGION",fS="AWS_EC2_METADATA_DISABLED",gS=["in-region","cross-re\
gion","mobile","standard","legacy"],hS="/latest/meta-data/placement/region",yS="/latest/api/token",ES="x-aws-ec2-metadata-token",xS="x-aws-ec2-metadata-token-tt\
l-seconds"});var sm=Xd((q9,SS)=>{SS.exports=require("node:http")});var RS,S$,IS,Pa,_S,R$,wS,im=p(()=>{nm();RS=1e3,S$=6e4,IS=0,Pa=async()=>{if(!process.env[fS]&&!(Date.now()<IS))try{let t=R$(),e=(await wS({...t,path:yS,method:"P\
UT",headers:{[xS]:"21600"}})).toString();return(await wS({...t,path:hS,method:"GET",headers:{[ES]:e}})).toString().trim()||_S()}catch{return _S()}},_S=()=>{IS=Date.
now()+S$},R$=()=>{let t=process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;if(t){let e=new URL(t);return{hostname:e.hostname.replace(/^\[(.+)]$/,"$1"),port:e.port?Number(
e.port):void 0}}return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE==="IPv6"?{hostname:"fd00:ec2::254"}:{hostname:"169.254.169.254"}},wS=async t=>{let{request:e}=await Promise.resolve().then(()=>Ur(sm()));
return new Promise((r,o)=>{let n=e({hostname:t.hostname,port:t.port,path:t.path,method:t.method,headers:t.headers,timeout:RS,signal:AbortSignal.timeout(RS)});n.
on("error",s=>{o(s),n.destroy()}),n.on("timeout",()=>{o(new Error("TimeoutError from instance metadata service")),n.destroy()}),n.on("response",s=>{let{statusCode:i=400}=s;
if(i<200||i>=300){o(Object.assign(new Error("Error response received from instance metadata service"),{statusCode:i})),n.destroy();return}let a=[];s.on("data",c=>a.
push(c)),s.on("end",()=>{r(Buffer.concat(a)),n.destroy()})}),n.end()})}});var TS,CS,Ae,tt,am=p(()=>{im();TS="AWS_REGION",CS="region",Ae={environmentVariableSelector:t=>t[TS],configFileSelector:t=>t[CS],default:async()=>{let t=await Pa();
if(t)return t;throw new Error("Region is missing")}},tt={preferredFile:"credentials"}});var vS,bS,AS=p(()=>{J();vS=new Set,bS=(t,e=Or)=>{if(!vS.has(t)&&!e(t))if(t==="*")console.warn('@smithy/config-resolver WARN - Please use the caller region inste\
ad of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.');else throw new Error(`Region not accepted: region="${t}\
" is not a valid hostname component.`);else vS.add(t)}});var Oa,cm=p(()=>{Oa=t=>typeof t=="string"&&(t.startsWith("fips-")||t.endsWith("-fips"))});var PS,OS=p(()=>{cm();PS=t=>Oa(t)?["fips-aws-global","aws-fips"].includes(t)?"us-east-1":t.replace(/fips-(dkr-|prod-)?|-fips/,""):t});var Ft,NS=p(()=>{AS();OS();cm();Ft=t=>{let{region:e,useFipsEndpoint:r}=t;if(!e)throw new Error("Region is missing");return Object.assign(t,{region:async()=>{let o=typeof e==
"function"?await e():e,n=PS(o);return bS(n),n},useFipsEndpoint:async()=>{let o=typeof e=="string"?e:await e();return Oa(o)?!0:typeof r!="function"?Promise.resolve(
!!r):r()}})}});var _$,w$,DS,kS=p(()=>{_$="AWS_DEFAULTS_MODE",w$="defaults_mode",DS={environmentVariableSelector:t=>t[_$],configFileSelector:t=>t[w$],default:"legacy"}});var Mt,I$,T$,$S=p(()=>{am();im();qu();$u();nm();kS();Mt=({region:t=_(Ae),defaultsMode:e=_(DS)}={})=>ha(async()=>{let r=typeof e=="function"?await e():e;switch(r?.
toLowerCase()){case"auto":return I$(t);case"in-region":case"cross-region":case"mobile":case"standard":case"legacy":return Promise.resolve(r?.toLocaleLowerCase());case void 0:
return Promise.resolve("legacy");default:throw new Error(`Invalid parameter for "defaultsMode", expect ${gS.join(", ")}, got ${r}`)}}),I$=async t=>{if(t){let e=typeof t==
"function"?await t():t,r=await T$();return r?e===r?"in-region":"cross-region":"standard"}return"standard"},T$=async()=>process.env[mS]&&(process.env[rm]||process.
env[om])?process.env[rm]??process.env[om]:Pa()});var $=p(()=>{Ss();ga();ex();ku();ya();Ea();Uu();Fu();Mu();xx();_x();wx();qu();Nx();$x();am();NS();$S()});var LS,US,FS,MS=p(()=>{LS="AWS_ENDPOINT_URL",US="endpoint_url",FS=t=>({environmentVariableSelector:e=>{let r=t.split(" ").map(s=>s.toUpperCase()),o=e[[LS,...r].
join("_")];if(o)return o;let n=e[LS];if(n)return n},configFileSelector:(e,r)=>{if(e.services){let n=["services",e.services].join(".");if(!r||!r[n])throw new Error(
`The services section "${e.services}" specified in the profile is not present in the shared configuration file.`);let s=r[n],i=t.split(" ").map(c=>c.toLowerCase()),
a=s[[i.join("_"),US].join(".")];if(a)return a}let o=e[US];if(o)return o},default:void 0})});var C$,v$,BS,HS=p(()=>{$();C$="AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",v$="ignore_configured_endpoint_urls",BS={environmentVariableSelector:t=>At(t,C$,Qe.ENV),configFileSelector:t=>At(
t,v$,Qe.CONFIG),default:!1}});var Ns,jS=p(()=>{$();MS();HS();Ns=async t=>{if(!await _(BS)())return _(FS(t??""))()}});var pm,b$,A$,P$,GS,zS,VS=p(()=>{pm=async t=>{let e=t?.Bucket||"";if(typeof t.Bucket=="string"&&(t.Bucket=e.replace(/#/g,encodeURIComponent("#")).replace(/\?/g,encodeURIComponent(
"?"))),zS(e)){if(t.ForcePathStyle===!0)throw new Error("Path-style addressing cannot be used with ARN buckets")}else(!GS(e)||e.indexOf(".")!==-1&&!String(t.Endpoint).
startsWith("http:")||e.toLowerCase()!==e||e.length<3)&&(t.ForcePathStyle=!0);return t.DisableMultiRegionAccessPoints&&(t.disableMultiRegionAccessPoints=!0,t.DisableMRAP=
!0),t},b$=/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,A$=/(\d+\.){3}\d+/,P$=/\.\./,GS=t=>b$.test(t)&&!A$.test(t)&&!P$.test(t),zS=t=>{let[e,r,o,,,n]=t.split(":"),s=e===
"arn"&&t.split(":").length>=6,i=!!(s&&r&&o&&n);if(s&&!i)throw new Error(`Invalid ARN: ${t} was an invalid ARN.`);return i}});var qS=p(()=>{VS()});var WS,KS=p(()=>{WS=(t,e,r,o=!1)=>{let n=async()=>{let s;return o?s=r.clientContextParams?.[t]??r[t]??r[e]:s=r[t]??r[e],typeof s=="function"?s():s};return t==="\
credentialScope"||e==="CredentialScope"?async()=>{let s=typeof r.credentials=="function"?await r.credentials():r.credentials;return s?.credentialScope??s?.CredentialScope}:
t==="accountId"||e==="AccountId"?async()=>{let s=typeof r.credentials=="function"?await r.credentials():r.credentials;return s?.accountId??s?.AccountId}:t==="en\
dpoint"||e==="endpoint"?async()=>{if(r.isCustomEndpoint===!1)return;let s=await n();if(s&&typeof s=="object"){if("url"in s)return s.url.href;if("hostname"in s){
let{protocol:i,hostname:a,port:c,path:l}=s;return`${i}//${a}${c?":"+c:""}${l}`}}return s}:n}});var lm=p(()=>{J()});function Na(t){return async(e,r,o,n)=>{if(!o.isCustomEndpoint&&!o.ignoreConfiguredEndpointUrls){let a;o.serviceConfiguredEndpoint?a=await o.serviceConfiguredEndpoint():
a=await t(o.serviceId),a&&(o.endpoint=()=>Promise.resolve(ro(a)),o.isCustomEndpoint=!0,n?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from confi\
g: ${a}`))}let s=await Da(e,r,o);if(typeof o.endpointProvider!="function")throw new Error("config.endpointProvider is not set.");let i=o.endpointProvider(s,n);if(o.
isCustomEndpoint&&o.endpoint){let a=await o.endpoint();if(a?.headers){i.headers??={};for(let[c,l]of Object.entries(a.headers))i.headers[c]=Array.isArray(l)?l:[l]}}
return i}}var Da,ka=p(()=>{qS();KS();lm();Da=async(t,e,r)=>{let o={},n=e?.getEndpointParameterInstructions?.()||{};for(let[s,i]of Object.entries(n))switch(i.type){case"\
staticContextParams":o[s]=i.value;break;case"contextParams":o[s]=t[i.name];break;case"clientContextParams":case"builtInParams":o[s]=await WS(i.name,s,r,i.type!==
"builtInParams")();break;case"operationContextParams":o[s]=i.get(t);break;default:throw new Error("Unrecognized endpoint parameter instruction: "+JSON.stringify(
i))}return Object.keys(n).length===0&&Object.assign(o,r),String(r.serviceId).toLowerCase()==="s3"&&await pm(o),o}});function O$(t,e,r){t.__smithy_context?t.__smithy_context.features||(t.__smithy_context.features={}):t.__smithy_context={features:{}},t.__smithy_context.features[e]=
r}function $a(t){let e=Na(t);return({config:r,instructions:o})=>(n,s)=>async i=>{r.isCustomEndpoint&&O$(s,"ENDPOINT_OVERRIDE","N");let a=await e(i.input,{getEndpointParameterInstructions(){
return o}},{...r},s);s.endpointV2=a,s.authSchemes=a.properties?.authSchemes;let c=s.authSchemes?.[0];if(c){s.signing_region=c.signingRegion,s.signing_service=c.
signingName;let d=ee(s)?.selectedHttpAuthScheme?.httpAuthOption;d&&(d.signingProperties=Object.assign(d.signingProperties||{},{signing_region:c.signingRegion,signingRegion:c.
signingRegion,signing_service:c.signingName,signingName:c.signingName,signingRegionSet:c.signingRegionSet},c.properties))}return n({...i})}}var dm=p(()=>{J();ka()});function JS(t){let e=$a(t);return(r,o)=>({applyToStack:n=>{n.addRelativeTo(e({config:r,instructions:o}),D$)}})}var N$,D$,YS=p(()=>{dm();N$={name:"serializerMidd\
leware",step:"serialize",tags:["SERIALIZER"],override:!0},D$={step:"serialize",tags:["ENDPOINT_PARAMETERS","ENDPOINT_V2","ENDPOINT"],name:"endpointV2Middleware",
override:!0,relation:"before",toMiddleware:N$.name}});function XS(t){return e=>{let r=e.tls??!0,{endpoint:o,useDualstackEndpoint:n,useFipsEndpoint:s}=e,i=o!=null?async()=>ro(await q(o)()):void 0,c=Object.assign(e,{
endpoint:i,tls:r,isCustomEndpoint:!!o,useDualstackEndpoint:q(n??!1),useFipsEndpoint:q(s??!1),ignoreConfiguredEndpointUrls:!!e.ignoreConfiguredEndpointUrls}),l;return c.
serviceConfiguredEndpoint=async()=>(e.serviceId&&!l&&(l=t(e.serviceId)),l),c}}var QS=p(()=>{J();lm()});var rt,ZS=p(()=>{rt=class t{nodes;root;conditions;results;constructor(e,r,o,n){this.nodes=e,this.root=r,this.conditions=o,this.results=n}static from(e,r,o,n){return new t(
e,r,o,n)}}});var ot,eR=p(()=>{ot=class{capacity;data=new Map;parameters=[];constructor({size:e,params:r}){this.capacity=e??50,r&&(this.parameters=r)}get(e,r){let o=this.hash(
e);if(o===!1)return r();if(!this.data.has(o)){if(this.data.size>this.capacity+10){let n=this.data.keys(),s=0;for(;;){let{value:i,done:a}=n.next();if(this.data.delete(
i),a||++s>10)break}}this.data.set(o,r())}return this.data.get(o)}size(){return this.data.size}hash(e){let r="",{parameters:o}=this;if(o.length===0)return!1;for(let n of o){
let s=e[n],i=s==null?"\0":String(s);if(i.includes("|;"))return!1;r+=i+"|;"}return r}}});var de,tR=p(()=>{de=class extends Error{constructor(e){super(e),this.name="EndpointError"}}});var zr=p(()=>{tR()});var um,rR=p(()=>{um="endpoints"});function An(t){return typeof t!="object"||t==null?t:"ref"in t?`$${An(t.ref)}`:"fn"in t?`${t.fn}(${(t.argv||[]).map(An).join(", ")})`:JSON.stringify(t,null,2)}var oR=p(
()=>{});var nR=p(()=>{rR();oR()});var Pe,mm=p(()=>{Pe={}});var fm,sR=p(()=>{fm=(t,e)=>t===e});function gm(...t){for(let e of t)if(e!=null)return e}var iR=p(()=>{});var aR,cR=p(()=>{zr();aR=t=>{let e=t.split("."),r=[];for(let o of e){let n=o.indexOf("[");if(n!==-1){if(o.indexOf("]")!==o.length-1)throw new de(`Path: '${t}' d\
oes not end with ']'`);let s=o.slice(n+1,-1);if(Number.isNaN(parseInt(s)))throw new de(`Invalid array index: '${s}' in path: '${t}'`);n!==0&&r.push(o.slice(0,n)),
r.push(s)}else r.push(o)}return r}});var Ds,pR=p(()=>{zr();cR();Ds=(t,e)=>aR(e).reduce((r,o)=>{if(typeof r!="object")throw new de(`Index '${o}' in '${e}' not found in '${JSON.stringify(t)}'`);if(Array.
isArray(r)){let n=parseInt(o);return r[n<0?r.length+n:n]}return r[o]},t)});var hm,lR=p(()=>{hm=t=>t!=null});function ym(t,e,r){return t?e:r}var dR=p(()=>{});var Em,uR=p(()=>{Em=t=>!t});var k$,Pn,xm=p(()=>{k$=new RegExp("^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$"),Pn=t=>k$.test(t)||t.startsWith(
"[")&&t.endsWith("]")});var Sm,Rm,mR=p(()=>{Pr();xm();Sm={[Lo.HTTP]:80,[Lo.HTTPS]:443},Rm=t=>{let e=(()=>{try{if(t instanceof URL)return t;if(typeof t=="object"&&"hostname"in t){let{hostname:m,
port:f,protocol:g="",path:y="",query:h={}}=t,S=new URL(`${g}//${m}${f?`:${f}`:""}${y}`);return S.search=Object.entries(h).map(([x,v])=>`${x}=${v}`).join("&"),S}
return new URL(t)}catch{return null}})();if(!e)return console.error(`Unable to parse ${JSON.stringify(t)} as a whatwg URL.`),null;let r=e.href,{host:o,hostname:n,
pathname:s,protocol:i,search:a}=e;if(a)return null;let c=i.slice(0,-1);if(!Object.values(Lo).includes(c))return null;let l=Pn(n),d=r.includes(`${o}:${Sm[c]}`)||
typeof t=="string"&&t.includes(`${o}:${Sm[c]}`),u=`${o}${d?`:${Sm[c]}`:""}`;return{scheme:c,authority:u,path:s,normalizedPath:s.endsWith("/")?s:`${s}/`,isIp:l}}});function _m(t,e,r){if(r===1)return[t];if(t==="")return[""];let o=t.split(e);return r===0?o:o.slice(0,r-1).concat(o.slice(1).join(e))}var fR=p(()=>{});var wm,gR=p(()=>{wm=(t,e)=>t===e});var Im,hR=p(()=>{Im=(t,e,r,o)=>t==null||e>=r||t.length<r||/[^\u0000-\u007f]/.test(t)?null:o?t.substring(t.length-r,t.length-e):t.substring(e,r)});var Tm,yR=p(()=>{Tm=t=>encodeURIComponent(t).replace(/[!*'()]/g,e=>`%${e.charCodeAt(0).toString(16).toUpperCase()}`)});var Cm=p(()=>{sR();iR();pR();lR();J();dR();uR();mR();fR();gR();hR();yR()});var ER,xR=p(()=>{Cm();ER={booleanEquals:fm,coalesce:gm,getAttr:Ds,isSet:hm,isValidHostLabel:Or,ite:ym,not:Em,parseURL:Rm,split:_m,stringEquals:wm,substring:Im,uriEncode:Tm}});var La,vm=p(()=>{Cm();La=(t,e)=>{let r=[],{referenceRecord:o,endpointParams:n}=e,s=0;for(;s<t.length;){let i=t.indexOf("{",s);if(i===-1){r.push(t.slice(s));break}
r.push(t.slice(s,i));let a=t.indexOf("}",i);if(a===-1){r.push(t.slice(i));break}t[i+1]==="{"&&t[a+1]==="}"&&(r.push(t.slice(i+1,a)),s=a+2);let c=t.substring(i+1,
a);if(c.includes("#")){let[l,d]=c.split("#");r.push(Ds(o[l]??n[l],d))}else r.push(o[c]??n[c]);s=a+1}return r.join("")}});var SR,RR=p(()=>{SR=({ref:t},e)=>e.referenceRecord[t]??e.endpointParams[t]});var Ho,Ua,_R,ks=p(()=>{zr();mm();xR();vm();RR();Ho=(t,e,r)=>{if(typeof t=="string")return La(t,r);if(t.fn)return _R.callFunction(t,r);if(t.ref)return SR(t,r);throw new de(
`'${e}': ${String(t)} is not a string, function or reference.`)},Ua=({fn:t,argv:e},r)=>{let o=Array(e.length);for(let i=0;i<o.length;++i){let a=e[i];typeof a=="\
boolean"||typeof a=="number"?o[i]=a:o[i]=_R.evaluateExpression(a,"arg",r)}let n=t.indexOf(".");if(n!==-1){let a=Pe[t.slice(0,n)]?.[t.slice(n+1)];if(typeof a=="f\
unction")return a(...o)}let s=ER[t];if(typeof s=="function")return s(...o);throw new Error(`function ${t} not loaded in endpointFunctions.`)},_R={evaluateExpression:Ho,
callFunction:Ua}});var wR=p(()=>{ks()});var IR,TR=p(()=>{nR();zr();wR();IR=(t,e)=>{let{assign:r}=t;if(r&&r in e.referenceRecord)throw new de(`'${r}' is already defined in Reference Record.`);let o=Ua(
t,e);e.logger?.debug?.(`${um} evaluateCondition: ${An(t)} = ${An(o)}`);let n=o===""?!0:!!o;return r!=null?{result:n,toAssign:{name:r,value:o}}:{result:n}}});var CR,vR=p(()=>{zr();ks();CR=(t,e)=>Object.entries(t??{}).reduce((r,[o,n])=>(r[o]=n.map(s=>{let i=Ho(s,"Header value entry",e);if(typeof i!="string")throw new de(
`Header '${o}' value '${i}' is not a string`);return i}),r),{})});var bm,bR,AR,PR=p(()=>{zr();vm();bm=(t,e)=>Object.entries(t).reduce((r,[o,n])=>(r[o]=AR.getEndpointProperty(n,e),r),{}),bR=(t,e)=>{if(Array.isArray(t))return t.
map(r=>bR(r,e));switch(typeof t){case"string":return La(t,e);case"object":if(t===null)throw new de(`Unexpected endpoint property: ${t}`);return AR.getEndpointProperties(
t,e);case"boolean":return t;default:throw new de(`Unexpected endpoint property type: ${typeof t}`)}},AR={getEndpointProperty:bR,getEndpointProperties:bm}});var OR,NR=p(()=>{zr();ks();OR=(t,e)=>{let r=Ho(t,"Endpoint URL",e);if(typeof r=="string")try{return new URL(r)}catch(o){throw console.error(`Failed to construct\
 URL with ${r}`,o),o}throw new de(`Endpoint URL must be a string, got ${typeof r}`)}});var Am,Bt,DR=p(()=>{zr();TR();ks();vR();PR();NR();Am=1e8,Bt=(t,e)=>{let{nodes:r,root:o,results:n,conditions:s}=t,i=o,a={},c={referenceRecord:a,endpointParams:e.
endpointParams,logger:e.logger};for(;i!==1&&i!==-1&&i<Am;){let l=3*(Math.abs(i)-1),[d,u,m]=[r[l],r[l+1],r[l+2]],[f,g,y]=s[d],h=IR({fn:f,assign:y,argv:g},c);if(h.
toAssign){let{name:S,value:x}=h.toAssign;a[S]=x}i=i>=0===h.result?u:m}if(i>=Am){let l=n[i-Am];if(l[0]===-1){let[,f]=l;throw new de(Ho(f,"Error",c))}let[d,u,m]=l;
return{url:OR(d,c),properties:bm(u,c),headers:CR(m??{},c)}}throw new de("No matching endpoint.")}});var LJ,pr,UJ,lr,W=p(()=>{jS();ka();dm();YS();QS();ZS();eR();DR();xm();J();mm();ka();LJ=Na(Ns),pr=XS(Ns),UJ=$a(Ns),lr=JS(Ns)});var $s,Fa,Ma=p(()=>{$s=t=>typeof ReadableStream=="function"&&(t?.constructor?.name===ReadableStream.name||t instanceof ReadableStream),Fa=t=>typeof Blob=="funct\
ion"&&(t?.constructor?.name===Blob.name||t instanceof Blob)});var kR,$R=p(()=>{kR=t=>new TextEncoder().encode(t)});var LR,KJ,UR,Ba,Pm,FR,MR=p(()=>{LR="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",KJ=Object.entries(LR).reduce((t,[e,r])=>(t[r]=Number(e),t),
{}),UR=LR.split(""),Ba=6,Pm=8,FR=63});function BR(t){let e;typeof t=="string"?e=kR(t):e=t;let r=typeof e=="object"&&typeof e.length=="number",o=typeof e=="object"&&typeof e.byteOffset=="number"&&typeof e.
byteLength=="number";if(!r&&!o)throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");let n="";for(let s=0;s<e.length;s+=
3){let i=0,a=0;for(let l=s,d=Math.min(s+3,e.length);l<d;l++)i|=e[l]<<(d-l-1)*Pm,a+=Pm;let c=Math.ceil(a/Ba);i<<=c*Ba-a;for(let l=1;l<=c;l++){let d=(c-l)*Ba;n+=UR[(i&
FR<<d)>>d]}n+="==".slice(0,4-c)}return n}var HR=p(()=>{$R();MR()});var jR,GR=p(()=>{jR=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@smi\
thy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return new TextDecoder("utf-8").decode(t)}});async function Om(t){return t.arrayBuffer().then(e=>new Uint8Array(e))}async function Nm(t){let e=[],r=t.getReader(),o=0;for(;;){let{done:n,value:s}=await r.read();
if(s&&(e.push(s),o+=s.length),n)break}return fa(e,o)}var zR,Dm=p(()=>{Du();Ma();zR=async t=>Fa(t)?Om(t):Nm(t)});var VR,WR,qR,KR=p(()=>{HR();Nu();GR();Dm();Ma();VR="The stream has already been transformed.",WR=t=>{if(!qR(t)&&!$s(t)){let n=t?.__proto__?.constructor?.name||t;
throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${n}`)}let e=!1,r=async()=>{if(e)throw new Error(VR);return e=!0,await zR(
t)},o=n=>{if(typeof n.stream!="function")throw new Error(`Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.
If you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body`);return n.stream()};return Object.
assign(t,{transformToByteArray:r,transformToString:async n=>{let s=await r();if(n==="base64")return BR(s);if(n==="hex")return Xe(s);if(n===void 0||n==="utf8"||n===
"utf-8")return jR(s);if(typeof TextDecoder=="function")return new TextDecoder(n).decode(s);throw new Error("TextDecoder is not available, please make sure polyf\
ill is provided.")},transformToWebStream:()=>{if(e)throw new Error(VR);if(e=!0,qR(t))return o(t);if($s(t))return t;throw new Error(`Cannot transform payload to \
web stream, got ${t}`)}})},qR=t=>typeof Blob=="function"&&t instanceof Blob});var JR,Ge,km,$m=p(()=>{JR=require("node:stream");Du();Dm();Ma();Ge=t=>Fa(t)?Om(t):$s(t)?Nm(t):new Promise((e,r)=>{let o=new km,n=t;n.pipe(o),n.on("error",s=>{o.
end(),r(s)}),o.on("error",r),o.on("finish",function(){let s=fa(this.bufferedBytes);e(s)})}),km=class extends JR.Writable{bufferedBytes=[];_write(e,r,o){this.bufferedBytes.
push(e),o()}}});var Ha,YR,Ls,XR=p(()=>{Ha=require("node:stream");wn();KR();$m();YR="The stream has already been transformed.",Ls=t=>{if(!(t instanceof Ha.Readable))try{return WR(
t)}catch{let n=t?.__proto__?.constructor?.name||t;throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${n}`)}let e=!1,r=async()=>{
if(e)throw new Error(YR);return e=!0,await Ge(t)};return Object.assign(t,{transformToByteArray:r,transformToString:async o=>{let n=await r();return o===void 0||
Buffer.isEncoding(o)?_n(n.buffer,n.byteOffset,n.byteLength).toString(o):new TextDecoder(o).decode(n)},transformToWebStream:()=>{if(e)throw new Error(YR);if(t.readableFlowing!==
null)throw new Error("The stream has been consumed by other callbacks.");if(typeof Ha.Readable.toWeb!="function")throw new Error("Readable.toWeb() is not suppor\
ted. Please ensure a polyfill is available.");return e=!0,Ha.Readable.toWeb(t)}})}});function Vr(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var QR=p(()=>{});var ZR,On,$$,Lm,Nn,k=p(()=>{ZR=require("node:crypto");uE();mE();gE();da();hE();EE();HE();jE();GE();qE();WE();KE();YE();Nu();QE();ZE();uu();XR();$m();J();QR();On=
class extends fE(Z,ie,me,Re){},$$=ZR.getRandomValues,Lm=yE($$),Nn=Lm});var ze,Dn=p(()=>{k();ze=async(t=new Uint8Array,e)=>{if(t instanceof Uint8Array)return On.mutate(t);if(!t)return On.mutate(new Uint8Array);let r=e.streamCollector(
t);return On.mutate(await r)}});function jo(t){return/^[\w.~-]+$/.test(t)?t:encodeURIComponent(t).replace(/[!'()*]/g,function(e){return"%"+e.charCodeAt(0).toString(16).toUpperCase()})}var Um=p(
()=>{});var t_,Oe,L$,U$,F$,M$,ja,e_,Go=p(()=>{X();k();t_=Symbol.for("@smithy/schema-x"),Oe=class t extends U{static identity=Symbol.for("@smithy/HttpBindingNormalizedSc\
hema");identity=t.identity;bindings;constructor(e){super(e)}static of(e){let r=U.of(e);if(r.identity===t.identity)return r;let o=r.isMemberSchema()?r:r.getSchema(),
n=typeof o=="object"&&o!==null?o:r;return n[t_]??=new t(r)}getHttpBindingLocation(e){return e.httpPayload?36:e.httpLabel?33:e.httpHeader?38:typeof e.httpPrefixHeaders==
"string"?39:e.httpQuery?34:e.httpQueryParams?35:e.httpResponseCode?37:32}getHttpBindingValue(e,r,o=!1){let n=this.getSchema(),s=typeof n=="number"?n&255:this.isListSchema()?
64:255,i=e&7,a=r.mediaType?r.mediaType==="application/json"||r.mediaType.endsWith("+json")?2:1:0,c=r.streaming||s===42?this.isStructSchema()?2:1:0,l=s>=4&&s<=7?
i>=6?2:i>0&&i<4?1:0:0,d=s|a<<8|(r.idempotencyToken?1:0)<<10|c<<11|(r.sparse?1:0)<<13|l<<14|(r.hostLabel?1:0)<<17|(e===36&&typeof n!="object"?1:0)<<18,u=s&192,m=i&
2&&(u===64||!o&&i&1)?this.getHttpBindingCollectionValue(e,r):void 0,f=(m?.[1]??0)&255;return d|=(i>=6&&(f===4||f===6)?1:0)<<16,[this,d,m]}getHttpBindingCollectionValue(e,r=this.
getMergedTraits()){let o=t.of(this.getValueSchema());return o.getHttpBindingValue(e,{...o.getMergedTraits(),...r},!0)}getHttpBindings(){let e=this.getSchema();return typeof e!=
"object"||e===null?M$:this.bindings??=L$(this)}},L$=t=>{let e=[],r=[],o=[],n=[],s=[],i={},a={},c=[],l={headers:a,prefixHeaders:c},d={request:{memberBindings:s,byName:i},
response:{bodyMemberNames:e,bindings:l}},{request:u,response:m}=d;for(let[f,g]of t.structIterator()){let y=Oe.of(g),h=y.getMergedTraits(),S=y.getHttpBindingLocation(
h),x=h.httpHeader?.toLowerCase()??h.httpPrefixHeaders?.toLowerCase()??h.httpQuery,v=y.getHttpBindingValue(S,h),A=[f,v,S,x];f==="__proto__"&&Vr(i),i[f]=A,v[1]>>10&
1&&(u.hasIdempotency=!0),s.push(A);let L=S&7;if(L===0&&(o.push(f),n.push(g)),(L&4)===0)e.push(f),r.push(g);else if((L&6)===4)if(L&1)l.statusCode=A;else{l.payload=
A;let Y=v[1]&255;u.contentTypeInstruction=h.mediaType??(Y===0?"text/plain":Y===21||Y===42?"application/octet-stream":null)}else L&1?(u.hasPrefixHeaders=!0,c.push(
A)):(x==="__proto__"&&Vr(a),a[x]=A)}return u.contentTypeInstruction===void 0&&o.length&&(u.contentTypeInstruction=null),u.syntheticBodySchema=e_(t,o,n),m.syntheticBodySchema=
e_(t,e,r),d},U$=t=>{let e=[],r=0;for(let o of t.matchAll(/\{([^{}+]+)(\+)?\}/g))o.index>r&&e.push([t.slice(r,o.index),0]),e.push([o[1],o[2]?2:1]),r=o.index+o[0].
length;return e.length&&r<t.length&&e.push([t.slice(r),0]),e.length?e:void 0},F$=t=>{let{http:e,endpoint:r}=so(t.traits??{}),[o,n]=e?.[1].split("?")??[];return[
e?.[0],o,n?[...new URLSearchParams(n)]:[],o?U$(o):void 0,r?.[0]]},M$={request:{memberBindings:[],byName:{}},response:{bodyMemberNames:[],bindings:{headers:{},prefixHeaders:[]}}},
ja=t=>t[t_]??=F$(t),e_=(t,e,r)=>{if(!e.length)return;let o=t.getSchema(),n=[3,o[1],o[2],t.getMergedTraits(),e,r],s=o[6],i=s&&e.reduce((a,c)=>a+(o[4].indexOf(c)<
s?1:0),0);return i&&(n[6]=i),n}});var Dr,Us=p(()=>{Dr=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var r_=Xd(()=>{throw new Error("@smithy/core/event-streams is not bundled: no ECR or STS operation streams events")});var kn,Fm=p(()=>{J();X();Us();Go();kn=class extends Dr{options;compositeErrorRegistry;constructor(e){super(),this.options=e,this.compositeErrorRegistry=new Q(e.
defaultNamespace);for(let r of e.errorTypeRegistries??[])this.compositeErrorRegistry.copyFrom(r)}getRequestType(){return j}getResponseType(){return Je}setSerdeContext(e){
this.serdeContext=e,this.serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e),this.getPayloadCodec()&&this.getPayloadCodec().setSerdeContext(e)}updateServiceEndpoint(e,r){
if("url"in r){e.protocol=r.url.protocol,e.hostname=r.url.hostname,e.port=r.url.port?Number(r.url.port):void 0,e.path=r.url.pathname,e.fragment=r.url.hash||void 0,
e.username=r.url.username||void 0,e.password=r.url.password||void 0,e.query||(e.query={});for(let[o,n]of r.url.searchParams.entries())e.query[o]=n;if(r.headers)
for(let o in r.headers)P(r.headers,o)&&(e.headers[o]=r.headers[o].join(", "));return e}else{if(e.protocol=r.protocol,e.hostname=r.hostname,e.port=r.port?Number(
r.port):void 0,e.path=r.path,e.query={...r.query},r.headers)for(let o in r.headers)P(r.headers,o)&&(e.headers[o]=r.headers[o]);return e}}setHostPrefix(e,r,o,n=ja(
r)){if(this.serdeContext?.disableHostPrefix)return;let s=n[4];if(typeof s!="string")return;let i=s;for(let[a,[,c]]of Oe.of(r.input).getHttpBindings().request.memberBindings){
if(!(c>>17&1))continue;let l=o[a];if(typeof l!="string")throw new Error(`@smithy/core/schema - ${a} in input must be a string as hostLabel.`);i=i.replace(`{${a}\
}`,l)}if(e.hostname=i+e.hostname,!fu(e.hostname))throw new Error(`[${e.hostname}] is not a valid hostname.`)}deserializeMetadata(e){return{httpStatusCode:e.statusCode,
requestId:e.headers["x-amzn-requestid"]??e.headers["x-amzn-request-id"]??e.headers["x-amz-request-id"],extendedRequestId:e.headers["x-amz-id-2"],cfId:e.headers["\
x-amz-cf-id"]}}resolveError(e,r,o){let n=[-3,"","Error",0,[],[],0],s;for(let i of o)for(let a of r)try{a==="*"?s=i.getSchema(e):s=i.getSchema(a+"#"+e);let c=i.getErrorCtor(
s);if(c)return[s,c,"modeled"];{let l=i.getBaseException();if(l){let d=i.getErrorCtor(l);if(d)return[s,d,"synthetic"]}}}catch{}for(let i of o){let a=i.getBaseException();
if(a){let c=i.getErrorCtor(a);if(c)return[a,c,"synthetic"]}}return[n,Error,"native"]}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o}){
return(await this.loadEventStreamCapability()).serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o})}async deserializeEventStream({response:e,responseSchema:r,
initialResponseContainer:o}){return(await this.loadEventStreamCapability()).deserializeEventStream({response:e,responseSchema:r,initialResponseContainer:o})}async loadEventStreamCapability(){
let{EventStreamSerde:e,eventStreamSerdeProvider:r}=await Promise.resolve().then(()=>Ur(r_())),o=this.resolveEventStreamMarshaller(r);return new e({marshaller:o,
serializer:this.serializer,deserializer:this.deserializer,serdeContext:this.serdeContext,defaultContentType:this.getDefaultContentType(),compositeErrorRegistry:this.
compositeErrorRegistry})}getDefaultContentType(){throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missi\
ng.`)}async deserializeHttpMessage(e,r,o,n,s){return[]}getEventStreamMarshaller(){let e=this.serdeContext;if(!e.eventStreamMarshaller)throw new Error("@smithy/c\
ore - HttpProtocol: eventStreamMarshaller missing in serdeContext.");return e.eventStreamMarshaller}resolveEventStreamMarshaller(e){let r=this.serdeContext;return r.
eventStreamMarshaller?r.eventStreamMarshaller:e(this.serdeContext)}}});var Fs,o_=p(()=>{J();k();Go();Fm();Dn();Um();Fs=class extends kn{async serializeRequest(e,r,o){let n=r&&typeof r=="object"?r:{},s={},i={},a=await o.endpoint(),c=Oe.
of(e?.input),l=c.getHttpBindings().request,d=ja(e),u=new j({query:s,headers:i});if(a){this.updateServiceEndpoint(u,a),this.setHostPrefix(u,e,n,d);let[f,g,y]=d;if(f){
u.method=f,u.path=u.path==="/"?g:u.path+g;for(let[h,S]of y)s[h]=S}}u.query=s;let m=this.serializeHttpBindings(n,u,l,d);return m&&(u.body=await this.serializeEventStream(
{eventStream:m,requestSchema:c})),u}serializeHttpBindings(e,r,o,n){let s=this.serializer,i=typeof s.writeCodec=="function"?s:void 0,a=r.query,c=r.headers,l=o.syntheticBodySchema,
d=!1,u,m,f,g=Object.getOwnPropertyNames(e),y=Object.getPrototypeOf(e),h=(y===Object.prototype||y===null)&&!o.hasIdempotency&&!o.hasPrefixHeaders&&g.length*2<o.memberBindings.
length,S=h?g.length:o.memberBindings.length;for(let A=0;A<S;++A){let L=h?P(o.byName,g[A])?o.byName[g[A]]:void 0:o.memberBindings[A];if(!L)continue;let Y=L[1],ve=L[0],
nr=Y[0],vr=Y[1],pe=Y[2],be=L[2],ct=L[3],Ke=e[ve];if(!(Ke==null&&!(vr>>10&1)))if(be===36){let z=vr>>11&3;z?z===2?m=Ke||void 0:u=Ke:(i?i.writeCodec(nr,Ke):s.write(
nr,Ke),u=s.flush())}else if(be===33||be===38){let z=this.serializeHttpValue(Y,Ke,be,i);be===33?(f??=Object.create(null))[ve]=z:c[ct]=z}else if(be===39)for(let z in Ke){
if(!P(Ke,z))continue;let gr=ct+z;c[gr.toLowerCase()]=this.serializeHttpValue(pe,Ke[z],38,i,i?pe[0]:[pe[0],{httpHeader:gr}])}else(be&62)===34?this.serializeQuery(
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
bindings:{payload:u,statusCode:m,headers:f,prefixHeaders:g}}=l.getHttpBindings().response,y=o.headers;if(u){let[h,S]=u,[x,v]=S,A=v>>11&3;if(A)A===2?i[h]=await this.
deserializeEventStream({response:o,responseSchema:l}):i[h]=Ls(o.body);else if(o.body){let L=await ze(o.body,r);L.byteLength>0&&(i[h]=await(c?c.readPayload(S,L):
a.read(x,L)))}}for(let h in y){if(!P(y,h))continue;let S=h.toLowerCase(),x=y[h];S!==h&&(delete y[h],y[S]=x);let v=P(f,S)?f[S]:void 0;if(!v)continue;let[A,[L,Y,ve],
,nr]=v;if(ve){let vr=Y>>16&1?Au(x,",",2):xs(x),pe=[];for(let be of vr)pe.push(c?c.readHttpBinding(ve,be.trim(),38):await a.read([ve[0],{httpHeader:nr}],be.trim()));
i[A]=pe}else i[A]=c?c.readHttpBinding(v[1],x,38):await a.read(L,x)}for(let[h,[,,S],,x]of g){i[h]={};for(let v in y){if(!P(y,v)||!v.startsWith(x))continue;let A=y[v];
i[h][v.slice(x.length)]=c?c.readHttpBinding(S,A,38):await a.read([S[0],{httpHeader:v}],A)}}return m&&(i[m[0]]=o.statusCode),d}}});var zo,n_=p(()=>{J();X();J();Fm();Dn();zo=class extends kn{async serializeRequest(e,r,o){let n=this.serializer,s={},i={},a=await o.endpoint(),c=U.of(e?.input),l=c.
getSchema(),d,u=r&&typeof r=="object"?r:{},m=new j({protocol:"",hostname:"",port:void 0,path:"/",fragment:void 0,query:s,headers:i,body:void 0});if(a&&(this.updateServiceEndpoint(
m,a),this.setHostPrefix(m,e,u)),u){let f=c.getEventStreamMember();if(f){if(u[f]){let g={};for(let[y]of c.structIterator())y!==f&&u[y]!=null&&(g[y]=u[y]);d=await this.
serializeEventStream({eventStream:u[f],requestSchema:c,initialRequest:g})}}else n.write(l,u),d=n.flush()}return m.headers=Object.assign(m.headers,i),m.query=s,m.
body=d,m.method="POST",m}async deserializeResponse(e,r,o){let n=this.deserializer,s=U.of(e.output),i={};if(this.isErrorResponse(o.statusCode)){let c=await ze(o.
body,r);throw c.byteLength>0&&Object.assign(i,await n.read(15,c)),await this.handleError(e,r,o,i,this.deserializeMetadata(o)),new Error("@smithy/core/protocols \
- RPC Protocol error handler failed to throw.")}for(let c in o.headers){if(!P(o.headers,c))continue;let l=o.headers[c];delete o.headers[c],o.headers[c.toLowerCase()]=
l}let a=s.getEventStreamMember();if(a)i[a]=await this.deserializeEventStream({response:o,responseSchema:s,initialResponseContainer:i});else{let c=await ze(o.body,
r);c.byteLength>0&&Object.assign(i,await n.read(s,c))}return i.$metadata=this.deserializeMetadata(o),i}isErrorResponse(e){return e>=300}}});var Vo,Mm=p(()=>{k();Go();Us();Vo=class extends Dr{settings;constructor(e){super(),this.settings=e}read(e,r){let o=Oe.of(e),n=o.getMergedTraits(),s=o.getHttpBindingLocation(
n);return this.readHttpBinding(o.getHttpBindingValue(s,n),r,s)}readHttpBinding([e,r,o],n,s){let i=r&255;if((i&192)===64)return o??=e.getHttpBindingCollectionValue(
s),xs(n).map(a=>this.readHttpBinding(o,a,s));switch(i){case 21:case 42:return(this.serdeContext?.base64Decoder??Re)(n);case 4:case 5:case 6:case 7:{let a=this.settings.
httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:a?a+4:this.settings.timestampFormat.default){case 5:return vu(n);case 6:return bu(n);case 7:
return Cu(n);default:return console.warn("Missing timestamp format, parsing value with Date constructor:",n),new Date(n)}}case 0:{let a=r>>8&3;if(!a)return n;let c=n;
return(s&6)===6&&(c=(this.serdeContext?.utf8Encoder??Z)((this.serdeContext?.base64Decoder??Re)(c))),a===2?Ye.from(c):c}case 1:return Number(n);case 2:return n.toLowerCase()===
"true";case 17:return BigInt(n);case 19:return new _e(n,"bigDecimal");default:return n}}}});var Ms,s_=p(()=>{k();Go();Us();Mm();Ms=class extends Dr{codecDeserializer;stringDeserializer;constructor(e,r){super(),this.codecDeserializer=e,this.stringDeserializer=
new Vo(r)}setSerdeContext(e){this.stringDeserializer.setSerdeContext(e),this.codecDeserializer.setSerdeContext(e),this.serdeContext=e}read(e,r){let o=Oe.of(e),n=o.
getMergedTraits();if(n.httpHeader||n.httpResponseCode){let s=o.getHttpBindingValue(38,n);return this.readHttpBinding(s,r,38)}return n.httpPayload?this.readPayload(
o.getHttpBindingValue(36,n),r):this.readCodec(o,r)}readHttpBinding(e,r,o){let n=typeof r=="string"?r:(this.serdeContext?.utf8Encoder??Z)(r);return this.stringDeserializer.
readHttpBinding(e,n,o)}readPayload([e,r],o){let n=r&255;return n===21||n===42?typeof o=="string"?(this.serdeContext?.utf8Decoder??ie)(o):o:n===0?typeof o=="stri\
ng"?o:(this.serdeContext?.utf8Encoder??Z)(o):this.readCodec(e,o)}readCodec(e,r){return this.codecDeserializer.read(e,r)}}});var Ga,i_=p(()=>{k();Go();Us();Ga=class extends Dr{settings;stringBuffer="";constructor(e){super(),this.settings=e}write(e,r){let o=Oe.of(e),n=o.getMergedTraits(),
s=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(s,n),r,s)}writeHttpBinding([e,r,o],n,s){let i=r&255;switch(typeof n){case"object":if(n===
null){this.stringBuffer="null";return}if(i>=4&&i<=7){if(!(n instanceof Date))throw new Error(`@smithy/core/protocols - received non-Date value ${n} when schema \
expected Date in ${e.getName(!0)}`);let l=this.settings.httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:l?l+4:this.settings.timestampFormat.
default){case 5:this.stringBuffer=n.toISOString().replace(".000Z","Z");break;case 6:this.stringBuffer=Uo(n);break;case 7:this.stringBuffer=String(n.getTime()/1e3);
break;default:console.warn("Missing timestamp format, using epoch seconds",n),this.stringBuffer=String(n.getTime()/1e3)}return}if((i===21||i===42)&&"byteLength"in
n){this.stringBuffer=(this.serdeContext?.base64Encoder??me)(n);return}if((i&192)===64&&Array.isArray(n)){o??=e.getHttpBindingCollectionValue(s);let l=o[1]&255,d=l>=
4&&l<=7,u="";for(let m of n){this.writeHttpBinding(o,m,s);let f=this.flush();u&&(u+=", "),u+=d?f:_u(f)}this.stringBuffer=u;return}this.stringBuffer=JSON.stringify(
n,null,2);break;case"string":let a=r>>8&3,c=n;if(a===2&&(c=Ye.from(c)),a&&(s&6)===6){this.stringBuffer=(this.serdeContext?.base64Encoder??me)(c.toString());return}
this.stringBuffer=n;break;default:this.stringBuffer=r>>10&1?Nn():String(n)}}flush(){let e=this.stringBuffer;return this.stringBuffer="",e}}});var Bs,a_=p(()=>{Go();i_();Bs=class{codecSerializer;stringSerializer;buffer;constructor(e,r,o=new Ga(r)){this.codecSerializer=e,this.stringSerializer=o}setSerdeContext(e){
this.codecSerializer.setSerdeContext(e),this.stringSerializer.setSerdeContext(e)}write(e,r){let o=Oe.of(e),n=o.getMergedTraits();if(n.httpHeader||n.httpLabel||n.
httpQuery){let s=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(s,n),r,s);return}this.writeCodec(o,r)}writeHttpBinding(e,r,o){this.stringSerializer.
writeHttpBinding(e,r,o),this.buffer=this.stringSerializer.flush()}writeCodec(e,r){this.codecSerializer.write(e,r)}flush(){if(this.buffer!==void 0){let e=this.buffer;
return this.buffer=void 0,e}return this.codecSerializer.flush()}}});function qo(t,e){if(e.timestampFormat.useTrait){let a=t.getSchema();if(a===5||a===6||a===7)return a}let{httpLabel:r,httpPrefixHeaders:o,httpHeader:n,httpQuery:s}=t.
getMergedTraits();return(e.httpBindings?typeof o=="string"||n?6:s||r?5:void 0:void 0)??e.timestampFormat.default}var za=p(()=>{});var Ht,jt,c_=p(()=>{Ht=t=>(t.logger&&t.logger.constructor?.name!=="NoOpLogger"&&t.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"),t.logger),t.defaultSocketTimeout&&
t.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"),t.defaultSocketTimeout),{setHttpHandler(e){t.requestHandler=e},httpHandler(){
return t.requestHandler},updateHttpClientConfig(e,r){t.requestHandler?.updateHttpClientConfig(e,r)},httpHandlerConfigs(){return t.requestHandler.httpHandlerConfigs()}}),
jt=t=>({requestHandler:t.httpHandler()})});function l_(t){return e=>async r=>{let o=r.request;if(j.isInstance(o)){let{body:n,headers:s}=o;if(n&&Object.keys(s).map(i=>i.toLowerCase()).indexOf(p_)===-1)try{
let i=t(n);i!=null&&(o.headers={...o.headers,[p_]:String(i)})}catch{}}return e({...r,request:o})}}var p_,d_,Gt,u_=p(()=>{J();p_="content-length";d_={step:"build",
tags:["SET_CONTENT_LENGTH","CONTENT_LENGTH"],name:"contentLengthMiddleware",override:!0},Gt=t=>({applyToStack:e=>{e.add(l_(t.bodyLengthChecker),d_)}})});var Rr,B$,Bm=p(()=>{Rr=t=>encodeURIComponent(t).replace(/[!'()*]/g,B$),B$=t=>`%${t.charCodeAt(0).toString(16).toUpperCase()}`});function Hm(t){let e=[];for(let r of Object.keys(t).sort()){let o=t[r];if(r=Rr(r),Array.isArray(o))for(let n=0,s=o.length;n<s;n++)e.push(`${r}=${Rr(o[n])}`);else{
let n=r;(o||typeof o=="string")&&(n+=`=${Rr(o)}`),e.push(n)}}return e.join("&")}var m_=p(()=>{Bm()});var io,Va=p(()=>{io=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var qa,f_=p(()=>{qa=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function Wa(){if(Hs===void 0)try{if(typeof Buffer!="function")Hs=!1;else{let t=JSON.parse(Buffer.from([123,125]));Hs=t!==null&&typeof t=="object"}}catch{Hs=!1}return Hs}
var Hs,jm=p(()=>{});function Ka(t,e,r){if(r?.source){let o=r.source;if(typeof e=="number")return e<=Number.MAX_SAFE_INTEGER&&e>=Number.MIN_SAFE_INTEGER?j$(o,e)?e:new _e(o,"bigDecim\
al"):H$(o)?new _e(o,"bigDecimal"):/[eE]/.test(o)?G$(o):BigInt(o)}return e}function H$(t){let e=t.indexOf(".");if(e===-1)return!1;let r=t.search(/[eE]/);if(r===-1)
return!0;let o=r-e-1;return parseInt(t.slice(r+1),10)<o}function j$(t,e){if(t===String(e)||Object.is(e,-0))return!0;if(/[eE]/.test(t))return Gm(t)===Gm(String(e));
let r=t.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,""),o=String(e);return r===o?!0:/[eE]/.test(o)?r===Gm(o):!1}function Gm(t){let e=t.startsWith("-"),r=e?t.slice(
1):t,o=r.search(/[eE]/),n;if(o===-1)n=r;else{let s=parseInt(r.slice(o+1),10),i=r.slice(0,o),a=i.indexOf("."),c,l;a===-1?(c=i,l=i.length):(c=i.slice(0,a)+i.slice(
a+1),l=a),c=c.replace(/0+$/,"")||"0";let d=l+s;c==="0"?n="0":d<=0?n="0."+"0".repeat(-d)+c:d>=c.length?n=c+"0".repeat(d-c.length):n=c.slice(0,d)+"."+c.slice(d)}return n.
includes(".")&&(n=n.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,"")),(e?"-":"")+n}function G$(t){let e=t.search(/[eE]/),r=parseInt(t.slice(e+1),10),o=t.startsWith(
"-"),n=t.slice(o?1:0,e),s=n.indexOf("."),i,a;if(s===-1)i=n,a=r;else{i=n.slice(0,s)+n.slice(s+1);let l=n.length-s-1;a=r-l}i=i.replace(/0+$/,"")||"0";let c=BigInt(
i)*10n**BigInt(a+(n.replace(".","").length-i.length));return o?-c:c}var zm=p(()=>{k()});function Ya(t){let e=U.of(t),r=e.getSchema();if(Array.isArray(r)&&e.isStructSchema()){if(Vm in r)return r[Vm];let o=Ja(e,new Set);return r[Vm]=o,o}return Ja(e,new Set)}
function Ja(t,e){let r=t.getSchema();if(e.has(r))return!1;if(e.add(r),t.isBigIntegerSchema()||t.isBigDecimalSchema())return!0;if(t.isStructSchema()){for(let[,o]of t.
structIterator())if(Ja(o,e))return!0}else if(t.isListSchema()||t.isMapSchema()){if(Ja(t.getValueSchema(),e))return!0}else if(t.isDocumentSchema())return!0;return!1}
var Vm,qm=p(()=>{X();Vm=Symbol.for("@aws-sdk/reviver")});var g_,h_=p(()=>{Dn();k();g_=(t,e)=>ze(t,e).then(r=>(e?.utf8Encoder??Z)(r))});async function Km(t,e,r){let o;if(Wa()&&typeof t?.[Symbol.asyncIterator]=="function"){let s=await ze(t,e);typeof Buffer=="function"&&(Buffer.isBuffer(s)?o=s:o=Buffer.
from(s.buffer,s.byteOffset,s.byteLength))}if(o||(o=await g_(t,e)),o.length===0)return{};let n=r&&Ya(r)?Ka:void 0;try{return JSON.parse(o,n)}catch(s){throw s?.name===
"SyntaxError"&&Object.defineProperty(s,"$responseBodyText",{value:typeof o=="string"?o:o.toString("utf8")}),s}}var y_,Wm,Jm,Ym,E_,Xm=p(()=>{Dn();h_();jm();zm();
qm();y_=(t,e)=>Object.keys(t).find(r=>r.toLowerCase()===e.toLowerCase()),Wm=t=>{let e=t;return typeof e=="number"&&(e=e.toString()),e.indexOf(",")>=0&&(e=e.split(
",")[0]),e.indexOf(":")>=0&&(e=e.split(":")[0]),e.indexOf("#")>=0&&(e=e.split("#")[1]),e},Jm=(t,e)=>E_(t,e,["header","code","type"]),Ym=(t,e,r=!1)=>E_(t,e,r?["c\
ode","header","type"]:["type","code","header"]),E_=({headers:t},e,r)=>{for(;r.length>0;)switch(r.shift()){case"header":let n=y_(t??{},"x-amzn-errortype");if(n!==
void 0)return Wm(t[n]);break;case"code":let s=y_(e??{},"code");if(s&&e[s]!==void 0)return Wm(e[s]);break;case"type":if(e?.__type!==void 0)return Wm(e.__type);break}}});var Xa,x_=p(()=>{za();X();k();Va();f_();jm();zm();qm();Xm();J();Xa=class extends io{settings;constructor(e){super(),this.settings=e}async read(e,r){let o=Ya(e)?
Ka:void 0,n;if(typeof r=="string"){if(r.length===0)return{};n=JSON.parse(r,o)}else if(r instanceof Uint8Array&&Wa()){if(r.byteLength===0)return{};let s=Buffer.isBuffer(
r)?r:Buffer.from(r.buffer,r.byteOffset,r.byteLength);n=JSON.parse(s,o)}else n=await Km(r,this.serdeContext,e);return this._read(e,n)}readObject(e,r){return this.
_read(e,r)}_read(e,r){let o=r!==null&&typeof r=="object",n=U.of(e);if(o){if(n.isStructSchema())return this._readStruct(n,r);if(Array.isArray(r)&&n.isListSchema()){
let i=n.getValueSchema();if(this.needsTransform(i))for(let a=0;a<r.length;++a)r[a]=this._read(i,r[a]);return r}if(n.isMapSchema()){let i=n.getValueSchema(),a=r;
if(this.needsTransform(i))for(let c in a)P(a,c)&&(c==="__proto__"&&Vr(a),a[c]=this._read(i,a[c]));return a}}if(n.isBlobSchema()&&typeof r=="string")return Re(r);
let s=n.getMergedTraits().mediaType;if(n.isStringSchema()&&typeof r=="string"&&s)return s==="application/json"||s.endsWith("+json")?Ye.from(r):r;if(n.isTimestampSchema()&&
r!=null)switch(qo(n,this.settings)){case 5:return Su(r);case 6:return Es(r);case 7:return Ru(r);default:return console.warn("Missing timestamp format, parsing v\
alue with Date constructor:",r),new Date(r)}if(n.isBigIntegerSchema()&&(typeof r=="number"||typeof r=="string"))return BigInt(r);if(n.isBigDecimalSchema()&&r!=null){
if(r instanceof _e)return r;let i=r;return i.type==="bigDecimal"&&"string"in i?new _e(i.string,i.type):new _e(String(r),"bigDecimal")}if(n.isNumericSchema()&&typeof r==
"string"){switch(r){case"Infinity":return 1/0;case"-Infinity":return-1/0;case"NaN":return NaN}return r}if(n.isDocumentSchema()&&o)if(Array.isArray(r))for(let i=0;i<
r.length;++i){let a=r[i];a instanceof _e||(r[i]=this._read(n,a))}else{let i=r;for(let a in i){if(!P(i,a))continue;a==="__proto__"&&Vr(i);let c=i[a];c instanceof
_e||(i[a]=this._read(n,c))}}return r}_readStruct(e,r){let o=e.isUnionSchema(),n={},s,i=typeof r.__type=="string",{jsonName:a}=this.settings;a&&i&&(s={});let c;o&&
(c=new qa(r,n));for(let[l,d]of e.structIterator()){let u=l;a&&(u=d.getMergedTraits().jsonName??u,i&&(s[u]=l)),o&&c.mark(u),r[u]!=null&&(n[l]=this._read(d,r[u]))}
if(o)c.writeUnknown();else if(i)for(let l in r){if(!P(r,l))continue;let d=r[l],u=a?s[l]??l:l;u in n||(n[u]=d)}return n}needsTransform(e){return!!(e.isBlobSchema()||
e.isTimestampSchema()||e.isBigIntegerSchema()||e.isBigDecimalSchema()||e.isNumericSchema()||e.isDocumentSchema()||e.isStructSchema()||e.isListSchema()||e.isMapSchema()||
e.isStringSchema()&&e.getMergedTraits().mediaType)}}});var Qa,S_,R_=p(()=>{k();Qa=class t extends Uint8Array{string=null;static allocUnsafe(e){if(typeof Buffer=="function"){let r=Buffer.allocUnsafe(e);return new t(r.
buffer,r.byteOffset,r.byteLength)}return new t(e)}toString(){return this.s()}valueOf(){return this.s()}includes(e,r){return typeof e=="string"?this.s().includes(
e,r):Uint8Array.prototype.includes.call(this,e,r)}indexOf(e,r){return typeof e=="string"?this.s().indexOf(e,r):Uint8Array.prototype.indexOf.call(this,e,r)}lastIndexOf(e,r){
if(typeof e=="string")return this.s().lastIndexOf(e,r);let o=Uint8Array.prototype.lastIndexOf;return r!==void 0?o.call(this,e,r):o.call(this,e)}startsWith(e,r){
return this.s().startsWith(e,r)}endsWith(e,r){return this.s().endsWith(e,r)}match(e){return this.s().match(e)}replace(e,r){return this.s().replace(e,r)}search(e){
return this.s().search(e)}split(e,r){return this.s().split(e,r)}substring(e,r){return this.s().substring(e,r)}trim(){return this.s().trim()}trimStart(){return this.
s().trimStart()}trimEnd(){return this.s().trimEnd()}charAt(e){return this.s().charAt(e)}charCodeAt(e){return this.s().charCodeAt(e)}padStart(e,r){return this.s().
padStart(e,r)}padEnd(e,r){return this.s().padEnd(e,r)}repeat(e){return this.s().repeat(e)}toUpperCase(){return this.s().toUpperCase()}toLowerCase(){return this.
s().toLowerCase()}s(){if(this.string==null){let e=Date.now();e>S_+6e4&&(console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string meth\
od on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error."),S_=e),this.string=Z(this)}return this.
string}},S_=0});function Qm(t){return Qa.allocUnsafe(t)}var Za,__,w_,z$,V$,$n,ec,tc,I_,q$,W$,K$,kr,T_,rc,C_=p(()=>{za();X();k();Va();J();R_();Za=new TextEncoder,__=123,w_=125,z$=
91,V$=93,$n=34,ec=58,tc=44,I_=92,q$=new Uint8Array([116,114,117,101]),W$=new Uint8Array([102,97,108,115,101]),K$=new Uint8Array([110,117,108,108]),kr=new Array(
128).fill(null);kr[8]="b";kr[9]="t";kr[10]="n";kr[12]="f";kr[13]="r";kr[34]='"';kr[92]="\\";for(let t=0;t<32;t++)kr[t]===null&&(kr[t]="u00"+t.toString(16).padStart(
2,"0"));T_=2048;rc=class t extends io{settings;json;i=0;rootSchema;rawValue;passthrough=!1;constructor(e){super(),this.settings=e,this.json=Qm(T_)}write(e,r){this.
i=0,this.rawValue=r,this.rootSchema=U.of(e),this.passthrough=this.rootSchema.isBlobSchema()||this.rootSchema.isStringSchema(),this.passthrough||this.writeValue(
this.rootSchema,r,void 0)}writeDiscriminatedDocument(e,r){this.i=0,this.rootSchema=U.of(e);let o=this.rootSchema;if(o.isStructSchema()&&r!=null&&typeof r=="obje\
ct"){this.writeValue(o,r,void 0);let n=`"__type":"${o.getName(!0)??"Unknown"}",`,s=n.length;this.ensure(s),this.json.copyWithin(1+s,1,this.i),Za.encodeInto(n,this.
json.subarray(1)),this.i+=s}else this.writeValue(o,r,void 0)}flush(){this.rootSchema=void 0;let e=this.i;this.i=0;let r=this.rawValue;if(this.rawValue=void 0,e===
0)return r;let o=this.json.subarray(0,e);return this.json=Qm(T_),o}ensure(e){let{i:r,json:o}=this;if(r+e>o.length){let n=o.length*2;for(;n<r+e;)n*=2;let s=Qm(n);
s.set(this.json),this.json=s}}writeAscii(e){let r=e.length;this.ensure(r);let{i:o,json:n}=this;for(let s=0;s<r;++s)n[o]=e.charCodeAt(s),o+=1;this.i=o}writeAsciiQuoted(e){
let r=e.length;this.ensure(r+4);let{json:o,i:n}=this;o[n++]=$n;for(let s=0;s<r;++s)o[n++]=e.charCodeAt(s);o[n++]=$n,this.i=n}writeJsonString(e){let r=e.length;this.
ensure(r*3+2),this.json[this.i++]=$n;for(let o=0;o<r;++o){let n=e.charCodeAt(o);if(n>34&&n<92)this.json[this.i++]=n;else if(n<128){let s=kr[n];if(s!==null){this.
ensure(s.length+1+(r-o-1)*3+1),this.json[this.i++]=I_;for(let i=0;i<s.length;i++)this.json[this.i++]=s.charCodeAt(i)}else this.json[this.i++]=n}else if(n>=55296&&
n<=56319){let s=o+1<r?e.charCodeAt(o+1):0;if(s>=56320&&s<=57343){this.ensure(4);let{written:i}=Za.encodeInto(e.substring(o,o+2),this.json.subarray(this.i));this.
i+=i,++o}else this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n)}else if(n>=56320&&n<=57343)this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n);else{let{i:s,
json:i}=this;n<2048?(i[s++]=192|n>>6,i[s++]=128|n&63):(i[s++]=224|n>>12,i[s++]=128|n>>6&63,i[s++]=128|n&63),this.i=s}}this.json[this.i++]=$n}writeUnicodeEscape(e){
let{json:r,i:o}=this;r[o++]=I_,r[o++]=117;let n=e.toString(16).padStart(4,"0");for(let s=0;s<4;++s)r[o++]=n.charCodeAt(s);this.i=o}static B64=(()=>{let e="ABCDE\
FGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",r=new Uint8Array(64);for(let o=0;o<64;++o)r[o]=e.charCodeAt(o);return r})();writeBase64(e){let r=Math.
ceil(e.length/3)*4;this.ensure(r+2);let o=this.json,n=t.B64,s=this.i;o[s++]=$n;let i=e.length,a=i%3,c=i-a;for(let l=0;l<c;l+=3){let d=e[l],u=e[l+1],m=e[l+2];o[s++]=
n[d>>2],o[s++]=n[(d&3)<<4|u>>4],o[s++]=n[(u&15)<<2|m>>6],o[s++]=n[m&63]}if(a===2){let l=e[c],d=e[c+1];o[s++]=n[l>>2],o[s++]=n[(l&3)<<4|d>>4],o[s++]=n[(d&15)<<2],
o[s++]=61}else if(a===1){let l=e[c];o[s++]=n[l>>2],o[s++]=n[(l&3)<<4],o[s++]=61,o[s++]=61}o[s++]=$n,this.i=s}writeValue(e,r,o){if(r==null){if(o?.isStructSchema()){
if(r===void 0&&U.of(e).isIdempotencyToken()){this.writeAsciiQuoted(Nn());return}return}this.ensure(4),this.json.set(K$,this.i),this.i+=4;return}let n=U.of(e),s=typeof r==
"object";if(n.isStringSchema()){let i=n.getMergedTraits().mediaType;if(i&&(i==="application/json"||i.endsWith("+json"))){this.writeJsonString(Ye.from(r).toString());
return}}if(this.settings.bigNumberAsString&&r!=null&&(n.isBigIntegerSchema()||n.isBigDecimalSchema())){let i=r instanceof _e?r.string:String(r);this.writeAsciiQuoted(
i);return}if(s){if(n.isStructSchema()){this.writeStruct(n,r);return}if(Array.isArray(r)&&(n.isListSchema()||n.isDocumentSchema())){this.writeList(n,r,n.isDocumentSchema());
return}if(n.isMapSchema()){this.writeMap(n,r,!1);return}if(r instanceof Uint8Array&&(n.isBlobSchema()||n.isDocumentSchema())){this.writeBase64(r);return}if(r instanceof
Date&&(n.isTimestampSchema()||n.isDocumentSchema())){this.writeTimestamp(n,r);return}if(r instanceof _e){this.writeAscii(r.string);return}if(n.isDocumentSchema()){
Array.isArray(r)?this.writeList(n,r,!0):this.writeMap(n,r,!0);return}let i=JSON.stringify(r);this.writeAscii(i);return}if(typeof r=="string"){if(n.isBlobSchema()){
let i=(this.serdeContext?.base64Encoder??me)(r);this.writeAsciiQuoted(i);return}this.writeJsonString(r);return}if(typeof r=="number"){if(Math.abs(r)===1/0||Number.
isNaN(r)){this.writeAsciiQuoted(String(r));return}let i=String(r);this.writeAscii(i);return}if(typeof r=="boolean"){this.ensure(5);let{i,json:a}=this;r?(a.set(q$,
i),i+=4):(a.set(W$,i),i+=5),this.i=i;return}if(typeof r=="bigint"){this.writeAscii(r.toString());return}this.writeAscii(String(r))}writeStruct(e,r){this.ensure(
2),this.json[this.i++]=__;let o=!1,n=typeof r.__type=="string",s;n&&(s=new Set);for(let[i,a]of e.structIterator()){let c=r[i];if(c==null&&!a.isIdempotencyToken())
continue;o&&(this.ensure(1),this.json[this.i++]=tc),o=!0;let l=this.settings.jsonName?a.getMergedTraits().jsonName??i:i;s&&(s.add(i),s.add(l)),this.writeAsciiQuoted(
l),this.json[this.i++]=ec,this.writeValue(a,c,e)}if(!o&&e.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i;this.writeAsciiQuoted(a),this.ensure(
1),this.json[this.i++]=ec,this.writeValue(15,c,e)}}else if(n)for(let i in r){if(s.has(i))continue;s.add(i);let a=r[i];o&&(this.ensure(1),this.json[this.i++]=tc),
o=!0,this.writeAsciiQuoted(i),this.ensure(1),this.json[this.i++]=ec,this.writeValue(15,a,void 0)}this.ensure(1),this.json[this.i++]=w_}writeList(e,r,o){let n=!!e.
getMergedTraits().sparse,s=e.getValueSchema();if(!o&&(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let a=!1;for(let l=0;l<r.length;++l){let d=r[l];
if(Number.isNaN(d)||d===1/0||d===-1/0||d==null&&!n){a=!0;break}}let c;if(!a)c=JSON.stringify(r);else{let l=[];for(let d=0;d<r.length;++d){let u=r[d];u==null&&!n||
(Number.isNaN(u)||u===1/0||u===-1/0?l.push(String(u)):l.push(u))}c=JSON.stringify(l)}this.ensure(c.length*3),this.i+=Za.encodeInto(c,this.json.subarray(this.i)).
written;return}this.ensure(2),this.json[this.i++]=z$;let i=!1;for(let a=0;a<r.length;++a){let c=r[a];(o?c===void 0:c==null&&!n)||(i&&(this.ensure(1),this.json[this.
i++]=tc),this.writeValue(s,c,void 0),i=!0)}this.ensure(1),this.json[this.i++]=V$}writeMap(e,r,o){let n=!!e.getMergedTraits().sparse,s=e.getValueSchema();if(!o&&
(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let a;for(let l in r){if(!P(r,l))continue;let d=r[l];Number.isNaN(d)||d===1/0||d===-1/0?((a??={})[l]=
d,r[l]=String(d)):d===null&&!n&&((a??={})[l]=null,r[l]=void 0)}let c=JSON.stringify(r);a&&Object.assign(r,a),this.ensure(c.length*3),this.i+=Za.encodeInto(c,this.
json.subarray(this.i)).written;return}this.ensure(2),this.json[this.i++]=__;let i=!0;for(let a in r){if(!P(r,a))continue;let c=r[a];(o?c===void 0:c==null&&!n)||
(i||(this.ensure(1),this.json[this.i++]=tc),i=!1,this.writeJsonString(a),this.ensure(1),this.json[this.i++]=ec,this.writeValue(s,c,void 0))}this.ensure(1),this.
json[this.i++]=w_}writeTimestamp(e,r){switch(qo(e,this.settings)){case 5:{let n=r.toISOString().replace(".000Z","Z");this.writeAsciiQuoted(n);return}case 6:{this.
writeAsciiQuoted(Uo(r));return}case 7:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}default:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}}}}});var Wo,v_=p(()=>{Va();x_();C_();Wo=class extends io{settings;constructor(e){super(),this.settings=e}createSerializer(){let e=new rc(this.settings);return e.setSerdeContext(
this.serdeContext),e}createDeserializer(){let e=new Xa(this.settings);return e.setSerdeContext(this.serdeContext),e}}});var F=p(()=>{Dn();Um();o_();n_();Mm();s_();a_();za();J();J();c_();u_();Bm();m_();J();Xm();v_()});var b_,A_,zt,P_=p(()=>{F();b_=t=>e=>async r=>{if(!j.isInstance(r.request))return e(r);let{request:o}=r,{handlerProtocol:n=""}=t.requestHandler.metadata||{};if(n.
indexOf("h2")>=0&&!o.headers[":authority"])delete o.headers.host,o.headers[":authority"]=o.hostname+(o.port?":"+o.port:"");else if(!o.headers.host){let s=o.hostname;
o.port!=null&&(s+=`:${o.port}`),o.headers.host=s}return e(r)},A_={name:"hostHeaderMiddleware",step:"build",priority:"low",tags:["HOST"],override:!0},zt=t=>({applyToStack:e=>{
e.add(b_(t),A_)}})});var O_,N_,Vt,D_=p(()=>{T();O_=()=>(t,e)=>async r=>{try{let o=await t(r),{logger:n}=e,s=n instanceof we;if(n&&!s){let{clientName:i,commandName:a,dynamoDbDocumentClientOptions:c={}}=e,
{overrideInputFilterSensitiveLog:l,overrideOutputFilterSensitiveLog:d}=c,u=l??e.inputFilterSensitiveLog,m=d??e.outputFilterSensitiveLog,{$metadata:f,...g}=o.output;
n.info?.({clientName:i,commandName:a,input:u(r.input),output:m(g),metadata:f})}return o}catch(o){let{clientName:n,commandName:s,logger:i,dynamoDbDocumentClientOptions:a={}}=e,
{overrideInputFilterSensitiveLog:c}=a,l=c??e.inputFilterSensitiveLog;throw i?.error?.({clientName:n,commandName:s,input:l(r.input),error:o,metadata:o.$metadata}),
o}},N_={name:"loggerMiddleware",tags:["LOGGER"],step:"initialize",override:!0},Vt=t=>({applyToStack:e=>{e.add(O_(),N_)}})});var k_,$_=p(()=>{k_={step:"build",tags:["RECURSION_DETECTION","TRACE_CONTEXT_PROPAGATION"],name:"recursionDetectionMiddleware",override:!0,priority:"low"}});var U_=Xd((KQ,L_)=>{L_.exports=require("node:async_hooks")});var ao,Zm,oc,ef,tf,js,F_=p(()=>{ao={REQUEST_ID:Symbol.for("_AWS_LAMBDA_REQUEST_ID"),X_RAY_TRACE_ID:Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),TENANT_ID:Symbol.for(
"_AWS_LAMBDA_TENANT_ID"),TRACEPARENT:Symbol.for("_AWS_LAMBDA_TRACEPARENT"),TRACESTATE:Symbol.for("_AWS_LAMBDA_TRACESTATE"),BAGGAGE:Symbol.for("_AWS_LAMBDA_BAGGA\
GE")},Zm=["true","1"].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA??"");Zm||(globalThis.awslambda=globalThis.awslambda||{});oc=class{static PROTECTED_KEYS=ao;isProtectedKey(e){
return Object.values(ao).includes(e)}getRequestId(){return this.get(ao.REQUEST_ID)??"-"}getXRayTraceId(){return this.get(ao.X_RAY_TRACE_ID)}getTenantId(){return this.
get(ao.TENANT_ID)}getTraceparent(){return this.get(ao.TRACEPARENT)}getTracestate(){return this.get(ao.TRACESTATE)}getBaggage(){return this.get(ao.BAGGAGE)}},ef=
class extends oc{currentContext;getContext(){return this.currentContext}hasContext(){return this.currentContext!==void 0}get(e){return this.currentContext?.[e]}set(e,r){
if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);this.currentContext=this.currentContext||{},this.currentContext[e]=
r}run(e,r){return this.currentContext=e,r()}},tf=class t extends oc{als;static async create(){let e=new t,r=await Promise.resolve().then(()=>Ur(U_()));return e.
als=new r.AsyncLocalStorage,e}getContext(){return this.als.getStore()}hasContext(){return this.als.getStore()!==void 0}get(e){return this.als.getStore()?.[e]}set(e,r){
if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);let o=this.als.getStore();if(!o)throw new Error("No cont\
ext available");o[e]=r}run(e,r){return this.als.run(e,r)}};(function(t){let e=null;async function r(o){return e||(e=(async()=>{let s=o===!0||"AWS_LAMBDA_MAX_CON\
CURRENCY"in process.env?await tf.create():new ef;return!Zm&&globalThis.awslambda?.InvokeStore?globalThis.awslambda.InvokeStore:(!Zm&&globalThis.awslambda&&(globalThis.
awslambda.InvokeStore=s),s)})()),e}t.getInstanceAsync=r,t._testing=process.env.AWS_LAMBDA_BENCHMARK_MODE==="1"?{reset:()=>{e=null,globalThis.awslambda?.InvokeStore&&
delete globalThis.awslambda.InvokeStore,globalThis.awslambda={InvokeStore:void 0}}}:void 0})(js||(js={}))});function X$(t){for(let e of Object.keys(t)){let r=e.toLowerCase();e!==r&&(r===of||r===M_||r===B_)&&(t[r]=t[e],delete t[e])}}var J$,Y$,rf,of,M_,B_,H_,j_=p(()=>{F_();
F();J$="AWS_LAMBDA_FUNCTION_NAME",Y$="_X_AMZN_TRACE_ID",rf="X-Amzn-Trace-Id",of="traceparent",M_="tracestate",B_="baggage",H_=()=>t=>async e=>{let{request:r}=e;
if(!j.isInstance(r))return t(e);let o;{let n=Object.keys(r.headers??{}).find(s=>s.toLowerCase()===rf.toLowerCase())??rf;if(!r.headers.hasOwnProperty(n)){let s=process.
env[J$],i=process.env[Y$];o??=await js.getInstanceAsync();let c=o?.getXRayTraceId()??i,l=d=>typeof d=="string"&&d.length>0;l(s)&&l(c)&&(r.headers[rf]=c)}}if(X$(
r.headers),!r.headers[of]){let s=(o??=await js.getInstanceAsync())?.getTraceparent?.();if(s){r.headers[of]=s;let i=o?.getTracestate?.();i&&(r.headers[M_]=i);let a=o?.
getBaggage?.();a&&(r.headers[B_]=a)}}return t(e)}});var qt,G_=p(()=>{$_();j_();qt=t=>({applyToStack:e=>{e.add(H_(),k_)}})});var z_,V_=p(()=>{z_=(t,e)=>{if(!e||e.length===0)return t;let r=[];for(let o of e)for(let n of t)n.schemeId.split("#")[1]===o&&r.push(n);for(let o of t)r.find(({
schemeId:n})=>n===o.schemeId)||r.push(o);return r}});function Q$(t){let e=new Map;for(let r of t)e.set(r.schemeId,r);return e}var nf,q_=p(()=>{J();V_();nf=(t,e)=>(r,o)=>async n=>{let s=t.httpAuthSchemeProvider(await e.
httpAuthSchemeParametersProvider(t,o,n.input)),i=t.authSchemePreference?await t.authSchemePreference():[],a=z_(s,i),c=Q$(t.httpAuthSchemes),l=ee(o),d=[];for(let u of a){
let m=c.get(u.schemeId);if(!m){d.push(`HttpAuthScheme \`${u.schemeId}\` was not enabled for this service.`);continue}let f=m.identityProvider(await e.identityProviderConfigProvider(
t));if(!f){d.push(`HttpAuthScheme \`${u.schemeId}\` did not have an IdentityProvider configured.`);continue}let{identityProperties:g={},signingProperties:y={}}=u.
propertiesExtractor?.(t,o)||{};u.identityProperties=Object.assign(u.identityProperties||{},g),u.signingProperties=Object.assign(u.signingProperties||{},y),l.selectedHttpAuthScheme=
{httpAuthOption:u,identity:await f(u.identityProperties),signer:m.signer};break}if(!l.selectedHttpAuthScheme)throw new Error(d.join(`
`));return r(n)}});var sf,lt,W_=p(()=>{q_();sf={step:"serialize",tags:["HTTP_AUTH_SCHEME"],name:"httpAuthSchemeMiddleware",override:!0,relation:"before",toMiddleware:"endpointV2Mi\
ddleware"},lt=(t,{httpAuthSchemeParametersProvider:e,identityProviderConfigProvider:r})=>({applyToStack:o=>{o.addRelativeTo(nf(t,{httpAuthSchemeParametersProvider:e,
identityProviderConfigProvider:r}),sf)}})});var K_=p(()=>{W_()});var Z$,eL,af,J_=p(()=>{F();J();Z$=t=>e=>{throw e},eL=(t,e)=>{},af=t=>(e,r)=>async o=>{if(!j.isInstance(o.request))return e(o);let s=ee(r).selectedHttpAuthScheme;
if(!s)throw new Error("No HttpAuthScheme was selected: unable to sign request");let{httpAuthOption:{signingProperties:i={}},identity:a,signer:c}=s,l=await e({...o,
request:await c.sign(o.request,a,i)}).catch((c.errorHandler||Z$)(i));return(c.successHandler||eL)(l.response,i),l}});var cf,dt,Y_=p(()=>{J_();cf={step:"finalizeRequest",tags:["HTTP_SIGNING"],name:"httpSigningMiddleware",aliases:["apiKeyMiddleware","tokenMiddleware","awsAuthMid\
dleware"],override:!0,relation:"after",toMiddleware:"retryMiddleware"},dt=t=>({applyToStack:e=>{e.addRelativeTo(af(t),cf)}})});var X_=p(()=>{Y_()});var _r,Q_=p(()=>{_r=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});var Ve,Z_=p(()=>{J();Ve=class{authSchemes=new Map;constructor(e){for(let r in e){if(!P(e,r))continue;let o=e[r];o!==void 0&&this.authSchemes.set(r,o)}}getIdentityProvider(e){
return this.authSchemes.get(e)}}});var nt,ew=p(()=>{nt=class{async sign(e,r,o){return e}}});var tw=p(()=>{ew()});var pf,nc,Gs,sc,rw=p(()=>{pf=t=>function(r){return Gs(r)&&r.expiration.getTime()-Date.now()<t},nc=pf(3e5),Gs=t=>t.expiration!==void 0,sc=(t,e,r)=>{if(t===void 0)
return;let o=typeof t!="function"?async()=>Promise.resolve(t):t,n,s,i,a=!1,c=async l=>{s||(s=o(l));try{n=await s,i=!0,a=!1}finally{s=void 0}return n};return e===
void 0?async l=>((!i||l?.forceRefresh)&&(n=await c(l)),n):async l=>((!i||l?.forceRefresh)&&(n=await c(l)),a?n:r(n)?(e(n)&&await c(l),n):(a=!0,n))}});var ow=p(()=>{Z_();tw();rw()});var st=p(()=>{K_();X_();Q_();ow()});function nL(t){return t===void 0?!0:typeof t=="string"&&t.length<=50}function Wt(t){let e=_r(t.userAgentAppId??ic),{customUserAgent:r}=t;return Object.assign(t,
{customUserAgent:typeof r=="string"?[[r]]:r,userAgentAppId:async()=>{let o=await e();if(!nL(o)){let n=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?console:
t.logger;typeof o!="string"?n?.warn("userAgentAppId must be a string or undefined."):o.length>50&&n?.warn("The provided userAgentAppId exceeds the maximum lengt\
h of 50 characters.")}return o}})}var ic,lf=p(()=>{st();ic=void 0});var nw,sw=p(()=>{nw={partitions:[{id:"aws",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aws",implicitGlobalRegion:"us-east-1",name:"aws",supportsDualStack:!0,
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
1.1"}});var sL,iL,iw,aw,df=p(()=>{sw();sL=nw,iL="",iw=t=>{let{partitions:e}=sL;for(let o of e){let{regions:n,outputs:s}=o;for(let[i,a]of Object.entries(n))if(i===t)return{
...s,...a}}for(let o of e){let{regionRegex:n,outputs:s}=o;if(new RegExp(n).test(t))return{...s}}let r=e.find(o=>o.id==="aws");if(!r)throw new Error("Provided re\
gion was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.");return{...r.outputs}},aw=()=>iL});var cw,uf,pw=p(()=>{cw=require("node:stream"),uf=t=>t?.body instanceof cw.Readable||typeof ReadableStream<"u"&&t?.body instanceof ReadableStream});var lw,dw,uw,mw,fw,gw=p(()=>{lw=["BandwidthLimitExceeded","EC2ThrottledException","LimitExceededException","PriorRequestNotComplete","ProvisionedThroughputExcee\
dedException","RequestLimitExceeded","RequestThrottled","RequestThrottledException","SlowDown","ThrottledException","Throttling","ThrottlingException","TooManyR\
equestsException","TransactionInProgressException"],dw=["TimeoutError","RequestTimeout","RequestTimeoutException"],uw=[500,502,503,504],mw=["ECONNRESET","ECONNR\
EFUSED","EPIPE","ETIMEDOUT"],fw=["EHOSTUNREACH","ENETUNREACH","ENOTFOUND","EAI_AGAIN"]});function lL(t){return t.code==="ERR_HTTP2_STREAM_ERROR"&&t.message.includes("NGHTTP2_REFUSED_STREAM")}var aL,cL,pL,ac,cc,hw,mf=p(()=>{gw();aL=t=>t?.$retryable!==
void 0,cL=t=>t.$metadata?.clockSkewCorrected,pL=t=>{let e=new Set(["Failed to fetch","NetworkError when attempting to fetch resource","The Internet connection a\
ppears to be offline","Load failed","Network request failed"]);return t&&t instanceof TypeError?e.has(t.message):!1},ac=t=>t.$metadata?.httpStatusCode===429||lw.
includes(t.name)||t.$retryable?.throttling==!0,cc=(t,e=0)=>t?.name!=="AbortError"&&(aL(t)||cL(t)||t.name==="InvalidSignatureException"&&t.message?.includes("Sig\
nature expired")||dw.includes(t.name)||mw.includes(t?.code||"")||fw.includes(t?.code||"")||uw.includes(t.$metadata?.httpStatusCode||0)||pL(t)||lL(t)||t.cause!==
void 0&&e<=10&&cc(t.cause,e+1)),hw=t=>{if(t.$metadata?.httpStatusCode!==void 0){let e=t.$metadata.httpStatusCode;return 500<=e&&e<=599&&!cc(t)}return!1}});var pc,dL,yw,Ew=p(()=>{pc=(t,e)=>{if(!e)return t;let r=()=>{},o=new Promise((n,s)=>{let i=()=>s(dL(e));e.aborted?i():typeof e.addEventListener=="function"?(e.addEventListener(
"abort",i,{once:!0}),r=()=>e.removeEventListener("abort",i)):e.onabort=i});return Promise.race([t,o]).finally(r)},dL=t=>{let e=t.reason;return e instanceof Error?
Object.assign(new Error("Request aborted"),{name:"AbortError",cause:e}):Object.assign(new Error(e?String(e):"Request aborted"),{name:"AbortError"})},yw=t=>typeof t==
"object"&&t!==null&&"name"in t&&t.name==="AbortError"});var xw,Sw,Rw=p(()=>{xw="amz-sdk-invocation-id",Sw="amz-sdk-request"});function _w(t,e){if(Je.isInstance(t))for(let r in t.headers){if(!P(t.headers,r))continue;let o=r.toLowerCase();if(o==="retry-after"){let n=t.headers[r],s=NaN;if(n.
endsWith("GMT"))try{s=(Es(n).getTime()-Date.now())/1e3}catch(i){e?.trace?.("Failed to parse retry-after header"),e?.trace?.(i)}else n.match(/ GMT, ((\d+)|(\d+\.\d+))$/)?
s=Number(n.match(/ GMT, ([\d.]+)$/)?.[1]):n.match(/^((\d+)|(\d+\.\d+))$/)?s=Number(n):Date.parse(n)>=Date.now()&&(s=(Date.parse(n)-Date.now())/1e3);return isNaN(
s)?void 0:new Date(Date.now()+s*1e3)}else if(o==="x-amz-retry-after"){let n=t.headers[r],s=Number(n);if(isNaN(s)){e?.trace?.(`Failed to parse x-amz-retry-after=${n}`);
return}return new Date(Date.now()+s)}}}var ww=p(()=>{J();F();k()});var Iw,Tw=p(()=>{Iw=t=>t instanceof Error?t:t instanceof Object?Object.assign(new Error,t):typeof t=="string"?new Error(t):new Error(`AWS SDK error wrapper for ${t}`)});function ff(t){return e=>(r,o)=>async n=>{let s=await e.retryStrategy(),i=await e.maxAttempts(),a=o[xr]?.abortSignal;if(uL(s)){s=s;let c=(o.partition_id??"")+(o.
__retryLongPoll?":longpoll":""),l=await pc(s.acquireInitialRetryToken(c),a),d=new Error,u=0,m=0,{request:f}=n,g=j.isInstance(f);for(g&&(f.headers[xw]=Lm());;)try{
g&&(f.headers[Sw]=`attempt=${u+1}; max=${i}`);let{response:y,output:h}=await r(n);return s.recordSuccess(l),h.$metadata.attempts=u+1,h.$metadata.totalRetryDelay=
m,{response:y,output:h}}catch(y){let h=mL(y,e.logger);if(d=Iw(y),g&&t(f))throw(o.logger instanceof we?console:o.logger)?.warn("An error was encountered in a non\
-retryable streaming request."),d;try{if(a?.aborted)throw d;l=await pc(s.refreshRetryTokenForRetry(l,h),a)}catch(x){throw x!==d&&a?.aborted&&yw(x)?x:(d.$metadata||
(d.$metadata={}),d.$metadata.attempts=u+1,d.$metadata.totalRetryDelay=m,d)}u=l.getRetryCount();let S=l.getRetryDelay();m+=(l?.$retryLog?.acquisitionDelay??0)+S,
S>0&&await pc(new Promise(x=>setTimeout(x,S)),a)}}else return s=s,s?.mode&&(o.userAgent=[...o.userAgent||[],["cfg/retry-mode",s.mode]]),s.retry(r,n)}}function Cw(t){
let e=ff(t);return r=>({applyToStack:o=>{o.add(e(r),gL)}})}var uL,mL,fL,gL,vw=p(()=>{T();F();k();Pr();mf();Ew();Rw();ww();Tw();uL=t=>typeof t.acquireInitialRetryToken<
"u"&&typeof t.refreshRetryTokenForRetry<"u"&&typeof t.recordSuccess<"u",mL=(t,e)=>{let r={error:t,errorType:fL(t)},o=_w(t.$response,e);return o&&(r.retryAfterHint=
o),r},fL=t=>ac(t)?"THROTTLING":cc(t)?"TRANSIENT":hw(t)?"SERVER_ERROR":"CLIENT_ERROR",gL={name:"retryMiddleware",tags:["RETRY"],step:"finalizeRequest",priority:"\
high",override:!0}});var lc,bw=p(()=>{mf();lc=class t{static setTimeoutFn=(e,r)=>setTimeout(e,r);beta;minCapacity;minFillRate;scaleConstant;smooth;enabled=!1;availableTokens=0;lastMaxRate=0;measuredTxRate=0;requestCount=0;fillRate;lastThrottleTime;lastTimestamp=0;lastTxRateBucket;maxCapacity;timeWindow=0;constructor(e){
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
return"THROTTLING"}}});var uc,Aw=p(()=>{dc();uc=class{x=Kt.delay();computeNextBackoffDelay(e){let n=Math.random()*Math.min(this.x*2**e,2e4);return Math.floor(n)}setDelayBase(e){this.x=
e}}});var zs,Pw=p(()=>{zs=class{delay;count;cost;longPoll;$retryLog={acquisitionDelay:0};constructor(e,r,o,n){this.delay=e,this.count=r,this.cost=o,this.longPoll=n}getRetryCount(){
return this.count}getRetryDelay(){return Math.min(2e4,this.delay)}getRetryCost(){return this.cost}isLongPoll(){return this.longPoll}}});var Jt,co,it,Vs=p(()=>{(function(t){t.STANDARD="standard",t.ADAPTIVE="adaptive"})(Jt||(Jt={}));co=3,it=Jt.STANDARD});var mc,Ko,gf=p(()=>{Aw();Pw();Vs();dc();mc={incompatible:1,attempts:2,capacity:3},Ko=class{mode=Jt.STANDARD;retryBackoffStrategy;capacity=500;maxAttemptsProvider;baseDelay;constructor(e){
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
return e==="THROTTLING"||e==="TRANSIENT"}}});var fc,Ow=p(()=>{bw();gf();Vs();fc=class{mode=Jt.ADAPTIVE;rateLimiter;standardRetryStrategy;constructor(e,r){let{rateLimiter:o}=r??{};this.rateLimiter=o??new lc,
this.standardRetryStrategy=r?new Ko({maxAttempts:typeof e=="number"?e:3,...r}):new Ko(e)}async acquireInitialRetryToken(e){let r=await this.standardRetryStrategy.
acquireInitialRetryToken(e);return await this.rateLimiter.getSendToken(),r}async refreshRetryTokenForRetry(e,r){this.rateLimiter.updateClientSendingRate(r);let o=await this.
standardRetryStrategy.refreshRetryTokenForRetry(e,r);return await this.rateLimiter.getSendToken(),o}recordSuccess(e){this.rateLimiter.updateClientSendingRate({}),
this.standardRetryStrategy.recordSuccess(e)}async maxAttemptsProvider(){return this.standardRetryStrategy.maxAttempts()}}});var hf,yf,Yt,Xt,Nw,Dw,Qt,kw=p(()=>{T();Ow();gf();Vs();dc();hf="AWS_MAX_ATTEMPTS",yf="max_attempts",Yt={environmentVariableSelector:t=>{let e=t[hf];if(!e)return;
let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Environment variable ${hf} mast be a number, got "${e}"`);return r},configFileSelector:t=>{let e=t[yf];if(!e)
return;let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Shared config file entry ${yf} mast be a number, got "${e}"`);return r},default:co},Xt=(t,e)=>{let{
retryStrategy:r,retryMode:o}=t,{defaultMaxAttempts:n=co,defaultBaseDelay:s=Kt.delay()}=e??{},i=q(t.maxAttempts??n),a=r?Promise.resolve(r):void 0,c=async()=>{let l=await i();
return await q(o)()===Jt.ADAPTIVE?new fc(i,{maxAttempts:l,baseDelay:s}):new Ko({maxAttempts:l,baseDelay:s})};return Object.assign(t,{maxAttempts:i,retryStrategy:()=>a??=
c()})},Nw="AWS_RETRY_MODE",Dw="retry_mode",Qt={environmentVariableSelector:t=>t[Nw],configFileSelector:t=>t[Dw],default:it}});var Dee,dr,ut=p(()=>{pw();vw();Vs();kw();Dee=ff(uf),dr=Cw(uf)});async function $w(t,e,r){if(r.request?.headers?.["smithy-protocol"]==="rpc-v2-cbor"&&br(t,"PROTOCOL_RPC_V2_CBOR","M"),typeof e.retryStrategy=="function"){let s=await e.
retryStrategy();if(typeof s.mode=="string")switch(s.mode){case Jt.ADAPTIVE:br(t,"RETRY_MODE_ADAPTIVE","F");break;case Jt.STANDARD:br(t,"RETRY_MODE_STANDARD","E");
break}}if(typeof e.accountIdEndpointMode=="function"){let s=t.endpointV2;switch(String(s?.url?.hostname).match(EL)&&br(t,"ACCOUNT_ID_ENDPOINT","O"),await e.accountIdEndpointMode?.()){case"\
disabled":br(t,"ACCOUNT_ID_MODE_DISABLED","Q");break;case"preferred":br(t,"ACCOUNT_ID_MODE_PREFERRED","P");break;case"required":br(t,"ACCOUNT_ID_MODE_REQUIRED",
"R");break}}let n=t.__smithy_context?.selectedHttpAuthScheme?.identity;if(n?.$source){let s=n;s.accountId&&br(t,"RESOLVED_ACCOUNT_ID","T");for(let[i,a]of Object.
entries(s.$source??{}))br(t,i,a)}}var EL,Lw=p(()=>{ut();lE();EL=/\d{12}\.ddb/});var Ef,gc,Uw,Fw,Mw=p(()=>{Ef="user-agent",gc="x-amz-user-agent",Uw=/[^!$%&'*+\-.^_`|~\w]/g,Fw=/[^!$%&'*+\-.^_`|~\w#]/g});function Bw(t){let e="";for(let r in t){let o=t[r];if(e.length+o.length+1<=1024){e.length?e+=","+o:e+=o;continue}break}return e}var Hw=p(()=>{});var zw,hc,Vw,Zt,qw=p(()=>{F();df();Lw();Mw();Hw();zw=t=>(e,r)=>async o=>{let{request:n}=o;if(!j.isInstance(n))return e(o);let{headers:s}=n,i=r?.userAgent?.map(hc)||
[],a=(await t.defaultUserAgentProvider()).map(hc);await $w(r,t,o);let c=r;a.push(`m/${Bw(Object.assign({},r.__smithy_context?.features,c.__aws_sdk_context?.features))}`);
let l=t?.customUserAgent?.map(hc)||[],d=await t.userAgentAppId();d&&a.push(hc(["app",`${d}`]));let u=aw(),m=(u?[u]:[]).concat([...a,...i,...l]).join(" "),f=[...a.
filter(g=>g.startsWith("aws-sdk-")),...l].join(" ");return t.runtime!=="browser"?(f&&(s[gc]=s[gc]?`${s[Ef]} ${f}`:f),s[Ef]=m):s[gc]=m,e({...o,request:n})},hc=t=>{
let e=t[0].split("/").map(i=>i.replace(Uw,"-")).join("/"),r=t[1]?.replace(Fw,"-"),o=e.indexOf("/"),n=e.substring(0,o),s=e.substring(o+1);return n==="api"&&(s=s.
toLowerCase()),[n,s,r].filter(i=>i&&i.length>0).reduce((i,a,c)=>{switch(c){case 0:return a;case 1:return`${i}/${a}`;default:return`${i}#${a}`}},"")},Vw={name:"g\
etUserAgentMiddleware",step:"build",priority:"low",tags:["SET_USER_AGENT","USER_AGENT"],override:!0},Zt=t=>({applyToStack:e=>{e.add(zw(t),Vw)}})});var yc,Ww,Kw=p(()=>{yc=require("node:process"),Ww=()=>{let t=["deno","bun","llrt"];for(let e of t)if(yc.versions[e])return[`md/${e}`,yc.versions[e]];return["md/\
nodejs",yc.versions.node]}});var Sf,Jw=p(()=>{Sf={isCrtAvailable:!1}});var Yw,Xw=p(()=>{Jw();Yw=()=>Sf.isCrtAvailable?["md/crt-avail"]:null});var Ec,Rf,er,Qw=p(()=>{Ec=require("node:os"),Rf=require("node:process");Kw();Xw();er=({serviceId:t,clientVersion:e})=>{let r=Ww();return async o=>{let n=[["aws-\
sdk-js",e],["ua","2.1"],[`os/${(0,Ec.platform)()}`,(0,Ec.release)()],["lang/js"],r],s=Yw();s&&n.push(s),t&&n.push([`api/${t}`,e]),Rf.env.AWS_EXECUTION_ENV&&n.push(
[`exec-env/${Rf.env.AWS_EXECUTION_ENV}`]);let i=await o?.userAgentAppId?.();return i?[...n,[`app/${i}`]]:[...n]}}});var Zw,eI,xL,tr,tI=p(()=>{lf();Zw="AWS_SDK_UA_APP_ID",eI="sdk_ua_app_id",xL="sdk-ua-app-id",tr={environmentVariableSelector:t=>t[Zw],configFileSelector:t=>t[eI]??
t[xL],default:ic}});var rI=p(()=>{W()});var _f,oI=p(()=>{W();rI();_f=(t,e=!1)=>{if(e){for(let r of t.split("."))if(!_f(r))return!1;return!0}return!(!Or(t)||t.length<3||t.length>63||t!==t.toLowerCase()||
Pn(t))}});var nI,sI=p(()=>{nI=t=>{let e=t.split(":");if(e.length<6)return null;let[r,o,n,s,i,...a]=e;if(r!=="arn"||o===""||n===""||a.join(":")==="")return null;let c=a.map(
l=>l.split("/")).flat();return{partition:o,service:n,region:s,accountId:i,resourceId:c}}});var mt,iI=p(()=>{W();oI();sI();df();mt={isVirtualHostableS3Bucket:_f,parseArn:nI,partition:iw};Pe.aws=mt});function wf(t={}){return _({...Ae,async default(){return aI.silence||console.warn("@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credenti\
al-providers README and set a region explicitly."),"us-east-1"}},{...tt,...t})}var aI,cI=p(()=>{$();aI={silence:!1}});var rr,or,pI=p(()=>{rr=t=>({setRegion(e){t.region=e},region(){return t.region}}),or=t=>({region:t.region()})});var M=p(()=>{cE();pE();dE();P_();D_();G_();lf();qw();Qw();tI();iI();cI();pI()});var xc,Sc,lI=p(()=>{F();xc=t=>Je.isInstance(t)?t.headers?.date??t.headers?.Date:void 0,Sc=t=>Je.isInstance(t)?t.headers?.age??t.headers?.Age:void 0});var qs,dI=p(()=>{qs=t=>new Date(Date.now()+t)});var Rc,uI=p(()=>{Rc=(t,e,r,o)=>{if(o!==void 0)return e;let n=Date.parse(t);if(Number.isNaN(n))return e;let s=Date.now();return r!==void 0&&s-r>9e5?e:n-s}});var If=p(()=>{lI();dI();uI()});var Ws,SL,Ks,ge,Tf=p(()=>{F();Pr();If();Ws=(t,e)=>{if(!e)throw new Error(`Property \`${t}\` is not resolved for AWS SDK SigV4Auth`);return e},SL=t=>t.context?.[xr]?.
eventStream?.output===!0,Ks=async t=>{let e=Ws("context",t.context),r=Ws("config",t.config),o=e.endpointV2?.properties?.authSchemes?.[0],s=await Ws("signer",r.signer)(
o),i=t?.signingRegion,a=t?.signingRegionSet,c=t?.signingName;return{config:r,signer:s,signingRegion:i,signingRegionSet:a,signingName:c}},ge=class{async sign(e,r,o){
if(!j.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");let n=await Ks(o),{config:s,signer:i}=n,{signingRegion:a,
signingName:c}=n,l=o.context;if(l?.authSchemes?.length??!1){let[f,g]=l.authSchemes;f?.name==="sigv4a"&&g?.name==="sigv4"&&(a=g?.signingRegion??a,c=g?.signingName??
c)}let d=await s.disableClockSkewCorrection?.()===!0;o._disableClockSkewCorrection=d;let u=d||SL(o);return o._skipClockSkewSampling=u,u||(o._preRequestSystemClockOffset=
s.systemClockOffset,o._requestSentAt=Date.now()),await i.sign(e,{signingDate:d?new Date:qs(s.systemClockOffset),signingRegion:a,signingService:c})}errorHandler(e){
return r=>{let o=r;if(!e._skipClockSkewSampling&&!e._disableClockSkewCorrection){let n=o.ServerTime??xc(o.$response);if(n){let s=Ws("config",e.config),i=e._preRequestSystemClockOffset,
a=e._requestSentAt,c=Sc(o.$response),l=Rc(n,s.systemClockOffset,a,c);s.systemClockOffset=l,Math.abs(l)>=24e4&&(l!==i||i!==void 0&&i!==l)&&o.$metadata&&(o.$metadata.
clockSkewCorrected=!0)}}throw r}}successHandler(e,r){if(r._skipClockSkewSampling||r._disableClockSkewCorrection)return;let o=xc(e);if(o){let n=Ws("config",r.config),
s=r._requestSentAt,i=Sc(e);n.systemClockOffset=Rc(o,n.systemClockOffset,s,i)}}}});var po,mI=p(()=>{F();If();Tf();po=class extends ge{async sign(e,r,o){if(!j.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and ca\
nnot be signed");let{config:n,signer:s,signingRegion:i,signingRegionSet:a,signingName:c}=await Ks(o),d=(await n.sigv4aSigningRegionSet?.()??a??[i]).join(","),u=await n.
disableClockSkewCorrection?.()===!0;return o._disableClockSkewCorrection=u,u||(o._preRequestSystemClockOffset=n.systemClockOffset,o._requestSentAt=Date.now()),await s.
sign(e,{signingDate:u?new Date:qs(n.systemClockOffset),signingRegion:d,signingService:c})}}});var Cf,fI=p(()=>{Cf=t=>typeof t=="string"&&t.length>0?t.split(",").map(e=>e.trim()):[]});var gI,hI=p(()=>{gI=t=>`AWS_BEARER_TOKEN_${t.replace(/[\s-]/g,"_").toUpperCase()}`});var yI,EI,ft,xI=p(()=>{fI();hI();yI="AWS_AUTH_SCHEME_PREFERENCE",EI="auth_scheme_preference",ft={environmentVariableSelector:(t,e)=>{if(e?.signingName&&gI(e.signingName)in
t)return["httpBearerAuth"];if(yI in t)return Cf(t[yI])},configFileSelector:t=>{if(EI in t)return Cf(t[EI])},default:[]}});var _c,wc,SI=p(()=>{st();$();_c=t=>(t.sigv4aSigningRegionSet=_r(t.sigv4aSigningRegionSet),t),wc={environmentVariableSelector(t){if(t.AWS_SIGV4A_SIGNING_REGION_SET)
return t.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map(e=>e.trim());throw new je("AWS_SIGV4A_SIGNING_REGION_SET not set in env.",{tryNextLink:!0})},configFileSelector(t){
if(t.sigv4a_signing_region_set)return(t.sigv4a_signing_region_set??"").split(",").map(e=>e.trim());throw new je("sigv4a_signing_region_set not set in profile.",
{tryNextLink:!0})},default:void 0}});function _I(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var Ic,RI,RL,vf,wI=p(()=>{k();k();Ic=class{format(e){let r=[];for(let s in e){
if(!P(e,s))continue;let i=ie(s);r.push(Uint8Array.from([i.byteLength]),i,this.formatHeaderValue(e[s]))}let o=new Uint8Array(r.reduce((s,i)=>s+i.byteLength,0)),n=0;
for(let s of r)o.set(s,n),n+=s.byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.
from([2,e.value]);case"short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(
new ArrayBuffer(5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let n=new Uint8Array(9);return n[0]=5,n.set(e.value.bytes,
1),n;case"binary":let s=new DataView(new ArrayBuffer(3+e.value.byteLength));s.setUint8(0,6),s.setUint16(1,e.value.byteLength,!1);let i=new Uint8Array(s.buffer);
return i.set(e.value,3),i;case"string":let a=ie(e.value),c=new DataView(new ArrayBuffer(3+a.byteLength));c.setUint8(0,7),c.setUint16(1,a.byteLength,!1);let l=new Uint8Array(
c.buffer);return l.set(a,3),l;case"timestamp":let d=new Uint8Array(9);return d[0]=8,d.set(vf.fromNumber(e.value.valueOf()).bytes,1),d;case"uuid":if(!RL.test(e.value))
throw new Error(`Invalid UUID received: ${e.value}`);let u=new Uint8Array(17);return u[0]=9,u.set(Ou(e.value.replace(/-/g,"")),1),u}}};(function(t){t[t.boolTrue=
0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=6]="byteArray",t[t.
string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(RI||(RI={}));RL=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,vf=class t{bytes;constructor(e){
if(this.bytes=e,e.byteLength!==8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(
`${e} is too large (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,n=Math.abs(Math.round(e));o>-1&&n>0;o--,n/=256)r[o]=
n;return e<0&&_I(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&_I(e),parseInt(Xe(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var II,TI,bf,CI,vI,Af,Pf,Of,Nf,_L,bI,AI,Js,PI,OI,NI,DI,Tc,kI,$I,LI,Df,UI,Jo=p(()=>{II="X-Amz-Algorithm",TI="X-Amz-Credential",bf="X-Amz-Date",CI="X-Amz-SignedHe\
aders",vI="X-Amz-Expires",Af="X-Amz-Signature",Pf="X-Amz-Security-Token",Of="authorization",Nf=bf.toLowerCase(),_L="date",bI=[Of,Nf,_L],AI=Af.toLowerCase(),Js="\
x-amz-content-sha256",PI=Pf.toLowerCase(),OI={authorization:!0,"cache-control":!0,connection:!0,expect:!0,from:!0,"keep-alive":!0,"max-forwards":!0,pragma:!0,referer:!0,
te:!0,trailer:!0,"transfer-encoding":!0,upgrade:!0,"user-agent":!0,"x-amzn-trace-id":!0},NI=/^proxy-/,DI=/^sec-/,Tc="AWS4-HMAC-SHA256",kI="AWS4-HMAC-SHA256-PAYL\
OAD",$I="UNSIGNED-PAYLOAD",LI=50,Df="aws4_request",UI=3600*24*7});var FI,MI=p(()=>{k();F();Jo();FI=({query:t={}})=>{let e=[],r={};for(let o in t){if(!P(t,o)||o.toLowerCase()===AI)continue;let n=Rr(o);e.push(n);let s=t[o];typeof s==
"string"?r[n]=`${n}=${Rr(s)}`:Array.isArray(s)&&(r[n]=s.slice(0).reduce((i,a)=>i.concat([`${n}=${Rr(a)}`]),[]).sort().join("&"))}return e.sort().map(o=>r[o]).filter(
o=>o).join("&")}});var BI,wL,HI=p(()=>{BI=t=>wL(t).toISOString().replace(/\.\d{3}Z$/,"Z"),wL=t=>typeof t=="number"?new Date(t*1e3):typeof t=="string"?Number(t)?new Date(Number(t)*
1e3):new Date(t):t});var Cc,jI=p(()=>{T();F();k();MI();HI();Cc=class{service;regionProvider;credentialProvider;sha256;uriEscapePath;applyChecksum;constructor({applyChecksum:e,credentials:r,
region:o,service:n,sha256:s,uriEscapePath:i=!0}){this.service=n,this.sha256=s,this.uriEscapePath=i,this.applyChecksum=typeof e=="boolean"?e:!0,this.regionProvider=
q(o),this.credentialProvider=q(r)}createCanonicalRequest(e,r,o){let n=Object.keys(r).sort();return`${e.method}
${this.getCanonicalPath(e)}
${FI(e)}
${n.map(s=>`${s}:${r[s]}`).join(`
`)}

${n.join(";")}
${o}`}async createStringToSign(e,r,o,n){let s=new this.sha256;s.update(vt(o));let i=await s.digest();return`${n}
${e}
${r}
${Xe(i)}`}getCanonicalPath({path:e}){if(this.uriEscapePath){let r=[];for(let s of e.split("/"))s?.length!==0&&s!=="."&&(s===".."?r.pop():r.push(s));let o=`${e?.
startsWith("/")?"/":""}${r.join("/")}${r.length>0&&e?.endsWith("/")?"/":""}`;return Rr(o).replace(/%2F/g,"/")}return e}validateResolvedCredentials(e){if(typeof e!=
"object"||typeof e.accessKeyId!="string"||typeof e.secretAccessKey!="string")throw new Error("Resolved credential object is not valid")}formatDate(e){let r=BI(e).
replace(/[-:]/g,"");return{longDate:r,shortDate:r.slice(0,8)}}getCanonicalHeaderList(e){return Object.keys(e).sort().join(";")}}});var vc,kf,bc,zI,GI,VI=p(()=>{k();Jo();vc={},kf=[],bc=(t,e,r)=>`${t}/${e}/${r}/${Df}`,zI=async(t,e,r,o,n)=>{let s=await GI(t,e.secretAccessKey,e.accessKeyId),i=`${r}\
:${o}:${n}:${Xe(s)}:${e.sessionToken}`;if(i in vc)return vc[i];for(kf.push(i);kf.length>LI;)delete vc[kf.shift()];let a=`AWS4${e.secretAccessKey}`;for(let c of[
r,o,n,Df])a=await GI(t,a,c);return vc[i]=a},GI=(t,e,r)=>{let o=new t(e);return o.update(vt(r)),o.digest()}});var $f,qI=p(()=>{k();Jo();$f=({headers:t},e,r)=>{let o={};for(let n of Object.keys(t).sort()){if(t[n]==null)continue;let s=n.toLowerCase();(P(OI,s)||e?.has(s)||
NI.test(s)||DI.test(s))&&(!r||r&&!r.has(s))||(s==="__proto__"&&Vr(o),o[s]=t[n].replace(/[\r\n]/g," ").replace(/[ \t]+/g," ").replace(/^ | $/g,""))}return o}});var Ac,WI=p(()=>{k();k();Jo();Ac=async({headers:t,body:e},r)=>{for(let o in t)if(P(t,o)&&o.toLowerCase()===Js)return t[o];if(e==null)return"e3b0c44298fc1c149afb\
f4c8996fb92427ae41e4649b934ca495991b7852b855";if(typeof e=="string"||ArrayBuffer.isView(e)||hs(e)){let o=new r;return o.update(vt(e)),Xe(await o.digest())}return $I}});var KI,JI=p(()=>{k();KI=(t,e)=>{t=t.toLowerCase();for(let r in e)if(P(e,r)&&t===r.toLowerCase())return!0;return!1}});var YI,XI=p(()=>{k();F();YI=(t,e={})=>{let{headers:r,query:o={}}=j.clone(t);for(let n in r){if(!P(r,n))continue;let s=n.toLowerCase();(s.slice(0,6)==="x-amz-"&&
!e.unhoistableHeaders?.has(s)||e.hoistableHeaders?.has(s))&&(o[n]=r[n],delete r[n])}return{...t,headers:r,query:o}}});var Lf,QI=p(()=>{k();F();Jo();Lf=t=>{t=j.clone(t);for(let e in t.headers)P(t.headers,e)&&bI.indexOf(e.toLowerCase())>-1&&delete t.headers[e];return t}});var lo,ZI=p(()=>{k();wI();jI();Jo();VI();qI();WI();JI();XI();QI();lo=class extends Cc{headerFormatter=new Ic;constructor({applyChecksum:e,credentials:r,region:o,
service:n,sha256:s,uriEscapePath:i=!0}){super({applyChecksum:e,credentials:r,region:o,service:n,sha256:s,uriEscapePath:i})}async presign(e,r={}){let{signingDate:o=new Date,
expiresIn:n=3600,unsignableHeaders:s,unhoistableHeaders:i,signableHeaders:a,hoistableHeaders:c,signingRegion:l,signingService:d}=r,u=await this.credentialProvider();
this.validateResolvedCredentials(u);let m=l??await this.regionProvider(),{longDate:f,shortDate:g}=this.formatDate(o);if(n>UI)return Promise.reject("Signature ve\
rsion 4 presigned URLs must have an expiration date less than one week in the future");let y=bc(g,m,d??this.service),h=YI(Lf(e),{unhoistableHeaders:i,hoistableHeaders:c});
u.sessionToken&&(h.query[Pf]=u.sessionToken),h.query[II]=Tc,h.query[TI]=`${u.accessKeyId}/${y}`,h.query[bf]=f,h.query[vI]=n.toString(10);let S=$f(h,s,a);return h.
query[CI]=this.getCanonicalHeaderList(S),h.query[Af]=await this.getSignature(f,y,this.getSigningKey(u,m,g,d),this.createCanonicalRequest(h,S,await Ac(e,this.sha256))),
h}async sign(e,r){return typeof e=="string"?this.signString(e,r):e.headers&&e.payload?this.signEvent(e,r):e.message?this.signMessage(e,r):this.signRequest(e,r)}async signEvent({
headers:e,payload:r},{signingDate:o=new Date,priorSignature:n,signingRegion:s,signingService:i,eventStreamCredentials:a}){let c=s??await this.regionProvider(),{
shortDate:l,longDate:d}=this.formatDate(o),u=bc(l,c,i??this.service),m=await Ac({headers:{},body:r},this.sha256),f=new this.sha256;f.update(e);let g=Xe(await f.
digest()),y=[kI,d,u,n,g,m].join(`
`);return this.signString(y,{signingDate:o,signingRegion:c,signingService:i,eventStreamCredentials:a})}async signMessage(e,{signingDate:r=new Date,signingRegion:o,
signingService:n,eventStreamCredentials:s}){return this.signEvent({headers:this.headerFormatter.format(e.message.headers),payload:e.message.body},{signingDate:r,
signingRegion:o,signingService:n,priorSignature:e.priorSignature,eventStreamCredentials:s}).then(a=>({message:e.message,signature:a}))}async signString(e,{signingDate:r=new Date,
signingRegion:o,signingService:n,eventStreamCredentials:s}={}){let i=s??await this.credentialProvider();this.validateResolvedCredentials(i);let a=o??await this.
regionProvider(),{shortDate:c}=this.formatDate(r),l=new this.sha256(await this.getSigningKey(i,a,c,n));return l.update(vt(e)),Xe(await l.digest())}async signRequest(e,{
signingDate:r=new Date,signableHeaders:o,unsignableHeaders:n,signingRegion:s,signingService:i}={}){let a=await this.credentialProvider();this.validateResolvedCredentials(
a);let c=s??await this.regionProvider(),l=Lf(e),{longDate:d,shortDate:u}=this.formatDate(r),m=bc(u,c,i??this.service);l.headers[Nf]=d,a.sessionToken&&(l.headers[PI]=
a.sessionToken);let f=await Ac(l,this.sha256);!KI(Js,l.headers)&&this.applyChecksum&&(l.headers[Js]=f);let g=$f(l,n,o),y=await this.getSignature(d,m,this.getSigningKey(
a,c,u,i),this.createCanonicalRequest(l,g,f));return l.headers[Of]=`${Tc} Credential=${a.accessKeyId}/${m}, SignedHeaders=${this.getCanonicalHeaderList(g)}, Sign\
ature=${y}`,l}async getSignature(e,r,o,n){let s=await this.createStringToSign(e,r,n,Tc),i=new this.sha256(await o);return i.update(vt(s)),Xe(await i.digest())}getSigningKey(e,r,o,n){
return zI(this.sha256,e,o,r,n||this.service)}}});var Pc,eT=p(()=>{Pc={SignatureV4a:null}});var Oc=p(()=>{ZI();eT()});function IL(t,{credentials:e,credentialDefaultProvider:r}){let o;return e?e?.memoized?o=e:o=sc(e,nc,Gs):r?o=_r(r(Object.assign({},t,{parentClientConfig:t}))):o=
async()=>{throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.")},o.memoized=!0,
o}function TL(t,e){if(e.configBound)return e;let r=async o=>e({...o,callerClientConfig:t});return r.memoized=e.memoized,r.configBound=!0,r}var Uf,tT=p(()=>{M();
st();Oc();Uf=t=>e=>{let r=e.credentials,o=!!e.credentials,n;Object.defineProperty(e,"credentials",{set(d){d&&d!==r&&d!==n&&(o=!0),r=d;let u=IL(e,{credentials:r,
credentialDefaultProvider:e.credentialDefaultProvider}),m=TL(e,u);if(o&&!m.attributed){let f=typeof r=="object"&&r!==null;n=async g=>{let h=await m(g);return f&&
(!h.$source||Object.keys(h.$source).length===0)?B(h,"CREDENTIALS_CODE","e"):h},n.memoized=m.memoized,n.configBound=m.configBound,n.attributed=!0}else n=m},get(){
return n},enumerable:!0,configurable:!0}),e.credentials=r;let{signingEscapePath:s=!0,systemClockOffset:i=e.systemClockOffset||0,sha256:a}=e,c;return e.signer?c=
_r(e.signer):e.regionInfoProvider?c=()=>_r(e.region)().then(async d=>[await e.regionInfoProvider(d,{useFipsEndpoint:await e.useFipsEndpoint(),useDualstackEndpoint:await e.
useDualstackEndpoint()})||{},d]).then(([d,u])=>{let{signingRegion:m,signingService:f}=d;e.signingRegion=e.signingRegion||m||u,e.signingName=e.signingName||f||e.
serviceId;let g={...e,credentials:e.credentials,region:e.signingRegion,service:e.signingName,sha256:a,uriEscapePath:s},y=e.signerConstructor||lo;return new y(g)}):
c=async d=>{d=Object.assign({},{name:"sigv4",signingName:e.signingName||e.defaultSigningName,signingRegion:await _r(e.region)(),properties:{}},d);let u=d.signingRegion,
m=d.signingName;e.signingRegion=e.signingRegion||u,e.signingName=e.signingName||m||e.serviceId;let f={...e,credentials:e.credentials,region:e.signingRegion,service:e.
signingName,sha256:a,uriEscapePath:s},g=e.signerConstructor||lo;return new g(f)},Object.assign(e,{systemClockOffset:i,signingEscapePath:s,signer:c,disableClockSkewCorrection:_r(
e.disableClockSkewCorrection??t)})}});var Ff=p(()=>{Tf();mI();xI();SI();tT()});var vL,bL,rT,oT=p(()=>{$();vL="AWS_DISABLE_CLOCK_SKEW_CORRECTION",bL="disable_clock_skew_correction",rT={environmentVariableSelector:t=>At(t,vL,Qe.ENV),configFileSelector:t=>At(
t,bL,Qe.CONFIG),default:!1}});var nT,sT=p(()=>{$();oT();nT=_(rT)});var ur,Ie=p(()=>{Ff();Ff();sT();ur=Uf(nT)});var Ys,Xs,Mf,Bf,Hf,jf,Nc,uT=p(()=>{M();$();Ys="AWS_ACCESS_KEY_ID",Xs="AWS_SECRET_ACCESS_KEY",Mf="AWS_SESSION_TOKEN",Bf="AWS_CREDENTIAL_EXPIRATION",Hf="AWS_CREDE\
NTIAL_SCOPE",jf="AWS_ACCOUNT_ID",Nc=t=>async()=>{t?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");let e=process.env[Ys],r=process.env[Xs],o=process.
env[Mf],n=process.env[Bf],s=process.env[Hf],i=process.env[jf];if(e&&r){let a={accessKeyId:e,secretAccessKey:r,...o&&{sessionToken:o},...n&&{expiration:new Date(
n)},...s&&{credentialScope:s},...i&&{accountId:i}};return B(a,"CREDENTIALS_ENV_VARS","g"),a}throw new R("Unable to find environment variable credentials.",{logger:t?.
logger})}});var mT={};sr(mT,{ENV_ACCOUNT_ID:()=>jf,ENV_CREDENTIAL_SCOPE:()=>Hf,ENV_EXPIRATION:()=>Bf,ENV_KEY:()=>Ys,ENV_SECRET:()=>Xs,ENV_SESSION:()=>Mf,fromEnv:()=>Nc});var Gf=p(
()=>{uT()});var Dc,kc,zf=p(()=>{Dc=t=>!!t&&typeof t=="object"&&typeof t.AccessKeyId=="string"&&typeof t.SecretAccessKey=="string"&&typeof t.Token=="string"&&typeof t.Expiration==
"string",kc=t=>({accessKeyId:t.AccessKeyId,secretAccessKey:t.SecretAccessKey,sessionToken:t.Token,expiration:new Date(t.Expiration),...t.AccountId&&{accountId:t.
AccountId}})});var fT,gT,Un,$c=p(()=>{fT=1e3,gT=0,Un=({maxRetries:t=0,timeout:e=1e3})=>({maxRetries:t,timeout:e})});var Vf,hT=p(()=>{Vf=Ur(require("node:http"))});function uo(t){return new Promise((e,r)=>{let o=Vf.default.request({method:"GET",...t,hostname:t.hostname?.replace(/^\[(.+)\]$/,"$1")});o.on("error",n=>{r(Object.
assign(new je("Unable to connect to instance metadata service"),n)),o.destroy()}),o.on("timeout",()=>{r(new je("TimeoutError from instance metadata service")),o.
destroy()}),o.on("response",n=>{let{statusCode:s=400}=n;(s<200||300<=s)&&(r(Object.assign(new je("Error response received from instance metadata service"),{statusCode:s})),
o.destroy());let i=[];n.on("data",a=>{i.push(a)}),n.on("end",()=>{e(Buffer.concat(i)),o.destroy()})}),o.end()})}var Lc=p(()=>{$();hT()});var Qs,qf=p(()=>{Qs=(t,e)=>{let r=t();for(let o=0;o<e;o++)r=r.catch(t);return r}});var Fn,Zs,Uc,yT,OL,NL,DL,kL,$L,ET=p(()=>{$();zf();$c();Lc();qf();Fn="AWS_CONTAINER_CREDENTIALS_FULL_URI",Zs="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",Uc="AWS_CON\
TAINER_AUTHORIZATION_TOKEN",yT=(t={})=>{let{timeout:e,maxRetries:r}=Un(t);return()=>Qs(async()=>{let o=await $L({logger:t.logger}),n=JSON.parse(await OL(e,o));if(!Dc(
n))throw new R("Invalid response received from instance metadata service.",{logger:t.logger});return kc(n)},r)},OL=async(t,e)=>(process.env[Uc]&&(e.headers={...e.
headers,Authorization:process.env[Uc]}),(await uo({...e,timeout:t})).toString()),NL="169.254.170.2",DL=new Set(["localhost","127.0.0.1"]),kL=new Set(["http:","h\
ttps:"]),$L=async({logger:t})=>{if(process.env[Zs])return{hostname:NL,path:process.env[Zs]};if(process.env[Fn]){let e;try{e=new URL(process.env[Fn])}catch{throw new R(
`${process.env[Fn]} is not a valid container metadata service URL`,{tryNextLink:!1,logger:t})}if(!e.hostname||!DL.has(e.hostname))throw new R(`${e.hostname} is \
not a valid container metadata service hostname`,{tryNextLink:!1,logger:t});if(!e.protocol||!kL.has(e.protocol))throw new R(`${e.protocol} is not a valid contai\
ner metadata service protocol`,{tryNextLink:!1,logger:t});return{protocol:e.protocol,hostname:e.hostname,path:e.pathname+e.search,port:e.port?parseInt(e.port,10):
void 0}}throw new R(`The container metadata credential provider cannot be used unless the ${Zs} or ${Fn} environment variable is set`,{tryNextLink:!1,logger:t})}});var Fc,xT=p(()=>{$();Fc=class t extends R{tryNextLink;name="InstanceMetadataV1FallbackError";constructor(e,r=!0){super(e,r),this.tryNextLink=r,Object.setPrototypeOf(
this,t.prototype)}}});var Yo,Wf=p(()=>{(function(t){t.IPv4="http://169.254.169.254",t.IPv6="http://[fd00:ec2::254]"})(Yo||(Yo={}))});var LL,UL,ST,RT=p(()=>{LL="AWS_EC2_METADATA_SERVICE_ENDPOINT",UL="ec2_metadata_service_endpoint",ST={environmentVariableSelector:t=>t[LL],configFileSelector:t=>t[UL],
default:void 0}});var mo,Kf=p(()=>{(function(t){t.IPv4="IPv4",t.IPv6="IPv6"})(mo||(mo={}))});var FL,ML,_T,wT=p(()=>{Kf();FL="AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",ML="ec2_metadata_service_endpoint_mode",_T={environmentVariableSelector:t=>t[FL],configFileSelector:t=>t[ML],
default:mo.IPv4}});var Mc,BL,HL,Jf=p(()=>{$();F();Wf();RT();Kf();wT();Mc=async()=>fe(await BL()||await HL()),BL=async()=>_(ST)(),HL=async()=>{let t=await _(_T)();switch(t){case mo.
IPv4:return Yo.IPv4;case mo.IPv6:return Yo.IPv6;default:throw new Error(`Unsupported endpoint mode: ${t}. Select from ${Object.values(mo)}`)}}});var jL,Yf,IT=p(()=>{jL="https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html",Yf=(t,e)=>{let r=300+Math.floor(Math.random()*300),o=new Date(
Date.now()+r*1e3);e.warn(`Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be atte\
mpted after ${new Date(o)}.
For more information, please visit: `+jL);let n=t.originalExpiration??t.expiration;return{...t,...n?{originalExpiration:n}:{},expiration:o}}});var TT,CT=p(()=>{IT();TT=(t,e={})=>{let r=e?.logger||console,o;return async()=>{let n;try{n=await t(),n.expiration&&n.expiration.getTime()<Date.now()&&(n=Yf(n,r))}catch(s){
if(o)r.warn("Credential renew failed: ",s),n=Yf(o,r);else throw s}return o=n,n}}});var AT,GL,Xf,vT,bT,PT,zL,VL,qL,WL,OT=p(()=>{$();xT();zf();$c();Lc();qf();Jf();CT();AT="/latest/meta-data/iam/security-credentials/",GL="/latest/api/token",Xf="A\
WS_EC2_METADATA_V1_DISABLED",vT="ec2_metadata_v1_disabled",bT="x-aws-ec2-metadata-token",PT=(t={})=>TT(zL(t),{logger:t.logger}),zL=(t={})=>{let e=!1,{logger:r,profile:o}=t,
{timeout:n,maxRetries:s}=Un(t),i=async(a,c)=>{if(e||c.headers?.[bT]==null){let u=!1,m=!1,f=await _({environmentVariableSelector:g=>{let y=g[Xf];if(m=!!y&&y!=="f\
alse",y===void 0)throw new R(`${Xf} not set in env, checking config file next.`,{logger:t.logger});return m},configFileSelector:g=>{let y=g[vT];return u=!!y&&y!==
"false",u},default:!1},{profile:o})();if(t.ec2MetadataV1Disabled||f){let g=[];throw t.ec2MetadataV1Disabled&&g.push("credential provider initialization (runtime\
 option ec2MetadataV1Disabled)"),u&&g.push(`config file profile (${vT})`),m&&g.push(`process environment variable (${Xf})`),new Fc(`AWS EC2 Metadata v1 fallback\
 has been blocked by AWS SDK configuration in the following: [${g.join(", ")}].`)}}let d=(await Qs(async()=>{let u;try{u=await qL(c)}catch(m){throw m.statusCode===
401&&(e=!1),m}return u},a)).trim();return Qs(async()=>{let u;try{u=await WL(d,c,t)}catch(m){throw m.statusCode===401&&(e=!1),m}return u},a)};return async()=>{let a=await Mc();
if(e)return r?.debug("AWS SDK Instance Metadata","using v1 fallback (no token fetch)"),i(s,{...a,timeout:n});{let c;try{c=(await VL({...a,timeout:n})).toString()}catch(l){
if(l?.statusCode===400)throw Object.assign(l,{message:"EC2 Metadata token request returned error"});return(l.message==="TimeoutError"||[403,404,405].includes(l.
statusCode))&&(e=!0),r?.debug("AWS SDK Instance Metadata","using v1 fallback (initial)"),i(s,{...a,timeout:n})}return i(s,{...a,headers:{[bT]:c},timeout:n})}}},
VL=async t=>uo({...t,path:GL,method:"PUT",headers:{"x-aws-ec2-metadata-token-ttl-seconds":"21600"}}),qL=async t=>(await uo({...t,path:AT})).toString(),WL=async(t,e,r)=>{
let o=JSON.parse((await uo({...e,path:AT+t})).toString());if(!Dc(o))throw new R("Invalid response received from instance metadata service.",{logger:r.logger});return kc(
o)}});var Bc={};sr(Bc,{DEFAULT_MAX_RETRIES:()=>gT,DEFAULT_TIMEOUT:()=>fT,ENV_CMDS_AUTH_TOKEN:()=>Uc,ENV_CMDS_FULL_URI:()=>Fn,ENV_CMDS_RELATIVE_URI:()=>Zs,Endpoint:()=>Yo,
fromContainerMetadata:()=>yT,fromInstanceMetadata:()=>PT,getInstanceMetadataEndpoint:()=>Mc,httpRequest:()=>uo,providerConfigFromInit:()=>Un});var Hc=p(()=>{ET();
OT();$c();Lc();Jf();Wf()});function Qf(t){let e=t&&typeof t=="object"&&"reason"in t?t.reason:void 0;if(e){if(e instanceof Error){let n=new Error("Request aborted");return n.name="AbortErr\
or",n.cause=e,n}let o=new Error(String(e));return o.name="AbortError",o}let r=new Error("Request aborted");return r.name="AbortError",r}var NT=p(()=>{});var DT,kT=p(()=>{DT=["ECONNRESET","EPIPE","ETIMEDOUT"]});var $T,LT=p(()=>{k();$T=t=>{let e={};for(let r in t){if(!P(t,r))continue;let o=t[r];e[r]=Array.isArray(o)?o.join(","):o}return e}});var Mn,UT=p(()=>{Mn=Ur(require("node:https"))});var ae,Xo=p(()=>{ae={setTimeout:(t,e)=>setTimeout(t,e),clearTimeout:t=>clearTimeout(t)}});var FT,MT,BT=p(()=>{Xo();FT=1e3,MT=(t,e,r=0)=>{if(!r)return-1;let o=n=>{let s=ae.setTimeout(()=>{t.destroy(),e(Object.assign(new Error(`@smithy/node-http-handle\
r - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`),{name:"TimeoutError"}))},r-n),i=a=>{a?.connecting?
a.on("connect",()=>{ae.clearTimeout(s)}):ae.clearTimeout(s)};t.socket?i(t.socket):t.on("socket",i)};return r<2e3?(o(0),0):ae.setTimeout(o.bind(null,FT),FT)}});var HT,jT=p(()=>{Xo();HT=(t,e,r=0,o,n)=>r?ae.setTimeout(()=>{let s=`@smithy/node-http-handler - [${o?"ERROR":"WARN"}] a request has exceeded the configured ${r}\
 ms requestTimeout.`;if(o){let i=Object.assign(new Error(s),{name:"TimeoutError",code:"ETIMEDOUT"});t.destroy(i),e(i)}else s+=" Init client requestHandler with \
throwOnRequestTimeout=true to turn this into an error.",n?.warn?.(s)},r):-1});var KL,GT,zT=p(()=>{Xo();KL=3e3,GT=(t,{keepAlive:e,keepAliveMsecs:r},o=KL)=>{if(e!==!0)return-1;let n=()=>{t.socket?t.socket.setKeepAlive(e,r||0):t.on("socket",
s=>{s.setKeepAlive(e,r||0)})};return o===0?(n(),0):ae.setTimeout(n,o)}});var jc,VT=p(()=>{jc=t=>{let e=t?.defaultSocketTimeout;return typeof e=="number"&&Number.isFinite(e)&&e>0?e:void 0}});var JL,Zf,qT=p(()=>{Xo();JL=3e3,Zf=(t,e,r=0,o=!1)=>{if(!Number.isFinite(r)||r<=0)return;let n;t.once("response",c=>n=c);let s=()=>{if(n?.complete){t.socket?.destroy();
return}let c=Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${o?"service default socket timeout":
"configured by client requestHandler"}).`),{name:"TimeoutError"});n?.destroy(c),t.destroy(),e(c)},i=()=>{let{socket:c}=t;c?c.connecting?c.once("connect",i):(c.setTimeout(
r,s),t.on("close",()=>c.removeListener("timeout",s))):t.once("socket",i)};if(r<6e3){i();return}let a=ae.setTimeout(i,JL);t.once("close",()=>ae.clearTimeout(a))}});async function JT(t,e,r=WT,o=!1){let n=e.headers,s=n?n.Expect||n.expect:void 0,i=-1,a=!0;!o&&s==="100-continue"&&(a=await Promise.race([new Promise(c=>{i=Number(
ae.setTimeout(()=>c(!0),Math.max(WT,r)))}),new Promise(c=>{t.on("continue",()=>{ae.clearTimeout(i),c(!0)}),t.on("response",()=>{ae.clearTimeout(i),c(!1)}),t.on(
"error",()=>{ae.clearTimeout(i),c(!1)})})])),a&&YL(t,e.body)}function YL(t,e){if(e instanceof KT.Readable){e.pipe(t);return}if(e){let r=Buffer.isBuffer(e);if(r||
typeof e=="string"){r&&e.byteLength===0?t.end():t.end(e);return}let n=e;if(typeof n=="object"&&n.buffer&&typeof n.byteOffset=="number"&&typeof n.byteLength=="nu\
mber"){t.end(Buffer.from(n.buffer,n.byteOffset,n.byteLength));return}t.end(Buffer.from(e));return}t.end()}var KT,WT,YT=p(()=>{KT=require("node:stream");Xo();WT=
6e3});var Gc,XT,Ne,QT=p(()=>{k();F();NT();kT();LT();UT();BT();jT();zT();VT();qT();Xo();YT();Ne=class t{config;configProvider;socketWarningTimestamp=0;externalAgent=!1;metadata={
handlerProtocol:"http/1.1"};static create(e){return typeof e?.handle=="function"?e:new t(e)}static checkSocketUsage(e,r,o=console){let{sockets:n,requests:s,maxSockets:i}=e;
if(typeof i!="number"||i===1/0||Date.now()-15e3<r)return r;if(n&&s)for(let c in n){if(!P(n,c))continue;let l=n[c]?.length??0,d=s[c]?.length??0;if(l>=i&&d>=2*i)return o?.
warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${l} and ${d} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),Date.now()}return r}constructor(e){this.configProvider=new Promise((r,o)=>{
typeof e=="function"?e().then(n=>{r(this.resolveDefaultConfig(n))}).catch(o):r(this.resolveDefaultConfig(e))})}destroy(){this.config?.httpAgent?.destroy(),this.
config?.httpsAgent?.destroy()}async handle(e,{abortSignal:r,requestTimeout:o}={}){this.config||(this.config=await this.configProvider);let n=this.config,s=n.logger,
i=e.protocol==="https:";return!i&&!this.config.httpAgent&&(this.config.httpAgent=await this.config.httpAgentProvider()),new Promise((a,c)=>{let l,d=-1,u=-1,m=-1,
f=-1,g=()=>{ae.clearTimeout(d),ae.clearTimeout(u),ae.clearTimeout(m),ae.clearTimeout(f)},y=async z=>{await l,g(),a(z)},h=async z=>{await l,g(),c(z)};if(r?.aborted){
let z=Qf(r);h(z);return}let S=e.headers,x=S?(S.Expect??S.expect)==="100-continue":!1,v=i?n.httpsAgent:n.httpAgent;x&&!this.externalAgent&&(v=new(i?Mn.default.Agent:
Gc)({keepAlive:!1,maxSockets:1/0})),d=ae.setTimeout(()=>{this.socketWarningTimestamp=t.checkSocketUsage(v,this.socketWarningTimestamp,s)},n.socketAcquisitionWarningTimeout??
(n.requestTimeout??2e3)+(n.connectionTimeout??1e3));let A=e.query?Hm(e.query):"",L;if(e.username!=null||e.password!=null){let z=e.username??"",gr=e.password??"";
L=`${z}:${gr}`}let Y=e.path;A&&(Y+=`?${A}`),e.fragment&&(Y+=`#${e.fragment}`);let ve=e.hostname??"";ve[0]==="["&&ve.endsWith("]")?ve=e.hostname.slice(1,-1):ve=e.
hostname;let nr={headers:e.headers,host:ve,method:e.method,path:Y,port:e.port,agent:v,auth:L},pe=(i?Mn.default.request:XT)(nr,z=>{let gr=new Je({statusCode:z.statusCode||
-1,reason:z.statusMessage,headers:$T(z.headers),body:z});y({response:gr})});if(pe.on("error",z=>{DT.includes(z.code)?h(Object.assign(z,{name:"TimeoutError"})):h(
z)}),r){let z=()=>{pe.destroy();let gr=Qf(r);h(gr)};if(typeof r.addEventListener=="function"){let gr=r;gr.addEventListener("abort",z,{once:!0}),pe.once("close",
()=>gr.removeEventListener("abort",z))}else r.onabort=z}let be=o??n.requestTimeout;u=MT(pe,h,n.connectionTimeout),m=HT(pe,h,be,n.throwOnRequestTimeout,s??console);
let ct=n.socketTimeout===void 0?jc(n):void 0;ct?Zf(pe,h,ct,!0):Zf(pe,h,n.socketTimeout);let Ke=nr.agent;typeof Ke=="object"&&"keepAlive"in Ke&&(f=GT(pe,{keepAlive:Ke.
keepAlive,keepAliveMsecs:Ke.keepAliveMsecs})),l=JT(pe,e,be,this.externalAgent).catch(z=>(g(),c(z)))})}updateHttpClientConfig(e,r){this.config=void 0,this.configProvider=
this.configProvider.then(o=>{switch(e){case Symbol.for("logger"):e="logger",r=o.logger??r;break;case Symbol.for("@smithy/defaultSocketTimeout"):e="defaultSocket\
Timeout",r=jc(o)??r;break}return{...o,[e]:r}})}httpHandlerConfigs(){return this.config??{}}resolveDefaultConfig(e){let{requestTimeout:r,connectionTimeout:o,socketTimeout:n,
socketAcquisitionWarningTimeout:s,httpAgent:i,httpsAgent:a,throwOnRequestTimeout:c,logger:l}=e||{},d=!0,u=50,m;return{connectionTimeout:o,requestTimeout:r,socketTimeout:n,
defaultSocketTimeout:jc(e),socketAcquisitionWarningTimeout:s,throwOnRequestTimeout:c,httpAgentProvider:()=>m??=(async()=>{let f=await Promise.resolve().then(()=>Ur(sm())),
{Agent:g,request:y}=f.default??f;return XT=y,Gc=g,i instanceof Gc||typeof i?.destroy=="function"?(this.externalAgent=!0,i):new Gc({keepAlive:d,maxSockets:u,...i})})(),
httpsAgent:a instanceof Mn.default.Agent||typeof a?.destroy=="function"?(this.externalAgent=!0,a):new Mn.default.Agent({keepAlive:d,maxSockets:u,...a}),logger:l}}}});var fo=p(()=>{QT();k()});var XL,QL,ZL,ZT,e0=p(()=>{$();XL="169.254.170.2",QL="169.254.170.23",ZL="[fd00:ec2::23]",ZT=(t,e)=>{if(t.protocol!=="https:"&&!(t.hostname===XL||t.hostname===QL||
t.hostname===ZL)){if(t.hostname.includes("[")){if(t.hostname==="[::1]"||t.hostname==="[0000:0000:0000:0000:0000:0000:0000:0001]")return}else{if(t.hostname==="lo\
calhost")return;let r=t.hostname.split("."),o=n=>{let s=parseInt(n,10);return 0<=s&&s<=255};if(r[0]==="127"&&o(r[1])&&o(r[2])&&o(r[3])&&r.length===4)return}throw new R(
`URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`,{logger:e})}}});function t0(t){return new j({protocol:t.protocol,hostname:t.hostname,port:Number(t.port),path:t.pathname,query:Array.from(t.searchParams.entries()).reduce((e,[r,
o])=>(e[r]=o,e),{}),fragment:t.hash})}async function r0(t,e){let o=await Ls(t.body).transformToString();if(t.statusCode===200){let n=JSON.parse(o);if(typeof n.AccessKeyId!=
"string"||typeof n.SecretAccessKey!="string"||typeof n.Token!="string"||typeof n.Expiration!="string")throw new R("HTTP credential provider response not of the \
required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }",{logger:e});return{accessKeyId:n.
AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.Token,expiration:xu(n.Expiration)}}if(t.statusCode>=400&&t.statusCode<500){let n={};try{n=JSON.parse(
o)}catch{}throw Object.assign(new R(`Server responded with status: ${t.statusCode}`,{logger:e}),{Code:n.Code,Message:n.Message})}throw new R(`Server responded w\
ith status: ${t.statusCode}`,{logger:e})}var o0=p(()=>{$();F();k();k()});var n0,s0=p(()=>{n0=(t,e,r)=>async()=>{for(let o=0;o<e;++o)try{return await t()}catch{await new Promise(s=>setTimeout(s,r))}return await t()}});var a0,e1,t1,r1,o1,n1,c0,i0,p0=p(()=>{M();$();fo();a0=Ur(require("node:fs/promises"));e0();o0();s0();e1="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",t1="http://169.\
254.170.2",r1="AWS_CONTAINER_CREDENTIALS_FULL_URI",o1="AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",n1="AWS_CONTAINER_AUTHORIZATION_TOKEN",c0=(t={})=>{t.logger?.debug(
"@aws-sdk/credential-provider-http - fromHttp");let e,r=t.awsContainerCredentialsRelativeUri??process.env[e1],o=t.awsContainerCredentialsFullUri??process.env[r1],
n=t.awsContainerAuthorizationToken??process.env[n1],s=t.awsContainerAuthorizationTokenFile??process.env[o1],i=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?.
warn?console.warn:t.logger.warn.bind(t.logger);if(r&&o&&(i("@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsConta\
inerCredentialsFullUri."),i("awsContainerCredentialsRelativeUri will take precedence.")),n&&s&&(i("@aws-sdk/credential-provider-http: you have set both awsConta\
inerAuthorizationToken and awsContainerAuthorizationTokenFile."),i("awsContainerAuthorizationTokenFile will take precedence.")),r)e=`${t1}${r}`;else if(o)e=o;else
throw new R(`No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`,{logger:t.logger});let a=new URL(e);ZT(a,t.logger);let c=Ne.create({connectionTimeout:t.
timeout??1e3}),l=t.timeout??1e3,d=n0(async()=>{let u=t0(a);s?u.headers.Authorization=i0((await a0.default.readFile(s)).toString()):n&&(u.headers.Authorization=i0(
n));try{let m=await c.handle(u,{requestTimeout:l});return r0(m.response).then(f=>B(f,"CREDENTIALS_HTTP","z"))}catch(m){throw new R(String(m),{logger:t.logger})}},
t.maxRetries??3,t.timeout??1e3);return async()=>{try{return await d()}finally{c.destroy?.()}}},i0=t=>{if(t.includes(`\r
`))throw new R("Authorization token contains invalid \\r\\n sequence.");return t}});var eg={};sr(eg,{fromHttp:()=>c0});var tg=p(()=>{p0()});var zc,rg=p(()=>{zc=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var Bn,Vc=p(()=>{Bn="To refresh this SSO session run 'aws sso login' with the corresponding profile."});function i1(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sso-oauth",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function a1(t){return{schemeId:"smithy.api#noAuth"}}var m0,f0,g0,og=p(()=>{Ie();T();m0=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});f0=t=>{let e=[];return t.operation==="CreateToken"?e.push(a1(t)):e.push(i1(t)),
e},g0=t=>{let e=ur(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??[])})}});var h0,y0,ng=p(()=>{h0=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"sso-oauth"}),
y0={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
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
if(this.queryCompat){let o=e.Message??r.Message,n=ba(e,r);o&&(n.message=o);let s=n.Error??{};s.Type=n.Error?.Type,s.Code=n.Error?.Code,s.Message=n.Error?.message??
n.Error?.Message??o,n.Error=s;let i=n.$metadata.requestId;return i&&(n.RequestId=i),n}return ba(e,r)}setQueryCompatError(e,r){let o=r.headers?.["x-amzn-query-er\
ror"];if(e!==void 0&&o!=null){let[n,s]=o.split(";"),i=Object.keys(e),a={Code:n,Type:s};e.Code=n,e.Type=s;for(let c=0;c<i.length;c++){let l=i[c];a[l==="message"?
"Message":l]=e[l]}delete a.__type,e.Error=a}}queryCompatOutput(e,r){e.Error&&(r.Error=e.Error),e.Type&&(r.Type=e.Type),e.Code&&(r.Code=e.Code)}findQueryCompatibleError(e,r){
try{return e.getSchema(r)}catch{return e.find(n=>U.of(n).getMergedTraits().awsQueryError?.[0]===r)}}}});var Wc,E0=p(()=>{F();X();qc();Wc=class extends zo{serializer;deserializer;serviceTarget;codec;mixin;awsQueryCompatible;constructor({defaultNamespace:e,errorTypeRegistries:r,
serviceTarget:o,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,errorTypeRegistries:r}),this.serviceTarget=o,this.codec=s??new Wo({timestampFormat:{
useTrait:!0,default:7},jsonName:!1}),this.serializer=this.codec.createSerializer(),this.deserializer=this.codec.createDeserializer(),this.awsQueryCompatible=!!n,
this.mixin=new ho(this.awsQueryCompatible)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,o);return n.path.endsWith("/")||(n.path+="/"),n.
headers["content-type"]=`application/x-amz-json-${this.getJsonRpcVersion()}`,n.headers["x-amz-target"]=`${this.serviceTarget}.${e.name}`,this.awsQueryCompatible&&
(n.headers["x-amzn-query-mode"]="true"),(jr(e.input)==="unit"||!n.body)&&(n.body="{}"),n}getPayloadCodec(){return this.codec}async handleError(e,r,o,n,s){let{awsQueryCompatible:i}=this;
i&&this.mixin.setQueryCompatError(n,o);let a=Ym(o,n,i)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,a,this.options.defaultNamespace);let{errorSchema:c,
errorMetadata:l}=await this.mixin.getErrorSchemaOrThrowBaseException(a,this.options.defaultNamespace,o,n,s,i?this.mixin.findQueryCompatibleError:void 0),d=U.of(
c),u=n.message??n.Message??"UnknownError",m=this.compositeErrorRegistry.getErrorCtor(c)??Error,f=new m({}),g={},y=this.codec.createDeserializer();for(let[h,S]of d.
structIterator())n[h]!=null&&(g[h]=y.readObject(S,n[h]));throw i&&this.mixin.queryCompatOutput(n,g),this.mixin.decorateServiceException(Object.assign(f,l,{$fault:d.
getMergedTraits().error,message:u},g),n)}}});var Qo,x0=p(()=>{E0();Qo=class extends Wc{constructor({defaultNamespace:e,errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,
errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:s})}getShapeId(){return"aws.protocols#awsJson1_1"}getJsonRpcVersion(){return"1.1"}getDefaultContentType(){
return"application/x-amz-json-1.1"}}});var qr,S0=p(()=>{F();X();qc();qr=class extends Fs{serializer;deserializer;codec;mixin=new ho;constructor({defaultNamespace:e,errorTypeRegistries:r,jsonCodec:o}){
super({defaultNamespace:e,errorTypeRegistries:r});let n={timestampFormat:{useTrait:!0,default:7},httpBindings:!0,jsonName:!0};this.codec=o??new Wo(n),this.serializer=
new Bs(this.codec.createSerializer(),n),this.deserializer=new Ms(this.codec.createDeserializer(),n)}getShapeId(){return"aws.protocols#restJson1"}getPayloadCodec(){
return this.codec}setSerdeContext(e){this.codec.setSerdeContext(e),super.setSerdeContext(e)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,
o),s=U.of(e.input);if(!n.headers["content-type"]){let i=this.mixin.resolveRestContentType(this.getDefaultContentType(),s);i&&(n.headers["content-type"]=i)}return n.
body==null&&n.headers["content-type"]===this.getDefaultContentType()&&(n.body="{}"),n}async deserializeResponse(e,r,o){let n=await super.deserializeResponse(e,r,
o),s=U.of(e.output);for(let[i,a]of s.structIterator())a.getMemberTraits().httpPayload&&!(i in n)&&(n[i]=null);return n}async handleError(e,r,o,n,s){let i=Jm(o,n)??
"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let{errorSchema:a,errorMetadata:c}=await this.mixin.getErrorSchemaOrThrowBaseException(
i,this.options.defaultNamespace,o,n,s),l=U.of(a),d=n.message??n.Message??"UnknownError",u=this.compositeErrorRegistry.getErrorCtor(a)??Error,m=new u({});await this.
deserializeHttpMessage(a,r,o,n);let f={},g=this.codec.createDeserializer();for(let[y,h]of l.structIterator()){let S=h.getMergedTraits().jsonName??y;f[y]=g.readObject(
h,n[S])}throw this.mixin.decorateServiceException(Object.assign(m,c,{$fault:l.getMergedTraits().error,message:d},f),n)}getDefaultContentType(){return"applicatio\
n/json"}}});function sg(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}function ag(t){return new ig(t).parse()}var ig,R0=p(
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
String.fromCharCode(parseInt(o,16)):n?String.fromCharCode(parseInt(n,10)):t.ENTITIES[s]??"")}}});var _0=p(()=>{R0()});var Hn,cg=p(()=>{Hn=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var Kc,w0=p(()=>{Kc=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function I0(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var T0=p(()=>{});var Jc,C0=p(()=>{_0();T();F();X();k();cg();w0();T0();Jc=class extends Hn{settings;stringDeserializer;constructor(e){super(),this.settings=e,this.stringDeserializer=
new Vo(e)}setSerdeContext(e){this.serdeContext=e,this.stringDeserializer.setSerdeContext(e)}read(e,r,o){let n=U.of(e),s=n.getMemberSchemas();if(n.isStructSchema()&&
n.isMemberSchema()&&!!Object.values(s).find(l=>!!l.getMemberTraits().eventPayload)){let l={},d=Object.keys(s)[0];return s[d].isBlobSchema()?l[d]=r:l[d]=this.read(
s[d],r),l}let a=(this.serdeContext?.utf8Encoder??Z)(r),c=this.parseXml(a);return this.readSchema(e,o?c[o]:c)}readSchema(e,r){let o=U.of(e);if(o.isUnitSchema())return;
let n=o.getMergedTraits();if(o.isListSchema()&&!Array.isArray(r))return this.readSchema(o,[r]);if(r==null)return r;if(typeof r=="object"){let s=!!n.xmlFlattened;
if(o.isListSchema()){let a=o.getValueSchema(),c=[],l=a.getMergedTraits().xmlName??"member",d=s?r:(r[0]??r)[l];if(d==null)return c;let u=Array.isArray(d)?d:[d];for(let m of u)
c.push(this.readSchema(a,m));return c}let i={};if(o.isMapSchema()){let a=o.getKeySchema(),c=o.getValueSchema(),l;s?l=Array.isArray(r)?r:[r]:l=Array.isArray(r.entry)?
r.entry:[r.entry];let d=a.getMergedTraits().xmlName??"key",u=c.getMergedTraits().xmlName??"value";for(let m of l){let f=m[d],g=m[u];f==="__proto__"&&I0(i),i[f]=
this.readSchema(c,g)}return i}if(o.isStructSchema()){let a=o.isUnionSchema(),c;a&&(c=new Kc(r,i));for(let[l,d]of o.structIterator()){let u=d.getMergedTraits(),m=u.
httpPayload?u.xmlName??d.getName():d.getMemberTraits().xmlName??l;a&&c.mark(m),r[m]!=null&&(i[l]=this.readSchema(d,r[m]))}return a&&c.writeUnknown(),i}if(o.isDocumentSchema())
return r;throw new Error(`@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${o.getName(!0)}`)}return o.isListSchema()?[]:o.isMapSchema()||o.
isStructSchema()?{}:this.stringDeserializer.read(o,r)}parseXml(e){if(e.length){let r;try{r=ag(e)}catch(i){throw i&&typeof i=="object"&&Object.defineProperty(i,"\
$responseBodyText",{value:e}),i}let o="#text",n=Object.keys(r)[0],s=r[n];return s[o]&&(s[n]=s[o],delete s[o]),Aa(s)}return{}}}});var Yc,v0=p(()=>{F();X();k();k();cg();Yc=class extends Hn{settings;buffer;constructor(e){super(),this.settings=e}write(e,r,o=""){this.buffer===void 0&&(this.buffer=
"");let n=U.of(e);if(o&&!o.endsWith(".")&&(o+="."),n.isBlobSchema())(typeof r=="string"||r instanceof Uint8Array)&&(this.writeKey(o),this.writeValue((this.serdeContext?.
base64Encoder??me)(r)));else if(n.isBooleanSchema()||n.isNumericSchema()||n.isStringSchema())r!=null?(this.writeKey(o),this.writeValue(String(r))):n.isIdempotencyToken()&&
(this.writeKey(o),this.writeValue(Nn()));else if(n.isBigIntegerSchema())r!=null&&(this.writeKey(o),this.writeValue(String(r)));else if(n.isBigDecimalSchema())r!=
null&&(this.writeKey(o),this.writeValue(r instanceof _e?r.string:String(r)));else if(n.isTimestampSchema()){if(r instanceof Date)switch(this.writeKey(o),qo(n,this.
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
1)),this.buffer+=`&${jo(e)}=`}writeValue(e){this.buffer+=jo(e)}}});var ti,b0=p(()=>{F();X();qc();C0();v0();ti=class extends zo{options;serializer;deserializer;mixin=new ho;constructor(e){super({defaultNamespace:e.defaultNamespace,
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
Error};for(let[y,h]of u.structIterator()){let S=h.getMergedTraits().xmlName??y,x=a[S]??n[S];g[y]=this.deserializer.readSchema(h,x)}throw this.mixin.decorateServiceException(
Object.assign(f,d,{$fault:u.getMergedTraits().error,message:c},g),n)}loadQueryErrorCode(e,r){let o=(r.Errors?.[0]?.Error??r.Errors?.Error??r.Error)?.Code;if(o!==
void 0)return o;if(e.statusCode==404)return"NotFound"}loadQueryError(e){return e.Errors?.[0]?.Error??e.Errors?.Error??e.Error}loadQueryErrorMessage(e){let r=this.
loadQueryError(e);return r?.message??r?.Message??e.message??e.Message??"Unknown"}getDefaultContentType(){return"application/x-www-form-urlencoded"}}});var Zo=p(()=>{x0();S0();b0()});var De,A0,p1,Xc,P0,l1,O0=p(()=>{k();De=64,A0=32,p1=2**53-1,Xc=class t{digestLength=A0;state=Int32Array.from(P0);w;buffer=new Uint8Array(64);bufferLength=0;bytesHashed=0;finished=!1;inner;outer;constructor(e){
if(e){let r=t.normalizeKey(e);this.inner=new t,this.outer=new t;let{inner:o,outer:n}=this,s=new Uint8Array(De*2);for(let i=0;i<De;++i)s[i]=54^r[i],s[i+De]=92^r[i];
o.update(s.subarray(0,De)),n.update(s.subarray(De))}}update(e){if(this.finished)throw new Error("Attempted to update an already finished HMAC.");if(this.inner){
this.inner.update(e);return}let r=vt(e),o=0,{byteLength:n}=r;if(this.bytesHashed+=n,this.bytesHashed*8>p1)throw new Error("Cannot hash more than 2^53 - 1 bits");
for(;n>0;)this.buffer[this.bufferLength++]=r[o++],n--,this.bufferLength===De&&(this.hashBuffer(),this.bufferLength=0)}async digest(){let{inner:e,outer:r}=this;if(e&&
r){if(this.finished)throw new Error("Attempted to digest an already finished HMAC.");this.finished=!0;let o=e.digestSync();return r.update(o),r.digestSync()}return this.
digestSync()}reset(){this.state=Int32Array.from(P0),this.buffer=new Uint8Array(64),this.bufferLength=0,this.bytesHashed=0}digestSync(){let e=this.state.slice(),
r=this.buffer.slice(),o=this.bufferLength,n=this.bytesHashed*8,s=new DataView(r.buffer,r.byteOffset,r.byteLength);if(s.setUint8(o++,128),(o-1)%De>=De-8){for(let a=o;a<
De;++a)s.setUint8(a,0);this.hashBufferWith(e,r),o=0}for(let a=o;a<De-8;++a)s.setUint8(a,0);s.setUint32(De-8,Math.floor(n/4294967296),!1),s.setUint32(De-4,n,!1),
this.hashBufferWith(e,r);let i=new Uint8Array(A0);for(let a=0;a<8;++a)i[a*4]=e[a]>>>24&255,i[a*4+1]=e[a]>>>16&255,i[a*4+2]=e[a]>>>8&255,i[a*4+3]=e[a]>>>0&255;return i}static normalizeKey(e){
let r=vt(e);if(r.byteLength>De){let o=new t;o.update(r);let n=o.digestSync(),s=new Uint8Array(De);return s.set(n),s}if(r.byteLength<De){let o=new Uint8Array(De);
return o.set(r),o}return r}hashBuffer(){this.hashBufferWith(this.state,this.buffer)}hashBufferWith(e,r){let o=this.w??=new Int32Array(64),n=e[0],s=e[1],i=e[2],a=e[3],
c=e[4],l=e[5],d=e[6],u=e[7];for(let m=0;m<De;++m){if(m<16)o[m]=(r[m*4]&255)<<24|(r[m*4+1]&255)<<16|(r[m*4+2]&255)<<8|r[m*4+3]&255;else{let y=o[m-2],h=(y>>>17|y<<
15)^(y>>>19|y<<13)^y>>>10;y=o[m-15];let S=(y>>>7|y<<25)^(y>>>18|y<<14)^y>>>3;o[m]=(h+o[m-7]|0)+(S+o[m-16]|0)}let f=(((c>>>6|c<<26)^(c>>>11|c<<21)^(c>>>25|c<<7))+
(c&l^~c&d)|0)+(u+(l1[m]+o[m]|0)|0)|0,g=((n>>>2|n<<30)^(n>>>13|n<<19)^(n>>>22|n<<10))+(n&s^n&i^s&i)|0;u=d,d=l,l=c,c=a+f|0,a=i,i=s,s=n,n=f+g|0}e[0]+=n,e[1]+=s,e[2]+=
i,e[3]+=a,e[4]+=c,e[5]+=l,e[6]+=d,e[7]+=u}},P0=new Int32Array([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]),l1=new Int32Array(
[1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,
3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,
113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,
3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,
2756734187,3204031479,3329325298])});function u1(){return class{digestLength=32;secret;hash;isHmac;finished=!1;constructor(e){this.secret=e,this.isHmac=!!e,this.hash=this.createHash()}update(e){if(this.
finished)throw new Error("Attempted to update an already finished hash.");this.hash.update(e)}async digest(){let e;return this.isHmac?(this.finished=!0,e=this.hash.
digest()):e=this.hash.copy().digest(),new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}reset(){this.hash=this.createHash(),this.finished=!1}createHash(){return this.
secret?(0,ri.createHmac)("sha256",m1(this.secret)):(0,ri.createHash)("sha256")}}}function m1(t){return typeof t=="string"?t:ArrayBuffer.isView(t)?Buffer.from(t.
buffer,t.byteOffset,t.byteLength):Buffer.from(t)}var ri,d1,gt,N0=p(()=>{ri=require("node:crypto");O0();d1=(()=>{try{return(0,ri.createHash)("sha256"),!0}catch{return!1}})(),
gt=d1?u1():Xc});var en=p(()=>{N0()});var oi,tn,Qc,D0,U0,Zc,pg,k0,lg,jn,$0,L0,f1,ht,g1,F0,M0=p(()=>{W();oi="ref",tn=-1,Qc=!0,D0="isSet",U0="PartitionResult",Zc="booleanEquals",pg="getAttr",k0={[oi]:"\
Endpoint"},lg={[oi]:U0},jn={},$0=[{[oi]:"Region"}],L0={conditions:[[D0,[k0]],[D0,$0],["aws.partition",$0,U0],[Zc,[{[oi]:"UseFIPS"},Qc]],[Zc,[{[oi]:"UseDualStack"},
Qc]],[Zc,[{fn:pg,argv:[lg,"supportsDualStack"]},Qc]],[Zc,[{fn:pg,argv:[lg,"supportsFIPS"]},Qc]],["stringEquals",[{fn:pg,argv:[lg,"name"]},"aws-us-gov"]]],results:[
[tn],[tn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[tn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[k0,
jn],["https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",jn],[tn,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://oidc.{Region}.amazonaws.com",jn],["https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}",jn],[tn,"FIPS is enabled but this partition does not suppor\
t FIPS"],["https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}",jn],[tn,"DualStack is enabled but this partition does not support DualStack"],["https://o\
idc.{Region}.{PartitionResult#dnsSuffix}",jn],[tn,"Invalid Configuration: Missing Region"]]},f1=2,ht=1e8,g1=new Int32Array([-1,1,-1,0,13,3,1,4,ht+12,2,5,ht+12,3,
8,6,4,7,ht+11,5,ht+9,ht+10,4,11,9,6,10,ht+8,7,ht+6,ht+7,5,12,ht+5,6,ht+4,ht+5,3,ht+1,14,4,ht+2,ht+3]),F0=rt.from(g1,f1,L0.conditions,L0.results)});var h1,B0,H0=p(()=>{M();W();M0();h1=new ot({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),B0=(t,e={})=>h1.get(t,()=>Bt(F0,{endpointParams:t,logger:e.
logger}));Pe.aws=mt});var Ce,ep=p(()=>{T();Ce=class t extends et{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException";constructor(e){super(e),Object.
setPrototypeOf(this,t.prototype)}}});var ni,si,ii,ai,ci,pi,li,di,ui,mi,fi,dg=p(()=>{ep();ni=class t extends Ce{static shapeId="com.amazonaws.ssooidc#AccessDeniedException";name="AccessDeniedExcepti\
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
supportedGrantTypeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}}});var y1,E1,x1,S1,R1,_1,w1,I1,T1,C1,v1,b1,A1,P1,O1,N1,D1,k1,$1,L1,$r,U1,F1,M1,B1,H1,ue,j1,wr,G1,z1,Ir,V1,j0,G0,q1,z0,W1,K1,J1,he,V0,q0,mr,W0,K0,J0,Y0,X0,Q0,Z0,eC,
tC,rC,oC,ug,Y1,X1,Q1,Z1,nC,sC,iC,mg,tp=p(()=>{X();dg();ep();y1="AccessDeniedException",E1="AuthorizationPendingException",x1="AccessToken",S1="ClientSecret",R1=
"CreateToken",_1="CreateTokenRequest",w1="CreateTokenResponse",I1="CodeVerifier",T1="ExpiredTokenException",C1="InvalidClientException",v1="InvalidGrantExceptio\
n",b1="InvalidRequestException",A1="InternalServerException",P1="InvalidScopeException",O1="IdToken",N1="RefreshToken",D1="SlowDownException",k1="UnauthorizedCl\
ientException",$1="UnsupportedGrantTypeException",L1="accessToken",$r="client",U1="clientId",F1="clientSecret",M1="codeVerifier",B1="code",H1="deviceCode",ue="e\
rror",j1="expiresIn",wr="error_description",G1="grantType",z1="http",Ir="httpError",V1="idToken",j0="reason",G0="refreshToken",q1="redirectUri",z0="smithy.ts.sd\
k.synthetic.com.amazonaws.ssooidc",W1="scope",K1="server",J1="tokenType",he="com.amazonaws.ssooidc",V0=new Q(z0),q0=[-3,z0,"SSOOIDCServiceException",0,[],[]];V0.
registerError(q0,Ce);mr=new Q(he),W0=[-3,he,y1,{[ue]:$r,[Ir]:400},[ue,j0,wr],[0,0,0]];mr.registerError(W0,ni);K0=[-3,he,E1,{[ue]:$r,[Ir]:400},[ue,wr],[0,0]];mr.
registerError(K0,si);J0=[-3,he,T1,{[ue]:$r,[Ir]:400},[ue,wr],[0,0]];mr.registerError(J0,ii);Y0=[-3,he,A1,{[ue]:K1,[Ir]:500},[ue,wr],[0,0]];mr.registerError(Y0,ai);
X0=[-3,he,C1,{[ue]:$r,[Ir]:401},[ue,wr],[0,0]];mr.registerError(X0,ci);Q0=[-3,he,v1,{[ue]:$r,[Ir]:400},[ue,wr],[0,0]];mr.registerError(Q0,pi);Z0=[-3,he,b1,{[ue]:$r,
[Ir]:400},[ue,j0,wr],[0,0,0]];mr.registerError(Z0,li);eC=[-3,he,P1,{[ue]:$r,[Ir]:400},[ue,wr],[0,0]];mr.registerError(eC,di);tC=[-3,he,D1,{[ue]:$r,[Ir]:400},[ue,
wr],[0,0]];mr.registerError(tC,ui);rC=[-3,he,k1,{[ue]:$r,[Ir]:400},[ue,wr],[0,0]];mr.registerError(rC,mi);oC=[-3,he,$1,{[ue]:$r,[Ir]:400},[ue,wr],[0,0]];mr.registerError(
oC,fi);ug=[V0,mr],Y1=[0,he,x1,8,0],X1=[0,he,S1,8,0],Q1=[0,he,I1,8,0],Z1=[0,he,O1,8,0],nC=[0,he,N1,8,0],sC=[3,he,_1,0,[U1,F1,G1,H1,B1,G0,W1,q1,M1],[0,[()=>X1,0],
0,0,0,[()=>nC,0],64,0,[()=>Q1,0]],3],iC=[3,he,w1,0,[L1,J1,j1,G0,V1],[[()=>Y1,0],0,1,[()=>nC,0],[()=>Z1,0]]],mg=[9,he,R1,{[z1]:["POST","/token",200]},()=>sC,()=>iC]});var aC,cC=p(()=>{Ie();Zo();st();en();T();F();k();og();H0();tp();aC=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Re,base64Encoder:t?.base64Encoder??
me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??B0,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
f0,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new nt}],logger:t?.logger??new we,protocol:t?.protocol??qr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.ssooidc",errorTypeRegistries:ug,version:"2019-06-10",serviceTarget:"AWSSSOOIDCService"},serviceId:t?.serviceId??
"SSO OIDC",sha256:t?.sha256??gt,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??ie,utf8Encoder:t?.utf8Encoder??Z})});var pC,lC=p(()=>{ei();M();Ie();T();$();ut();k();fo();cC();pC=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Dt),o=aC(t);Tt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ft,n),bodyLengthChecker:t?.bodyLengthChecker??
Ct,defaultSocketTimeout:Er(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:go.version}),maxAttempts:t?.
maxAttempts??_(Yt,t),region:t?.region??_(Ae,{...tt,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Qt,default:async()=>(await r()).
retryMode||it},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Ot,n),userAgentAppId:t?.
userAgentAppId??_(tr,n)}}});var dC,uC,mC=p(()=>{dC=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},uC=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var fC,gC=p(()=>{M();T();F();mC();fC=(t,e)=>{let r=Object.assign(rr(t),$t(t),Ht(t),dC(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),jt(r),
uC(r))}});var gi,fg=p(()=>{M();st();T();$();W();F();ut();X();og();ng();lC();gC();gi=class extends Te{config;constructor(...[e]){let r=pC(e||{});super(r),this.initConfig=r;
let o=h0(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=pr(a),l=g0(c),d=fC(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(
Zt(this.config)),this.middlewareStack.use(dr(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:m0,identityProviderConfigProvider:async u=>new Ve(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}}});var hC,yC,EC,xC=p(()=>{T();W();ng();hC=Ut(y0,"AWSSSOOIDCService","SSOOIDCClient",lr),yC={},EC=(t,e,r,o)=>[]});var hi,gg=p(()=>{xC();tp();hi=class extends hC(yC,EC,"CreateToken",mg){}});var eU,rp,SC=p(()=>{T();gg();fg();eU={CreateTokenCommand:hi},rp=class extends gi{};Gr(eU,rp)});var RC=p(()=>{gg()});var tU,rU,_C=p(()=>{tU={KMS_ACCESS_DENIED:"KMS_AccessDeniedException"},rU={KMS_DISABLED_KEY:"KMS_DisabledException",KMS_INVALID_KEY_USAGE:"KMS_InvalidKeyUsageEx\
ception",KMS_INVALID_STATE:"KMS_InvalidStateException",KMS_KEY_NOT_FOUND:"KMS_NotFoundException"}});var wC=p(()=>{});var hg={};sr(hg,{$Command:()=>cr,AccessDeniedException:()=>ni,AccessDeniedException$:()=>W0,AccessDeniedExceptionReason:()=>tU,AuthorizationPendingException:()=>si,
AuthorizationPendingException$:()=>K0,CreateToken$:()=>mg,CreateTokenCommand:()=>hi,CreateTokenRequest$:()=>sC,CreateTokenResponse$:()=>iC,ExpiredTokenException:()=>ii,
ExpiredTokenException$:()=>J0,InternalServerException:()=>ai,InternalServerException$:()=>Y0,InvalidClientException:()=>ci,InvalidClientException$:()=>X0,InvalidGrantException:()=>pi,
InvalidGrantException$:()=>Q0,InvalidRequestException:()=>li,InvalidRequestException$:()=>Z0,InvalidRequestExceptionReason:()=>rU,InvalidScopeException:()=>di,InvalidScopeException$:()=>eC,
SSOOIDC:()=>rp,SSOOIDCClient:()=>gi,SSOOIDCServiceException:()=>Ce,SSOOIDCServiceException$:()=>q0,SlowDownException:()=>ui,SlowDownException$:()=>tC,UnauthorizedClientException:()=>mi,
UnauthorizedClientException$:()=>rC,UnsupportedGrantTypeException:()=>fi,UnsupportedGrantTypeException$:()=>oC,__Client:()=>Te,errorTypeRegistries:()=>ug});var yg=p(
()=>{fg();SC();RC();T();tp();_C();dg();wC();ep()});var IC,TC=p(()=>{IC=async(t,e={},r)=>{let{SSOOIDCClient:o}=await Promise.resolve().then(()=>(yg(),hg)),n=i=>e.clientConfig?.[i]??e.parentClientConfig?.[i]??r?.[i];
return new o(Object.assign({},e.clientConfig??{},{region:t??e.clientConfig?.region,logger:n("logger"),userAgentAppId:n("userAgentAppId")}))}});var CC,vC=p(()=>{TC();CC=async(t,e,r={},o)=>{let{CreateTokenCommand:n}=await Promise.resolve().then(()=>(yg(),hg));return(await IC(e,r,o)).send(new n({clientId:t.
clientId,clientSecret:t.clientSecret,refreshToken:t.refreshToken,grantType:"refresh_token"}))}});var Eg,bC=p(()=>{$();Vc();Eg=t=>{if(t.expiration&&t.expiration.getTime()<Date.now())throw new bt(`Token is expired. ${Bn}`,!1)}});var yo,AC=p(()=>{$();Vc();yo=(t,e,r=!1)=>{if(typeof e>"u")throw new bt(`Value not present for '${t}' in SSO Token${r?". Cannot refresh":""}. ${Bn}`,!1)}});var PC,oU,OC,NC=p(()=>{$();PC=require("node:fs"),{writeFile:oU}=PC.promises,OC=(t,e)=>{let r=_s(t),o=JSON.stringify(e,null,2);return oU(r,o)}});var DC,op,xg,kC=p(()=>{$();Vc();vC();bC();AC();NC();DC=new Map,op=new Map,xg=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/token-provider\
s - fromSso");let r=await Sr(t),o=Ze({profile:t.profile??e?.profile}),n=r[o];if(n){if(!n.sso_session)throw new bt(`Profile '${o}' is missing required property '\
sso_session'.`)}else throw new bt(`Profile '${o}' could not be found in shared credentials file.`,!1);let s=n.sso_session,i=op.get(s);if(i)return await i;let c=(await bs(
t))[s];if(!c)throw new bt(`Sso session '${s}' could not be found in shared credentials file.`,!1);for(let x of["sso_start_url","sso_region"])if(!c[x])throw new bt(
`Sso session '${s}' is missing required property '${x}'.`,!1);let l=c.sso_start_url,d=c.sso_region,u;try{u=await Is(s)}catch{throw new bt(`The SSO session token\
 associated with profile=${o} was not found or is invalid. ${Bn}`,!1)}yo("accessToken",u.accessToken),yo("expiresAt",u.expiresAt);let{accessToken:m,expiresAt:f}=u,
g={token:m,expiration:new Date(f)};if(g.expiration.getTime()-Date.now()>3e5)return g;let y=op.get(s);if(y)return await y;let h=DC.get(s)??0;if(Date.now()-h<30*1e3)
return Eg(g),g;yo("clientId",u.clientId,!0),yo("clientSecret",u.clientSecret,!0),yo("refreshToken",u.refreshToken,!0);let S=(async()=>{try{DC.set(s,Date.now());
let x=await CC(u,d,t,e);yo("accessToken",x.accessToken),yo("expiresIn",x.expiresIn);let v=new Date(Date.now()+x.expiresIn*1e3);try{await OC(s,{...u,accessToken:x.
accessToken,expiresAt:v.toISOString(),refreshToken:x.refreshToken})}catch{}return{token:x.accessToken,expiration:v}}catch{return Eg(g),g}})();op.set(s,S);try{return await S}finally{
op.delete(s)}}});var $C=p(()=>{kC()});function sU(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"awsssoportal",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}function iU(t){return{schemeId:"smithy.api#noAuth"}}var LC,UC,FC,Sg=p(()=>{Ie();T();LC=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.
region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});UC=t=>{let e=[];return t.operation==="GetRoleCredentials"?e.push(
iU(t)):e.push(sU(t)),e},FC=t=>{let e=ur(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??[])})}});var MC,BC,Rg=p(()=>{MC=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"awsssoporta\
l"}),BC={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var yi,rn,np,HC,VC,sp,_g,jC,wg,Gn,GC,zC,aU,yt,cU,qC,WC=p(()=>{W();yi="ref",rn=-1,np=!0,HC="isSet",VC="PartitionResult",sp="booleanEquals",_g="getAttr",jC={[yi]:"\
Endpoint"},wg={[yi]:VC},Gn={},GC=[{[yi]:"Region"}],zC={conditions:[[HC,[jC]],[HC,GC],["aws.partition",GC,VC],[sp,[{[yi]:"UseFIPS"},np]],[sp,[{[yi]:"UseDualStack"},
np]],[sp,[{fn:_g,argv:[wg,"supportsDualStack"]},np]],[sp,[{fn:_g,argv:[wg,"supportsFIPS"]},np]],["stringEquals",[{fn:_g,argv:[wg,"name"]},"aws-us-gov"]]],results:[
[rn],[rn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[rn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[jC,
Gn],["https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Gn],[rn,"FIPS and DualStack are enabled, but this partition does not support one or\
 both"],["https://portal.sso.{Region}.amazonaws.com",Gn],["https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}",Gn],[rn,"FIPS is enabled but this parti\
tion does not support FIPS"],["https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}",Gn],[rn,"DualStack is enabled but this partition does not suppo\
rt DualStack"],["https://portal.sso.{Region}.{PartitionResult#dnsSuffix}",Gn],[rn,"Invalid Configuration: Missing Region"]]},aU=2,yt=1e8,cU=new Int32Array([-1,1,
-1,0,13,3,1,4,yt+12,2,5,yt+12,3,8,6,4,7,yt+11,5,yt+9,yt+10,4,11,9,6,10,yt+8,7,yt+6,yt+7,5,12,yt+5,6,yt+4,yt+5,3,yt+1,14,4,yt+2,yt+3]),qC=rt.from(cU,aU,zC.conditions,
zC.results)});var pU,KC,JC=p(()=>{M();W();WC();pU=new ot({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),KC=(t,e={})=>pU.get(t,()=>Bt(qC,{endpointParams:t,logger:e.
logger}));Pe.aws=mt});var Wr,Ig=p(()=>{T();Wr=class t extends et{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var ip,ap,cp,pp,Tg=p(()=>{Ig();ip=class t extends Wr{static shapeId="com.amazonaws.sso#InvalidRequestException";name="InvalidRequestException";$fault="client";constructor(e){
super({name:"InvalidRequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ap=class t extends Wr{static shapeId="com.amazonaws.sso#R\
esourceNotFoundException";name="ResourceNotFoundException";$fault="client";constructor(e){super({name:"ResourceNotFoundException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},cp=class t extends Wr{static shapeId="com.amazonaws.sso#TooManyRequestsException";name="TooManyRequestsException";$fault="cli\
ent";constructor(e){super({name:"TooManyRequestsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},pp=class t extends Wr{static shapeId="\
com.amazonaws.sso#UnauthorizedException";name="UnauthorizedException";$fault="client";constructor(e){super({name:"UnauthorizedException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}}});var lU,dU,uU,mU,fU,gU,hU,yU,EU,xU,SU,RU,_U,wU,IU,lp,dp,TU,CU,up,vU,YC,mp,bU,AU,PU,XC,OU,NU,DU,fr,QC,kU,Ei,$U,LU,UU,FU,ZC,MU,BU,HU,jU,GU,zU,ev,fp=p(()=>{X();Tg();
Ig();lU="AccessTokenType",dU="GetRoleCredentials",uU="GetRoleCredentialsRequest",mU="GetRoleCredentialsResponse",fU="InvalidRequestException",gU="RoleCredential\
s",hU="ResourceNotFoundException",yU="SecretAccessKeyType",EU="SessionTokenType",xU="TooManyRequestsException",SU="UnauthorizedException",RU="accountId",_U="acc\
essKeyId",wU="accessToken",IU="account_id",lp="client",dp="error",TU="expiration",CU="http",up="httpError",vU="httpHeader",YC="httpQuery",mp="message",bU="roleC\
redentials",AU="roleName",PU="role_name",XC="smithy.ts.sdk.synthetic.com.amazonaws.sso",OU="secretAccessKey",NU="sessionToken",DU="x-amz-sso_bearer_token",fr="c\
om.amazonaws.sso",QC=new Q(XC),kU=[-3,XC,"SSOServiceException",0,[],[]];QC.registerError(kU,Wr);Ei=new Q(fr),$U=[-3,fr,fU,{[dp]:lp,[up]:400},[mp],[0]];Ei.registerError(
$U,ip);LU=[-3,fr,hU,{[dp]:lp,[up]:404},[mp],[0]];Ei.registerError(LU,ap);UU=[-3,fr,xU,{[dp]:lp,[up]:429},[mp],[0]];Ei.registerError(UU,cp);FU=[-3,fr,SU,{[dp]:lp,
[up]:401},[mp],[0]];Ei.registerError(FU,pp);ZC=[QC,Ei],MU=[0,fr,lU,8,0],BU=[0,fr,yU,8,0],HU=[0,fr,EU,8,0],jU=[3,fr,uU,0,[AU,RU,wU],[[0,{[YC]:PU}],[0,{[YC]:IU}],
[()=>MU,{[vU]:DU}]],3],GU=[3,fr,mU,0,[bU],[[()=>zU,0]]],zU=[3,fr,gU,0,[_U,OU,NU,TU],[0,[()=>BU,0],[()=>HU,0],1]],ev=[9,fr,dU,{[CU]:["GET","/federation/credentia\
ls",200]},()=>jU,()=>GU]});var tv,rv=p(()=>{Ie();Zo();st();en();T();F();k();Sg();JC();fp();tv=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Re,base64Encoder:t?.base64Encoder??
me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??KC,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
UC,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new nt}],logger:t?.logger??new we,protocol:t?.protocol??qr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.sso",errorTypeRegistries:ZC,version:"2019-06-10",serviceTarget:"SWBPortalService"},serviceId:t?.serviceId??"S\
SO",sha256:t?.sha256??gt,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??ie,utf8Encoder:t?.utf8Encoder??Z})});var ov,nv=p(()=>{ei();M();Ie();T();$();ut();k();fo();rv();ov=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Dt),o=tv(t);Tt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ft,n),bodyLengthChecker:t?.bodyLengthChecker??
Ct,defaultSocketTimeout:Er(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:go.version}),maxAttempts:t?.
maxAttempts??_(Yt,t),region:t?.region??_(Ae,{...tt,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Qt,default:async()=>(await r()).
retryMode||it},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Ot,n),userAgentAppId:t?.
userAgentAppId??_(tr,n)}}});var sv,iv,av=p(()=>{sv=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},iv=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var cv,pv=p(()=>{M();T();F();av();cv=(t,e)=>{let r=Object.assign(rr(t),$t(t),Ht(t),sv(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),jt(r),
iv(r))}});var zn,Cg=p(()=>{M();st();T();$();W();F();ut();X();Sg();Rg();nv();pv();zn=class extends Te{config;constructor(...[e]){let r=ov(e||{});super(r),this.initConfig=r;
let o=MC(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=pr(a),l=FC(c),d=cv(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(
Zt(this.config)),this.middlewareStack.use(dr(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:LC,identityProviderConfigProvider:async u=>new Ve(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}}});var lv,dv,uv,mv=p(()=>{T();W();Rg();lv=Ut(BC,"SWBPortalService","SSOClient",lr),dv={},uv=(t,e,r,o)=>[]});var Vn,vg=p(()=>{mv();fp();Vn=class extends lv(dv,uv,"GetRoleCredentials",ev){}});var VU,bg,fv=p(()=>{T();vg();Cg();VU={GetRoleCredentialsCommand:Vn},bg=class extends zn{};Gr(VU,bg)});var gv=p(()=>{vg()});var hv=p(()=>{});var yv=p(()=>{Cg();fv();gv();fp();Tg();hv()});var Ev={};sr(Ev,{GetRoleCredentialsCommand:()=>Vn,SSOClient:()=>zn});var xv=p(()=>{yv()});var xi,Ag,Sv=p(()=>{M();$C();$();xi=!1,Ag=async({ssoStartUrl:t,ssoSession:e,ssoAccountId:r,ssoRegion:o,ssoRoleName:n,ssoClient:s,clientConfig:i,parentClientConfig:a,
callerClientConfig:c,profile:l,filepath:d,configFilepath:u,ignoreCache:m,logger:f})=>{let g,y="To refresh this SSO session run aws sso login with the correspond\
ing profile.";if(e)try{let ct=await xg({profile:l,filepath:d,configFilepath:u,ignoreCache:m,clientConfig:i,parentClientConfig:a,logger:f})({callerClientConfig:c});
g={accessToken:ct.token,expiresAt:new Date(ct.expiration).toISOString()}}catch(ct){throw new R(ct.message,{tryNextLink:xi,logger:f})}else try{g=await Is(t)}catch{
throw new R(`The SSO session associated with this profile is invalid. ${y}`,{tryNextLink:xi,logger:f})}if(new Date(g.expiresAt).getTime()-Date.now()<=0)throw new R(
`The SSO session associated with this profile has expired. ${y}`,{tryNextLink:xi,logger:f});let{accessToken:h}=g,{SSOClient:S,GetRoleCredentialsCommand:x}=await Promise.resolve().then(()=>(xv(),Ev)),
v=s||new S(Object.assign({},i??{},{logger:i?.logger??c?.logger??a?.logger,region:i?.region??o,userAgentAppId:i?.userAgentAppId??c?.userAgentAppId??a?.userAgentAppId})),
A;try{A=await v.send(new x({accountId:r,roleName:n,accessToken:h}))}catch(ct){throw new R(ct,{tryNextLink:xi,logger:f})}let{roleCredentials:{accessKeyId:L,secretAccessKey:Y,
sessionToken:ve,expiration:nr,credentialScope:vr,accountId:pe}={}}=A;if(!L||!Y||!ve||!nr)throw new R("SSO returns an invalid temporary credential.",{tryNextLink:xi,
logger:f});let be={accessKeyId:L,secretAccessKey:Y,sessionToken:ve,expiration:new Date(nr),...vr&&{credentialScope:vr},...pe&&{accountId:pe}};return e?B(be,"CRE\
DENTIALS_SSO","s"):B(be,"CREDENTIALS_SSO_LEGACY","u"),be}});var gp,Pg=p(()=>{$();gp=(t,e)=>{let{sso_start_url:r,sso_account_id:o,sso_region:n,sso_role_name:s}=t;if(!r||!o||!n||!s)throw new R(`Profile is configured with i\
nvalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(t).join(", ")}
Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,{tryNextLink:!1,logger:e});return t}});var Rv,_v=p(()=>{$();rg();Sv();Pg();Rv=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO");let{ssoStartUrl:r,
ssoAccountId:o,ssoRegion:n,ssoRoleName:s,ssoSession:i}=t,{ssoClient:a}=t,c=Ze({profile:t.profile??e?.profile});if(!r&&!o&&!n&&!s&&!i){let d=(await Sr(t))[c];if(!d)
throw new R(`Profile ${c} was not found.`,{logger:t.logger});if(!zc(d))throw new R(`Profile ${c} is not configured with SSO credentials.`,{logger:t.logger});if(d?.
sso_session){let S=(await bs(t))[d.sso_session],x=` configurations in profile ${c} and sso-session ${d.sso_session}`;if(n&&n!==S.sso_region)throw new R("Conflic\
ting SSO region"+x,{tryNextLink:!1,logger:t.logger});if(r&&r!==S.sso_start_url)throw new R("Conflicting SSO start_url"+x,{tryNextLink:!1,logger:t.logger});d.sso_region=
S.sso_region,d.sso_start_url=S.sso_start_url}let{sso_start_url:u,sso_account_id:m,sso_region:f,sso_role_name:g,sso_session:y}=gp(d,t.logger);return Ag({ssoStartUrl:u,
ssoSession:y,ssoAccountId:m,ssoRegion:f,ssoRoleName:g,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}else{if(!r||!o||!n||!s)throw new R('Incomplete configu\
ration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',{tryNextLink:!1,logger:t.logger});return Ag({ssoStartUrl:r,
ssoSession:i,ssoAccountId:o,ssoRegion:n,ssoRoleName:s,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}}});var Og={};sr(Og,{fromSSO:()=>Rv,isSsoProfile:()=>zc,validateSsoProfile:()=>gp});var Ng=p(()=>{_v();rg();Pg()});var wv,Dg,Iv=p(()=>{M();$();wv=(t,e,r)=>{let o={EcsContainer:async n=>{let{fromHttp:s}=await Promise.resolve().then(()=>(tg(),eg)),{fromContainerMetadata:i}=await Promise.resolve().then(()=>(Hc(),Bc));
return r?.debug("@aws-sdk/credential-provider-ini - credential_source is EcsContainer"),async()=>Fo(s(n??{}),i(n))().then(Dg)},Ec2InstanceMetadata:async n=>{r?.
debug("@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata");let{fromInstanceMetadata:s}=await Promise.resolve().then(()=>(Hc(),Bc));return async()=>s(
n)().then(Dg)},Environment:async n=>{r?.debug("@aws-sdk/credential-provider-ini - credential_source is Environment");let{fromEnv:s}=await Promise.resolve().then(()=>(Gf(),mT));
return async()=>s(n)().then(Dg)}};if(t in o)return o[t];throw new R(`Unsupported credential source in profile ${e}. Got ${t}, expected EcsContainer or Ec2Instan\
ceMetadata or Environment.`,{logger:r})},Dg=t=>B(t,"CREDENTIALS_PROFILE_NAMED_PROVIDER","p")});var Si,Tv=p(()=>{Si={CrtSignerV4:null}});function vv(t){return{accessKeyId:t.accessKeyId,secretAccessKey:t.secretAccessKey,expiration:t.expiration}}function bv(t,e){let r=t.credentialProvider;t.credentialProvider=
()=>(t.credentialProvider=r,Promise.resolve(e))}var kg,Cv,hp,Av=p(()=>{Oc();kg="X-Amz-S3session-Token",Cv=kg.toLowerCase(),hp=class extends lo{async signWithCredentials(e,r,o){
let n=vv(r);e.headers[Cv]=r.sessionToken;let s=this;return bv(s,n),s.signRequest(e,o??{})}async presignWithCredentials(e,r,o){let n=vv(r);return delete e.headers[Cv],
e.headers[kg]=r.sessionToken,e.query=e.query??{},e.query[kg]=r.sessionToken,bv(this,n),this.presign(e,o)}}});var on,Pv=p(()=>{Oc();Tv();Av();on=class{sigv4aSigner;sigv4Signer;signerOptions;static sigv4aDependency(){return typeof Si.CrtSignerV4=="function"?"crt":typeof Pc.
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
go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a");this.sigv4aSigner=new r({...this.signerOptions})}}return this.sigv4aSigner}}});var $g=p(()=>{Pv()});var Wn,nn,Ri,Ov,Mv,_i,ke,Lg,Nv,Dv,kv,$v,Lv,$e,Ug,qn,Uv,Fv,qU,V,WU,Bv,Hv=p(()=>{W();Wn="ref",nn=-1,Ri=!0,Ov="isSet",Mv="PartitionResult",_i="booleanEquals",ke="s\
tringEquals",Lg="getAttr",Nv="us-east-1",Dv="sigv4",kv="sts",$v="https://sts.{Region}.{PartitionResult#dnsSuffix}",Lv={[Wn]:"Endpoint"},$e={[Wn]:"Region"},Ug={[Wn]:Mv},
qn={},Uv=[$e],Fv={conditions:[[Ov,[Lv]],[Ov,Uv],["aws.partition",Uv,Mv],[_i,[{[Wn]:"UseFIPS"},Ri]],[_i,[{[Wn]:"UseDualStack"},Ri]],[ke,[$e,"aws-global"]],[_i,[{
[Wn]:"UseGlobalEndpoint"},Ri]],[ke,[$e,"eu-central-1"]],[_i,[{fn:Lg,argv:[Ug,"supportsDualStack"]},Ri]],[_i,[{fn:Lg,argv:[Ug,"supportsFIPS"]},Ri]],[ke,[$e,"ap-s\
outh-1"]],[ke,[$e,"eu-north-1"]],[ke,[$e,"eu-west-1"]],[ke,[$e,"eu-west-2"]],[ke,[$e,"eu-west-3"]],[ke,[$e,"sa-east-1"]],[ke,[$e,Nv]],[ke,[$e,"us-east-2"]],[ke,
[$e,"us-west-2"]],[ke,[$e,"us-west-1"]],[ke,[$e,"ca-central-1"]],[ke,[$e,"ap-southeast-1"]],[ke,[$e,"ap-northeast-1"]],[ke,[$e,"ap-southeast-2"]],[ke,[{fn:Lg,argv:[
Ug,"name"]},"aws-us-gov"]]],results:[[nn],["https://sts.amazonaws.com",{authSchemes:[{name:Dv,signingName:kv,signingRegion:Nv}]}],[$v,{authSchemes:[{name:Dv,signingName:kv,
signingRegion:"{Region}"}]}],[nn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[nn,"Invalid Configuration: Dualstack and custom endpoint \
are not supported"],[Lv,qn],["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",qn],[nn,"FIPS and DualStack are enabled, but this partition does n\
ot support one or both"],["https://sts.{Region}.amazonaws.com",qn],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",qn],[nn,"FIPS is enabled but this pa\
rtition does not support FIPS"],["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}",qn],[nn,"DualStack is enabled but this partition does not support D\
ualStack"],[$v,qn],[nn,"Invalid Configuration: Missing Region"]]},qU=2,V=1e8,WU=new Int32Array([-1,1,-1,0,30,3,1,4,V+14,2,5,V+14,3,25,6,4,24,7,5,V+1,8,6,9,V+13,
7,V+1,10,10,V+1,11,11,V+1,12,12,V+1,13,13,V+1,14,14,V+1,15,15,V+1,16,16,V+1,17,17,V+1,18,18,V+1,19,19,V+1,20,20,V+1,21,21,V+1,22,22,V+1,23,23,V+1,V+2,8,V+11,V+12,
4,28,26,9,27,V+10,24,V+8,V+9,8,29,V+7,9,V+6,V+7,3,V+3,31,4,V+4,V+5]),Bv=rt.from(WU,qU,Fv.conditions,Fv.results)});var KU,yp,Fg=p(()=>{M();W();Hv();KU=new ot({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),yp=(t,e={})=>KU.get(t,()=>Bt(Bv,
{endpointParams:t,logger:e.logger}));Pe.aws=mt});function Gv(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function Mg(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function zv(t){return{schemeId:"smithy.api#noAuth"}}var JU,YU,jv,XU,QU,Vv,qv,Bg=p(()=>{Ie();$g();T();W();Fg();JU=t=>async(e,r,o)=>{if(!o)throw new Error("Could \
not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let n=await t(e,r,o),s=ee(r)?.commandInstance?.constructor?.getEndpointParameterInstructions;
if(!s)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}'`);let i=await Da(o,{getEndpointParameterInstructions:s},e);return Object.
assign(n,i)},YU=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()}),jv=JU(YU);XU=(t,e,r)=>n=>{let i=t(n).properties?.authSchemes;if(!i)return e(n);let a=[];for(let c of i){let{name:l,properties:d={},...u}=c,m=l.toLowerCase();
l!==m&&console.warn(`HttpAuthScheme has been normalized with lowercasing: '${l}' to '${m}'`);let f;if(m==="sigv4a"){f="aws.auth#sigv4a";let h=i.find(S=>{let x=S.
name.toLowerCase();return x!=="sigv4a"&&x.startsWith("sigv4")});if(on.sigv4aDependency()==="none"&&h)continue}else if(m.startsWith("sigv4"))f="aws.auth#sigv4";else
throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);let g=r[f];if(!g)throw new Error(`Could not find HttpAuthOption creat\
e function for '${f}'`);let y=g(n);y.schemeId=f,y.signingProperties={...y.signingProperties||{},...u,...d},a.push(y)}return a},QU=t=>{let e=[];return t.operation===
"AssumeRoleWithWebIdentity"?(e.push(zv(t)),e.push(Mg(t))):(e.push(Gv(t)),e.push(Mg(t))),e},Vv=XU(yp,QU,{"aws.auth#sigv4":Gv,"aws.auth#sigv4a":Mg,"smithy.api#noA\
uth":zv}),qv=t=>{let e=ur(t),r=_c(e);return Object.assign(r,{authSchemePreference:q(t.authSchemePreference??[])})}});var Wv,Kv,Hg=p(()=>{Wv=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??
!1,defaultSigningName:"sts"}),Kv={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{
type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}}});var at,Ep=p(()=>{T();at=class t extends et{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var wi,Ii,Ti,Ci,vi,bi,Ai,Pi,jg=p(()=>{Ep();wi=class t extends at{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="c\
lient";constructor(e){super({name:"ExpiredTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ii=class t extends at{static shapeId="\
com.amazonaws.sts#InvalidContextAssertionException";name="InvalidContextAssertionException";$fault="client";constructor(e){super({name:"InvalidContextAssertionE\
xception",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ti=class t extends at{static shapeId="com.amazonaws.sts#MalformedPolicyDocumentExcept\
ion";name="MalformedPolicyDocumentException";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Ci=class t extends at{static shapeId="com.amazonaws.sts#PackedPolicyTooLargeException";name="PackedPolicyTooLargeException";$fault="client";constructor(e){
super({name:"PackedPolicyTooLargeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},vi=class t extends at{static shapeId="com.amazonaws\
.sts#RegionDisabledException";name="RegionDisabledException";$fault="client";constructor(e){super({name:"RegionDisabledException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},bi=class t extends at{static shapeId="com.amazonaws.sts#IDPRejectedClaimException";name="IDPRejectedClaimException";$fault="c\
lient";constructor(e){super({name:"IDPRejectedClaimException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ai=class t extends at{static shapeId="\
com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdentityTokenException";$fault="client";constructor(e){super({name:"InvalidIdentityTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Pi=class t extends at{static shapeId="com.amazonaws.sts#IDPCommunicationErrorException";name="I\
DPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicationErrorException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}}});var ZU,eF,tF,rF,oF,nF,Gg,sF,iF,aF,cF,zg,pF,Jv,lF,dF,uF,mF,fF,gF,hF,yF,EF,xF,SF,RF,Yv,Xv,Qv,Zv,_F,wF,IF,TF,CF,vF,eb,bF,AF,tb,PF,rb,OF,NF,DF,Vg,kF,$F,ob,nb,LF,UF,
FF,sb,ib,MF,BF,HF,jF,GF,zF,Eo,xo,VF,So,Ro,_o,qF,WF,KF,JF,ab,YF,XF,QF,G,cb,pb,Kr,lb,db,ub,mb,fb,gb,hb,yb,qg,ZF,eM,tM,rM,oM,nM,Wg,Eb,xb,Sb,Rb,Kg,_b,wb,Ib,Tb,Cb,vb,
bb,sM,iM,aM,Jg,Yg,Oi=p(()=>{X();jg();Ep();ZU="Arn",eF="AccessKeyId",tF="AssumeRole",rF="AssumedRoleId",oF="AssumeRoleRequest",nF="AssumeRoleResponse",Gg="Assume\
dRoleUser",sF="AssumeRoleWithWebIdentity",iF="AssumeRoleWithWebIdentityRequest",aF="AssumeRoleWithWebIdentityResponse",cF="Audience",zg="Credentials",pF="Contex\
tAssertion",Jv="DurationSeconds",lF="Expiration",dF="ExternalId",uF="ExpiredTokenException",mF="FederatedProviderArn",fF="Issuer",gF="InvalidContextAssertionExc\
eption",hF="IDPCommunicationErrorException",yF="IDPRejectedClaimException",EF="InvalidIdentityTokenException",xF="IdentityProvider",SF="Key",RF="MalformedPolicy\
DocumentException",Yv="MinimumSessionTokenSize",Xv="OriginIdentity",Qv="Policy",Zv="PolicyArns",_F="ProviderArn",wF="ProvidedContexts",IF="ProvidedContextsListT\
ype",TF="ProvidedContext",CF="PolicyDescriptorType",vF="ProviderId",eb="PackedPolicySize",bF="PackedPolicyTooLargeException",AF="Provider",tb="RoleArn",PF="Regi\
onDisabledException",rb="RoleSessionName",OF="Subject",NF="SecretAccessKey",DF="SubjectFromWebIdentityToken",Vg="SourceIdentity",kF="SerialNumber",$F="SessionTo\
ken",ob="SessionTokenSize",nb="SessionTokenUtilization",LF="SubjectType",UF="Tags",FF="TokenCode",sb="TransactionContext",ib="TrustedIdentityPropagationContext",
MF="TransitiveTagKeys",BF="Tag",HF="Value",jF="WebIdentityToken",GF="arn",zF="accessKeySecretType",Eo="awsQueryError",xo="client",VF="clientTokenType",So="error",
Ro="httpError",_o="message",qF="originIdentityIssuerType",WF="originIdentitySubjectType",KF="originIdentitySubjectTypeType",JF="policyDescriptorListType",ab="sm\
ithy.ts.sdk.synthetic.com.amazonaws.sts",YF="transactionContextIdentityProviderMapType",XF="transactionContextValueType",QF="tagListType",G="com.amazonaws.sts",
cb=new Q(ab),pb=[-3,ab,"STSServiceException",0,[],[]];cb.registerError(pb,at);Kr=new Q(G),lb=[-3,G,uF,{[Eo]:["ExpiredTokenException",400],[So]:xo,[Ro]:400},[_o],
[0]];Kr.registerError(lb,wi);db=[-3,G,hF,{[Eo]:["IDPCommunicationError",400],[So]:xo,[Ro]:400},[_o],[0]];Kr.registerError(db,Pi);ub=[-3,G,yF,{[Eo]:["IDPRejected\
Claim",403],[So]:xo,[Ro]:403},[_o],[0]];Kr.registerError(ub,bi);mb=[-3,G,gF,{[Eo]:["InvalidContextAssertion",400],[So]:xo,[Ro]:400},[_o],[0]];Kr.registerError(mb,
Ii);fb=[-3,G,EF,{[Eo]:["InvalidIdentityToken",400],[So]:xo,[Ro]:400},[_o],[0]];Kr.registerError(fb,Ai);gb=[-3,G,RF,{[Eo]:["MalformedPolicyDocument",400],[So]:xo,
[Ro]:400},[_o],[0]];Kr.registerError(gb,Ti);hb=[-3,G,bF,{[Eo]:["PackedPolicyTooLarge",400],[So]:xo,[Ro]:400},[_o],[0]];Kr.registerError(hb,Ci);yb=[-3,G,PF,{[Eo]:[
"RegionDisabledException",403],[So]:xo,[Ro]:403},[_o],[0]];Kr.registerError(yb,vi);qg=[cb,Kr],ZF=[0,G,zF,8,0],eM=[0,G,VF,8,0],tM=[0,G,qF,8,0],rM=[0,G,WF,8,0],oM=
[0,G,KF,8,0],nM=[0,G,XF,8,0],Wg=[3,G,Gg,0,[rF,ZU],[0,0],2],Eb=[3,G,oF,0,[tb,rb,Zv,Qv,Jv,UF,MF,dF,kF,FF,Vg,wF,Yv],[0,0,()=>bb,0,1,()=>iM,64,0,0,0,0,()=>sM,1],2],
xb=[3,G,nF,0,[zg,Gg,eb,Vg,nb,ob],[[()=>Kg,0],()=>Wg,1,0,1,1]],Sb=[3,G,iF,0,[tb,rb,jF,vF,Zv,Qv,Jv,Yv],[0,0,[()=>eM,0],0,()=>bb,0,1,1],3],Rb=[3,G,aF,0,[zg,DF,Gg,eb,
AF,cF,Vg,nb,ob,ib],[[()=>Kg,0],0,()=>Wg,1,0,0,0,1,1,[()=>vb,0]]],Kg=[3,G,zg,0,[eF,NF,$F,lF],[0,[()=>ZF,0],0,4],4],_b=[3,G,Xv,0,[OF,LF,fF,mF],[[()=>rM,0],[()=>oM,
0],[()=>tM,0],0]],wb=[3,G,CF,0,[GF],[0]],Ib=[3,G,TF,0,[_F,pF],[0,0]],Tb=[3,G,BF,0,[SF,HF],[0,0],2],Cb=[3,G,sb,0,[xF],[[()=>aM,0]]],vb=[3,G,ib,8,[Xv,sb],[[()=>_b,
0],[()=>Cb,0]]],bb=[1,G,JF,0,()=>wb],sM=[1,G,IF,0,()=>Ib],iM=[1,G,QF,0,()=>Tb],aM=[2,G,YF,0,[0,0],[()=>nM,0]],Jg=[9,G,tF,0,()=>Eb,()=>xb],Yg=[9,G,sF,0,()=>Sb,()=>Rb]});var Ab,Pb=p(()=>{Ie();Zo();$g();st();en();T();F();k();Bg();Fg();Oi();Ab=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??Re,base64Encoder:t?.base64Encoder??
me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??yp,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
Vv,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"aws.aut\
h#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4a"),signer:new po},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("s\
mithy.api#noAuth")||(async()=>({})),signer:new nt}],logger:t?.logger??new we,protocol:t?.protocol??ti,protocolSettings:t?.protocolSettings??{defaultNamespace:"c\
om.amazonaws.sts",errorTypeRegistries:qg,xmlNamespace:"https://sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20\
110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??gt,signerConstructor:t?.signerConstructor??on,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??ie,
utf8Encoder:t?.utf8Encoder??Z})});var Ob,Nb=p(()=>{ei();M();Ie();st();T();$();ut();k();fo();Pb();Ob=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Dt),o=Ab(t);Tt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ft,n),bodyLengthChecker:t?.bodyLengthChecker??
Ct,defaultSocketTimeout:Er(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:go.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4")||(async i=>await t.credentialDefaultProvider(i?.__config||
{})()),signer:new ge},{schemeId:"aws.auth#sigv4a",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4a"),signer:new po},{schemeId:"smithy.api#noAuth",identityProvider:s=>s.
getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new nt}],maxAttempts:t?.maxAttempts??_(Yt,t),region:t?.region??_(Ae,{...tt,...n}),requestHandler:Ne.
create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Qt,default:async()=>(await r()).retryMode||it},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??_(
wc,n),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Ot,n),userAgentAppId:t?.
userAgentAppId??_(tr,n)}}});var Db,kb,$b=p(()=>{Db=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},kb=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var Lb,Ub=p(()=>{M();T();F();$b();Lb=(t,e)=>{let r=Object.assign(rr(t),$t(t),Ht(t),Db(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),jt(r),
kb(r))}});var wo,xp=p(()=>{M();st();T();$();W();F();ut();X();Bg();Hg();Nb();Ub();wo=class extends Te{config;constructor(...[e]){let r=Ob(e||{});super(r),this.initConfig=r;
let o=Wv(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=pr(a),l=qv(c),d=Lb(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(
Zt(this.config)),this.middlewareStack.use(dr(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:jv,identityProviderConfigProvider:async u=>new Ve(
{"aws.auth#sigv4":u.credentials,"aws.auth#sigv4a":u.credentials})})),this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}}});var Sp,Rp,_p,Xg=p(()=>{T();W();Hg();Sp=Ut(Kv,"AWSSecurityTokenServiceV20110615","STSClient",lr),Rp={},_p=(t,e,r,o)=>[]});var sn,wp=p(()=>{Xg();Oi();sn=class extends Sp(Rp,_p,"AssumeRole",Jg){}});var an,Ip=p(()=>{Xg();Oi();an=class extends Sp(Rp,_p,"AssumeRoleWithWebIdentity",Yg){}});var cM,Tp,Fb=p(()=>{T();wp();Ip();xp();cM={AssumeRoleCommand:sn,AssumeRoleWithWebIdentityCommand:an},Tp=class extends wo{};Gr(cM,Tp)});var Mb=p(()=>{wp();Ip()});var Bb=p(()=>{});var Hb,jb,Gb,zb,Vb,qb=p(()=>{M();wp();Ip();Hb=t=>{if(typeof t?.Arn=="string"){let e=t.Arn.split(":");if(e.length>4&&e[4]!=="")return e[4]}},jb=async(t,e,r,o={})=>{
let n=typeof t=="function"?await t():t,s=typeof e=="function"?await e():e,i="",a=n??s??(i=await wf(o)());return r?.debug?.("@aws-sdk/client-sts::resolveRegion",
"accepting first of:",`${n} (credential provider clientConfig)`,`${s} (contextual client)`,`${i} (STS default: AWS_REGION, profile region, or us-east-1)`),a},Gb=
(t,e)=>{let r,o;return async(n,s)=>{if(o=n,!r){let{logger:d=t?.parentClientConfig?.logger,profile:u=t?.parentClientConfig?.profile,region:m,requestHandler:f=t?.
parentClientConfig?.requestHandler,credentialProviderLogger:g,userAgentAppId:y=t?.parentClientConfig?.userAgentAppId}=t,h=await jb(m,t?.parentClientConfig?.region,
g,{logger:d,profile:u}),S=!Vb(f);r=new e({...t,userAgentAppId:y,profile:u,credentialDefaultProvider:()=>async()=>o,region:h,requestHandler:S?f:void 0,logger:d})}
let{Credentials:i,AssumedRoleUser:a}=await r.send(new sn(s));if(!i||!i.AccessKeyId||!i.SecretAccessKey)throw new Error(`Invalid response from STS.assumeRole cal\
l with role ${s.RoleArn}`);let c=Hb(a),l={accessKeyId:i.AccessKeyId,secretAccessKey:i.SecretAccessKey,sessionToken:i.SessionToken,expiration:i.Expiration,...i.CredentialScope&&
{credentialScope:i.CredentialScope},...c&&{accountId:c}};return B(l,"CREDENTIALS_STS_ASSUME_ROLE","i"),l}},zb=(t,e)=>{let r;return async o=>{if(!r){let{logger:c=t?.
parentClientConfig?.logger,profile:l=t?.parentClientConfig?.profile,region:d,requestHandler:u=t?.parentClientConfig?.requestHandler,credentialProviderLogger:m,userAgentAppId:f=t?.
parentClientConfig?.userAgentAppId}=t,g=await jb(d,t?.parentClientConfig?.region,m,{logger:c,profile:l}),y=!Vb(u);r=new e({...t,userAgentAppId:f,profile:l,region:g,
requestHandler:y?u:void 0,logger:c})}let{Credentials:n,AssumedRoleUser:s}=await r.send(new an(o));if(!n||!n.AccessKeyId||!n.SecretAccessKey)throw new Error(`Inv\
alid response from STS.assumeRoleWithWebIdentity call with role ${o.RoleArn}`);let i=Hb(s),a={accessKeyId:n.AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.
SessionToken,expiration:n.Expiration,...n.CredentialScope&&{credentialScope:n.CredentialScope},...i&&{accountId:i}};return i&&B(a,"RESOLVED_ACCOUNT_ID","T"),B(a,
"CREDENTIALS_STS_ASSUME_ROLE_WEB_ID","k"),a}},Vb=t=>t?.metadata?.handlerProtocol==="h2"});var Wb,Kb,Jb,pM,Yb=p(()=>{qb();xp();Wb=(t,e)=>e?class extends t{constructor(o){super(o);for(let n of e)this.middlewareStack.use(n)}}:t,Kb=(t={},e)=>Gb(t,Wb(wo,e)),
Jb=(t={},e)=>zb(t,Wb(wo,e)),pM=t=>e=>t({roleAssumer:Kb(e),roleAssumerWithWebIdentity:Jb(e),...e})});var Qg={};sr(Qg,{$Command:()=>cr,AssumeRole$:()=>Jg,AssumeRoleCommand:()=>sn,AssumeRoleRequest$:()=>Eb,AssumeRoleResponse$:()=>xb,AssumeRoleWithWebIdentity$:()=>Yg,
AssumeRoleWithWebIdentityCommand:()=>an,AssumeRoleWithWebIdentityRequest$:()=>Sb,AssumeRoleWithWebIdentityResponse$:()=>Rb,AssumedRoleUser$:()=>Wg,Credentials$:()=>Kg,
ExpiredTokenException:()=>wi,ExpiredTokenException$:()=>lb,IDPCommunicationErrorException:()=>Pi,IDPCommunicationErrorException$:()=>db,IDPRejectedClaimException:()=>bi,
IDPRejectedClaimException$:()=>ub,InvalidContextAssertionException:()=>Ii,InvalidContextAssertionException$:()=>mb,InvalidIdentityTokenException:()=>Ai,InvalidIdentityTokenException$:()=>fb,
MalformedPolicyDocumentException:()=>Ti,MalformedPolicyDocumentException$:()=>gb,OriginIdentity$:()=>_b,PackedPolicyTooLargeException:()=>Ci,PackedPolicyTooLargeException$:()=>hb,
PolicyDescriptorType$:()=>wb,ProvidedContext$:()=>Ib,RegionDisabledException:()=>vi,RegionDisabledException$:()=>yb,STS:()=>Tp,STSClient:()=>wo,STSServiceException:()=>at,
STSServiceException$:()=>pb,Tag$:()=>Tb,TransactionContext$:()=>Cb,TrustedIdentityPropagationContext$:()=>vb,__Client:()=>Te,decorateDefaultCredentialProvider:()=>pM,
errorTypeRegistries:()=>qg,getDefaultRoleAssumer:()=>Kb,getDefaultRoleAssumerWithWebIdentity:()=>Jb});var Zg=p(()=>{xp();Fb();Mb();T();Oi();jg();Bb();Yb();Ep()});var Qb,lM,dM,Zb,Xb,eA=p(()=>{M();$();Iv();Qb=(t,{profile:e="default",logger:r}={})=>!!t&&typeof t=="object"&&typeof t.role_arn=="string"&&["undefined","string"].
indexOf(typeof t.role_session_name)>-1&&["undefined","string"].indexOf(typeof t.external_id)>-1&&["undefined","string"].indexOf(typeof t.mfa_serial)>-1&&(lM(t,{
profile:e,logger:r})||dM(t,{profile:e,logger:r})),lM=(t,{profile:e,logger:r})=>{let o=typeof t.source_profile=="string"&&typeof t.credential_source>"u";return o&&
r?.debug?.(`    ${e} isAssumeRoleWithSourceProfile source_profile=${t.source_profile}`),o},dM=(t,{profile:e,logger:r})=>{let o=typeof t.credential_source=="stri\
ng"&&typeof t.source_profile>"u";return o&&r?.debug?.(`    ${e} isCredentialSourceProfile credential_source=${t.credential_source}`),o},Zb=async(t,e,r,o,n={},s)=>{
r.logger?.debug("@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)");let i=e[t],{source_profile:a,region:c}=i;if(!r.roleAssumer){let{getDefaultRoleAssumer:d}=await Promise.resolve().then(()=>(Zg(),Qg));
r.roleAssumer=d({...r.clientConfig,credentialProviderLogger:r.logger,parentClientConfig:{...o,...r?.parentClientConfig,region:c??r?.parentClientConfig?.region??
o?.region}},r.clientPlugins)}if(a&&a in n)throw new R(`Detected a cycle attempting to resolve credentials for profile ${Ze(r)}. Profiles visited: `+Object.keys(
n).join(", "),{logger:r.logger});r.logger?.debug(`@aws-sdk/credential-provider-ini - finding credential resolver using ${a?`source_profile=[${a}]`:`profile=[${t}\
]`}`);let l=a?s(a,e,r,o,{...n,[a]:!0},Xb(e[a]??{})):(await wv(i.credential_source,t,r.logger)(r))();if(Xb(i))return l.then(d=>B(d,"CREDENTIALS_PROFILE_SOURCE_PR\
OFILE","o"));{let d={RoleArn:i.role_arn,RoleSessionName:i.role_session_name||`aws-sdk-js-${Date.now()}`,ExternalId:i.external_id,DurationSeconds:parseInt(i.duration_seconds||
"3600",10)},{mfa_serial:u}=i;if(u){if(!r.mfaCodeProvider)throw new R(`Profile ${t} requires multi-factor authentication, but no MFA code callback was provided.`,
{logger:r.logger,tryNextLink:!1});d.SerialNumber=u,d.TokenCode=await r.mfaCodeProvider(u)}let m=await l;return r.roleAssumer(m,d).then(f=>B(f,"CREDENTIALS_PROFI\
LE_SOURCE_PROFILE","o"))}},Xb=t=>!t.role_arn&&!!t.credential_source});function uM(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"signin",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function mM(t){return{schemeId:"smithy.api#noAuth"}}var tA,rA,oA,eh=p(()=>{Ie();T();tA=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});rA=t=>{let e=[];return t.operation==="CreateOAuth2Token"?e.push(mM(t)):e.push(uM(
t)),e},oA=t=>{let e=ur(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??[])})}});var nA,sA,th=p(()=>{nA=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"signin"}),sA=
{UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var Co,Io,iA,Kn,aA,Jn,cA,oh,Jr,rh,pA,lA,To,fA,dA,Cp,qe,uA,mA,fM,H,gM,gA,hA=p(()=>{W();Co="ref",Io=-1,iA=!1,Kn=!0,aA="isSet",Jn="booleanEquals",cA="coalesce",oh=
"PartitionResult",Jr="stringEquals",rh="getAttr",pA="https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}",lA={[Co]:"Endpoint"},To={fn:rh,argv:[{[Co]:oh},
"name"]},fA={[Co]:"Region"},dA={[Co]:oh},Cp={authSchemes:[{name:"sigv4",signingName:"signin",signingRegion:"{Region}"}]},qe={},uA=[fA],mA={conditions:[[aA,uA],[
Jn,[{fn:cA,argv:[{[Co]:"IsControlPlane"},iA]},Kn]],[aA,[lA]],["aws.partition",uA,oh],[Jn,[{[Co]:"UseFIPS"},Kn]],[Jr,[To,"aws"]],[Jn,[{fn:cA,argv:[{[Co]:"IsOAuth\
Endpoint"},iA]},Kn]],[Jn,[{[Co]:"UseDualStack"},Kn]],[Jr,[To,"aws-cn"]],[Jr,[fA,"us-gov-west-1"]],[Jr,[To,"aws-us-gov"]],[Jn,[{fn:rh,argv:[dA,"supportsFIPS"]},Kn]],
[Jr,[To,"aws-iso"]],[Jr,[To,"aws-iso-b"]],[Jr,[To,"aws-iso-f"]],[Jr,[To,"aws-iso-e"]],[Jr,[To,"aws-eusc"]],[Jn,[{fn:rh,argv:[dA,"supportsDualStack"]},Kn]]],results:[
[Io],["https://signin.{Region}.api.aws",Cp],["https://signin.{Region}.api.amazonwebservices.com.cn",Cp],[pA,Cp],[Io,"FIPS endpoints are not supported for OAuth \
operations. Disable FIPS or use a non-OAuth operation."],["https://{Region}.oauth.signin.aws",Cp],["https://{Region}.signin.aws.amazon.com",qe],["https://{Regio\
n}.signin.amazonaws.cn",qe],["https://{Region}.signin.amazonaws-us-gov.com",qe],["https://{Region}.signin.c2shome.ic.gov",qe],["https://{Region}.signin.sc2shome\
.sgov.gov",qe],["https://{Region}.signin.csphome.hci.ic.gov",qe],["https://{Region}.signin.csphome.adc-e.uk",qe],["https://{Region}.signin.amazonaws-eusc.eu",qe],
["https://signin-fips.amazonaws-us-gov.com",qe],["https://{Region}.signin-fips.amazonaws-us-gov.com",qe],["https://{Region}.signin.{PartitionResult#dnsSuffix}",
qe],[Io,"Invalid Configuration: FIPS and custom endpoint are not supported"],[Io,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[lA,qe],
["https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",qe],[Io,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://signin-fips.{Region}.{PartitionResult#dnsSuffix}",qe],[Io,"FIPS is enabled but this partition does not support FIPS"],[pA,qe],[Io,"DualStack is enable\
d but this partition does not support DualStack"],["https://signin.{Region}.{PartitionResult#dnsSuffix}",qe],[Io,"Invalid Configuration: Missing Region"]]},fM=2,
H=1e8,gM=new Int32Array([-1,1,-1,0,6,3,2,36,4,4,5,H+27,6,H+4,H+27,1,29,7,2,36,8,3,9,31,4,22,10,5,19,11,7,21,12,8,H+7,13,10,H+8,14,12,H+9,15,13,H+10,16,14,H+11,17,
15,H+12,18,16,H+13,H+16,6,H+5,20,7,21,H+6,17,H+24,H+25,6,H+4,23,7,27,24,9,H+14,25,10,H+15,26,11,H+22,H+23,11,28,H+21,17,H+20,H+21,2,35,30,3,39,31,4,32,H+27,6,H+
4,33,7,H+27,34,9,H+14,H+27,3,39,36,4,38,37,7,H+18,H+19,6,H+4,H+17,5,H+1,40,8,H+2,H+3]),gA=rt.from(gM,fM,mA.conditions,mA.results)});var hM,yA,EA=p(()=>{M();W();hA();hM=new ot({size:50,params:["Endpoint","IsControlPlane","IsOAuthEndpoint","Region","UseDualStack","UseFIPS"]}),yA=(t,e={})=>hM.get(
t,()=>Bt(gA,{endpointParams:t,logger:e.logger}));Pe.aws=mt});var Tr,vp=p(()=>{T();Tr=class t extends et{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Ni,Di,ki,$i,nh=p(()=>{vp();Ni=class t extends Tr{static shapeId="com.amazonaws.signin#AccessDeniedException";name="AccessDeniedException";$fault="client";error;constructor(e){
super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},Di=class t extends Tr{static shapeId="co\
m.amazonaws.signin#InternalServerException";name="InternalServerException";$fault="server";error;constructor(e){super({name:"InternalServerException",$fault:"se\
rver",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},ki=class t extends Tr{static shapeId="com.amazonaws.signin#TooManyRequestsError";name="\
TooManyRequestsError";$fault="client";error;constructor(e){super({name:"TooManyRequestsError",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.
error=e.error}},$i=class t extends Tr{static shapeId="com.amazonaws.signin#ValidationException";name="ValidationException";$fault="client";error;constructor(e){
super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}}});var yM,EM,xM,SM,RM,_M,wM,IM,TM,CM,vM,bM,AM,PM,OM,xA,sh,NM,ph,SA,RA,DM,vo,ih,kM,ah,$M,CA,lh,_A,Le,Ap,LM,bp,wA,vA,IA,TA,UM,FM,MM,ch,BM,We,bA,AA,Li,PA,OA,NA,DA,dh,
HM,kA,$A,LA,UA,FA,MA,BA,HA,uh,mh,Ui=p(()=>{X();nh();vp();yM="AccessDeniedException",EM="AccessToken",xM="CreateOAuth2Token",SM="CreateOAuth2TokenRequest",RM="Cr\
eateOAuth2TokenRequestBody",_M="CreateOAuth2TokenResponseBody",wM="CreateOAuth2TokenResponse",IM="CreateOAuth2TokenWithIAM",TM="CreateOAuth2TokenWithIAMRequest",
CM="CreateOAuth2TokenWithIAMResponse",vM="InternalServerException",bM="OAuthAccessToken",AM="RefreshToken",PM="TooManyRequestsError",OM="ValidationException",xA=
"accessKeyId",sh="accessToken",NM="access_token",ph="client",SA="clientId",RA="codeVerifier",DM="code",vo="error",ih="expiresIn",kM="expires_in",ah="grantType",
$M="grant_type",CA="http",lh="httpError",_A="idToken",Le="jsonName",Ap="message",LM="resource",bp="refreshToken",wA="redirectUri",vA="smithy.ts.sdk.synthetic.co\
m.amazonaws.signin",IA="secretAccessKey",TA="sessionToken",UM="server",FM="tokenInput",MM="tokenOutput",ch="tokenType",BM="token_type",We="com.amazonaws.signin",
bA=new Q(vA),AA=[-3,vA,"SigninServiceException",0,[],[]];bA.registerError(AA,Tr);Li=new Q(We),PA=[-3,We,yM,{[vo]:ph},[vo,Ap],[0,0],2];Li.registerError(PA,Ni);OA=
[-3,We,vM,{[vo]:UM,[lh]:500},[vo,Ap],[0,0],2];Li.registerError(OA,Di);NA=[-3,We,PM,{[vo]:ph,[lh]:429},[vo,Ap],[0,0],2];Li.registerError(NA,ki);DA=[-3,We,OM,{[vo]:ph,
[lh]:400},[vo,Ap],[0,0],2];Li.registerError(DA,$i);dh=[bA,Li],HM=[0,We,bM,8,0],kA=[0,We,AM,8,0],$A=[3,We,EM,8,[xA,IA,TA],[[0,{[Le]:xA}],[0,{[Le]:IA}],[0,{[Le]:TA}]],
3],LA=[3,We,SM,0,[FM],[[()=>UA,16]],1],UA=[3,We,RM,0,[SA,ah,DM,wA,RA,bp],[[0,{[Le]:SA}],[0,{[Le]:ah}],0,[0,{[Le]:wA}],[0,{[Le]:RA}],[()=>kA,{[Le]:bp}]],2],FA=[3,
We,wM,0,[MM],[[()=>MA,16]],1],MA=[3,We,_M,0,[sh,ch,ih,bp,_A],[[()=>$A,{[Le]:sh}],[0,{[Le]:ch}],[1,{[Le]:ih}],[()=>kA,{[Le]:bp}],[0,{[Le]:_A}]],4],BA=[3,We,TM,0,
[ah,LM],[[0,{[Le]:$M}],0],2],HA=[3,We,CM,0,[sh,ch,ih],[[()=>HM,{[Le]:NM}],[0,{[Le]:BM}],[1,{[Le]:kM}]],3],uh=[9,We,xM,{[CA]:["POST","/v1/token",200]},()=>LA,()=>FA],
mh=[9,We,IM,{[CA]:["POST","/v1/token?x-amz-client-auth-method=iam",200]},()=>BA,()=>HA]});var jA,GA=p(()=>{Ie();Zo();st();en();T();F();k();eh();EA();Ui();jA=t=>({apiVersion:"2023-01-01",base64Decoder:t?.base64Decoder??Re,base64Encoder:t?.base64Encoder??
me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??yA,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
rA,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new nt}],logger:t?.logger??new we,protocol:t?.protocol??qr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.signin",errorTypeRegistries:dh,version:"2023-01-01",serviceTarget:"Signin"},serviceId:t?.serviceId??"Signin",
sha256:t?.sha256??gt,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??ie,utf8Encoder:t?.utf8Encoder??Z})});var zA,VA=p(()=>{ei();M();Ie();T();$();ut();k();fo();GA();zA=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Dt),o=jA(t);Tt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ft,n),bodyLengthChecker:t?.bodyLengthChecker??
Ct,defaultSocketTimeout:Er(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:go.version}),maxAttempts:t?.
maxAttempts??_(Yt,t),region:t?.region??_(Ae,{...tt,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Qt,default:async()=>(await r()).
retryMode||it},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Ot,n),userAgentAppId:t?.
userAgentAppId??_(tr,n)}}});var qA,WA,KA=p(()=>{qA=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},WA=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var JA,YA=p(()=>{M();T();F();KA();JA=(t,e)=>{let r=Object.assign(rr(t),$t(t),Ht(t),qA(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),jt(r),
WA(r))}});var Fi,fh=p(()=>{M();st();T();$();W();F();ut();X();eh();th();VA();YA();Fi=class extends Te{config;constructor(...[e]){let r=zA(e||{});super(r),this.initConfig=r;
let o=nA(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=pr(a),l=oA(c),d=JA(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(
Zt(this.config)),this.middlewareStack.use(dr(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:tA,identityProviderConfigProvider:async u=>new Ve(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}}});var Pp,XA,QA,Op,gh=p(()=>{T();W();th();Pp=Ut(sA,"Signin","SigninClient",lr),XA={IsControlPlane:{type:"staticContextParams",value:!1}},QA={IsOAuthEndpoint:{type:"\
staticContextParams",value:!0}},Op=(t,e,r,o)=>[]});var Mi,hh=p(()=>{gh();Ui();Mi=class extends Pp(XA,Op,"CreateOAuth2Token",uh){}});var Bi,yh=p(()=>{gh();Ui();Bi=class extends Pp(QA,Op,"CreateOAuth2TokenWithIAM",mh){}});var jM,Np,ZA=p(()=>{T();hh();yh();fh();jM={CreateOAuth2TokenCommand:Mi,CreateOAuth2TokenWithIAMCommand:Bi},Np=class extends Fi{};Gr(jM,Np)});var eP=p(()=>{hh();yh()});var GM,tP=p(()=>{GM={AUTHCODE_EXPIRED:"AUTHCODE_EXPIRED",CONFLICT:"CONFLICT",INSUFFICIENT_PERMISSIONS:"INSUFFICIENT_PERMISSIONS",INVALID_REQUEST:"INVALID_REQUES\
T",OAUTH_INVALID_CLIENT:"invalid_client",OAUTH_INVALID_GRANT:"invalid_grant",OAUTH_INVALID_REQUEST:"invalid_request",OAUTH_INVALID_SCOPE:"invalid_scope",OAUTH_INVALID_TARGET:"\
invalid_target",OAUTH_RATE_EXCEEDED:"rate_exceeded",OAUTH_SERVICE_UNAVAILABLE:"service_unavailable",OAUTH_UNSUPPORTED_GRANT_TYPE:"unsupported_grant_type",RESOURCE_NOT_FOUND:"\
RESOURCE_NOT_FOUND",SERVER_ERROR:"server_error",SERVICE_QUOTA_EXCEEDED:"SERVICE_QUOTA_EXCEEDED",TOKEN_EXPIRED:"TOKEN_EXPIRED",USER_CREDENTIALS_CHANGED:"USER_CRE\
DENTIALS_CHANGED"}});var rP=p(()=>{});var oP={};sr(oP,{$Command:()=>cr,AccessDeniedException:()=>Ni,AccessDeniedException$:()=>PA,AccessToken$:()=>$A,CreateOAuth2Token$:()=>uh,CreateOAuth2TokenCommand:()=>Mi,
CreateOAuth2TokenRequest$:()=>LA,CreateOAuth2TokenRequestBody$:()=>UA,CreateOAuth2TokenResponse$:()=>FA,CreateOAuth2TokenResponseBody$:()=>MA,CreateOAuth2TokenWithIAM$:()=>mh,
CreateOAuth2TokenWithIAMCommand:()=>Bi,CreateOAuth2TokenWithIAMRequest$:()=>BA,CreateOAuth2TokenWithIAMResponse$:()=>HA,InternalServerException:()=>Di,InternalServerException$:()=>OA,
OAuth2ErrorCode:()=>GM,Signin:()=>Np,SigninClient:()=>Fi,SigninServiceException:()=>Tr,SigninServiceException$:()=>AA,TooManyRequestsError:()=>ki,TooManyRequestsError$:()=>NA,
ValidationException:()=>$i,ValidationException$:()=>DA,__Client:()=>Te,errorTypeRegistries:()=>dh});var nP=p(()=>{fh();ZA();eP();T();Ui();tP();nh();rP();vp()});var bo,Dp,sP,Hi,kp,iP=p(()=>{$();F();bo=require("node:crypto"),Dp=require("node:fs"),sP=require("node:os"),Hi=require("node:path"),kp=class t{profileData;init;callerClientConfig;static REFRESH_THRESHOLD=300*
1e3;constructor(e,r,o){this.profileData=e,this.init=r,this.callerClientConfig=o}async loadCredentials(){let e=await this.loadToken();if(!e)throw new R(`Failed t\
o load a token for session ${this.loginSession}, please re-authenticate using aws login`,{tryNextLink:!1,logger:this.logger});let r=e.accessToken,o=Date.now();return new Date(
r.expiresAt).getTime()-o<=t.REFRESH_THRESHOLD?this.refresh(e):this.toCredentials(e.accessToken)}get logger(){return this.init?.logger}get loginSession(){return this.
profileData.login_session}toCredentials(e){return{accessKeyId:e.accessKeyId,secretAccessKey:e.secretAccessKey,sessionToken:e.sessionToken,accountId:e.accountId,
expiration:new Date(e.expiresAt)}}async refresh(e){let r=await this.loadToken().catch(()=>e),o=Date.now(),n=new Date(r.accessToken.expiresAt).getTime(),s=new Date(
e.accessToken.expiresAt).getTime(),i=n<=o&&s>o?e:r;if(new Date(i.accessToken.expiresAt).getTime()-Date.now()>t.REFRESH_THRESHOLD)return this.toCredentials(i.accessToken);
let{SigninClient:c,CreateOAuth2TokenCommand:l}=await Promise.resolve().then(()=>(nP(),oP)),{logger:d,userAgentAppId:u}=this.callerClientConfig??{},f=(x=>x?.metadata?.
handlerProtocol==="h2")(this.callerClientConfig?.requestHandler)?void 0:this.callerClientConfig?.requestHandler,g=typeof i.signInRegion=="string"&&i.signInRegion.
length>0?i.signInRegion:void 0,y=g??this.profileData.region??await this.callerClientConfig?.region?.()??process.env.AWS_REGION,h=new c({credentials:{accessKeyId:"",
secretAccessKey:""},region:y,requestHandler:f,logger:d,userAgentAppId:u,...this.init?.clientConfig,...g&&{region:g}});this.createDPoPInterceptor(h.middlewareStack);
let S={tokenInput:{clientId:i.clientId,refreshToken:i.refreshToken,grantType:"refresh_token"}};try{let x=await h.send(new l(S)),{accessKeyId:v,secretAccessKey:A,
sessionToken:L}=x.tokenOutput?.accessToken??{},{refreshToken:Y,expiresIn:ve}=x.tokenOutput??{};if(!v||!A||!L||!Y)throw new R("Token refresh response missing req\
uired fields",{logger:this.logger,tryNextLink:!1});let nr=(ve??900)*1e3,vr=new Date(Date.now()+nr),pe={...i,accessToken:{...i.accessToken,accessKeyId:v,secretAccessKey:A,
sessionToken:L,expiresAt:vr.toISOString()},refreshToken:Y};return await this.saveToken(pe),this.toCredentials(pe.accessToken)}catch(x){if(x.name==="AccessDenied\
Exception"){let A=x.error,L;switch(A){case"TOKEN_EXPIRED":L="Your session has expired. Please reauthenticate.";break;case"USER_CREDENTIALS_CHANGED":L="Unable to\
 refresh credentials because of a change in your password. Please reauthenticate with your new password.";break;case"INSUFFICIENT_PERMISSIONS":L="Unable to refr\
esh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.";break;default:L=`Failed to refresh token: ${String(
x)}. Please re-authenticate using \`aws login\``}throw new R(L,{logger:this.logger,tryNextLink:!1})}if(new Date(i.accessToken.expiresAt).getTime()>Date.now())return this.
logger?.warn?.(`Failed to refresh token: ${String(x)}. Using existing token until expiry.`),this.toCredentials(i.accessToken);throw new R(`Failed to refresh tok\
en: ${String(x)}. Please re-authenticate using aws login`,{logger:this.logger})}}async loadToken(){let e=this.getTokenFilePath();try{let r=await Dp.promises.readFile(
e,"utf8"),o=JSON.parse(r),n=["accessToken","clientId","refreshToken","dpopKey"].filter(s=>!o[s]);if(o.accessToken?.accountId||n.push("accountId"),n.length>0)throw new R(
`Token validation failed, missing fields: ${n.join(", ")}`,{logger:this.logger,tryNextLink:!1});return o}catch(r){throw new R(`Failed to load token from ${e}: ${String(
r)}`,{logger:this.logger,tryNextLink:!1})}}async saveToken(e){let r=this.getTokenFilePath(),o=(0,Hi.dirname)(r);try{await Dp.promises.mkdir(o,{recursive:!0})}catch{}
await Dp.promises.writeFile(r,JSON.stringify(e,null,2),"utf8")}getTokenFilePath(){let e=process.env.AWS_LOGIN_CACHE_DIRECTORY??(0,Hi.join)((0,sP.homedir)(),".aw\
s","login","cache"),r=Buffer.from(this.loginSession,"utf8"),o=(0,bo.createHash)("sha256").update(r).digest("hex");return(0,Hi.join)(e,`${o}.json`)}derToRawSignature(e){
let r=2;if(e[r]!==2)throw new Error("Invalid DER signature");r++;let o=e[r++],n=e.subarray(r,r+o);if(r+=o,e[r]!==2)throw new Error("Invalid DER signature");r++;
let s=e[r++],i=e.subarray(r,r+s);n=n[0]===0?n.subarray(1):n,i=i[0]===0?i.subarray(1):i;let a=Buffer.concat([Buffer.alloc(32-n.length),n]),c=Buffer.concat([Buffer.
alloc(32-i.length),i]);return Buffer.concat([a,c])}createDPoPInterceptor(e){e.add(r=>async o=>{if(j.isInstance(o.request)){let n=o.request,s=`${n.protocol}//${n.
hostname}${n.port?`:${n.port}`:""}${n.path}`,i=await this.generateDpop(n.method,s);n.headers={...n.headers,DPoP:i}}return r(o)},{step:"finalizeRequest",name:"dp\
opInterceptor",override:!0})}async generateDpop(e="POST",r){let o=await this.loadToken();try{let n=(0,bo.createPrivateKey)({key:o.dpopKey,format:"pem",type:"sec\
1"}),i=(0,bo.createPublicKey)(n).export({format:"der",type:"spki"}),a=-1;for(let x=0;x<i.length;x++)if(i[x]===4){a=x;break}let c=i.slice(a+1,a+33),l=i.slice(a+33,
a+65),d={alg:"ES256",typ:"dpop+jwt",jwk:{kty:"EC",crv:"P-256",x:c.toString("base64url"),y:l.toString("base64url")}},u={jti:crypto.randomUUID(),htm:e,htu:r,iat:Math.
floor(Date.now()/1e3)},m=Buffer.from(JSON.stringify(d)).toString("base64url"),f=Buffer.from(JSON.stringify(u)).toString("base64url"),g=`${m}.${f}`,y=(0,bo.sign)(
"sha256",Buffer.from(g),n),S=this.derToRawSignature(y).toString("base64url");return`${g}.${S}`}catch(n){throw new R(`Failed to generate Dpop proof: ${n instanceof
Error?n.message:String(n)}`,{logger:this.logger,tryNextLink:!1})}}}});var aP,cP=p(()=>{M();$();iP();aP=t=>async({callerClientConfig:e}={})=>{t?.logger?.debug?.("@aws-sdk/credential-providers - fromLoginCredentials");let r=await Sr(
t||{}),o=Ze({profile:t?.profile??e?.profile}),n=r[o];if(!n?.login_session)throw new R(`Profile ${o} does not contain login_session.`,{tryNextLink:!0,logger:t?.logger});
let i=await new kp(n,t,e).loadCredentials();return B(i,"CREDENTIALS_LOGIN","AD")}});var pP={};sr(pP,{fromLoginCredentials:()=>aP});var lP=p(()=>{cP()});var dP,uP,mP=p(()=>{M();dP=t=>!!(t&&t.login_session),uP=async(t,e,r)=>{let{fromLoginCredentials:o}=await Promise.resolve().then(()=>(lP(),pP)),n=await o({...e,profile:t})(
{callerClientConfig:r});return B(n,"CREDENTIALS_PROFILE_LOGIN","AC")}});var fP,gP=p(()=>{M();fP=(t,e,r)=>{if(e.Version!==1)throw Error(`Profile ${t} credential_process did not return Version 1.`);if(e.AccessKeyId===void 0||e.SecretAccessKey===
void 0)throw Error(`Profile ${t} credential_process returned invalid credentials.`);if(e.Expiration){let s=new Date;if(new Date(e.Expiration)<s)throw Error(`Pro\
file ${t} credential_process returned expired credentials.`)}let o=e.AccountId;!o&&r?.[t]?.aws_account_id&&(o=r[t].aws_account_id);let n={accessKeyId:e.AccessKeyId,
secretAccessKey:e.SecretAccessKey,...e.SessionToken&&{sessionToken:e.SessionToken},...e.Expiration&&{expiration:new Date(e.Expiration)},...e.CredentialScope&&{credentialScope:e.
CredentialScope},...o&&{accountId:o}};return B(n,"CREDENTIALS_PROCESS","w"),n}});var hP,yP,EP,xP=p(()=>{$();hP=require("node:child_process"),yP=require("node:util");gP();EP=async(t,e,r)=>{let o=e[t];if(e[t]){let n=o.credential_process;if(n!==
void 0){let s=(0,yP.promisify)(As?.getTokenRecord?.().exec??hP.exec);try{let{stdout:i}=await s(n),a;try{a=JSON.parse(i.trim())}catch{throw Error(`Profile ${t} c\
redential_process returned invalid JSON.`)}return fP(t,a,e)}catch(i){throw new R(i.message,{logger:r})}}else throw new R(`Profile ${t} did not contain credentia\
l_process.`,{logger:r})}else throw new R(`Profile ${t} could not be found in shared credentials file.`,{logger:r})}});var SP,RP=p(()=>{$();xP();SP=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");let r=await Sr(t);
return EP(Ze({profile:t.profile??e?.profile}),r,t.logger)}});var Eh={};sr(Eh,{fromProcess:()=>SP});var xh=p(()=>{RP()});var _P,wP,IP=p(()=>{M();_P=t=>!!t&&typeof t=="object"&&typeof t.credential_process=="string",wP=async(t,e)=>{let{fromProcess:r}=await Promise.resolve().then(()=>(xh(),Eh)),
o=await r({...t,profile:e})();return B(o,"CREDENTIALS_PROFILE_PROCESS","v")}});var TP,CP,vP=p(()=>{M();TP=async(t,e,r={},o)=>{let{fromSSO:n}=await Promise.resolve().then(()=>(Ng(),Og));return n({profile:t,logger:r.logger,parentClientConfig:r.
parentClientConfig,clientConfig:r.clientConfig})({callerClientConfig:o}).then(s=>e.sso_session?B(s,"CREDENTIALS_PROFILE_SSO","r"):B(s,"CREDENTIALS_PROFILE_SSO_L\
EGACY","t"))},CP=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var Sh,Rh,bP=p(()=>{M();Sh=t=>!!t&&typeof t=="object"&&typeof t.aws_access_key_id=="string"&&typeof t.aws_secret_access_key=="string"&&["undefined","string"].indexOf(
typeof t.aws_session_token)>-1&&["undefined","string"].indexOf(typeof t.aws_account_id)>-1,Rh=async(t,e)=>{e?.logger?.debug("@aws-sdk/credential-provider-ini - \
resolveStaticCredentials");let r={accessKeyId:t.aws_access_key_id,secretAccessKey:t.aws_secret_access_key,sessionToken:t.aws_session_token,...t.aws_credential_scope&&
{credentialScope:t.aws_credential_scope},...t.aws_account_id&&{accountId:t.aws_account_id}};return B(r,"CREDENTIALS_PROFILE","n")}});var Yn,_h=p(()=>{Yn=t=>async e=>{t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");let{roleArn:r,roleSessionName:o,webIdentityToken:n,
providerId:s,policyArns:i,policy:a,durationSeconds:c}=t,{roleAssumerWithWebIdentity:l}=t;if(!l){let{getDefaultRoleAssumerWithWebIdentity:d}=await Promise.resolve().then(()=>(Zg(),Qg));
l=d({...t.clientConfig,credentialProviderLogger:t.logger,parentClientConfig:{...e?.callerClientConfig,...t.parentClientConfig}},t.clientPlugins)}return l({RoleArn:r,
RoleSessionName:o??`aws-sdk-js-session-${Date.now()}`,WebIdentityToken:n,ProviderId:s,PolicyArns:i,Policy:a,DurationSeconds:c})}});var PP,AP,zM,VM,OP,NP=p(()=>{M();$();PP=require("node:fs");_h();AP="AWS_WEB_IDENTITY_TOKEN_FILE",zM="AWS_ROLE_ARN",VM="AWS_ROLE_SESSION_NAME",OP=(t={})=>async e=>{
t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile");let r=t?.webIdentityTokenFile??process.env[AP],o=t?.roleArn??process.env[zM],n=t?.roleSessionName??
process.env[VM];if(!r||!o)throw new R("Web identity configuration not specified",{logger:t.logger});let s=await Yn({...t,webIdentityToken:As?.getTokenRecord?.()[r]??
(0,PP.readFileSync)(r,{encoding:"ascii"}),roleArn:o,roleSessionName:n})(e);return r===process.env[AP]&&B(s,"CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN","h"),s}});var wh={};sr(wh,{fromTokenFile:()=>OP,fromWebToken:()=>Yn});var $p=p(()=>{NP();_h()});var DP,kP,$P=p(()=>{M();DP=t=>!!t&&typeof t=="object"&&typeof t.web_identity_token_file=="string"&&typeof t.role_arn=="string"&&["undefined","string"].indexOf(typeof t.
role_session_name)>-1,kP=async(t,e,r)=>{let{fromTokenFile:o}=await Promise.resolve().then(()=>($p(),wh)),n=await o({webIdentityTokenFile:t.web_identity_token_file,
roleArn:t.role_arn,roleSessionName:t.role_session_name,roleAssumerWithWebIdentity:e.roleAssumerWithWebIdentity,logger:e.logger,parentClientConfig:e.parentClientConfig})(
{callerClientConfig:r});return B(n,"CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN","q")}});var Ih,LP=p(()=>{$();eA();mP();IP();vP();bP();$P();Ih=async(t,e,r,o,n={},s=!1)=>{let i=e[t];if(Object.keys(n).length>0&&Sh(i))return Rh(i,r);if(s||Qb(i,{profile:t,
logger:r.logger}))return Zb(t,e,r,o,n,Ih);if(Sh(i))return Rh(i,r);if(DP(i))return kP(i,r,o);if(_P(i))return wP(r,t);if(CP(i))return await TP(t,i,r,o);if(dP(i))return uP(
t,r,o);throw new R(`Could not resolve credentials using profile: [${t}] in configuration/credentials file(s).`,{logger:r.logger})}});var UP,FP=p(()=>{$();LP();UP=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");let r=await Sr(t);return Ih(
Ze({profile:t.profile??e?.profile}),r,t,e)}});var MP={};sr(MP,{fromIni:()=>UP});var BP=p(()=>{FP()});var mD=require("node:fs");var w=class extends Error{constructor(r,o,n){super(`${r}: ${us(o)} ${n}`);this.option=r;this.rule=n;this.name="InputError"}option;rule;exitCode=2},wt=class extends Error{constructor(r,o,n){
super(r,n);this.hint=o;this.name="DeliveryError"}hint;exitCode=1},Se=class extends wt{constructor(e,r){super(e,r),this.name="PrerequisiteError"}},hr=class extends wt{constructor(e,r,o){
super(e,r,o),this.name="CredentialsError"}},le=class extends wt{constructor(e,r,o){super(e,r,o),this.name="RegistryError"}},Xr=class extends wt{constructor(e,r){
super(`gave up after ${e} s (timeout-seconds)${r.length?`, still waiting for ${r.join(", ")}`:""}`,"check that the runner can reach AWS and the registry (proxy,\
 firewall, VPC endpoints, AWS_ENDPOINT_URL_*); raise timeout-seconds if the build or push legitimately takes longer"),this.name="DeadlineError"}},ds=class extends wt{constructor(e,r){
super(e,r),this.name="ScanGateError"}},yr=class extends wt{constructor(e){super(e,"check HTTPS_PROXY / HTTP_PROXY (host, port, and the user:password in the URL \
if the proxy wants one), or list the host in NO_PROXY to reach it directly"),this.name="ProxyError"}},oa=class extends wt{exitCode;constructor(e,r){super(`cance\
lled by ${e}${r.length?` while running ${r.join(", ")}`:""}`),this.name="CancelledError",this.exitCode=128+(e==="SIGINT"?2:15)}},It=class extends wt{constructor(e,r){
super(e,r),this.name="DockerError"}},KD=/[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;function us(t,e=80){let r=Array.
from(t.slice(0,e*2)),o=r.length>e||t.length>e*2?`${r.slice(0,e).join("")}\u2026`:t;return JSON.stringify(o).replace(KD,n=>`\\u${n.charCodeAt(0).toString(16).padStart(
4,"0")}`)}function mn(t){return t instanceof w?{message:t.message,exitCode:2}:t instanceof wt?{message:t.message,hint:t.hint,exitCode:t.exitCode}:{message:t instanceof
Error?`${t.name}: ${t.message}`:String(t),exitCode:1}}var dy=t=>`ECR_DELIVER_${t.toUpperCase().replace(/-/g,"_")}`,uy=t=>`ECR_DELIVERED_${t.toUpperCase().replace(/-/g,"_")}`;var Fr=[{name:"registry",description:"Registry host, as ECR returns it, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com`."},{name:"repository-uri",description:"\
Repository URI, `<registry>/<repository>`."},{name:"image",description:"Image reference with the commit SHA tag, `<repository-uri>:<sha>`."},{name:"digest",description:"\
Digest (`sha256:\u2026`) of the pushed manifest."},{name:"image-ref",description:"Image reference pinned by digest, `<repository-uri>@<digest>`."},{name:"tags",
type:"list",description:"Tags applied, comma-separated, the SHA first."},{name:"pushed",type:"boolean",description:"`true`, or `false` when nothing was uploaded\
 (skip-existing hit, immutable SHA already there, or push: false)."},{name:"scan-findings",description:'With `scan-wait`: counts by severity as JSON, e.g. `{"CR\
ITICAL":0,"HIGH":2}`; empty without a scan.'}];function No(t,e){let r=t[e];return Array.isArray(r)?r.join(","):String(r)}function my(t){return Object.fromEntries(
Fr.map(({name:e})=>[e,No(t,e)]))}var By=require("node:child_process"),Hy=require("node:fs");var wy=require("node:fs");var gy=require("node:crypto");var fy=128,JD=/^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/,
YD=/^refs\/(?:tags\/(.+)|heads\/(.+)|pull\/(\d{1,9})\/(?:merge|head))$/;function Qd(t){let e=YD.exec(t);if(e)return e[1]!==void 0?{tag:e[1]}:e[2]!==void 0?{branch:e[2]}:
{pullRequest:Number(e[3])}}function hy(t,e={}){let r=e.pull_request?.number;if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")&&Number.isInteger(r))return{
pullRequest:r};let o=t.GITHUB_REF?Qd(t.GITHUB_REF):void 0;return o||(t.GITHUB_REF_TYPE==="tag"&&t.GITHUB_REF_NAME?{tag:t.GITHUB_REF_NAME}:t.GITHUB_REF_TYPE==="b\
ranch"&&t.GITHUB_REF_NAME?{branch:t.GITHUB_REF_NAME}:{})}function yy(t){if(t.CIRCLE_TAG)return{tag:t.CIRCLE_TAG};if(t.CIRCLE_PR_NUMBER&&/^\d{1,9}$/.test(t.CIRCLE_PR_NUMBER))
return{pullRequest:Number(t.CIRCLE_PR_NUMBER)};let e=/\/pull\/(\d{1,9})\/?$/.exec(t.CIRCLE_PULL_REQUEST??"")?.[1];return{...t.CIRCLE_BRANCH?{branch:t.CIRCLE_BRANCH}:
{},...e?{pullRequest:Number(e)}:{}}}function XD(t){let e=JD.exec(t);if(!e)return;let[,r,o,n,s,i]=e,a=t.replace(/^v/,"");if(s!==void 0||i!==void 0)return{tags:[a.
replace("+","_")],version:a};let c=[`${r}.${o}.${n}`,`${r}.${o}`];return r!=="0"&&c.push(r),{tags:c,version:a}}function Ey(t){let e=t.toLowerCase().replace(/[^a-z0-9_.-]+/g,
"-").replace(/^[.-]+/,"").replace(/-+$/,""),r=(0,gy.createHash)("sha256").update(t).digest("hex").slice(0,7);return e?e.length<=fy?e:`${e.slice(0,fy-r.length-1).
replace(/[.-]+$/,"")}-${r}`:`branch-${r}`}function xy(t,e){let r=[],o;if(e.semverTags&&t.tag!==void 0){let n=XD(t.tag);n&&(r.push(...n.tags),o=n.version)}return e.
branchTag&&(t.branch!==void 0&&r.push(Ey(t.branch)),t.pullRequest!==void 0&&r.push(`pr-${t.pullRequest}`)),{tags:[...new Set(r)],version:o}}function Sy(t,e){let r=t.
length||e.tags.length?[...t]:["latest"];for(let o of e.tags)o.includes(".")&&e.version!==void 0?r.push("*.*"):/^pr-\d+$/.test(o)?r.push("pr-*"):r.push(o);return[
...new Set(r)]}var Zd=5;function Ry(t,e,r){for(let o of t.tags){let n=r(o);if(!n)continue;let s=o===`pr-${e.pullRequest}`||e.branch!==void 0&&o===Ey(e.branch)?"\
branch-tag":"semver-tags";throw new w(s,o,`${n} (derived from the git ref)`)}}var fn=require("node:fs");var re=(t,e)=>r=>t.test(r)?void 0:e;function gn(t,e,r){if(r)throw new w(t,e,r)}var se=(t,e=r=>r)=>({type:"string",parse:(r,o)=>{let n=e(r);return t&&gn(o,n,t(n)),
n}}),pt={type:"boolean",parse:(t,e)=>{if(/^(true|1)$/i.test(t))return!0;if(/^(false|0)$/i.test(t))return!1;throw new w(e,t,"is not a boolean: use true or false")}},
na=(t,e)=>({type:"integer",parse:(r,o)=>{let n=/^\d{1,6}$/.test(r)?Number(r):NaN;if(!(n>=t&&n<=e))throw new w(o,r,`is not a whole number from ${t} to ${e}`);return n}}),
Qr=(...t)=>({type:"enum",values:t,parse:(e,r)=>{let o=t.find(n=>n.toUpperCase()===e.toUpperCase());if(o===void 0)throw new w(r,e,`is not one of ${t.join(", ")}`);
return o}}),Do=(t,{commas:e=!1,max:r=1/0}={})=>({type:"list",parse:(o,n)=>{let s=o.split(e?/[\n,]/:/\n/).map(i=>i.replace(/\r$/,"").trim()).filter(i=>i!=="");for(let i of s)
gn(n,i,t(i));if(s.length>r)throw new w(n,o,`lists more than ${r} entries`);return[...new Set(s)]}}),hn=t=>({type:"path",parse:(e,r)=>(t?.(r,e),e)});function ko(t,e){
if(!(0,fn.existsSync)(e)||!(0,fn.statSync)(e).isFile())throw new w(t,e,"is not a readable file")}function eu(t,e){ko(t,e);try{JSON.parse((0,fn.readFileSync)(e,"\
utf8"))}catch{throw new w(t,e,"does not contain valid JSON")}}var QD=/^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/,ZD=/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/,ek=/^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/,tk=/^[\w+=,.@-]{2,64}$/,
rk=/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/,ok=/^[0-9a-f]{40}$/,nk=/^\d{12}$/,sk=/^[\x21-\x7e]{1,256}$/,Be={repository:t=>t.length>=2&&t.length<=256&&QD.test(t)?
void 0:"is not a valid ECR repository name: lowercase letters and digits, separated by single `.`, `_`, `-` or `/`, 2\u2013256 characters",region:re(ek,"is not \
an AWS region name like `eu-west-1`"),tag:re(ZD,"is not a valid image tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`"),commitSha:re(ok,"is not a full commit SHA (40 h\
ex characters)"),sessionName:re(tk,"is not a valid STS session name: `[\\w+=,.@-]`, 2\u201364 characters"),account:re(nk,"is not an AWS account id (12 digits)"),
audience:re(sk,"is not a valid audience: 1\u2013256 printable characters, no spaces")},Iy=t=>t.split(",").every(e=>rk.test(e.trim()))?void 0:"is not a comma-sep\
arated list of `os/arch[/variant]`",_y=/^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/,tu="public.ecr.aws/",Ty={type:"list",parse:(t,e)=>Do(re(_y,"is not an \
ECR registry id (12 digits) or `ID@REGION`"),{commas:!0}).parse(t,e).map(r=>{let[,o,n]=_y.exec(r);return n?{id:o,region:n}:{id:o}})},sa=t=>({type:"string",parse:(e,r)=>{
let o=e.startsWith("file://")?e.slice(7):void 0;o!==void 0&&ko(r,o);let n=o!==void 0?(0,wy.readFileSync)(o,"utf8"):e;if(n.length>t)throw new w(r,e,`is longer th\
an ECR Public's limit of ${t} characters`);return n}}),Cy={type:"string",parse:(t,e)=>{let r=Qd(t);if(!r)throw new w(e,t,"is not a git ref: `refs/tags/NAME`, `r\
efs/heads/NAME` or `refs/pull/N/merge`");return r}},ru=t=>t.startsWith(tu),vy=t=>/^[a-z0-9][a-z0-9-]{1,49}\//.test(t.slice(tu.length))?void 0:"is not `public.ec\
r.aws/<alias>/<name>`";function Mr(t){return ru(t)?t.slice(tu.length).split("/").slice(1).join("/"):t}var by="[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})",Ay="[A-Za-z0-9.\
_-]{1,100}",ik=new RegExp(`^${by}/${Ay}$`),ak=new RegExp(`^${by}@\\d{1,20}/${Ay}@\\d{1,20}$`),Py=/^(?!\/|-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/+@*?#-]{1,255}$/,Oy=/^[^\x00-\x1f\x7f:]{1,255}$/,
ou=/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,Ny=/^[A-Za-z0-9._/+@*#-]{1,255}$/,Dy=/^arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)$/,
ky=/^[a-z0-9*][a-z0-9._/*-]{0,255}$/,ck=/^(?:https:\/\/)?[a-z0-9.-]+(?::\d+)?(?:\/[\w./-]+)?$/i,$y=t=>ik.test(t)||ak.test(t)?void 0:"is not a GitHub repository \
like `octo-org/octo-repo`, or `octo-org@123456/octo-repo@456789` with the immutable ids",Ly=re(Py,"is not a git branch name"),Uy=re(Py,"is not a git tag name"),
Fy=t=>t.length>=2&&t.length<=30&&!Be.repository(t)?void 0:"is not a pull-through cache prefix (2\u201330 characters, ECR's repository naming rule)",My={type:"st\
ring",parse:(t,e)=>(gn(e,t,ck.test(t)?void 0:"is not an OIDC issuer like `ghe.example.com/_services/token`"),t.replace(/^https:\/\//,"").replace(/\/+$/,""))},nu={
type:"string",parse:t=>!/^(false|0)$/i.test(t)};function pk(t){return t.GITHUB_ACTIONS==="true"?"github":t.CIRCLECI==="true"?"circleci":"other"}function yn(t,e=process.env,r="deliver"){let o=pk(e),n=r==="logi\
n"?"":fk(t,e);return{ci:o,region:iu(t.awsRegion,e),commitSha:n,sessionName:t.roleSessionName??gk(e),sourceUrl:hk(e),release:r==="login"?{tags:[]}:lk(t,e,o,n)}}function lk(t,e,r,o){
if(!t.semverTags&&!t.branchTag)return{tags:[]};let n=t.gitRef??dk(r,e,o),s=xy(n,t);return Ry(s,n,Be.tag),s}function dk(t,e,r){if(t==="github")return hy(e,jy(e));
if(t==="circleci")return yy(e);let o=su(["describe","--tags","--exact-match",r]);if(o)return{tag:o};let n=su(["symbolic-ref","--short","-q","HEAD"]);return n?{branch:n}:
{}}function su(t){try{return(0,By.execFileSync)("git",t,{encoding:"utf8",stdio:["ignore","pipe","ignore"]}).trim()||void 0}catch{return}}function jy(t){if(!t.GITHUB_EVENT_PATH)
return{};try{return JSON.parse((0,Hy.readFileSync)(t.GITHUB_EVENT_PATH,"utf8"))}catch{return{}}}function iu(t,e){let r=t??(e.AWS_REGION||e.AWS_DEFAULT_REGION);if(!r)
throw new w("aws-region","","is required: set aws-region, or AWS_REGION / AWS_DEFAULT_REGION");let o=Be.region(r);if(o)throw new w("aws-region",r,o);return r}function Zr(t){
return t.startsWith("cn-")?"aws-cn":t.startsWith("us-gov-")?"aws-us-gov":"aws"}function uk(t){if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")){let e=jy(
t).pull_request?.head?.sha;if(e)return e}return t.GITHUB_SHA}var mk=()=>su(["rev-parse","HEAD"]);function fk(t,e){let r=(t.commitSha??uk(e)??e.CIRCLE_SHA1??mk())?.
toLowerCase();if(!r)throw new w("commit-sha","","is required outside GitHub and CircleCI when `git rev-parse HEAD` has no answer");let o=Be.commitSha(r);if(o)throw new w(
"commit-sha",r,o);return r}function gk(t){return`ecr-deliver-${t.GITHUB_RUN_ID?`${t.GITHUB_RUN_ID}-${t.GITHUB_RUN_ATTEMPT??"1"}`:t.CIRCLE_BUILD_NUM??t.CIRCLE_WORKFLOW_JOB_ID??
String(Date.now())}`.replace(/[^\w+=,.@-]/g,"-").slice(0,64)}function hk(t){if(t.GITHUB_REPOSITORY)return`${t.GITHUB_SERVER_URL??"https://github.com"}/${t.GITHUB_REPOSITORY}`;
let e=t.CIRCLE_REPOSITORY_URL;if(e){let r=/^git@([^:]+):(.+?)(?:\.git)?$/.exec(e);return r?`https://${r[1]}/${r[2]}`:e.replace(/\.git$/,"")}return""}var ir=require("node:fs"),aa=require("node:os"),eo=require("node:path"),yk=["auths","credHelpers","credsStore","currentContext","proxies"],Ek=["buildx","cli-plu\
gins","contexts"];function au(t){return t.DOCKER_CONFIG||(0,eo.join)(t.HOME||(0,aa.homedir)(),".docker")}var ia=class t{constructor(e){this.dir=e;process.once("\
exit",this.onExit)}dir;removed=!1;onExit=()=>this.remove();static create(e){let r=new t((0,ir.mkdtempSync)((0,eo.join)((0,aa.tmpdir)(),"ecr-deliver-docker-"))),
o=au(e);(0,ir.writeFileSync)((0,eo.join)(r.dir,"config.json"),JSON.stringify(xk((0,eo.join)(o,"config.json")),null,2),{mode:384});for(let n of Ek)(0,ir.existsSync)(
(0,eo.join)(o,n))&&(0,ir.symlinkSync)((0,eo.join)(o,n),(0,eo.join)(r.dir,n));return r}remove(){this.removed||(this.removed=!0,process.off("exit",this.onExit),(0,ir.rmSync)(
this.dir,{recursive:!0,force:!0}))}};function xk(t){let e;try{e=JSON.parse((0,ir.readFileSync)(t,"utf8"))}catch{return{}}let r=Object.fromEntries(yk.filter(o=>e[o]!==
void 0).map(o=>[o,e[o]]));return typeof e.credsStore=="string"&&e.credsStore?Sk(r,e.credsStore):r}function Sk(t,e){let{credsStore:r,...o}=t,n=t.auths??{},s={};for(let[
i,a]of Object.entries(n))a?.auth||(s[i]=e);return{...o,credHelpers:{...s,...t.credHelpers}}}var Rk=[/^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/,/^ACTIONS_RUNTIME_TOKEN$/,/^CIRCLE_OIDC_TOKEN/,/^INPUT_/];function En(t,e){let r=Object.fromEntries(Object.entries(
t).filter(([o])=>!Rk.some(n=>n.test(o))));return e?{...r,..._k(t),DOCKER_CONFIG:e}:r}function _k(t){return t.DOCKER_CERT_PATH||!(t.DOCKER_TLS_VERIFY||t.DOCKER_TLS)?
{}:{DOCKER_CERT_PATH:au(t)}}var wk=3e3,xn=class{constructor(e,r){this.seconds=e;this.lifetime=r;this.expired=new Promise((o,n)=>{this.fail=n}),this.expired.catch(()=>{})}seconds;lifetime;controller=new AbortController;waiting=[];timer;fail;ending=!1;expired;onCancel=()=>this.
end(new oa(this.lifetime?.cancelled?.reason,this.stillWaiting()));get ms(){return this.seconds*1e3}get signal(){return this.controller.signal}async bound(e){this.
timer=setTimeout(()=>this.end(new Xr(this.seconds,this.stillWaiting())),this.ms);let r=this.lifetime?.cancelled;r?.aborted&&this.onCancel(),r?.addEventListener(
"abort",this.onCancel);try{let o=e().catch(n=>this.ending?this.expired:Promise.reject(n));return await Promise.race([o,this.expired])}finally{clearTimeout(this.
timer),r?.removeEventListener("abort",this.onCancel)}}async watch(e,r){this.controller.signal.throwIfAborted(),this.waiting.push(e);try{return await r()}finally{
this.waiting.splice(this.waiting.indexOf(e),1)}}stillWaiting(){return[...new Set(this.waiting)]}end(e){if(this.ending)return;this.ending=!0,clearTimeout(this.timer),
this.controller.abort(),(this.lifetime?.stopChildren(wk)??Promise.resolve()).then(()=>this.fail(e))}};function Sn(t,e,r){return t?t.watch(e,r):r()}var Rn=require("node:fs"),iE=require("node:os"),du=require("node:path");var $o=require("node:fs");var Ik=/^[A-Za-z0-9_.-]{1,128}$/,Tk=/^[A-Za-z_][A-Za-z0-9_]*$/,Ck=/^[A-Za-z_][A-Za-z0-9_]*=/,vk=/^(PATH|HOME|DOCKER_\w*|BUILDX_\w*|BUILDKIT_\w*|ECR_DELIVER_\w*)$/,
bk=t=>`ECR_DELIVER_BUILD_SECRET_${t}`,ms=t=>t.split(`
`).map(e=>e.replace(/\r$/,"").trim()).filter(Boolean),Gy=t=>t.includes("=")?`${t.split("=")[0]}=***`:"***";function cu(t,e,r){let o=e.slice(0,Math.max(0,e.indexOf(
"=")));if(!o||!Ik.test(o))throw new w(t,Gy(e),"is not `id=\u2026` with an id of letters, digits, `_`, `.` or `-`");if(r?.has(o))throw new w(t,Gy(e),"repeats a s\
ecret id");return r?.add(o),o}var zy={type:"list",parse:(t,e)=>{let r=new Set;return ms(t).map(o=>{let n=cu(e,o,r),s=o.slice(n.length+1),i=/^env:(.*)$/.exec(s)?.[1];
if(i!==void 0&&!Tk.test(i))throw new w(e,`${n}=env:${i}`,"names no valid environment variable");if(i===void 0&&s==="")throw new w(e,`${n}=`,"has an empty value");
return i!==void 0?{id:n,env:i}:{id:n,value:s}})}},Vy={type:"list",parse:(t,e)=>{let r=new Set;return ms(t).map(o=>{let n=cu(e,o,r),s=o.slice(n.length+1);if(!(0,$o.existsSync)(
s)||!(0,$o.statSync)(s).isFile())throw new w(e,`${n}=${s}`,"does not name a readable file");return{id:n,path:s}})}},qy={type:"list",parse:(t,e)=>ms(t).map(r=>{if(!r.
includes("=")){if(r!=="default")throw new w(e,r,"is not `default` or `id=PATH`");return{id:r}}let o=cu(e,r),n=r.slice(o.length+1);if(!(0,$o.existsSync)(n))throw new w(
e,r,"names no existing key file or agent socket");return{id:o,path:n}})},Wy={type:"list",parse:(t,e)=>{let r=ms(t);for(let o of r){let n=o.split("=")[0];if(!Ck.
test(o))throw new w(e,o.includes("=")?`${n.slice(0,40)}=***`:"***","is not `KEY=VALUE` with KEY made of letters, digits and `_`");if(vk.test(n))throw new w(e,`${n}\
=***`,"is a name the docker CLI reads from its own environment (PATH, HOME, DOCKER_*, BUILDX_*, BUILDKIT_*)")}return[...new Set(r)]}};function fs(t){return{inline:t.
secrets,files:t.secretFiles,ssh:t.ssh}}var ca=t=>t.inline.length?"secrets":t.files.length?"secret-files":t.ssh.length?"ssh":void 0;function Ky(t,e){let r=new Set(
t.inline.map(o=>o.id));for(let o of t.files)if(r.has(o.id))throw new w("secret-files",`${o.id}=${o.path}`,"repeats an id of `secrets`");for(let o of t.inline)if(o.
env&&e[o.env]===void 0)throw new w("secrets",`${o.id}=env:${o.env}`,"names an environment variable that is not set");for(let o of t.ssh)if(!o.path&&!e.SSH_AUTH_SOCK)
throw new w("ssh",o.id,"needs an SSH agent (SSH_AUTH_SOCK is not set), or use `id=PATH` with a key file")}function Jy(t,e){let r=[];for(let o of t.inline){let n=o.
value??e[o.env];n&&r.push(n)}for(let o of t.files){let n=(0,$o.readFileSync)(o.path,"utf8");n.length<=65536&&r.push(n.trim(),...ms(n).filter(s=>s.length>=4))}return[
...new Set(r.filter(Boolean))]}function Yy(t){let e=[],r={};t.inline.forEach((o,n)=>{let s=o.env??bk(n);o.value!==void 0&&(r[s]=o.value),e.push("--secret",`id=${o.
id},env=${s}`)});for(let o of t.files)e.push("--secret",`id=${o.id},src=${o.path}`);for(let o of t.ssh)e.push("--ssh",o.path?`${o.id}=${o.path}`:o.id);return{argv:e,
env:r}}var Xy={buildx:"buildx (docker buildx build)",buildkit:"the daemon's embedded BuildKit (DOCKER_BUILDKIT=1 docker build)",classic:"the classic builder (DOCKER_BU\
ILDKIT=0 docker build)"};function gs(t){let e=t.DOCKER_BUILDKIT;if(e!==void 0){if(/^(1|t|true)$/i.test(e))return!0;if(/^(0|f|false)$/i.test(e))return!1}}async function Qy(t,e,r={}){
let o=gs(e),n=r.buildx??r.buildkit;if(o===!1){if(n)throw new Se(`${n} needs BuildKit, but DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} selects the classic builder`,"uns\
et DOCKER_BUILDKIT (or set it to 1), or drop the option");return"classic"}let[s,i]=await Promise.all([t.buildx(),t.embeddedBuildkit()]);if(s)return"buildx";if(r.
buildx)throw new Se(`${r.buildx} needs docker buildx, which this machine does not have`,"install the buildx plugin (GitHub: docker/setup-buildx-action; CircleCI\
: the machine executor has it), or drop the option");if(i)return"buildkit";let a="install the buildx plugin (GitHub: docker/setup-buildx-action), or use a docke\
r CLI older than 23 with the daemon's embedded BuildKit";if(r.buildkit)throw new Se(`${r.buildkit} needs BuildKit, but this docker CLI cannot build with BuildKi\
t without the buildx plugin`,a);if(o===!0)throw new Se(`DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} asks for BuildKit, but this docker CLI cannot build with BuildKit w\
ithout the buildx plugin`,a);return"classic"}function Zy(t){let e=o=>new RegExp(`^${o}:\\s*(\\S+)`,"m").exec(t)?.[1],r={name:e("Name"),driver:e("Driver")};return r.
driver==="docker"&&/^Labels:/m.test(t)&&(r.containerdStore=/^\s*org\.mobyproject\.buildkit\.worker\.snapshotter:/m.test(t)),r}function eE(t){try{return(JSON.parse(
t)??[]).some(([r,o])=>r==="driver-type"&&o.startsWith("io.containerd.snapshotter"))}catch{return}}function tE(t){return t?.driver==="docker"&&t.containerdStore?
["--output","type=image,push="]:["--push"]}function rE(t){if(t.driver)return t.driver!=="docker"?!0:t.containerdStore}var Ak='turn on the containerd image store\
 ({"features":{"containerd-snapshotter":true}} in daemon.json), use a buildx builder of another driver (docker buildx create --use --driver docker-container), o\
r build one platform per job';function pu(t,e){return new Se(`platform ${t} needs a builder that builds several platforms: ${e}`,Ak)}var oE=3,Pk=/\b5\d\d\b|Service Unavailable|Bad Gateway|Gateway Time-?out|connection reset|broken pipe|\bEOF\b|i\/o timeout|TLS handshake timeout|connection refused|Client\.Timeout|too ?many ?requests|\b429\b|net\/http/i,
nE=/no basic auth credentials|authentication required|unauthorized|\b401\b|authorization token has expired|denied: Your authorization token/i,sE=t=>t.startsWith(
"-")?`./${t}`:t;function aE(t,e){let r={};return t.platform?.includes(",")?r.buildx="platform":t.provenance?r.buildx="provenance":t.builder&&(r.buildx=`builder ${t.
builder}`),r.buildkit=ca(e),r}function Ok({name:t,setup:e}){return t?e?.driver==="docker"?["--context",t,"buildx","build"]:["buildx","build","--builder",t]:["bu\
ildx","build"]}function Nk(t,e,r={}){let o=e==="buildx",n=o?Ok(r):["build"],s=o?{}:{DOCKER_BUILDKIT:e==="buildkit"?"1":"0"};n.push("--file",sE(t.dockerfile)),e===
"classic"&&n.push("--force-rm");for(let i of t.tags)n.push("--tag",i);for(let[i,a]of Object.entries(t.labels))n.push("--label",`${i}=${a}`);for(let i of t.buildArgs){
let a=i.indexOf("=");s[i.slice(0,a)]=i.slice(a+1),n.push("--build-arg",i.slice(0,a))}if(t.target&&n.push("--target",t.target),t.platform&&n.push("--platform",t.
platform),e!=="classic"){let i=Yy(t.secrets);n.push(...i.argv),Object.assign(s,i.env)}return t.cache&&(o&&n.push("--cache-to","type=inline"),e==="buildkit"&&n.push(
"--build-arg","BUILDKIT_INLINE_CACHE=1"),t.cache.from&&n.push("--cache-from",o?`type=registry,ref=${t.cache.from}`:t.cache.from)),o&&(n.push("--provenance",t.provenance?
"mode=max":"false"),t.provenance&&n.push("--sbom","true"),n.push(...t.pushFromBuilder?tE(r.setup):["--load"]),r.metadataFile&&n.push("--metadata-file",r.metadataFile)),
n.push(sE(t.context)),{argv:n,env:s}}function Dk(t){return/digest: (sha256:[a-f0-9]{64})/.exec(t)?.[1]}var lu=1e4,to=class{constructor(e,r,o,n=process.env,s){this.
runner=e;this.reporter=r;this.deadline=o;this.env=n;this.builderName=s}runner;reporter;deadline;env;builderName;run(e,r,o){let n=r.indexOf("buildx");return Sn(this.
deadline,`docker ${n>=0?`buildx ${r[n+1]}`:r[0]}`,()=>this.runner(e,r,{...o,env:o?.env?{...this.env,...o.env}:this.env}))}async check(){let e;try{e=await this.run(
"docker",["version","--format","{{.Server.Version}}"],{silent:!0,timeoutMs:lu})}catch{throw new Se("docker is not installed: no `docker` command on PATH","use a\
 runner or executor with Docker (CircleCI: the machine executor, or a docker image with setup_remote_docker)")}if(e.timedOut)throw new Se(`the docker daemon did\
 not answer within ${lu/1e3} s (docker version)`,"the daemon is hung or overloaded: restart the docker engine (or check DOCKER_HOST / the docker context)");if(e.
code!==0){let r=e.stderr.trim().split(`
`).pop()??"";throw new Se(`the docker daemon is not reachable: ${r}`,"start the docker engine (CircleCI docker executor: add `setup_remote_docker`; or use the m\
achine executor)")}}buildx;embedded;chosen;hasBuildx(){return this.buildx??=this.run("docker",["buildx","version"],{silent:!0}).then(e=>e.code===0,()=>!1),this.
buildx}drivesEmbeddedBuildkit(){return this.embedded??=this.run("docker",["build","--help"],{silent:!0,env:{DOCKER_BUILDKIT:"1"}}).then(e=>e.code===0,()=>!1),this.
embedded}builder(e){return this.chosen??=this.choose(e),this.chosen}async choose(e){this.hasBuildx().then(i=>i&&gs(this.env)!==!1?this.inspectBuildx():void 0).catch(
()=>{});let o=await Qy({buildx:()=>this.hasBuildx(),embeddedBuildkit:()=>this.drivesEmbeddedBuildkit()},this.env,e),n=o==="buildx"?await this.inspectBuildx():void 0,
s=n?.name?`: builder ${n.name}, ${n.driver??"unknown"} driver`:"";return this.reporter.info(`Builder: ${Xy[o]}${s}`),o}inspected;async buildxSetup(){return await this.
builder()==="buildx"?this.inspectBuildx():void 0}inspectBuildx(){return this.inspected??=(async()=>{let e=this.builderName,r=await this.probe(["buildx","inspect",
...e?[e]:[]]);if(r?.code!==0){if(!e)return;throw new Se(`builder ${e}: buildx has no such builder (${r?ar(r):"docker buildx inspect did not run"})`,"name one th\
at `docker buildx ls` lists (docker/setup-buildx-action: its `name` output; every docker context is one), or leave builder unset for buildx's current builder")}
let o=Zy(r.stdout);if(o.driver==="docker"&&o.containerdStore===void 0&&!e){let n=await this.probe(["info","--format","{{json .DriverStatus}}"]);o.containerdStore=
n?.code===0?eE(n.stdout):void 0}return o})(),this.inspected}probe(e){return this.run("docker",e,{silent:!0,timeoutMs:lu}).then(r=>r.timedOut?void 0:r,()=>{})}logins=Promise.
resolve();login(e){let r=this.logins.then(()=>this.loginNow(e));return this.logins=r.catch(()=>{}),r}async loginNow(e){this.reporter.secret(e.password),this.reporter.
secret(Buffer.from(`${e.username}:${e.password}`).toString("base64"));let r=await this.run("docker",["login","--username",e.username,"--password-stdin",e.host],
{input:Buffer.from(e.password),output:this.reporter.output});if(r.code!==0)throw new It(`docker login to ${e.host} failed: ${ar(r)}`)}async logout(e){await this.
run("docker",["logout",e],{output:this.reporter.output})}async build(e,r){let o=r==="buildx"?(0,Rn.mkdtempSync)((0,du.join)((0,iE.tmpdir)(),"ecr-deliver-")):void 0,
n=o?(0,du.join)(o,"metadata.json"):void 0;try{let s={name:this.builderName,setup:await this.buildxSetup(),metadataFile:n},i=await this.runBuild(e,r,s);if(i.code!==
0&&e.cache&&Lk.test(ar(i))&&(this.reporter.warning(`the build failed on the layer cache (${ar(i)}); building again without it`),i=await this.runBuild({...e,cache:void 0},
r,s)),i.code!==0&&e.platform&&/Multi-platform build is not supported/i.test(i.stderr))throw pu(e.platform,ar(i).replace(/^ERROR: /,""));if(i.code!==0)throw new It(
`docker ${r==="buildx"?"buildx build":"build"} failed (exit ${i.code}): ${ar(i)}`);return!n||!e.pushFromBuilder?void 0:JSON.parse((0,Rn.readFileSync)(n,"utf8"))["\
containerimage.digest"]}finally{o&&(0,Rn.rmSync)(o,{recursive:!0,force:!0})}}runBuild(e,r,o){let{argv:n,env:s}=Nk(e,r,o);return this.run("docker",n,{output:this.
reporter.output,env:s})}async pullCache(e){let r=await this.run("docker",["pull","--quiet",e],{output:this.reporter.output});return r.code!==0&&this.reporter.warning(
`no layer cache: docker pull ${e} failed (${ar(r)}); building without it`),r.code===0}async tag(e,r){let o=await this.run("docker",["tag",e,r],{output:this.reporter.
output});if(o.code!==0)throw new It(`docker tag ${e} ${r} failed: ${ar(o)}`)}async push(e,r){let o=!1;for(let n=1;;n++){let s=await this.run("docker",["push",e],
{output:this.reporter.output}),i=`${s.stdout}
${s.stderr}`;if(s.code===0){let a=Dk(i);if(!a)throw new It(`docker push ${e} printed no digest`);return a}if(nE.test(i)&&!o){o=!0,this.reporter.warning(`the reg\
istry refused the credentials (${ar(s)}); logging in again`),await r();continue}if(nE.test(i))throw new It(`docker push ${e} was refused after a fresh login: ${ar(
s)}`,"the credentials need ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage and ecr:BatchCheckLayerAvailability");if(!Pk.test(
i)||n>=oE)throw new It(`docker push ${e} failed after ${n} attempt(s): ${ar(s)}`);this.reporter.warning(`docker push failed (${ar(s)}); retrying (${n}/${oE-1})`),
await new Promise(a=>setTimeout(a,1e3*2**(n-1)))}}async checkPlatforms(e){if(!e?.includes(","))return;let r=await this.buildxSetup();if(r&&rE(r)===!1)throw pu(e,
`buildx's builder ${r.name??"(current)"} uses the docker driver, and the daemon the classic image store`)}},kk=/^(DEPRECATED:|Install the buildx|https:\/\/docs\.docker\.com\/|WARNING!|Configure a credential helper)/,
$k=/^(failed to solve\b|error\b|Error response from daemon:)/i,Lk=/(import|export)(ing)? (to |from )?(the )?cache|cache (import|export)|inline cache|cache-(from|to)/i;
function ar(t){let e=n=>n.split(`
`).map(s=>s.trim()).filter(s=>s&&!kk.test(s)),r=e(t.stdout),o=e(t.stderr);return o.filter(n=>n.startsWith("ERROR: ")).pop()??o.filter(n=>$k.test(n)).pop()??o.pop()??
[...r].reverse().find(n=>/error|denied|fail|unauthorized/i.test(n))??r.pop()??`exit ${t.code}`}var eN=require("node:fs");var ZO=require("node:fs");M();st();T();$();W();F();ut();X();Ie();T();var iT=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function AL(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}var aT=t=>{let e=[];switch(t.operation){default:e.push(AL(t))}return e},cT=t=>{let e=ur(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??
[])})};var pT=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr"}),lT={UseFIPS:{type:"b\
uiltInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInPar\
ams",name:"useDualstackEndpoint"}};var dT={name:"@aws-sdk/client-ecr",version:"3.1169.0",description:"AWS SDK for JavaScript Ecr Client for Node.js, Browser and React Native",homepage:"https://gi\
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
engines:{node:">=20.0.0"}};M();Ie();Gf();$();$();var l0="AWS_EC2_METADATA_DISABLED",d0=async t=>{let{ENV_CMDS_FULL_URI:e,ENV_CMDS_RELATIVE_URI:r,fromContainerMetadata:o,fromInstanceMetadata:n}=await Promise.resolve().then(()=>(Hc(),Bc));
if(process.env[r]||process.env[e]){t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");let{fromHttp:s}=await Promise.resolve().then(()=>(tg(),eg));
return Fo(s(t),o(t))}return process.env[l0]&&process.env[l0]!=="false"?async()=>{throw new R("EC2 Instance Metadata Service access disabled",{logger:t.logger})}:
(t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata"),n(t))};function u0(t,e){let r=s1(t),o,n,s,i,a=async c=>{if(c?.forceRefresh)return i||(i=r(c).then(l=>{s=l}).finally(()=>{i=void 0})),await i,s;if(s?.expiration&&s?.expiration?.
getTime()<Date.now()&&(s=void 0),o)await o;else if(!s||e?.(s))if(s)n||(n=r(c).then(l=>{s=l}).catch(()=>{}).finally(()=>{n=void 0}));else return o=r(c).then(l=>{
s=l}).finally(()=>{o=void 0}),a(c);return s};return a}var s1=t=>async e=>{let r;for(let o of t)try{return await o(e)}catch(n){if(r=n,n?.tryNextLink)continue;throw n}
throw r};var HP=!1,ji=(t={})=>u0([async()=>{if(t.profile??process.env[xa])throw process.env[Ys]&&process.env[Xs]&&(HP||((t.logger?.warn&&t.logger?.constructor?.name!=="N\
oOpLogger"?t.logger.warn.bind(t.logger):console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`),HP=!0)),new R("AWS_PROFILE is set, skipping fromEnv provider.",{logger:t.logger,tryNextLink:!0});return t.logger?.debug("@aws-sdk/credential-provider-node - \
defaultProvider::fromEnv"),Nc(t)()},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");let{ssoStartUrl:r,ssoAccountId:o,ssoRegion:n,
ssoRoleName:s,ssoSession:i}=t;if(!r&&!o&&!n&&!s&&!i)throw new R("Skipping SSO provider in default chain (inputs do not include SSO fields).",{logger:t.logger});
let{fromSSO:a}=await Promise.resolve().then(()=>(Ng(),Og));return a(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromI\
ni");let{fromIni:r}=await Promise.resolve().then(()=>(BP(),MP));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::\
fromProcess");let{fromProcess:r}=await Promise.resolve().then(()=>(xh(),Eh));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defa\
ultProvider::fromTokenFile");let{fromTokenFile:r}=await Promise.resolve().then(()=>($p(),wh));return r(t)(e)},async()=>(t.logger?.debug("@aws-sdk/credential-pro\
vider-node - defaultProvider::remoteProvider"),(await d0(t))()),async()=>{throw new R("Could not load credentials from any providers",{tryNextLink:!1,logger:t.logger})}],
jP);var jP=t=>t?.expiration!==void 0&&t.expiration.getTime()-Date.now()<3e5;T();$();ut();k();fo();Ie();Zo();en();T();F();k();M();W();W();var Xn="ref",cn=-1,Lp=!0,GP="isSet",Ch="PartitionResult",Ao="stringEquals",Up="booleanEquals",Th="getAttr",zP={[Xn]:"Endpoint"},Po={fn:Th,argv:[{[Xn]:Ch},"n\
ame"]},VP={[Xn]:Ch},pn={},qP=[{[Xn]:"Region"}],WP={conditions:[[GP,[zP]],[GP,qP],["aws.partition",qP,Ch],[Ao,[Po,"aws-eusc"]],[Ao,[Po,"aws-iso-f"]],[Ao,[Po,"aws\
-iso-e"]],[Ao,[Po,"aws-iso-b"]],[Ao,[Po,"aws-iso"]],[Ao,[Po,"aws-cn"]],[Ao,[Po,"aws-us-gov"]],[Ao,[Po,"aws"]],[Up,[{[Xn]:"UseFIPS"},Lp]],[Up,[{fn:Th,argv:[VP,"s\
upportsFIPS"]},Lp]],[Up,[{[Xn]:"UseDualStack"},Lp]],[Up,[{fn:Th,argv:[VP,"supportsDualStack"]},Lp]]],results:[[cn],[cn,"Invalid Configuration: FIPS and custom e\
ndpoint are not supported"],[cn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[zP,pn],["https://api.ecr.{Region}.{PartitionResult#dn\
sSuffix}",pn],["https://ecr.{Region}.{PartitionResult#dualStackDnsSuffix}",pn],["https://api.ecr-fips.{Region}.{PartitionResult#dnsSuffix}",pn],["https://ecr-fi\
ps.{Region}.{PartitionResult#dualStackDnsSuffix}",pn],["https://api.ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",pn],[cn,"FIPS and DualStack are enab\
led, but this partition does not support one or both"],[cn,"FIPS is enabled but this partition does not support FIPS"],["https://api.ecr.{Region}.{PartitionResu\
lt#dualStackDnsSuffix}",pn],[cn,"DualStack is enabled but this partition does not support DualStack"],[cn,"Invalid Configuration: Missing Region"]]},qM=2,Ue=1e8,
WM=new Int32Array([-1,1,-1,0,23,3,1,4,Ue+13,2,5,Ue+13,3,20,6,4,20,7,5,20,8,6,20,9,7,20,10,8,20,11,9,20,12,10,20,13,11,16,14,13,15,Ue+4,14,Ue+11,Ue+12,12,18,17,13,
Ue+9,Ue+10,13,19,Ue+6,14,Ue+8,Ue+9,11,22,21,13,Ue+5,Ue+4,13,Ue+7,Ue+6,11,Ue+1,24,13,Ue+2,Ue+3]),KP=rt.from(WM,qM,WP.conditions,WP.results);var KM=new ot({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),JP=(t,e={})=>KM.get(t,()=>Bt(KP,{endpointParams:t,logger:e.logger}));Pe.aws=mt;X();T();var C=class t extends et{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ecr#ECRServiceException";constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var Fp=class t extends C{static shapeId="com.amazonaws.ecr#InvalidParameterException";name="InvalidParameterException";$fault="client";constructor(e){super({name:"\
InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Mp=class t extends C{static shapeId="com.amazonaws.ecr#RepositoryNot\
FoundException";name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Bp=class t extends C{static shapeId="com.amazonaws.ecr#ServerException";name="ServerException";$fault="server";constructor(e){super({name:"S\
erverException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},Hp=class t extends C{static shapeId="com.amazonaws.ecr#LimitExceededException";name="\
LimitExceededException";$fault="client";constructor(e){super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},jp=class t extends C{static shapeId="\
com.amazonaws.ecr#UnableToGetUpstreamImageException";name="UnableToGetUpstreamImageException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamIma\
geException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Gp=class t extends C{static shapeId="com.amazonaws.ecr#ValidationException";name="\
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
vedException";$fault="client";constructor(e){super({name:"ImageArchivedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},bl=class t extends C{static shapeId="\
com.amazonaws.ecr#UnsupportedImageTypeException";name="UnsupportedImageTypeException";$fault="client";constructor(e){super({name:"UnsupportedImageTypeException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Al=class t extends C{static shapeId="com.amazonaws.ecr#LifecyclePolicyPreviewInProgressExceptio\
n";name="LifecyclePolicyPreviewInProgressException";$fault="client";constructor(e){super({name:"LifecyclePolicyPreviewInProgressException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Pl=class t extends C{static shapeId="com.amazonaws.ecr#ReplicationBackfillInProgressException";name="ReplicationBackfi\
llInProgressException";$fault="client";constructor(e){super({name:"ReplicationBackfillInProgressException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Ol=class t extends C{static shapeId="com.amazonaws.ecr#ReplicationBackfillInvalidStatusException";name="ReplicationBackfillInvalidStatusException";$fault="clien\
t";constructor(e){super({name:"ReplicationBackfillInvalidStatusException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Nl=class t extends C{static shapeId="\
com.amazonaws.ecr#ImageStorageClassUpdateNotSupportedException";name="ImageStorageClassUpdateNotSupportedException";$fault="client";constructor(e){super({name:"\
ImageStorageClassUpdateNotSupportedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Dl=class t extends C{static shapeId="com.amazonaw\
s.ecr#InvalidLayerPartException";name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){super(
{name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}};var JM="Attribute",YM="AuthorizationData",XM="AuthorizationDataList",QM="AwsEcrContainerImageDetails",ZM="AttributeList",eB="BlockedByOrganizationPolicyExceptio\
n";var tB="BatchGetImage",rB="BatchGetImageRequest",oB="BatchGetImageResponse";var nB="CreateRepository";var sB="CreateRepositoryRequest",iB="CreateRepositoryResponse",aB="CvssScore",cB="CvssScoreAdjustment",pB="CvssScoreAdjustmentList",lB="CvssScoreDetails",dB="Cv\
ssScoreList",uB="DescribeImages",mB="DescribeImagesFilter",fB="DescribeImagesRequest";var gB="DescribeImagesResponse",hB="DescribeImageScanFindings",yB="DescribeImageScanFindingsRequest",EB="DescribeImageScanFindingsResponse";var xB="DescribeRepositoriesRequest",SB="DescribeRepositoriesResponse";var RB="DescribeRepositories";var _B="ExclusionAlreadyExistsException",wB="EncryptionConfiguration";var IB="EnhancedImageScanFinding",TB="EnhancedImageScanFindingList",CB="ExclusionNotFoundException",vB="EmptyUploadException";var bB="GetAuthorizationToken",AB="GetAuthorizationTokenRequest",PB="GetAuthorizationTokenResponse";var OB="Image",NB="ImageArchivedException",DB="ImageAlreadyExistsException",kB="ImageDetail",$B="ImageDigestDoesNotMatchException",LB="ImageDetailList",UB="Imag\
eFailure",FB="ImageFailureList",MB="ImageIdentifier",BB="ImageIdentifierList",HB="ImageList",jB="InvalidLayerException",GB="InvalidLayerPartException";var zB="ImageNotFoundException",VB="InvalidParameterException";var qB="ImageScanningConfiguration",WB="ImageStorageClassUpdateNotSupportedException",KB="ImageScanFinding",JB="ImageScanFindingList",YB="ImageScanFindingsSumma\
ry",XB="ImageScanFindings",QB="ImageScanStatus";var ZB="ImageTagAlreadyExistsException",eH="ImageTagMutabilityExclusionFilter",tH="ImageTagMutabilityExclusionFilters",rH="InvalidTagParameterException",oH="Key",
nH="KmsException";var sH="LayerAlreadyExistsException",iH="LimitExceededException";var aH="LayerInaccessibleException";var cH="LayersNotFoundException",pH="LifecyclePolicyNotFoundException";var lH="LifecyclePolicyPreviewInProgressException",dH="LifecyclePolicyPreviewNotFoundException";var uH="LayerPartTooSmallException";var mH="PutImage",fH="PutImageRequest",gH="PutImageResponse";var hH="PutLifecyclePolicy",yH="PutLifecyclePolicyRequest",EH="PutLifecyclePolicyResponse";var xH="PullThroughCacheRuleAlreadyExistsException";var SH="PullThroughCacheRuleNotFoundException",RH="PackageVulnerabilityDetails",_H="Recommendation",wH="RepositoryAlreadyExistsException",IH="ReplicationBackfil\
lInProgressException",TH="ReplicationBackfillInvalidStatusException",CH="ReplicationBackfillNotFoundException";var vH="ResourceDetails";var bH="ReferencedImagesNotFoundException",AH="RepositoryList",PH="ResourceList",OH="RepositoryNotEmptyException",NH="RepositoryNotFoundException",DH="RegistryP\
olicyNotFoundException",kH="RepositoryPolicyNotFoundException";var $H="Remediation",LH="Repository",UH="Resource";var FH="SigningConfigurationNotFoundException",MH="ScoreDetails",BH="ServerException";var HH="StartImageScan",jH="StartImageScanRequest",GH="StartImageScanResponse";var zH="ScanNotFoundException",VH="SecretNotFoundException";var qH="SetRepositoryPolicy",WH="SetRepositoryPolicyRequest",KH="SetRepositoryPolicyResponse",JH="Tag",YH="TemplateAlreadyExistsException";var XH="TagList",QH="TooManyTagsException",ZH="TemplateNotFoundException";var e2="UnsupportedImageTypeException";var t2="UploadNotFoundException";var r2="UnableToAccessSecretException",o2="UnableToDecryptSecretValueException",n2="UnableToGetUpstreamImageException",s2="UnableToGetUpstreamLayerException",i2="\
UnableToListUpstreamImageReferrersException",a2="UnsupportedUpstreamRegistryException",c2="Value",p2="ValidationException",l2="VulnerablePackage",d2="Vulnerable\
PackagesList";var u2="architecture",m2="awsAccountId",f2="authorizationData",g2="awsEcrContainerImage";var h2="acceptedMediaTypes",y2="artifactMediaType";var E2="authorizationToken";var x2="adjustments";var S2="arch",R2="attributes",_2="author";var w2="baseScore",D="client";var I2="createdAt";var YP="cvss",vh="description";var T2="details";var O="error",C2="expiresAt";var v2="exploitAvailable",XP="encryptionConfiguration",b2="enhancedFindings";var A2="encryptionType",P2="epoch",O2="failures",N2="findingArn",D2="fixAvailable",k2="failureCode";var $2="fixedInVersion",L2="firstObservedAt",U2="filePath",F2="failureReason";var QP="findingSeverityCounts",M2="filterType";var ZP="filter",B2="findings",H2="force",j2="httpError",G2="images",z2="imageDetails",bh="imageDigest",V2="imageHash",eO="imageIds",Qn="imageId",tO="imageManife\
st",Ah="imageManifestMediaType",q2="imagePushedAt",rO="imageStatus",oO="imageScanningConfiguration",nO="imageScanCompletedAt",W2="imageScanFindings",K2="imageSc\
anFindingsSummary",J2="imageSizeInBytes",Ph="imageScanStatus",sO="imageTags";var iO="imageTagMutability",aO="imageTagMutabilityExclusionFilters",cO="imageTag",Y2="inUseCount";var X2="id",Q2="image",Z2="key",e3="kmsError",t3="kmsKey";var r3="lastArchivedAt",o3="lastActivatedAt";var n3="lastInUseAt",s3="lastObservedAt";var pO="lifecyclePolicyText",i3="lastRecordedPullTime";var a3="lastValidByteReceived",N="message",Oh="maxResults";var c3="metric",lO="name",Zn="nextToken",p3="platform",l3="pushedAt";var d3="proxyEndpoint";var u3="packageManager";var dO="policyText";var m3="packageVulnerabilityDetails";var f3="registry";var g3="repositoryArn";var Fe="registryId",h3="registryIds",Me="repositoryName",y3="repositoryNames";var E3="referenceUrls",x3="repositoryUri",S3="relatedVulnerabilities",R3="repository",_3="reason",w3="recommendation";var I3="release",T3="remediation",C3="repositories";var v3="resources";var uO="smithy.ts.sdk.synthetic.com.amazonaws.ecr";var b3="scoreDetails";var A3="sourceLayerHash",P3="subjectManifestDigest",O3="scanOnPush";var N3="scoreSource";var D3="sourceUrl",mO="scoringVector",fO="score",k3="server",gO="severity";var hO="source",yO="status";var EO="tags";var $3="tagStatus";var L3="text",U3="title",xO="type",F3="uri",M3="updatedAt",B3="uploadId";var H3="url",j3="value",G3="vendorCreatedAt",z3="vulnerabilityId",V3="vulnerablePackages",q3="vendorSeverity",SO="vulnerabilitySourceUpdatedAt",W3="vendorUpdate\
dAt",Nh="version",E="com.amazonaws.ecr",RO=new Q(uO),K3=[-3,uO,"ECRServiceException",0,[],[]];RO.registerError(K3,C);var b=new Q(E),J3=[-3,E,eB,{[O]:D},[N],[0]];
b.registerError(J3,Tl);var Y3=[-3,E,vB,{[O]:D},[N],[0]];b.registerError(Y3,zp);var X3=[-3,E,_B,{[O]:D},[N],[0]];b.registerError(X3,Cl);var Q3=[-3,E,CB,{[O]:D},[
N],[0]];b.registerError(Q3,ul);var Z3=[-3,E,DB,{[O]:D},[N],[0]];b.registerError(Z3,Rl);var e4=[-3,E,NB,{[O]:D},[N],[0]];b.registerError(e4,vl);var t4=[-3,E,$B,{
[O]:D},[N],[0]];b.registerError(t4,_l);var r4=[-3,E,zB,{[O]:D},[N],[0]];b.registerError(r4,ml);var o4=[-3,E,WB,{[O]:D},[N],[0]];b.registerError(o4,Nl);var n4=[-3,
E,ZB,{[O]:D},[N],[0]];b.registerError(n4,wl);var s4=[-3,E,jB,{[O]:D},[N],[0]];b.registerError(s4,Vp);var i4=[-3,E,GB,{[O]:D},[Fe,Me,B3,a3,N],[0,0,0,1,0]];b.registerError(
i4,Dl);var a4=[-3,E,VB,{[O]:D},[N],[0]];b.registerError(a4,Fp);var c4=[-3,E,rH,{[O]:D},[N],[0]];b.registerError(c4,tl);var p4=[-3,E,nH,{[O]:D},[N,e3],[0,0]];b.registerError(
p4,qp);var l4=[-3,E,sH,{[O]:D},[N],[0]];b.registerError(l4,Wp);var d4=[-3,E,aH,{[O]:D},[N],[0]];b.registerError(d4,hl);var u4=[-3,E,uH,{[O]:D},[N],[0]];b.registerError(
u4,Kp);var m4=[-3,E,cH,{[O]:D},[N],[0]];b.registerError(m4,yl);var f4=[-3,E,pH,{[O]:D},[N],[0]];b.registerError(f4,sl);var g4=[-3,E,lH,{[O]:D},[N],[0]];b.registerError(
g4,Al);var h4=[-3,E,dH,{[O]:D},[N],[0]];b.registerError(h4,xl);var y4=[-3,E,iH,{[O]:D},[N],[0]];b.registerError(y4,Hp);var E4=[-3,E,xH,{[O]:D},[N],[0]];b.registerError(
E4,Yp);var x4=[-3,E,SH,{[O]:D},[N],[0]];b.registerError(x4,il);var S4=[-3,E,bH,{[O]:D},[N],[0]];b.registerError(S4,Il);var R4=[-3,E,DH,{[O]:D},[N],[0]];b.registerError(
R4,al);var _4=[-3,E,IH,{[O]:D},[N],[0]];b.registerError(_4,Pl);var w4=[-3,E,TH,{[O]:D},[N],[0]];b.registerError(w4,Ol);var I4=[-3,E,CH,{[O]:D},[N],[0]];b.registerError(
I4,gl);var T4=[-3,E,wH,{[O]:D},[N],[0]];b.registerError(T4,rl);var C4=[-3,E,OH,{[O]:D},[N],[0]];b.registerError(C4,cl);var v4=[-3,E,NH,{[O]:D},[N],[0]];b.registerError(
v4,Mp);var b4=[-3,E,kH,{[O]:D},[N],[0]];b.registerError(b4,ll);var A4=[-3,E,zH,{[O]:D},[N],[0]];b.registerError(A4,fl);var P4=[-3,E,VH,{[O]:D},[N],[0]];b.registerError(
P4,Xp);var O4=[-3,E,BH,{[O]:k3},[N],[0]];b.registerError(O4,Bp);var N4=[-3,E,FH,{[O]:D},[N],[0]];b.registerError(N4,dl);var D4=[-3,E,YH,{[O]:D},[N],[0]];b.registerError(
D4,nl);var k4=[-3,E,ZH,{[O]:D},[N],[0]];b.registerError(k4,pl);var $4=[-3,E,QH,{[O]:D},[N],[0]];b.registerError($4,ol);var L4=[-3,E,r2,{[O]:D},[N],[0]];b.registerError(
L4,Qp);var U4=[-3,E,o2,{[O]:D},[N],[0]];b.registerError(U4,Zp);var F4=[-3,E,n2,{[O]:D},[N],[0]];b.registerError(F4,jp);var M4=[-3,E,s2,{[O]:D},[N],[0]];b.registerError(
M4,El);var B4=[-3,E,i2,{[O]:D},[N],[0]];b.registerError(B4,Sl);var H4=[-3,E,e2,{[O]:D},[N],[0]];b.registerError(H4,bl);var j4=[-3,E,a2,{[O]:D},[N],[0]];b.registerError(
j4,el);var G4=[-3,E,t2,{[O]:D},[N],[0]];b.registerError(G4,Jp);var z4=[-3,E,p2,{[O]:D,[j2]:400},[N],[0]];b.registerError(z4,Gp);var _O=[RO,b],V4=[3,E,JM,0,[Z2,j3],
[0,0],1],q4=[3,E,YM,0,[E2,C2,d3],[0,4,0]],W4=[3,E,QM,0,[u2,_2,V2,sO,p3,l3,n3,Y2,f3,Me],[0,0,0,64,0,4,4,1,0,0]];var K4=[3,E,rB,0,[Me,eO,Fe,h2],[0,()=>vO,0,64],2],J4=[3,E,oB,0,[G2,O2],[()=>Bj,()=>Mj]];var Y4=[3,E,sB,0,[Me,Fe,EO,iO,aO,oO,XP],[0,0,()=>zj,0,()=>bO,()=>TO,()=>wO],1],X4=[3,E,iB,0,[R3],[()=>CO]],Q4=[3,E,aB,0,[w2,mO,hO,Nh],[1,0,0,0]],Z4=[3,E,cB,0,[c3,
_3],[0,0]],ej=[3,E,lB,0,[x2,fO,N3,mO,Nh],[()=>$j,1,0,0,0]];var tj=[3,E,yB,0,[Me,Qn,Fe,Zn,Oh],[0,()=>ln,0,0,1],2],rj=[3,E,EB,0,[Fe,Me,Qn,Ph,W2,Zn],[0,0,()=>ln,()=>Dh,()=>fj,0]],oj=[3,E,mB,0,[$3,rO],[0,0]];var nj=[3,E,fB,0,[Me,Fe,eO,Zn,Oh,ZP],[0,0,()=>vO,0,1,()=>oj],1],sj=[3,E,gB,0,[z2,Zn],[()=>Fj,0]];var ij=[3,E,xB,0,[Fe,y3,Zn,Oh],[0,64,0,1]],aj=[3,E,SB,0,[C3,Zn],[()=>jj,0]];var wO=[3,E,wB,0,[A2,t3],[0,0],1];var cj=[3,E,IB,0,[m2,vh,N2,L2,s3,m3,T3,v3,fO,b3,gO,yO,U3,xO,M3,D2,v2],[0,0,0,4,4,()=>yj,()=>wj,()=>Gj,1,()=>Cj,0,0,0,0,4,0,0]];var pj=[3,E,AB,0,[h3],[64]],lj=[3,E,PB,0,[f2],[()=>kj]];var IO=[3,E,OB,0,[Fe,Me,Qn,tO,Ah],[0,0,()=>ln,0,0]],dj=[3,E,kB,0,[Fe,Me,bh,sO,J2,q2,Ph,K2,Ah,y2,i3,P3,rO,r3,o3],[0,0,0,64,1,4,()=>Dh,()=>gj,0,0,4,0,0,4,4]],uj=[
3,E,UB,0,[Qn,k2,F2],[()=>ln,0,0]],ln=[3,E,MB,0,[bh,cO],[0,0]];var mj=[3,E,KB,0,[lO,vh,F3,gO,R2],[0,0,0,0,()=>Dj]],fj=[3,E,XB,0,[nO,SO,QP,B2,b2],[4,4,129,()=>Hj,()=>Uj]],gj=[3,E,YB,0,[nO,SO,QP],[4,4,129]],TO=[3,E,qB,0,[O3],
[2]],Dh=[3,E,QB,0,[yO,vh],[0,0]];var hj=[3,E,eH,0,[M2,ZP],[0,0],2];var yj=[3,E,RH,0,[YP,E3,S3,hO,D3,G3,q3,W3,z3,V3],[()=>Lj,64,64,0,0,4,0,4,0,()=>Vj]];var Ej=[3,E,fH,0,[Me,tO,Fe,Ah,cO,bh],[0,0,0,0,0,0],2],xj=[3,E,gH,0,[Q2],[()=>IO]];var Sj=[3,E,yH,0,[Me,pO,Fe],[0,0,0],2],Rj=[3,E,EH,0,[Fe,Me,pO],[0,0,0]];var _j=[3,E,_H,0,[H3,L3],[0,0]];var wj=[3,E,$H,0,[w3],[()=>_j]];var CO=[3,E,LH,0,[g3,Fe,Me,x3,I2,iO,aO,oO,XP],[0,0,0,0,4,0,()=>bO,()=>TO,()=>wO]];var Ij=[3,E,UH,0,[T2,X2,EO,xO],[()=>Tj,0,128,0]],Tj=[3,E,vH,0,[g2],[()=>W4]];var Cj=[3,E,MH,0,[YP],[()=>ej]],vj=[3,E,WH,0,[Me,dO,Fe,H2],[0,0,0,2],2],bj=[3,E,KH,0,[Fe,Me,dO],[0,0,0]];var Aj=[3,E,jH,0,[Me,Qn,Fe],[0,()=>ln,0],2],Pj=[3,E,GH,0,[Fe,Me,Qn,Ph],[0,0,()=>ln,()=>Dh]];var Oj=[3,E,JH,0,[oH,c2],[0,0],2];var Nj=[3,E,l2,0,[S2,P2,U2,lO,u3,I3,A3,Nh,$2],[0,1,0,0,0,0,0,0,0]];var Dj=[1,E,ZM,0,()=>V4],kj=[1,E,XM,0,()=>q4];var $j=[1,E,pB,0,()=>Z4],Lj=[1,E,dB,0,()=>Q4],Uj=[1,E,TB,0,()=>cj];var Fj=[1,E,LB,0,()=>dj],Mj=[1,E,FB,0,()=>uj],vO=[1,E,BB,0,()=>ln],Bj=[1,E,HB,0,()=>IO];var Hj=[1,E,JB,0,()=>mj];var bO=[1,E,tH,0,()=>hj];var jj=[1,E,AH,0,()=>CO];var Gj=[1,E,PH,0,()=>Ij];var zj=[1,E,XH,0,()=>Oj];var Vj=[1,E,d2,0,()=>Nj];var AO=[9,E,tB,0,()=>K4,()=>J4];var PO=[9,E,nB,0,()=>Y4,()=>X4];var OO=[9,E,uB,0,()=>nj,()=>sj],NO=[9,E,hB,0,()=>tj,()=>rj];var DO=[9,E,RB,0,()=>ij,()=>aj];var kO=[9,E,bB,0,()=>pj,()=>lj];var $O=[9,E,mH,0,()=>Ej,()=>xj];var LO=[9,E,hH,0,()=>Sj,()=>Rj];var UO=[9,E,qH,0,()=>vj,()=>bj],FO=[9,E,HH,0,()=>Aj,()=>Pj];var MO=t=>({apiVersion:"2015-09-21",base64Decoder:t?.base64Decoder??Re,base64Encoder:t?.base64Encoder??me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??JP,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??aT,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge}],logger:t?.logger??new we,protocol:t?.protocol??Qo,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecr",errorTypeRegistries:_O,xmlNamespace:"http://ecr.amazonaws.com/doc/2015-09-21/",version:"2015-09-21",serviceTarget:"AmazonE\
C2ContainerRegistry_V20150921"},serviceId:t?.serviceId??"ECR",sha256:t?.sha256??gt,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??ie,utf8Encoder:t?.utf8Encoder??
Z});var BO=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Dt),o=MO(t);Tt(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ft,n),bodyLengthChecker:t?.bodyLengthChecker??Ct,credentialDefaultProvider:t?.credentialDefaultProvider??
ji,defaultSocketTimeout:Er(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:dT.version}),maxAttempts:t?.
maxAttempts??_(Yt,t),region:t?.region??_(Ae,{...tt,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Qt,default:async()=>(await r()).
retryMode||it},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Ot,n),userAgentAppId:t?.
userAgentAppId??_(tr,n)}};M();T();F();var HO=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);s===-1?e.
push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
jO=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var GO=(t,e)=>{let r=Object.assign(rr(t),$t(t),Ht(t),HO(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),jt(r),jO(r))};var kl=class extends Te{config;constructor(...[e]){let r=BO(e||{});super(r),this.initConfig=r;let o=pT(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=pr(a),l=cT(c),d=GO(l,e?.
extensions||[]);this.config=d,this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(Zt(this.config)),this.middlewareStack.use(dr(this.config)),this.
middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),
this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:iT,identityProviderConfigProvider:async u=>new Ve({"aws.auth#sigv4":u.credentials})})),
this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}};T();W();var ye=Ut(lT,"AmazonEC2ContainerRegistry_V20150921","ECRClient",lr),Ee={},xe=(t,e,r,o)=>[];var $l=class extends ye(Ee,xe,"BatchGetImage",AO){};var Ll=class extends ye(Ee,xe,"CreateRepository",PO){};var Ul=class extends ye(Ee,xe,"DescribeImageScanFindings",NO){};var Fl=class extends ye(Ee,xe,"DescribeImages",OO){};var Ml=class extends ye(Ee,xe,"DescribeRepositories",DO){};var Gi=class extends ye(Ee,xe,"GetAuthorizationToken",kO){};var Bl=class extends ye(Ee,xe,"PutImage",$O){};var Hl=class extends ye(Ee,xe,"PutLifecyclePolicy",LO){};var jl=class extends ye(Ee,xe,"SetRepositoryPolicy",UO){};var Gl=class extends ye(Ee,xe,"StartImageScan",FO){};var zl=Ur(require("node:http")),kh=Ur(require("node:https")),zO=require("node:net"),VO=require("node:tls");var qO=t=>(e,r)=>t?.(e,r);function Lh(t,e){let r=t.protocol==="https:"?"https":"http",o=(e[`${r}_proxy`]||e[`${r.toUpperCase()}_PROXY`]||"").trim();if(!o||qj(t,
e.no_proxy??e.NO_PROXY??""))return;let n;try{n=new URL(o.includes("://")?o:`http://${o}`)}catch{throw new yr(`${r.toUpperCase()}_PROXY is not a URL like http://\
proxy.example.com:3128`)}if(n.protocol!=="http:")throw new yr(`${r.toUpperCase()}_PROXY: only http:// proxies are supported, not ${n.protocol}//${n.host}`);return n}
function qj(t,e){let r=t.hostname.replace(/^\[|\]$/g,"").toLowerCase(),o=t.port||(t.protocol==="https:"?"443":"80");return e.split(/[\s,]+/).filter(Boolean).some(
n=>{if(n==="*")return!0;let s=/^\[([^\]]+)\](?::(\d+))?$/.exec(n)??/^([^:]+)(?::(\d+))?$/.exec(n)??[n,n],i=s[1].replace(/^\*?\./,"").toLowerCase();return s[2]&&
s[2]!==o?!1:r===i||r.endsWith(`.${i}`)})}var Wj=t=>`${t.protocol}//${t.host}`;function WO(t){if(!t.username)return;let e=`${decodeURIComponent(t.username)}:${decodeURIComponent(
t.password)}`;return`Basic ${Buffer.from(e).toString("base64")}`}function Uh(t,e,r){return new yr(`the proxy ${Wj(t)} (for ${e}) ${r}`)}function KO(t,e,r){let o=(0,zO.connect)(
{host:t.hostname.replace(/^\[|\]$/g,""),port:Number(t.port||80)}),n=s=>r(Uh(t,e,`could not be reached: ${s.code??s.message}`));return o.once("error",n),o.once("\
connect",()=>{o.off("error",n),r(null,o)}),o}var $h=(t,e)=>({host:t.hostname??t.host??"localhost",port:Number(t.port||e)}),Vl=class extends zl.Agent{constructor(r,o){
super(o);this.env=r}env;proxy(r){return Lh(new URL(`http://${r.host.includes(":")?`[${r.host}]`:r.host}:${r.port}`),this.env)}addRequest(r,o){let n=$h(o,80),s=this.
proxy(n);if(s){r.path=`http://${n.host.includes(":")?`[${n.host}]`:n.host}:${n.port}${r.path}`;let i=WO(s);i&&r.setHeader("proxy-authorization",i);let a=r.emit.
bind(r);r.emit=((c,...l)=>{let d=l[0];return c!=="response"||d.statusCode!==407?a(c,...l):(d.resume(),r.destroy(Uh(s,`${n.host}:${n.port}`,"refused the request:\
 407 Proxy Authentication Required (check the credentials in HTTP_PROXY)")),!0)})}zl.Agent.prototype.addRequest.call(this,r,o)}createConnection(r,o){let n=$h(r,
80),s=this.proxy(n);if(!s)return zl.Agent.prototype.createConnection.call(this,r,o);KO(s,`${n.host}:${n.port}`,qO(o))}},ql=class extends kh.Agent{constructor(r,o){
super(o);this.env=r}env;createConnection(r,o){let n=qO(o),s=$h(r,443),i=`${s.host.includes(":")?`[${s.host}]`:s.host}:${s.port}`,a=Lh(new URL(`https://${i}`),this.
env);if(!a)return kh.Agent.prototype.createConnection.call(this,r);KO(a,i,(c,l)=>{if(c||!l)return n(c);let d=WO(a);l.write(`CONNECT ${i} HTTP/1.1\r
Host: ${i}\r
${d?`Proxy-Authorization: ${d}\r
`:""}\r
`);let u=Buffer.alloc(0),m=h=>{l.destroy(),n(Uh(a,i,h))},f=h=>{if(u=Buffer.concat([u,h]),u.indexOf(`\r
\r
`)<0)return;l.off("data",f),l.off("error",g),l.off("end",y);let x=/^HTTP\/1\.[01] (\d{3})([^\r\n]*)/.exec(u.toString("latin1"));if(x?.[1]!=="200")return m(`refu\
sed the tunnel: ${x?`${x[1]}${x[2]}`:"no HTTP answer"}${x?.[1]==="407"?" (check the credentials in HTTPS_PROXY)":""}`);let v=r.servername??(/^[\d.]+$|:/.test(s.
host)?void 0:s.host);n(null,(0,VO.connect)({...r,socket:l,servername:v}))},g=h=>m(`dropped the tunnel: ${h.message}`),y=()=>m("closed the connection before answ\
ering CONNECT");l.on("data",f),l.once("error",g),l.once("end",y)})}};function JO(t){return["http_proxy","HTTP_PROXY","https_proxy","HTTPS_PROXY"].some(e=>t[e]?.
trim())?{httpAgent:new Vl(t,{keepAlive:!0}),httpsAgent:new ql(t,{keepAlive:!0})}:{}}function YO(t,e){if(Lh(t,e))return t.protocol==="https:"?new ql(e,{keepAlive:!1}):
new Vl(e,{keepAlive:!1})}var XO=5,Kj=5e3,Jj=3e4;function Yj(t=1/0){let e=Math.max(1e3,Math.min(Jj,Math.floor(t/3)));return{connectionTimeout:Math.min(Kj,e),requestTimeout:e}}function es(t,e,r){
return{region:t,credentials:e,retryMode:"adaptive",maxAttempts:XO,requestHandler:{...Yj(r?.ms),throwOnRequestTimeout:!0,...JO(process.env)}}}function Wl(t){let e=t??
{},r=e.name??"",o=/Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(r)||!!e.$retryable?.throttling,n=o||!!e.$retryable||(e.$metadata?.httpStatusCode??
0)>=500||/Timeout/.test(r)||/^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)$/.test(e.code??"");return{attempts:e.$metadata?.
attempts??1,transient:n,throttled:o}}function Kl(t,e){return e?`AWS kept throttling ${t} for longer than ${XO} attempts with backoff: re-run later, spread out c\
oncurrent deliveries, or raise the ${t} API rate quota (Service Quotas)`:`${t} or the network to it kept failing: check the runner's access to AWS (proxy, firew\
all, VPC endpoint, AWS_ENDPOINT_URL_${t}) and the AWS Health Dashboard, then re-run`}var ts=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.image.manifest.v\
1+json","application/vnd.oci.image.index.v1+json"],Xj=new Set(["RepositoryNotFoundException","RepositoryAlreadyExistsException","ImageAlreadyExistsException","I\
mageTagAlreadyExistsException","ScanNotFoundException","LayersNotFoundException"]),Et=t=>t?.name??"";async function Jl(t,e,r,o){try{return await Sn(r,`${t.label}\
 ${e}`,o)}catch(n){throw Qj(t,e,n)}}function Qj(t,e,r){let o=Et(r);if(r instanceof wt||Xj.has(o))return r;let n=`${t.label} ${e}`,s=`${o}: ${r.message}`;if(o===
"CredentialsProviderError")return new le(`no AWS credentials for ${n}: ${r.message}`,"set role-to-assume to use the CI's OIDC token, or provide credentials (AWS\
_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile, an instance role)",{cause:r});let i=Wl(r);if(i.transient)return new le(`${n} failed after ${i.attempts} attempt\
(s): ${s}`,Kl("ECR",i.throttled),{cause:r});if(/ExpiredToken/.test(o))return new le(`${n} failed: the AWS credentials have expired (${s})`,"with role-to-assume \
they are refreshed before they expire; ambient credentials must outlive the run (or raise role-duration-seconds for the role that issued them)",{cause:r});let a=/AccessDenied|UnrecognizedClient|InvalidSignature/.
test(o);return new le(`${n} failed: ${s}`,a?t.permissionHint(e):void 0,{cause:r})}var Zj=4;function zi(t,e=t?.proxyEndpoint){if(!t?.authorizationToken||!e)throw new le("ECR returned no authorization data");let r=Buffer.from(t.authorizationToken,
"base64").toString("utf8"),o=r.indexOf(":");return{host:e.replace(/^https?:\/\//,"").replace(/\/+$/,""),username:r.slice(0,o),password:r.slice(o+1)}}function eG(t){
return new RegExp(`^${t.split("*").map(e=>e.replace(/[.+?^${}()|[\]\\]/g,"\\$&")).join(".*")}$`)}function Fh(t,e){let r=t.exclusionFilters.some(o=>eG(o).test(e));
switch(t.mutability){case"IMMUTABLE":return!0;case"IMMUTABLE_WITH_EXCLUSION":return!r;case"MUTABLE_WITH_EXCLUSION":return r;default:return!1}}async function QO(t,e,r,o){
let n=[...o],s=async()=>{for(let i=n.shift();i!==void 0;i=n.shift())await t.putTag(e,r,i)};await Promise.all(Array.from({length:Math.min(Zj,n.length)},s))}var tG=5,Mh=100,rG={label:"ECR",permissionHint:t=>`the credentials need ecr:${t} on this repository (\`ecr-deliver iam-policy\` prints the policy)`},rs=class{constructor(e,r,o,n){
this.registryId=o;this.deadline=n;this.ecr=new kl(es(e,r,n)),this.sendOptions={abortSignal:n?.signal}}registryId;deadline;ecr;sendOptions;close(){this.ecr.destroy()}async login(){
let e=await this.send("GetAuthorizationToken",new Gi(this.registryId?{registryIds:[this.registryId]}:{}));return zi(e.authorizationData?.[0])}async logins(e){return((await this.
send("GetAuthorizationToken",new Gi({registryIds:e}))).authorizationData??[]).map(o=>zi(o))}async findRepository(e){let r=await this.describe(e);return r&&Bh(r,
!1)}async ensureRepository(e,r){let o=await this.findRepository(e.repository);if(o)return o;if(!e.createRepository)throw new le(`repository ${e.repository} does\
 not exist`,"create it, or set create-repository: true");let n=oG(e,r);try{let s=await this.send("CreateRepository",new Ll({registryId:this.registryId,repositoryName:e.
repository,imageTagMutability:e.imageTagMutability,imageTagMutabilityExclusionFilters:n,imageScanningConfiguration:{scanOnPush:e.scanOnPush},encryptionConfiguration:{
encryptionType:e.encryptionType,kmsKey:e.kmsKey}}));return Bh(s.repository,!0)}catch(s){if(Et(s)!=="RepositoryAlreadyExistsException")throw s;let i=await this.describe(
e.repository);if(!i)throw s;return Bh(i,!1)}}async applyPolicies(e){let r={registryId:this.registryId,repositoryName:e.repository},o=i=>i?(0,ZO.readFileSync)(i,
"utf8"):void 0,[n,s]=[o(e.lifecyclePolicy),o(e.repositoryPolicy)];await Promise.all([n&&this.send("PutLifecyclePolicy",new Hl({...r,lifecyclePolicyText:n})),s&&
this.send("SetRepositoryPolicy",new jl({...r,policyText:s}))])}async images(e,r){let o=new Map,n=Array.from({length:Math.ceil(r.length/Mh)},(i,a)=>r.slice(a*Mh,
(a+1)*Mh)),s;try{s=await Promise.all(n.map(i=>this.send("BatchGetImage",new $l({registryId:this.registryId,repositoryName:e,imageIds:i.map(a=>({imageTag:a})),acceptedMediaTypes:ts}))))}catch(i){
if(Et(i)==="RepositoryNotFoundException")return o;throw i}for(let i of s.flatMap(a=>a.images??[])){let a=i.imageId?.imageTag;a&&i.imageId?.imageDigest&&i.imageManifest&&
o.set(a,{digest:i.imageId.imageDigest,manifest:i.imageManifest,mediaType:i.imageManifestMediaType??""})}return o}async latestImage(e){let r,o;for(let n=0;n<tG;n++){
let s;try{s=await this.send("DescribeImages",new Fl({registryId:this.registryId,repositoryName:e,filter:{tagStatus:"TAGGED"},maxResults:1e3,nextToken:o}))}catch(i){
if(Et(i)==="RepositoryNotFoundException")return;throw i}for(let i of s.imageDetails??[]){let a=i.imagePushedAt?.getTime()??0;i.imageDigest&&!i.artifactMediaType?.
includes("artifact")&&ts.includes(i.imageManifestMediaType??ts[0])&&a>=(r?.at??-1)&&(r={digest:i.imageDigest,at:a})}if(o=s.nextToken,!o)break}return r?.digest}async putTag(e,r,o){
try{await this.send("PutImage",new Bl({registryId:this.registryId,repositoryName:e,imageManifest:r.manifest,imageManifestMediaType:r.mediaType||void 0,imageDigest:r.
digest,imageTag:o}))}catch(n){if(Et(n)==="ImageAlreadyExistsException")return;throw Et(n)==="ImageTagAlreadyExistsException"?new le(`tag ${o} already exists in \
the immutable repository ${e} at another image`,"immutable tags cannot move: drop the tag from `tags`, or use a new one",{cause:n}):n}}async scanFindings(e,r,o){
try{return await this.send("DescribeImageScanFindings",new Ul({registryId:this.registryId,repositoryName:e,imageId:{imageDigest:r},nextToken:o,maxResults:1e3}))}catch(n){
if(Et(n)==="ScanNotFoundException")return;throw n}}async startScan(e,r){await this.send("StartImageScan",new Gl({registryId:this.registryId,repositoryName:e,imageId:{
imageDigest:r}}))}async describe(e){try{return(await this.send("DescribeRepositories",new Ml({registryId:this.registryId,repositoryNames:[e]}))).repositories?.[0]}catch(r){
if(Et(r)==="RepositoryNotFoundException")return;throw r}}send(e,r){return Jl(rG,e,this.deadline,()=>this.ecr.send(r,this.sendOptions))}};function Bh(t,e){return{
name:t.repositoryName,uri:t.repositoryUri,arn:t.repositoryArn,mutability:t.imageTagMutability??"MUTABLE",exclusionFilters:(t.imageTagMutabilityExclusionFilters??
[]).map(r=>r.filter??"").filter(Boolean),scanOnPush:t.imageScanningConfiguration?.scanOnPush??!1,created:e}}function oG(t,e){if(t.imageTagMutability==="IMMUTABL\
E_WITH_EXCLUSION"){if(e.length>Zd)throw new le(`an IMMUTABLE_WITH_EXCLUSION repository takes at most ${Zd} exclusion filters; keeping this run's extra tags mova\
ble needs ${e.length}: ${e.join(", ")}`,"use fewer extra tags, create the repository yourself with wildcard filters, or use MUTABLE");return e.map(r=>({filterType:"\
WILDCARD",filter:r}))}}async function Yl(t,e,r,o){let n=new Map;for(let i of t)n.set(i.region??e,[...n.get(i.region??e)??[],i.id]);return(await Promise.all([...n].map(async([i,a])=>{let c=new rs(
i,r,void 0,o);try{return await c.logins(a)}finally{c.close()}}))).flat()}var nG=/unauthorized|authentication required|no basic auth credentials|denied|\b401\b|\b403\b|may require 'docker login'/i,
sG=/^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;function Hh(t){let e;try{e=(0,eN.readFileSync)(t,"utf8")}catch{return[]}let r=new Set;for(let o of e.
matchAll(/^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)/gim)){let n=o[1].split("/")[0];o[1].includes("/")&&(/[.:]/.test(n)||n==="localhost")&&r.add(n)}return[...r]}function tN(t,e,r,o){
if(!nG.test(t))return;let n=Hh(e).filter(i=>!r.includes(i));return n.length?`the Dockerfile pulls from ${n.map(i=>{let a=sG.exec(i);return a?`${i} (pull-registr\
ies: ${a[2]===o?a[1]:`${a[1]}@${a[2]}`})`:i}).join(", ")}, which docker is not logged in to: add the registry's account id (or ID@REGION) to pull-registries`:void 0}var sN=require("node:child_process"),iN=require("node:fs"),aN=require("node:util");$p();var iG=/^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/,aG=/^(?:arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)|alias\/[\w/+=,.@-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
cG=/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/,pG=/^[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$|^(?:sha256:)?[a-f0-9]{12,64}$/,
lG=100,dG=/^[A-Za-z_][A-Za-z0-9_]{0,255}$/,uG=/^[A-Za-z0-9][A-Za-z0-9._/-]{0,255}=/,mG=/^[A-Za-z0-9][A-Za-z0-9_.+-]{0,127}$/,Vi="sts.amazonaws.com",dn=["CRITICA\
L","HIGH","MEDIUM","LOW"],rN=[{name:"repository",field:"repository",...se(Be.repository),required:!0,description:"ECR repository name, e.g. `team/api`. Validate\
d against ECR's naming rule before any AWS call.",iamPolicy:{value:"NAME",description:"ECR repository the role delivers to."}},{name:"aws-region",field:"awsRegi\
on",...se(Be.region),defaultText:"`AWS_REGION`, then `AWS_DEFAULT_REGION`",description:"Region of the registry.",iamPolicy:{value:"REGION"}},{name:"role-to-assu\
me",field:"roleToAssume",...se(re(iG,"is not an IAM role ARN like `arn:aws:iam::123456789012:role/name`")),defaultText:"none: the ambient AWS credential chain",
description:"IAM role ARN, assumed with `AssumeRoleWithWebIdentity` using the CI's OIDC token."},{name:"audience",field:"audience",...se(Be.audience),default:Vi,
description:"Audience asked for the GitHub OIDC token (CircleCI tokens are used as issued).",iamPolicy:{value:"AUD",description:"Pinned `aud` of the trust polic\
y.",default:void 0,defaultText:"sts.amazonaws.com on GitHub, the org id on CircleCI"}},{name:"web-identity-token-file",field:"webIdentityTokenFile",...hn(ko),defaultText:"\
`AWS_WEB_IDENTITY_TOKEN_FILE`",description:"OIDC token file, for CIs other than GitHub and CircleCI."},{name:"role-session-name",field:"roleSessionName",...se(Be.
sessionName),defaultText:"derived from the CI run, e.g. `ecr-deliver-<run id>`",description:"STS session name (STS's charset `[\\w+=,.@-]`, 2\u201364 characters)."},
{name:"role-duration-seconds",field:"roleDurationSeconds",...na(900,43200),default:"3600",description:"Lifetime of the assumed role's credentials, 900\u201343200."},
{name:"registry-id",field:"registryId",...se(Be.account),defaultText:"the caller's account",description:"Account id (12 digits) that owns the registry, for cros\
s-account pushes.",iamPolicy:{value:"ID",defaultText:"`account-id`"}},{name:"create-repository",field:"createRepository",...pt,default:"true",description:"Creat\
e the repository when it is missing.",iamPolicy:{value:"true|false",description:"The delivery may create the repository."}},{name:"image-tag-mutability",field:"\
imageTagMutability",...Qr("MUTABLE","IMMUTABLE","IMMUTABLE_WITH_EXCLUSION"),default:"MUTABLE",description:"Tag mutability of a created repository: MUTABLE, IMMU\
TABLE or IMMUTABLE_WITH_EXCLUSION (the extra `tags` stay mutable)."},{name:"scan-on-push",field:"scanOnPush",...pt,default:"true",description:"Scan on push, for\
 a created repository."},{name:"encryption-type",field:"encryptionType",...Qr("AES256","KMS"),default:"AES256",description:"Encryption of a created repository: \
AES256 or KMS (`kms-key` with KMS).",iamPolicy:{value:"AES256|KMS",description:"Encryption of a created repository; KMS adds the KMS grants ECR needs."}},{name:"\
kms-key",field:"kmsKey",...se(re(aG,"is not a KMS key ARN, key id or `alias/\u2026`")),description:"KMS key ARN, id or alias, with `encryption-type: KMS`.",iamPolicy:{
value:"ARN",description:"KMS key ARN of a created repository.",defaultText:"any key of the account",...se(re(Dy,"is not a KMS key or alias ARN like `arn:aws:kms\
:eu-west-1:123456789012:key/\u2026`"))}},{name:"lifecycle-policy",field:"lifecyclePolicy",...hn(eu),description:"Path to a lifecycle policy JSON file, applied t\
o the repository.",iamPolicy:{value:"FILE|true",description:"The delivery applies a lifecycle policy.",default:"false",...nu}},{name:"repository-policy",field:"\
repositoryPolicy",...hn(eu),description:"Path to a repository policy JSON file, applied to the repository.",iamPolicy:{value:"FILE|true",description:"The delive\
ry applies a repository policy.",default:"false",...nu}},{name:"context",field:"context",...hn(),default:".",description:"Build context directory."},{name:"dock\
erfile",field:"dockerfile",...hn(),defaultText:"`Dockerfile` in the context",description:"Dockerfile path."},{name:"build-args",field:"buildArgs",...Wy,description:"\
Build arguments, newline-separated `KEY=VALUE`; values are never printed (names only) and reach docker through its environment, not argv."},{name:"target",field:"\
target",...se(re(cG,"is not a build stage name")),description:"Build stage to build."},{name:"platform",field:"platform",...se(Iy),description:"Target platforms\
, e.g. `linux/amd64,linux/arm64` (needs buildx)."},{name:"builder",field:"builder",...se(re(mG,"is not a buildx builder name (letters, digits, `_`, `.`, `+`, `-\
`)")),defaultText:"buildx's current builder",description:"The buildx builder to build with (as `docker/setup-buildx-action` leaves one; each docker context is o\
ne too); a builder of a driver other than `docker` pushes the image itself, without loading it into the daemon."},{name:"cache",field:"cache",...pt,default:"tru\
e",description:"Reuse the layers of the latest image in the repository on a fresh runner (inline cache on BuildKit, a pull and `--cache-from` on the classic bui\
lder); works in IMMUTABLE repositories, and a missing or failing cache never fails a delivery.",iamPolicy:{value:"true|false",description:"The delivery uses the\
 layer cache."}},{name:"provenance",field:"provenance",...pt,default:"false",description:"BuildKit provenance/SBOM attestations (needs buildx). Off by default: \
the attestation index shows up as untagged images in ECR and breaks Lambda deploys."},{name:"image",field:"image",...se(re(pG,"is not a local image reference li\
ke `name:tag` or an image id")),description:"Push this existing local image instead of building."},{name:"commit-sha",field:"commitSha",...se(Be.commitSha,t=>t.
toLowerCase()),defaultText:"`GITHUB_SHA` (the PR head on `pull_request`), `CIRCLE_SHA1`, else `git rev-parse HEAD`",description:"Commit SHA the image is tagged \
with (40 hex characters)."},{name:"tags",field:"tags",...Do(Be.tag,{commas:!0,max:lG}),description:"Extra tags, newline- or comma-separated; the commit SHA tag \
is always applied."},{name:"skip-existing",field:"skipExisting",...pt,default:"false",description:"When the SHA tag already exists in ECR: no build, no layer up\
load; extra tags are added to the existing image by manifest copy."},{name:"push",field:"push",...pt,default:"true",description:"Push to ECR; `false` builds and\
 tags only (pull-request builds).",iamPolicy:{value:"true|false",description:"The delivery pushes; `false`: build-only runs that just look the repository up."}},
{name:"web-identity-token-env",field:"webIdentityTokenEnv",...se(re(dG,"is not an environment variable name (letters, digits, `_`)")),description:"Name of an en\
vironment variable that holds the OIDC token, for CIs other than GitHub and CircleCI (no token file needed)."},{name:"pull-registries",field:"pullRegistries",...Ty,
description:"Other ECR registries docker is logged in to before the build, so `FROM` and cache pulls can read them: account ids (12 digits), or `ID@REGION` for \
another region, comma- or newline-separated.",iamPolicy:{value:"IDS",description:"Base-image registries the build pulls from: account ids or `ID@REGION`, comma-\
separated (as given to the delivery)."}},{name:"registry-type",field:"registryType",...Qr("private","public"),default:"private",description:"`private`, or `publ\
ic` for ECR Public (`public.ecr.aws`; also chosen by a repository given as `public.ecr.aws/<alias>/<name>`).",iamPolicy:{value:"private|public",description:"`pu\
blic`: the ECR Public actions instead.",defaultText:"private, or public for a public.ecr.aws/ repository"}},{name:"catalog-description",field:"catalogDescriptio\
n",...sa(1024),description:"ECR Public: short description of a created repository (text, or `file://PATH`)."},{name:"catalog-about",field:"catalogAbout",...sa(25600),
description:'ECR Public: "About" text (markdown) of a created repository (text, or `file://PATH`).'},{name:"catalog-usage",field:"catalogUsage",...sa(25600),description:'\
ECR Public: "Usage" text (markdown) of a created repository (text, or `file://PATH`).'},{name:"mode",field:"mode",...Qr("deliver","login"),default:"deliver",githubOnly:!0,
description:"GitHub Action only: `deliver`, or `login`: credentials and docker login to the registry and every `pull-registries` id, in the job's docker config,\
 for later docker steps (like the orb's `ecr/login` and the CLI's `login`)."},{name:"docker-credentials-output",field:"dockerCredentialsOutput",...pt,default:"f\
alse",githubOnly:!0,description:"GitHub Action, `login` mode: set masked outputs `docker-username` and `docker-password` for a later job's `services:` credentia\
ls (they are secrets: see the README)."},{name:"skip-logout",field:"skipLogout",...pt,default:"false",githubOnly:!0,description:"GitHub Action, `login` mode: ke\
ep the docker login after the job (the post step does not log out; shared self-hosted runners)."},{name:"timeout-seconds",field:"timeoutSeconds",...na(1,86400),
default:"3600",description:"Upper bound on the whole run (AWS calls, build, push), 1\u201386400; a hung endpoint fails the step instead of the CI job's own timeout. \
Each AWS call also gives up after 5 attempts of at most 30 s."},{name:"secrets",field:"secrets",...zy,description:"Build secrets, lines `id=VALUE` or `id=env:NA\
ME`, for `RUN --mount=type=secret,id=\u2026` (BuildKit); masked, never in argv, layers or history."},{name:"secret-files",field:"secretFiles",...Vy,description:"\
Build secrets from files, lines `id=PATH` (BuildKit)."},{name:"ssh",field:"ssh",...qy,description:"SSH agent or keys for `RUN --mount=type=ssh` (BuildKit): `def\
ault` (the agent at `SSH_AUTH_SOCK`) or lines `id=PATH`."},{name:"semver-tags",field:"semverTags",...pt,default:"false",description:"On a semantic-version git t\
ag (`v1.2.3` or `1.2.3`): also tag `1.2.3`, `1.2` and `1` (pre-releases only their own tag, `0.y.z` no `0`). `latest` only when listed in `tags`."},{name:"branc\
h-tag",field:"branchTag",...pt,default:"false",description:"Also tag the branch name made a valid tag (`feature/Login` \u2192 `feature-login`, cut to 128 characters \
with a hash suffix), and `pr-<number>` on pull requests."},{name:"git-ref",field:"gitRef",...Cy,defaultText:"`GITHUB_REF`; `CIRCLE_TAG`, `CIRCLE_BRANCH`, `CIRCL\
E_PULL_REQUEST`; else `git describe --tags --exact-match` and the checked-out branch",description:"The git ref `semver-tags` and `branch-tag` read: `refs/tags/N\
AME`, `refs/heads/NAME` or `refs/pull/N/merge`."},{name:"labels",field:"labels",...Do(re(uG,"is not `key=value` with a key of letters, digits, `.`, `_`, `-` and\
 `/`")),description:"Extra OCI labels, lines `key=value`, added to the ones always set (revision, source, created; version from a semver tag); a key given here \
wins."},{name:"scan-wait",field:"scanWait",...pt,default:"false",description:"After the push, wait for ECR's scan of the pushed digest (basic or enhanced scanni\
ng) and report the findings (`scan-findings`, the summary).",iamPolicy:{value:"true|false",description:"The delivery waits for the image scan."}},{name:"scan-st\
art",field:"scanStart",...pt,default:"false",description:"With `scan-wait`: start a basic scan (`StartImageScan`) when the repository did not scan the image on \
push.",iamPolicy:{value:"true|false",description:"With `--scan-wait`: the delivery may start a scan."}},{name:"scan-timeout-seconds",field:"scanTimeoutSeconds",
...na(1,86400),default:"600",description:"How long `scan-wait` waits for the scan, 1\u201386400 (also bounded by `timeout-seconds`)."},{name:"fail-on-severity",
field:"failOnSeverity",...Qr(...dn,"none"),default:"none",description:"With `scan-wait`: exit 1 when findings at or above CRITICAL, HIGH, MEDIUM or LOW exist, o\
r when the scan cannot be had (after all outputs are set; the image stays pushed). `none` only reports."},{name:"account-id",field:"accountId",...se(Be.account),
required:!0,iamPolicyOnly:!0,iamPolicy:{value:"ID"},description:"AWS account id (12 digits) of the role and its OIDC provider."},{name:"provider",field:"provide\
r",...Qr("github","circleci","none"),iamPolicyOnly:!0,iamPolicy:{value:"github|circleci|none",defaultText:"github with `--repo`, circleci with `--org-id`"},description:"\
Whose OIDC tokens the role trusts; `none` prints the permissions policy only."},{name:"repo",field:"repo",...se($y),iamPolicyOnly:!0,iamPolicy:{value:"OWNER/REP\
O"},description:"GitHub repository, or its immutable form OWNER@ID/REPO@ID when its OIDC subject carries ids."},{name:"branch",field:"branch",...se(Ly,t=>t.replace(
/^refs\/heads\//,"")),iamPolicyOnly:!0,iamPolicy:{value:"BRANCH",defaultText:"`main`"},description:"GitHub branch allowed to deliver (`*` patterns allowed)."},{
name:"tag",field:"tag",...se(Uy,t=>t.replace(/^refs\/tags\//,"")),iamPolicyOnly:!0,iamPolicy:{value:"TAG"},description:"GitHub tag allowed to deliver, for relea\
se workflows on tag pushes (`v*` patterns allowed; instead of `--branch`)."},{name:"environment",field:"environment",...se(re(Oy,"is not a GitHub environment na\
me (1\u2013255 characters, no `:`)")),iamPolicyOnly:!0,iamPolicy:{value:"NAME"},description:"GitHub environment allowed to deliver, for jobs that use `environme\
nt:` (instead of `--branch`)."},{name:"pull-request",field:"pullRequest",...pt,default:"false",iamPolicyOnly:!0,iamPolicy:{value:"true|false"},description:"Trus\
t runs on `pull_request` events of the repository instead of a branch (pair it with `--push false`)."},{name:"github-issuer",field:"githubIssuer",...My,iamPolicyOnly:!0,
iamPolicy:{value:"HOST",defaultText:"token.actions.githubusercontent.com"},description:"GitHub Enterprise Server's OIDC issuer, `HOST/_services/token`."},{name:"\
org-id",field:"orgId",...se(re(ou,"is not a CircleCI organization id (a lowercase UUID)")),iamPolicyOnly:!0,iamPolicy:{value:"UUID"},description:"CircleCI organ\
ization id (Organization Settings > Overview)."},{name:"project-id",field:"projectId",...se(re(ou,"is not a CircleCI project id (a lowercase UUID)")),iamPolicyOnly:!0,
iamPolicy:{value:"UUID"},description:"CircleCI project id allowed to deliver (required with `--org-id`: without it every project of the org, with any context, c\
ould deliver)."},{name:"vcs-ref",field:"vcsRef",...se(re(Ny,"is not a git ref like `refs/heads/main`")),iamPolicyOnly:!0,iamPolicy:{value:"REF"},description:"Ci\
rcleCI: pin the git ref too, e.g. `refs/heads/main` (matched in the sub of `CIRCLE_OIDC_TOKEN_V2`, which the orb uses; `*` patterns allowed)."},{name:"pull-repo\
sitories",field:"pullRepositories",...Do(re(ky,"is not a repository name pattern (lowercase name, `*` wildcards)"),{commas:!0}),iamPolicyOnly:!0,iamPolicy:{value:"\
PATTERNS",defaultText:"every repository, `*`"},description:"Repositories of the `--pull-registries` the build pulls, name patterns, comma-separated."},{name:"pu\
ll-through",field:"pullThrough",...Do(Fy,{commas:!0}),iamPolicyOnly:!0,iamPolicy:{value:"PREFIXES"},description:"Pull-through cache prefixes of the target regis\
try the build pulls from (adds `ecr:BatchImportUpstreamImage` and `ecr:CreateRepository` on `PREFIX/*`)."},{name:"only",field:"only",...Qr("permissions","trust"),
iamPolicyOnly:!0,iamPolicy:{value:"permissions|trust"},description:"Print just that one policy document, ready for `aws iam \u2026 file://`."}],fG=t=>!t.iamPolicyOnly,
qi=rN.filter(fG),Xl=["aws-region","role-to-assume","audience","web-identity-token-file","role-session-name","role-duration-seconds","registry-id","web-identity-\
token-env","pull-registries","registry-type"];function gG(t,e){let r="default"in e?e.default:t.default,o=e.defaultText??(r!==void 0?`\`${r}\``:t.defaultText),n=`${e.
description??t.description}${t.required?" Required.":""}${o?` Default: ${o}.`:""}`;return{name:t.name,field:t.field,value:e.value,description:n,type:e.type??t.type,
parse:e.parse??t.parse,default:r,required:t.required}}var os=rN.flatMap(t=>t.iamPolicy?[gG(t,t.iamPolicy)]:[]).sort((t,e)=>+!!e.required-+!!t.required);async function jh(t){if(t.tokenEnv){let r=t.env[t.tokenEnv]?.trim();if(!r)throw new Se(`web-identity-token-env names ${t.tokenEnv}, which is not set or empty`);
return{token:r,source:`environment variable ${t.tokenEnv}`}}if(t.tokenFile)return{token:oN(t.tokenFile),source:`file ${t.tokenFile}`};if(t.ci==="github")return{
token:await hG(t),source:"GitHub OIDC"};if(t.ci==="circleci")return yG(t);let e=t.env.AWS_WEB_IDENTITY_TOKEN_FILE;if(e)return{token:oN(e),source:`file ${e}`};throw new Se(
"role-to-assume is set but no OIDC token was found","outside GitHub and CircleCI, write the CI's OIDC token to a file and pass web-identity-token-file (or AWS_W\
EB_IDENTITY_TOKEN_FILE), or name the variable that holds it in web-identity-token-env")}function oN(t){let e=(0,iN.readFileSync)(t,"utf8").trim();if(!e)throw new Se(
`the OIDC token file ${t} is empty`);return e}async function hG(t){if(!t.env.ACTIONS_ID_TOKEN_REQUEST_URL||!t.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN||!t.platformToken)
throw new Se("GitHub did not give this job an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set)","add `permissions: id-token: write` (and `contents: read`) t\
o the workflow or job");try{return await t.platformToken(t.audience)}catch(e){throw e instanceof yr?e:new hr(`could not get the GitHub OIDC token: ${e.message}`,
"check `permissions: id-token: write`; tokens are not issued to pull requests from forks")}}async function yG(t){let e=t.env.CIRCLE_OIDC_TOKEN_V2||t.env.CIRCLE_OIDC_TOKEN,
r=e&&{token:e.trim(),source:t.env.CIRCLE_OIDC_TOKEN_V2?"CIRCLE_OIDC_TOKEN_V2":"CIRCLE_OIDC_TOKEN"};if(r&&!t.renew)return r;try{let o=["run","oidc","get"];t.audience!==
Vi&&o.push("--claims",JSON.stringify({aud:t.audience}));let{stdout:n}=await(0,aN.promisify)(sN.execFile)("circleci",o,{encoding:"utf8",env:t.env}),s=n.trim();if(s)
return{token:s,source:"circleci run oidc get"}}catch{}if(r)return r;throw new Se("CircleCI did not give this job an OIDC token (no CIRCLE_OIDC_TOKEN_V2 or CIRCL\
E_OIDC_TOKEN)","run the job with a context (CircleCI issues OIDC tokens only to jobs that use one), or pass web-identity-token-file")}function EG(t){try{let e=JSON.
parse(Buffer.from(t.split(".")[1]??"","base64url").toString("utf8")),r=o=>Array.isArray(o)?o.join(","):typeof o=="string"?o:void 0;return{iss:r(e.iss),sub:r(e.sub),
aud:r(e.aud)}}catch{return{}}}async function Gh(t,e,r,o){r.secret(e);let n=Yn({roleArn:t.roleArn,roleSessionName:t.sessionName,webIdentityToken:e,durationSeconds:t.
durationSeconds,clientConfig:es(t.region,void 0,o)});try{let s=await Sn(o,"STS AssumeRoleWithWebIdentity",()=>n());return SG({accessKeyId:s.accessKeyId,secretAccessKey:s.
secretAccessKey,sessionToken:s.sessionToken,expiration:s.expiration},r)}catch(s){throw RG(s,t,e)}}function cN(t,e){let r={credentials:t,margin:nN(t)},o;return()=>{
let n=r.credentials.expiration?.getTime();return n===void 0||n-Date.now()>r.margin?Promise.resolve(r.credentials):(o??=e().then(s=>(r={credentials:s,margin:nN(s)},
s)).finally(()=>{o=void 0}),o)}}var xG=300*1e3;function nN(t){let e=t.expiration?t.expiration.getTime()-Date.now():1/0;return Math.min(xG,e/2)}function SG(t,e){
for(let r of[t.accessKeyId,t.secretAccessKey,t.sessionToken])r&&e.secret(r);return t}function RG(t,e,r){if(t instanceof hr||t instanceof yr)return t;let o=t,n=EG(
r),s=`token iss=${n.iss??"?"} sub=${n.sub??"?"} aud=${n.aud??"?"}`,i=Wl(t);if(i.transient){let c=`STS AssumeRoleWithWebIdentity for ${e.roleArn} failed after ${i.
attempts} attempt(s) (${o.name}: ${o.message}); ${s}`;return new hr(c,Kl("STS",i.throttled),{cause:t})}let a=`STS refused AssumeRoleWithWebIdentity for ${e.roleArn}\
 (${o.name}: ${o.message}); ${s}`;switch(o.name){case"AccessDenied":case"AccessDeniedException":return new hr(a,"the role's trust policy must allow this token: \
Federated principal for the issuer, `aud` and `sub` conditions matching the values above (`ecr-deliver iam-policy` prints one)",{cause:t});case"InvalidIdentityT\
oken":case"InvalidIdentityTokenException":return new hr(a,"the account needs an IAM OIDC identity provider for this issuer, with the audience above as a client \
id",{cause:t});case"ExpiredTokenException":return new hr(a,"the OIDC token expired before it was used; request a fresh one",{cause:t});case"IDPCommunicationErro\
r":case"IDPCommunicationErrorException":return new hr(a,"STS could not reach the token issuer; retry the job",{cause:t});default:return new hr(a,void 0,{cause:t})}}var JN=require("node:fs");M();st();T();$();W();F();ut();X();Ie();T();var pN=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function _G(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr-public",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{
config:e,context:r}})}}var lN=t=>{let e=[];switch(t.operation){default:e.push(_G(t))}return e},dN=t=>{let e=ur(t);return Object.assign(e,{authSchemePreference:q(
t.authSchemePreference??[])})};var uN=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr-public"}),mN={UseFIPS:{
type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"bui\
ltInParams",name:"useDualstackEndpoint"}};var fN={name:"@aws-sdk/client-ecr-public",version:"3.1108.0",description:"AWS SDK for JavaScript Ecr Public Client for Node.js, Browser and React Native",homepage:"\
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
s":"0.10.1",premove:"4.0.0",typescript:"~6.0.3"},engines:{node:">=20.0.0"}};M();Ie();T();$();ut();k();fo();Ie();Zo();en();T();F();k();M();W();W();var Wi="ref",un=-1,Ql=!0,gN="isSet",xN="PartitionResult",Zl="booleanEquals",zh="getAttr",hN={[Wi]:"Endpoint"},Vh={[Wi]:xN},ns={},yN=[{[Wi]:"Region"}],EN={conditions:[
[gN,[hN]],[gN,yN],["aws.partition",yN,xN],[Zl,[{[Wi]:"UseFIPS"},Ql]],[Zl,[{[Wi]:"UseDualStack"},Ql]],[Zl,[{fn:zh,argv:[Vh,"supportsDualStack"]},Ql]],[Zl,[{fn:zh,
argv:[Vh,"supportsFIPS"]},Ql]],["stringEquals",[{fn:zh,argv:[Vh,"name"]},"aws"]]],results:[[un],[un,"Invalid Configuration: FIPS and custom endpoint are not sup\
ported"],[un,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[hN,ns],["https://api.ecr-public-fips.{Region}.{PartitionResult#dualStack\
DnsSuffix}",ns],[un,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://api.ecr-public-fips.{Region}.{PartitionResult#d\
nsSuffix}",ns],[un,"FIPS is enabled but this partition does not support FIPS"],["https://ecr-public.{Region}.api.aws",ns],["https://api.ecr-public.{Region}.{Par\
titionResult#dualStackDnsSuffix}",ns],[un,"DualStack is enabled but this partition does not support DualStack"],["https://api.ecr-public.{Region}.{PartitionResu\
lt#dnsSuffix}",ns],[un,"Invalid Configuration: Missing Region"]]},IG=2,xt=1e8,TG=new Int32Array([-1,1,-1,0,13,3,1,4,xt+12,2,5,xt+12,3,9,6,4,7,xt+11,5,8,xt+10,7,
xt+8,xt+9,4,11,10,6,xt+6,xt+7,5,12,xt+5,6,xt+4,xt+5,3,xt+1,14,4,xt+2,xt+3]),SN=rt.from(TG,IG,EN.conditions,EN.results);var CG=new ot({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),RN=(t,e={})=>CG.get(t,()=>Bt(SN,{endpointParams:t,logger:e.logger}));Pe.aws=mt;X();T();var K=class t extends et{constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var ed=class t extends K{name="InvalidParameterException";$fault="client";constructor(e){super({name:"InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},td=class t extends K{name="RegistryNotFoundException";$fault="client";constructor(e){super({name:"RegistryNotFoundException",$fault:"client",
...e}),Object.setPrototypeOf(this,t.prototype)}},rd=class t extends K{name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryN\
otFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},od=class t extends K{name="ServerException";$fault="server";constructor(e){super(
{name:"ServerException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},nd=class t extends K{name="UnsupportedCommandException";$fault="client";constructor(e){
super({name:"UnsupportedCommandException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},sd=class t extends K{name="EmptyUploadException";$fault="\
client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},id=class t extends K{name="InvalidLay\
erException";$fault="client";constructor(e){super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ad=class t extends K{name="\
LayerAlreadyExistsException";$fault="client";constructor(e){super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
cd=class t extends K{name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},pd=class t extends K{name="UploadNotFoundException";$fault="client";constructor(e){super({name:"UploadNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},ld=class t extends K{name="InvalidTagParameterException";$fault="client";constructor(e){super({name:"InvalidTagParamet\
erException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},dd=class t extends K{name="LimitExceededException";$fault="client";constructor(e){
super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ud=class t extends K{name="RepositoryAlreadyExistsExceptio\
n";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},md=class t extends K{name="\
TooManyTagsException";$fault="client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},fd=class t extends K{name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
gd=class t extends K{name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},hd=class t extends K{name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},yd=class t extends K{name="RepositoryCatalogDataNotFoundException";$fault="client";constructor(e){
super({name:"RepositoryCatalogDataNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ed=class t extends K{name="ImageAlreadyExi\
stsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},xd=class t extends K{name="\
ImageDigestDoesNotMatchException";$fault="client";constructor(e){super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},Sd=class t extends K{name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"cl\
ient",...e}),Object.setPrototypeOf(this,t.prototype)}},Rd=class t extends K{name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){
super({name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}},_d=class t extends K{name="LayersNotFoundException";$fault="client";constructor(e){
super({name:"LayersNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},wd=class t extends K{name="ReferencedImagesNotFoundExcept\
ion";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}};var vG="AuthorizationData";var bG="CreateRepository",AG="CreateRepositoryRequest",PG="CreateRepositoryResponse";var OG="DescribeImageTags",NG="DescribeImageTagsRequest",DG="DescribeImageTagsResponse";var kG="DescribeRegistriesRequest",$G="DescribeRegistriesResponse",LG="DescribeRepositoriesRequest",UG="DescribeRepositoriesResponse",FG="DescribeRegistries",MG="\
DescribeRepositories",BG="EmptyUploadException",HG="GetAuthorizationToken",jG="GetAuthorizationTokenRequest",GG="GetAuthorizationTokenResponse";var zG="Image",VG="ImageAlreadyExistsException";var qG="ImageDigestDoesNotMatchException";var WG="ImageIdentifier";var KG="InvalidLayerException",JG="InvalidLayerPartException";var YG="ImageNotFoundException",XG="InvalidParameterException",QG="ImageTagAlreadyExistsException",ZG="ImageTagDetail",ez="ImageTagDetailList",tz="InvalidTagPar\
ameterException",rz="Key";var oz="LayerAlreadyExistsException",nz="LimitExceededException";var sz="LayersNotFoundException",iz="LayerPartTooSmallException";var az="PutImage",cz="PutImageRequest",pz="PutImageResponse";var lz="Registry",dz="RegistryAlias",uz="RepositoryAlreadyExistsException",mz="RegistryAliasList";var fz="RepositoryCatalogDataInput",gz="RepositoryCatalogDataNotFoundException",hz="RepositoryCatalogData",yz="ReferencedImageDetail",Ez="ReferencedImagesNotFou\
ndException",xz="RegistryList",Sz="RepositoryList",Rz="RepositoryNotEmptyException",_z="RegistryNotFoundException",wz="RepositoryNotFoundException",Iz="Reposito\
ryPolicyNotFoundException",Tz="Repository",Cz="ServerException",vz="SetRepositoryPolicy",bz="SetRepositoryPolicyRequest",Az="SetRepositoryPolicyResponse",Pz="Ta\
g",Oz="TagList",Nz="TooManyTagsException";var Dz="UnsupportedCommandException";var kz="UploadNotFoundException";var $z="Value",Lz="aliases",Uz="authorizationData",Fz="artifactMediaType",Mz="authorizationToken",_N="aboutText",wN="architectures",ce="client",IN="createdAt",TN="\
catalogData",CN="description";var Bz="defaultRegistryAlias",oe="error",Hz="expiresAt";var jz="force",Gz="image";var qh="imageDigest",zz="imageDetail";var Vz="imageId",vN="imageManifest",Wh="imageManifestMediaType",qz="imagePushedAt",Wz="imageSizeInBytes";var Kz="imageTagDetails",Kh="imageTag";var Jz="logoImageBlob";var Yz="logoUrl",Xz="lastValidByteReceived",ne="message",Qz="marketplaceCertified",Jh="maxResults";var Zz="name",ss="nextToken",bN="operatingSystems";var eV="primaryRegistryAlias";var AN="policyText",tV="repository";var rV="registryArn",oV="repositoryArn";var Yr="registryId",Oo="repositoryName",nV="repositoryNames",sV="registryUri",iV="repositoryUri",aV="registries",cV="repositories",PN="smithy.ts.sdk.synthetic.c\
om.amazonaws.ecrpublic",pV="server",lV="status",dV="tags";var uV="uploadId",ON="usageText",mV="verified",I="com.amazonaws.ecrpublic",NN=Q.for(PN),fV=[-3,PN,"ECRPUBLICServiceException",0,[],[]];NN.registerError(fV,K);var te=Q.
for(I),gV=[-3,I,BG,{[oe]:ce},[ne],[0]];te.registerError(gV,sd);var hV=[-3,I,VG,{[oe]:ce},[ne],[0]];te.registerError(hV,Ed);var yV=[-3,I,qG,{[oe]:ce},[ne],[0]];te.
registerError(yV,xd);var EV=[-3,I,YG,{[oe]:ce},[ne],[0]];te.registerError(EV,hd);var xV=[-3,I,QG,{[oe]:ce},[ne],[0]];te.registerError(xV,Sd);var SV=[-3,I,KG,{[oe]:ce},
[ne],[0]];te.registerError(SV,id);var RV=[-3,I,JG,{[oe]:ce},[Yr,Oo,uV,Xz,ne],[0,0,0,1,0]];te.registerError(RV,Rd);var _V=[-3,I,XG,{[oe]:ce},[ne],[0]];te.registerError(
_V,ed);var wV=[-3,I,tz,{[oe]:ce},[ne],[0]];te.registerError(wV,ld);var IV=[-3,I,oz,{[oe]:ce},[ne],[0]];te.registerError(IV,ad);var TV=[-3,I,iz,{[oe]:ce},[ne],[0]];
te.registerError(TV,cd);var CV=[-3,I,sz,{[oe]:ce},[ne],[0]];te.registerError(CV,_d);var vV=[-3,I,nz,{[oe]:ce},[ne],[0]];te.registerError(vV,dd);var bV=[-3,I,Ez,
{[oe]:ce},[ne],[0]];te.registerError(bV,wd);var AV=[-3,I,_z,{[oe]:ce},[ne],[0]];te.registerError(AV,td);var PV=[-3,I,uz,{[oe]:ce},[ne],[0]];te.registerError(PV,
ud);var OV=[-3,I,gz,{[oe]:ce},[ne],[0]];te.registerError(OV,yd);var NV=[-3,I,Rz,{[oe]:ce},[ne],[0]];te.registerError(NV,fd);var DV=[-3,I,wz,{[oe]:ce},[ne],[0]];
te.registerError(DV,rd);var kV=[-3,I,Iz,{[oe]:ce},[ne],[0]];te.registerError(kV,gd);var $V=[-3,I,Cz,{[oe]:pV},[ne],[0]];te.registerError($V,od);var LV=[-3,I,Nz,
{[oe]:ce},[ne],[0]];te.registerError(LV,md);var UV=[-3,I,Dz,{[oe]:ce},[ne],[0]];te.registerError(UV,nd);var FV=[-3,I,kz,{[oe]:ce},[ne],[0]];te.registerError(FV,
pd);var DN=[NN,te],MV=[3,I,vG,0,[Mz,Hz],[0,4]];var BV=[3,I,AG,0,[Oo,TN,dV],[0,()=>sq,()=>mq],1],HV=[3,I,PG,0,[tV,TN],[()=>kN,()=>nq]];var jV=[3,I,NG,0,[Oo,Yr,ss,Jh],[0,0,0,1],1],GV=[3,I,DG,0,[Kz,ss],[()=>pq,0]],zV=[3,I,kG,0,[ss,Jh],[0,1]],VV=[3,I,$G,0,[aV,ss],[()=>dq,0],1],qV=[3,I,LG,0,[Yr,nV,
ss,Jh],[0,64,0,1]],WV=[3,I,UG,0,[cV,ss],[()=>uq,0]],KV=[3,I,jG,0,[],[]],JV=[3,I,GG,0,[Uz],[()=>MV]];var YV=[3,I,zG,0,[Yr,Oo,Vz,vN,Wh],[0,0,()=>XV,0,0]];var XV=[3,I,WG,0,[qh,Kh],[0,0]],QV=[3,I,ZG,0,[Kh,IN,zz],[0,4,()=>tq]];var ZV=[3,I,cz,0,[Oo,vN,Yr,Wh,Kh,qh],[0,0,0,0,0,0],2],eq=[3,I,pz,0,[Gz],[()=>YV]];var tq=[3,I,yz,0,[qh,Wz,qz,Wh,Fz],[0,1,4,0,0]],rq=[3,I,lz,0,[Yr,rV,sV,mV,Lz],[0,0,0,2,()=>lq],5],oq=[3,I,dz,0,[Zz,lV,eV,Bz],[0,0,2,2],4];var kN=[3,I,Tz,0,[oV,Yr,Oo,iV,IN],[0,0,0,0,4]],nq=[3,I,hz,0,[CN,wN,bN,Yz,_N,ON,Qz],[0,64,64,0,0,0,2]],sq=[3,I,fz,0,[CN,wN,bN,Jz,_N,ON],[0,64,64,21,0,0]],iq=[3,I,
bz,0,[Oo,AN,Yr,jz],[0,0,0,2],2],aq=[3,I,Az,0,[Yr,Oo,AN],[0,0,0]],cq=[3,I,Pz,0,[rz,$z],[0,0]];var pq=[1,I,ez,0,()=>QV];var lq=[1,I,mz,0,()=>oq],dq=[1,I,xz,0,()=>rq],uq=[1,I,Sz,0,()=>kN];var mq=[1,I,Oz,0,()=>cq];var $N=[9,I,bG,0,()=>BV,()=>HV];var LN=[9,I,OG,0,()=>jV,()=>GV],UN=[9,I,FG,0,()=>zV,()=>VV],FN=[9,I,MG,0,()=>qV,()=>WV],MN=[9,I,HG,0,()=>KV,()=>JV];var BN=[9,I,az,0,()=>ZV,()=>eq];var HN=[9,I,vz,0,()=>iq,()=>aq];var jN=t=>({apiVersion:"2020-10-30",base64Decoder:t?.base64Decoder??Re,base64Encoder:t?.base64Encoder??me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??RN,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??lN,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge}],logger:t?.logger??new we,protocol:t?.protocol??Qo,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecrpublic",errorTypeRegistries:DN,xmlNamespace:"http://ecr-public.amazonaws.com/doc/2020-12-02/",version:"2020-10-30",serviceTarget:"\
SpencerFrontendService"},serviceId:t?.serviceId??"ECR PUBLIC",sha256:t?.sha256??gt,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??ie,utf8Encoder:t?.utf8Encoder??
Z});var GN=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Dt),o=jN(t);Tt(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(ft,n),bodyLengthChecker:t?.bodyLengthChecker??Ct,credentialDefaultProvider:t?.credentialDefaultProvider??
ji,defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:fN.version}),maxAttempts:t?.maxAttempts??_(Yt,t),region:t?.region??
_(Ae,{...tt,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Qt,default:async()=>(await r()).retryMode||it},t),streamCollector:t?.
streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Ot,n),userAgentAppId:t?.userAgentAppId??_(tr,n)}};M();T();F();var zN=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);s===-1?e.
push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
VN=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var qN=(t,e)=>{let r=Object.assign(rr(t),$t(t),Ht(t),zN(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),jt(r),VN(r))};var Id=class extends Te{config;constructor(...[e]){let r=GN(e||{});super(r),this.initConfig=r;let o=uN(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=pr(a),l=dN(c),d=qN(l,e?.
extensions||[]);this.config=d,this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(Zt(this.config)),this.middlewareStack.use(dr(this.config)),this.
middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),
this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:pN,identityProviderConfigProvider:async u=>new Ve({"aws.auth#sigv4":u.credentials})})),
this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}};T();W();var St=Ut(mN,"SpencerFrontendService","ECRPUBLICClient",lr),Rt={},_t=(t,e,r,o)=>[];var Td=class extends St(Rt,_t,"CreateRepository",$N){};var Cd=class extends St(Rt,_t,"DescribeImageTags",LN){};var vd=class extends St(Rt,_t,"DescribeRegistries",UN){};var bd=class extends St(Rt,_t,"DescribeRepositories",FN){};var Ad=class extends St(Rt,_t,"GetAuthorizationToken",MN){};var Pd=class extends St(Rt,_t,"PutImage",BN){};var Od=class extends St(Rt,_t,"SetRepositoryPolicy",HN){};function Ki(t,e){let r=new URL(t),{request:o}=r.protocol==="https:"?require("node:https"):require("node:http");return new Promise((n,s)=>{let i=YO(r,process.env)??
!1,a=o(r,{method:e.method??"GET",headers:e.headers,agent:i,signal:e.signal,timeout:e.timeoutMs},c=>{let l=[];c.on("data",d=>l.push(d)),c.on("error",s),c.on("end",
()=>n({status:c.statusCode??0,text:Buffer.concat(l).toString("utf8"),headers:c.headers}))});if(e.connectTimeoutMs!==void 0){let c=e.connectTimeoutMs;a.on("socke\
t",l=>{if(!l.connecting)return;let d=setTimeout(()=>a.destroy(new Error(`no connection within ${c} ms`)),c);l.once("connect",()=>clearTimeout(d)),l.once("close",
()=>clearTimeout(d))})}a.on("timeout",()=>a.destroy(new Error(`no answer within ${e.timeoutMs} ms`))),a.on("error",s),a.end(e.body)})}var WN=3e4,fq=t=>/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(t)?"http":"https";function gq(t){let e=/^(\w+)\s*(.*)$/.exec(t??"");if(!e)return;let r={};
for(let o of e[2].matchAll(/(\w+)="([^"]*)"/g))r[o[1]]=o[2];return{kind:e[1].toLowerCase(),params:r}}async function KN(t,e,r,o,n){let s=`${fq(t.host)}://${t.host}\
/v2/${e}/manifests/${encodeURIComponent(r)}`,i=`Basic ${Buffer.from(`${t.username}:${t.password}`).toString("base64")}`,a=d=>Ki(s,{headers:{accept:o.join(", "),
...d?{authorization:d}:{}},timeoutMs:WN,signal:n}),c=await a();if(c.status===401){let d=gq(c.headers["www-authenticate"]);if(d?.kind==="bearer"&&d.params.realm){
let u=new URL(d.params.realm);d.params.service&&u.searchParams.set("service",d.params.service),u.searchParams.set("scope",d.params.scope??`repository:${e}:pull`);
let m=await Ki(u,{headers:{authorization:i},timeoutMs:WN,signal:n}),f=JSON.parse(m.text);c=await a(`Bearer ${f.token??f.access_token}`)}else c=await a(i)}if(c.status!==
200)throw new Error(`the registry answered ${c.status} for ${e}:${r}`);let l=JSON.parse(c.text).mediaType;return{manifest:c.text,mediaType:l??String(c.headers["\
content-type"]??"").split(";")[0]}}var hq="us-east-1",yq={label:"ECR Public",permissionHint:t=>`the credentials need ecr-public:${t}${t==="GetAuthorizationToken"?" and sts:GetServiceBearerToken":
""} (\`ecr-deliver iam-policy --registry-type public\` prints the policy)`};function Eq(t){let e={description:t.catalogDescription,aboutText:t.catalogAbout,usageText:t.
catalogUsage};return Object.values(e).some(r=>r!==void 0)?e:void 0}var Nd=class{constructor(e,r,o){this.registryId=r;this.deadline=o;this.client=new Id(es(hq,e,
o))}registryId;deadline;client;registryUri;loginData;close(){this.client.destroy()}send(e,r){return Jl(yq,e,this.deadline,()=>this.client.send(r,{abortSignal:this.
deadline?.signal}))}async login(){let[e,r]=await Promise.all([this.send("GetAuthorizationToken",new Ad({})),this.registryUri??this.describeRegistryUri()]);return zi(
e.authorizationData,r.split("/")[0])}async describeRegistryUri(){let e=await this.send("DescribeRegistries",new vd({})),r=e.registries?.find(o=>!this.registryId||
o.registryId===this.registryId)??e.registries?.[0];if(!r?.registryUri)throw new le("ECR Public returned no registry","create the public registry (its alias) in \
the ECR Public console first");return this.registryUri=r.registryUri,r.registryUri}async findRepository(e){try{let o=(await this.send("DescribeRepositories",new bd(
{registryId:this.registryId,repositoryNames:[Mr(e)]}))).repositories?.[0];return o&&this.info(o,!1)}catch(r){if(Et(r)==="RepositoryNotFoundException")return;throw r}}async ensureRepository(e){
let r=await this.findRepository(e.repository);if(r)return r;if(!e.createRepository)throw new le(`repository ${e.repository} does not exist in ECR Public`,"creat\
e it, or set create-repository: true");try{let o=await this.send("CreateRepository",new Td({repositoryName:Mr(e.repository),catalogData:Eq(e)}));return this.info(
o.repository,!0)}catch(o){if(Et(o)!=="RepositoryAlreadyExistsException")throw o;let n=await this.findRepository(e.repository);if(!n)throw o;return n}}async applyPolicies(e){
e.repositoryPolicy&&await this.send("SetRepositoryPolicy",new Od({registryId:this.registryId,repositoryName:Mr(e.repository),policyText:(0,JN.readFileSync)(e.repositoryPolicy,
"utf8")}))}async images(e,r){let o=new Map,n;try{do{let s=await this.send("DescribeImageTags",new Cd({registryId:this.registryId,repositoryName:Mr(e),nextToken:n}));
for(let i of s.imageTagDetails??[])i.imageTag&&r.includes(i.imageTag)&&i.imageDetail?.imageDigest&&o.set(i.imageTag,{digest:i.imageDetail.imageDigest,manifest:"",
mediaType:i.imageDetail.imageManifestMediaType??""});n=s.nextToken}while(n&&o.size<r.length)}catch(s){if(Et(s)==="RepositoryNotFoundException")return o;throw s}
return o}async putTag(e,r,o){let{manifest:n,mediaType:s}=r;if(!n){this.loginData??=this.login();let i=await this.loginData,a=`${(this.registryUri??"").split("/").
slice(1).join("/")}/${Mr(e)}`.replace(/^\//,"");({manifest:n,mediaType:s}=await KN(i,a,r.digest,ts,this.deadline?.signal))}try{await this.send("PutImage",new Pd(
{registryId:this.registryId,repositoryName:Mr(e),imageManifest:n,imageManifestMediaType:s||void 0,imageDigest:r.digest,imageTag:o}))}catch(i){if(Et(i)==="ImageA\
lreadyExistsException")return;throw i}}info(e,r){return this.registryUri??=e.repositoryUri.slice(0,e.repositoryUri.length-e.repositoryName.length-1),{name:e.repositoryName,
uri:e.repositoryUri,arn:e.repositoryArn,mutability:"MUTABLE",exclusionFilters:[],scanOnPush:!1,created:r}}};var xq=(t,e,r,o)=>new rs(t,e,r,o),Sq=(t,e,r,o)=>new Nd(e,r,o);function Dd(t,e,r){return(t.openRegistry??(t.options.registryType==="public"?Sq:xq))(t.context.region,
e,t.options.registryId,r)}function kd(t){if(t.options.roleToAssume)return jh(YN(t)).catch(e=>e)}function YN({options:t,context:e,platformToken:r,env:o}){return{
ci:e.ci,audience:t.audience,tokenFile:t.webIdentityTokenFile,tokenEnv:t.webIdentityTokenEnv,platformToken:r,env:o}}async function $d(t,e,r){let{options:o,context:n,
reporter:s}=t;if(!o.roleToAssume||!e){s.info("No role-to-assume: using the ambient AWS credential chain");return}let i=await e;if(i instanceof Error)throw i;s.info(
`Assuming ${o.roleToAssume} as ${n.sessionName} with the OIDC token from ${i.source}`);let a={roleArn:o.roleToAssume,sessionName:n.sessionName,durationSeconds:o.
roleDurationSeconds,region:n.region},c=await Gh(a,i.token,s,r);return cN(c,async()=>{let l=await jh({...YN(t),renew:!0});return s.info(`Renewing the credentials\
 of ${o.roleToAssume} before they expire, with a new OIDC token from ${l.source}`),Gh(a,l.token,s,r)})}function Ld(t){let e=new xn(t.options.timeoutSeconds,t.lifetime);return e.bound(()=>Rq(t,e))}async function Rq(t,e){let r=new to(t.run,t.reporter,e,En(t.env)),o=r.
check(),n=kd(t);await o;let s=await t.reporter.phase("Credentials",()=>$d(t,n,e)),i=Dd(t,s,e);try{return await t.reporter.phase("Login",async()=>{let[a,c]=await Promise.
all([i.login(),Yl(t.options.pullRegistries,t.context.region,s,e)]),l=[a,...c.filter(d=>d.host!==a.host)];for(let d of l)t.onLogin?.(d.host),await r.login(d);return{
registry:a.host,registries:l.map(d=>d.host),login:a}})}finally{i.close()}}var Ud=require("node:fs");function XN(t,e){if(t.kmsKey!==void 0&&t.encryptionType!=="KMS")throw new w("kms-key",t.kmsKey,"needs `encryption-type: KMS`");let r={registryType:Yh(t)},o={...t,
...r};return _q(o),Xh(t.mode,t.dockerCredentialsOutput),wq(o),e==="deliver"&&Iq(o),r}function Yh(t){return ru(t.repository)?(gn("repository",t.repository,vy(t.repository)??
Be.repository(Mr(t.repository))),"public"):t.registryType}function _q(t){if(t.registryType==="public"&&t.lifecyclePolicy!==void 0)throw new w("lifecycle-policy",
t.lifecyclePolicy,"does not apply to ECR Public, which has no lifecycle policies");if(t.registryType==="private"){for(let[e,r]of[["catalog-description",t.catalogDescription],
["catalog-about",t.catalogAbout],["catalog-usage",t.catalogUsage]])if(r!==void 0)throw new w(e,r,"applies to ECR Public only: set `registry-type: public`")}}function Xh(t,e){
if(t==="deliver"&&e)throw new w("docker-credentials-output","true","applies to `mode: login` only")}function wq(t){if(t.scanWait&&t.registryType==="public")throw new w(
"scan-wait","true","does not apply to ECR Public, which does not scan images");if(!t.scanWait){if(t.scanStart)throw new w("scan-start","true","needs `scan-wait:\
 true` (a started scan is only useful when the run waits for it)");if(t.failOnSeverity!=="none")throw new w("fail-on-severity",t.failOnSeverity,"needs `scan-wai\
t: true`: the gate reads the scan the run waits for")}}function Iq(t){if(t.image!==void 0){let e=[["dockerfile",t.dockerfile],["target",t.target],["platform",t.
platform],["builder",t.builder],["build-args",t.buildArgs.map(o=>`${o.split("=")[0]}=***`).join(`
`)||void 0],["labels",t.labels.join(`
`)||void 0]];for(let[o,n]of e)if(n!==void 0)throw new w(o,n,"cannot be combined with `image` (nothing is built)");let r=ca(fs(t));if(r)throw new w(r,"***","cann\
ot be combined with `image` (nothing is built)");return}t.skipExisting||Qh(t)}function Qh(t){if(!(0,Ud.existsSync)(t.context)||!(0,Ud.statSync)(t.context).isDirectory())
throw new w("context",t.context,"is not a directory");ko("dockerfile",Ji(t))}function Ji(t){return t.dockerfile??`${t.context.replace(/\/+$/,"")}/Dockerfile`}var Tq=4096,Cq=65536;function Fd(t,e){if(e===void 0||e.trim()==="")return;let r=t.type==="list",o=r?e:e.trim(),n=r?Cq:Tq;if(o.length>n)throw new w(t.name,o,`is \
longer than ${n} characters`);if((r?/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/:/[\x00-\x1f\x7f]/).test(o))throw new w(t.name,o,"contains control characters");return o}function Zh(t,e){
let r=qi.find(n=>n.name===t),o=Fd(r,e)??r.default;return o===void 0?void 0:r.parse(o,t)}function is(t,e="deliver"){let r={};for(let n of qi){let s=Fd(n,t(n.name))??
n.default;if(s!==void 0)r[n.field]=n.parse(s,n.name);else if(n.type==="list")r[n.field]=[];else if(n.required&&e==="login")r[n.field]="";else if(n.required)throw new w(
n.name,"","is required")}let o=r;return{...o,...XN(o,e)}}function QN(t){let e=Zh("mode",t("mode")),r=Zh("docker-credentials-output",t("docker-credentials-output"));
return Xh(e,r),{mode:e,skipLogout:Zh("skip-logout",t("skip-logout")),dockerCredentialsOutput:r}}function ZN(t,e){let[r,...o]=e.tags,n=e.existing.get(r),s=n&&(t.skipExisting||Fh(e.repository,r))?n:void 0;bq(e,s);let i=t.push?["policies",...o.length?["copy-t\
ags"]:[],"verify"]:[];if(s)return{steps:i,reuse:s,localTags:[],pushed:!1};let a=t.push&&e.builder==="buildx"&&(vq(t,e.driver)||!!t.builder),c=[];return e.baseFromTarget&&
!t.image||a?c.push("login-before-build"):t.push&&c.push("login"),t.pullRegistries.length&&!t.image&&c.push("pull-registry-logins"),t.cache&&!t.image&&e.cacheSource&&
c.push("cache"),t.image?c.push("tag-local"):c.push("build"),t.push&&c.push(a?"builder-push":"push"),{steps:[...c,...i],localTags:a?[r]:e.tags,pushed:t.push}}function vq(t,e){
return!!t.platform?.includes(",")||t.provenance||e!==void 0&&e!=="docker"}function bq({tags:t,repository:e,existing:r},o){for(let n of t){let s=r.get(n);if(!(!s||
!Fh(e,n)||o&&s.digest===o.digest))throw new le(`tag ${n} already exists in the immutable repository ${e.name} at ${s.digest}, which is not the image being deliv\
ered`,"immutable tags cannot move: remove the tag from `tags` (use a new one), or make the repository MUTABLE")}}var Cr=[...dn,"INFORMATIONAL","UNDEFINED"],Aq=10,Pq=1e3,Oq=15e3,Nq=2e4,Dq=new Set(["COMPLETE","ACTIVE"]),kq=new Set(["IN_PROGRESS","PENDING"]),$q=t=>new Promise(
e=>setTimeout(e,t));async function tD(t,e){try{return await Lq(t,e)}catch(r){if(r instanceof Xr)throw r;let o=mn(r);return Md(e,"failed",`could not read ECR's s\
can of ${e.digest}: ${o.message}`,o.hint??"check the role's permissions for the scan (`ecr-deliver iam-policy \u2026 --scan-wait true`)")}}async function Lq(t,e){
let r=e.sleep??$q,o=e.now??Date.now,n=o(),s=n+e.timeoutSeconds*1e3,i=Pq,a=!1,c="no scan yet";for(;;){let l=await t.scanFindings(e.repository,e.digest);if(!l&&e.
start&&!a){e.info(`No scan of ${e.digest} yet: starting one (StartImageScan)`),await t.startScan(e.repository,e.digest),a=!0;continue}let d=l?.imageScanStatus?.
status??"";if(l&&Dq.has(d))return Mq(e,await Fq(t,e,l));if(l&&!kq.has(d))return Md(e,"failed",`ECR's scan of ${e.digest} ended ${d||"without a status"}${l.imageScanStatus?.
description?`: ${l.imageScanStatus.description}`:""}`,"ECR scans images whose OS packages it knows; see the scan status in the ECR console");c=l?`scan ${d}`:"no\
 scan yet";let m=(!l&&!a?Math.min(s,n+Nq):s)-o();if(!l&&!a&&m<=0)return Uq(e,o()-n);if(m<=0)return Md(e,"timeout",`ECR's scan of ${e.digest} did not complete wi\
thin ${e.timeoutSeconds} s (scan-timeout-seconds; last seen: ${c})`,"raise scan-timeout-seconds; enhanced scanning of a new image can take several minutes");await r(
Math.min(i,m)),i=Math.min(i*2,Oq)}}function Uq(t,e){let r=t.scanOnPush?"although the repository is set to scan on push":"the repository does not scan on push";return Md(
t,"not-found",`ECR has no scan of ${t.digest} after ${Math.round(e/1e3)} s: ${r}`,"turn scan on push on (scan-on-push for a repository the run creates, `aws ecr\
 put-image-scanning-configuration`, or a registry scanning rule), or set scan-start: true")}async function Fq(t,e,r){let o=[r];for(let n=r.nextToken;n;n=o[o.length-
1].nextToken){let s=await t.scanFindings(e.repository,e.digest,n);if(!s)break;o.push(s)}return o}function Mq(t,e){let r=e[0].imageScanFindings?.findingSeverityCounts??
{},o=Object.fromEntries(Cr.map(a=>[a,r[a]??0])),n=e.flatMap(a=>[...(a.imageScanFindings?.findings??[]).map(Hq),...(a.imageScanFindings?.enhancedFindings??[]).map(
jq)]),s=a=>{let c=Cr.indexOf(a.severity);return c<0?Cr.length:c},i=n.map((a,c)=>({f:a,i:c})).sort((a,c)=>s(a.f)-s(c.f)||a.i-c.i).slice(0,Aq).map(({f:a})=>a);return{
outcome:"complete",counts:o,top:i,threshold:t.threshold,gate:Bq(o,t.threshold)}}function Md(t,e,r,o){return{outcome:e,counts:{},top:[],problem:r,hint:o,threshold:t.
threshold,gate:t.threshold==="none"?"off":"failed"}}function Bq(t,e){return e==="none"?"off":dn.slice(0,dn.indexOf(e)+1).some(o=>(t[o]??0)>0)?"failed":"passed"}
function rD(t){return t?.outcome==="complete"?JSON.stringify(t.counts):""}function Bd(t,e){if(!t)return{};if(t.gate==="failed"&&t.outcome!=="complete")return{failure:new ds(
`fail-on-severity ${t.threshold}: ${t.problem}; the image is pushed (${e}) but could not be judged`,t.hint)};if(t.gate==="failed"){let r=dn.slice(0,dn.indexOf(t.
threshold)+1).filter(o=>t.counts[o]>0);return{failure:new ds(`fail-on-severity ${t.threshold}: ECR's scan found ${r.map(o=>`${t.counts[o]} ${o}`).join(", ")}; t\
he image is pushed (${e}) but should not be deployed`,"fix or upgrade the packages listed in the summary and deliver again, or raise fail-on-severity")}}return t.
outcome!=="complete"?{warning:`scan-wait: ${t.problem}`}:{}}var eD=(t,e)=>t.attributes?.find(r=>r.key===e)?.value;function Hq(t){let e=[eD(t,"package_name"),eD(
t,"package_version")].filter(Boolean).join(" ");return{name:t.name??"",severity:t.severity??"UNDEFINED",package:e,link:t.uri??""}}function jq(t){let e=t.packageVulnerabilityDetails,
r=(e?.vulnerablePackages??[]).map(o=>[o.name,o.version].filter(Boolean).join(" ")).join(", ");return{name:e?.vulnerabilityId??t.title??"",severity:t.severity??"\
UNDEFINED",package:r,link:e?.sourceUrl??e?.referenceUrls?.[0]??""}}function Hd(t){let e=new xn(t.options.timeoutSeconds,t.lifetime),r=ia.create(t.env);return e.bound(()=>Gq(t,e,En(t.env,r.dir))).finally(()=>r.remove())}async function Gq(t,e,r){
let{options:o,context:n,reporter:s}=t,i=new to(t.run,s,e,r,o.builder),a=fs(o);if(!o.image){for(let y of Jy(a,t.env))s.secret(y);Ky(a,t.env)}let c=o.image?{}:aE(
o,a),l=!o.image&&(c.buildx||c.buildkit||gs(t.env)!==void 0),d=i.check().then(()=>l?i.builder(c):void 0),u=kd(t);await d,o.image||await i.checkPlatforms(o.platform),
o.image||i.builder().catch(()=>{});let m=await s.phase("Credentials",()=>$d(t,u,e)),f=Dd(t,m,e),g=()=>Yl(o.pullRegistries,n.region,m,e);try{return await new ey(
t,i,f,g).run()}finally{f.close()}}var ey=class{constructor(e,r,o,n=async()=>[]){this.req=e;this.docker=r;this.ecr=o;this.pullLogins=n;this.o=e.options,this.sha=
e.context.commitSha,this.tags=[...new Set([this.sha,...this.o.tags,...e.context.release.tags])]}req;docker;ecr;pullLogins;o;sha;tags;repo;loggedIn=[];background=[];async run(){
try{let e=await this.steps(),r=await this.scan(e);return{outputs:{...e,"scan-findings":rD(r)},scan:r}}catch(e){throw await Promise.allSettled(this.background),e}}async steps(){
let{reporter:e}=this.req,[r,o]=await e.phase("Repository",()=>Promise.all([this.o.push?this.ecr.ensureRepository(this.o,Sy(this.o.tags,this.req.context.release)):
this.lookUpRepository(),this.ecr.images(this.o.repository,this.tags)]));this.repo=r,r.created&&e.info(`Created repository ${r.uri} (${r.mutability})`);let n=ZN(
this.o,{tags:this.tags,repository:r,existing:o,builder:this.o.image?void 0:await this.docker.builder(),driver:this.o.image?void 0:(await this.docker.buildxSetup())?.
driver,cacheSource:this.ecr.latestImage!==void 0,baseFromTarget:!this.o.image&&Hh(Ji(this.o)).includes(r.uri.split("/")[0])});return this.execute(n,r,o)}async execute(e,r,o){
let{reporter:n}=this.req,s=f=>e.steps.includes(f),i=s("policies")?this.inBackground(this.ecr.applyPolicies(this.o)):Promise.resolve();if(e.reuse){let f=e.reuse;
return n.info(`${r.uri}:${this.sha} already exists (${f.digest}): nothing to build or upload`),s("verify")?(await i,s("copy-tags")&&await n.phase("Tag",()=>this.
copyTags(r,f,o)),this.verified(r,f.digest,!1)):this.outputs(r,f.digest,!1)}let a=s("login")||s("login-before-build")?this.inBackground(n.track("Login",()=>this.
login())):void 0,c=s("pull-registry-logins")?this.inBackground(this.loginPullRegistries()):void 0,l=s("cache")?this.cacheSource(r,()=>a??this.login()):void 0;s(
"login-before-build")&&await a,await c;let d=e.localTags.map(f=>`${r.uri}:${f}`),u=s("tag-local")?await n.phase("Tag",()=>this.tagLocal(d)):await n.phase("Build",
()=>this.build(d,r,s("builder-push"),l));if(!e.pushed)return this.outputs(r,"",!1);await Promise.all([a,i]);let m=s("builder-push")?u:await n.phase("Push",()=>this.
docker.push(`${r.uri}:${this.sha}`,()=>this.login()));return s("copy-tags")&&await n.phase("Tag",async()=>{let f=(await this.ecr.images(this.o.repository,[this.
sha])).get(this.sha);if(!f||f.digest!==m)throw new le(`ECR does not show ${this.sha} at the pushed digest ${m}`);await this.copyTags(r,f,o)}),this.verified(r,m,
!0)}async cacheSource(e,r){try{let o=await this.ecr.latestImage(e.name);if(!o){this.req.reporter.info("No layer cache yet: the repository has no image to reuse \
layers from");return}let n=`${e.uri}@${o}`;return await r(),await this.docker.builder()==="classic"&&!await this.docker.pullCache(n)?void 0:(this.req.reporter.info(
`Layer cache: ${n}`),n)}catch(o){if(o instanceof Xr)throw o;this.req.reporter.warning(`no layer cache: ${o.message}`);return}}async scan(e){if(!this.o.scanWait||
!this.repo)return;if(!e.digest){this.req.reporter.info("scan-wait: nothing was pushed (push: false), so there is no scan to wait for");return}let{reporter:r}=this.
req,o=this.repo,n=this.ecr;if(!n.scanFindings||!n.startScan)throw new le("scan-wait: this registry does not scan images","ECR Public has no image scanning: drop\
 scan-wait");return r.phase("Scan",()=>tD(n,{repository:this.o.repository,digest:e.digest,timeoutSeconds:this.o.scanTimeoutSeconds,start:this.o.scanStart,threshold:this.
o.failOnSeverity,scanOnPush:o.scanOnPush,info:s=>r.info(s)}))}inBackground(e){return e.catch(()=>{}),this.background.push(e),e}async lookUpRepository(){let e=await this.
ecr.findRepository(this.o.repository);if(e)return e;let{host:r}=await this.ecr.login();return{name:this.o.repository,uri:`${r}/${this.o.repository}`,arn:"",mutability:"\
MUTABLE",exclusionFilters:[],scanOnPush:!1,created:!1}}async login(){let e=await this.ecr.login();await this.docker.login(e),this.loggedIn.push(e.host)}async loginPullRegistries(){
let e=await this.req.reporter.phase("Login to pull registries",()=>this.pullLogins());for(let r of e)await this.docker.login(r),this.loggedIn.push(r.host)}async tagLocal(e){
for(let r of e)await this.docker.tag(this.o.image,r)}async build(e,r,o,n){Qh(this.o);let i=await this.docker.build({context:this.o.context,dockerfile:Ji(this.o),
tags:e,labels:this.labels(),buildArgs:this.o.buildArgs,target:this.o.target,platform:this.o.platform,cache:n?{from:await n}:void 0,secrets:fs(this.o),provenance:this.
o.provenance,pushFromBuilder:o},await this.docker.builder()).catch(a=>{let c=a instanceof It&&tN(a.message,Ji(this.o),[...this.loggedIn,r.uri.split("/")[0]],this.
req.context.region);throw c?new It(a.message,c):a});if(o&&!i)throw new It("buildx pushed but reported no digest");return i}labels(){let e=this.req.context,r={"o\
rg.opencontainers.image.revision":this.sha,"org.opencontainers.image.created":new Date().toISOString()};e.sourceUrl&&(r["org.opencontainers.image.source"]=e.sourceUrl),
e.release.version&&(r["org.opencontainers.image.version"]=e.release.version);for(let o of this.o.labels){let n=o.indexOf("=");r[o.slice(0,n)]=o.slice(n+1)}return r}async copyTags(e,r,o){
let n=this.tags.slice(1).filter(s=>o.get(s)?.digest!==r.digest);await QO(this.ecr,e.name,r,n)}async verified(e,r,o){let n=await this.ecr.images(this.o.repository,
this.tags),s=this.tags.filter(i=>n.get(i)?.digest!==r);if(s.length)throw new le(`after delivery, tag(s) ${s.join(", ")} do not point at ${r} in ECR`,"another de\
livery may have moved them at the same time; re-run to deliver again");return this.outputs(e,r,o)}outputs(e,r,o){return{registry:e.uri.split("/")[0],"repository\
-uri":e.uri,image:`${e.uri}:${this.sha}`,digest:r,"image-ref":r?`${e.uri}@${r}`:"",tags:this.tags,pushed:o,"scan-findings":""}}};var Yi=class{timings=[];started=Date.now();async time(e,r){let o=Date.now();try{return await r()}finally{let n=Date.now();this.timings.push({title:e,seconds:(n-
o)/1e3,start:(o-this.started)/1e3,end:(n-this.started)/1e3})}}get byStart(){return[...this.timings].sort((e,r)=>e.start-r.start)}get totalSeconds(){return(Date.
now()-this.started)/1e3}describe(){let e=this.byStart.map(r=>`${r.title} ${r.seconds.toFixed(1)} s`).join(", ");return`${e?`${e}; `:""}total ${this.totalSeconds.
toFixed(1)} s`}},Xi=class{constructor(e=process.stderr){this.stream=e;this.output=e}stream;clock=new Yi;output;info(e){this.stream.write(`${e}
`)}warning(e){this.stream.write(`warning: ${e}
`)}secret(){}track(e,r){return this.clock.time(e,r)}async phase(e,r){this.info(`\u25B6 ${e}`);let o=Date.now(),n=await this.clock.time(e,r);return this.info(`\u2714 ${e}\
 (${((Date.now()-o)/1e3).toFixed(1)} s)`),n}};var oD=t=>Math.round(t*1e3),nD=t=>t.replace(/[:#;]/g," ").trim()||"phase";function sD(t){let e=["```mermaid","gantt","  title ecr-deliver phases (seconds since \
start)","  dateFormat x","  axisFormat %M:%S"];return t.forEach((r,o)=>{let n=oD(r.start),s=Math.max(oD(r.end),n+1);e.push(`  section ${nD(r.title)}`,`  ${nD(r.
title)} ${r.seconds.toFixed(1)} s :p${o}, ${n}, ${s}`)}),e.push("```"),e.join(`
`)}function iD(t,e=40){if(t.length===0)return[];let r=Math.max(...t.map(n=>n.end),.001),o=Math.max(...t.map(n=>n.title.length));return t.map(n=>{let s=Math.min(
e-1,Math.floor(n.start/r*e)),i=Math.max(s+1,Math.min(e,Math.round(n.end/r*e))),a="\xB7".repeat(s)+"\u2588".repeat(i-s)+"\xB7".repeat(e-i);return`${n.title.padEnd(
o)}  ${a}  ${n.start.toFixed(1)}\u2013${n.end.toFixed(1)} s`})}var aD=require("node:child_process"),jd=new Set,as=(t,e,r={})=>new Promise((o,n)=>{let s=r.silent?void 0:r.output??process.stdout;s?.write(`[command]${[t,...e].
join(" ")}
`);let i=(0,aD.spawn)(t,e,{stdio:"pipe",env:r.env??process.env});jd.add(i);let a=!1,c=r.timeoutMs===void 0?void 0:setTimeout(()=>{a=!0,i.kill("SIGKILL")},r.timeoutMs),
l=[],d=[];i.stdout.on("data",u=>{l.push(u),s?.write(u)}),i.stderr.on("data",u=>{d.push(u),s?.write(u)}),i.stdin.on("error",()=>{}),i.stdin.end(r.input),i.on("er\
ror",u=>{jd.delete(i),clearTimeout(c),n(u)}),i.on("close",(u,m)=>{jd.delete(i),clearTimeout(c),o({code:u??(m?128:1),stdout:Buffer.concat(l).toString(),stderr:Buffer.
concat(d).toString(),...a?{timedOut:a}:{}})})});async function cD(t){let e=[...jd];if(!e.length)return;let r=i=>new Promise(a=>{i.exitCode!==null||i.signalCode!==
null?a():i.once("close",()=>a())}),o=Promise.all(e.map(r));for(let i of e)i.kill("SIGTERM");let n,s=new Promise(i=>{n=setTimeout(()=>i("grace"),t)});if(await Promise.
race([o,s])==="grace"){for(let i of e)i.exitCode===null&&i.signalCode===null&&i.kill("SIGKILL");await o}clearTimeout(n)}var pD=["SIGINT","SIGTERM"],zq=2e3;function Qi(){let t=new AbortController,e=!1,r=o=>t.abort(o);for(let o of pD)process.on(o,r);return{cancelled:t.signal,stopChildren:o=>(e=
!0,cD(o)),end:()=>{for(let o of pD)process.off(o,r);e&&setTimeout(()=>process.exit(process.exitCode||1),zq).unref()}}}var ea=t=>e=>t[dy(e)];function Zi(t){let e=mn(t);return process.stderr.write(`ecr-deliver: ${e.message}
`),e.hint&&process.stderr.write(`hint: ${e.hint}
`),e.exitCode}async function Gd(t,e){let r=new Xi(process.stderr),o=Qi();try{let n=is(t),s=yn(n),{outputs:i,scan:a}=await Hd({options:n,context:s,reporter:r,run:as,
env:process.env,lifetime:o});r.info(qq(i,r.clock,a)),e(i);let c=Bd(a,i["image-ref"]);return c.warning&&r.warning(c.warning),c.failure?Zi(c.failure):0}catch(n){return Zi(
n)}finally{o.end()}}async function zd(t,e){let r=new Xi(process.stderr),o=Qi();try{let n=is(t,"login"),s=yn(n,process.env,"login"),{registry:i}=await Ld({options:n,
context:s,reporter:r,run:as,env:process.env,lifetime:o});return r.info(lD(`logged in to ${i}`,[["registry",i]],r.clock)),e(i),0}catch(n){return Zi(n)}finally{o.
end()}}function Vq(t){return t.pushed?"true":t.digest?"false (the SHA tag was already in ECR: nothing built or uploaded)":"false (push: false, built and tagged \
locally only)"}function qq(t,e,r){let o=t.pushed?`delivered ${t.image}`:t.digest?`already delivered: ${t.image}`:`built ${t.image} (not pushed)`,n=Fr.filter(({name:i})=>i!==
"scan-findings"||r).map(({name:i})=>[i,i==="pushed"?Vq(t):No(t,i)||"-"]),s=iD(e.byStart).map(i=>`    ${i}`);return[lD(o,n,e),"  timeline",...s,...r?Wq(r):[]].join(
`
`)}function Wq(t){if(t.outcome!=="complete")return["  scan",`    ${t.problem}`];let e=Cr.map(n=>Math.max(n.length,String(t.counts[n]).length)),r=["  scan",`    ${Cr.
map((n,s)=>n.padStart(e[s])).join("  ")}`,`    ${Cr.map((n,s)=>String(t.counts[n]).padStart(e[s])).join("  ")}`];t.gate!=="off"&&r.push(`    fail-on-severity ${t.
threshold}: ${t.gate}`);let o=n=>n.replace(/[\x00-\x1f\x7f-\x9f]+/g," ");for(let n of t.top)r.push(o(`    ${n.severity.padEnd(13)} ${n.name}  ${n.package||"-"} \
 ${n.link}`).trimEnd());return r}function lD(t,e,r){let o=[...e,["time",r.describe()]],n=Math.max(...o.map(([s])=>s.length));return[`\u2500\u2500 ecr-deliver: ${t}\
 \u2500\u2500`,...o.map(([s,i])=>`  ${s.padEnd(n)}  ${i}`)].join(`
`)}var Kq=["deliver","login"],dD="ECR_DELIVER_COMMAND",Jq=t=>`'${t.replace(/'/g,"'\\''")}'`,fD=(t,e)=>`export ${uy(t)}=${Jq(e)}
`;function Yq(t){return Fr.map(({name:e})=>fD(e,No(t,e))).join("")}function uD(t,e){t.BASH_ENV?(0,mD.appendFileSync)(t.BASH_ENV,e):process.stderr.write(`warning\
: BASH_ENV is not set: the outputs are not exported to later steps
`)}async function gD(t=process.env){let e=t[dD]||"deliver";e==="login"?process.exitCode=await zd(ea(t),r=>uD(t,fD("registry",r))):e==="deliver"?process.exitCode=
await Gd(ea(t),r=>uD(t,Yq(r))):(process.stderr.write(`ecr-deliver: ${dD}: ${us(e)} is not one of ${Kq.join(", ")}
`),process.exitCode=2)}var ID=require("node:util");var SD=require("node:util");var Xq=["ecr:BatchCheckLayerAvailability","ecr:InitiateLayerUpload","ecr:UploadLayerPart","ecr:CompleteLayerUpload","ecr:PutImage"],ty=["ecr:BatchGetImage","ecr\
:GetDownloadUrlForLayer","ecr:BatchCheckLayerAvailability"];function Qq(t){let e=new Set(["ecr:DescribeRepositories","ecr:BatchGetImage"]),r=o=>{for(let n of o)
e.add(n)};return t.push&&(r(Xq),t.createRepository&&e.add("ecr:CreateRepository"),t.lifecyclePolicy&&e.add("ecr:PutLifecyclePolicy"),t.repositoryPolicy&&e.add("\
ecr:SetRepositoryPolicy")),t.cache&&r(["ecr:DescribeImages",...ty]),t.scanWait&&e.add("ecr:DescribeImageScanFindings"),t.scanWait&&t.scanStart&&e.add("ecr:Start\
ImageScan"),[...e].sort()}function Zq(t){return`arn:${Zr(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${t.repository}`}function ry(t){if(t.
registryType==="public")return r6(t);let e=[{Sid:"EcrLogin",Effect:"Allow",Action:"ecr:GetAuthorizationToken",Resource:"*"},{Sid:"EcrDeliver",Effect:"Allow",Action:Qq(
t),Resource:Zq(t)}];if(t.push&&t.createRepository&&t.encryptionType==="KMS"){let r=t.kmsKey&&/^arn:[^:]+:kms:[^:]+:\d{12}:key\//.test(t.kmsKey)?t.kmsKey:`arn:${Zr(
t.region)}:kms:${t.region}:${t.registryId??t.accountId}:key/*`,o={"kms:ViaService":`ecr.${t.region}.amazonaws.com${Zr(t.region)==="aws-cn"?".cn":""}`};e.push({Sid:"\
KmsGrantForNewRepository",Effect:"Allow",Action:"kms:CreateGrant",Resource:r,Condition:{StringEquals:o,Bool:{"kms:GrantIsForAWSResource":"true"}}},{Sid:"KmsForN\
ewRepository",Effect:"Allow",Action:["kms:DescribeKey","kms:RetireGrant"],Resource:r,Condition:{StringEquals:o}})}return e.push(...yD(t)),{Version:"2012-10-17",
Statement:e}}function yD(t){let e=[],r=t.pullRepositories?.length?t.pullRepositories:["*"],o=(t.pullRegistries??[]).flatMap(s=>r.map(i=>`arn:${Zr(s.region??t.region)}\
:ecr:${s.region??t.region}:${s.id}:repository/${i}`));o.length&&e.push({Sid:"EcrPullBaseImages",Effect:"Allow",Action:ty.slice().sort(),Resource:o.length===1?o[0]:
o});let n=(t.pullThrough??[]).map(s=>`arn:${Zr(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${s}/*`);return n.length&&e.push({Sid:"EcrPull\
ThroughCache",Effect:"Allow",Action:[...e6,...ty].sort(),Resource:n.length===1?n[0]:n}),e}function ED(t){return!t.pullRegistries?.length||t.pullRepositories?.length?
[]:[`--pull-repositories not given: the role may pull every repository of ${t.pullRegistries.map(e=>e.id).join(", ")}; pass name patterns to narrow it`]}var e6=[
"ecr:BatchImportUpstreamImage","ecr:CreateRepository"],hD=["ecr-public:GetAuthorizationToken","sts:GetServiceBearerToken"],t6=["ecr-public:BatchCheckLayerAvaila\
bility","ecr-public:InitiateLayerUpload","ecr-public:UploadLayerPart","ecr-public:CompleteLayerUpload","ecr-public:PutImage"];function r6(t){let e=t.push?hD:[...hD,
"ecr-public:DescribeRegistries"],r=new Set(["ecr-public:DescribeRepositories","ecr-public:DescribeImageTags"]);if(t.push){for(let n of t6)r.add(n);t.createRepository&&
r.add("ecr-public:CreateRepository"),t.repositoryPolicy&&r.add("ecr-public:SetRepositoryPolicy")}let o=t.repository.replace(/^public\.ecr\.aws\/[^/]+\//,"");return{
Version:"2012-10-17",Statement:[{Sid:"EcrPublicLogin",Effect:"Allow",Action:e,Resource:"*"},{Sid:"EcrPublicDeliver",Effect:"Allow",Action:[...r].sort(),Resource:`\
arn:aws:ecr-public::${t.registryId??t.accountId}:repository/${o}`},...yD(t)]}}var o6="token.actions.githubusercontent.com",n6="oidc.circleci.com/org";function s6(t){let e=t.pullRequest?"pull_request":t.environment!==void 0?`environment:${t.
environment}`:t.tag!==void 0?`ref:refs/tags/${t.tag}`:`ref:refs/heads/${t.branch??"main"}`;return`repo:${t.repo}:${e}`}function xD(t){let e=Zr(t.region),r,o,n;if(t.
provider==="github")r=t.githubIssuer??o6,o=t.audience??Vi,n=s6(t);else if(t.provider==="circleci")r=`${n6}/${t.orgId}`,o=t.audience??t.orgId,n=`org/${t.orgId}/p\
roject/${t.projectId}/user/*${t.vcsRef?`/vcs-origin/*/vcs-ref/${t.vcsRef}`:""}`;else return;let s=/[*?]/.test(n),i={StringEquals:{[`${r}:aud`]:o}};return s?i.StringLike=
{[`${r}:sub`]:n}:i.StringEquals[`${r}:sub`]=n,{Version:"2012-10-17",Statement:[{Effect:"Allow",Principal:{Federated:`arn:${e}:iam::${t.accountId}:oidc-provider/${r}`},
Action:"sts:AssumeRoleWithWebIdentity",Condition:i}]}}var i6=["repo","branch","tag","environment","pull-request","github-issuer"],a6=["org-id","project-id","vcs-ref"];function RD(t,e=process.env){let r=c6(t),o=p6(r),
n=l6(o.provider,r);if(o.kmsKey!==void 0&&o.encryptionType!=="KMS")throw new w("kms-key",o.kmsKey,"needs --encryption-type KMS");if(o.pullRepositories?.length&&!o.
pullRegistries?.length)throw new w("pull-repositories",r.get("pull-repositories"),"needs --pull-registries");if(o.only==="trust"&&n==="none")throw new w("only",
o.only,"needs a --provider: `none` has no trust policy");return{request:{repository:o.repository,region:iu(o.awsRegion,e),accountId:o.accountId,registryId:o.registryId,
provider:n,audience:o.audience,createRepository:o.createRepository,lifecyclePolicy:o.lifecyclePolicy,repositoryPolicy:o.repositoryPolicy,cache:o.cache,push:o.push,
encryptionType:o.encryptionType,kmsKey:o.kmsKey,scanWait:o.scanWait,scanStart:o.scanStart,pullRegistries:o.pullRegistries,pullRepositories:o.pullRepositories,pullThrough:o.
pullThrough,registryType:Yh({repository:o.repository,registryType:o.registryType}),...n==="github"?d6(o):n==="circleci"?u6(o):{}},only:o.only}}function c6(t){let{
values:e,positionals:r}=(0,SD.parseArgs)({args:t,options:Object.fromEntries(os.map(n=>[n.name,{type:"string"}])),strict:!0,allowPositionals:!0});if(r.length)throw new w(
"iam-policy",r[0],"is not a flag: every value follows its --flag (see `ecr-deliver iam-policy --help`)");let o=new Map;for(let n of os){let s=Fd(n,e[n.name]);s!==
void 0&&o.set(n.name,s)}return o}function p6(t){let e={};for(let r of os){let o=t.get(r.name)??r.default;if(o!==void 0)e[r.field]=r.parse(o,r.name);else if(r.required)
throw new w(r.name,"","is required")}return e}function l6(t,e){let r=i6.filter(i=>e.has(i)),o=a6.filter(i=>e.has(i)),n=t??(r.length?"github":o.length?"circleci":
void 0);if(!n)throw new w("provider","","is required: github (with --repo), circleci (with --org-id), or none");let s=n==="github"?o:n==="circleci"?r:[...r,...o];
if(s.length)throw new w(s[0],e.get(s[0]),`does not apply to --provider ${n}`);return n}function d6(t){if(t.repo===void 0)throw new w("repo","","is required: the\
 GitHub repository as OWNER/REPO (or OWNER@ID/REPO@ID)");let{branch:e,tag:r,environment:o,pullRequest:n}=t;if(e!==void 0&&o!==void 0)throw new w("branch",e,"can\
not be combined with --environment: a job with an environment gets `environment:NAME` as its OIDC subject");if(n&&(e!==void 0||o!==void 0))throw new w("pull-req\
uest","true","cannot be combined with --branch or --environment: a pull_request run's OIDC subject is `repo:OWNER/REPO:pull_request`");if(r!==void 0&&(e!==void 0||
o!==void 0||n))throw new w("tag",r,"cannot be combined with --branch, --environment or --pull-request: a tag push's OIDC subject is `repo:OWNER/REPO:ref:refs/ta\
gs/TAG`");let s=o===void 0&&!n&&r===void 0;return{repo:t.repo,environment:o,pullRequest:n,tag:r,branch:s?e??"main":void 0,githubIssuer:t.githubIssuer}}function u6(t){
if(t.orgId===void 0)throw new w("org-id","","is required: the CircleCI organization id (a UUID, Organization Settings > Overview)");if(t.projectId===void 0)throw new w(
"project-id","","is required: the CircleCI project id (a UUID, Project Settings > Overview): without it every project of the org could deliver");return{orgId:t.
orgId,projectId:t.projectId,vcsRef:t.vcsRef}}function m6(t){let e=xD(t);return e?{permissionsPolicy:ry(t),trustPolicy:e}:{permissionsPolicy:ry(t)}}function _D(t,e){
let r=m6(t),o=e==="permissions"?r.permissionsPolicy:e==="trust"?r.trustPolicy:r;return`${JSON.stringify(o,null,2)}
`}var wD="0.1.0";var oy=qi.filter(t=>!t.githubOnly),TD=["iam-policy","login"];function ny(t,e,r=100){let o=[],n="";for(let s of t.split(/\s+/).filter(Boolean))n&&e.length+n.length+
1+s.length>r?(o.push(n),n=s):n=n?`${n} ${s}`:s;return n&&o.push(n),o.map(s=>e+s).join(`
`)}function g6(){return["Usage: ecr-deliver [--option value \u2026] [--json]      deliver an image","       ecr-deliver login [--option value \u2026]         credent\
ials + docker login only","       ecr-deliver iam-policy --help                the IAM policies a CI role needs","","Delivers a container image to Amazon ECR: O\
IDC credentials, ECR login, repository, build,","commit-SHA tag, push. Every option can also be given as ECR_DELIVER_<OPTION> in the environment","(e.g. ECR_DEL\
IVER_ROLE_TO_ASSUME); a flag wins over the environment.","","Options:",...oy.map(e=>{let r=e.default!==void 0?` Default: ${e.default}.`:e.defaultText?` Default:\
 ${e.defaultText.replace(/`/g,"")}.`:"";return`  --${e.name} <value>
${ny(`${e.description.replace(/`/g,"")}${e.required?" Required.":""}${r}`,"      ")}`}),"  --json","      Print the outputs as one JSON object on stdout (logs g\
o to stderr).","  --help, --version","",`Outputs: ${Fr.map(e=>e.name).join(", ")}.`,"Exit codes: 0 delivered, 1 failed, 2 bad input."].join(`
`)}function h6(){return["Usage: ecr-deliver login [--option value \u2026] [--json]","","Gets AWS credentials (OIDC or ambient) and runs docker login to the ECR \
registry, nothing else;",'later docker commands in the same job can pull and push. --json prints {"registry": "<host>"}.',"Unlike a delivery (which logs in to a\
 private docker config removed when it ends), login writes","the registry password to your docker config (DOCKER_CONFIG, else ~/.docker) by design, where it","s\
tays for 12 hours: run `docker logout <registry>` when done on a shared host.","","Options (also as ECR_DELIVER_<OPTION>):",...oy.filter(e=>Xl.includes(e.name)).
map(e=>`  --${e.name} <value>
${ny(e.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 logged in, 1 failed, 2 bad input."].join(`
`)}function y6(){return["Usage: ecr-deliver iam-policy --repository NAME --account-id ID --aws-region REGION","         --repo OWNER/REPO [--branch BRANCH | --e\
nvironment NAME]     (GitHub)","         --org-id UUID --project-id UUID [--vcs-ref REF]               (CircleCI)","         [the delivery options the role must\
 allow, e.g. --cache false]","",'Prints {"permissionsPolicy": \u2026, "trustPolicy": \u2026} as JSON: the least-privilege permissions for',"delivering to the re\
pository with the given options, and the OIDC trust policy with aud and sub","pinned. No AWS call is made.","","Flags:",...os.map(t=>`  --${t.name} ${t.value}
${ny(t.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 printed, 2 bad input."].join(`
`)}function CD(t,e){let r=t,o=/'(-[^' ]+)/.exec(r.message??"")?.[1],n=`see ecr-deliver ${e?`${e} `:""}--help`;switch(r.code){case"ERR_PARSE_ARGS_UNKNOWN_OPTION":
return`${o}: is not a flag of ecr-deliver${e?` ${e}`:""} (${n})`;case"ERR_PARSE_ARGS_INVALID_OPTION_VALUE":return/does not take an argument/.test(r.message??"")?
`${o}: takes no value`:/ambiguous/.test(r.message??"")?`${o}: needs a value; for a value that starts with "-", write ${o}=VALUE`:`${o}: needs a value (${n})`;case"\
ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":{let s=/'([^']*)'/.exec(r.message??"")?.[1]??"";return`${us(s)} is not a command or flag: use ${TD.join(", ")} or --flags \
(${n})`}default:return`${(r.message??String(t)).split(`
`)[0]} (${n})`}}function E6(t,e,r){try{let o=Object.fromEntries(e.map(n=>[n,{type:"string"}]));return(0,ID.parseArgs)({args:t,options:{...o,json:{type:"boolean"},
help:{type:"boolean",short:"h"},version:{type:"boolean"}},strict:!0,allowPositionals:!1}).values}catch(o){process.stderr.write(`ecr-deliver: ${CD(o,r)}
`),process.exitCode=2;return}}function x6(t){if(t.includes("--help")||t.includes("-h"))return process.stdout.write(`${y6()}
`),0;try{let{request:e,only:r}=RD(t.filter(o=>o!=="--json"));process.stdout.write(_D(e,r));for(let o of ED(e))process.stderr.write(`note: ${o}
`);return 0}catch(e){return e.code?.startsWith("ERR_PARSE_ARGS")?(process.stderr.write(`ecr-deliver: ${CD(e,"iam-policy")}
`),2):Zi(e)}}async function vD(t){let e=TD.find(i=>i===t[0])??"";if(e==="iam-policy"){process.exitCode=x6(t.slice(1));return}let r=e?t.slice(1):t,o=E6(r,e==="lo\
gin"?Xl:oy.map(i=>i.name),e);if(!o)return;if(o.help)return void process.stdout.write(`${e==="login"?h6():g6()}
`);if(o.version)return void process.stdout.write(`${wD}
`);let n=ea(process.env);if(e==="login"){let i=a=>Xl.includes(a)?o[a]??n(a):void 0;process.exitCode=await zd(i,a=>{o.json&&process.stdout.write(`${JSON.stringify(
{registry:a})}
`)});return}let s=i=>o[i]??n(i);process.exitCode=await Gd(s,i=>{o.json&&process.stdout.write(`${JSON.stringify(my(i))}
`)})}var sy=require("node:fs"),Lr=require("node:os"),bD=require("node:stream");var S6=t=>t.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A"),cs,AD=!0;function ta(t){t.length&&(process.stdout.write(t),AD=typeof t=="string"?t.endsWith(
`
`):t[t.length-1]===10)}var iy=()=>AD?"":Lr.EOL,PD=new bD.Writable({write(t,e,r){cs||(cs=crypto.randomUUID().replace(/-/g,""),ta(`${iy()}::stop-commands::${cs}${Lr.EOL}`)),
ta(t),r()}});function ra(t,e=""){cs&&(ta(`${iy()}::${cs}::${Lr.EOL}`),cs=void 0),ta(`::${t}::${S6(e)}${Lr.EOL}`)}function Vd(t){return(process.env[`INPUT_${t.replace(
/ /g,"_").toUpperCase()}`]??"").trim()}function OD(t,e,r){let o=process.env[`GITHUB_${t}`];if(!o)throw new Error(`GITHUB_${t} is not set: not running in a GitHu\
b Actions step`);let n=`ghadelimiter_${crypto.randomUUID()}`;if(e.includes(n)||r.includes(n))throw new Error(`value of ${e} contains the delimiter`);(0,sy.appendFileSync)(
o,`${e}<<${n}${Lr.EOL}${r}${Lr.EOL}${n}${Lr.EOL}`,"utf8")}var ps=(t,e)=>OD("OUTPUT",t,e),qd=(t,e)=>OD("STATE",t,e),ay=t=>process.env[`STATE_${t}`]??"",Wd=t=>ra(
"add-mask",t),Kd=t=>ta(`${iy()}${t}${Lr.EOL}`),cy=t=>ra("warning",t),R6=t=>ra("error",t);function ND(t){process.exitCode=1,R6(t)}async function DD(t,e){ra("grou\
p",t);try{return await e()}finally{ra("endgroup")}}function py(t){let e=process.env.GITHUB_STEP_SUMMARY;e&&(0,sy.appendFileSync)(e,`${t}${Lr.EOL}`,"utf8")}var _6=4,
w6=1e4;async function kD(t){let e=process.env.ACTIONS_ID_TOKEN_REQUEST_URL,r=process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;if(!e||!r)throw new Error("ACTIONS_ID_TO\
KEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set");let o=`${e}&audience=${encodeURIComponent(t)}`;for(let n=1;;n++){let s;try{let i=await Ki(o,{headers:{
Authorization:`Bearer ${r}`,Accept:"application/json"},timeoutMs:w6});if(i.status===200){let a=I6(i.text);if(!a)throw new Error("the token service answered with\
out a token");return Wd(a),a}if(s=`HTTP ${i.status}`,i.status<500&&i.status!==429)throw new Error(`the token service answered ${s}`)}catch(i){if(i.message.startsWith(
"the token service")||i instanceof yr)throw i;s=i.message}if(n>=_6)throw new Error(`the token service did not answer after ${n} attempts (${s})`);await new Promise(
i=>setTimeout(i,500*2**(n-1)))}}function I6(t){try{let e=JSON.parse(t)?.value;return typeof e=="string"?e:void 0}catch{return}}var ls=t=>t.replace(/[\r\n]+/g," ").replace(/[|\\`*_~<>[\]]/g,e=>`\\${e}`),ly=t=>`\`${t.replace(/`/g,"'")}\``;function $D(t,e,r){let o=t.pushed?"delivered":t.digest?
"already delivered":"built, not pushed",n=[["image",ly(t.image)],["digest",t.digest?ly(t.digest):"(not pushed)"],["tags",t.tags.map(ly).join(" ")],["pushed",String(
t.pushed)],["timings",ls(e.describe())]],s=[`### ecr-deliver: ${o}`,"","| | |","|---|---|",...n.map(([i,a])=>`| ${i} | ${a} |`),"","#### Timeline","",sD(e.byStart),
""];return r&&s.push(...C6(r),""),s.join(`
`)}function C6(t){let e=["#### Vulnerability scan",""];if(t.outcome!=="complete")return e.push("> [!WARNING]",`> ${ls(t.problem??"no scan")}`),t.gate==="failed"&&
e.push(">",`> fail-on-severity ${t.threshold}: **failed** (the image is pushed, but could not be judged)`),e;if(e.push(`| ${Cr.join(" | ")} |`,`|${Cr.map(()=>"-\
--:").join("|")}|`,`| ${Cr.map(r=>t.counts[r]).join(" | ")} |`,""),t.gate!=="off"&&e.push(t.gate==="failed"?`**fail-on-severity ${t.threshold}: failed.** The im\
age is pushed, but should not be deployed.`:`fail-on-severity ${t.threshold}: passed.`,""),t.top.length){e.push("| finding | severity | package |","|---|---|---\
|");for(let r of t.top){let o=/^https?:\/\/[^\s()<>]+$/.test(r.link)?`[${ls(r.name)}](${r.link})`:ls(r.name);e.push(`| ${o} | ${ls(r.severity)} | ${ls(r.package)||
"\u2014"} |`)}}else e.push("No findings.");return e}var LD="isPost",UD="registries",FD="skipLogout",Jd=class{clock=new Yi;output=PD;info=e=>Kd(e);warning=e=>cy(e);secret=e=>Wd(e);phase(e,r){return DD(e,()=>this.clock.
time(e,r))}track(e,r){return this.clock.time(e,r)}},MD=t=>t[`STATE_${LD}`]==="true";async function BD(){qd(LD,"true");let t=new Jd,e=new Set,r=s=>{e.add(s),qd(UD,
JSON.stringify([...e]))},o=Qi(),n={reporter:t,run:as,env:process.env,platformToken:s=>kD(s),lifetime:o};try{let s=QN(u=>Vd(u));if(s.mode==="login")return await v6(
n,r,s);let i=is(u=>Vd(u)),a=yn(i),{outputs:c,scan:l}=await Hd({options:i,context:a,...n});for(let{name:u}of Fr)ps(u,No(c,u));py($D(c,t.clock,l));let d=Bd(l,c["i\
mage-ref"]);if(d.warning&&cy(d.warning),d.failure)throw d.failure}catch(s){let i=mn(s);ND(i.hint?`${i.message}
Hint: ${i.hint}`:i.message)}finally{o.end()}}async function v6(t,e,r){r.skipLogout&&qd(FD,"true");let o=is(i=>Vd(i),"login"),n=yn(o,process.env,"login"),s=await Ld(
{options:o,context:n,...t,onLogin:e});ps("registry",s.registry),ps("registries",s.registries.join(",")),r.dockerCredentialsOutput&&(Wd(s.login.password),ps("doc\
ker-username",s.login.username),ps("docker-password",s.login.password)),Kd(`Logged in to ${s.registries.join(", ")}${r.skipLogout?" (kept after the job: skip-lo\
gout)":"; the post step logs out"}`),py(["### ecr-deliver login","",...s.registries.map(i=>`- \`${i}\``),"",`timings: ${t.reporter.clock.describe()}`,""].join(`\

`))}async function HD(){let t=JSON.parse(ay(UD)||"[]");if(ay(FD)==="true"){Kd(`skip-logout: docker stays logged in to ${t.join(", ")||"nothing"}`);return}let e=new to(
as,new Jd,void 0,En(process.env));for(let r of t)await e.logout(r)}async function b6(){let t=process.env,e=process.argv.slice(2);return e.length===0&&t.GITHUB_ACTIONS==="true"&&Object.keys(t).some(r=>r.startsWith("INPUT_"))?MD(
t)?HD():BD():e.length===0&&t.CIRCLECI==="true"?gD():vD(e)}b6();
