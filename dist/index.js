#!/usr/bin/env node
"use strict";var jD=Object.create;var Xu=Object.defineProperty;var zD=Object.getOwnPropertyDescriptor;var VD=Object.getOwnPropertyNames;var qD=Object.getPrototypeOf,WD=Object.prototype.hasOwnProperty;var p=(t,e,r)=>()=>{if(r)throw r[0];try{return t&&(e=t(t=0)),e}catch(o){throw r=[o],o}};var Qu=(t,e)=>()=>{try{return e||t((e={exports:{}}).exports,e),e.exports}catch(r){throw e=0,r}},sr=(t,e)=>{for(var r in e)Xu(t,r,{get:e[r],enumerable:!0})},KD=(t,e,r,o)=>{
if(e&&typeof e=="object"||typeof e=="function")for(let n of VD(e))!WD.call(t,n)&&n!==r&&Xu(t,n,{get:()=>e[n],enumerable:!(o=zD(e,n))||o.enumerable});return t};var Ur=(t,e,r)=>(r=t!=null?jD(qD(t)):{},KD(e||!t||!t.__esModule?Xu(r,"default",{value:t,enumerable:!0}):r,t));var pa,Tt,pE=p(()=>{pa={warningEmitted:!1},Tt=t=>{if(t&&!pa.warningEmitted){if(process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED==="true"){pa.warningEmitted=
!0;return}let e=parseInt(t.substring(1,t.indexOf("."))),r=22;e<r&&(pa.warningEmitted=!0,process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScri\
pt (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${t}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`))}}});function B(t,e,r){return t.$source||(t.$source={}),t.$source[e]=r,t}var lE=p(()=>{});function Ar(t,e,r){t.__aws_sdk_context?t.__aws_sdk_context.features||(t.__aws_sdk_context.features={}):t.__aws_sdk_context={features:{}},t.__aws_sdk_context.features[e]=
r}var uE=p(()=>{});var $k,Er,dE=p(()=>{$k=()=>typeof process=="object"&&process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026==="true",Er=(t,e)=>{if($k()&&typeof t?.handle!="functi\
on")return e}});var hs,md=p(()=>{hs=t=>typeof ArrayBuffer=="function"&&t instanceof ArrayBuffer||Object.prototype.toString.call(t)==="[object ArrayBuffer]"});var wn,la,In=p(()=>{md();wn=(t,e=0,r=t.byteLength-e)=>{if(!hs(t))throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof t} (${t})`);
return Buffer.from(t,e,r)},la=(t,e)=>{if(typeof t!="string")throw new TypeError(`The "input" argument must be of type string. Received type ${typeof t} (${t})`);
return e?Buffer.from(t,e):Buffer.from(t)}});var Lk,Se,mE=p(()=>{In();Lk=/^[A-Za-z0-9+/]*={0,2}$/,Se=t=>{if(t.length*3%4!==0)throw new TypeError("Incorrect padding on base64 string.");if(!Lk.exec(t))throw new TypeError(
"Invalid base64 string.");let e=la(t,"base64");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}});var se,ua=p(()=>{In();se=t=>{let e=la(t,"utf8");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength/Uint8Array.BYTES_PER_ELEMENT)}});var me,fE=p(()=>{In();ua();me=t=>{let e;if(typeof t=="string"?e=se(t):e=t,typeof e!="object"||typeof e.byteOffset!="number"||typeof e.byteLength!="number")throw new Error(
"@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");return wn(e.buffer,e.byteOffset,e.byteLength).toString("base64")}});function gE(t,e,r,o){return class da extends Uint8Array{static fromString(s,i="utf-8"){if(typeof s=="string")return i==="base64"?da.mutate(o(s)):da.mutate(e(s));
throw new Error(`Unsupported conversion from ${typeof s} to Uint8ArrayBlobAdapter.`)}static mutate(s){return Object.setPrototypeOf(s,da.prototype),s}transformToString(s="\
utf-8"){return s==="base64"?r(this):t(this)}}}var hE=p(()=>{});var Z,yE=p(()=>{In();Z=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@\
smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return wn(t.buffer,t.byteOffset,t.byteLength).toString("utf8")}});function EE(t){return typeof crypto<"u"&&typeof crypto.randomUUID=="function"?()=>crypto.randomUUID():()=>{let e=new Uint8Array(16);return t(e),e[6]=e[6]&15|64,
e[8]=e[8]&63|128,He[e[0]]+He[e[1]]+He[e[2]]+He[e[3]]+"-"+He[e[4]]+He[e[5]]+"-"+He[e[6]]+He[e[7]]+"-"+He[e[8]]+He[e[9]]+"-"+He[e[10]]+He[e[11]]+He[e[12]]+He[e[13]]+
He[e[14]]+He[e[15]]}}var He,xE=p(()=>{He=Array.from({length:256},(t,e)=>e.toString(16).padStart(2,"0"))});var Uo,SE=p(()=>{(function(t){t.HTTP="http",t.HTTPS="https"})(Uo||(Uo={}))});var Hr,RE=p(()=>{(function(t){t.MD5="md5",t.CRC32="crc32",t.CRC32C="crc32c",t.SHA1="sha1",t.SHA256="sha256"})(Hr||(Hr={}))});var _E=p(()=>{RE()});var xr,wE=p(()=>{xr="__smithy_context"});var br,IE=p(()=>{(function(t){t.PROFILE="profile",t.SSO_SESSION="sso-session",t.SERVICES="services"})(br||(br={}))});var Pr=p(()=>{SE();_E();wE();IE()});var ee,TE=p(()=>{Pr();ee=t=>t[xr]||(t[xr]={})});function P(t,e){return Object.prototype.hasOwnProperty.call(t,e)}var fd=p(()=>{});function Uk(t){return Object.keys(t).reduce((e,r)=>{let o=t[r];return{...e,[r]:Array.isArray(o)?[...o]:o}},{})}var G,CE=p(()=>{G=class t{method;protocol;hostname;port;path;query;headers;username;password;fragment;body;constructor(e){
this.method=e.method||"GET",this.hostname=e.hostname||"localhost",this.port=e.port,this.query=e.query||{},this.headers=e.headers||{},this.body=e.body,this.protocol=
e.protocol?e.protocol.slice(-1)!==":"?`${e.protocol}:`:e.protocol:"https:",this.path=e.path?e.path.charAt(0)!=="/"?`/${e.path}`:e.path:"/",this.username=e.username,
this.password=e.password,this.fragment=e.fragment}static clone(e){let r=new t({...e,headers:{...e.headers}});return r.query&&(r.query=Uk(r.query)),r}static isInstance(e){
if(!e)return!1;let r=e;return"method"in r&&"protocol"in r&&"hostname"in r&&"path"in r&&typeof r.query=="object"&&typeof r.headers=="object"}clone(){return t.clone(
this)}}});var Ye,vE=p(()=>{Ye=class{statusCode;reason;headers;body;constructor(e){this.statusCode=e.statusCode,this.reason=e.reason,this.headers=e.headers||{},this.body=e.
body}static isInstance(e){if(!e)return!1;let r=e;return typeof r.statusCode=="number"&&typeof r.headers=="object"}}});var Fk,Or,AE=p(()=>{Fk=new RegExp("^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$"),Or=(t,e=!1)=>{if(!e)return Fk.test(t);let r=t.split(".");for(let o of r)if(!Or(o))return!1;
return!0}});function gd(t){return/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(t)}var bE=p(()=>{});var q,PE=p(()=>{q=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});function OE(t){let e={};if(t=t.replace(/^\?/,""),t)for(let r of t.split("&")){let[o,n=null]=r.split("=");o=decodeURIComponent(o),n&&(n=decodeURIComponent(n)),o in
e?Array.isArray(e[o])?e[o].push(n):e[o]=[e[o],n]:e[o]=n}return e}var NE=p(()=>{});var fe,hd=p(()=>{NE();fe=t=>{if(typeof t=="string")return fe(new URL(t));let{hostname:e,pathname:r,port:o,protocol:n,search:s}=t,i;return s&&(i=OE(s)),{hostname:e,
port:o?parseInt(o):void 0,protocol:n,path:r,query:i}}});var ro,DE=p(()=>{fd();hd();ro=t=>{if(typeof t=="object"){if("url"in t){let e=fe(t.url);if(t.headers){e.headers={};for(let r in t.headers)P(t.headers,r)&&(e.headers[r.
toLowerCase()]=t.headers[r].join(", "))}return e}return t}return fe(t)}});var J=p(()=>{TE();fd();CE();vE();AE();bE();PE();hd();DE()});var yd,Mk,kE,Bk,$E,LE,UE,Hk,FE,ME,Gk,ma,Tn,BE,jk,zk,HE=p(()=>{yd=t=>{if(t!=null){if(typeof t=="string"){let e=parseFloat(t);if(!Number.isNaN(e))return String(e)!==
String(t)&&zk.warn(jk(`Expected number but observed string: ${t}`)),e}if(typeof t=="number")return t;throw new TypeError(`Expected number, got ${typeof t}: ${t}`)}},
Mk=Math.ceil(2**127*(2-2**-23)),kE=t=>{let e=yd(t);if(e!==void 0&&!Number.isNaN(e)&&e!==1/0&&e!==-1/0&&Math.abs(e)>Mk)throw new TypeError(`Expected 32-bit float\
, got ${t}`);return e},Bk=t=>{if(t!=null){if(Number.isInteger(t)&&!Number.isNaN(t))return t;throw new TypeError(`Expected integer, got ${typeof t}: ${t}`)}},$E=
t=>UE(t,16),LE=t=>UE(t,8),UE=(t,e)=>{let r=Bk(t);if(r!==void 0&&Hk(r,e)!==r)throw new TypeError(`Expected ${e}-bit integer, got ${t}`);return r},Hk=(t,e)=>{switch(e){case 32:
return Int32Array.of(t)[0];case 16:return Int16Array.of(t)[0];case 8:return Int8Array.of(t)[0]}},FE=t=>yd(typeof t=="string"?ma(t):t),ME=t=>kE(typeof t=="string"?
ma(t):t),Gk=/(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g,ma=t=>{let e=t.match(Gk);if(e===null||e[0].length!==t.length)throw new TypeError(
"Expected real number, got implicit NaN");return parseFloat(t)},Tn=t=>$E(typeof t=="string"?ma(t):t),BE=t=>LE(typeof t=="string"?ma(t):t),jk=t=>String(new TypeError(
t).stack||t).split(`
`).slice(0,5).filter(e=>!e.includes("stackTraceWarning")).join(`
`),zk={warn:console.warn}});function Fo(t){let e=t.getUTCFullYear(),r=t.getUTCMonth(),o=t.getUTCDay(),n=t.getUTCDate(),s=t.getUTCHours(),i=t.getUTCMinutes(),a=t.getUTCSeconds(),c=n<10?`0${n}`:
`${n}`,l=s<10?`0${s}`:`${s}`,u=i<10?`0${i}`:`${i}`,d=a<10?`0${a}`:`${a}`;return`${Vk[o]}, ${c} ${xd[r]} ${e} ${l}:${u}:${d} GMT`}var Vk,xd,qk,Sd,Wk,Rd,Kk,Jk,Yk,
Es,_d,ys,Xk,Qk,Zk,Ed,e$,t$,r$,Nr,o$,n$,Cn,GE=p(()=>{HE();Vk=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],xd=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep",
"Oct","Nov","Dec"];qk=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/),Sd=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC-3339 date-times must be expressed as strings");let e=qk.exec(t);if(!e)throw new TypeError("Invalid RFC-3339 date-time value");let[r,o,n,s,i,a,c,l]=e,u=Tn(Cn(
o)),d=Nr(n,"month",1,12),m=Nr(s,"day",1,31);return ys(u,d,m,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})},Wk=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/),
Rd=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-3339 date-times must be expressed as strings");let e=Wk.exec(t);if(!e)throw new TypeError(
"Invalid RFC-3339 date-time value");let[r,o,n,s,i,a,c,l,u]=e,d=Tn(Cn(o)),m=Nr(n,"month",1,12),f=Nr(s,"day",1,31),g=ys(d,m,f,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l});
return u.toUpperCase()!="Z"&&g.setTime(g.getTime()-n$(u)),g},Kk=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
Jk=new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
Yk=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/),
Es=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-7231 date-times must be expressed as strings");let e=Kk.exec(t);if(e){let[r,o,n,s,i,a,c,
l]=e;return ys(Tn(Cn(s)),Ed(n),Nr(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})}if(e=Jk.exec(t),e){let[r,o,n,s,i,a,c,l]=e;return Zk(ys(Xk(
s),Ed(n),Nr(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l}))}if(e=Yk.exec(t),e){let[r,o,n,s,i,a,c,l]=e;return ys(Tn(Cn(l)),Ed(o),Nr(n.trimLeft(),
"day",1,31),{hours:s,minutes:i,seconds:a,fractionalMilliseconds:c})}throw new TypeError("Invalid RFC-7231 date-time value")},_d=t=>{if(t==null)return;let e;if(typeof t==
"number")e=t;else if(typeof t=="string")e=FE(t);else if(typeof t=="object"&&t.tag===1)e=t.value;else throw new TypeError("Epoch timestamps must be expressed as \
floating point numbers or their string representation");if(Number.isNaN(e)||e===1/0||e===-1/0)throw new TypeError("Epoch timestamps must be valid, non-Infinite,\
 non-NaN numerics");return new Date(Math.round(e*1e3))},ys=(t,e,r,o)=>{let n=e-1;return t$(t,n,r),new Date(Date.UTC(t,n,r,Nr(o.hours,"hour",0,23),Nr(o.minutes,"\
minute",0,59),Nr(o.seconds,"seconds",0,60),o$(o.fractionalMilliseconds)))},Xk=t=>{let e=new Date().getUTCFullYear(),r=Math.floor(e/100)*100+Tn(Cn(t));return r<e?
r+100:r},Qk=50*365*24*60*60*1e3,Zk=t=>t.getTime()-new Date().getTime()>Qk?new Date(Date.UTC(t.getUTCFullYear()-100,t.getUTCMonth(),t.getUTCDate(),t.getUTCHours(),
t.getUTCMinutes(),t.getUTCSeconds(),t.getUTCMilliseconds())):t,Ed=t=>{let e=xd.indexOf(t);if(e<0)throw new TypeError(`Invalid month: ${t}`);return e+1},e$=[31,28,
31,30,31,30,31,31,30,31,30,31],t$=(t,e,r)=>{let o=e$[e];if(e===1&&r$(t)&&(o=29),r>o)throw new TypeError(`Invalid day for ${xd[e]} in ${t}: ${r}`)},r$=t=>t%4===0&&
(t%100!==0||t%400===0),Nr=(t,e,r,o)=>{let n=BE(Cn(t));if(n<r||n>o)throw new TypeError(`${e} must be between ${r} and ${o}, inclusive`);return n},o$=t=>t==null?0:
ME("0."+t)*1e3,n$=t=>{let e=t[0],r=1;if(e=="+")r=1;else if(e=="-")r=-1;else throw new TypeError(`Offset direction, ${e}, must be "+" or "-"`);let o=Number(t.substring(
1,3)),n=Number(t.substring(4,6));return r*(o*60+n)*60*1e3},Cn=t=>{let e=0;for(;e<t.length-1&&t.charAt(e)==="0";)e++;return e===0?t:t.slice(e)}});var Xe,jE=p(()=>{Xe=function(e){return Object.assign(new String(e),{deserializeJSON(){return JSON.parse(String(e))},toString(){return String(e)},toJSON(){return String(
e)}})};Xe.from=t=>t&&typeof t=="object"&&(t instanceof Xe||"deserializeJSON"in t)?t:typeof t=="string"||Object.getPrototypeOf(t)===String.prototype?Xe(String(t)):
Xe(JSON.stringify(t));Xe.fromObject=Xe.from});function wd(t){return(t.includes(",")||t.includes('"'))&&(t=`"${t.replace(/\\/g,"\\\\").replace(/"/g,'\\"')}"`),t}var zE=p(()=>{});function Gr(t,e,r){let o=Number(t);if(o<e||o>r)throw new Error(`Value ${o} out of range [${e}, ${r}]`)}var Id,Td,Cd,VE,qE,s$,i$,a$,c$,p$,l$,vd,Ad,bd,WE=p(()=>{Id=
"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?",Td="(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",Cd="(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?",VE="(\
\\d?\\d)",qE="(\\d{4})",s$=new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/),i$=/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/,
a$=new RegExp(`^${Id}, ${VE} ${Td} ${qE} ${Cd} GMT$`),c$=new RegExp(`^${Id}, ${VE}-${Td}-(\\d\\d) ${Cd} GMT$`),p$=new RegExp(`^${Id} ${Td} ( [1-9]|\\d\\d) ${Cd}\
 ${qE}$`),l$=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"],vd=t=>{if(t==null)return;let e=NaN;if(typeof t=="number")e=t;else if(typeof t==
"string"){if(!/^-?\d*\.?\d+$/.test(t))throw new TypeError("parseEpochTimestamp - numeric string invalid.");e=Number.parseFloat(t)}else typeof t=="object"&&t.tag===
1&&(e=t.value);if(isNaN(e)||Math.abs(e)===1/0)throw new TypeError("Epoch timestamps must be valid finite numbers.");return new Date(Math.round(e*1e3))},Ad=t=>{if(t==
null)return;if(typeof t!="string")throw new TypeError("RFC3339 timestamps must be strings");let e=s$.exec(t);if(!e)throw new TypeError(`Invalid RFC3339 timestam\
p format ${t}`);let[,r,o,n,s,i,a,,c,l]=e;Gr(o,1,12),Gr(n,1,31),Gr(s,0,23),Gr(i,0,59),Gr(a,0,60);let u=new Date(Date.UTC(Number(r),Number(o)-1,Number(n),Number(s),
Number(i),Number(a),Number(c)?Math.round(parseFloat(`0.${c}`)*1e3):0));if(u.setUTCFullYear(Number(r)),l.toUpperCase()!="Z"){let[,d,m,f]=/([+-])(\d\d):(\d\d)/.exec(
l)||[void 0,"+",0,0],g=d==="-"?1:-1;u.setTime(u.getTime()+g*(Number(m)*60*60*1e3+Number(f)*60*1e3))}return u},bd=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC7231 timestamps must be strings.");if(i$.test(t))return new Date(t);let e,r,o,n,s,i,a,c;if((c=a$.exec(t))?[,e,r,o,n,s,i,a]=c:(c=c$.exec(t))?([,e,r,o,n,s,i,a]=
c,o=(Number(o)+1900).toString()):(c=p$.exec(t))&&([,r,e,n,s,i,a,o]=c),o&&i){let l=Date.UTC(Number(o),l$.indexOf(r),Number(e),Number(n),Number(s),Number(i),a?Math.
round(parseFloat(`0.${a}`)*1e3):0);Gr(e,1,31),Gr(n,0,23),Gr(s,0,59),Gr(i,0,60);let u=new Date(l);return u.setUTCFullYear(Number(o)),u}throw new TypeError(`Inval\
id RFC7231 date-time value ${t}.`)}});function Pd(t,e,r){if(r<=0||!Number.isInteger(r))throw new Error("Invalid number of delimiters ("+r+") for splitEvery.");let o=t.split(e);if(r===1)return o;let n=[],
s="";for(let i=0;i<o.length;i++)s===""?s=o[i]:s+=e+o[i],(i+1)%r===0&&(n.push(s),s="");return s!==""&&n.push(s),n}var KE=p(()=>{});var xs,JE=p(()=>{xs=t=>{let e=t.length,r=[],o=!1,n=!1,s=0;for(let i=0;i<e;++i){let a=t[i];switch(a){case'"':n||(o=!o);break;case",":o||(r.push(t.slice(s,i)),s=i+
1);break;default:}n=a==="\\"&&!n}return r.push(t.slice(s)),r.map(i=>{i=i.trim();let a=i.length;return a<2?i:i[0]==='"'&&i[a-1]==='"'?(i=i.slice(1,a-1),i.replace(
/\\(["\\])/g,"$1")):i.replace(/\\"/g,'"')})}});var YE,Re,XE=p(()=>{YE=/^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/,Re=class t{string;type;constructor(e,r){if(this.string=e,this.type=r,!YE.test(e))throw new Error(
`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${e}"`)}toString(){return this.string}static[Symbol.hasInstance](e){
if(!e||typeof e!="object")return!1;let r=e;return t.prototype.isPrototypeOf(e)||r.type==="bigDecimal"&&YE.test(r.string)}}});function Nd(t){if(t.length%2!==0)throw new Error("Hex encoded strings must have an even number length");let e=new Uint8Array(t.length/2);for(let r=0;r<t.length;r+=
2){let o=t.slice(r,r+2).toLowerCase();if(o in Od)e[r/2]=Od[o];else throw new Error(`Cannot decode unrecognized sequence ${o} as hexadecimal`)}return e}function Qe(t){
let e="";for(let r=0;r<t.byteLength;r++)e+=QE[t[r]];return e}var QE,Od,Dd=p(()=>{QE={},Od={};for(let t=0;t<256;t++){let e=t.toString(16).toLowerCase();e.length===
1&&(e=`0${e}`),QE[t]=e,Od[e]=t}});var vn,Ct,ZE=p(()=>{vn=require("node:fs"),Ct=t=>{if(!t)return 0;if(typeof t=="string")return Buffer.byteLength(t);if(typeof t.byteLength=="number")return t.byteLength;
if(typeof t.size=="number")return t.size;if(typeof t.start=="number"&&typeof t.end=="number")return t.end+1-t.start;if(t instanceof vn.ReadStream){if(t.path!=null)
return(0,vn.lstatSync)(t.path).size;if(typeof t.fd=="number")return(0,vn.fstatSync)(t.fd).size}throw new Error(`Body Length computation failed for ${t}`)}});var vt,ex=p(()=>{ua();vt=t=>t instanceof Uint8Array?t:typeof t=="string"?se(t):ArrayBuffer.isView(t)?new Uint8Array(t.buffer,t.byteOffset,t.byteLength/Uint8Array.
BYTES_PER_ELEMENT):new Uint8Array(t)});function fa(t,e){if(e===void 0){e=0;for(let n of t)e+=n.byteLength}let r=new Uint8Array(e),o=0;for(let n of t)r.set(n,o),o+=n.byteLength;return r}var kd=p(()=>{});var Ge,Ss=p(()=>{Ge=class t extends Error{name="ProviderError";tryNextLink;constructor(e,r=!0){let o,n=!0;typeof r=="boolean"?(o=void 0,n=r):r!=null&&typeof r==
"object"&&(o=r.logger,n=r.tryNextLink??!0),super(e),this.tryNextLink=n,Object.setPrototypeOf(this,t.prototype),o?.debug?.(`@smithy/property-provider ${n?"->":"(\
!)"} ${e}`)}static from(e,r=!0){return Object.assign(new this(e.message,r),e)}}});var R,ga=p(()=>{Ss();R=class t extends Ge{name="CredentialsProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var At,tx=p(()=>{Ss();At=class t extends Ge{name="TokenProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var Mo,$d=p(()=>{Ss();Mo=(...t)=>async()=>{if(t.length===0)throw new Ge("No providers in chain");let e;for(let r of t)try{return await r()}catch(o){if(e=o,o?.tryNextLink)
continue;throw o}throw e}});var rx,ox=p(()=>{rx=t=>()=>Promise.resolve(t)});var ha,Ld=p(()=>{ha=(t,e,r)=>{let o,n,s,i=!1,a=async()=>{n||(n=t());try{o=await n,s=!0,i=!1}finally{n=void 0}return o};return e===void 0?async c=>((!s||c?.forceRefresh)&&
(o=await a()),o):async c=>((!s||c?.forceRefresh)&&(o=await a()),i?o:r&&!r(o)?(i=!0,o):(e(o)&&await a(),o))}});var bt,ya=p(()=>{bt=(t,e,r)=>{if(e in t){if(t[e]==="true")return!0;if(t[e]==="false")return!1;throw new Error(`Cannot load ${r} "${e}". Expected "true" or "fals\
e", got ${t[e]}.`)}}});var Ze,Ea=p(()=>{(function(t){t.ENV="env",t.CONFIG="shared config entry"})(Ze||(Ze={}))});var nx,sx,Ud,u$,oo,Rs=p(()=>{nx=require("node:os"),sx=require("node:path"),Ud={},u$=()=>process&&process.geteuid?`${process.geteuid()}`:"DEFAULT",oo=()=>{let{HOME:t,
USERPROFILE:e,HOMEPATH:r,HOMEDRIVE:o=`C:${sx.sep}`}=process.env;if(t)return t;if(e)return e;if(r)return`${o}${r}`;let n=u$();return Ud[n]||(Ud[n]=(0,nx.homedir)()),
Ud[n]}});var xa,ix,et,Fd=p(()=>{xa="AWS_PROFILE",ix="default",et=t=>t.profile||process.env[xa]||ix});var ax,cx,_s,Md=p(()=>{ax=require("node:crypto"),cx=require("node:path");Rs();_s=t=>{let r=(0,ax.createHash)("sha1").update(t).digest("hex");return(0,cx.join)(oo(),
".aws","sso","cache",`${r}.json`)}});var px,ws,Is,Bd=p(()=>{px=require("node:fs/promises");Md();ws={},Is=async t=>{if(ws[t])return ws[t];let e=_s(t),r=await(0,px.readFile)(e,"utf8");return JSON.parse(
r)}});var lx,ux=p(()=>{Pr();lx=t=>Object.entries(t).filter(([e])=>{let r=e.indexOf(".");return r===-1?!1:Object.values(br).includes(e.substring(0,r))}).reduce((e,[r,o])=>{
let n=r.indexOf("."),s=r.substring(0,n)===br.PROFILE?r.substring(n+1):r;return e[s]=o,e},{...t.default&&{default:t.default}})});var dx,d$,Sa,Hd=p(()=>{dx=require("node:path");Rs();d$="AWS_CONFIG_FILE",Sa=()=>process.env[d$]||(0,dx.join)(oo(),".aws","config")});var mx,m$,fx,gx=p(()=>{mx=require("node:path");Rs();m$="AWS_SHARED_CREDENTIALS_FILE",fx=()=>process.env[m$]||(0,mx.join)(oo(),".aws","credentials")});var f$,g$,Ts,Gd=p(()=>{Pr();f$=/^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/,g$=["__proto__","profile __proto__"],Ts=t=>{let e={},r,o;for(let n of t.split(/\r?\n/)){let s=n.
split(/(^|\s)[;#]/)[0].trim();if(s[0]==="["&&s[s.length-1]==="]"){r=void 0,o=void 0;let a=s.substring(1,s.length-1),c=f$.exec(a);if(c){let[,l,,u]=c;Object.values(
br).includes(l)&&(r=[l,u].join("."))}else r=a;if(g$.includes(a))throw new Error(`Found invalid profile name "${a}"`)}else if(r){let a=s.indexOf("=");if(![0,-1].
includes(a)){let[c,l]=[s.substring(0,a).trim(),s.substring(a+1).trim()];if(l==="")o=c;else{o&&n.trimStart()===n&&(o=void 0),e[r]=e[r]||{};let u=o?[o,c].join("."):
c;e[r][u]=l}}}}return e}});var hx,jd,Cs,vs,Ra=p(()=>{hx=require("node:fs/promises"),jd={},Cs={},vs=(t,e)=>Cs[t]!==void 0?Cs[t]:((!jd[t]||e?.ignoreCache)&&(jd[t]=(0,hx.readFile)(t,"utf8")),
jd[t])});var zd,yx,_a,Vd=p(()=>{zd=require("node:path");ux();Hd();gx();Rs();Gd();Ra();yx=()=>({}),_a=async(t={})=>{let{filepath:e=fx(),configFilepath:r=Sa()}=t,o=oo(),n="\
~/",s=e;e.startsWith(n)&&(s=(0,zd.join)(o,e.slice(2)));let i=r;r.startsWith(n)&&(i=(0,zd.join)(o,r.slice(2)));let a=await Promise.all([vs(i,{ignoreCache:t.ignoreCache}).
then(Ts).then(lx).catch(yx),vs(s,{ignoreCache:t.ignoreCache}).then(Ts).catch(yx)]);return{configFile:a[0],credentialsFile:a[1]}}});var Ex,xx=p(()=>{Pr();Ex=t=>Object.entries(t).filter(([e])=>e.startsWith(br.SSO_SESSION+".")).reduce((e,[r,o])=>({...e,[r.substring(r.indexOf(".")+1)]:o}),{})});var h$,As,Sx=p(()=>{Hd();xx();Gd();Ra();h$=()=>({}),As=async(t={})=>vs(t.configFilepath??Sa()).then(Ts).then(Ex).catch(h$)});var Rx,_x=p(()=>{Rx=(...t)=>{let e={};for(let r of t)for(let[o,n]of Object.entries(r))e[o]!==void 0?Object.assign(e[o],n):e[o]=n;return e}});var Sr,wx=p(()=>{Vd();_x();Sr=async t=>{let e=await _a(t);return Rx(e.configFile,e.credentialsFile)}});var bs,Ix=p(()=>{Bd();Ra();bs={getFileRecord(){return Cs},interceptFile(t,e){Cs[t]=Promise.resolve(e)},getTokenRecord(){return ws},interceptToken(t,e){ws[t]=e}}});function wa(t){try{let e=new Set(Array.from(t.match(/([A-Z_]){3,}/g)??[]));return e.delete("CONFIG"),e.delete("CONFIG_PREFIX_SEPARATOR"),e.delete("ENV"),[...e].
join(", ")}catch{return t}}var qd=p(()=>{});var Tx,Cx=p(()=>{ga();qd();Tx=(t,e)=>async()=>{try{let r=t(process.env,e);if(r===void 0)throw new Error;return r}catch(r){throw new R(r.message||`Not found in E\
NV: ${wa(t.toString())}`,{logger:e?.logger})}}});var vx,Ax=p(()=>{ga();Fd();Vd();qd();vx=(t,{preferredFile:e="config",...r}={})=>async()=>{let o=et(r),{configFile:n,credentialsFile:s}=await _a(r),i=s[o]||{},a=n[o]||
{},c=e==="config"?{...i,...a}:{...a,...i};try{let u=t(c,e==="config"?n:s);if(u===void 0)throw new Error;return u}catch(l){throw new R(l.message||`Not found in c\
onfig files w/ profile [${o}]: ${wa(t.toString())}`,{logger:r.logger})}}});var y$,bx,Px=p(()=>{ox();y$=t=>typeof t=="function",bx=t=>y$(t)?async()=>await t():rx(t)});var _,Wd=p(()=>{$d();Ld();Cx();Ax();Px();_=({environmentVariableSelector:t,configFileSelector:e,default:r},o={})=>{let{signingName:n,logger:s}=o;return ha(Mo(Tx(
t,{signingName:n,logger:s}),vx(e,o),bx(r)))}});var Ox,Nx,Pt,Dx=p(()=>{ya();Ea();Ox="AWS_USE_DUALSTACK_ENDPOINT",Nx="use_dualstack_endpoint",Pt={environmentVariableSelector:t=>bt(t,Ox,Ze.ENV),configFileSelector:t=>bt(
t,Nx,Ze.CONFIG),default:!1}});var kx,$x,Ot,Lx=p(()=>{ya();Ea();kx="AWS_USE_FIPS_ENDPOINT",$x="use_fips_endpoint",Ot={environmentVariableSelector:t=>bt(t,kx,Ze.ENV),configFileSelector:t=>bt(t,
$x,Ze.CONFIG),default:!1}});var Ho,no,An,Ux,Fx,Kd=p(()=>{Ho=(t,e)=>{let r=[];if(t&&r.push(t),e)for(let o of e)r.push(o);return r},no=(t,e)=>`${t||"anonymous"}${e&&e.length>0?` (a.k.a. ${e.
join(",")})`:""}`,An=()=>{let t=[],e=[],r=!1,o=new Set,n=d=>d.sort((m,f)=>Ux[f.step]-Ux[m.step]||Fx[f.priority||"normal"]-Fx[m.priority||"normal"]),s=d=>{let m=!1,
f=g=>{let h=Ho(g.name,g.aliases);if(h.includes(d)){m=!0;for(let y of h)o.delete(y);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},i=d=>{let m=!1,f=g=>{
if(g.middleware===d){m=!0;for(let h of Ho(g.name,g.aliases))o.delete(h);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},a=d=>(t.forEach(m=>{d.add(m.middleware,
{...m})}),e.forEach(m=>{d.addRelativeTo(m.middleware,{...m})}),d.identifyOnResolve?.(u.identifyOnResolve()),d),c=d=>{let m=[];return d.before.forEach(f=>{f.before.
length===0&&f.after.length===0?m.push(f):m.push(...c(f))}),m.push(d),d.after.reverse().forEach(f=>{f.before.length===0&&f.after.length===0?m.push(f):m.push(...c(
f))}),m},l=(d=!1)=>{let m=[],f=[],g={};return t.forEach(y=>{let S={...y,before:[],after:[]};for(let x of Ho(S.name,S.aliases))g[x]=S;m.push(S)}),e.forEach(y=>{let S={
...y,before:[],after:[]};for(let x of Ho(S.name,S.aliases))g[x]=S;f.push(S)}),f.forEach(y=>{if(y.toMiddleware){let S=g[y.toMiddleware];if(S===void 0){if(d)return;
throw new Error(`${y.toMiddleware} is not found when adding ${no(y.name,y.aliases)} middleware ${y.relation} ${y.toMiddleware}`)}y.relation==="after"&&S.after.push(
y),y.relation==="before"&&S.before.push(y)}}),n(m).map(c).reduce((y,S)=>(y.push(...S),y),[])},u={add:(d,m={})=>{let{name:f,override:g,aliases:h}=m,y={step:"init\
ialize",priority:"normal",middleware:d,...m},S=Ho(f,h);if(S.length>0){if(S.some(x=>o.has(x))){if(!g)throw new Error(`Duplicate middleware name '${no(f,h)}'`);for(let x of S){
let v=t.findIndex(L=>L.name===x||L.aliases?.some(Y=>Y===x));if(v===-1)continue;let b=t[v];if(b.step!==y.step||y.priority!==b.priority)throw new Error(`"${no(b.name,
b.aliases)}" middleware with ${b.priority} priority in ${b.step} step cannot be overridden by "${no(f,h)}" middleware with ${y.priority} priority in ${y.step} s\
tep.`);t.splice(v,1)}}for(let x of S)o.add(x)}t.push(y)},addRelativeTo:(d,m)=>{let{name:f,override:g,aliases:h}=m,y={middleware:d,...m},S=Ho(f,h);if(S.length>0){
if(S.some(x=>o.has(x))){if(!g)throw new Error(`Duplicate middleware name '${no(f,h)}'`);for(let x of S){let v=e.findIndex(L=>L.name===x||L.aliases?.some(Y=>Y===
x));if(v===-1)continue;let b=e[v];if(b.toMiddleware!==y.toMiddleware||b.relation!==y.relation)throw new Error(`"${no(b.name,b.aliases)}" middleware ${b.relation}\
 "${b.toMiddleware}" middleware cannot be overridden by "${no(f,h)}" middleware ${y.relation} "${y.toMiddleware}" middleware.`);e.splice(v,1)}}for(let x of S)o.
add(x)}e.push(y)},clone:()=>a(An()),use:d=>{d.applyToStack(u)},remove:d=>typeof d=="string"?s(d):i(d),removeByTag:d=>{let m=!1,f=g=>{let{tags:h,name:y,aliases:S}=g;
if(h&&h.includes(d)){let x=Ho(y,S);for(let v of x)o.delete(v);return m=!0,!1}return!0};return t=t.filter(f),e=e.filter(f),m},concat:d=>{let m=a(An());return m.use(
d),m.identifyOnResolve(r||m.identifyOnResolve()||(d.identifyOnResolve?.()??!1)),m},applyToStack:a,identify:()=>l(!0).map(d=>{let m=d.step??d.relation+" "+d.toMiddleware;
return no(d.name,d.aliases)+" - "+m}),identifyOnResolve(d){return typeof d=="boolean"&&(r=d),r},resolve:(d,m)=>{for(let f of l().map(g=>g.middleware).reverse())
d=f(d,m);return r&&console.log(u.identify()),d}};return u},Ux={initialize:5,serialize:4,build:3,finalizeRequest:2,deserialize:1},Fx={high:3,normal:2,low:1}});var Te,Mx=p(()=>{Kd();Te=class{config;middlewareStack=An();initConfig;handlers;constructor(e){this.config=e;let{protocol:r,protocolSettings:o}=e;o&&typeof r=="f\
unction"&&(e.protocol=new r(o))}send(e,r,o){let n=typeof r!="function"?r:void 0,s=typeof r=="function"?r:o,i=n===void 0&&this.config.cacheMiddleware===!0,a;if(i){
this.handlers||(this.handlers=new WeakMap);let c=this.handlers;c.has(e.constructor)?a=c.get(e.constructor):(a=e.resolveMiddleware(this.middlewareStack,this.config,
n),c.set(e.constructor,a))}else delete this.handlers,a=e.resolveMiddleware(this.middlewareStack,this.config,n);if(s)a(e).then(c=>s(null,c.output),c=>s(c)).catch(
()=>{});else return a(e).then(c=>c.output)}destroy(){this.config?.requestHandler?.destroy?.(),delete this.handlers}}});var jr,Jd=p(()=>{jr=t=>typeof t=="function"?t():t});var Ia,Yd=p(()=>{Ia=(t,e,r,o,n)=>({name:e,namespace:t,traits:r,input:o,output:n})});var Bx,Xd,Hx=p(()=>{J();Yd();Bx=t=>(e,r)=>async o=>{let{response:n}=await e(o),{operationSchema:s}=ee(r),[,i,a,c,l,u]=s??[];try{let d=await t.protocol.deserializeResponse(
Ia(i,a,c,l,u),{...t,...r},n);return{response:n,output:d}}catch(d){if(Object.defineProperty(d,"$response",{value:n,enumerable:!1,writable:!1,configurable:!1}),!("\
$metadata"in d)){let m="Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";try{d.message+=`
  `+m}catch{!r.logger||r.logger?.constructor?.name==="NoOpLogger"?console.warn(m):r.logger?.warn?.(m)}typeof d.$responseBodyText<"u"&&d.$response&&(d.$response.
body=d.$responseBodyText);try{if(Ye.isInstance(n)){let{headers:f={},statusCode:g}=n,h=Object.entries(f);d.$metadata={httpStatusCode:g,requestId:Xd(/^x-[\w-]+-request-?id$/,
h),extendedRequestId:Xd(/^x-[\w-]+-id-2$/,h),cfId:Xd(/^x-[\w-]+-cf-id$/,h)}}}catch{}}throw d}},Xd=(t,e)=>(e.find(([r])=>r.match(t))||[void 0,void 0])[1]});var Gx,jx=p(()=>{J();Yd();Gx=t=>(e,r)=>async o=>{let{operationSchema:n}=ee(r),[,s,i,a,c,l]=n??[],u=r.endpointV2?async()=>ro(r.endpointV2):t.endpoint,d=await t.protocol.
serializeRequest(Ia(s,i,a,c,l),o.input,{...t,...r,endpoint:u});return e({...o,request:d})}});function Nt(t){return{applyToStack:e=>{e.add(Gx(t),Vx),e.add(Bx(t),zx),t.protocol.setSerdeContext(t)}}}var zx,Vx,qx=p(()=>{Hx();jx();zx={name:"deserializerMiddl\
eware",step:"deserialize",tags:["DESERIALIZER"],override:!0},Vx={name:"serializerMiddleware",step:"serialize",tags:["SERIALIZER"],override:!0}});function so(t){if(typeof t=="object")return t;if(t=t|0,Ta[t])return Ta[t];let e={},r=0;for(let o of["httpLabel","idempotent","idempotencyToken","sensitive","htt\
pPayload","httpResponseCode","httpQueryParams"])(t>>r++&1)===1&&(e[o]=1);return Ta[t]=e}var Ta,Qd=p(()=>{Ta=[]});function Os(t,e){if(t instanceof U)return Object.assign(t,{memberName:e,_isMemberSchema:!0});let r=U;return new r(t,e)}var Ps,Ca,va,U,Zd,Wx,Kx=p(()=>{Jd();Qd();
Ps={it:Symbol.for("@smithy/nor-struct-it"),ns:Symbol.for("@smithy/ns")},Ca=[],va={},U=class t{ref;memberName;static symbol=Symbol.for("@smithy/nor");symbol=t.symbol;name;schema;_isMemberSchema;traits;memberTraits;normalizedTraits;constructor(e,r){
this.ref=e,this.memberName=r;let o=[],n=e,s=e;for(this._isMemberSchema=!1;Zd(n);)o.push(n[1]),n=n[0],s=jr(n),this._isMemberSchema=!0;if(o.length>0){this.memberTraits=
{};for(let i=o.length-1;i>=0;--i){let a=o[i];Object.assign(this.memberTraits,so(a))}}else this.memberTraits=0;if(s instanceof t){let i=this.memberTraits;Object.
assign(this,s),this.memberTraits=Object.assign({},i,s.getMemberTraits(),this.getMemberTraits()),this.normalizedTraits=void 0,this.memberName=r??s.memberName;return}
if(this.schema=jr(s),Wx(this.schema)?(this.name=`${this.schema[1]}#${this.schema[2]}`,this.traits=this.schema[3]):(this.name=this.memberName??String(s),this.traits=
0),this._isMemberSchema&&!r)throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`)}static[Symbol.hasInstance](e){
let r=this.prototype.isPrototypeOf(e);return!r&&typeof e=="object"&&e!==null?e.symbol===this.symbol:r}static of(e){let r=typeof e=="function"||typeof e=="object"&&
e!==null;if(typeof e=="number"){if(Ca[e])return Ca[e]}else if(typeof e=="string"){if(va[e])return va[e]}else if(r&&e[Ps.ns])return e[Ps.ns];let o=jr(e);if(o instanceof
t)return o;if(Zd(o)){let[s,i]=o;if(s instanceof t)return Object.assign(s.getMergedTraits(),so(i)),s;throw new Error(`@smithy/core/schema - may not init unwrappe\
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
if(this.isStructSchema()&&r[4].includes(e)){let o=r[4].indexOf(e),n=r[5][o];return Os(Zd(n)?n:[n,0],e)}if(this.isDocumentSchema())return Os([15,0],e);throw new Error(
`@smithy/core/schema - ${this.getName(!0)} has no member=${e}.`)}getMemberSchemas(){let e={};try{for(let[r,o]of this.structIterator())e[r]=o}catch{}return e}getEventStreamMember(){
if(this.isStructSchema()){for(let[e,r]of this.structIterator())if(r.isStreaming()&&r.isStructSchema())return e}return""}*structIterator(){if(this.isUnitSchema())
return;if(!this.isStructSchema())throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");let e=this.getSchema(),r=e[4].length,o=e[Ps.it];if(o&&
r===o.length){yield*o;return}o=Array(r);for(let n=0;n<r;++n){let s=e[4][n],i=Os([e[5][n],0],s);yield o[n]=[s,i]}e[Ps.it]=o}};Zd=t=>Array.isArray(t)&&t.length===
2,Wx=t=>Array.isArray(t)&&t.length>=5});var Q,Jx=p(()=>{Q=class t{namespace;schemas;exceptions;static registries=new Map;constructor(e,r=new Map,o=new Map){this.namespace=e,this.schemas=r,this.exceptions=
o,t.registries.has(e)||t.registries.set(e,this)}static for(e){return t.registries.get(e)??new t(e)}copyFrom(e){let{schemas:r,exceptions:o}=this;for(let[n,s]of e.
schemas)r.has(n)||r.set(n,s);for(let[n,s]of e.exceptions)o.has(n)||o.set(n,s)}register(e,r){let o=this.normalizeShapeId(e);for(let n of[this,t.for(o.split("#")[0])])
n.schemas.has(o)||n.schemas.set(o,r)}getSchema(e){let r=this.normalizeShapeId(e);if(!this.schemas.has(r)){if(!e.includes("#")){let o="#"+e,n=[];for(let[s,i]of this.
schemas.entries())s.endsWith(o)&&n.push(i);if(n.length===1)return n[0]}throw new Error(`@smithy/core/schema - schema not found for ${r}`)}return this.schemas.get(
r)}registerError(e,r){let o=e,n=o[1],s=n+"#"+o[2];r.hasOwnProperty?.("shapeId")||(r.shapeId=s);for(let i of[this,t.for(n)])!i.schemas.has(s)&&!i.exceptions.has(
o)&&(i.schemas.set(s,o),i.exceptions.set(o,r))}getErrorCtor(e){let r=e;return this.exceptions.has(r)?this.exceptions.get(r):t.for(r[1]).exceptions.get(r)}getBaseException(){
for(let e of this.exceptions.keys())if(Array.isArray(e)){let[,r,o]=e,n=r+"#"+o;if(n.startsWith("smithy.ts.sdk.synthetic.")&&n.endsWith("ServiceException"))return e}}find(e){
for(let r of this.schemas.values())if(e(r))return r}clear(){this.schemas.clear(),this.exceptions.clear()}normalizeShapeId(e){return e.includes("#")?e:this.namespace+
"#"+e}}});var X=p(()=>{Jd();qx();Kx();Qd();Jx()});function bn(t,e){if(e==null)return e;let r=U.of(t);if(r.getMergedTraits().sensitive)return em;if(r.isListSchema()){let o=r.getValueSchema();if(o.getMergedTraits().
sensitive)return em;if(Array.isArray(e))return e.map(n=>bn(o,n))}else if(r.isMapSchema()){let o=r.getValueSchema();if(r.getKeySchema().getMergedTraits().sensitive||
o.getMergedTraits().sensitive)return em;if(typeof e=="object")return Object.fromEntries(Object.entries(e).map(([n,s])=>[n,bn(o,s)]))}else if(r.isStructSchema()&&
typeof e=="object"){let o=e,n={};for(let[s,i]of r.structIterator())o[s]!=null&&(n[s]=bn(i,o[s]));return n}return e}var em,Yx=p(()=>{X();em="***SensitiveInformat\
ion***"});var Xx,ar,tm,rm=p(()=>{Pr();Kd();Yx();X();Xx=Symbol.for("@smithy/op-event-stream"),ar=class{middlewareStack=An();schema;static classBuilder(){return new tm}resolveMiddlewareWithContext(e,r,o,{
middlewareFn:n,clientName:s,commandName:i,inputFilterSensitiveLog:a,outputFilterSensitiveLog:c,smithyContext:l,additionalContext:u,CommandCtor:d}){for(let L of n.
bind(this)(d,e,r,o))this.middlewareStack.use(L);let m=e.concat(this.middlewareStack),{logger:f}=r,g=u[xr],h={logger:f,clientName:s,commandName:i,inputFilterSensitiveLog:a,
outputFilterSensitiveLog:c,...u,[xr]:{...g,commandInstance:this,...l,...o?.metricsRecorder===void 0?{}:{metricsRecorder:o.metricsRecorder},...o?.abortSignal===void 0?
{}:{abortSignal:o.abortSignal}}},{requestHandler:y}=r,S=o??{};S.metricsRecorder&&(S={...S},delete S.metricsRecorder);let x,v=this.schema,b=v?.[Xx];if(b!==void 0)
x=b;else if(v&&Array.isArray(v)&&v[0]===9){let[,,,,L,Y]=v;x=v[Xx]=!!(U.of(L).getEventStreamMember()||U.of(Y).getEventStreamMember())}return x&&(S={isEventStream:x,
...S}),m.resolve(L=>y.handle(L.request,S),h)}},tm=class{_init=()=>{};_ep={};_middlewareFn=()=>[];_commandName="";_clientName="";_additionalContext={};_smithyContext={};_inputFilterSensitiveLog=void 0;_outputFilterSensitiveLog=void 0;_serializer=null;_deserializer=null;_operationSchema;init(e){
this._init=e}ep(e){return this._ep=e,this}m(e){return this._middlewareFn=e,this}s(e,r,o={}){return this._smithyContext={service:e,operation:r,...o},this}c(e={}){
return this._additionalContext=e,this}n(e,r){return this._clientName=e,this._commandName=r,this}f(e=o=>o,r=o=>o){return this._inputFilterSensitiveLog=e,this._outputFilterSensitiveLog=
r,this}ser(e){return this._serializer=e,this}de(e){return this._deserializer=e,this}sc(e){return this._operationSchema=e,this._smithyContext.operationSchema=e,this}build(){
let e=this,r;return r=class extends ar{input;static getEndpointParameterInstructions(){return e._ep}constructor(...[o]){super(),this.input=o??{},e._init(this),this.
schema=e._operationSchema}resolveMiddleware(o,n,s){let i=e._operationSchema,a=i?.[4]??i?.input,c=i?.[5]??i?.output;return this.resolveMiddlewareWithContext(o,n,
s,{CommandCtor:r,middlewareFn:e._middlewareFn,clientName:e._clientName,commandName:e._commandName,inputFilterSensitiveLog:e._inputFilterSensitiveLog??(i?bn.bind(
null,a):l=>l),outputFilterSensitiveLog:e._outputFilterSensitiveLog??(i?bn.bind(null,c):l=>l),smithyContext:e._smithyContext,additionalContext:e._additionalContext})}serialize=e.
_serializer;deserialize=e._deserializer}}}});var zr,Qx=p(()=>{zr=(t,e,r)=>{for(let[s,i]of Object.entries(t)){let a=async function(l,u,d){let m=new i(l);if(typeof u=="function")this.send(m,u);else if(typeof d==
"function"){if(typeof u!="object")throw new Error(`Expected http options but got ${typeof u}`);this.send(m,u||{},d)}else return this.send(m,u)},c=(s[0].toLowerCase()+
s.slice(1)).replace(/Command$/,"");e.prototype[c]=a}let{paginators:o={},waiters:n={}}=r??{};for(let[s,i]of Object.entries(o))e.prototype[s]===void 0&&(e.prototype[s]=
function(a={},c,...l){return i({...c,client:this},a,...l)});for(let[s,i]of Object.entries(n))e.prototype[s]===void 0&&(e.prototype[s]=async function(a={},c,...l){
let u=c;return typeof c=="number"&&(u={maxWaitTime:c}),i({...u,client:this},a,...l)})}});var tt,Aa,Zx=p(()=>{tt=class t extends Error{static shapeId="smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";$fault;$response;$retryable;$metadata;constructor(e){
super(e.message),Object.setPrototypeOf(this,Object.getPrototypeOf(this).constructor.prototype),this.name=e.name,this.$fault=e.$fault,this.$metadata=e.$metadata}static isInstance(e){
if(!e)return!1;let r=e;return t.prototype.isPrototypeOf(r)||!!r.$fault&&!!r.$metadata&&(r.$fault==="client"||r.$fault==="server")}static[Symbol.hasInstance](e){
if(!e)return!1;let r=e;if(this===t)return t.isInstance(e);if(t.isInstance(e)){if(this.prototype.isPrototypeOf(e))return!0;let o=Object.prototype.hasOwnProperty.
call(this,"shapeId")?this.shapeId:void 0,n=!1;if(o){let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor,c=a!==t&&Object.prototype.
hasOwnProperty.call(a,"shapeId")?a?.shapeId:void 0;if(c&&(n=!0,c===o))return!0;i=Object.getPrototypeOf(i)}}if(o&&n)return!1;let s=this.name;if(s&&s.length>=6){if(r.
name===s)return!0;let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor?.name;if(a&&a!=="Error"&&a===s)return!0;i=Object.getPrototypeOf(
i)}}}return!1}},Aa=(t,e={})=>{Object.entries(e).filter(([,o])=>o!==void 0).forEach(([o,n])=>{(t[o]==null||t[o]==="")&&(t[o]=n)});let r=t.message||t.Message||"Un\
knownError";return t.message=r,delete t.Message,t}});var Dt,eS=p(()=>{Dt=t=>{switch(t){case"standard":return{retryMode:"standard",connectionTimeout:3100};case"in-region":return{retryMode:"standard",connectionTimeout:1100};case"\
cross-region":return{retryMode:"standard",connectionTimeout:3100};case"mobile":return{retryMode:"standard",connectionTimeout:3e4};default:return{}}}});var tS,kt,rS=p(()=>{tS=!1,kt=t=>{t&&!tS&&parseInt(t.substring(1,t.indexOf(".")))<16&&(tS=!0)}});var oS,nS,sS,iS=p(()=>{J();Pr();oS=Object.values(Hr),nS=t=>{let e=[];for(let r in Hr){if(!P(Hr,r))continue;let o=Hr[r];t[o]!==void 0&&e.push({algorithmId:()=>o,
checksumConstructor:()=>t[o]})}for(let[r,o]of Object.entries(t.checksumAlgorithms??{}))e.push({algorithmId:()=>r,checksumConstructor:()=>o});return{addChecksumAlgorithm(r){
t.checksumAlgorithms=t.checksumAlgorithms??{};let o=r.algorithmId(),n=r.checksumConstructor();oS.includes(o)?t.checksumAlgorithms[o.toUpperCase()]=n:t.checksumAlgorithms[o]=
n,e.push(r)},checksumAlgorithms(){return e}}},sS=t=>{let e={};return t.checksumAlgorithms().forEach(r=>{let o=r.algorithmId();oS.includes(o)&&(e[o]=r.checksumConstructor())}),
e}});var aS,cS,pS=p(()=>{aS=t=>({setRetryStrategy(e){t.retryStrategy=e},retryStrategy(){return t.retryStrategy}}),cS=t=>{let e={};return e.retryStrategy=t.retryStrategy(),
e}});var $t,Lt,lS=p(()=>{iS();pS();$t=t=>Object.assign(nS(t),aS(t)),Lt=t=>Object.assign(sS(t),cS(t))});var ba,uS=p(()=>{J();ba=t=>{let e="#text";for(let r in t)P(t,r)&&(t[r][e]!==void 0?t[r]=t[r][e]:typeof t[r]=="object"&&t[r]!==null&&(t[r]=ba(t[r])));return t}});var _e,dS=p(()=>{_e=class{trace(){}debug(){}info(){}warn(){}error(){}}});function Ut(t,e,r,o){return function(s,i,a,c,l={}){let u=Object.assign({},t,s);return ar.classBuilder().ep(u).m(function(d,m,f,g){let h=i.call(this,d,m,f,g);return h.
unshift(o(f,d.getEndpointParameterInstructions())),h}).s(e,a,l).n(r,a.charAt(0).toUpperCase()+a.slice(1)+"Command").sc(c).build()}}var mS=p(()=>{rm()});var T=p(()=>{J();J();Mx();rm();Qx();eS();rS();Zx();lS();uS();dS();mS()});var fS,om,nm,gS,hS,yS,ES,xS,SS,sm=p(()=>{fS="AWS_EXECUTION_ENV",om="AWS_REGION",nm="AWS_DEFAULT_REGION",gS="AWS_EC2_METADATA_DISABLED",hS=["in-region","cross-re\
gion","mobile","standard","legacy"],yS="/latest/meta-data/placement/region",ES="/latest/api/token",xS="x-aws-ec2-metadata-token",SS="x-aws-ec2-metadata-token-tt\
l-seconds"});var im=Qu((j5,RS)=>{RS.exports=require("node:http")});var _S,E$,TS,Pa,wS,x$,IS,am=p(()=>{sm();_S=1e3,E$=6e4,TS=0,Pa=async()=>{if(!process.env[gS]&&!(Date.now()<TS))try{let t=x$(),e=(await IS({...t,path:ES,method:"P\
UT",headers:{[SS]:"21600"}})).toString();return(await IS({...t,path:yS,method:"GET",headers:{[xS]:e}})).toString().trim()||wS()}catch{return wS()}},wS=()=>{TS=Date.
now()+E$},x$=()=>{let t=process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;if(t){let e=new URL(t);return{hostname:e.hostname.replace(/^\[(.+)]$/,"$1"),port:e.port?Number(
e.port):void 0}}return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE==="IPv6"?{hostname:"fd00:ec2::254"}:{hostname:"169.254.169.254"}},IS=async t=>{let{request:e}=await Promise.resolve().then(()=>Ur(im()));
return new Promise((r,o)=>{let n=e({hostname:t.hostname,port:t.port,path:t.path,method:t.method,headers:t.headers,timeout:_S,signal:AbortSignal.timeout(_S)});n.
on("error",s=>{o(s),n.destroy()}),n.on("timeout",()=>{o(new Error("TimeoutError from instance metadata service")),n.destroy()}),n.on("response",s=>{let{statusCode:i=400}=s;
if(i<200||i>=300){o(Object.assign(new Error("Error response received from instance metadata service"),{statusCode:i})),n.destroy();return}let a=[];s.on("data",c=>a.
push(c)),s.on("end",()=>{r(Buffer.concat(a)),n.destroy()})}),n.end()})}});var CS,vS,be,rt,cm=p(()=>{am();CS="AWS_REGION",vS="region",be={environmentVariableSelector:t=>t[CS],configFileSelector:t=>t[vS],default:async()=>{let t=await Pa();
if(t)return t;throw new Error("Region is missing")}},rt={preferredFile:"credentials"}});var AS,bS,PS=p(()=>{J();AS=new Set,bS=(t,e=Or)=>{if(!AS.has(t)&&!e(t))if(t==="*")console.warn('@smithy/config-resolver WARN - Please use the caller region inste\
ad of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.');else throw new Error(`Region not accepted: region="${t}\
" is not a valid hostname component.`);else AS.add(t)}});var Oa,pm=p(()=>{Oa=t=>typeof t=="string"&&(t.startsWith("fips-")||t.endsWith("-fips"))});var OS,NS=p(()=>{pm();OS=t=>Oa(t)?["fips-aws-global","aws-fips"].includes(t)?"us-east-1":t.replace(/fips-(dkr-|prod-)?|-fips/,""):t});var Ft,DS=p(()=>{PS();NS();pm();Ft=t=>{let{region:e,useFipsEndpoint:r}=t;if(!e)throw new Error("Region is missing");return Object.assign(t,{region:async()=>{let o=typeof e==
"function"?await e():e,n=OS(o);return bS(n),n},useFipsEndpoint:async()=>{let o=typeof e=="string"?e:await e();return Oa(o)?!0:typeof r!="function"?Promise.resolve(
!!r):r()}})}});var S$,R$,kS,$S=p(()=>{S$="AWS_DEFAULTS_MODE",R$="defaults_mode",kS={environmentVariableSelector:t=>t[S$],configFileSelector:t=>t[R$],default:"legacy"}});var Mt,_$,w$,LS=p(()=>{cm();am();Wd();Ld();sm();$S();Mt=({region:t=_(be),defaultsMode:e=_(kS)}={})=>ha(async()=>{let r=typeof e=="function"?await e():e;switch(r?.
toLowerCase()){case"auto":return _$(t);case"in-region":case"cross-region":case"mobile":case"standard":case"legacy":return Promise.resolve(r?.toLocaleLowerCase());case void 0:
return Promise.resolve("legacy");default:throw new Error(`Invalid parameter for "defaultsMode", expect ${hS.join(", ")}, got ${r}`)}}),_$=async t=>{if(t){let e=typeof t==
"function"?await t():t,r=await w$();return r?e===r?"in-region":"cross-region":"standard"}return"standard"},w$=async()=>process.env[fS]&&(process.env[om]||process.
env[nm])?process.env[om]??process.env[nm]:Pa()});var $=p(()=>{Ss();ga();tx();$d();ya();Ea();Fd();Md();Bd();Sx();wx();Ix();Wd();Dx();Lx();cm();DS();LS()});var US,FS,MS,BS=p(()=>{US="AWS_ENDPOINT_URL",FS="endpoint_url",MS=t=>({environmentVariableSelector:e=>{let r=t.split(" ").map(s=>s.toUpperCase()),o=e[[US,...r].
join("_")];if(o)return o;let n=e[US];if(n)return n},configFileSelector:(e,r)=>{if(e.services){let n=["services",e.services].join(".");if(!r||!r[n])throw new Error(
`The services section "${e.services}" specified in the profile is not present in the shared configuration file.`);let s=r[n],i=t.split(" ").map(c=>c.toLowerCase()),
a=s[[i.join("_"),FS].join(".")];if(a)return a}let o=e[FS];if(o)return o},default:void 0})});var I$,T$,HS,GS=p(()=>{$();I$="AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",T$="ignore_configured_endpoint_urls",HS={environmentVariableSelector:t=>bt(t,I$,Ze.ENV),configFileSelector:t=>bt(
t,T$,Ze.CONFIG),default:!1}});var Ns,jS=p(()=>{$();BS();GS();Ns=async t=>{if(!await _(HS)())return _(MS(t??""))()}});var lm,C$,v$,A$,zS,VS,qS=p(()=>{lm=async t=>{let e=t?.Bucket||"";if(typeof t.Bucket=="string"&&(t.Bucket=e.replace(/#/g,encodeURIComponent("#")).replace(/\?/g,encodeURIComponent(
"?"))),VS(e)){if(t.ForcePathStyle===!0)throw new Error("Path-style addressing cannot be used with ARN buckets")}else(!zS(e)||e.indexOf(".")!==-1&&!String(t.Endpoint).
startsWith("http:")||e.toLowerCase()!==e||e.length<3)&&(t.ForcePathStyle=!0);return t.DisableMultiRegionAccessPoints&&(t.disableMultiRegionAccessPoints=!0,t.DisableMRAP=
!0),t},C$=/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,v$=/(\d+\.){3}\d+/,A$=/\.\./,zS=t=>C$.test(t)&&!v$.test(t)&&!A$.test(t),VS=t=>{let[e,r,o,,,n]=t.split(":"),s=e===
"arn"&&t.split(":").length>=6,i=!!(s&&r&&o&&n);if(s&&!i)throw new Error(`Invalid ARN: ${t} was an invalid ARN.`);return i}});var WS=p(()=>{qS()});var KS,JS=p(()=>{KS=(t,e,r,o=!1)=>{let n=async()=>{let s;return o?s=r.clientContextParams?.[t]??r[t]??r[e]:s=r[t]??r[e],typeof s=="function"?s():s};return t==="\
credentialScope"||e==="CredentialScope"?async()=>{let s=typeof r.credentials=="function"?await r.credentials():r.credentials;return s?.credentialScope??s?.CredentialScope}:
t==="accountId"||e==="AccountId"?async()=>{let s=typeof r.credentials=="function"?await r.credentials():r.credentials;return s?.accountId??s?.AccountId}:t==="en\
dpoint"||e==="endpoint"?async()=>{if(r.isCustomEndpoint===!1)return;let s=await n();if(s&&typeof s=="object"){if("url"in s)return s.url.href;if("hostname"in s){
let{protocol:i,hostname:a,port:c,path:l}=s;return`${i}//${a}${c?":"+c:""}${l}`}}return s}:n}});var um=p(()=>{J()});function Na(t){return async(e,r,o,n)=>{if(!o.isCustomEndpoint&&!o.ignoreConfiguredEndpointUrls){let a;o.serviceConfiguredEndpoint?a=await o.serviceConfiguredEndpoint():
a=await t(o.serviceId),a&&(o.endpoint=()=>Promise.resolve(ro(a)),o.isCustomEndpoint=!0,n?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from confi\
g: ${a}`))}let s=await Da(e,r,o);if(typeof o.endpointProvider!="function")throw new Error("config.endpointProvider is not set.");let i=o.endpointProvider(s,n);if(o.
isCustomEndpoint&&o.endpoint){let a=await o.endpoint();if(a?.headers){i.headers??={};for(let[c,l]of Object.entries(a.headers))i.headers[c]=Array.isArray(l)?l:[l]}}
return i}}var Da,ka=p(()=>{WS();JS();um();Da=async(t,e,r)=>{let o={},n=e?.getEndpointParameterInstructions?.()||{};for(let[s,i]of Object.entries(n))switch(i.type){case"\
staticContextParams":o[s]=i.value;break;case"contextParams":o[s]=t[i.name];break;case"clientContextParams":case"builtInParams":o[s]=await KS(i.name,s,r,i.type!==
"builtInParams")();break;case"operationContextParams":o[s]=i.get(t);break;default:throw new Error("Unrecognized endpoint parameter instruction: "+JSON.stringify(
i))}return Object.keys(n).length===0&&Object.assign(o,r),String(r.serviceId).toLowerCase()==="s3"&&await lm(o),o}});function b$(t,e,r){t.__smithy_context?t.__smithy_context.features||(t.__smithy_context.features={}):t.__smithy_context={features:{}},t.__smithy_context.features[e]=
r}function $a(t){let e=Na(t);return({config:r,instructions:o})=>(n,s)=>async i=>{r.isCustomEndpoint&&b$(s,"ENDPOINT_OVERRIDE","N");let a=await e(i.input,{getEndpointParameterInstructions(){
return o}},{...r},s);s.endpointV2=a,s.authSchemes=a.properties?.authSchemes;let c=s.authSchemes?.[0];if(c){s.signing_region=c.signingRegion,s.signing_service=c.
signingName;let u=ee(s)?.selectedHttpAuthScheme?.httpAuthOption;u&&(u.signingProperties=Object.assign(u.signingProperties||{},{signing_region:c.signingRegion,signingRegion:c.
signingRegion,signing_service:c.signingName,signingName:c.signingName,signingRegionSet:c.signingRegionSet},c.properties))}return n({...i})}}var dm=p(()=>{J();ka()});function YS(t){let e=$a(t);return(r,o)=>({applyToStack:n=>{n.addRelativeTo(e({config:r,instructions:o}),O$)}})}var P$,O$,XS=p(()=>{dm();P$={name:"serializerMidd\
leware",step:"serialize",tags:["SERIALIZER"],override:!0},O$={step:"serialize",tags:["ENDPOINT_PARAMETERS","ENDPOINT_V2","ENDPOINT"],name:"endpointV2Middleware",
override:!0,relation:"before",toMiddleware:P$.name}});function QS(t){return e=>{let r=e.tls??!0,{endpoint:o,useDualstackEndpoint:n,useFipsEndpoint:s}=e,i=o!=null?async()=>ro(await q(o)()):void 0,c=Object.assign(e,{
endpoint:i,tls:r,isCustomEndpoint:!!o,useDualstackEndpoint:q(n??!1),useFipsEndpoint:q(s??!1),ignoreConfiguredEndpointUrls:!!e.ignoreConfiguredEndpointUrls}),l;return c.
serviceConfiguredEndpoint=async()=>(e.serviceId&&!l&&(l=t(e.serviceId)),l),c}}var ZS=p(()=>{J();um()});var ot,eR=p(()=>{ot=class t{nodes;root;conditions;results;constructor(e,r,o,n){this.nodes=e,this.root=r,this.conditions=o,this.results=n}static from(e,r,o,n){return new t(
e,r,o,n)}}});var nt,tR=p(()=>{nt=class{capacity;data=new Map;parameters=[];constructor({size:e,params:r}){this.capacity=e??50,r&&(this.parameters=r)}get(e,r){let o=this.hash(
e);if(o===!1)return r();if(!this.data.has(o)){if(this.data.size>this.capacity+10){let n=this.data.keys(),s=0;for(;;){let{value:i,done:a}=n.next();if(this.data.delete(
i),a||++s>10)break}}this.data.set(o,r())}return this.data.get(o)}size(){return this.data.size}hash(e){let r="",{parameters:o}=this;if(o.length===0)return!1;for(let n of o){
let s=e[n],i=s==null?"\0":String(s);if(i.includes("|;"))return!1;r+=i+"|;"}return r}}});var le,rR=p(()=>{le=class extends Error{constructor(e){super(e),this.name="EndpointError"}}});var Vr=p(()=>{rR()});var mm,oR=p(()=>{mm="endpoints"});function Pn(t){return typeof t!="object"||t==null?t:"ref"in t?`$${Pn(t.ref)}`:"fn"in t?`${t.fn}(${(t.argv||[]).map(Pn).join(", ")})`:JSON.stringify(t,null,2)}var nR=p(
()=>{});var sR=p(()=>{oR();nR()});var Pe,fm=p(()=>{Pe={}});var gm,iR=p(()=>{gm=(t,e)=>t===e});function hm(...t){for(let e of t)if(e!=null)return e}var aR=p(()=>{});var cR,pR=p(()=>{Vr();cR=t=>{let e=t.split("."),r=[];for(let o of e){let n=o.indexOf("[");if(n!==-1){if(o.indexOf("]")!==o.length-1)throw new le(`Path: '${t}' d\
oes not end with ']'`);let s=o.slice(n+1,-1);if(Number.isNaN(parseInt(s)))throw new le(`Invalid array index: '${s}' in path: '${t}'`);n!==0&&r.push(o.slice(0,n)),
r.push(s)}else r.push(o)}return r}});var Ds,lR=p(()=>{Vr();pR();Ds=(t,e)=>cR(e).reduce((r,o)=>{if(typeof r!="object")throw new le(`Index '${o}' in '${e}' not found in '${JSON.stringify(t)}'`);if(Array.
isArray(r)){let n=parseInt(o);return r[n<0?r.length+n:n]}return r[o]},t)});var ym,uR=p(()=>{ym=t=>t!=null});function Em(t,e,r){return t?e:r}var dR=p(()=>{});var xm,mR=p(()=>{xm=t=>!t});var N$,On,Sm=p(()=>{N$=new RegExp("^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$"),On=t=>N$.test(t)||t.startsWith(
"[")&&t.endsWith("]")});var Rm,_m,fR=p(()=>{Pr();Sm();Rm={[Uo.HTTP]:80,[Uo.HTTPS]:443},_m=t=>{let e=(()=>{try{if(t instanceof URL)return t;if(typeof t=="object"&&"hostname"in t){let{hostname:m,
port:f,protocol:g="",path:h="",query:y={}}=t,S=new URL(`${g}//${m}${f?`:${f}`:""}${h}`);return S.search=Object.entries(y).map(([x,v])=>`${x}=${v}`).join("&"),S}
return new URL(t)}catch{return null}})();if(!e)return console.error(`Unable to parse ${JSON.stringify(t)} as a whatwg URL.`),null;let r=e.href,{host:o,hostname:n,
pathname:s,protocol:i,search:a}=e;if(a)return null;let c=i.slice(0,-1);if(!Object.values(Uo).includes(c))return null;let l=On(n),u=r.includes(`${o}:${Rm[c]}`)||
typeof t=="string"&&t.includes(`${o}:${Rm[c]}`),d=`${o}${u?`:${Rm[c]}`:""}`;return{scheme:c,authority:d,path:s,normalizedPath:s.endsWith("/")?s:`${s}/`,isIp:l}}});function wm(t,e,r){if(r===1)return[t];if(t==="")return[""];let o=t.split(e);return r===0?o:o.slice(0,r-1).concat(o.slice(1).join(e))}var gR=p(()=>{});var Im,hR=p(()=>{Im=(t,e)=>t===e});var Tm,yR=p(()=>{Tm=(t,e,r,o)=>t==null||e>=r||t.length<r||/[^\u0000-\u007f]/.test(t)?null:o?t.substring(t.length-r,t.length-e):t.substring(e,r)});var Cm,ER=p(()=>{Cm=t=>encodeURIComponent(t).replace(/[!*'()]/g,e=>`%${e.charCodeAt(0).toString(16).toUpperCase()}`)});var vm=p(()=>{iR();aR();lR();uR();J();dR();mR();fR();gR();hR();yR();ER()});var xR,SR=p(()=>{vm();xR={booleanEquals:gm,coalesce:hm,getAttr:Ds,isSet:ym,isValidHostLabel:Or,ite:Em,not:xm,parseURL:_m,split:wm,stringEquals:Im,substring:Tm,uriEncode:Cm}});var La,Am=p(()=>{vm();La=(t,e)=>{let r=[],{referenceRecord:o,endpointParams:n}=e,s=0;for(;s<t.length;){let i=t.indexOf("{",s);if(i===-1){r.push(t.slice(s));break}
r.push(t.slice(s,i));let a=t.indexOf("}",i);if(a===-1){r.push(t.slice(i));break}t[i+1]==="{"&&t[a+1]==="}"&&(r.push(t.slice(i+1,a)),s=a+2);let c=t.substring(i+1,
a);if(c.includes("#")){let[l,u]=c.split("#");r.push(Ds(o[l]??n[l],u))}else r.push(o[c]??n[c]);s=a+1}return r.join("")}});var RR,_R=p(()=>{RR=({ref:t},e)=>e.referenceRecord[t]??e.endpointParams[t]});var Go,Ua,wR,ks=p(()=>{Vr();fm();SR();Am();_R();Go=(t,e,r)=>{if(typeof t=="string")return La(t,r);if(t.fn)return wR.callFunction(t,r);if(t.ref)return RR(t,r);throw new le(
`'${e}': ${String(t)} is not a string, function or reference.`)},Ua=({fn:t,argv:e},r)=>{let o=Array(e.length);for(let i=0;i<o.length;++i){let a=e[i];typeof a=="\
boolean"||typeof a=="number"?o[i]=a:o[i]=wR.evaluateExpression(a,"arg",r)}let n=t.indexOf(".");if(n!==-1){let a=Pe[t.slice(0,n)]?.[t.slice(n+1)];if(typeof a=="f\
unction")return a(...o)}let s=xR[t];if(typeof s=="function")return s(...o);throw new Error(`function ${t} not loaded in endpointFunctions.`)},wR={evaluateExpression:Go,
callFunction:Ua}});var IR=p(()=>{ks()});var TR,CR=p(()=>{sR();Vr();IR();TR=(t,e)=>{let{assign:r}=t;if(r&&r in e.referenceRecord)throw new le(`'${r}' is already defined in Reference Record.`);let o=Ua(
t,e);e.logger?.debug?.(`${mm} evaluateCondition: ${Pn(t)} = ${Pn(o)}`);let n=o===""?!0:!!o;return r!=null?{result:n,toAssign:{name:r,value:o}}:{result:n}}});var vR,AR=p(()=>{Vr();ks();vR=(t,e)=>Object.entries(t??{}).reduce((r,[o,n])=>(r[o]=n.map(s=>{let i=Go(s,"Header value entry",e);if(typeof i!="string")throw new le(
`Header '${o}' value '${i}' is not a string`);return i}),r),{})});var bm,bR,PR,OR=p(()=>{Vr();Am();bm=(t,e)=>Object.entries(t).reduce((r,[o,n])=>(r[o]=PR.getEndpointProperty(n,e),r),{}),bR=(t,e)=>{if(Array.isArray(t))return t.
map(r=>bR(r,e));switch(typeof t){case"string":return La(t,e);case"object":if(t===null)throw new le(`Unexpected endpoint property: ${t}`);return PR.getEndpointProperties(
t,e);case"boolean":return t;default:throw new le(`Unexpected endpoint property type: ${typeof t}`)}},PR={getEndpointProperty:bR,getEndpointProperties:bm}});var NR,DR=p(()=>{Vr();ks();NR=(t,e)=>{let r=Go(t,"Endpoint URL",e);if(typeof r=="string")try{return new URL(r)}catch(o){throw console.error(`Failed to construct\
 URL with ${r}`,o),o}throw new le(`Endpoint URL must be a string, got ${typeof r}`)}});var Pm,Bt,kR=p(()=>{Vr();CR();ks();AR();OR();DR();Pm=1e8,Bt=(t,e)=>{let{nodes:r,root:o,results:n,conditions:s}=t,i=o,a={},c={referenceRecord:a,endpointParams:e.
endpointParams,logger:e.logger};for(;i!==1&&i!==-1&&i<Pm;){let l=3*(Math.abs(i)-1),[u,d,m]=[r[l],r[l+1],r[l+2]],[f,g,h]=s[u],y=TR({fn:f,assign:h,argv:g},c);if(y.
toAssign){let{name:S,value:x}=y.toAssign;a[S]=x}i=i>=0===y.result?d:m}if(i>=Pm){let l=n[i-Pm];if(l[0]===-1){let[,f]=l;throw new le(Go(f,"Error",c))}let[u,d,m]=l;
return{url:NR(u,c),properties:bm(d,c),headers:vR(m??{},c)}}throw new le("No matching endpoint.")}});var DJ,cr,kJ,pr,W=p(()=>{jS();ka();dm();XS();ZS();eR();tR();kR();Sm();J();fm();ka();DJ=Na(Ns),cr=QS(Ns),kJ=$a(Ns),pr=YS(Ns)});var $s,Fa,Ma=p(()=>{$s=t=>typeof ReadableStream=="function"&&(t?.constructor?.name===ReadableStream.name||t instanceof ReadableStream),Fa=t=>typeof Blob=="funct\
ion"&&(t?.constructor?.name===Blob.name||t instanceof Blob)});var $R,LR=p(()=>{$R=t=>new TextEncoder().encode(t)});var UR,VJ,FR,Ba,Om,MR,BR=p(()=>{UR="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",VJ=Object.entries(UR).reduce((t,[e,r])=>(t[r]=Number(e),t),
{}),FR=UR.split(""),Ba=6,Om=8,MR=63});function HR(t){let e;typeof t=="string"?e=$R(t):e=t;let r=typeof e=="object"&&typeof e.length=="number",o=typeof e=="object"&&typeof e.byteOffset=="number"&&typeof e.
byteLength=="number";if(!r&&!o)throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");let n="";for(let s=0;s<e.length;s+=
3){let i=0,a=0;for(let l=s,u=Math.min(s+3,e.length);l<u;l++)i|=e[l]<<(u-l-1)*Om,a+=Om;let c=Math.ceil(a/Ba);i<<=c*Ba-a;for(let l=1;l<=c;l++){let u=(c-l)*Ba;n+=FR[(i&
MR<<u)>>u]}n+="==".slice(0,4-c)}return n}var GR=p(()=>{LR();BR()});var jR,zR=p(()=>{jR=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@smi\
thy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return new TextDecoder("utf-8").decode(t)}});async function Nm(t){return t.arrayBuffer().then(e=>new Uint8Array(e))}async function Dm(t){let e=[],r=t.getReader(),o=0;for(;;){let{done:n,value:s}=await r.read();
if(s&&(e.push(s),o+=s.length),n)break}return fa(e,o)}var VR,km=p(()=>{kd();Ma();VR=async t=>Fa(t)?Nm(t):Dm(t)});var qR,KR,WR,JR=p(()=>{GR();Dd();zR();km();Ma();qR="The stream has already been transformed.",KR=t=>{if(!WR(t)&&!$s(t)){let n=t?.__proto__?.constructor?.name||t;
throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${n}`)}let e=!1,r=async()=>{if(e)throw new Error(qR);return e=!0,await VR(
t)},o=n=>{if(typeof n.stream!="function")throw new Error(`Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.
If you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body`);return n.stream()};return Object.
assign(t,{transformToByteArray:r,transformToString:async n=>{let s=await r();if(n==="base64")return HR(s);if(n==="hex")return Qe(s);if(n===void 0||n==="utf8"||n===
"utf-8")return jR(s);if(typeof TextDecoder=="function")return new TextDecoder(n).decode(s);throw new Error("TextDecoder is not available, please make sure polyf\
ill is provided.")},transformToWebStream:()=>{if(e)throw new Error(qR);if(e=!0,WR(t))return o(t);if($s(t))return t;throw new Error(`Cannot transform payload to \
web stream, got ${t}`)}})},WR=t=>typeof Blob=="function"&&t instanceof Blob});var YR,je,$m,Lm=p(()=>{YR=require("node:stream");kd();km();Ma();je=t=>Fa(t)?Nm(t):$s(t)?Dm(t):new Promise((e,r)=>{let o=new $m,n=t;n.pipe(o),n.on("error",s=>{o.
end(),r(s)}),o.on("error",r),o.on("finish",function(){let s=fa(this.bufferedBytes);e(s)})}),$m=class extends YR.Writable{bufferedBytes=[];_write(e,r,o){this.bufferedBytes.
push(e),o()}}});var Ha,XR,Ls,QR=p(()=>{Ha=require("node:stream");In();JR();Lm();XR="The stream has already been transformed.",Ls=t=>{if(!(t instanceof Ha.Readable))try{return KR(
t)}catch{let n=t?.__proto__?.constructor?.name||t;throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${n}`)}let e=!1,r=async()=>{
if(e)throw new Error(XR);return e=!0,await je(t)};return Object.assign(t,{transformToByteArray:r,transformToString:async o=>{let n=await r();return o===void 0||
Buffer.isEncoding(o)?wn(n.buffer,n.byteOffset,n.byteLength).toString(o):new TextDecoder(o).decode(n)},transformToWebStream:()=>{if(e)throw new Error(XR);if(t.readableFlowing!==
null)throw new Error("The stream has been consumed by other callbacks.");if(typeof Ha.Readable.toWeb!="function")throw new Error("Readable.toWeb() is not suppor\
ted. Please ensure a polyfill is available.");return e=!0,Ha.Readable.toWeb(t)}})}});function qr(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var ZR=p(()=>{});var e_,Nn,D$,Um,Dn,k=p(()=>{e_=require("node:crypto");mE();fE();hE();ua();yE();xE();GE();jE();zE();WE();KE();JE();XE();Dd();ZE();ex();md();QR();Lm();J();ZR();Nn=
class extends gE(Z,se,me,Se){},D$=e_.getRandomValues,Um=EE(D$),Dn=Um});var ze,kn=p(()=>{k();ze=async(t=new Uint8Array,e)=>{if(t instanceof Uint8Array)return Nn.mutate(t);if(!t)return Nn.mutate(new Uint8Array);let r=e.streamCollector(
t);return Nn.mutate(await r)}});function jo(t){return/^[\w.~-]+$/.test(t)?t:encodeURIComponent(t).replace(/[!'()*]/g,function(e){return"%"+e.charCodeAt(0).toString(16).toUpperCase()})}var Fm=p(
()=>{});var r_,Oe,k$,$$,L$,U$,Ga,t_,zo=p(()=>{X();k();r_=Symbol.for("@smithy/schema-x"),Oe=class t extends U{static identity=Symbol.for("@smithy/HttpBindingNormalizedSc\
hema");identity=t.identity;bindings;constructor(e){super(e)}static of(e){let r=U.of(e);if(r.identity===t.identity)return r;let o=r.isMemberSchema()?r:r.getSchema(),
n=typeof o=="object"&&o!==null?o:r;return n[r_]??=new t(r)}getHttpBindingLocation(e){return e.httpPayload?36:e.httpLabel?33:e.httpHeader?38:typeof e.httpPrefixHeaders==
"string"?39:e.httpQuery?34:e.httpQueryParams?35:e.httpResponseCode?37:32}getHttpBindingValue(e,r,o=!1){let n=this.getSchema(),s=typeof n=="number"?n&255:this.isListSchema()?
64:255,i=e&7,a=r.mediaType?r.mediaType==="application/json"||r.mediaType.endsWith("+json")?2:1:0,c=r.streaming||s===42?this.isStructSchema()?2:1:0,l=s>=4&&s<=7?
i>=6?2:i>0&&i<4?1:0:0,u=s|a<<8|(r.idempotencyToken?1:0)<<10|c<<11|(r.sparse?1:0)<<13|l<<14|(r.hostLabel?1:0)<<17|(e===36&&typeof n!="object"?1:0)<<18,d=s&192,m=i&
2&&(d===64||!o&&i&1)?this.getHttpBindingCollectionValue(e,r):void 0,f=(m?.[1]??0)&255;return u|=(i>=6&&(f===4||f===6)?1:0)<<16,[this,u,m]}getHttpBindingCollectionValue(e,r=this.
getMergedTraits()){let o=t.of(this.getValueSchema());return o.getHttpBindingValue(e,{...o.getMergedTraits(),...r},!0)}getHttpBindings(){let e=this.getSchema();return typeof e!=
"object"||e===null?U$:this.bindings??=k$(this)}},k$=t=>{let e=[],r=[],o=[],n=[],s=[],i={},a={},c=[],l={headers:a,prefixHeaders:c},u={request:{memberBindings:s,byName:i},
response:{bodyMemberNames:e,bindings:l}},{request:d,response:m}=u;for(let[f,g]of t.structIterator()){let h=Oe.of(g),y=h.getMergedTraits(),S=h.getHttpBindingLocation(
y),x=y.httpHeader?.toLowerCase()??y.httpPrefixHeaders?.toLowerCase()??y.httpQuery,v=h.getHttpBindingValue(S,y),b=[f,v,S,x];f==="__proto__"&&qr(i),i[f]=b,v[1]>>10&
1&&(d.hasIdempotency=!0),s.push(b);let L=S&7;if(L===0&&(o.push(f),n.push(g)),(L&4)===0)e.push(f),r.push(g);else if((L&6)===4)if(L&1)l.statusCode=b;else{l.payload=
b;let Y=v[1]&255;d.contentTypeInstruction=y.mediaType??(Y===0?"text/plain":Y===21||Y===42?"application/octet-stream":null)}else L&1?(d.hasPrefixHeaders=!0,c.push(
b)):(x==="__proto__"&&qr(a),a[x]=b)}return d.contentTypeInstruction===void 0&&o.length&&(d.contentTypeInstruction=null),d.syntheticBodySchema=t_(t,o,n),m.syntheticBodySchema=
t_(t,e,r),u},$$=t=>{let e=[],r=0;for(let o of t.matchAll(/\{([^{}+]+)(\+)?\}/g))o.index>r&&e.push([t.slice(r,o.index),0]),e.push([o[1],o[2]?2:1]),r=o.index+o[0].
length;return e.length&&r<t.length&&e.push([t.slice(r),0]),e.length?e:void 0},L$=t=>{let{http:e,endpoint:r}=so(t.traits??{}),[o,n]=e?.[1].split("?")??[];return[
e?.[0],o,n?[...new URLSearchParams(n)]:[],o?$$(o):void 0,r?.[0]]},U$={request:{memberBindings:[],byName:{}},response:{bodyMemberNames:[],bindings:{headers:{},prefixHeaders:[]}}},
Ga=t=>t[r_]??=L$(t),t_=(t,e,r)=>{if(!e.length)return;let o=t.getSchema(),n=[3,o[1],o[2],t.getMergedTraits(),e,r],s=o[6],i=s&&e.reduce((a,c)=>a+(o[4].indexOf(c)<
s?1:0),0);return i&&(n[6]=i),n}});var Dr,Us=p(()=>{Dr=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var o_=Qu(()=>{throw new Error("@smithy/core/event-streams is not bundled: no ECR or STS operation streams events")});var $n,Mm=p(()=>{J();X();Us();zo();$n=class extends Dr{options;compositeErrorRegistry;constructor(e){super(),this.options=e,this.compositeErrorRegistry=new Q(e.
defaultNamespace);for(let r of e.errorTypeRegistries??[])this.compositeErrorRegistry.copyFrom(r)}getRequestType(){return G}getResponseType(){return Ye}setSerdeContext(e){
this.serdeContext=e,this.serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e),this.getPayloadCodec()&&this.getPayloadCodec().setSerdeContext(e)}updateServiceEndpoint(e,r){
if("url"in r){e.protocol=r.url.protocol,e.hostname=r.url.hostname,e.port=r.url.port?Number(r.url.port):void 0,e.path=r.url.pathname,e.fragment=r.url.hash||void 0,
e.username=r.url.username||void 0,e.password=r.url.password||void 0,e.query||(e.query={});for(let[o,n]of r.url.searchParams.entries())e.query[o]=n;if(r.headers)
for(let o in r.headers)P(r.headers,o)&&(e.headers[o]=r.headers[o].join(", "));return e}else{if(e.protocol=r.protocol,e.hostname=r.hostname,e.port=r.port?Number(
r.port):void 0,e.path=r.path,e.query={...r.query},r.headers)for(let o in r.headers)P(r.headers,o)&&(e.headers[o]=r.headers[o]);return e}}setHostPrefix(e,r,o,n=Ga(
r)){if(this.serdeContext?.disableHostPrefix)return;let s=n[4];if(typeof s!="string")return;let i=s;for(let[a,[,c]]of Oe.of(r.input).getHttpBindings().request.memberBindings){
if(!(c>>17&1))continue;let l=o[a];if(typeof l!="string")throw new Error(`@smithy/core/schema - ${a} in input must be a string as hostLabel.`);i=i.replace(`{${a}\
}`,l)}if(e.hostname=i+e.hostname,!gd(e.hostname))throw new Error(`[${e.hostname}] is not a valid hostname.`)}deserializeMetadata(e){return{httpStatusCode:e.statusCode,
requestId:e.headers["x-amzn-requestid"]??e.headers["x-amzn-request-id"]??e.headers["x-amz-request-id"],extendedRequestId:e.headers["x-amz-id-2"],cfId:e.headers["\
x-amz-cf-id"]}}resolveError(e,r,o){let n=[-3,"","Error",0,[],[],0],s;for(let i of o)for(let a of r)try{a==="*"?s=i.getSchema(e):s=i.getSchema(a+"#"+e);let c=i.getErrorCtor(
s);if(c)return[s,c,"modeled"];{let l=i.getBaseException();if(l){let u=i.getErrorCtor(l);if(u)return[s,u,"synthetic"]}}}catch{}for(let i of o){let a=i.getBaseException();
if(a){let c=i.getErrorCtor(a);if(c)return[a,c,"synthetic"]}}return[n,Error,"native"]}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o}){
return(await this.loadEventStreamCapability()).serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o})}async deserializeEventStream({response:e,responseSchema:r,
initialResponseContainer:o}){return(await this.loadEventStreamCapability()).deserializeEventStream({response:e,responseSchema:r,initialResponseContainer:o})}async loadEventStreamCapability(){
let{EventStreamSerde:e,eventStreamSerdeProvider:r}=await Promise.resolve().then(()=>Ur(o_())),o=this.resolveEventStreamMarshaller(r);return new e({marshaller:o,
serializer:this.serializer,deserializer:this.deserializer,serdeContext:this.serdeContext,defaultContentType:this.getDefaultContentType(),compositeErrorRegistry:this.
compositeErrorRegistry})}getDefaultContentType(){throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missi\
ng.`)}async deserializeHttpMessage(e,r,o,n,s){return[]}getEventStreamMarshaller(){let e=this.serdeContext;if(!e.eventStreamMarshaller)throw new Error("@smithy/c\
ore - HttpProtocol: eventStreamMarshaller missing in serdeContext.");return e.eventStreamMarshaller}resolveEventStreamMarshaller(e){let r=this.serdeContext;return r.
eventStreamMarshaller?r.eventStreamMarshaller:e(this.serdeContext)}}});var Fs,n_=p(()=>{J();k();zo();Mm();kn();Fm();Fs=class extends $n{async serializeRequest(e,r,o){let n=r&&typeof r=="object"?r:{},s={},i={},a=await o.endpoint(),c=Oe.
of(e?.input),l=c.getHttpBindings().request,u=Ga(e),d=new G({query:s,headers:i});if(a){this.updateServiceEndpoint(d,a),this.setHostPrefix(d,e,n,u);let[f,g,h]=u;if(f){
d.method=f,d.path=d.path==="/"?g:d.path+g;for(let[y,S]of h)s[y]=S}}d.query=s;let m=this.serializeHttpBindings(n,d,l,u);return m&&(d.body=await this.serializeEventStream(
{eventStream:m,requestSchema:c})),d}serializeHttpBindings(e,r,o,n){let s=this.serializer,i=typeof s.writeCodec=="function"?s:void 0,a=r.query,c=r.headers,l=o.syntheticBodySchema,
u=!1,d,m,f,g=Object.getOwnPropertyNames(e),h=Object.getPrototypeOf(e),y=(h===Object.prototype||h===null)&&!o.hasIdempotency&&!o.hasPrefixHeaders&&g.length*2<o.memberBindings.
length,S=y?g.length:o.memberBindings.length;for(let b=0;b<S;++b){let L=y?P(o.byName,g[b])?o.byName[g[b]]:void 0:o.memberBindings[b];if(!L)continue;let Y=L[1],ve=L[0],
nr=Y[0],vr=Y[1],ce=Y[2],Ae=L[2],pt=L[3],Ke=e[ve];if(!(Ke==null&&!(vr>>10&1)))if(Ae===36){let z=vr>>11&3;z?z===2?m=Ke||void 0:d=Ke:(i?i.writeCodec(nr,Ke):s.write(
nr,Ke),d=s.flush())}else if(Ae===33||Ae===38){let z=this.serializeHttpValue(Y,Ke,Ae,i);Ae===33?(f??=Object.create(null))[ve]=z:c[pt]=z}else if(Ae===39)for(let z in Ke){
if(!P(Ke,z))continue;let fr=pt+z;c[fr.toLowerCase()]=this.serializeHttpValue(ce,Ke[z],38,i,i?ce[0]:[ce[0],{httpHeader:fr}])}else(Ae&62)===34?this.serializeQuery(
Y,Ke,pt,a,i):u=!0}let x=n[1],v=n[3];return x&&v&&r.path.endsWith(x)&&(r.path=r.path.slice(0,-x.length)+this.serializePath(v,f,o)),u&&l&&(i?i.writeCodec(l,e):s.write(
l,e),d=s.flush()),r.body=d,m}serializeQuery(e,r,o,n,s){let[i,a,c]=e,l=s?void 0:i.getMergedTraits();if(o===void 0){for(let u in r)!P(r,u)||u in n||(s||Object.assign(
c[0].getMergedTraits(),{...l,httpQuery:u,httpQueryParams:void 0}),this.serializeQuery(c,r[u],u,n,s));return}if((a&192)===64){let u=[];for(let d of r){let m=this.
serializeHttpValue(c,d,34,s,s?c[0]:[c[0],l]);(a>>13&1||m!==void 0)&&u.push(m)}n[o]=u}else n[o]=this.serializeHttpValue(e,r,34,s,s?i:[i,l])}serializeHttpValue(e,r,o,n,s=e[0]){
let i=e[1],a=i&255;return n&&!(i&1792)&&(a<=2||a===17||a===19)?String(r):(n?n.writeHttpBinding(e,r,o):this.serializer.write(s,r),this.serializer.flush())}serializePath(e,r,o){
let n="";for(let[s,i]of e){if(i===0){n+=s;continue}let a=r?.[s];if(a===void 0){if(P(o.byName,s)&&o.byName[s][2]===33)throw new Error(`No value provided for inpu\
t HTTP label: ${s}.`);n+=`{${s}${i===2?"+":""}}`}else n+=i===2?a.split("/").map(jo).join("/"):jo(a)}return n}async deserializeResponse(e,r,o){let n=this.deserializer,
s=typeof n.readCodec=="function"?n:void 0,i=Oe.of(e.output),a=i.getHttpBindings().response,c={};if(o.statusCode>=300){let u=await ze(o.body,r);throw u.byteLength>
0&&Object.assign(c,await n.read(15,u)),await this.handleError(e,r,o,c,this.deserializeMetadata(o)),new Error("@smithy/core/protocols - HTTP Protocol error handl\
er failed to throw.")}let l=await this.deserializeHttpMessage(i,r,o,c);if(l.length){let u=await ze(o.body,r);if(u.byteLength>0){let d=await(s?s.readCodec(a.syntheticBodySchema,
u):n.read(a.syntheticBodySchema,u));for(let m of l)d[m]!=null&&(c[m]=d[m])}}else a.bindings.payload||await ze(o.body,r);return c.$metadata=this.deserializeMetadata(
o),c}async deserializeHttpMessage(e,r,o,n,s){let i=n instanceof Set?s:n,a=this.deserializer,c=typeof a.readCodec=="function"?a:void 0,l=Oe.of(e),{bodyMemberNames:u,
bindings:{payload:d,statusCode:m,headers:f,prefixHeaders:g}}=l.getHttpBindings().response,h=o.headers;if(d){let[y,S]=d,[x,v]=S,b=v>>11&3;if(b)b===2?i[y]=await this.
deserializeEventStream({response:o,responseSchema:l}):i[y]=Ls(o.body);else if(o.body){let L=await ze(o.body,r);L.byteLength>0&&(i[y]=await(c?c.readPayload(S,L):
a.read(x,L)))}}for(let y in h){if(!P(h,y))continue;let S=y.toLowerCase(),x=h[y];S!==y&&(delete h[y],h[S]=x);let v=P(f,S)?f[S]:void 0;if(!v)continue;let[b,[L,Y,ve],
,nr]=v;if(ve){let vr=Y>>16&1?Pd(x,",",2):xs(x),ce=[];for(let Ae of vr)ce.push(c?c.readHttpBinding(ve,Ae.trim(),38):await a.read([ve[0],{httpHeader:nr}],Ae.trim()));
i[b]=ce}else i[b]=c?c.readHttpBinding(v[1],x,38):await a.read(L,x)}for(let[y,[,,S],,x]of g){i[y]={};for(let v in h){if(!P(h,v)||!v.startsWith(x))continue;let b=h[v];
i[y][v.slice(x.length)]=c?c.readHttpBinding(S,b,38):await a.read([S[0],{httpHeader:v}],b)}}return m&&(i[m[0]]=o.statusCode),u}}});var Vo,s_=p(()=>{J();X();J();Mm();kn();Vo=class extends $n{async serializeRequest(e,r,o){let n=this.serializer,s={},i={},a=await o.endpoint(),c=U.of(e?.input),l=c.
getSchema(),u,d=r&&typeof r=="object"?r:{},m=new G({protocol:"",hostname:"",port:void 0,path:"/",fragment:void 0,query:s,headers:i,body:void 0});if(a&&(this.updateServiceEndpoint(
m,a),this.setHostPrefix(m,e,d)),d){let f=c.getEventStreamMember();if(f){if(d[f]){let g={};for(let[h]of c.structIterator())h!==f&&d[h]!=null&&(g[h]=d[h]);u=await this.
serializeEventStream({eventStream:d[f],requestSchema:c,initialRequest:g})}}else n.write(l,d),u=n.flush()}return m.headers=Object.assign(m.headers,i),m.query=s,m.
body=u,m.method="POST",m}async deserializeResponse(e,r,o){let n=this.deserializer,s=U.of(e.output),i={};if(this.isErrorResponse(o.statusCode)){let c=await ze(o.
body,r);throw c.byteLength>0&&Object.assign(i,await n.read(15,c)),await this.handleError(e,r,o,i,this.deserializeMetadata(o)),new Error("@smithy/core/protocols \
- RPC Protocol error handler failed to throw.")}for(let c in o.headers){if(!P(o.headers,c))continue;let l=o.headers[c];delete o.headers[c],o.headers[c.toLowerCase()]=
l}let a=s.getEventStreamMember();if(a)i[a]=await this.deserializeEventStream({response:o,responseSchema:s,initialResponseContainer:i});else{let c=await ze(o.body,
r);c.byteLength>0&&Object.assign(i,await n.read(s,c))}return i.$metadata=this.deserializeMetadata(o),i}isErrorResponse(e){return e>=300}}});var qo,Bm=p(()=>{k();zo();Us();qo=class extends Dr{settings;constructor(e){super(),this.settings=e}read(e,r){let o=Oe.of(e),n=o.getMergedTraits(),s=o.getHttpBindingLocation(
n);return this.readHttpBinding(o.getHttpBindingValue(s,n),r,s)}readHttpBinding([e,r,o],n,s){let i=r&255;if((i&192)===64)return o??=e.getHttpBindingCollectionValue(
s),xs(n).map(a=>this.readHttpBinding(o,a,s));switch(i){case 21:case 42:return(this.serdeContext?.base64Decoder??Se)(n);case 4:case 5:case 6:case 7:{let a=this.settings.
httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:a?a+4:this.settings.timestampFormat.default){case 5:return Ad(n);case 6:return bd(n);case 7:
return vd(n);default:return console.warn("Missing timestamp format, parsing value with Date constructor:",n),new Date(n)}}case 0:{let a=r>>8&3;if(!a)return n;let c=n;
return(s&6)===6&&(c=(this.serdeContext?.utf8Encoder??Z)((this.serdeContext?.base64Decoder??Se)(c))),a===2?Xe.from(c):c}case 1:return Number(n);case 2:return n.toLowerCase()===
"true";case 17:return BigInt(n);case 19:return new Re(n,"bigDecimal");default:return n}}}});var Ms,i_=p(()=>{k();zo();Us();Bm();Ms=class extends Dr{codecDeserializer;stringDeserializer;constructor(e,r){super(),this.codecDeserializer=e,this.stringDeserializer=
new qo(r)}setSerdeContext(e){this.stringDeserializer.setSerdeContext(e),this.codecDeserializer.setSerdeContext(e),this.serdeContext=e}read(e,r){let o=Oe.of(e),n=o.
getMergedTraits();if(n.httpHeader||n.httpResponseCode){let s=o.getHttpBindingValue(38,n);return this.readHttpBinding(s,r,38)}return n.httpPayload?this.readPayload(
o.getHttpBindingValue(36,n),r):this.readCodec(o,r)}readHttpBinding(e,r,o){let n=typeof r=="string"?r:(this.serdeContext?.utf8Encoder??Z)(r);return this.stringDeserializer.
readHttpBinding(e,n,o)}readPayload([e,r],o){let n=r&255;return n===21||n===42?typeof o=="string"?(this.serdeContext?.utf8Decoder??se)(o):o:n===0?typeof o=="stri\
ng"?o:(this.serdeContext?.utf8Encoder??Z)(o):this.readCodec(e,o)}readCodec(e,r){return this.codecDeserializer.read(e,r)}}});var ja,a_=p(()=>{k();zo();Us();ja=class extends Dr{settings;stringBuffer="";constructor(e){super(),this.settings=e}write(e,r){let o=Oe.of(e),n=o.getMergedTraits(),
s=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(s,n),r,s)}writeHttpBinding([e,r,o],n,s){let i=r&255;switch(typeof n){case"object":if(n===
null){this.stringBuffer="null";return}if(i>=4&&i<=7){if(!(n instanceof Date))throw new Error(`@smithy/core/protocols - received non-Date value ${n} when schema \
expected Date in ${e.getName(!0)}`);let l=this.settings.httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:l?l+4:this.settings.timestampFormat.
default){case 5:this.stringBuffer=n.toISOString().replace(".000Z","Z");break;case 6:this.stringBuffer=Fo(n);break;case 7:this.stringBuffer=String(n.getTime()/1e3);
break;default:console.warn("Missing timestamp format, using epoch seconds",n),this.stringBuffer=String(n.getTime()/1e3)}return}if((i===21||i===42)&&"byteLength"in
n){this.stringBuffer=(this.serdeContext?.base64Encoder??me)(n);return}if((i&192)===64&&Array.isArray(n)){o??=e.getHttpBindingCollectionValue(s);let l=o[1]&255,u=l>=
4&&l<=7,d="";for(let m of n){this.writeHttpBinding(o,m,s);let f=this.flush();d&&(d+=", "),d+=u?f:wd(f)}this.stringBuffer=d;return}this.stringBuffer=JSON.stringify(
n,null,2);break;case"string":let a=r>>8&3,c=n;if(a===2&&(c=Xe.from(c)),a&&(s&6)===6){this.stringBuffer=(this.serdeContext?.base64Encoder??me)(c.toString());return}
this.stringBuffer=n;break;default:this.stringBuffer=r>>10&1?Dn():String(n)}}flush(){let e=this.stringBuffer;return this.stringBuffer="",e}}});var Bs,c_=p(()=>{zo();a_();Bs=class{codecSerializer;stringSerializer;buffer;constructor(e,r,o=new ja(r)){this.codecSerializer=e,this.stringSerializer=o}setSerdeContext(e){
this.codecSerializer.setSerdeContext(e),this.stringSerializer.setSerdeContext(e)}write(e,r){let o=Oe.of(e),n=o.getMergedTraits();if(n.httpHeader||n.httpLabel||n.
httpQuery){let s=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(s,n),r,s);return}this.writeCodec(o,r)}writeHttpBinding(e,r,o){this.stringSerializer.
writeHttpBinding(e,r,o),this.buffer=this.stringSerializer.flush()}writeCodec(e,r){this.codecSerializer.write(e,r)}flush(){if(this.buffer!==void 0){let e=this.buffer;
return this.buffer=void 0,e}return this.codecSerializer.flush()}}});function Wo(t,e){if(e.timestampFormat.useTrait){let a=t.getSchema();if(a===5||a===6||a===7)return a}let{httpLabel:r,httpPrefixHeaders:o,httpHeader:n,httpQuery:s}=t.
getMergedTraits();return(e.httpBindings?typeof o=="string"||n?6:s||r?5:void 0:void 0)??e.timestampFormat.default}var za=p(()=>{});var Ht,Gt,p_=p(()=>{Ht=t=>(t.logger&&t.logger.constructor?.name!=="NoOpLogger"&&t.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"),t.logger),t.defaultSocketTimeout&&
t.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"),t.defaultSocketTimeout),{setHttpHandler(e){t.requestHandler=e},httpHandler(){
return t.requestHandler},updateHttpClientConfig(e,r){t.requestHandler?.updateHttpClientConfig(e,r)},httpHandlerConfigs(){return t.requestHandler.httpHandlerConfigs()}}),
Gt=t=>({requestHandler:t.httpHandler()})});function u_(t){return e=>async r=>{let o=r.request;if(G.isInstance(o)){let{body:n,headers:s}=o;if(n&&Object.keys(s).map(i=>i.toLowerCase()).indexOf(l_)===-1)try{
let i=t(n);i!=null&&(o.headers={...o.headers,[l_]:String(i)})}catch{}}return e({...r,request:o})}}var l_,d_,jt,m_=p(()=>{J();l_="content-length";d_={step:"build",
tags:["SET_CONTENT_LENGTH","CONTENT_LENGTH"],name:"contentLengthMiddleware",override:!0},jt=t=>({applyToStack:e=>{e.add(u_(t.bodyLengthChecker),d_)}})});var Rr,F$,Hm=p(()=>{Rr=t=>encodeURIComponent(t).replace(/[!'()*]/g,F$),F$=t=>`%${t.charCodeAt(0).toString(16).toUpperCase()}`});function Gm(t){let e=[];for(let r of Object.keys(t).sort()){let o=t[r];if(r=Rr(r),Array.isArray(o))for(let n=0,s=o.length;n<s;n++)e.push(`${r}=${Rr(o[n])}`);else{
let n=r;(o||typeof o=="string")&&(n+=`=${Rr(o)}`),e.push(n)}}return e.join("&")}var f_=p(()=>{Hm()});var io,Va=p(()=>{io=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var qa,g_=p(()=>{qa=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function Wa(){if(Hs===void 0)try{if(typeof Buffer!="function")Hs=!1;else{let t=JSON.parse(Buffer.from([123,125]));Hs=t!==null&&typeof t=="object"}}catch{Hs=!1}return Hs}
var Hs,jm=p(()=>{});function Ka(t,e,r){if(r?.source){let o=r.source;if(typeof e=="number")return e<=Number.MAX_SAFE_INTEGER&&e>=Number.MIN_SAFE_INTEGER?B$(o,e)?e:new Re(o,"bigDecim\
al"):M$(o)?new Re(o,"bigDecimal"):/[eE]/.test(o)?H$(o):BigInt(o)}return e}function M$(t){let e=t.indexOf(".");if(e===-1)return!1;let r=t.search(/[eE]/);if(r===-1)
return!0;let o=r-e-1;return parseInt(t.slice(r+1),10)<o}function B$(t,e){if(t===String(e)||Object.is(e,-0))return!0;if(/[eE]/.test(t))return zm(t)===zm(String(e));
let r=t.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,""),o=String(e);return r===o?!0:/[eE]/.test(o)?r===zm(o):!1}function zm(t){let e=t.startsWith("-"),r=e?t.slice(
1):t,o=r.search(/[eE]/),n;if(o===-1)n=r;else{let s=parseInt(r.slice(o+1),10),i=r.slice(0,o),a=i.indexOf("."),c,l;a===-1?(c=i,l=i.length):(c=i.slice(0,a)+i.slice(
a+1),l=a),c=c.replace(/0+$/,"")||"0";let u=l+s;c==="0"?n="0":u<=0?n="0."+"0".repeat(-u)+c:u>=c.length?n=c+"0".repeat(u-c.length):n=c.slice(0,u)+"."+c.slice(u)}return n.
includes(".")&&(n=n.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,"")),(e?"-":"")+n}function H$(t){let e=t.search(/[eE]/),r=parseInt(t.slice(e+1),10),o=t.startsWith(
"-"),n=t.slice(o?1:0,e),s=n.indexOf("."),i,a;if(s===-1)i=n,a=r;else{i=n.slice(0,s)+n.slice(s+1);let l=n.length-s-1;a=r-l}i=i.replace(/0+$/,"")||"0";let c=BigInt(
i)*10n**BigInt(a+(n.replace(".","").length-i.length));return o?-c:c}var Vm=p(()=>{k()});function Ya(t){let e=U.of(t),r=e.getSchema();if(Array.isArray(r)&&e.isStructSchema()){if(qm in r)return r[qm];let o=Ja(e,new Set);return r[qm]=o,o}return Ja(e,new Set)}
function Ja(t,e){let r=t.getSchema();if(e.has(r))return!1;if(e.add(r),t.isBigIntegerSchema()||t.isBigDecimalSchema())return!0;if(t.isStructSchema()){for(let[,o]of t.
structIterator())if(Ja(o,e))return!0}else if(t.isListSchema()||t.isMapSchema()){if(Ja(t.getValueSchema(),e))return!0}else if(t.isDocumentSchema())return!0;return!1}
var qm,Wm=p(()=>{X();qm=Symbol.for("@aws-sdk/reviver")});var h_,y_=p(()=>{kn();k();h_=(t,e)=>ze(t,e).then(r=>(e?.utf8Encoder??Z)(r))});async function Jm(t,e,r){let o;if(Wa()&&typeof t?.[Symbol.asyncIterator]=="function"){let s=await ze(t,e);typeof Buffer=="function"&&(Buffer.isBuffer(s)?o=s:o=Buffer.
from(s.buffer,s.byteOffset,s.byteLength))}if(o||(o=await h_(t,e)),o.length===0)return{};let n=r&&Ya(r)?Ka:void 0;try{return JSON.parse(o,n)}catch(s){throw s?.name===
"SyntaxError"&&Object.defineProperty(s,"$responseBodyText",{value:typeof o=="string"?o:o.toString("utf8")}),s}}var E_,Km,Ym,Xm,x_,Qm=p(()=>{kn();y_();jm();Vm();
Wm();E_=(t,e)=>Object.keys(t).find(r=>r.toLowerCase()===e.toLowerCase()),Km=t=>{let e=t;return typeof e=="number"&&(e=e.toString()),e.indexOf(",")>=0&&(e=e.split(
",")[0]),e.indexOf(":")>=0&&(e=e.split(":")[0]),e.indexOf("#")>=0&&(e=e.split("#")[1]),e},Ym=(t,e)=>x_(t,e,["header","code","type"]),Xm=(t,e,r=!1)=>x_(t,e,r?["c\
ode","header","type"]:["type","code","header"]),x_=({headers:t},e,r)=>{for(;r.length>0;)switch(r.shift()){case"header":let n=E_(t??{},"x-amzn-errortype");if(n!==
void 0)return Km(t[n]);break;case"code":let s=E_(e??{},"code");if(s&&e[s]!==void 0)return Km(e[s]);break;case"type":if(e?.__type!==void 0)return Km(e.__type);break}}});var Xa,S_=p(()=>{za();X();k();Va();g_();jm();Vm();Wm();Qm();J();Xa=class extends io{settings;constructor(e){super(),this.settings=e}async read(e,r){let o=Ya(e)?
Ka:void 0,n;if(typeof r=="string"){if(r.length===0)return{};n=JSON.parse(r,o)}else if(r instanceof Uint8Array&&Wa()){if(r.byteLength===0)return{};let s=Buffer.isBuffer(
r)?r:Buffer.from(r.buffer,r.byteOffset,r.byteLength);n=JSON.parse(s,o)}else n=await Jm(r,this.serdeContext,e);return this._read(e,n)}readObject(e,r){return this.
_read(e,r)}_read(e,r){let o=r!==null&&typeof r=="object",n=U.of(e);if(o){if(n.isStructSchema())return this._readStruct(n,r);if(Array.isArray(r)&&n.isListSchema()){
let i=n.getValueSchema();if(this.needsTransform(i))for(let a=0;a<r.length;++a)r[a]=this._read(i,r[a]);return r}if(n.isMapSchema()){let i=n.getValueSchema(),a=r;
if(this.needsTransform(i))for(let c in a)P(a,c)&&(c==="__proto__"&&qr(a),a[c]=this._read(i,a[c]));return a}}if(n.isBlobSchema()&&typeof r=="string")return Se(r);
let s=n.getMergedTraits().mediaType;if(n.isStringSchema()&&typeof r=="string"&&s)return s==="application/json"||s.endsWith("+json")?Xe.from(r):r;if(n.isTimestampSchema()&&
r!=null)switch(Wo(n,this.settings)){case 5:return Rd(r);case 6:return Es(r);case 7:return _d(r);default:return console.warn("Missing timestamp format, parsing v\
alue with Date constructor:",r),new Date(r)}if(n.isBigIntegerSchema()&&(typeof r=="number"||typeof r=="string"))return BigInt(r);if(n.isBigDecimalSchema()&&r!=null){
if(r instanceof Re)return r;let i=r;return i.type==="bigDecimal"&&"string"in i?new Re(i.string,i.type):new Re(String(r),"bigDecimal")}if(n.isNumericSchema()&&typeof r==
"string"){switch(r){case"Infinity":return 1/0;case"-Infinity":return-1/0;case"NaN":return NaN}return r}if(n.isDocumentSchema()&&o)if(Array.isArray(r))for(let i=0;i<
r.length;++i){let a=r[i];a instanceof Re||(r[i]=this._read(n,a))}else{let i=r;for(let a in i){if(!P(i,a))continue;a==="__proto__"&&qr(i);let c=i[a];c instanceof
Re||(i[a]=this._read(n,c))}}return r}_readStruct(e,r){let o=e.isUnionSchema(),n={},s,i=typeof r.__type=="string",{jsonName:a}=this.settings;a&&i&&(s={});let c;o&&
(c=new qa(r,n));for(let[l,u]of e.structIterator()){let d=l;a&&(d=u.getMergedTraits().jsonName??d,i&&(s[d]=l)),o&&c.mark(d),r[d]!=null&&(n[l]=this._read(u,r[d]))}
if(o)c.writeUnknown();else if(i)for(let l in r){if(!P(r,l))continue;let u=r[l],d=a?s[l]??l:l;d in n||(n[d]=u)}return n}needsTransform(e){return!!(e.isBlobSchema()||
e.isTimestampSchema()||e.isBigIntegerSchema()||e.isBigDecimalSchema()||e.isNumericSchema()||e.isDocumentSchema()||e.isStructSchema()||e.isListSchema()||e.isMapSchema()||
e.isStringSchema()&&e.getMergedTraits().mediaType)}}});var Qa,R_,__=p(()=>{k();Qa=class t extends Uint8Array{string=null;static allocUnsafe(e){if(typeof Buffer=="function"){let r=Buffer.allocUnsafe(e);return new t(r.
buffer,r.byteOffset,r.byteLength)}return new t(e)}toString(){return this.s()}valueOf(){return this.s()}includes(e,r){return typeof e=="string"?this.s().includes(
e,r):Uint8Array.prototype.includes.call(this,e,r)}indexOf(e,r){return typeof e=="string"?this.s().indexOf(e,r):Uint8Array.prototype.indexOf.call(this,e,r)}lastIndexOf(e,r){
if(typeof e=="string")return this.s().lastIndexOf(e,r);let o=Uint8Array.prototype.lastIndexOf;return r!==void 0?o.call(this,e,r):o.call(this,e)}startsWith(e,r){
return this.s().startsWith(e,r)}endsWith(e,r){return this.s().endsWith(e,r)}match(e){return this.s().match(e)}replace(e,r){return this.s().replace(e,r)}search(e){
return this.s().search(e)}split(e,r){return this.s().split(e,r)}substring(e,r){return this.s().substring(e,r)}trim(){return this.s().trim()}trimStart(){return this.
s().trimStart()}trimEnd(){return this.s().trimEnd()}charAt(e){return this.s().charAt(e)}charCodeAt(e){return this.s().charCodeAt(e)}padStart(e,r){return this.s().
padStart(e,r)}padEnd(e,r){return this.s().padEnd(e,r)}repeat(e){return this.s().repeat(e)}toUpperCase(){return this.s().toUpperCase()}toLowerCase(){return this.
s().toLowerCase()}s(){if(this.string==null){let e=Date.now();e>R_+6e4&&(console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string meth\
od on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error."),R_=e),this.string=Z(this)}return this.
string}},R_=0});function Zm(t){return Qa.allocUnsafe(t)}var Za,w_,I_,G$,j$,Ln,ec,tc,T_,z$,V$,q$,kr,C_,rc,v_=p(()=>{za();X();k();Va();J();__();Za=new TextEncoder,w_=123,I_=125,G$=
91,j$=93,Ln=34,ec=58,tc=44,T_=92,z$=new Uint8Array([116,114,117,101]),V$=new Uint8Array([102,97,108,115,101]),q$=new Uint8Array([110,117,108,108]),kr=new Array(
128).fill(null);kr[8]="b";kr[9]="t";kr[10]="n";kr[12]="f";kr[13]="r";kr[34]='"';kr[92]="\\";for(let t=0;t<32;t++)kr[t]===null&&(kr[t]="u00"+t.toString(16).padStart(
2,"0"));C_=2048;rc=class t extends io{settings;json;i=0;rootSchema;rawValue;passthrough=!1;constructor(e){super(),this.settings=e,this.json=Zm(C_)}write(e,r){this.
i=0,this.rawValue=r,this.rootSchema=U.of(e),this.passthrough=this.rootSchema.isBlobSchema()||this.rootSchema.isStringSchema(),this.passthrough||this.writeValue(
this.rootSchema,r,void 0)}writeDiscriminatedDocument(e,r){this.i=0,this.rootSchema=U.of(e);let o=this.rootSchema;if(o.isStructSchema()&&r!=null&&typeof r=="obje\
ct"){this.writeValue(o,r,void 0);let n=`"__type":"${o.getName(!0)??"Unknown"}",`,s=n.length;this.ensure(s),this.json.copyWithin(1+s,1,this.i),Za.encodeInto(n,this.
json.subarray(1)),this.i+=s}else this.writeValue(o,r,void 0)}flush(){this.rootSchema=void 0;let e=this.i;this.i=0;let r=this.rawValue;if(this.rawValue=void 0,e===
0)return r;let o=this.json.subarray(0,e);return this.json=Zm(C_),o}ensure(e){let{i:r,json:o}=this;if(r+e>o.length){let n=o.length*2;for(;n<r+e;)n*=2;let s=Zm(n);
s.set(this.json),this.json=s}}writeAscii(e){let r=e.length;this.ensure(r);let{i:o,json:n}=this;for(let s=0;s<r;++s)n[o]=e.charCodeAt(s),o+=1;this.i=o}writeAsciiQuoted(e){
let r=e.length;this.ensure(r+4);let{json:o,i:n}=this;o[n++]=Ln;for(let s=0;s<r;++s)o[n++]=e.charCodeAt(s);o[n++]=Ln,this.i=n}writeJsonString(e){let r=e.length;this.
ensure(r*3+2),this.json[this.i++]=Ln;for(let o=0;o<r;++o){let n=e.charCodeAt(o);if(n>34&&n<92)this.json[this.i++]=n;else if(n<128){let s=kr[n];if(s!==null){this.
ensure(s.length+1+(r-o-1)*3+1),this.json[this.i++]=T_;for(let i=0;i<s.length;i++)this.json[this.i++]=s.charCodeAt(i)}else this.json[this.i++]=n}else if(n>=55296&&
n<=56319){let s=o+1<r?e.charCodeAt(o+1):0;if(s>=56320&&s<=57343){this.ensure(4);let{written:i}=Za.encodeInto(e.substring(o,o+2),this.json.subarray(this.i));this.
i+=i,++o}else this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n)}else if(n>=56320&&n<=57343)this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n);else{let{i:s,
json:i}=this;n<2048?(i[s++]=192|n>>6,i[s++]=128|n&63):(i[s++]=224|n>>12,i[s++]=128|n>>6&63,i[s++]=128|n&63),this.i=s}}this.json[this.i++]=Ln}writeUnicodeEscape(e){
let{json:r,i:o}=this;r[o++]=T_,r[o++]=117;let n=e.toString(16).padStart(4,"0");for(let s=0;s<4;++s)r[o++]=n.charCodeAt(s);this.i=o}static B64=(()=>{let e="ABCDE\
FGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",r=new Uint8Array(64);for(let o=0;o<64;++o)r[o]=e.charCodeAt(o);return r})();writeBase64(e){let r=Math.
ceil(e.length/3)*4;this.ensure(r+2);let o=this.json,n=t.B64,s=this.i;o[s++]=Ln;let i=e.length,a=i%3,c=i-a;for(let l=0;l<c;l+=3){let u=e[l],d=e[l+1],m=e[l+2];o[s++]=
n[u>>2],o[s++]=n[(u&3)<<4|d>>4],o[s++]=n[(d&15)<<2|m>>6],o[s++]=n[m&63]}if(a===2){let l=e[c],u=e[c+1];o[s++]=n[l>>2],o[s++]=n[(l&3)<<4|u>>4],o[s++]=n[(u&15)<<2],
o[s++]=61}else if(a===1){let l=e[c];o[s++]=n[l>>2],o[s++]=n[(l&3)<<4],o[s++]=61,o[s++]=61}o[s++]=Ln,this.i=s}writeValue(e,r,o){if(r==null){if(o?.isStructSchema()){
if(r===void 0&&U.of(e).isIdempotencyToken()){this.writeAsciiQuoted(Dn());return}return}this.ensure(4),this.json.set(q$,this.i),this.i+=4;return}let n=U.of(e),s=typeof r==
"object";if(n.isStringSchema()){let i=n.getMergedTraits().mediaType;if(i&&(i==="application/json"||i.endsWith("+json"))){this.writeJsonString(Xe.from(r).toString());
return}}if(this.settings.bigNumberAsString&&r!=null&&(n.isBigIntegerSchema()||n.isBigDecimalSchema())){let i=r instanceof Re?r.string:String(r);this.writeAsciiQuoted(
i);return}if(s){if(n.isStructSchema()){this.writeStruct(n,r);return}if(Array.isArray(r)&&(n.isListSchema()||n.isDocumentSchema())){this.writeList(n,r,n.isDocumentSchema());
return}if(n.isMapSchema()){this.writeMap(n,r,!1);return}if(r instanceof Uint8Array&&(n.isBlobSchema()||n.isDocumentSchema())){this.writeBase64(r);return}if(r instanceof
Date&&(n.isTimestampSchema()||n.isDocumentSchema())){this.writeTimestamp(n,r);return}if(r instanceof Re){this.writeAscii(r.string);return}if(n.isDocumentSchema()){
Array.isArray(r)?this.writeList(n,r,!0):this.writeMap(n,r,!0);return}let i=JSON.stringify(r);this.writeAscii(i);return}if(typeof r=="string"){if(n.isBlobSchema()){
let i=(this.serdeContext?.base64Encoder??me)(r);this.writeAsciiQuoted(i);return}this.writeJsonString(r);return}if(typeof r=="number"){if(Math.abs(r)===1/0||Number.
isNaN(r)){this.writeAsciiQuoted(String(r));return}let i=String(r);this.writeAscii(i);return}if(typeof r=="boolean"){this.ensure(5);let{i,json:a}=this;r?(a.set(z$,
i),i+=4):(a.set(V$,i),i+=5),this.i=i;return}if(typeof r=="bigint"){this.writeAscii(r.toString());return}this.writeAscii(String(r))}writeStruct(e,r){this.ensure(
2),this.json[this.i++]=w_;let o=!1,n=typeof r.__type=="string",s;n&&(s=new Set);for(let[i,a]of e.structIterator()){let c=r[i];if(c==null&&!a.isIdempotencyToken())
continue;o&&(this.ensure(1),this.json[this.i++]=tc),o=!0;let l=this.settings.jsonName?a.getMergedTraits().jsonName??i:i;s&&(s.add(i),s.add(l)),this.writeAsciiQuoted(
l),this.json[this.i++]=ec,this.writeValue(a,c,e)}if(!o&&e.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i;this.writeAsciiQuoted(a),this.ensure(
1),this.json[this.i++]=ec,this.writeValue(15,c,e)}}else if(n)for(let i in r){if(s.has(i))continue;s.add(i);let a=r[i];o&&(this.ensure(1),this.json[this.i++]=tc),
o=!0,this.writeAsciiQuoted(i),this.ensure(1),this.json[this.i++]=ec,this.writeValue(15,a,void 0)}this.ensure(1),this.json[this.i++]=I_}writeList(e,r,o){let n=!!e.
getMergedTraits().sparse,s=e.getValueSchema();if(!o&&(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let a=!1;for(let l=0;l<r.length;++l){let u=r[l];
if(Number.isNaN(u)||u===1/0||u===-1/0||u==null&&!n){a=!0;break}}let c;if(!a)c=JSON.stringify(r);else{let l=[];for(let u=0;u<r.length;++u){let d=r[u];d==null&&!n||
(Number.isNaN(d)||d===1/0||d===-1/0?l.push(String(d)):l.push(d))}c=JSON.stringify(l)}this.ensure(c.length*3),this.i+=Za.encodeInto(c,this.json.subarray(this.i)).
written;return}this.ensure(2),this.json[this.i++]=G$;let i=!1;for(let a=0;a<r.length;++a){let c=r[a];(o?c===void 0:c==null&&!n)||(i&&(this.ensure(1),this.json[this.
i++]=tc),this.writeValue(s,c,void 0),i=!0)}this.ensure(1),this.json[this.i++]=j$}writeMap(e,r,o){let n=!!e.getMergedTraits().sparse,s=e.getValueSchema();if(!o&&
(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let a;for(let l in r){if(!P(r,l))continue;let u=r[l];Number.isNaN(u)||u===1/0||u===-1/0?((a??={})[l]=
u,r[l]=String(u)):u===null&&!n&&((a??={})[l]=null,r[l]=void 0)}let c=JSON.stringify(r);a&&Object.assign(r,a),this.ensure(c.length*3),this.i+=Za.encodeInto(c,this.
json.subarray(this.i)).written;return}this.ensure(2),this.json[this.i++]=w_;let i=!0;for(let a in r){if(!P(r,a))continue;let c=r[a];(o?c===void 0:c==null&&!n)||
(i||(this.ensure(1),this.json[this.i++]=tc),i=!1,this.writeJsonString(a),this.ensure(1),this.json[this.i++]=ec,this.writeValue(s,c,void 0))}this.ensure(1),this.
json[this.i++]=I_}writeTimestamp(e,r){switch(Wo(e,this.settings)){case 5:{let n=r.toISOString().replace(".000Z","Z");this.writeAsciiQuoted(n);return}case 6:{this.
writeAsciiQuoted(Fo(r));return}case 7:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}default:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}}}}});var Ko,A_=p(()=>{Va();S_();v_();Ko=class extends io{settings;constructor(e){super(),this.settings=e}createSerializer(){let e=new rc(this.settings);return e.setSerdeContext(
this.serdeContext),e}createDeserializer(){let e=new Xa(this.settings);return e.setSerdeContext(this.serdeContext),e}}});var F=p(()=>{kn();Fm();n_();s_();Bm();i_();c_();za();J();J();p_();m_();Hm();f_();J();Qm();A_()});var b_,P_,zt,O_=p(()=>{F();b_=t=>e=>async r=>{if(!G.isInstance(r.request))return e(r);let{request:o}=r,{handlerProtocol:n=""}=t.requestHandler.metadata||{};if(n.
indexOf("h2")>=0&&!o.headers[":authority"])delete o.headers.host,o.headers[":authority"]=o.hostname+(o.port?":"+o.port:"");else if(!o.headers.host){let s=o.hostname;
o.port!=null&&(s+=`:${o.port}`),o.headers.host=s}return e(r)},P_={name:"hostHeaderMiddleware",step:"build",priority:"low",tags:["HOST"],override:!0},zt=t=>({applyToStack:e=>{
e.add(b_(t),P_)}})});var N_,D_,Vt,k_=p(()=>{T();N_=()=>(t,e)=>async r=>{try{let o=await t(r),{logger:n}=e,s=n instanceof _e;if(n&&!s){let{clientName:i,commandName:a,dynamoDbDocumentClientOptions:c={}}=e,
{overrideInputFilterSensitiveLog:l,overrideOutputFilterSensitiveLog:u}=c,d=l??e.inputFilterSensitiveLog,m=u??e.outputFilterSensitiveLog,{$metadata:f,...g}=o.output;
n.info?.({clientName:i,commandName:a,input:d(r.input),output:m(g),metadata:f})}return o}catch(o){let{clientName:n,commandName:s,logger:i,dynamoDbDocumentClientOptions:a={}}=e,
{overrideInputFilterSensitiveLog:c}=a,l=c??e.inputFilterSensitiveLog;throw i?.error?.({clientName:n,commandName:s,input:l(r.input),error:o,metadata:o.$metadata}),
o}},D_={name:"loggerMiddleware",tags:["LOGGER"],step:"initialize",override:!0},Vt=t=>({applyToStack:e=>{e.add(N_(),D_)}})});var $_,L_=p(()=>{$_={step:"build",tags:["RECURSION_DETECTION","TRACE_CONTEXT_PROPAGATION"],name:"recursionDetectionMiddleware",override:!0,priority:"low"}});var F_=Qu((VQ,U_)=>{U_.exports=require("node:async_hooks")});var ao,ef,oc,tf,rf,Gs,M_=p(()=>{ao={REQUEST_ID:Symbol.for("_AWS_LAMBDA_REQUEST_ID"),X_RAY_TRACE_ID:Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),TENANT_ID:Symbol.for(
"_AWS_LAMBDA_TENANT_ID"),TRACEPARENT:Symbol.for("_AWS_LAMBDA_TRACEPARENT"),TRACESTATE:Symbol.for("_AWS_LAMBDA_TRACESTATE"),BAGGAGE:Symbol.for("_AWS_LAMBDA_BAGGA\
GE")},ef=["true","1"].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA??"");ef||(globalThis.awslambda=globalThis.awslambda||{});oc=class{static PROTECTED_KEYS=ao;isProtectedKey(e){
return Object.values(ao).includes(e)}getRequestId(){return this.get(ao.REQUEST_ID)??"-"}getXRayTraceId(){return this.get(ao.X_RAY_TRACE_ID)}getTenantId(){return this.
get(ao.TENANT_ID)}getTraceparent(){return this.get(ao.TRACEPARENT)}getTracestate(){return this.get(ao.TRACESTATE)}getBaggage(){return this.get(ao.BAGGAGE)}},tf=
class extends oc{currentContext;getContext(){return this.currentContext}hasContext(){return this.currentContext!==void 0}get(e){return this.currentContext?.[e]}set(e,r){
if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);this.currentContext=this.currentContext||{},this.currentContext[e]=
r}run(e,r){return this.currentContext=e,r()}},rf=class t extends oc{als;static async create(){let e=new t,r=await Promise.resolve().then(()=>Ur(F_()));return e.
als=new r.AsyncLocalStorage,e}getContext(){return this.als.getStore()}hasContext(){return this.als.getStore()!==void 0}get(e){return this.als.getStore()?.[e]}set(e,r){
if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);let o=this.als.getStore();if(!o)throw new Error("No cont\
ext available");o[e]=r}run(e,r){return this.als.run(e,r)}};(function(t){let e=null;async function r(o){return e||(e=(async()=>{let s=o===!0||"AWS_LAMBDA_MAX_CON\
CURRENCY"in process.env?await rf.create():new tf;return!ef&&globalThis.awslambda?.InvokeStore?globalThis.awslambda.InvokeStore:(!ef&&globalThis.awslambda&&(globalThis.
awslambda.InvokeStore=s),s)})()),e}t.getInstanceAsync=r,t._testing=process.env.AWS_LAMBDA_BENCHMARK_MODE==="1"?{reset:()=>{e=null,globalThis.awslambda?.InvokeStore&&
delete globalThis.awslambda.InvokeStore,globalThis.awslambda={InvokeStore:void 0}}}:void 0})(Gs||(Gs={}))});function J$(t){for(let e of Object.keys(t)){let r=e.toLowerCase();e!==r&&(r===nf||r===B_||r===H_)&&(t[r]=t[e],delete t[e])}}var W$,K$,of,nf,B_,H_,G_,j_=p(()=>{M_();
F();W$="AWS_LAMBDA_FUNCTION_NAME",K$="_X_AMZN_TRACE_ID",of="X-Amzn-Trace-Id",nf="traceparent",B_="tracestate",H_="baggage",G_=()=>t=>async e=>{let{request:r}=e;
if(!G.isInstance(r))return t(e);let o;{let n=Object.keys(r.headers??{}).find(s=>s.toLowerCase()===of.toLowerCase())??of;if(!r.headers.hasOwnProperty(n)){let s=process.
env[W$],i=process.env[K$];o??=await Gs.getInstanceAsync();let c=o?.getXRayTraceId()??i,l=u=>typeof u=="string"&&u.length>0;l(s)&&l(c)&&(r.headers[of]=c)}}if(J$(
r.headers),!r.headers[nf]){let s=(o??=await Gs.getInstanceAsync())?.getTraceparent?.();if(s){r.headers[nf]=s;let i=o?.getTracestate?.();i&&(r.headers[B_]=i);let a=o?.
getBaggage?.();a&&(r.headers[H_]=a)}}return t(e)}});var qt,z_=p(()=>{L_();j_();qt=t=>({applyToStack:e=>{e.add(G_(),$_)}})});var V_,q_=p(()=>{V_=(t,e)=>{if(!e||e.length===0)return t;let r=[];for(let o of e)for(let n of t)n.schemeId.split("#")[1]===o&&r.push(n);for(let o of t)r.find(({
schemeId:n})=>n===o.schemeId)||r.push(o);return r}});function Y$(t){let e=new Map;for(let r of t)e.set(r.schemeId,r);return e}var sf,W_=p(()=>{J();q_();sf=(t,e)=>(r,o)=>async n=>{let s=t.httpAuthSchemeProvider(await e.
httpAuthSchemeParametersProvider(t,o,n.input)),i=t.authSchemePreference?await t.authSchemePreference():[],a=V_(s,i),c=Y$(t.httpAuthSchemes),l=ee(o),u=[];for(let d of a){
let m=c.get(d.schemeId);if(!m){u.push(`HttpAuthScheme \`${d.schemeId}\` was not enabled for this service.`);continue}let f=m.identityProvider(await e.identityProviderConfigProvider(
t));if(!f){u.push(`HttpAuthScheme \`${d.schemeId}\` did not have an IdentityProvider configured.`);continue}let{identityProperties:g={},signingProperties:h={}}=d.
propertiesExtractor?.(t,o)||{};d.identityProperties=Object.assign(d.identityProperties||{},g),d.signingProperties=Object.assign(d.signingProperties||{},h),l.selectedHttpAuthScheme=
{httpAuthOption:d,identity:await f(d.identityProperties),signer:m.signer};break}if(!l.selectedHttpAuthScheme)throw new Error(u.join(`
`));return r(n)}});var af,ut,K_=p(()=>{W_();af={step:"serialize",tags:["HTTP_AUTH_SCHEME"],name:"httpAuthSchemeMiddleware",override:!0,relation:"before",toMiddleware:"endpointV2Mi\
ddleware"},ut=(t,{httpAuthSchemeParametersProvider:e,identityProviderConfigProvider:r})=>({applyToStack:o=>{o.addRelativeTo(sf(t,{httpAuthSchemeParametersProvider:e,
identityProviderConfigProvider:r}),af)}})});var J_=p(()=>{K_()});var X$,Q$,cf,Y_=p(()=>{F();J();X$=t=>e=>{throw e},Q$=(t,e)=>{},cf=t=>(e,r)=>async o=>{if(!G.isInstance(o.request))return e(o);let s=ee(r).selectedHttpAuthScheme;
if(!s)throw new Error("No HttpAuthScheme was selected: unable to sign request");let{httpAuthOption:{signingProperties:i={}},identity:a,signer:c}=s,l=await e({...o,
request:await c.sign(o.request,a,i)}).catch((c.errorHandler||X$)(i));return(c.successHandler||Q$)(l.response,i),l}});var pf,dt,X_=p(()=>{Y_();pf={step:"finalizeRequest",tags:["HTTP_SIGNING"],name:"httpSigningMiddleware",aliases:["apiKeyMiddleware","tokenMiddleware","awsAuthMid\
dleware"],override:!0,relation:"after",toMiddleware:"retryMiddleware"},dt=t=>({applyToStack:e=>{e.addRelativeTo(cf(t),pf)}})});var Q_=p(()=>{X_()});var _r,Z_=p(()=>{_r=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});var Ve,ew=p(()=>{J();Ve=class{authSchemes=new Map;constructor(e){for(let r in e){if(!P(e,r))continue;let o=e[r];o!==void 0&&this.authSchemes.set(r,o)}}getIdentityProvider(e){
return this.authSchemes.get(e)}}});var st,tw=p(()=>{st=class{async sign(e,r,o){return e}}});var rw=p(()=>{tw()});var lf,nc,js,sc,ow=p(()=>{lf=t=>function(r){return js(r)&&r.expiration.getTime()-Date.now()<t},nc=lf(3e5),js=t=>t.expiration!==void 0,sc=(t,e,r)=>{if(t===void 0)
return;let o=typeof t!="function"?async()=>Promise.resolve(t):t,n,s,i,a=!1,c=async l=>{s||(s=o(l));try{n=await s,i=!0,a=!1}finally{s=void 0}return n};return e===
void 0?async l=>((!i||l?.forceRefresh)&&(n=await c(l)),n):async l=>((!i||l?.forceRefresh)&&(n=await c(l)),a?n:r(n)?(e(n)&&await c(l),n):(a=!0,n))}});var nw=p(()=>{ew();rw();ow()});var it=p(()=>{J_();Q_();Z_();nw()});function rL(t){return t===void 0?!0:typeof t=="string"&&t.length<=50}function Wt(t){let e=_r(t.userAgentAppId??ic),{customUserAgent:r}=t;return Object.assign(t,
{customUserAgent:typeof r=="string"?[[r]]:r,userAgentAppId:async()=>{let o=await e();if(!rL(o)){let n=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?console:
t.logger;typeof o!="string"?n?.warn("userAgentAppId must be a string or undefined."):o.length>50&&n?.warn("The provided userAgentAppId exceeds the maximum lengt\
h of 50 characters.")}return o}})}var ic,uf=p(()=>{it();ic=void 0});var sw,iw=p(()=>{sw={partitions:[{id:"aws",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aws",implicitGlobalRegion:"us-east-1",name:"aws",supportsDualStack:!0,
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
1.1"}});var oL,nL,aw,cw,df=p(()=>{iw();oL=sw,nL="",aw=t=>{let{partitions:e}=oL;for(let o of e){let{regions:n,outputs:s}=o;for(let[i,a]of Object.entries(n))if(i===t)return{
...s,...a}}for(let o of e){let{regionRegex:n,outputs:s}=o;if(new RegExp(n).test(t))return{...s}}let r=e.find(o=>o.id==="aws");if(!r)throw new Error("Provided re\
gion was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.");return{...r.outputs}},cw=()=>nL});var pw,mf,lw=p(()=>{pw=require("node:stream"),mf=t=>t?.body instanceof pw.Readable||typeof ReadableStream<"u"&&t?.body instanceof ReadableStream});var uw,dw,mw,fw,gw,hw=p(()=>{uw=["BandwidthLimitExceeded","EC2ThrottledException","LimitExceededException","PriorRequestNotComplete","ProvisionedThroughputExcee\
dedException","RequestLimitExceeded","RequestThrottled","RequestThrottledException","SlowDown","ThrottledException","Throttling","ThrottlingException","TooManyR\
equestsException","TransactionInProgressException"],dw=["TimeoutError","RequestTimeout","RequestTimeoutException"],mw=[500,502,503,504],fw=["ECONNRESET","ECONNR\
EFUSED","EPIPE","ETIMEDOUT"],gw=["EHOSTUNREACH","ENETUNREACH","ENOTFOUND","EAI_AGAIN"]});function cL(t){return t.code==="ERR_HTTP2_STREAM_ERROR"&&t.message.includes("NGHTTP2_REFUSED_STREAM")}var sL,iL,aL,ac,cc,yw,ff=p(()=>{hw();sL=t=>t?.$retryable!==
void 0,iL=t=>t.$metadata?.clockSkewCorrected,aL=t=>{let e=new Set(["Failed to fetch","NetworkError when attempting to fetch resource","The Internet connection a\
ppears to be offline","Load failed","Network request failed"]);return t&&t instanceof TypeError?e.has(t.message):!1},ac=t=>t.$metadata?.httpStatusCode===429||uw.
includes(t.name)||t.$retryable?.throttling==!0,cc=(t,e=0)=>t?.name!=="AbortError"&&(sL(t)||iL(t)||t.name==="InvalidSignatureException"&&t.message?.includes("Sig\
nature expired")||dw.includes(t.name)||fw.includes(t?.code||"")||gw.includes(t?.code||"")||mw.includes(t.$metadata?.httpStatusCode||0)||aL(t)||cL(t)||t.cause!==
void 0&&e<=10&&cc(t.cause,e+1)),yw=t=>{if(t.$metadata?.httpStatusCode!==void 0){let e=t.$metadata.httpStatusCode;return 500<=e&&e<=599&&!cc(t)}return!1}});var pc,pL,Ew,xw=p(()=>{pc=(t,e)=>{if(!e)return t;let r=()=>{},o=new Promise((n,s)=>{let i=()=>s(pL(e));e.aborted?i():typeof e.addEventListener=="function"?(e.addEventListener(
"abort",i,{once:!0}),r=()=>e.removeEventListener("abort",i)):e.onabort=i});return Promise.race([t,o]).finally(r)},pL=t=>{let e=t.reason;return e instanceof Error?
Object.assign(new Error("Request aborted"),{name:"AbortError",cause:e}):Object.assign(new Error(e?String(e):"Request aborted"),{name:"AbortError"})},Ew=t=>typeof t==
"object"&&t!==null&&"name"in t&&t.name==="AbortError"});var Sw,Rw,_w=p(()=>{Sw="amz-sdk-invocation-id",Rw="amz-sdk-request"});function ww(t,e){if(Ye.isInstance(t))for(let r in t.headers){if(!P(t.headers,r))continue;let o=r.toLowerCase();if(o==="retry-after"){let n=t.headers[r],s=NaN;if(n.
endsWith("GMT"))try{s=(Es(n).getTime()-Date.now())/1e3}catch(i){e?.trace?.("Failed to parse retry-after header"),e?.trace?.(i)}else n.match(/ GMT, ((\d+)|(\d+\.\d+))$/)?
s=Number(n.match(/ GMT, ([\d.]+)$/)?.[1]):n.match(/^((\d+)|(\d+\.\d+))$/)?s=Number(n):Date.parse(n)>=Date.now()&&(s=(Date.parse(n)-Date.now())/1e3);return isNaN(
s)?void 0:new Date(Date.now()+s*1e3)}else if(o==="x-amz-retry-after"){let n=t.headers[r],s=Number(n);if(isNaN(s)){e?.trace?.(`Failed to parse x-amz-retry-after=${n}`);
return}return new Date(Date.now()+s)}}}var Iw=p(()=>{J();F();k()});var Tw,Cw=p(()=>{Tw=t=>t instanceof Error?t:t instanceof Object?Object.assign(new Error,t):typeof t=="string"?new Error(t):new Error(`AWS SDK error wrapper for ${t}`)});function gf(t){return e=>(r,o)=>async n=>{let s=await e.retryStrategy(),i=await e.maxAttempts(),a=o[xr]?.abortSignal;if(lL(s)){s=s;let c=(o.partition_id??"")+(o.
__retryLongPoll?":longpoll":""),l=await pc(s.acquireInitialRetryToken(c),a),u=new Error,d=0,m=0,{request:f}=n,g=G.isInstance(f);for(g&&(f.headers[Sw]=Um());;)try{
g&&(f.headers[Rw]=`attempt=${d+1}; max=${i}`);let{response:h,output:y}=await r(n);return s.recordSuccess(l),y.$metadata.attempts=d+1,y.$metadata.totalRetryDelay=
m,{response:h,output:y}}catch(h){let y=uL(h,e.logger);if(u=Tw(h),g&&t(f))throw(o.logger instanceof _e?console:o.logger)?.warn("An error was encountered in a non\
-retryable streaming request."),u;try{if(a?.aborted)throw u;l=await pc(s.refreshRetryTokenForRetry(l,y),a)}catch(x){throw x!==u&&a?.aborted&&Ew(x)?x:(u.$metadata||
(u.$metadata={}),u.$metadata.attempts=d+1,u.$metadata.totalRetryDelay=m,u)}d=l.getRetryCount();let S=l.getRetryDelay();m+=(l?.$retryLog?.acquisitionDelay??0)+S,
S>0&&await pc(new Promise(x=>setTimeout(x,S)),a)}}else return s=s,s?.mode&&(o.userAgent=[...o.userAgent||[],["cfg/retry-mode",s.mode]]),s.retry(r,n)}}function vw(t){
let e=gf(t);return r=>({applyToStack:o=>{o.add(e(r),mL)}})}var lL,uL,dL,mL,Aw=p(()=>{T();F();k();Pr();ff();xw();_w();Iw();Cw();lL=t=>typeof t.acquireInitialRetryToken<
"u"&&typeof t.refreshRetryTokenForRetry<"u"&&typeof t.recordSuccess<"u",uL=(t,e)=>{let r={error:t,errorType:dL(t)},o=ww(t.$response,e);return o&&(r.retryAfterHint=
o),r},dL=t=>ac(t)?"THROTTLING":cc(t)?"TRANSIENT":yw(t)?"SERVER_ERROR":"CLIENT_ERROR",mL={name:"retryMiddleware",tags:["RETRY"],step:"finalizeRequest",priority:"\
high",override:!0}});var lc,bw=p(()=>{ff();lc=class t{static setTimeoutFn=(e,r)=>setTimeout(e,r);beta;minCapacity;minFillRate;scaleConstant;smooth;enabled=!1;availableTokens=0;lastMaxRate=0;measuredTxRate=0;requestCount=0;fillRate;lastThrottleTime;lastTimestamp=0;lastTxRateBucket;maxCapacity;timeWindow=0;constructor(e){
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
return parseFloat(e.toFixed(8))}}});var Kt,uc=p(()=>{Kt=class{static v2026=!0;static delay(){return 50}static throttlingDelay(){return 1e3}static cost(){return 14}static throttlingCost(){return 5}static modifiedCostType(){
return"THROTTLING"}}});var dc,Pw=p(()=>{uc();dc=class{x=Kt.delay();computeNextBackoffDelay(e){let n=Math.random()*Math.min(this.x*2**e,2e4);return Math.floor(n)}setDelayBase(e){this.x=
e}}});var zs,Ow=p(()=>{zs=class{delay;count;cost;longPoll;$retryLog={acquisitionDelay:0};constructor(e,r,o,n){this.delay=e,this.count=r,this.cost=o,this.longPoll=n}getRetryCount(){
return this.count}getRetryDelay(){return Math.min(2e4,this.delay)}getRetryCost(){return this.cost}isLongPoll(){return this.longPoll}}});var Jt,co,at,Vs=p(()=>{(function(t){t.STANDARD="standard",t.ADAPTIVE="adaptive"})(Jt||(Jt={}));co=3,at=Jt.STANDARD});var mc,Jo,hf=p(()=>{Pw();Ow();Vs();uc();mc={incompatible:1,attempts:2,capacity:3},Jo=class{mode=Jt.STANDARD;retryBackoffStrategy;capacity=500;maxAttemptsProvider;baseDelay;constructor(e){
typeof e=="number"?this.maxAttemptsProvider=async()=>e:typeof e=="function"?this.maxAttemptsProvider=e:e&&typeof e=="object"&&(this.maxAttemptsProvider=async()=>e.
maxAttempts,this.baseDelay=e.baseDelay,this.retryBackoffStrategy=e.backoff),this.maxAttemptsProvider??=async()=>co,this.baseDelay??=Kt.delay(),this.retryBackoffStrategy??=
new dc}async acquireInitialRetryToken(e){return new zs(Kt.delay(),0,void 0,e.includes(":longpoll"))}async refreshRetryTokenForRetry(e,r){let o=await this.getMaxAttempts(),
n=this.retryCode(e,r,o),s=n===0,i=e.isLongPoll?.();if(s||i){let a=r.errorType;this.retryBackoffStrategy.setDelayBase(a==="THROTTLING"?Kt.throttlingDelay():this.
baseDelay);let c=this.retryBackoffStrategy.computeNextBackoffDelay(e.getRetryCount()),l=c;if(r.retryAfterHint instanceof Date&&(l=Math.max(c,Math.min(r.retryAfterHint.
getTime()-Date.now(),c+5e3))),s){let u=this.getCapacityCost(a);this.capacity-=u;let d=new zs(0,e.getRetryCount()+1,u,e.isLongPoll?.()??!1);return await new Promise(
m=>setTimeout(m,l)),d.$retryLog.acquisitionDelay=l,d}else{let u=n===mc.capacity&&i?l:0;u>0&&await new Promise(d=>setTimeout(d,u))}}throw new Error("No retry tok\
en available")}recordSuccess(e){this.capacity=Math.min(500,this.capacity+(e.getRetryCost()??1))}getCapacity(){return this.capacity}async maxAttempts(){return this.
maxAttemptsProvider()}async getMaxAttempts(){try{return await this.maxAttemptsProvider()}catch{return console.warn(`Max attempts provider could not resolve. Usi\
ng default of ${co}`),co}}retryCode(e,r,o){let n=e.getRetryCount()+1,s=this.isRetryableError(r.errorType)?0:mc.incompatible,i=n<o?0:mc.attempts,a=this.capacity>=
this.getCapacityCost(r.errorType)?0:mc.capacity;return s||i||a}getCapacityCost(e){return e===Kt.modifiedCostType()?Kt.throttlingCost():Kt.cost()}isRetryableError(e){
return e==="THROTTLING"||e==="TRANSIENT"}}});var fc,Nw=p(()=>{bw();hf();Vs();fc=class{mode=Jt.ADAPTIVE;rateLimiter;standardRetryStrategy;constructor(e,r){let{rateLimiter:o}=r??{};this.rateLimiter=o??new lc,
this.standardRetryStrategy=r?new Jo({maxAttempts:typeof e=="number"?e:3,...r}):new Jo(e)}async acquireInitialRetryToken(e){let r=await this.standardRetryStrategy.
acquireInitialRetryToken(e);return await this.rateLimiter.getSendToken(),r}async refreshRetryTokenForRetry(e,r){this.rateLimiter.updateClientSendingRate(r);let o=await this.
standardRetryStrategy.refreshRetryTokenForRetry(e,r);return await this.rateLimiter.getSendToken(),o}recordSuccess(e){this.rateLimiter.updateClientSendingRate({}),
this.standardRetryStrategy.recordSuccess(e)}async maxAttemptsProvider(){return this.standardRetryStrategy.maxAttempts()}}});var yf,Ef,Yt,Xt,Dw,kw,Qt,$w=p(()=>{T();Nw();hf();Vs();uc();yf="AWS_MAX_ATTEMPTS",Ef="max_attempts",Yt={environmentVariableSelector:t=>{let e=t[yf];if(!e)return;
let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Environment variable ${yf} mast be a number, got "${e}"`);return r},configFileSelector:t=>{let e=t[Ef];if(!e)
return;let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Shared config file entry ${Ef} mast be a number, got "${e}"`);return r},default:co},Xt=(t,e)=>{let{
retryStrategy:r,retryMode:o}=t,{defaultMaxAttempts:n=co,defaultBaseDelay:s=Kt.delay()}=e??{},i=q(t.maxAttempts??n),a=r?Promise.resolve(r):void 0,c=async()=>{let l=await i();
return await q(o)()===Jt.ADAPTIVE?new fc(i,{maxAttempts:l,baseDelay:s}):new Jo({maxAttempts:l,baseDelay:s})};return Object.assign(t,{maxAttempts:i,retryStrategy:()=>a??=
c()})},Dw="AWS_RETRY_MODE",kw="retry_mode",Qt={environmentVariableSelector:t=>t[Dw],configFileSelector:t=>t[kw],default:at}});var Pee,lr,mt=p(()=>{lw();Aw();Vs();$w();Pee=gf(mf),lr=vw(mf)});async function Lw(t,e,r){if(r.request?.headers?.["smithy-protocol"]==="rpc-v2-cbor"&&Ar(t,"PROTOCOL_RPC_V2_CBOR","M"),typeof e.retryStrategy=="function"){let s=await e.
retryStrategy();if(typeof s.mode=="string")switch(s.mode){case Jt.ADAPTIVE:Ar(t,"RETRY_MODE_ADAPTIVE","F");break;case Jt.STANDARD:Ar(t,"RETRY_MODE_STANDARD","E");
break}}if(typeof e.accountIdEndpointMode=="function"){let s=t.endpointV2;switch(String(s?.url?.hostname).match(hL)&&Ar(t,"ACCOUNT_ID_ENDPOINT","O"),await e.accountIdEndpointMode?.()){case"\
disabled":Ar(t,"ACCOUNT_ID_MODE_DISABLED","Q");break;case"preferred":Ar(t,"ACCOUNT_ID_MODE_PREFERRED","P");break;case"required":Ar(t,"ACCOUNT_ID_MODE_REQUIRED",
"R");break}}let n=t.__smithy_context?.selectedHttpAuthScheme?.identity;if(n?.$source){let s=n;s.accountId&&Ar(t,"RESOLVED_ACCOUNT_ID","T");for(let[i,a]of Object.
entries(s.$source??{}))Ar(t,i,a)}}var hL,Uw=p(()=>{mt();uE();hL=/\d{12}\.ddb/});var xf,gc,Fw,Mw,Bw=p(()=>{xf="user-agent",gc="x-amz-user-agent",Fw=/[^!$%&'*+\-.^_`|~\w]/g,Mw=/[^!$%&'*+\-.^_`|~\w#]/g});function Hw(t){let e="";for(let r in t){let o=t[r];if(e.length+o.length+1<=1024){e.length?e+=","+o:e+=o;continue}break}return e}var Gw=p(()=>{});var Vw,hc,qw,Zt,Ww=p(()=>{F();df();Uw();Bw();Gw();Vw=t=>(e,r)=>async o=>{let{request:n}=o;if(!G.isInstance(n))return e(o);let{headers:s}=n,i=r?.userAgent?.map(hc)||
[],a=(await t.defaultUserAgentProvider()).map(hc);await Lw(r,t,o);let c=r;a.push(`m/${Hw(Object.assign({},r.__smithy_context?.features,c.__aws_sdk_context?.features))}`);
let l=t?.customUserAgent?.map(hc)||[],u=await t.userAgentAppId();u&&a.push(hc(["app",`${u}`]));let d=cw(),m=(d?[d]:[]).concat([...a,...i,...l]).join(" "),f=[...a.
filter(g=>g.startsWith("aws-sdk-")),...l].join(" ");return t.runtime!=="browser"?(f&&(s[gc]=s[gc]?`${s[xf]} ${f}`:f),s[xf]=m):s[gc]=m,e({...o,request:n})},hc=t=>{
let e=t[0].split("/").map(i=>i.replace(Fw,"-")).join("/"),r=t[1]?.replace(Mw,"-"),o=e.indexOf("/"),n=e.substring(0,o),s=e.substring(o+1);return n==="api"&&(s=s.
toLowerCase()),[n,s,r].filter(i=>i&&i.length>0).reduce((i,a,c)=>{switch(c){case 0:return a;case 1:return`${i}/${a}`;default:return`${i}#${a}`}},"")},qw={name:"g\
etUserAgentMiddleware",step:"build",priority:"low",tags:["SET_USER_AGENT","USER_AGENT"],override:!0},Zt=t=>({applyToStack:e=>{e.add(Vw(t),qw)}})});var yc,Kw,Jw=p(()=>{yc=require("node:process"),Kw=()=>{let t=["deno","bun","llrt"];for(let e of t)if(yc.versions[e])return[`md/${e}`,yc.versions[e]];return["md/\
nodejs",yc.versions.node]}});var Rf,Yw=p(()=>{Rf={isCrtAvailable:!1}});var Xw,Qw=p(()=>{Yw();Xw=()=>Rf.isCrtAvailable?["md/crt-avail"]:null});var Ec,_f,er,Zw=p(()=>{Ec=require("node:os"),_f=require("node:process");Jw();Qw();er=({serviceId:t,clientVersion:e})=>{let r=Kw();return async o=>{let n=[["aws-\
sdk-js",e],["ua","2.1"],[`os/${(0,Ec.platform)()}`,(0,Ec.release)()],["lang/js"],r],s=Xw();s&&n.push(s),t&&n.push([`api/${t}`,e]),_f.env.AWS_EXECUTION_ENV&&n.push(
[`exec-env/${_f.env.AWS_EXECUTION_ENV}`]);let i=await o?.userAgentAppId?.();return i?[...n,[`app/${i}`]]:[...n]}}});var eI,tI,yL,tr,rI=p(()=>{uf();eI="AWS_SDK_UA_APP_ID",tI="sdk_ua_app_id",yL="sdk-ua-app-id",tr={environmentVariableSelector:t=>t[eI],configFileSelector:t=>t[tI]??
t[yL],default:ic}});var oI=p(()=>{W()});var wf,nI=p(()=>{W();oI();wf=(t,e=!1)=>{if(e){for(let r of t.split("."))if(!wf(r))return!1;return!0}return!(!Or(t)||t.length<3||t.length>63||t!==t.toLowerCase()||
On(t))}});var sI,iI=p(()=>{sI=t=>{let e=t.split(":");if(e.length<6)return null;let[r,o,n,s,i,...a]=e;if(r!=="arn"||o===""||n===""||a.join(":")==="")return null;let c=a.map(
l=>l.split("/")).flat();return{partition:o,service:n,region:s,accountId:i,resourceId:c}}});var ft,aI=p(()=>{W();nI();iI();df();ft={isVirtualHostableS3Bucket:wf,parseArn:sI,partition:aw};Pe.aws=ft});function If(t={}){return _({...be,async default(){return cI.silence||console.warn("@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credenti\
al-providers README and set a region explicitly."),"us-east-1"}},{...rt,...t})}var cI,pI=p(()=>{$();cI={silence:!1}});var rr,or,lI=p(()=>{rr=t=>({setRegion(e){t.region=e},region(){return t.region}}),or=t=>({region:t.region()})});var M=p(()=>{pE();lE();dE();O_();k_();z_();uf();Ww();Zw();rI();aI();pI();lI()});var xc,Sc,uI=p(()=>{F();xc=t=>Ye.isInstance(t)?t.headers?.date??t.headers?.Date:void 0,Sc=t=>Ye.isInstance(t)?t.headers?.age??t.headers?.Age:void 0});var qs,dI=p(()=>{qs=t=>new Date(Date.now()+t)});var Rc,mI=p(()=>{Rc=(t,e,r,o)=>{if(o!==void 0)return e;let n=Date.parse(t);if(Number.isNaN(n))return e;let s=Date.now();return r!==void 0&&s-r>9e5?e:n-s}});var Tf=p(()=>{uI();dI();mI()});var Ws,EL,Ks,ge,Cf=p(()=>{F();Pr();Tf();Ws=(t,e)=>{if(!e)throw new Error(`Property \`${t}\` is not resolved for AWS SDK SigV4Auth`);return e},EL=t=>t.context?.[xr]?.
eventStream?.output===!0,Ks=async t=>{let e=Ws("context",t.context),r=Ws("config",t.config),o=e.endpointV2?.properties?.authSchemes?.[0],s=await Ws("signer",r.signer)(
o),i=t?.signingRegion,a=t?.signingRegionSet,c=t?.signingName;return{config:r,signer:s,signingRegion:i,signingRegionSet:a,signingName:c}},ge=class{async sign(e,r,o){
if(!G.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");let n=await Ks(o),{config:s,signer:i}=n,{signingRegion:a,
signingName:c}=n,l=o.context;if(l?.authSchemes?.length??!1){let[f,g]=l.authSchemes;f?.name==="sigv4a"&&g?.name==="sigv4"&&(a=g?.signingRegion??a,c=g?.signingName??
c)}let u=await s.disableClockSkewCorrection?.()===!0;o._disableClockSkewCorrection=u;let d=u||EL(o);return o._skipClockSkewSampling=d,d||(o._preRequestSystemClockOffset=
s.systemClockOffset,o._requestSentAt=Date.now()),await i.sign(e,{signingDate:u?new Date:qs(s.systemClockOffset),signingRegion:a,signingService:c})}errorHandler(e){
return r=>{let o=r;if(!e._skipClockSkewSampling&&!e._disableClockSkewCorrection){let n=o.ServerTime??xc(o.$response);if(n){let s=Ws("config",e.config),i=e._preRequestSystemClockOffset,
a=e._requestSentAt,c=Sc(o.$response),l=Rc(n,s.systemClockOffset,a,c);s.systemClockOffset=l,Math.abs(l)>=24e4&&(l!==i||i!==void 0&&i!==l)&&o.$metadata&&(o.$metadata.
clockSkewCorrected=!0)}}throw r}}successHandler(e,r){if(r._skipClockSkewSampling||r._disableClockSkewCorrection)return;let o=xc(e);if(o){let n=Ws("config",r.config),
s=r._requestSentAt,i=Sc(e);n.systemClockOffset=Rc(o,n.systemClockOffset,s,i)}}}});var po,fI=p(()=>{F();Tf();Cf();po=class extends ge{async sign(e,r,o){if(!G.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and ca\
nnot be signed");let{config:n,signer:s,signingRegion:i,signingRegionSet:a,signingName:c}=await Ks(o),u=(await n.sigv4aSigningRegionSet?.()??a??[i]).join(","),d=await n.
disableClockSkewCorrection?.()===!0;return o._disableClockSkewCorrection=d,d||(o._preRequestSystemClockOffset=n.systemClockOffset,o._requestSentAt=Date.now()),await s.
sign(e,{signingDate:d?new Date:qs(n.systemClockOffset),signingRegion:u,signingService:c})}}});var vf,gI=p(()=>{vf=t=>typeof t=="string"&&t.length>0?t.split(",").map(e=>e.trim()):[]});var hI,yI=p(()=>{hI=t=>`AWS_BEARER_TOKEN_${t.replace(/[\s-]/g,"_").toUpperCase()}`});var EI,xI,gt,SI=p(()=>{gI();yI();EI="AWS_AUTH_SCHEME_PREFERENCE",xI="auth_scheme_preference",gt={environmentVariableSelector:(t,e)=>{if(e?.signingName&&hI(e.signingName)in
t)return["httpBearerAuth"];if(EI in t)return vf(t[EI])},configFileSelector:t=>{if(xI in t)return vf(t[xI])},default:[]}});var _c,wc,RI=p(()=>{it();$();_c=t=>(t.sigv4aSigningRegionSet=_r(t.sigv4aSigningRegionSet),t),wc={environmentVariableSelector(t){if(t.AWS_SIGV4A_SIGNING_REGION_SET)
return t.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map(e=>e.trim());throw new Ge("AWS_SIGV4A_SIGNING_REGION_SET not set in env.",{tryNextLink:!0})},configFileSelector(t){
if(t.sigv4a_signing_region_set)return(t.sigv4a_signing_region_set??"").split(",").map(e=>e.trim());throw new Ge("sigv4a_signing_region_set not set in profile.",
{tryNextLink:!0})},default:void 0}});function wI(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var Ic,_I,xL,Af,II=p(()=>{k();k();Ic=class{format(e){let r=[];for(let s in e){
if(!P(e,s))continue;let i=se(s);r.push(Uint8Array.from([i.byteLength]),i,this.formatHeaderValue(e[s]))}let o=new Uint8Array(r.reduce((s,i)=>s+i.byteLength,0)),n=0;
for(let s of r)o.set(s,n),n+=s.byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.
from([2,e.value]);case"short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(
new ArrayBuffer(5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let n=new Uint8Array(9);return n[0]=5,n.set(e.value.bytes,
1),n;case"binary":let s=new DataView(new ArrayBuffer(3+e.value.byteLength));s.setUint8(0,6),s.setUint16(1,e.value.byteLength,!1);let i=new Uint8Array(s.buffer);
return i.set(e.value,3),i;case"string":let a=se(e.value),c=new DataView(new ArrayBuffer(3+a.byteLength));c.setUint8(0,7),c.setUint16(1,a.byteLength,!1);let l=new Uint8Array(
c.buffer);return l.set(a,3),l;case"timestamp":let u=new Uint8Array(9);return u[0]=8,u.set(Af.fromNumber(e.value.valueOf()).bytes,1),u;case"uuid":if(!xL.test(e.value))
throw new Error(`Invalid UUID received: ${e.value}`);let d=new Uint8Array(17);return d[0]=9,d.set(Nd(e.value.replace(/-/g,"")),1),d}}};(function(t){t[t.boolTrue=
0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=6]="byteArray",t[t.
string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(_I||(_I={}));xL=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,Af=class t{bytes;constructor(e){
if(this.bytes=e,e.byteLength!==8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(
`${e} is too large (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,n=Math.abs(Math.round(e));o>-1&&n>0;o--,n/=256)r[o]=
n;return e<0&&wI(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&wI(e),parseInt(Qe(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var TI,CI,bf,vI,AI,Pf,Of,Nf,Df,SL,bI,PI,Js,OI,NI,DI,kI,Tc,$I,LI,UI,kf,FI,Yo=p(()=>{TI="X-Amz-Algorithm",CI="X-Amz-Credential",bf="X-Amz-Date",vI="X-Amz-SignedHe\
aders",AI="X-Amz-Expires",Pf="X-Amz-Signature",Of="X-Amz-Security-Token",Nf="authorization",Df=bf.toLowerCase(),SL="date",bI=[Nf,Df,SL],PI=Pf.toLowerCase(),Js="\
x-amz-content-sha256",OI=Of.toLowerCase(),NI={authorization:!0,"cache-control":!0,connection:!0,expect:!0,from:!0,"keep-alive":!0,"max-forwards":!0,pragma:!0,referer:!0,
te:!0,trailer:!0,"transfer-encoding":!0,upgrade:!0,"user-agent":!0,"x-amzn-trace-id":!0},DI=/^proxy-/,kI=/^sec-/,Tc="AWS4-HMAC-SHA256",$I="AWS4-HMAC-SHA256-PAYL\
OAD",LI="UNSIGNED-PAYLOAD",UI=50,kf="aws4_request",FI=3600*24*7});var MI,BI=p(()=>{k();F();Yo();MI=({query:t={}})=>{let e=[],r={};for(let o in t){if(!P(t,o)||o.toLowerCase()===PI)continue;let n=Rr(o);e.push(n);let s=t[o];typeof s==
"string"?r[n]=`${n}=${Rr(s)}`:Array.isArray(s)&&(r[n]=s.slice(0).reduce((i,a)=>i.concat([`${n}=${Rr(a)}`]),[]).sort().join("&"))}return e.sort().map(o=>r[o]).filter(
o=>o).join("&")}});var HI,RL,GI=p(()=>{HI=t=>RL(t).toISOString().replace(/\.\d{3}Z$/,"Z"),RL=t=>typeof t=="number"?new Date(t*1e3):typeof t=="string"?Number(t)?new Date(Number(t)*
1e3):new Date(t):t});var Cc,jI=p(()=>{T();F();k();BI();GI();Cc=class{service;regionProvider;credentialProvider;sha256;uriEscapePath;applyChecksum;constructor({applyChecksum:e,credentials:r,
region:o,service:n,sha256:s,uriEscapePath:i=!0}){this.service=n,this.sha256=s,this.uriEscapePath=i,this.applyChecksum=typeof e=="boolean"?e:!0,this.regionProvider=
q(o),this.credentialProvider=q(r)}createCanonicalRequest(e,r,o){let n=Object.keys(r).sort();return`${e.method}
${this.getCanonicalPath(e)}
${MI(e)}
${n.map(s=>`${s}:${r[s]}`).join(`
`)}

${n.join(";")}
${o}`}async createStringToSign(e,r,o,n){let s=new this.sha256;s.update(vt(o));let i=await s.digest();return`${n}
${e}
${r}
${Qe(i)}`}getCanonicalPath({path:e}){if(this.uriEscapePath){let r=[];for(let s of e.split("/"))s?.length!==0&&s!=="."&&(s===".."?r.pop():r.push(s));let o=`${e?.
startsWith("/")?"/":""}${r.join("/")}${r.length>0&&e?.endsWith("/")?"/":""}`;return Rr(o).replace(/%2F/g,"/")}return e}validateResolvedCredentials(e){if(typeof e!=
"object"||typeof e.accessKeyId!="string"||typeof e.secretAccessKey!="string")throw new Error("Resolved credential object is not valid")}formatDate(e){let r=HI(e).
replace(/[-:]/g,"");return{longDate:r,shortDate:r.slice(0,8)}}getCanonicalHeaderList(e){return Object.keys(e).sort().join(";")}}});var vc,$f,Ac,VI,zI,qI=p(()=>{k();Yo();vc={},$f=[],Ac=(t,e,r)=>`${t}/${e}/${r}/${kf}`,VI=async(t,e,r,o,n)=>{let s=await zI(t,e.secretAccessKey,e.accessKeyId),i=`${r}\
:${o}:${n}:${Qe(s)}:${e.sessionToken}`;if(i in vc)return vc[i];for($f.push(i);$f.length>UI;)delete vc[$f.shift()];let a=`AWS4${e.secretAccessKey}`;for(let c of[
r,o,n,kf])a=await zI(t,a,c);return vc[i]=a},zI=(t,e,r)=>{let o=new t(e);return o.update(vt(r)),o.digest()}});var Lf,WI=p(()=>{k();Yo();Lf=({headers:t},e,r)=>{let o={};for(let n of Object.keys(t).sort()){if(t[n]==null)continue;let s=n.toLowerCase();(P(NI,s)||e?.has(s)||
DI.test(s)||kI.test(s))&&(!r||r&&!r.has(s))||(s==="__proto__"&&qr(o),o[s]=t[n].replace(/[\r\n]/g," ").replace(/[ \t]+/g," ").replace(/^ | $/g,""))}return o}});var bc,KI=p(()=>{k();k();Yo();bc=async({headers:t,body:e},r)=>{for(let o in t)if(P(t,o)&&o.toLowerCase()===Js)return t[o];if(e==null)return"e3b0c44298fc1c149afb\
f4c8996fb92427ae41e4649b934ca495991b7852b855";if(typeof e=="string"||ArrayBuffer.isView(e)||hs(e)){let o=new r;return o.update(vt(e)),Qe(await o.digest())}return LI}});var JI,YI=p(()=>{k();JI=(t,e)=>{t=t.toLowerCase();for(let r in e)if(P(e,r)&&t===r.toLowerCase())return!0;return!1}});var XI,QI=p(()=>{k();F();XI=(t,e={})=>{let{headers:r,query:o={}}=G.clone(t);for(let n in r){if(!P(r,n))continue;let s=n.toLowerCase();(s.slice(0,6)==="x-amz-"&&
!e.unhoistableHeaders?.has(s)||e.hoistableHeaders?.has(s))&&(o[n]=r[n],delete r[n])}return{...t,headers:r,query:o}}});var Uf,ZI=p(()=>{k();F();Yo();Uf=t=>{t=G.clone(t);for(let e in t.headers)P(t.headers,e)&&bI.indexOf(e.toLowerCase())>-1&&delete t.headers[e];return t}});var lo,eT=p(()=>{k();II();jI();Yo();qI();WI();KI();YI();QI();ZI();lo=class extends Cc{headerFormatter=new Ic;constructor({applyChecksum:e,credentials:r,region:o,
service:n,sha256:s,uriEscapePath:i=!0}){super({applyChecksum:e,credentials:r,region:o,service:n,sha256:s,uriEscapePath:i})}async presign(e,r={}){let{signingDate:o=new Date,
expiresIn:n=3600,unsignableHeaders:s,unhoistableHeaders:i,signableHeaders:a,hoistableHeaders:c,signingRegion:l,signingService:u}=r,d=await this.credentialProvider();
this.validateResolvedCredentials(d);let m=l??await this.regionProvider(),{longDate:f,shortDate:g}=this.formatDate(o);if(n>FI)return Promise.reject("Signature ve\
rsion 4 presigned URLs must have an expiration date less than one week in the future");let h=Ac(g,m,u??this.service),y=XI(Uf(e),{unhoistableHeaders:i,hoistableHeaders:c});
d.sessionToken&&(y.query[Of]=d.sessionToken),y.query[TI]=Tc,y.query[CI]=`${d.accessKeyId}/${h}`,y.query[bf]=f,y.query[AI]=n.toString(10);let S=Lf(y,s,a);return y.
query[vI]=this.getCanonicalHeaderList(S),y.query[Pf]=await this.getSignature(f,h,this.getSigningKey(d,m,g,u),this.createCanonicalRequest(y,S,await bc(e,this.sha256))),
y}async sign(e,r){return typeof e=="string"?this.signString(e,r):e.headers&&e.payload?this.signEvent(e,r):e.message?this.signMessage(e,r):this.signRequest(e,r)}async signEvent({
headers:e,payload:r},{signingDate:o=new Date,priorSignature:n,signingRegion:s,signingService:i,eventStreamCredentials:a}){let c=s??await this.regionProvider(),{
shortDate:l,longDate:u}=this.formatDate(o),d=Ac(l,c,i??this.service),m=await bc({headers:{},body:r},this.sha256),f=new this.sha256;f.update(e);let g=Qe(await f.
digest()),h=[$I,u,d,n,g,m].join(`
`);return this.signString(h,{signingDate:o,signingRegion:c,signingService:i,eventStreamCredentials:a})}async signMessage(e,{signingDate:r=new Date,signingRegion:o,
signingService:n,eventStreamCredentials:s}){return this.signEvent({headers:this.headerFormatter.format(e.message.headers),payload:e.message.body},{signingDate:r,
signingRegion:o,signingService:n,priorSignature:e.priorSignature,eventStreamCredentials:s}).then(a=>({message:e.message,signature:a}))}async signString(e,{signingDate:r=new Date,
signingRegion:o,signingService:n,eventStreamCredentials:s}={}){let i=s??await this.credentialProvider();this.validateResolvedCredentials(i);let a=o??await this.
regionProvider(),{shortDate:c}=this.formatDate(r),l=new this.sha256(await this.getSigningKey(i,a,c,n));return l.update(vt(e)),Qe(await l.digest())}async signRequest(e,{
signingDate:r=new Date,signableHeaders:o,unsignableHeaders:n,signingRegion:s,signingService:i}={}){let a=await this.credentialProvider();this.validateResolvedCredentials(
a);let c=s??await this.regionProvider(),l=Uf(e),{longDate:u,shortDate:d}=this.formatDate(r),m=Ac(d,c,i??this.service);l.headers[Df]=u,a.sessionToken&&(l.headers[OI]=
a.sessionToken);let f=await bc(l,this.sha256);!JI(Js,l.headers)&&this.applyChecksum&&(l.headers[Js]=f);let g=Lf(l,n,o),h=await this.getSignature(u,m,this.getSigningKey(
a,c,d,i),this.createCanonicalRequest(l,g,f));return l.headers[Nf]=`${Tc} Credential=${a.accessKeyId}/${m}, SignedHeaders=${this.getCanonicalHeaderList(g)}, Sign\
ature=${h}`,l}async getSignature(e,r,o,n){let s=await this.createStringToSign(e,r,n,Tc),i=new this.sha256(await o);return i.update(vt(s)),Qe(await i.digest())}getSigningKey(e,r,o,n){
return VI(this.sha256,e,o,r,n||this.service)}}});var Pc,tT=p(()=>{Pc={SignatureV4a:null}});var Oc=p(()=>{eT();tT()});function _L(t,{credentials:e,credentialDefaultProvider:r}){let o;return e?e?.memoized?o=e:o=sc(e,nc,js):r?o=_r(r(Object.assign({},t,{parentClientConfig:t}))):o=
async()=>{throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.")},o.memoized=!0,
o}function wL(t,e){if(e.configBound)return e;let r=async o=>e({...o,callerClientConfig:t});return r.memoized=e.memoized,r.configBound=!0,r}var Ff,rT=p(()=>{M();
it();Oc();Ff=t=>e=>{let r=e.credentials,o=!!e.credentials,n;Object.defineProperty(e,"credentials",{set(u){u&&u!==r&&u!==n&&(o=!0),r=u;let d=_L(e,{credentials:r,
credentialDefaultProvider:e.credentialDefaultProvider}),m=wL(e,d);if(o&&!m.attributed){let f=typeof r=="object"&&r!==null;n=async g=>{let y=await m(g);return f&&
(!y.$source||Object.keys(y.$source).length===0)?B(y,"CREDENTIALS_CODE","e"):y},n.memoized=m.memoized,n.configBound=m.configBound,n.attributed=!0}else n=m},get(){
return n},enumerable:!0,configurable:!0}),e.credentials=r;let{signingEscapePath:s=!0,systemClockOffset:i=e.systemClockOffset||0,sha256:a}=e,c;return e.signer?c=
_r(e.signer):e.regionInfoProvider?c=()=>_r(e.region)().then(async u=>[await e.regionInfoProvider(u,{useFipsEndpoint:await e.useFipsEndpoint(),useDualstackEndpoint:await e.
useDualstackEndpoint()})||{},u]).then(([u,d])=>{let{signingRegion:m,signingService:f}=u;e.signingRegion=e.signingRegion||m||d,e.signingName=e.signingName||f||e.
serviceId;let g={...e,credentials:e.credentials,region:e.signingRegion,service:e.signingName,sha256:a,uriEscapePath:s},h=e.signerConstructor||lo;return new h(g)}):
c=async u=>{u=Object.assign({},{name:"sigv4",signingName:e.signingName||e.defaultSigningName,signingRegion:await _r(e.region)(),properties:{}},u);let d=u.signingRegion,
m=u.signingName;e.signingRegion=e.signingRegion||d,e.signingName=e.signingName||m||e.serviceId;let f={...e,credentials:e.credentials,region:e.signingRegion,service:e.
signingName,sha256:a,uriEscapePath:s},g=e.signerConstructor||lo;return new g(f)},Object.assign(e,{systemClockOffset:i,signingEscapePath:s,signer:c,disableClockSkewCorrection:_r(
e.disableClockSkewCorrection??t)})}});var Mf=p(()=>{Cf();fI();SI();RI();rT()});var TL,CL,oT,nT=p(()=>{$();TL="AWS_DISABLE_CLOCK_SKEW_CORRECTION",CL="disable_clock_skew_correction",oT={environmentVariableSelector:t=>bt(t,TL,Ze.ENV),configFileSelector:t=>bt(
t,CL,Ze.CONFIG),default:!1}});var sT,iT=p(()=>{$();nT();sT=_(oT)});var ur,we=p(()=>{Mf();Mf();iT();ur=Ff(sT)});var Ys,Xs,Bf,Hf,Gf,jf,Nc,mT=p(()=>{M();$();Ys="AWS_ACCESS_KEY_ID",Xs="AWS_SECRET_ACCESS_KEY",Bf="AWS_SESSION_TOKEN",Hf="AWS_CREDENTIAL_EXPIRATION",Gf="AWS_CREDE\
NTIAL_SCOPE",jf="AWS_ACCOUNT_ID",Nc=t=>async()=>{t?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");let e=process.env[Ys],r=process.env[Xs],o=process.
env[Bf],n=process.env[Hf],s=process.env[Gf],i=process.env[jf];if(e&&r){let a={accessKeyId:e,secretAccessKey:r,...o&&{sessionToken:o},...n&&{expiration:new Date(
n)},...s&&{credentialScope:s},...i&&{accountId:i}};return B(a,"CREDENTIALS_ENV_VARS","g"),a}throw new R("Unable to find environment variable credentials.",{logger:t?.
logger})}});var fT={};sr(fT,{ENV_ACCOUNT_ID:()=>jf,ENV_CREDENTIAL_SCOPE:()=>Gf,ENV_EXPIRATION:()=>Hf,ENV_KEY:()=>Ys,ENV_SECRET:()=>Xs,ENV_SESSION:()=>Bf,fromEnv:()=>Nc});var zf=p(
()=>{mT()});var Dc,kc,Vf=p(()=>{Dc=t=>!!t&&typeof t=="object"&&typeof t.AccessKeyId=="string"&&typeof t.SecretAccessKey=="string"&&typeof t.Token=="string"&&typeof t.Expiration==
"string",kc=t=>({accessKeyId:t.AccessKeyId,secretAccessKey:t.SecretAccessKey,sessionToken:t.Token,expiration:new Date(t.Expiration),...t.AccountId&&{accountId:t.
AccountId}})});var gT,hT,Fn,$c=p(()=>{gT=1e3,hT=0,Fn=({maxRetries:t=0,timeout:e=1e3})=>({maxRetries:t,timeout:e})});var qf,yT=p(()=>{qf=Ur(require("node:http"))});function uo(t){return new Promise((e,r)=>{let o=qf.default.request({method:"GET",...t,hostname:t.hostname?.replace(/^\[(.+)\]$/,"$1")});o.on("error",n=>{r(Object.
assign(new Ge("Unable to connect to instance metadata service"),n)),o.destroy()}),o.on("timeout",()=>{r(new Ge("TimeoutError from instance metadata service")),o.
destroy()}),o.on("response",n=>{let{statusCode:s=400}=n;(s<200||300<=s)&&(r(Object.assign(new Ge("Error response received from instance metadata service"),{statusCode:s})),
o.destroy());let i=[];n.on("data",a=>{i.push(a)}),n.on("end",()=>{e(Buffer.concat(i)),o.destroy()})}),o.end()})}var Lc=p(()=>{$();yT()});var Qs,Wf=p(()=>{Qs=(t,e)=>{let r=t();for(let o=0;o<e;o++)r=r.catch(t);return r}});var Mn,Zs,Uc,ET,bL,PL,OL,NL,DL,xT=p(()=>{$();Vf();$c();Lc();Wf();Mn="AWS_CONTAINER_CREDENTIALS_FULL_URI",Zs="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",Uc="AWS_CON\
TAINER_AUTHORIZATION_TOKEN",ET=(t={})=>{let{timeout:e,maxRetries:r}=Fn(t);return()=>Qs(async()=>{let o=await DL({logger:t.logger}),n=JSON.parse(await bL(e,o));if(!Dc(
n))throw new R("Invalid response received from instance metadata service.",{logger:t.logger});return kc(n)},r)},bL=async(t,e)=>(process.env[Uc]&&(e.headers={...e.
headers,Authorization:process.env[Uc]}),(await uo({...e,timeout:t})).toString()),PL="169.254.170.2",OL=new Set(["localhost","127.0.0.1"]),NL=new Set(["http:","h\
ttps:"]),DL=async({logger:t})=>{if(process.env[Zs])return{hostname:PL,path:process.env[Zs]};if(process.env[Mn]){let e;try{e=new URL(process.env[Mn])}catch{throw new R(
`${process.env[Mn]} is not a valid container metadata service URL`,{tryNextLink:!1,logger:t})}if(!e.hostname||!OL.has(e.hostname))throw new R(`${e.hostname} is \
not a valid container metadata service hostname`,{tryNextLink:!1,logger:t});if(!e.protocol||!NL.has(e.protocol))throw new R(`${e.protocol} is not a valid contai\
ner metadata service protocol`,{tryNextLink:!1,logger:t});return{protocol:e.protocol,hostname:e.hostname,path:e.pathname+e.search,port:e.port?parseInt(e.port,10):
void 0}}throw new R(`The container metadata credential provider cannot be used unless the ${Zs} or ${Mn} environment variable is set`,{tryNextLink:!1,logger:t})}});var Fc,ST=p(()=>{$();Fc=class t extends R{tryNextLink;name="InstanceMetadataV1FallbackError";constructor(e,r=!0){super(e,r),this.tryNextLink=r,Object.setPrototypeOf(
this,t.prototype)}}});var Xo,Kf=p(()=>{(function(t){t.IPv4="http://169.254.169.254",t.IPv6="http://[fd00:ec2::254]"})(Xo||(Xo={}))});var kL,$L,RT,_T=p(()=>{kL="AWS_EC2_METADATA_SERVICE_ENDPOINT",$L="ec2_metadata_service_endpoint",RT={environmentVariableSelector:t=>t[kL],configFileSelector:t=>t[$L],
default:void 0}});var mo,Jf=p(()=>{(function(t){t.IPv4="IPv4",t.IPv6="IPv6"})(mo||(mo={}))});var LL,UL,wT,IT=p(()=>{Jf();LL="AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",UL="ec2_metadata_service_endpoint_mode",wT={environmentVariableSelector:t=>t[LL],configFileSelector:t=>t[UL],
default:mo.IPv4}});var Mc,FL,ML,Yf=p(()=>{$();F();Kf();_T();Jf();IT();Mc=async()=>fe(await FL()||await ML()),FL=async()=>_(RT)(),ML=async()=>{let t=await _(wT)();switch(t){case mo.
IPv4:return Xo.IPv4;case mo.IPv6:return Xo.IPv6;default:throw new Error(`Unsupported endpoint mode: ${t}. Select from ${Object.values(mo)}`)}}});var BL,Xf,TT=p(()=>{BL="https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html",Xf=(t,e)=>{let r=300+Math.floor(Math.random()*300),o=new Date(
Date.now()+r*1e3);e.warn(`Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be atte\
mpted after ${new Date(o)}.
For more information, please visit: `+BL);let n=t.originalExpiration??t.expiration;return{...t,...n?{originalExpiration:n}:{},expiration:o}}});var CT,vT=p(()=>{TT();CT=(t,e={})=>{let r=e?.logger||console,o;return async()=>{let n;try{n=await t(),n.expiration&&n.expiration.getTime()<Date.now()&&(n=Xf(n,r))}catch(s){
if(o)r.warn("Credential renew failed: ",s),n=Xf(o,r);else throw s}return o=n,n}}});var PT,HL,Qf,AT,bT,OT,GL,jL,zL,VL,NT=p(()=>{$();ST();Vf();$c();Lc();Wf();Yf();vT();PT="/latest/meta-data/iam/security-credentials/",HL="/latest/api/token",Qf="A\
WS_EC2_METADATA_V1_DISABLED",AT="ec2_metadata_v1_disabled",bT="x-aws-ec2-metadata-token",OT=(t={})=>CT(GL(t),{logger:t.logger}),GL=(t={})=>{let e=!1,{logger:r,profile:o}=t,
{timeout:n,maxRetries:s}=Fn(t),i=async(a,c)=>{if(e||c.headers?.[bT]==null){let d=!1,m=!1,f=await _({environmentVariableSelector:g=>{let h=g[Qf];if(m=!!h&&h!=="f\
alse",h===void 0)throw new R(`${Qf} not set in env, checking config file next.`,{logger:t.logger});return m},configFileSelector:g=>{let h=g[AT];return d=!!h&&h!==
"false",d},default:!1},{profile:o})();if(t.ec2MetadataV1Disabled||f){let g=[];throw t.ec2MetadataV1Disabled&&g.push("credential provider initialization (runtime\
 option ec2MetadataV1Disabled)"),d&&g.push(`config file profile (${AT})`),m&&g.push(`process environment variable (${Qf})`),new Fc(`AWS EC2 Metadata v1 fallback\
 has been blocked by AWS SDK configuration in the following: [${g.join(", ")}].`)}}let u=(await Qs(async()=>{let d;try{d=await zL(c)}catch(m){throw m.statusCode===
401&&(e=!1),m}return d},a)).trim();return Qs(async()=>{let d;try{d=await VL(u,c,t)}catch(m){throw m.statusCode===401&&(e=!1),m}return d},a)};return async()=>{let a=await Mc();
if(e)return r?.debug("AWS SDK Instance Metadata","using v1 fallback (no token fetch)"),i(s,{...a,timeout:n});{let c;try{c=(await jL({...a,timeout:n})).toString()}catch(l){
if(l?.statusCode===400)throw Object.assign(l,{message:"EC2 Metadata token request returned error"});return(l.message==="TimeoutError"||[403,404,405].includes(l.
statusCode))&&(e=!0),r?.debug("AWS SDK Instance Metadata","using v1 fallback (initial)"),i(s,{...a,timeout:n})}return i(s,{...a,headers:{[bT]:c},timeout:n})}}},
jL=async t=>uo({...t,path:HL,method:"PUT",headers:{"x-aws-ec2-metadata-token-ttl-seconds":"21600"}}),zL=async t=>(await uo({...t,path:PT})).toString(),VL=async(t,e,r)=>{
let o=JSON.parse((await uo({...e,path:PT+t})).toString());if(!Dc(o))throw new R("Invalid response received from instance metadata service.",{logger:r.logger});return kc(
o)}});var Bc={};sr(Bc,{DEFAULT_MAX_RETRIES:()=>hT,DEFAULT_TIMEOUT:()=>gT,ENV_CMDS_AUTH_TOKEN:()=>Uc,ENV_CMDS_FULL_URI:()=>Mn,ENV_CMDS_RELATIVE_URI:()=>Zs,Endpoint:()=>Xo,
fromContainerMetadata:()=>ET,fromInstanceMetadata:()=>OT,getInstanceMetadataEndpoint:()=>Mc,httpRequest:()=>uo,providerConfigFromInit:()=>Fn});var Hc=p(()=>{xT();
NT();$c();Lc();Yf();Kf()});function Zf(t){let e=t&&typeof t=="object"&&"reason"in t?t.reason:void 0;if(e){if(e instanceof Error){let n=new Error("Request aborted");return n.name="AbortErr\
or",n.cause=e,n}let o=new Error(String(e));return o.name="AbortError",o}let r=new Error("Request aborted");return r.name="AbortError",r}var DT=p(()=>{});var kT,$T=p(()=>{kT=["ECONNRESET","EPIPE","ETIMEDOUT"]});var LT,UT=p(()=>{k();LT=t=>{let e={};for(let r in t){if(!P(t,r))continue;let o=t[r];e[r]=Array.isArray(o)?o.join(","):o}return e}});var Bn,FT=p(()=>{Bn=Ur(require("node:https"))});var ie,Qo=p(()=>{ie={setTimeout:(t,e)=>setTimeout(t,e),clearTimeout:t=>clearTimeout(t)}});var MT,BT,HT=p(()=>{Qo();MT=1e3,BT=(t,e,r=0)=>{if(!r)return-1;let o=n=>{let s=ie.setTimeout(()=>{t.destroy(),e(Object.assign(new Error(`@smithy/node-http-handle\
r - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`),{name:"TimeoutError"}))},r-n),i=a=>{a?.connecting?
a.on("connect",()=>{ie.clearTimeout(s)}):ie.clearTimeout(s)};t.socket?i(t.socket):t.on("socket",i)};return r<2e3?(o(0),0):ie.setTimeout(o.bind(null,MT),MT)}});var GT,jT=p(()=>{Qo();GT=(t,e,r=0,o,n)=>r?ie.setTimeout(()=>{let s=`@smithy/node-http-handler - [${o?"ERROR":"WARN"}] a request has exceeded the configured ${r}\
 ms requestTimeout.`;if(o){let i=Object.assign(new Error(s),{name:"TimeoutError",code:"ETIMEDOUT"});t.destroy(i),e(i)}else s+=" Init client requestHandler with \
throwOnRequestTimeout=true to turn this into an error.",n?.warn?.(s)},r):-1});var qL,zT,VT=p(()=>{Qo();qL=3e3,zT=(t,{keepAlive:e,keepAliveMsecs:r},o=qL)=>{if(e!==!0)return-1;let n=()=>{t.socket?t.socket.setKeepAlive(e,r||0):t.on("socket",
s=>{s.setKeepAlive(e,r||0)})};return o===0?(n(),0):ie.setTimeout(n,o)}});var Gc,qT=p(()=>{Gc=t=>{let e=t?.defaultSocketTimeout;return typeof e=="number"&&Number.isFinite(e)&&e>0?e:void 0}});var WL,eg,WT=p(()=>{Qo();WL=3e3,eg=(t,e,r=0,o=!1)=>{if(!Number.isFinite(r)||r<=0)return;let n;t.once("response",c=>n=c);let s=()=>{if(n?.complete){t.socket?.destroy();
return}let c=Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${o?"service default socket timeout":
"configured by client requestHandler"}).`),{name:"TimeoutError"});n?.destroy(c),t.destroy(),e(c)},i=()=>{let{socket:c}=t;c?c.connecting?c.once("connect",i):(c.setTimeout(
r,s),t.on("close",()=>c.removeListener("timeout",s))):t.once("socket",i)};if(r<6e3){i();return}let a=ie.setTimeout(i,WL);t.once("close",()=>ie.clearTimeout(a))}});async function YT(t,e,r=KT,o=!1){let n=e.headers,s=n?n.Expect||n.expect:void 0,i=-1,a=!0;!o&&s==="100-continue"&&(a=await Promise.race([new Promise(c=>{i=Number(
ie.setTimeout(()=>c(!0),Math.max(KT,r)))}),new Promise(c=>{t.on("continue",()=>{ie.clearTimeout(i),c(!0)}),t.on("response",()=>{ie.clearTimeout(i),c(!1)}),t.on(
"error",()=>{ie.clearTimeout(i),c(!1)})})])),a&&KL(t,e.body)}function KL(t,e){if(e instanceof JT.Readable){e.pipe(t);return}if(e){let r=Buffer.isBuffer(e);if(r||
typeof e=="string"){r&&e.byteLength===0?t.end():t.end(e);return}let n=e;if(typeof n=="object"&&n.buffer&&typeof n.byteOffset=="number"&&typeof n.byteLength=="nu\
mber"){t.end(Buffer.from(n.buffer,n.byteOffset,n.byteLength));return}t.end(Buffer.from(e));return}t.end()}var JT,KT,XT=p(()=>{JT=require("node:stream");Qo();KT=
6e3});var jc,QT,Ne,ZT=p(()=>{k();F();DT();$T();UT();FT();HT();jT();VT();qT();WT();Qo();XT();Ne=class t{config;configProvider;socketWarningTimestamp=0;externalAgent=!1;metadata={
handlerProtocol:"http/1.1"};static create(e){return typeof e?.handle=="function"?e:new t(e)}static checkSocketUsage(e,r,o=console){let{sockets:n,requests:s,maxSockets:i}=e;
if(typeof i!="number"||i===1/0||Date.now()-15e3<r)return r;if(n&&s)for(let c in n){if(!P(n,c))continue;let l=n[c]?.length??0,u=s[c]?.length??0;if(l>=i&&u>=2*i)return o?.
warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${l} and ${u} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),Date.now()}return r}constructor(e){this.configProvider=new Promise((r,o)=>{
typeof e=="function"?e().then(n=>{r(this.resolveDefaultConfig(n))}).catch(o):r(this.resolveDefaultConfig(e))})}destroy(){this.config?.httpAgent?.destroy(),this.
config?.httpsAgent?.destroy()}async handle(e,{abortSignal:r,requestTimeout:o}={}){this.config||(this.config=await this.configProvider);let n=this.config,s=n.logger,
i=e.protocol==="https:";return!i&&!this.config.httpAgent&&(this.config.httpAgent=await this.config.httpAgentProvider()),new Promise((a,c)=>{let l,u=-1,d=-1,m=-1,
f=-1,g=()=>{ie.clearTimeout(u),ie.clearTimeout(d),ie.clearTimeout(m),ie.clearTimeout(f)},h=async z=>{await l,g(),a(z)},y=async z=>{await l,g(),c(z)};if(r?.aborted){
let z=Zf(r);y(z);return}let S=e.headers,x=S?(S.Expect??S.expect)==="100-continue":!1,v=i?n.httpsAgent:n.httpAgent;x&&!this.externalAgent&&(v=new(i?Bn.default.Agent:
jc)({keepAlive:!1,maxSockets:1/0})),u=ie.setTimeout(()=>{this.socketWarningTimestamp=t.checkSocketUsage(v,this.socketWarningTimestamp,s)},n.socketAcquisitionWarningTimeout??
(n.requestTimeout??2e3)+(n.connectionTimeout??1e3));let b=e.query?Gm(e.query):"",L;if(e.username!=null||e.password!=null){let z=e.username??"",fr=e.password??"";
L=`${z}:${fr}`}let Y=e.path;b&&(Y+=`?${b}`),e.fragment&&(Y+=`#${e.fragment}`);let ve=e.hostname??"";ve[0]==="["&&ve.endsWith("]")?ve=e.hostname.slice(1,-1):ve=e.
hostname;let nr={headers:e.headers,host:ve,method:e.method,path:Y,port:e.port,agent:v,auth:L},ce=(i?Bn.default.request:QT)(nr,z=>{let fr=new Ye({statusCode:z.statusCode||
-1,reason:z.statusMessage,headers:LT(z.headers),body:z});h({response:fr})});if(ce.on("error",z=>{kT.includes(z.code)?y(Object.assign(z,{name:"TimeoutError"})):y(
z)}),r){let z=()=>{ce.destroy();let fr=Zf(r);y(fr)};if(typeof r.addEventListener=="function"){let fr=r;fr.addEventListener("abort",z,{once:!0}),ce.once("close",
()=>fr.removeEventListener("abort",z))}else r.onabort=z}let Ae=o??n.requestTimeout;d=BT(ce,y,n.connectionTimeout),m=GT(ce,y,Ae,n.throwOnRequestTimeout,s??console);
let pt=n.socketTimeout===void 0?Gc(n):void 0;pt?eg(ce,y,pt,!0):eg(ce,y,n.socketTimeout);let Ke=nr.agent;typeof Ke=="object"&&"keepAlive"in Ke&&(f=zT(ce,{keepAlive:Ke.
keepAlive,keepAliveMsecs:Ke.keepAliveMsecs})),l=YT(ce,e,Ae,this.externalAgent).catch(z=>(g(),c(z)))})}updateHttpClientConfig(e,r){this.config=void 0,this.configProvider=
this.configProvider.then(o=>{switch(e){case Symbol.for("logger"):e="logger",r=o.logger??r;break;case Symbol.for("@smithy/defaultSocketTimeout"):e="defaultSocket\
Timeout",r=Gc(o)??r;break}return{...o,[e]:r}})}httpHandlerConfigs(){return this.config??{}}resolveDefaultConfig(e){let{requestTimeout:r,connectionTimeout:o,socketTimeout:n,
socketAcquisitionWarningTimeout:s,httpAgent:i,httpsAgent:a,throwOnRequestTimeout:c,logger:l}=e||{},u=!0,d=50,m;return{connectionTimeout:o,requestTimeout:r,socketTimeout:n,
defaultSocketTimeout:Gc(e),socketAcquisitionWarningTimeout:s,throwOnRequestTimeout:c,httpAgentProvider:()=>m??=(async()=>{let f=await Promise.resolve().then(()=>Ur(im())),
{Agent:g,request:h}=f.default??f;return QT=h,jc=g,i instanceof jc||typeof i?.destroy=="function"?(this.externalAgent=!0,i):new jc({keepAlive:u,maxSockets:d,...i})})(),
httpsAgent:a instanceof Bn.default.Agent||typeof a?.destroy=="function"?(this.externalAgent=!0,a):new Bn.default.Agent({keepAlive:u,maxSockets:d,...a}),logger:l}}}});var fo=p(()=>{ZT();k()});var JL,YL,XL,e0,t0=p(()=>{$();JL="169.254.170.2",YL="169.254.170.23",XL="[fd00:ec2::23]",e0=(t,e)=>{if(t.protocol!=="https:"&&!(t.hostname===JL||t.hostname===YL||
t.hostname===XL)){if(t.hostname.includes("[")){if(t.hostname==="[::1]"||t.hostname==="[0000:0000:0000:0000:0000:0000:0000:0001]")return}else{if(t.hostname==="lo\
calhost")return;let r=t.hostname.split("."),o=n=>{let s=parseInt(n,10);return 0<=s&&s<=255};if(r[0]==="127"&&o(r[1])&&o(r[2])&&o(r[3])&&r.length===4)return}throw new R(
`URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`,{logger:e})}}});function r0(t){return new G({protocol:t.protocol,hostname:t.hostname,port:Number(t.port),path:t.pathname,query:Array.from(t.searchParams.entries()).reduce((e,[r,
o])=>(e[r]=o,e),{}),fragment:t.hash})}async function o0(t,e){let o=await Ls(t.body).transformToString();if(t.statusCode===200){let n=JSON.parse(o);if(typeof n.AccessKeyId!=
"string"||typeof n.SecretAccessKey!="string"||typeof n.Token!="string"||typeof n.Expiration!="string")throw new R("HTTP credential provider response not of the \
required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }",{logger:e});return{accessKeyId:n.
AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.Token,expiration:Sd(n.Expiration)}}if(t.statusCode>=400&&t.statusCode<500){let n={};try{n=JSON.parse(
o)}catch{}throw Object.assign(new R(`Server responded with status: ${t.statusCode}`,{logger:e}),{Code:n.Code,Message:n.Message})}throw new R(`Server responded w\
ith status: ${t.statusCode}`,{logger:e})}var n0=p(()=>{$();F();k();k()});var s0,i0=p(()=>{s0=(t,e,r)=>async()=>{for(let o=0;o<e;++o)try{return await t()}catch{await new Promise(s=>setTimeout(s,r))}return await t()}});var c0,QL,ZL,e1,t1,r1,p0,a0,l0=p(()=>{M();$();fo();c0=Ur(require("node:fs/promises"));t0();n0();i0();QL="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",ZL="http://169.\
254.170.2",e1="AWS_CONTAINER_CREDENTIALS_FULL_URI",t1="AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",r1="AWS_CONTAINER_AUTHORIZATION_TOKEN",p0=(t={})=>{t.logger?.debug(
"@aws-sdk/credential-provider-http - fromHttp");let e,r=t.awsContainerCredentialsRelativeUri??process.env[QL],o=t.awsContainerCredentialsFullUri??process.env[e1],
n=t.awsContainerAuthorizationToken??process.env[r1],s=t.awsContainerAuthorizationTokenFile??process.env[t1],i=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?.
warn?console.warn:t.logger.warn.bind(t.logger);if(r&&o&&(i("@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsConta\
inerCredentialsFullUri."),i("awsContainerCredentialsRelativeUri will take precedence.")),n&&s&&(i("@aws-sdk/credential-provider-http: you have set both awsConta\
inerAuthorizationToken and awsContainerAuthorizationTokenFile."),i("awsContainerAuthorizationTokenFile will take precedence.")),r)e=`${ZL}${r}`;else if(o)e=o;else
throw new R(`No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`,{logger:t.logger});let a=new URL(e);e0(a,t.logger);let c=Ne.create({connectionTimeout:t.
timeout??1e3}),l=t.timeout??1e3,u=s0(async()=>{let d=r0(a);s?d.headers.Authorization=a0((await c0.default.readFile(s)).toString()):n&&(d.headers.Authorization=a0(
n));try{let m=await c.handle(d,{requestTimeout:l});return o0(m.response).then(f=>B(f,"CREDENTIALS_HTTP","z"))}catch(m){throw new R(String(m),{logger:t.logger})}},
t.maxRetries??3,t.timeout??1e3);return async()=>{try{return await u()}finally{c.destroy?.()}}},a0=t=>{if(t.includes(`\r
`))throw new R("Authorization token contains invalid \\r\\n sequence.");return t}});var tg={};sr(tg,{fromHttp:()=>p0});var rg=p(()=>{l0()});var zc,og=p(()=>{zc=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var Hn,Vc=p(()=>{Hn="To refresh this SSO session run 'aws sso login' with the corresponding profile."});function n1(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sso-oauth",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function s1(t){return{schemeId:"smithy.api#noAuth"}}var f0,g0,h0,ng=p(()=>{we();T();f0=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});g0=t=>{let e=[];return t.operation==="CreateToken"?e.push(s1(t)):e.push(n1(t)),
e},h0=t=>{let e=ur(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??[])})}});var y0,E0,sg=p(()=>{y0=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"sso-oauth"}),
E0={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
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
ication/octet-stream":e)}else if(!r.isUnitSchema()&&Object.values(o).find(i=>{let{httpQuery:a,httpQueryParams:c,httpHeader:l,httpLabel:u,httpPrefixHeaders:d}=i.
getMergedTraits();return!a&&!c&&!l&&!u&&d===void 0}))return e}async getErrorSchemaOrThrowBaseException(e,r,o,n,s,i){let a=e;e.includes("#")&&([,a]=e.split("#"));
let c={$metadata:s,$fault:o.statusCode<500?"client":"server"};if(!this.errorRegistry)throw new Error("@aws-sdk/core/protocols - error handler not initialized.");
try{return{errorSchema:i?.(this.errorRegistry,a)??this.errorRegistry.getSchema(e),errorMetadata:c}}catch{n.message=n.message??n.Message??"UnknownError";let u=this.
errorRegistry,d=u.getBaseException();if(d){let g=u.getErrorCtor(d)??Error;throw this.decorateServiceException(Object.assign(new g({name:a}),c),n)}let m=n,f=m?.message??
m?.Message??m?.Error?.Message??m?.Error?.message;throw this.decorateServiceException(Object.assign(new Error(f),{name:a},c),n)}}compose(e,r,o){let n=o;r.includes(
"#")&&([n]=r.split("#"));let s=Q.for(n),i=Q.for("smithy.ts.sdk.synthetic."+o);e.copyFrom(s),e.copyFrom(i),this.errorRegistry=e}decorateServiceException(e,r={}){
if(this.queryCompat){let o=e.Message??r.Message,n=Aa(e,r);o&&(n.message=o);let s=n.Error??{};s.Type=n.Error?.Type,s.Code=n.Error?.Code,s.Message=n.Error?.message??
n.Error?.Message??o,n.Error=s;let i=n.$metadata.requestId;return i&&(n.RequestId=i),n}return Aa(e,r)}setQueryCompatError(e,r){let o=r.headers?.["x-amzn-query-er\
ror"];if(e!==void 0&&o!=null){let[n,s]=o.split(";"),i=Object.keys(e),a={Code:n,Type:s};e.Code=n,e.Type=s;for(let c=0;c<i.length;c++){let l=i[c];a[l==="message"?
"Message":l]=e[l]}delete a.__type,e.Error=a}}queryCompatOutput(e,r){e.Error&&(r.Error=e.Error),e.Type&&(r.Type=e.Type),e.Code&&(r.Code=e.Code)}findQueryCompatibleError(e,r){
try{return e.getSchema(r)}catch{return e.find(n=>U.of(n).getMergedTraits().awsQueryError?.[0]===r)}}}});var Wc,x0=p(()=>{F();X();qc();Wc=class extends Vo{serializer;deserializer;serviceTarget;codec;mixin;awsQueryCompatible;constructor({defaultNamespace:e,errorTypeRegistries:r,
serviceTarget:o,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,errorTypeRegistries:r}),this.serviceTarget=o,this.codec=s??new Ko({timestampFormat:{
useTrait:!0,default:7},jsonName:!1}),this.serializer=this.codec.createSerializer(),this.deserializer=this.codec.createDeserializer(),this.awsQueryCompatible=!!n,
this.mixin=new ho(this.awsQueryCompatible)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,o);return n.path.endsWith("/")||(n.path+="/"),n.
headers["content-type"]=`application/x-amz-json-${this.getJsonRpcVersion()}`,n.headers["x-amz-target"]=`${this.serviceTarget}.${e.name}`,this.awsQueryCompatible&&
(n.headers["x-amzn-query-mode"]="true"),(jr(e.input)==="unit"||!n.body)&&(n.body="{}"),n}getPayloadCodec(){return this.codec}async handleError(e,r,o,n,s){let{awsQueryCompatible:i}=this;
i&&this.mixin.setQueryCompatError(n,o);let a=Xm(o,n,i)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,a,this.options.defaultNamespace);let{errorSchema:c,
errorMetadata:l}=await this.mixin.getErrorSchemaOrThrowBaseException(a,this.options.defaultNamespace,o,n,s,i?this.mixin.findQueryCompatibleError:void 0),u=U.of(
c),d=n.message??n.Message??"UnknownError",m=this.compositeErrorRegistry.getErrorCtor(c)??Error,f=new m({}),g={},h=this.codec.createDeserializer();for(let[y,S]of u.
structIterator())n[y]!=null&&(g[y]=h.readObject(S,n[y]));throw i&&this.mixin.queryCompatOutput(n,g),this.mixin.decorateServiceException(Object.assign(f,l,{$fault:u.
getMergedTraits().error,message:d},g),n)}}});var Zo,S0=p(()=>{x0();Zo=class extends Wc{constructor({defaultNamespace:e,errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,
errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:s})}getShapeId(){return"aws.protocols#awsJson1_1"}getJsonRpcVersion(){return"1.1"}getDefaultContentType(){
return"application/x-amz-json-1.1"}}});var Wr,R0=p(()=>{F();X();qc();Wr=class extends Fs{serializer;deserializer;codec;mixin=new ho;constructor({defaultNamespace:e,errorTypeRegistries:r,jsonCodec:o}){
super({defaultNamespace:e,errorTypeRegistries:r});let n={timestampFormat:{useTrait:!0,default:7},httpBindings:!0,jsonName:!0};this.codec=o??new Ko(n),this.serializer=
new Bs(this.codec.createSerializer(),n),this.deserializer=new Ms(this.codec.createDeserializer(),n)}getShapeId(){return"aws.protocols#restJson1"}getPayloadCodec(){
return this.codec}setSerdeContext(e){this.codec.setSerdeContext(e),super.setSerdeContext(e)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,
o),s=U.of(e.input);if(!n.headers["content-type"]){let i=this.mixin.resolveRestContentType(this.getDefaultContentType(),s);i&&(n.headers["content-type"]=i)}return n.
body==null&&n.headers["content-type"]===this.getDefaultContentType()&&(n.body="{}"),n}async deserializeResponse(e,r,o){let n=await super.deserializeResponse(e,r,
o),s=U.of(e.output);for(let[i,a]of s.structIterator())a.getMemberTraits().httpPayload&&!(i in n)&&(n[i]=null);return n}async handleError(e,r,o,n,s){let i=Ym(o,n)??
"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let{errorSchema:a,errorMetadata:c}=await this.mixin.getErrorSchemaOrThrowBaseException(
i,this.options.defaultNamespace,o,n,s),l=U.of(a),u=n.message??n.Message??"UnknownError",d=this.compositeErrorRegistry.getErrorCtor(a)??Error,m=new d({});await this.
deserializeHttpMessage(a,r,o,n);let f={},g=this.codec.createDeserializer();for(let[h,y]of l.structIterator()){let S=y.getMergedTraits().jsonName??h;f[h]=g.readObject(
y,n[S])}throw this.mixin.decorateServiceException(Object.assign(m,c,{$fault:l.getMergedTraits().error,message:u},f),n)}getDefaultContentType(){return"applicatio\
n/json"}}});function ig(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}function cg(t){return new ag(t).parse()}var ag,_0=p(
()=>{ag=class t{x;i=0;z;constructor(e){this.x=e,this.x=e.replace(/\r\n?/g,`
`),this.z=this.x.length}parse(){let e=this,{z:r}=e;for(;e.i<r&&(e.trim(),!(e.i>=r));)if(e.isNext("<?"))e.readTo("?>"),e.trim();else if(e.isNext("<!--"))e.readTo(
"-->"),e.trim();else if(e.isNext("<!DOCTYPE",!1))e.skipDoctype(),e.trim();else if(e.x[e.i]==="<"){let o=e.parseTag();return{[o.tag]:o.value}}else throw new Error(
"@aws-sdk XML parse error: unexpected content.");throw new Error("@aws-sdk XML parse error: no root element.")}isNext(e,r=!0){let o=this;return r?o.x.startsWith(
e,o.i):o.x.toLowerCase().startsWith(e.toLowerCase(),o.i)}readTo(e){let r=this,o=r.x.indexOf(e,r.i);if(o===-1)throw new Error(`@aws-sdk XML parse error: expected\
 "${e}" not found.`);let n=r.x.slice(r.i,o);return r.i=o+e.length,n}trim(){let e=this;for(;e.i<e.z&&` 	\r
`.includes(e.x[e.i]);)++e.i}readAttrValue(){let e=this,r=e.x[e.i];++e.i;let o="";for(;e.i<e.z&&e.x[e.i]!==r;)o+=e.x[e.i++];return++e.i,e.decodeEntities(o)}parseTag(){
let e=this;++e.i;let r="";for(;e.i<e.z&&!` 	\r
>/`.includes(e.x[e.i]);)r+=e.x[e.i++];let o=!1,n={};for(;e.i<e.z&&(e.trim(),!">/".includes(e.x[e.i]));){let u="";for(;e.i<e.z&&!`= 	\r
>/?`.includes(e.x[e.i]);)u+=e.x[e.i++];if(e.trim(),e.x[e.i]!=="=")break;++e.i,e.trim(),u==="__proto__"&&ig(n),n[u]=e.readAttrValue(),o=!0}if(e.i>=e.z)throw new Error(
"@aws-sdk XML parse error: unexpected end of input.");if(e.x[e.i]==="/"){if(++e.i,e.i>=e.z||e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected >\
 at the end of self-closing tag.");return++e.i,{tag:r,value:o?n:""}}if(e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected > at the end of openin\
g tag.");++e.i;let s=[],i=[],a=!1;for(;e.i<e.z&&!e.isNext("</");)if(e.x[e.i]==="<")e.isNext("<!--")?e.readTo("-->"):e.isNext("<![CDATA[")?(e.i+=9,s.push(e.readTo(
"]]>"))):e.isNext("<?")?e.readTo("?>"):(a=!0,i.push(e.parseTag()));else{let u="";for(;e.i<e.z&&e.x[e.i]!=="<";)u+=e.x[e.i++];s.push(e.decodeEntities(u))}if(!e.isNext(
"</"))throw new Error(`@aws-sdk XML parse error: missing closing tag </${r}>.`);e.i+=2;let c=e.readTo(">").trim();if(c!==r)throw new Error(`@aws-sdk XML parse e\
rror: mismatched tags <${r}> and </${c}>.`);if(!o&&s.length===0&&!a)return{tag:r,value:""};if(!o&&!a){let u=s.length===1?s[0]:s.join("");return u.trim()===""&&u.
includes(`
`)?{tag:r,value:""}:{tag:r,value:u}}let l={};for(let u of s)u.trim()===""&&u.includes(`
`)||(l["#text"]="#text"in l?l["#text"]+u:u);for(let u of i)u.tag==="__proto__"&&ig(l),u.tag in l?Array.isArray(l[u.tag])?l[u.tag].push(u.value):l[u.tag]=[l[u.tag],
u.value]:l[u.tag]=u.value;for(let[u,d]of Object.entries(n))u==="__proto__"&&ig(l),l[u]=d;return{tag:r,value:l}}static ENTITIES={amp:"&",lt:"<",gt:">",quot:'"',apos:"\
'"};skipDoctype(){let e=this;e.i+=9;let r=0;for(;e.i<e.z;){let o=e.x[e.i];if(o==="[")++r;else if(o==="]")--r;else if(o===">"&&r===0){++e.i;return}++e.i}throw new Error(
"@aws-sdk XML parse error: unclosed DOCTYPE.")}decodeEntities(e){return e.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g,(r,o,n,s)=>o?
String.fromCharCode(parseInt(o,16)):n?String.fromCharCode(parseInt(n,10)):t.ENTITIES[s]??"")}}});var w0=p(()=>{_0()});var Gn,pg=p(()=>{Gn=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var Kc,I0=p(()=>{Kc=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function T0(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var C0=p(()=>{});var Jc,v0=p(()=>{w0();T();F();X();k();pg();I0();C0();Jc=class extends Gn{settings;stringDeserializer;constructor(e){super(),this.settings=e,this.stringDeserializer=
new qo(e)}setSerdeContext(e){this.serdeContext=e,this.stringDeserializer.setSerdeContext(e)}read(e,r,o){let n=U.of(e),s=n.getMemberSchemas();if(n.isStructSchema()&&
n.isMemberSchema()&&!!Object.values(s).find(l=>!!l.getMemberTraits().eventPayload)){let l={},u=Object.keys(s)[0];return s[u].isBlobSchema()?l[u]=r:l[u]=this.read(
s[u],r),l}let a=(this.serdeContext?.utf8Encoder??Z)(r),c=this.parseXml(a);return this.readSchema(e,o?c[o]:c)}readSchema(e,r){let o=U.of(e);if(o.isUnitSchema())return;
let n=o.getMergedTraits();if(o.isListSchema()&&!Array.isArray(r))return this.readSchema(o,[r]);if(r==null)return r;if(typeof r=="object"){let s=!!n.xmlFlattened;
if(o.isListSchema()){let a=o.getValueSchema(),c=[],l=a.getMergedTraits().xmlName??"member",u=s?r:(r[0]??r)[l];if(u==null)return c;let d=Array.isArray(u)?u:[u];for(let m of d)
c.push(this.readSchema(a,m));return c}let i={};if(o.isMapSchema()){let a=o.getKeySchema(),c=o.getValueSchema(),l;s?l=Array.isArray(r)?r:[r]:l=Array.isArray(r.entry)?
r.entry:[r.entry];let u=a.getMergedTraits().xmlName??"key",d=c.getMergedTraits().xmlName??"value";for(let m of l){let f=m[u],g=m[d];f==="__proto__"&&T0(i),i[f]=
this.readSchema(c,g)}return i}if(o.isStructSchema()){let a=o.isUnionSchema(),c;a&&(c=new Kc(r,i));for(let[l,u]of o.structIterator()){let d=u.getMergedTraits(),m=d.
httpPayload?d.xmlName??u.getName():u.getMemberTraits().xmlName??l;a&&c.mark(m),r[m]!=null&&(i[l]=this.readSchema(u,r[m]))}return a&&c.writeUnknown(),i}if(o.isDocumentSchema())
return r;throw new Error(`@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${o.getName(!0)}`)}return o.isListSchema()?[]:o.isMapSchema()||o.
isStructSchema()?{}:this.stringDeserializer.read(o,r)}parseXml(e){if(e.length){let r;try{r=cg(e)}catch(i){throw i&&typeof i=="object"&&Object.defineProperty(i,"\
$responseBodyText",{value:e}),i}let o="#text",n=Object.keys(r)[0],s=r[n];return s[o]&&(s[n]=s[o],delete s[o]),ba(s)}return{}}}});var Yc,A0=p(()=>{F();X();k();k();pg();Yc=class extends Gn{settings;buffer;constructor(e){super(),this.settings=e}write(e,r,o=""){this.buffer===void 0&&(this.buffer=
"");let n=U.of(e);if(o&&!o.endsWith(".")&&(o+="."),n.isBlobSchema())(typeof r=="string"||r instanceof Uint8Array)&&(this.writeKey(o),this.writeValue((this.serdeContext?.
base64Encoder??me)(r)));else if(n.isBooleanSchema()||n.isNumericSchema()||n.isStringSchema())r!=null?(this.writeKey(o),this.writeValue(String(r))):n.isIdempotencyToken()&&
(this.writeKey(o),this.writeValue(Dn()));else if(n.isBigIntegerSchema())r!=null&&(this.writeKey(o),this.writeValue(String(r)));else if(n.isBigDecimalSchema())r!=
null&&(this.writeKey(o),this.writeValue(r instanceof Re?r.string:String(r)));else if(n.isTimestampSchema()){if(r instanceof Date)switch(this.writeKey(o),Wo(n,this.
settings)){case 5:this.writeValue(r.toISOString().replace(".000Z","Z"));break;case 6:this.writeValue(Fo(r));break;case 7:this.writeValue(String(r.getTime()/1e3));
break}}else if(n.isDocumentSchema())Array.isArray(r)?this.write(79,r,o):r instanceof Date?this.write(4,r,o):r instanceof Uint8Array?this.write(21,r,o):r&&typeof r==
"object"?this.write(143,r,o):(this.writeKey(o),this.writeValue(String(r)));else if(n.isListSchema()){if(Array.isArray(r))if(r.length===0)this.settings.serializeEmptyLists&&
(this.writeKey(o),this.writeValue(""));else{let s=n.getValueSchema(),i=this.settings.flattenLists||n.getMergedTraits().xmlFlattened,a=1;for(let c of r){if(c==null)
continue;let l=s.getMergedTraits(),u=this.getKey("member",l.xmlName,l.ec2QueryName),d=i?`${o}${a}`:`${o}${u}.${a}`;this.write(s,c,d),++a}}}else if(n.isMapSchema()){
if(r&&typeof r=="object"){let s=n.getKeySchema(),i=n.getValueSchema(),a=n.getMergedTraits().xmlFlattened,c=1;for(let l in r){let u=r[l];if(u==null)continue;let d=s.
getMergedTraits(),m=this.getKey("key",d.xmlName,d.ec2QueryName),f=a?`${o}${c}.${m}`:`${o}entry.${c}.${m}`,g=i.getMergedTraits(),h=this.getKey("value",g.xmlName,
g.ec2QueryName),y=a?`${o}${c}.${h}`:`${o}entry.${c}.${h}`;this.write(s,l,f),this.write(i,u,y),++c}}}else if(n.isStructSchema()){if(r&&typeof r=="object"){let s=!1;
for(let[i,a]of n.structIterator()){if(r[i]==null&&!a.isIdempotencyToken())continue;let c=a.getMergedTraits(),l=this.getKey(i,c.xmlName,c.ec2QueryName,"struct"),
u=`${o}${l}`;this.write(a,r[i],u),s=!0}if(!s&&n.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i,l=`${o}${a}`;this.write(15,c,l)}}}}else if(!n.
isUnitSchema())throw new Error(`@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${n.getName(!0)}`)}flush(){if(this.buffer===void 0)throw new Error(
"@aws-sdk/core/protocols - QuerySerializer cannot flush with nothing written to buffer.");let e=this.buffer;return delete this.buffer,e}getKey(e,r,o,n){let{ec2:s,
capitalizeKeys:i}=this.settings;if(s&&o)return o;let a=r??e;return i&&n==="struct"?a[0].toUpperCase()+a.slice(1):a}writeKey(e){e.endsWith(".")&&(e=e.slice(0,e.length-
1)),this.buffer+=`&${jo(e)}=`}writeValue(e){this.buffer+=jo(e)}}});var ti,b0=p(()=>{F();X();qc();v0();A0();ti=class extends Vo{options;serializer;deserializer;mixin=new ho;constructor(e){super({defaultNamespace:e.defaultNamespace,
errorTypeRegistries:e.errorTypeRegistries}),this.options=e;let r={timestampFormat:{useTrait:!0,default:5},httpBindings:!1,xmlNamespace:e.xmlNamespace,serviceNamespace:e.
defaultNamespace,serializeEmptyLists:!0};this.serializer=new Yc(r),this.deserializer=new Jc(r)}getShapeId(){return"aws.protocols#awsQuery"}setSerdeContext(e){this.
serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e)}getPayloadCodec(){throw new Error("AWSQuery protocol has no payload codec.")}async serializeRequest(e,r,o){
let n=await super.serializeRequest(e,r,o);n.path.endsWith("/")||(n.path+="/"),n.headers["content-type"]="application/x-www-form-urlencoded",(jr(e.input)==="unit"||
!n.body)&&(n.body="");let s=e.name.split("#")[1]??e.name;return n.body=`Action=${s}&Version=${this.options.version}`+n.body,n.body.endsWith("&")&&(n.body=n.body.
slice(-1)),n}async deserializeResponse(e,r,o){let n=this.deserializer,s=U.of(e.output),i={};if(o.statusCode>=300){let u=await ze(o.body,r);u.byteLength>0&&Object.
assign(i,await n.read(15,u)),await this.handleError(e,r,o,i,this.deserializeMetadata(o))}for(let u in o.headers){let d=o.headers[u];delete o.headers[u],o.headers[u.
toLowerCase()]=d}let a=e.name.split("#")[1]??e.name,c=s.isStructSchema()&&this.useNestedResult()?a+"Result":void 0,l=await ze(o.body,r);return l.byteLength>0&&Object.
assign(i,await n.read(s,l,c)),i.$metadata=this.deserializeMetadata(o),i}useNestedResult(){return!0}async handleError(e,r,o,n,s){let i=this.loadQueryErrorCode(o,
n)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let a=this.loadQueryError(n)??{},c=this.loadQueryErrorMessage(n);a.
message=c,a.Error={Type:a.Type,Code:a.Code,Message:c};let{errorSchema:l,errorMetadata:u}=await this.mixin.getErrorSchemaOrThrowBaseException(i,this.options.defaultNamespace,
o,a,s,this.mixin.findQueryCompatibleError),d=U.of(l),m=this.compositeErrorRegistry.getErrorCtor(l)??Error,f=new m({}),g={Type:a.Error.Type,Code:a.Error.Code,Error:a.
Error};for(let[h,y]of d.structIterator()){let S=y.getMergedTraits().xmlName??h,x=a[S]??n[S];g[h]=this.deserializer.readSchema(y,x)}throw this.mixin.decorateServiceException(
Object.assign(f,u,{$fault:d.getMergedTraits().error,message:c},g),n)}loadQueryErrorCode(e,r){let o=(r.Errors?.[0]?.Error??r.Errors?.Error??r.Error)?.Code;if(o!==
void 0)return o;if(e.statusCode==404)return"NotFound"}loadQueryError(e){return e.Errors?.[0]?.Error??e.Errors?.Error??e.Error}loadQueryErrorMessage(e){let r=this.
loadQueryError(e);return r?.message??r?.Message??e.message??e.Message??"Unknown"}getDefaultContentType(){return"application/x-www-form-urlencoded"}}});var en=p(()=>{S0();R0();b0()});var De,P0,a1,Xc,O0,c1,N0=p(()=>{k();De=64,P0=32,a1=2**53-1,Xc=class t{digestLength=P0;state=Int32Array.from(O0);w;buffer=new Uint8Array(64);bufferLength=0;bytesHashed=0;finished=!1;inner;outer;constructor(e){
if(e){let r=t.normalizeKey(e);this.inner=new t,this.outer=new t;let{inner:o,outer:n}=this,s=new Uint8Array(De*2);for(let i=0;i<De;++i)s[i]=54^r[i],s[i+De]=92^r[i];
o.update(s.subarray(0,De)),n.update(s.subarray(De))}}update(e){if(this.finished)throw new Error("Attempted to update an already finished HMAC.");if(this.inner){
this.inner.update(e);return}let r=vt(e),o=0,{byteLength:n}=r;if(this.bytesHashed+=n,this.bytesHashed*8>a1)throw new Error("Cannot hash more than 2^53 - 1 bits");
for(;n>0;)this.buffer[this.bufferLength++]=r[o++],n--,this.bufferLength===De&&(this.hashBuffer(),this.bufferLength=0)}async digest(){let{inner:e,outer:r}=this;if(e&&
r){if(this.finished)throw new Error("Attempted to digest an already finished HMAC.");this.finished=!0;let o=e.digestSync();return r.update(o),r.digestSync()}return this.
digestSync()}reset(){this.state=Int32Array.from(O0),this.buffer=new Uint8Array(64),this.bufferLength=0,this.bytesHashed=0}digestSync(){let e=this.state.slice(),
r=this.buffer.slice(),o=this.bufferLength,n=this.bytesHashed*8,s=new DataView(r.buffer,r.byteOffset,r.byteLength);if(s.setUint8(o++,128),(o-1)%De>=De-8){for(let a=o;a<
De;++a)s.setUint8(a,0);this.hashBufferWith(e,r),o=0}for(let a=o;a<De-8;++a)s.setUint8(a,0);s.setUint32(De-8,Math.floor(n/4294967296),!1),s.setUint32(De-4,n,!1),
this.hashBufferWith(e,r);let i=new Uint8Array(P0);for(let a=0;a<8;++a)i[a*4]=e[a]>>>24&255,i[a*4+1]=e[a]>>>16&255,i[a*4+2]=e[a]>>>8&255,i[a*4+3]=e[a]>>>0&255;return i}static normalizeKey(e){
let r=vt(e);if(r.byteLength>De){let o=new t;o.update(r);let n=o.digestSync(),s=new Uint8Array(De);return s.set(n),s}if(r.byteLength<De){let o=new Uint8Array(De);
return o.set(r),o}return r}hashBuffer(){this.hashBufferWith(this.state,this.buffer)}hashBufferWith(e,r){let o=this.w??=new Int32Array(64),n=e[0],s=e[1],i=e[2],a=e[3],
c=e[4],l=e[5],u=e[6],d=e[7];for(let m=0;m<De;++m){if(m<16)o[m]=(r[m*4]&255)<<24|(r[m*4+1]&255)<<16|(r[m*4+2]&255)<<8|r[m*4+3]&255;else{let h=o[m-2],y=(h>>>17|h<<
15)^(h>>>19|h<<13)^h>>>10;h=o[m-15];let S=(h>>>7|h<<25)^(h>>>18|h<<14)^h>>>3;o[m]=(y+o[m-7]|0)+(S+o[m-16]|0)}let f=(((c>>>6|c<<26)^(c>>>11|c<<21)^(c>>>25|c<<7))+
(c&l^~c&u)|0)+(d+(c1[m]+o[m]|0)|0)|0,g=((n>>>2|n<<30)^(n>>>13|n<<19)^(n>>>22|n<<10))+(n&s^n&i^s&i)|0;d=u,u=l,l=c,c=a+f|0,a=i,i=s,s=n,n=f+g|0}e[0]+=n,e[1]+=s,e[2]+=
i,e[3]+=a,e[4]+=c,e[5]+=l,e[6]+=u,e[7]+=d}},O0=new Int32Array([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]),c1=new Int32Array(
[1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,
3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,
113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,
3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,
2756734187,3204031479,3329325298])});function l1(){return class{digestLength=32;secret;hash;isHmac;finished=!1;constructor(e){this.secret=e,this.isHmac=!!e,this.hash=this.createHash()}update(e){if(this.
finished)throw new Error("Attempted to update an already finished hash.");this.hash.update(e)}async digest(){let e;return this.isHmac?(this.finished=!0,e=this.hash.
digest()):e=this.hash.copy().digest(),new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}reset(){this.hash=this.createHash(),this.finished=!1}createHash(){return this.
secret?(0,ri.createHmac)("sha256",u1(this.secret)):(0,ri.createHash)("sha256")}}}function u1(t){return typeof t=="string"?t:ArrayBuffer.isView(t)?Buffer.from(t.
buffer,t.byteOffset,t.byteLength):Buffer.from(t)}var ri,p1,ht,D0=p(()=>{ri=require("node:crypto");N0();p1=(()=>{try{return(0,ri.createHash)("sha256"),!0}catch{return!1}})(),
ht=p1?l1():Xc});var tn=p(()=>{D0()});var oi,rn,Qc,k0,F0,Zc,lg,$0,ug,jn,L0,U0,d1,yt,m1,M0,B0=p(()=>{W();oi="ref",rn=-1,Qc=!0,k0="isSet",F0="PartitionResult",Zc="booleanEquals",lg="getAttr",$0={[oi]:"\
Endpoint"},ug={[oi]:F0},jn={},L0=[{[oi]:"Region"}],U0={conditions:[[k0,[$0]],[k0,L0],["aws.partition",L0,F0],[Zc,[{[oi]:"UseFIPS"},Qc]],[Zc,[{[oi]:"UseDualStack"},
Qc]],[Zc,[{fn:lg,argv:[ug,"supportsDualStack"]},Qc]],[Zc,[{fn:lg,argv:[ug,"supportsFIPS"]},Qc]],["stringEquals",[{fn:lg,argv:[ug,"name"]},"aws-us-gov"]]],results:[
[rn],[rn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[rn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[$0,
jn],["https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",jn],[rn,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://oidc.{Region}.amazonaws.com",jn],["https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}",jn],[rn,"FIPS is enabled but this partition does not suppor\
t FIPS"],["https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}",jn],[rn,"DualStack is enabled but this partition does not support DualStack"],["https://o\
idc.{Region}.{PartitionResult#dnsSuffix}",jn],[rn,"Invalid Configuration: Missing Region"]]},d1=2,yt=1e8,m1=new Int32Array([-1,1,-1,0,13,3,1,4,yt+12,2,5,yt+12,3,
8,6,4,7,yt+11,5,yt+9,yt+10,4,11,9,6,10,yt+8,7,yt+6,yt+7,5,12,yt+5,6,yt+4,yt+5,3,yt+1,14,4,yt+2,yt+3]),M0=ot.from(m1,d1,U0.conditions,U0.results)});var f1,H0,G0=p(()=>{M();W();B0();f1=new nt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),H0=(t,e={})=>f1.get(t,()=>Bt(M0,{endpointParams:t,logger:e.
logger}));Pe.aws=ft});var Ce,ep=p(()=>{T();Ce=class t extends tt{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException";constructor(e){super(e),Object.
setPrototypeOf(this,t.prototype)}}});var ni,si,ii,ai,ci,pi,li,ui,di,mi,fi,dg=p(()=>{ep();ni=class t extends Ce{static shapeId="com.amazonaws.ssooidc#AccessDeniedException";name="AccessDeniedExcepti\
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
ui=class t extends Ce{static shapeId="com.amazonaws.ssooidc#InvalidScopeException";name="InvalidScopeException";$fault="client";error;error_description;constructor(e){
super({name:"InvalidScopeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},
di=class t extends Ce{static shapeId="com.amazonaws.ssooidc#SlowDownException";name="SlowDownException";$fault="client";error;error_description;constructor(e){super(
{name:"SlowDownException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},mi=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#UnauthorizedClientException";name="UnauthorizedClientException";$fault="client";error;error_description;constructor(e){super({name:"Unauth\
orizedClientException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},fi=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#UnsupportedGrantTypeException";name="UnsupportedGrantTypeException";$fault="client";error;error_description;constructor(e){super({name:"Un\
supportedGrantTypeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}}});var g1,h1,y1,E1,x1,S1,R1,_1,w1,I1,T1,C1,v1,A1,b1,P1,O1,N1,D1,k1,$r,$1,L1,U1,F1,M1,ue,B1,wr,H1,G1,Ir,j1,j0,z0,z1,V0,V1,q1,W1,he,q0,W0,dr,K0,J0,Y0,X0,Q0,Z0,eC,tC,
rC,oC,nC,mg,K1,J1,Y1,X1,sC,iC,aC,fg,tp=p(()=>{X();dg();ep();g1="AccessDeniedException",h1="AuthorizationPendingException",y1="AccessToken",E1="ClientSecret",x1=
"CreateToken",S1="CreateTokenRequest",R1="CreateTokenResponse",_1="CodeVerifier",w1="ExpiredTokenException",I1="InvalidClientException",T1="InvalidGrantExceptio\
n",C1="InvalidRequestException",v1="InternalServerException",A1="InvalidScopeException",b1="IdToken",P1="RefreshToken",O1="SlowDownException",N1="UnauthorizedCl\
ientException",D1="UnsupportedGrantTypeException",k1="accessToken",$r="client",$1="clientId",L1="clientSecret",U1="codeVerifier",F1="code",M1="deviceCode",ue="e\
rror",B1="expiresIn",wr="error_description",H1="grantType",G1="http",Ir="httpError",j1="idToken",j0="reason",z0="refreshToken",z1="redirectUri",V0="smithy.ts.sd\
k.synthetic.com.amazonaws.ssooidc",V1="scope",q1="server",W1="tokenType",he="com.amazonaws.ssooidc",q0=new Q(V0),W0=[-3,V0,"SSOOIDCServiceException",0,[],[]];q0.
registerError(W0,Ce);dr=new Q(he),K0=[-3,he,g1,{[ue]:$r,[Ir]:400},[ue,j0,wr],[0,0,0]];dr.registerError(K0,ni);J0=[-3,he,h1,{[ue]:$r,[Ir]:400},[ue,wr],[0,0]];dr.
registerError(J0,si);Y0=[-3,he,w1,{[ue]:$r,[Ir]:400},[ue,wr],[0,0]];dr.registerError(Y0,ii);X0=[-3,he,v1,{[ue]:q1,[Ir]:500},[ue,wr],[0,0]];dr.registerError(X0,ai);
Q0=[-3,he,I1,{[ue]:$r,[Ir]:401},[ue,wr],[0,0]];dr.registerError(Q0,ci);Z0=[-3,he,T1,{[ue]:$r,[Ir]:400},[ue,wr],[0,0]];dr.registerError(Z0,pi);eC=[-3,he,C1,{[ue]:$r,
[Ir]:400},[ue,j0,wr],[0,0,0]];dr.registerError(eC,li);tC=[-3,he,A1,{[ue]:$r,[Ir]:400},[ue,wr],[0,0]];dr.registerError(tC,ui);rC=[-3,he,O1,{[ue]:$r,[Ir]:400},[ue,
wr],[0,0]];dr.registerError(rC,di);oC=[-3,he,N1,{[ue]:$r,[Ir]:400},[ue,wr],[0,0]];dr.registerError(oC,mi);nC=[-3,he,D1,{[ue]:$r,[Ir]:400},[ue,wr],[0,0]];dr.registerError(
nC,fi);mg=[q0,dr],K1=[0,he,y1,8,0],J1=[0,he,E1,8,0],Y1=[0,he,_1,8,0],X1=[0,he,b1,8,0],sC=[0,he,P1,8,0],iC=[3,he,S1,0,[$1,L1,H1,M1,F1,z0,V1,z1,U1],[0,[()=>J1,0],
0,0,0,[()=>sC,0],64,0,[()=>Y1,0]],3],aC=[3,he,R1,0,[k1,W1,B1,z0,j1],[[()=>K1,0],0,1,[()=>sC,0],[()=>X1,0]]],fg=[9,he,x1,{[G1]:["POST","/token",200]},()=>iC,()=>aC]});var cC,pC=p(()=>{we();en();it();tn();T();F();k();ng();G0();tp();cC=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??H0,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
g0,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new st}],logger:t?.logger??new _e,protocol:t?.protocol??Wr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.ssooidc",errorTypeRegistries:mg,version:"2019-06-10",serviceTarget:"AWSSSOOIDCService"},serviceId:t?.serviceId??
"SSO OIDC",sha256:t?.sha256??ht,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??Z})});var lC,uC=p(()=>{ei();M();we();T();$();mt();k();fo();pC();lC=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Dt),o=cC(t);Tt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(gt,n),bodyLengthChecker:t?.bodyLengthChecker??
Ct,defaultSocketTimeout:Er(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:go.version}),maxAttempts:t?.
maxAttempts??_(Yt,t),region:t?.region??_(be,{...rt,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Qt,default:async()=>(await r()).
retryMode||at},t),streamCollector:t?.streamCollector??je,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Ot,n),userAgentAppId:t?.
userAgentAppId??_(tr,n)}}});var dC,mC,fC=p(()=>{dC=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},mC=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var gC,hC=p(()=>{M();T();F();fC();gC=(t,e)=>{let r=Object.assign(rr(t),$t(t),Ht(t),dC(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),Gt(r),
mC(r))}});var gi,gg=p(()=>{M();it();T();$();W();F();mt();X();ng();sg();uC();hC();gi=class extends Te{config;constructor(...[e]){let r=lC(e||{});super(r),this.initConfig=r;
let o=y0(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=cr(a),l=h0(c),u=gC(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(
Zt(this.config)),this.middlewareStack.use(lr(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),this.middlewareStack.use(ut(this.config,{httpAuthSchemeParametersProvider:f0,identityProviderConfigProvider:async d=>new Ve(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}}});var yC,EC,xC,SC=p(()=>{T();W();sg();yC=Ut(E0,"AWSSSOOIDCService","SSOOIDCClient",pr),EC={},xC=(t,e,r,o)=>[]});var hi,hg=p(()=>{SC();tp();hi=class extends yC(EC,xC,"CreateToken",fg){}});var Q1,rp,RC=p(()=>{T();hg();gg();Q1={CreateTokenCommand:hi},rp=class extends gi{};zr(Q1,rp)});var _C=p(()=>{hg()});var Z1,eU,wC=p(()=>{Z1={KMS_ACCESS_DENIED:"KMS_AccessDeniedException"},eU={KMS_DISABLED_KEY:"KMS_DisabledException",KMS_INVALID_KEY_USAGE:"KMS_InvalidKeyUsageEx\
ception",KMS_INVALID_STATE:"KMS_InvalidStateException",KMS_KEY_NOT_FOUND:"KMS_NotFoundException"}});var IC=p(()=>{});var yg={};sr(yg,{$Command:()=>ar,AccessDeniedException:()=>ni,AccessDeniedException$:()=>K0,AccessDeniedExceptionReason:()=>Z1,AuthorizationPendingException:()=>si,
AuthorizationPendingException$:()=>J0,CreateToken$:()=>fg,CreateTokenCommand:()=>hi,CreateTokenRequest$:()=>iC,CreateTokenResponse$:()=>aC,ExpiredTokenException:()=>ii,
ExpiredTokenException$:()=>Y0,InternalServerException:()=>ai,InternalServerException$:()=>X0,InvalidClientException:()=>ci,InvalidClientException$:()=>Q0,InvalidGrantException:()=>pi,
InvalidGrantException$:()=>Z0,InvalidRequestException:()=>li,InvalidRequestException$:()=>eC,InvalidRequestExceptionReason:()=>eU,InvalidScopeException:()=>ui,InvalidScopeException$:()=>tC,
SSOOIDC:()=>rp,SSOOIDCClient:()=>gi,SSOOIDCServiceException:()=>Ce,SSOOIDCServiceException$:()=>W0,SlowDownException:()=>di,SlowDownException$:()=>rC,UnauthorizedClientException:()=>mi,
UnauthorizedClientException$:()=>oC,UnsupportedGrantTypeException:()=>fi,UnsupportedGrantTypeException$:()=>nC,__Client:()=>Te,errorTypeRegistries:()=>mg});var Eg=p(
()=>{gg();RC();_C();T();tp();wC();dg();IC();ep()});var TC,CC=p(()=>{TC=async(t,e={},r)=>{let{SSOOIDCClient:o}=await Promise.resolve().then(()=>(Eg(),yg)),n=i=>e.clientConfig?.[i]??e.parentClientConfig?.[i]??r?.[i];
return new o(Object.assign({},e.clientConfig??{},{region:t??e.clientConfig?.region,logger:n("logger"),userAgentAppId:n("userAgentAppId")}))}});var vC,AC=p(()=>{CC();vC=async(t,e,r={},o)=>{let{CreateTokenCommand:n}=await Promise.resolve().then(()=>(Eg(),yg));return(await TC(e,r,o)).send(new n({clientId:t.
clientId,clientSecret:t.clientSecret,refreshToken:t.refreshToken,grantType:"refresh_token"}))}});var xg,bC=p(()=>{$();Vc();xg=t=>{if(t.expiration&&t.expiration.getTime()<Date.now())throw new At(`Token is expired. ${Hn}`,!1)}});var yo,PC=p(()=>{$();Vc();yo=(t,e,r=!1)=>{if(typeof e>"u")throw new At(`Value not present for '${t}' in SSO Token${r?". Cannot refresh":""}. ${Hn}`,!1)}});var OC,tU,NC,DC=p(()=>{$();OC=require("node:fs"),{writeFile:tU}=OC.promises,NC=(t,e)=>{let r=_s(t),o=JSON.stringify(e,null,2);return tU(r,o)}});var kC,op,Sg,$C=p(()=>{$();Vc();AC();bC();PC();DC();kC=new Map,op=new Map,Sg=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/token-provider\
s - fromSso");let r=await Sr(t),o=et({profile:t.profile??e?.profile}),n=r[o];if(n){if(!n.sso_session)throw new At(`Profile '${o}' is missing required property '\
sso_session'.`)}else throw new At(`Profile '${o}' could not be found in shared credentials file.`,!1);let s=n.sso_session,i=op.get(s);if(i)return await i;let c=(await As(
t))[s];if(!c)throw new At(`Sso session '${s}' could not be found in shared credentials file.`,!1);for(let x of["sso_start_url","sso_region"])if(!c[x])throw new At(
`Sso session '${s}' is missing required property '${x}'.`,!1);let l=c.sso_start_url,u=c.sso_region,d;try{d=await Is(s)}catch{throw new At(`The SSO session token\
 associated with profile=${o} was not found or is invalid. ${Hn}`,!1)}yo("accessToken",d.accessToken),yo("expiresAt",d.expiresAt);let{accessToken:m,expiresAt:f}=d,
g={token:m,expiration:new Date(f)};if(g.expiration.getTime()-Date.now()>3e5)return g;let h=op.get(s);if(h)return await h;let y=kC.get(s)??0;if(Date.now()-y<30*1e3)
return xg(g),g;yo("clientId",d.clientId,!0),yo("clientSecret",d.clientSecret,!0),yo("refreshToken",d.refreshToken,!0);let S=(async()=>{try{kC.set(s,Date.now());
let x=await vC(d,u,t,e);yo("accessToken",x.accessToken),yo("expiresIn",x.expiresIn);let v=new Date(Date.now()+x.expiresIn*1e3);try{await NC(s,{...d,accessToken:x.
accessToken,expiresAt:v.toISOString(),refreshToken:x.refreshToken})}catch{}return{token:x.accessToken,expiration:v}}catch{return xg(g),g}})();op.set(s,S);try{return await S}finally{
op.delete(s)}}});var LC=p(()=>{$C()});function oU(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"awsssoportal",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}function nU(t){return{schemeId:"smithy.api#noAuth"}}var UC,FC,MC,Rg=p(()=>{we();T();UC=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.
region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});FC=t=>{let e=[];return t.operation==="GetRoleCredentials"?e.push(
nU(t)):e.push(oU(t)),e},MC=t=>{let e=ur(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??[])})}});var BC,HC,_g=p(()=>{BC=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"awsssoporta\
l"}),HC={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var yi,on,np,GC,qC,sp,wg,jC,Ig,zn,zC,VC,sU,Et,iU,WC,KC=p(()=>{W();yi="ref",on=-1,np=!0,GC="isSet",qC="PartitionResult",sp="booleanEquals",wg="getAttr",jC={[yi]:"\
Endpoint"},Ig={[yi]:qC},zn={},zC=[{[yi]:"Region"}],VC={conditions:[[GC,[jC]],[GC,zC],["aws.partition",zC,qC],[sp,[{[yi]:"UseFIPS"},np]],[sp,[{[yi]:"UseDualStack"},
np]],[sp,[{fn:wg,argv:[Ig,"supportsDualStack"]},np]],[sp,[{fn:wg,argv:[Ig,"supportsFIPS"]},np]],["stringEquals",[{fn:wg,argv:[Ig,"name"]},"aws-us-gov"]]],results:[
[on],[on,"Invalid Configuration: FIPS and custom endpoint are not supported"],[on,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[jC,
zn],["https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",zn],[on,"FIPS and DualStack are enabled, but this partition does not support one or\
 both"],["https://portal.sso.{Region}.amazonaws.com",zn],["https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}",zn],[on,"FIPS is enabled but this parti\
tion does not support FIPS"],["https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}",zn],[on,"DualStack is enabled but this partition does not suppo\
rt DualStack"],["https://portal.sso.{Region}.{PartitionResult#dnsSuffix}",zn],[on,"Invalid Configuration: Missing Region"]]},sU=2,Et=1e8,iU=new Int32Array([-1,1,
-1,0,13,3,1,4,Et+12,2,5,Et+12,3,8,6,4,7,Et+11,5,Et+9,Et+10,4,11,9,6,10,Et+8,7,Et+6,Et+7,5,12,Et+5,6,Et+4,Et+5,3,Et+1,14,4,Et+2,Et+3]),WC=ot.from(iU,sU,VC.conditions,
VC.results)});var aU,JC,YC=p(()=>{M();W();KC();aU=new nt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),JC=(t,e={})=>aU.get(t,()=>Bt(WC,{endpointParams:t,logger:e.
logger}));Pe.aws=ft});var Kr,Tg=p(()=>{T();Kr=class t extends tt{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var ip,ap,cp,pp,Cg=p(()=>{Tg();ip=class t extends Kr{static shapeId="com.amazonaws.sso#InvalidRequestException";name="InvalidRequestException";$fault="client";constructor(e){
super({name:"InvalidRequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ap=class t extends Kr{static shapeId="com.amazonaws.sso#R\
esourceNotFoundException";name="ResourceNotFoundException";$fault="client";constructor(e){super({name:"ResourceNotFoundException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},cp=class t extends Kr{static shapeId="com.amazonaws.sso#TooManyRequestsException";name="TooManyRequestsException";$fault="cli\
ent";constructor(e){super({name:"TooManyRequestsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},pp=class t extends Kr{static shapeId="\
com.amazonaws.sso#UnauthorizedException";name="UnauthorizedException";$fault="client";constructor(e){super({name:"UnauthorizedException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}}});var cU,pU,lU,uU,dU,mU,fU,gU,hU,yU,EU,xU,SU,RU,_U,lp,up,wU,IU,dp,TU,XC,mp,CU,vU,AU,QC,bU,PU,OU,mr,ZC,NU,Ei,DU,kU,$U,LU,ev,UU,FU,MU,BU,HU,GU,tv,fp=p(()=>{X();Cg();
Tg();cU="AccessTokenType",pU="GetRoleCredentials",lU="GetRoleCredentialsRequest",uU="GetRoleCredentialsResponse",dU="InvalidRequestException",mU="RoleCredential\
s",fU="ResourceNotFoundException",gU="SecretAccessKeyType",hU="SessionTokenType",yU="TooManyRequestsException",EU="UnauthorizedException",xU="accountId",SU="acc\
essKeyId",RU="accessToken",_U="account_id",lp="client",up="error",wU="expiration",IU="http",dp="httpError",TU="httpHeader",XC="httpQuery",mp="message",CU="roleC\
redentials",vU="roleName",AU="role_name",QC="smithy.ts.sdk.synthetic.com.amazonaws.sso",bU="secretAccessKey",PU="sessionToken",OU="x-amz-sso_bearer_token",mr="c\
om.amazonaws.sso",ZC=new Q(QC),NU=[-3,QC,"SSOServiceException",0,[],[]];ZC.registerError(NU,Kr);Ei=new Q(mr),DU=[-3,mr,dU,{[up]:lp,[dp]:400},[mp],[0]];Ei.registerError(
DU,ip);kU=[-3,mr,fU,{[up]:lp,[dp]:404},[mp],[0]];Ei.registerError(kU,ap);$U=[-3,mr,yU,{[up]:lp,[dp]:429},[mp],[0]];Ei.registerError($U,cp);LU=[-3,mr,EU,{[up]:lp,
[dp]:401},[mp],[0]];Ei.registerError(LU,pp);ev=[ZC,Ei],UU=[0,mr,cU,8,0],FU=[0,mr,gU,8,0],MU=[0,mr,hU,8,0],BU=[3,mr,lU,0,[vU,xU,RU],[[0,{[XC]:AU}],[0,{[XC]:_U}],
[()=>UU,{[TU]:OU}]],3],HU=[3,mr,uU,0,[CU],[[()=>GU,0]]],GU=[3,mr,mU,0,[SU,bU,PU,wU],[0,[()=>FU,0],[()=>MU,0],1]],tv=[9,mr,pU,{[IU]:["GET","/federation/credentia\
ls",200]},()=>BU,()=>HU]});var rv,ov=p(()=>{we();en();it();tn();T();F();k();Rg();YC();fp();rv=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??JC,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
FC,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new st}],logger:t?.logger??new _e,protocol:t?.protocol??Wr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.sso",errorTypeRegistries:ev,version:"2019-06-10",serviceTarget:"SWBPortalService"},serviceId:t?.serviceId??"S\
SO",sha256:t?.sha256??ht,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??Z})});var nv,sv=p(()=>{ei();M();we();T();$();mt();k();fo();ov();nv=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Dt),o=rv(t);Tt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(gt,n),bodyLengthChecker:t?.bodyLengthChecker??
Ct,defaultSocketTimeout:Er(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:go.version}),maxAttempts:t?.
maxAttempts??_(Yt,t),region:t?.region??_(be,{...rt,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Qt,default:async()=>(await r()).
retryMode||at},t),streamCollector:t?.streamCollector??je,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Ot,n),userAgentAppId:t?.
userAgentAppId??_(tr,n)}}});var iv,av,cv=p(()=>{iv=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},av=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var pv,lv=p(()=>{M();T();F();cv();pv=(t,e)=>{let r=Object.assign(rr(t),$t(t),Ht(t),iv(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),Gt(r),
av(r))}});var Vn,vg=p(()=>{M();it();T();$();W();F();mt();X();Rg();_g();sv();lv();Vn=class extends Te{config;constructor(...[e]){let r=nv(e||{});super(r),this.initConfig=r;
let o=BC(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=cr(a),l=MC(c),u=pv(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(
Zt(this.config)),this.middlewareStack.use(lr(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),this.middlewareStack.use(ut(this.config,{httpAuthSchemeParametersProvider:UC,identityProviderConfigProvider:async d=>new Ve(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}}});var uv,dv,mv,fv=p(()=>{T();W();_g();uv=Ut(HC,"SWBPortalService","SSOClient",pr),dv={},mv=(t,e,r,o)=>[]});var qn,Ag=p(()=>{fv();fp();qn=class extends uv(dv,mv,"GetRoleCredentials",tv){}});var jU,bg,gv=p(()=>{T();Ag();vg();jU={GetRoleCredentialsCommand:qn},bg=class extends Vn{};zr(jU,bg)});var hv=p(()=>{Ag()});var yv=p(()=>{});var Ev=p(()=>{vg();gv();hv();fp();Cg();yv()});var xv={};sr(xv,{GetRoleCredentialsCommand:()=>qn,SSOClient:()=>Vn});var Sv=p(()=>{Ev()});var xi,Pg,Rv=p(()=>{M();LC();$();xi=!1,Pg=async({ssoStartUrl:t,ssoSession:e,ssoAccountId:r,ssoRegion:o,ssoRoleName:n,ssoClient:s,clientConfig:i,parentClientConfig:a,
callerClientConfig:c,profile:l,filepath:u,configFilepath:d,ignoreCache:m,logger:f})=>{let g,h="To refresh this SSO session run aws sso login with the correspond\
ing profile.";if(e)try{let pt=await Sg({profile:l,filepath:u,configFilepath:d,ignoreCache:m,clientConfig:i,parentClientConfig:a,logger:f})({callerClientConfig:c});
g={accessToken:pt.token,expiresAt:new Date(pt.expiration).toISOString()}}catch(pt){throw new R(pt.message,{tryNextLink:xi,logger:f})}else try{g=await Is(t)}catch{
throw new R(`The SSO session associated with this profile is invalid. ${h}`,{tryNextLink:xi,logger:f})}if(new Date(g.expiresAt).getTime()-Date.now()<=0)throw new R(
`The SSO session associated with this profile has expired. ${h}`,{tryNextLink:xi,logger:f});let{accessToken:y}=g,{SSOClient:S,GetRoleCredentialsCommand:x}=await Promise.resolve().then(()=>(Sv(),xv)),
v=s||new S(Object.assign({},i??{},{logger:i?.logger??c?.logger??a?.logger,region:i?.region??o,userAgentAppId:i?.userAgentAppId??c?.userAgentAppId??a?.userAgentAppId})),
b;try{b=await v.send(new x({accountId:r,roleName:n,accessToken:y}))}catch(pt){throw new R(pt,{tryNextLink:xi,logger:f})}let{roleCredentials:{accessKeyId:L,secretAccessKey:Y,
sessionToken:ve,expiration:nr,credentialScope:vr,accountId:ce}={}}=b;if(!L||!Y||!ve||!nr)throw new R("SSO returns an invalid temporary credential.",{tryNextLink:xi,
logger:f});let Ae={accessKeyId:L,secretAccessKey:Y,sessionToken:ve,expiration:new Date(nr),...vr&&{credentialScope:vr},...ce&&{accountId:ce}};return e?B(Ae,"CRE\
DENTIALS_SSO","s"):B(Ae,"CREDENTIALS_SSO_LEGACY","u"),Ae}});var gp,Og=p(()=>{$();gp=(t,e)=>{let{sso_start_url:r,sso_account_id:o,sso_region:n,sso_role_name:s}=t;if(!r||!o||!n||!s)throw new R(`Profile is configured with i\
nvalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(t).join(", ")}
Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,{tryNextLink:!1,logger:e});return t}});var _v,wv=p(()=>{$();og();Rv();Og();_v=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO");let{ssoStartUrl:r,
ssoAccountId:o,ssoRegion:n,ssoRoleName:s,ssoSession:i}=t,{ssoClient:a}=t,c=et({profile:t.profile??e?.profile});if(!r&&!o&&!n&&!s&&!i){let u=(await Sr(t))[c];if(!u)
throw new R(`Profile ${c} was not found.`,{logger:t.logger});if(!zc(u))throw new R(`Profile ${c} is not configured with SSO credentials.`,{logger:t.logger});if(u?.
sso_session){let S=(await As(t))[u.sso_session],x=` configurations in profile ${c} and sso-session ${u.sso_session}`;if(n&&n!==S.sso_region)throw new R("Conflic\
ting SSO region"+x,{tryNextLink:!1,logger:t.logger});if(r&&r!==S.sso_start_url)throw new R("Conflicting SSO start_url"+x,{tryNextLink:!1,logger:t.logger});u.sso_region=
S.sso_region,u.sso_start_url=S.sso_start_url}let{sso_start_url:d,sso_account_id:m,sso_region:f,sso_role_name:g,sso_session:h}=gp(u,t.logger);return Pg({ssoStartUrl:d,
ssoSession:h,ssoAccountId:m,ssoRegion:f,ssoRoleName:g,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}else{if(!r||!o||!n||!s)throw new R('Incomplete configu\
ration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',{tryNextLink:!1,logger:t.logger});return Pg({ssoStartUrl:r,
ssoSession:i,ssoAccountId:o,ssoRegion:n,ssoRoleName:s,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}}});var Ng={};sr(Ng,{fromSSO:()=>_v,isSsoProfile:()=>zc,validateSsoProfile:()=>gp});var Dg=p(()=>{wv();og();Og()});var Iv,kg,Tv=p(()=>{M();$();Iv=(t,e,r)=>{let o={EcsContainer:async n=>{let{fromHttp:s}=await Promise.resolve().then(()=>(rg(),tg)),{fromContainerMetadata:i}=await Promise.resolve().then(()=>(Hc(),Bc));
return r?.debug("@aws-sdk/credential-provider-ini - credential_source is EcsContainer"),async()=>Mo(s(n??{}),i(n))().then(kg)},Ec2InstanceMetadata:async n=>{r?.
debug("@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata");let{fromInstanceMetadata:s}=await Promise.resolve().then(()=>(Hc(),Bc));return async()=>s(
n)().then(kg)},Environment:async n=>{r?.debug("@aws-sdk/credential-provider-ini - credential_source is Environment");let{fromEnv:s}=await Promise.resolve().then(()=>(zf(),fT));
return async()=>s(n)().then(kg)}};if(t in o)return o[t];throw new R(`Unsupported credential source in profile ${e}. Got ${t}, expected EcsContainer or Ec2Instan\
ceMetadata or Environment.`,{logger:r})},kg=t=>B(t,"CREDENTIALS_PROFILE_NAMED_PROVIDER","p")});var Si,Cv=p(()=>{Si={CrtSignerV4:null}});function Av(t){return{accessKeyId:t.accessKeyId,secretAccessKey:t.secretAccessKey,expiration:t.expiration}}function bv(t,e){let r=t.credentialProvider;t.credentialProvider=
()=>(t.credentialProvider=r,Promise.resolve(e))}var $g,vv,hp,Pv=p(()=>{Oc();$g="X-Amz-S3session-Token",vv=$g.toLowerCase(),hp=class extends lo{async signWithCredentials(e,r,o){
let n=Av(r);e.headers[vv]=r.sessionToken;let s=this;return bv(s,n),s.signRequest(e,o??{})}async presignWithCredentials(e,r,o){let n=Av(r);return delete e.headers[vv],
e.headers[$g]=r.sessionToken,e.query=e.query??{},e.query[$g]=r.sessionToken,bv(this,n),this.presign(e,o)}}});var nn,Ov=p(()=>{Oc();Cv();Pv();nn=class{sigv4aSigner;sigv4Signer;signerOptions;static sigv4aDependency(){return typeof Si.CrtSignerV4=="function"?"crt":typeof Pc.
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
go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a");this.sigv4aSigner=new r({...this.signerOptions})}}return this.sigv4aSigner}}});var Lg=p(()=>{Ov()});var Kn,sn,Ri,Nv,Bv,_i,ke,Ug,Dv,kv,$v,Lv,Uv,$e,Fg,Wn,Fv,Mv,zU,V,VU,Hv,Gv=p(()=>{W();Kn="ref",sn=-1,Ri=!0,Nv="isSet",Bv="PartitionResult",_i="booleanEquals",ke="s\
tringEquals",Ug="getAttr",Dv="us-east-1",kv="sigv4",$v="sts",Lv="https://sts.{Region}.{PartitionResult#dnsSuffix}",Uv={[Kn]:"Endpoint"},$e={[Kn]:"Region"},Fg={[Kn]:Bv},
Wn={},Fv=[$e],Mv={conditions:[[Nv,[Uv]],[Nv,Fv],["aws.partition",Fv,Bv],[_i,[{[Kn]:"UseFIPS"},Ri]],[_i,[{[Kn]:"UseDualStack"},Ri]],[ke,[$e,"aws-global"]],[_i,[{
[Kn]:"UseGlobalEndpoint"},Ri]],[ke,[$e,"eu-central-1"]],[_i,[{fn:Ug,argv:[Fg,"supportsDualStack"]},Ri]],[_i,[{fn:Ug,argv:[Fg,"supportsFIPS"]},Ri]],[ke,[$e,"ap-s\
outh-1"]],[ke,[$e,"eu-north-1"]],[ke,[$e,"eu-west-1"]],[ke,[$e,"eu-west-2"]],[ke,[$e,"eu-west-3"]],[ke,[$e,"sa-east-1"]],[ke,[$e,Dv]],[ke,[$e,"us-east-2"]],[ke,
[$e,"us-west-2"]],[ke,[$e,"us-west-1"]],[ke,[$e,"ca-central-1"]],[ke,[$e,"ap-southeast-1"]],[ke,[$e,"ap-northeast-1"]],[ke,[$e,"ap-southeast-2"]],[ke,[{fn:Ug,argv:[
Fg,"name"]},"aws-us-gov"]]],results:[[sn],["https://sts.amazonaws.com",{authSchemes:[{name:kv,signingName:$v,signingRegion:Dv}]}],[Lv,{authSchemes:[{name:kv,signingName:$v,
signingRegion:"{Region}"}]}],[sn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[sn,"Invalid Configuration: Dualstack and custom endpoint \
are not supported"],[Uv,Wn],["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Wn],[sn,"FIPS and DualStack are enabled, but this partition does n\
ot support one or both"],["https://sts.{Region}.amazonaws.com",Wn],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",Wn],[sn,"FIPS is enabled but this pa\
rtition does not support FIPS"],["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}",Wn],[sn,"DualStack is enabled but this partition does not support D\
ualStack"],[Lv,Wn],[sn,"Invalid Configuration: Missing Region"]]},zU=2,V=1e8,VU=new Int32Array([-1,1,-1,0,30,3,1,4,V+14,2,5,V+14,3,25,6,4,24,7,5,V+1,8,6,9,V+13,
7,V+1,10,10,V+1,11,11,V+1,12,12,V+1,13,13,V+1,14,14,V+1,15,15,V+1,16,16,V+1,17,17,V+1,18,18,V+1,19,19,V+1,20,20,V+1,21,21,V+1,22,22,V+1,23,23,V+1,V+2,8,V+11,V+12,
4,28,26,9,27,V+10,24,V+8,V+9,8,29,V+7,9,V+6,V+7,3,V+3,31,4,V+4,V+5]),Hv=ot.from(VU,zU,Mv.conditions,Mv.results)});var qU,yp,Mg=p(()=>{M();W();Gv();qU=new nt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),yp=(t,e={})=>qU.get(t,()=>Bt(Hv,
{endpointParams:t,logger:e.logger}));Pe.aws=ft});function zv(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function Bg(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function Vv(t){return{schemeId:"smithy.api#noAuth"}}var WU,KU,jv,JU,YU,qv,Wv,Hg=p(()=>{we();Lg();T();W();Mg();WU=t=>async(e,r,o)=>{if(!o)throw new Error("Could \
not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let n=await t(e,r,o),s=ee(r)?.commandInstance?.constructor?.getEndpointParameterInstructions;
if(!s)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}'`);let i=await Da(o,{getEndpointParameterInstructions:s},e);return Object.
assign(n,i)},KU=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()}),jv=WU(KU);JU=(t,e,r)=>n=>{let i=t(n).properties?.authSchemes;if(!i)return e(n);let a=[];for(let c of i){let{name:l,properties:u={},...d}=c,m=l.toLowerCase();
l!==m&&console.warn(`HttpAuthScheme has been normalized with lowercasing: '${l}' to '${m}'`);let f;if(m==="sigv4a"){f="aws.auth#sigv4a";let y=i.find(S=>{let x=S.
name.toLowerCase();return x!=="sigv4a"&&x.startsWith("sigv4")});if(nn.sigv4aDependency()==="none"&&y)continue}else if(m.startsWith("sigv4"))f="aws.auth#sigv4";else
throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);let g=r[f];if(!g)throw new Error(`Could not find HttpAuthOption creat\
e function for '${f}'`);let h=g(n);h.schemeId=f,h.signingProperties={...h.signingProperties||{},...d,...u},a.push(h)}return a},YU=t=>{let e=[];return t.operation===
"AssumeRoleWithWebIdentity"?(e.push(Vv(t)),e.push(Bg(t))):(e.push(zv(t)),e.push(Bg(t))),e},qv=JU(yp,YU,{"aws.auth#sigv4":zv,"aws.auth#sigv4a":Bg,"smithy.api#noA\
uth":Vv}),Wv=t=>{let e=ur(t),r=_c(e);return Object.assign(r,{authSchemePreference:q(t.authSchemePreference??[])})}});var Kv,Jv,Gg=p(()=>{Kv=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??
!1,defaultSigningName:"sts"}),Jv={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{
type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}}});var ct,Ep=p(()=>{T();ct=class t extends tt{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var wi,Ii,Ti,Ci,vi,Ai,bi,Pi,jg=p(()=>{Ep();wi=class t extends ct{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="c\
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
this,t.prototype)}}});var XU,QU,ZU,eF,tF,rF,zg,oF,nF,sF,iF,Vg,aF,Yv,cF,pF,lF,uF,dF,mF,fF,gF,hF,yF,EF,xF,Xv,Qv,Zv,eA,SF,RF,_F,wF,IF,TF,tA,CF,vF,rA,AF,oA,bF,PF,OF,qg,NF,DF,nA,sA,kF,$F,
LF,iA,aA,UF,FF,MF,BF,HF,GF,Eo,xo,jF,So,Ro,_o,zF,VF,qF,WF,cA,KF,JF,YF,j,pA,lA,Jr,uA,dA,mA,fA,gA,hA,yA,EA,Wg,XF,QF,ZF,eM,tM,rM,Kg,xA,SA,RA,_A,Jg,wA,IA,TA,CA,vA,AA,
bA,oM,nM,sM,Yg,Xg,Oi=p(()=>{X();jg();Ep();XU="Arn",QU="AccessKeyId",ZU="AssumeRole",eF="AssumedRoleId",tF="AssumeRoleRequest",rF="AssumeRoleResponse",zg="Assume\
dRoleUser",oF="AssumeRoleWithWebIdentity",nF="AssumeRoleWithWebIdentityRequest",sF="AssumeRoleWithWebIdentityResponse",iF="Audience",Vg="Credentials",aF="Contex\
tAssertion",Yv="DurationSeconds",cF="Expiration",pF="ExternalId",lF="ExpiredTokenException",uF="FederatedProviderArn",dF="Issuer",mF="InvalidContextAssertionExc\
eption",fF="IDPCommunicationErrorException",gF="IDPRejectedClaimException",hF="InvalidIdentityTokenException",yF="IdentityProvider",EF="Key",xF="MalformedPolicy\
DocumentException",Xv="MinimumSessionTokenSize",Qv="OriginIdentity",Zv="Policy",eA="PolicyArns",SF="ProviderArn",RF="ProvidedContexts",_F="ProvidedContextsListT\
ype",wF="ProvidedContext",IF="PolicyDescriptorType",TF="ProviderId",tA="PackedPolicySize",CF="PackedPolicyTooLargeException",vF="Provider",rA="RoleArn",AF="Regi\
onDisabledException",oA="RoleSessionName",bF="Subject",PF="SecretAccessKey",OF="SubjectFromWebIdentityToken",qg="SourceIdentity",NF="SerialNumber",DF="SessionTo\
ken",nA="SessionTokenSize",sA="SessionTokenUtilization",kF="SubjectType",$F="Tags",LF="TokenCode",iA="TransactionContext",aA="TrustedIdentityPropagationContext",
UF="TransitiveTagKeys",FF="Tag",MF="Value",BF="WebIdentityToken",HF="arn",GF="accessKeySecretType",Eo="awsQueryError",xo="client",jF="clientTokenType",So="error",
Ro="httpError",_o="message",zF="originIdentityIssuerType",VF="originIdentitySubjectType",qF="originIdentitySubjectTypeType",WF="policyDescriptorListType",cA="sm\
ithy.ts.sdk.synthetic.com.amazonaws.sts",KF="transactionContextIdentityProviderMapType",JF="transactionContextValueType",YF="tagListType",j="com.amazonaws.sts",
pA=new Q(cA),lA=[-3,cA,"STSServiceException",0,[],[]];pA.registerError(lA,ct);Jr=new Q(j),uA=[-3,j,lF,{[Eo]:["ExpiredTokenException",400],[So]:xo,[Ro]:400},[_o],
[0]];Jr.registerError(uA,wi);dA=[-3,j,fF,{[Eo]:["IDPCommunicationError",400],[So]:xo,[Ro]:400},[_o],[0]];Jr.registerError(dA,Pi);mA=[-3,j,gF,{[Eo]:["IDPRejected\
Claim",403],[So]:xo,[Ro]:403},[_o],[0]];Jr.registerError(mA,Ai);fA=[-3,j,mF,{[Eo]:["InvalidContextAssertion",400],[So]:xo,[Ro]:400},[_o],[0]];Jr.registerError(fA,
Ii);gA=[-3,j,hF,{[Eo]:["InvalidIdentityToken",400],[So]:xo,[Ro]:400},[_o],[0]];Jr.registerError(gA,bi);hA=[-3,j,xF,{[Eo]:["MalformedPolicyDocument",400],[So]:xo,
[Ro]:400},[_o],[0]];Jr.registerError(hA,Ti);yA=[-3,j,CF,{[Eo]:["PackedPolicyTooLarge",400],[So]:xo,[Ro]:400},[_o],[0]];Jr.registerError(yA,Ci);EA=[-3,j,AF,{[Eo]:[
"RegionDisabledException",403],[So]:xo,[Ro]:403},[_o],[0]];Jr.registerError(EA,vi);Wg=[pA,Jr],XF=[0,j,GF,8,0],QF=[0,j,jF,8,0],ZF=[0,j,zF,8,0],eM=[0,j,VF,8,0],tM=
[0,j,qF,8,0],rM=[0,j,JF,8,0],Kg=[3,j,zg,0,[eF,XU],[0,0],2],xA=[3,j,tF,0,[rA,oA,eA,Zv,Yv,$F,UF,pF,NF,LF,qg,RF,Xv],[0,0,()=>bA,0,1,()=>nM,64,0,0,0,0,()=>oM,1],2],
SA=[3,j,rF,0,[Vg,zg,tA,qg,sA,nA],[[()=>Jg,0],()=>Kg,1,0,1,1]],RA=[3,j,nF,0,[rA,oA,BF,TF,eA,Zv,Yv,Xv],[0,0,[()=>QF,0],0,()=>bA,0,1,1],3],_A=[3,j,sF,0,[Vg,OF,zg,tA,
vF,iF,qg,sA,nA,aA],[[()=>Jg,0],0,()=>Kg,1,0,0,0,1,1,[()=>AA,0]]],Jg=[3,j,Vg,0,[QU,PF,DF,cF],[0,[()=>XF,0],0,4],4],wA=[3,j,Qv,0,[bF,kF,dF,uF],[[()=>eM,0],[()=>tM,
0],[()=>ZF,0],0]],IA=[3,j,IF,0,[HF],[0]],TA=[3,j,wF,0,[SF,aF],[0,0]],CA=[3,j,FF,0,[EF,MF],[0,0],2],vA=[3,j,iA,0,[yF],[[()=>sM,0]]],AA=[3,j,aA,8,[Qv,iA],[[()=>wA,
0],[()=>vA,0]]],bA=[1,j,WF,0,()=>IA],oM=[1,j,_F,0,()=>TA],nM=[1,j,YF,0,()=>CA],sM=[2,j,KF,0,[0,0],[()=>rM,0]],Yg=[9,j,ZU,0,()=>xA,()=>SA],Xg=[9,j,oF,0,()=>RA,()=>_A]});var PA,OA=p(()=>{we();en();Lg();it();tn();T();F();k();Hg();Mg();Oi();PA=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??yp,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
qv,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"aws.aut\
h#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4a"),signer:new po},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("s\
mithy.api#noAuth")||(async()=>({})),signer:new st}],logger:t?.logger??new _e,protocol:t?.protocol??ti,protocolSettings:t?.protocolSettings??{defaultNamespace:"c\
om.amazonaws.sts",errorTypeRegistries:Wg,xmlNamespace:"https://sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20\
110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??ht,signerConstructor:t?.signerConstructor??nn,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,
utf8Encoder:t?.utf8Encoder??Z})});var NA,DA=p(()=>{ei();M();we();it();T();$();mt();k();fo();OA();NA=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Dt),o=PA(t);Tt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(gt,n),bodyLengthChecker:t?.bodyLengthChecker??
Ct,defaultSocketTimeout:Er(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:go.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4")||(async i=>await t.credentialDefaultProvider(i?.__config||
{})()),signer:new ge},{schemeId:"aws.auth#sigv4a",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4a"),signer:new po},{schemeId:"smithy.api#noAuth",identityProvider:s=>s.
getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new st}],maxAttempts:t?.maxAttempts??_(Yt,t),region:t?.region??_(be,{...rt,...n}),requestHandler:Ne.
create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Qt,default:async()=>(await r()).retryMode||at},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??_(
wc,n),streamCollector:t?.streamCollector??je,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Ot,n),userAgentAppId:t?.
userAgentAppId??_(tr,n)}}});var kA,$A,LA=p(()=>{kA=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},$A=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var UA,FA=p(()=>{M();T();F();LA();UA=(t,e)=>{let r=Object.assign(rr(t),$t(t),Ht(t),kA(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),Gt(r),
$A(r))}});var wo,xp=p(()=>{M();it();T();$();W();F();mt();X();Hg();Gg();DA();FA();wo=class extends Te{config;constructor(...[e]){let r=NA(e||{});super(r),this.initConfig=r;
let o=Kv(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=cr(a),l=Wv(c),u=UA(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(
Zt(this.config)),this.middlewareStack.use(lr(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),this.middlewareStack.use(ut(this.config,{httpAuthSchemeParametersProvider:jv,identityProviderConfigProvider:async d=>new Ve(
{"aws.auth#sigv4":d.credentials,"aws.auth#sigv4a":d.credentials})})),this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}}});var Sp,Rp,_p,Qg=p(()=>{T();W();Gg();Sp=Ut(Jv,"AWSSecurityTokenServiceV20110615","STSClient",pr),Rp={},_p=(t,e,r,o)=>[]});var an,wp=p(()=>{Qg();Oi();an=class extends Sp(Rp,_p,"AssumeRole",Yg){}});var cn,Ip=p(()=>{Qg();Oi();cn=class extends Sp(Rp,_p,"AssumeRoleWithWebIdentity",Xg){}});var iM,Tp,MA=p(()=>{T();wp();Ip();xp();iM={AssumeRoleCommand:an,AssumeRoleWithWebIdentityCommand:cn},Tp=class extends wo{};zr(iM,Tp)});var BA=p(()=>{wp();Ip()});var HA=p(()=>{});var GA,jA,zA,VA,qA,WA=p(()=>{M();wp();Ip();GA=t=>{if(typeof t?.Arn=="string"){let e=t.Arn.split(":");if(e.length>4&&e[4]!=="")return e[4]}},jA=async(t,e,r,o={})=>{
let n=typeof t=="function"?await t():t,s=typeof e=="function"?await e():e,i="",a=n??s??(i=await If(o)());return r?.debug?.("@aws-sdk/client-sts::resolveRegion",
"accepting first of:",`${n} (credential provider clientConfig)`,`${s} (contextual client)`,`${i} (STS default: AWS_REGION, profile region, or us-east-1)`),a},zA=
(t,e)=>{let r,o;return async(n,s)=>{if(o=n,!r){let{logger:u=t?.parentClientConfig?.logger,profile:d=t?.parentClientConfig?.profile,region:m,requestHandler:f=t?.
parentClientConfig?.requestHandler,credentialProviderLogger:g,userAgentAppId:h=t?.parentClientConfig?.userAgentAppId}=t,y=await jA(m,t?.parentClientConfig?.region,
g,{logger:u,profile:d}),S=!qA(f);r=new e({...t,userAgentAppId:h,profile:d,credentialDefaultProvider:()=>async()=>o,region:y,requestHandler:S?f:void 0,logger:u})}
let{Credentials:i,AssumedRoleUser:a}=await r.send(new an(s));if(!i||!i.AccessKeyId||!i.SecretAccessKey)throw new Error(`Invalid response from STS.assumeRole cal\
l with role ${s.RoleArn}`);let c=GA(a),l={accessKeyId:i.AccessKeyId,secretAccessKey:i.SecretAccessKey,sessionToken:i.SessionToken,expiration:i.Expiration,...i.CredentialScope&&
{credentialScope:i.CredentialScope},...c&&{accountId:c}};return B(l,"CREDENTIALS_STS_ASSUME_ROLE","i"),l}},VA=(t,e)=>{let r;return async o=>{if(!r){let{logger:c=t?.
parentClientConfig?.logger,profile:l=t?.parentClientConfig?.profile,region:u,requestHandler:d=t?.parentClientConfig?.requestHandler,credentialProviderLogger:m,userAgentAppId:f=t?.
parentClientConfig?.userAgentAppId}=t,g=await jA(u,t?.parentClientConfig?.region,m,{logger:c,profile:l}),h=!qA(d);r=new e({...t,userAgentAppId:f,profile:l,region:g,
requestHandler:h?d:void 0,logger:c})}let{Credentials:n,AssumedRoleUser:s}=await r.send(new cn(o));if(!n||!n.AccessKeyId||!n.SecretAccessKey)throw new Error(`Inv\
alid response from STS.assumeRoleWithWebIdentity call with role ${o.RoleArn}`);let i=GA(s),a={accessKeyId:n.AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.
SessionToken,expiration:n.Expiration,...n.CredentialScope&&{credentialScope:n.CredentialScope},...i&&{accountId:i}};return i&&B(a,"RESOLVED_ACCOUNT_ID","T"),B(a,
"CREDENTIALS_STS_ASSUME_ROLE_WEB_ID","k"),a}},qA=t=>t?.metadata?.handlerProtocol==="h2"});var KA,JA,YA,aM,XA=p(()=>{WA();xp();KA=(t,e)=>e?class extends t{constructor(o){super(o);for(let n of e)this.middlewareStack.use(n)}}:t,JA=(t={},e)=>zA(t,KA(wo,e)),
YA=(t={},e)=>VA(t,KA(wo,e)),aM=t=>e=>t({roleAssumer:JA(e),roleAssumerWithWebIdentity:YA(e),...e})});var Zg={};sr(Zg,{$Command:()=>ar,AssumeRole$:()=>Yg,AssumeRoleCommand:()=>an,AssumeRoleRequest$:()=>xA,AssumeRoleResponse$:()=>SA,AssumeRoleWithWebIdentity$:()=>Xg,
AssumeRoleWithWebIdentityCommand:()=>cn,AssumeRoleWithWebIdentityRequest$:()=>RA,AssumeRoleWithWebIdentityResponse$:()=>_A,AssumedRoleUser$:()=>Kg,Credentials$:()=>Jg,
ExpiredTokenException:()=>wi,ExpiredTokenException$:()=>uA,IDPCommunicationErrorException:()=>Pi,IDPCommunicationErrorException$:()=>dA,IDPRejectedClaimException:()=>Ai,
IDPRejectedClaimException$:()=>mA,InvalidContextAssertionException:()=>Ii,InvalidContextAssertionException$:()=>fA,InvalidIdentityTokenException:()=>bi,InvalidIdentityTokenException$:()=>gA,
MalformedPolicyDocumentException:()=>Ti,MalformedPolicyDocumentException$:()=>hA,OriginIdentity$:()=>wA,PackedPolicyTooLargeException:()=>Ci,PackedPolicyTooLargeException$:()=>yA,
PolicyDescriptorType$:()=>IA,ProvidedContext$:()=>TA,RegionDisabledException:()=>vi,RegionDisabledException$:()=>EA,STS:()=>Tp,STSClient:()=>wo,STSServiceException:()=>ct,
STSServiceException$:()=>lA,Tag$:()=>CA,TransactionContext$:()=>vA,TrustedIdentityPropagationContext$:()=>AA,__Client:()=>Te,decorateDefaultCredentialProvider:()=>aM,
errorTypeRegistries:()=>Wg,getDefaultRoleAssumer:()=>JA,getDefaultRoleAssumerWithWebIdentity:()=>YA});var eh=p(()=>{xp();MA();BA();T();Oi();jg();HA();XA();Ep()});var ZA,cM,pM,eb,QA,tb=p(()=>{M();$();Tv();ZA=(t,{profile:e="default",logger:r}={})=>!!t&&typeof t=="object"&&typeof t.role_arn=="string"&&["undefined","string"].
indexOf(typeof t.role_session_name)>-1&&["undefined","string"].indexOf(typeof t.external_id)>-1&&["undefined","string"].indexOf(typeof t.mfa_serial)>-1&&(cM(t,{
profile:e,logger:r})||pM(t,{profile:e,logger:r})),cM=(t,{profile:e,logger:r})=>{let o=typeof t.source_profile=="string"&&typeof t.credential_source>"u";return o&&
r?.debug?.(`    ${e} isAssumeRoleWithSourceProfile source_profile=${t.source_profile}`),o},pM=(t,{profile:e,logger:r})=>{let o=typeof t.credential_source=="stri\
ng"&&typeof t.source_profile>"u";return o&&r?.debug?.(`    ${e} isCredentialSourceProfile credential_source=${t.credential_source}`),o},eb=async(t,e,r,o,n={},s)=>{
r.logger?.debug("@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)");let i=e[t],{source_profile:a,region:c}=i;if(!r.roleAssumer){let{getDefaultRoleAssumer:u}=await Promise.resolve().then(()=>(eh(),Zg));
r.roleAssumer=u({...r.clientConfig,credentialProviderLogger:r.logger,parentClientConfig:{...o,...r?.parentClientConfig,region:c??r?.parentClientConfig?.region??
o?.region}},r.clientPlugins)}if(a&&a in n)throw new R(`Detected a cycle attempting to resolve credentials for profile ${et(r)}. Profiles visited: `+Object.keys(
n).join(", "),{logger:r.logger});r.logger?.debug(`@aws-sdk/credential-provider-ini - finding credential resolver using ${a?`source_profile=[${a}]`:`profile=[${t}\
]`}`);let l=a?s(a,e,r,o,{...n,[a]:!0},QA(e[a]??{})):(await Iv(i.credential_source,t,r.logger)(r))();if(QA(i))return l.then(u=>B(u,"CREDENTIALS_PROFILE_SOURCE_PR\
OFILE","o"));{let u={RoleArn:i.role_arn,RoleSessionName:i.role_session_name||`aws-sdk-js-${Date.now()}`,ExternalId:i.external_id,DurationSeconds:parseInt(i.duration_seconds||
"3600",10)},{mfa_serial:d}=i;if(d){if(!r.mfaCodeProvider)throw new R(`Profile ${t} requires multi-factor authentication, but no MFA code callback was provided.`,
{logger:r.logger,tryNextLink:!1});u.SerialNumber=d,u.TokenCode=await r.mfaCodeProvider(d)}let m=await l;return r.roleAssumer(m,u).then(f=>B(f,"CREDENTIALS_PROFI\
LE_SOURCE_PROFILE","o"))}},QA=t=>!t.role_arn&&!!t.credential_source});function lM(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"signin",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function uM(t){return{schemeId:"smithy.api#noAuth"}}var rb,ob,nb,th=p(()=>{we();T();rb=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});ob=t=>{let e=[];return t.operation==="CreateOAuth2Token"?e.push(uM(t)):e.push(lM(
t)),e},nb=t=>{let e=ur(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??[])})}});var sb,ib,rh=p(()=>{sb=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"signin"}),ib=
{UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var Co,Io,ab,Jn,cb,Yn,pb,nh,Yr,oh,lb,ub,To,gb,db,Cp,qe,mb,fb,dM,H,mM,hb,yb=p(()=>{W();Co="ref",Io=-1,ab=!1,Jn=!0,cb="isSet",Yn="booleanEquals",pb="coalesce",nh=
"PartitionResult",Yr="stringEquals",oh="getAttr",lb="https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}",ub={[Co]:"Endpoint"},To={fn:oh,argv:[{[Co]:nh},
"name"]},gb={[Co]:"Region"},db={[Co]:nh},Cp={authSchemes:[{name:"sigv4",signingName:"signin",signingRegion:"{Region}"}]},qe={},mb=[gb],fb={conditions:[[cb,mb],[
Yn,[{fn:pb,argv:[{[Co]:"IsControlPlane"},ab]},Jn]],[cb,[ub]],["aws.partition",mb,nh],[Yn,[{[Co]:"UseFIPS"},Jn]],[Yr,[To,"aws"]],[Yn,[{fn:pb,argv:[{[Co]:"IsOAuth\
Endpoint"},ab]},Jn]],[Yn,[{[Co]:"UseDualStack"},Jn]],[Yr,[To,"aws-cn"]],[Yr,[gb,"us-gov-west-1"]],[Yr,[To,"aws-us-gov"]],[Yn,[{fn:oh,argv:[db,"supportsFIPS"]},Jn]],
[Yr,[To,"aws-iso"]],[Yr,[To,"aws-iso-b"]],[Yr,[To,"aws-iso-f"]],[Yr,[To,"aws-iso-e"]],[Yr,[To,"aws-eusc"]],[Yn,[{fn:oh,argv:[db,"supportsDualStack"]},Jn]]],results:[
[Io],["https://signin.{Region}.api.aws",Cp],["https://signin.{Region}.api.amazonwebservices.com.cn",Cp],[lb,Cp],[Io,"FIPS endpoints are not supported for OAuth \
operations. Disable FIPS or use a non-OAuth operation."],["https://{Region}.oauth.signin.aws",Cp],["https://{Region}.signin.aws.amazon.com",qe],["https://{Regio\
n}.signin.amazonaws.cn",qe],["https://{Region}.signin.amazonaws-us-gov.com",qe],["https://{Region}.signin.c2shome.ic.gov",qe],["https://{Region}.signin.sc2shome\
.sgov.gov",qe],["https://{Region}.signin.csphome.hci.ic.gov",qe],["https://{Region}.signin.csphome.adc-e.uk",qe],["https://{Region}.signin.amazonaws-eusc.eu",qe],
["https://signin-fips.amazonaws-us-gov.com",qe],["https://{Region}.signin-fips.amazonaws-us-gov.com",qe],["https://{Region}.signin.{PartitionResult#dnsSuffix}",
qe],[Io,"Invalid Configuration: FIPS and custom endpoint are not supported"],[Io,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[ub,qe],
["https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",qe],[Io,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://signin-fips.{Region}.{PartitionResult#dnsSuffix}",qe],[Io,"FIPS is enabled but this partition does not support FIPS"],[lb,qe],[Io,"DualStack is enable\
d but this partition does not support DualStack"],["https://signin.{Region}.{PartitionResult#dnsSuffix}",qe],[Io,"Invalid Configuration: Missing Region"]]},dM=2,
H=1e8,mM=new Int32Array([-1,1,-1,0,6,3,2,36,4,4,5,H+27,6,H+4,H+27,1,29,7,2,36,8,3,9,31,4,22,10,5,19,11,7,21,12,8,H+7,13,10,H+8,14,12,H+9,15,13,H+10,16,14,H+11,17,
15,H+12,18,16,H+13,H+16,6,H+5,20,7,21,H+6,17,H+24,H+25,6,H+4,23,7,27,24,9,H+14,25,10,H+15,26,11,H+22,H+23,11,28,H+21,17,H+20,H+21,2,35,30,3,39,31,4,32,H+27,6,H+
4,33,7,H+27,34,9,H+14,H+27,3,39,36,4,38,37,7,H+18,H+19,6,H+4,H+17,5,H+1,40,8,H+2,H+3]),hb=ot.from(mM,dM,fb.conditions,fb.results)});var fM,Eb,xb=p(()=>{M();W();yb();fM=new nt({size:50,params:["Endpoint","IsControlPlane","IsOAuthEndpoint","Region","UseDualStack","UseFIPS"]}),Eb=(t,e={})=>fM.get(
t,()=>Bt(hb,{endpointParams:t,logger:e.logger}));Pe.aws=ft});var Tr,vp=p(()=>{T();Tr=class t extends tt{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Ni,Di,ki,$i,sh=p(()=>{vp();Ni=class t extends Tr{static shapeId="com.amazonaws.signin#AccessDeniedException";name="AccessDeniedException";$fault="client";error;constructor(e){
super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},Di=class t extends Tr{static shapeId="co\
m.amazonaws.signin#InternalServerException";name="InternalServerException";$fault="server";error;constructor(e){super({name:"InternalServerException",$fault:"se\
rver",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},ki=class t extends Tr{static shapeId="com.amazonaws.signin#TooManyRequestsError";name="\
TooManyRequestsError";$fault="client";error;constructor(e){super({name:"TooManyRequestsError",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.
error=e.error}},$i=class t extends Tr{static shapeId="com.amazonaws.signin#ValidationException";name="ValidationException";$fault="client";error;constructor(e){
super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}}});var gM,hM,yM,EM,xM,SM,RM,_M,wM,IM,TM,CM,vM,AM,bM,Sb,ih,PM,lh,Rb,_b,OM,vo,ah,NM,ch,DM,vb,uh,wb,Le,bp,kM,Ap,Ib,Ab,Tb,Cb,$M,LM,UM,ph,FM,We,bb,Pb,Li,Ob,Nb,Db,kb,dh,
MM,$b,Lb,Ub,Fb,Mb,Bb,Hb,Gb,mh,fh,Ui=p(()=>{X();sh();vp();gM="AccessDeniedException",hM="AccessToken",yM="CreateOAuth2Token",EM="CreateOAuth2TokenRequest",xM="Cr\
eateOAuth2TokenRequestBody",SM="CreateOAuth2TokenResponseBody",RM="CreateOAuth2TokenResponse",_M="CreateOAuth2TokenWithIAM",wM="CreateOAuth2TokenWithIAMRequest",
IM="CreateOAuth2TokenWithIAMResponse",TM="InternalServerException",CM="OAuthAccessToken",vM="RefreshToken",AM="TooManyRequestsError",bM="ValidationException",Sb=
"accessKeyId",ih="accessToken",PM="access_token",lh="client",Rb="clientId",_b="codeVerifier",OM="code",vo="error",ah="expiresIn",NM="expires_in",ch="grantType",
DM="grant_type",vb="http",uh="httpError",wb="idToken",Le="jsonName",bp="message",kM="resource",Ap="refreshToken",Ib="redirectUri",Ab="smithy.ts.sdk.synthetic.co\
m.amazonaws.signin",Tb="secretAccessKey",Cb="sessionToken",$M="server",LM="tokenInput",UM="tokenOutput",ph="tokenType",FM="token_type",We="com.amazonaws.signin",
bb=new Q(Ab),Pb=[-3,Ab,"SigninServiceException",0,[],[]];bb.registerError(Pb,Tr);Li=new Q(We),Ob=[-3,We,gM,{[vo]:lh},[vo,bp],[0,0],2];Li.registerError(Ob,Ni);Nb=
[-3,We,TM,{[vo]:$M,[uh]:500},[vo,bp],[0,0],2];Li.registerError(Nb,Di);Db=[-3,We,AM,{[vo]:lh,[uh]:429},[vo,bp],[0,0],2];Li.registerError(Db,ki);kb=[-3,We,bM,{[vo]:lh,
[uh]:400},[vo,bp],[0,0],2];Li.registerError(kb,$i);dh=[bb,Li],MM=[0,We,CM,8,0],$b=[0,We,vM,8,0],Lb=[3,We,hM,8,[Sb,Tb,Cb],[[0,{[Le]:Sb}],[0,{[Le]:Tb}],[0,{[Le]:Cb}]],
3],Ub=[3,We,EM,0,[LM],[[()=>Fb,16]],1],Fb=[3,We,xM,0,[Rb,ch,OM,Ib,_b,Ap],[[0,{[Le]:Rb}],[0,{[Le]:ch}],0,[0,{[Le]:Ib}],[0,{[Le]:_b}],[()=>$b,{[Le]:Ap}]],2],Mb=[3,
We,RM,0,[UM],[[()=>Bb,16]],1],Bb=[3,We,SM,0,[ih,ph,ah,Ap,wb],[[()=>Lb,{[Le]:ih}],[0,{[Le]:ph}],[1,{[Le]:ah}],[()=>$b,{[Le]:Ap}],[0,{[Le]:wb}]],4],Hb=[3,We,wM,0,
[ch,kM],[[0,{[Le]:DM}],0],2],Gb=[3,We,IM,0,[ih,ph,ah],[[()=>MM,{[Le]:PM}],[0,{[Le]:FM}],[1,{[Le]:NM}]],3],mh=[9,We,yM,{[vb]:["POST","/v1/token",200]},()=>Ub,()=>Mb],
fh=[9,We,_M,{[vb]:["POST","/v1/token?x-amz-client-auth-method=iam",200]},()=>Hb,()=>Gb]});var jb,zb=p(()=>{we();en();it();tn();T();F();k();th();xb();Ui();jb=t=>({apiVersion:"2023-01-01",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??Eb,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
ob,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new st}],logger:t?.logger??new _e,protocol:t?.protocol??Wr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.signin",errorTypeRegistries:dh,version:"2023-01-01",serviceTarget:"Signin"},serviceId:t?.serviceId??"Signin",
sha256:t?.sha256??ht,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??Z})});var Vb,qb=p(()=>{ei();M();we();T();$();mt();k();fo();zb();Vb=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Dt),o=jb(t);Tt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(gt,n),bodyLengthChecker:t?.bodyLengthChecker??
Ct,defaultSocketTimeout:Er(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:go.version}),maxAttempts:t?.
maxAttempts??_(Yt,t),region:t?.region??_(be,{...rt,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Qt,default:async()=>(await r()).
retryMode||at},t),streamCollector:t?.streamCollector??je,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Ot,n),userAgentAppId:t?.
userAgentAppId??_(tr,n)}}});var Wb,Kb,Jb=p(()=>{Wb=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},Kb=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var Yb,Xb=p(()=>{M();T();F();Jb();Yb=(t,e)=>{let r=Object.assign(rr(t),$t(t),Ht(t),Wb(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),Gt(r),
Kb(r))}});var Fi,gh=p(()=>{M();it();T();$();W();F();mt();X();th();rh();qb();Xb();Fi=class extends Te{config;constructor(...[e]){let r=Vb(e||{});super(r),this.initConfig=r;
let o=sb(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=cr(a),l=nb(c),u=Yb(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(
Zt(this.config)),this.middlewareStack.use(lr(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),this.middlewareStack.use(ut(this.config,{httpAuthSchemeParametersProvider:rb,identityProviderConfigProvider:async d=>new Ve(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}}});var Pp,Qb,Zb,Op,hh=p(()=>{T();W();rh();Pp=Ut(ib,"Signin","SigninClient",pr),Qb={IsControlPlane:{type:"staticContextParams",value:!1}},Zb={IsOAuthEndpoint:{type:"\
staticContextParams",value:!0}},Op=(t,e,r,o)=>[]});var Mi,yh=p(()=>{hh();Ui();Mi=class extends Pp(Qb,Op,"CreateOAuth2Token",mh){}});var Bi,Eh=p(()=>{hh();Ui();Bi=class extends Pp(Zb,Op,"CreateOAuth2TokenWithIAM",fh){}});var BM,Np,eP=p(()=>{T();yh();Eh();gh();BM={CreateOAuth2TokenCommand:Mi,CreateOAuth2TokenWithIAMCommand:Bi},Np=class extends Fi{};zr(BM,Np)});var tP=p(()=>{yh();Eh()});var HM,rP=p(()=>{HM={AUTHCODE_EXPIRED:"AUTHCODE_EXPIRED",CONFLICT:"CONFLICT",INSUFFICIENT_PERMISSIONS:"INSUFFICIENT_PERMISSIONS",INVALID_REQUEST:"INVALID_REQUES\
T",OAUTH_INVALID_CLIENT:"invalid_client",OAUTH_INVALID_GRANT:"invalid_grant",OAUTH_INVALID_REQUEST:"invalid_request",OAUTH_INVALID_SCOPE:"invalid_scope",OAUTH_INVALID_TARGET:"\
invalid_target",OAUTH_RATE_EXCEEDED:"rate_exceeded",OAUTH_SERVICE_UNAVAILABLE:"service_unavailable",OAUTH_UNSUPPORTED_GRANT_TYPE:"unsupported_grant_type",RESOURCE_NOT_FOUND:"\
RESOURCE_NOT_FOUND",SERVER_ERROR:"server_error",SERVICE_QUOTA_EXCEEDED:"SERVICE_QUOTA_EXCEEDED",TOKEN_EXPIRED:"TOKEN_EXPIRED",USER_CREDENTIALS_CHANGED:"USER_CRE\
DENTIALS_CHANGED"}});var oP=p(()=>{});var nP={};sr(nP,{$Command:()=>ar,AccessDeniedException:()=>Ni,AccessDeniedException$:()=>Ob,AccessToken$:()=>Lb,CreateOAuth2Token$:()=>mh,CreateOAuth2TokenCommand:()=>Mi,
CreateOAuth2TokenRequest$:()=>Ub,CreateOAuth2TokenRequestBody$:()=>Fb,CreateOAuth2TokenResponse$:()=>Mb,CreateOAuth2TokenResponseBody$:()=>Bb,CreateOAuth2TokenWithIAM$:()=>fh,
CreateOAuth2TokenWithIAMCommand:()=>Bi,CreateOAuth2TokenWithIAMRequest$:()=>Hb,CreateOAuth2TokenWithIAMResponse$:()=>Gb,InternalServerException:()=>Di,InternalServerException$:()=>Nb,
OAuth2ErrorCode:()=>HM,Signin:()=>Np,SigninClient:()=>Fi,SigninServiceException:()=>Tr,SigninServiceException$:()=>Pb,TooManyRequestsError:()=>ki,TooManyRequestsError$:()=>Db,
ValidationException:()=>$i,ValidationException$:()=>kb,__Client:()=>Te,errorTypeRegistries:()=>dh});var sP=p(()=>{gh();eP();tP();T();Ui();rP();sh();oP();vp()});var Ao,Dp,iP,Hi,kp,aP=p(()=>{$();F();Ao=require("node:crypto"),Dp=require("node:fs"),iP=require("node:os"),Hi=require("node:path"),kp=class t{profileData;init;callerClientConfig;static REFRESH_THRESHOLD=300*
1e3;constructor(e,r,o){this.profileData=e,this.init=r,this.callerClientConfig=o}async loadCredentials(){let e=await this.loadToken();if(!e)throw new R(`Failed t\
o load a token for session ${this.loginSession}, please re-authenticate using aws login`,{tryNextLink:!1,logger:this.logger});let r=e.accessToken,o=Date.now();return new Date(
r.expiresAt).getTime()-o<=t.REFRESH_THRESHOLD?this.refresh(e):this.toCredentials(e.accessToken)}get logger(){return this.init?.logger}get loginSession(){return this.
profileData.login_session}toCredentials(e){return{accessKeyId:e.accessKeyId,secretAccessKey:e.secretAccessKey,sessionToken:e.sessionToken,accountId:e.accountId,
expiration:new Date(e.expiresAt)}}async refresh(e){let r=await this.loadToken().catch(()=>e),o=Date.now(),n=new Date(r.accessToken.expiresAt).getTime(),s=new Date(
e.accessToken.expiresAt).getTime(),i=n<=o&&s>o?e:r;if(new Date(i.accessToken.expiresAt).getTime()-Date.now()>t.REFRESH_THRESHOLD)return this.toCredentials(i.accessToken);
let{SigninClient:c,CreateOAuth2TokenCommand:l}=await Promise.resolve().then(()=>(sP(),nP)),{logger:u,userAgentAppId:d}=this.callerClientConfig??{},f=(x=>x?.metadata?.
handlerProtocol==="h2")(this.callerClientConfig?.requestHandler)?void 0:this.callerClientConfig?.requestHandler,g=typeof i.signInRegion=="string"&&i.signInRegion.
length>0?i.signInRegion:void 0,h=g??this.profileData.region??await this.callerClientConfig?.region?.()??process.env.AWS_REGION,y=new c({credentials:{accessKeyId:"",
secretAccessKey:""},region:h,requestHandler:f,logger:u,userAgentAppId:d,...this.init?.clientConfig,...g&&{region:g}});this.createDPoPInterceptor(y.middlewareStack);
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
await Dp.promises.writeFile(r,JSON.stringify(e,null,2),"utf8")}getTokenFilePath(){let e=process.env.AWS_LOGIN_CACHE_DIRECTORY??(0,Hi.join)((0,iP.homedir)(),".aw\
s","login","cache"),r=Buffer.from(this.loginSession,"utf8"),o=(0,Ao.createHash)("sha256").update(r).digest("hex");return(0,Hi.join)(e,`${o}.json`)}derToRawSignature(e){
let r=2;if(e[r]!==2)throw new Error("Invalid DER signature");r++;let o=e[r++],n=e.subarray(r,r+o);if(r+=o,e[r]!==2)throw new Error("Invalid DER signature");r++;
let s=e[r++],i=e.subarray(r,r+s);n=n[0]===0?n.subarray(1):n,i=i[0]===0?i.subarray(1):i;let a=Buffer.concat([Buffer.alloc(32-n.length),n]),c=Buffer.concat([Buffer.
alloc(32-i.length),i]);return Buffer.concat([a,c])}createDPoPInterceptor(e){e.add(r=>async o=>{if(G.isInstance(o.request)){let n=o.request,s=`${n.protocol}//${n.
hostname}${n.port?`:${n.port}`:""}${n.path}`,i=await this.generateDpop(n.method,s);n.headers={...n.headers,DPoP:i}}return r(o)},{step:"finalizeRequest",name:"dp\
opInterceptor",override:!0})}async generateDpop(e="POST",r){let o=await this.loadToken();try{let n=(0,Ao.createPrivateKey)({key:o.dpopKey,format:"pem",type:"sec\
1"}),i=(0,Ao.createPublicKey)(n).export({format:"der",type:"spki"}),a=-1;for(let x=0;x<i.length;x++)if(i[x]===4){a=x;break}let c=i.slice(a+1,a+33),l=i.slice(a+33,
a+65),u={alg:"ES256",typ:"dpop+jwt",jwk:{kty:"EC",crv:"P-256",x:c.toString("base64url"),y:l.toString("base64url")}},d={jti:crypto.randomUUID(),htm:e,htu:r,iat:Math.
floor(Date.now()/1e3)},m=Buffer.from(JSON.stringify(u)).toString("base64url"),f=Buffer.from(JSON.stringify(d)).toString("base64url"),g=`${m}.${f}`,h=(0,Ao.sign)(
"sha256",Buffer.from(g),n),S=this.derToRawSignature(h).toString("base64url");return`${g}.${S}`}catch(n){throw new R(`Failed to generate Dpop proof: ${n instanceof
Error?n.message:String(n)}`,{logger:this.logger,tryNextLink:!1})}}}});var cP,pP=p(()=>{M();$();aP();cP=t=>async({callerClientConfig:e}={})=>{t?.logger?.debug?.("@aws-sdk/credential-providers - fromLoginCredentials");let r=await Sr(
t||{}),o=et({profile:t?.profile??e?.profile}),n=r[o];if(!n?.login_session)throw new R(`Profile ${o} does not contain login_session.`,{tryNextLink:!0,logger:t?.logger});
let i=await new kp(n,t,e).loadCredentials();return B(i,"CREDENTIALS_LOGIN","AD")}});var lP={};sr(lP,{fromLoginCredentials:()=>cP});var uP=p(()=>{pP()});var dP,mP,fP=p(()=>{M();dP=t=>!!(t&&t.login_session),mP=async(t,e,r)=>{let{fromLoginCredentials:o}=await Promise.resolve().then(()=>(uP(),lP)),n=await o({...e,profile:t})(
{callerClientConfig:r});return B(n,"CREDENTIALS_PROFILE_LOGIN","AC")}});var gP,hP=p(()=>{M();gP=(t,e,r)=>{if(e.Version!==1)throw Error(`Profile ${t} credential_process did not return Version 1.`);if(e.AccessKeyId===void 0||e.SecretAccessKey===
void 0)throw Error(`Profile ${t} credential_process returned invalid credentials.`);if(e.Expiration){let s=new Date;if(new Date(e.Expiration)<s)throw Error(`Pro\
file ${t} credential_process returned expired credentials.`)}let o=e.AccountId;!o&&r?.[t]?.aws_account_id&&(o=r[t].aws_account_id);let n={accessKeyId:e.AccessKeyId,
secretAccessKey:e.SecretAccessKey,...e.SessionToken&&{sessionToken:e.SessionToken},...e.Expiration&&{expiration:new Date(e.Expiration)},...e.CredentialScope&&{credentialScope:e.
CredentialScope},...o&&{accountId:o}};return B(n,"CREDENTIALS_PROCESS","w"),n}});var yP,EP,xP,SP=p(()=>{$();yP=require("node:child_process"),EP=require("node:util");hP();xP=async(t,e,r)=>{let o=e[t];if(e[t]){let n=o.credential_process;if(n!==
void 0){let s=(0,EP.promisify)(bs?.getTokenRecord?.().exec??yP.exec);try{let{stdout:i}=await s(n),a;try{a=JSON.parse(i.trim())}catch{throw Error(`Profile ${t} c\
redential_process returned invalid JSON.`)}return gP(t,a,e)}catch(i){throw new R(i.message,{logger:r})}}else throw new R(`Profile ${t} did not contain credentia\
l_process.`,{logger:r})}else throw new R(`Profile ${t} could not be found in shared credentials file.`,{logger:r})}});var RP,_P=p(()=>{$();SP();RP=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");let r=await Sr(t);
return xP(et({profile:t.profile??e?.profile}),r,t.logger)}});var xh={};sr(xh,{fromProcess:()=>RP});var Sh=p(()=>{_P()});var wP,IP,TP=p(()=>{M();wP=t=>!!t&&typeof t=="object"&&typeof t.credential_process=="string",IP=async(t,e)=>{let{fromProcess:r}=await Promise.resolve().then(()=>(Sh(),xh)),
o=await r({...t,profile:e})();return B(o,"CREDENTIALS_PROFILE_PROCESS","v")}});var CP,vP,AP=p(()=>{M();CP=async(t,e,r={},o)=>{let{fromSSO:n}=await Promise.resolve().then(()=>(Dg(),Ng));return n({profile:t,logger:r.logger,parentClientConfig:r.
parentClientConfig,clientConfig:r.clientConfig})({callerClientConfig:o}).then(s=>e.sso_session?B(s,"CREDENTIALS_PROFILE_SSO","r"):B(s,"CREDENTIALS_PROFILE_SSO_L\
EGACY","t"))},vP=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var Rh,_h,bP=p(()=>{M();Rh=t=>!!t&&typeof t=="object"&&typeof t.aws_access_key_id=="string"&&typeof t.aws_secret_access_key=="string"&&["undefined","string"].indexOf(
typeof t.aws_session_token)>-1&&["undefined","string"].indexOf(typeof t.aws_account_id)>-1,_h=async(t,e)=>{e?.logger?.debug("@aws-sdk/credential-provider-ini - \
resolveStaticCredentials");let r={accessKeyId:t.aws_access_key_id,secretAccessKey:t.aws_secret_access_key,sessionToken:t.aws_session_token,...t.aws_credential_scope&&
{credentialScope:t.aws_credential_scope},...t.aws_account_id&&{accountId:t.aws_account_id}};return B(r,"CREDENTIALS_PROFILE","n")}});var Xn,wh=p(()=>{Xn=t=>async e=>{t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");let{roleArn:r,roleSessionName:o,webIdentityToken:n,
providerId:s,policyArns:i,policy:a,durationSeconds:c}=t,{roleAssumerWithWebIdentity:l}=t;if(!l){let{getDefaultRoleAssumerWithWebIdentity:u}=await Promise.resolve().then(()=>(eh(),Zg));
l=u({...t.clientConfig,credentialProviderLogger:t.logger,parentClientConfig:{...e?.callerClientConfig,...t.parentClientConfig}},t.clientPlugins)}return l({RoleArn:r,
RoleSessionName:o??`aws-sdk-js-session-${Date.now()}`,WebIdentityToken:n,ProviderId:s,PolicyArns:i,Policy:a,DurationSeconds:c})}});var OP,PP,GM,jM,NP,DP=p(()=>{M();$();OP=require("node:fs");wh();PP="AWS_WEB_IDENTITY_TOKEN_FILE",GM="AWS_ROLE_ARN",jM="AWS_ROLE_SESSION_NAME",NP=(t={})=>async e=>{
t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile");let r=t?.webIdentityTokenFile??process.env[PP],o=t?.roleArn??process.env[GM],n=t?.roleSessionName??
process.env[jM];if(!r||!o)throw new R("Web identity configuration not specified",{logger:t.logger});let s=await Xn({...t,webIdentityToken:bs?.getTokenRecord?.()[r]??
(0,OP.readFileSync)(r,{encoding:"ascii"}),roleArn:o,roleSessionName:n})(e);return r===process.env[PP]&&B(s,"CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN","h"),s}});var Ih={};sr(Ih,{fromTokenFile:()=>NP,fromWebToken:()=>Xn});var $p=p(()=>{DP();wh()});var kP,$P,LP=p(()=>{M();kP=t=>!!t&&typeof t=="object"&&typeof t.web_identity_token_file=="string"&&typeof t.role_arn=="string"&&["undefined","string"].indexOf(typeof t.
role_session_name)>-1,$P=async(t,e,r)=>{let{fromTokenFile:o}=await Promise.resolve().then(()=>($p(),Ih)),n=await o({webIdentityTokenFile:t.web_identity_token_file,
roleArn:t.role_arn,roleSessionName:t.role_session_name,roleAssumerWithWebIdentity:e.roleAssumerWithWebIdentity,logger:e.logger,parentClientConfig:e.parentClientConfig})(
{callerClientConfig:r});return B(n,"CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN","q")}});var Th,UP=p(()=>{$();tb();fP();TP();AP();bP();LP();Th=async(t,e,r,o,n={},s=!1)=>{let i=e[t];if(Object.keys(n).length>0&&Rh(i))return _h(i,r);if(s||ZA(i,{profile:t,
logger:r.logger}))return eb(t,e,r,o,n,Th);if(Rh(i))return _h(i,r);if(kP(i))return $P(i,r,o);if(wP(i))return IP(r,t);if(vP(i))return await CP(t,i,r,o);if(dP(i))return mP(
t,r,o);throw new R(`Could not resolve credentials using profile: [${t}] in configuration/credentials file(s).`,{logger:r.logger})}});var FP,MP=p(()=>{$();UP();FP=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");let r=await Sr(t);return Th(
et({profile:t.profile??e?.profile}),r,t,e)}});var BP={};sr(BP,{fromIni:()=>FP});var HP=p(()=>{MP()});var fD=require("node:fs");var w=class extends Error{constructor(r,o,n){super(`${r}: ${ms(o)} ${n}`);this.option=r;this.rule=n;this.name="InputError"}option;rule;exitCode=2},It=class extends Error{constructor(r,o,n){
super(r,n);this.hint=o;this.name="DeliveryError"}hint;exitCode=1},Ie=class extends It{constructor(e,r){super(e,r),this.name="PrerequisiteError"}},gr=class extends It{constructor(e,r,o){
super(e,r,o),this.name="CredentialsError"}},de=class extends It{constructor(e,r,o){super(e,r,o),this.name="RegistryError"}},Fr=class extends It{constructor(e,r){
super(`gave up after ${e} s (timeout-seconds)${r.length?`, still waiting for ${r.join(", ")}`:""}`,"check that the runner can reach AWS and the registry (proxy,\
 firewall, VPC endpoints, AWS_ENDPOINT_URL_*); raise timeout-seconds if the build or push legitimately takes longer"),this.name="DeadlineError"}},ds=class extends It{constructor(e,r){
super(e,r),this.name="ScanGateError"}},hr=class extends It{constructor(e){super(e,"check HTTPS_PROXY / HTTP_PROXY (host, port, and the user:password in the URL \
if the proxy wants one), or list the host in NO_PROXY to reach it directly"),this.name="ProxyError"}},ra=class extends It{exitCode;constructor(e,r){super(`cance\
lled by ${e}${r.length?` while running ${r.join(", ")}`:""}`),this.name="CancelledError",this.exitCode=128+(e==="SIGINT"?2:15)}},Je=class extends It{constructor(e,r){
super(e,r),this.name="DockerError"}},JD=/[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;function ms(t,e=80){let r=Array.
from(t.slice(0,e*2)),o=r.length>e||t.length>e*2?`${r.slice(0,e).join("")}\u2026`:t;return JSON.stringify(o).replace(JD,n=>`\\u${n.charCodeAt(0).toString(16).padStart(
4,"0")}`)}function gn(t){return t instanceof w?{message:t.message,exitCode:2}:t instanceof It?{message:t.message,hint:t.hint,exitCode:t.exitCode}:{message:t instanceof
Error?`${t.name}: ${t.message}`:String(t),exitCode:1}}var my=t=>`ECR_DELIVER_${t.toUpperCase().replace(/-/g,"_")}`,fy=t=>`ECR_DELIVERED_${t.toUpperCase().replace(/-/g,"_")}`;var Mr=[{name:"registry",description:"Registry host, as ECR returns it, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com`."},{name:"repository-uri",description:"\
Repository URI, `<registry>/<repository>`."},{name:"image",description:"Image reference with the commit SHA tag, `<repository-uri>:<sha>`."},{name:"digest",description:"\
Digest (`sha256:\u2026`) of the pushed manifest."},{name:"image-ref",description:"Image reference pinned by digest, `<repository-uri>@<digest>`."},{name:"tags",
type:"list",description:"Tags applied, comma-separated, the SHA first."},{name:"pushed",type:"boolean",description:"`true`, or `false` when nothing was uploaded\
 (skip-existing hit, immutable SHA already there, or push: false)."},{name:"scan-findings",description:'With `scan-wait`: counts by severity as JSON, e.g. `{"CR\
ITICAL":0,"HIGH":2}`; empty without a scan.'}];function No(t,e){let r=t[e];return Array.isArray(r)?r.join(","):String(r)}function gy(t){return Object.fromEntries(
Mr.map(({name:e})=>[e,No(t,e)]))}var Gy=require("node:child_process"),jy=require("node:fs");var Ty=require("node:fs");var yy=require("node:crypto");var hy=128,YD=/^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/,
XD=/^refs\/(?:tags\/(.+)|heads\/(.+)|pull\/(\d{1,9})\/(?:merge|head))$/;function Zu(t){let e=XD.exec(t);if(e)return e[1]!==void 0?{tag:e[1]}:e[2]!==void 0?{branch:e[2]}:
{pullRequest:Number(e[3])}}function Ey(t,e={}){let r=e.pull_request?.number;if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")&&Number.isInteger(r))return{
pullRequest:r};let o=t.GITHUB_REF?Zu(t.GITHUB_REF):void 0;return o||(t.GITHUB_REF_TYPE==="tag"&&t.GITHUB_REF_NAME?{tag:t.GITHUB_REF_NAME}:t.GITHUB_REF_TYPE==="b\
ranch"&&t.GITHUB_REF_NAME?{branch:t.GITHUB_REF_NAME}:{})}function xy(t){if(t.CIRCLE_TAG)return{tag:t.CIRCLE_TAG};if(t.CIRCLE_PR_NUMBER&&/^\d{1,9}$/.test(t.CIRCLE_PR_NUMBER))
return{pullRequest:Number(t.CIRCLE_PR_NUMBER)};let e=/\/pull\/(\d{1,9})\/?$/.exec(t.CIRCLE_PULL_REQUEST??"")?.[1];return{...t.CIRCLE_BRANCH?{branch:t.CIRCLE_BRANCH}:
{},...e?{pullRequest:Number(e)}:{}}}function QD(t){let e=YD.exec(t);if(!e)return;let[,r,o,n,s,i]=e,a=t.replace(/^v/,"");if(s!==void 0||i!==void 0)return{tags:[a.
replace("+","_")],version:a};let c=[`${r}.${o}.${n}`,`${r}.${o}`];return r!=="0"&&c.push(r),{tags:c,version:a}}function Sy(t){let e=t.toLowerCase().replace(/[^a-z0-9_.-]+/g,
"-").replace(/^[.-]+/,"").replace(/-+$/,""),r=(0,yy.createHash)("sha256").update(t).digest("hex").slice(0,7);return e?e.length<=hy?e:`${e.slice(0,hy-r.length-1).
replace(/[.-]+$/,"")}-${r}`:`branch-${r}`}function Ry(t,e){let r=[],o;if(e.semverTags&&t.tag!==void 0){let n=QD(t.tag);n&&(r.push(...n.tags),o=n.version)}return e.
branchTag&&(t.branch!==void 0&&r.push(Sy(t.branch)),t.pullRequest!==void 0&&r.push(`pr-${t.pullRequest}`)),{tags:[...new Set(r)],version:o}}function _y(t,e){let r=t.
length||e.tags.length?[...t]:["latest"];for(let o of e.tags)o.includes(".")&&e.version!==void 0?r.push("*.*"):/^pr-\d+$/.test(o)?r.push("pr-*"):r.push(o);return[
...new Set(r)]}var ed=5;function wy(t,e,r){for(let o of t.tags){let n=r(o);if(!n)continue;let s=o===`pr-${e.pullRequest}`||e.branch!==void 0&&o===Sy(e.branch)?"\
branch-tag":"semver-tags";throw new w(s,o,`${n} (derived from the git ref)`)}}var hn=require("node:fs");var ne=(t,e)=>r=>t.test(r)?void 0:e;function yn(t,e,r){if(r)throw new w(t,e,r)}var pe=(t,e=r=>r)=>({type:"string",parse:(r,o)=>{let n=e(r);return t&&yn(o,n,t(n)),
n}}),lt={type:"boolean",parse:(t,e)=>{if(/^(true|1)$/i.test(t))return!0;if(/^(false|0)$/i.test(t))return!1;throw new w(e,t,"is not a boolean: use true or false")}},
oa=(t,e)=>({type:"integer",parse:(r,o)=>{let n=/^\d{1,6}$/.test(r)?Number(r):NaN;if(!(n>=t&&n<=e))throw new w(o,r,`is not a whole number from ${t} to ${e}`);return n}}),
Qr=(...t)=>({type:"enum",values:t,parse:(e,r)=>{let o=t.find(n=>n.toUpperCase()===e.toUpperCase());if(o===void 0)throw new w(r,e,`is not one of ${t.join(", ")}`);
return o}}),Do=(t,{commas:e=!1,max:r=1/0}={})=>({type:"list",parse:(o,n)=>{let s=o.split(e?/[\n,]/:/\n/).map(i=>i.replace(/\r$/,"").trim()).filter(i=>i!=="");for(let i of s)
yn(n,i,t(i));if(s.length>r)throw new w(n,o,`lists more than ${r} entries`);return[...new Set(s)]}}),En=t=>({type:"path",parse:(e,r)=>(t?.(r,e),e)});function ko(t,e){
if(!(0,hn.existsSync)(e)||!(0,hn.statSync)(e).isFile())throw new w(t,e,"is not a readable file")}function td(t,e){ko(t,e);try{JSON.parse((0,hn.readFileSync)(e,"\
utf8"))}catch{throw new w(t,e,"does not contain valid JSON")}}var ZD=/^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/,ek=/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/,tk=/^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/,rk=/^[\w+=,.@-]{2,64}$/,
ok=/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/,nk=/^[0-9a-f]{40}$/,sk=/^\d{12}$/,ik=/^[\x21-\x7e]{1,256}$/,Be={repository:t=>t.length>=2&&t.length<=256&&ZD.test(t)?
void 0:"is not a valid ECR repository name: lowercase letters and digits, separated by single `.`, `_`, `-` or `/`, 2\u2013256 characters",region:ne(tk,"is not \
an AWS region name like `eu-west-1`"),tag:ne(ek,"is not a valid image tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`"),commitSha:ne(nk,"is not a full commit SHA (40 h\
ex characters)"),sessionName:ne(rk,"is not a valid STS session name: `[\\w+=,.@-]`, 2\u201364 characters"),account:ne(sk,"is not an AWS account id (12 digits)"),
audience:ne(ik,"is not a valid audience: 1\u2013256 printable characters, no spaces")},Cy=t=>t.split(",").every(e=>ok.test(e.trim()))?void 0:"is not a comma-sep\
arated list of `os/arch[/variant]`",Iy=/^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/,rd="public.ecr.aws/",vy={type:"list",parse:(t,e)=>Do(ne(Iy,"is not an \
ECR registry id (12 digits) or `ID@REGION`"),{commas:!0}).parse(t,e).map(r=>{let[,o,n]=Iy.exec(r);return n?{id:o,region:n}:{id:o}})},na=t=>({type:"string",parse:(e,r)=>{
let o=e.startsWith("file://")?e.slice(7):void 0;o!==void 0&&ko(r,o);let n=o!==void 0?(0,Ty.readFileSync)(o,"utf8"):e;if(n.length>t)throw new w(r,e,`is longer th\
an ECR Public's limit of ${t} characters`);return n}}),Ay={type:"string",parse:(t,e)=>{let r=Zu(t);if(!r)throw new w(e,t,"is not a git ref: `refs/tags/NAME`, `r\
efs/heads/NAME` or `refs/pull/N/merge`");return r}},od=t=>t.startsWith(rd),by=t=>/^[a-z0-9][a-z0-9-]{1,49}\//.test(t.slice(rd.length))?void 0:"is not `public.ec\
r.aws/<alias>/<name>`";function Br(t){return od(t)?t.slice(rd.length).split("/").slice(1).join("/"):t}var Py="[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})",Oy="[A-Za-z0-9.\
_-]{1,100}",ak=new RegExp(`^${Py}/${Oy}$`),ck=new RegExp(`^${Py}@\\d{1,20}/${Oy}@\\d{1,20}$`),Ny=/^(?!\/|-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/+@*?#-]{1,255}$/,Dy=/^[^\x00-\x1f\x7f:]{1,255}$/,
nd=/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,ky=/^[A-Za-z0-9._/+@*#-]{1,255}$/,$y=/^arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)$/,
Ly=/^[a-z0-9*][a-z0-9._/*-]{0,255}$/,pk=/^(?:https:\/\/)?[a-z0-9.-]+(?::\d+)?(?:\/[\w./-]+)?$/i,Uy=t=>ak.test(t)||ck.test(t)?void 0:"is not a GitHub repository \
like `octo-org/octo-repo`, or `octo-org@123456/octo-repo@456789` with the immutable ids",Fy=ne(Ny,"is not a git branch name"),My=ne(Ny,"is not a git tag name"),
By=t=>t.length>=2&&t.length<=30&&!Be.repository(t)?void 0:"is not a pull-through cache prefix (2\u201330 characters, ECR's repository naming rule)",Hy={type:"st\
ring",parse:(t,e)=>(yn(e,t,pk.test(t)?void 0:"is not an OIDC issuer like `ghe.example.com/_services/token`"),t.replace(/^https:\/\//,"").replace(/\/+$/,""))},sd={
type:"string",parse:t=>!/^(false|0)$/i.test(t)};function lk(t){return t.GITHUB_ACTIONS==="true"?"github":t.CIRCLECI==="true"?"circleci":"other"}function xn(t,e=process.env,r="deliver"){let o=lk(e),n=r==="logi\
n"?"":gk(t,e);return{ci:o,region:ad(t.awsRegion,e),commitSha:n,sessionName:t.roleSessionName??hk(e),sourceUrl:yk(e),release:r==="login"?{tags:[]}:uk(t,e,o,n)}}function uk(t,e,r,o){
if(!t.semverTags&&!t.branchTag)return{tags:[]};let n=t.gitRef??dk(r,e,o),s=Ry(n,t);return wy(s,n,Be.tag),s}function dk(t,e,r){if(t==="github")return Ey(e,zy(e));
if(t==="circleci")return xy(e);let o=id(["describe","--tags","--exact-match",r]);if(o)return{tag:o};let n=id(["symbolic-ref","--short","-q","HEAD"]);return n?{branch:n}:
{}}function id(t){try{return(0,Gy.execFileSync)("git",t,{encoding:"utf8",stdio:["ignore","pipe","ignore"]}).trim()||void 0}catch{return}}function zy(t){if(!t.GITHUB_EVENT_PATH)
return{};try{return JSON.parse((0,jy.readFileSync)(t.GITHUB_EVENT_PATH,"utf8"))}catch{return{}}}function ad(t,e){let r=t??(e.AWS_REGION||e.AWS_DEFAULT_REGION);if(!r)
throw new w("aws-region","","is required: set aws-region, or AWS_REGION / AWS_DEFAULT_REGION");let o=Be.region(r);if(o)throw new w("aws-region",r,o);return r}function Zr(t){
return t.startsWith("cn-")?"aws-cn":t.startsWith("us-gov-")?"aws-us-gov":"aws"}function mk(t){if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")){let e=zy(
t).pull_request?.head?.sha;if(e)return e}return t.GITHUB_SHA}var fk=()=>id(["rev-parse","HEAD"]);function gk(t,e){let r=(t.commitSha??mk(e)??e.CIRCLE_SHA1??fk())?.
toLowerCase();if(!r)throw new w("commit-sha","","is required outside GitHub and CircleCI when `git rev-parse HEAD` has no answer");let o=Be.commitSha(r);if(o)throw new w(
"commit-sha",r,o);return r}function hk(t){return`ecr-deliver-${t.GITHUB_RUN_ID?`${t.GITHUB_RUN_ID}-${t.GITHUB_RUN_ATTEMPT??"1"}`:t.CIRCLE_BUILD_NUM??t.CIRCLE_WORKFLOW_JOB_ID??
String(Date.now())}`.replace(/[^\w+=,.@-]/g,"-").slice(0,64)}function yk(t){if(t.GITHUB_REPOSITORY)return`${t.GITHUB_SERVER_URL??"https://github.com"}/${t.GITHUB_REPOSITORY}`;
let e=t.CIRCLE_REPOSITORY_URL;if(e){let r=/^git@([^:]+):(.+?)(?:\.git)?$/.exec(e);return r?`https://${r[1]}/${r[2]}`:e.replace(/\.git$/,"")}return""}var ir=require("node:fs"),ia=require("node:os"),eo=require("node:path"),Ek=["auths","credHelpers","credsStore","currentContext","proxies"],xk=["buildx","cli-plu\
gins","contexts"];function cd(t){return t.DOCKER_CONFIG||(0,eo.join)(t.HOME||(0,ia.homedir)(),".docker")}var sa=class t{constructor(e){this.dir=e;process.once("\
exit",this.onExit)}dir;removed=!1;onExit=()=>this.remove();static create(e){let r=new t((0,ir.mkdtempSync)((0,eo.join)((0,ia.tmpdir)(),"ecr-deliver-docker-"))),
o=cd(e);(0,ir.writeFileSync)((0,eo.join)(r.dir,"config.json"),JSON.stringify(Sk((0,eo.join)(o,"config.json")),null,2),{mode:384});for(let n of xk)(0,ir.existsSync)(
(0,eo.join)(o,n))&&(0,ir.symlinkSync)((0,eo.join)(o,n),(0,eo.join)(r.dir,n));return r}remove(){this.removed||(this.removed=!0,process.off("exit",this.onExit),(0,ir.rmSync)(
this.dir,{recursive:!0,force:!0}))}};function Sk(t){let e;try{e=JSON.parse((0,ir.readFileSync)(t,"utf8"))}catch{return{}}let r=Object.fromEntries(Ek.filter(o=>e[o]!==
void 0).map(o=>[o,e[o]]));return typeof e.credsStore=="string"&&e.credsStore?Rk(r,e.credsStore):r}function Rk(t,e){let{credsStore:r,...o}=t,n=t.auths??{},s={};for(let[
i,a]of Object.entries(n))a?.auth||(s[i]=e);return{...o,credHelpers:{...s,...t.credHelpers}}}var _k=[/^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/,/^ACTIONS_RUNTIME_TOKEN$/,/^CIRCLE_OIDC_TOKEN/,/^INPUT_/];function Sn(t,e){let r=Object.fromEntries(Object.entries(
t).filter(([o])=>!_k.some(n=>n.test(o))));return e?{...r,...wk(t),DOCKER_CONFIG:e}:r}function wk(t){return t.DOCKER_CERT_PATH||!(t.DOCKER_TLS_VERIFY||t.DOCKER_TLS)?
{}:{DOCKER_CERT_PATH:cd(t)}}var Ik=3e3,Rn=class{constructor(e,r){this.seconds=e;this.lifetime=r;this.expired=new Promise((o,n)=>{this.fail=n}),this.expired.catch(()=>{})}seconds;lifetime;controller=new AbortController;waiting=[];timer;fail;ending=!1;expired;onCancel=()=>this.
end(new ra(this.lifetime?.cancelled?.reason,this.stillWaiting()));get ms(){return this.seconds*1e3}get signal(){return this.controller.signal}async bound(e){this.
timer=setTimeout(()=>this.end(new Fr(this.seconds,this.stillWaiting())),this.ms);let r=this.lifetime?.cancelled;r?.aborted&&this.onCancel(),r?.addEventListener(
"abort",this.onCancel);try{let o=e().catch(n=>this.ending?this.expired:Promise.reject(n));return await Promise.race([o,this.expired])}finally{clearTimeout(this.
timer),r?.removeEventListener("abort",this.onCancel)}}async watch(e,r){this.controller.signal.throwIfAborted(),this.waiting.push(e);try{return await r()}finally{
this.waiting.splice(this.waiting.indexOf(e),1)}}stillWaiting(){return[...new Set(this.waiting)]}end(e){if(this.ending)return;this.ending=!0,clearTimeout(this.timer),
this.controller.abort(),(this.lifetime?.stopChildren(Ik)??Promise.resolve()).then(()=>this.fail(e))}};function _n(t,e,r){return t?t.watch(e,r):r()}var Lo=require("node:fs"),aE=require("node:os"),ca=require("node:path");var $o=require("node:fs");var Tk=/^[A-Za-z0-9_.-]{1,128}$/,Ck=/^[A-Za-z_][A-Za-z0-9_]*$/,vk=/^[A-Za-z_][A-Za-z0-9_]*=/,Ak=/^(PATH|HOME|DOCKER_\w*|BUILDX_\w*|BUILDKIT_\w*|ECR_DELIVER_\w*)$/,
bk=t=>`ECR_DELIVER_BUILD_SECRET_${t}`,fs=t=>t.split(`
`).map(e=>e.replace(/\r$/,"").trim()).filter(Boolean),Vy=t=>t.includes("=")?`${t.split("=")[0]}=***`:"***";function pd(t,e,r){let o=e.slice(0,Math.max(0,e.indexOf(
"=")));if(!o||!Tk.test(o))throw new w(t,Vy(e),"is not `id=\u2026` with an id of letters, digits, `_`, `.` or `-`");if(r?.has(o))throw new w(t,Vy(e),"repeats a s\
ecret id");return r?.add(o),o}var qy={type:"list",parse:(t,e)=>{let r=new Set;return fs(t).map(o=>{let n=pd(e,o,r),s=o.slice(n.length+1),i=/^env:(.*)$/.exec(s)?.[1];
if(i!==void 0&&!Ck.test(i))throw new w(e,`${n}=env:${i}`,"names no valid environment variable");if(i===void 0&&s==="")throw new w(e,`${n}=`,"has an empty value");
return i!==void 0?{id:n,env:i}:{id:n,value:s}})}},Wy={type:"list",parse:(t,e)=>{let r=new Set;return fs(t).map(o=>{let n=pd(e,o,r),s=o.slice(n.length+1);if(!(0,$o.existsSync)(
s)||!(0,$o.statSync)(s).isFile())throw new w(e,`${n}=${s}`,"does not name a readable file");return{id:n,path:s}})}},Ky={type:"list",parse:(t,e)=>fs(t).map(r=>{if(!r.
includes("=")){if(r!=="default")throw new w(e,r,"is not `default` or `id=PATH`");return{id:r}}let o=pd(e,r),n=r.slice(o.length+1);if(!(0,$o.existsSync)(n))throw new w(
e,r,"names no existing key file or agent socket");return{id:o,path:n}})},Jy={type:"list",parse:(t,e)=>{let r=fs(t);for(let o of r){let n=o.split("=")[0];if(!vk.
test(o))throw new w(e,o.includes("=")?`${n.slice(0,40)}=***`:"***","is not `KEY=VALUE` with KEY made of letters, digits and `_`");if(Ak.test(n))throw new w(e,`${n}\
=***`,"is a name the docker CLI reads from its own environment (PATH, HOME, DOCKER_*, BUILDX_*, BUILDKIT_*)")}return[...new Set(r)]}};function gs(t){return{inline:t.
secrets,files:t.secretFiles,ssh:t.ssh}}var aa=t=>t.inline.length?"secrets":t.files.length?"secret-files":t.ssh.length?"ssh":void 0;function Yy(t,e){let r=new Set(
t.inline.map(o=>o.id));for(let o of t.files)if(r.has(o.id))throw new w("secret-files",`${o.id}=${o.path}`,"repeats an id of `secrets`");for(let o of t.inline)if(o.
env&&e[o.env]===void 0)throw new w("secrets",`${o.id}=env:${o.env}`,"names an environment variable that is not set");for(let o of t.ssh)if(!o.path&&!e.SSH_AUTH_SOCK)
throw new w("ssh",o.id,"needs an SSH agent (SSH_AUTH_SOCK is not set), or use `id=PATH` with a key file")}function Xy(t,e){let r=[];for(let o of t.inline){let n=o.
value??e[o.env];n&&r.push(n)}for(let o of t.files){let n=(0,$o.readFileSync)(o.path,"utf8");n.length<=65536&&r.push(n.trim(),...fs(n).filter(s=>s.length>=4))}return[
...new Set(r.filter(Boolean))]}function Qy(t){let e=[],r={};t.inline.forEach((o,n)=>{let s=o.env??bk(n);o.value!==void 0&&(r[s]=o.value),e.push("--secret",`id=${o.
id},env=${s}`)});for(let o of t.files)e.push("--secret",`id=${o.id},src=${o.path}`);for(let o of t.ssh)e.push("--ssh",o.path?`${o.id}=${o.path}`:o.id);return{argv:e,
env:r}}var Zy={buildx:"buildx (docker buildx build)",buildkit:"the daemon's embedded BuildKit (DOCKER_BUILDKIT=1 docker build)",classic:"the classic builder (DOCKER_BU\
ILDKIT=0 docker build)"};function ld(t){let e=t.DOCKER_BUILDKIT;if(e!==void 0){if(/^(1|t|true)$/i.test(e))return!0;if(/^(0|f|false)$/i.test(e))return!1}}async function eE(t,e,r={}){
let o=ld(e),n=r.buildx??r.buildkit;if(o===!1){if(n)throw new Ie(`${n} needs BuildKit, but DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} selects the classic builder`,"uns\
et DOCKER_BUILDKIT (or set it to 1), or drop the option");return"classic"}let[s,i]=await Promise.all([t.buildx(),t.embeddedBuildkit()]);if(s)return"buildx";if(r.
buildx)throw new Ie(`${r.buildx} needs docker buildx, which this machine does not have`,"install the buildx plugin (GitHub: docker/setup-buildx-action; CircleCI\
: the machine executor has it), or drop the option");if(i)return"buildkit";let a="install the buildx plugin (GitHub: docker/setup-buildx-action), or use a docke\
r CLI older than 23 with the daemon's embedded BuildKit";if(r.buildkit)throw new Ie(`${r.buildkit} needs BuildKit, but this docker CLI cannot build with BuildKi\
t without the buildx plugin`,a);if(o===!0)throw new Ie(`DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} asks for BuildKit, but this docker CLI cannot build with BuildKit w\
ithout the buildx plugin`,a);return"classic"}function tE(t){let e=r=>new RegExp(`^${r}:\\s*(\\S+)`,"m").exec(t)?.[1];return{name:e("Name"),driver:e("Driver")}}function rE(t){
try{return(JSON.parse(t)??[]).some(([r,o])=>r==="driver-type"&&o.startsWith("io.containerd.snapshotter"))}catch{return}}function oE(t){if(t.driver)return t.driver!==
"docker"?!0:t.containerdStore}var Pk='turn on the containerd image store ({"features":{"containerd-snapshotter":true}} in daemon.json), use a buildx builder of \
another driver (docker buildx create --use --driver docker-container), or build one platform per job';function ud(t,e){return new Ie(`platform ${t} needs a buil\
der that builds several platforms: ${e}`,Pk)}var nE=3,Ok=/\b5\d\d\b|Service Unavailable|Bad Gateway|Gateway Time-?out|connection reset|broken pipe|\bEOF\b|i\/o timeout|TLS handshake timeout|connection refused|Client\.Timeout|too ?many ?requests|\b429\b|net\/http/i,
sE=/no basic auth credentials|authentication required|unauthorized|\b401\b|authorization token has expired|denied: Your authorization token/i,iE=t=>t.startsWith(
"-")?`./${t}`:t;function cE(t,e){let r={};return t.platform?.includes(",")?r.buildx="platform":t.provenance&&(r.buildx="provenance"),r.buildkit=aa(e),r}function Nk(t,e,r,o){
let n=e==="buildx",s=n?["buildx","build"]:["build"],i=n?{}:{DOCKER_BUILDKIT:e==="buildkit"?"1":"0"};s.push("--file",iE(t.dockerfile)),e==="classic"&&s.push("--f\
orce-rm");for(let a of t.tags)s.push("--tag",a);for(let[a,c]of Object.entries(t.labels))s.push("--label",`${a}=${c}`);for(let a of t.buildArgs){let c=a.indexOf(
"=");i[a.slice(0,c)]=a.slice(c+1),s.push("--build-arg",a.slice(0,c))}if(t.target&&s.push("--target",t.target),t.platform&&s.push("--platform",t.platform),e!=="c\
lassic"){let a=Qy(t.secrets);s.push(...a.argv),Object.assign(i,a.env)}return t.cache&&(n&&s.push("--cache-to","type=inline"),e==="buildkit"&&s.push("--build-arg",
"BUILDKIT_INLINE_CACHE=1"),t.cache.from&&s.push("--cache-from",n?`type=registry,ref=${t.cache.from}`:t.cache.from)),n&&(s.push("--provenance",t.provenance?"mode\
=max":"false"),t.provenance&&s.push("--sbom","true"),s.push(t.pushFromBuilder?"--push":"--load"),r&&s.push("--metadata-file",r)),o&&s.push("--iidfile",o),s.push(
iE(t.context)),{argv:s,env:i}}function Dk(t){return/digest: (sha256:[a-f0-9]{64})/.exec(t)?.[1]}var dd=1e4,to=class{constructor(e,r,o,n=process.env){this.runner=
e;this.reporter=r;this.deadline=o;this.env=n}runner;reporter;deadline;env;run(e,r,o){return _n(this.deadline,`docker ${r[0]==="buildx"?`buildx ${r[1]}`:r[0]}`,()=>this.
runner(e,r,{...o,env:o?.env?{...this.env,...o.env}:this.env}))}async check(){let e;try{e=await this.run("docker",["version","--format","{{.Server.Version}}"],{silent:!0,
timeoutMs:dd})}catch{throw new Ie("docker is not installed: no `docker` command on PATH","use a runner or executor with Docker (CircleCI: the machine executor, \
or a docker image with setup_remote_docker)")}if(e.timedOut)throw new Ie(`the docker daemon did not answer within ${dd/1e3} s (docker version)`,"the daemon is h\
ung or overloaded: restart the docker engine (or check DOCKER_HOST / the docker context)");if(e.code!==0){let r=e.stderr.trim().split(`
`).pop()??"";throw new Ie(`the docker daemon is not reachable: ${r}`,"start the docker engine (CircleCI docker executor: add `setup_remote_docker`; or use the m\
achine executor)")}}buildx;embedded;chosen;hasBuildx(){return this.buildx??=this.run("docker",["buildx","version"],{silent:!0}).then(e=>e.code===0,()=>!1),this.
buildx}drivesEmbeddedBuildkit(){return this.embedded??=this.run("docker",["build","--help"],{silent:!0,env:{DOCKER_BUILDKIT:"1"}}).then(e=>e.code===0,()=>!1),this.
embedded}builder(e){return this.chosen??=eE({buildx:()=>this.hasBuildx(),embeddedBuildkit:()=>this.drivesEmbeddedBuildkit()},this.env,e).then(r=>(this.reporter.
info(`Builder: ${Zy[r]}`),r)),this.chosen}logins=Promise.resolve();login(e){let r=this.logins.then(()=>this.loginNow(e));return this.logins=r.catch(()=>{}),r}async loginNow(e){
this.reporter.secret(e.password),this.reporter.secret(Buffer.from(`${e.username}:${e.password}`).toString("base64"));let r=await this.run("docker",["login","--u\
sername",e.username,"--password-stdin",e.host],{input:Buffer.from(e.password),output:this.reporter.output});if(r.code!==0)throw new Je(`docker login to ${e.host}\
 failed: ${yr(r)}`)}async logout(e){await this.run("docker",["logout",e],{output:this.reporter.output})}async build(e,r){let o=e.tags.length===0,n=r==="buildx"||
o?(0,Lo.mkdtempSync)((0,ca.join)((0,aE.tmpdir)(),"ecr-deliver-")):void 0,s=n&&r==="buildx"?(0,ca.join)(n,"metadata.json"):void 0,i=n&&o?(0,ca.join)(n,"iid"):void 0;
try{let a=await this.runBuild(e,r,s,i);if(a.code!==0&&e.signal?.aborted)throw new Je("the build was stopped");if(a.code!==0&&e.cache&&/cache/i.test(yr(a))&&(this.
reporter.warning(`the build failed on the layer cache (${yr(a)}); building again without it`),a=await this.runBuild({...e,cache:void 0},r,s,i)),a.code!==0&&e.platform&&
/Multi-platform build is not supported/i.test(a.stderr))throw ud(e.platform,yr(a).replace(/^ERROR: /,""));if(a.code!==0)throw new Je(`docker ${r==="buildx"?"bui\
ldx build":"build"} failed (exit ${a.code}): ${yr(a)}`);let c=i?(0,Lo.readFileSync)(i,"utf8").trim():void 0;if(!s||!e.pushFromBuilder)return{imageId:c};let l=JSON.
parse((0,Lo.readFileSync)(s,"utf8"));return{imageId:c,pushedDigest:l["containerimage.digest"]}}finally{n&&(0,Lo.rmSync)(n,{recursive:!0,force:!0})}}runBuild(e,r,o,n){
let{argv:s,env:i}=Nk(e,r,o,n);return this.run("docker",s,{output:this.reporter.output,env:i,signal:e.signal})}async pullCache(e){let r=await this.run("docker",[
"pull","--quiet",e],{output:this.reporter.output});return r.code!==0&&this.reporter.warning(`no layer cache: docker pull ${e} failed (${yr(r)}); building withou\
t it`),r.code===0}async tag(e,r){let o=await this.run("docker",["tag",e,r],{output:this.reporter.output});if(o.code!==0)throw new Je(`docker tag ${e} ${r} faile\
d: ${yr(o)}`)}async push(e,r){let o=!1;for(let n=1;;n++){let s=await this.run("docker",["push",e],{output:this.reporter.output}),i=`${s.stdout}
${s.stderr}`;if(s.code===0){let a=Dk(i);if(!a)throw new Je(`docker push ${e} printed no digest`);return a}if(sE.test(i)&&!o){o=!0,this.reporter.warning(`the reg\
istry refused the credentials (${yr(s)}); logging in again`),await r();continue}if(sE.test(i))throw new Je(`docker push ${e} was refused after a fresh login: ${yr(
s)}`,"the credentials need ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage and ecr:BatchCheckLayerAvailability");if(!Ok.test(
i)||n>=nE)throw new Je(`docker push ${e} failed after ${n} attempt(s): ${yr(s)}`);this.reporter.warning(`docker push failed (${yr(s)}); retrying (${n}/${nE-1})`),
await new Promise(a=>setTimeout(a,1e3*2**(n-1)))}}async checkPlatforms(e){if(!e?.includes(",")||await this.builder()!=="buildx")return;let r=c=>this.run("docker",
c,{silent:!0,timeoutMs:dd}).then(l=>l.code===0?l.stdout:void 0,()=>{}),o=await r(["buildx","inspect"]),{name:n,driver:s}=o?tE(o):{},i=s==="docker"?await r(["inf\
o","--format","{{json .DriverStatus}}"]):void 0,a=i===void 0?void 0:rE(i);if(oE({name:n,driver:s,containerdStore:a})===!1)throw ud(e,`buildx's builder ${n??"(cu\
rrent)"} uses the docker driver, and the daemon the classic image store`)}},kk=/^(DEPRECATED:|Install the buildx|https:\/\/docs\.docker\.com\/|WARNING!|Configure a credential helper)/;
function yr(t){let e=n=>n.split(`
`).map(s=>s.trim()).filter(s=>s&&!kk.test(s)),r=e(t.stdout),o=e(t.stderr);return o.filter(n=>n.startsWith("ERROR: ")).pop()??o.pop()??[...r].reverse().find(n=>/error|denied|fail|unauthorized/i.
test(n))??r.pop()??`exit ${t.code}`}var oN=require("node:fs");var tN=require("node:crypto"),rN=require("node:fs");M();it();T();$();W();F();mt();X();we();T();var aT=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function vL(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}var cT=t=>{let e=[];switch(t.operation){default:e.push(vL(t))}return e},pT=t=>{let e=ur(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??
[])})};var lT=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr"}),uT={UseFIPS:{type:"b\
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
engines:{node:">=20.0.0"}};M();we();zf();$();$();var u0="AWS_EC2_METADATA_DISABLED",d0=async t=>{let{ENV_CMDS_FULL_URI:e,ENV_CMDS_RELATIVE_URI:r,fromContainerMetadata:o,fromInstanceMetadata:n}=await Promise.resolve().then(()=>(Hc(),Bc));
if(process.env[r]||process.env[e]){t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");let{fromHttp:s}=await Promise.resolve().then(()=>(rg(),tg));
return Mo(s(t),o(t))}return process.env[u0]&&process.env[u0]!=="false"?async()=>{throw new R("EC2 Instance Metadata Service access disabled",{logger:t.logger})}:
(t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata"),n(t))};function m0(t,e){let r=o1(t),o,n,s,i,a=async c=>{if(c?.forceRefresh)return i||(i=r(c).then(l=>{s=l}).finally(()=>{i=void 0})),await i,s;if(s?.expiration&&s?.expiration?.
getTime()<Date.now()&&(s=void 0),o)await o;else if(!s||e?.(s))if(s)n||(n=r(c).then(l=>{s=l}).catch(()=>{}).finally(()=>{n=void 0}));else return o=r(c).then(l=>{
s=l}).finally(()=>{o=void 0}),a(c);return s};return a}var o1=t=>async e=>{let r;for(let o of t)try{return await o(e)}catch(n){if(r=n,n?.tryNextLink)continue;throw n}
throw r};var GP=!1,Gi=(t={})=>m0([async()=>{if(t.profile??process.env[xa])throw process.env[Ys]&&process.env[Xs]&&(GP||((t.logger?.warn&&t.logger?.constructor?.name!=="N\
oOpLogger"?t.logger.warn.bind(t.logger):console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`),GP=!0)),new R("AWS_PROFILE is set, skipping fromEnv provider.",{logger:t.logger,tryNextLink:!0});return t.logger?.debug("@aws-sdk/credential-provider-node - \
defaultProvider::fromEnv"),Nc(t)()},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");let{ssoStartUrl:r,ssoAccountId:o,ssoRegion:n,
ssoRoleName:s,ssoSession:i}=t;if(!r&&!o&&!n&&!s&&!i)throw new R("Skipping SSO provider in default chain (inputs do not include SSO fields).",{logger:t.logger});
let{fromSSO:a}=await Promise.resolve().then(()=>(Dg(),Ng));return a(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromI\
ni");let{fromIni:r}=await Promise.resolve().then(()=>(HP(),BP));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::\
fromProcess");let{fromProcess:r}=await Promise.resolve().then(()=>(Sh(),xh));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defa\
ultProvider::fromTokenFile");let{fromTokenFile:r}=await Promise.resolve().then(()=>($p(),Ih));return r(t)(e)},async()=>(t.logger?.debug("@aws-sdk/credential-pro\
vider-node - defaultProvider::remoteProvider"),(await d0(t))()),async()=>{throw new R("Could not load credentials from any providers",{tryNextLink:!1,logger:t.logger})}],
jP);var jP=t=>t?.expiration!==void 0&&t.expiration.getTime()-Date.now()<3e5;T();$();mt();k();fo();we();en();tn();T();F();k();M();W();W();var Qn="ref",pn=-1,Lp=!0,zP="isSet",vh="PartitionResult",bo="stringEquals",Up="booleanEquals",Ch="getAttr",VP={[Qn]:"Endpoint"},Po={fn:Ch,argv:[{[Qn]:vh},"n\
ame"]},qP={[Qn]:vh},ln={},WP=[{[Qn]:"Region"}],KP={conditions:[[zP,[VP]],[zP,WP],["aws.partition",WP,vh],[bo,[Po,"aws-eusc"]],[bo,[Po,"aws-iso-f"]],[bo,[Po,"aws\
-iso-e"]],[bo,[Po,"aws-iso-b"]],[bo,[Po,"aws-iso"]],[bo,[Po,"aws-cn"]],[bo,[Po,"aws-us-gov"]],[bo,[Po,"aws"]],[Up,[{[Qn]:"UseFIPS"},Lp]],[Up,[{fn:Ch,argv:[qP,"s\
upportsFIPS"]},Lp]],[Up,[{[Qn]:"UseDualStack"},Lp]],[Up,[{fn:Ch,argv:[qP,"supportsDualStack"]},Lp]]],results:[[pn],[pn,"Invalid Configuration: FIPS and custom e\
ndpoint are not supported"],[pn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[VP,ln],["https://api.ecr.{Region}.{PartitionResult#dn\
sSuffix}",ln],["https://ecr.{Region}.{PartitionResult#dualStackDnsSuffix}",ln],["https://api.ecr-fips.{Region}.{PartitionResult#dnsSuffix}",ln],["https://ecr-fi\
ps.{Region}.{PartitionResult#dualStackDnsSuffix}",ln],["https://api.ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",ln],[pn,"FIPS and DualStack are enab\
led, but this partition does not support one or both"],[pn,"FIPS is enabled but this partition does not support FIPS"],["https://api.ecr.{Region}.{PartitionResu\
lt#dualStackDnsSuffix}",ln],[pn,"DualStack is enabled but this partition does not support DualStack"],[pn,"Invalid Configuration: Missing Region"]]},zM=2,Ue=1e8,
VM=new Int32Array([-1,1,-1,0,23,3,1,4,Ue+13,2,5,Ue+13,3,20,6,4,20,7,5,20,8,6,20,9,7,20,10,8,20,11,9,20,12,10,20,13,11,16,14,13,15,Ue+4,14,Ue+11,Ue+12,12,18,17,13,
Ue+9,Ue+10,13,19,Ue+6,14,Ue+8,Ue+9,11,22,21,13,Ue+5,Ue+4,13,Ue+7,Ue+6,11,Ue+1,24,13,Ue+2,Ue+3]),JP=ot.from(VM,zM,KP.conditions,KP.results);var qM=new nt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),YP=(t,e={})=>qM.get(t,()=>Bt(JP,{endpointParams:t,logger:e.logger}));Pe.aws=ft;X();T();var C=class t extends tt{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ecr#ECRServiceException";constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var Fp=class t extends C{static shapeId="com.amazonaws.ecr#InvalidParameterException";name="InvalidParameterException";$fault="client";constructor(e){super({name:"\
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
Object.setPrototypeOf(this,t.prototype)}},ul=class t extends C{static shapeId="com.amazonaws.ecr#SigningConfigurationNotFoundException";name="SigningConfigurati\
onNotFoundException";$fault="client";constructor(e){super({name:"SigningConfigurationNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
dl=class t extends C{static shapeId="com.amazonaws.ecr#ExclusionNotFoundException";name="ExclusionNotFoundException";$fault="client";constructor(e){super({name:"\
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
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}};var WM="Attribute",KM="AuthorizationData",JM="AuthorizationDataList",YM="AwsEcrContainerImageDetails",XM="AttributeList",QM="BlockedByOrganizationPolicyExceptio\
n";var ZM="BatchGetImage",eB="BatchGetImageRequest",tB="BatchGetImageResponse";var rB="CreateRepository";var oB="CreateRepositoryRequest",nB="CreateRepositoryResponse",sB="CvssScore",iB="CvssScoreAdjustment",aB="CvssScoreAdjustmentList",cB="CvssScoreDetails",pB="Cv\
ssScoreList",lB="DescribeImages",uB="DescribeImagesFilter",dB="DescribeImagesRequest";var mB="DescribeImagesResponse",fB="DescribeImageScanFindings",gB="DescribeImageScanFindingsRequest",hB="DescribeImageScanFindingsResponse";var yB="DescribeRepositoriesRequest",EB="DescribeRepositoriesResponse";var xB="DescribeRepositories";var SB="ExclusionAlreadyExistsException",RB="EncryptionConfiguration";var _B="EnhancedImageScanFinding",wB="EnhancedImageScanFindingList",IB="ExclusionNotFoundException",TB="EmptyUploadException";var CB="GetAuthorizationToken",vB="GetAuthorizationTokenRequest",AB="GetAuthorizationTokenResponse";var bB="Image",PB="ImageArchivedException",OB="ImageAlreadyExistsException",NB="ImageDetail",DB="ImageDigestDoesNotMatchException",kB="ImageDetailList",$B="Imag\
eFailure",LB="ImageFailureList",UB="ImageIdentifier",FB="ImageIdentifierList",MB="ImageList",BB="InvalidLayerException",HB="InvalidLayerPartException";var GB="ImageNotFoundException",jB="InvalidParameterException";var zB="ImageScanningConfiguration",VB="ImageStorageClassUpdateNotSupportedException",qB="ImageScanFinding",WB="ImageScanFindingList",KB="ImageScanFindingsSumma\
ry",JB="ImageScanFindings",YB="ImageScanStatus";var XB="ImageTagAlreadyExistsException",QB="ImageTagMutabilityExclusionFilter",ZB="ImageTagMutabilityExclusionFilters",eH="InvalidTagParameterException",tH="Key",
rH="KmsException";var oH="LayerAlreadyExistsException",nH="LimitExceededException";var sH="LayerInaccessibleException";var iH="LayersNotFoundException",aH="LifecyclePolicyNotFoundException";var cH="LifecyclePolicyPreviewInProgressException",pH="LifecyclePolicyPreviewNotFoundException";var lH="LayerPartTooSmallException";var uH="PutImage",dH="PutImageRequest",mH="PutImageResponse";var fH="PutLifecyclePolicy",gH="PutLifecyclePolicyRequest",hH="PutLifecyclePolicyResponse";var yH="PullThroughCacheRuleAlreadyExistsException";var EH="PullThroughCacheRuleNotFoundException",xH="PackageVulnerabilityDetails",SH="Recommendation",RH="RepositoryAlreadyExistsException",_H="ReplicationBackfil\
lInProgressException",wH="ReplicationBackfillInvalidStatusException",IH="ReplicationBackfillNotFoundException";var TH="ResourceDetails";var CH="ReferencedImagesNotFoundException",vH="RepositoryList",AH="ResourceList",bH="RepositoryNotEmptyException",PH="RepositoryNotFoundException",OH="RegistryP\
olicyNotFoundException",NH="RepositoryPolicyNotFoundException";var DH="Remediation",kH="Repository",$H="Resource";var LH="SigningConfigurationNotFoundException",UH="ScoreDetails",FH="ServerException";var MH="StartImageScan",BH="StartImageScanRequest",HH="StartImageScanResponse";var GH="ScanNotFoundException",jH="SecretNotFoundException";var zH="SetRepositoryPolicy",VH="SetRepositoryPolicyRequest",qH="SetRepositoryPolicyResponse",WH="Tag",KH="TemplateAlreadyExistsException";var JH="TagList",YH="TooManyTagsException",XH="TemplateNotFoundException";var QH="UnsupportedImageTypeException";var ZH="UploadNotFoundException";var e2="UnableToAccessSecretException",t2="UnableToDecryptSecretValueException",r2="UnableToGetUpstreamImageException",o2="UnableToGetUpstreamLayerException",n2="\
UnableToListUpstreamImageReferrersException",s2="UnsupportedUpstreamRegistryException",i2="Value",a2="ValidationException",c2="VulnerablePackage",p2="Vulnerable\
PackagesList";var l2="architecture",u2="awsAccountId",d2="authorizationData",m2="awsEcrContainerImage";var f2="acceptedMediaTypes",g2="artifactMediaType";var h2="authorizationToken";var y2="adjustments";var E2="arch",x2="attributes",S2="author";var R2="baseScore",D="client";var _2="createdAt";var XP="cvss",Ah="description";var w2="details";var O="error",I2="expiresAt";var T2="exploitAvailable",QP="encryptionConfiguration",C2="enhancedFindings";var v2="encryptionType",A2="epoch",b2="failures",P2="findingArn",O2="fixAvailable",N2="failureCode";var D2="fixedInVersion",k2="firstObservedAt",$2="filePath",L2="failureReason";var ZP="findingSeverityCounts",U2="filterType";var eO="filter",F2="findings",M2="force",B2="httpError",H2="images",G2="imageDetails",bh="imageDigest",j2="imageHash",tO="imageIds",Zn="imageId",rO="imageManife\
st",Ph="imageManifestMediaType",z2="imagePushedAt",oO="imageStatus",nO="imageScanningConfiguration",sO="imageScanCompletedAt",V2="imageScanFindings",q2="imageSc\
anFindingsSummary",W2="imageSizeInBytes",Oh="imageScanStatus",iO="imageTags";var aO="imageTagMutability",cO="imageTagMutabilityExclusionFilters",pO="imageTag",K2="inUseCount";var J2="id",Y2="image",X2="key",Q2="kmsError",Z2="kmsKey";var e3="lastArchivedAt",t3="lastActivatedAt";var r3="lastInUseAt",o3="lastObservedAt";var lO="lifecyclePolicyText",n3="lastRecordedPullTime";var s3="lastValidByteReceived",N="message",Nh="maxResults";var i3="metric",uO="name",es="nextToken",a3="platform",c3="pushedAt";var p3="proxyEndpoint";var l3="packageManager";var dO="policyText";var u3="packageVulnerabilityDetails";var d3="registry";var m3="repositoryArn";var Fe="registryId",f3="registryIds",Me="repositoryName",g3="repositoryNames";var h3="referenceUrls",y3="repositoryUri",E3="relatedVulnerabilities",x3="repository",S3="reason",R3="recommendation";var _3="release",w3="remediation",I3="repositories";var T3="resources";var mO="smithy.ts.sdk.synthetic.com.amazonaws.ecr";var C3="scoreDetails";var v3="sourceLayerHash",A3="subjectManifestDigest",b3="scanOnPush";var P3="scoreSource";var O3="sourceUrl",fO="scoringVector",gO="score",N3="server",hO="severity";var yO="source",EO="status";var xO="tags";var D3="tagStatus";var k3="text",$3="title",SO="type",L3="uri",U3="updatedAt",F3="uploadId";var M3="url",B3="value",H3="vendorCreatedAt",G3="vulnerabilityId",j3="vulnerablePackages",z3="vendorSeverity",RO="vulnerabilitySourceUpdatedAt",V3="vendorUpdate\
dAt",Dh="version",E="com.amazonaws.ecr",_O=new Q(mO),q3=[-3,mO,"ECRServiceException",0,[],[]];_O.registerError(q3,C);var A=new Q(E),W3=[-3,E,QM,{[O]:D},[N],[0]];
A.registerError(W3,Tl);var K3=[-3,E,TB,{[O]:D},[N],[0]];A.registerError(K3,zp);var J3=[-3,E,SB,{[O]:D},[N],[0]];A.registerError(J3,Cl);var Y3=[-3,E,IB,{[O]:D},[
N],[0]];A.registerError(Y3,dl);var X3=[-3,E,OB,{[O]:D},[N],[0]];A.registerError(X3,Rl);var Q3=[-3,E,PB,{[O]:D},[N],[0]];A.registerError(Q3,vl);var Z3=[-3,E,DB,{
[O]:D},[N],[0]];A.registerError(Z3,_l);var e4=[-3,E,GB,{[O]:D},[N],[0]];A.registerError(e4,ml);var t4=[-3,E,VB,{[O]:D},[N],[0]];A.registerError(t4,Nl);var r4=[-3,
E,XB,{[O]:D},[N],[0]];A.registerError(r4,wl);var o4=[-3,E,BB,{[O]:D},[N],[0]];A.registerError(o4,Vp);var n4=[-3,E,HB,{[O]:D},[Fe,Me,F3,s3,N],[0,0,0,1,0]];A.registerError(
n4,Dl);var s4=[-3,E,jB,{[O]:D},[N],[0]];A.registerError(s4,Fp);var i4=[-3,E,eH,{[O]:D},[N],[0]];A.registerError(i4,tl);var a4=[-3,E,rH,{[O]:D},[N,Q2],[0,0]];A.registerError(
a4,qp);var c4=[-3,E,oH,{[O]:D},[N],[0]];A.registerError(c4,Wp);var p4=[-3,E,sH,{[O]:D},[N],[0]];A.registerError(p4,hl);var l4=[-3,E,lH,{[O]:D},[N],[0]];A.registerError(
l4,Kp);var u4=[-3,E,iH,{[O]:D},[N],[0]];A.registerError(u4,yl);var d4=[-3,E,aH,{[O]:D},[N],[0]];A.registerError(d4,sl);var m4=[-3,E,cH,{[O]:D},[N],[0]];A.registerError(
m4,bl);var f4=[-3,E,pH,{[O]:D},[N],[0]];A.registerError(f4,xl);var g4=[-3,E,nH,{[O]:D},[N],[0]];A.registerError(g4,Hp);var h4=[-3,E,yH,{[O]:D},[N],[0]];A.registerError(
h4,Yp);var y4=[-3,E,EH,{[O]:D},[N],[0]];A.registerError(y4,il);var E4=[-3,E,CH,{[O]:D},[N],[0]];A.registerError(E4,Il);var x4=[-3,E,OH,{[O]:D},[N],[0]];A.registerError(
x4,al);var S4=[-3,E,_H,{[O]:D},[N],[0]];A.registerError(S4,Pl);var R4=[-3,E,wH,{[O]:D},[N],[0]];A.registerError(R4,Ol);var _4=[-3,E,IH,{[O]:D},[N],[0]];A.registerError(
_4,gl);var w4=[-3,E,RH,{[O]:D},[N],[0]];A.registerError(w4,rl);var I4=[-3,E,bH,{[O]:D},[N],[0]];A.registerError(I4,cl);var T4=[-3,E,PH,{[O]:D},[N],[0]];A.registerError(
T4,Mp);var C4=[-3,E,NH,{[O]:D},[N],[0]];A.registerError(C4,ll);var v4=[-3,E,GH,{[O]:D},[N],[0]];A.registerError(v4,fl);var A4=[-3,E,jH,{[O]:D},[N],[0]];A.registerError(
A4,Xp);var b4=[-3,E,FH,{[O]:N3},[N],[0]];A.registerError(b4,Bp);var P4=[-3,E,LH,{[O]:D},[N],[0]];A.registerError(P4,ul);var O4=[-3,E,KH,{[O]:D},[N],[0]];A.registerError(
O4,nl);var N4=[-3,E,XH,{[O]:D},[N],[0]];A.registerError(N4,pl);var D4=[-3,E,YH,{[O]:D},[N],[0]];A.registerError(D4,ol);var k4=[-3,E,e2,{[O]:D},[N],[0]];A.registerError(
k4,Qp);var $4=[-3,E,t2,{[O]:D},[N],[0]];A.registerError($4,Zp);var L4=[-3,E,r2,{[O]:D},[N],[0]];A.registerError(L4,Gp);var U4=[-3,E,o2,{[O]:D},[N],[0]];A.registerError(
U4,El);var F4=[-3,E,n2,{[O]:D},[N],[0]];A.registerError(F4,Sl);var M4=[-3,E,QH,{[O]:D},[N],[0]];A.registerError(M4,Al);var B4=[-3,E,s2,{[O]:D},[N],[0]];A.registerError(
B4,el);var H4=[-3,E,ZH,{[O]:D},[N],[0]];A.registerError(H4,Jp);var G4=[-3,E,a2,{[O]:D,[B2]:400},[N],[0]];A.registerError(G4,jp);var wO=[_O,A],j4=[3,E,WM,0,[X2,B3],
[0,0],1],z4=[3,E,KM,0,[h2,I2,p3],[0,4,0]],V4=[3,E,YM,0,[l2,S2,j2,iO,a3,c3,r3,K2,d3,Me],[0,0,0,64,0,4,4,1,0,0]];var q4=[3,E,eB,0,[Me,tO,Fe,f2],[0,()=>AO,0,64],2],W4=[3,E,tB,0,[H2,b2],[()=>FG,()=>UG]];var K4=[3,E,oB,0,[Me,Fe,xO,aO,cO,nO,QP],[0,0,()=>GG,0,()=>bO,()=>CO,()=>IO],1],J4=[3,E,nB,0,[x3],[()=>vO]],Y4=[3,E,sB,0,[R2,fO,yO,Dh],[1,0,0,0]],X4=[3,E,iB,0,[i3,
S3],[0,0]],Q4=[3,E,cB,0,[y2,gO,P3,fO,Dh],[()=>DG,1,0,0,0]];var Z4=[3,E,gB,0,[Me,Zn,Fe,es,Nh],[0,()=>un,0,0,1],2],eG=[3,E,hB,0,[Fe,Me,Zn,Oh,V2,es],[0,0,()=>un,()=>kh,()=>dG,0]],tG=[3,E,uB,0,[D3,oO],[0,0]];var rG=[3,E,dB,0,[Me,Fe,tO,es,Nh,eO],[0,0,()=>AO,0,1,()=>tG],1],oG=[3,E,mB,0,[G2,es],[()=>LG,0]];var nG=[3,E,yB,0,[Fe,g3,es,Nh],[0,64,0,1]],sG=[3,E,EB,0,[I3,es],[()=>BG,0]];var IO=[3,E,RB,0,[v2,Z2],[0,0],1];var iG=[3,E,_B,0,[u2,Ah,P2,k2,o3,u3,w3,T3,gO,C3,hO,EO,$3,SO,U3,O2,T2],[0,0,0,4,4,()=>gG,()=>RG,()=>HG,1,()=>IG,0,0,0,0,4,0,0]];var aG=[3,E,vB,0,[f3],[64]],cG=[3,E,AB,0,[d2],[()=>NG]];var TO=[3,E,bB,0,[Fe,Me,Zn,rO,Ph],[0,0,()=>un,0,0]],pG=[3,E,NB,0,[Fe,Me,bh,iO,W2,z2,Oh,q2,Ph,g2,n3,A3,oO,e3,t3],[0,0,0,64,1,4,()=>kh,()=>mG,0,0,4,0,0,4,4]],lG=[
3,E,$B,0,[Zn,N2,L2],[()=>un,0,0]],un=[3,E,UB,0,[bh,pO],[0,0]];var uG=[3,E,qB,0,[uO,Ah,L3,hO,x2],[0,0,0,0,()=>OG]],dG=[3,E,JB,0,[sO,RO,ZP,F2,C2],[4,4,129,()=>MG,()=>$G]],mG=[3,E,KB,0,[sO,RO,ZP],[4,4,129]],CO=[3,E,zB,0,[b3],
[2]],kh=[3,E,YB,0,[EO,Ah],[0,0]];var fG=[3,E,QB,0,[U2,eO],[0,0],2];var gG=[3,E,xH,0,[XP,h3,E3,yO,O3,H3,z3,V3,G3,j3],[()=>kG,64,64,0,0,4,0,4,0,()=>jG]];var hG=[3,E,dH,0,[Me,rO,Fe,Ph,pO,bh],[0,0,0,0,0,0],2],yG=[3,E,mH,0,[Y2],[()=>TO]];var EG=[3,E,gH,0,[Me,lO,Fe],[0,0,0],2],xG=[3,E,hH,0,[Fe,Me,lO],[0,0,0]];var SG=[3,E,SH,0,[M3,k3],[0,0]];var RG=[3,E,DH,0,[R3],[()=>SG]];var vO=[3,E,kH,0,[m3,Fe,Me,y3,_2,aO,cO,nO,QP],[0,0,0,0,4,0,()=>bO,()=>CO,()=>IO]];var _G=[3,E,$H,0,[w2,J2,xO,SO],[()=>wG,0,128,0]],wG=[3,E,TH,0,[m2],[()=>V4]];var IG=[3,E,UH,0,[XP],[()=>Q4]],TG=[3,E,VH,0,[Me,dO,Fe,M2],[0,0,0,2],2],CG=[3,E,qH,0,[Fe,Me,dO],[0,0,0]];var vG=[3,E,BH,0,[Me,Zn,Fe],[0,()=>un,0],2],AG=[3,E,HH,0,[Fe,Me,Zn,Oh],[0,0,()=>un,()=>kh]];var bG=[3,E,WH,0,[tH,i2],[0,0],2];var PG=[3,E,c2,0,[E2,A2,$2,uO,l3,_3,v3,Dh,D2],[0,1,0,0,0,0,0,0,0]];var OG=[1,E,XM,0,()=>j4],NG=[1,E,JM,0,()=>z4];var DG=[1,E,aB,0,()=>X4],kG=[1,E,pB,0,()=>Y4],$G=[1,E,wB,0,()=>iG];var LG=[1,E,kB,0,()=>pG],UG=[1,E,LB,0,()=>lG],AO=[1,E,FB,0,()=>un],FG=[1,E,MB,0,()=>TO];var MG=[1,E,WB,0,()=>uG];var bO=[1,E,ZB,0,()=>fG];var BG=[1,E,vH,0,()=>vO];var HG=[1,E,AH,0,()=>_G];var GG=[1,E,JH,0,()=>bG];var jG=[1,E,p2,0,()=>PG];var PO=[9,E,ZM,0,()=>q4,()=>W4];var OO=[9,E,rB,0,()=>K4,()=>J4];var NO=[9,E,lB,0,()=>rG,()=>oG],DO=[9,E,fB,0,()=>Z4,()=>eG];var kO=[9,E,xB,0,()=>nG,()=>sG];var $O=[9,E,CB,0,()=>aG,()=>cG];var LO=[9,E,uH,0,()=>hG,()=>yG];var UO=[9,E,fH,0,()=>EG,()=>xG];var FO=[9,E,zH,0,()=>TG,()=>CG],MO=[9,E,MH,0,()=>vG,()=>AG];var BO=t=>({apiVersion:"2015-09-21",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??YP,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??cT,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge}],logger:t?.logger??new _e,protocol:t?.protocol??Zo,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecr",errorTypeRegistries:wO,xmlNamespace:"http://ecr.amazonaws.com/doc/2015-09-21/",version:"2015-09-21",serviceTarget:"AmazonE\
C2ContainerRegistry_V20150921"},serviceId:t?.serviceId??"ECR",sha256:t?.sha256??ht,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??
Z});var HO=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Dt),o=BO(t);Tt(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(gt,n),bodyLengthChecker:t?.bodyLengthChecker??Ct,credentialDefaultProvider:t?.credentialDefaultProvider??
Gi,defaultSocketTimeout:Er(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:dT.version}),maxAttempts:t?.
maxAttempts??_(Yt,t),region:t?.region??_(be,{...rt,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Qt,default:async()=>(await r()).
retryMode||at},t),streamCollector:t?.streamCollector??je,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Ot,n),userAgentAppId:t?.
userAgentAppId??_(tr,n)}};M();T();F();var GO=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);s===-1?e.
push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
jO=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var zO=(t,e)=>{let r=Object.assign(rr(t),$t(t),Ht(t),GO(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),Gt(r),jO(r))};var kl=class extends Te{config;constructor(...[e]){let r=HO(e||{});super(r),this.initConfig=r;let o=lT(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=cr(a),l=pT(c),u=zO(l,e?.
extensions||[]);this.config=u,this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(Zt(this.config)),this.middlewareStack.use(lr(this.config)),this.
middlewareStack.use(jt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),
this.middlewareStack.use(ut(this.config,{httpAuthSchemeParametersProvider:aT,identityProviderConfigProvider:async d=>new Ve({"aws.auth#sigv4":d.credentials})})),
this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}};T();W();var ye=Ut(uT,"AmazonEC2ContainerRegistry_V20150921","ECRClient",pr),Ee={},xe=(t,e,r,o)=>[];var $l=class extends ye(Ee,xe,"BatchGetImage",PO){};var Ll=class extends ye(Ee,xe,"CreateRepository",OO){};var Ul=class extends ye(Ee,xe,"DescribeImageScanFindings",DO){};var Fl=class extends ye(Ee,xe,"DescribeImages",NO){};var Ml=class extends ye(Ee,xe,"DescribeRepositories",kO){};var ji=class extends ye(Ee,xe,"GetAuthorizationToken",$O){};var Bl=class extends ye(Ee,xe,"PutImage",LO){};var Hl=class extends ye(Ee,xe,"PutLifecyclePolicy",UO){};var Gl=class extends ye(Ee,xe,"SetRepositoryPolicy",FO){};var jl=class extends ye(Ee,xe,"StartImageScan",MO){};var zl=Ur(require("node:http")),$h=Ur(require("node:https")),VO=require("node:net"),qO=require("node:tls");var WO=t=>(e,r)=>t?.(e,r);function Uh(t,e){let r=t.protocol==="https:"?"https":"http",o=(e[`${r}_proxy`]||e[`${r.toUpperCase()}_PROXY`]||"").trim();if(!o||zG(t,
e.no_proxy??e.NO_PROXY??""))return;let n;try{n=new URL(o.includes("://")?o:`http://${o}`)}catch{throw new hr(`${r.toUpperCase()}_PROXY is not a URL like http://\
proxy.example.com:3128`)}if(n.protocol!=="http:")throw new hr(`${r.toUpperCase()}_PROXY: only http:// proxies are supported, not ${n.protocol}//${n.host}`);return n}
function zG(t,e){let r=t.hostname.replace(/^\[|\]$/g,"").toLowerCase(),o=t.port||(t.protocol==="https:"?"443":"80");return e.split(/[\s,]+/).filter(Boolean).some(
n=>{if(n==="*")return!0;let s=/^\[([^\]]+)\](?::(\d+))?$/.exec(n)??/^([^:]+)(?::(\d+))?$/.exec(n)??[n,n],i=s[1].replace(/^\*?\./,"").toLowerCase();return s[2]&&
s[2]!==o?!1:r===i||r.endsWith(`.${i}`)})}var VG=t=>`${t.protocol}//${t.host}`;function KO(t){if(!t.username)return;let e=`${decodeURIComponent(t.username)}:${decodeURIComponent(
t.password)}`;return`Basic ${Buffer.from(e).toString("base64")}`}function Fh(t,e,r){return new hr(`the proxy ${VG(t)} (for ${e}) ${r}`)}function JO(t,e,r){let o=(0,VO.connect)(
{host:t.hostname.replace(/^\[|\]$/g,""),port:Number(t.port||80)}),n=s=>r(Fh(t,e,`could not be reached: ${s.code??s.message}`));return o.once("error",n),o.once("\
connect",()=>{o.off("error",n),r(null,o)}),o}var Lh=(t,e)=>({host:t.hostname??t.host??"localhost",port:Number(t.port||e)}),Vl=class extends zl.Agent{constructor(r,o){
super(o);this.env=r}env;proxy(r){return Uh(new URL(`http://${r.host.includes(":")?`[${r.host}]`:r.host}:${r.port}`),this.env)}addRequest(r,o){let n=Lh(o,80),s=this.
proxy(n);if(s){r.path=`http://${n.host.includes(":")?`[${n.host}]`:n.host}:${n.port}${r.path}`;let i=KO(s);i&&r.setHeader("proxy-authorization",i);let a=r.emit.
bind(r);r.emit=((c,...l)=>{let u=l[0];return c!=="response"||u.statusCode!==407?a(c,...l):(u.resume(),r.destroy(Fh(s,`${n.host}:${n.port}`,"refused the request:\
 407 Proxy Authentication Required (check the credentials in HTTP_PROXY)")),!0)})}zl.Agent.prototype.addRequest.call(this,r,o)}createConnection(r,o){let n=Lh(r,
80),s=this.proxy(n);if(!s)return zl.Agent.prototype.createConnection.call(this,r,o);JO(s,`${n.host}:${n.port}`,WO(o))}},ql=class extends $h.Agent{constructor(r,o){
super(o);this.env=r}env;createConnection(r,o){let n=WO(o),s=Lh(r,443),i=`${s.host.includes(":")?`[${s.host}]`:s.host}:${s.port}`,a=Uh(new URL(`https://${i}`),this.
env);if(!a)return $h.Agent.prototype.createConnection.call(this,r);JO(a,i,(c,l)=>{if(c||!l)return n(c);let u=KO(a);l.write(`CONNECT ${i} HTTP/1.1\r
Host: ${i}\r
${u?`Proxy-Authorization: ${u}\r
`:""}\r
`);let d=Buffer.alloc(0),m=y=>{l.destroy(),n(Fh(a,i,y))},f=y=>{if(d=Buffer.concat([d,y]),d.indexOf(`\r
\r
`)<0)return;l.off("data",f),l.off("error",g),l.off("end",h);let x=/^HTTP\/1\.[01] (\d{3})([^\r\n]*)/.exec(d.toString("latin1"));if(x?.[1]!=="200")return m(`refu\
sed the tunnel: ${x?`${x[1]}${x[2]}`:"no HTTP answer"}${x?.[1]==="407"?" (check the credentials in HTTPS_PROXY)":""}`);let v=r.servername??(/^[\d.]+$|:/.test(s.
host)?void 0:s.host);n(null,(0,qO.connect)({...r,socket:l,servername:v}))},g=y=>m(`dropped the tunnel: ${y.message}`),h=()=>m("closed the connection before answ\
ering CONNECT");l.on("data",f),l.once("error",g),l.once("end",h)})}};function YO(t){return["http_proxy","HTTP_PROXY","https_proxy","HTTPS_PROXY"].some(e=>t[e]?.
trim())?{httpAgent:new Vl(t,{keepAlive:!0}),httpsAgent:new ql(t,{keepAlive:!0})}:{}}function XO(t,e){if(Uh(t,e))return t.protocol==="https:"?new ql(e,{keepAlive:!1}):
new Vl(e,{keepAlive:!1})}function zi(t,e){let r=new URL(t),{request:o}=r.protocol==="https:"?require("node:https"):require("node:http");return new Promise((n,s)=>{let i=XO(r,process.env)??
!1,a=o(r,{method:e.method??"GET",headers:e.headers,agent:i,signal:e.signal,timeout:e.timeoutMs},c=>{let l=[];c.on("data",u=>l.push(u)),c.on("error",s),c.on("end",
()=>n({status:c.statusCode??0,text:Buffer.concat(l).toString("utf8"),headers:c.headers}))});if(e.connectTimeoutMs!==void 0){let c=e.connectTimeoutMs;a.on("socke\
t",l=>{if(!l.connecting)return;let u=setTimeout(()=>a.destroy(new Error(`no connection within ${c} ms`)),c);l.once("connect",()=>clearTimeout(u)),l.once("close",
()=>clearTimeout(u))})}a.on("timeout",()=>a.destroy(new Error(`no answer within ${e.timeoutMs} ms`))),a.on("error",s),a.end(e.body)})}var QO=3e4,qG=t=>/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(t)?"http":"https";function WG(t){let e=/^(\w+)\s*(.*)$/.exec(t??"");if(!e)return;let r={};
for(let o of e[2].matchAll(/(\w+)="([^"]*)"/g))r[o[1]]=o[2];return{kind:e[1].toLowerCase(),params:r}}async function Wl(t,e,r,o,n){let s=`${qG(t.host)}://${t.host}\
/v2/${e}/manifests/${encodeURIComponent(r)}`,i=`Basic ${Buffer.from(`${t.username}:${t.password}`).toString("base64")}`,a=u=>zi(s,{headers:{accept:o.join(", "),
...u?{authorization:u}:{}},timeoutMs:QO,signal:n}),c=await a();if(c.status===401){let u=WG(c.headers["www-authenticate"]);if(u?.kind==="bearer"&&u.params.realm){
let d=new URL(u.params.realm);u.params.service&&d.searchParams.set("service",u.params.service),d.searchParams.set("scope",u.params.scope??`repository:${e}:pull`);
let m=await zi(d,{headers:{authorization:i},timeoutMs:QO,signal:n}),f=JSON.parse(m.text);c=await a(`Bearer ${f.token??f.access_token}`)}else c=await a(i)}if(c.status!==
200)throw new Error(`the registry answered ${c.status} for ${e}:${r}`);let l=JSON.parse(c.text).mediaType;return{manifest:c.text,mediaType:l??String(c.headers["\
content-type"]??"").split(";")[0]}}var ZO=5,KG=5e3,JG=3e4;function YG(t=1/0){let e=Math.max(1e3,Math.min(JG,Math.floor(t/3)));return{connectionTimeout:Math.min(KG,e),requestTimeout:e}}function ts(t,e,r){
return{region:t,credentials:e,retryMode:"adaptive",maxAttempts:ZO,requestHandler:{...YG(r?.ms),throwOnRequestTimeout:!0,...YO(process.env)}}}function Kl(t){let e=t??
{},r=e.name??"",o=/Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(r)||!!e.$retryable?.throttling,n=o||!!e.$retryable||(e.$metadata?.httpStatusCode??
0)>=500||/Timeout/.test(r)||/^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)$/.test(e.code??"");return{attempts:e.$metadata?.
attempts??1,transient:n,throttled:o}}function Jl(t,e){return e?`AWS kept throttling ${t} for longer than ${ZO} attempts with backoff: re-run later, spread out c\
oncurrent deliveries, or raise the ${t} API rate quota (Service Quotas)`:`${t} or the network to it kept failing: check the runner's access to AWS (proxy, firew\
all, VPC endpoint, AWS_ENDPOINT_URL_${t}) and the AWS Health Dashboard, then re-run`}var dn=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.image.manifest.v\
1+json","application/vnd.oci.image.index.v1+json"],XG=new Set(["RepositoryNotFoundException","RepositoryAlreadyExistsException","ImageAlreadyExistsException","I\
mageTagAlreadyExistsException","ScanNotFoundException","LayersNotFoundException"]),xt=t=>t?.name??"";async function Yl(t,e,r,o){try{return await _n(r,`${t.label}\
 ${e}`,o)}catch(n){throw QG(t,e,n)}}function QG(t,e,r){let o=xt(r);if(r instanceof It||XG.has(o))return r;let n=`${t.label} ${e}`,s=`${o}: ${r.message}`;if(o===
"CredentialsProviderError")return new de(`no AWS credentials for ${n}: ${r.message}`,"set role-to-assume to use the CI's OIDC token, or provide credentials (AWS\
_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile, an instance role)",{cause:r});let i=Kl(r);if(i.transient)return new de(`${n} failed after ${i.attempts} attempt\
(s): ${s}`,Jl("ECR",i.throttled),{cause:r});if(/ExpiredToken/.test(o))return new de(`${n} failed: the AWS credentials have expired (${s})`,"with role-to-assume \
they are refreshed before they expire; ambient credentials must outlive the run (or raise role-duration-seconds for the role that issued them)",{cause:r});let a=/AccessDenied|UnrecognizedClient|InvalidSignature/.
test(o);return new de(`${n} failed: ${s}`,a?t.permissionHint(e):void 0,{cause:r})}var ZG=4;function Vi(t,e=t?.proxyEndpoint){if(!t?.authorizationToken||!e)throw new de("ECR returned no authorization data");let r=Buffer.from(t.authorizationToken,
"base64").toString("utf8"),o=r.indexOf(":");return{host:e.replace(/^https?:\/\//,"").replace(/\/+$/,""),username:r.slice(0,o),password:r.slice(o+1)}}function ej(t){
return new RegExp(`^${t.split("*").map(e=>e.replace(/[.+?^${}()|[\]\\]/g,"\\$&")).join(".*")}$`)}function Mh(t,e){let r=t.exclusionFilters.some(o=>ej(o).test(e));
switch(t.mutability){case"IMMUTABLE":return!0;case"IMMUTABLE_WITH_EXCLUSION":return!r;case"MUTABLE_WITH_EXCLUSION":return r;default:return!1}}async function eN(t,e,r,o){
let n=[...o],s=async()=>{for(let i=n.shift();i!==void 0;i=n.shift())await t.putTag(e,r,i)};await Promise.all(Array.from({length:Math.min(ZG,n.length)},s))}var tj=5,Bh=100,rj={label:"ECR",permissionHint:t=>`the credentials need ecr:${t} on this repository (\`ecr-deliver iam-policy\` prints the policy)`},rs=class{constructor(e,r,o,n){
this.registryId=o;this.deadline=n;this.ecr=new kl(ts(e,r,n)),this.sendOptions={abortSignal:n?.signal}}registryId;deadline;ecr;sendOptions;close(){this.ecr.destroy()}registryLogin;login(){
let e=this.send("GetAuthorizationToken",new ji(this.registryId?{registryIds:[this.registryId]}:{})).then(r=>Vi(r.authorizationData?.[0]));return this.registryLogin=
e,e}async manifest(e,r){let o=await(this.registryLogin??this.login()),n=await Wl(o,e,r,dn,this.deadline?.signal);if(`sha256:${(0,tN.createHash)("sha256").update(
n.manifest).digest("hex")}`!==r)throw new de(`the registry's manifest for ${e}@${r} does not match its digest`);return n}async logins(e){return((await this.send(
"GetAuthorizationToken",new ji({registryIds:e}))).authorizationData??[]).map(o=>Vi(o))}async findRepository(e){let r=await this.describe(e);return r&&Hh(r,!1)}async ensureRepository(e,r){
let o=await this.findRepository(e.repository);if(o)return o;if(!e.createRepository)throw new de(`repository ${e.repository} does not exist`,"create it, or set c\
reate-repository: true");let n=oj(e,r);try{let s=await this.send("CreateRepository",new Ll({registryId:this.registryId,repositoryName:e.repository,imageTagMutability:e.
imageTagMutability,imageTagMutabilityExclusionFilters:n,imageScanningConfiguration:{scanOnPush:e.scanOnPush},encryptionConfiguration:{encryptionType:e.encryptionType,
kmsKey:e.kmsKey}}));return Hh(s.repository,!0)}catch(s){if(xt(s)!=="RepositoryAlreadyExistsException")throw s;let i=await this.describe(e.repository);if(!i)throw s;
return Hh(i,!1)}}async applyPolicies(e){let r={registryId:this.registryId,repositoryName:e.repository},o=i=>i?(0,rN.readFileSync)(i,"utf8"):void 0,[n,s]=[o(e.lifecyclePolicy),
o(e.repositoryPolicy)];await Promise.all([n&&this.send("PutLifecyclePolicy",new Hl({...r,lifecyclePolicyText:n})),s&&this.send("SetRepositoryPolicy",new Gl({...r,
policyText:s}))])}async images(e,r){let o=new Map,n=Array.from({length:Math.ceil(r.length/Bh)},(i,a)=>r.slice(a*Bh,(a+1)*Bh)),s;try{s=await Promise.all(n.map(i=>this.
send("BatchGetImage",new $l({registryId:this.registryId,repositoryName:e,imageIds:i.map(a=>({imageTag:a})),acceptedMediaTypes:dn}))))}catch(i){if(xt(i)==="Repos\
itoryNotFoundException")return o;throw i}for(let i of s.flatMap(a=>a.images??[])){let a=i.imageId?.imageTag;a&&i.imageId?.imageDigest&&i.imageManifest&&o.set(a,
{digest:i.imageId.imageDigest,manifest:i.imageManifest,mediaType:i.imageManifestMediaType??""})}return o}async latestImage(e){let r,o;for(let n=0;n<tj;n++){let s;
try{s=await this.send("DescribeImages",new Fl({registryId:this.registryId,repositoryName:e,filter:{tagStatus:"TAGGED"},maxResults:1e3,nextToken:o}))}catch(i){if(xt(
i)==="RepositoryNotFoundException")return;throw i}for(let i of s.imageDetails??[]){let a=i.imagePushedAt?.getTime()??0;i.imageDigest&&!i.artifactMediaType?.includes(
"artifact")&&dn.includes(i.imageManifestMediaType??dn[0])&&a>=(r?.at??-1)&&(r={digest:i.imageDigest,at:a})}if(o=s.nextToken,!o)break}return r?.digest}async putTag(e,r,o){
try{await this.send("PutImage",new Bl({registryId:this.registryId,repositoryName:e,imageManifest:r.manifest,imageManifestMediaType:r.mediaType||void 0,imageDigest:r.
digest,imageTag:o}))}catch(n){if(xt(n)==="ImageAlreadyExistsException")return;throw xt(n)==="ImageTagAlreadyExistsException"?new de(`tag ${o} already exists in \
the immutable repository ${e} at another image`,"immutable tags cannot move: drop the tag from `tags`, or use a new one",{cause:n}):n}}async scanFindings(e,r,o){
try{return await this.send("DescribeImageScanFindings",new Ul({registryId:this.registryId,repositoryName:e,imageId:{imageDigest:r},nextToken:o,maxResults:1e3}))}catch(n){
if(xt(n)==="ScanNotFoundException")return;throw n}}async startScan(e,r){await this.send("StartImageScan",new jl({registryId:this.registryId,repositoryName:e,imageId:{
imageDigest:r}}))}async describe(e){try{return(await this.send("DescribeRepositories",new Ml({registryId:this.registryId,repositoryNames:[e]}))).repositories?.[0]}catch(r){
if(xt(r)==="RepositoryNotFoundException")return;throw r}}send(e,r){return Yl(rj,e,this.deadline,()=>this.ecr.send(r,this.sendOptions))}};function Hh(t,e){return{
name:t.repositoryName,uri:t.repositoryUri,arn:t.repositoryArn,mutability:t.imageTagMutability??"MUTABLE",exclusionFilters:(t.imageTagMutabilityExclusionFilters??
[]).map(r=>r.filter??"").filter(Boolean),scanOnPush:t.imageScanningConfiguration?.scanOnPush??!1,created:e}}function oj(t,e){if(t.imageTagMutability==="IMMUTABL\
E_WITH_EXCLUSION"){if(e.length>ed)throw new de(`an IMMUTABLE_WITH_EXCLUSION repository takes at most ${ed} exclusion filters; keeping this run's extra tags mova\
ble needs ${e.length}: ${e.join(", ")}`,"use fewer extra tags, create the repository yourself with wildcard filters, or use MUTABLE");return e.map(r=>({filterType:"\
WILDCARD",filter:r}))}}async function Xl(t,e,r,o){let n=new Map;for(let i of t)n.set(i.region??e,[...n.get(i.region??e)??[],i.id]);return(await Promise.all([...n].map(async([i,a])=>{let c=new rs(
i,r,void 0,o);try{return await c.logins(a)}finally{c.close()}}))).flat()}var nj=/unauthorized|authentication required|no basic auth credentials|denied|\b401\b|\b403\b|may require 'docker login'/i,
sj=/^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;function Ql(t){let e;try{e=(0,oN.readFileSync)(t,"utf8")}catch{return[]}let r=new Set;for(let o of e.
matchAll(/^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)/gim)){let n=o[1].split("/")[0];o[1].includes("/")&&(/[.:]/.test(n)||n==="localhost")&&r.add(n)}return[...r]}function nN(t,e,r,o){
if(!nj.test(t))return;let n=Ql(e).filter(i=>!r.includes(i));return n.length?`the Dockerfile pulls from ${n.map(i=>{let a=sj.exec(i);return a?`${i} (pull-registr\
ies: ${a[2]===o?a[1]:`${a[1]}@${a[2]}`})`:i}).join(", ")}, which docker is not logged in to: add the registry's account id (or ID@REGION) to pull-registries`:void 0}var cN=require("node:child_process"),pN=require("node:fs"),lN=require("node:util");$p();var ij=/^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/,aj=/^(?:arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)|alias\/[\w/+=,.@-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
cj=/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/,pj=/^[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$|^(?:sha256:)?[a-f0-9]{12,64}$/,
lj=100,uj=/^[A-Za-z_][A-Za-z0-9_]{0,255}$/,dj=/^[A-Za-z0-9][A-Za-z0-9._/-]{0,255}=/,qi="sts.amazonaws.com",mn=["CRITICAL","HIGH","MEDIUM","LOW"],sN=[{name:"repo\
sitory",field:"repository",...pe(Be.repository),required:!0,description:"ECR repository name, e.g. `team/api`. Validated against ECR's naming rule before any AW\
S call.",iamPolicy:{value:"NAME",description:"ECR repository the role delivers to."}},{name:"aws-region",field:"awsRegion",...pe(Be.region),defaultText:"`AWS_RE\
GION`, then `AWS_DEFAULT_REGION`",description:"Region of the registry.",iamPolicy:{value:"REGION"}},{name:"role-to-assume",field:"roleToAssume",...pe(ne(ij,"is \
not an IAM role ARN like `arn:aws:iam::123456789012:role/name`")),defaultText:"none: the ambient AWS credential chain",description:"IAM role ARN, assumed with `\
AssumeRoleWithWebIdentity` using the CI's OIDC token."},{name:"audience",field:"audience",...pe(Be.audience),default:qi,description:"Audience asked for the GitH\
ub OIDC token (CircleCI tokens are used as issued).",iamPolicy:{value:"AUD",description:"Pinned `aud` of the trust policy.",default:void 0,defaultText:"sts.amaz\
onaws.com on GitHub, the org id on CircleCI"}},{name:"web-identity-token-file",field:"webIdentityTokenFile",...En(ko),defaultText:"`AWS_WEB_IDENTITY_TOKEN_FILE`",
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
aj,"is not a KMS key ARN, key id or `alias/\u2026`")),description:"KMS key ARN, id or alias, with `encryption-type: KMS`.",iamPolicy:{value:"ARN",description:"K\
MS key ARN of a created repository.",defaultText:"any key of the account",...pe(ne($y,"is not a KMS key or alias ARN like `arn:aws:kms:eu-west-1:123456789012:ke\
y/\u2026`"))}},{name:"lifecycle-policy",field:"lifecyclePolicy",...En(td),description:"Path to a lifecycle policy JSON file, applied to the repository.",iamPolicy:{
value:"FILE|true",description:"The delivery applies a lifecycle policy.",default:"false",...sd}},{name:"repository-policy",field:"repositoryPolicy",...En(td),description:"\
Path to a repository policy JSON file, applied to the repository.",iamPolicy:{value:"FILE|true",description:"The delivery applies a repository policy.",default:"\
false",...sd}},{name:"context",field:"context",...En(),default:".",description:"Build context directory."},{name:"dockerfile",field:"dockerfile",...En(),defaultText:"\
`Dockerfile` in the context",description:"Dockerfile path."},{name:"build-args",field:"buildArgs",...Jy,description:"Build arguments, newline-separated `KEY=VAL\
UE`; values are never printed (names only) and reach docker through its environment, not argv."},{name:"target",field:"target",...pe(ne(cj,"is not a build stage\
 name")),description:"Build stage to build."},{name:"platform",field:"platform",...pe(Cy),description:"Target platforms, e.g. `linux/amd64,linux/arm64` (needs b\
uildx)."},{name:"cache",field:"cache",...lt,default:"true",description:"Reuse the layers of the latest image in the repository on a fresh runner (inline cache o\
n BuildKit, a pull and `--cache-from` on the classic builder); works in IMMUTABLE repositories, and a missing or failing cache never fails a delivery.",iamPolicy:{
value:"true|false",description:"The delivery uses the layer cache."}},{name:"provenance",field:"provenance",...lt,default:"false",description:"BuildKit provenan\
ce/SBOM attestations (needs buildx). Off by default: the attestation index shows up as untagged images in ECR and breaks Lambda deploys."},{name:"image",field:"\
image",...pe(ne(pj,"is not a local image reference like `name:tag` or an image id")),description:"Push this existing local image instead of building."},{name:"c\
ommit-sha",field:"commitSha",...pe(Be.commitSha,t=>t.toLowerCase()),defaultText:"`GITHUB_SHA` (the PR head on `pull_request`), `CIRCLE_SHA1`, else `git rev-pars\
e HEAD`",description:"Commit SHA the image is tagged with (40 hex characters)."},{name:"tags",field:"tags",...Do(Be.tag,{commas:!0,max:lj}),description:"Extra t\
ags, newline- or comma-separated; the commit SHA tag is always applied."},{name:"skip-existing",field:"skipExisting",...lt,default:"false",description:"When the\
 SHA tag already exists in ECR: no build, no layer upload; extra tags are added to the existing image by manifest copy."},{name:"push",field:"push",...lt,default:"\
true",description:"Push to ECR; `false` builds and tags only (pull-request builds).",iamPolicy:{value:"true|false",description:"The delivery pushes; `false`: bu\
ild-only runs that just look the repository up."}},{name:"web-identity-token-env",field:"webIdentityTokenEnv",...pe(ne(uj,"is not an environment variable name (\
letters, digits, `_`)")),description:"Name of an environment variable that holds the OIDC token, for CIs other than GitHub and CircleCI (no token file needed)."},
{name:"pull-registries",field:"pullRegistries",...vy,description:"Other ECR registries docker is logged in to before the build, so `FROM` and cache pulls can re\
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
 endpoint fails the step instead of the CI job's own timeout. Each AWS call also gives up after 5 attempts of at most 30 s."},{name:"secrets",field:"secrets",...qy,
description:"Build secrets, lines `id=VALUE` or `id=env:NAME`, for `RUN --mount=type=secret,id=\u2026` (BuildKit); masked, never in argv, layers or history."},{
name:"secret-files",field:"secretFiles",...Wy,description:"Build secrets from files, lines `id=PATH` (BuildKit)."},{name:"ssh",field:"ssh",...Ky,description:"SS\
H agent or keys for `RUN --mount=type=ssh` (BuildKit): `default` (the agent at `SSH_AUTH_SOCK`) or lines `id=PATH`."},{name:"semver-tags",field:"semverTags",...lt,
default:"false",description:"On a semantic-version git tag (`v1.2.3` or `1.2.3`): also tag `1.2.3`, `1.2` and `1` (pre-releases only their own tag, `0.y.z` no `\
0`). `latest` only when listed in `tags`."},{name:"branch-tag",field:"branchTag",...lt,default:"false",description:"Also tag the branch name made a valid tag (`\
feature/Login` \u2192 `feature-login`, cut to 128 characters with a hash suffix), and `pr-<number>` on pull requests."},{name:"git-ref",field:"gitRef",...Ay,defaultText:"\
`GITHUB_REF`; `CIRCLE_TAG`, `CIRCLE_BRANCH`, `CIRCLE_PULL_REQUEST`; else `git describe --tags --exact-match` and the checked-out branch",description:"The git re\
f `semver-tags` and `branch-tag` read: `refs/tags/NAME`, `refs/heads/NAME` or `refs/pull/N/merge`."},{name:"labels",field:"labels",...Do(ne(dj,"is not `key=valu\
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
...pe(Uy),iamPolicyOnly:!0,iamPolicy:{value:"OWNER/REPO"},description:"GitHub repository, or its immutable form OWNER@ID/REPO@ID when its OIDC subject carries i\
ds."},{name:"branch",field:"branch",...pe(Fy,t=>t.replace(/^refs\/heads\//,"")),iamPolicyOnly:!0,iamPolicy:{value:"BRANCH",defaultText:"`main`"},description:"Gi\
tHub branch allowed to deliver (`*` patterns allowed)."},{name:"tag",field:"tag",...pe(My,t=>t.replace(/^refs\/tags\//,"")),iamPolicyOnly:!0,iamPolicy:{value:"T\
AG"},description:"GitHub tag allowed to deliver, for release workflows on tag pushes (`v*` patterns allowed; instead of `--branch`)."},{name:"environment",field:"\
environment",...pe(ne(Dy,"is not a GitHub environment name (1\u2013255 characters, no `:`)")),iamPolicyOnly:!0,iamPolicy:{value:"NAME"},description:"GitHub envi\
ronment allowed to deliver, for jobs that use `environment:` (instead of `--branch`)."},{name:"pull-request",field:"pullRequest",...lt,default:"false",iamPolicyOnly:!0,
iamPolicy:{value:"true|false"},description:"Trust runs on `pull_request` events of the repository instead of a branch (pair it with `--push false`)."},{name:"gi\
thub-issuer",field:"githubIssuer",...Hy,iamPolicyOnly:!0,iamPolicy:{value:"HOST",defaultText:"token.actions.githubusercontent.com"},description:"GitHub Enterpri\
se Server's OIDC issuer, `HOST/_services/token`."},{name:"org-id",field:"orgId",...pe(ne(nd,"is not a CircleCI organization id (a lowercase UUID)")),iamPolicyOnly:!0,
iamPolicy:{value:"UUID"},description:"CircleCI organization id (Organization Settings > Overview)."},{name:"project-id",field:"projectId",...pe(ne(nd,"is not a \
CircleCI project id (a lowercase UUID)")),iamPolicyOnly:!0,iamPolicy:{value:"UUID"},description:"CircleCI project id allowed to deliver (required with `--org-id\
`: without it every project of the org, with any context, could deliver)."},{name:"vcs-ref",field:"vcsRef",...pe(ne(ky,"is not a git ref like `refs/heads/main`")),
iamPolicyOnly:!0,iamPolicy:{value:"REF"},description:"CircleCI: pin the git ref too, e.g. `refs/heads/main` (matched in the sub of `CIRCLE_OIDC_TOKEN_V2`, which\
 the orb uses; `*` patterns allowed)."},{name:"pull-repositories",field:"pullRepositories",...Do(ne(Ly,"is not a repository name pattern (lowercase name, `*` wi\
ldcards)"),{commas:!0}),iamPolicyOnly:!0,iamPolicy:{value:"PATTERNS",defaultText:"every repository, `*`"},description:"Repositories of the `--pull-registries` t\
he build pulls, name patterns, comma-separated."},{name:"pull-through",field:"pullThrough",...Do(By,{commas:!0}),iamPolicyOnly:!0,iamPolicy:{value:"PREFIXES"},description:"\
Pull-through cache prefixes of the target registry the build pulls from (adds `ecr:BatchImportUpstreamImage` and `ecr:CreateRepository` on `PREFIX/*`)."},{name:"\
only",field:"only",...Qr("permissions","trust"),iamPolicyOnly:!0,iamPolicy:{value:"permissions|trust"},description:"Print just that one policy document, ready f\
or `aws iam \u2026 file://`."}],mj=t=>!t.iamPolicyOnly,Wi=sN.filter(mj),Zl=["aws-region","role-to-assume","audience","web-identity-token-file","role-session-nam\
e","role-duration-seconds","registry-id","web-identity-token-env","pull-registries","registry-type"];function fj(t,e){let r="default"in e?e.default:t.default,o=e.
defaultText??(r!==void 0?`\`${r}\``:t.defaultText),n=`${e.description??t.description}${t.required?" Required.":""}${o?` Default: ${o}.`:""}`;return{name:t.name,
field:t.field,value:e.value,description:n,type:e.type??t.type,parse:e.parse??t.parse,default:r,required:t.required}}var os=sN.flatMap(t=>t.iamPolicy?[fj(t,t.iamPolicy)]:
[]).sort((t,e)=>+!!e.required-+!!t.required);async function Gh(t){if(t.tokenEnv){let r=t.env[t.tokenEnv]?.trim();if(!r)throw new Ie(`web-identity-token-env names ${t.tokenEnv}, which is not set or empty`);
return{token:r,source:`environment variable ${t.tokenEnv}`}}if(t.tokenFile)return{token:iN(t.tokenFile),source:`file ${t.tokenFile}`};if(t.ci==="github")return{
token:await gj(t),source:"GitHub OIDC"};if(t.ci==="circleci")return hj(t);let e=t.env.AWS_WEB_IDENTITY_TOKEN_FILE;if(e)return{token:iN(e),source:`file ${e}`};throw new Ie(
"role-to-assume is set but no OIDC token was found","outside GitHub and CircleCI, write the CI's OIDC token to a file and pass web-identity-token-file (or AWS_W\
EB_IDENTITY_TOKEN_FILE), or name the variable that holds it in web-identity-token-env")}function iN(t){let e=(0,pN.readFileSync)(t,"utf8").trim();if(!e)throw new Ie(
`the OIDC token file ${t} is empty`);return e}async function gj(t){if(!t.env.ACTIONS_ID_TOKEN_REQUEST_URL||!t.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN||!t.platformToken)
throw new Ie("GitHub did not give this job an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set)","add `permissions: id-token: write` (and `contents: read`) t\
o the workflow or job");try{return await t.platformToken(t.audience)}catch(e){throw e instanceof hr?e:new gr(`could not get the GitHub OIDC token: ${e.message}`,
"check `permissions: id-token: write`; tokens are not issued to pull requests from forks")}}async function hj(t){let e=t.env.CIRCLE_OIDC_TOKEN_V2||t.env.CIRCLE_OIDC_TOKEN,
r=e&&{token:e.trim(),source:t.env.CIRCLE_OIDC_TOKEN_V2?"CIRCLE_OIDC_TOKEN_V2":"CIRCLE_OIDC_TOKEN"};if(r&&!t.renew)return r;try{let o=["run","oidc","get"];t.audience!==
qi&&o.push("--claims",JSON.stringify({aud:t.audience}));let{stdout:n}=await(0,lN.promisify)(cN.execFile)("circleci",o,{encoding:"utf8",env:t.env}),s=n.trim();if(s)
return{token:s,source:"circleci run oidc get"}}catch{}if(r)return r;throw new Ie("CircleCI did not give this job an OIDC token (no CIRCLE_OIDC_TOKEN_V2 or CIRCL\
E_OIDC_TOKEN)","run the job with a context (CircleCI issues OIDC tokens only to jobs that use one), or pass web-identity-token-file")}function yj(t){try{let e=JSON.
parse(Buffer.from(t.split(".")[1]??"","base64url").toString("utf8")),r=o=>Array.isArray(o)?o.join(","):typeof o=="string"?o:void 0;return{iss:r(e.iss),sub:r(e.sub),
aud:r(e.aud)}}catch{return{}}}async function jh(t,e,r,o){r.secret(e);let n=Xn({roleArn:t.roleArn,roleSessionName:t.sessionName,webIdentityToken:e,durationSeconds:t.
durationSeconds,clientConfig:ts(t.region,void 0,o)});try{let s=await _n(o,"STS AssumeRoleWithWebIdentity",()=>n());return xj({accessKeyId:s.accessKeyId,secretAccessKey:s.
secretAccessKey,sessionToken:s.sessionToken,expiration:s.expiration},r)}catch(s){throw Sj(s,t,e)}}function uN(t,e){let r={credentials:t,margin:aN(t)},o;return()=>{
let n=r.credentials.expiration?.getTime();return n===void 0||n-Date.now()>r.margin?Promise.resolve(r.credentials):(o??=e().then(s=>(r={credentials:s,margin:aN(s)},
s)).finally(()=>{o=void 0}),o)}}var Ej=300*1e3;function aN(t){let e=t.expiration?t.expiration.getTime()-Date.now():1/0;return Math.min(Ej,e/2)}function xj(t,e){
for(let r of[t.accessKeyId,t.secretAccessKey,t.sessionToken])r&&e.secret(r);return t}function Sj(t,e,r){if(t instanceof gr||t instanceof hr)return t;let o=t,n=yj(
r),s=`token iss=${n.iss??"?"} sub=${n.sub??"?"} aud=${n.aud??"?"}`,i=Kl(t);if(i.transient){let c=`STS AssumeRoleWithWebIdentity for ${e.roleArn} failed after ${i.
attempts} attempt(s) (${o.name}: ${o.message}); ${s}`;return new gr(c,Jl("STS",i.throttled),{cause:t})}let a=`STS refused AssumeRoleWithWebIdentity for ${e.roleArn}\
 (${o.name}: ${o.message}); ${s}`;switch(o.name){case"AccessDenied":case"AccessDeniedException":return new gr(a,"the role's trust policy must allow this token: \
Federated principal for the issuer, `aud` and `sub` conditions matching the values above (`ecr-deliver iam-policy` prints one)",{cause:t});case"InvalidIdentityT\
oken":case"InvalidIdentityTokenException":return new gr(a,"the account needs an IAM OIDC identity provider for this issuer, with the audience above as a client \
id",{cause:t});case"ExpiredTokenException":return new gr(a,"the OIDC token expired before it was used; request a fresh one",{cause:t});case"IDPCommunicationErro\
r":case"IDPCommunicationErrorException":return new gr(a,"STS could not reach the token issuer; retry the job",{cause:t});default:return new gr(a,void 0,{cause:t})}}var YN=require("node:fs");M();it();T();$();W();F();mt();X();we();T();var dN=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function Rj(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr-public",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{
config:e,context:r}})}}var mN=t=>{let e=[];switch(t.operation){default:e.push(Rj(t))}return e},fN=t=>{let e=ur(t);return Object.assign(e,{authSchemePreference:q(
t.authSchemePreference??[])})};var gN=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr-public"}),hN={UseFIPS:{
type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"bui\
ltInParams",name:"useDualstackEndpoint"}};var yN={name:"@aws-sdk/client-ecr-public",version:"3.1108.0",description:"AWS SDK for JavaScript Ecr Public Client for Node.js, Browser and React Native",homepage:"\
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
s":"0.10.1",premove:"4.0.0",typescript:"~6.0.3"},engines:{node:">=20.0.0"}};M();we();T();$();mt();k();fo();we();en();tn();T();F();k();M();W();W();var Ki="ref",fn=-1,eu=!0,EN="isSet",_N="PartitionResult",tu="booleanEquals",zh="getAttr",xN={[Ki]:"Endpoint"},Vh={[Ki]:_N},ns={},SN=[{[Ki]:"Region"}],RN={conditions:[
[EN,[xN]],[EN,SN],["aws.partition",SN,_N],[tu,[{[Ki]:"UseFIPS"},eu]],[tu,[{[Ki]:"UseDualStack"},eu]],[tu,[{fn:zh,argv:[Vh,"supportsDualStack"]},eu]],[tu,[{fn:zh,
argv:[Vh,"supportsFIPS"]},eu]],["stringEquals",[{fn:zh,argv:[Vh,"name"]},"aws"]]],results:[[fn],[fn,"Invalid Configuration: FIPS and custom endpoint are not sup\
ported"],[fn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[xN,ns],["https://api.ecr-public-fips.{Region}.{PartitionResult#dualStack\
DnsSuffix}",ns],[fn,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://api.ecr-public-fips.{Region}.{PartitionResult#d\
nsSuffix}",ns],[fn,"FIPS is enabled but this partition does not support FIPS"],["https://ecr-public.{Region}.api.aws",ns],["https://api.ecr-public.{Region}.{Par\
titionResult#dualStackDnsSuffix}",ns],[fn,"DualStack is enabled but this partition does not support DualStack"],["https://api.ecr-public.{Region}.{PartitionResu\
lt#dnsSuffix}",ns],[fn,"Invalid Configuration: Missing Region"]]},wj=2,St=1e8,Ij=new Int32Array([-1,1,-1,0,13,3,1,4,St+12,2,5,St+12,3,9,6,4,7,St+11,5,8,St+10,7,
St+8,St+9,4,11,10,6,St+6,St+7,5,12,St+5,6,St+4,St+5,3,St+1,14,4,St+2,St+3]),wN=ot.from(Ij,wj,RN.conditions,RN.results);var Tj=new nt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),IN=(t,e={})=>Tj.get(t,()=>Bt(wN,{endpointParams:t,logger:e.logger}));Pe.aws=ft;X();T();var K=class t extends tt{constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var ru=class t extends K{name="InvalidParameterException";$fault="client";constructor(e){super({name:"InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},ou=class t extends K{name="RegistryNotFoundException";$fault="client";constructor(e){super({name:"RegistryNotFoundException",$fault:"client",
...e}),Object.setPrototypeOf(this,t.prototype)}},nu=class t extends K{name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryN\
otFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},su=class t extends K{name="ServerException";$fault="server";constructor(e){super(
{name:"ServerException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},iu=class t extends K{name="UnsupportedCommandException";$fault="client";constructor(e){
super({name:"UnsupportedCommandException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},au=class t extends K{name="EmptyUploadException";$fault="\
client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},cu=class t extends K{name="InvalidLay\
erException";$fault="client";constructor(e){super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},pu=class t extends K{name="\
LayerAlreadyExistsException";$fault="client";constructor(e){super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
lu=class t extends K{name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},uu=class t extends K{name="UploadNotFoundException";$fault="client";constructor(e){super({name:"UploadNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},du=class t extends K{name="InvalidTagParameterException";$fault="client";constructor(e){super({name:"InvalidTagParamet\
erException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},mu=class t extends K{name="LimitExceededException";$fault="client";constructor(e){
super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},fu=class t extends K{name="RepositoryAlreadyExistsExceptio\
n";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},gu=class t extends K{name="\
TooManyTagsException";$fault="client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},hu=class t extends K{name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
yu=class t extends K{name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Eu=class t extends K{name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},xu=class t extends K{name="RepositoryCatalogDataNotFoundException";$fault="client";constructor(e){
super({name:"RepositoryCatalogDataNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Su=class t extends K{name="ImageAlreadyExi\
stsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ru=class t extends K{name="\
ImageDigestDoesNotMatchException";$fault="client";constructor(e){super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},_u=class t extends K{name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"cl\
ient",...e}),Object.setPrototypeOf(this,t.prototype)}},wu=class t extends K{name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){
super({name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}},Iu=class t extends K{name="LayersNotFoundException";$fault="client";constructor(e){
super({name:"LayersNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Tu=class t extends K{name="ReferencedImagesNotFoundExcept\
ion";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}};var Cj="AuthorizationData";var vj="CreateRepository",Aj="CreateRepositoryRequest",bj="CreateRepositoryResponse";var Pj="DescribeImageTags",Oj="DescribeImageTagsRequest",Nj="DescribeImageTagsResponse";var Dj="DescribeRegistriesRequest",kj="DescribeRegistriesResponse",$j="DescribeRepositoriesRequest",Lj="DescribeRepositoriesResponse",Uj="DescribeRegistries",Fj="\
DescribeRepositories",Mj="EmptyUploadException",Bj="GetAuthorizationToken",Hj="GetAuthorizationTokenRequest",Gj="GetAuthorizationTokenResponse";var jj="Image",zj="ImageAlreadyExistsException";var Vj="ImageDigestDoesNotMatchException";var qj="ImageIdentifier";var Wj="InvalidLayerException",Kj="InvalidLayerPartException";var Jj="ImageNotFoundException",Yj="InvalidParameterException",Xj="ImageTagAlreadyExistsException",Qj="ImageTagDetail",Zj="ImageTagDetailList",ez="InvalidTagPar\
ameterException",tz="Key";var rz="LayerAlreadyExistsException",oz="LimitExceededException";var nz="LayersNotFoundException",sz="LayerPartTooSmallException";var iz="PutImage",az="PutImageRequest",cz="PutImageResponse";var pz="Registry",lz="RegistryAlias",uz="RepositoryAlreadyExistsException",dz="RegistryAliasList";var mz="RepositoryCatalogDataInput",fz="RepositoryCatalogDataNotFoundException",gz="RepositoryCatalogData",hz="ReferencedImageDetail",yz="ReferencedImagesNotFou\
ndException",Ez="RegistryList",xz="RepositoryList",Sz="RepositoryNotEmptyException",Rz="RegistryNotFoundException",_z="RepositoryNotFoundException",wz="Reposito\
ryPolicyNotFoundException",Iz="Repository",Tz="ServerException",Cz="SetRepositoryPolicy",vz="SetRepositoryPolicyRequest",Az="SetRepositoryPolicyResponse",bz="Ta\
g",Pz="TagList",Oz="TooManyTagsException";var Nz="UnsupportedCommandException";var Dz="UploadNotFoundException";var kz="Value",$z="aliases",Lz="authorizationData",Uz="artifactMediaType",Fz="authorizationToken",TN="aboutText",CN="architectures",ae="client",vN="createdAt",AN="\
catalogData",bN="description";var Mz="defaultRegistryAlias",re="error",Bz="expiresAt";var Hz="force",Gz="image";var qh="imageDigest",jz="imageDetail";var zz="imageId",PN="imageManifest",Wh="imageManifestMediaType",Vz="imagePushedAt",qz="imageSizeInBytes";var Wz="imageTagDetails",Kh="imageTag";var Kz="logoImageBlob";var Jz="logoUrl",Yz="lastValidByteReceived",oe="message",Xz="marketplaceCertified",Jh="maxResults";var Qz="name",ss="nextToken",ON="operatingSystems";var Zz="primaryRegistryAlias";var NN="policyText",eV="repository";var tV="registryArn",rV="repositoryArn";var Xr="registryId",Oo="repositoryName",oV="repositoryNames",nV="registryUri",sV="repositoryUri",iV="registries",aV="repositories",DN="smithy.ts.sdk.synthetic.c\
om.amazonaws.ecrpublic",cV="server",pV="status",lV="tags";var uV="uploadId",kN="usageText",dV="verified",I="com.amazonaws.ecrpublic",$N=Q.for(DN),mV=[-3,DN,"ECRPUBLICServiceException",0,[],[]];$N.registerError(mV,K);var te=Q.
for(I),fV=[-3,I,Mj,{[re]:ae},[oe],[0]];te.registerError(fV,au);var gV=[-3,I,zj,{[re]:ae},[oe],[0]];te.registerError(gV,Su);var hV=[-3,I,Vj,{[re]:ae},[oe],[0]];te.
registerError(hV,Ru);var yV=[-3,I,Jj,{[re]:ae},[oe],[0]];te.registerError(yV,Eu);var EV=[-3,I,Xj,{[re]:ae},[oe],[0]];te.registerError(EV,_u);var xV=[-3,I,Wj,{[re]:ae},
[oe],[0]];te.registerError(xV,cu);var SV=[-3,I,Kj,{[re]:ae},[Xr,Oo,uV,Yz,oe],[0,0,0,1,0]];te.registerError(SV,wu);var RV=[-3,I,Yj,{[re]:ae},[oe],[0]];te.registerError(
RV,ru);var _V=[-3,I,ez,{[re]:ae},[oe],[0]];te.registerError(_V,du);var wV=[-3,I,rz,{[re]:ae},[oe],[0]];te.registerError(wV,pu);var IV=[-3,I,sz,{[re]:ae},[oe],[0]];
te.registerError(IV,lu);var TV=[-3,I,nz,{[re]:ae},[oe],[0]];te.registerError(TV,Iu);var CV=[-3,I,oz,{[re]:ae},[oe],[0]];te.registerError(CV,mu);var vV=[-3,I,yz,
{[re]:ae},[oe],[0]];te.registerError(vV,Tu);var AV=[-3,I,Rz,{[re]:ae},[oe],[0]];te.registerError(AV,ou);var bV=[-3,I,uz,{[re]:ae},[oe],[0]];te.registerError(bV,
fu);var PV=[-3,I,fz,{[re]:ae},[oe],[0]];te.registerError(PV,xu);var OV=[-3,I,Sz,{[re]:ae},[oe],[0]];te.registerError(OV,hu);var NV=[-3,I,_z,{[re]:ae},[oe],[0]];
te.registerError(NV,nu);var DV=[-3,I,wz,{[re]:ae},[oe],[0]];te.registerError(DV,yu);var kV=[-3,I,Tz,{[re]:cV},[oe],[0]];te.registerError(kV,su);var $V=[-3,I,Oz,
{[re]:ae},[oe],[0]];te.registerError($V,gu);var LV=[-3,I,Nz,{[re]:ae},[oe],[0]];te.registerError(LV,iu);var UV=[-3,I,Dz,{[re]:ae},[oe],[0]];te.registerError(UV,
uu);var LN=[$N,te],FV=[3,I,Cj,0,[Fz,Bz],[0,4]];var MV=[3,I,Aj,0,[Oo,AN,lV],[0,()=>nq,()=>dq],1],BV=[3,I,bj,0,[eV,AN],[()=>UN,()=>oq]];var HV=[3,I,Oj,0,[Oo,Xr,ss,Jh],[0,0,0,1],1],GV=[3,I,Nj,0,[Wz,ss],[()=>cq,0]],jV=[3,I,Dj,0,[ss,Jh],[0,1]],zV=[3,I,kj,0,[iV,ss],[()=>lq,0],1],VV=[3,I,$j,0,[Xr,oV,
ss,Jh],[0,64,0,1]],qV=[3,I,Lj,0,[aV,ss],[()=>uq,0]],WV=[3,I,Hj,0,[],[]],KV=[3,I,Gj,0,[Lz],[()=>FV]];var JV=[3,I,jj,0,[Xr,Oo,zz,PN,Wh],[0,0,()=>YV,0,0]];var YV=[3,I,qj,0,[qh,Kh],[0,0]],XV=[3,I,Qj,0,[Kh,vN,jz],[0,4,()=>eq]];var QV=[3,I,az,0,[Oo,PN,Xr,Wh,Kh,qh],[0,0,0,0,0,0],2],ZV=[3,I,cz,0,[Gz],[()=>JV]];var eq=[3,I,hz,0,[qh,qz,Vz,Wh,Uz],[0,1,4,0,0]],tq=[3,I,pz,0,[Xr,tV,nV,dV,$z],[0,0,0,2,()=>pq],5],rq=[3,I,lz,0,[Qz,pV,Zz,Mz],[0,0,2,2],4];var UN=[3,I,Iz,0,[rV,Xr,Oo,sV,vN],[0,0,0,0,4]],oq=[3,I,gz,0,[bN,CN,ON,Jz,TN,kN,Xz],[0,64,64,0,0,0,2]],nq=[3,I,mz,0,[bN,CN,ON,Kz,TN,kN],[0,64,64,21,0,0]],sq=[3,I,
vz,0,[Oo,NN,Xr,Hz],[0,0,0,2],2],iq=[3,I,Az,0,[Xr,Oo,NN],[0,0,0]],aq=[3,I,bz,0,[tz,kz],[0,0]];var cq=[1,I,Zj,0,()=>XV];var pq=[1,I,dz,0,()=>rq],lq=[1,I,Ez,0,()=>tq],uq=[1,I,xz,0,()=>UN];var dq=[1,I,Pz,0,()=>aq];var FN=[9,I,vj,0,()=>MV,()=>BV];var MN=[9,I,Pj,0,()=>HV,()=>GV],BN=[9,I,Uj,0,()=>jV,()=>zV],HN=[9,I,Fj,0,()=>VV,()=>qV],GN=[9,I,Bj,0,()=>WV,()=>KV];var jN=[9,I,iz,0,()=>QV,()=>ZV];var zN=[9,I,Cz,0,()=>sq,()=>iq];var VN=t=>({apiVersion:"2020-10-30",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??IN,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??mN,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge}],logger:t?.logger??new _e,protocol:t?.protocol??Zo,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecrpublic",errorTypeRegistries:LN,xmlNamespace:"http://ecr-public.amazonaws.com/doc/2020-12-02/",version:"2020-10-30",serviceTarget:"\
SpencerFrontendService"},serviceId:t?.serviceId??"ECR PUBLIC",sha256:t?.sha256??ht,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??
Z});var qN=t=>{kt(process.version);let e=Mt(t),r=()=>e().then(Dt),o=VN(t);Tt(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(gt,n),bodyLengthChecker:t?.bodyLengthChecker??Ct,credentialDefaultProvider:t?.credentialDefaultProvider??
Gi,defaultUserAgentProvider:t?.defaultUserAgentProvider??er({serviceId:o.serviceId,clientVersion:yN.version}),maxAttempts:t?.maxAttempts??_(Yt,t),region:t?.region??
_(be,{...rt,...n}),requestHandler:Ne.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Qt,default:async()=>(await r()).retryMode||at},t),streamCollector:t?.
streamCollector??je,useDualstackEndpoint:t?.useDualstackEndpoint??_(Pt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Ot,n),userAgentAppId:t?.userAgentAppId??_(tr,n)}};M();T();F();var WN=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);s===-1?e.
push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
KN=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var JN=(t,e)=>{let r=Object.assign(rr(t),$t(t),Ht(t),WN(t));return e.forEach(o=>o.configure(r)),Object.assign(t,or(r),Lt(r),Gt(r),KN(r))};var Cu=class extends Te{config;constructor(...[e]){let r=qN(e||{});super(r),this.initConfig=r;let o=gN(r),n=Wt(o),s=Xt(n),i=Ft(s),a=i,c=cr(a),l=fN(c),u=JN(l,e?.
extensions||[]);this.config=u,this.middlewareStack.use(Nt(this.config)),this.middlewareStack.use(Zt(this.config)),this.middlewareStack.use(lr(this.config)),this.
middlewareStack.use(jt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.use(Vt(this.config)),this.middlewareStack.use(qt(this.config)),
this.middlewareStack.use(ut(this.config,{httpAuthSchemeParametersProvider:dN,identityProviderConfigProvider:async d=>new Ve({"aws.auth#sigv4":d.credentials})})),
this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}};T();W();var Rt=Ut(hN,"SpencerFrontendService","ECRPUBLICClient",pr),_t={},wt=(t,e,r,o)=>[];var vu=class extends Rt(_t,wt,"CreateRepository",FN){};var Au=class extends Rt(_t,wt,"DescribeImageTags",MN){};var bu=class extends Rt(_t,wt,"DescribeRegistries",BN){};var Pu=class extends Rt(_t,wt,"DescribeRepositories",HN){};var Ou=class extends Rt(_t,wt,"GetAuthorizationToken",GN){};var Nu=class extends Rt(_t,wt,"PutImage",jN){};var Du=class extends Rt(_t,wt,"SetRepositoryPolicy",zN){};var mq="us-east-1",fq={label:"ECR Public",permissionHint:t=>`the credentials need ecr-public:${t}${t==="GetAuthorizationToken"?" and sts:GetServiceBearerToken":
""} (\`ecr-deliver iam-policy --registry-type public\` prints the policy)`};function gq(t){let e={description:t.catalogDescription,aboutText:t.catalogAbout,usageText:t.
catalogUsage};return Object.values(e).some(r=>r!==void 0)?e:void 0}var ku=class{constructor(e,r,o){this.registryId=r;this.deadline=o;this.client=new Cu(ts(mq,e,
o))}registryId;deadline;client;registryUri;loginData;close(){this.client.destroy()}send(e,r){return Yl(fq,e,this.deadline,()=>this.client.send(r,{abortSignal:this.
deadline?.signal}))}async login(){let[e,r]=await Promise.all([this.send("GetAuthorizationToken",new Ou({})),this.registryUri??this.describeRegistryUri()]);return Vi(
e.authorizationData,r.split("/")[0])}async describeRegistryUri(){let e=await this.send("DescribeRegistries",new bu({})),r=e.registries?.find(o=>!this.registryId||
o.registryId===this.registryId)??e.registries?.[0];if(!r?.registryUri)throw new de("ECR Public returned no registry","create the public registry (its alias) in \
the ECR Public console first");return this.registryUri=r.registryUri,r.registryUri}async findRepository(e){try{let o=(await this.send("DescribeRepositories",new Pu(
{registryId:this.registryId,repositoryNames:[Br(e)]}))).repositories?.[0];return o&&this.info(o,!1)}catch(r){if(xt(r)==="RepositoryNotFoundException")return;throw r}}async ensureRepository(e){
let r=await this.findRepository(e.repository);if(r)return r;if(!e.createRepository)throw new de(`repository ${e.repository} does not exist in ECR Public`,"creat\
e it, or set create-repository: true");try{let o=await this.send("CreateRepository",new vu({repositoryName:Br(e.repository),catalogData:gq(e)}));return this.info(
o.repository,!0)}catch(o){if(xt(o)!=="RepositoryAlreadyExistsException")throw o;let n=await this.findRepository(e.repository);if(!n)throw o;return n}}async applyPolicies(e){
e.repositoryPolicy&&await this.send("SetRepositoryPolicy",new Du({registryId:this.registryId,repositoryName:Br(e.repository),policyText:(0,YN.readFileSync)(e.repositoryPolicy,
"utf8")}))}async images(e,r){let o=new Map,n;try{do{let s=await this.send("DescribeImageTags",new Au({registryId:this.registryId,repositoryName:Br(e),nextToken:n}));
for(let i of s.imageTagDetails??[])i.imageTag&&r.includes(i.imageTag)&&i.imageDetail?.imageDigest&&o.set(i.imageTag,{digest:i.imageDetail.imageDigest,manifest:"",
mediaType:i.imageDetail.imageManifestMediaType??""});n=s.nextToken}while(n&&o.size<r.length)}catch(s){if(xt(s)==="RepositoryNotFoundException")return o;throw s}
return o}async putTag(e,r,o){let{manifest:n,mediaType:s}=r.manifest?r:await this.manifest(e,r.digest);try{await this.send("PutImage",new Nu({registryId:this.registryId,
repositoryName:Br(e),imageManifest:n,imageManifestMediaType:s||void 0,imageDigest:r.digest,imageTag:o}))}catch(i){if(xt(i)==="ImageAlreadyExistsException")return;
throw i}}async manifest(e,r){this.loginData??=this.login();let o=await this.loginData,n=`${(this.registryUri??"").split("/").slice(1).join("/")}/${Br(e)}`.replace(
/^\//,"");return Wl(o,n,r,dn,this.deadline?.signal)}info(e,r){return this.registryUri??=e.repositoryUri.slice(0,e.repositoryUri.length-e.repositoryName.length-1),
{name:e.repositoryName,uri:e.repositoryUri,arn:e.repositoryArn,mutability:"MUTABLE",exclusionFilters:[],scanOnPush:!1,created:r}}};var hq=(t,e,r,o)=>new rs(t,e,r,o),yq=(t,e,r,o)=>new ku(e,r,o);function $u(t,e,r){return(t.openRegistry??(t.options.registryType==="public"?yq:hq))(t.context.region,
e,t.options.registryId,r)}function Lu(t){if(t.options.roleToAssume)return Gh(XN(t)).catch(e=>e)}function XN({options:t,context:e,platformToken:r,env:o}){return{
ci:e.ci,audience:t.audience,tokenFile:t.webIdentityTokenFile,tokenEnv:t.webIdentityTokenEnv,platformToken:r,env:o}}async function Uu(t,e,r){let{options:o,context:n,
reporter:s}=t;if(!o.roleToAssume||!e){s.info("No role-to-assume: using the ambient AWS credential chain");return}let i=await e;if(i instanceof Error)throw i;s.info(
`Assuming ${o.roleToAssume} as ${n.sessionName} with the OIDC token from ${i.source}`);let a={roleArn:o.roleToAssume,sessionName:n.sessionName,durationSeconds:o.
roleDurationSeconds,region:n.region},c=await jh(a,i.token,s,r);return uN(c,async()=>{let l=await Gh({...XN(t),renew:!0});return s.info(`Renewing the credentials\
 of ${o.roleToAssume} before they expire, with a new OIDC token from ${l.source}`),jh(a,l.token,s,r)})}function Fu(t){let e=new Rn(t.options.timeoutSeconds,t.lifetime);return e.bound(()=>Eq(t,e))}async function Eq(t,e){let r=new to(t.run,t.reporter,e,Sn(t.env)),o=r.
check(),n=Lu(t);await o;let s=await t.reporter.phase("Credentials",()=>Uu(t,n,e)),i=$u(t,s,e);try{return await t.reporter.phase("Login",async()=>{let[a,c]=await Promise.
all([i.login(),Xl(t.options.pullRegistries,t.context.region,s,e)]),l=[a,...c.filter(u=>u.host!==a.host)];for(let u of l)t.onLogin?.(u.host),await r.login(u);return{
registry:a.host,registries:l.map(u=>u.host),login:a}})}finally{i.close()}}var Mu=require("node:fs");function QN(t,e){if(t.kmsKey!==void 0&&t.encryptionType!=="KMS")throw new w("kms-key",t.kmsKey,"needs `encryption-type: KMS`");let r={registryType:Yh(t)},o={...t,
...r};return xq(o),Xh(t.mode,t.dockerCredentialsOutput),Sq(o),e==="deliver"&&Rq(o),r}function Yh(t){return od(t.repository)?(yn("repository",t.repository,by(t.repository)??
Be.repository(Br(t.repository))),"public"):t.registryType}function xq(t){if(t.registryType==="public"&&t.lifecyclePolicy!==void 0)throw new w("lifecycle-policy",
t.lifecyclePolicy,"does not apply to ECR Public, which has no lifecycle policies");if(t.registryType==="private"){for(let[e,r]of[["catalog-description",t.catalogDescription],
["catalog-about",t.catalogAbout],["catalog-usage",t.catalogUsage]])if(r!==void 0)throw new w(e,r,"applies to ECR Public only: set `registry-type: public`")}}function Xh(t,e){
if(t==="deliver"&&e)throw new w("docker-credentials-output","true","applies to `mode: login` only")}function Sq(t){if(t.scanWait&&t.registryType==="public")throw new w(
"scan-wait","true","does not apply to ECR Public, which does not scan images");if(!t.scanWait){if(t.scanStart)throw new w("scan-start","true","needs `scan-wait:\
 true` (a started scan is only useful when the run waits for it)");if(t.failOnSeverity!=="none")throw new w("fail-on-severity",t.failOnSeverity,"needs `scan-wai\
t: true`: the gate reads the scan the run waits for")}}function Rq(t){if(t.image!==void 0){let e=[["dockerfile",t.dockerfile],["target",t.target],["platform",t.
platform],["build-args",t.buildArgs.map(o=>`${o.split("=")[0]}=***`).join(`
`)||void 0],["labels",t.labels.join(`
`)||void 0]];for(let[o,n]of e)if(n!==void 0)throw new w(o,n,"cannot be combined with `image` (nothing is built)");let r=aa(gs(t));if(r)throw new w(r,"***","cann\
ot be combined with `image` (nothing is built)");return}t.skipExisting||Qh(t)}function Qh(t){if(!(0,Mu.existsSync)(t.context)||!(0,Mu.statSync)(t.context).isDirectory())
throw new w("context",t.context,"is not a directory");ko("dockerfile",is(t))}function is(t){return t.dockerfile??`${t.context.replace(/\/+$/,"")}/Dockerfile`}var _q=4096,wq=65536;function Bu(t,e){if(e===void 0||e.trim()==="")return;let r=t.type==="list",o=r?e:e.trim(),n=r?wq:_q;if(o.length>n)throw new w(t.name,o,`is \
longer than ${n} characters`);if((r?/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/:/[\x00-\x1f\x7f]/).test(o))throw new w(t.name,o,"contains control characters");return o}function Zh(t,e){
let r=Wi.find(n=>n.name===t),o=Bu(r,e)??r.default;return o===void 0?void 0:r.parse(o,t)}function as(t,e="deliver"){let r={};for(let n of Wi){let s=Bu(n,t(n.name))??
n.default;if(s!==void 0)r[n.field]=n.parse(s,n.name);else if(n.type==="list")r[n.field]=[];else if(n.required&&e==="login")r[n.field]="";else if(n.required)throw new w(
n.name,"","is required")}let o=r;return{...o,...QN(o,e)}}function ZN(t){let e=Zh("mode",t("mode")),r=Zh("docker-credentials-output",t("docker-credentials-output"));
return Xh(e,r),{mode:e,skipLogout:Zh("skip-logout",t("skip-logout")),dockerCredentialsOutput:r}}function eD(t,e){let[r,...o]=e.tags,n=e.existing.get(r),s=n&&(t.skipExisting||Mh(e.repository,r))?n:void 0;Iq(e,s);let i=t.push?["policies",...o.length?["copy-t\
ags"]:[]]:[];if(s)return{steps:i,reuse:s,localTags:[],pushed:!1};let a=[];e.baseFromTarget&&!t.image?a.push("login-before-build"):t.push&&a.push("login"),t.pullRegistries.
length&&!t.image&&a.push("pull-registry-logins"),t.cache&&!t.image&&e.cacheSource&&a.push("cache"),t.image?a.push("tag-local"):a.push("build");let c=ey(t,e.builder);
return t.push&&a.push(c?"builder-push":"push"),{steps:[...a,...i],localTags:c?[r]:e.tags,pushed:t.push}}function ey(t,e){return t.push&&e==="buildx"&&(!!t.platform?.
includes(",")||t.provenance)}function Iq({tags:t,repository:e,existing:r},o){for(let n of t){let s=r.get(n);if(!(!s||!Mh(e,n)||o&&s.digest===o.digest))throw new de(
`tag ${n} already exists in the immutable repository ${e.name} at ${s.digest}, which is not the image being delivered`,"immutable tags cannot move: remove the t\
ag from `tags` (use a new one), or make the repository MUTABLE")}}var Cr=[...mn,"INFORMATIONAL","UNDEFINED"],Tq=10,Cq=1e3,vq=15e3,Aq=2e4,bq=new Set(["COMPLETE","ACTIVE"]),Pq=new Set(["IN_PROGRESS","PENDING"]),Oq=t=>new Promise(
e=>setTimeout(e,t));async function rD(t,e){try{return await Nq(t,e)}catch(r){if(r instanceof Fr)throw r;let o=gn(r);return Hu(e,"failed",`could not read ECR's s\
can of ${e.digest}: ${o.message}`,o.hint??"check the role's permissions for the scan (`ecr-deliver iam-policy \u2026 --scan-wait true`)")}}async function Nq(t,e){
let r=e.sleep??Oq,o=e.now??Date.now,n=o(),s=n+e.timeoutSeconds*1e3,i=Cq,a=!1,c="no scan yet";for(;;){let l=await t.scanFindings(e.repository,e.digest);if(!l&&e.
start&&!a){e.info(`No scan of ${e.digest} yet: starting one (StartImageScan)`),await t.startScan(e.repository,e.digest),a=!0;continue}let u=l?.imageScanStatus?.
status??"";if(l&&bq.has(u))return $q(e,await kq(t,e,l));if(l&&!Pq.has(u))return Hu(e,"failed",`ECR's scan of ${e.digest} ended ${u||"without a status"}${l.imageScanStatus?.
description?`: ${l.imageScanStatus.description}`:""}`,"ECR scans images whose OS packages it knows; see the scan status in the ECR console");c=l?`scan ${u}`:"no\
 scan yet";let m=(!l&&!a?Math.min(s,n+Aq):s)-o();if(!l&&!a&&m<=0)return Dq(e,o()-n);if(m<=0)return Hu(e,"timeout",`ECR's scan of ${e.digest} did not complete wi\
thin ${e.timeoutSeconds} s (scan-timeout-seconds; last seen: ${c})`,"raise scan-timeout-seconds; enhanced scanning of a new image can take several minutes");await r(
Math.min(i,m)),i=Math.min(i*2,vq)}}function Dq(t,e){let r=t.scanOnPush?"although the repository is set to scan on push":"the repository does not scan on push";return Hu(
t,"not-found",`ECR has no scan of ${t.digest} after ${Math.round(e/1e3)} s: ${r}`,"turn scan on push on (scan-on-push for a repository the run creates, `aws ecr\
 put-image-scanning-configuration`, or a registry scanning rule), or set scan-start: true")}async function kq(t,e,r){let o=[r];for(let n=r.nextToken;n;n=o[o.length-
1].nextToken){let s=await t.scanFindings(e.repository,e.digest,n);if(!s)break;o.push(s)}return o}function $q(t,e){let r=e[0].imageScanFindings?.findingSeverityCounts??
{},o=Object.fromEntries(Cr.map(a=>[a,r[a]??0])),n=e.flatMap(a=>[...(a.imageScanFindings?.findings??[]).map(Uq),...(a.imageScanFindings?.enhancedFindings??[]).map(
Fq)]),s=a=>{let c=Cr.indexOf(a.severity);return c<0?Cr.length:c},i=n.map((a,c)=>({f:a,i:c})).sort((a,c)=>s(a.f)-s(c.f)||a.i-c.i).slice(0,Tq).map(({f:a})=>a);return{
outcome:"complete",counts:o,top:i,threshold:t.threshold,gate:Lq(o,t.threshold)}}function Hu(t,e,r,o){return{outcome:e,counts:{},top:[],problem:r,hint:o,threshold:t.
threshold,gate:t.threshold==="none"?"off":"failed"}}function Lq(t,e){return e==="none"?"off":mn.slice(0,mn.indexOf(e)+1).some(o=>(t[o]??0)>0)?"failed":"passed"}
function oD(t){return t?.outcome==="complete"?JSON.stringify(t.counts):""}function Gu(t,e){if(!t)return{};if(t.gate==="failed"&&t.outcome!=="complete")return{failure:new ds(
`fail-on-severity ${t.threshold}: ${t.problem}; the image is pushed (${e}) but could not be judged`,t.hint)};if(t.gate==="failed"){let r=mn.slice(0,mn.indexOf(t.
threshold)+1).filter(o=>t.counts[o]>0);return{failure:new ds(`fail-on-severity ${t.threshold}: ECR's scan found ${r.map(o=>`${t.counts[o]} ${o}`).join(", ")}; t\
he image is pushed (${e}) but should not be deployed`,"fix or upgrade the packages listed in the summary and deliver again, or raise fail-on-severity")}}return t.
outcome!=="complete"?{warning:`scan-wait: ${t.problem}`}:{}}var tD=(t,e)=>t.attributes?.find(r=>r.key===e)?.value;function Uq(t){let e=[tD(t,"package_name"),tD(
t,"package_version")].filter(Boolean).join(" ");return{name:t.name??"",severity:t.severity??"UNDEFINED",package:e,link:t.uri??""}}function Fq(t){let e=t.packageVulnerabilityDetails,
r=(e?.vulnerablePackages??[]).map(o=>[o.name,o.version].filter(Boolean).join(" ")).join(", ");return{name:e?.vulnerabilityId??t.title??"",severity:t.severity??"\
UNDEFINED",package:r,link:e?.sourceUrl??e?.referenceUrls?.[0]??""}}function ju(t){let e=new Rn(t.options.timeoutSeconds,t.lifetime),r=sa.create(t.env);return e.bound(()=>Mq(t,e,Sn(t.env,r.dir))).finally(()=>r.remove())}async function Mq(t,e,r){
let{options:o,context:n,reporter:s}=t,i=new to(t.run,s,e,r),a=gs(o);if(!o.image){for(let g of Xy(a,t.env))s.secret(g);Yy(a,t.env)}let c=o.image?{}:cE(o,a),l=!o.
image&&(c.buildx||c.buildkit||ld(t.env)!==void 0),u=i.check().then(()=>l?i.builder(c):void 0),d=Lu(t);await u,o.image||await i.checkPlatforms(o.platform),o.image||
i.builder().catch(()=>{});let m,f=async g=>{let h=await g("Credentials",()=>Uu(t,d,e));return m=$u(t,h,e),{ecr:m,pulls:()=>Xl(o.pullRegistries,n.region,h,e)}};try{
return await new ty(t,i).run(f)}finally{m?.close()}}var ty=class{constructor(e,r){this.req=e;this.docker=r;this.o=e.options,this.sha=e.context.commitSha,this.tags=
[...new Set([this.sha,...this.o.tags,...e.context.release.tags])]}req;docker;o;sha;tags;ecr;pullLogins=async()=>[];repo;flight;loggedIn=[];background=[];async run(e){
try{let r=await this.steps(e),o=await this.scan(r);return{outputs:{...r,"scan-findings":oD(o)},scan:o}}catch(r){throw await this.stopBuild(),await Promise.allSettled(
this.background),r}}buildsEarly(e){let r=this.o;return r.image||r.skipExisting||r.pullRegistries.length||ey(r,e)?!1:Ql(is(r)).length===0}async steps(e){let{reporter:r}=this.
req,o=this.o.image?void 0:await this.docker.builder(),n=this.buildsEarly(o),s=this.o.cache&&this.o.registryType!=="public"?{}:void 0;n&&(this.flight=this.startBuild(
[],s));let i=n?(m,f)=>r.track(m,f):(m,f)=>r.phase(m,f);({ecr:this.ecr,pulls:this.pullLogins}=await e(i));let a=n&&this.o.push?this.inBackground(r.track("Login",
()=>this.login())):void 0,c=n&&s&&this.ecr.latestImage?this.inBackground(this.latestImage()):void 0,[l,u]=await i("Repository",()=>Promise.all([this.o.push?this.
ecr.ensureRepository(this.o,_y(this.o.tags,this.req.context.release)):this.lookUpRepository(),this.ecr.images(this.o.repository,this.tags)]));this.repo=l,l.created&&
r.info(`Created repository ${l.uri} (${l.mutability})`);let d=eD(this.o,{tags:this.tags,repository:l,existing:u,builder:o,cacheSource:this.ecr.latestImage!==void 0,
baseFromTarget:!this.o.image&&Ql(is(this.o)).includes(l.uri.split("/")[0])});return d.reuse?await this.stopBuild():this.flight&&c&&await this.restartWithCache(l,
await c,a),this.execute(d,l,u,a)}startBuild(e,r,o=!1){let n=new AbortController,s=this.req.reporter.phase("Build",()=>this.build(e,o,r,n.signal));return s.catch(
()=>{}),{built:s,stop:n}}async stopBuild(){let e=this.flight;e&&(this.flight=void 0,e.stop.abort(),await e.built.catch(()=>{}))}async restartWithCache(e,r,o){if(r===
void 0&&this.req.reporter.info("No layer cache yet: the repository has no image to reuse layers from"),!r)return;let n=await this.cacheFrom(`${e.uri}@${r}`,()=>o??
this.login());n&&(this.req.reporter.info("Restarting the build with the layer cache"),await this.stopBuild(),this.flight=this.startBuild([],{from:n}))}async execute(e,r,o,n){
let{reporter:s}=this.req,i=g=>e.steps.includes(g),a=i("policies")?this.inBackground(this.ecr.applyPolicies(this.o)):Promise.resolve();if(e.reuse){let g=e.reuse;
return s.info(`${r.uri}:${this.sha} already exists (${g.digest}): nothing to build or upload`),this.o.push?(await a,i("copy-tags")&&await s.phase("Tag",()=>this.
copyTags(r,g,o)),this.outputs(r,g.digest,!1)):this.outputs(r,g.digest,!1)}let c=n??(i("login")||i("login-before-build")?this.inBackground(s.track("Login",()=>this.
login())):void 0),l=i("pull-registry-logins")?this.inBackground(this.loginPullRegistries()):void 0,u=e.localTags.map(g=>`${r.uri}:${g}`),d,m=Promise.resolve();if(this.
flight){let g=this.flight;d=await this.untilBuilt(Promise.all([g.built,c,a]).then(([h])=>h),r),await s.track("Tag",()=>this.docker.tag(d.imageId,u[0])),m=this.inBackground(
Promise.all(u.slice(1).map(h=>this.docker.tag(d.imageId,h))))}else if(i("tag-local"))i("login-before-build")&&await c,d=await s.phase("Tag",()=>this.tagLocal(u));else{
let g=i("cache")?await this.cacheSource(r,()=>c??this.login()):void 0;i("login-before-build")&&await c,await l,this.flight=this.startBuild(u,i("cache")?{from:g}:
void 0,i("builder-push")),d=await this.untilBuilt(this.flight.built,r)}if(this.flight=void 0,!e.pushed)return await m,this.outputs(r,"",!1);await Promise.all([c,
a]);let f=i("builder-push")?d.pushedDigest:await s.phase("Push",()=>this.docker.push(`${r.uri}:${this.sha}`,()=>this.login()));return await m,i("copy-tags")&&await s.
phase("Tag",async()=>this.copyTags(r,{digest:f,...await this.ecr.manifest(r.name,f)},o)),this.outputs(r,f,!0)}async untilBuilt(e,r){try{return await e}catch(o){
let n=o instanceof Je&&nN(o.message,is(this.o),[...this.loggedIn,r.uri.split("/")[0]],this.req.context.region);throw n?new Je(o.message,n):o}}async latestImage(e=this.
o.repository){try{return await this.ecr.latestImage(e)}catch(r){if(r instanceof Fr)throw r;return this.req.reporter.warning(`no layer cache: ${r.message}`),null}}async cacheFrom(e,r){
try{return await r(),await this.docker.builder()==="classic"&&!await this.docker.pullCache(e)?void 0:(this.req.reporter.info(`Layer cache: ${e}`),e)}catch(o){if(o instanceof
Fr)throw o;this.req.reporter.warning(`no layer cache: ${o.message}`);return}}async cacheSource(e,r){let o=await this.latestImage(e.name);return o===void 0&&this.
req.reporter.info("No layer cache yet: the repository has no image to reuse layers from"),o?this.cacheFrom(`${e.uri}@${o}`,r):void 0}async scan(e){if(!this.o.scanWait||
!this.repo)return;if(!e.digest){this.req.reporter.info("scan-wait: nothing was pushed (push: false), so there is no scan to wait for");return}let{reporter:r}=this.
req,o=this.repo,n=this.ecr;if(!n.scanFindings||!n.startScan)throw new de("scan-wait: this registry does not scan images","ECR Public has no image scanning: drop\
 scan-wait");return r.phase("Scan",()=>rD(n,{repository:this.o.repository,digest:e.digest,timeoutSeconds:this.o.scanTimeoutSeconds,start:this.o.scanStart,threshold:this.
o.failOnSeverity,scanOnPush:o.scanOnPush,info:s=>r.info(s)}))}inBackground(e){return e.catch(()=>{}),this.background.push(e),e}async lookUpRepository(){let e=await this.
ecr.findRepository(this.o.repository);if(e)return e;let{host:r}=await this.ecr.login();return{name:this.o.repository,uri:`${r}/${this.o.repository}`,arn:"",mutability:"\
MUTABLE",exclusionFilters:[],scanOnPush:!1,created:!1}}async login(){let e=await this.ecr.login();await this.docker.login(e),this.loggedIn.push(e.host)}async loginPullRegistries(){
let e=await this.req.reporter.phase("Login to pull registries",()=>this.pullLogins());for(let r of e)await this.docker.login(r),this.loggedIn.push(r.host)}async tagLocal(e){
for(let r of e)await this.docker.tag(this.o.image,r);return{}}async build(e,r,o,n){Qh(this.o);let s=await this.docker.build({context:this.o.context,dockerfile:is(
this.o),tags:e,labels:this.labels(),buildArgs:this.o.buildArgs,target:this.o.target,platform:this.o.platform,cache:o,secrets:gs(this.o),provenance:this.o.provenance,
pushFromBuilder:r,signal:n},await this.docker.builder());if(r&&!s.pushedDigest)throw new Je("buildx pushed but reported no digest");if(!e.length&&!s.imageId)throw new Je(
"docker build wrote no image id");return s}labels(){let e=this.req.context,r={"org.opencontainers.image.revision":this.sha,"org.opencontainers.image.created":new Date().
toISOString()};e.sourceUrl&&(r["org.opencontainers.image.source"]=e.sourceUrl),e.release.version&&(r["org.opencontainers.image.version"]=e.release.version);for(let o of this.
o.labels){let n=o.indexOf("=");r[o.slice(0,n)]=o.slice(n+1)}return r}async copyTags(e,r,o){let n=this.tags.slice(1).filter(s=>o.get(s)?.digest!==r.digest);await eN(
this.ecr,e.name,r,n)}outputs(e,r,o){return{registry:e.uri.split("/")[0],"repository-uri":e.uri,image:`${e.uri}:${this.sha}`,digest:r,"image-ref":r?`${e.uri}@${r}`:
"",tags:this.tags,pushed:o,"scan-findings":""}}};var Ji=class{timings=[];started=Date.now();async time(e,r){let o=Date.now();try{return await r()}finally{let n=Date.now();this.timings.push({title:e,seconds:(n-
o)/1e3,start:(o-this.started)/1e3,end:(n-this.started)/1e3})}}get byStart(){return[...this.timings].sort((e,r)=>e.start-r.start)}get totalSeconds(){return(Date.
now()-this.started)/1e3}describe(){let e=this.byStart.map(r=>`${r.title} ${r.seconds.toFixed(1)} s`).join(", ");return`${e?`${e}; `:""}total ${this.totalSeconds.
toFixed(1)} s`}},Yi=class{constructor(e=process.stderr){this.stream=e;this.output=e}stream;clock=new Ji;output;info(e){this.stream.write(`${e}
`)}warning(e){this.stream.write(`warning: ${e}
`)}secret(){}track(e,r){return this.clock.time(e,r)}async phase(e,r){this.info(`\u25B6 ${e}`);let o=Date.now(),n=await this.clock.time(e,r);return this.info(`\u2714 ${e}\
 (${((Date.now()-o)/1e3).toFixed(1)} s)`),n}};var nD=t=>Math.round(t*1e3),sD=t=>t.replace(/[:#;]/g," ").trim()||"phase";function iD(t){let e=["```mermaid","gantt","  title ecr-deliver phases (seconds since \
start)","  dateFormat x","  axisFormat %M:%S"];return t.forEach((r,o)=>{let n=nD(r.start),s=Math.max(nD(r.end),n+1);e.push(`  section ${sD(r.title)}`,`  ${sD(r.
title)} ${r.seconds.toFixed(1)} s :p${o}, ${n}, ${s}`)}),e.push("```"),e.join(`
`)}function aD(t,e=40){if(t.length===0)return[];let r=Math.max(...t.map(n=>n.end),.001),o=Math.max(...t.map(n=>n.title.length));return t.map(n=>{let s=Math.min(
e-1,Math.floor(n.start/r*e)),i=Math.max(s+1,Math.min(e,Math.round(n.end/r*e))),a="\xB7".repeat(s)+"\u2588".repeat(i-s)+"\xB7".repeat(e-i);return`${n.title.padEnd(
o)}  ${a}  ${n.start.toFixed(1)}\u2013${n.end.toFixed(1)} s`})}var cD=require("node:child_process"),Bq=3e3,ry=new Set,cs=(t,e,r={})=>new Promise((o,n)=>{let s=r.silent?void 0:r.output??process.stdout;s?.write(`[command]${[t,
...e].join(" ")}
`);let i=(0,cD.spawn)(t,e,{stdio:"pipe",env:r.env??process.env});ry.add(i);let a=!1,c=r.timeoutMs===void 0?void 0:setTimeout(()=>{a=!0,i.kill("SIGKILL")},r.timeoutMs),
l,u=()=>{i.kill("SIGTERM"),l=setTimeout(()=>i.kill("SIGKILL"),Bq)};r.signal?.aborted?u():r.signal?.addEventListener("abort",u,{once:!0});let d=[],m=[];i.stdout.
on("data",g=>{d.push(g),s?.write(g)}),i.stderr.on("data",g=>{m.push(g),s?.write(g)}),i.stdin.on("error",()=>{}),i.stdin.end(r.input);let f=()=>{ry.delete(i),clearTimeout(
c),clearTimeout(l),r.signal?.removeEventListener("abort",u)};i.on("error",g=>{f(),n(g)}),i.on("close",(g,h)=>{f(),o({code:g??(h?128:1),stdout:Buffer.concat(d).toString(),
stderr:Buffer.concat(m).toString(),...a?{timedOut:a}:{}})})});async function pD(t){let e=[...ry];if(!e.length)return;let r=i=>new Promise(a=>{i.exitCode!==null||
i.signalCode!==null?a():i.once("close",()=>a())}),o=Promise.all(e.map(r));for(let i of e)i.kill("SIGTERM");let n,s=new Promise(i=>{n=setTimeout(()=>i("grace"),t)});
if(await Promise.race([o,s])==="grace"){for(let i of e)i.exitCode===null&&i.signalCode===null&&i.kill("SIGKILL");await o}clearTimeout(n)}var lD=["SIGINT","SIGTERM"],Hq=2e3;function Xi(){let t=new AbortController,e=!1,r=o=>t.abort(o);for(let o of lD)process.on(o,r);return{cancelled:t.signal,stopChildren:o=>(e=
!0,pD(o)),end:()=>{for(let o of lD)process.off(o,r);e&&setTimeout(()=>process.exit(process.exitCode||1),Hq).unref()}}}var Zi=t=>e=>t[my(e)];function Qi(t){let e=gn(t);return process.stderr.write(`ecr-deliver: ${e.message}
`),e.hint&&process.stderr.write(`hint: ${e.hint}
`),e.exitCode}async function zu(t,e){let r=new Yi(process.stderr),o=Xi();try{let n=as(t),s=xn(n),{outputs:i,scan:a}=await ju({options:n,context:s,reporter:r,run:cs,
env:process.env,lifetime:o});r.info(jq(i,r.clock,a)),e(i);let c=Gu(a,i["image-ref"]);return c.warning&&r.warning(c.warning),c.failure?Qi(c.failure):0}catch(n){return Qi(
n)}finally{o.end()}}async function Vu(t,e){let r=new Yi(process.stderr),o=Xi();try{let n=as(t,"login"),s=xn(n,process.env,"login"),{registry:i}=await Fu({options:n,
context:s,reporter:r,run:cs,env:process.env,lifetime:o});return r.info(uD(`logged in to ${i}`,[["registry",i]],r.clock)),e(i),0}catch(n){return Qi(n)}finally{o.
end()}}function Gq(t){return t.pushed?"true":t.digest?"false (the SHA tag was already in ECR: nothing built or uploaded)":"false (push: false, built and tagged \
locally only)"}function jq(t,e,r){let o=t.pushed?`delivered ${t.image}`:t.digest?`already delivered: ${t.image}`:`built ${t.image} (not pushed)`,n=Mr.filter(({name:i})=>i!==
"scan-findings"||r).map(({name:i})=>[i,i==="pushed"?Gq(t):No(t,i)||"-"]),s=aD(e.byStart).map(i=>`    ${i}`);return[uD(o,n,e),"  timeline",...s,...r?zq(r):[]].join(
`
`)}function zq(t){if(t.outcome!=="complete")return["  scan",`    ${t.problem}`];let e=Cr.map(n=>Math.max(n.length,String(t.counts[n]).length)),r=["  scan",`    ${Cr.
map((n,s)=>n.padStart(e[s])).join("  ")}`,`    ${Cr.map((n,s)=>String(t.counts[n]).padStart(e[s])).join("  ")}`];t.gate!=="off"&&r.push(`    fail-on-severity ${t.
threshold}: ${t.gate}`);let o=n=>n.replace(/[\x00-\x1f\x7f-\x9f]+/g," ");for(let n of t.top)r.push(o(`    ${n.severity.padEnd(13)} ${n.name}  ${n.package||"-"} \
 ${n.link}`).trimEnd());return r}function uD(t,e,r){let o=[...e,["time",r.describe()]],n=Math.max(...o.map(([s])=>s.length));return[`\u2500\u2500 ecr-deliver: ${t}\
 \u2500\u2500`,...o.map(([s,i])=>`  ${s.padEnd(n)}  ${i}`)].join(`
`)}var Vq=["deliver","login"],dD="ECR_DELIVER_COMMAND",qq=t=>`'${t.replace(/'/g,"'\\''")}'`,gD=(t,e)=>`export ${fy(t)}=${qq(e)}
`;function Wq(t){return Mr.map(({name:e})=>gD(e,No(t,e))).join("")}function mD(t,e){t.BASH_ENV?(0,fD.appendFileSync)(t.BASH_ENV,e):process.stderr.write(`warning\
: BASH_ENV is not set: the outputs are not exported to later steps
`)}async function hD(t=process.env){let e=t[dD]||"deliver";e==="login"?process.exitCode=await Vu(Zi(t),r=>mD(t,gD("registry",r))):e==="deliver"?process.exitCode=
await zu(Zi(t),r=>mD(t,Wq(r))):(process.stderr.write(`ecr-deliver: ${dD}: ${ms(e)} is not one of ${Vq.join(", ")}
`),process.exitCode=2)}var TD=require("node:util");var RD=require("node:util");var Kq=["ecr:BatchCheckLayerAvailability","ecr:InitiateLayerUpload","ecr:UploadLayerPart","ecr:CompleteLayerUpload","ecr:PutImage"],oy=["ecr:BatchGetImage","ecr\
:GetDownloadUrlForLayer","ecr:BatchCheckLayerAvailability"];function Jq(t){let e=new Set(["ecr:DescribeRepositories","ecr:BatchGetImage"]),r=o=>{for(let n of o)
e.add(n)};return t.push&&(r(Kq),t.createRepository&&e.add("ecr:CreateRepository"),t.lifecyclePolicy&&e.add("ecr:PutLifecyclePolicy"),t.repositoryPolicy&&e.add("\
ecr:SetRepositoryPolicy")),t.cache&&r(["ecr:DescribeImages",...oy]),t.scanWait&&e.add("ecr:DescribeImageScanFindings"),t.scanWait&&t.scanStart&&e.add("ecr:Start\
ImageScan"),[...e].sort()}function Yq(t){return`arn:${Zr(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${t.repository}`}function ny(t){if(t.
registryType==="public")return Zq(t);let e=[{Sid:"EcrLogin",Effect:"Allow",Action:"ecr:GetAuthorizationToken",Resource:"*"},{Sid:"EcrDeliver",Effect:"Allow",Action:Jq(
t),Resource:Yq(t)}];if(t.push&&t.createRepository&&t.encryptionType==="KMS"){let r=t.kmsKey&&/^arn:[^:]+:kms:[^:]+:\d{12}:key\//.test(t.kmsKey)?t.kmsKey:`arn:${Zr(
t.region)}:kms:${t.region}:${t.registryId??t.accountId}:key/*`,o={"kms:ViaService":`ecr.${t.region}.amazonaws.com${Zr(t.region)==="aws-cn"?".cn":""}`};e.push({Sid:"\
KmsGrantForNewRepository",Effect:"Allow",Action:"kms:CreateGrant",Resource:r,Condition:{StringEquals:o,Bool:{"kms:GrantIsForAWSResource":"true"}}},{Sid:"KmsForN\
ewRepository",Effect:"Allow",Action:["kms:DescribeKey","kms:RetireGrant"],Resource:r,Condition:{StringEquals:o}})}return e.push(...ED(t)),{Version:"2012-10-17",
Statement:e}}function ED(t){let e=[],r=t.pullRepositories?.length?t.pullRepositories:["*"],o=(t.pullRegistries??[]).flatMap(s=>r.map(i=>`arn:${Zr(s.region??t.region)}\
:ecr:${s.region??t.region}:${s.id}:repository/${i}`));o.length&&e.push({Sid:"EcrPullBaseImages",Effect:"Allow",Action:oy.slice().sort(),Resource:o.length===1?o[0]:
o});let n=(t.pullThrough??[]).map(s=>`arn:${Zr(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${s}/*`);return n.length&&e.push({Sid:"EcrPull\
ThroughCache",Effect:"Allow",Action:[...Xq,...oy].sort(),Resource:n.length===1?n[0]:n}),e}function xD(t){return!t.pullRegistries?.length||t.pullRepositories?.length?
[]:[`--pull-repositories not given: the role may pull every repository of ${t.pullRegistries.map(e=>e.id).join(", ")}; pass name patterns to narrow it`]}var Xq=[
"ecr:BatchImportUpstreamImage","ecr:CreateRepository"],yD=["ecr-public:GetAuthorizationToken","sts:GetServiceBearerToken"],Qq=["ecr-public:BatchCheckLayerAvaila\
bility","ecr-public:InitiateLayerUpload","ecr-public:UploadLayerPart","ecr-public:CompleteLayerUpload","ecr-public:PutImage"];function Zq(t){let e=t.push?yD:[...yD,
"ecr-public:DescribeRegistries"],r=new Set(["ecr-public:DescribeRepositories","ecr-public:DescribeImageTags"]);if(t.push){for(let n of Qq)r.add(n);t.createRepository&&
r.add("ecr-public:CreateRepository"),t.repositoryPolicy&&r.add("ecr-public:SetRepositoryPolicy")}let o=t.repository.replace(/^public\.ecr\.aws\/[^/]+\//,"");return{
Version:"2012-10-17",Statement:[{Sid:"EcrPublicLogin",Effect:"Allow",Action:e,Resource:"*"},{Sid:"EcrPublicDeliver",Effect:"Allow",Action:[...r].sort(),Resource:`\
arn:aws:ecr-public::${t.registryId??t.accountId}:repository/${o}`},...ED(t)]}}var e6="token.actions.githubusercontent.com",t6="oidc.circleci.com/org";function r6(t){let e=t.pullRequest?"pull_request":t.environment!==void 0?`environment:${t.
environment}`:t.tag!==void 0?`ref:refs/tags/${t.tag}`:`ref:refs/heads/${t.branch??"main"}`;return`repo:${t.repo}:${e}`}function SD(t){let e=Zr(t.region),r,o,n;if(t.
provider==="github")r=t.githubIssuer??e6,o=t.audience??qi,n=r6(t);else if(t.provider==="circleci")r=`${t6}/${t.orgId}`,o=t.audience??t.orgId,n=`org/${t.orgId}/p\
roject/${t.projectId}/user/*${t.vcsRef?`/vcs-origin/*/vcs-ref/${t.vcsRef}`:""}`;else return;let s=/[*?]/.test(n),i={StringEquals:{[`${r}:aud`]:o}};return s?i.StringLike=
{[`${r}:sub`]:n}:i.StringEquals[`${r}:sub`]=n,{Version:"2012-10-17",Statement:[{Effect:"Allow",Principal:{Federated:`arn:${e}:iam::${t.accountId}:oidc-provider/${r}`},
Action:"sts:AssumeRoleWithWebIdentity",Condition:i}]}}var o6=["repo","branch","tag","environment","pull-request","github-issuer"],n6=["org-id","project-id","vcs-ref"];function _D(t,e=process.env){let r=s6(t),o=i6(r),
n=a6(o.provider,r);if(o.kmsKey!==void 0&&o.encryptionType!=="KMS")throw new w("kms-key",o.kmsKey,"needs --encryption-type KMS");if(o.pullRepositories?.length&&!o.
pullRegistries?.length)throw new w("pull-repositories",r.get("pull-repositories"),"needs --pull-registries");if(o.only==="trust"&&n==="none")throw new w("only",
o.only,"needs a --provider: `none` has no trust policy");return{request:{repository:o.repository,region:ad(o.awsRegion,e),accountId:o.accountId,registryId:o.registryId,
provider:n,audience:o.audience,createRepository:o.createRepository,lifecyclePolicy:o.lifecyclePolicy,repositoryPolicy:o.repositoryPolicy,cache:o.cache,push:o.push,
encryptionType:o.encryptionType,kmsKey:o.kmsKey,scanWait:o.scanWait,scanStart:o.scanStart,pullRegistries:o.pullRegistries,pullRepositories:o.pullRepositories,pullThrough:o.
pullThrough,registryType:Yh({repository:o.repository,registryType:o.registryType}),...n==="github"?c6(o):n==="circleci"?p6(o):{}},only:o.only}}function s6(t){let{
values:e,positionals:r}=(0,RD.parseArgs)({args:t,options:Object.fromEntries(os.map(n=>[n.name,{type:"string"}])),strict:!0,allowPositionals:!0});if(r.length)throw new w(
"iam-policy",r[0],"is not a flag: every value follows its --flag (see `ecr-deliver iam-policy --help`)");let o=new Map;for(let n of os){let s=Bu(n,e[n.name]);s!==
void 0&&o.set(n.name,s)}return o}function i6(t){let e={};for(let r of os){let o=t.get(r.name)??r.default;if(o!==void 0)e[r.field]=r.parse(o,r.name);else if(r.required)
throw new w(r.name,"","is required")}return e}function a6(t,e){let r=o6.filter(i=>e.has(i)),o=n6.filter(i=>e.has(i)),n=t??(r.length?"github":o.length?"circleci":
void 0);if(!n)throw new w("provider","","is required: github (with --repo), circleci (with --org-id), or none");let s=n==="github"?o:n==="circleci"?r:[...r,...o];
if(s.length)throw new w(s[0],e.get(s[0]),`does not apply to --provider ${n}`);return n}function c6(t){if(t.repo===void 0)throw new w("repo","","is required: the\
 GitHub repository as OWNER/REPO (or OWNER@ID/REPO@ID)");let{branch:e,tag:r,environment:o,pullRequest:n}=t;if(e!==void 0&&o!==void 0)throw new w("branch",e,"can\
not be combined with --environment: a job with an environment gets `environment:NAME` as its OIDC subject");if(n&&(e!==void 0||o!==void 0))throw new w("pull-req\
uest","true","cannot be combined with --branch or --environment: a pull_request run's OIDC subject is `repo:OWNER/REPO:pull_request`");if(r!==void 0&&(e!==void 0||
o!==void 0||n))throw new w("tag",r,"cannot be combined with --branch, --environment or --pull-request: a tag push's OIDC subject is `repo:OWNER/REPO:ref:refs/ta\
gs/TAG`");let s=o===void 0&&!n&&r===void 0;return{repo:t.repo,environment:o,pullRequest:n,tag:r,branch:s?e??"main":void 0,githubIssuer:t.githubIssuer}}function p6(t){
if(t.orgId===void 0)throw new w("org-id","","is required: the CircleCI organization id (a UUID, Organization Settings > Overview)");if(t.projectId===void 0)throw new w(
"project-id","","is required: the CircleCI project id (a UUID, Project Settings > Overview): without it every project of the org could deliver");return{orgId:t.
orgId,projectId:t.projectId,vcsRef:t.vcsRef}}function l6(t){let e=SD(t);return e?{permissionsPolicy:ny(t),trustPolicy:e}:{permissionsPolicy:ny(t)}}function wD(t,e){
let r=l6(t),o=e==="permissions"?r.permissionsPolicy:e==="trust"?r.trustPolicy:r;return`${JSON.stringify(o,null,2)}
`}var ID="0.1.0";var sy=Wi.filter(t=>!t.githubOnly),CD=["iam-policy","login"];function iy(t,e,r=100){let o=[],n="";for(let s of t.split(/\s+/).filter(Boolean))n&&e.length+n.length+
1+s.length>r?(o.push(n),n=s):n=n?`${n} ${s}`:s;return n&&o.push(n),o.map(s=>e+s).join(`
`)}function d6(){return["Usage: ecr-deliver [--option value \u2026] [--json]      deliver an image","       ecr-deliver login [--option value \u2026]         credent\
ials + docker login only","       ecr-deliver iam-policy --help                the IAM policies a CI role needs","","Delivers a container image to Amazon ECR: O\
IDC credentials, ECR login, repository, build,","commit-SHA tag, push. Every option can also be given as ECR_DELIVER_<OPTION> in the environment","(e.g. ECR_DEL\
IVER_ROLE_TO_ASSUME); a flag wins over the environment.","","Options:",...sy.map(e=>{let r=e.default!==void 0?` Default: ${e.default}.`:e.defaultText?` Default:\
 ${e.defaultText.replace(/`/g,"")}.`:"";return`  --${e.name} <value>
${iy(`${e.description.replace(/`/g,"")}${e.required?" Required.":""}${r}`,"      ")}`}),"  --json","      Print the outputs as one JSON object on stdout (logs g\
o to stderr).","  --help, --version","",`Outputs: ${Mr.map(e=>e.name).join(", ")}.`,"Exit codes: 0 delivered, 1 failed, 2 bad input."].join(`
`)}function m6(){return["Usage: ecr-deliver login [--option value \u2026] [--json]","","Gets AWS credentials (OIDC or ambient) and runs docker login to the ECR \
registry, nothing else;",'later docker commands in the same job can pull and push. --json prints {"registry": "<host>"}.',"Unlike a delivery (which logs in to a\
 private docker config removed when it ends), login writes","the registry password to your docker config (DOCKER_CONFIG, else ~/.docker) by design, where it","s\
tays for 12 hours: run `docker logout <registry>` when done on a shared host.","","Options (also as ECR_DELIVER_<OPTION>):",...sy.filter(e=>Zl.includes(e.name)).
map(e=>`  --${e.name} <value>
${iy(e.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 logged in, 1 failed, 2 bad input."].join(`
`)}function f6(){return["Usage: ecr-deliver iam-policy --repository NAME --account-id ID --aws-region REGION","         --repo OWNER/REPO [--branch BRANCH | --e\
nvironment NAME]     (GitHub)","         --org-id UUID --project-id UUID [--vcs-ref REF]               (CircleCI)","         [the delivery options the role must\
 allow, e.g. --cache false]","",'Prints {"permissionsPolicy": \u2026, "trustPolicy": \u2026} as JSON: the least-privilege permissions for',"delivering to the re\
pository with the given options, and the OIDC trust policy with aud and sub","pinned. No AWS call is made.","","Flags:",...os.map(t=>`  --${t.name} ${t.value}
${iy(t.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 printed, 2 bad input."].join(`
`)}function vD(t,e){let r=t,o=/'(-[^' ]+)/.exec(r.message??"")?.[1],n=`see ecr-deliver ${e?`${e} `:""}--help`;switch(r.code){case"ERR_PARSE_ARGS_UNKNOWN_OPTION":
return`${o}: is not a flag of ecr-deliver${e?` ${e}`:""} (${n})`;case"ERR_PARSE_ARGS_INVALID_OPTION_VALUE":return/does not take an argument/.test(r.message??"")?
`${o}: takes no value`:/ambiguous/.test(r.message??"")?`${o}: needs a value; for a value that starts with "-", write ${o}=VALUE`:`${o}: needs a value (${n})`;case"\
ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":{let s=/'([^']*)'/.exec(r.message??"")?.[1]??"";return`${ms(s)} is not a command or flag: use ${CD.join(", ")} or --flags \
(${n})`}default:return`${(r.message??String(t)).split(`
`)[0]} (${n})`}}function g6(t,e,r){try{let o=Object.fromEntries(e.map(n=>[n,{type:"string"}]));return(0,TD.parseArgs)({args:t,options:{...o,json:{type:"boolean"},
help:{type:"boolean",short:"h"},version:{type:"boolean"}},strict:!0,allowPositionals:!1}).values}catch(o){process.stderr.write(`ecr-deliver: ${vD(o,r)}
`),process.exitCode=2;return}}function h6(t){if(t.includes("--help")||t.includes("-h"))return process.stdout.write(`${f6()}
`),0;try{let{request:e,only:r}=_D(t.filter(o=>o!=="--json"));process.stdout.write(wD(e,r));for(let o of xD(e))process.stderr.write(`note: ${o}
`);return 0}catch(e){return e.code?.startsWith("ERR_PARSE_ARGS")?(process.stderr.write(`ecr-deliver: ${vD(e,"iam-policy")}
`),2):Qi(e)}}async function AD(t){let e=CD.find(i=>i===t[0])??"";if(e==="iam-policy"){process.exitCode=h6(t.slice(1));return}let r=e?t.slice(1):t,o=g6(r,e==="lo\
gin"?Zl:sy.map(i=>i.name),e);if(!o)return;if(o.help)return void process.stdout.write(`${e==="login"?m6():d6()}
`);if(o.version)return void process.stdout.write(`${ID}
`);let n=Zi(process.env);if(e==="login"){let i=a=>Zl.includes(a)?o[a]??n(a):void 0;process.exitCode=await Vu(i,a=>{o.json&&process.stdout.write(`${JSON.stringify(
{registry:a})}
`)});return}let s=i=>o[i]??n(i);process.exitCode=await zu(s,i=>{o.json&&process.stdout.write(`${JSON.stringify(gy(i))}
`)})}var ay=require("node:fs"),Lr=require("node:os"),bD=require("node:stream");var y6=t=>t.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A"),ps,PD=!0;function ea(t){t.length&&(process.stdout.write(t),PD=typeof t=="string"?t.endsWith(
`
`):t[t.length-1]===10)}var cy=()=>PD?"":Lr.EOL,OD=new bD.Writable({write(t,e,r){ps||(ps=crypto.randomUUID().replace(/-/g,""),ea(`${cy()}::stop-commands::${ps}${Lr.EOL}`)),
ea(t),r()}});function ta(t,e=""){ps&&(ea(`${cy()}::${ps}::${Lr.EOL}`),ps=void 0),ea(`::${t}::${y6(e)}${Lr.EOL}`)}function qu(t){return(process.env[`INPUT_${t.replace(
/ /g,"_").toUpperCase()}`]??"").trim()}function ND(t,e,r){let o=process.env[`GITHUB_${t}`];if(!o)throw new Error(`GITHUB_${t} is not set: not running in a GitHu\
b Actions step`);let n=`ghadelimiter_${crypto.randomUUID()}`;if(e.includes(n)||r.includes(n))throw new Error(`value of ${e} contains the delimiter`);(0,ay.appendFileSync)(
o,`${e}<<${n}${Lr.EOL}${r}${Lr.EOL}${n}${Lr.EOL}`,"utf8")}var ls=(t,e)=>ND("OUTPUT",t,e),Wu=(t,e)=>ND("STATE",t,e),py=t=>process.env[`STATE_${t}`]??"",Ku=t=>ta(
"add-mask",t),Ju=t=>ea(`${cy()}${t}${Lr.EOL}`),ly=t=>ta("warning",t),E6=t=>ta("error",t);function DD(t){process.exitCode=1,E6(t)}async function kD(t,e){ta("grou\
p",t);try{return await e()}finally{ta("endgroup")}}function uy(t){let e=process.env.GITHUB_STEP_SUMMARY;e&&(0,ay.appendFileSync)(e,`${t}${Lr.EOL}`,"utf8")}var x6=4,
S6=1e4;async function $D(t){let e=process.env.ACTIONS_ID_TOKEN_REQUEST_URL,r=process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;if(!e||!r)throw new Error("ACTIONS_ID_TO\
KEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set");let o=`${e}&audience=${encodeURIComponent(t)}`;for(let n=1;;n++){let s;try{let i=await zi(o,{headers:{
Authorization:`Bearer ${r}`,Accept:"application/json"},timeoutMs:S6});if(i.status===200){let a=R6(i.text);if(!a)throw new Error("the token service answered with\
out a token");return Ku(a),a}if(s=`HTTP ${i.status}`,i.status<500&&i.status!==429)throw new Error(`the token service answered ${s}`)}catch(i){if(i.message.startsWith(
"the token service")||i instanceof hr)throw i;s=i.message}if(n>=x6)throw new Error(`the token service did not answer after ${n} attempts (${s})`);await new Promise(
i=>setTimeout(i,500*2**(n-1)))}}function R6(t){try{let e=JSON.parse(t)?.value;return typeof e=="string"?e:void 0}catch{return}}var us=t=>t.replace(/[\r\n]+/g," ").replace(/[|\\`*_~<>[\]]/g,e=>`\\${e}`),dy=t=>`\`${t.replace(/`/g,"'")}\``;function LD(t,e,r){let o=t.pushed?"delivered":t.digest?
"already delivered":"built, not pushed",n=[["image",dy(t.image)],["digest",t.digest?dy(t.digest):"(not pushed)"],["tags",t.tags.map(dy).join(" ")],["pushed",String(
t.pushed)],["timings",us(e.describe())]],s=[`### ecr-deliver: ${o}`,"","| | |","|---|---|",...n.map(([i,a])=>`| ${i} | ${a} |`),"","#### Timeline","",iD(e.byStart),
""];return r&&s.push(...w6(r),""),s.join(`
`)}function w6(t){let e=["#### Vulnerability scan",""];if(t.outcome!=="complete")return e.push("> [!WARNING]",`> ${us(t.problem??"no scan")}`),t.gate==="failed"&&
e.push(">",`> fail-on-severity ${t.threshold}: **failed** (the image is pushed, but could not be judged)`),e;if(e.push(`| ${Cr.join(" | ")} |`,`|${Cr.map(()=>"-\
--:").join("|")}|`,`| ${Cr.map(r=>t.counts[r]).join(" | ")} |`,""),t.gate!=="off"&&e.push(t.gate==="failed"?`**fail-on-severity ${t.threshold}: failed.** The im\
age is pushed, but should not be deployed.`:`fail-on-severity ${t.threshold}: passed.`,""),t.top.length){e.push("| finding | severity | package |","|---|---|---\
|");for(let r of t.top){let o=/^https?:\/\/[^\s()<>]+$/.test(r.link)?`[${us(r.name)}](${r.link})`:us(r.name);e.push(`| ${o} | ${us(r.severity)} | ${us(r.package)||
"\u2014"} |`)}}else e.push("No findings.");return e}var UD="isPost",FD="registries",MD="skipLogout",Yu=class{clock=new Ji;output=OD;info=e=>Ju(e);warning=e=>ly(e);secret=e=>Ku(e);phase(e,r){return kD(e,()=>this.clock.
time(e,r))}track(e,r){return this.clock.time(e,r)}},BD=t=>t[`STATE_${UD}`]==="true";async function HD(){Wu(UD,"true");let t=new Yu,e=new Set,r=s=>{e.add(s),Wu(FD,
JSON.stringify([...e]))},o=Xi(),n={reporter:t,run:cs,env:process.env,platformToken:s=>$D(s),lifetime:o};try{let s=ZN(d=>qu(d));if(s.mode==="login")return await I6(
n,r,s);let i=as(d=>qu(d)),a=xn(i),{outputs:c,scan:l}=await ju({options:i,context:a,...n});for(let{name:d}of Mr)ls(d,No(c,d));uy(LD(c,t.clock,l));let u=Gu(l,c["i\
mage-ref"]);if(u.warning&&ly(u.warning),u.failure)throw u.failure}catch(s){let i=gn(s);DD(i.hint?`${i.message}
Hint: ${i.hint}`:i.message)}finally{o.end()}}async function I6(t,e,r){r.skipLogout&&Wu(MD,"true");let o=as(i=>qu(i),"login"),n=xn(o,process.env,"login"),s=await Fu(
{options:o,context:n,...t,onLogin:e});ls("registry",s.registry),ls("registries",s.registries.join(",")),r.dockerCredentialsOutput&&(Ku(s.login.password),ls("doc\
ker-username",s.login.username),ls("docker-password",s.login.password)),Ju(`Logged in to ${s.registries.join(", ")}${r.skipLogout?" (kept after the job: skip-lo\
gout)":"; the post step logs out"}`),uy(["### ecr-deliver login","",...s.registries.map(i=>`- \`${i}\``),"",`timings: ${t.reporter.clock.describe()}`,""].join(`\

`))}async function GD(){let t=JSON.parse(py(FD)||"[]");if(py(MD)==="true"){Ju(`skip-logout: docker stays logged in to ${t.join(", ")||"nothing"}`);return}let e=new to(
cs,new Yu,void 0,Sn(process.env));for(let r of t)await e.logout(r)}async function T6(){let t=process.env,e=process.argv.slice(2);return e.length===0&&t.GITHUB_ACTIONS==="true"&&Object.keys(t).some(r=>r.startsWith("INPUT_"))?BD(
t)?GD():HD():e.length===0&&t.CIRCLECI==="true"?hD():AD(e)}T6();
