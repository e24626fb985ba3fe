#!/usr/bin/env node
"use strict";var fD=Object.create;var Ud=Object.defineProperty;var gD=Object.getOwnPropertyDescriptor;var hD=Object.getOwnPropertyNames;var yD=Object.getPrototypeOf,ED=Object.prototype.hasOwnProperty;var p=(t,e,r)=>()=>{if(r)throw r[0];try{return t&&(e=t(t=0)),e}catch(o){throw r=[o],o}};var Fd=(t,e)=>()=>{try{return e||t((e={exports:{}}).exports,e),e.exports}catch(r){throw e=0,r}},or=(t,e)=>{for(var r in e)Ud(t,r,{get:e[r],enumerable:!0})},SD=(t,e,r,o)=>{
if(e&&typeof e=="object"||typeof e=="function")for(let n of hD(e))!ED.call(t,n)&&n!==r&&Ud(t,n,{get:()=>e[n],enumerable:!(o=gD(e,n))||o.enumerable});return t};var Ur=(t,e,r)=>(r=t!=null?fD(yD(t)):{},SD(e||!t||!t.__esModule?Ud(r,"default",{value:t,enumerable:!0}):r,t));var aa,wt,Uy=p(()=>{aa={warningEmitted:!1},wt=t=>{if(t&&!aa.warningEmitted){if(process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED==="true"){aa.warningEmitted=
!0;return}let e=parseInt(t.substring(1,t.indexOf("."))),r=22;e<r&&(aa.warningEmitted=!0,process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScri\
pt (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${t}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`))}}});function B(t,e,r){return t.$source||(t.$source={}),t.$source[e]=r,t}var Fy=p(()=>{});function vr(t,e,r){t.__aws_sdk_context?t.__aws_sdk_context.features||(t.__aws_sdk_context.features={}):t.__aws_sdk_context={features:{}},t.__aws_sdk_context.features[e]=
r}var My=p(()=>{});var gk,yr,Hy=p(()=>{gk=()=>typeof process=="object"&&process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026==="true",yr=(t,e)=>{if(gk()&&typeof t?.handle!="functi\
on")return e}});var gs,tu=p(()=>{gs=t=>typeof ArrayBuffer=="function"&&t instanceof ArrayBuffer||Object.prototype.toString.call(t)==="[object ArrayBuffer]"});var _n,ca,wn=p(()=>{tu();_n=(t,e=0,r=t.byteLength-e)=>{if(!gs(t))throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof t} (${t})`);
return Buffer.from(t,e,r)},ca=(t,e)=>{if(typeof t!="string")throw new TypeError(`The "input" argument must be of type string. Received type ${typeof t} (${t})`);
return e?Buffer.from(t,e):Buffer.from(t)}});var hk,Se,By=p(()=>{wn();hk=/^[A-Za-z0-9+/]*={0,2}$/,Se=t=>{if(t.length*3%4!==0)throw new TypeError("Incorrect padding on base64 string.");if(!hk.exec(t))throw new TypeError(
"Invalid base64 string.");let e=ca(t,"base64");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}});var se,pa=p(()=>{wn();se=t=>{let e=ca(t,"utf8");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength/Uint8Array.BYTES_PER_ELEMENT)}});var ue,Gy=p(()=>{wn();pa();ue=t=>{let e;if(typeof t=="string"?e=se(t):e=t,typeof e!="object"||typeof e.byteOffset!="number"||typeof e.byteLength!="number")throw new Error(
"@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");return _n(e.buffer,e.byteOffset,e.byteLength).toString("base64")}});function jy(t,e,r,o){return class la extends Uint8Array{static fromString(s,i="utf-8"){if(typeof s=="string")return i==="base64"?la.mutate(o(s)):la.mutate(e(s));
throw new Error(`Unsupported conversion from ${typeof s} to Uint8ArrayBlobAdapter.`)}static mutate(s){return Object.setPrototypeOf(s,la.prototype),s}transformToString(s="\
utf-8"){return s==="base64"?r(this):t(this)}}}var zy=p(()=>{});var ee,Vy=p(()=>{wn();ee=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error(
"@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return _n(t.buffer,t.byteOffset,t.byteLength).toString("utf8")}});function qy(t){return typeof crypto<"u"&&typeof crypto.randomUUID=="function"?()=>crypto.randomUUID():()=>{let e=new Uint8Array(16);return t(e),e[6]=e[6]&15|64,
e[8]=e[8]&63|128,He[e[0]]+He[e[1]]+He[e[2]]+He[e[3]]+"-"+He[e[4]]+He[e[5]]+"-"+He[e[6]]+He[e[7]]+"-"+He[e[8]]+He[e[9]]+"-"+He[e[10]]+He[e[11]]+He[e[12]]+He[e[13]]+
He[e[14]]+He[e[15]]}}var He,Wy=p(()=>{He=Array.from({length:256},(t,e)=>e.toString(16).padStart(2,"0"))});var Mo,Ky=p(()=>{(function(t){t.HTTP="http",t.HTTPS="https"})(Mo||(Mo={}))});var Hr,Jy=p(()=>{(function(t){t.MD5="md5",t.CRC32="crc32",t.CRC32C="crc32c",t.SHA1="sha1",t.SHA256="sha256"})(Hr||(Hr={}))});var Yy=p(()=>{Jy()});var Er,Xy=p(()=>{Er="__smithy_context"});var Ar,Qy=p(()=>{(function(t){t.PROFILE="profile",t.SSO_SESSION="sso-session",t.SERVICES="services"})(Ar||(Ar={}))});var br=p(()=>{Ky();Yy();Xy();Qy()});var te,Zy=p(()=>{br();te=t=>t[Er]||(t[Er]={})});function O(t,e){return Object.prototype.hasOwnProperty.call(t,e)}var ru=p(()=>{});function yk(t){return Object.keys(t).reduce((e,r)=>{let o=t[r];return{...e,[r]:Array.isArray(o)?[...o]:o}},{})}var j,eE=p(()=>{j=class t{method;protocol;hostname;port;path;query;headers;username;password;fragment;body;constructor(e){
this.method=e.method||"GET",this.hostname=e.hostname||"localhost",this.port=e.port,this.query=e.query||{},this.headers=e.headers||{},this.body=e.body,this.protocol=
e.protocol?e.protocol.slice(-1)!==":"?`${e.protocol}:`:e.protocol:"https:",this.path=e.path?e.path.charAt(0)!=="/"?`/${e.path}`:e.path:"/",this.username=e.username,
this.password=e.password,this.fragment=e.fragment}static clone(e){let r=new t({...e,headers:{...e.headers}});return r.query&&(r.query=yk(r.query)),r}static isInstance(e){
if(!e)return!1;let r=e;return"method"in r&&"protocol"in r&&"hostname"in r&&"path"in r&&typeof r.query=="object"&&typeof r.headers=="object"}clone(){return t.clone(
this)}}});var Je,tE=p(()=>{Je=class{statusCode;reason;headers;body;constructor(e){this.statusCode=e.statusCode,this.reason=e.reason,this.headers=e.headers||{},this.body=e.
body}static isInstance(e){if(!e)return!1;let r=e;return typeof r.statusCode=="number"&&typeof r.headers=="object"}}});var Ek,Pr,rE=p(()=>{Ek=new RegExp("^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$"),Pr=(t,e=!1)=>{if(!e)return Ek.test(t);let r=t.split(".");for(let o of r)if(!Pr(o))return!1;
return!0}});function ou(t){return/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(t)}var oE=p(()=>{});var W,nE=p(()=>{W=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});function sE(t){let e={};if(t=t.replace(/^\?/,""),t)for(let r of t.split("&")){let[o,n=null]=r.split("=");o=decodeURIComponent(o),n&&(n=decodeURIComponent(n)),o in
e?Array.isArray(e[o])?e[o].push(n):e[o]=[e[o],n]:e[o]=n}return e}var iE=p(()=>{});var me,nu=p(()=>{iE();me=t=>{if(typeof t=="string")return me(new URL(t));let{hostname:e,pathname:r,port:o,protocol:n,search:s}=t,i;return s&&(i=sE(s)),{hostname:e,
port:o?parseInt(o):void 0,protocol:n,path:r,query:i}}});var to,aE=p(()=>{ru();nu();to=t=>{if(typeof t=="object"){if("url"in t){let e=me(t.url);if(t.headers){e.headers={};for(let r in t.headers)O(t.headers,r)&&(e.headers[r.
toLowerCase()]=t.headers[r].join(", "))}return e}return t}return me(t)}});var Y=p(()=>{Zy();ru();eE();tE();rE();oE();nE();nu();aE()});var su,Sk,cE,xk,pE,lE,dE,Rk,uE,mE,_k,da,In,fE,wk,Ik,gE=p(()=>{su=t=>{if(t!=null){if(typeof t=="string"){let e=parseFloat(t);if(!Number.isNaN(e))return String(e)!==
String(t)&&Ik.warn(wk(`Expected number but observed string: ${t}`)),e}if(typeof t=="number")return t;throw new TypeError(`Expected number, got ${typeof t}: ${t}`)}},
Sk=Math.ceil(2**127*(2-2**-23)),cE=t=>{let e=su(t);if(e!==void 0&&!Number.isNaN(e)&&e!==1/0&&e!==-1/0&&Math.abs(e)>Sk)throw new TypeError(`Expected 32-bit float\
, got ${t}`);return e},xk=t=>{if(t!=null){if(Number.isInteger(t)&&!Number.isNaN(t))return t;throw new TypeError(`Expected integer, got ${typeof t}: ${t}`)}},pE=
t=>dE(t,16),lE=t=>dE(t,8),dE=(t,e)=>{let r=xk(t);if(r!==void 0&&Rk(r,e)!==r)throw new TypeError(`Expected ${e}-bit integer, got ${t}`);return r},Rk=(t,e)=>{switch(e){case 32:
return Int32Array.of(t)[0];case 16:return Int16Array.of(t)[0];case 8:return Int8Array.of(t)[0]}},uE=t=>su(typeof t=="string"?da(t):t),mE=t=>cE(typeof t=="string"?
da(t):t),_k=/(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g,da=t=>{let e=t.match(_k);if(e===null||e[0].length!==t.length)throw new TypeError(
"Expected real number, got implicit NaN");return parseFloat(t)},In=t=>pE(typeof t=="string"?da(t):t),fE=t=>lE(typeof t=="string"?da(t):t),wk=t=>String(new TypeError(
t).stack||t).split(`
`).slice(0,5).filter(e=>!e.includes("stackTraceWarning")).join(`
`),Ik={warn:console.warn}});function Ho(t){let e=t.getUTCFullYear(),r=t.getUTCMonth(),o=t.getUTCDay(),n=t.getUTCDate(),s=t.getUTCHours(),i=t.getUTCMinutes(),a=t.getUTCSeconds(),c=n<10?`0${n}`:
`${n}`,l=s<10?`0${s}`:`${s}`,d=i<10?`0${i}`:`${i}`,u=a<10?`0${a}`:`${a}`;return`${Tk[o]}, ${c} ${au[r]} ${e} ${l}:${d}:${u} GMT`}var Tk,au,Ck,cu,vk,pu,Ak,bk,Pk,
ys,lu,hs,Ok,Nk,Dk,iu,kk,$k,Lk,Or,Uk,Fk,Tn,hE=p(()=>{gE();Tk=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],au=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep",
"Oct","Nov","Dec"];Ck=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/),cu=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC-3339 date-times must be expressed as strings");let e=Ck.exec(t);if(!e)throw new TypeError("Invalid RFC-3339 date-time value");let[r,o,n,s,i,a,c,l]=e,d=In(Tn(
o)),u=Or(n,"month",1,12),m=Or(s,"day",1,31);return hs(d,u,m,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})},vk=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/),
pu=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-3339 date-times must be expressed as strings");let e=vk.exec(t);if(!e)throw new TypeError(
"Invalid RFC-3339 date-time value");let[r,o,n,s,i,a,c,l,d]=e,u=In(Tn(o)),m=Or(n,"month",1,12),f=Or(s,"day",1,31),g=hs(u,m,f,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l});
return d.toUpperCase()!="Z"&&g.setTime(g.getTime()-Fk(d)),g},Ak=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
bk=new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
Pk=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/),
ys=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-7231 date-times must be expressed as strings");let e=Ak.exec(t);if(e){let[r,o,n,s,i,a,c,
l]=e;return hs(In(Tn(s)),iu(n),Or(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})}if(e=bk.exec(t),e){let[r,o,n,s,i,a,c,l]=e;return Dk(hs(Ok(
s),iu(n),Or(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l}))}if(e=Pk.exec(t),e){let[r,o,n,s,i,a,c,l]=e;return hs(In(Tn(l)),iu(o),Or(n.trimLeft(),
"day",1,31),{hours:s,minutes:i,seconds:a,fractionalMilliseconds:c})}throw new TypeError("Invalid RFC-7231 date-time value")},lu=t=>{if(t==null)return;let e;if(typeof t==
"number")e=t;else if(typeof t=="string")e=uE(t);else if(typeof t=="object"&&t.tag===1)e=t.value;else throw new TypeError("Epoch timestamps must be expressed as \
floating point numbers or their string representation");if(Number.isNaN(e)||e===1/0||e===-1/0)throw new TypeError("Epoch timestamps must be valid, non-Infinite,\
 non-NaN numerics");return new Date(Math.round(e*1e3))},hs=(t,e,r,o)=>{let n=e-1;return $k(t,n,r),new Date(Date.UTC(t,n,r,Or(o.hours,"hour",0,23),Or(o.minutes,"\
minute",0,59),Or(o.seconds,"seconds",0,60),Uk(o.fractionalMilliseconds)))},Ok=t=>{let e=new Date().getUTCFullYear(),r=Math.floor(e/100)*100+In(Tn(t));return r<e?
r+100:r},Nk=50*365*24*60*60*1e3,Dk=t=>t.getTime()-new Date().getTime()>Nk?new Date(Date.UTC(t.getUTCFullYear()-100,t.getUTCMonth(),t.getUTCDate(),t.getUTCHours(),
t.getUTCMinutes(),t.getUTCSeconds(),t.getUTCMilliseconds())):t,iu=t=>{let e=au.indexOf(t);if(e<0)throw new TypeError(`Invalid month: ${t}`);return e+1},kk=[31,28,
31,30,31,30,31,31,30,31,30,31],$k=(t,e,r)=>{let o=kk[e];if(e===1&&Lk(t)&&(o=29),r>o)throw new TypeError(`Invalid day for ${au[e]} in ${t}: ${r}`)},Lk=t=>t%4===0&&
(t%100!==0||t%400===0),Or=(t,e,r,o)=>{let n=fE(Tn(t));if(n<r||n>o)throw new TypeError(`${e} must be between ${r} and ${o}, inclusive`);return n},Uk=t=>t==null?0:
mE("0."+t)*1e3,Fk=t=>{let e=t[0],r=1;if(e=="+")r=1;else if(e=="-")r=-1;else throw new TypeError(`Offset direction, ${e}, must be "+" or "-"`);let o=Number(t.substring(
1,3)),n=Number(t.substring(4,6));return r*(o*60+n)*60*1e3},Tn=t=>{let e=0;for(;e<t.length-1&&t.charAt(e)==="0";)e++;return e===0?t:t.slice(e)}});var Ye,yE=p(()=>{Ye=function(e){return Object.assign(new String(e),{deserializeJSON(){return JSON.parse(String(e))},toString(){return String(e)},toJSON(){return String(
e)}})};Ye.from=t=>t&&typeof t=="object"&&(t instanceof Ye||"deserializeJSON"in t)?t:typeof t=="string"||Object.getPrototypeOf(t)===String.prototype?Ye(String(t)):
Ye(JSON.stringify(t));Ye.fromObject=Ye.from});function du(t){return(t.includes(",")||t.includes('"'))&&(t=`"${t.replace(/\\/g,"\\\\").replace(/"/g,'\\"')}"`),t}var EE=p(()=>{});function Br(t,e,r){let o=Number(t);if(o<e||o>r)throw new Error(`Value ${o} out of range [${e}, ${r}]`)}var uu,mu,fu,SE,xE,Mk,Hk,Bk,Gk,jk,zk,gu,hu,yu,RE=p(()=>{uu=
"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?",mu="(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",fu="(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?",SE="(\
\\d?\\d)",xE="(\\d{4})",Mk=new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/),Hk=/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/,
Bk=new RegExp(`^${uu}, ${SE} ${mu} ${xE} ${fu} GMT$`),Gk=new RegExp(`^${uu}, ${SE}-${mu}-(\\d\\d) ${fu} GMT$`),jk=new RegExp(`^${uu} ${mu} ( [1-9]|\\d\\d) ${fu}\
 ${xE}$`),zk=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"],gu=t=>{if(t==null)return;let e=NaN;if(typeof t=="number")e=t;else if(typeof t==
"string"){if(!/^-?\d*\.?\d+$/.test(t))throw new TypeError("parseEpochTimestamp - numeric string invalid.");e=Number.parseFloat(t)}else typeof t=="object"&&t.tag===
1&&(e=t.value);if(isNaN(e)||Math.abs(e)===1/0)throw new TypeError("Epoch timestamps must be valid finite numbers.");return new Date(Math.round(e*1e3))},hu=t=>{if(t==
null)return;if(typeof t!="string")throw new TypeError("RFC3339 timestamps must be strings");let e=Mk.exec(t);if(!e)throw new TypeError(`Invalid RFC3339 timestam\
p format ${t}`);let[,r,o,n,s,i,a,,c,l]=e;Br(o,1,12),Br(n,1,31),Br(s,0,23),Br(i,0,59),Br(a,0,60);let d=new Date(Date.UTC(Number(r),Number(o)-1,Number(n),Number(s),
Number(i),Number(a),Number(c)?Math.round(parseFloat(`0.${c}`)*1e3):0));if(d.setUTCFullYear(Number(r)),l.toUpperCase()!="Z"){let[,u,m,f]=/([+-])(\d\d):(\d\d)/.exec(
l)||[void 0,"+",0,0],g=u==="-"?1:-1;d.setTime(d.getTime()+g*(Number(m)*60*60*1e3+Number(f)*60*1e3))}return d},yu=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC7231 timestamps must be strings.");if(Hk.test(t))return new Date(t);let e,r,o,n,s,i,a,c;if((c=Bk.exec(t))?[,e,r,o,n,s,i,a]=c:(c=Gk.exec(t))?([,e,r,o,n,s,i,a]=
c,o=(Number(o)+1900).toString()):(c=jk.exec(t))&&([,r,e,n,s,i,a,o]=c),o&&i){let l=Date.UTC(Number(o),zk.indexOf(r),Number(e),Number(n),Number(s),Number(i),a?Math.
round(parseFloat(`0.${a}`)*1e3):0);Br(e,1,31),Br(n,0,23),Br(s,0,59),Br(i,0,60);let d=new Date(l);return d.setUTCFullYear(Number(o)),d}throw new TypeError(`Inval\
id RFC7231 date-time value ${t}.`)}});function Eu(t,e,r){if(r<=0||!Number.isInteger(r))throw new Error("Invalid number of delimiters ("+r+") for splitEvery.");let o=t.split(e);if(r===1)return o;let n=[],
s="";for(let i=0;i<o.length;i++)s===""?s=o[i]:s+=e+o[i],(i+1)%r===0&&(n.push(s),s="");return s!==""&&n.push(s),n}var _E=p(()=>{});var Es,wE=p(()=>{Es=t=>{let e=t.length,r=[],o=!1,n=!1,s=0;for(let i=0;i<e;++i){let a=t[i];switch(a){case'"':n||(o=!o);break;case",":o||(r.push(t.slice(s,i)),s=i+
1);break;default:}n=a==="\\"&&!n}return r.push(t.slice(s)),r.map(i=>{i=i.trim();let a=i.length;return a<2?i:i[0]==='"'&&i[a-1]==='"'?(i=i.slice(1,a-1),i.replace(
/\\(["\\])/g,"$1")):i.replace(/\\"/g,'"')})}});var IE,xe,TE=p(()=>{IE=/^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/,xe=class t{string;type;constructor(e,r){if(this.string=e,this.type=r,!IE.test(e))throw new Error(
`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${e}"`)}toString(){return this.string}static[Symbol.hasInstance](e){
if(!e||typeof e!="object")return!1;let r=e;return t.prototype.isPrototypeOf(e)||r.type==="bigDecimal"&&IE.test(r.string)}}});function xu(t){if(t.length%2!==0)throw new Error("Hex encoded strings must have an even number length");let e=new Uint8Array(t.length/2);for(let r=0;r<t.length;r+=
2){let o=t.slice(r,r+2).toLowerCase();if(o in Su)e[r/2]=Su[o];else throw new Error(`Cannot decode unrecognized sequence ${o} as hexadecimal`)}return e}function Xe(t){
let e="";for(let r=0;r<t.byteLength;r++)e+=CE[t[r]];return e}var CE,Su,Ru=p(()=>{CE={},Su={};for(let t=0;t<256;t++){let e=t.toString(16).toLowerCase();e.length===
1&&(e=`0${e}`),CE[t]=e,Su[e]=t}});var Cn,It,vE=p(()=>{Cn=require("node:fs"),It=t=>{if(!t)return 0;if(typeof t=="string")return Buffer.byteLength(t);if(typeof t.byteLength=="number")return t.byteLength;
if(typeof t.size=="number")return t.size;if(typeof t.start=="number"&&typeof t.end=="number")return t.end+1-t.start;if(t instanceof Cn.ReadStream){if(t.path!=null)
return(0,Cn.lstatSync)(t.path).size;if(typeof t.fd=="number")return(0,Cn.fstatSync)(t.fd).size}throw new Error(`Body Length computation failed for ${t}`)}});var Tt,AE=p(()=>{pa();Tt=t=>t instanceof Uint8Array?t:typeof t=="string"?se(t):ArrayBuffer.isView(t)?new Uint8Array(t.buffer,t.byteOffset,t.byteLength/Uint8Array.
BYTES_PER_ELEMENT):new Uint8Array(t)});function ua(t,e){if(e===void 0){e=0;for(let n of t)e+=n.byteLength}let r=new Uint8Array(e),o=0;for(let n of t)r.set(n,o),o+=n.byteLength;return r}var _u=p(()=>{});var Be,Ss=p(()=>{Be=class t extends Error{name="ProviderError";tryNextLink;constructor(e,r=!0){let o,n=!0;typeof r=="boolean"?(o=void 0,n=r):r!=null&&typeof r==
"object"&&(o=r.logger,n=r.tryNextLink??!0),super(e),this.tryNextLink=n,Object.setPrototypeOf(this,t.prototype),o?.debug?.(`@smithy/property-provider ${n?"->":"(\
!)"} ${e}`)}static from(e,r=!0){return Object.assign(new this(e.message,r),e)}}});var _,ma=p(()=>{Ss();_=class t extends Be{name="CredentialsProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var Ct,bE=p(()=>{Ss();Ct=class t extends Be{name="TokenProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var Bo,wu=p(()=>{Ss();Bo=(...t)=>async()=>{if(t.length===0)throw new Be("No providers in chain");let e;for(let r of t)try{return await r()}catch(o){if(e=o,o?.tryNextLink)
continue;throw o}throw e}});var PE,OE=p(()=>{PE=t=>()=>Promise.resolve(t)});var fa,Iu=p(()=>{fa=(t,e,r)=>{let o,n,s,i=!1,a=async()=>{n||(n=t());try{o=await n,s=!0,i=!1}finally{n=void 0}return o};return e===void 0?async c=>((!s||c?.forceRefresh)&&
(o=await a()),o):async c=>((!s||c?.forceRefresh)&&(o=await a()),i?o:r&&!r(o)?(i=!0,o):(e(o)&&await a(),o))}});var vt,ga=p(()=>{vt=(t,e,r)=>{if(e in t){if(t[e]==="true")return!0;if(t[e]==="false")return!1;throw new Error(`Cannot load ${r} "${e}". Expected "true" or "fals\
e", got ${t[e]}.`)}}});var Qe,ha=p(()=>{(function(t){t.ENV="env",t.CONFIG="shared config entry"})(Qe||(Qe={}))});var NE,DE,Tu,Vk,ro,xs=p(()=>{NE=require("node:os"),DE=require("node:path"),Tu={},Vk=()=>process&&process.geteuid?`${process.geteuid()}`:"DEFAULT",ro=()=>{let{HOME:t,
USERPROFILE:e,HOMEPATH:r,HOMEDRIVE:o=`C:${DE.sep}`}=process.env;if(t)return t;if(e)return e;if(r)return`${o}${r}`;let n=Vk();return Tu[n]||(Tu[n]=(0,NE.homedir)()),
Tu[n]}});var ya,kE,Ze,Cu=p(()=>{ya="AWS_PROFILE",kE="default",Ze=t=>t.profile||process.env[ya]||kE});var $E,LE,Rs,vu=p(()=>{$E=require("node:crypto"),LE=require("node:path");xs();Rs=t=>{let r=(0,$E.createHash)("sha1").update(t).digest("hex");return(0,LE.join)(ro(),
".aws","sso","cache",`${r}.json`)}});var UE,_s,ws,Au=p(()=>{UE=require("node:fs/promises");vu();_s={},ws=async t=>{if(_s[t])return _s[t];let e=Rs(t),r=await(0,UE.readFile)(e,"utf8");return JSON.parse(
r)}});var FE,ME=p(()=>{br();FE=t=>Object.entries(t).filter(([e])=>{let r=e.indexOf(".");return r===-1?!1:Object.values(Ar).includes(e.substring(0,r))}).reduce((e,[r,o])=>{
let n=r.indexOf("."),s=r.substring(0,n)===Ar.PROFILE?r.substring(n+1):r;return e[s]=o,e},{...t.default&&{default:t.default}})});var HE,qk,Ea,bu=p(()=>{HE=require("node:path");xs();qk="AWS_CONFIG_FILE",Ea=()=>process.env[qk]||(0,HE.join)(ro(),".aws","config")});var BE,Wk,GE,jE=p(()=>{BE=require("node:path");xs();Wk="AWS_SHARED_CREDENTIALS_FILE",GE=()=>process.env[Wk]||(0,BE.join)(ro(),".aws","credentials")});var Kk,Jk,Is,Pu=p(()=>{br();Kk=/^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/,Jk=["__proto__","profile __proto__"],Is=t=>{let e={},r,o;for(let n of t.split(/\r?\n/)){let s=n.
split(/(^|\s)[;#]/)[0].trim();if(s[0]==="["&&s[s.length-1]==="]"){r=void 0,o=void 0;let a=s.substring(1,s.length-1),c=Kk.exec(a);if(c){let[,l,,d]=c;Object.values(
Ar).includes(l)&&(r=[l,d].join("."))}else r=a;if(Jk.includes(a))throw new Error(`Found invalid profile name "${a}"`)}else if(r){let a=s.indexOf("=");if(![0,-1].
includes(a)){let[c,l]=[s.substring(0,a).trim(),s.substring(a+1).trim()];if(l==="")o=c;else{o&&n.trimStart()===n&&(o=void 0),e[r]=e[r]||{};let d=o?[o,c].join("."):
c;e[r][d]=l}}}}return e}});var zE,Ou,Ts,Cs,Sa=p(()=>{zE=require("node:fs/promises"),Ou={},Ts={},Cs=(t,e)=>Ts[t]!==void 0?Ts[t]:((!Ou[t]||e?.ignoreCache)&&(Ou[t]=(0,zE.readFile)(t,"utf8")),
Ou[t])});var Nu,VE,xa,Du=p(()=>{Nu=require("node:path");ME();bu();jE();xs();Pu();Sa();VE=()=>({}),xa=async(t={})=>{let{filepath:e=GE(),configFilepath:r=Ea()}=t,o=ro(),n="\
~/",s=e;e.startsWith(n)&&(s=(0,Nu.join)(o,e.slice(2)));let i=r;r.startsWith(n)&&(i=(0,Nu.join)(o,r.slice(2)));let a=await Promise.all([Cs(i,{ignoreCache:t.ignoreCache}).
then(Is).then(FE).catch(VE),Cs(s,{ignoreCache:t.ignoreCache}).then(Is).catch(VE)]);return{configFile:a[0],credentialsFile:a[1]}}});var qE,WE=p(()=>{br();qE=t=>Object.entries(t).filter(([e])=>e.startsWith(Ar.SSO_SESSION+".")).reduce((e,[r,o])=>({...e,[r.substring(r.indexOf(".")+1)]:o}),{})});var Yk,vs,KE=p(()=>{bu();WE();Pu();Sa();Yk=()=>({}),vs=async(t={})=>Cs(t.configFilepath??Ea()).then(Is).then(qE).catch(Yk)});var JE,YE=p(()=>{JE=(...t)=>{let e={};for(let r of t)for(let[o,n]of Object.entries(r))e[o]!==void 0?Object.assign(e[o],n):e[o]=n;return e}});var Sr,XE=p(()=>{Du();YE();Sr=async t=>{let e=await xa(t);return JE(e.configFile,e.credentialsFile)}});var As,QE=p(()=>{Au();Sa();As={getFileRecord(){return Ts},interceptFile(t,e){Ts[t]=Promise.resolve(e)},getTokenRecord(){return _s},interceptToken(t,e){_s[t]=e}}});function Ra(t){try{let e=new Set(Array.from(t.match(/([A-Z_]){3,}/g)??[]));return e.delete("CONFIG"),e.delete("CONFIG_PREFIX_SEPARATOR"),e.delete("ENV"),[...e].
join(", ")}catch{return t}}var ku=p(()=>{});var ZE,eS=p(()=>{ma();ku();ZE=(t,e)=>async()=>{try{let r=t(process.env,e);if(r===void 0)throw new Error;return r}catch(r){throw new _(r.message||`Not found in E\
NV: ${Ra(t.toString())}`,{logger:e?.logger})}}});var tS,rS=p(()=>{ma();Cu();Du();ku();tS=(t,{preferredFile:e="config",...r}={})=>async()=>{let o=Ze(r),{configFile:n,credentialsFile:s}=await xa(r),i=s[o]||{},a=n[o]||
{},c=e==="config"?{...i,...a}:{...a,...i};try{let d=t(c,e==="config"?n:s);if(d===void 0)throw new Error;return d}catch(l){throw new _(l.message||`Not found in c\
onfig files w/ profile [${o}]: ${Ra(t.toString())}`,{logger:r.logger})}}});var Xk,oS,nS=p(()=>{OE();Xk=t=>typeof t=="function",oS=t=>Xk(t)?async()=>await t():PE(t)});var I,$u=p(()=>{wu();Iu();eS();rS();nS();I=({environmentVariableSelector:t,configFileSelector:e,default:r},o={})=>{let{signingName:n,logger:s}=o;return fa(Bo(ZE(
t,{signingName:n,logger:s}),tS(e,o),oS(r)))}});var sS,iS,At,aS=p(()=>{ga();ha();sS="AWS_USE_DUALSTACK_ENDPOINT",iS="use_dualstack_endpoint",At={environmentVariableSelector:t=>vt(t,sS,Qe.ENV),configFileSelector:t=>vt(
t,iS,Qe.CONFIG),default:!1}});var cS,pS,bt,lS=p(()=>{ga();ha();cS="AWS_USE_FIPS_ENDPOINT",pS="use_fips_endpoint",bt={environmentVariableSelector:t=>vt(t,cS,Qe.ENV),configFileSelector:t=>vt(t,
pS,Qe.CONFIG),default:!1}});var jo,oo,vn,dS,uS,Lu=p(()=>{jo=(t,e)=>{let r=[];if(t&&r.push(t),e)for(let o of e)r.push(o);return r},oo=(t,e)=>`${t||"anonymous"}${e&&e.length>0?` (a.k.a. ${e.
join(",")})`:""}`,vn=()=>{let t=[],e=[],r=!1,o=new Set,n=u=>u.sort((m,f)=>dS[f.step]-dS[m.step]||uS[f.priority||"normal"]-uS[m.priority||"normal"]),s=u=>{let m=!1,
f=g=>{let h=jo(g.name,g.aliases);if(h.includes(u)){m=!0;for(let y of h)o.delete(y);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},i=u=>{let m=!1,f=g=>{
if(g.middleware===u){m=!0;for(let h of jo(g.name,g.aliases))o.delete(h);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},a=u=>(t.forEach(m=>{u.add(m.middleware,
{...m})}),e.forEach(m=>{u.addRelativeTo(m.middleware,{...m})}),u.identifyOnResolve?.(d.identifyOnResolve()),u),c=u=>{let m=[];return u.before.forEach(f=>{f.before.
length===0&&f.after.length===0?m.push(f):m.push(...c(f))}),m.push(u),u.after.reverse().forEach(f=>{f.before.length===0&&f.after.length===0?m.push(f):m.push(...c(
f))}),m},l=(u=!1)=>{let m=[],f=[],g={};return t.forEach(y=>{let S={...y,before:[],after:[]};for(let x of jo(S.name,S.aliases))g[x]=S;m.push(S)}),e.forEach(y=>{let S={
...y,before:[],after:[]};for(let x of jo(S.name,S.aliases))g[x]=S;f.push(S)}),f.forEach(y=>{if(y.toMiddleware){let S=g[y.toMiddleware];if(S===void 0){if(u)return;
throw new Error(`${y.toMiddleware} is not found when adding ${oo(y.name,y.aliases)} middleware ${y.relation} ${y.toMiddleware}`)}y.relation==="after"&&S.after.push(
y),y.relation==="before"&&S.before.push(y)}}),n(m).map(c).reduce((y,S)=>(y.push(...S),y),[])},d={add:(u,m={})=>{let{name:f,override:g,aliases:h}=m,y={step:"init\
ialize",priority:"normal",middleware:u,...m},S=jo(f,h);if(S.length>0){if(S.some(x=>o.has(x))){if(!g)throw new Error(`Duplicate middleware name '${oo(f,h)}'`);for(let x of S){
let A=t.findIndex(T=>T.name===x||T.aliases?.some(H=>H===x));if(A===-1)continue;let R=t[A];if(R.step!==y.step||y.priority!==R.priority)throw new Error(`"${oo(R.name,
R.aliases)}" middleware with ${R.priority} priority in ${R.step} step cannot be overridden by "${oo(f,h)}" middleware with ${y.priority} priority in ${y.step} s\
tep.`);t.splice(A,1)}}for(let x of S)o.add(x)}t.push(y)},addRelativeTo:(u,m)=>{let{name:f,override:g,aliases:h}=m,y={middleware:u,...m},S=jo(f,h);if(S.length>0){
if(S.some(x=>o.has(x))){if(!g)throw new Error(`Duplicate middleware name '${oo(f,h)}'`);for(let x of S){let A=e.findIndex(T=>T.name===x||T.aliases?.some(H=>H===
x));if(A===-1)continue;let R=e[A];if(R.toMiddleware!==y.toMiddleware||R.relation!==y.relation)throw new Error(`"${oo(R.name,R.aliases)}" middleware ${R.relation}\
 "${R.toMiddleware}" middleware cannot be overridden by "${oo(f,h)}" middleware ${y.relation} "${y.toMiddleware}" middleware.`);e.splice(A,1)}}for(let x of S)o.
add(x)}e.push(y)},clone:()=>a(vn()),use:u=>{u.applyToStack(d)},remove:u=>typeof u=="string"?s(u):i(u),removeByTag:u=>{let m=!1,f=g=>{let{tags:h,name:y,aliases:S}=g;
if(h&&h.includes(u)){let x=jo(y,S);for(let A of x)o.delete(A);return m=!0,!1}return!0};return t=t.filter(f),e=e.filter(f),m},concat:u=>{let m=a(vn());return m.use(
u),m.identifyOnResolve(r||m.identifyOnResolve()||(u.identifyOnResolve?.()??!1)),m},applyToStack:a,identify:()=>l(!0).map(u=>{let m=u.step??u.relation+" "+u.toMiddleware;
return oo(u.name,u.aliases)+" - "+m}),identifyOnResolve(u){return typeof u=="boolean"&&(r=u),r},resolve:(u,m)=>{for(let f of l().map(g=>g.middleware).reverse())
u=f(u,m);return r&&console.log(d.identify()),u}};return d},dS={initialize:5,serialize:4,build:3,finalizeRequest:2,deserialize:1},uS={high:3,normal:2,low:1}});var Ie,mS=p(()=>{Lu();Ie=class{config;middlewareStack=vn();initConfig;handlers;constructor(e){this.config=e;let{protocol:r,protocolSettings:o}=e;o&&typeof r=="f\
unction"&&(e.protocol=new r(o))}send(e,r,o){let n=typeof r!="function"?r:void 0,s=typeof r=="function"?r:o,i=n===void 0&&this.config.cacheMiddleware===!0,a;if(i){
this.handlers||(this.handlers=new WeakMap);let c=this.handlers;c.has(e.constructor)?a=c.get(e.constructor):(a=e.resolveMiddleware(this.middlewareStack,this.config,
n),c.set(e.constructor,a))}else delete this.handlers,a=e.resolveMiddleware(this.middlewareStack,this.config,n);if(s)a(e).then(c=>s(null,c.output),c=>s(c)).catch(
()=>{});else return a(e).then(c=>c.output)}destroy(){this.config?.requestHandler?.destroy?.(),delete this.handlers}}});var Gr,Uu=p(()=>{Gr=t=>typeof t=="function"?t():t});var _a,Fu=p(()=>{_a=(t,e,r,o,n)=>({name:e,namespace:t,traits:r,input:o,output:n})});var fS,Mu,gS=p(()=>{Y();Fu();fS=t=>(e,r)=>async o=>{let{response:n}=await e(o),{operationSchema:s}=te(r),[,i,a,c,l,d]=s??[];try{let u=await t.protocol.deserializeResponse(
_a(i,a,c,l,d),{...t,...r},n);return{response:n,output:u}}catch(u){if(Object.defineProperty(u,"$response",{value:n,enumerable:!1,writable:!1,configurable:!1}),!("\
$metadata"in u)){let m="Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";try{u.message+=`
  `+m}catch{!r.logger||r.logger?.constructor?.name==="NoOpLogger"?console.warn(m):r.logger?.warn?.(m)}typeof u.$responseBodyText<"u"&&u.$response&&(u.$response.
body=u.$responseBodyText);try{if(Je.isInstance(n)){let{headers:f={},statusCode:g}=n,h=Object.entries(f);u.$metadata={httpStatusCode:g,requestId:Mu(/^x-[\w-]+-request-?id$/,
h),extendedRequestId:Mu(/^x-[\w-]+-id-2$/,h),cfId:Mu(/^x-[\w-]+-cf-id$/,h)}}}catch{}}throw u}},Mu=(t,e)=>(e.find(([r])=>r.match(t))||[void 0,void 0])[1]});var hS,yS=p(()=>{Y();Fu();hS=t=>(e,r)=>async o=>{let{operationSchema:n}=te(r),[,s,i,a,c,l]=n??[],d=r.endpointV2?async()=>to(r.endpointV2):t.endpoint,u=await t.protocol.
serializeRequest(_a(s,i,a,c,l),o.input,{...t,...r,endpoint:d});return e({...o,request:u})}});function Pt(t){return{applyToStack:e=>{e.add(hS(t),SS),e.add(fS(t),ES),t.protocol.setSerdeContext(t)}}}var ES,SS,xS=p(()=>{gS();yS();ES={name:"deserializerMiddl\
eware",step:"deserialize",tags:["DESERIALIZER"],override:!0},SS={name:"serializerMiddleware",step:"serialize",tags:["SERIALIZER"],override:!0}});function no(t){if(typeof t=="object")return t;if(t=t|0,wa[t])return wa[t];let e={},r=0;for(let o of["httpLabel","idempotent","idempotencyToken","sensitive","htt\
pPayload","httpResponseCode","httpQueryParams"])(t>>r++&1)===1&&(e[o]=1);return wa[t]=e}var wa,Hu=p(()=>{wa=[]});function Ps(t,e){if(t instanceof U)return Object.assign(t,{memberName:e,_isMemberSchema:!0});let r=U;return new r(t,e)}var bs,Ia,Ta,U,Bu,RS,_S=p(()=>{Uu();Hu();
bs={it:Symbol.for("@smithy/nor-struct-it"),ns:Symbol.for("@smithy/ns")},Ia=[],Ta={},U=class t{ref;memberName;static symbol=Symbol.for("@smithy/nor");symbol=t.symbol;name;schema;_isMemberSchema;traits;memberTraits;normalizedTraits;constructor(e,r){
this.ref=e,this.memberName=r;let o=[],n=e,s=e;for(this._isMemberSchema=!1;Bu(n);)o.push(n[1]),n=n[0],s=Gr(n),this._isMemberSchema=!0;if(o.length>0){this.memberTraits=
{};for(let i=o.length-1;i>=0;--i){let a=o[i];Object.assign(this.memberTraits,no(a))}}else this.memberTraits=0;if(s instanceof t){let i=this.memberTraits;Object.
assign(this,s),this.memberTraits=Object.assign({},i,s.getMemberTraits(),this.getMemberTraits()),this.normalizedTraits=void 0,this.memberName=r??s.memberName;return}
if(this.schema=Gr(s),RS(this.schema)?(this.name=`${this.schema[1]}#${this.schema[2]}`,this.traits=this.schema[3]):(this.name=this.memberName??String(s),this.traits=
0),this._isMemberSchema&&!r)throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`)}static[Symbol.hasInstance](e){
let r=this.prototype.isPrototypeOf(e);return!r&&typeof e=="object"&&e!==null?e.symbol===this.symbol:r}static of(e){let r=typeof e=="function"||typeof e=="object"&&
e!==null;if(typeof e=="number"){if(Ia[e])return Ia[e]}else if(typeof e=="string"){if(Ta[e])return Ta[e]}else if(r&&e[bs.ns])return e[bs.ns];let o=Gr(e);if(o instanceof
t)return o;if(Bu(o)){let[s,i]=o;if(s instanceof t)return Object.assign(s.getMergedTraits(),no(i)),s;throw new Error(`@smithy/core/schema - may not init unwrappe\
d member schema=${JSON.stringify(e,null,2)}.`)}let n=new t(o);return r?e[bs.ns]=n:typeof o=="string"?Ta[o]=n:typeof o=="number"?Ia[o]=n:n}getSchema(){let e=this.
schema;return Array.isArray(e)&&e[0]===0?e[4]:e}getName(e=!1){let{name:r}=this;return!e&&r&&r.includes("#")?r.split("#")[1]:r||void 0}getMemberName(){return this.
memberName}isMemberSchema(){return this._isMemberSchema}isListSchema(){let e=this.getSchema();return typeof e=="number"?e>=64&&e<128:e[0]===1}isMapSchema(){let e=this.
getSchema();return typeof e=="number"?e>=128&&e<=255:e[0]===2}isStructSchema(){let e=this.getSchema();if(typeof e!="object")return!1;let r=e[0];return r===3||r===
-3||r===4}isUnionSchema(){let e=this.getSchema();return typeof e!="object"?!1:e[0]===4}isBlobSchema(){let e=this.getSchema();return e===21||e===42}isTimestampSchema(){
let e=this.getSchema();return typeof e=="number"&&e>=4&&e<=7}isUnitSchema(){return this.getSchema()==="unit"}isDocumentSchema(){return this.getSchema()===15}isStringSchema(){
return this.getSchema()===0}isBooleanSchema(){return this.getSchema()===2}isNumericSchema(){return this.getSchema()===1}isBigIntegerSchema(){return this.getSchema()===
17}isBigDecimalSchema(){return this.getSchema()===19}isStreaming(){let{streaming:e}=this.getMergedTraits();return!!e||this.getSchema()===42}isIdempotencyToken(){
return!!this.getMergedTraits().idempotencyToken}getMergedTraits(){return this.normalizedTraits??(this.normalizedTraits={...this.getOwnTraits(),...this.getMemberTraits()})}getMemberTraits(){
return no(this.memberTraits)}getOwnTraits(){return no(this.traits)}getKeySchema(){let[e,r]=[this.isDocumentSchema(),this.isMapSchema()];if(!e&&!r)throw new Error(
`@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`);let o=this.getSchema(),n=e?15:o[4]??0;return Ps([n,0],"key")}getValueSchema(){let e=this.
getSchema(),[r,o,n]=[this.isDocumentSchema(),this.isMapSchema(),this.isListSchema()],s=typeof e=="number"?63&e:e&&typeof e=="object"&&(o||n)?e[3+e[0]]:r?15:void 0;
if(s!=null)return Ps([s,0],o?"value":"member");throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`)}getMemberSchema(e){let r=this.getSchema();
if(this.isStructSchema()&&r[4].includes(e)){let o=r[4].indexOf(e),n=r[5][o];return Ps(Bu(n)?n:[n,0],e)}if(this.isDocumentSchema())return Ps([15,0],e);throw new Error(
`@smithy/core/schema - ${this.getName(!0)} has no member=${e}.`)}getMemberSchemas(){let e={};try{for(let[r,o]of this.structIterator())e[r]=o}catch{}return e}getEventStreamMember(){
if(this.isStructSchema()){for(let[e,r]of this.structIterator())if(r.isStreaming()&&r.isStructSchema())return e}return""}*structIterator(){if(this.isUnitSchema())
return;if(!this.isStructSchema())throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");let e=this.getSchema(),r=e[4].length,o=e[bs.it];if(o&&
r===o.length){yield*o;return}o=Array(r);for(let n=0;n<r;++n){let s=e[4][n],i=Ps([e[5][n],0],s);yield o[n]=[s,i]}e[bs.it]=o}};Bu=t=>Array.isArray(t)&&t.length===
2,RS=t=>Array.isArray(t)&&t.length>=5});var Q,wS=p(()=>{Q=class t{namespace;schemas;exceptions;static registries=new Map;constructor(e,r=new Map,o=new Map){this.namespace=e,this.schemas=r,this.exceptions=
o,t.registries.has(e)||t.registries.set(e,this)}static for(e){return t.registries.get(e)??new t(e)}copyFrom(e){let{schemas:r,exceptions:o}=this;for(let[n,s]of e.
schemas)r.has(n)||r.set(n,s);for(let[n,s]of e.exceptions)o.has(n)||o.set(n,s)}register(e,r){let o=this.normalizeShapeId(e);for(let n of[this,t.for(o.split("#")[0])])
n.schemas.has(o)||n.schemas.set(o,r)}getSchema(e){let r=this.normalizeShapeId(e);if(!this.schemas.has(r)){if(!e.includes("#")){let o="#"+e,n=[];for(let[s,i]of this.
schemas.entries())s.endsWith(o)&&n.push(i);if(n.length===1)return n[0]}throw new Error(`@smithy/core/schema - schema not found for ${r}`)}return this.schemas.get(
r)}registerError(e,r){let o=e,n=o[1],s=n+"#"+o[2];r.hasOwnProperty?.("shapeId")||(r.shapeId=s);for(let i of[this,t.for(n)])!i.schemas.has(s)&&!i.exceptions.has(
o)&&(i.schemas.set(s,o),i.exceptions.set(o,r))}getErrorCtor(e){let r=e;return this.exceptions.has(r)?this.exceptions.get(r):t.for(r[1]).exceptions.get(r)}getBaseException(){
for(let e of this.exceptions.keys())if(Array.isArray(e)){let[,r,o]=e,n=r+"#"+o;if(n.startsWith("smithy.ts.sdk.synthetic.")&&n.endsWith("ServiceException"))return e}}find(e){
for(let r of this.schemas.values())if(e(r))return r}clear(){this.schemas.clear(),this.exceptions.clear()}normalizeShapeId(e){return e.includes("#")?e:this.namespace+
"#"+e}}});var X=p(()=>{Uu();xS();_S();Hu();wS()});function An(t,e){if(e==null)return e;let r=U.of(t);if(r.getMergedTraits().sensitive)return Gu;if(r.isListSchema()){let o=r.getValueSchema();if(o.getMergedTraits().
sensitive)return Gu;if(Array.isArray(e))return e.map(n=>An(o,n))}else if(r.isMapSchema()){let o=r.getValueSchema();if(r.getKeySchema().getMergedTraits().sensitive||
o.getMergedTraits().sensitive)return Gu;if(typeof e=="object")return Object.fromEntries(Object.entries(e).map(([n,s])=>[n,An(o,s)]))}else if(r.isStructSchema()&&
typeof e=="object"){let o=e,n={};for(let[s,i]of r.structIterator())o[s]!=null&&(n[s]=An(i,o[s]));return n}return e}var Gu,IS=p(()=>{X();Gu="***SensitiveInformat\
ion***"});var TS,sr,ju,zu=p(()=>{br();Lu();IS();X();TS=Symbol.for("@smithy/op-event-stream"),sr=class{middlewareStack=vn();schema;static classBuilder(){return new ju}resolveMiddlewareWithContext(e,r,o,{
middlewareFn:n,clientName:s,commandName:i,inputFilterSensitiveLog:a,outputFilterSensitiveLog:c,smithyContext:l,additionalContext:d,CommandCtor:u}){for(let T of n.
bind(this)(u,e,r,o))this.middlewareStack.use(T);let m=e.concat(this.middlewareStack),{logger:f}=r,g=d[Er],h={logger:f,clientName:s,commandName:i,inputFilterSensitiveLog:a,
outputFilterSensitiveLog:c,...d,[Er]:{...g,commandInstance:this,...l,...o?.metricsRecorder===void 0?{}:{metricsRecorder:o.metricsRecorder},...o?.abortSignal===void 0?
{}:{abortSignal:o.abortSignal}}},{requestHandler:y}=r,S=o??{};S.metricsRecorder&&(S={...S},delete S.metricsRecorder);let x,A=this.schema,R=A?.[TS];if(R!==void 0)
x=R;else if(A&&Array.isArray(A)&&A[0]===9){let[,,,,T,H]=A;x=A[TS]=!!(U.of(T).getEventStreamMember()||U.of(H).getEventStreamMember())}return x&&(S={isEventStream:x,
...S}),m.resolve(T=>y.handle(T.request,S),h)}},ju=class{_init=()=>{};_ep={};_middlewareFn=()=>[];_commandName="";_clientName="";_additionalContext={};_smithyContext={};_inputFilterSensitiveLog=void 0;_outputFilterSensitiveLog=void 0;_serializer=null;_deserializer=null;_operationSchema;init(e){
this._init=e}ep(e){return this._ep=e,this}m(e){return this._middlewareFn=e,this}s(e,r,o={}){return this._smithyContext={service:e,operation:r,...o},this}c(e={}){
return this._additionalContext=e,this}n(e,r){return this._clientName=e,this._commandName=r,this}f(e=o=>o,r=o=>o){return this._inputFilterSensitiveLog=e,this._outputFilterSensitiveLog=
r,this}ser(e){return this._serializer=e,this}de(e){return this._deserializer=e,this}sc(e){return this._operationSchema=e,this._smithyContext.operationSchema=e,this}build(){
let e=this,r;return r=class extends sr{input;static getEndpointParameterInstructions(){return e._ep}constructor(...[o]){super(),this.input=o??{},e._init(this),this.
schema=e._operationSchema}resolveMiddleware(o,n,s){let i=e._operationSchema,a=i?.[4]??i?.input,c=i?.[5]??i?.output;return this.resolveMiddlewareWithContext(o,n,
s,{CommandCtor:r,middlewareFn:e._middlewareFn,clientName:e._clientName,commandName:e._commandName,inputFilterSensitiveLog:e._inputFilterSensitiveLog??(i?An.bind(
null,a):l=>l),outputFilterSensitiveLog:e._outputFilterSensitiveLog??(i?An.bind(null,c):l=>l),smithyContext:e._smithyContext,additionalContext:e._additionalContext})}serialize=e.
_serializer;deserialize=e._deserializer}}}});var jr,CS=p(()=>{jr=(t,e,r)=>{for(let[s,i]of Object.entries(t)){let a=async function(l,d,u){let m=new i(l);if(typeof d=="function")this.send(m,d);else if(typeof u==
"function"){if(typeof d!="object")throw new Error(`Expected http options but got ${typeof d}`);this.send(m,d||{},u)}else return this.send(m,d)},c=(s[0].toLowerCase()+
s.slice(1)).replace(/Command$/,"");e.prototype[c]=a}let{paginators:o={},waiters:n={}}=r??{};for(let[s,i]of Object.entries(o))e.prototype[s]===void 0&&(e.prototype[s]=
function(a={},c,...l){return i({...c,client:this},a,...l)});for(let[s,i]of Object.entries(n))e.prototype[s]===void 0&&(e.prototype[s]=async function(a={},c,...l){
let d=c;return typeof c=="number"&&(d={maxWaitTime:c}),i({...d,client:this},a,...l)})}});var et,Ca,vS=p(()=>{et=class t extends Error{static shapeId="smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";$fault;$response;$retryable;$metadata;constructor(e){
super(e.message),Object.setPrototypeOf(this,Object.getPrototypeOf(this).constructor.prototype),this.name=e.name,this.$fault=e.$fault,this.$metadata=e.$metadata}static isInstance(e){
if(!e)return!1;let r=e;return t.prototype.isPrototypeOf(r)||!!r.$fault&&!!r.$metadata&&(r.$fault==="client"||r.$fault==="server")}static[Symbol.hasInstance](e){
if(!e)return!1;let r=e;if(this===t)return t.isInstance(e);if(t.isInstance(e)){if(this.prototype.isPrototypeOf(e))return!0;let o=Object.prototype.hasOwnProperty.
call(this,"shapeId")?this.shapeId:void 0,n=!1;if(o){let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor,c=a!==t&&Object.prototype.
hasOwnProperty.call(a,"shapeId")?a?.shapeId:void 0;if(c&&(n=!0,c===o))return!0;i=Object.getPrototypeOf(i)}}if(o&&n)return!1;let s=this.name;if(s&&s.length>=6){if(r.
name===s)return!0;let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor?.name;if(a&&a!=="Error"&&a===s)return!0;i=Object.getPrototypeOf(
i)}}}return!1}},Ca=(t,e={})=>{Object.entries(e).filter(([,o])=>o!==void 0).forEach(([o,n])=>{(t[o]==null||t[o]==="")&&(t[o]=n)});let r=t.message||t.Message||"Un\
knownError";return t.message=r,delete t.Message,t}});var Ot,AS=p(()=>{Ot=t=>{switch(t){case"standard":return{retryMode:"standard",connectionTimeout:3100};case"in-region":return{retryMode:"standard",connectionTimeout:1100};case"\
cross-region":return{retryMode:"standard",connectionTimeout:3100};case"mobile":return{retryMode:"standard",connectionTimeout:3e4};default:return{}}}});var bS,Nt,PS=p(()=>{bS=!1,Nt=t=>{t&&!bS&&parseInt(t.substring(1,t.indexOf(".")))<16&&(bS=!0)}});var OS,NS,DS,kS=p(()=>{Y();br();OS=Object.values(Hr),NS=t=>{let e=[];for(let r in Hr){if(!O(Hr,r))continue;let o=Hr[r];t[o]!==void 0&&e.push({algorithmId:()=>o,
checksumConstructor:()=>t[o]})}for(let[r,o]of Object.entries(t.checksumAlgorithms??{}))e.push({algorithmId:()=>r,checksumConstructor:()=>o});return{addChecksumAlgorithm(r){
t.checksumAlgorithms=t.checksumAlgorithms??{};let o=r.algorithmId(),n=r.checksumConstructor();OS.includes(o)?t.checksumAlgorithms[o.toUpperCase()]=n:t.checksumAlgorithms[o]=
n,e.push(r)},checksumAlgorithms(){return e}}},DS=t=>{let e={};return t.checksumAlgorithms().forEach(r=>{let o=r.algorithmId();OS.includes(o)&&(e[o]=r.checksumConstructor())}),
e}});var $S,LS,US=p(()=>{$S=t=>({setRetryStrategy(e){t.retryStrategy=e},retryStrategy(){return t.retryStrategy}}),LS=t=>{let e={};return e.retryStrategy=t.retryStrategy(),
e}});var Dt,kt,FS=p(()=>{kS();US();Dt=t=>Object.assign(NS(t),$S(t)),kt=t=>Object.assign(DS(t),LS(t))});var va,MS=p(()=>{Y();va=t=>{let e="#text";for(let r in t)O(t,r)&&(t[r][e]!==void 0?t[r]=t[r][e]:typeof t[r]=="object"&&t[r]!==null&&(t[r]=va(t[r])));return t}});var Re,HS=p(()=>{Re=class{trace(){}debug(){}info(){}warn(){}error(){}}});function $t(t,e,r,o){return function(s,i,a,c,l={}){let d=Object.assign({},t,s);return sr.classBuilder().ep(d).m(function(u,m,f,g){let h=i.call(this,u,m,f,g);return h.
unshift(o(f,u.getEndpointParameterInstructions())),h}).s(e,a,l).n(r,a.charAt(0).toUpperCase()+a.slice(1)+"Command").sc(c).build()}}var BS=p(()=>{zu()});var v=p(()=>{Y();Y();mS();zu();CS();AS();PS();vS();FS();MS();HS();BS()});var GS,Vu,qu,jS,zS,VS,qS,WS,KS,Wu=p(()=>{GS="AWS_EXECUTION_ENV",Vu="AWS_REGION",qu="AWS_DEFAULT_REGION",jS="AWS_EC2_METADATA_DISABLED",zS=["in-region","cross-re\
gion","mobile","standard","legacy"],VS="/latest/meta-data/placement/region",qS="/latest/api/token",WS="x-aws-ec2-metadata-token",KS="x-aws-ec2-metadata-token-tt\
l-seconds"});var Ku=Fd((t5,JS)=>{JS.exports=require("node:http")});var YS,Qk,ZS,Aa,XS,Zk,QS,Ju=p(()=>{Wu();YS=1e3,Qk=6e4,ZS=0,Aa=async()=>{if(!process.env[jS]&&!(Date.now()<ZS))try{let t=Zk(),e=(await QS({...t,path:qS,method:"P\
UT",headers:{[KS]:"21600"}})).toString();return(await QS({...t,path:VS,method:"GET",headers:{[WS]:e}})).toString().trim()||XS()}catch{return XS()}},XS=()=>{ZS=Date.
now()+Qk},Zk=()=>{let t=process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;if(t){let e=new URL(t);return{hostname:e.hostname.replace(/^\[(.+)]$/,"$1"),port:e.port?Number(
e.port):void 0}}return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE==="IPv6"?{hostname:"fd00:ec2::254"}:{hostname:"169.254.169.254"}},QS=async t=>{let{request:e}=await Promise.resolve().then(()=>Ur(Ku()));
return new Promise((r,o)=>{let n=e({hostname:t.hostname,port:t.port,path:t.path,method:t.method,headers:t.headers,timeout:YS,signal:AbortSignal.timeout(YS)});n.
on("error",s=>{o(s),n.destroy()}),n.on("timeout",()=>{o(new Error("TimeoutError from instance metadata service")),n.destroy()}),n.on("response",s=>{let{statusCode:i=400}=s;
if(i<200||i>=300){o(Object.assign(new Error("Error response received from instance metadata service"),{statusCode:i})),n.destroy();return}let a=[];s.on("data",c=>a.
push(c)),s.on("end",()=>{r(Buffer.concat(a)),n.destroy()})}),n.end()})}});var ex,tx,be,tt,Yu=p(()=>{Ju();ex="AWS_REGION",tx="region",be={environmentVariableSelector:t=>t[ex],configFileSelector:t=>t[tx],default:async()=>{let t=await Aa();
if(t)return t;throw new Error("Region is missing")}},tt={preferredFile:"credentials"}});var rx,ox,nx=p(()=>{Y();rx=new Set,ox=(t,e=Pr)=>{if(!rx.has(t)&&!e(t))if(t==="*")console.warn('@smithy/config-resolver WARN - Please use the caller region inste\
ad of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.');else throw new Error(`Region not accepted: region="${t}\
" is not a valid hostname component.`);else rx.add(t)}});var ba,Xu=p(()=>{ba=t=>typeof t=="string"&&(t.startsWith("fips-")||t.endsWith("-fips"))});var sx,ix=p(()=>{Xu();sx=t=>ba(t)?["fips-aws-global","aws-fips"].includes(t)?"us-east-1":t.replace(/fips-(dkr-|prod-)?|-fips/,""):t});var Lt,ax=p(()=>{nx();ix();Xu();Lt=t=>{let{region:e,useFipsEndpoint:r}=t;if(!e)throw new Error("Region is missing");return Object.assign(t,{region:async()=>{let o=typeof e==
"function"?await e():e,n=sx(o);return ox(n),n},useFipsEndpoint:async()=>{let o=typeof e=="string"?e:await e();return ba(o)?!0:typeof r!="function"?Promise.resolve(
!!r):r()}})}});var e$,t$,cx,px=p(()=>{e$="AWS_DEFAULTS_MODE",t$="defaults_mode",cx={environmentVariableSelector:t=>t[e$],configFileSelector:t=>t[t$],default:"legacy"}});var Ut,r$,o$,lx=p(()=>{Yu();Ju();$u();Iu();Wu();px();Ut=({region:t=I(be),defaultsMode:e=I(cx)}={})=>fa(async()=>{let r=typeof e=="function"?await e():e;switch(r?.
toLowerCase()){case"auto":return r$(t);case"in-region":case"cross-region":case"mobile":case"standard":case"legacy":return Promise.resolve(r?.toLocaleLowerCase());case void 0:
return Promise.resolve("legacy");default:throw new Error(`Invalid parameter for "defaultsMode", expect ${zS.join(", ")}, got ${r}`)}}),r$=async t=>{if(t){let e=typeof t==
"function"?await t():t,r=await o$();return r?e===r?"in-region":"cross-region":"standard"}return"standard"},o$=async()=>process.env[GS]&&(process.env[Vu]||process.
env[qu])?process.env[Vu]??process.env[qu]:Aa()});var L=p(()=>{Ss();ma();bE();wu();ga();ha();Cu();vu();Au();KE();XE();QE();$u();aS();lS();Yu();ax();lx()});var dx,ux,mx,fx=p(()=>{dx="AWS_ENDPOINT_URL",ux="endpoint_url",mx=t=>({environmentVariableSelector:e=>{let r=t.split(" ").map(s=>s.toUpperCase()),o=e[[dx,...r].
join("_")];if(o)return o;let n=e[dx];if(n)return n},configFileSelector:(e,r)=>{if(e.services){let n=["services",e.services].join(".");if(!r||!r[n])throw new Error(
`The services section "${e.services}" specified in the profile is not present in the shared configuration file.`);let s=r[n],i=t.split(" ").map(c=>c.toLowerCase()),
a=s[[i.join("_"),ux].join(".")];if(a)return a}let o=e[ux];if(o)return o},default:void 0})});var n$,s$,gx,hx=p(()=>{L();n$="AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",s$="ignore_configured_endpoint_urls",gx={environmentVariableSelector:t=>vt(t,n$,Qe.ENV),configFileSelector:t=>vt(
t,s$,Qe.CONFIG),default:!1}});var Os,yx=p(()=>{L();fx();hx();Os=async t=>{if(!await I(gx)())return I(mx(t??""))()}});var Qu,i$,a$,c$,Ex,Sx,xx=p(()=>{Qu=async t=>{let e=t?.Bucket||"";if(typeof t.Bucket=="string"&&(t.Bucket=e.replace(/#/g,encodeURIComponent("#")).replace(/\?/g,encodeURIComponent(
"?"))),Sx(e)){if(t.ForcePathStyle===!0)throw new Error("Path-style addressing cannot be used with ARN buckets")}else(!Ex(e)||e.indexOf(".")!==-1&&!String(t.Endpoint).
startsWith("http:")||e.toLowerCase()!==e||e.length<3)&&(t.ForcePathStyle=!0);return t.DisableMultiRegionAccessPoints&&(t.disableMultiRegionAccessPoints=!0,t.DisableMRAP=
!0),t},i$=/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,a$=/(\d+\.){3}\d+/,c$=/\.\./,Ex=t=>i$.test(t)&&!a$.test(t)&&!c$.test(t),Sx=t=>{let[e,r,o,,,n]=t.split(":"),s=e===
"arn"&&t.split(":").length>=6,i=!!(s&&r&&o&&n);if(s&&!i)throw new Error(`Invalid ARN: ${t} was an invalid ARN.`);return i}});var Rx=p(()=>{xx()});var _x,wx=p(()=>{_x=(t,e,r,o=!1)=>{let n=async()=>{let s;return o?s=r.clientContextParams?.[t]??r[t]??r[e]:s=r[t]??r[e],typeof s=="function"?s():s};return t==="\
credentialScope"||e==="CredentialScope"?async()=>{let s=typeof r.credentials=="function"?await r.credentials():r.credentials;return s?.credentialScope??s?.CredentialScope}:
t==="accountId"||e==="AccountId"?async()=>{let s=typeof r.credentials=="function"?await r.credentials():r.credentials;return s?.accountId??s?.AccountId}:t==="en\
dpoint"||e==="endpoint"?async()=>{if(r.isCustomEndpoint===!1)return;let s=await n();if(s&&typeof s=="object"){if("url"in s)return s.url.href;if("hostname"in s){
let{protocol:i,hostname:a,port:c,path:l}=s;return`${i}//${a}${c?":"+c:""}${l}`}}return s}:n}});var Zu=p(()=>{Y()});function Pa(t){return async(e,r,o,n)=>{if(!o.isCustomEndpoint&&!o.ignoreConfiguredEndpointUrls){let a;o.serviceConfiguredEndpoint?a=await o.serviceConfiguredEndpoint():
a=await t(o.serviceId),a&&(o.endpoint=()=>Promise.resolve(to(a)),o.isCustomEndpoint=!0,n?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from confi\
g: ${a}`))}let s=await Oa(e,r,o);if(typeof o.endpointProvider!="function")throw new Error("config.endpointProvider is not set.");let i=o.endpointProvider(s,n);if(o.
isCustomEndpoint&&o.endpoint){let a=await o.endpoint();if(a?.headers){i.headers??={};for(let[c,l]of Object.entries(a.headers))i.headers[c]=Array.isArray(l)?l:[l]}}
return i}}var Oa,Na=p(()=>{Rx();wx();Zu();Oa=async(t,e,r)=>{let o={},n=e?.getEndpointParameterInstructions?.()||{};for(let[s,i]of Object.entries(n))switch(i.type){case"\
staticContextParams":o[s]=i.value;break;case"contextParams":o[s]=t[i.name];break;case"clientContextParams":case"builtInParams":o[s]=await _x(i.name,s,r,i.type!==
"builtInParams")();break;case"operationContextParams":o[s]=i.get(t);break;default:throw new Error("Unrecognized endpoint parameter instruction: "+JSON.stringify(
i))}return Object.keys(n).length===0&&Object.assign(o,r),String(r.serviceId).toLowerCase()==="s3"&&await Qu(o),o}});function p$(t,e,r){t.__smithy_context?t.__smithy_context.features||(t.__smithy_context.features={}):t.__smithy_context={features:{}},t.__smithy_context.features[e]=
r}function Da(t){let e=Pa(t);return({config:r,instructions:o})=>(n,s)=>async i=>{r.isCustomEndpoint&&p$(s,"ENDPOINT_OVERRIDE","N");let a=await e(i.input,{getEndpointParameterInstructions(){
return o}},{...r},s);s.endpointV2=a,s.authSchemes=a.properties?.authSchemes;let c=s.authSchemes?.[0];if(c){s.signing_region=c.signingRegion,s.signing_service=c.
signingName;let d=te(s)?.selectedHttpAuthScheme?.httpAuthOption;d&&(d.signingProperties=Object.assign(d.signingProperties||{},{signing_region:c.signingRegion,signingRegion:c.
signingRegion,signing_service:c.signingName,signingName:c.signingName,signingRegionSet:c.signingRegionSet},c.properties))}return n({...i})}}var em=p(()=>{Y();Na()});function Ix(t){let e=Da(t);return(r,o)=>({applyToStack:n=>{n.addRelativeTo(e({config:r,instructions:o}),d$)}})}var l$,d$,Tx=p(()=>{em();l$={name:"serializerMidd\
leware",step:"serialize",tags:["SERIALIZER"],override:!0},d$={step:"serialize",tags:["ENDPOINT_PARAMETERS","ENDPOINT_V2","ENDPOINT"],name:"endpointV2Middleware",
override:!0,relation:"before",toMiddleware:l$.name}});function Cx(t){return e=>{let r=e.tls??!0,{endpoint:o,useDualstackEndpoint:n,useFipsEndpoint:s}=e,i=o!=null?async()=>to(await W(o)()):void 0,c=Object.assign(e,{
endpoint:i,tls:r,isCustomEndpoint:!!o,useDualstackEndpoint:W(n??!1),useFipsEndpoint:W(s??!1),ignoreConfiguredEndpointUrls:!!e.ignoreConfiguredEndpointUrls}),l;return c.
serviceConfiguredEndpoint=async()=>(e.serviceId&&!l&&(l=t(e.serviceId)),l),c}}var vx=p(()=>{Y();Zu()});var rt,Ax=p(()=>{rt=class t{nodes;root;conditions;results;constructor(e,r,o,n){this.nodes=e,this.root=r,this.conditions=o,this.results=n}static from(e,r,o,n){return new t(
e,r,o,n)}}});var ot,bx=p(()=>{ot=class{capacity;data=new Map;parameters=[];constructor({size:e,params:r}){this.capacity=e??50,r&&(this.parameters=r)}get(e,r){let o=this.hash(
e);if(o===!1)return r();if(!this.data.has(o)){if(this.data.size>this.capacity+10){let n=this.data.keys(),s=0;for(;;){let{value:i,done:a}=n.next();if(this.data.delete(
i),a||++s>10)break}}this.data.set(o,r())}return this.data.get(o)}size(){return this.data.size}hash(e){let r="",{parameters:o}=this;if(o.length===0)return!1;for(let n of o){
let s=e[n],i=s==null?"\0":String(s);if(i.includes("|;"))return!1;r+=i+"|;"}return r}}});var le,Px=p(()=>{le=class extends Error{constructor(e){super(e),this.name="EndpointError"}}});var zr=p(()=>{Px()});var tm,Ox=p(()=>{tm="endpoints"});function bn(t){return typeof t!="object"||t==null?t:"ref"in t?`$${bn(t.ref)}`:"fn"in t?`${t.fn}(${(t.argv||[]).map(bn).join(", ")})`:JSON.stringify(t,null,2)}var Nx=p(
()=>{});var Dx=p(()=>{Ox();Nx()});var Pe,rm=p(()=>{Pe={}});var om,kx=p(()=>{om=(t,e)=>t===e});function nm(...t){for(let e of t)if(e!=null)return e}var $x=p(()=>{});var Lx,Ux=p(()=>{zr();Lx=t=>{let e=t.split("."),r=[];for(let o of e){let n=o.indexOf("[");if(n!==-1){if(o.indexOf("]")!==o.length-1)throw new le(`Path: '${t}' d\
oes not end with ']'`);let s=o.slice(n+1,-1);if(Number.isNaN(parseInt(s)))throw new le(`Invalid array index: '${s}' in path: '${t}'`);n!==0&&r.push(o.slice(0,n)),
r.push(s)}else r.push(o)}return r}});var Ns,Fx=p(()=>{zr();Ux();Ns=(t,e)=>Lx(e).reduce((r,o)=>{if(typeof r!="object")throw new le(`Index '${o}' in '${e}' not found in '${JSON.stringify(t)}'`);if(Array.
isArray(r)){let n=parseInt(o);return r[n<0?r.length+n:n]}return r[o]},t)});var sm,Mx=p(()=>{sm=t=>t!=null});function im(t,e,r){return t?e:r}var Hx=p(()=>{});var am,Bx=p(()=>{am=t=>!t});var u$,Pn,cm=p(()=>{u$=new RegExp("^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$"),Pn=t=>u$.test(t)||t.startsWith(
"[")&&t.endsWith("]")});var pm,lm,Gx=p(()=>{br();cm();pm={[Mo.HTTP]:80,[Mo.HTTPS]:443},lm=t=>{let e=(()=>{try{if(t instanceof URL)return t;if(typeof t=="object"&&"hostname"in t){let{hostname:m,
port:f,protocol:g="",path:h="",query:y={}}=t,S=new URL(`${g}//${m}${f?`:${f}`:""}${h}`);return S.search=Object.entries(y).map(([x,A])=>`${x}=${A}`).join("&"),S}
return new URL(t)}catch{return null}})();if(!e)return console.error(`Unable to parse ${JSON.stringify(t)} as a whatwg URL.`),null;let r=e.href,{host:o,hostname:n,
pathname:s,protocol:i,search:a}=e;if(a)return null;let c=i.slice(0,-1);if(!Object.values(Mo).includes(c))return null;let l=Pn(n),d=r.includes(`${o}:${pm[c]}`)||
typeof t=="string"&&t.includes(`${o}:${pm[c]}`),u=`${o}${d?`:${pm[c]}`:""}`;return{scheme:c,authority:u,path:s,normalizedPath:s.endsWith("/")?s:`${s}/`,isIp:l}}});function dm(t,e,r){if(r===1)return[t];if(t==="")return[""];let o=t.split(e);return r===0?o:o.slice(0,r-1).concat(o.slice(1).join(e))}var jx=p(()=>{});var um,zx=p(()=>{um=(t,e)=>t===e});var mm,Vx=p(()=>{mm=(t,e,r,o)=>t==null||e>=r||t.length<r||/[^\u0000-\u007f]/.test(t)?null:o?t.substring(t.length-r,t.length-e):t.substring(e,r)});var fm,qx=p(()=>{fm=t=>encodeURIComponent(t).replace(/[!*'()]/g,e=>`%${e.charCodeAt(0).toString(16).toUpperCase()}`)});var gm=p(()=>{kx();$x();Fx();Mx();Y();Hx();Bx();Gx();jx();zx();Vx();qx()});var Wx,Kx=p(()=>{gm();Wx={booleanEquals:om,coalesce:nm,getAttr:Ns,isSet:sm,isValidHostLabel:Pr,ite:im,not:am,parseURL:lm,split:dm,stringEquals:um,substring:mm,uriEncode:fm}});var ka,hm=p(()=>{gm();ka=(t,e)=>{let r=[],{referenceRecord:o,endpointParams:n}=e,s=0;for(;s<t.length;){let i=t.indexOf("{",s);if(i===-1){r.push(t.slice(s));break}
r.push(t.slice(s,i));let a=t.indexOf("}",i);if(a===-1){r.push(t.slice(i));break}t[i+1]==="{"&&t[a+1]==="}"&&(r.push(t.slice(i+1,a)),s=a+2);let c=t.substring(i+1,
a);if(c.includes("#")){let[l,d]=c.split("#");r.push(Ns(o[l]??n[l],d))}else r.push(o[c]??n[c]);s=a+1}return r.join("")}});var Jx,Yx=p(()=>{Jx=({ref:t},e)=>e.referenceRecord[t]??e.endpointParams[t]});var zo,$a,Xx,Ds=p(()=>{zr();rm();Kx();hm();Yx();zo=(t,e,r)=>{if(typeof t=="string")return ka(t,r);if(t.fn)return Xx.callFunction(t,r);if(t.ref)return Jx(t,r);throw new le(
`'${e}': ${String(t)} is not a string, function or reference.`)},$a=({fn:t,argv:e},r)=>{let o=Array(e.length);for(let i=0;i<o.length;++i){let a=e[i];typeof a=="\
boolean"||typeof a=="number"?o[i]=a:o[i]=Xx.evaluateExpression(a,"arg",r)}let n=t.indexOf(".");if(n!==-1){let a=Pe[t.slice(0,n)]?.[t.slice(n+1)];if(typeof a=="f\
unction")return a(...o)}let s=Wx[t];if(typeof s=="function")return s(...o);throw new Error(`function ${t} not loaded in endpointFunctions.`)},Xx={evaluateExpression:zo,
callFunction:$a}});var Qx=p(()=>{Ds()});var Zx,eR=p(()=>{Dx();zr();Qx();Zx=(t,e)=>{let{assign:r}=t;if(r&&r in e.referenceRecord)throw new le(`'${r}' is already defined in Reference Record.`);let o=$a(
t,e);e.logger?.debug?.(`${tm} evaluateCondition: ${bn(t)} = ${bn(o)}`);let n=o===""?!0:!!o;return r!=null?{result:n,toAssign:{name:r,value:o}}:{result:n}}});var tR,rR=p(()=>{zr();Ds();tR=(t,e)=>Object.entries(t??{}).reduce((r,[o,n])=>(r[o]=n.map(s=>{let i=zo(s,"Header value entry",e);if(typeof i!="string")throw new le(
`Header '${o}' value '${i}' is not a string`);return i}),r),{})});var ym,oR,nR,sR=p(()=>{zr();hm();ym=(t,e)=>Object.entries(t).reduce((r,[o,n])=>(r[o]=nR.getEndpointProperty(n,e),r),{}),oR=(t,e)=>{if(Array.isArray(t))return t.
map(r=>oR(r,e));switch(typeof t){case"string":return ka(t,e);case"object":if(t===null)throw new le(`Unexpected endpoint property: ${t}`);return nR.getEndpointProperties(
t,e);case"boolean":return t;default:throw new le(`Unexpected endpoint property type: ${typeof t}`)}},nR={getEndpointProperty:oR,getEndpointProperties:ym}});var iR,aR=p(()=>{zr();Ds();iR=(t,e)=>{let r=zo(t,"Endpoint URL",e);if(typeof r=="string")try{return new URL(r)}catch(o){throw console.error(`Failed to construct\
 URL with ${r}`,o),o}throw new le(`Endpoint URL must be a string, got ${typeof r}`)}});var Em,Ft,cR=p(()=>{zr();eR();Ds();rR();sR();aR();Em=1e8,Ft=(t,e)=>{let{nodes:r,root:o,results:n,conditions:s}=t,i=o,a={},c={referenceRecord:a,endpointParams:e.
endpointParams,logger:e.logger};for(;i!==1&&i!==-1&&i<Em;){let l=3*(Math.abs(i)-1),[d,u,m]=[r[l],r[l+1],r[l+2]],[f,g,h]=s[d],y=Zx({fn:f,assign:h,argv:g},c);if(y.
toAssign){let{name:S,value:x}=y.toAssign;a[S]=x}i=i>=0===y.result?u:m}if(i>=Em){let l=n[i-Em];if(l[0]===-1){let[,f]=l;throw new le(zo(f,"Error",c))}let[d,u,m]=l;
return{url:iR(d,c),properties:ym(u,c),headers:tR(m??{},c)}}throw new le("No matching endpoint.")}});var V7,ir,q7,ar,K=p(()=>{yx();Na();em();Tx();vx();Ax();bx();cR();cm();Y();rm();Na();V7=Pa(Os),ir=Cx(Os),q7=Da(Os),ar=Ix(Os)});var ks,La,Ua=p(()=>{ks=t=>typeof ReadableStream=="function"&&(t?.constructor?.name===ReadableStream.name||t instanceof ReadableStream),La=t=>typeof Blob=="funct\
ion"&&(t?.constructor?.name===Blob.name||t instanceof Blob)});var pR,lR=p(()=>{pR=t=>new TextEncoder().encode(t)});var dR,oJ,uR,Fa,Sm,mR,fR=p(()=>{dR="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",oJ=Object.entries(dR).reduce((t,[e,r])=>(t[r]=Number(e),t),
{}),uR=dR.split(""),Fa=6,Sm=8,mR=63});function gR(t){let e;typeof t=="string"?e=pR(t):e=t;let r=typeof e=="object"&&typeof e.length=="number",o=typeof e=="object"&&typeof e.byteOffset=="number"&&typeof e.
byteLength=="number";if(!r&&!o)throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");let n="";for(let s=0;s<e.length;s+=
3){let i=0,a=0;for(let l=s,d=Math.min(s+3,e.length);l<d;l++)i|=e[l]<<(d-l-1)*Sm,a+=Sm;let c=Math.ceil(a/Fa);i<<=c*Fa-a;for(let l=1;l<=c;l++){let d=(c-l)*Fa;n+=uR[(i&
mR<<d)>>d]}n+="==".slice(0,4-c)}return n}var hR=p(()=>{lR();fR()});var yR,ER=p(()=>{yR=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@smi\
thy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return new TextDecoder("utf-8").decode(t)}});async function xm(t){return t.arrayBuffer().then(e=>new Uint8Array(e))}async function Rm(t){let e=[],r=t.getReader(),o=0;for(;;){let{done:n,value:s}=await r.read();
if(s&&(e.push(s),o+=s.length),n)break}return ua(e,o)}var SR,_m=p(()=>{_u();Ua();SR=async t=>La(t)?xm(t):Rm(t)});var xR,_R,RR,wR=p(()=>{hR();Ru();ER();_m();Ua();xR="The stream has already been transformed.",_R=t=>{if(!RR(t)&&!ks(t)){let n=t?.__proto__?.constructor?.name||t;
throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${n}`)}let e=!1,r=async()=>{if(e)throw new Error(xR);return e=!0,await SR(
t)},o=n=>{if(typeof n.stream!="function")throw new Error(`Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.
If you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body`);return n.stream()};return Object.
assign(t,{transformToByteArray:r,transformToString:async n=>{let s=await r();if(n==="base64")return gR(s);if(n==="hex")return Xe(s);if(n===void 0||n==="utf8"||n===
"utf-8")return yR(s);if(typeof TextDecoder=="function")return new TextDecoder(n).decode(s);throw new Error("TextDecoder is not available, please make sure polyf\
ill is provided.")},transformToWebStream:()=>{if(e)throw new Error(xR);if(e=!0,RR(t))return o(t);if(ks(t))return t;throw new Error(`Cannot transform payload to \
web stream, got ${t}`)}})},RR=t=>typeof Blob=="function"&&t instanceof Blob});var IR,Ge,wm,Im=p(()=>{IR=require("node:stream");_u();_m();Ua();Ge=t=>La(t)?xm(t):ks(t)?Rm(t):new Promise((e,r)=>{let o=new wm,n=t;n.pipe(o),n.on("error",s=>{o.
end(),r(s)}),o.on("error",r),o.on("finish",function(){let s=ua(this.bufferedBytes);e(s)})}),wm=class extends IR.Writable{bufferedBytes=[];_write(e,r,o){this.bufferedBytes.
push(e),o()}}});var Ma,TR,$s,CR=p(()=>{Ma=require("node:stream");wn();wR();Im();TR="The stream has already been transformed.",$s=t=>{if(!(t instanceof Ma.Readable))try{return _R(
t)}catch{let n=t?.__proto__?.constructor?.name||t;throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${n}`)}let e=!1,r=async()=>{
if(e)throw new Error(TR);return e=!0,await Ge(t)};return Object.assign(t,{transformToByteArray:r,transformToString:async o=>{let n=await r();return o===void 0||
Buffer.isEncoding(o)?_n(n.buffer,n.byteOffset,n.byteLength).toString(o):new TextDecoder(o).decode(n)},transformToWebStream:()=>{if(e)throw new Error(TR);if(t.readableFlowing!==
null)throw new Error("The stream has been consumed by other callbacks.");if(typeof Ma.Readable.toWeb!="function")throw new Error("Readable.toWeb() is not suppor\
ted. Please ensure a polyfill is available.");return e=!0,Ma.Readable.toWeb(t)}})}});function Vr(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var vR=p(()=>{});var AR,On,m$,Tm,Nn,$=p(()=>{AR=require("node:crypto");By();Gy();zy();pa();Vy();Wy();hE();yE();EE();RE();_E();wE();TE();Ru();vE();AE();tu();CR();Im();Y();vR();On=
class extends jy(ee,se,ue,Se){},m$=AR.getRandomValues,Tm=qy(m$),Nn=Tm});var je,Dn=p(()=>{$();je=async(t=new Uint8Array,e)=>{if(t instanceof Uint8Array)return On.mutate(t);if(!t)return On.mutate(new Uint8Array);let r=e.streamCollector(
t);return On.mutate(await r)}});function Vo(t){return/^[\w.~-]+$/.test(t)?t:encodeURIComponent(t).replace(/[!'()*]/g,function(e){return"%"+e.charCodeAt(0).toString(16).toUpperCase()})}var Cm=p(
()=>{});var PR,Oe,f$,g$,h$,y$,Ha,bR,qo=p(()=>{X();$();PR=Symbol.for("@smithy/schema-x"),Oe=class t extends U{static identity=Symbol.for("@smithy/HttpBindingNormalizedSc\
hema");identity=t.identity;bindings;constructor(e){super(e)}static of(e){let r=U.of(e);if(r.identity===t.identity)return r;let o=r.isMemberSchema()?r:r.getSchema(),
n=typeof o=="object"&&o!==null?o:r;return n[PR]??=new t(r)}getHttpBindingLocation(e){return e.httpPayload?36:e.httpLabel?33:e.httpHeader?38:typeof e.httpPrefixHeaders==
"string"?39:e.httpQuery?34:e.httpQueryParams?35:e.httpResponseCode?37:32}getHttpBindingValue(e,r,o=!1){let n=this.getSchema(),s=typeof n=="number"?n&255:this.isListSchema()?
64:255,i=e&7,a=r.mediaType?r.mediaType==="application/json"||r.mediaType.endsWith("+json")?2:1:0,c=r.streaming||s===42?this.isStructSchema()?2:1:0,l=s>=4&&s<=7?
i>=6?2:i>0&&i<4?1:0:0,d=s|a<<8|(r.idempotencyToken?1:0)<<10|c<<11|(r.sparse?1:0)<<13|l<<14|(r.hostLabel?1:0)<<17|(e===36&&typeof n!="object"?1:0)<<18,u=s&192,m=i&
2&&(u===64||!o&&i&1)?this.getHttpBindingCollectionValue(e,r):void 0,f=(m?.[1]??0)&255;return d|=(i>=6&&(f===4||f===6)?1:0)<<16,[this,d,m]}getHttpBindingCollectionValue(e,r=this.
getMergedTraits()){let o=t.of(this.getValueSchema());return o.getHttpBindingValue(e,{...o.getMergedTraits(),...r},!0)}getHttpBindings(){let e=this.getSchema();return typeof e!=
"object"||e===null?y$:this.bindings??=f$(this)}},f$=t=>{let e=[],r=[],o=[],n=[],s=[],i={},a={},c=[],l={headers:a,prefixHeaders:c},d={request:{memberBindings:s,byName:i},
response:{bodyMemberNames:e,bindings:l}},{request:u,response:m}=d;for(let[f,g]of t.structIterator()){let h=Oe.of(g),y=h.getMergedTraits(),S=h.getHttpBindingLocation(
y),x=y.httpHeader?.toLowerCase()??y.httpPrefixHeaders?.toLowerCase()??y.httpQuery,A=h.getHttpBindingValue(S,y),R=[f,A,S,x];f==="__proto__"&&Vr(i),i[f]=R,A[1]>>10&
1&&(u.hasIdempotency=!0),s.push(R);let T=S&7;if(T===0&&(o.push(f),n.push(g)),(T&4)===0)e.push(f),r.push(g);else if((T&6)===4)if(T&1)l.statusCode=R;else{l.payload=
R;let H=A[1]&255;u.contentTypeInstruction=y.mediaType??(H===0?"text/plain":H===21||H===42?"application/octet-stream":null)}else T&1?(u.hasPrefixHeaders=!0,c.push(
R)):(x==="__proto__"&&Vr(a),a[x]=R)}return u.contentTypeInstruction===void 0&&o.length&&(u.contentTypeInstruction=null),u.syntheticBodySchema=bR(t,o,n),m.syntheticBodySchema=
bR(t,e,r),d},g$=t=>{let e=[],r=0;for(let o of t.matchAll(/\{([^{}+]+)(\+)?\}/g))o.index>r&&e.push([t.slice(r,o.index),0]),e.push([o[1],o[2]?2:1]),r=o.index+o[0].
length;return e.length&&r<t.length&&e.push([t.slice(r),0]),e.length?e:void 0},h$=t=>{let{http:e,endpoint:r}=no(t.traits??{}),[o,n]=e?.[1].split("?")??[];return[
e?.[0],o,n?[...new URLSearchParams(n)]:[],o?g$(o):void 0,r?.[0]]},y$={request:{memberBindings:[],byName:{}},response:{bodyMemberNames:[],bindings:{headers:{},prefixHeaders:[]}}},
Ha=t=>t[PR]??=h$(t),bR=(t,e,r)=>{if(!e.length)return;let o=t.getSchema(),n=[3,o[1],o[2],t.getMergedTraits(),e,r],s=o[6],i=s&&e.reduce((a,c)=>a+(o[4].indexOf(c)<
s?1:0),0);return i&&(n[6]=i),n}});var Nr,Ls=p(()=>{Nr=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var OR=Fd(()=>{throw new Error("@smithy/core/event-streams is not bundled: no ECR or STS operation streams events")});var kn,vm=p(()=>{Y();X();Ls();qo();kn=class extends Nr{options;compositeErrorRegistry;constructor(e){super(),this.options=e,this.compositeErrorRegistry=new Q(e.
defaultNamespace);for(let r of e.errorTypeRegistries??[])this.compositeErrorRegistry.copyFrom(r)}getRequestType(){return j}getResponseType(){return Je}setSerdeContext(e){
this.serdeContext=e,this.serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e),this.getPayloadCodec()&&this.getPayloadCodec().setSerdeContext(e)}updateServiceEndpoint(e,r){
if("url"in r){e.protocol=r.url.protocol,e.hostname=r.url.hostname,e.port=r.url.port?Number(r.url.port):void 0,e.path=r.url.pathname,e.fragment=r.url.hash||void 0,
e.username=r.url.username||void 0,e.password=r.url.password||void 0,e.query||(e.query={});for(let[o,n]of r.url.searchParams.entries())e.query[o]=n;if(r.headers)
for(let o in r.headers)O(r.headers,o)&&(e.headers[o]=r.headers[o].join(", "));return e}else{if(e.protocol=r.protocol,e.hostname=r.hostname,e.port=r.port?Number(
r.port):void 0,e.path=r.path,e.query={...r.query},r.headers)for(let o in r.headers)O(r.headers,o)&&(e.headers[o]=r.headers[o]);return e}}setHostPrefix(e,r,o,n=Ha(
r)){if(this.serdeContext?.disableHostPrefix)return;let s=n[4];if(typeof s!="string")return;let i=s;for(let[a,[,c]]of Oe.of(r.input).getHttpBindings().request.memberBindings){
if(!(c>>17&1))continue;let l=o[a];if(typeof l!="string")throw new Error(`@smithy/core/schema - ${a} in input must be a string as hostLabel.`);i=i.replace(`{${a}\
}`,l)}if(e.hostname=i+e.hostname,!ou(e.hostname))throw new Error(`[${e.hostname}] is not a valid hostname.`)}deserializeMetadata(e){return{httpStatusCode:e.statusCode,
requestId:e.headers["x-amzn-requestid"]??e.headers["x-amzn-request-id"]??e.headers["x-amz-request-id"],extendedRequestId:e.headers["x-amz-id-2"],cfId:e.headers["\
x-amz-cf-id"]}}resolveError(e,r,o){let n=[-3,"","Error",0,[],[],0],s;for(let i of o)for(let a of r)try{a==="*"?s=i.getSchema(e):s=i.getSchema(a+"#"+e);let c=i.getErrorCtor(
s);if(c)return[s,c,"modeled"];{let l=i.getBaseException();if(l){let d=i.getErrorCtor(l);if(d)return[s,d,"synthetic"]}}}catch{}for(let i of o){let a=i.getBaseException();
if(a){let c=i.getErrorCtor(a);if(c)return[a,c,"synthetic"]}}return[n,Error,"native"]}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o}){
return(await this.loadEventStreamCapability()).serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o})}async deserializeEventStream({response:e,responseSchema:r,
initialResponseContainer:o}){return(await this.loadEventStreamCapability()).deserializeEventStream({response:e,responseSchema:r,initialResponseContainer:o})}async loadEventStreamCapability(){
let{EventStreamSerde:e,eventStreamSerdeProvider:r}=await Promise.resolve().then(()=>Ur(OR())),o=this.resolveEventStreamMarshaller(r);return new e({marshaller:o,
serializer:this.serializer,deserializer:this.deserializer,serdeContext:this.serdeContext,defaultContentType:this.getDefaultContentType(),compositeErrorRegistry:this.
compositeErrorRegistry})}getDefaultContentType(){throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missi\
ng.`)}async deserializeHttpMessage(e,r,o,n,s){return[]}getEventStreamMarshaller(){let e=this.serdeContext;if(!e.eventStreamMarshaller)throw new Error("@smithy/c\
ore - HttpProtocol: eventStreamMarshaller missing in serdeContext.");return e.eventStreamMarshaller}resolveEventStreamMarshaller(e){let r=this.serdeContext;return r.
eventStreamMarshaller?r.eventStreamMarshaller:e(this.serdeContext)}}});var Us,NR=p(()=>{Y();$();qo();vm();Dn();Cm();Us=class extends kn{async serializeRequest(e,r,o){let n=r&&typeof r=="object"?r:{},s={},i={},a=await o.endpoint(),c=Oe.
of(e?.input),l=c.getHttpBindings().request,d=Ha(e),u=new j({query:s,headers:i});if(a){this.updateServiceEndpoint(u,a),this.setHostPrefix(u,e,n,d);let[f,g,h]=d;if(f){
u.method=f,u.path=u.path==="/"?g:u.path+g;for(let[y,S]of h)s[y]=S}}u.query=s;let m=this.serializeHttpBindings(n,u,l,d);return m&&(u.body=await this.serializeEventStream(
{eventStream:m,requestSchema:c})),u}serializeHttpBindings(e,r,o,n){let s=this.serializer,i=typeof s.writeCodec=="function"?s:void 0,a=r.query,c=r.headers,l=o.syntheticBodySchema,
d=!1,u,m,f,g=Object.getOwnPropertyNames(e),h=Object.getPrototypeOf(e),y=(h===Object.prototype||h===null)&&!o.hasIdempotency&&!o.hasPrefixHeaders&&g.length*2<o.memberBindings.
length,S=y?g.length:o.memberBindings.length;for(let R=0;R<S;++R){let T=y?O(o.byName,g[R])?o.byName[g[R]]:void 0:o.memberBindings[R];if(!T)continue;let H=T[1],Z=T[0],
rr=H[0],Cr=H[1],ce=H[2],Ce=T[2],ct=T[3],We=e[Z];if(!(We==null&&!(Cr>>10&1)))if(Ce===36){let V=Cr>>11&3;V?V===2?m=We||void 0:u=We:(i?i.writeCodec(rr,We):s.write(
rr,We),u=s.flush())}else if(Ce===33||Ce===38){let V=this.serializeHttpValue(H,We,Ce,i);Ce===33?(f??=Object.create(null))[Z]=V:c[ct]=V}else if(Ce===39)for(let V in We){
if(!O(We,V))continue;let mr=ct+V;c[mr.toLowerCase()]=this.serializeHttpValue(ce,We[V],38,i,i?ce[0]:[ce[0],{httpHeader:mr}])}else(Ce&62)===34?this.serializeQuery(
H,We,ct,a,i):d=!0}let x=n[1],A=n[3];return x&&A&&r.path.endsWith(x)&&(r.path=r.path.slice(0,-x.length)+this.serializePath(A,f,o)),d&&l&&(i?i.writeCodec(l,e):s.write(
l,e),u=s.flush()),r.body=u,m}serializeQuery(e,r,o,n,s){let[i,a,c]=e,l=s?void 0:i.getMergedTraits();if(o===void 0){for(let d in r)!O(r,d)||d in n||(s||Object.assign(
c[0].getMergedTraits(),{...l,httpQuery:d,httpQueryParams:void 0}),this.serializeQuery(c,r[d],d,n,s));return}if((a&192)===64){let d=[];for(let u of r){let m=this.
serializeHttpValue(c,u,34,s,s?c[0]:[c[0],l]);(a>>13&1||m!==void 0)&&d.push(m)}n[o]=d}else n[o]=this.serializeHttpValue(e,r,34,s,s?i:[i,l])}serializeHttpValue(e,r,o,n,s=e[0]){
let i=e[1],a=i&255;return n&&!(i&1792)&&(a<=2||a===17||a===19)?String(r):(n?n.writeHttpBinding(e,r,o):this.serializer.write(s,r),this.serializer.flush())}serializePath(e,r,o){
let n="";for(let[s,i]of e){if(i===0){n+=s;continue}let a=r?.[s];if(a===void 0){if(O(o.byName,s)&&o.byName[s][2]===33)throw new Error(`No value provided for inpu\
t HTTP label: ${s}.`);n+=`{${s}${i===2?"+":""}}`}else n+=i===2?a.split("/").map(Vo).join("/"):Vo(a)}return n}async deserializeResponse(e,r,o){let n=this.deserializer,
s=typeof n.readCodec=="function"?n:void 0,i=Oe.of(e.output),a=i.getHttpBindings().response,c={};if(o.statusCode>=300){let d=await je(o.body,r);throw d.byteLength>
0&&Object.assign(c,await n.read(15,d)),await this.handleError(e,r,o,c,this.deserializeMetadata(o)),new Error("@smithy/core/protocols - HTTP Protocol error handl\
er failed to throw.")}let l=await this.deserializeHttpMessage(i,r,o,c);if(l.length){let d=await je(o.body,r);if(d.byteLength>0){let u=await(s?s.readCodec(a.syntheticBodySchema,
d):n.read(a.syntheticBodySchema,d));for(let m of l)u[m]!=null&&(c[m]=u[m])}}else a.bindings.payload||await je(o.body,r);return c.$metadata=this.deserializeMetadata(
o),c}async deserializeHttpMessage(e,r,o,n,s){let i=n instanceof Set?s:n,a=this.deserializer,c=typeof a.readCodec=="function"?a:void 0,l=Oe.of(e),{bodyMemberNames:d,
bindings:{payload:u,statusCode:m,headers:f,prefixHeaders:g}}=l.getHttpBindings().response,h=o.headers;if(u){let[y,S]=u,[x,A]=S,R=A>>11&3;if(R)R===2?i[y]=await this.
deserializeEventStream({response:o,responseSchema:l}):i[y]=$s(o.body);else if(o.body){let T=await je(o.body,r);T.byteLength>0&&(i[y]=await(c?c.readPayload(S,T):
a.read(x,T)))}}for(let y in h){if(!O(h,y))continue;let S=y.toLowerCase(),x=h[y];S!==y&&(delete h[y],h[S]=x);let A=O(f,S)?f[S]:void 0;if(!A)continue;let[R,[T,H,Z],
,rr]=A;if(Z){let Cr=H>>16&1?Eu(x,",",2):Es(x),ce=[];for(let Ce of Cr)ce.push(c?c.readHttpBinding(Z,Ce.trim(),38):await a.read([Z[0],{httpHeader:rr}],Ce.trim()));
i[R]=ce}else i[R]=c?c.readHttpBinding(A[1],x,38):await a.read(T,x)}for(let[y,[,,S],,x]of g){i[y]={};for(let A in h){if(!O(h,A)||!A.startsWith(x))continue;let R=h[A];
i[y][A.slice(x.length)]=c?c.readHttpBinding(S,R,38):await a.read([S[0],{httpHeader:A}],R)}}return m&&(i[m[0]]=o.statusCode),d}}});var Wo,DR=p(()=>{Y();X();Y();vm();Dn();Wo=class extends kn{async serializeRequest(e,r,o){let n=this.serializer,s={},i={},a=await o.endpoint(),c=U.of(e?.input),l=c.
getSchema(),d,u=r&&typeof r=="object"?r:{},m=new j({protocol:"",hostname:"",port:void 0,path:"/",fragment:void 0,query:s,headers:i,body:void 0});if(a&&(this.updateServiceEndpoint(
m,a),this.setHostPrefix(m,e,u)),u){let f=c.getEventStreamMember();if(f){if(u[f]){let g={};for(let[h]of c.structIterator())h!==f&&u[h]!=null&&(g[h]=u[h]);d=await this.
serializeEventStream({eventStream:u[f],requestSchema:c,initialRequest:g})}}else n.write(l,u),d=n.flush()}return m.headers=Object.assign(m.headers,i),m.query=s,m.
body=d,m.method="POST",m}async deserializeResponse(e,r,o){let n=this.deserializer,s=U.of(e.output),i={};if(this.isErrorResponse(o.statusCode)){let c=await je(o.
body,r);throw c.byteLength>0&&Object.assign(i,await n.read(15,c)),await this.handleError(e,r,o,i,this.deserializeMetadata(o)),new Error("@smithy/core/protocols \
- RPC Protocol error handler failed to throw.")}for(let c in o.headers){if(!O(o.headers,c))continue;let l=o.headers[c];delete o.headers[c],o.headers[c.toLowerCase()]=
l}let a=s.getEventStreamMember();if(a)i[a]=await this.deserializeEventStream({response:o,responseSchema:s,initialResponseContainer:i});else{let c=await je(o.body,
r);c.byteLength>0&&Object.assign(i,await n.read(s,c))}return i.$metadata=this.deserializeMetadata(o),i}isErrorResponse(e){return e>=300}}});var Ko,Am=p(()=>{$();qo();Ls();Ko=class extends Nr{settings;constructor(e){super(),this.settings=e}read(e,r){let o=Oe.of(e),n=o.getMergedTraits(),s=o.getHttpBindingLocation(
n);return this.readHttpBinding(o.getHttpBindingValue(s,n),r,s)}readHttpBinding([e,r,o],n,s){let i=r&255;if((i&192)===64)return o??=e.getHttpBindingCollectionValue(
s),Es(n).map(a=>this.readHttpBinding(o,a,s));switch(i){case 21:case 42:return(this.serdeContext?.base64Decoder??Se)(n);case 4:case 5:case 6:case 7:{let a=this.settings.
httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:a?a+4:this.settings.timestampFormat.default){case 5:return hu(n);case 6:return yu(n);case 7:
return gu(n);default:return console.warn("Missing timestamp format, parsing value with Date constructor:",n),new Date(n)}}case 0:{let a=r>>8&3;if(!a)return n;let c=n;
return(s&6)===6&&(c=(this.serdeContext?.utf8Encoder??ee)((this.serdeContext?.base64Decoder??Se)(c))),a===2?Ye.from(c):c}case 1:return Number(n);case 2:return n.
toLowerCase()==="true";case 17:return BigInt(n);case 19:return new xe(n,"bigDecimal");default:return n}}}});var Fs,kR=p(()=>{$();qo();Ls();Am();Fs=class extends Nr{codecDeserializer;stringDeserializer;constructor(e,r){super(),this.codecDeserializer=e,this.stringDeserializer=
new Ko(r)}setSerdeContext(e){this.stringDeserializer.setSerdeContext(e),this.codecDeserializer.setSerdeContext(e),this.serdeContext=e}read(e,r){let o=Oe.of(e),n=o.
getMergedTraits();if(n.httpHeader||n.httpResponseCode){let s=o.getHttpBindingValue(38,n);return this.readHttpBinding(s,r,38)}return n.httpPayload?this.readPayload(
o.getHttpBindingValue(36,n),r):this.readCodec(o,r)}readHttpBinding(e,r,o){let n=typeof r=="string"?r:(this.serdeContext?.utf8Encoder??ee)(r);return this.stringDeserializer.
readHttpBinding(e,n,o)}readPayload([e,r],o){let n=r&255;return n===21||n===42?typeof o=="string"?(this.serdeContext?.utf8Decoder??se)(o):o:n===0?typeof o=="stri\
ng"?o:(this.serdeContext?.utf8Encoder??ee)(o):this.readCodec(e,o)}readCodec(e,r){return this.codecDeserializer.read(e,r)}}});var Ba,$R=p(()=>{$();qo();Ls();Ba=class extends Nr{settings;stringBuffer="";constructor(e){super(),this.settings=e}write(e,r){let o=Oe.of(e),n=o.getMergedTraits(),
s=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(s,n),r,s)}writeHttpBinding([e,r,o],n,s){let i=r&255;switch(typeof n){case"object":if(n===
null){this.stringBuffer="null";return}if(i>=4&&i<=7){if(!(n instanceof Date))throw new Error(`@smithy/core/protocols - received non-Date value ${n} when schema \
expected Date in ${e.getName(!0)}`);let l=this.settings.httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:l?l+4:this.settings.timestampFormat.
default){case 5:this.stringBuffer=n.toISOString().replace(".000Z","Z");break;case 6:this.stringBuffer=Ho(n);break;case 7:this.stringBuffer=String(n.getTime()/1e3);
break;default:console.warn("Missing timestamp format, using epoch seconds",n),this.stringBuffer=String(n.getTime()/1e3)}return}if((i===21||i===42)&&"byteLength"in
n){this.stringBuffer=(this.serdeContext?.base64Encoder??ue)(n);return}if((i&192)===64&&Array.isArray(n)){o??=e.getHttpBindingCollectionValue(s);let l=o[1]&255,d=l>=
4&&l<=7,u="";for(let m of n){this.writeHttpBinding(o,m,s);let f=this.flush();u&&(u+=", "),u+=d?f:du(f)}this.stringBuffer=u;return}this.stringBuffer=JSON.stringify(
n,null,2);break;case"string":let a=r>>8&3,c=n;if(a===2&&(c=Ye.from(c)),a&&(s&6)===6){this.stringBuffer=(this.serdeContext?.base64Encoder??ue)(c.toString());return}
this.stringBuffer=n;break;default:this.stringBuffer=r>>10&1?Nn():String(n)}}flush(){let e=this.stringBuffer;return this.stringBuffer="",e}}});var Ms,LR=p(()=>{qo();$R();Ms=class{codecSerializer;stringSerializer;buffer;constructor(e,r,o=new Ba(r)){this.codecSerializer=e,this.stringSerializer=o}setSerdeContext(e){
this.codecSerializer.setSerdeContext(e),this.stringSerializer.setSerdeContext(e)}write(e,r){let o=Oe.of(e),n=o.getMergedTraits();if(n.httpHeader||n.httpLabel||n.
httpQuery){let s=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(s,n),r,s);return}this.writeCodec(o,r)}writeHttpBinding(e,r,o){this.stringSerializer.
writeHttpBinding(e,r,o),this.buffer=this.stringSerializer.flush()}writeCodec(e,r){this.codecSerializer.write(e,r)}flush(){if(this.buffer!==void 0){let e=this.buffer;
return this.buffer=void 0,e}return this.codecSerializer.flush()}}});function Jo(t,e){if(e.timestampFormat.useTrait){let a=t.getSchema();if(a===5||a===6||a===7)return a}let{httpLabel:r,httpPrefixHeaders:o,httpHeader:n,httpQuery:s}=t.
getMergedTraits();return(e.httpBindings?typeof o=="string"||n?6:s||r?5:void 0:void 0)??e.timestampFormat.default}var Ga=p(()=>{});var Mt,Ht,UR=p(()=>{Mt=t=>(t.logger&&t.logger.constructor?.name!=="NoOpLogger"&&t.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"),t.logger),t.defaultSocketTimeout&&
t.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"),t.defaultSocketTimeout),{setHttpHandler(e){t.requestHandler=e},httpHandler(){
return t.requestHandler},updateHttpClientConfig(e,r){t.requestHandler?.updateHttpClientConfig(e,r)},httpHandlerConfigs(){return t.requestHandler.httpHandlerConfigs()}}),
Ht=t=>({requestHandler:t.httpHandler()})});function MR(t){return e=>async r=>{let o=r.request;if(j.isInstance(o)){let{body:n,headers:s}=o;if(n&&Object.keys(s).map(i=>i.toLowerCase()).indexOf(FR)===-1)try{
let i=t(n);i!=null&&(o.headers={...o.headers,[FR]:String(i)})}catch{}}return e({...r,request:o})}}var FR,HR,Bt,BR=p(()=>{Y();FR="content-length";HR={step:"build",
tags:["SET_CONTENT_LENGTH","CONTENT_LENGTH"],name:"contentLengthMiddleware",override:!0},Bt=t=>({applyToStack:e=>{e.add(MR(t.bodyLengthChecker),HR)}})});var xr,E$,bm=p(()=>{xr=t=>encodeURIComponent(t).replace(/[!'()*]/g,E$),E$=t=>`%${t.charCodeAt(0).toString(16).toUpperCase()}`});function Pm(t){let e=[];for(let r of Object.keys(t).sort()){let o=t[r];if(r=xr(r),Array.isArray(o))for(let n=0,s=o.length;n<s;n++)e.push(`${r}=${xr(o[n])}`);else{
let n=r;(o||typeof o=="string")&&(n+=`=${xr(o)}`),e.push(n)}}return e.join("&")}var GR=p(()=>{bm()});var so,ja=p(()=>{so=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var za,jR=p(()=>{za=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function Va(){if(Hs===void 0)try{if(typeof Buffer!="function")Hs=!1;else{let t=JSON.parse(Buffer.from([123,125]));Hs=t!==null&&typeof t=="object"}}catch{Hs=!1}return Hs}
var Hs,Om=p(()=>{});function qa(t,e,r){if(r?.source){let o=r.source;if(typeof e=="number")return e<=Number.MAX_SAFE_INTEGER&&e>=Number.MIN_SAFE_INTEGER?x$(o,e)?e:new xe(o,"bigDecim\
al"):S$(o)?new xe(o,"bigDecimal"):/[eE]/.test(o)?R$(o):BigInt(o)}return e}function S$(t){let e=t.indexOf(".");if(e===-1)return!1;let r=t.search(/[eE]/);if(r===-1)
return!0;let o=r-e-1;return parseInt(t.slice(r+1),10)<o}function x$(t,e){if(t===String(e)||Object.is(e,-0))return!0;if(/[eE]/.test(t))return Nm(t)===Nm(String(e));
let r=t.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,""),o=String(e);return r===o?!0:/[eE]/.test(o)?r===Nm(o):!1}function Nm(t){let e=t.startsWith("-"),r=e?t.slice(
1):t,o=r.search(/[eE]/),n;if(o===-1)n=r;else{let s=parseInt(r.slice(o+1),10),i=r.slice(0,o),a=i.indexOf("."),c,l;a===-1?(c=i,l=i.length):(c=i.slice(0,a)+i.slice(
a+1),l=a),c=c.replace(/0+$/,"")||"0";let d=l+s;c==="0"?n="0":d<=0?n="0."+"0".repeat(-d)+c:d>=c.length?n=c+"0".repeat(d-c.length):n=c.slice(0,d)+"."+c.slice(d)}return n.
includes(".")&&(n=n.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,"")),(e?"-":"")+n}function R$(t){let e=t.search(/[eE]/),r=parseInt(t.slice(e+1),10),o=t.startsWith(
"-"),n=t.slice(o?1:0,e),s=n.indexOf("."),i,a;if(s===-1)i=n,a=r;else{i=n.slice(0,s)+n.slice(s+1);let l=n.length-s-1;a=r-l}i=i.replace(/0+$/,"")||"0";let c=BigInt(
i)*10n**BigInt(a+(n.replace(".","").length-i.length));return o?-c:c}var Dm=p(()=>{$()});function Ka(t){let e=U.of(t),r=e.getSchema();if(Array.isArray(r)&&e.isStructSchema()){if(km in r)return r[km];let o=Wa(e,new Set);return r[km]=o,o}return Wa(e,new Set)}
function Wa(t,e){let r=t.getSchema();if(e.has(r))return!1;if(e.add(r),t.isBigIntegerSchema()||t.isBigDecimalSchema())return!0;if(t.isStructSchema()){for(let[,o]of t.
structIterator())if(Wa(o,e))return!0}else if(t.isListSchema()||t.isMapSchema()){if(Wa(t.getValueSchema(),e))return!0}else if(t.isDocumentSchema())return!0;return!1}
var km,$m=p(()=>{X();km=Symbol.for("@aws-sdk/reviver")});var zR,VR=p(()=>{Dn();$();zR=(t,e)=>je(t,e).then(r=>(e?.utf8Encoder??ee)(r))});async function Um(t,e,r){let o;if(Va()&&typeof t?.[Symbol.asyncIterator]=="function"){let s=await je(t,e);typeof Buffer=="function"&&(Buffer.isBuffer(s)?o=s:o=Buffer.
from(s.buffer,s.byteOffset,s.byteLength))}if(o||(o=await zR(t,e)),o.length===0)return{};let n=r&&Ka(r)?qa:void 0;try{return JSON.parse(o,n)}catch(s){throw s?.name===
"SyntaxError"&&Object.defineProperty(s,"$responseBodyText",{value:typeof o=="string"?o:o.toString("utf8")}),s}}var qR,Lm,Fm,Mm,WR,Hm=p(()=>{Dn();VR();Om();Dm();
$m();qR=(t,e)=>Object.keys(t).find(r=>r.toLowerCase()===e.toLowerCase()),Lm=t=>{let e=t;return typeof e=="number"&&(e=e.toString()),e.indexOf(",")>=0&&(e=e.split(
",")[0]),e.indexOf(":")>=0&&(e=e.split(":")[0]),e.indexOf("#")>=0&&(e=e.split("#")[1]),e},Fm=(t,e)=>WR(t,e,["header","code","type"]),Mm=(t,e,r=!1)=>WR(t,e,r?["c\
ode","header","type"]:["type","code","header"]),WR=({headers:t},e,r)=>{for(;r.length>0;)switch(r.shift()){case"header":let n=qR(t??{},"x-amzn-errortype");if(n!==
void 0)return Lm(t[n]);break;case"code":let s=qR(e??{},"code");if(s&&e[s]!==void 0)return Lm(e[s]);break;case"type":if(e?.__type!==void 0)return Lm(e.__type);break}}});var Ja,KR=p(()=>{Ga();X();$();ja();jR();Om();Dm();$m();Hm();Y();Ja=class extends so{settings;constructor(e){super(),this.settings=e}async read(e,r){let o=Ka(e)?
qa:void 0,n;if(typeof r=="string"){if(r.length===0)return{};n=JSON.parse(r,o)}else if(r instanceof Uint8Array&&Va()){if(r.byteLength===0)return{};let s=Buffer.isBuffer(
r)?r:Buffer.from(r.buffer,r.byteOffset,r.byteLength);n=JSON.parse(s,o)}else n=await Um(r,this.serdeContext,e);return this._read(e,n)}readObject(e,r){return this.
_read(e,r)}_read(e,r){let o=r!==null&&typeof r=="object",n=U.of(e);if(o){if(n.isStructSchema())return this._readStruct(n,r);if(Array.isArray(r)&&n.isListSchema()){
let i=n.getValueSchema();if(this.needsTransform(i))for(let a=0;a<r.length;++a)r[a]=this._read(i,r[a]);return r}if(n.isMapSchema()){let i=n.getValueSchema(),a=r;
if(this.needsTransform(i))for(let c in a)O(a,c)&&(c==="__proto__"&&Vr(a),a[c]=this._read(i,a[c]));return a}}if(n.isBlobSchema()&&typeof r=="string")return Se(r);
let s=n.getMergedTraits().mediaType;if(n.isStringSchema()&&typeof r=="string"&&s)return s==="application/json"||s.endsWith("+json")?Ye.from(r):r;if(n.isTimestampSchema()&&
r!=null)switch(Jo(n,this.settings)){case 5:return pu(r);case 6:return ys(r);case 7:return lu(r);default:return console.warn("Missing timestamp format, parsing v\
alue with Date constructor:",r),new Date(r)}if(n.isBigIntegerSchema()&&(typeof r=="number"||typeof r=="string"))return BigInt(r);if(n.isBigDecimalSchema()&&r!=null){
if(r instanceof xe)return r;let i=r;return i.type==="bigDecimal"&&"string"in i?new xe(i.string,i.type):new xe(String(r),"bigDecimal")}if(n.isNumericSchema()&&typeof r==
"string"){switch(r){case"Infinity":return 1/0;case"-Infinity":return-1/0;case"NaN":return NaN}return r}if(n.isDocumentSchema()&&o)if(Array.isArray(r))for(let i=0;i<
r.length;++i){let a=r[i];a instanceof xe||(r[i]=this._read(n,a))}else{let i=r;for(let a in i){if(!O(i,a))continue;a==="__proto__"&&Vr(i);let c=i[a];c instanceof
xe||(i[a]=this._read(n,c))}}return r}_readStruct(e,r){let o=e.isUnionSchema(),n={},s,i=typeof r.__type=="string",{jsonName:a}=this.settings;a&&i&&(s={});let c;o&&
(c=new za(r,n));for(let[l,d]of e.structIterator()){let u=l;a&&(u=d.getMergedTraits().jsonName??u,i&&(s[u]=l)),o&&c.mark(u),r[u]!=null&&(n[l]=this._read(d,r[u]))}
if(o)c.writeUnknown();else if(i)for(let l in r){if(!O(r,l))continue;let d=r[l],u=a?s[l]??l:l;u in n||(n[u]=d)}return n}needsTransform(e){return!!(e.isBlobSchema()||
e.isTimestampSchema()||e.isBigIntegerSchema()||e.isBigDecimalSchema()||e.isNumericSchema()||e.isDocumentSchema()||e.isStructSchema()||e.isListSchema()||e.isMapSchema()||
e.isStringSchema()&&e.getMergedTraits().mediaType)}}});var Ya,JR,YR=p(()=>{$();Ya=class t extends Uint8Array{string=null;static allocUnsafe(e){if(typeof Buffer=="function"){let r=Buffer.allocUnsafe(e);return new t(r.
buffer,r.byteOffset,r.byteLength)}return new t(e)}toString(){return this.s()}valueOf(){return this.s()}includes(e,r){return typeof e=="string"?this.s().includes(
e,r):Uint8Array.prototype.includes.call(this,e,r)}indexOf(e,r){return typeof e=="string"?this.s().indexOf(e,r):Uint8Array.prototype.indexOf.call(this,e,r)}lastIndexOf(e,r){
if(typeof e=="string")return this.s().lastIndexOf(e,r);let o=Uint8Array.prototype.lastIndexOf;return r!==void 0?o.call(this,e,r):o.call(this,e)}startsWith(e,r){
return this.s().startsWith(e,r)}endsWith(e,r){return this.s().endsWith(e,r)}match(e){return this.s().match(e)}replace(e,r){return this.s().replace(e,r)}search(e){
return this.s().search(e)}split(e,r){return this.s().split(e,r)}substring(e,r){return this.s().substring(e,r)}trim(){return this.s().trim()}trimStart(){return this.
s().trimStart()}trimEnd(){return this.s().trimEnd()}charAt(e){return this.s().charAt(e)}charCodeAt(e){return this.s().charCodeAt(e)}padStart(e,r){return this.s().
padStart(e,r)}padEnd(e,r){return this.s().padEnd(e,r)}repeat(e){return this.s().repeat(e)}toUpperCase(){return this.s().toUpperCase()}toLowerCase(){return this.
s().toLowerCase()}s(){if(this.string==null){let e=Date.now();e>JR+6e4&&(console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string meth\
od on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error."),JR=e),this.string=ee(this)}return this.
string}},JR=0});function Bm(t){return Ya.allocUnsafe(t)}var Xa,XR,QR,_$,w$,$n,Qa,Za,ZR,I$,T$,C$,Dr,e_,ec,t_=p(()=>{Ga();X();$();ja();Y();YR();Xa=new TextEncoder,XR=123,QR=125,_$=
91,w$=93,$n=34,Qa=58,Za=44,ZR=92,I$=new Uint8Array([116,114,117,101]),T$=new Uint8Array([102,97,108,115,101]),C$=new Uint8Array([110,117,108,108]),Dr=new Array(
128).fill(null);Dr[8]="b";Dr[9]="t";Dr[10]="n";Dr[12]="f";Dr[13]="r";Dr[34]='"';Dr[92]="\\";for(let t=0;t<32;t++)Dr[t]===null&&(Dr[t]="u00"+t.toString(16).padStart(
2,"0"));e_=2048;ec=class t extends so{settings;json;i=0;rootSchema;rawValue;passthrough=!1;constructor(e){super(),this.settings=e,this.json=Bm(e_)}write(e,r){this.
i=0,this.rawValue=r,this.rootSchema=U.of(e),this.passthrough=this.rootSchema.isBlobSchema()||this.rootSchema.isStringSchema(),this.passthrough||this.writeValue(
this.rootSchema,r,void 0)}writeDiscriminatedDocument(e,r){this.i=0,this.rootSchema=U.of(e);let o=this.rootSchema;if(o.isStructSchema()&&r!=null&&typeof r=="obje\
ct"){this.writeValue(o,r,void 0);let n=`"__type":"${o.getName(!0)??"Unknown"}",`,s=n.length;this.ensure(s),this.json.copyWithin(1+s,1,this.i),Xa.encodeInto(n,this.
json.subarray(1)),this.i+=s}else this.writeValue(o,r,void 0)}flush(){this.rootSchema=void 0;let e=this.i;this.i=0;let r=this.rawValue;if(this.rawValue=void 0,e===
0)return r;let o=this.json.subarray(0,e);return this.json=Bm(e_),o}ensure(e){let{i:r,json:o}=this;if(r+e>o.length){let n=o.length*2;for(;n<r+e;)n*=2;let s=Bm(n);
s.set(this.json),this.json=s}}writeAscii(e){let r=e.length;this.ensure(r);let{i:o,json:n}=this;for(let s=0;s<r;++s)n[o]=e.charCodeAt(s),o+=1;this.i=o}writeAsciiQuoted(e){
let r=e.length;this.ensure(r+4);let{json:o,i:n}=this;o[n++]=$n;for(let s=0;s<r;++s)o[n++]=e.charCodeAt(s);o[n++]=$n,this.i=n}writeJsonString(e){let r=e.length;this.
ensure(r*3+2),this.json[this.i++]=$n;for(let o=0;o<r;++o){let n=e.charCodeAt(o);if(n>34&&n<92)this.json[this.i++]=n;else if(n<128){let s=Dr[n];if(s!==null){this.
ensure(s.length+1+(r-o-1)*3+1),this.json[this.i++]=ZR;for(let i=0;i<s.length;i++)this.json[this.i++]=s.charCodeAt(i)}else this.json[this.i++]=n}else if(n>=55296&&
n<=56319){let s=o+1<r?e.charCodeAt(o+1):0;if(s>=56320&&s<=57343){this.ensure(4);let{written:i}=Xa.encodeInto(e.substring(o,o+2),this.json.subarray(this.i));this.
i+=i,++o}else this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n)}else if(n>=56320&&n<=57343)this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n);else{let{i:s,
json:i}=this;n<2048?(i[s++]=192|n>>6,i[s++]=128|n&63):(i[s++]=224|n>>12,i[s++]=128|n>>6&63,i[s++]=128|n&63),this.i=s}}this.json[this.i++]=$n}writeUnicodeEscape(e){
let{json:r,i:o}=this;r[o++]=ZR,r[o++]=117;let n=e.toString(16).padStart(4,"0");for(let s=0;s<4;++s)r[o++]=n.charCodeAt(s);this.i=o}static B64=(()=>{let e="ABCDE\
FGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",r=new Uint8Array(64);for(let o=0;o<64;++o)r[o]=e.charCodeAt(o);return r})();writeBase64(e){let r=Math.
ceil(e.length/3)*4;this.ensure(r+2);let o=this.json,n=t.B64,s=this.i;o[s++]=$n;let i=e.length,a=i%3,c=i-a;for(let l=0;l<c;l+=3){let d=e[l],u=e[l+1],m=e[l+2];o[s++]=
n[d>>2],o[s++]=n[(d&3)<<4|u>>4],o[s++]=n[(u&15)<<2|m>>6],o[s++]=n[m&63]}if(a===2){let l=e[c],d=e[c+1];o[s++]=n[l>>2],o[s++]=n[(l&3)<<4|d>>4],o[s++]=n[(d&15)<<2],
o[s++]=61}else if(a===1){let l=e[c];o[s++]=n[l>>2],o[s++]=n[(l&3)<<4],o[s++]=61,o[s++]=61}o[s++]=$n,this.i=s}writeValue(e,r,o){if(r==null){if(o?.isStructSchema()){
if(r===void 0&&U.of(e).isIdempotencyToken()){this.writeAsciiQuoted(Nn());return}return}this.ensure(4),this.json.set(C$,this.i),this.i+=4;return}let n=U.of(e),s=typeof r==
"object";if(n.isStringSchema()){let i=n.getMergedTraits().mediaType;if(i&&(i==="application/json"||i.endsWith("+json"))){this.writeJsonString(Ye.from(r).toString());
return}}if(this.settings.bigNumberAsString&&r!=null&&(n.isBigIntegerSchema()||n.isBigDecimalSchema())){let i=r instanceof xe?r.string:String(r);this.writeAsciiQuoted(
i);return}if(s){if(n.isStructSchema()){this.writeStruct(n,r);return}if(Array.isArray(r)&&(n.isListSchema()||n.isDocumentSchema())){this.writeList(n,r,n.isDocumentSchema());
return}if(n.isMapSchema()){this.writeMap(n,r,!1);return}if(r instanceof Uint8Array&&(n.isBlobSchema()||n.isDocumentSchema())){this.writeBase64(r);return}if(r instanceof
Date&&(n.isTimestampSchema()||n.isDocumentSchema())){this.writeTimestamp(n,r);return}if(r instanceof xe){this.writeAscii(r.string);return}if(n.isDocumentSchema()){
Array.isArray(r)?this.writeList(n,r,!0):this.writeMap(n,r,!0);return}let i=JSON.stringify(r);this.writeAscii(i);return}if(typeof r=="string"){if(n.isBlobSchema()){
let i=(this.serdeContext?.base64Encoder??ue)(r);this.writeAsciiQuoted(i);return}this.writeJsonString(r);return}if(typeof r=="number"){if(Math.abs(r)===1/0||Number.
isNaN(r)){this.writeAsciiQuoted(String(r));return}let i=String(r);this.writeAscii(i);return}if(typeof r=="boolean"){this.ensure(5);let{i,json:a}=this;r?(a.set(I$,
i),i+=4):(a.set(T$,i),i+=5),this.i=i;return}if(typeof r=="bigint"){this.writeAscii(r.toString());return}this.writeAscii(String(r))}writeStruct(e,r){this.ensure(
2),this.json[this.i++]=XR;let o=!1,n=typeof r.__type=="string",s;n&&(s=new Set);for(let[i,a]of e.structIterator()){let c=r[i];if(c==null&&!a.isIdempotencyToken())
continue;o&&(this.ensure(1),this.json[this.i++]=Za),o=!0;let l=this.settings.jsonName?a.getMergedTraits().jsonName??i:i;s&&(s.add(i),s.add(l)),this.writeAsciiQuoted(
l),this.json[this.i++]=Qa,this.writeValue(a,c,e)}if(!o&&e.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i;this.writeAsciiQuoted(a),this.ensure(
1),this.json[this.i++]=Qa,this.writeValue(15,c,e)}}else if(n)for(let i in r){if(s.has(i))continue;s.add(i);let a=r[i];o&&(this.ensure(1),this.json[this.i++]=Za),
o=!0,this.writeAsciiQuoted(i),this.ensure(1),this.json[this.i++]=Qa,this.writeValue(15,a,void 0)}this.ensure(1),this.json[this.i++]=QR}writeList(e,r,o){let n=!!e.
getMergedTraits().sparse,s=e.getValueSchema();if(!o&&(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let a=!1;for(let l=0;l<r.length;++l){let d=r[l];
if(Number.isNaN(d)||d===1/0||d===-1/0||d==null&&!n){a=!0;break}}let c;if(!a)c=JSON.stringify(r);else{let l=[];for(let d=0;d<r.length;++d){let u=r[d];u==null&&!n||
(Number.isNaN(u)||u===1/0||u===-1/0?l.push(String(u)):l.push(u))}c=JSON.stringify(l)}this.ensure(c.length*3),this.i+=Xa.encodeInto(c,this.json.subarray(this.i)).
written;return}this.ensure(2),this.json[this.i++]=_$;let i=!1;for(let a=0;a<r.length;++a){let c=r[a];(o?c===void 0:c==null&&!n)||(i&&(this.ensure(1),this.json[this.
i++]=Za),this.writeValue(s,c,void 0),i=!0)}this.ensure(1),this.json[this.i++]=w$}writeMap(e,r,o){let n=!!e.getMergedTraits().sparse,s=e.getValueSchema();if(!o&&
(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let a;for(let l in r){if(!O(r,l))continue;let d=r[l];Number.isNaN(d)||d===1/0||d===-1/0?((a??={})[l]=
d,r[l]=String(d)):d===null&&!n&&((a??={})[l]=null,r[l]=void 0)}let c=JSON.stringify(r);a&&Object.assign(r,a),this.ensure(c.length*3),this.i+=Xa.encodeInto(c,this.
json.subarray(this.i)).written;return}this.ensure(2),this.json[this.i++]=XR;let i=!0;for(let a in r){if(!O(r,a))continue;let c=r[a];(o?c===void 0:c==null&&!n)||
(i||(this.ensure(1),this.json[this.i++]=Za),i=!1,this.writeJsonString(a),this.ensure(1),this.json[this.i++]=Qa,this.writeValue(s,c,void 0))}this.ensure(1),this.
json[this.i++]=QR}writeTimestamp(e,r){switch(Jo(e,this.settings)){case 5:{let n=r.toISOString().replace(".000Z","Z");this.writeAsciiQuoted(n);return}case 6:{this.
writeAsciiQuoted(Ho(r));return}case 7:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}default:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}}}}});var Yo,r_=p(()=>{ja();KR();t_();Yo=class extends so{settings;constructor(e){super(),this.settings=e}createSerializer(){let e=new ec(this.settings);return e.setSerdeContext(
this.serdeContext),e}createDeserializer(){let e=new Ja(this.settings);return e.setSerdeContext(this.serdeContext),e}}});var F=p(()=>{Dn();Cm();NR();DR();Am();kR();LR();Ga();Y();Y();UR();BR();bm();GR();Y();Hm();r_()});var o_,n_,Gt,s_=p(()=>{F();o_=t=>e=>async r=>{if(!j.isInstance(r.request))return e(r);let{request:o}=r,{handlerProtocol:n=""}=t.requestHandler.metadata||{};if(n.
indexOf("h2")>=0&&!o.headers[":authority"])delete o.headers.host,o.headers[":authority"]=o.hostname+(o.port?":"+o.port:"");else if(!o.headers.host){let s=o.hostname;
o.port!=null&&(s+=`:${o.port}`),o.headers.host=s}return e(r)},n_={name:"hostHeaderMiddleware",step:"build",priority:"low",tags:["HOST"],override:!0},Gt=t=>({applyToStack:e=>{
e.add(o_(t),n_)}})});var i_,a_,jt,c_=p(()=>{v();i_=()=>(t,e)=>async r=>{try{let o=await t(r),{logger:n}=e,s=n instanceof Re;if(n&&!s){let{clientName:i,commandName:a,dynamoDbDocumentClientOptions:c={}}=e,
{overrideInputFilterSensitiveLog:l,overrideOutputFilterSensitiveLog:d}=c,u=l??e.inputFilterSensitiveLog,m=d??e.outputFilterSensitiveLog,{$metadata:f,...g}=o.output;
n.info?.({clientName:i,commandName:a,input:u(r.input),output:m(g),metadata:f})}return o}catch(o){let{clientName:n,commandName:s,logger:i,dynamoDbDocumentClientOptions:a={}}=e,
{overrideInputFilterSensitiveLog:c}=a,l=c??e.inputFilterSensitiveLog;throw i?.error?.({clientName:n,commandName:s,input:l(r.input),error:o,metadata:o.$metadata}),
o}},a_={name:"loggerMiddleware",tags:["LOGGER"],step:"initialize",override:!0},jt=t=>({applyToStack:e=>{e.add(i_(),a_)}})});var p_,l_=p(()=>{p_={step:"build",tags:["RECURSION_DETECTION","TRACE_CONTEXT_PROPAGATION"],name:"recursionDetectionMiddleware",override:!0,priority:"low"}});var u_=Fd((oQ,d_)=>{d_.exports=require("node:async_hooks")});var io,Gm,tc,jm,zm,Bs,m_=p(()=>{io={REQUEST_ID:Symbol.for("_AWS_LAMBDA_REQUEST_ID"),X_RAY_TRACE_ID:Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),TENANT_ID:Symbol.for(
"_AWS_LAMBDA_TENANT_ID"),TRACEPARENT:Symbol.for("_AWS_LAMBDA_TRACEPARENT"),TRACESTATE:Symbol.for("_AWS_LAMBDA_TRACESTATE"),BAGGAGE:Symbol.for("_AWS_LAMBDA_BAGGA\
GE")},Gm=["true","1"].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA??"");Gm||(globalThis.awslambda=globalThis.awslambda||{});tc=class{static PROTECTED_KEYS=io;isProtectedKey(e){
return Object.values(io).includes(e)}getRequestId(){return this.get(io.REQUEST_ID)??"-"}getXRayTraceId(){return this.get(io.X_RAY_TRACE_ID)}getTenantId(){return this.
get(io.TENANT_ID)}getTraceparent(){return this.get(io.TRACEPARENT)}getTracestate(){return this.get(io.TRACESTATE)}getBaggage(){return this.get(io.BAGGAGE)}},jm=
class extends tc{currentContext;getContext(){return this.currentContext}hasContext(){return this.currentContext!==void 0}get(e){return this.currentContext?.[e]}set(e,r){
if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);this.currentContext=this.currentContext||{},this.currentContext[e]=
r}run(e,r){return this.currentContext=e,r()}},zm=class t extends tc{als;static async create(){let e=new t,r=await Promise.resolve().then(()=>Ur(u_()));return e.
als=new r.AsyncLocalStorage,e}getContext(){return this.als.getStore()}hasContext(){return this.als.getStore()!==void 0}get(e){return this.als.getStore()?.[e]}set(e,r){
if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);let o=this.als.getStore();if(!o)throw new Error("No cont\
ext available");o[e]=r}run(e,r){return this.als.run(e,r)}};(function(t){let e=null;async function r(o){return e||(e=(async()=>{let s=o===!0||"AWS_LAMBDA_MAX_CON\
CURRENCY"in process.env?await zm.create():new jm;return!Gm&&globalThis.awslambda?.InvokeStore?globalThis.awslambda.InvokeStore:(!Gm&&globalThis.awslambda&&(globalThis.
awslambda.InvokeStore=s),s)})()),e}t.getInstanceAsync=r,t._testing=process.env.AWS_LAMBDA_BENCHMARK_MODE==="1"?{reset:()=>{e=null,globalThis.awslambda?.InvokeStore&&
delete globalThis.awslambda.InvokeStore,globalThis.awslambda={InvokeStore:void 0}}}:void 0})(Bs||(Bs={}))});function b$(t){for(let e of Object.keys(t)){let r=e.toLowerCase();e!==r&&(r===qm||r===f_||r===g_)&&(t[r]=t[e],delete t[e])}}var v$,A$,Vm,qm,f_,g_,h_,y_=p(()=>{m_();
F();v$="AWS_LAMBDA_FUNCTION_NAME",A$="_X_AMZN_TRACE_ID",Vm="X-Amzn-Trace-Id",qm="traceparent",f_="tracestate",g_="baggage",h_=()=>t=>async e=>{let{request:r}=e;
if(!j.isInstance(r))return t(e);let o;{let n=Object.keys(r.headers??{}).find(s=>s.toLowerCase()===Vm.toLowerCase())??Vm;if(!r.headers.hasOwnProperty(n)){let s=process.
env[v$],i=process.env[A$];o??=await Bs.getInstanceAsync();let c=o?.getXRayTraceId()??i,l=d=>typeof d=="string"&&d.length>0;l(s)&&l(c)&&(r.headers[Vm]=c)}}if(b$(
r.headers),!r.headers[qm]){let s=(o??=await Bs.getInstanceAsync())?.getTraceparent?.();if(s){r.headers[qm]=s;let i=o?.getTracestate?.();i&&(r.headers[f_]=i);let a=o?.
getBaggage?.();a&&(r.headers[g_]=a)}}return t(e)}});var zt,E_=p(()=>{l_();y_();zt=t=>({applyToStack:e=>{e.add(h_(),p_)}})});var S_,x_=p(()=>{S_=(t,e)=>{if(!e||e.length===0)return t;let r=[];for(let o of e)for(let n of t)n.schemeId.split("#")[1]===o&&r.push(n);for(let o of t)r.find(({
schemeId:n})=>n===o.schemeId)||r.push(o);return r}});function P$(t){let e=new Map;for(let r of t)e.set(r.schemeId,r);return e}var Wm,R_=p(()=>{Y();x_();Wm=(t,e)=>(r,o)=>async n=>{let s=t.httpAuthSchemeProvider(await e.
httpAuthSchemeParametersProvider(t,o,n.input)),i=t.authSchemePreference?await t.authSchemePreference():[],a=S_(s,i),c=P$(t.httpAuthSchemes),l=te(o),d=[];for(let u of a){
let m=c.get(u.schemeId);if(!m){d.push(`HttpAuthScheme \`${u.schemeId}\` was not enabled for this service.`);continue}let f=m.identityProvider(await e.identityProviderConfigProvider(
t));if(!f){d.push(`HttpAuthScheme \`${u.schemeId}\` did not have an IdentityProvider configured.`);continue}let{identityProperties:g={},signingProperties:h={}}=u.
propertiesExtractor?.(t,o)||{};u.identityProperties=Object.assign(u.identityProperties||{},g),u.signingProperties=Object.assign(u.signingProperties||{},h),l.selectedHttpAuthScheme=
{httpAuthOption:u,identity:await f(u.identityProperties),signer:m.signer};break}if(!l.selectedHttpAuthScheme)throw new Error(d.join(`
`));return r(n)}});var Km,lt,__=p(()=>{R_();Km={step:"serialize",tags:["HTTP_AUTH_SCHEME"],name:"httpAuthSchemeMiddleware",override:!0,relation:"before",toMiddleware:"endpointV2Mi\
ddleware"},lt=(t,{httpAuthSchemeParametersProvider:e,identityProviderConfigProvider:r})=>({applyToStack:o=>{o.addRelativeTo(Wm(t,{httpAuthSchemeParametersProvider:e,
identityProviderConfigProvider:r}),Km)}})});var w_=p(()=>{__()});var O$,N$,Jm,I_=p(()=>{F();Y();O$=t=>e=>{throw e},N$=(t,e)=>{},Jm=t=>(e,r)=>async o=>{if(!j.isInstance(o.request))return e(o);let s=te(r).selectedHttpAuthScheme;
if(!s)throw new Error("No HttpAuthScheme was selected: unable to sign request");let{httpAuthOption:{signingProperties:i={}},identity:a,signer:c}=s,l=await e({...o,
request:await c.sign(o.request,a,i)}).catch((c.errorHandler||O$)(i));return(c.successHandler||N$)(l.response,i),l}});var Ym,dt,T_=p(()=>{I_();Ym={step:"finalizeRequest",tags:["HTTP_SIGNING"],name:"httpSigningMiddleware",aliases:["apiKeyMiddleware","tokenMiddleware","awsAuthMid\
dleware"],override:!0,relation:"after",toMiddleware:"retryMiddleware"},dt=t=>({applyToStack:e=>{e.addRelativeTo(Jm(t),Ym)}})});var C_=p(()=>{T_()});var Rr,v_=p(()=>{Rr=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});var ze,A_=p(()=>{Y();ze=class{authSchemes=new Map;constructor(e){for(let r in e){if(!O(e,r))continue;let o=e[r];o!==void 0&&this.authSchemes.set(r,o)}}getIdentityProvider(e){
return this.authSchemes.get(e)}}});var nt,b_=p(()=>{nt=class{async sign(e,r,o){return e}}});var P_=p(()=>{b_()});var Xm,rc,Gs,oc,O_=p(()=>{Xm=t=>function(r){return Gs(r)&&r.expiration.getTime()-Date.now()<t},rc=Xm(3e5),Gs=t=>t.expiration!==void 0,oc=(t,e,r)=>{if(t===void 0)
return;let o=typeof t!="function"?async()=>Promise.resolve(t):t,n,s,i,a=!1,c=async l=>{s||(s=o(l));try{n=await s,i=!0,a=!1}finally{s=void 0}return n};return e===
void 0?async l=>((!i||l?.forceRefresh)&&(n=await c(l)),n):async l=>((!i||l?.forceRefresh)&&(n=await c(l)),a?n:r(n)?(e(n)&&await c(l),n):(a=!0,n))}});var N_=p(()=>{A_();P_();O_()});var st=p(()=>{w_();C_();v_();N_()});function L$(t){return t===void 0?!0:typeof t=="string"&&t.length<=50}function Vt(t){let e=Rr(t.userAgentAppId??nc),{customUserAgent:r}=t;return Object.assign(t,
{customUserAgent:typeof r=="string"?[[r]]:r,userAgentAppId:async()=>{let o=await e();if(!L$(o)){let n=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?console:
t.logger;typeof o!="string"?n?.warn("userAgentAppId must be a string or undefined."):o.length>50&&n?.warn("The provided userAgentAppId exceeds the maximum lengt\
h of 50 characters.")}return o}})}var nc,Qm=p(()=>{st();nc=void 0});var D_,k_=p(()=>{D_={partitions:[{id:"aws",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aws",implicitGlobalRegion:"us-east-1",name:"aws",supportsDualStack:!0,
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
1.1"}});var U$,F$,$_,L_,Zm=p(()=>{k_();U$=D_,F$="",$_=t=>{let{partitions:e}=U$;for(let o of e){let{regions:n,outputs:s}=o;for(let[i,a]of Object.entries(n))if(i===t)return{
...s,...a}}for(let o of e){let{regionRegex:n,outputs:s}=o;if(new RegExp(n).test(t))return{...s}}let r=e.find(o=>o.id==="aws");if(!r)throw new Error("Provided re\
gion was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.");return{...r.outputs}},L_=()=>F$});var U_,ef,F_=p(()=>{U_=require("node:stream"),ef=t=>t?.body instanceof U_.Readable||typeof ReadableStream<"u"&&t?.body instanceof ReadableStream});var M_,H_,B_,G_,j_,z_=p(()=>{M_=["BandwidthLimitExceeded","EC2ThrottledException","LimitExceededException","PriorRequestNotComplete","ProvisionedThroughputExcee\
dedException","RequestLimitExceeded","RequestThrottled","RequestThrottledException","SlowDown","ThrottledException","Throttling","ThrottlingException","TooManyR\
equestsException","TransactionInProgressException"],H_=["TimeoutError","RequestTimeout","RequestTimeoutException"],B_=[500,502,503,504],G_=["ECONNRESET","ECONNR\
EFUSED","EPIPE","ETIMEDOUT"],j_=["EHOSTUNREACH","ENETUNREACH","ENOTFOUND","EAI_AGAIN"]});function G$(t){return t.code==="ERR_HTTP2_STREAM_ERROR"&&t.message.includes("NGHTTP2_REFUSED_STREAM")}var M$,H$,B$,sc,ic,V_,tf=p(()=>{z_();M$=t=>t?.$retryable!==
void 0,H$=t=>t.$metadata?.clockSkewCorrected,B$=t=>{let e=new Set(["Failed to fetch","NetworkError when attempting to fetch resource","The Internet connection a\
ppears to be offline","Load failed","Network request failed"]);return t&&t instanceof TypeError?e.has(t.message):!1},sc=t=>t.$metadata?.httpStatusCode===429||M_.
includes(t.name)||t.$retryable?.throttling==!0,ic=(t,e=0)=>t?.name!=="AbortError"&&(M$(t)||H$(t)||t.name==="InvalidSignatureException"&&t.message?.includes("Sig\
nature expired")||H_.includes(t.name)||G_.includes(t?.code||"")||j_.includes(t?.code||"")||B_.includes(t.$metadata?.httpStatusCode||0)||B$(t)||G$(t)||t.cause!==
void 0&&e<=10&&ic(t.cause,e+1)),V_=t=>{if(t.$metadata?.httpStatusCode!==void 0){let e=t.$metadata.httpStatusCode;return 500<=e&&e<=599&&!ic(t)}return!1}});var ac,j$,q_,W_=p(()=>{ac=(t,e)=>{if(!e)return t;let r=()=>{},o=new Promise((n,s)=>{let i=()=>s(j$(e));e.aborted?i():typeof e.addEventListener=="function"?(e.addEventListener(
"abort",i,{once:!0}),r=()=>e.removeEventListener("abort",i)):e.onabort=i});return Promise.race([t,o]).finally(r)},j$=t=>{let e=t.reason;return e instanceof Error?
Object.assign(new Error("Request aborted"),{name:"AbortError",cause:e}):Object.assign(new Error(e?String(e):"Request aborted"),{name:"AbortError"})},q_=t=>typeof t==
"object"&&t!==null&&"name"in t&&t.name==="AbortError"});var K_,J_,Y_=p(()=>{K_="amz-sdk-invocation-id",J_="amz-sdk-request"});function X_(t,e){if(Je.isInstance(t))for(let r in t.headers){if(!O(t.headers,r))continue;let o=r.toLowerCase();if(o==="retry-after"){let n=t.headers[r],s=NaN;if(n.
endsWith("GMT"))try{s=(ys(n).getTime()-Date.now())/1e3}catch(i){e?.trace?.("Failed to parse retry-after header"),e?.trace?.(i)}else n.match(/ GMT, ((\d+)|(\d+\.\d+))$/)?
s=Number(n.match(/ GMT, ([\d.]+)$/)?.[1]):n.match(/^((\d+)|(\d+\.\d+))$/)?s=Number(n):Date.parse(n)>=Date.now()&&(s=(Date.parse(n)-Date.now())/1e3);return isNaN(
s)?void 0:new Date(Date.now()+s*1e3)}else if(o==="x-amz-retry-after"){let n=t.headers[r],s=Number(n);if(isNaN(s)){e?.trace?.(`Failed to parse x-amz-retry-after=${n}`);
return}return new Date(Date.now()+s)}}}var Q_=p(()=>{Y();F();$()});var Z_,ew=p(()=>{Z_=t=>t instanceof Error?t:t instanceof Object?Object.assign(new Error,t):typeof t=="string"?new Error(t):new Error(`AWS SDK error wrapper for ${t}`)});function rf(t){return e=>(r,o)=>async n=>{let s=await e.retryStrategy(),i=await e.maxAttempts(),a=o[Er]?.abortSignal;if(z$(s)){s=s;let c=(o.partition_id??"")+(o.
__retryLongPoll?":longpoll":""),l=await ac(s.acquireInitialRetryToken(c),a),d=new Error,u=0,m=0,{request:f}=n,g=j.isInstance(f);for(g&&(f.headers[K_]=Tm());;)try{
g&&(f.headers[J_]=`attempt=${u+1}; max=${i}`);let{response:h,output:y}=await r(n);return s.recordSuccess(l),y.$metadata.attempts=u+1,y.$metadata.totalRetryDelay=
m,{response:h,output:y}}catch(h){let y=V$(h,e.logger);if(d=Z_(h),g&&t(f))throw(o.logger instanceof Re?console:o.logger)?.warn("An error was encountered in a non\
-retryable streaming request."),d;try{if(a?.aborted)throw d;l=await ac(s.refreshRetryTokenForRetry(l,y),a)}catch(x){throw x!==d&&a?.aborted&&q_(x)?x:(d.$metadata||
(d.$metadata={}),d.$metadata.attempts=u+1,d.$metadata.totalRetryDelay=m,d)}u=l.getRetryCount();let S=l.getRetryDelay();m+=(l?.$retryLog?.acquisitionDelay??0)+S,
S>0&&await ac(new Promise(x=>setTimeout(x,S)),a)}}else return s=s,s?.mode&&(o.userAgent=[...o.userAgent||[],["cfg/retry-mode",s.mode]]),s.retry(r,n)}}function tw(t){
let e=rf(t);return r=>({applyToStack:o=>{o.add(e(r),W$)}})}var z$,V$,q$,W$,rw=p(()=>{v();F();$();br();tf();W_();Y_();Q_();ew();z$=t=>typeof t.acquireInitialRetryToken<
"u"&&typeof t.refreshRetryTokenForRetry<"u"&&typeof t.recordSuccess<"u",V$=(t,e)=>{let r={error:t,errorType:q$(t)},o=X_(t.$response,e);return o&&(r.retryAfterHint=
o),r},q$=t=>sc(t)?"THROTTLING":ic(t)?"TRANSIENT":V_(t)?"SERVER_ERROR":"CLIENT_ERROR",W$={name:"retryMiddleware",tags:["RETRY"],step:"finalizeRequest",priority:"\
high",override:!0}});var cc,ow=p(()=>{tf();cc=class t{static setTimeoutFn=(e,r)=>setTimeout(e,r);beta;minCapacity;minFillRate;scaleConstant;smooth;enabled=!1;availableTokens=0;lastMaxRate=0;measuredTxRate=0;requestCount=0;fillRate;lastThrottleTime;lastTimestamp=0;lastTxRateBucket;maxCapacity;timeWindow=0;constructor(e){
this.beta=e?.beta??.7,this.minCapacity=e?.minCapacity??1,this.minFillRate=e?.minFillRate??.5,this.scaleConstant=e?.scaleConstant??.4,this.smooth=e?.smooth??.8,this.
lastThrottleTime=this.getCurrentTimeInSeconds(),this.lastTxRateBucket=Math.floor(this.getCurrentTimeInSeconds()),this.fillRate=this.minFillRate,this.maxCapacity=
this.minCapacity}async getSendToken(){return this.acquireTokenBucket(1)}updateClientSendingRate(e){let r;this.updateMeasuredRate();let o=e;if(o?.errorType==="TH\
ROTTLING"||sc(o?.error??e)){let i=this.enabled?Math.min(this.measuredTxRate,this.fillRate):this.measuredTxRate;this.lastMaxRate=i,this.calculateTimeWindow(),this.
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
return parseFloat(e.toFixed(8))}}});var qt,pc=p(()=>{qt=class{static v2026=!0;static delay(){return 50}static throttlingDelay(){return 1e3}static cost(){return 14}static throttlingCost(){return 5}static modifiedCostType(){
return"THROTTLING"}}});var lc,nw=p(()=>{pc();lc=class{x=qt.delay();computeNextBackoffDelay(e){let n=Math.random()*Math.min(this.x*2**e,2e4);return Math.floor(n)}setDelayBase(e){this.x=
e}}});var js,sw=p(()=>{js=class{delay;count;cost;longPoll;$retryLog={acquisitionDelay:0};constructor(e,r,o,n){this.delay=e,this.count=r,this.cost=o,this.longPoll=n}getRetryCount(){
return this.count}getRetryDelay(){return Math.min(2e4,this.delay)}getRetryCost(){return this.cost}isLongPoll(){return this.longPoll}}});var Wt,ao,it,zs=p(()=>{(function(t){t.STANDARD="standard",t.ADAPTIVE="adaptive"})(Wt||(Wt={}));ao=3,it=Wt.STANDARD});var dc,Xo,of=p(()=>{nw();sw();zs();pc();dc={incompatible:1,attempts:2,capacity:3},Xo=class{mode=Wt.STANDARD;retryBackoffStrategy;capacity=500;maxAttemptsProvider;baseDelay;constructor(e){
typeof e=="number"?this.maxAttemptsProvider=async()=>e:typeof e=="function"?this.maxAttemptsProvider=e:e&&typeof e=="object"&&(this.maxAttemptsProvider=async()=>e.
maxAttempts,this.baseDelay=e.baseDelay,this.retryBackoffStrategy=e.backoff),this.maxAttemptsProvider??=async()=>ao,this.baseDelay??=qt.delay(),this.retryBackoffStrategy??=
new lc}async acquireInitialRetryToken(e){return new js(qt.delay(),0,void 0,e.includes(":longpoll"))}async refreshRetryTokenForRetry(e,r){let o=await this.getMaxAttempts(),
n=this.retryCode(e,r,o),s=n===0,i=e.isLongPoll?.();if(s||i){let a=r.errorType;this.retryBackoffStrategy.setDelayBase(a==="THROTTLING"?qt.throttlingDelay():this.
baseDelay);let c=this.retryBackoffStrategy.computeNextBackoffDelay(e.getRetryCount()),l=c;if(r.retryAfterHint instanceof Date&&(l=Math.max(c,Math.min(r.retryAfterHint.
getTime()-Date.now(),c+5e3))),s){let d=this.getCapacityCost(a);this.capacity-=d;let u=new js(0,e.getRetryCount()+1,d,e.isLongPoll?.()??!1);return await new Promise(
m=>setTimeout(m,l)),u.$retryLog.acquisitionDelay=l,u}else{let d=n===dc.capacity&&i?l:0;d>0&&await new Promise(u=>setTimeout(u,d))}}throw new Error("No retry tok\
en available")}recordSuccess(e){this.capacity=Math.min(500,this.capacity+(e.getRetryCost()??1))}getCapacity(){return this.capacity}async maxAttempts(){return this.
maxAttemptsProvider()}async getMaxAttempts(){try{return await this.maxAttemptsProvider()}catch{return console.warn(`Max attempts provider could not resolve. Usi\
ng default of ${ao}`),ao}}retryCode(e,r,o){let n=e.getRetryCount()+1,s=this.isRetryableError(r.errorType)?0:dc.incompatible,i=n<o?0:dc.attempts,a=this.capacity>=
this.getCapacityCost(r.errorType)?0:dc.capacity;return s||i||a}getCapacityCost(e){return e===qt.modifiedCostType()?qt.throttlingCost():qt.cost()}isRetryableError(e){
return e==="THROTTLING"||e==="TRANSIENT"}}});var uc,iw=p(()=>{ow();of();zs();uc=class{mode=Wt.ADAPTIVE;rateLimiter;standardRetryStrategy;constructor(e,r){let{rateLimiter:o}=r??{};this.rateLimiter=o??new cc,
this.standardRetryStrategy=r?new Xo({maxAttempts:typeof e=="number"?e:3,...r}):new Xo(e)}async acquireInitialRetryToken(e){let r=await this.standardRetryStrategy.
acquireInitialRetryToken(e);return await this.rateLimiter.getSendToken(),r}async refreshRetryTokenForRetry(e,r){this.rateLimiter.updateClientSendingRate(r);let o=await this.
standardRetryStrategy.refreshRetryTokenForRetry(e,r);return await this.rateLimiter.getSendToken(),o}recordSuccess(e){this.rateLimiter.updateClientSendingRate({}),
this.standardRetryStrategy.recordSuccess(e)}async maxAttemptsProvider(){return this.standardRetryStrategy.maxAttempts()}}});var nf,sf,Kt,Jt,aw,cw,Yt,pw=p(()=>{v();iw();of();zs();pc();nf="AWS_MAX_ATTEMPTS",sf="max_attempts",Kt={environmentVariableSelector:t=>{let e=t[nf];if(!e)return;
let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Environment variable ${nf} mast be a number, got "${e}"`);return r},configFileSelector:t=>{let e=t[sf];if(!e)
return;let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Shared config file entry ${sf} mast be a number, got "${e}"`);return r},default:ao},Jt=(t,e)=>{let{
retryStrategy:r,retryMode:o}=t,{defaultMaxAttempts:n=ao,defaultBaseDelay:s=qt.delay()}=e??{},i=W(t.maxAttempts??n),a=r?Promise.resolve(r):void 0,c=async()=>{let l=await i();
return await W(o)()===Wt.ADAPTIVE?new uc(i,{maxAttempts:l,baseDelay:s}):new Xo({maxAttempts:l,baseDelay:s})};return Object.assign(t,{maxAttempts:i,retryStrategy:()=>a??=
c()})},aw="AWS_RETRY_MODE",cw="retry_mode",Yt={environmentVariableSelector:t=>t[aw],configFileSelector:t=>t[cw],default:it}});var GZ,cr,ut=p(()=>{F_();rw();zs();pw();GZ=rf(ef),cr=tw(ef)});async function lw(t,e,r){if(r.request?.headers?.["smithy-protocol"]==="rpc-v2-cbor"&&vr(t,"PROTOCOL_RPC_V2_CBOR","M"),typeof e.retryStrategy=="function"){let s=await e.
retryStrategy();if(typeof s.mode=="string")switch(s.mode){case Wt.ADAPTIVE:vr(t,"RETRY_MODE_ADAPTIVE","F");break;case Wt.STANDARD:vr(t,"RETRY_MODE_STANDARD","E");
break}}if(typeof e.accountIdEndpointMode=="function"){let s=t.endpointV2;switch(String(s?.url?.hostname).match(Y$)&&vr(t,"ACCOUNT_ID_ENDPOINT","O"),await e.accountIdEndpointMode?.()){case"\
disabled":vr(t,"ACCOUNT_ID_MODE_DISABLED","Q");break;case"preferred":vr(t,"ACCOUNT_ID_MODE_PREFERRED","P");break;case"required":vr(t,"ACCOUNT_ID_MODE_REQUIRED",
"R");break}}let n=t.__smithy_context?.selectedHttpAuthScheme?.identity;if(n?.$source){let s=n;s.accountId&&vr(t,"RESOLVED_ACCOUNT_ID","T");for(let[i,a]of Object.
entries(s.$source??{}))vr(t,i,a)}}var Y$,dw=p(()=>{ut();My();Y$=/\d{12}\.ddb/});var af,mc,uw,mw,fw=p(()=>{af="user-agent",mc="x-amz-user-agent",uw=/[^!$%&'*+\-.^_`|~\w]/g,mw=/[^!$%&'*+\-.^_`|~\w#]/g});function gw(t){let e="";for(let r in t){let o=t[r];if(e.length+o.length+1<=1024){e.length?e+=","+o:e+=o;continue}break}return e}var hw=p(()=>{});var Sw,fc,xw,Xt,Rw=p(()=>{F();Zm();dw();fw();hw();Sw=t=>(e,r)=>async o=>{let{request:n}=o;if(!j.isInstance(n))return e(o);let{headers:s}=n,i=r?.userAgent?.map(fc)||
[],a=(await t.defaultUserAgentProvider()).map(fc);await lw(r,t,o);let c=r;a.push(`m/${gw(Object.assign({},r.__smithy_context?.features,c.__aws_sdk_context?.features))}`);
let l=t?.customUserAgent?.map(fc)||[],d=await t.userAgentAppId();d&&a.push(fc(["app",`${d}`]));let u=L_(),m=(u?[u]:[]).concat([...a,...i,...l]).join(" "),f=[...a.
filter(g=>g.startsWith("aws-sdk-")),...l].join(" ");return t.runtime!=="browser"?(f&&(s[mc]=s[mc]?`${s[af]} ${f}`:f),s[af]=m):s[mc]=m,e({...o,request:n})},fc=t=>{
let e=t[0].split("/").map(i=>i.replace(uw,"-")).join("/"),r=t[1]?.replace(mw,"-"),o=e.indexOf("/"),n=e.substring(0,o),s=e.substring(o+1);return n==="api"&&(s=s.
toLowerCase()),[n,s,r].filter(i=>i&&i.length>0).reduce((i,a,c)=>{switch(c){case 0:return a;case 1:return`${i}/${a}`;default:return`${i}#${a}`}},"")},xw={name:"g\
etUserAgentMiddleware",step:"build",priority:"low",tags:["SET_USER_AGENT","USER_AGENT"],override:!0},Xt=t=>({applyToStack:e=>{e.add(Sw(t),xw)}})});var gc,_w,ww=p(()=>{gc=require("node:process"),_w=()=>{let t=["deno","bun","llrt"];for(let e of t)if(gc.versions[e])return[`md/${e}`,gc.versions[e]];return["md/\
nodejs",gc.versions.node]}});var pf,Iw=p(()=>{pf={isCrtAvailable:!1}});var Tw,Cw=p(()=>{Iw();Tw=()=>pf.isCrtAvailable?["md/crt-avail"]:null});var hc,lf,Qt,vw=p(()=>{hc=require("node:os"),lf=require("node:process");ww();Cw();Qt=({serviceId:t,clientVersion:e})=>{let r=_w();return async o=>{let n=[["aws-\
sdk-js",e],["ua","2.1"],[`os/${(0,hc.platform)()}`,(0,hc.release)()],["lang/js"],r],s=Tw();s&&n.push(s),t&&n.push([`api/${t}`,e]),lf.env.AWS_EXECUTION_ENV&&n.push(
[`exec-env/${lf.env.AWS_EXECUTION_ENV}`]);let i=await o?.userAgentAppId?.();return i?[...n,[`app/${i}`]]:[...n]}}});var Aw,bw,X$,Zt,Pw=p(()=>{Qm();Aw="AWS_SDK_UA_APP_ID",bw="sdk_ua_app_id",X$="sdk-ua-app-id",Zt={environmentVariableSelector:t=>t[Aw],configFileSelector:t=>t[bw]??
t[X$],default:nc}});var Ow=p(()=>{K()});var df,Nw=p(()=>{K();Ow();df=(t,e=!1)=>{if(e){for(let r of t.split("."))if(!df(r))return!1;return!0}return!(!Pr(t)||t.length<3||t.length>63||t!==t.toLowerCase()||
Pn(t))}});var Dw,kw=p(()=>{Dw=t=>{let e=t.split(":");if(e.length<6)return null;let[r,o,n,s,i,...a]=e;if(r!=="arn"||o===""||n===""||a.join(":")==="")return null;let c=a.map(
l=>l.split("/")).flat();return{partition:o,service:n,region:s,accountId:i,resourceId:c}}});var mt,$w=p(()=>{K();Nw();kw();Zm();mt={isVirtualHostableS3Bucket:df,parseArn:Dw,partition:$_};Pe.aws=mt});function uf(t={}){return I({...be,async default(){return Lw.silence||console.warn("@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credenti\
al-providers README and set a region explicitly."),"us-east-1"}},{...tt,...t})}var Lw,Uw=p(()=>{L();Lw={silence:!1}});var er,tr,Fw=p(()=>{er=t=>({setRegion(e){t.region=e},region(){return t.region}}),tr=t=>({region:t.region()})});var M=p(()=>{Uy();Fy();Hy();s_();c_();E_();Qm();Rw();vw();Pw();$w();Uw();Fw()});var yc,Ec,Mw=p(()=>{F();yc=t=>Je.isInstance(t)?t.headers?.date??t.headers?.Date:void 0,Ec=t=>Je.isInstance(t)?t.headers?.age??t.headers?.Age:void 0});var Vs,Hw=p(()=>{Vs=t=>new Date(Date.now()+t)});var Sc,Bw=p(()=>{Sc=(t,e,r,o)=>{if(o!==void 0)return e;let n=Date.parse(t);if(Number.isNaN(n))return e;let s=Date.now();return r!==void 0&&s-r>9e5?e:n-s}});var mf=p(()=>{Mw();Hw();Bw()});var qs,Q$,Ws,fe,ff=p(()=>{F();br();mf();qs=(t,e)=>{if(!e)throw new Error(`Property \`${t}\` is not resolved for AWS SDK SigV4Auth`);return e},Q$=t=>t.context?.[Er]?.
eventStream?.output===!0,Ws=async t=>{let e=qs("context",t.context),r=qs("config",t.config),o=e.endpointV2?.properties?.authSchemes?.[0],s=await qs("signer",r.signer)(
o),i=t?.signingRegion,a=t?.signingRegionSet,c=t?.signingName;return{config:r,signer:s,signingRegion:i,signingRegionSet:a,signingName:c}},fe=class{async sign(e,r,o){
if(!j.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");let n=await Ws(o),{config:s,signer:i}=n,{signingRegion:a,
signingName:c}=n,l=o.context;if(l?.authSchemes?.length??!1){let[f,g]=l.authSchemes;f?.name==="sigv4a"&&g?.name==="sigv4"&&(a=g?.signingRegion??a,c=g?.signingName??
c)}let d=await s.disableClockSkewCorrection?.()===!0;o._disableClockSkewCorrection=d;let u=d||Q$(o);return o._skipClockSkewSampling=u,u||(o._preRequestSystemClockOffset=
s.systemClockOffset,o._requestSentAt=Date.now()),await i.sign(e,{signingDate:d?new Date:Vs(s.systemClockOffset),signingRegion:a,signingService:c})}errorHandler(e){
return r=>{let o=r;if(!e._skipClockSkewSampling&&!e._disableClockSkewCorrection){let n=o.ServerTime??yc(o.$response);if(n){let s=qs("config",e.config),i=e._preRequestSystemClockOffset,
a=e._requestSentAt,c=Ec(o.$response),l=Sc(n,s.systemClockOffset,a,c);s.systemClockOffset=l,Math.abs(l)>=24e4&&(l!==i||i!==void 0&&i!==l)&&o.$metadata&&(o.$metadata.
clockSkewCorrected=!0)}}throw r}}successHandler(e,r){if(r._skipClockSkewSampling||r._disableClockSkewCorrection)return;let o=yc(e);if(o){let n=qs("config",r.config),
s=r._requestSentAt,i=Ec(e);n.systemClockOffset=Sc(o,n.systemClockOffset,s,i)}}}});var co,Gw=p(()=>{F();mf();ff();co=class extends fe{async sign(e,r,o){if(!j.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and ca\
nnot be signed");let{config:n,signer:s,signingRegion:i,signingRegionSet:a,signingName:c}=await Ws(o),d=(await n.sigv4aSigningRegionSet?.()??a??[i]).join(","),u=await n.
disableClockSkewCorrection?.()===!0;return o._disableClockSkewCorrection=u,u||(o._preRequestSystemClockOffset=n.systemClockOffset,o._requestSentAt=Date.now()),await s.
sign(e,{signingDate:u?new Date:Vs(n.systemClockOffset),signingRegion:d,signingService:c})}}});var gf,jw=p(()=>{gf=t=>typeof t=="string"&&t.length>0?t.split(",").map(e=>e.trim()):[]});var zw,Vw=p(()=>{zw=t=>`AWS_BEARER_TOKEN_${t.replace(/[\s-]/g,"_").toUpperCase()}`});var qw,Ww,ft,Kw=p(()=>{jw();Vw();qw="AWS_AUTH_SCHEME_PREFERENCE",Ww="auth_scheme_preference",ft={environmentVariableSelector:(t,e)=>{if(e?.signingName&&zw(e.signingName)in
t)return["httpBearerAuth"];if(qw in t)return gf(t[qw])},configFileSelector:t=>{if(Ww in t)return gf(t[Ww])},default:[]}});var xc,Rc,Jw=p(()=>{st();L();xc=t=>(t.sigv4aSigningRegionSet=Rr(t.sigv4aSigningRegionSet),t),Rc={environmentVariableSelector(t){if(t.AWS_SIGV4A_SIGNING_REGION_SET)
return t.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map(e=>e.trim());throw new Be("AWS_SIGV4A_SIGNING_REGION_SET not set in env.",{tryNextLink:!0})},configFileSelector(t){
if(t.sigv4a_signing_region_set)return(t.sigv4a_signing_region_set??"").split(",").map(e=>e.trim());throw new Be("sigv4a_signing_region_set not set in profile.",
{tryNextLink:!0})},default:void 0}});function Xw(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var _c,Yw,Z$,hf,Qw=p(()=>{$();$();_c=class{format(e){let r=[];for(let s in e){
if(!O(e,s))continue;let i=se(s);r.push(Uint8Array.from([i.byteLength]),i,this.formatHeaderValue(e[s]))}let o=new Uint8Array(r.reduce((s,i)=>s+i.byteLength,0)),n=0;
for(let s of r)o.set(s,n),n+=s.byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.
from([2,e.value]);case"short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(
new ArrayBuffer(5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let n=new Uint8Array(9);return n[0]=5,n.set(e.value.bytes,
1),n;case"binary":let s=new DataView(new ArrayBuffer(3+e.value.byteLength));s.setUint8(0,6),s.setUint16(1,e.value.byteLength,!1);let i=new Uint8Array(s.buffer);
return i.set(e.value,3),i;case"string":let a=se(e.value),c=new DataView(new ArrayBuffer(3+a.byteLength));c.setUint8(0,7),c.setUint16(1,a.byteLength,!1);let l=new Uint8Array(
c.buffer);return l.set(a,3),l;case"timestamp":let d=new Uint8Array(9);return d[0]=8,d.set(hf.fromNumber(e.value.valueOf()).bytes,1),d;case"uuid":if(!Z$.test(e.value))
throw new Error(`Invalid UUID received: ${e.value}`);let u=new Uint8Array(17);return u[0]=9,u.set(xu(e.value.replace(/-/g,"")),1),u}}};(function(t){t[t.boolTrue=
0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=6]="byteArray",t[t.
string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(Yw||(Yw={}));Z$=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,hf=class t{bytes;constructor(e){
if(this.bytes=e,e.byteLength!==8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(
`${e} is too large (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,n=Math.abs(Math.round(e));o>-1&&n>0;o--,n/=256)r[o]=
n;return e<0&&Xw(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&Xw(e),parseInt(Xe(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var Zw,e0,yf,t0,r0,Ef,Sf,xf,Rf,eL,o0,n0,Ks,s0,i0,a0,c0,wc,p0,l0,d0,_f,u0,Qo=p(()=>{Zw="X-Amz-Algorithm",e0="X-Amz-Credential",yf="X-Amz-Date",t0="X-Amz-SignedHe\
aders",r0="X-Amz-Expires",Ef="X-Amz-Signature",Sf="X-Amz-Security-Token",xf="authorization",Rf=yf.toLowerCase(),eL="date",o0=[xf,Rf,eL],n0=Ef.toLowerCase(),Ks="\
x-amz-content-sha256",s0=Sf.toLowerCase(),i0={authorization:!0,"cache-control":!0,connection:!0,expect:!0,from:!0,"keep-alive":!0,"max-forwards":!0,pragma:!0,referer:!0,
te:!0,trailer:!0,"transfer-encoding":!0,upgrade:!0,"user-agent":!0,"x-amzn-trace-id":!0},a0=/^proxy-/,c0=/^sec-/,wc="AWS4-HMAC-SHA256",p0="AWS4-HMAC-SHA256-PAYL\
OAD",l0="UNSIGNED-PAYLOAD",d0=50,_f="aws4_request",u0=3600*24*7});var m0,f0=p(()=>{$();F();Qo();m0=({query:t={}})=>{let e=[],r={};for(let o in t){if(!O(t,o)||o.toLowerCase()===n0)continue;let n=xr(o);e.push(n);let s=t[o];typeof s==
"string"?r[n]=`${n}=${xr(s)}`:Array.isArray(s)&&(r[n]=s.slice(0).reduce((i,a)=>i.concat([`${n}=${xr(a)}`]),[]).sort().join("&"))}return e.sort().map(o=>r[o]).filter(
o=>o).join("&")}});var g0,tL,h0=p(()=>{g0=t=>tL(t).toISOString().replace(/\.\d{3}Z$/,"Z"),tL=t=>typeof t=="number"?new Date(t*1e3):typeof t=="string"?Number(t)?new Date(Number(t)*
1e3):new Date(t):t});var Ic,y0=p(()=>{v();F();$();f0();h0();Ic=class{service;regionProvider;credentialProvider;sha256;uriEscapePath;applyChecksum;constructor({applyChecksum:e,credentials:r,
region:o,service:n,sha256:s,uriEscapePath:i=!0}){this.service=n,this.sha256=s,this.uriEscapePath=i,this.applyChecksum=typeof e=="boolean"?e:!0,this.regionProvider=
W(o),this.credentialProvider=W(r)}createCanonicalRequest(e,r,o){let n=Object.keys(r).sort();return`${e.method}
${this.getCanonicalPath(e)}
${m0(e)}
${n.map(s=>`${s}:${r[s]}`).join(`
`)}

${n.join(";")}
${o}`}async createStringToSign(e,r,o,n){let s=new this.sha256;s.update(Tt(o));let i=await s.digest();return`${n}
${e}
${r}
${Xe(i)}`}getCanonicalPath({path:e}){if(this.uriEscapePath){let r=[];for(let s of e.split("/"))s?.length!==0&&s!=="."&&(s===".."?r.pop():r.push(s));let o=`${e?.
startsWith("/")?"/":""}${r.join("/")}${r.length>0&&e?.endsWith("/")?"/":""}`;return xr(o).replace(/%2F/g,"/")}return e}validateResolvedCredentials(e){if(typeof e!=
"object"||typeof e.accessKeyId!="string"||typeof e.secretAccessKey!="string")throw new Error("Resolved credential object is not valid")}formatDate(e){let r=g0(e).
replace(/[-:]/g,"");return{longDate:r,shortDate:r.slice(0,8)}}getCanonicalHeaderList(e){return Object.keys(e).sort().join(";")}}});var Tc,wf,Cc,S0,E0,x0=p(()=>{$();Qo();Tc={},wf=[],Cc=(t,e,r)=>`${t}/${e}/${r}/${_f}`,S0=async(t,e,r,o,n)=>{let s=await E0(t,e.secretAccessKey,e.accessKeyId),i=`${r}\
:${o}:${n}:${Xe(s)}:${e.sessionToken}`;if(i in Tc)return Tc[i];for(wf.push(i);wf.length>d0;)delete Tc[wf.shift()];let a=`AWS4${e.secretAccessKey}`;for(let c of[
r,o,n,_f])a=await E0(t,a,c);return Tc[i]=a},E0=(t,e,r)=>{let o=new t(e);return o.update(Tt(r)),o.digest()}});var If,R0=p(()=>{$();Qo();If=({headers:t},e,r)=>{let o={};for(let n of Object.keys(t).sort()){if(t[n]==null)continue;let s=n.toLowerCase();(O(i0,s)||e?.has(s)||
a0.test(s)||c0.test(s))&&(!r||r&&!r.has(s))||(s==="__proto__"&&Vr(o),o[s]=t[n].replace(/[\r\n]/g," ").replace(/[ \t]+/g," ").replace(/^ | $/g,""))}return o}});var vc,_0=p(()=>{$();$();Qo();vc=async({headers:t,body:e},r)=>{for(let o in t)if(O(t,o)&&o.toLowerCase()===Ks)return t[o];if(e==null)return"e3b0c44298fc1c149afb\
f4c8996fb92427ae41e4649b934ca495991b7852b855";if(typeof e=="string"||ArrayBuffer.isView(e)||gs(e)){let o=new r;return o.update(Tt(e)),Xe(await o.digest())}return l0}});var w0,I0=p(()=>{$();w0=(t,e)=>{t=t.toLowerCase();for(let r in e)if(O(e,r)&&t===r.toLowerCase())return!0;return!1}});var T0,C0=p(()=>{$();F();T0=(t,e={})=>{let{headers:r,query:o={}}=j.clone(t);for(let n in r){if(!O(r,n))continue;let s=n.toLowerCase();(s.slice(0,6)==="x-amz-"&&
!e.unhoistableHeaders?.has(s)||e.hoistableHeaders?.has(s))&&(o[n]=r[n],delete r[n])}return{...t,headers:r,query:o}}});var Tf,v0=p(()=>{$();F();Qo();Tf=t=>{t=j.clone(t);for(let e in t.headers)O(t.headers,e)&&o0.indexOf(e.toLowerCase())>-1&&delete t.headers[e];return t}});var po,A0=p(()=>{$();Qw();y0();Qo();x0();R0();_0();I0();C0();v0();po=class extends Ic{headerFormatter=new _c;constructor({applyChecksum:e,credentials:r,region:o,
service:n,sha256:s,uriEscapePath:i=!0}){super({applyChecksum:e,credentials:r,region:o,service:n,sha256:s,uriEscapePath:i})}async presign(e,r={}){let{signingDate:o=new Date,
expiresIn:n=3600,unsignableHeaders:s,unhoistableHeaders:i,signableHeaders:a,hoistableHeaders:c,signingRegion:l,signingService:d}=r,u=await this.credentialProvider();
this.validateResolvedCredentials(u);let m=l??await this.regionProvider(),{longDate:f,shortDate:g}=this.formatDate(o);if(n>u0)return Promise.reject("Signature ve\
rsion 4 presigned URLs must have an expiration date less than one week in the future");let h=Cc(g,m,d??this.service),y=T0(Tf(e),{unhoistableHeaders:i,hoistableHeaders:c});
u.sessionToken&&(y.query[Sf]=u.sessionToken),y.query[Zw]=wc,y.query[e0]=`${u.accessKeyId}/${h}`,y.query[yf]=f,y.query[r0]=n.toString(10);let S=If(y,s,a);return y.
query[t0]=this.getCanonicalHeaderList(S),y.query[Ef]=await this.getSignature(f,h,this.getSigningKey(u,m,g,d),this.createCanonicalRequest(y,S,await vc(e,this.sha256))),
y}async sign(e,r){return typeof e=="string"?this.signString(e,r):e.headers&&e.payload?this.signEvent(e,r):e.message?this.signMessage(e,r):this.signRequest(e,r)}async signEvent({
headers:e,payload:r},{signingDate:o=new Date,priorSignature:n,signingRegion:s,signingService:i,eventStreamCredentials:a}){let c=s??await this.regionProvider(),{
shortDate:l,longDate:d}=this.formatDate(o),u=Cc(l,c,i??this.service),m=await vc({headers:{},body:r},this.sha256),f=new this.sha256;f.update(e);let g=Xe(await f.
digest()),h=[p0,d,u,n,g,m].join(`
`);return this.signString(h,{signingDate:o,signingRegion:c,signingService:i,eventStreamCredentials:a})}async signMessage(e,{signingDate:r=new Date,signingRegion:o,
signingService:n,eventStreamCredentials:s}){return this.signEvent({headers:this.headerFormatter.format(e.message.headers),payload:e.message.body},{signingDate:r,
signingRegion:o,signingService:n,priorSignature:e.priorSignature,eventStreamCredentials:s}).then(a=>({message:e.message,signature:a}))}async signString(e,{signingDate:r=new Date,
signingRegion:o,signingService:n,eventStreamCredentials:s}={}){let i=s??await this.credentialProvider();this.validateResolvedCredentials(i);let a=o??await this.
regionProvider(),{shortDate:c}=this.formatDate(r),l=new this.sha256(await this.getSigningKey(i,a,c,n));return l.update(Tt(e)),Xe(await l.digest())}async signRequest(e,{
signingDate:r=new Date,signableHeaders:o,unsignableHeaders:n,signingRegion:s,signingService:i}={}){let a=await this.credentialProvider();this.validateResolvedCredentials(
a);let c=s??await this.regionProvider(),l=Tf(e),{longDate:d,shortDate:u}=this.formatDate(r),m=Cc(u,c,i??this.service);l.headers[Rf]=d,a.sessionToken&&(l.headers[s0]=
a.sessionToken);let f=await vc(l,this.sha256);!w0(Ks,l.headers)&&this.applyChecksum&&(l.headers[Ks]=f);let g=If(l,n,o),h=await this.getSignature(d,m,this.getSigningKey(
a,c,u,i),this.createCanonicalRequest(l,g,f));return l.headers[xf]=`${wc} Credential=${a.accessKeyId}/${m}, SignedHeaders=${this.getCanonicalHeaderList(g)}, Sign\
ature=${h}`,l}async getSignature(e,r,o,n){let s=await this.createStringToSign(e,r,n,wc),i=new this.sha256(await o);return i.update(Tt(s)),Xe(await i.digest())}getSigningKey(e,r,o,n){
return S0(this.sha256,e,o,r,n||this.service)}}});var Ac,b0=p(()=>{Ac={SignatureV4a:null}});var bc=p(()=>{A0();b0()});function rL(t,{credentials:e,credentialDefaultProvider:r}){let o;return e?e?.memoized?o=e:o=oc(e,rc,Gs):r?o=Rr(r(Object.assign({},t,{parentClientConfig:t}))):o=
async()=>{throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.")},o.memoized=!0,
o}function oL(t,e){if(e.configBound)return e;let r=async o=>e({...o,callerClientConfig:t});return r.memoized=e.memoized,r.configBound=!0,r}var Cf,P0=p(()=>{M();
st();bc();Cf=t=>e=>{let r=e.credentials,o=!!e.credentials,n;Object.defineProperty(e,"credentials",{set(d){d&&d!==r&&d!==n&&(o=!0),r=d;let u=rL(e,{credentials:r,
credentialDefaultProvider:e.credentialDefaultProvider}),m=oL(e,u);if(o&&!m.attributed){let f=typeof r=="object"&&r!==null;n=async g=>{let y=await m(g);return f&&
(!y.$source||Object.keys(y.$source).length===0)?B(y,"CREDENTIALS_CODE","e"):y},n.memoized=m.memoized,n.configBound=m.configBound,n.attributed=!0}else n=m},get(){
return n},enumerable:!0,configurable:!0}),e.credentials=r;let{signingEscapePath:s=!0,systemClockOffset:i=e.systemClockOffset||0,sha256:a}=e,c;return e.signer?c=
Rr(e.signer):e.regionInfoProvider?c=()=>Rr(e.region)().then(async d=>[await e.regionInfoProvider(d,{useFipsEndpoint:await e.useFipsEndpoint(),useDualstackEndpoint:await e.
useDualstackEndpoint()})||{},d]).then(([d,u])=>{let{signingRegion:m,signingService:f}=d;e.signingRegion=e.signingRegion||m||u,e.signingName=e.signingName||f||e.
serviceId;let g={...e,credentials:e.credentials,region:e.signingRegion,service:e.signingName,sha256:a,uriEscapePath:s},h=e.signerConstructor||po;return new h(g)}):
c=async d=>{d=Object.assign({},{name:"sigv4",signingName:e.signingName||e.defaultSigningName,signingRegion:await Rr(e.region)(),properties:{}},d);let u=d.signingRegion,
m=d.signingName;e.signingRegion=e.signingRegion||u,e.signingName=e.signingName||m||e.serviceId;let f={...e,credentials:e.credentials,region:e.signingRegion,service:e.
signingName,sha256:a,uriEscapePath:s},g=e.signerConstructor||po;return new g(f)},Object.assign(e,{systemClockOffset:i,signingEscapePath:s,signer:c,disableClockSkewCorrection:Rr(
e.disableClockSkewCorrection??t)})}});var vf=p(()=>{ff();Gw();Kw();Jw();P0()});var sL,iL,O0,N0=p(()=>{L();sL="AWS_DISABLE_CLOCK_SKEW_CORRECTION",iL="disable_clock_skew_correction",O0={environmentVariableSelector:t=>vt(t,sL,Qe.ENV),configFileSelector:t=>vt(
t,iL,Qe.CONFIG),default:!1}});var D0,k0=p(()=>{L();N0();D0=I(O0)});var pr,_e=p(()=>{vf();vf();k0();pr=Cf(D0)});var Js,$0=p(()=>{Js={CrtSignerV4:null}});function U0(t){return{accessKeyId:t.accessKeyId,secretAccessKey:t.secretAccessKey,expiration:t.expiration}}function F0(t,e){let r=t.credentialProvider;t.credentialProvider=
()=>(t.credentialProvider=r,Promise.resolve(e))}var Af,L0,Pc,M0=p(()=>{bc();Af="X-Amz-S3session-Token",L0=Af.toLowerCase(),Pc=class extends po{async signWithCredentials(e,r,o){
let n=U0(r);e.headers[L0]=r.sessionToken;let s=this;return F0(s,n),s.signRequest(e,o??{})}async presignWithCredentials(e,r,o){let n=U0(r);return delete e.headers[L0],
e.headers[Af]=r.sessionToken,e.query=e.query??{},e.query[Af]=r.sessionToken,F0(this,n),this.presign(e,o)}}});var Zo,H0=p(()=>{bc();$0();M0();Zo=class{sigv4aSigner;sigv4Signer;signerOptions;static sigv4aDependency(){return typeof Js.CrtSignerV4=="function"?"crt":typeof Ac.
SignatureV4a=="function"?"js":"none"}constructor(e){this.sigv4Signer=new Pc(e),this.signerOptions=e}async sign(e,r={}){return r.signingRegion==="*"?this.getSigv4aSigner().
sign(e,r):this.sigv4Signer.sign(e,r)}async signWithCredentials(e,r,o={}){if(o.signingRegion==="*"){let n=this.getSigv4aSigner(),s=Js.CrtSignerV4;if(s&&n instanceof
s)return n.signWithCredentials(e,r,o);throw new Error(`signWithCredentials with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signa\
ture-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require(\
"@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-\
sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.signWithCredentials(e,r,o)}async presign(e,r={}){if(r.signingRegion==="*"){let o=this.
getSigv4aSigner(),n=Js.CrtSignerV4;if(n&&o instanceof n)return o.presign(e,r);throw new Error(`presign with signingRegion '*' is only supported when using the C\
RT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the \
package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to\
 https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.presign(e,r)}async presignWithCredentials(e,r,o={}){
if(o.signingRegion==="*")throw new Error("Method presignWithCredentials is not supported for [signingRegion=*].");return this.sigv4Signer.presignWithCredentials(
e,r,o)}getSigv4aSigner(){if(!this.sigv4aSigner){let e=Js.CrtSignerV4,r=Ac.SignatureV4a;if(this.signerOptions.runtime==="node"){if(!e&&!r)throw new Error("Neithe\
r CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https\
://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt");if(e&&typeof e=="function")this.sigv4aSigner=new e({...this.signerOptions,signingAlgorithm:1});else if(r&&
typeof r=="function")this.sigv4aSigner=new r({...this.signerOptions});else throw new Error("Available SigV4a implementation is not a valid constructor. Please e\
nsure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functi\
onality-requiring-aws-common-runtime-crt")}else{if(!r||typeof r!="function")throw new Error("JS SigV4a implementation is not available or not a valid constructo\
r. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also re\
gister the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please \
go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a");this.sigv4aSigner=new r({...this.signerOptions})}}return this.sigv4aSigner}}});var bf=p(()=>{H0()});var Fn,en,Ys,B0,J0,Xs,Ne,Pf,G0,j0,z0,V0,q0,De,Of,Un,W0,K0,aL,q,cL,Y0,X0=p(()=>{K();Fn="ref",en=-1,Ys=!0,B0="isSet",J0="PartitionResult",Xs="booleanEquals",Ne="s\
tringEquals",Pf="getAttr",G0="us-east-1",j0="sigv4",z0="sts",V0="https://sts.{Region}.{PartitionResult#dnsSuffix}",q0={[Fn]:"Endpoint"},De={[Fn]:"Region"},Of={[Fn]:J0},
Un={},W0=[De],K0={conditions:[[B0,[q0]],[B0,W0],["aws.partition",W0,J0],[Xs,[{[Fn]:"UseFIPS"},Ys]],[Xs,[{[Fn]:"UseDualStack"},Ys]],[Ne,[De,"aws-global"]],[Xs,[{
[Fn]:"UseGlobalEndpoint"},Ys]],[Ne,[De,"eu-central-1"]],[Xs,[{fn:Pf,argv:[Of,"supportsDualStack"]},Ys]],[Xs,[{fn:Pf,argv:[Of,"supportsFIPS"]},Ys]],[Ne,[De,"ap-s\
outh-1"]],[Ne,[De,"eu-north-1"]],[Ne,[De,"eu-west-1"]],[Ne,[De,"eu-west-2"]],[Ne,[De,"eu-west-3"]],[Ne,[De,"sa-east-1"]],[Ne,[De,G0]],[Ne,[De,"us-east-2"]],[Ne,
[De,"us-west-2"]],[Ne,[De,"us-west-1"]],[Ne,[De,"ca-central-1"]],[Ne,[De,"ap-southeast-1"]],[Ne,[De,"ap-northeast-1"]],[Ne,[De,"ap-southeast-2"]],[Ne,[{fn:Pf,argv:[
Of,"name"]},"aws-us-gov"]]],results:[[en],["https://sts.amazonaws.com",{authSchemes:[{name:j0,signingName:z0,signingRegion:G0}]}],[V0,{authSchemes:[{name:j0,signingName:z0,
signingRegion:"{Region}"}]}],[en,"Invalid Configuration: FIPS and custom endpoint are not supported"],[en,"Invalid Configuration: Dualstack and custom endpoint \
are not supported"],[q0,Un],["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Un],[en,"FIPS and DualStack are enabled, but this partition does n\
ot support one or both"],["https://sts.{Region}.amazonaws.com",Un],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",Un],[en,"FIPS is enabled but this pa\
rtition does not support FIPS"],["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}",Un],[en,"DualStack is enabled but this partition does not support D\
ualStack"],[V0,Un],[en,"Invalid Configuration: Missing Region"]]},aL=2,q=1e8,cL=new Int32Array([-1,1,-1,0,30,3,1,4,q+14,2,5,q+14,3,25,6,4,24,7,5,q+1,8,6,9,q+13,
7,q+1,10,10,q+1,11,11,q+1,12,12,q+1,13,13,q+1,14,14,q+1,15,15,q+1,16,16,q+1,17,17,q+1,18,18,q+1,19,19,q+1,20,20,q+1,21,21,q+1,22,22,q+1,23,23,q+1,q+2,8,q+11,q+12,
4,28,26,9,27,q+10,24,q+8,q+9,8,29,q+7,9,q+6,q+7,3,q+3,31,4,q+4,q+5]),Y0=rt.from(cL,aL,K0.conditions,K0.results)});var pL,Oc,Nf=p(()=>{M();K();X0();pL=new ot({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),Oc=(t,e={})=>pL.get(t,()=>Ft(Y0,
{endpointParams:t,logger:e.logger}));Pe.aws=mt});function Z0(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function Df(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function eI(t){return{schemeId:"smithy.api#noAuth"}}var lL,dL,Q0,uL,mL,tI,rI,kf=p(()=>{_e();bf();v();K();Nf();lL=t=>async(e,r,o)=>{if(!o)throw new Error("Could \
not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let n=await t(e,r,o),s=te(r)?.commandInstance?.constructor?.getEndpointParameterInstructions;
if(!s)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}'`);let i=await Oa(o,{getEndpointParameterInstructions:s},e);return Object.
assign(n,i)},dL=async(t,e,r)=>({operation:te(e).operation,region:await W(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()}),Q0=lL(dL);uL=(t,e,r)=>n=>{let i=t(n).properties?.authSchemes;if(!i)return e(n);let a=[];for(let c of i){let{name:l,properties:d={},...u}=c,m=l.toLowerCase();
l!==m&&console.warn(`HttpAuthScheme has been normalized with lowercasing: '${l}' to '${m}'`);let f;if(m==="sigv4a"){f="aws.auth#sigv4a";let y=i.find(S=>{let x=S.
name.toLowerCase();return x!=="sigv4a"&&x.startsWith("sigv4")});if(Zo.sigv4aDependency()==="none"&&y)continue}else if(m.startsWith("sigv4"))f="aws.auth#sigv4";else
throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);let g=r[f];if(!g)throw new Error(`Could not find HttpAuthOption creat\
e function for '${f}'`);let h=g(n);h.schemeId=f,h.signingProperties={...h.signingProperties||{},...u,...d},a.push(h)}return a},mL=t=>{let e=[];return t.operation===
"AssumeRoleWithWebIdentity"?(e.push(eI(t)),e.push(Df(t))):(e.push(Z0(t)),e.push(Df(t))),e},tI=uL(Oc,mL,{"aws.auth#sigv4":Z0,"aws.auth#sigv4a":Df,"smithy.api#noA\
uth":eI}),rI=t=>{let e=pr(t),r=xc(e);return Object.assign(r,{authSchemePreference:W(t.authSchemePreference??[])})}});var oI,nI,$f=p(()=>{oI=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??
!1,defaultSigningName:"sts"}),nI={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{
type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}}});var lo,Qs=p(()=>{lo={name:"@aws-sdk/nested-clients",version:"3.998.5",description:"Nested clients for AWS SDK packages.",homepage:"https://github.com/aws/aws-sd\
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
l-dts":"0.10.1",premove:"4.0.0",typescript:"~7.0.2"},engines:{node:">=20.0.0"}}});function Lf(t){let e=t&&typeof t=="object"&&"reason"in t?t.reason:void 0;if(e){if(e instanceof Error){let n=new Error("Request aborted");return n.name="AbortErr\
or",n.cause=e,n}let o=new Error(String(e));return o.name="AbortError",o}let r=new Error("Request aborted");return r.name="AbortError",r}var sI=p(()=>{});var iI,aI=p(()=>{iI=["ECONNRESET","EPIPE","ETIMEDOUT"]});var cI,pI=p(()=>{$();cI=t=>{let e={};for(let r in t){if(!O(t,r))continue;let o=t[r];e[r]=Array.isArray(o)?o.join(","):o}return e}});var Mn,lI=p(()=>{Mn=Ur(require("node:https"))});var ie,tn=p(()=>{ie={setTimeout:(t,e)=>setTimeout(t,e),clearTimeout:t=>clearTimeout(t)}});var dI,uI,mI=p(()=>{tn();dI=1e3,uI=(t,e,r=0)=>{if(!r)return-1;let o=n=>{let s=ie.setTimeout(()=>{t.destroy(),e(Object.assign(new Error(`@smithy/node-http-handle\
r - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`),{name:"TimeoutError"}))},r-n),i=a=>{a?.connecting?
a.on("connect",()=>{ie.clearTimeout(s)}):ie.clearTimeout(s)};t.socket?i(t.socket):t.on("socket",i)};return r<2e3?(o(0),0):ie.setTimeout(o.bind(null,dI),dI)}});var fI,gI=p(()=>{tn();fI=(t,e,r=0,o,n)=>r?ie.setTimeout(()=>{let s=`@smithy/node-http-handler - [${o?"ERROR":"WARN"}] a request has exceeded the configured ${r}\
 ms requestTimeout.`;if(o){let i=Object.assign(new Error(s),{name:"TimeoutError",code:"ETIMEDOUT"});t.destroy(i),e(i)}else s+=" Init client requestHandler with \
throwOnRequestTimeout=true to turn this into an error.",n?.warn?.(s)},r):-1});var gL,hI,yI=p(()=>{tn();gL=3e3,hI=(t,{keepAlive:e,keepAliveMsecs:r},o=gL)=>{if(e!==!0)return-1;let n=()=>{t.socket?t.socket.setKeepAlive(e,r||0):t.on("socket",
s=>{s.setKeepAlive(e,r||0)})};return o===0?(n(),0):ie.setTimeout(n,o)}});var Nc,EI=p(()=>{Nc=t=>{let e=t?.defaultSocketTimeout;return typeof e=="number"&&Number.isFinite(e)&&e>0?e:void 0}});var hL,Uf,SI=p(()=>{tn();hL=3e3,Uf=(t,e,r=0,o=!1)=>{if(!Number.isFinite(r)||r<=0)return;let n;t.once("response",c=>n=c);let s=()=>{if(n?.complete){t.socket?.destroy();
return}let c=Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${o?"service default socket timeout":
"configured by client requestHandler"}).`),{name:"TimeoutError"});n?.destroy(c),t.destroy(),e(c)},i=()=>{let{socket:c}=t;c?c.connecting?c.once("connect",i):(c.setTimeout(
r,s),t.on("close",()=>c.removeListener("timeout",s))):t.once("socket",i)};if(r<6e3){i();return}let a=ie.setTimeout(i,hL);t.once("close",()=>ie.clearTimeout(a))}});async function _I(t,e,r=xI,o=!1){let n=e.headers,s=n?n.Expect||n.expect:void 0,i=-1,a=!0;!o&&s==="100-continue"&&(a=await Promise.race([new Promise(c=>{i=Number(
ie.setTimeout(()=>c(!0),Math.max(xI,r)))}),new Promise(c=>{t.on("continue",()=>{ie.clearTimeout(i),c(!0)}),t.on("response",()=>{ie.clearTimeout(i),c(!1)}),t.on(
"error",()=>{ie.clearTimeout(i),c(!1)})})])),a&&yL(t,e.body)}function yL(t,e){if(e instanceof RI.Readable){e.pipe(t);return}if(e){let r=Buffer.isBuffer(e);if(r||
typeof e=="string"){r&&e.byteLength===0?t.end():t.end(e);return}let n=e;if(typeof n=="object"&&n.buffer&&typeof n.byteOffset=="number"&&typeof n.byteLength=="nu\
mber"){t.end(Buffer.from(n.buffer,n.byteOffset,n.byteLength));return}t.end(Buffer.from(e));return}t.end()}var RI,xI,wI=p(()=>{RI=require("node:stream");tn();xI=
6e3});var Dc,II,ke,TI=p(()=>{$();F();sI();aI();pI();lI();mI();gI();yI();EI();SI();tn();wI();ke=class t{config;configProvider;socketWarningTimestamp=0;externalAgent=!1;metadata={
handlerProtocol:"http/1.1"};static create(e){return typeof e?.handle=="function"?e:new t(e)}static checkSocketUsage(e,r,o=console){let{sockets:n,requests:s,maxSockets:i}=e;
if(typeof i!="number"||i===1/0||Date.now()-15e3<r)return r;if(n&&s)for(let c in n){if(!O(n,c))continue;let l=n[c]?.length??0,d=s[c]?.length??0;if(l>=i&&d>=2*i)return o?.
warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${l} and ${d} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),Date.now()}return r}constructor(e){this.configProvider=new Promise((r,o)=>{
typeof e=="function"?e().then(n=>{r(this.resolveDefaultConfig(n))}).catch(o):r(this.resolveDefaultConfig(e))})}destroy(){this.config?.httpAgent?.destroy(),this.
config?.httpsAgent?.destroy()}async handle(e,{abortSignal:r,requestTimeout:o}={}){this.config||(this.config=await this.configProvider);let n=this.config,s=n.logger,
i=e.protocol==="https:";return!i&&!this.config.httpAgent&&(this.config.httpAgent=await this.config.httpAgentProvider()),new Promise((a,c)=>{let l,d=-1,u=-1,m=-1,
f=-1,g=()=>{ie.clearTimeout(d),ie.clearTimeout(u),ie.clearTimeout(m),ie.clearTimeout(f)},h=async V=>{await l,g(),a(V)},y=async V=>{await l,g(),c(V)};if(r?.aborted){
let V=Lf(r);y(V);return}let S=e.headers,x=S?(S.Expect??S.expect)==="100-continue":!1,A=i?n.httpsAgent:n.httpAgent;x&&!this.externalAgent&&(A=new(i?Mn.default.Agent:
Dc)({keepAlive:!1,maxSockets:1/0})),d=ie.setTimeout(()=>{this.socketWarningTimestamp=t.checkSocketUsage(A,this.socketWarningTimestamp,s)},n.socketAcquisitionWarningTimeout??
(n.requestTimeout??2e3)+(n.connectionTimeout??1e3));let R=e.query?Pm(e.query):"",T;if(e.username!=null||e.password!=null){let V=e.username??"",mr=e.password??"";
T=`${V}:${mr}`}let H=e.path;R&&(H+=`?${R}`),e.fragment&&(H+=`#${e.fragment}`);let Z=e.hostname??"";Z[0]==="["&&Z.endsWith("]")?Z=e.hostname.slice(1,-1):Z=e.hostname;
let rr={headers:e.headers,host:Z,method:e.method,path:H,port:e.port,agent:A,auth:T},ce=(i?Mn.default.request:II)(rr,V=>{let mr=new Je({statusCode:V.statusCode||
-1,reason:V.statusMessage,headers:cI(V.headers),body:V});h({response:mr})});if(ce.on("error",V=>{iI.includes(V.code)?y(Object.assign(V,{name:"TimeoutError"})):y(
V)}),r){let V=()=>{ce.destroy();let mr=Lf(r);y(mr)};if(typeof r.addEventListener=="function"){let mr=r;mr.addEventListener("abort",V,{once:!0}),ce.once("close",
()=>mr.removeEventListener("abort",V))}else r.onabort=V}let Ce=o??n.requestTimeout;u=uI(ce,y,n.connectionTimeout),m=fI(ce,y,Ce,n.throwOnRequestTimeout,s??console);
let ct=n.socketTimeout===void 0?Nc(n):void 0;ct?Uf(ce,y,ct,!0):Uf(ce,y,n.socketTimeout);let We=rr.agent;typeof We=="object"&&"keepAlive"in We&&(f=hI(ce,{keepAlive:We.
keepAlive,keepAliveMsecs:We.keepAliveMsecs})),l=_I(ce,e,Ce,this.externalAgent).catch(V=>(g(),c(V)))})}updateHttpClientConfig(e,r){this.config=void 0,this.configProvider=
this.configProvider.then(o=>{switch(e){case Symbol.for("logger"):e="logger",r=o.logger??r;break;case Symbol.for("@smithy/defaultSocketTimeout"):e="defaultSocket\
Timeout",r=Nc(o)??r;break}return{...o,[e]:r}})}httpHandlerConfigs(){return this.config??{}}resolveDefaultConfig(e){let{requestTimeout:r,connectionTimeout:o,socketTimeout:n,
socketAcquisitionWarningTimeout:s,httpAgent:i,httpsAgent:a,throwOnRequestTimeout:c,logger:l}=e||{},d=!0,u=50,m;return{connectionTimeout:o,requestTimeout:r,socketTimeout:n,
defaultSocketTimeout:Nc(e),socketAcquisitionWarningTimeout:s,throwOnRequestTimeout:c,httpAgentProvider:()=>m??=(async()=>{let f=await Promise.resolve().then(()=>Ur(Ku())),
{Agent:g,request:h}=f.default??f;return II=h,Dc=g,i instanceof Dc||typeof i?.destroy=="function"?(this.externalAgent=!0,i):new Dc({keepAlive:d,maxSockets:u,...i})})(),
httpsAgent:a instanceof Mn.default.Agent||typeof a?.destroy=="function"?(this.externalAgent=!0,a):new Mn.default.Agent({keepAlive:d,maxSockets:u,...a}),logger:l}}}});var uo=p(()=>{TI();$()});var mo,kc=p(()=>{v();X();mo=class{queryCompat;errorRegistry;constructor(e=!1){this.queryCompat=e}resolveRestContentType(e,r){let o=r.getMemberSchemas(),n=Object.
values(o).find(s=>!!s.getMergedTraits().httpPayload);if(n){let s=n.getMergedTraits().mediaType;return s||(n.isStringSchema()?"text/plain":n.isBlobSchema()?"appl\
ication/octet-stream":e)}else if(!r.isUnitSchema()&&Object.values(o).find(i=>{let{httpQuery:a,httpQueryParams:c,httpHeader:l,httpLabel:d,httpPrefixHeaders:u}=i.
getMergedTraits();return!a&&!c&&!l&&!d&&u===void 0}))return e}async getErrorSchemaOrThrowBaseException(e,r,o,n,s,i){let a=e;e.includes("#")&&([,a]=e.split("#"));
let c={$metadata:s,$fault:o.statusCode<500?"client":"server"};if(!this.errorRegistry)throw new Error("@aws-sdk/core/protocols - error handler not initialized.");
try{return{errorSchema:i?.(this.errorRegistry,a)??this.errorRegistry.getSchema(e),errorMetadata:c}}catch{n.message=n.message??n.Message??"UnknownError";let d=this.
errorRegistry,u=d.getBaseException();if(u){let g=d.getErrorCtor(u)??Error;throw this.decorateServiceException(Object.assign(new g({name:a}),c),n)}let m=n,f=m?.message??
m?.Message??m?.Error?.Message??m?.Error?.message;throw this.decorateServiceException(Object.assign(new Error(f),{name:a},c),n)}}compose(e,r,o){let n=o;r.includes(
"#")&&([n]=r.split("#"));let s=Q.for(n),i=Q.for("smithy.ts.sdk.synthetic."+o);e.copyFrom(s),e.copyFrom(i),this.errorRegistry=e}decorateServiceException(e,r={}){
if(this.queryCompat){let o=e.Message??r.Message,n=Ca(e,r);o&&(n.message=o);let s=n.Error??{};s.Type=n.Error?.Type,s.Code=n.Error?.Code,s.Message=n.Error?.message??
n.Error?.Message??o,n.Error=s;let i=n.$metadata.requestId;return i&&(n.RequestId=i),n}return Ca(e,r)}setQueryCompatError(e,r){let o=r.headers?.["x-amzn-query-er\
ror"];if(e!==void 0&&o!=null){let[n,s]=o.split(";"),i=Object.keys(e),a={Code:n,Type:s};e.Code=n,e.Type=s;for(let c=0;c<i.length;c++){let l=i[c];a[l==="message"?
"Message":l]=e[l]}delete a.__type,e.Error=a}}queryCompatOutput(e,r){e.Error&&(r.Error=e.Error),e.Type&&(r.Type=e.Type),e.Code&&(r.Code=e.Code)}findQueryCompatibleError(e,r){
try{return e.getSchema(r)}catch{return e.find(n=>U.of(n).getMergedTraits().awsQueryError?.[0]===r)}}}});var $c,CI=p(()=>{F();X();kc();$c=class extends Wo{serializer;deserializer;serviceTarget;codec;mixin;awsQueryCompatible;constructor({defaultNamespace:e,errorTypeRegistries:r,
serviceTarget:o,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,errorTypeRegistries:r}),this.serviceTarget=o,this.codec=s??new Yo({timestampFormat:{
useTrait:!0,default:7},jsonName:!1}),this.serializer=this.codec.createSerializer(),this.deserializer=this.codec.createDeserializer(),this.awsQueryCompatible=!!n,
this.mixin=new mo(this.awsQueryCompatible)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,o);return n.path.endsWith("/")||(n.path+="/"),n.
headers["content-type"]=`application/x-amz-json-${this.getJsonRpcVersion()}`,n.headers["x-amz-target"]=`${this.serviceTarget}.${e.name}`,this.awsQueryCompatible&&
(n.headers["x-amzn-query-mode"]="true"),(Gr(e.input)==="unit"||!n.body)&&(n.body="{}"),n}getPayloadCodec(){return this.codec}async handleError(e,r,o,n,s){let{awsQueryCompatible:i}=this;
i&&this.mixin.setQueryCompatError(n,o);let a=Mm(o,n,i)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,a,this.options.defaultNamespace);let{errorSchema:c,
errorMetadata:l}=await this.mixin.getErrorSchemaOrThrowBaseException(a,this.options.defaultNamespace,o,n,s,i?this.mixin.findQueryCompatibleError:void 0),d=U.of(
c),u=n.message??n.Message??"UnknownError",m=this.compositeErrorRegistry.getErrorCtor(c)??Error,f=new m({}),g={},h=this.codec.createDeserializer();for(let[y,S]of d.
structIterator())n[y]!=null&&(g[y]=h.readObject(S,n[y]));throw i&&this.mixin.queryCompatOutput(n,g),this.mixin.decorateServiceException(Object.assign(f,l,{$fault:d.
getMergedTraits().error,message:u},g),n)}}});var rn,vI=p(()=>{CI();rn=class extends $c{constructor({defaultNamespace:e,errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,
errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:s})}getShapeId(){return"aws.protocols#awsJson1_1"}getJsonRpcVersion(){return"1.1"}getDefaultContentType(){
return"application/x-amz-json-1.1"}}});var qr,AI=p(()=>{F();X();kc();qr=class extends Us{serializer;deserializer;codec;mixin=new mo;constructor({defaultNamespace:e,errorTypeRegistries:r,jsonCodec:o}){
super({defaultNamespace:e,errorTypeRegistries:r});let n={timestampFormat:{useTrait:!0,default:7},httpBindings:!0,jsonName:!0};this.codec=o??new Yo(n),this.serializer=
new Ms(this.codec.createSerializer(),n),this.deserializer=new Fs(this.codec.createDeserializer(),n)}getShapeId(){return"aws.protocols#restJson1"}getPayloadCodec(){
return this.codec}setSerdeContext(e){this.codec.setSerdeContext(e),super.setSerdeContext(e)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,
o),s=U.of(e.input);if(!n.headers["content-type"]){let i=this.mixin.resolveRestContentType(this.getDefaultContentType(),s);i&&(n.headers["content-type"]=i)}return n.
body==null&&n.headers["content-type"]===this.getDefaultContentType()&&(n.body="{}"),n}async deserializeResponse(e,r,o){let n=await super.deserializeResponse(e,r,
o),s=U.of(e.output);for(let[i,a]of s.structIterator())a.getMemberTraits().httpPayload&&!(i in n)&&(n[i]=null);return n}async handleError(e,r,o,n,s){let i=Fm(o,n)??
"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let{errorSchema:a,errorMetadata:c}=await this.mixin.getErrorSchemaOrThrowBaseException(
i,this.options.defaultNamespace,o,n,s),l=U.of(a),d=n.message??n.Message??"UnknownError",u=this.compositeErrorRegistry.getErrorCtor(a)??Error,m=new u({});await this.
deserializeHttpMessage(a,r,o,n);let f={},g=this.codec.createDeserializer();for(let[h,y]of l.structIterator()){let S=y.getMergedTraits().jsonName??h;f[h]=g.readObject(
y,n[S])}throw this.mixin.decorateServiceException(Object.assign(m,c,{$fault:l.getMergedTraits().error,message:d},f),n)}getDefaultContentType(){return"applicatio\
n/json"}}});function Ff(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}function Hf(t){return new Mf(t).parse()}var Mf,bI=p(
()=>{Mf=class t{x;i=0;z;constructor(e){this.x=e,this.x=e.replace(/\r\n?/g,`
`),this.z=this.x.length}parse(){let e=this,{z:r}=e;for(;e.i<r&&(e.trim(),!(e.i>=r));)if(e.isNext("<?"))e.readTo("?>"),e.trim();else if(e.isNext("<!--"))e.readTo(
"-->"),e.trim();else if(e.isNext("<!DOCTYPE",!1))e.skipDoctype(),e.trim();else if(e.x[e.i]==="<"){let o=e.parseTag();return{[o.tag]:o.value}}else throw new Error(
"@aws-sdk XML parse error: unexpected content.");throw new Error("@aws-sdk XML parse error: no root element.")}isNext(e,r=!0){let o=this;return r?o.x.startsWith(
e,o.i):o.x.toLowerCase().startsWith(e.toLowerCase(),o.i)}readTo(e){let r=this,o=r.x.indexOf(e,r.i);if(o===-1)throw new Error(`@aws-sdk XML parse error: expected\
 "${e}" not found.`);let n=r.x.slice(r.i,o);return r.i=o+e.length,n}trim(){let e=this;for(;e.i<e.z&&` 	\r
`.includes(e.x[e.i]);)++e.i}readAttrValue(){let e=this,r=e.x[e.i];++e.i;let o="";for(;e.i<e.z&&e.x[e.i]!==r;)o+=e.x[e.i++];return++e.i,e.decodeEntities(o)}parseTag(){
let e=this;++e.i;let r="";for(;e.i<e.z&&!` 	\r
>/`.includes(e.x[e.i]);)r+=e.x[e.i++];let o=!1,n={};for(;e.i<e.z&&(e.trim(),!">/".includes(e.x[e.i]));){let d="";for(;e.i<e.z&&!`= 	\r
>/?`.includes(e.x[e.i]);)d+=e.x[e.i++];if(e.trim(),e.x[e.i]!=="=")break;++e.i,e.trim(),d==="__proto__"&&Ff(n),n[d]=e.readAttrValue(),o=!0}if(e.i>=e.z)throw new Error(
"@aws-sdk XML parse error: unexpected end of input.");if(e.x[e.i]==="/"){if(++e.i,e.i>=e.z||e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected >\
 at the end of self-closing tag.");return++e.i,{tag:r,value:o?n:""}}if(e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected > at the end of openin\
g tag.");++e.i;let s=[],i=[],a=!1;for(;e.i<e.z&&!e.isNext("</");)if(e.x[e.i]==="<")e.isNext("<!--")?e.readTo("-->"):e.isNext("<![CDATA[")?(e.i+=9,s.push(e.readTo(
"]]>"))):e.isNext("<?")?e.readTo("?>"):(a=!0,i.push(e.parseTag()));else{let d="";for(;e.i<e.z&&e.x[e.i]!=="<";)d+=e.x[e.i++];s.push(e.decodeEntities(d))}if(!e.isNext(
"</"))throw new Error(`@aws-sdk XML parse error: missing closing tag </${r}>.`);e.i+=2;let c=e.readTo(">").trim();if(c!==r)throw new Error(`@aws-sdk XML parse e\
rror: mismatched tags <${r}> and </${c}>.`);if(!o&&s.length===0&&!a)return{tag:r,value:""};if(!o&&!a){let d=s.length===1?s[0]:s.join("");return d.trim()===""&&d.
includes(`
`)?{tag:r,value:""}:{tag:r,value:d}}let l={};for(let d of s)d.trim()===""&&d.includes(`
`)||(l["#text"]="#text"in l?l["#text"]+d:d);for(let d of i)d.tag==="__proto__"&&Ff(l),d.tag in l?Array.isArray(l[d.tag])?l[d.tag].push(d.value):l[d.tag]=[l[d.tag],
d.value]:l[d.tag]=d.value;for(let[d,u]of Object.entries(n))d==="__proto__"&&Ff(l),l[d]=u;return{tag:r,value:l}}static ENTITIES={amp:"&",lt:"<",gt:">",quot:'"',apos:"\
'"};skipDoctype(){let e=this;e.i+=9;let r=0;for(;e.i<e.z;){let o=e.x[e.i];if(o==="[")++r;else if(o==="]")--r;else if(o===">"&&r===0){++e.i;return}++e.i}throw new Error(
"@aws-sdk XML parse error: unclosed DOCTYPE.")}decodeEntities(e){return e.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g,(r,o,n,s)=>o?
String.fromCharCode(parseInt(o,16)):n?String.fromCharCode(parseInt(n,10)):t.ENTITIES[s]??"")}}});var PI=p(()=>{bI()});var Hn,Bf=p(()=>{Hn=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var Lc,OI=p(()=>{Lc=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function NI(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var DI=p(()=>{});var Uc,kI=p(()=>{PI();v();F();X();$();Bf();OI();DI();Uc=class extends Hn{settings;stringDeserializer;constructor(e){super(),this.settings=e,this.stringDeserializer=
new Ko(e)}setSerdeContext(e){this.serdeContext=e,this.stringDeserializer.setSerdeContext(e)}read(e,r,o){let n=U.of(e),s=n.getMemberSchemas();if(n.isStructSchema()&&
n.isMemberSchema()&&!!Object.values(s).find(l=>!!l.getMemberTraits().eventPayload)){let l={},d=Object.keys(s)[0];return s[d].isBlobSchema()?l[d]=r:l[d]=this.read(
s[d],r),l}let a=(this.serdeContext?.utf8Encoder??ee)(r),c=this.parseXml(a);return this.readSchema(e,o?c[o]:c)}readSchema(e,r){let o=U.of(e);if(o.isUnitSchema())
return;let n=o.getMergedTraits();if(o.isListSchema()&&!Array.isArray(r))return this.readSchema(o,[r]);if(r==null)return r;if(typeof r=="object"){let s=!!n.xmlFlattened;
if(o.isListSchema()){let a=o.getValueSchema(),c=[],l=a.getMergedTraits().xmlName??"member",d=s?r:(r[0]??r)[l];if(d==null)return c;let u=Array.isArray(d)?d:[d];for(let m of u)
c.push(this.readSchema(a,m));return c}let i={};if(o.isMapSchema()){let a=o.getKeySchema(),c=o.getValueSchema(),l;s?l=Array.isArray(r)?r:[r]:l=Array.isArray(r.entry)?
r.entry:[r.entry];let d=a.getMergedTraits().xmlName??"key",u=c.getMergedTraits().xmlName??"value";for(let m of l){let f=m[d],g=m[u];f==="__proto__"&&NI(i),i[f]=
this.readSchema(c,g)}return i}if(o.isStructSchema()){let a=o.isUnionSchema(),c;a&&(c=new Lc(r,i));for(let[l,d]of o.structIterator()){let u=d.getMergedTraits(),m=u.
httpPayload?u.xmlName??d.getName():d.getMemberTraits().xmlName??l;a&&c.mark(m),r[m]!=null&&(i[l]=this.readSchema(d,r[m]))}return a&&c.writeUnknown(),i}if(o.isDocumentSchema())
return r;throw new Error(`@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${o.getName(!0)}`)}return o.isListSchema()?[]:o.isMapSchema()||o.
isStructSchema()?{}:this.stringDeserializer.read(o,r)}parseXml(e){if(e.length){let r;try{r=Hf(e)}catch(i){throw i&&typeof i=="object"&&Object.defineProperty(i,"\
$responseBodyText",{value:e}),i}let o="#text",n=Object.keys(r)[0],s=r[n];return s[o]&&(s[n]=s[o],delete s[o]),va(s)}return{}}}});var Fc,$I=p(()=>{F();X();$();$();Bf();Fc=class extends Hn{settings;buffer;constructor(e){super(),this.settings=e}write(e,r,o=""){this.buffer===void 0&&(this.buffer=
"");let n=U.of(e);if(o&&!o.endsWith(".")&&(o+="."),n.isBlobSchema())(typeof r=="string"||r instanceof Uint8Array)&&(this.writeKey(o),this.writeValue((this.serdeContext?.
base64Encoder??ue)(r)));else if(n.isBooleanSchema()||n.isNumericSchema()||n.isStringSchema())r!=null?(this.writeKey(o),this.writeValue(String(r))):n.isIdempotencyToken()&&
(this.writeKey(o),this.writeValue(Nn()));else if(n.isBigIntegerSchema())r!=null&&(this.writeKey(o),this.writeValue(String(r)));else if(n.isBigDecimalSchema())r!=
null&&(this.writeKey(o),this.writeValue(r instanceof xe?r.string:String(r)));else if(n.isTimestampSchema()){if(r instanceof Date)switch(this.writeKey(o),Jo(n,this.
settings)){case 5:this.writeValue(r.toISOString().replace(".000Z","Z"));break;case 6:this.writeValue(Ho(r));break;case 7:this.writeValue(String(r.getTime()/1e3));
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
1)),this.buffer+=`&${Vo(e)}=`}writeValue(e){this.buffer+=Vo(e)}}});var Zs,LI=p(()=>{F();X();kc();kI();$I();Zs=class extends Wo{options;serializer;deserializer;mixin=new mo;constructor(e){super({defaultNamespace:e.defaultNamespace,
errorTypeRegistries:e.errorTypeRegistries}),this.options=e;let r={timestampFormat:{useTrait:!0,default:5},httpBindings:!1,xmlNamespace:e.xmlNamespace,serviceNamespace:e.
defaultNamespace,serializeEmptyLists:!0};this.serializer=new Fc(r),this.deserializer=new Uc(r)}getShapeId(){return"aws.protocols#awsQuery"}setSerdeContext(e){this.
serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e)}getPayloadCodec(){throw new Error("AWSQuery protocol has no payload codec.")}async serializeRequest(e,r,o){
let n=await super.serializeRequest(e,r,o);n.path.endsWith("/")||(n.path+="/"),n.headers["content-type"]="application/x-www-form-urlencoded",(Gr(e.input)==="unit"||
!n.body)&&(n.body="");let s=e.name.split("#")[1]??e.name;return n.body=`Action=${s}&Version=${this.options.version}`+n.body,n.body.endsWith("&")&&(n.body=n.body.
slice(-1)),n}async deserializeResponse(e,r,o){let n=this.deserializer,s=U.of(e.output),i={};if(o.statusCode>=300){let d=await je(o.body,r);d.byteLength>0&&Object.
assign(i,await n.read(15,d)),await this.handleError(e,r,o,i,this.deserializeMetadata(o))}for(let d in o.headers){let u=o.headers[d];delete o.headers[d],o.headers[d.
toLowerCase()]=u}let a=e.name.split("#")[1]??e.name,c=s.isStructSchema()&&this.useNestedResult()?a+"Result":void 0,l=await je(o.body,r);return l.byteLength>0&&Object.
assign(i,await n.read(s,l,c)),i.$metadata=this.deserializeMetadata(o),i}useNestedResult(){return!0}async handleError(e,r,o,n,s){let i=this.loadQueryErrorCode(o,
n)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let a=this.loadQueryError(n)??{},c=this.loadQueryErrorMessage(n);a.
message=c,a.Error={Type:a.Type,Code:a.Code,Message:c};let{errorSchema:l,errorMetadata:d}=await this.mixin.getErrorSchemaOrThrowBaseException(i,this.options.defaultNamespace,
o,a,s,this.mixin.findQueryCompatibleError),u=U.of(l),m=this.compositeErrorRegistry.getErrorCtor(l)??Error,f=new m({}),g={Type:a.Error.Type,Code:a.Error.Code,Error:a.
Error};for(let[h,y]of u.structIterator()){let S=y.getMergedTraits().xmlName??h,x=a[S]??n[S];g[h]=this.deserializer.readSchema(y,x)}throw this.mixin.decorateServiceException(
Object.assign(f,d,{$fault:u.getMergedTraits().error,message:c},g),n)}loadQueryErrorCode(e,r){let o=(r.Errors?.[0]?.Error??r.Errors?.Error??r.Error)?.Code;if(o!==
void 0)return o;if(e.statusCode==404)return"NotFound"}loadQueryError(e){return e.Errors?.[0]?.Error??e.Errors?.Error??e.Error}loadQueryErrorMessage(e){let r=this.
loadQueryError(e);return r?.message??r?.Message??e.message??e.Message??"Unknown"}getDefaultContentType(){return"application/x-www-form-urlencoded"}}});var on=p(()=>{vI();AI();LI()});var $e,UI,EL,Mc,FI,SL,MI=p(()=>{$();$e=64,UI=32,EL=2**53-1,Mc=class t{digestLength=UI;state=Int32Array.from(FI);w;buffer=new Uint8Array(64);bufferLength=0;bytesHashed=0;finished=!1;inner;outer;constructor(e){
if(e){let r=t.normalizeKey(e);this.inner=new t,this.outer=new t;let{inner:o,outer:n}=this,s=new Uint8Array($e*2);for(let i=0;i<$e;++i)s[i]=54^r[i],s[i+$e]=92^r[i];
o.update(s.subarray(0,$e)),n.update(s.subarray($e))}}update(e){if(this.finished)throw new Error("Attempted to update an already finished HMAC.");if(this.inner){
this.inner.update(e);return}let r=Tt(e),o=0,{byteLength:n}=r;if(this.bytesHashed+=n,this.bytesHashed*8>EL)throw new Error("Cannot hash more than 2^53 - 1 bits");
for(;n>0;)this.buffer[this.bufferLength++]=r[o++],n--,this.bufferLength===$e&&(this.hashBuffer(),this.bufferLength=0)}async digest(){let{inner:e,outer:r}=this;if(e&&
r){if(this.finished)throw new Error("Attempted to digest an already finished HMAC.");this.finished=!0;let o=e.digestSync();return r.update(o),r.digestSync()}return this.
digestSync()}reset(){this.state=Int32Array.from(FI),this.buffer=new Uint8Array(64),this.bufferLength=0,this.bytesHashed=0}digestSync(){let e=this.state.slice(),
r=this.buffer.slice(),o=this.bufferLength,n=this.bytesHashed*8,s=new DataView(r.buffer,r.byteOffset,r.byteLength);if(s.setUint8(o++,128),(o-1)%$e>=$e-8){for(let a=o;a<
$e;++a)s.setUint8(a,0);this.hashBufferWith(e,r),o=0}for(let a=o;a<$e-8;++a)s.setUint8(a,0);s.setUint32($e-8,Math.floor(n/4294967296),!1),s.setUint32($e-4,n,!1),
this.hashBufferWith(e,r);let i=new Uint8Array(UI);for(let a=0;a<8;++a)i[a*4]=e[a]>>>24&255,i[a*4+1]=e[a]>>>16&255,i[a*4+2]=e[a]>>>8&255,i[a*4+3]=e[a]>>>0&255;return i}static normalizeKey(e){
let r=Tt(e);if(r.byteLength>$e){let o=new t;o.update(r);let n=o.digestSync(),s=new Uint8Array($e);return s.set(n),s}if(r.byteLength<$e){let o=new Uint8Array($e);
return o.set(r),o}return r}hashBuffer(){this.hashBufferWith(this.state,this.buffer)}hashBufferWith(e,r){let o=this.w??=new Int32Array(64),n=e[0],s=e[1],i=e[2],a=e[3],
c=e[4],l=e[5],d=e[6],u=e[7];for(let m=0;m<$e;++m){if(m<16)o[m]=(r[m*4]&255)<<24|(r[m*4+1]&255)<<16|(r[m*4+2]&255)<<8|r[m*4+3]&255;else{let h=o[m-2],y=(h>>>17|h<<
15)^(h>>>19|h<<13)^h>>>10;h=o[m-15];let S=(h>>>7|h<<25)^(h>>>18|h<<14)^h>>>3;o[m]=(y+o[m-7]|0)+(S+o[m-16]|0)}let f=(((c>>>6|c<<26)^(c>>>11|c<<21)^(c>>>25|c<<7))+
(c&l^~c&d)|0)+(u+(SL[m]+o[m]|0)|0)|0,g=((n>>>2|n<<30)^(n>>>13|n<<19)^(n>>>22|n<<10))+(n&s^n&i^s&i)|0;u=d,d=l,l=c,c=a+f|0,a=i,i=s,s=n,n=f+g|0}e[0]+=n,e[1]+=s,e[2]+=
i,e[3]+=a,e[4]+=c,e[5]+=l,e[6]+=d,e[7]+=u}},FI=new Int32Array([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]),SL=new Int32Array(
[1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,
3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,
113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,
3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,
2756734187,3204031479,3329325298])});function RL(){return class{digestLength=32;secret;hash;isHmac;finished=!1;constructor(e){this.secret=e,this.isHmac=!!e,this.hash=this.createHash()}update(e){if(this.
finished)throw new Error("Attempted to update an already finished hash.");this.hash.update(e)}async digest(){let e;return this.isHmac?(this.finished=!0,e=this.hash.
digest()):e=this.hash.copy().digest(),new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}reset(){this.hash=this.createHash(),this.finished=!1}createHash(){return this.
secret?(0,ei.createHmac)("sha256",_L(this.secret)):(0,ei.createHash)("sha256")}}}function _L(t){return typeof t=="string"?t:ArrayBuffer.isView(t)?Buffer.from(t.
buffer,t.byteOffset,t.byteLength):Buffer.from(t)}var ei,xL,gt,HI=p(()=>{ei=require("node:crypto");MI();xL=(()=>{try{return(0,ei.createHash)("sha256"),!0}catch{return!1}})(),
gt=xL?RL():Mc});var nn=p(()=>{HI()});var at,Hc=p(()=>{v();at=class t extends et{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var ti,ri,oi,ni,si,ii,ai,ci,Gf=p(()=>{Hc();ti=class t extends at{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="c\
lient";constructor(e){super({name:"ExpiredTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ri=class t extends at{static shapeId="\
com.amazonaws.sts#InvalidContextAssertionException";name="InvalidContextAssertionException";$fault="client";constructor(e){super({name:"InvalidContextAssertionE\
xception",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},oi=class t extends at{static shapeId="com.amazonaws.sts#MalformedPolicyDocumentExcept\
ion";name="MalformedPolicyDocumentException";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},ni=class t extends at{static shapeId="com.amazonaws.sts#PackedPolicyTooLargeException";name="PackedPolicyTooLargeException";$fault="client";constructor(e){
super({name:"PackedPolicyTooLargeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},si=class t extends at{static shapeId="com.amazonaws\
.sts#RegionDisabledException";name="RegionDisabledException";$fault="client";constructor(e){super({name:"RegionDisabledException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},ii=class t extends at{static shapeId="com.amazonaws.sts#IDPRejectedClaimException";name="IDPRejectedClaimException";$fault="c\
lient";constructor(e){super({name:"IDPRejectedClaimException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ai=class t extends at{static shapeId="\
com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdentityTokenException";$fault="client";constructor(e){super({name:"InvalidIdentityTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ci=class t extends at{static shapeId="com.amazonaws.sts#IDPCommunicationErrorException";name="I\
DPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicationErrorException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}}});var wL,IL,TL,CL,vL,AL,jf,bL,PL,OL,NL,zf,DL,BI,kL,$L,LL,UL,FL,ML,HL,BL,GL,jL,zL,VL,GI,jI,zI,VI,qL,WL,KL,JL,YL,XL,qI,QL,ZL,WI,e1,KI,t1,r1,o1,Vf,n1,s1,JI,YI,i1,a1,
c1,XI,QI,p1,l1,d1,u1,m1,f1,fo,go,g1,ho,yo,Eo,h1,y1,E1,S1,ZI,x1,R1,_1,z,eT,tT,Wr,rT,oT,nT,sT,iT,aT,cT,pT,qf,w1,I1,T1,C1,v1,A1,Wf,lT,dT,uT,mT,Kf,fT,gT,hT,yT,ET,ST,
xT,b1,P1,O1,Jf,Yf,pi=p(()=>{X();Gf();Hc();wL="Arn",IL="AccessKeyId",TL="AssumeRole",CL="AssumedRoleId",vL="AssumeRoleRequest",AL="AssumeRoleResponse",jf="Assume\
dRoleUser",bL="AssumeRoleWithWebIdentity",PL="AssumeRoleWithWebIdentityRequest",OL="AssumeRoleWithWebIdentityResponse",NL="Audience",zf="Credentials",DL="Contex\
tAssertion",BI="DurationSeconds",kL="Expiration",$L="ExternalId",LL="ExpiredTokenException",UL="FederatedProviderArn",FL="Issuer",ML="InvalidContextAssertionExc\
eption",HL="IDPCommunicationErrorException",BL="IDPRejectedClaimException",GL="InvalidIdentityTokenException",jL="IdentityProvider",zL="Key",VL="MalformedPolicy\
DocumentException",GI="MinimumSessionTokenSize",jI="OriginIdentity",zI="Policy",VI="PolicyArns",qL="ProviderArn",WL="ProvidedContexts",KL="ProvidedContextsListT\
ype",JL="ProvidedContext",YL="PolicyDescriptorType",XL="ProviderId",qI="PackedPolicySize",QL="PackedPolicyTooLargeException",ZL="Provider",WI="RoleArn",e1="Regi\
onDisabledException",KI="RoleSessionName",t1="Subject",r1="SecretAccessKey",o1="SubjectFromWebIdentityToken",Vf="SourceIdentity",n1="SerialNumber",s1="SessionTo\
ken",JI="SessionTokenSize",YI="SessionTokenUtilization",i1="SubjectType",a1="Tags",c1="TokenCode",XI="TransactionContext",QI="TrustedIdentityPropagationContext",
p1="TransitiveTagKeys",l1="Tag",d1="Value",u1="WebIdentityToken",m1="arn",f1="accessKeySecretType",fo="awsQueryError",go="client",g1="clientTokenType",ho="error",
yo="httpError",Eo="message",h1="originIdentityIssuerType",y1="originIdentitySubjectType",E1="originIdentitySubjectTypeType",S1="policyDescriptorListType",ZI="sm\
ithy.ts.sdk.synthetic.com.amazonaws.sts",x1="transactionContextIdentityProviderMapType",R1="transactionContextValueType",_1="tagListType",z="com.amazonaws.sts",
eT=new Q(ZI),tT=[-3,ZI,"STSServiceException",0,[],[]];eT.registerError(tT,at);Wr=new Q(z),rT=[-3,z,LL,{[fo]:["ExpiredTokenException",400],[ho]:go,[yo]:400},[Eo],
[0]];Wr.registerError(rT,ti);oT=[-3,z,HL,{[fo]:["IDPCommunicationError",400],[ho]:go,[yo]:400},[Eo],[0]];Wr.registerError(oT,ci);nT=[-3,z,BL,{[fo]:["IDPRejected\
Claim",403],[ho]:go,[yo]:403},[Eo],[0]];Wr.registerError(nT,ii);sT=[-3,z,ML,{[fo]:["InvalidContextAssertion",400],[ho]:go,[yo]:400},[Eo],[0]];Wr.registerError(sT,
ri);iT=[-3,z,GL,{[fo]:["InvalidIdentityToken",400],[ho]:go,[yo]:400},[Eo],[0]];Wr.registerError(iT,ai);aT=[-3,z,VL,{[fo]:["MalformedPolicyDocument",400],[ho]:go,
[yo]:400},[Eo],[0]];Wr.registerError(aT,oi);cT=[-3,z,QL,{[fo]:["PackedPolicyTooLarge",400],[ho]:go,[yo]:400},[Eo],[0]];Wr.registerError(cT,ni);pT=[-3,z,e1,{[fo]:[
"RegionDisabledException",403],[ho]:go,[yo]:403},[Eo],[0]];Wr.registerError(pT,si);qf=[eT,Wr],w1=[0,z,f1,8,0],I1=[0,z,g1,8,0],T1=[0,z,h1,8,0],C1=[0,z,y1,8,0],v1=
[0,z,E1,8,0],A1=[0,z,R1,8,0],Wf=[3,z,jf,0,[CL,wL],[0,0],2],lT=[3,z,vL,0,[WI,KI,VI,zI,BI,a1,p1,$L,n1,c1,Vf,WL,GI],[0,0,()=>xT,0,1,()=>P1,64,0,0,0,0,()=>b1,1],2],
dT=[3,z,AL,0,[zf,jf,qI,Vf,YI,JI],[[()=>Kf,0],()=>Wf,1,0,1,1]],uT=[3,z,PL,0,[WI,KI,u1,XL,VI,zI,BI,GI],[0,0,[()=>I1,0],0,()=>xT,0,1,1],3],mT=[3,z,OL,0,[zf,o1,jf,qI,
ZL,NL,Vf,YI,JI,QI],[[()=>Kf,0],0,()=>Wf,1,0,0,0,1,1,[()=>ST,0]]],Kf=[3,z,zf,0,[IL,r1,s1,kL],[0,[()=>w1,0],0,4],4],fT=[3,z,jI,0,[t1,i1,FL,UL],[[()=>C1,0],[()=>v1,
0],[()=>T1,0],0]],gT=[3,z,YL,0,[m1],[0]],hT=[3,z,JL,0,[qL,DL],[0,0]],yT=[3,z,l1,0,[zL,d1],[0,0],2],ET=[3,z,XI,0,[jL],[[()=>O1,0]]],ST=[3,z,QI,8,[jI,XI],[[()=>fT,
0],[()=>ET,0]]],xT=[1,z,S1,0,()=>gT],b1=[1,z,KL,0,()=>hT],P1=[1,z,_1,0,()=>yT],O1=[2,z,x1,0,[0,0],[()=>A1,0]],Jf=[9,z,TL,0,()=>lT,()=>dT],Yf=[9,z,bL,0,()=>uT,()=>mT]});var RT,_T=p(()=>{_e();on();bf();st();nn();v();F();$();kf();Nf();pi();RT=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
ue,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??Oc,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
tI,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new fe},{schemeId:"aws.aut\
h#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4a"),signer:new co},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("s\
mithy.api#noAuth")||(async()=>({})),signer:new nt}],logger:t?.logger??new Re,protocol:t?.protocol??Zs,protocolSettings:t?.protocolSettings??{defaultNamespace:"c\
om.amazonaws.sts",errorTypeRegistries:qf,xmlNamespace:"https://sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20\
110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??gt,signerConstructor:t?.signerConstructor??Zo,urlParser:t?.urlParser??me,utf8Decoder:t?.utf8Decoder??se,
utf8Encoder:t?.utf8Encoder??ee})});var wT,IT=p(()=>{Qs();M();_e();st();v();L();ut();$();uo();_T();wT=t=>{Nt(process.version);let e=Ut(t),r=()=>e().then(Ot),o=RT(t);wt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??I(ft,n),bodyLengthChecker:t?.bodyLengthChecker??
It,defaultSocketTimeout:yr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Qt({serviceId:o.serviceId,clientVersion:lo.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4")||(async i=>await t.credentialDefaultProvider(i?.__config||
{})()),signer:new fe},{schemeId:"aws.auth#sigv4a",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4a"),signer:new co},{schemeId:"smithy.api#noAuth",identityProvider:s=>s.
getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new nt}],maxAttempts:t?.maxAttempts??I(Kt,t),region:t?.region??I(be,{...tt,...n}),requestHandler:ke.
create(t?.requestHandler??r),retryMode:t?.retryMode??I({...Yt,default:async()=>(await r()).retryMode||it},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??I(
Rc,n),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??I(At,n),useFipsEndpoint:t?.useFipsEndpoint??I(bt,n),userAgentAppId:t?.
userAgentAppId??I(Zt,n)}}});var TT,CT,vT=p(()=>{TT=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},CT=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var AT,bT=p(()=>{M();v();F();vT();AT=(t,e)=>{let r=Object.assign(er(t),Dt(t),Mt(t),TT(t));return e.forEach(o=>o.configure(r)),Object.assign(t,tr(r),kt(r),Ht(r),
CT(r))}});var So,Bc=p(()=>{M();st();v();L();K();F();ut();X();kf();$f();IT();bT();So=class extends Ie{config;constructor(...[e]){let r=wT(e||{});super(r),this.initConfig=r;
let o=oI(r),n=Vt(o),s=Jt(n),i=Lt(s),a=i,c=ir(a),l=rI(c),d=AT(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Pt(this.config)),this.middlewareStack.use(
Xt(this.config)),this.middlewareStack.use(cr(this.config)),this.middlewareStack.use(Bt(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.
use(jt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:Q0,identityProviderConfigProvider:async u=>new ze(
{"aws.auth#sigv4":u.credentials,"aws.auth#sigv4a":u.credentials})})),this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}}});var Gc,jc,zc,Xf=p(()=>{v();K();$f();Gc=$t(nI,"AWSSecurityTokenServiceV20110615","STSClient",ar),jc={},zc=(t,e,r,o)=>[]});var sn,Vc=p(()=>{Xf();pi();sn=class extends Gc(jc,zc,"AssumeRole",Jf){}});var an,qc=p(()=>{Xf();pi();an=class extends Gc(jc,zc,"AssumeRoleWithWebIdentity",Yf){}});var N1,Wc,PT=p(()=>{v();Vc();qc();Bc();N1={AssumeRoleCommand:sn,AssumeRoleWithWebIdentityCommand:an},Wc=class extends So{};jr(N1,Wc)});var OT=p(()=>{Vc();qc()});var NT=p(()=>{});var DT,kT,$T,LT,UT,FT=p(()=>{M();Vc();qc();DT=t=>{if(typeof t?.Arn=="string"){let e=t.Arn.split(":");if(e.length>4&&e[4]!=="")return e[4]}},kT=async(t,e,r,o={})=>{
let n=typeof t=="function"?await t():t,s=typeof e=="function"?await e():e,i="",a=n??s??(i=await uf(o)());return r?.debug?.("@aws-sdk/client-sts::resolveRegion",
"accepting first of:",`${n} (credential provider clientConfig)`,`${s} (contextual client)`,`${i} (STS default: AWS_REGION, profile region, or us-east-1)`),a},$T=
(t,e)=>{let r,o;return async(n,s)=>{if(o=n,!r){let{logger:d=t?.parentClientConfig?.logger,profile:u=t?.parentClientConfig?.profile,region:m,requestHandler:f=t?.
parentClientConfig?.requestHandler,credentialProviderLogger:g,userAgentAppId:h=t?.parentClientConfig?.userAgentAppId}=t,y=await kT(m,t?.parentClientConfig?.region,
g,{logger:d,profile:u}),S=!UT(f);r=new e({...t,userAgentAppId:h,profile:u,credentialDefaultProvider:()=>async()=>o,region:y,requestHandler:S?f:void 0,logger:d})}
let{Credentials:i,AssumedRoleUser:a}=await r.send(new sn(s));if(!i||!i.AccessKeyId||!i.SecretAccessKey)throw new Error(`Invalid response from STS.assumeRole cal\
l with role ${s.RoleArn}`);let c=DT(a),l={accessKeyId:i.AccessKeyId,secretAccessKey:i.SecretAccessKey,sessionToken:i.SessionToken,expiration:i.Expiration,...i.CredentialScope&&
{credentialScope:i.CredentialScope},...c&&{accountId:c}};return B(l,"CREDENTIALS_STS_ASSUME_ROLE","i"),l}},LT=(t,e)=>{let r;return async o=>{if(!r){let{logger:c=t?.
parentClientConfig?.logger,profile:l=t?.parentClientConfig?.profile,region:d,requestHandler:u=t?.parentClientConfig?.requestHandler,credentialProviderLogger:m,userAgentAppId:f=t?.
parentClientConfig?.userAgentAppId}=t,g=await kT(d,t?.parentClientConfig?.region,m,{logger:c,profile:l}),h=!UT(u);r=new e({...t,userAgentAppId:f,profile:l,region:g,
requestHandler:h?u:void 0,logger:c})}let{Credentials:n,AssumedRoleUser:s}=await r.send(new an(o));if(!n||!n.AccessKeyId||!n.SecretAccessKey)throw new Error(`Inv\
alid response from STS.assumeRoleWithWebIdentity call with role ${o.RoleArn}`);let i=DT(s),a={accessKeyId:n.AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.
SessionToken,expiration:n.Expiration,...n.CredentialScope&&{credentialScope:n.CredentialScope},...i&&{accountId:i}};return i&&B(a,"RESOLVED_ACCOUNT_ID","T"),B(a,
"CREDENTIALS_STS_ASSUME_ROLE_WEB_ID","k"),a}},UT=t=>t?.metadata?.handlerProtocol==="h2"});var MT,HT,BT,D1,GT=p(()=>{FT();Bc();MT=(t,e)=>e?class extends t{constructor(o){super(o);for(let n of e)this.middlewareStack.use(n)}}:t,HT=(t={},e)=>$T(t,MT(So,e)),
BT=(t={},e)=>LT(t,MT(So,e)),D1=t=>e=>t({roleAssumer:HT(e),roleAssumerWithWebIdentity:BT(e),...e})});var Qf={};or(Qf,{$Command:()=>sr,AssumeRole$:()=>Jf,AssumeRoleCommand:()=>sn,AssumeRoleRequest$:()=>lT,AssumeRoleResponse$:()=>dT,AssumeRoleWithWebIdentity$:()=>Yf,
AssumeRoleWithWebIdentityCommand:()=>an,AssumeRoleWithWebIdentityRequest$:()=>uT,AssumeRoleWithWebIdentityResponse$:()=>mT,AssumedRoleUser$:()=>Wf,Credentials$:()=>Kf,
ExpiredTokenException:()=>ti,ExpiredTokenException$:()=>rT,IDPCommunicationErrorException:()=>ci,IDPCommunicationErrorException$:()=>oT,IDPRejectedClaimException:()=>ii,
IDPRejectedClaimException$:()=>nT,InvalidContextAssertionException:()=>ri,InvalidContextAssertionException$:()=>sT,InvalidIdentityTokenException:()=>ai,InvalidIdentityTokenException$:()=>iT,
MalformedPolicyDocumentException:()=>oi,MalformedPolicyDocumentException$:()=>aT,OriginIdentity$:()=>fT,PackedPolicyTooLargeException:()=>ni,PackedPolicyTooLargeException$:()=>cT,
PolicyDescriptorType$:()=>gT,ProvidedContext$:()=>hT,RegionDisabledException:()=>si,RegionDisabledException$:()=>pT,STS:()=>Wc,STSClient:()=>So,STSServiceException:()=>at,
STSServiceException$:()=>tT,Tag$:()=>yT,TransactionContext$:()=>ET,TrustedIdentityPropagationContext$:()=>ST,__Client:()=>Ie,decorateDefaultCredentialProvider:()=>D1,
errorTypeRegistries:()=>qf,getDefaultRoleAssumer:()=>HT,getDefaultRoleAssumerWithWebIdentity:()=>BT});var Zf=p(()=>{Bc();PT();OT();v();pi();Gf();NT();GT();Hc()});var Bn,eg=p(()=>{Bn=t=>async e=>{t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");let{roleArn:r,roleSessionName:o,webIdentityToken:n,
providerId:s,policyArns:i,policy:a,durationSeconds:c}=t,{roleAssumerWithWebIdentity:l}=t;if(!l){let{getDefaultRoleAssumerWithWebIdentity:d}=await Promise.resolve().then(()=>(Zf(),Qf));
l=d({...t.clientConfig,credentialProviderLogger:t.logger,parentClientConfig:{...e?.callerClientConfig,...t.parentClientConfig}},t.clientPlugins)}return l({RoleArn:r,
RoleSessionName:o??`aws-sdk-js-session-${Date.now()}`,WebIdentityToken:n,ProviderId:s,PolicyArns:i,Policy:a,DurationSeconds:c})}});var zT,jT,k1,$1,VT,qT=p(()=>{M();L();zT=require("node:fs");eg();jT="AWS_WEB_IDENTITY_TOKEN_FILE",k1="AWS_ROLE_ARN",$1="AWS_ROLE_SESSION_NAME",VT=(t={})=>async e=>{
t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile");let r=t?.webIdentityTokenFile??process.env[jT],o=t?.roleArn??process.env[k1],n=t?.roleSessionName??
process.env[$1];if(!r||!o)throw new _("Web identity configuration not specified",{logger:t.logger});let s=await Bn({...t,webIdentityToken:As?.getTokenRecord?.()[r]??
(0,zT.readFileSync)(r,{encoding:"ascii"}),roleArn:o,roleSessionName:n})(e);return r===process.env[jT]&&B(s,"CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN","h"),s}});var tg={};or(tg,{fromTokenFile:()=>VT,fromWebToken:()=>Bn});var Kc=p(()=>{qT();eg()});var li,di,sg,ig,ag,cg,Xc,dC=p(()=>{M();L();li="AWS_ACCESS_KEY_ID",di="AWS_SECRET_ACCESS_KEY",sg="AWS_SESSION_TOKEN",ig="AWS_CREDENTIAL_EXPIRATION",ag="AWS_CREDE\
NTIAL_SCOPE",cg="AWS_ACCOUNT_ID",Xc=t=>async()=>{t?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");let e=process.env[li],r=process.env[di],o=process.
env[sg],n=process.env[ig],s=process.env[ag],i=process.env[cg];if(e&&r){let a={accessKeyId:e,secretAccessKey:r,...o&&{sessionToken:o},...n&&{expiration:new Date(
n)},...s&&{credentialScope:s},...i&&{accountId:i}};return B(a,"CREDENTIALS_ENV_VARS","g"),a}throw new _("Unable to find environment variable credentials.",{logger:t?.
logger})}});var uC={};or(uC,{ENV_ACCOUNT_ID:()=>cg,ENV_CREDENTIAL_SCOPE:()=>ag,ENV_EXPIRATION:()=>ig,ENV_KEY:()=>li,ENV_SECRET:()=>di,ENV_SESSION:()=>sg,fromEnv:()=>Xc});var pg=p(
()=>{dC()});var Qc,Zc,lg=p(()=>{Qc=t=>!!t&&typeof t=="object"&&typeof t.AccessKeyId=="string"&&typeof t.SecretAccessKey=="string"&&typeof t.Token=="string"&&typeof t.Expiration==
"string",Zc=t=>({accessKeyId:t.AccessKeyId,secretAccessKey:t.SecretAccessKey,sessionToken:t.Token,expiration:new Date(t.Expiration),...t.AccountId&&{accountId:t.
AccountId}})});var mC,fC,jn,ep=p(()=>{mC=1e3,fC=0,jn=({maxRetries:t=0,timeout:e=1e3})=>({maxRetries:t,timeout:e})});var dg,gC=p(()=>{dg=Ur(require("node:http"))});function Ro(t){return new Promise((e,r)=>{let o=dg.default.request({method:"GET",...t,hostname:t.hostname?.replace(/^\[(.+)\]$/,"$1")});o.on("error",n=>{r(Object.
assign(new Be("Unable to connect to instance metadata service"),n)),o.destroy()}),o.on("timeout",()=>{r(new Be("TimeoutError from instance metadata service")),o.
destroy()}),o.on("response",n=>{let{statusCode:s=400}=n;(s<200||300<=s)&&(r(Object.assign(new Be("Error response received from instance metadata service"),{statusCode:s})),
o.destroy());let i=[];n.on("data",a=>{i.push(a)}),n.on("end",()=>{e(Buffer.concat(i)),o.destroy()})}),o.end()})}var tp=p(()=>{L();gC()});var ui,ug=p(()=>{ui=(t,e)=>{let r=t();for(let o=0;o<e;o++)r=r.catch(t);return r}});var zn,mi,rp,hC,Z1,eU,tU,rU,oU,yC=p(()=>{L();lg();ep();tp();ug();zn="AWS_CONTAINER_CREDENTIALS_FULL_URI",mi="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",rp="AWS_CON\
TAINER_AUTHORIZATION_TOKEN",hC=(t={})=>{let{timeout:e,maxRetries:r}=jn(t);return()=>ui(async()=>{let o=await oU({logger:t.logger}),n=JSON.parse(await Z1(e,o));if(!Qc(
n))throw new _("Invalid response received from instance metadata service.",{logger:t.logger});return Zc(n)},r)},Z1=async(t,e)=>(process.env[rp]&&(e.headers={...e.
headers,Authorization:process.env[rp]}),(await Ro({...e,timeout:t})).toString()),eU="169.254.170.2",tU=new Set(["localhost","127.0.0.1"]),rU=new Set(["http:","h\
ttps:"]),oU=async({logger:t})=>{if(process.env[mi])return{hostname:eU,path:process.env[mi]};if(process.env[zn]){let e;try{e=new URL(process.env[zn])}catch{throw new _(
`${process.env[zn]} is not a valid container metadata service URL`,{tryNextLink:!1,logger:t})}if(!e.hostname||!tU.has(e.hostname))throw new _(`${e.hostname} is \
not a valid container metadata service hostname`,{tryNextLink:!1,logger:t});if(!e.protocol||!rU.has(e.protocol))throw new _(`${e.protocol} is not a valid contai\
ner metadata service protocol`,{tryNextLink:!1,logger:t});return{protocol:e.protocol,hostname:e.hostname,path:e.pathname+e.search,port:e.port?parseInt(e.port,10):
void 0}}throw new _(`The container metadata credential provider cannot be used unless the ${mi} or ${zn} environment variable is set`,{tryNextLink:!1,logger:t})}});var op,EC=p(()=>{L();op=class t extends _{tryNextLink;name="InstanceMetadataV1FallbackError";constructor(e,r=!0){super(e,r),this.tryNextLink=r,Object.setPrototypeOf(
this,t.prototype)}}});var pn,mg=p(()=>{(function(t){t.IPv4="http://169.254.169.254",t.IPv6="http://[fd00:ec2::254]"})(pn||(pn={}))});var nU,sU,SC,xC=p(()=>{nU="AWS_EC2_METADATA_SERVICE_ENDPOINT",sU="ec2_metadata_service_endpoint",SC={environmentVariableSelector:t=>t[nU],configFileSelector:t=>t[sU],
default:void 0}});var _o,fg=p(()=>{(function(t){t.IPv4="IPv4",t.IPv6="IPv6"})(_o||(_o={}))});var iU,aU,RC,_C=p(()=>{fg();iU="AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",aU="ec2_metadata_service_endpoint_mode",RC={environmentVariableSelector:t=>t[iU],configFileSelector:t=>t[aU],
default:_o.IPv4}});var np,cU,pU,gg=p(()=>{L();F();mg();xC();fg();_C();np=async()=>me(await cU()||await pU()),cU=async()=>I(SC)(),pU=async()=>{let t=await I(RC)();switch(t){case _o.
IPv4:return pn.IPv4;case _o.IPv6:return pn.IPv6;default:throw new Error(`Unsupported endpoint mode: ${t}. Select from ${Object.values(_o)}`)}}});var lU,hg,wC=p(()=>{lU="https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html",hg=(t,e)=>{let r=300+Math.floor(Math.random()*300),o=new Date(
Date.now()+r*1e3);e.warn(`Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be atte\
mpted after ${new Date(o)}.
For more information, please visit: `+lU);let n=t.originalExpiration??t.expiration;return{...t,...n?{originalExpiration:n}:{},expiration:o}}});var IC,TC=p(()=>{wC();IC=(t,e={})=>{let r=e?.logger||console,o;return async()=>{let n;try{n=await t(),n.expiration&&n.expiration.getTime()<Date.now()&&(n=hg(n,r))}catch(s){
if(o)r.warn("Credential renew failed: ",s),n=hg(o,r);else throw s}return o=n,n}}});var AC,dU,yg,CC,vC,bC,uU,mU,fU,gU,PC=p(()=>{L();EC();lg();ep();tp();ug();gg();TC();AC="/latest/meta-data/iam/security-credentials/",dU="/latest/api/token",yg="A\
WS_EC2_METADATA_V1_DISABLED",CC="ec2_metadata_v1_disabled",vC="x-aws-ec2-metadata-token",bC=(t={})=>IC(uU(t),{logger:t.logger}),uU=(t={})=>{let e=!1,{logger:r,profile:o}=t,
{timeout:n,maxRetries:s}=jn(t),i=async(a,c)=>{if(e||c.headers?.[vC]==null){let u=!1,m=!1,f=await I({environmentVariableSelector:g=>{let h=g[yg];if(m=!!h&&h!=="f\
alse",h===void 0)throw new _(`${yg} not set in env, checking config file next.`,{logger:t.logger});return m},configFileSelector:g=>{let h=g[CC];return u=!!h&&h!==
"false",u},default:!1},{profile:o})();if(t.ec2MetadataV1Disabled||f){let g=[];throw t.ec2MetadataV1Disabled&&g.push("credential provider initialization (runtime\
 option ec2MetadataV1Disabled)"),u&&g.push(`config file profile (${CC})`),m&&g.push(`process environment variable (${yg})`),new op(`AWS EC2 Metadata v1 fallback\
 has been blocked by AWS SDK configuration in the following: [${g.join(", ")}].`)}}let d=(await ui(async()=>{let u;try{u=await fU(c)}catch(m){throw m.statusCode===
401&&(e=!1),m}return u},a)).trim();return ui(async()=>{let u;try{u=await gU(d,c,t)}catch(m){throw m.statusCode===401&&(e=!1),m}return u},a)};return async()=>{let a=await np();
if(e)return r?.debug("AWS SDK Instance Metadata","using v1 fallback (no token fetch)"),i(s,{...a,timeout:n});{let c;try{c=(await mU({...a,timeout:n})).toString()}catch(l){
if(l?.statusCode===400)throw Object.assign(l,{message:"EC2 Metadata token request returned error"});return(l.message==="TimeoutError"||[403,404,405].includes(l.
statusCode))&&(e=!0),r?.debug("AWS SDK Instance Metadata","using v1 fallback (initial)"),i(s,{...a,timeout:n})}return i(s,{...a,headers:{[vC]:c},timeout:n})}}},
mU=async t=>Ro({...t,path:dU,method:"PUT",headers:{"x-aws-ec2-metadata-token-ttl-seconds":"21600"}}),fU=async t=>(await Ro({...t,path:AC})).toString(),gU=async(t,e,r)=>{
let o=JSON.parse((await Ro({...e,path:AC+t})).toString());if(!Qc(o))throw new _("Invalid response received from instance metadata service.",{logger:r.logger});return Zc(
o)}});var sp={};or(sp,{DEFAULT_MAX_RETRIES:()=>fC,DEFAULT_TIMEOUT:()=>mC,ENV_CMDS_AUTH_TOKEN:()=>rp,ENV_CMDS_FULL_URI:()=>zn,ENV_CMDS_RELATIVE_URI:()=>mi,Endpoint:()=>pn,
fromContainerMetadata:()=>hC,fromInstanceMetadata:()=>bC,getInstanceMetadataEndpoint:()=>np,httpRequest:()=>Ro,providerConfigFromInit:()=>jn});var ip=p(()=>{yC();
PC();ep();tp();gg();mg()});var hU,yU,EU,OC,NC=p(()=>{L();hU="169.254.170.2",yU="169.254.170.23",EU="[fd00:ec2::23]",OC=(t,e)=>{if(t.protocol!=="https:"&&!(t.hostname===hU||t.hostname===yU||
t.hostname===EU)){if(t.hostname.includes("[")){if(t.hostname==="[::1]"||t.hostname==="[0000:0000:0000:0000:0000:0000:0000:0001]")return}else{if(t.hostname==="lo\
calhost")return;let r=t.hostname.split("."),o=n=>{let s=parseInt(n,10);return 0<=s&&s<=255};if(r[0]==="127"&&o(r[1])&&o(r[2])&&o(r[3])&&r.length===4)return}throw new _(
`URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`,{logger:e})}}});function DC(t){return new j({protocol:t.protocol,hostname:t.hostname,port:Number(t.port),path:t.pathname,query:Array.from(t.searchParams.entries()).reduce((e,[r,
o])=>(e[r]=o,e),{}),fragment:t.hash})}async function kC(t,e){let o=await $s(t.body).transformToString();if(t.statusCode===200){let n=JSON.parse(o);if(typeof n.AccessKeyId!=
"string"||typeof n.SecretAccessKey!="string"||typeof n.Token!="string"||typeof n.Expiration!="string")throw new _("HTTP credential provider response not of the \
required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }",{logger:e});return{accessKeyId:n.
AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.Token,expiration:cu(n.Expiration)}}if(t.statusCode>=400&&t.statusCode<500){let n={};try{n=JSON.parse(
o)}catch{}throw Object.assign(new _(`Server responded with status: ${t.statusCode}`,{logger:e}),{Code:n.Code,Message:n.Message})}throw new _(`Server responded w\
ith status: ${t.statusCode}`,{logger:e})}var $C=p(()=>{L();F();$();$()});var LC,UC=p(()=>{LC=(t,e,r)=>async()=>{for(let o=0;o<e;++o)try{return await t()}catch{await new Promise(s=>setTimeout(s,r))}return await t()}});var MC,SU,xU,RU,_U,wU,HC,FC,BC=p(()=>{M();L();uo();MC=Ur(require("node:fs/promises"));NC();$C();UC();SU="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",xU="http://169.\
254.170.2",RU="AWS_CONTAINER_CREDENTIALS_FULL_URI",_U="AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",wU="AWS_CONTAINER_AUTHORIZATION_TOKEN",HC=(t={})=>{t.logger?.debug(
"@aws-sdk/credential-provider-http - fromHttp");let e,r=t.awsContainerCredentialsRelativeUri??process.env[SU],o=t.awsContainerCredentialsFullUri??process.env[RU],
n=t.awsContainerAuthorizationToken??process.env[wU],s=t.awsContainerAuthorizationTokenFile??process.env[_U],i=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?.
warn?console.warn:t.logger.warn.bind(t.logger);if(r&&o&&(i("@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsConta\
inerCredentialsFullUri."),i("awsContainerCredentialsRelativeUri will take precedence.")),n&&s&&(i("@aws-sdk/credential-provider-http: you have set both awsConta\
inerAuthorizationToken and awsContainerAuthorizationTokenFile."),i("awsContainerAuthorizationTokenFile will take precedence.")),r)e=`${xU}${r}`;else if(o)e=o;else
throw new _(`No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`,{logger:t.logger});let a=new URL(e);OC(a,t.logger);let c=ke.create({connectionTimeout:t.
timeout??1e3}),l=t.timeout??1e3,d=LC(async()=>{let u=DC(a);s?u.headers.Authorization=FC((await MC.default.readFile(s)).toString()):n&&(u.headers.Authorization=FC(
n));try{let m=await c.handle(u,{requestTimeout:l});return kC(m.response).then(f=>B(f,"CREDENTIALS_HTTP","z"))}catch(m){throw new _(String(m),{logger:t.logger})}},
t.maxRetries??3,t.timeout??1e3);return async()=>{try{return await d()}finally{c.destroy?.()}}},FC=t=>{if(t.includes(`\r
`))throw new _("Authorization token contains invalid \\r\\n sequence.");return t}});var Eg={};or(Eg,{fromHttp:()=>HC});var Sg=p(()=>{BC()});var ap,xg=p(()=>{ap=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var Vn,cp=p(()=>{Vn="To refresh this SSO session run 'aws sso login' with the corresponding profile."});function TU(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sso-oauth",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function CU(t){return{schemeId:"smithy.api#noAuth"}}var VC,qC,WC,Rg=p(()=>{_e();v();VC=async(t,e,r)=>({operation:te(e).operation,region:await W(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});qC=t=>{let e=[];return t.operation==="CreateToken"?e.push(CU(t)):e.push(TU(t)),
e},WC=t=>{let e=pr(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??[])})}});var KC,JC,_g=p(()=>{KC=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"sso-oauth"}),
JC={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var fi,ln,pp,YC,ev,lp,wg,XC,Ig,qn,QC,ZC,vU,ht,AU,tv,rv=p(()=>{K();fi="ref",ln=-1,pp=!0,YC="isSet",ev="PartitionResult",lp="booleanEquals",wg="getAttr",XC={[fi]:"\
Endpoint"},Ig={[fi]:ev},qn={},QC=[{[fi]:"Region"}],ZC={conditions:[[YC,[XC]],[YC,QC],["aws.partition",QC,ev],[lp,[{[fi]:"UseFIPS"},pp]],[lp,[{[fi]:"UseDualStack"},
pp]],[lp,[{fn:wg,argv:[Ig,"supportsDualStack"]},pp]],[lp,[{fn:wg,argv:[Ig,"supportsFIPS"]},pp]],["stringEquals",[{fn:wg,argv:[Ig,"name"]},"aws-us-gov"]]],results:[
[ln],[ln,"Invalid Configuration: FIPS and custom endpoint are not supported"],[ln,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[XC,
qn],["https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",qn],[ln,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://oidc.{Region}.amazonaws.com",qn],["https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}",qn],[ln,"FIPS is enabled but this partition does not suppor\
t FIPS"],["https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}",qn],[ln,"DualStack is enabled but this partition does not support DualStack"],["https://o\
idc.{Region}.{PartitionResult#dnsSuffix}",qn],[ln,"Invalid Configuration: Missing Region"]]},vU=2,ht=1e8,AU=new Int32Array([-1,1,-1,0,13,3,1,4,ht+12,2,5,ht+12,3,
8,6,4,7,ht+11,5,ht+9,ht+10,4,11,9,6,10,ht+8,7,ht+6,ht+7,5,12,ht+5,6,ht+4,ht+5,3,ht+1,14,4,ht+2,ht+3]),tv=rt.from(AU,vU,ZC.conditions,ZC.results)});var bU,ov,nv=p(()=>{M();K();rv();bU=new ot({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),ov=(t,e={})=>bU.get(t,()=>Ft(tv,{endpointParams:t,logger:e.
logger}));Pe.aws=mt});var Te,dp=p(()=>{v();Te=class t extends et{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException";constructor(e){super(e),Object.
setPrototypeOf(this,t.prototype)}}});var gi,hi,yi,Ei,Si,xi,Ri,_i,wi,Ii,Ti,Tg=p(()=>{dp();gi=class t extends Te{static shapeId="com.amazonaws.ssooidc#AccessDeniedException";name="AccessDeniedExcepti\
on";$fault="client";error;reason;error_description;constructor(e){super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},hi=class t extends Te{static shapeId="com.amazonaws.ssooidc#AuthorizationPe\
ndingException";name="AuthorizationPendingException";$fault="client";error;error_description;constructor(e){super({name:"AuthorizationPendingException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},yi=class t extends Te{static shapeId="com\
.amazonaws.ssooidc#ExpiredTokenException";name="ExpiredTokenException";$fault="client";error;error_description;constructor(e){super({name:"ExpiredTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Ei=class t extends Te{static shapeId="\
com.amazonaws.ssooidc#InternalServerException";name="InternalServerException";$fault="server";error;error_description;constructor(e){super({name:"InternalServer\
Exception",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Si=class t extends Te{static shapeId="\
com.amazonaws.ssooidc#InvalidClientException";name="InvalidClientException";$fault="client";error;error_description;constructor(e){super({name:"InvalidClientExc\
eption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},xi=class t extends Te{static shapeId="\
com.amazonaws.ssooidc#InvalidGrantException";name="InvalidGrantException";$fault="client";error;error_description;constructor(e){super({name:"InvalidGrantExcept\
ion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Ri=class t extends Te{static shapeId="\
com.amazonaws.ssooidc#InvalidRequestException";name="InvalidRequestException";$fault="client";error;reason;error_description;constructor(e){super({name:"Invalid\
RequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},
_i=class t extends Te{static shapeId="com.amazonaws.ssooidc#InvalidScopeException";name="InvalidScopeException";$fault="client";error;error_description;constructor(e){
super({name:"InvalidScopeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},
wi=class t extends Te{static shapeId="com.amazonaws.ssooidc#SlowDownException";name="SlowDownException";$fault="client";error;error_description;constructor(e){super(
{name:"SlowDownException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Ii=class t extends Te{static shapeId="\
com.amazonaws.ssooidc#UnauthorizedClientException";name="UnauthorizedClientException";$fault="client";error;error_description;constructor(e){super({name:"Unauth\
orizedClientException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Ti=class t extends Te{static shapeId="\
com.amazonaws.ssooidc#UnsupportedGrantTypeException";name="UnsupportedGrantTypeException";$fault="client";error;error_description;constructor(e){super({name:"Un\
supportedGrantTypeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}}});var PU,OU,NU,DU,kU,$U,LU,UU,FU,MU,HU,BU,GU,jU,zU,VU,qU,WU,KU,JU,$r,YU,XU,QU,ZU,eF,de,tF,_r,rF,oF,wr,nF,sv,iv,sF,av,iF,aF,cF,ge,cv,pv,dr,lv,dv,uv,mv,fv,gv,hv,yv,
Ev,Sv,xv,Cg,pF,lF,dF,uF,Rv,_v,wv,vg,up=p(()=>{X();Tg();dp();PU="AccessDeniedException",OU="AuthorizationPendingException",NU="AccessToken",DU="ClientSecret",kU=
"CreateToken",$U="CreateTokenRequest",LU="CreateTokenResponse",UU="CodeVerifier",FU="ExpiredTokenException",MU="InvalidClientException",HU="InvalidGrantExceptio\
n",BU="InvalidRequestException",GU="InternalServerException",jU="InvalidScopeException",zU="IdToken",VU="RefreshToken",qU="SlowDownException",WU="UnauthorizedCl\
ientException",KU="UnsupportedGrantTypeException",JU="accessToken",$r="client",YU="clientId",XU="clientSecret",QU="codeVerifier",ZU="code",eF="deviceCode",de="e\
rror",tF="expiresIn",_r="error_description",rF="grantType",oF="http",wr="httpError",nF="idToken",sv="reason",iv="refreshToken",sF="redirectUri",av="smithy.ts.sd\
k.synthetic.com.amazonaws.ssooidc",iF="scope",aF="server",cF="tokenType",ge="com.amazonaws.ssooidc",cv=new Q(av),pv=[-3,av,"SSOOIDCServiceException",0,[],[]];cv.
registerError(pv,Te);dr=new Q(ge),lv=[-3,ge,PU,{[de]:$r,[wr]:400},[de,sv,_r],[0,0,0]];dr.registerError(lv,gi);dv=[-3,ge,OU,{[de]:$r,[wr]:400},[de,_r],[0,0]];dr.
registerError(dv,hi);uv=[-3,ge,FU,{[de]:$r,[wr]:400},[de,_r],[0,0]];dr.registerError(uv,yi);mv=[-3,ge,GU,{[de]:aF,[wr]:500},[de,_r],[0,0]];dr.registerError(mv,Ei);
fv=[-3,ge,MU,{[de]:$r,[wr]:401},[de,_r],[0,0]];dr.registerError(fv,Si);gv=[-3,ge,HU,{[de]:$r,[wr]:400},[de,_r],[0,0]];dr.registerError(gv,xi);hv=[-3,ge,BU,{[de]:$r,
[wr]:400},[de,sv,_r],[0,0,0]];dr.registerError(hv,Ri);yv=[-3,ge,jU,{[de]:$r,[wr]:400},[de,_r],[0,0]];dr.registerError(yv,_i);Ev=[-3,ge,qU,{[de]:$r,[wr]:400},[de,
_r],[0,0]];dr.registerError(Ev,wi);Sv=[-3,ge,WU,{[de]:$r,[wr]:400},[de,_r],[0,0]];dr.registerError(Sv,Ii);xv=[-3,ge,KU,{[de]:$r,[wr]:400},[de,_r],[0,0]];dr.registerError(
xv,Ti);Cg=[cv,dr],pF=[0,ge,NU,8,0],lF=[0,ge,DU,8,0],dF=[0,ge,UU,8,0],uF=[0,ge,zU,8,0],Rv=[0,ge,VU,8,0],_v=[3,ge,$U,0,[YU,XU,rF,eF,ZU,iv,iF,sF,QU],[0,[()=>lF,0],
0,0,0,[()=>Rv,0],64,0,[()=>dF,0]],3],wv=[3,ge,LU,0,[JU,cF,tF,iv,nF],[[()=>pF,0],0,1,[()=>Rv,0],[()=>uF,0]]],vg=[9,ge,kU,{[oF]:["POST","/token",200]},()=>_v,()=>wv]});var Iv,Tv=p(()=>{_e();on();st();nn();v();F();$();Rg();nv();up();Iv=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
ue,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??ov,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
qC,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new fe},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new nt}],logger:t?.logger??new Re,protocol:t?.protocol??qr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.ssooidc",errorTypeRegistries:Cg,version:"2019-06-10",serviceTarget:"AWSSSOOIDCService"},serviceId:t?.serviceId??
"SSO OIDC",sha256:t?.sha256??gt,urlParser:t?.urlParser??me,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??ee})});var Cv,vv=p(()=>{Qs();M();_e();v();L();ut();$();uo();Tv();Cv=t=>{Nt(process.version);let e=Ut(t),r=()=>e().then(Ot),o=Iv(t);wt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??I(ft,n),bodyLengthChecker:t?.bodyLengthChecker??
It,defaultSocketTimeout:yr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Qt({serviceId:o.serviceId,clientVersion:lo.version}),maxAttempts:t?.
maxAttempts??I(Kt,t),region:t?.region??I(be,{...tt,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??I({...Yt,default:async()=>(await r()).
retryMode||it},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??I(At,n),useFipsEndpoint:t?.useFipsEndpoint??I(bt,n),userAgentAppId:t?.
userAgentAppId??I(Zt,n)}}});var Av,bv,Pv=p(()=>{Av=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},bv=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var Ov,Nv=p(()=>{M();v();F();Pv();Ov=(t,e)=>{let r=Object.assign(er(t),Dt(t),Mt(t),Av(t));return e.forEach(o=>o.configure(r)),Object.assign(t,tr(r),kt(r),Ht(r),
bv(r))}});var Ci,Ag=p(()=>{M();st();v();L();K();F();ut();X();Rg();_g();vv();Nv();Ci=class extends Ie{config;constructor(...[e]){let r=Cv(e||{});super(r),this.initConfig=r;
let o=KC(r),n=Vt(o),s=Jt(n),i=Lt(s),a=i,c=ir(a),l=WC(c),d=Ov(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Pt(this.config)),this.middlewareStack.use(
Xt(this.config)),this.middlewareStack.use(cr(this.config)),this.middlewareStack.use(Bt(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.
use(jt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:VC,identityProviderConfigProvider:async u=>new ze(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}}});var Dv,kv,$v,Lv=p(()=>{v();K();_g();Dv=$t(JC,"AWSSSOOIDCService","SSOOIDCClient",ar),kv={},$v=(t,e,r,o)=>[]});var vi,bg=p(()=>{Lv();up();vi=class extends Dv(kv,$v,"CreateToken",vg){}});var mF,mp,Uv=p(()=>{v();bg();Ag();mF={CreateTokenCommand:vi},mp=class extends Ci{};jr(mF,mp)});var Fv=p(()=>{bg()});var fF,gF,Mv=p(()=>{fF={KMS_ACCESS_DENIED:"KMS_AccessDeniedException"},gF={KMS_DISABLED_KEY:"KMS_DisabledException",KMS_INVALID_KEY_USAGE:"KMS_InvalidKeyUsageEx\
ception",KMS_INVALID_STATE:"KMS_InvalidStateException",KMS_KEY_NOT_FOUND:"KMS_NotFoundException"}});var Hv=p(()=>{});var Pg={};or(Pg,{$Command:()=>sr,AccessDeniedException:()=>gi,AccessDeniedException$:()=>lv,AccessDeniedExceptionReason:()=>fF,AuthorizationPendingException:()=>hi,
AuthorizationPendingException$:()=>dv,CreateToken$:()=>vg,CreateTokenCommand:()=>vi,CreateTokenRequest$:()=>_v,CreateTokenResponse$:()=>wv,ExpiredTokenException:()=>yi,
ExpiredTokenException$:()=>uv,InternalServerException:()=>Ei,InternalServerException$:()=>mv,InvalidClientException:()=>Si,InvalidClientException$:()=>fv,InvalidGrantException:()=>xi,
InvalidGrantException$:()=>gv,InvalidRequestException:()=>Ri,InvalidRequestException$:()=>hv,InvalidRequestExceptionReason:()=>gF,InvalidScopeException:()=>_i,InvalidScopeException$:()=>yv,
SSOOIDC:()=>mp,SSOOIDCClient:()=>Ci,SSOOIDCServiceException:()=>Te,SSOOIDCServiceException$:()=>pv,SlowDownException:()=>wi,SlowDownException$:()=>Ev,UnauthorizedClientException:()=>Ii,
UnauthorizedClientException$:()=>Sv,UnsupportedGrantTypeException:()=>Ti,UnsupportedGrantTypeException$:()=>xv,__Client:()=>Ie,errorTypeRegistries:()=>Cg});var Og=p(
()=>{Ag();Uv();Fv();v();up();Mv();Tg();Hv();dp()});var Bv,Gv=p(()=>{Bv=async(t,e={},r)=>{let{SSOOIDCClient:o}=await Promise.resolve().then(()=>(Og(),Pg)),n=i=>e.clientConfig?.[i]??e.parentClientConfig?.[i]??r?.[i];
return new o(Object.assign({},e.clientConfig??{},{region:t??e.clientConfig?.region,logger:n("logger"),userAgentAppId:n("userAgentAppId")}))}});var jv,zv=p(()=>{Gv();jv=async(t,e,r={},o)=>{let{CreateTokenCommand:n}=await Promise.resolve().then(()=>(Og(),Pg));return(await Bv(e,r,o)).send(new n({clientId:t.
clientId,clientSecret:t.clientSecret,refreshToken:t.refreshToken,grantType:"refresh_token"}))}});var Ng,Vv=p(()=>{L();cp();Ng=t=>{if(t.expiration&&t.expiration.getTime()<Date.now())throw new Ct(`Token is expired. ${Vn}`,!1)}});var wo,qv=p(()=>{L();cp();wo=(t,e,r=!1)=>{if(typeof e>"u")throw new Ct(`Value not present for '${t}' in SSO Token${r?". Cannot refresh":""}. ${Vn}`,!1)}});var Wv,hF,Kv,Jv=p(()=>{L();Wv=require("node:fs"),{writeFile:hF}=Wv.promises,Kv=(t,e)=>{let r=Rs(t),o=JSON.stringify(e,null,2);return hF(r,o)}});var Yv,fp,Dg,Xv=p(()=>{L();cp();zv();Vv();qv();Jv();Yv=new Map,fp=new Map,Dg=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/token-provider\
s - fromSso");let r=await Sr(t),o=Ze({profile:t.profile??e?.profile}),n=r[o];if(n){if(!n.sso_session)throw new Ct(`Profile '${o}' is missing required property '\
sso_session'.`)}else throw new Ct(`Profile '${o}' could not be found in shared credentials file.`,!1);let s=n.sso_session,i=fp.get(s);if(i)return await i;let c=(await vs(
t))[s];if(!c)throw new Ct(`Sso session '${s}' could not be found in shared credentials file.`,!1);for(let x of["sso_start_url","sso_region"])if(!c[x])throw new Ct(
`Sso session '${s}' is missing required property '${x}'.`,!1);let l=c.sso_start_url,d=c.sso_region,u;try{u=await ws(s)}catch{throw new Ct(`The SSO session token\
 associated with profile=${o} was not found or is invalid. ${Vn}`,!1)}wo("accessToken",u.accessToken),wo("expiresAt",u.expiresAt);let{accessToken:m,expiresAt:f}=u,
g={token:m,expiration:new Date(f)};if(g.expiration.getTime()-Date.now()>3e5)return g;let h=fp.get(s);if(h)return await h;let y=Yv.get(s)??0;if(Date.now()-y<30*1e3)
return Ng(g),g;wo("clientId",u.clientId,!0),wo("clientSecret",u.clientSecret,!0),wo("refreshToken",u.refreshToken,!0);let S=(async()=>{try{Yv.set(s,Date.now());
let x=await jv(u,d,t,e);wo("accessToken",x.accessToken),wo("expiresIn",x.expiresIn);let A=new Date(Date.now()+x.expiresIn*1e3);try{await Kv(s,{...u,accessToken:x.
accessToken,expiresAt:A.toISOString(),refreshToken:x.refreshToken})}catch{}return{token:x.accessToken,expiration:A}}catch{return Ng(g),g}})();fp.set(s,S);try{return await S}finally{
fp.delete(s)}}});var Qv=p(()=>{Xv()});function EF(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"awsssoportal",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}function SF(t){return{schemeId:"smithy.api#noAuth"}}var Zv,eA,tA,kg=p(()=>{_e();v();Zv=async(t,e,r)=>({operation:te(e).operation,region:await W(t.
region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});eA=t=>{let e=[];return t.operation==="GetRoleCredentials"?e.push(
SF(t)):e.push(EF(t)),e},tA=t=>{let e=pr(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??[])})}});var rA,oA,$g=p(()=>{rA=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"awsssoporta\
l"}),oA={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var Ai,dn,gp,nA,cA,hp,Lg,sA,Ug,Wn,iA,aA,xF,yt,RF,pA,lA=p(()=>{K();Ai="ref",dn=-1,gp=!0,nA="isSet",cA="PartitionResult",hp="booleanEquals",Lg="getAttr",sA={[Ai]:"\
Endpoint"},Ug={[Ai]:cA},Wn={},iA=[{[Ai]:"Region"}],aA={conditions:[[nA,[sA]],[nA,iA],["aws.partition",iA,cA],[hp,[{[Ai]:"UseFIPS"},gp]],[hp,[{[Ai]:"UseDualStack"},
gp]],[hp,[{fn:Lg,argv:[Ug,"supportsDualStack"]},gp]],[hp,[{fn:Lg,argv:[Ug,"supportsFIPS"]},gp]],["stringEquals",[{fn:Lg,argv:[Ug,"name"]},"aws-us-gov"]]],results:[
[dn],[dn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[dn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[sA,
Wn],["https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Wn],[dn,"FIPS and DualStack are enabled, but this partition does not support one or\
 both"],["https://portal.sso.{Region}.amazonaws.com",Wn],["https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}",Wn],[dn,"FIPS is enabled but this parti\
tion does not support FIPS"],["https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}",Wn],[dn,"DualStack is enabled but this partition does not suppo\
rt DualStack"],["https://portal.sso.{Region}.{PartitionResult#dnsSuffix}",Wn],[dn,"Invalid Configuration: Missing Region"]]},xF=2,yt=1e8,RF=new Int32Array([-1,1,
-1,0,13,3,1,4,yt+12,2,5,yt+12,3,8,6,4,7,yt+11,5,yt+9,yt+10,4,11,9,6,10,yt+8,7,yt+6,yt+7,5,12,yt+5,6,yt+4,yt+5,3,yt+1,14,4,yt+2,yt+3]),pA=rt.from(RF,xF,aA.conditions,
aA.results)});var _F,dA,uA=p(()=>{M();K();lA();_F=new ot({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),dA=(t,e={})=>_F.get(t,()=>Ft(pA,{endpointParams:t,logger:e.
logger}));Pe.aws=mt});var Kr,Fg=p(()=>{v();Kr=class t extends et{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var yp,Ep,Sp,xp,Mg=p(()=>{Fg();yp=class t extends Kr{static shapeId="com.amazonaws.sso#InvalidRequestException";name="InvalidRequestException";$fault="client";constructor(e){
super({name:"InvalidRequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ep=class t extends Kr{static shapeId="com.amazonaws.sso#R\
esourceNotFoundException";name="ResourceNotFoundException";$fault="client";constructor(e){super({name:"ResourceNotFoundException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Sp=class t extends Kr{static shapeId="com.amazonaws.sso#TooManyRequestsException";name="TooManyRequestsException";$fault="cli\
ent";constructor(e){super({name:"TooManyRequestsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},xp=class t extends Kr{static shapeId="\
com.amazonaws.sso#UnauthorizedException";name="UnauthorizedException";$fault="client";constructor(e){super({name:"UnauthorizedException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}}});var wF,IF,TF,CF,vF,AF,bF,PF,OF,NF,DF,kF,$F,LF,UF,Rp,_p,FF,MF,wp,HF,mA,Ip,BF,GF,jF,fA,zF,VF,qF,ur,gA,WF,bi,KF,JF,YF,XF,hA,QF,ZF,eM,tM,rM,oM,yA,Tp=p(()=>{X();Mg();
Fg();wF="AccessTokenType",IF="GetRoleCredentials",TF="GetRoleCredentialsRequest",CF="GetRoleCredentialsResponse",vF="InvalidRequestException",AF="RoleCredential\
s",bF="ResourceNotFoundException",PF="SecretAccessKeyType",OF="SessionTokenType",NF="TooManyRequestsException",DF="UnauthorizedException",kF="accountId",$F="acc\
essKeyId",LF="accessToken",UF="account_id",Rp="client",_p="error",FF="expiration",MF="http",wp="httpError",HF="httpHeader",mA="httpQuery",Ip="message",BF="roleC\
redentials",GF="roleName",jF="role_name",fA="smithy.ts.sdk.synthetic.com.amazonaws.sso",zF="secretAccessKey",VF="sessionToken",qF="x-amz-sso_bearer_token",ur="c\
om.amazonaws.sso",gA=new Q(fA),WF=[-3,fA,"SSOServiceException",0,[],[]];gA.registerError(WF,Kr);bi=new Q(ur),KF=[-3,ur,vF,{[_p]:Rp,[wp]:400},[Ip],[0]];bi.registerError(
KF,yp);JF=[-3,ur,bF,{[_p]:Rp,[wp]:404},[Ip],[0]];bi.registerError(JF,Ep);YF=[-3,ur,NF,{[_p]:Rp,[wp]:429},[Ip],[0]];bi.registerError(YF,Sp);XF=[-3,ur,DF,{[_p]:Rp,
[wp]:401},[Ip],[0]];bi.registerError(XF,xp);hA=[gA,bi],QF=[0,ur,wF,8,0],ZF=[0,ur,PF,8,0],eM=[0,ur,OF,8,0],tM=[3,ur,TF,0,[GF,kF,LF],[[0,{[mA]:jF}],[0,{[mA]:UF}],
[()=>QF,{[HF]:qF}]],3],rM=[3,ur,CF,0,[BF],[[()=>oM,0]]],oM=[3,ur,AF,0,[$F,zF,VF,FF],[0,[()=>ZF,0],[()=>eM,0],1]],yA=[9,ur,IF,{[MF]:["GET","/federation/credentia\
ls",200]},()=>tM,()=>rM]});var EA,SA=p(()=>{_e();on();st();nn();v();F();$();kg();uA();Tp();EA=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
ue,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??dA,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
eA,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new fe},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new nt}],logger:t?.logger??new Re,protocol:t?.protocol??qr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.sso",errorTypeRegistries:hA,version:"2019-06-10",serviceTarget:"SWBPortalService"},serviceId:t?.serviceId??"S\
SO",sha256:t?.sha256??gt,urlParser:t?.urlParser??me,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??ee})});var xA,RA=p(()=>{Qs();M();_e();v();L();ut();$();uo();SA();xA=t=>{Nt(process.version);let e=Ut(t),r=()=>e().then(Ot),o=EA(t);wt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??I(ft,n),bodyLengthChecker:t?.bodyLengthChecker??
It,defaultSocketTimeout:yr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Qt({serviceId:o.serviceId,clientVersion:lo.version}),maxAttempts:t?.
maxAttempts??I(Kt,t),region:t?.region??I(be,{...tt,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??I({...Yt,default:async()=>(await r()).
retryMode||it},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??I(At,n),useFipsEndpoint:t?.useFipsEndpoint??I(bt,n),userAgentAppId:t?.
userAgentAppId??I(Zt,n)}}});var _A,wA,IA=p(()=>{_A=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},wA=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var TA,CA=p(()=>{M();v();F();IA();TA=(t,e)=>{let r=Object.assign(er(t),Dt(t),Mt(t),_A(t));return e.forEach(o=>o.configure(r)),Object.assign(t,tr(r),kt(r),Ht(r),
wA(r))}});var Kn,Hg=p(()=>{M();st();v();L();K();F();ut();X();kg();$g();RA();CA();Kn=class extends Ie{config;constructor(...[e]){let r=xA(e||{});super(r),this.initConfig=r;
let o=rA(r),n=Vt(o),s=Jt(n),i=Lt(s),a=i,c=ir(a),l=tA(c),d=TA(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Pt(this.config)),this.middlewareStack.use(
Xt(this.config)),this.middlewareStack.use(cr(this.config)),this.middlewareStack.use(Bt(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.
use(jt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:Zv,identityProviderConfigProvider:async u=>new ze(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}}});var vA,AA,bA,PA=p(()=>{v();K();$g();vA=$t(oA,"SWBPortalService","SSOClient",ar),AA={},bA=(t,e,r,o)=>[]});var Jn,Bg=p(()=>{PA();Tp();Jn=class extends vA(AA,bA,"GetRoleCredentials",yA){}});var nM,Gg,OA=p(()=>{v();Bg();Hg();nM={GetRoleCredentialsCommand:Jn},Gg=class extends Kn{};jr(nM,Gg)});var NA=p(()=>{Bg()});var DA=p(()=>{});var kA=p(()=>{Hg();OA();NA();Tp();Mg();DA()});var $A={};or($A,{GetRoleCredentialsCommand:()=>Jn,SSOClient:()=>Kn});var LA=p(()=>{kA()});var Pi,jg,UA=p(()=>{M();Qv();L();Pi=!1,jg=async({ssoStartUrl:t,ssoSession:e,ssoAccountId:r,ssoRegion:o,ssoRoleName:n,ssoClient:s,clientConfig:i,parentClientConfig:a,
callerClientConfig:c,profile:l,filepath:d,configFilepath:u,ignoreCache:m,logger:f})=>{let g,h="To refresh this SSO session run aws sso login with the correspond\
ing profile.";if(e)try{let ct=await Dg({profile:l,filepath:d,configFilepath:u,ignoreCache:m,clientConfig:i,parentClientConfig:a,logger:f})({callerClientConfig:c});
g={accessToken:ct.token,expiresAt:new Date(ct.expiration).toISOString()}}catch(ct){throw new _(ct.message,{tryNextLink:Pi,logger:f})}else try{g=await ws(t)}catch{
throw new _(`The SSO session associated with this profile is invalid. ${h}`,{tryNextLink:Pi,logger:f})}if(new Date(g.expiresAt).getTime()-Date.now()<=0)throw new _(
`The SSO session associated with this profile has expired. ${h}`,{tryNextLink:Pi,logger:f});let{accessToken:y}=g,{SSOClient:S,GetRoleCredentialsCommand:x}=await Promise.resolve().then(()=>(LA(),$A)),
A=s||new S(Object.assign({},i??{},{logger:i?.logger??c?.logger??a?.logger,region:i?.region??o,userAgentAppId:i?.userAgentAppId??c?.userAgentAppId??a?.userAgentAppId})),
R;try{R=await A.send(new x({accountId:r,roleName:n,accessToken:y}))}catch(ct){throw new _(ct,{tryNextLink:Pi,logger:f})}let{roleCredentials:{accessKeyId:T,secretAccessKey:H,
sessionToken:Z,expiration:rr,credentialScope:Cr,accountId:ce}={}}=R;if(!T||!H||!Z||!rr)throw new _("SSO returns an invalid temporary credential.",{tryNextLink:Pi,
logger:f});let Ce={accessKeyId:T,secretAccessKey:H,sessionToken:Z,expiration:new Date(rr),...Cr&&{credentialScope:Cr},...ce&&{accountId:ce}};return e?B(Ce,"CRED\
ENTIALS_SSO","s"):B(Ce,"CREDENTIALS_SSO_LEGACY","u"),Ce}});var Cp,zg=p(()=>{L();Cp=(t,e)=>{let{sso_start_url:r,sso_account_id:o,sso_region:n,sso_role_name:s}=t;if(!r||!o||!n||!s)throw new _(`Profile is configured with i\
nvalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(t).join(", ")}
Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,{tryNextLink:!1,logger:e});return t}});var FA,MA=p(()=>{L();xg();UA();zg();FA=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO");let{ssoStartUrl:r,
ssoAccountId:o,ssoRegion:n,ssoRoleName:s,ssoSession:i}=t,{ssoClient:a}=t,c=Ze({profile:t.profile??e?.profile});if(!r&&!o&&!n&&!s&&!i){let d=(await Sr(t))[c];if(!d)
throw new _(`Profile ${c} was not found.`,{logger:t.logger});if(!ap(d))throw new _(`Profile ${c} is not configured with SSO credentials.`,{logger:t.logger});if(d?.
sso_session){let S=(await vs(t))[d.sso_session],x=` configurations in profile ${c} and sso-session ${d.sso_session}`;if(n&&n!==S.sso_region)throw new _("Conflic\
ting SSO region"+x,{tryNextLink:!1,logger:t.logger});if(r&&r!==S.sso_start_url)throw new _("Conflicting SSO start_url"+x,{tryNextLink:!1,logger:t.logger});d.sso_region=
S.sso_region,d.sso_start_url=S.sso_start_url}let{sso_start_url:u,sso_account_id:m,sso_region:f,sso_role_name:g,sso_session:h}=Cp(d,t.logger);return jg({ssoStartUrl:u,
ssoSession:h,ssoAccountId:m,ssoRegion:f,ssoRoleName:g,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}else{if(!r||!o||!n||!s)throw new _('Incomplete configu\
ration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',{tryNextLink:!1,logger:t.logger});return jg({ssoStartUrl:r,
ssoSession:i,ssoAccountId:o,ssoRegion:n,ssoRoleName:s,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}}});var Vg={};or(Vg,{fromSSO:()=>FA,isSsoProfile:()=>ap,validateSsoProfile:()=>Cp});var qg=p(()=>{MA();xg();zg()});var HA,Wg,BA=p(()=>{M();L();HA=(t,e,r)=>{let o={EcsContainer:async n=>{let{fromHttp:s}=await Promise.resolve().then(()=>(Sg(),Eg)),{fromContainerMetadata:i}=await Promise.resolve().then(()=>(ip(),sp));
return r?.debug("@aws-sdk/credential-provider-ini - credential_source is EcsContainer"),async()=>Bo(s(n??{}),i(n))().then(Wg)},Ec2InstanceMetadata:async n=>{r?.
debug("@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata");let{fromInstanceMetadata:s}=await Promise.resolve().then(()=>(ip(),sp));return async()=>s(
n)().then(Wg)},Environment:async n=>{r?.debug("@aws-sdk/credential-provider-ini - credential_source is Environment");let{fromEnv:s}=await Promise.resolve().then(()=>(pg(),uC));
return async()=>s(n)().then(Wg)}};if(t in o)return o[t];throw new _(`Unsupported credential source in profile ${e}. Got ${t}, expected EcsContainer or Ec2Instan\
ceMetadata or Environment.`,{logger:r})},Wg=t=>B(t,"CREDENTIALS_PROFILE_NAMED_PROVIDER","p")});var jA,sM,iM,zA,GA,VA=p(()=>{M();L();BA();jA=(t,{profile:e="default",logger:r}={})=>!!t&&typeof t=="object"&&typeof t.role_arn=="string"&&["undefined","string"].
indexOf(typeof t.role_session_name)>-1&&["undefined","string"].indexOf(typeof t.external_id)>-1&&["undefined","string"].indexOf(typeof t.mfa_serial)>-1&&(sM(t,{
profile:e,logger:r})||iM(t,{profile:e,logger:r})),sM=(t,{profile:e,logger:r})=>{let o=typeof t.source_profile=="string"&&typeof t.credential_source>"u";return o&&
r?.debug?.(`    ${e} isAssumeRoleWithSourceProfile source_profile=${t.source_profile}`),o},iM=(t,{profile:e,logger:r})=>{let o=typeof t.credential_source=="stri\
ng"&&typeof t.source_profile>"u";return o&&r?.debug?.(`    ${e} isCredentialSourceProfile credential_source=${t.credential_source}`),o},zA=async(t,e,r,o,n={},s)=>{
r.logger?.debug("@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)");let i=e[t],{source_profile:a,region:c}=i;if(!r.roleAssumer){let{getDefaultRoleAssumer:d}=await Promise.resolve().then(()=>(Zf(),Qf));
r.roleAssumer=d({...r.clientConfig,credentialProviderLogger:r.logger,parentClientConfig:{...o,...r?.parentClientConfig,region:c??r?.parentClientConfig?.region??
o?.region}},r.clientPlugins)}if(a&&a in n)throw new _(`Detected a cycle attempting to resolve credentials for profile ${Ze(r)}. Profiles visited: `+Object.keys(
n).join(", "),{logger:r.logger});r.logger?.debug(`@aws-sdk/credential-provider-ini - finding credential resolver using ${a?`source_profile=[${a}]`:`profile=[${t}\
]`}`);let l=a?s(a,e,r,o,{...n,[a]:!0},GA(e[a]??{})):(await HA(i.credential_source,t,r.logger)(r))();if(GA(i))return l.then(d=>B(d,"CREDENTIALS_PROFILE_SOURCE_PR\
OFILE","o"));{let d={RoleArn:i.role_arn,RoleSessionName:i.role_session_name||`aws-sdk-js-${Date.now()}`,ExternalId:i.external_id,DurationSeconds:parseInt(i.duration_seconds||
"3600",10)},{mfa_serial:u}=i;if(u){if(!r.mfaCodeProvider)throw new _(`Profile ${t} requires multi-factor authentication, but no MFA code callback was provided.`,
{logger:r.logger,tryNextLink:!1});d.SerialNumber=u,d.TokenCode=await r.mfaCodeProvider(u)}let m=await l;return r.roleAssumer(m,d).then(f=>B(f,"CREDENTIALS_PROFI\
LE_SOURCE_PROFILE","o"))}},GA=t=>!t.role_arn&&!!t.credential_source});function aM(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"signin",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function cM(t){return{schemeId:"smithy.api#noAuth"}}var qA,WA,KA,Kg=p(()=>{_e();v();qA=async(t,e,r)=>({operation:te(e).operation,region:await W(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});WA=t=>{let e=[];return t.operation==="CreateOAuth2Token"?e.push(cM(t)):e.push(aM(
t)),e},KA=t=>{let e=pr(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??[])})}});var JA,YA,Jg=p(()=>{JA=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"signin"}),YA=
{UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var Co,Io,XA,Yn,QA,Xn,ZA,Xg,Jr,Yg,eb,tb,To,sb,rb,vp,Ve,ob,nb,pM,G,lM,ib,ab=p(()=>{K();Co="ref",Io=-1,XA=!1,Yn=!0,QA="isSet",Xn="booleanEquals",ZA="coalesce",Xg=
"PartitionResult",Jr="stringEquals",Yg="getAttr",eb="https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}",tb={[Co]:"Endpoint"},To={fn:Yg,argv:[{[Co]:Xg},
"name"]},sb={[Co]:"Region"},rb={[Co]:Xg},vp={authSchemes:[{name:"sigv4",signingName:"signin",signingRegion:"{Region}"}]},Ve={},ob=[sb],nb={conditions:[[QA,ob],[
Xn,[{fn:ZA,argv:[{[Co]:"IsControlPlane"},XA]},Yn]],[QA,[tb]],["aws.partition",ob,Xg],[Xn,[{[Co]:"UseFIPS"},Yn]],[Jr,[To,"aws"]],[Xn,[{fn:ZA,argv:[{[Co]:"IsOAuth\
Endpoint"},XA]},Yn]],[Xn,[{[Co]:"UseDualStack"},Yn]],[Jr,[To,"aws-cn"]],[Jr,[sb,"us-gov-west-1"]],[Jr,[To,"aws-us-gov"]],[Xn,[{fn:Yg,argv:[rb,"supportsFIPS"]},Yn]],
[Jr,[To,"aws-iso"]],[Jr,[To,"aws-iso-b"]],[Jr,[To,"aws-iso-f"]],[Jr,[To,"aws-iso-e"]],[Jr,[To,"aws-eusc"]],[Xn,[{fn:Yg,argv:[rb,"supportsDualStack"]},Yn]]],results:[
[Io],["https://signin.{Region}.api.aws",vp],["https://signin.{Region}.api.amazonwebservices.com.cn",vp],[eb,vp],[Io,"FIPS endpoints are not supported for OAuth \
operations. Disable FIPS or use a non-OAuth operation."],["https://{Region}.oauth.signin.aws",vp],["https://{Region}.signin.aws.amazon.com",Ve],["https://{Regio\
n}.signin.amazonaws.cn",Ve],["https://{Region}.signin.amazonaws-us-gov.com",Ve],["https://{Region}.signin.c2shome.ic.gov",Ve],["https://{Region}.signin.sc2shome\
.sgov.gov",Ve],["https://{Region}.signin.csphome.hci.ic.gov",Ve],["https://{Region}.signin.csphome.adc-e.uk",Ve],["https://{Region}.signin.amazonaws-eusc.eu",Ve],
["https://signin-fips.amazonaws-us-gov.com",Ve],["https://{Region}.signin-fips.amazonaws-us-gov.com",Ve],["https://{Region}.signin.{PartitionResult#dnsSuffix}",
Ve],[Io,"Invalid Configuration: FIPS and custom endpoint are not supported"],[Io,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[tb,Ve],
["https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Ve],[Io,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://signin-fips.{Region}.{PartitionResult#dnsSuffix}",Ve],[Io,"FIPS is enabled but this partition does not support FIPS"],[eb,Ve],[Io,"DualStack is enable\
d but this partition does not support DualStack"],["https://signin.{Region}.{PartitionResult#dnsSuffix}",Ve],[Io,"Invalid Configuration: Missing Region"]]},pM=2,
G=1e8,lM=new Int32Array([-1,1,-1,0,6,3,2,36,4,4,5,G+27,6,G+4,G+27,1,29,7,2,36,8,3,9,31,4,22,10,5,19,11,7,21,12,8,G+7,13,10,G+8,14,12,G+9,15,13,G+10,16,14,G+11,17,
15,G+12,18,16,G+13,G+16,6,G+5,20,7,21,G+6,17,G+24,G+25,6,G+4,23,7,27,24,9,G+14,25,10,G+15,26,11,G+22,G+23,11,28,G+21,17,G+20,G+21,2,35,30,3,39,31,4,32,G+27,6,G+
4,33,7,G+27,34,9,G+14,G+27,3,39,36,4,38,37,7,G+18,G+19,6,G+4,G+17,5,G+1,40,8,G+2,G+3]),ib=rt.from(lM,pM,nb.conditions,nb.results)});var dM,cb,pb=p(()=>{M();K();ab();dM=new ot({size:50,params:["Endpoint","IsControlPlane","IsOAuthEndpoint","Region","UseDualStack","UseFIPS"]}),cb=(t,e={})=>dM.get(
t,()=>Ft(ib,{endpointParams:t,logger:e.logger}));Pe.aws=mt});var Ir,Ap=p(()=>{v();Ir=class t extends et{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Oi,Ni,Di,ki,Qg=p(()=>{Ap();Oi=class t extends Ir{static shapeId="com.amazonaws.signin#AccessDeniedException";name="AccessDeniedException";$fault="client";error;constructor(e){
super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},Ni=class t extends Ir{static shapeId="co\
m.amazonaws.signin#InternalServerException";name="InternalServerException";$fault="server";error;constructor(e){super({name:"InternalServerException",$fault:"se\
rver",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},Di=class t extends Ir{static shapeId="com.amazonaws.signin#TooManyRequestsError";name="\
TooManyRequestsError";$fault="client";error;constructor(e){super({name:"TooManyRequestsError",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.
error=e.error}},ki=class t extends Ir{static shapeId="com.amazonaws.signin#ValidationException";name="ValidationException";$fault="client";error;constructor(e){
super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}}});var uM,mM,fM,gM,hM,yM,EM,SM,xM,RM,_M,wM,IM,TM,CM,lb,Zg,vM,oh,db,ub,AM,vo,eh,bM,th,PM,yb,nh,mb,Le,Pp,OM,bp,fb,Eb,gb,hb,NM,DM,kM,rh,$M,qe,Sb,xb,$i,Rb,_b,wb,Ib,sh,
LM,Tb,Cb,vb,Ab,bb,Pb,Ob,Nb,ih,ah,Li=p(()=>{X();Qg();Ap();uM="AccessDeniedException",mM="AccessToken",fM="CreateOAuth2Token",gM="CreateOAuth2TokenRequest",hM="Cr\
eateOAuth2TokenRequestBody",yM="CreateOAuth2TokenResponseBody",EM="CreateOAuth2TokenResponse",SM="CreateOAuth2TokenWithIAM",xM="CreateOAuth2TokenWithIAMRequest",
RM="CreateOAuth2TokenWithIAMResponse",_M="InternalServerException",wM="OAuthAccessToken",IM="RefreshToken",TM="TooManyRequestsError",CM="ValidationException",lb=
"accessKeyId",Zg="accessToken",vM="access_token",oh="client",db="clientId",ub="codeVerifier",AM="code",vo="error",eh="expiresIn",bM="expires_in",th="grantType",
PM="grant_type",yb="http",nh="httpError",mb="idToken",Le="jsonName",Pp="message",OM="resource",bp="refreshToken",fb="redirectUri",Eb="smithy.ts.sdk.synthetic.co\
m.amazonaws.signin",gb="secretAccessKey",hb="sessionToken",NM="server",DM="tokenInput",kM="tokenOutput",rh="tokenType",$M="token_type",qe="com.amazonaws.signin",
Sb=new Q(Eb),xb=[-3,Eb,"SigninServiceException",0,[],[]];Sb.registerError(xb,Ir);$i=new Q(qe),Rb=[-3,qe,uM,{[vo]:oh},[vo,Pp],[0,0],2];$i.registerError(Rb,Oi);_b=
[-3,qe,_M,{[vo]:NM,[nh]:500},[vo,Pp],[0,0],2];$i.registerError(_b,Ni);wb=[-3,qe,TM,{[vo]:oh,[nh]:429},[vo,Pp],[0,0],2];$i.registerError(wb,Di);Ib=[-3,qe,CM,{[vo]:oh,
[nh]:400},[vo,Pp],[0,0],2];$i.registerError(Ib,ki);sh=[Sb,$i],LM=[0,qe,wM,8,0],Tb=[0,qe,IM,8,0],Cb=[3,qe,mM,8,[lb,gb,hb],[[0,{[Le]:lb}],[0,{[Le]:gb}],[0,{[Le]:hb}]],
3],vb=[3,qe,gM,0,[DM],[[()=>Ab,16]],1],Ab=[3,qe,hM,0,[db,th,AM,fb,ub,bp],[[0,{[Le]:db}],[0,{[Le]:th}],0,[0,{[Le]:fb}],[0,{[Le]:ub}],[()=>Tb,{[Le]:bp}]],2],bb=[3,
qe,EM,0,[kM],[[()=>Pb,16]],1],Pb=[3,qe,yM,0,[Zg,rh,eh,bp,mb],[[()=>Cb,{[Le]:Zg}],[0,{[Le]:rh}],[1,{[Le]:eh}],[()=>Tb,{[Le]:bp}],[0,{[Le]:mb}]],4],Ob=[3,qe,xM,0,
[th,OM],[[0,{[Le]:PM}],0],2],Nb=[3,qe,RM,0,[Zg,rh,eh],[[()=>LM,{[Le]:vM}],[0,{[Le]:$M}],[1,{[Le]:bM}]],3],ih=[9,qe,fM,{[yb]:["POST","/v1/token",200]},()=>vb,()=>bb],
ah=[9,qe,SM,{[yb]:["POST","/v1/token?x-amz-client-auth-method=iam",200]},()=>Ob,()=>Nb]});var Db,kb=p(()=>{_e();on();st();nn();v();F();$();Kg();pb();Li();Db=t=>({apiVersion:"2023-01-01",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
ue,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??cb,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
WA,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new fe},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new nt}],logger:t?.logger??new Re,protocol:t?.protocol??qr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.signin",errorTypeRegistries:sh,version:"2023-01-01",serviceTarget:"Signin"},serviceId:t?.serviceId??"Signin",
sha256:t?.sha256??gt,urlParser:t?.urlParser??me,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??ee})});var $b,Lb=p(()=>{Qs();M();_e();v();L();ut();$();uo();kb();$b=t=>{Nt(process.version);let e=Ut(t),r=()=>e().then(Ot),o=Db(t);wt(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??I(ft,n),bodyLengthChecker:t?.bodyLengthChecker??
It,defaultSocketTimeout:yr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Qt({serviceId:o.serviceId,clientVersion:lo.version}),maxAttempts:t?.
maxAttempts??I(Kt,t),region:t?.region??I(be,{...tt,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??I({...Yt,default:async()=>(await r()).
retryMode||it},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??I(At,n),useFipsEndpoint:t?.useFipsEndpoint??I(bt,n),userAgentAppId:t?.
userAgentAppId??I(Zt,n)}}});var Ub,Fb,Mb=p(()=>{Ub=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},Fb=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var Hb,Bb=p(()=>{M();v();F();Mb();Hb=(t,e)=>{let r=Object.assign(er(t),Dt(t),Mt(t),Ub(t));return e.forEach(o=>o.configure(r)),Object.assign(t,tr(r),kt(r),Ht(r),
Fb(r))}});var Ui,ch=p(()=>{M();st();v();L();K();F();ut();X();Kg();Jg();Lb();Bb();Ui=class extends Ie{config;constructor(...[e]){let r=$b(e||{});super(r),this.initConfig=r;
let o=JA(r),n=Vt(o),s=Jt(n),i=Lt(s),a=i,c=ir(a),l=KA(c),d=Hb(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Pt(this.config)),this.middlewareStack.use(
Xt(this.config)),this.middlewareStack.use(cr(this.config)),this.middlewareStack.use(Bt(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.
use(jt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:qA,identityProviderConfigProvider:async u=>new ze(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}}});var Op,Gb,jb,Np,ph=p(()=>{v();K();Jg();Op=$t(YA,"Signin","SigninClient",ar),Gb={IsControlPlane:{type:"staticContextParams",value:!1}},jb={IsOAuthEndpoint:{type:"\
staticContextParams",value:!0}},Np=(t,e,r,o)=>[]});var Fi,lh=p(()=>{ph();Li();Fi=class extends Op(Gb,Np,"CreateOAuth2Token",ih){}});var Mi,dh=p(()=>{ph();Li();Mi=class extends Op(jb,Np,"CreateOAuth2TokenWithIAM",ah){}});var UM,Dp,zb=p(()=>{v();lh();dh();ch();UM={CreateOAuth2TokenCommand:Fi,CreateOAuth2TokenWithIAMCommand:Mi},Dp=class extends Ui{};jr(UM,Dp)});var Vb=p(()=>{lh();dh()});var FM,qb=p(()=>{FM={AUTHCODE_EXPIRED:"AUTHCODE_EXPIRED",CONFLICT:"CONFLICT",INSUFFICIENT_PERMISSIONS:"INSUFFICIENT_PERMISSIONS",INVALID_REQUEST:"INVALID_REQUES\
T",OAUTH_INVALID_CLIENT:"invalid_client",OAUTH_INVALID_GRANT:"invalid_grant",OAUTH_INVALID_REQUEST:"invalid_request",OAUTH_INVALID_SCOPE:"invalid_scope",OAUTH_INVALID_TARGET:"\
invalid_target",OAUTH_RATE_EXCEEDED:"rate_exceeded",OAUTH_SERVICE_UNAVAILABLE:"service_unavailable",OAUTH_UNSUPPORTED_GRANT_TYPE:"unsupported_grant_type",RESOURCE_NOT_FOUND:"\
RESOURCE_NOT_FOUND",SERVER_ERROR:"server_error",SERVICE_QUOTA_EXCEEDED:"SERVICE_QUOTA_EXCEEDED",TOKEN_EXPIRED:"TOKEN_EXPIRED",USER_CREDENTIALS_CHANGED:"USER_CRE\
DENTIALS_CHANGED"}});var Wb=p(()=>{});var Kb={};or(Kb,{$Command:()=>sr,AccessDeniedException:()=>Oi,AccessDeniedException$:()=>Rb,AccessToken$:()=>Cb,CreateOAuth2Token$:()=>ih,CreateOAuth2TokenCommand:()=>Fi,
CreateOAuth2TokenRequest$:()=>vb,CreateOAuth2TokenRequestBody$:()=>Ab,CreateOAuth2TokenResponse$:()=>bb,CreateOAuth2TokenResponseBody$:()=>Pb,CreateOAuth2TokenWithIAM$:()=>ah,
CreateOAuth2TokenWithIAMCommand:()=>Mi,CreateOAuth2TokenWithIAMRequest$:()=>Ob,CreateOAuth2TokenWithIAMResponse$:()=>Nb,InternalServerException:()=>Ni,InternalServerException$:()=>_b,
OAuth2ErrorCode:()=>FM,Signin:()=>Dp,SigninClient:()=>Ui,SigninServiceException:()=>Ir,SigninServiceException$:()=>xb,TooManyRequestsError:()=>Di,TooManyRequestsError$:()=>wb,
ValidationException:()=>ki,ValidationException$:()=>Ib,__Client:()=>Ie,errorTypeRegistries:()=>sh});var Jb=p(()=>{ch();zb();Vb();v();Li();qb();Qg();Wb();Ap()});var Ao,kp,Yb,Hi,$p,Xb=p(()=>{L();F();Ao=require("node:crypto"),kp=require("node:fs"),Yb=require("node:os"),Hi=require("node:path"),$p=class t{profileData;init;callerClientConfig;static REFRESH_THRESHOLD=300*
1e3;constructor(e,r,o){this.profileData=e,this.init=r,this.callerClientConfig=o}async loadCredentials(){let e=await this.loadToken();if(!e)throw new _(`Failed t\
o load a token for session ${this.loginSession}, please re-authenticate using aws login`,{tryNextLink:!1,logger:this.logger});let r=e.accessToken,o=Date.now();return new Date(
r.expiresAt).getTime()-o<=t.REFRESH_THRESHOLD?this.refresh(e):this.toCredentials(e.accessToken)}get logger(){return this.init?.logger}get loginSession(){return this.
profileData.login_session}toCredentials(e){return{accessKeyId:e.accessKeyId,secretAccessKey:e.secretAccessKey,sessionToken:e.sessionToken,accountId:e.accountId,
expiration:new Date(e.expiresAt)}}async refresh(e){let r=await this.loadToken().catch(()=>e),o=Date.now(),n=new Date(r.accessToken.expiresAt).getTime(),s=new Date(
e.accessToken.expiresAt).getTime(),i=n<=o&&s>o?e:r;if(new Date(i.accessToken.expiresAt).getTime()-Date.now()>t.REFRESH_THRESHOLD)return this.toCredentials(i.accessToken);
let{SigninClient:c,CreateOAuth2TokenCommand:l}=await Promise.resolve().then(()=>(Jb(),Kb)),{logger:d,userAgentAppId:u}=this.callerClientConfig??{},f=(x=>x?.metadata?.
handlerProtocol==="h2")(this.callerClientConfig?.requestHandler)?void 0:this.callerClientConfig?.requestHandler,g=typeof i.signInRegion=="string"&&i.signInRegion.
length>0?i.signInRegion:void 0,h=g??this.profileData.region??await this.callerClientConfig?.region?.()??process.env.AWS_REGION,y=new c({credentials:{accessKeyId:"",
secretAccessKey:""},region:h,requestHandler:f,logger:d,userAgentAppId:u,...this.init?.clientConfig,...g&&{region:g}});this.createDPoPInterceptor(y.middlewareStack);
let S={tokenInput:{clientId:i.clientId,refreshToken:i.refreshToken,grantType:"refresh_token"}};try{let x=await y.send(new l(S)),{accessKeyId:A,secretAccessKey:R,
sessionToken:T}=x.tokenOutput?.accessToken??{},{refreshToken:H,expiresIn:Z}=x.tokenOutput??{};if(!A||!R||!T||!H)throw new _("Token refresh response missing requ\
ired fields",{logger:this.logger,tryNextLink:!1});let rr=(Z??900)*1e3,Cr=new Date(Date.now()+rr),ce={...i,accessToken:{...i.accessToken,accessKeyId:A,secretAccessKey:R,
sessionToken:T,expiresAt:Cr.toISOString()},refreshToken:H};return await this.saveToken(ce),this.toCredentials(ce.accessToken)}catch(x){if(x.name==="AccessDenied\
Exception"){let R=x.error,T;switch(R){case"TOKEN_EXPIRED":T="Your session has expired. Please reauthenticate.";break;case"USER_CREDENTIALS_CHANGED":T="Unable to\
 refresh credentials because of a change in your password. Please reauthenticate with your new password.";break;case"INSUFFICIENT_PERMISSIONS":T="Unable to refr\
esh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.";break;default:T=`Failed to refresh token: ${String(
x)}. Please re-authenticate using \`aws login\``}throw new _(T,{logger:this.logger,tryNextLink:!1})}if(new Date(i.accessToken.expiresAt).getTime()>Date.now())return this.
logger?.warn?.(`Failed to refresh token: ${String(x)}. Using existing token until expiry.`),this.toCredentials(i.accessToken);throw new _(`Failed to refresh tok\
en: ${String(x)}. Please re-authenticate using aws login`,{logger:this.logger})}}async loadToken(){let e=this.getTokenFilePath();try{let r=await kp.promises.readFile(
e,"utf8"),o=JSON.parse(r),n=["accessToken","clientId","refreshToken","dpopKey"].filter(s=>!o[s]);if(o.accessToken?.accountId||n.push("accountId"),n.length>0)throw new _(
`Token validation failed, missing fields: ${n.join(", ")}`,{logger:this.logger,tryNextLink:!1});return o}catch(r){throw new _(`Failed to load token from ${e}: ${String(
r)}`,{logger:this.logger,tryNextLink:!1})}}async saveToken(e){let r=this.getTokenFilePath(),o=(0,Hi.dirname)(r);try{await kp.promises.mkdir(o,{recursive:!0})}catch{}
await kp.promises.writeFile(r,JSON.stringify(e,null,2),"utf8")}getTokenFilePath(){let e=process.env.AWS_LOGIN_CACHE_DIRECTORY??(0,Hi.join)((0,Yb.homedir)(),".aw\
s","login","cache"),r=Buffer.from(this.loginSession,"utf8"),o=(0,Ao.createHash)("sha256").update(r).digest("hex");return(0,Hi.join)(e,`${o}.json`)}derToRawSignature(e){
let r=2;if(e[r]!==2)throw new Error("Invalid DER signature");r++;let o=e[r++],n=e.subarray(r,r+o);if(r+=o,e[r]!==2)throw new Error("Invalid DER signature");r++;
let s=e[r++],i=e.subarray(r,r+s);n=n[0]===0?n.subarray(1):n,i=i[0]===0?i.subarray(1):i;let a=Buffer.concat([Buffer.alloc(32-n.length),n]),c=Buffer.concat([Buffer.
alloc(32-i.length),i]);return Buffer.concat([a,c])}createDPoPInterceptor(e){e.add(r=>async o=>{if(j.isInstance(o.request)){let n=o.request,s=`${n.protocol}//${n.
hostname}${n.port?`:${n.port}`:""}${n.path}`,i=await this.generateDpop(n.method,s);n.headers={...n.headers,DPoP:i}}return r(o)},{step:"finalizeRequest",name:"dp\
opInterceptor",override:!0})}async generateDpop(e="POST",r){let o=await this.loadToken();try{let n=(0,Ao.createPrivateKey)({key:o.dpopKey,format:"pem",type:"sec\
1"}),i=(0,Ao.createPublicKey)(n).export({format:"der",type:"spki"}),a=-1;for(let x=0;x<i.length;x++)if(i[x]===4){a=x;break}let c=i.slice(a+1,a+33),l=i.slice(a+33,
a+65),d={alg:"ES256",typ:"dpop+jwt",jwk:{kty:"EC",crv:"P-256",x:c.toString("base64url"),y:l.toString("base64url")}},u={jti:crypto.randomUUID(),htm:e,htu:r,iat:Math.
floor(Date.now()/1e3)},m=Buffer.from(JSON.stringify(d)).toString("base64url"),f=Buffer.from(JSON.stringify(u)).toString("base64url"),g=`${m}.${f}`,h=(0,Ao.sign)(
"sha256",Buffer.from(g),n),S=this.derToRawSignature(h).toString("base64url");return`${g}.${S}`}catch(n){throw new _(`Failed to generate Dpop proof: ${n instanceof
Error?n.message:String(n)}`,{logger:this.logger,tryNextLink:!1})}}}});var Qb,Zb=p(()=>{M();L();Xb();Qb=t=>async({callerClientConfig:e}={})=>{t?.logger?.debug?.("@aws-sdk/credential-providers - fromLoginCredentials");let r=await Sr(
t||{}),o=Ze({profile:t?.profile??e?.profile}),n=r[o];if(!n?.login_session)throw new _(`Profile ${o} does not contain login_session.`,{tryNextLink:!0,logger:t?.logger});
let i=await new $p(n,t,e).loadCredentials();return B(i,"CREDENTIALS_LOGIN","AD")}});var eP={};or(eP,{fromLoginCredentials:()=>Qb});var tP=p(()=>{Zb()});var rP,oP,nP=p(()=>{M();rP=t=>!!(t&&t.login_session),oP=async(t,e,r)=>{let{fromLoginCredentials:o}=await Promise.resolve().then(()=>(tP(),eP)),n=await o({...e,profile:t})(
{callerClientConfig:r});return B(n,"CREDENTIALS_PROFILE_LOGIN","AC")}});var sP,iP=p(()=>{M();sP=(t,e,r)=>{if(e.Version!==1)throw Error(`Profile ${t} credential_process did not return Version 1.`);if(e.AccessKeyId===void 0||e.SecretAccessKey===
void 0)throw Error(`Profile ${t} credential_process returned invalid credentials.`);if(e.Expiration){let s=new Date;if(new Date(e.Expiration)<s)throw Error(`Pro\
file ${t} credential_process returned expired credentials.`)}let o=e.AccountId;!o&&r?.[t]?.aws_account_id&&(o=r[t].aws_account_id);let n={accessKeyId:e.AccessKeyId,
secretAccessKey:e.SecretAccessKey,...e.SessionToken&&{sessionToken:e.SessionToken},...e.Expiration&&{expiration:new Date(e.Expiration)},...e.CredentialScope&&{credentialScope:e.
CredentialScope},...o&&{accountId:o}};return B(n,"CREDENTIALS_PROCESS","w"),n}});var aP,cP,pP,lP=p(()=>{L();aP=require("node:child_process"),cP=require("node:util");iP();pP=async(t,e,r)=>{let o=e[t];if(e[t]){let n=o.credential_process;if(n!==
void 0){let s=(0,cP.promisify)(As?.getTokenRecord?.().exec??aP.exec);try{let{stdout:i}=await s(n),a;try{a=JSON.parse(i.trim())}catch{throw Error(`Profile ${t} c\
redential_process returned invalid JSON.`)}return sP(t,a,e)}catch(i){throw new _(i.message,{logger:r})}}else throw new _(`Profile ${t} did not contain credentia\
l_process.`,{logger:r})}else throw new _(`Profile ${t} could not be found in shared credentials file.`,{logger:r})}});var dP,uP=p(()=>{L();lP();dP=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");let r=await Sr(t);
return pP(Ze({profile:t.profile??e?.profile}),r,t.logger)}});var uh={};or(uh,{fromProcess:()=>dP});var mh=p(()=>{uP()});var mP,fP,gP=p(()=>{M();mP=t=>!!t&&typeof t=="object"&&typeof t.credential_process=="string",fP=async(t,e)=>{let{fromProcess:r}=await Promise.resolve().then(()=>(mh(),uh)),
o=await r({...t,profile:e})();return B(o,"CREDENTIALS_PROFILE_PROCESS","v")}});var hP,yP,EP=p(()=>{M();hP=async(t,e,r={},o)=>{let{fromSSO:n}=await Promise.resolve().then(()=>(qg(),Vg));return n({profile:t,logger:r.logger,parentClientConfig:r.
parentClientConfig,clientConfig:r.clientConfig})({callerClientConfig:o}).then(s=>e.sso_session?B(s,"CREDENTIALS_PROFILE_SSO","r"):B(s,"CREDENTIALS_PROFILE_SSO_L\
EGACY","t"))},yP=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var fh,gh,SP=p(()=>{M();fh=t=>!!t&&typeof t=="object"&&typeof t.aws_access_key_id=="string"&&typeof t.aws_secret_access_key=="string"&&["undefined","string"].indexOf(
typeof t.aws_session_token)>-1&&["undefined","string"].indexOf(typeof t.aws_account_id)>-1,gh=async(t,e)=>{e?.logger?.debug("@aws-sdk/credential-provider-ini - \
resolveStaticCredentials");let r={accessKeyId:t.aws_access_key_id,secretAccessKey:t.aws_secret_access_key,sessionToken:t.aws_session_token,...t.aws_credential_scope&&
{credentialScope:t.aws_credential_scope},...t.aws_account_id&&{accountId:t.aws_account_id}};return B(r,"CREDENTIALS_PROFILE","n")}});var xP,RP,_P=p(()=>{M();xP=t=>!!t&&typeof t=="object"&&typeof t.web_identity_token_file=="string"&&typeof t.role_arn=="string"&&["undefined","string"].indexOf(typeof t.
role_session_name)>-1,RP=async(t,e,r)=>{let{fromTokenFile:o}=await Promise.resolve().then(()=>(Kc(),tg)),n=await o({webIdentityTokenFile:t.web_identity_token_file,
roleArn:t.role_arn,roleSessionName:t.role_session_name,roleAssumerWithWebIdentity:e.roleAssumerWithWebIdentity,logger:e.logger,parentClientConfig:e.parentClientConfig})(
{callerClientConfig:r});return B(n,"CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN","q")}});var hh,wP=p(()=>{L();VA();nP();gP();EP();SP();_P();hh=async(t,e,r,o,n={},s=!1)=>{let i=e[t];if(Object.keys(n).length>0&&fh(i))return gh(i,r);if(s||jA(i,{profile:t,
logger:r.logger}))return zA(t,e,r,o,n,hh);if(fh(i))return gh(i,r);if(xP(i))return RP(i,r,o);if(mP(i))return fP(r,t);if(yP(i))return await hP(t,i,r,o);if(rP(i))return oP(
t,r,o);throw new _(`Could not resolve credentials using profile: [${t}] in configuration/credentials file(s).`,{logger:r.logger})}});var IP,TP=p(()=>{L();wP();IP=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");let r=await Sr(t);return hh(
Ze({profile:t.profile??e?.profile}),r,t,e)}});var CP={};or(CP,{fromIni:()=>IP});var vP=p(()=>{TP()});var $N=require("node:fs");var w=class extends Error{constructor(r,o,n){super(`${r}: ${cs(o)} ${n}`);this.option=r;this.rule=n;this.name="InputError"}option;rule;exitCode=2},Ke=class extends Error{constructor(r,o,n){
super(r,n);this.hint=o;this.name="DeliveryError"}hint;exitCode=1},ve=class extends Ke{constructor(e,r){super(e,r),this.name="PrerequisiteError"}},fr=class extends Ke{constructor(e,r,o){
super(e,r,o),this.name="CredentialsError"}},pe=class extends Ke{constructor(e,r,o){super(e,r,o),this.name="RegistryError"}},Xr=class extends Ke{constructor(e,r){
super(`gave up after ${e} s (timeout-seconds)${r.length?`, still waiting for ${r.join(", ")}`:""}`,"check that the runner can reach AWS and the registry (proxy,\
 firewall, VPC endpoints, AWS_ENDPOINT_URL_*); raise timeout-seconds if the build or push legitimately takes longer"),this.name="DeadlineError"}},as=class extends Ke{constructor(e,r){
super(e,r),this.name="ScanGateError"}},gr=class extends Ke{constructor(e){super(e,"check HTTPS_PROXY / HTTP_PROXY (host, port, and the user:password in the URL \
if the proxy wants one), or list the host in NO_PROXY to reach it directly"),this.name="ProxyError"}},Qi=class extends Ke{exitCode;constructor(e,r){super(`cance\
lled by ${e}${r.length?` while running ${r.join(", ")}`:""}`),this.name="CancelledError",this.exitCode=128+(e==="SIGINT"?2:15)}},_t=class extends Ke{constructor(e,r){
super(e,r),this.name="DockerError"}},xD=/[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;function cs(t,e=80){let r=Array.
from(t.slice(0,e*2)),o=r.length>e||t.length>e*2?`${r.slice(0,e).join("")}\u2026`:t;return JSON.stringify(o).replace(xD,n=>`\\u${n.charCodeAt(0).toString(16).padStart(
4,"0")}`)}function hn(t){return t instanceof w?{message:t.message,exitCode:2}:t instanceof Ke?{message:t.message,hint:t.hint,exitCode:t.exitCode}:{message:t instanceof
Error?`${t.name}: ${t.message}`:String(t),exitCode:1}}var Fr=require("node:fs");var Do=require("node:fs");var RD=/^[A-Za-z0-9_.-]{1,128}$/,_D=/^[A-Za-z_][A-Za-z0-9_]*$/,wD=/^[A-Za-z_][A-Za-z0-9_]*=/,ID=/^(PATH|HOME|DOCKER_\w*|BUILDX_\w*|BUILDKIT_\w*|ECR_DELIVER_\w*)$/,
TD=t=>`ECR_DELIVER_BUILD_SECRET_${t}`,ps=t=>t.split(`
`).map(e=>e.replace(/\r$/,"").trim()).filter(Boolean),Xh=t=>t.includes("=")?`${t.split("=")[0]}=***`:"***";function Md(t,e,r){let o=e.slice(0,Math.max(0,e.indexOf(
"=")));if(!o||!RD.test(o))throw new w(t,Xh(e),"is not `id=\u2026` with an id of letters, digits, `_`, `.` or `-`");if(r?.has(o))throw new w(t,Xh(e),"repeats a s\
ecret id");return r?.add(o),o}var Qh={type:"list",parse:(t,e)=>{let r=new Set;return ps(t).map(o=>{let n=Md(e,o,r),s=o.slice(n.length+1),i=/^env:(.*)$/.exec(s)?.[1];
if(i!==void 0&&!_D.test(i))throw new w(e,`${n}=env:${i}`,"names no valid environment variable");if(i===void 0&&s==="")throw new w(e,`${n}=`,"has an empty value");
return i!==void 0?{id:n,env:i}:{id:n,value:s}})}},Zh={type:"list",parse:(t,e)=>{let r=new Set;return ps(t).map(o=>{let n=Md(e,o,r),s=o.slice(n.length+1);if(!(0,Do.existsSync)(
s)||!(0,Do.statSync)(s).isFile())throw new w(e,`${n}=${s}`,"does not name a readable file");return{id:n,path:s}})}},ey={type:"list",parse:(t,e)=>ps(t).map(r=>{if(!r.
includes("=")){if(r!=="default")throw new w(e,r,"is not `default` or `id=PATH`");return{id:r}}let o=Md(e,r),n=r.slice(o.length+1);if(!(0,Do.existsSync)(n))throw new w(
e,r,"names no existing key file or agent socket");return{id:o,path:n}})},ty={type:"list",parse:(t,e)=>{let r=ps(t);for(let o of r){let n=o.split("=")[0];if(!wD.
test(o))throw new w(e,o.includes("=")?`${n.slice(0,40)}=***`:"***","is not `KEY=VALUE` with KEY made of letters, digits and `_`");if(ID.test(n))throw new w(e,`${n}\
=***`,"is a name the docker CLI reads from its own environment (PATH, HOME, DOCKER_*, BUILDX_*, BUILDKIT_*)")}return[...new Set(r)]}};function ls(t){return{inline:t.
secrets,files:t.secretFiles,ssh:t.ssh}}var Zi=t=>t.inline.length?"secrets":t.files.length?"secret-files":t.ssh.length?"ssh":void 0;function ry(t,e){let r=new Set(
t.inline.map(o=>o.id));for(let o of t.files)if(r.has(o.id))throw new w("secret-files",`${o.id}=${o.path}`,"repeats an id of `secrets`");for(let o of t.inline)if(o.
env&&e[o.env]===void 0)throw new w("secrets",`${o.id}=env:${o.env}`,"names an environment variable that is not set");for(let o of t.ssh)if(!o.path&&!e.SSH_AUTH_SOCK)
throw new w("ssh",o.id,"needs an SSH agent (SSH_AUTH_SOCK is not set), or use `id=PATH` with a key file")}function oy(t,e){let r=[];for(let o of t.inline){let n=o.
value??e[o.env];n&&r.push(n)}for(let o of t.files){let n=(0,Do.readFileSync)(o.path,"utf8");n.length<=65536&&r.push(n.trim(),...ps(n).filter(s=>s.length>=4))}return[
...new Set(r.filter(Boolean))]}function ny(t){let e=[],r={};t.inline.forEach((o,n)=>{let s=o.env??TD(n);o.value!==void 0&&(r[s]=o.value),e.push("--secret",`id=${o.
id},env=${s}`)});for(let o of t.files)e.push("--secret",`id=${o.id},src=${o.path}`);for(let o of t.ssh)e.push("--ssh",o.path?`${o.id}=${o.path}`:o.id);return{argv:e,
env:r}}var iy=require("node:crypto");var sy=128,CD=/^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/,
vD=/^refs\/(?:tags\/(.+)|heads\/(.+)|pull\/(\d{1,9})\/(?:merge|head))$/;function Hd(t){let e=vD.exec(t);if(e)return e[1]!==void 0?{tag:e[1]}:e[2]!==void 0?{branch:e[2]}:
{pullRequest:Number(e[3])}}function ay(t,e={}){let r=e.pull_request?.number;if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")&&Number.isInteger(r))return{
pullRequest:r};let o=t.GITHUB_REF?Hd(t.GITHUB_REF):void 0;return o||(t.GITHUB_REF_TYPE==="tag"&&t.GITHUB_REF_NAME?{tag:t.GITHUB_REF_NAME}:t.GITHUB_REF_TYPE==="b\
ranch"&&t.GITHUB_REF_NAME?{branch:t.GITHUB_REF_NAME}:{})}function cy(t){if(t.CIRCLE_TAG)return{tag:t.CIRCLE_TAG};if(t.CIRCLE_PR_NUMBER&&/^\d{1,9}$/.test(t.CIRCLE_PR_NUMBER))
return{pullRequest:Number(t.CIRCLE_PR_NUMBER)};let e=/\/pull\/(\d{1,9})\/?$/.exec(t.CIRCLE_PULL_REQUEST??"")?.[1];return{...t.CIRCLE_BRANCH?{branch:t.CIRCLE_BRANCH}:
{},...e?{pullRequest:Number(e)}:{}}}function AD(t){let e=CD.exec(t);if(!e)return;let[,r,o,n,s,i]=e,a=t.replace(/^v/,"");if(s!==void 0||i!==void 0)return{tags:[a.
replace("+","_")],version:a};let c=[`${r}.${o}.${n}`,`${r}.${o}`];return r!=="0"&&c.push(r),{tags:c,version:a}}function py(t){let e=t.toLowerCase().replace(/[^a-z0-9_.-]+/g,
"-").replace(/^[.-]+/,"").replace(/-+$/,""),r=(0,iy.createHash)("sha256").update(t).digest("hex").slice(0,7);return e?e.length<=sy?e:`${e.slice(0,sy-r.length-1).
replace(/[.-]+$/,"")}-${r}`:`branch-${r}`}function ly(t,e){let r=[],o;if(e.semverTags&&t.tag!==void 0){let n=AD(t.tag);n&&(r.push(...n.tags),o=n.version)}return e.
branchTag&&(t.branch!==void 0&&r.push(py(t.branch)),t.pullRequest!==void 0&&r.push(`pr-${t.pullRequest}`)),{tags:[...new Set(r)],version:o}}function dy(t,e){let r=t.
length||e.tags.length?[...t]:["latest"];for(let o of e.tags)o.includes(".")&&e.version!==void 0?r.push("*.*"):/^pr-\d+$/.test(o)?r.push("pr-*"):r.push(o);return[
...new Set(r)]}var Bd=5;function uy(t,e,r){for(let o of t.tags){let n=r(o);if(!n)continue;let s=o===`pr-${e.pullRequest}`||e.branch!==void 0&&o===py(e.branch)?"\
branch-tag":"semver-tags";throw new w(s,o,`${n} (derived from the git ref)`)}}var bD=/^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/,PD=/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/,OD=/^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/,ND=/^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/,
DD=/^[\w+=,.@-]{2,64}$/,kD=/^(?:arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)|alias\/[\w/+=,.@-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
$D=/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/,LD=/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/,UD=/^[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$|^(?:sha256:)?[a-f0-9]{12,64}$/,
FD=/^[0-9a-f]{40}$/,MD=/^\d{12}$/,HD=/^[\x21-\x7e]{1,256}$/,BD=4096,GD=65536,jD=100,we=(t,e)=>r=>t.test(r)?void 0:e,Ae={repository:t=>t.length>=2&&t.length<=256&&
bD.test(t)?void 0:"is not a valid ECR repository name: lowercase letters and digits, separated by single `.`, `_`, `-` or `/`, 2\u2013256 characters",region:we(
OD,"is not an AWS region name like `eu-west-1`"),tag:we(PD,"is not a valid image tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`"),commitSha:we(FD,"is not a full commi\
t SHA (40 hex characters)"),sessionName:we(DD,"is not a valid STS session name: `[\\w+=,.@-]`, 2\u201364 characters"),account:we(MD,"is not an AWS account id (1\
2 digits)"),audience:we(HD,"is not a valid audience: 1\u2013256 printable characters, no spaces")};function ko(t,e,r){if(r)throw new w(t,e,r)}var nr=(t,e=r=>r)=>({
type:"string",parse:(r,o)=>{let n=e(r);return t&&ko(o,n,t(n)),n}}),pt={type:"boolean",parse:(t,e)=>{if(/^(true|1)$/i.test(t))return!0;if(/^(false|0)$/i.test(t))
return!1;throw new w(e,t,"is not a boolean: use true or false")}},Gd=(t,e)=>({type:"integer",parse:(r,o)=>{let n=/^\d{1,6}$/.test(r)?Number(r):NaN;if(!(n>=t&&n<=
e))throw new w(o,r,`is not a whole number from ${t} to ${e}`);return n}}),Qr=(...t)=>({type:"enum",values:t,parse:(e,r)=>{let o=t.find(n=>n.toUpperCase()===e.toUpperCase());
if(o===void 0)throw new w(r,e,`is not one of ${t.join(", ")}`);return o}}),zd=(t,{commas:e=!1,max:r=1/0}={})=>({type:"list",parse:(o,n)=>{let s=o.split(e?/[\n,]/:
/\n/).map(i=>i.replace(/\r$/,"").trim()).filter(i=>i!=="");for(let i of s)ko(n,i,t(i));if(s.length>r)throw new w(n,o,`lists more than ${r} entries`);return[...new Set(
s)]}}),ds=t=>({type:"path",parse:(e,r)=>(t?.(r,e),e)});function ta(t,e){if(!(0,Fr.existsSync)(e)||!(0,Fr.statSync)(e).isFile())throw new w(t,e,"is not a readabl\
e file")}function my(t,e){ta(t,e);try{JSON.parse((0,Fr.readFileSync)(e,"utf8"))}catch{throw new w(t,e,"does not contain valid JSON")}}var zD=t=>t.split(",").every(
e=>$D.test(e.trim()))?void 0:"is not a comma-separated list of `os/arch[/variant]`",Vd="sts.amazonaws.com",fy=/^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/,
VD=/^[A-Za-z_][A-Za-z0-9_]{0,255}$/,ea="public.ecr.aws/",qD={type:"list",parse:(t,e)=>zd(we(fy,"is not an ECR registry id (12 digits) or `ID@REGION`"),{commas:!0}).
parse(t,e).map(r=>{let[,o,n]=fy.exec(r);return n?{id:o,region:n}:{id:o}})},jd=t=>({type:"string",parse:(e,r)=>{let o=e.startsWith("file://")?e.slice(7):void 0;o!==
void 0&&ta(r,o);let n=o!==void 0?(0,Fr.readFileSync)(o,"utf8"):e;if(n.length>t)throw new w(r,e,`is longer than ECR Public's limit of ${t} characters`);return n}});
function Zr(t){return t.startsWith(ea)?t.slice(ea.length).split("/").slice(1).join("/"):t}function WD(t){if(t.repository.startsWith(ea)&&(ko("repository",t.repository,
/^[a-z0-9][a-z0-9-]{1,49}\//.test(t.repository.slice(ea.length))?Ae.repository(Zr(t.repository)):"is not `public.ecr.aws/<alias>/<name>`"),t.registryType="publi\
c"),t.registryType==="public"&&t.lifecyclePolicy!==void 0)throw new w("lifecycle-policy",t.lifecyclePolicy,"does not apply to ECR Public, which has no lifecycle\
 policies");if(t.registryType==="private"){for(let[e,r]of[["catalog-description",t.catalogDescription],["catalog-about",t.catalogAbout],["catalog-usage",t.catalogUsage]])
if(r!==void 0)throw new w(e,r,"applies to ECR Public only: set `registry-type: public`")}if(t.mode==="deliver"&&t.dockerCredentialsOutput)throw new w("docker-cr\
edentials-output","true","applies to `mode: login` only")}function gy(t){let e=hr("mode",t("mode")),r=hr("docker-credentials-output",t("docker-credentials-outpu\
t"));if(e==="deliver"&&r)throw new w("docker-credentials-output","true","applies to `mode: login` only");return{mode:e,skipLogout:hr("skip-logout",t("skip-logou\
t")),dockerCredentialsOutput:r}}var KD={type:"string",parse:(t,e)=>{let r=Hd(t);if(!r)throw new w(e,t,"is not a git ref: `refs/tags/NAME`, `refs/heads/NAME` or \
`refs/pull/N/merge`");return r}},JD=/^[A-Za-z0-9][A-Za-z0-9._/-]{0,255}=/,$o=["CRITICAL","HIGH","MEDIUM","LOW"],hy=[{name:"repository",field:"repository",...nr(
Ae.repository),required:!0,description:"ECR repository name, e.g. `team/api`. Validated against ECR's naming rule before any AWS call."},{name:"aws-region",field:"\
awsRegion",...nr(Ae.region),defaultText:"`AWS_REGION`, then `AWS_DEFAULT_REGION`",description:"Region of the registry."},{name:"role-to-assume",field:"roleToAss\
ume",...nr(we(ND,"is not an IAM role ARN like `arn:aws:iam::123456789012:role/name`")),defaultText:"none: the ambient AWS credential chain",description:"IAM rol\
e ARN, assumed with `AssumeRoleWithWebIdentity` using the CI's OIDC token."},{name:"audience",field:"audience",...nr(Ae.audience),default:Vd,description:"Audien\
ce asked for the GitHub OIDC token (CircleCI tokens are used as issued)."},{name:"web-identity-token-file",field:"webIdentityTokenFile",...ds(ta),defaultText:"`\
AWS_WEB_IDENTITY_TOKEN_FILE`",description:"OIDC token file, for CIs other than GitHub and CircleCI."},{name:"role-session-name",field:"roleSessionName",...nr(Ae.
sessionName),defaultText:"derived from the CI run, e.g. `ecr-deliver-<run id>`",description:"STS session name (STS's charset `[\\w+=,.@-]`, 2\u201364 characters)."},
{name:"role-duration-seconds",field:"roleDurationSeconds",...Gd(900,43200),default:"3600",description:"Lifetime of the assumed role's credentials, 900\u201343200."},
{name:"registry-id",field:"registryId",...nr(Ae.account),defaultText:"the caller's account",description:"Account id (12 digits) that owns the registry, for cros\
s-account pushes."},{name:"create-repository",field:"createRepository",...pt,default:"true",description:"Create the repository when it is missing."},{name:"imag\
e-tag-mutability",field:"imageTagMutability",...Qr("MUTABLE","IMMUTABLE","IMMUTABLE_WITH_EXCLUSION"),default:"MUTABLE",description:"Tag mutability of a created \
repository: MUTABLE, IMMUTABLE or IMMUTABLE_WITH_EXCLUSION (the extra `tags` stay mutable)."},{name:"scan-on-push",field:"scanOnPush",...pt,default:"true",description:"\
Scan on push, for a created repository."},{name:"encryption-type",field:"encryptionType",...Qr("AES256","KMS"),default:"AES256",description:"Encryption of a cre\
ated repository: AES256 or KMS (`kms-key` with KMS)."},{name:"kms-key",field:"kmsKey",...nr(we(kD,"is not a KMS key ARN, key id or `alias/\u2026`")),description:"\
KMS key ARN, id or alias, with `encryption-type: KMS`."},{name:"lifecycle-policy",field:"lifecyclePolicy",...ds(my),description:"Path to a lifecycle policy JSON\
 file, applied to the repository."},{name:"repository-policy",field:"repositoryPolicy",...ds(my),description:"Path to a repository policy JSON file, applied to \
the repository."},{name:"context",field:"context",...ds(),default:".",description:"Build context directory."},{name:"dockerfile",field:"dockerfile",...ds(),defaultText:"\
`Dockerfile` in the context",description:"Dockerfile path."},{name:"build-args",field:"buildArgs",...ty,description:"Build arguments, newline-separated `KEY=VAL\
UE`; values are never printed (names only) and reach docker through its environment, not argv."},{name:"target",field:"target",...nr(we(LD,"is not a build stage\
 name")),description:"Build stage to build."},{name:"platform",field:"platform",...nr(zD),description:"Target platforms, e.g. `linux/amd64,linux/arm64` (needs b\
uildx)."},{name:"cache",field:"cache",...pt,default:"true",description:"Reuse the layers of the latest image in the repository on a fresh runner (inline cache o\
n BuildKit, a pull and `--cache-from` on the classic builder); works in IMMUTABLE repositories, and a missing or failing cache never fails a delivery."},{name:"\
provenance",field:"provenance",...pt,default:"false",description:"BuildKit provenance/SBOM attestations (needs buildx). Off by default: the attestation index sh\
ows up as untagged images in ECR and breaks Lambda deploys."},{name:"image",field:"image",...nr(we(UD,"is not a local image reference like `name:tag` or an imag\
e id")),description:"Push this existing local image instead of building."},{name:"commit-sha",field:"commitSha",...nr(Ae.commitSha,t=>t.toLowerCase()),defaultText:"\
`GITHUB_SHA` (the PR head on `pull_request`), `CIRCLE_SHA1`, else `git rev-parse HEAD`",description:"Commit SHA the image is tagged with (40 hex characters)."},
{name:"tags",field:"tags",...zd(Ae.tag,{commas:!0,max:jD}),description:"Extra tags, newline- or comma-separated; the commit SHA tag is always applied."},{name:"\
skip-existing",field:"skipExisting",...pt,default:"false",description:"When the SHA tag already exists in ECR: no build, no layer upload; extra tags are added t\
o the existing image by manifest copy."},{name:"push",field:"push",...pt,default:"true",description:"Push to ECR; `false` builds and tags only (pull-request bui\
lds)."},{name:"web-identity-token-env",field:"webIdentityTokenEnv",...nr(we(VD,"is not an environment variable name (letters, digits, `_`)")),description:"Name \
of an environment variable that holds the OIDC token, for CIs other than GitHub and CircleCI (no token file needed)."},{name:"pull-registries",field:"pullRegist\
ries",...qD,description:"Other ECR registries docker is logged in to before the build, so `FROM` and cache pulls can read them: account ids (12 digits), or `ID@\
REGION` for another region, comma- or newline-separated."},{name:"registry-type",field:"registryType",...Qr("private","public"),default:"private",description:"`\
private`, or `public` for ECR Public (`public.ecr.aws`; also chosen by a repository given as `public.ecr.aws/<alias>/<name>`)."},{name:"catalog-description",field:"\
catalogDescription",...jd(1024),description:"ECR Public: short description of a created repository (text, or `file://PATH`)."},{name:"catalog-about",field:"cata\
logAbout",...jd(25600),description:'ECR Public: "About" text (markdown) of a created repository (text, or `file://PATH`).'},{name:"catalog-usage",field:"catalog\
Usage",...jd(25600),description:'ECR Public: "Usage" text (markdown) of a created repository (text, or `file://PATH`).'},{name:"mode",field:"mode",...Qr("delive\
r","login"),default:"deliver",githubOnly:!0,description:"GitHub Action only: `deliver`, or `login`: credentials and docker login to the registry and every `pull\
-registries` id, in the job's docker config, for later docker steps (like the orb's `ecr/login` and the CLI's `login`)."},{name:"docker-credentials-output",field:"\
dockerCredentialsOutput",...pt,default:"false",githubOnly:!0,description:"GitHub Action, `login` mode: set masked outputs `docker-username` and `docker-password\
` for a later job's `services:` credentials (they are secrets: see the README)."},{name:"skip-logout",field:"skipLogout",...pt,default:"false",githubOnly:!0,description:"\
GitHub Action, `login` mode: keep the docker login after the job (the post step does not log out; shared self-hosted runners)."},{name:"timeout-seconds",field:"\
timeoutSeconds",...Gd(1,86400),default:"3600",description:"Upper bound on the whole run (AWS calls, build, push), 1\u201386400; a hung endpoint fails the step instea\
d of the CI job's own timeout. Each AWS call also gives up after 5 attempts of at most 30 s."},{name:"secrets",field:"secrets",...Qh,description:"Build secrets,\
 lines `id=VALUE` or `id=env:NAME`, for `RUN --mount=type=secret,id=\u2026` (BuildKit); masked, never in argv, layers or history."},{name:"secret-files",field:"\
secretFiles",...Zh,description:"Build secrets from files, lines `id=PATH` (BuildKit)."},{name:"ssh",field:"ssh",...ey,description:"SSH agent or keys for `RUN --\
mount=type=ssh` (BuildKit): `default` (the agent at `SSH_AUTH_SOCK`) or lines `id=PATH`."},{name:"semver-tags",field:"semverTags",...pt,default:"false",description:"\
On a semantic-version git tag (`v1.2.3` or `1.2.3`): also tag `1.2.3`, `1.2` and `1` (pre-releases only their own tag, `0.y.z` no `0`). `latest` only when liste\
d in `tags`."},{name:"branch-tag",field:"branchTag",...pt,default:"false",description:"Also tag the branch name made a valid tag (`feature/Login` \u2192 `feature-log\
in`, cut to 128 characters with a hash suffix), and `pr-<number>` on pull requests."},{name:"git-ref",field:"gitRef",...KD,defaultText:"`GITHUB_REF`; `CIRCLE_TA\
G`, `CIRCLE_BRANCH`, `CIRCLE_PULL_REQUEST`; else `git describe --tags --exact-match` and the checked-out branch",description:"The git ref `semver-tags` and `bra\
nch-tag` read: `refs/tags/NAME`, `refs/heads/NAME` or `refs/pull/N/merge`."},{name:"labels",field:"labels",...zd(we(JD,"is not `key=value` with a key of letters\
, digits, `.`, `_`, `-` and `/`")),description:"Extra OCI labels, lines `key=value`, added to the ones always set (revision, source, created; version from a sem\
ver tag); a key given here wins."},{name:"scan-wait",field:"scanWait",...pt,default:"false",description:"After the push, wait for ECR's scan of the pushed diges\
t (basic or enhanced scanning) and report the findings (`scan-findings`, the summary)."},{name:"scan-start",field:"scanStart",...pt,default:"false",description:"\
With `scan-wait`: start a basic scan (`StartImageScan`) when the repository did not scan the image on push."},{name:"scan-timeout-seconds",field:"scanTimeoutSec\
onds",...Gd(1,86400),default:"600",description:"How long `scan-wait` waits for the scan, 1\u201386400 (also bounded by `timeout-seconds`)."},{name:"fail-on-seve\
rity",field:"failOnSeverity",...Qr(...$o,"none"),default:"none",description:"With `scan-wait`: exit 1 when findings at or above CRITICAL, HIGH, MEDIUM or LOW ex\
ist, or when the scan cannot be had (after all outputs are set; the image stays pushed). `none` only reports."}],qd=hy,ra=["aws-region","role-to-assume","audien\
ce","web-identity-token-file","role-session-name","role-duration-seconds","registry-id","web-identity-token-env","pull-registries","registry-type"];var Mr=[{name:"registry",description:"Registry host, as ECR returns it, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com`."},{name:"repository-uri",description:"\
Repository URI, `<registry>/<repository>`."},{name:"image",description:"Image reference with the commit SHA tag, `<repository-uri>:<sha>`."},{name:"digest",description:"\
Digest (`sha256:\u2026`) of the pushed manifest."},{name:"image-ref",description:"Image reference pinned by digest, `<repository-uri>@<digest>`."},{name:"tags",
type:"list",description:"Tags applied, comma-separated, the SHA first."},{name:"pushed",type:"boolean",description:"`true`, or `false` when nothing was uploaded\
 (skip-existing hit, immutable SHA already there, or push: false)."},{name:"scan-findings",description:'With `scan-wait`: counts by severity as JSON, e.g. `{"CR\
ITICAL":0,"HIGH":2}`; empty without a scan.'}];function Lo(t,e){let r=t[e];return Array.isArray(r)?r.join(","):String(r)}function yy(t){return Object.fromEntries(
Mr.map(({name:e})=>[e,Lo(t,e)]))}var Ey=t=>`ECR_DELIVER_${t.toUpperCase().replace(/-/g,"_")}`,Sy=t=>`ECR_DELIVERED_${t.toUpperCase().replace(/-/g,"_")}`;function xy(t,e){if(e===void 0||e.trim()==="")return;let r=t.type==="list",o=r?e:e.trim(),n=r?GD:BD;if(o.length>n)throw new w(t.name,o,`is longer than ${n} char\
acters`);if((r?/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/:/[\x00-\x1f\x7f]/).test(o))throw new w(t.name,o,"contains control characters");return o}function hr(t,e){let r=hy.
find(n=>n.name===t),o=xy(r,e)??r.default;return o===void 0?void 0:r.parse(o,t)}function yn(t,e="deliver"){let r={};for(let n of qd){let s=xy(n,t(n.name))??n.default;
if(s!==void 0)r[n.field]=n.parse(s,n.name);else if(n.type==="list")r[n.field]=[];else if(n.required&&e==="login")r[n.field]="";else if(n.required)throw new w(n.
name,"","is required")}let o=r;return YD(o,e),o}function YD(t,e){if(t.kmsKey!==void 0&&t.encryptionType!=="KMS")throw new w("kms-key",t.kmsKey,"needs `encryptio\
n-type: KMS`");WD(t),XD(t),e==="deliver"&&QD(t)}function XD(t){if(t.scanWait&&t.registryType==="public")throw new w("scan-wait","true","does not apply to ECR Pu\
blic, which does not scan images");if(!t.scanWait){if(t.scanStart)throw new w("scan-start","true","needs `scan-wait: true` (a started scan is only useful when t\
he run waits for it)");if(t.failOnSeverity!=="none")throw new w("fail-on-severity",t.failOnSeverity,"needs `scan-wait: true`: the gate reads the scan the run wa\
its for")}}function QD(t){if(t.image!==void 0){let e=[["dockerfile",t.dockerfile],["target",t.target],["platform",t.platform],["build-args",t.buildArgs.map(o=>`${o.
split("=")[0]}=***`).join(`
`)||void 0],["labels",t.labels.join(`
`)||void 0]];for(let[o,n]of e)if(n!==void 0)throw new w(o,n,"cannot be combined with `image` (nothing is built)");let r=Zi(ls(t));if(r)throw new w(r,"***","cann\
ot be combined with `image` (nothing is built)");return}t.skipExisting||Wd(t)}function Wd(t){if(!(0,Fr.existsSync)(t.context)||!(0,Fr.statSync)(t.context).isDirectory())
throw new w("context",t.context,"is not a directory");ta("dockerfile",us(t))}function us(t){return t.dockerfile??`${t.context.replace(/\/+$/,"")}/Dockerfile`}var Ry=require("node:child_process"),_y=require("node:fs");function ZD(t){return t.GITHUB_ACTIONS==="true"?"github":t.CIRCLECI==="true"?"circleci":"other"}function En(t,e=process.env,r="deliver"){let o=ZD(e),n=r==="logi\
n"?"":nk(t,e);return{ci:o,region:Jd(t.awsRegion,e),commitSha:n,sessionName:t.roleSessionName??sk(e),sourceUrl:ik(e),release:r==="login"?{tags:[]}:ek(t,e,o,n)}}function ek(t,e,r,o){
if(!t.semverTags&&!t.branchTag)return{tags:[]};let n=t.gitRef??tk(r,e,o),s=ly(n,t);return uy(s,n,Ae.tag),s}function tk(t,e,r){if(t==="github")return ay(e,wy(e));
if(t==="circleci")return cy(e);let o=Kd(["describe","--tags","--exact-match",r]);if(o)return{tag:o};let n=Kd(["symbolic-ref","--short","-q","HEAD"]);return n?{branch:n}:
{}}function Kd(t){try{return(0,Ry.execFileSync)("git",t,{encoding:"utf8",stdio:["ignore","pipe","ignore"]}).trim()||void 0}catch{return}}function wy(t){if(!t.GITHUB_EVENT_PATH)
return{};try{return JSON.parse((0,_y.readFileSync)(t.GITHUB_EVENT_PATH,"utf8"))}catch{return{}}}function Jd(t,e){let r=t??(e.AWS_REGION||e.AWS_DEFAULT_REGION);if(!r)
throw new w("aws-region","","is required: set aws-region, or AWS_REGION / AWS_DEFAULT_REGION");let o=Ae.region(r);if(o)throw new w("aws-region",r,o);return r}function Uo(t){
return t.startsWith("cn-")?"aws-cn":t.startsWith("us-gov-")?"aws-us-gov":"aws"}function rk(t){if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")){let e=wy(
t).pull_request?.head?.sha;if(e)return e}return t.GITHUB_SHA}var ok=()=>Kd(["rev-parse","HEAD"]);function nk(t,e){let r=(t.commitSha??rk(e)??e.CIRCLE_SHA1??ok())?.
toLowerCase();if(!r)throw new w("commit-sha","","is required outside GitHub and CircleCI when `git rev-parse HEAD` has no answer");let o=Ae.commitSha(r);if(o)throw new w(
"commit-sha",r,o);return r}function sk(t){return`ecr-deliver-${t.GITHUB_RUN_ID?`${t.GITHUB_RUN_ID}-${t.GITHUB_RUN_ATTEMPT??"1"}`:t.CIRCLE_BUILD_NUM??t.CIRCLE_WORKFLOW_JOB_ID??
String(Date.now())}`.replace(/[^\w+=,.@-]/g,"-").slice(0,64)}function ik(t){if(t.GITHUB_REPOSITORY)return`${t.GITHUB_SERVER_URL??"https://github.com"}/${t.GITHUB_REPOSITORY}`;
let e=t.CIRCLE_REPOSITORY_URL;if(e){let r=/^git@([^:]+):(.+?)(?:\.git)?$/.exec(e);return r?`https://${r[1]}/${r[2]}`:e.replace(/\.git$/,"")}return""}var Iy=require("node:child_process"),oa=new Set,Fo=(t,e,r={})=>new Promise((o,n)=>{let s=r.silent?void 0:r.output??process.stdout;s?.write(`[command]${[t,...e].
join(" ")}
`);let i=(0,Iy.spawn)(t,e,{stdio:"pipe",env:r.env??process.env});oa.add(i);let a=!1,c=r.timeoutMs===void 0?void 0:setTimeout(()=>{a=!0,i.kill("SIGKILL")},r.timeoutMs),
l=[],d=[];i.stdout.on("data",u=>{l.push(u),s?.write(u)}),i.stderr.on("data",u=>{d.push(u),s?.write(u)}),i.stdin.on("error",()=>{}),i.stdin.end(r.input),i.on("er\
ror",u=>{oa.delete(i),clearTimeout(c),n(u)}),i.on("close",(u,m)=>{oa.delete(i),clearTimeout(c),o({code:u??(m?128:1),stdout:Buffer.concat(l).toString(),stderr:Buffer.
concat(d).toString(),...a?{timedOut:a}:{}})})});async function Ty(t){let e=[...oa];if(!e.length)return;let r=i=>new Promise(a=>{i.exitCode!==null||i.signalCode!==
null?a():i.once("close",()=>a())}),o=Promise.all(e.map(r));for(let i of e)i.kill("SIGTERM");let n,s=new Promise(i=>{n=setTimeout(()=>i("grace"),t)});if(await Promise.
race([o,s])==="grace"){for(let i of e)i.exitCode===null&&i.signalCode===null&&i.kill("SIGKILL");await o}clearTimeout(n)}var na=Ur(require("node:http")),Yd=Ur(require("node:https")),Cy=require("node:net"),vy=require("node:tls");var Ay=t=>(e,r)=>t?.(e,r);function Qd(t,e){let r=t.protocol==="https:"?"https":"http",o=(e[`${r}_proxy`]||e[`${r.toUpperCase()}_PROXY`]||"").trim();if(!o||ak(t,
e.no_proxy??e.NO_PROXY??""))return;let n;try{n=new URL(o.includes("://")?o:`http://${o}`)}catch{throw new gr(`${r.toUpperCase()}_PROXY is not a URL like http://\
proxy.example.com:3128`)}if(n.protocol!=="http:")throw new gr(`${r.toUpperCase()}_PROXY: only http:// proxies are supported, not ${n.protocol}//${n.host}`);return n}
function ak(t,e){let r=t.hostname.replace(/^\[|\]$/g,"").toLowerCase(),o=t.port||(t.protocol==="https:"?"443":"80");return e.split(/[\s,]+/).filter(Boolean).some(
n=>{if(n==="*")return!0;let s=/^\[([^\]]+)\](?::(\d+))?$/.exec(n)??/^([^:]+)(?::(\d+))?$/.exec(n)??[n,n],i=s[1].replace(/^\*?\./,"").toLowerCase();return s[2]&&
s[2]!==o?!1:r===i||r.endsWith(`.${i}`)})}var ck=t=>`${t.protocol}//${t.host}`;function by(t){if(!t.username)return;let e=`${decodeURIComponent(t.username)}:${decodeURIComponent(
t.password)}`;return`Basic ${Buffer.from(e).toString("base64")}`}function Zd(t,e,r){return new gr(`the proxy ${ck(t)} (for ${e}) ${r}`)}function Py(t,e,r){let o=(0,Cy.connect)(
{host:t.hostname.replace(/^\[|\]$/g,""),port:Number(t.port||80)}),n=s=>r(Zd(t,e,`could not be reached: ${s.code??s.message}`));return o.once("error",n),o.once("\
connect",()=>{o.off("error",n),r(null,o)}),o}var Xd=(t,e)=>({host:t.hostname??t.host??"localhost",port:Number(t.port||e)}),sa=class extends na.Agent{constructor(r,o){
super(o);this.env=r}env;proxy(r){return Qd(new URL(`http://${r.host.includes(":")?`[${r.host}]`:r.host}:${r.port}`),this.env)}addRequest(r,o){let n=Xd(o,80),s=this.
proxy(n);if(s){r.path=`http://${n.host.includes(":")?`[${n.host}]`:n.host}:${n.port}${r.path}`;let i=by(s);i&&r.setHeader("proxy-authorization",i);let a=r.emit.
bind(r);r.emit=((c,...l)=>{let d=l[0];return c!=="response"||d.statusCode!==407?a(c,...l):(d.resume(),r.destroy(Zd(s,`${n.host}:${n.port}`,"refused the request:\
 407 Proxy Authentication Required (check the credentials in HTTP_PROXY)")),!0)})}na.Agent.prototype.addRequest.call(this,r,o)}createConnection(r,o){let n=Xd(r,
80),s=this.proxy(n);if(!s)return na.Agent.prototype.createConnection.call(this,r,o);Py(s,`${n.host}:${n.port}`,Ay(o))}},ia=class extends Yd.Agent{constructor(r,o){
super(o);this.env=r}env;createConnection(r,o){let n=Ay(o),s=Xd(r,443),i=`${s.host.includes(":")?`[${s.host}]`:s.host}:${s.port}`,a=Qd(new URL(`https://${i}`),this.
env);if(!a)return Yd.Agent.prototype.createConnection.call(this,r);Py(a,i,(c,l)=>{if(c||!l)return n(c);let d=by(a);l.write(`CONNECT ${i} HTTP/1.1\r
Host: ${i}\r
${d?`Proxy-Authorization: ${d}\r
`:""}\r
`);let u=Buffer.alloc(0),m=y=>{l.destroy(),n(Zd(a,i,y))},f=y=>{if(u=Buffer.concat([u,y]),u.indexOf(`\r
\r
`)<0)return;l.off("data",f),l.off("error",g),l.off("end",h);let x=/^HTTP\/1\.[01] (\d{3})([^\r\n]*)/.exec(u.toString("latin1"));if(x?.[1]!=="200")return m(`refu\
sed the tunnel: ${x?`${x[1]}${x[2]}`:"no HTTP answer"}${x?.[1]==="407"?" (check the credentials in HTTPS_PROXY)":""}`);let A=r.servername??(/^[\d.]+$|:/.test(s.
host)?void 0:s.host);n(null,(0,vy.connect)({...r,socket:l,servername:A}))},g=y=>m(`dropped the tunnel: ${y.message}`),h=()=>m("closed the connection before answ\
ering CONNECT");l.on("data",f),l.once("error",g),l.once("end",h)})}};function Oy(t){return["http_proxy","HTTP_PROXY","https_proxy","HTTPS_PROXY"].some(e=>t[e]?.
trim())?{httpAgent:new sa(t,{keepAlive:!0}),httpsAgent:new ia(t,{keepAlive:!0})}:{}}function Ny(t,e){if(Qd(t,e))return t.protocol==="https:"?new ia(e,{keepAlive:!1}):
new sa(e,{keepAlive:!1})}var ky=5,pk=5e3,lk=3e4,dk=2e3,uk=3e3,Dy=["SIGINT","SIGTERM"];function mk(t=1/0){let e=Math.max(1e3,Math.min(lk,Math.floor(t/3)));return{connectionTimeout:Math.min(
pk,e),requestTimeout:e}}function Sn(t,e,r){return{region:t,credentials:e,retryMode:"adaptive",maxAttempts:ky,requestHandler:{...mk(r?.ms),throwOnRequestTimeout:!0,
...Oy(process.env)}}}function xn(t){let e=t??{},r=e.name??"",o=/Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(r)||!!e.$retryable?.throttling,n=o||
!!e.$retryable||(e.$metadata?.httpStatusCode??0)>=500||/Timeout/.test(r)||/^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)$/.
test(e.code??"");return{attempts:e.$metadata?.attempts??1,transient:n,throttled:o}}function Rn(t,e){return e?`AWS kept throttling ${t} for longer than ${ky} att\
empts with backoff: re-run later, spread out concurrent deliveries, or raise the ${t} API rate quota (Service Quotas)`:`${t} or the network to it kept failing: \
check the runner's access to AWS (proxy, firewall, VPC endpoint, AWS_ENDPOINT_URL_${t}) and the AWS Health Dashboard, then re-run`}var ms=class{constructor(e){this.
seconds=e;this.expired=new Promise((r,o)=>{this.fail=o}),this.timer=setTimeout(()=>this.end(new Xr(e,this.stillWaiting())),e*1e3),this.expired.catch(()=>{})}seconds;controller=new AbortController;waiting=[];timer;fail;ending=!1;expired;onSignal=e=>this.
end(new Qi(e,this.stillWaiting()));get ms(){return this.seconds*1e3}get signal(){return this.controller.signal}async bound(e){for(let r of Dy)process.on(r,this.
onSignal);try{let r=e().catch(o=>this.ending?this.expired:Promise.reject(o));return await Promise.race([r,this.expired])}finally{clearTimeout(this.timer);for(let r of Dy)
process.off(r,this.onSignal)}}async watch(e,r){this.controller.signal.throwIfAborted(),this.waiting.push(e);try{return await r()}finally{this.waiting.splice(this.
waiting.indexOf(e),1)}}stillWaiting(){return[...new Set(this.waiting)]}end(e){this.ending||(this.ending=!0,clearTimeout(this.timer),this.controller.abort(),Ty(uk).
then(()=>{this.fail(e),setTimeout(()=>process.exit(process.exitCode||1),dk).unref()}))}};function eo(t,e,r){return t?t.watch(e,r):r()}var $y={buildx:"buildx (docker buildx build)",buildkit:"the daemon's embedded BuildKit (DOCKER_BUILDKIT=1 docker build)",classic:"the classic builder (DOCKER_BU\
ILDKIT=0 docker build)"};function eu(t){let e=t.DOCKER_BUILDKIT;if(e!==void 0){if(/^(1|t|true)$/i.test(e))return!0;if(/^(0|f|false)$/i.test(e))return!1}}async function Ly(t,e,r={}){
let o=eu(e),n=r.buildx??r.buildkit;if(o===!1){if(n)throw new ve(`${n} needs BuildKit, but DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} selects the classic builder`,"uns\
et DOCKER_BUILDKIT (or set it to 1), or drop the option");return"classic"}let[s,i]=await Promise.all([t.buildx(),t.embeddedBuildkit()]);if(s)return"buildx";if(r.
buildx)throw new ve(`${r.buildx} needs docker buildx, which this machine does not have`,"install the buildx plugin (GitHub: docker/setup-buildx-action; CircleCI\
: the machine executor has it), or drop the option");if(i)return"buildkit";let a="install the buildx plugin (GitHub: docker/setup-buildx-action), or use a docke\
r CLI older than 23 with the daemon's embedded BuildKit";if(r.buildkit)throw new ve(`${r.buildkit} needs BuildKit, but this docker CLI cannot build with BuildKi\
t without the buildx plugin`,a);if(o===!0)throw new ve(`DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} asks for BuildKit, but this docker CLI cannot build with BuildKit w\
ithout the buildx plugin`,a);return"classic"}var fk=[/^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/,/^ACTIONS_RUNTIME_TOKEN$/,/^CIRCLE_OIDC_TOKEN/,/^INPUT_/];function fs(t,e){let r=Object.fromEntries(Object.entries(
t).filter(([o])=>!fk.some(n=>n.test(o))));return e?{...r,DOCKER_CONFIG:e}:r}var JT=require("node:child_process"),YT=require("node:fs"),XT=require("node:util");Kc();async function rg(t){if(t.tokenEnv){let r=t.env[t.tokenEnv]?.trim();if(!r)throw new ve(`web-identity-token-env names ${t.tokenEnv}, which is not set or empty`);
return{token:r,source:`environment variable ${t.tokenEnv}`}}if(t.tokenFile)return{token:WT(t.tokenFile),source:`file ${t.tokenFile}`};if(t.ci==="github")return{
token:await L1(t),source:"GitHub OIDC"};if(t.ci==="circleci")return U1(t);let e=t.env.AWS_WEB_IDENTITY_TOKEN_FILE;if(e)return{token:WT(e),source:`file ${e}`};throw new ve(
"role-to-assume is set but no OIDC token was found","outside GitHub and CircleCI, write the CI's OIDC token to a file and pass web-identity-token-file (or AWS_W\
EB_IDENTITY_TOKEN_FILE), or name the variable that holds it in web-identity-token-env")}function WT(t){let e=(0,YT.readFileSync)(t,"utf8").trim();if(!e)throw new ve(
`the OIDC token file ${t} is empty`);return e}async function L1(t){if(!t.env.ACTIONS_ID_TOKEN_REQUEST_URL||!t.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN||!t.platformToken)
throw new ve("GitHub did not give this job an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set)","add `permissions: id-token: write` (and `contents: read`) t\
o the workflow or job");try{return await t.platformToken(t.audience)}catch(e){throw e instanceof gr?e:new fr(`could not get the GitHub OIDC token: ${e.message}`,
"check `permissions: id-token: write`; tokens are not issued to pull requests from forks")}}async function U1(t){let e=t.env.CIRCLE_OIDC_TOKEN_V2||t.env.CIRCLE_OIDC_TOKEN,
r=e&&{token:e.trim(),source:t.env.CIRCLE_OIDC_TOKEN_V2?"CIRCLE_OIDC_TOKEN_V2":"CIRCLE_OIDC_TOKEN"};if(r&&!t.renew)return r;try{let o=["run","oidc","get"];t.audience!==
Vd&&o.push("--claims",JSON.stringify({aud:t.audience}));let{stdout:n}=await(0,XT.promisify)(JT.execFile)("circleci",o,{encoding:"utf8",env:t.env}),s=n.trim();if(s)
return{token:s,source:"circleci run oidc get"}}catch{}if(r)return r;throw new ve("CircleCI did not give this job an OIDC token (no CIRCLE_OIDC_TOKEN_V2 or CIRCL\
E_OIDC_TOKEN)","run the job with a context (CircleCI issues OIDC tokens only to jobs that use one), or pass web-identity-token-file")}function F1(t){try{let e=JSON.
parse(Buffer.from(t.split(".")[1]??"","base64url").toString("utf8")),r=o=>Array.isArray(o)?o.join(","):typeof o=="string"?o:void 0;return{iss:r(e.iss),sub:r(e.sub),
aud:r(e.aud)}}catch{return{}}}async function og(t,e,r,o){r.secret(e);let n=Bn({roleArn:t.roleArn,roleSessionName:t.sessionName,webIdentityToken:e,durationSeconds:t.
durationSeconds,clientConfig:Sn(t.region,void 0,o)});try{let s=await eo(o,"STS AssumeRoleWithWebIdentity",()=>n());return H1({accessKeyId:s.accessKeyId,secretAccessKey:s.
secretAccessKey,sessionToken:s.sessionToken,expiration:s.expiration},r)}catch(s){throw B1(s,t,e)}}function QT(t,e){let r={credentials:t,margin:KT(t)},o;return()=>{
let n=r.credentials.expiration?.getTime();return n===void 0||n-Date.now()>r.margin?Promise.resolve(r.credentials):(o??=e().then(s=>(r={credentials:s,margin:KT(s)},
s)).finally(()=>{o=void 0}),o)}}var M1=300*1e3;function KT(t){let e=t.expiration?t.expiration.getTime()-Date.now():1/0;return Math.min(M1,e/2)}function H1(t,e){
for(let r of[t.accessKeyId,t.secretAccessKey,t.sessionToken])r&&e.secret(r);return t}function B1(t,e,r){if(t instanceof fr||t instanceof gr)return t;let o=t,n=F1(
r),s=`token iss=${n.iss??"?"} sub=${n.sub??"?"} aud=${n.aud??"?"}`,i=xn(t);if(i.transient){let c=`STS AssumeRoleWithWebIdentity for ${e.roleArn} failed after ${i.
attempts} attempt(s) (${o.name}: ${o.message}); ${s}`;return new fr(c,Rn("STS",i.throttled),{cause:t})}let a=`STS refused AssumeRoleWithWebIdentity for ${e.roleArn}\
 (${o.name}: ${o.message}); ${s}`;switch(o.name){case"AccessDenied":case"AccessDeniedException":return new fr(a,"the role's trust policy must allow this token: \
Federated principal for the issuer, `aud` and `sub` conditions matching the values above (`ecr-deliver iam-policy` prints one)",{cause:t});case"InvalidIdentityT\
oken":case"InvalidIdentityTokenException":return new fr(a,"the account needs an IAM OIDC identity provider for this issuer, with the audience above as a client \
id",{cause:t});case"ExpiredTokenException":return new fr(a,"the OIDC token expired before it was used; request a fresh one",{cause:t});case"IDPCommunicationErro\
r":case"IDPCommunicationErrorException":return new fr(a,"STS could not reach the token issuer; retry the job",{cause:t});default:return new fr(a,void 0,{cause:t})}}var Gn=require("node:fs"),oC=require("node:os"),ng=require("node:path");var ZT=3,G1=/\b5\d\d\b|Service Unavailable|Bad Gateway|Gateway Time-?out|connection reset|broken pipe|\bEOF\b|i\/o timeout|TLS handshake timeout|connection refused|Client\.Timeout|too ?many ?requests|\b429\b|net\/http/i,
eC=/no basic auth credentials|authentication required|unauthorized|\b401\b|authorization token has expired|denied: Your authorization token/i,tC=t=>t.startsWith(
"-")?`./${t}`:t;function nC(t,e){let r={};return t.platform?.includes(",")?r.buildx="platform":t.provenance&&(r.buildx="provenance"),r.buildkit=Zi(e),r}function j1(t,e,r){
let o=e==="buildx",n=o?["buildx","build"]:["build"],s=o?{}:{DOCKER_BUILDKIT:e==="buildkit"?"1":"0"};n.push("--file",tC(t.dockerfile)),e==="classic"&&n.push("--f\
orce-rm");for(let i of t.tags)n.push("--tag",i);for(let[i,a]of Object.entries(t.labels))n.push("--label",`${i}=${a}`);for(let i of t.buildArgs){let a=i.indexOf(
"=");s[i.slice(0,a)]=i.slice(a+1),n.push("--build-arg",i.slice(0,a))}if(t.target&&n.push("--target",t.target),t.platform&&n.push("--platform",t.platform),e!=="c\
lassic"){let i=ny(t.secrets);n.push(...i.argv),Object.assign(s,i.env)}return t.cache&&(o&&n.push("--cache-to","type=inline"),e==="buildkit"&&n.push("--build-arg",
"BUILDKIT_INLINE_CACHE=1"),t.cache.from&&n.push("--cache-from",o?`type=registry,ref=${t.cache.from}`:t.cache.from)),o&&(n.push("--provenance",t.provenance?"mode\
=max":"false"),t.provenance&&n.push("--sbom","true"),n.push(t.pushFromBuilder?"--push":"--load"),r&&n.push("--metadata-file",r)),n.push(tC(t.context)),{argv:n,env:s}}
function z1(t){return/digest: (sha256:[a-f0-9]{64})/.exec(t)?.[1]}var rC=1e4,cn=class{constructor(e,r,o,n=process.env){this.runner=e;this.reporter=r;this.deadline=
o;this.env=n}runner;reporter;deadline;env;run(e,r,o){return eo(this.deadline,`docker ${r[0]==="buildx"?"buildx build":r[0]}`,()=>this.runner(e,r,{...o,env:o?.env?
{...this.env,...o.env}:this.env}))}async check(){let e;try{e=await this.run("docker",["version","--format","{{.Server.Version}}"],{silent:!0,timeoutMs:rC})}catch{
throw new ve("docker is not installed: no `docker` command on PATH","use a runner or executor with Docker (CircleCI: the machine executor, or a docker image wit\
h setup_remote_docker)")}if(e.timedOut)throw new ve(`the docker daemon did not answer within ${rC/1e3} s (docker version)`,"the daemon is hung or overloaded: re\
start the docker engine (or check DOCKER_HOST / the docker context)");if(e.code!==0){let r=e.stderr.trim().split(`
`).pop()??"";throw new ve(`the docker daemon is not reachable: ${r}`,"start the docker engine (CircleCI docker executor: add `setup_remote_docker`; or use the m\
achine executor)")}}buildx;embedded;chosen;hasBuildx(){return this.buildx??=this.run("docker",["buildx","version"],{silent:!0}).then(e=>e.code===0,()=>!1),this.
buildx}drivesEmbeddedBuildkit(){return this.embedded??=this.run("docker",["build","--help"],{silent:!0,env:{DOCKER_BUILDKIT:"1"}}).then(e=>e.code===0,()=>!1),this.
embedded}builder(e){return this.chosen??=Ly({buildx:()=>this.hasBuildx(),embeddedBuildkit:()=>this.drivesEmbeddedBuildkit()},this.env,e).then(r=>(this.reporter.
info(`Builder: ${$y[r]}`),r)),this.chosen}logins=Promise.resolve();login(e){let r=this.logins.then(()=>this.loginNow(e));return this.logins=r.catch(()=>{}),r}async loginNow(e){
this.reporter.secret(e.password),this.reporter.secret(Buffer.from(`${e.username}:${e.password}`).toString("base64"));let r=await this.run("docker",["login","--u\
sername",e.username,"--password-stdin",e.host],{input:Buffer.from(e.password),output:this.reporter.output});if(r.code!==0)throw new _t(`docker login to ${e.host}\
 failed: ${kr(r)}`)}async logout(e){await this.run("docker",["logout",e],{output:this.reporter.output})}async build(e,r){let o=r==="buildx"?(0,Gn.mkdtempSync)((0,ng.join)(
(0,oC.tmpdir)(),"ecr-deliver-")):void 0,n=o?(0,ng.join)(o,"metadata.json"):void 0;try{let s=await this.runBuild(e,r,n);if(s.code!==0&&e.cache&&/cache/i.test(kr(
s))&&(this.reporter.warning(`the build failed on the layer cache (${kr(s)}); building again without it`),s=await this.runBuild({...e,cache:void 0},r,n)),s.code!==
0)throw new _t(`docker ${r==="buildx"?"buildx build":"build"} failed (exit ${s.code}): ${kr(s)}`);return!n||!e.pushFromBuilder?void 0:JSON.parse((0,Gn.readFileSync)(
n,"utf8"))["containerimage.digest"]}finally{o&&(0,Gn.rmSync)(o,{recursive:!0,force:!0})}}runBuild(e,r,o){let{argv:n,env:s}=j1(e,r,o);return this.run("docker",n,
{output:this.reporter.output,env:s})}async pullCache(e){let r=await this.run("docker",["pull","--quiet",e],{output:this.reporter.output});return r.code!==0&&this.
reporter.warning(`no layer cache: docker pull ${e} failed (${kr(r)}); building without it`),r.code===0}async tag(e,r){let o=await this.run("docker",["tag",e,r],
{output:this.reporter.output});if(o.code!==0)throw new _t(`docker tag ${e} ${r} failed: ${kr(o)}`)}async push(e,r){let o=!1;for(let n=1;;n++){let s=await this.run(
"docker",["push",e],{output:this.reporter.output}),i=`${s.stdout}
${s.stderr}`;if(s.code===0){let a=z1(i);if(!a)throw new _t(`docker push ${e} printed no digest`);return a}if(eC.test(i)&&!o){o=!0,this.reporter.warning(`the reg\
istry refused the credentials (${kr(s)}); logging in again`),await r();continue}if(eC.test(i))throw new _t(`docker push ${e} was refused after a fresh login: ${kr(
s)}`,"the credentials need ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage and ecr:BatchCheckLayerAvailability");if(!G1.test(
i)||n>=ZT)throw new _t(`docker push ${e} failed after ${n} attempt(s): ${kr(s)}`);this.reporter.warning(`docker push failed (${kr(s)}); retrying (${n}/${ZT-1})`),
await new Promise(a=>setTimeout(a,1e3*2**(n-1)))}}},V1=/^(DEPRECATED:|Install the buildx|https:\/\/docs\.docker\.com\/|WARNING!|Configure a credential helper)/;
function kr(t){let e=o=>o.split(`
`).map(n=>n.trim()).filter(n=>n&&!V1.test(n)),r=e(t.stdout);return e(t.stderr).pop()??[...r].reverse().find(o=>/error|denied|fail|unauthorized/i.test(o))??r.pop()??
`exit ${t.code}`}var lr=require("node:fs"),Yc=require("node:os"),xo=require("node:path"),q1=["auths","credHelpers","credsStore","currentContext","proxies"],W1=["buildx","cli-plu\
gins","contexts"];function K1(t){return t.DOCKER_CONFIG||(0,xo.join)(t.HOME||(0,Yc.homedir)(),".docker")}var Jc=class t{constructor(e){this.dir=e;process.once("\
exit",this.onExit)}dir;removed=!1;onExit=()=>this.remove();static create(e){let r=new t((0,lr.mkdtempSync)((0,xo.join)((0,Yc.tmpdir)(),"ecr-deliver-docker-"))),
o=K1(e);(0,lr.writeFileSync)((0,xo.join)(r.dir,"config.json"),JSON.stringify(J1((0,xo.join)(o,"config.json")),null,2),{mode:384});for(let n of W1)(0,lr.existsSync)(
(0,xo.join)(o,n))&&(0,lr.symlinkSync)((0,xo.join)(o,n),(0,xo.join)(r.dir,n));return r}remove(){this.removed||(this.removed=!0,process.off("exit",this.onExit),(0,lr.rmSync)(
this.dir,{recursive:!0,force:!0}))}};function J1(t){let e;try{e=JSON.parse((0,lr.readFileSync)(t,"utf8"))}catch{return{}}let r=Object.fromEntries(q1.filter(o=>e[o]!==
void 0).map(o=>[o,e[o]]));return typeof e.credsStore=="string"&&e.credsStore?Y1(r,e.credsStore):r}function Y1(t,e){let{credsStore:r,...o}=t,n=t.auths??{},s={};for(let[
i,a]of Object.entries(n))a?.auth||(s[i]=e);return{...o,credHelpers:{...s,...t.credHelpers}}}var EN=require("node:fs");M();st();v();L();K();F();ut();X();_e();v();var sC=async(t,e,r)=>({operation:te(e).operation,region:await W(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function X1(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr-public",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{
config:e,context:r}})}}var iC=t=>{let e=[];switch(t.operation){default:e.push(X1(t))}return e},aC=t=>{let e=pr(t);return Object.assign(e,{authSchemePreference:W(
t.authSchemePreference??[])})};var cC=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr-public"}),pC={UseFIPS:{
type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"bui\
ltInParams",name:"useDualstackEndpoint"}};var lC={name:"@aws-sdk/client-ecr-public",version:"3.1108.0",description:"AWS SDK for JavaScript Ecr Public Client for Node.js, Browser and React Native",homepage:"\
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
s":"0.10.1",premove:"4.0.0",typescript:"~6.0.3"},engines:{node:">=20.0.0"}};M();_e();pg();L();L();var GC="AWS_EC2_METADATA_DISABLED",jC=async t=>{let{ENV_CMDS_FULL_URI:e,ENV_CMDS_RELATIVE_URI:r,fromContainerMetadata:o,fromInstanceMetadata:n}=await Promise.resolve().then(()=>(ip(),sp));
if(process.env[r]||process.env[e]){t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");let{fromHttp:s}=await Promise.resolve().then(()=>(Sg(),Eg));
return Bo(s(t),o(t))}return process.env[GC]&&process.env[GC]!=="false"?async()=>{throw new _("EC2 Instance Metadata Service access disabled",{logger:t.logger})}:
(t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata"),n(t))};function zC(t,e){let r=IU(t),o,n,s,i,a=async c=>{if(c?.forceRefresh)return i||(i=r(c).then(l=>{s=l}).finally(()=>{i=void 0})),await i,s;if(s?.expiration&&s?.expiration?.
getTime()<Date.now()&&(s=void 0),o)await o;else if(!s||e?.(s))if(s)n||(n=r(c).then(l=>{s=l}).catch(()=>{}).finally(()=>{n=void 0}));else return o=r(c).then(l=>{
s=l}).finally(()=>{o=void 0}),a(c);return s};return a}var IU=t=>async e=>{let r;for(let o of t)try{return await o(e)}catch(n){if(r=n,n?.tryNextLink)continue;throw n}
throw r};var AP=!1,Bi=(t={})=>zC([async()=>{if(t.profile??process.env[ya])throw process.env[li]&&process.env[di]&&(AP||((t.logger?.warn&&t.logger?.constructor?.name!=="N\
oOpLogger"?t.logger.warn.bind(t.logger):console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`),AP=!0)),new _("AWS_PROFILE is set, skipping fromEnv provider.",{logger:t.logger,tryNextLink:!0});return t.logger?.debug("@aws-sdk/credential-provider-node - \
defaultProvider::fromEnv"),Xc(t)()},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");let{ssoStartUrl:r,ssoAccountId:o,ssoRegion:n,
ssoRoleName:s,ssoSession:i}=t;if(!r&&!o&&!n&&!s&&!i)throw new _("Skipping SSO provider in default chain (inputs do not include SSO fields).",{logger:t.logger});
let{fromSSO:a}=await Promise.resolve().then(()=>(qg(),Vg));return a(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromI\
ni");let{fromIni:r}=await Promise.resolve().then(()=>(vP(),CP));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::\
fromProcess");let{fromProcess:r}=await Promise.resolve().then(()=>(mh(),uh));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defa\
ultProvider::fromTokenFile");let{fromTokenFile:r}=await Promise.resolve().then(()=>(Kc(),tg));return r(t)(e)},async()=>(t.logger?.debug("@aws-sdk/credential-pro\
vider-node - defaultProvider::remoteProvider"),(await jC(t))()),async()=>{throw new _("Could not load credentials from any providers",{tryNextLink:!1,logger:t.logger})}],
bP);var bP=t=>t?.expiration!==void 0&&t.expiration.getTime()-Date.now()<3e5;v();L();ut();$();uo();_e();on();nn();v();F();$();M();K();K();var Gi="ref",un=-1,Lp=!0,PP="isSet",kP="PartitionResult",Up="booleanEquals",yh="getAttr",OP={[Gi]:"Endpoint"},Eh={[Gi]:kP},Qn={},NP=[{[Gi]:"Region"}],DP={conditions:[
[PP,[OP]],[PP,NP],["aws.partition",NP,kP],[Up,[{[Gi]:"UseFIPS"},Lp]],[Up,[{[Gi]:"UseDualStack"},Lp]],[Up,[{fn:yh,argv:[Eh,"supportsDualStack"]},Lp]],[Up,[{fn:yh,
argv:[Eh,"supportsFIPS"]},Lp]],["stringEquals",[{fn:yh,argv:[Eh,"name"]},"aws"]]],results:[[un],[un,"Invalid Configuration: FIPS and custom endpoint are not sup\
ported"],[un,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[OP,Qn],["https://api.ecr-public-fips.{Region}.{PartitionResult#dualStack\
DnsSuffix}",Qn],[un,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://api.ecr-public-fips.{Region}.{PartitionResult#d\
nsSuffix}",Qn],[un,"FIPS is enabled but this partition does not support FIPS"],["https://ecr-public.{Region}.api.aws",Qn],["https://api.ecr-public.{Region}.{Par\
titionResult#dualStackDnsSuffix}",Qn],[un,"DualStack is enabled but this partition does not support DualStack"],["https://api.ecr-public.{Region}.{PartitionResu\
lt#dnsSuffix}",Qn],[un,"Invalid Configuration: Missing Region"]]},MM=2,Et=1e8,HM=new Int32Array([-1,1,-1,0,13,3,1,4,Et+12,2,5,Et+12,3,9,6,4,7,Et+11,5,8,Et+10,7,
Et+8,Et+9,4,11,10,6,Et+6,Et+7,5,12,Et+5,6,Et+4,Et+5,3,Et+1,14,4,Et+2,Et+3]),$P=rt.from(HM,MM,DP.conditions,DP.results);var BM=new ot({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),LP=(t,e={})=>BM.get(t,()=>Ft($P,{endpointParams:t,logger:e.logger}));Pe.aws=mt;X();v();var J=class t extends et{constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var Fp=class t extends J{name="InvalidParameterException";$fault="client";constructor(e){super({name:"InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Mp=class t extends J{name="RegistryNotFoundException";$fault="client";constructor(e){super({name:"RegistryNotFoundException",$fault:"client",
...e}),Object.setPrototypeOf(this,t.prototype)}},Hp=class t extends J{name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryN\
otFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Bp=class t extends J{name="ServerException";$fault="server";constructor(e){super(
{name:"ServerException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},Gp=class t extends J{name="UnsupportedCommandException";$fault="client";constructor(e){
super({name:"UnsupportedCommandException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},jp=class t extends J{name="EmptyUploadException";$fault="\
client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},zp=class t extends J{name="InvalidLay\
erException";$fault="client";constructor(e){super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Vp=class t extends J{name="\
LayerAlreadyExistsException";$fault="client";constructor(e){super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
qp=class t extends J{name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Wp=class t extends J{name="UploadNotFoundException";$fault="client";constructor(e){super({name:"UploadNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Kp=class t extends J{name="InvalidTagParameterException";$fault="client";constructor(e){super({name:"InvalidTagParamet\
erException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Jp=class t extends J{name="LimitExceededException";$fault="client";constructor(e){
super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Yp=class t extends J{name="RepositoryAlreadyExistsExceptio\
n";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Xp=class t extends J{name="\
TooManyTagsException";$fault="client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Qp=class t extends J{name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Zp=class t extends J{name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},el=class t extends J{name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},tl=class t extends J{name="RepositoryCatalogDataNotFoundException";$fault="client";constructor(e){
super({name:"RepositoryCatalogDataNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},rl=class t extends J{name="ImageAlreadyExi\
stsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ol=class t extends J{name="\
ImageDigestDoesNotMatchException";$fault="client";constructor(e){super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},nl=class t extends J{name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"cl\
ient",...e}),Object.setPrototypeOf(this,t.prototype)}},sl=class t extends J{name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){
super({name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}},il=class t extends J{name="LayersNotFoundException";$fault="client";constructor(e){
super({name:"LayersNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},al=class t extends J{name="ReferencedImagesNotFoundExcept\
ion";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}};var GM="AuthorizationData";var jM="CreateRepository",zM="CreateRepositoryRequest",VM="CreateRepositoryResponse";var qM="DescribeImageTags",WM="DescribeImageTagsRequest",KM="DescribeImageTagsResponse";var JM="DescribeRegistriesRequest",YM="DescribeRegistriesResponse",XM="DescribeRepositoriesRequest",QM="DescribeRepositoriesResponse",ZM="DescribeRegistries",eH="\
DescribeRepositories",tH="EmptyUploadException",rH="GetAuthorizationToken",oH="GetAuthorizationTokenRequest",nH="GetAuthorizationTokenResponse";var sH="Image",iH="ImageAlreadyExistsException";var aH="ImageDigestDoesNotMatchException";var cH="ImageIdentifier";var pH="InvalidLayerException",lH="InvalidLayerPartException";var dH="ImageNotFoundException",uH="InvalidParameterException",mH="ImageTagAlreadyExistsException",fH="ImageTagDetail",gH="ImageTagDetailList",hH="InvalidTagPar\
ameterException",yH="Key";var EH="LayerAlreadyExistsException",SH="LimitExceededException";var xH="LayersNotFoundException",RH="LayerPartTooSmallException";var _H="PutImage",wH="PutImageRequest",IH="PutImageResponse";var TH="Registry",CH="RegistryAlias",vH="RepositoryAlreadyExistsException",AH="RegistryAliasList";var bH="RepositoryCatalogDataInput",PH="RepositoryCatalogDataNotFoundException",OH="RepositoryCatalogData",NH="ReferencedImageDetail",DH="ReferencedImagesNotFou\
ndException",kH="RegistryList",$H="RepositoryList",LH="RepositoryNotEmptyException",UH="RegistryNotFoundException",FH="RepositoryNotFoundException",MH="Reposito\
ryPolicyNotFoundException",HH="Repository",BH="ServerException",GH="SetRepositoryPolicy",jH="SetRepositoryPolicyRequest",zH="SetRepositoryPolicyResponse",VH="Ta\
g",qH="TagList",WH="TooManyTagsException";var KH="UnsupportedCommandException";var JH="UploadNotFoundException";var YH="Value",XH="aliases",QH="authorizationData",ZH="artifactMediaType",eB="authorizationToken",UP="aboutText",FP="architectures",ae="client",MP="createdAt",HP="\
catalogData",BP="description";var tB="defaultRegistryAlias",oe="error",rB="expiresAt";var oB="force",nB="image";var Sh="imageDigest",sB="imageDetail";var iB="imageId",GP="imageManifest",xh="imageManifestMediaType",aB="imagePushedAt",cB="imageSizeInBytes";var pB="imageTagDetails",Rh="imageTag";var lB="logoImageBlob";var dB="logoUrl",uB="lastValidByteReceived",ne="message",mB="marketplaceCertified",_h="maxResults";var fB="name",Zn="nextToken",jP="operatingSystems";var gB="primaryRegistryAlias";var zP="policyText",hB="repository";var yB="registryArn",EB="repositoryArn";var Yr="registryId",bo="repositoryName",SB="repositoryNames",xB="registryUri",RB="repositoryUri",_B="registries",wB="repositories",VP="smithy.ts.sdk.synthetic.c\
om.amazonaws.ecrpublic",IB="server",TB="status",CB="tags";var vB="uploadId",qP="usageText",AB="verified",C="com.amazonaws.ecrpublic",WP=Q.for(VP),bB=[-3,VP,"ECRPUBLICServiceException",0,[],[]];WP.registerError(bB,J);var re=Q.
for(C),PB=[-3,C,tH,{[oe]:ae},[ne],[0]];re.registerError(PB,jp);var OB=[-3,C,iH,{[oe]:ae},[ne],[0]];re.registerError(OB,rl);var NB=[-3,C,aH,{[oe]:ae},[ne],[0]];re.
registerError(NB,ol);var DB=[-3,C,dH,{[oe]:ae},[ne],[0]];re.registerError(DB,el);var kB=[-3,C,mH,{[oe]:ae},[ne],[0]];re.registerError(kB,nl);var $B=[-3,C,pH,{[oe]:ae},
[ne],[0]];re.registerError($B,zp);var LB=[-3,C,lH,{[oe]:ae},[Yr,bo,vB,uB,ne],[0,0,0,1,0]];re.registerError(LB,sl);var UB=[-3,C,uH,{[oe]:ae},[ne],[0]];re.registerError(
UB,Fp);var FB=[-3,C,hH,{[oe]:ae},[ne],[0]];re.registerError(FB,Kp);var MB=[-3,C,EH,{[oe]:ae},[ne],[0]];re.registerError(MB,Vp);var HB=[-3,C,RH,{[oe]:ae},[ne],[0]];
re.registerError(HB,qp);var BB=[-3,C,xH,{[oe]:ae},[ne],[0]];re.registerError(BB,il);var GB=[-3,C,SH,{[oe]:ae},[ne],[0]];re.registerError(GB,Jp);var jB=[-3,C,DH,
{[oe]:ae},[ne],[0]];re.registerError(jB,al);var zB=[-3,C,UH,{[oe]:ae},[ne],[0]];re.registerError(zB,Mp);var VB=[-3,C,vH,{[oe]:ae},[ne],[0]];re.registerError(VB,
Yp);var qB=[-3,C,PH,{[oe]:ae},[ne],[0]];re.registerError(qB,tl);var WB=[-3,C,LH,{[oe]:ae},[ne],[0]];re.registerError(WB,Qp);var KB=[-3,C,FH,{[oe]:ae},[ne],[0]];
re.registerError(KB,Hp);var JB=[-3,C,MH,{[oe]:ae},[ne],[0]];re.registerError(JB,Zp);var YB=[-3,C,BH,{[oe]:IB},[ne],[0]];re.registerError(YB,Bp);var XB=[-3,C,WH,
{[oe]:ae},[ne],[0]];re.registerError(XB,Xp);var QB=[-3,C,KH,{[oe]:ae},[ne],[0]];re.registerError(QB,Gp);var ZB=[-3,C,JH,{[oe]:ae},[ne],[0]];re.registerError(ZB,
Wp);var KP=[WP,re],e2=[3,C,GM,0,[eB,rB],[0,4]];var t2=[3,C,zM,0,[bo,HP,CB],[0,()=>x2,()=>A2],1],r2=[3,C,VM,0,[hB,HP],[()=>JP,()=>S2]];var o2=[3,C,WM,0,[bo,Yr,Zn,_h],[0,0,0,1],1],n2=[3,C,KM,0,[pB,Zn],[()=>I2,0]],s2=[3,C,JM,0,[Zn,_h],[0,1]],i2=[3,C,YM,0,[_B,Zn],[()=>C2,0],1],a2=[3,C,XM,0,[Yr,SB,
Zn,_h],[0,64,0,1]],c2=[3,C,QM,0,[wB,Zn],[()=>v2,0]],p2=[3,C,oH,0,[],[]],l2=[3,C,nH,0,[QH],[()=>e2]];var d2=[3,C,sH,0,[Yr,bo,iB,GP,xh],[0,0,()=>u2,0,0]];var u2=[3,C,cH,0,[Sh,Rh],[0,0]],m2=[3,C,fH,0,[Rh,MP,sB],[0,4,()=>h2]];var f2=[3,C,wH,0,[bo,GP,Yr,xh,Rh,Sh],[0,0,0,0,0,0],2],g2=[3,C,IH,0,[nB],[()=>d2]];var h2=[3,C,NH,0,[Sh,cB,aB,xh,ZH],[0,1,4,0,0]],y2=[3,C,TH,0,[Yr,yB,xB,AB,XH],[0,0,0,2,()=>T2],5],E2=[3,C,CH,0,[fB,TB,gB,tB],[0,0,2,2],4];var JP=[3,C,HH,0,[EB,Yr,bo,RB,MP],[0,0,0,0,4]],S2=[3,C,OH,0,[BP,FP,jP,dB,UP,qP,mB],[0,64,64,0,0,0,2]],x2=[3,C,bH,0,[BP,FP,jP,lB,UP,qP],[0,64,64,21,0,0]],R2=[3,C,
jH,0,[bo,zP,Yr,oB],[0,0,0,2],2],_2=[3,C,zH,0,[Yr,bo,zP],[0,0,0]],w2=[3,C,VH,0,[yH,YH],[0,0]];var I2=[1,C,gH,0,()=>m2];var T2=[1,C,AH,0,()=>E2],C2=[1,C,kH,0,()=>y2],v2=[1,C,$H,0,()=>JP];var A2=[1,C,qH,0,()=>w2];var YP=[9,C,jM,0,()=>t2,()=>r2];var XP=[9,C,qM,0,()=>o2,()=>n2],QP=[9,C,ZM,0,()=>s2,()=>i2],ZP=[9,C,eH,0,()=>a2,()=>c2],eO=[9,C,rH,0,()=>p2,()=>l2];var tO=[9,C,_H,0,()=>f2,()=>g2];var rO=[9,C,GH,0,()=>R2,()=>_2];var oO=t=>({apiVersion:"2020-10-30",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??ue,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??LP,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??iC,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new fe}],logger:t?.logger??new Re,protocol:t?.protocol??rn,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecrpublic",errorTypeRegistries:KP,xmlNamespace:"http://ecr-public.amazonaws.com/doc/2020-12-02/",version:"2020-10-30",serviceTarget:"\
SpencerFrontendService"},serviceId:t?.serviceId??"ECR PUBLIC",sha256:t?.sha256??gt,urlParser:t?.urlParser??me,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??
ee});var nO=t=>{Nt(process.version);let e=Ut(t),r=()=>e().then(Ot),o=oO(t);wt(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??I(ft,n),bodyLengthChecker:t?.bodyLengthChecker??It,credentialDefaultProvider:t?.credentialDefaultProvider??
Bi,defaultUserAgentProvider:t?.defaultUserAgentProvider??Qt({serviceId:o.serviceId,clientVersion:lC.version}),maxAttempts:t?.maxAttempts??I(Kt,t),region:t?.region??
I(be,{...tt,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??I({...Yt,default:async()=>(await r()).retryMode||it},t),streamCollector:t?.
streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??I(At,n),useFipsEndpoint:t?.useFipsEndpoint??I(bt,n),userAgentAppId:t?.userAgentAppId??I(Zt,n)}};M();v();F();var sO=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);s===-1?e.
push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
iO=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var aO=(t,e)=>{let r=Object.assign(er(t),Dt(t),Mt(t),sO(t));return e.forEach(o=>o.configure(r)),Object.assign(t,tr(r),kt(r),Ht(r),iO(r))};var cl=class extends Ie{config;constructor(...[e]){let r=nO(e||{});super(r),this.initConfig=r;let o=cC(r),n=Vt(o),s=Jt(n),i=Lt(s),a=i,c=ir(a),l=aC(c),d=aO(l,e?.
extensions||[]);this.config=d,this.middlewareStack.use(Pt(this.config)),this.middlewareStack.use(Xt(this.config)),this.middlewareStack.use(cr(this.config)),this.
middlewareStack.use(Bt(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.use(zt(this.config)),
this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:sC,identityProviderConfigProvider:async u=>new ze({"aws.auth#sigv4":u.credentials})})),
this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}};v();K();var St=$t(pC,"SpencerFrontendService","ECRPUBLICClient",ar),xt={},Rt=(t,e,r,o)=>[];var pl=class extends St(xt,Rt,"CreateRepository",YP){};var ll=class extends St(xt,Rt,"DescribeImageTags",XP){};var dl=class extends St(xt,Rt,"DescribeRegistries",QP){};var ul=class extends St(xt,Rt,"DescribeRepositories",ZP){};var ml=class extends St(xt,Rt,"GetAuthorizationToken",eO){};var fl=class extends St(xt,Rt,"PutImage",tO){};var gl=class extends St(xt,Rt,"SetRepositoryPolicy",rO){};function ji(t,e){let r=new URL(t),{request:o}=r.protocol==="https:"?require("node:https"):require("node:http");return new Promise((n,s)=>{let i=Ny(r,process.env)??
!1,a=o(r,{method:e.method??"GET",headers:e.headers,agent:i,signal:e.signal,timeout:e.timeoutMs},c=>{let l=[];c.on("data",d=>l.push(d)),c.on("error",s),c.on("end",
()=>n({status:c.statusCode??0,text:Buffer.concat(l).toString("utf8"),headers:c.headers}))});if(e.connectTimeoutMs!==void 0){let c=e.connectTimeoutMs;a.on("socke\
t",l=>{if(!l.connecting)return;let d=setTimeout(()=>a.destroy(new Error(`no connection within ${c} ms`)),c);l.once("connect",()=>clearTimeout(d)),l.once("close",
()=>clearTimeout(d))})}a.on("timeout",()=>a.destroy(new Error(`no answer within ${e.timeoutMs} ms`))),a.on("error",s),a.end(e.body)})}var cO=3e4,b2=t=>/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(t)?"http":"https";function P2(t){let e=/^(\w+)\s*(.*)$/.exec(t??"");if(!e)return;let r={};
for(let o of e[2].matchAll(/(\w+)="([^"]*)"/g))r[o[1]]=o[2];return{kind:e[1].toLowerCase(),params:r}}async function pO(t,e,r,o,n){let s=`${b2(t.host)}://${t.host}\
/v2/${e}/manifests/${encodeURIComponent(r)}`,i=`Basic ${Buffer.from(`${t.username}:${t.password}`).toString("base64")}`,a=d=>ji(s,{headers:{accept:o.join(", "),
...d?{authorization:d}:{}},timeoutMs:cO,signal:n}),c=await a();if(c.status===401){let d=P2(c.headers["www-authenticate"]);if(d?.kind==="bearer"&&d.params.realm){
let u=new URL(d.params.realm);d.params.service&&u.searchParams.set("service",d.params.service),u.searchParams.set("scope",d.params.scope??`repository:${e}:pull`);
let m=await ji(u,{headers:{authorization:i},timeoutMs:cO,signal:n}),f=JSON.parse(m.text);c=await a(`Bearer ${f.token??f.access_token}`)}else c=await a(i)}if(c.status!==
200)throw new Error(`the registry answered ${c.status} for ${e}:${r}`);let l=JSON.parse(c.text).mediaType;return{manifest:c.text,mediaType:l??String(c.headers["\
content-type"]??"").split(";")[0]}}var $h=require("node:fs");M();st();v();L();K();F();ut();X();_e();v();var lO=async(t,e,r)=>({operation:te(e).operation,region:await W(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function O2(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}var dO=t=>{let e=[];switch(t.operation){default:e.push(O2(t))}return e},uO=t=>{let e=pr(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??
[])})};var mO=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr"}),fO={UseFIPS:{type:"b\
uiltInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInPar\
ams",name:"useDualstackEndpoint"}};var gO={name:"@aws-sdk/client-ecr",version:"3.1169.0",description:"AWS SDK for JavaScript Ecr Client for Node.js, Browser and React Native",homepage:"https://gi\
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
engines:{node:">=20.0.0"}};M();_e();v();L();ut();$();uo();_e();on();nn();v();F();$();M();K();K();var es="ref",mn=-1,hl=!0,hO="isSet",Ih="PartitionResult",Po="stringEquals",yl="booleanEquals",wh="getAttr",yO={[es]:"Endpoint"},Oo={fn:wh,argv:[{[es]:Ih},"n\
ame"]},EO={[es]:Ih},fn={},SO=[{[es]:"Region"}],xO={conditions:[[hO,[yO]],[hO,SO],["aws.partition",SO,Ih],[Po,[Oo,"aws-eusc"]],[Po,[Oo,"aws-iso-f"]],[Po,[Oo,"aws\
-iso-e"]],[Po,[Oo,"aws-iso-b"]],[Po,[Oo,"aws-iso"]],[Po,[Oo,"aws-cn"]],[Po,[Oo,"aws-us-gov"]],[Po,[Oo,"aws"]],[yl,[{[es]:"UseFIPS"},hl]],[yl,[{fn:wh,argv:[EO,"s\
upportsFIPS"]},hl]],[yl,[{[es]:"UseDualStack"},hl]],[yl,[{fn:wh,argv:[EO,"supportsDualStack"]},hl]]],results:[[mn],[mn,"Invalid Configuration: FIPS and custom e\
ndpoint are not supported"],[mn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[yO,fn],["https://api.ecr.{Region}.{PartitionResult#dn\
sSuffix}",fn],["https://ecr.{Region}.{PartitionResult#dualStackDnsSuffix}",fn],["https://api.ecr-fips.{Region}.{PartitionResult#dnsSuffix}",fn],["https://ecr-fi\
ps.{Region}.{PartitionResult#dualStackDnsSuffix}",fn],["https://api.ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",fn],[mn,"FIPS and DualStack are enab\
led, but this partition does not support one or both"],[mn,"FIPS is enabled but this partition does not support FIPS"],["https://api.ecr.{Region}.{PartitionResu\
lt#dualStackDnsSuffix}",fn],[mn,"DualStack is enabled but this partition does not support DualStack"],[mn,"Invalid Configuration: Missing Region"]]},D2=2,Ue=1e8,
k2=new Int32Array([-1,1,-1,0,23,3,1,4,Ue+13,2,5,Ue+13,3,20,6,4,20,7,5,20,8,6,20,9,7,20,10,8,20,11,9,20,12,10,20,13,11,16,14,13,15,Ue+4,14,Ue+11,Ue+12,12,18,17,13,
Ue+9,Ue+10,13,19,Ue+6,14,Ue+8,Ue+9,11,22,21,13,Ue+5,Ue+4,13,Ue+7,Ue+6,11,Ue+1,24,13,Ue+2,Ue+3]),RO=rt.from(k2,D2,xO.conditions,xO.results);var $2=new ot({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),_O=(t,e={})=>$2.get(t,()=>Ft(RO,{endpointParams:t,logger:e.logger}));Pe.aws=mt;X();v();var b=class t extends et{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ecr#ECRServiceException";constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var El=class t extends b{static shapeId="com.amazonaws.ecr#InvalidParameterException";name="InvalidParameterException";$fault="client";constructor(e){super({name:"\
InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Sl=class t extends b{static shapeId="com.amazonaws.ecr#RepositoryNot\
FoundException";name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},xl=class t extends b{static shapeId="com.amazonaws.ecr#ServerException";name="ServerException";$fault="server";constructor(e){super({name:"S\
erverException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},Rl=class t extends b{static shapeId="com.amazonaws.ecr#LimitExceededException";name="\
LimitExceededException";$fault="client";constructor(e){super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},_l=class t extends b{static shapeId="\
com.amazonaws.ecr#UnableToGetUpstreamImageException";name="UnableToGetUpstreamImageException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamIma\
geException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},wl=class t extends b{static shapeId="com.amazonaws.ecr#ValidationException";name="\
ValidationException";$fault="client";constructor(e){super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Il=class t extends b{static shapeId="\
com.amazonaws.ecr#EmptyUploadException";name="EmptyUploadException";$fault="client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Tl=class t extends b{static shapeId="com.amazonaws.ecr#InvalidLayerException";name="InvalidLayerException";$fault="client";constructor(e){
super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Cl=class t extends b{static shapeId="com.amazonaws.ecr#KmsE\
xception";name="KmsException";$fault="client";kmsError;constructor(e){super({name:"KmsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.kmsError=e.kmsError}},vl=class t extends b{static shapeId="com.amazonaws.ecr#LayerAlreadyExistsException";name="LayerAlreadyExistsException";$fault="client";constructor(e){
super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Al=class t extends b{static shapeId="com.amazonaws.ec\
r#LayerPartTooSmallException";name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},bl=class t extends b{static shapeId="com.amazonaws.ecr#UploadNotFoundException";name="UploadNotFoundException";$fault="client";constructor(e){
super({name:"UploadNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Pl=class t extends b{static shapeId="com.amazonaws.ecr#Pu\
llThroughCacheRuleAlreadyExistsException";name="PullThroughCacheRuleAlreadyExistsException";$fault="client";constructor(e){super({name:"PullThroughCacheRuleAlre\
adyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ol=class t extends b{static shapeId="com.amazonaws.ecr#SecretNotFoundExcept\
ion";name="SecretNotFoundException";$fault="client";constructor(e){super({name:"SecretNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Nl=class t extends b{static shapeId="com.amazonaws.ecr#UnableToAccessSecretException";name="UnableToAccessSecretException";$fault="client";constructor(e){super(
{name:"UnableToAccessSecretException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Dl=class t extends b{static shapeId="com.amazonaws.ecr#Un\
ableToDecryptSecretValueException";name="UnableToDecryptSecretValueException";$fault="client";constructor(e){super({name:"UnableToDecryptSecretValueException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},kl=class t extends b{static shapeId="com.amazonaws.ecr#UnsupportedUpstreamRegistryException";name="Unsu\
pportedUpstreamRegistryException";$fault="client";constructor(e){super({name:"UnsupportedUpstreamRegistryException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},$l=class t extends b{static shapeId="com.amazonaws.ecr#InvalidTagParameterException";name="InvalidTagParameterException";$fault="client";constructor(e){
super({name:"InvalidTagParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ll=class t extends b{static shapeId="com.amazonaws.e\
cr#RepositoryAlreadyExistsException";name="RepositoryAlreadyExistsException";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ul=class t extends b{static shapeId="com.amazonaws.ecr#TooManyTagsException";name="TooManyTagsException";$fault="\
client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Fl=class t extends b{static shapeId="\
com.amazonaws.ecr#TemplateAlreadyExistsException";name="TemplateAlreadyExistsException";$fault="client";constructor(e){super({name:"TemplateAlreadyExistsExcepti\
on",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ml=class t extends b{static shapeId="com.amazonaws.ecr#LifecyclePolicyNotFoundException";name="\
LifecyclePolicyNotFoundException";$fault="client";constructor(e){super({name:"LifecyclePolicyNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},Hl=class t extends b{static shapeId="com.amazonaws.ecr#PullThroughCacheRuleNotFoundException";name="PullThroughCacheRuleNotFoundException";$fault="\
client";constructor(e){super({name:"PullThroughCacheRuleNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Bl=class t extends b{static shapeId="\
com.amazonaws.ecr#RegistryPolicyNotFoundException";name="RegistryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RegistryPolicyNotFoundExce\
ption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Gl=class t extends b{static shapeId="com.amazonaws.ecr#RepositoryNotEmptyException";name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
jl=class t extends b{static shapeId="com.amazonaws.ecr#TemplateNotFoundException";name="TemplateNotFoundException";$fault="client";constructor(e){super({name:"T\
emplateNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},zl=class t extends b{static shapeId="com.amazonaws.ecr#RepositoryPoli\
cyNotFoundException";name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Vl=class t extends b{static shapeId="com.amazonaws.ecr#SigningConfigurationNotFoundException";name="SigningConfigurati\
onNotFoundException";$fault="client";constructor(e){super({name:"SigningConfigurationNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
ql=class t extends b{static shapeId="com.amazonaws.ecr#ExclusionNotFoundException";name="ExclusionNotFoundException";$fault="client";constructor(e){super({name:"\
ExclusionNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Wl=class t extends b{static shapeId="com.amazonaws.ecr#ImageNotFoun\
dException";name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},Kl=class t extends b{static shapeId="com.amazonaws.ecr#ScanNotFoundException";name="ScanNotFoundException";$fault="client";constructor(e){super({
name:"ScanNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Jl=class t extends b{static shapeId="com.amazonaws.ecr#Replication\
BackfillNotFoundException";name="ReplicationBackfillNotFoundException";$fault="client";constructor(e){super({name:"ReplicationBackfillNotFoundException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},Yl=class t extends b{static shapeId="com.amazonaws.ecr#LayerInaccessibleException";name="LayerInaccessi\
bleException";$fault="client";constructor(e){super({name:"LayerInaccessibleException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Xl=class t extends b{static shapeId="\
com.amazonaws.ecr#LayersNotFoundException";name="LayersNotFoundException";$fault="client";constructor(e){super({name:"LayersNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Ql=class t extends b{static shapeId="com.amazonaws.ecr#UnableToGetUpstreamLayerException";name="UnableToGetUpstreamLay\
erException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Zl=class t extends b{static shapeId="\
com.amazonaws.ecr#LifecyclePolicyPreviewNotFoundException";name="LifecyclePolicyPreviewNotFoundException";$fault="client";constructor(e){super({name:"LifecycleP\
olicyPreviewNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ed=class t extends b{static shapeId="com.amazonaws.ecr#UnableToL\
istUpstreamImageReferrersException";name="UnableToListUpstreamImageReferrersException";$fault="client";constructor(e){super({name:"UnableToListUpstreamImageRefe\
rrersException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},td=class t extends b{static shapeId="com.amazonaws.ecr#ImageAlreadyExistsExcept\
ion";name="ImageAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},rd=class t extends b{static shapeId="com.amazonaws.ecr#ImageDigestDoesNotMatchException";name="ImageDigestDoesNotMatchException";$fault="client";constructor(e){
super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},od=class t extends b{static shapeId="com.amazona\
ws.ecr#ImageTagAlreadyExistsException";name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},nd=class t extends b{static shapeId="com.amazonaws.ecr#ReferencedImagesNotFoundException";name="Referen\
cedImagesNotFoundException";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
sd=class t extends b{static shapeId="com.amazonaws.ecr#BlockedByOrganizationPolicyException";name="BlockedByOrganizationPolicyException";$fault="client";constructor(e){
super({name:"BlockedByOrganizationPolicyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},id=class t extends b{static shapeId="com.ama\
zonaws.ecr#ExclusionAlreadyExistsException";name="ExclusionAlreadyExistsException";$fault="client";constructor(e){super({name:"ExclusionAlreadyExistsException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ad=class t extends b{static shapeId="com.amazonaws.ecr#ImageArchivedException";name="ImageArchi\
vedException";$fault="client";constructor(e){super({name:"ImageArchivedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},cd=class t extends b{static shapeId="\
com.amazonaws.ecr#UnsupportedImageTypeException";name="UnsupportedImageTypeException";$fault="client";constructor(e){super({name:"UnsupportedImageTypeException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},pd=class t extends b{static shapeId="com.amazonaws.ecr#LifecyclePolicyPreviewInProgressExceptio\
n";name="LifecyclePolicyPreviewInProgressException";$fault="client";constructor(e){super({name:"LifecyclePolicyPreviewInProgressException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},ld=class t extends b{static shapeId="com.amazonaws.ecr#ReplicationBackfillInProgressException";name="ReplicationBackfi\
llInProgressException";$fault="client";constructor(e){super({name:"ReplicationBackfillInProgressException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
dd=class t extends b{static shapeId="com.amazonaws.ecr#ReplicationBackfillInvalidStatusException";name="ReplicationBackfillInvalidStatusException";$fault="clien\
t";constructor(e){super({name:"ReplicationBackfillInvalidStatusException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ud=class t extends b{static shapeId="\
com.amazonaws.ecr#ImageStorageClassUpdateNotSupportedException";name="ImageStorageClassUpdateNotSupportedException";$fault="client";constructor(e){super({name:"\
ImageStorageClassUpdateNotSupportedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},md=class t extends b{static shapeId="com.amazonaw\
s.ecr#InvalidLayerPartException";name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){super(
{name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}};var L2="Attribute",U2="AuthorizationData",F2="AuthorizationDataList",M2="AwsEcrContainerImageDetails",H2="AttributeList",B2="BlockedByOrganizationPolicyExceptio\
n";var G2="BatchGetImage",j2="BatchGetImageRequest",z2="BatchGetImageResponse";var V2="CreateRepository";var q2="CreateRepositoryRequest",W2="CreateRepositoryResponse",K2="CvssScore",J2="CvssScoreAdjustment",Y2="CvssScoreAdjustmentList",X2="CvssScoreDetails",Q2="Cv\
ssScoreList",Z2="DescribeImages",e3="DescribeImagesFilter",t3="DescribeImagesRequest";var r3="DescribeImagesResponse",o3="DescribeImageScanFindings",n3="DescribeImageScanFindingsRequest",s3="DescribeImageScanFindingsResponse";var i3="DescribeRepositoriesRequest",a3="DescribeRepositoriesResponse";var c3="DescribeRepositories";var p3="ExclusionAlreadyExistsException",l3="EncryptionConfiguration";var d3="EnhancedImageScanFinding",u3="EnhancedImageScanFindingList",m3="ExclusionNotFoundException",f3="EmptyUploadException";var g3="GetAuthorizationToken",h3="GetAuthorizationTokenRequest",y3="GetAuthorizationTokenResponse";var E3="Image",S3="ImageArchivedException",x3="ImageAlreadyExistsException",R3="ImageDetail",_3="ImageDigestDoesNotMatchException",w3="ImageDetailList",I3="Imag\
eFailure",T3="ImageFailureList",C3="ImageIdentifier",v3="ImageIdentifierList",A3="ImageList",b3="InvalidLayerException",P3="InvalidLayerPartException";var O3="ImageNotFoundException",N3="InvalidParameterException";var D3="ImageScanningConfiguration",k3="ImageStorageClassUpdateNotSupportedException",$3="ImageScanFinding",L3="ImageScanFindingList",U3="ImageScanFindingsSumma\
ry",F3="ImageScanFindings",M3="ImageScanStatus";var H3="ImageTagAlreadyExistsException",B3="ImageTagMutabilityExclusionFilter",G3="ImageTagMutabilityExclusionFilters",j3="InvalidTagParameterException",z3="Key",
V3="KmsException";var q3="LayerAlreadyExistsException",W3="LimitExceededException";var K3="LayerInaccessibleException";var J3="LayersNotFoundException",Y3="LifecyclePolicyNotFoundException";var X3="LifecyclePolicyPreviewInProgressException",Q3="LifecyclePolicyPreviewNotFoundException";var Z3="LayerPartTooSmallException";var e4="PutImage",t4="PutImageRequest",r4="PutImageResponse";var o4="PutLifecyclePolicy",n4="PutLifecyclePolicyRequest",s4="PutLifecyclePolicyResponse";var i4="PullThroughCacheRuleAlreadyExistsException";var a4="PullThroughCacheRuleNotFoundException",c4="PackageVulnerabilityDetails",p4="Recommendation",l4="RepositoryAlreadyExistsException",d4="ReplicationBackfil\
lInProgressException",u4="ReplicationBackfillInvalidStatusException",m4="ReplicationBackfillNotFoundException";var f4="ResourceDetails";var g4="ReferencedImagesNotFoundException",h4="RepositoryList",y4="ResourceList",E4="RepositoryNotEmptyException",S4="RepositoryNotFoundException",x4="RegistryP\
olicyNotFoundException",R4="RepositoryPolicyNotFoundException";var _4="Remediation",w4="Repository",I4="Resource";var T4="SigningConfigurationNotFoundException",C4="ScoreDetails",v4="ServerException";var A4="StartImageScan",b4="StartImageScanRequest",P4="StartImageScanResponse";var O4="ScanNotFoundException",N4="SecretNotFoundException";var D4="SetRepositoryPolicy",k4="SetRepositoryPolicyRequest",$4="SetRepositoryPolicyResponse",L4="Tag",U4="TemplateAlreadyExistsException";var F4="TagList",M4="TooManyTagsException",H4="TemplateNotFoundException";var B4="UnsupportedImageTypeException";var G4="UploadNotFoundException";var j4="UnableToAccessSecretException",z4="UnableToDecryptSecretValueException",V4="UnableToGetUpstreamImageException",q4="UnableToGetUpstreamLayerException",W4="\
UnableToListUpstreamImageReferrersException",K4="UnsupportedUpstreamRegistryException",J4="Value",Y4="ValidationException",X4="VulnerablePackage",Q4="Vulnerable\
PackagesList";var Z4="architecture",eG="awsAccountId",tG="authorizationData",rG="awsEcrContainerImage";var oG="acceptedMediaTypes",nG="artifactMediaType";var sG="authorizationToken";var iG="adjustments";var aG="arch",cG="attributes",pG="author";var lG="baseScore",k="client";var dG="createdAt";var wO="cvss",Th="description";var uG="details";var N="error",mG="expiresAt";var fG="exploitAvailable",IO="encryptionConfiguration",gG="enhancedFindings";var hG="encryptionType",yG="epoch",EG="failures",SG="findingArn",xG="fixAvailable",RG="failureCode";var _G="fixedInVersion",wG="firstObservedAt",IG="filePath",TG="failureReason";var TO="findingSeverityCounts",CG="filterType";var CO="filter",vG="findings",AG="force",bG="httpError",PG="images",OG="imageDetails",Ch="imageDigest",NG="imageHash",vO="imageIds",ts="imageId",AO="imageManife\
st",vh="imageManifestMediaType",DG="imagePushedAt",bO="imageStatus",PO="imageScanningConfiguration",OO="imageScanCompletedAt",kG="imageScanFindings",$G="imageSc\
anFindingsSummary",LG="imageSizeInBytes",Ah="imageScanStatus",NO="imageTags";var DO="imageTagMutability",kO="imageTagMutabilityExclusionFilters",$O="imageTag",UG="inUseCount";var FG="id",MG="image",HG="key",BG="kmsError",GG="kmsKey";var jG="lastArchivedAt",zG="lastActivatedAt";var VG="lastInUseAt",qG="lastObservedAt";var LO="lifecyclePolicyText",WG="lastRecordedPullTime";var KG="lastValidByteReceived",D="message",bh="maxResults";var JG="metric",UO="name",rs="nextToken",YG="platform",XG="pushedAt";var QG="proxyEndpoint";var ZG="packageManager";var FO="policyText";var ej="packageVulnerabilityDetails";var tj="registry";var rj="repositoryArn";var Fe="registryId",oj="registryIds",Me="repositoryName",nj="repositoryNames";var sj="referenceUrls",ij="repositoryUri",aj="relatedVulnerabilities",cj="repository",pj="reason",lj="recommendation";var dj="release",uj="remediation",mj="repositories";var fj="resources";var MO="smithy.ts.sdk.synthetic.com.amazonaws.ecr";var gj="scoreDetails";var hj="sourceLayerHash",yj="subjectManifestDigest",Ej="scanOnPush";var Sj="scoreSource";var xj="sourceUrl",HO="scoringVector",BO="score",Rj="server",GO="severity";var jO="source",zO="status";var VO="tags";var _j="tagStatus";var wj="text",Ij="title",qO="type",Tj="uri",Cj="updatedAt",vj="uploadId";var Aj="url",bj="value",Pj="vendorCreatedAt",Oj="vulnerabilityId",Nj="vulnerablePackages",Dj="vendorSeverity",WO="vulnerabilitySourceUpdatedAt",kj="vendorUpdate\
dAt",Ph="version",E="com.amazonaws.ecr",KO=new Q(MO),$j=[-3,MO,"ECRServiceException",0,[],[]];KO.registerError($j,b);var P=new Q(E),Lj=[-3,E,B2,{[N]:k},[D],[0]];
P.registerError(Lj,sd);var Uj=[-3,E,f3,{[N]:k},[D],[0]];P.registerError(Uj,Il);var Fj=[-3,E,p3,{[N]:k},[D],[0]];P.registerError(Fj,id);var Mj=[-3,E,m3,{[N]:k},[
D],[0]];P.registerError(Mj,ql);var Hj=[-3,E,x3,{[N]:k},[D],[0]];P.registerError(Hj,td);var Bj=[-3,E,S3,{[N]:k},[D],[0]];P.registerError(Bj,ad);var Gj=[-3,E,_3,{
[N]:k},[D],[0]];P.registerError(Gj,rd);var jj=[-3,E,O3,{[N]:k},[D],[0]];P.registerError(jj,Wl);var zj=[-3,E,k3,{[N]:k},[D],[0]];P.registerError(zj,ud);var Vj=[-3,
E,H3,{[N]:k},[D],[0]];P.registerError(Vj,od);var qj=[-3,E,b3,{[N]:k},[D],[0]];P.registerError(qj,Tl);var Wj=[-3,E,P3,{[N]:k},[Fe,Me,vj,KG,D],[0,0,0,1,0]];P.registerError(
Wj,md);var Kj=[-3,E,N3,{[N]:k},[D],[0]];P.registerError(Kj,El);var Jj=[-3,E,j3,{[N]:k},[D],[0]];P.registerError(Jj,$l);var Yj=[-3,E,V3,{[N]:k},[D,BG],[0,0]];P.registerError(
Yj,Cl);var Xj=[-3,E,q3,{[N]:k},[D],[0]];P.registerError(Xj,vl);var Qj=[-3,E,K3,{[N]:k},[D],[0]];P.registerError(Qj,Yl);var Zj=[-3,E,Z3,{[N]:k},[D],[0]];P.registerError(
Zj,Al);var ez=[-3,E,J3,{[N]:k},[D],[0]];P.registerError(ez,Xl);var tz=[-3,E,Y3,{[N]:k},[D],[0]];P.registerError(tz,Ml);var rz=[-3,E,X3,{[N]:k},[D],[0]];P.registerError(
rz,pd);var oz=[-3,E,Q3,{[N]:k},[D],[0]];P.registerError(oz,Zl);var nz=[-3,E,W3,{[N]:k},[D],[0]];P.registerError(nz,Rl);var sz=[-3,E,i4,{[N]:k},[D],[0]];P.registerError(
sz,Pl);var iz=[-3,E,a4,{[N]:k},[D],[0]];P.registerError(iz,Hl);var az=[-3,E,g4,{[N]:k},[D],[0]];P.registerError(az,nd);var cz=[-3,E,x4,{[N]:k},[D],[0]];P.registerError(
cz,Bl);var pz=[-3,E,d4,{[N]:k},[D],[0]];P.registerError(pz,ld);var lz=[-3,E,u4,{[N]:k},[D],[0]];P.registerError(lz,dd);var dz=[-3,E,m4,{[N]:k},[D],[0]];P.registerError(
dz,Jl);var uz=[-3,E,l4,{[N]:k},[D],[0]];P.registerError(uz,Ll);var mz=[-3,E,E4,{[N]:k},[D],[0]];P.registerError(mz,Gl);var fz=[-3,E,S4,{[N]:k},[D],[0]];P.registerError(
fz,Sl);var gz=[-3,E,R4,{[N]:k},[D],[0]];P.registerError(gz,zl);var hz=[-3,E,O4,{[N]:k},[D],[0]];P.registerError(hz,Kl);var yz=[-3,E,N4,{[N]:k},[D],[0]];P.registerError(
yz,Ol);var Ez=[-3,E,v4,{[N]:Rj},[D],[0]];P.registerError(Ez,xl);var Sz=[-3,E,T4,{[N]:k},[D],[0]];P.registerError(Sz,Vl);var xz=[-3,E,U4,{[N]:k},[D],[0]];P.registerError(
xz,Fl);var Rz=[-3,E,H4,{[N]:k},[D],[0]];P.registerError(Rz,jl);var _z=[-3,E,M4,{[N]:k},[D],[0]];P.registerError(_z,Ul);var wz=[-3,E,j4,{[N]:k},[D],[0]];P.registerError(
wz,Nl);var Iz=[-3,E,z4,{[N]:k},[D],[0]];P.registerError(Iz,Dl);var Tz=[-3,E,V4,{[N]:k},[D],[0]];P.registerError(Tz,_l);var Cz=[-3,E,q4,{[N]:k},[D],[0]];P.registerError(
Cz,Ql);var vz=[-3,E,W4,{[N]:k},[D],[0]];P.registerError(vz,ed);var Az=[-3,E,B4,{[N]:k},[D],[0]];P.registerError(Az,cd);var bz=[-3,E,K4,{[N]:k},[D],[0]];P.registerError(
bz,kl);var Pz=[-3,E,G4,{[N]:k},[D],[0]];P.registerError(Pz,bl);var Oz=[-3,E,Y4,{[N]:k,[bG]:400},[D],[0]];P.registerError(Oz,wl);var JO=[KO,P],Nz=[3,E,L2,0,[HG,bj],
[0,0],1],Dz=[3,E,U2,0,[sG,mG,QG],[0,4,0]],kz=[3,E,M2,0,[Z4,pG,NG,NO,YG,XG,VG,UG,tj,Me],[0,0,0,64,0,4,4,1,0,0]];var $z=[3,E,j2,0,[Me,vO,Fe,oG],[0,()=>eN,0,64],2],Lz=[3,E,z2,0,[PG,EG],[()=>vV,()=>CV]];var Uz=[3,E,q2,0,[Me,Fe,VO,DO,kO,PO,IO],[0,0,()=>OV,0,()=>tN,()=>QO,()=>YO],1],Fz=[3,E,W2,0,[cj],[()=>ZO]],Mz=[3,E,K2,0,[lG,HO,jO,Ph],[1,0,0,0]],Hz=[3,E,J2,0,[JG,
pj],[0,0]],Bz=[3,E,X2,0,[iG,BO,Sj,HO,Ph],[()=>_V,1,0,0,0]];var Gz=[3,E,n3,0,[Me,ts,Fe,rs,bh],[0,()=>gn,0,0,1],2],jz=[3,E,s3,0,[Fe,Me,ts,Ah,kG,rs],[0,0,()=>gn,()=>Oh,()=>tV,0]],zz=[3,E,e3,0,[_j,bO],[0,0]];var Vz=[3,E,t3,0,[Me,Fe,vO,rs,bh,CO],[0,0,()=>eN,0,1,()=>zz],1],qz=[3,E,r3,0,[OG,rs],[()=>TV,0]];var Wz=[3,E,i3,0,[Fe,nj,rs,bh],[0,64,0,1]],Kz=[3,E,a3,0,[mj,rs],[()=>bV,0]];var YO=[3,E,l3,0,[hG,GG],[0,0],1];var Jz=[3,E,d3,0,[eG,Th,SG,wG,qG,ej,uj,fj,BO,gj,GO,zO,Ij,qO,Cj,xG,fG],[0,0,0,4,4,()=>nV,()=>lV,()=>PV,1,()=>mV,0,0,0,0,4,0,0]];var Yz=[3,E,h3,0,[oj],[64]],Xz=[3,E,y3,0,[tG],[()=>RV]];var XO=[3,E,E3,0,[Fe,Me,ts,AO,vh],[0,0,()=>gn,0,0]],Qz=[3,E,R3,0,[Fe,Me,Ch,NO,LG,DG,Ah,$G,vh,nG,WG,yj,bO,jG,zG],[0,0,0,64,1,4,()=>Oh,()=>rV,0,0,4,0,0,4,4]],Zz=[
3,E,I3,0,[ts,RG,TG],[()=>gn,0,0]],gn=[3,E,C3,0,[Ch,$O],[0,0]];var eV=[3,E,$3,0,[UO,Th,Tj,GO,cG],[0,0,0,0,()=>xV]],tV=[3,E,F3,0,[OO,WO,TO,vG,gG],[4,4,129,()=>AV,()=>IV]],rV=[3,E,U3,0,[OO,WO,TO],[4,4,129]],QO=[3,E,D3,0,[Ej],
[2]],Oh=[3,E,M3,0,[zO,Th],[0,0]];var oV=[3,E,B3,0,[CG,CO],[0,0],2];var nV=[3,E,c4,0,[wO,sj,aj,jO,xj,Pj,Dj,kj,Oj,Nj],[()=>wV,64,64,0,0,4,0,4,0,()=>NV]];var sV=[3,E,t4,0,[Me,AO,Fe,vh,$O,Ch],[0,0,0,0,0,0],2],iV=[3,E,r4,0,[MG],[()=>XO]];var aV=[3,E,n4,0,[Me,LO,Fe],[0,0,0],2],cV=[3,E,s4,0,[Fe,Me,LO],[0,0,0]];var pV=[3,E,p4,0,[Aj,wj],[0,0]];var lV=[3,E,_4,0,[lj],[()=>pV]];var ZO=[3,E,w4,0,[rj,Fe,Me,ij,dG,DO,kO,PO,IO],[0,0,0,0,4,0,()=>tN,()=>QO,()=>YO]];var dV=[3,E,I4,0,[uG,FG,VO,qO],[()=>uV,0,128,0]],uV=[3,E,f4,0,[rG],[()=>kz]];var mV=[3,E,C4,0,[wO],[()=>Bz]],fV=[3,E,k4,0,[Me,FO,Fe,AG],[0,0,0,2],2],gV=[3,E,$4,0,[Fe,Me,FO],[0,0,0]];var hV=[3,E,b4,0,[Me,ts,Fe],[0,()=>gn,0],2],yV=[3,E,P4,0,[Fe,Me,ts,Ah],[0,0,()=>gn,()=>Oh]];var EV=[3,E,L4,0,[z3,J4],[0,0],2];var SV=[3,E,X4,0,[aG,yG,IG,UO,ZG,dj,hj,Ph,_G],[0,1,0,0,0,0,0,0,0]];var xV=[1,E,H2,0,()=>Nz],RV=[1,E,F2,0,()=>Dz];var _V=[1,E,Y2,0,()=>Hz],wV=[1,E,Q2,0,()=>Mz],IV=[1,E,u3,0,()=>Jz];var TV=[1,E,w3,0,()=>Qz],CV=[1,E,T3,0,()=>Zz],eN=[1,E,v3,0,()=>gn],vV=[1,E,A3,0,()=>XO];var AV=[1,E,L3,0,()=>eV];var tN=[1,E,G3,0,()=>oV];var bV=[1,E,h4,0,()=>ZO];var PV=[1,E,y4,0,()=>dV];var OV=[1,E,F4,0,()=>EV];var NV=[1,E,Q4,0,()=>SV];var rN=[9,E,G2,0,()=>$z,()=>Lz];var oN=[9,E,V2,0,()=>Uz,()=>Fz];var nN=[9,E,Z2,0,()=>Vz,()=>qz],sN=[9,E,o3,0,()=>Gz,()=>jz];var iN=[9,E,c3,0,()=>Wz,()=>Kz];var aN=[9,E,g3,0,()=>Yz,()=>Xz];var cN=[9,E,e4,0,()=>sV,()=>iV];var pN=[9,E,o4,0,()=>aV,()=>cV];var lN=[9,E,D4,0,()=>fV,()=>gV],dN=[9,E,A4,0,()=>hV,()=>yV];var uN=t=>({apiVersion:"2015-09-21",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??ue,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??_O,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??dO,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new fe}],logger:t?.logger??new Re,protocol:t?.protocol??rn,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecr",errorTypeRegistries:JO,xmlNamespace:"http://ecr.amazonaws.com/doc/2015-09-21/",version:"2015-09-21",serviceTarget:"AmazonE\
C2ContainerRegistry_V20150921"},serviceId:t?.serviceId??"ECR",sha256:t?.sha256??gt,urlParser:t?.urlParser??me,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??
ee});var mN=t=>{Nt(process.version);let e=Ut(t),r=()=>e().then(Ot),o=uN(t);wt(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??I(ft,n),bodyLengthChecker:t?.bodyLengthChecker??It,credentialDefaultProvider:t?.credentialDefaultProvider??
Bi,defaultSocketTimeout:yr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Qt({serviceId:o.serviceId,clientVersion:gO.version}),maxAttempts:t?.
maxAttempts??I(Kt,t),region:t?.region??I(be,{...tt,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??I({...Yt,default:async()=>(await r()).
retryMode||it},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??I(At,n),useFipsEndpoint:t?.useFipsEndpoint??I(bt,n),userAgentAppId:t?.
userAgentAppId??I(Zt,n)}};M();v();F();var fN=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);s===-1?e.
push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
gN=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var hN=(t,e)=>{let r=Object.assign(er(t),Dt(t),Mt(t),fN(t));return e.forEach(o=>o.configure(r)),Object.assign(t,tr(r),kt(r),Ht(r),gN(r))};var fd=class extends Ie{config;constructor(...[e]){let r=mN(e||{});super(r),this.initConfig=r;let o=mO(r),n=Vt(o),s=Jt(n),i=Lt(s),a=i,c=ir(a),l=uO(c),d=hN(l,e?.
extensions||[]);this.config=d,this.middlewareStack.use(Pt(this.config)),this.middlewareStack.use(Xt(this.config)),this.middlewareStack.use(cr(this.config)),this.
middlewareStack.use(Bt(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.use(zt(this.config)),
this.middlewareStack.use(lt(this.config,{httpAuthSchemeParametersProvider:lO,identityProviderConfigProvider:async u=>new ze({"aws.auth#sigv4":u.credentials})})),
this.middlewareStack.use(dt(this.config))}destroy(){super.destroy()}};v();K();var he=$t(fO,"AmazonEC2ContainerRegistry_V20150921","ECRClient",ar),ye={},Ee=(t,e,r,o)=>[];var gd=class extends he(ye,Ee,"BatchGetImage",rN){};var hd=class extends he(ye,Ee,"CreateRepository",oN){};var yd=class extends he(ye,Ee,"DescribeImageScanFindings",sN){};var Ed=class extends he(ye,Ee,"DescribeImages",nN){};var Sd=class extends he(ye,Ee,"DescribeRepositories",iN){};var zi=class extends he(ye,Ee,"GetAuthorizationToken",aN){};var xd=class extends he(ye,Ee,"PutImage",cN){};var Rd=class extends he(ye,Ee,"PutLifecyclePolicy",pN){};var _d=class extends he(ye,Ee,"SetRepositoryPolicy",lN){};var wd=class extends he(ye,Ee,"StartImageScan",dN){};var Nh=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.image.manifest.v\
1+json","application/vnd.oci.image.index.v1+json"],DV=5,Dh=100,kV=4,No=t=>t?.name??"",os=class{constructor(e,r,o,n){this.registryId=o;this.deadline=n;this.ecr=new fd(
Sn(e,r,n)),this.sendOptions={abortSignal:n?.signal}}registryId;deadline;ecr;sendOptions;close(){this.ecr.destroy()}async login(){let e=await this.call("GetAutho\
rizationToken",()=>this.ecr.send(new zi(this.registryId?{registryIds:[this.registryId]}:{}),this.sendOptions));return Id(e.authorizationData?.[0])}async logins(e){
return((await this.call("GetAuthorizationToken",()=>this.ecr.send(new zi({registryIds:e}),this.sendOptions))).authorizationData??[]).map(o=>Id(o))}async findRepository(e){
let r=await this.describe(e);return r&&kh(r,!1)}async ensureRepository(e,r){let o=await this.findRepository(e.repository);if(o)return o;if(!e.createRepository)throw new pe(
`repository ${e.repository} does not exist`,"create it, or set create-repository: true");let n=$V(e,r);try{let s=await this.call("CreateRepository",()=>this.ecr.
send(new hd({registryId:this.registryId,repositoryName:e.repository,imageTagMutability:e.imageTagMutability,imageTagMutabilityExclusionFilters:n,imageScanningConfiguration:{
scanOnPush:e.scanOnPush},encryptionConfiguration:{encryptionType:e.encryptionType,kmsKey:e.kmsKey}}),this.sendOptions));return kh(s.repository,!0)}catch(s){if(No(
s)!=="RepositoryAlreadyExistsException")throw s;let i=await this.describe(e.repository);if(!i)throw s;return kh(i,!1)}}async applyPolicies(e){let r=[];if(e.lifecyclePolicy){
let o=(0,$h.readFileSync)(e.lifecyclePolicy,"utf8");r.push(this.call("PutLifecyclePolicy",()=>this.ecr.send(new Rd({registryId:this.registryId,repositoryName:e.
repository,lifecyclePolicyText:o}),this.sendOptions)))}if(e.repositoryPolicy){let o=(0,$h.readFileSync)(e.repositoryPolicy,"utf8");r.push(this.call("SetReposito\
ryPolicy",()=>this.ecr.send(new _d({registryId:this.registryId,repositoryName:e.repository,policyText:o}),this.sendOptions)))}await Promise.all(r)}async images(e,r){
let o=new Map,n=Array.from({length:Math.ceil(r.length/Dh)},(i,a)=>r.slice(a*Dh,(a+1)*Dh)),s;try{s=await Promise.all(n.map(i=>this.call("BatchGetImage",()=>this.
ecr.send(new gd({registryId:this.registryId,repositoryName:e,imageIds:i.map(a=>({imageTag:a})),acceptedMediaTypes:Nh}),this.sendOptions))))}catch(i){if(No(i)===
"RepositoryNotFoundException")return o;throw i}for(let i of s.flatMap(a=>a.images??[])){let a=i.imageId?.imageTag;a&&i.imageId?.imageDigest&&i.imageManifest&&o.
set(a,{digest:i.imageId.imageDigest,manifest:i.imageManifest,mediaType:i.imageManifestMediaType??""})}return o}async latestImage(e){let r,o;for(let n=0;n<DV;n++){
let s;try{s=await this.call("DescribeImages",()=>this.ecr.send(new Ed({registryId:this.registryId,repositoryName:e,filter:{tagStatus:"TAGGED"},maxResults:1e3,nextToken:o}),
this.sendOptions))}catch(i){if(No(i)==="RepositoryNotFoundException")return;throw i}for(let i of s.imageDetails??[]){let a=i.imagePushedAt?.getTime()??0;i.imageDigest&&
!i.artifactMediaType?.includes("artifact")&&Nh.includes(i.imageManifestMediaType??Nh[0])&&a>=(r?.at??-1)&&(r={digest:i.imageDigest,at:a})}if(o=s.nextToken,!o)break}
return r?.digest}async putTag(e,r,o){try{await this.call("PutImage",()=>this.ecr.send(new xd({registryId:this.registryId,repositoryName:e,imageManifest:r.manifest,
imageManifestMediaType:r.mediaType||void 0,imageDigest:r.digest,imageTag:o}),this.sendOptions))}catch(n){if(No(n)==="ImageAlreadyExistsException")return;throw No(
n)==="ImageTagAlreadyExistsException"?new pe(`tag ${o} already exists in the immutable repository ${e} at another image`,"immutable tags cannot move: drop the t\
ag from `tags`, or use a new one",{cause:n}):n}}async scanFindings(e,r,o){try{return await this.call("DescribeImageScanFindings",()=>this.ecr.send(new yd({registryId:this.
registryId,repositoryName:e,imageId:{imageDigest:r},nextToken:o,maxResults:1e3}),this.sendOptions))}catch(n){if(No(n)==="ScanNotFoundException")return;throw n}}async startScan(e,r){
await this.call("StartImageScan",()=>this.ecr.send(new wd({registryId:this.registryId,repositoryName:e,imageId:{imageDigest:r}}),this.sendOptions))}async describe(e){
try{return(await this.call("DescribeRepositories",()=>this.ecr.send(new Sd({registryId:this.registryId,repositoryNames:[e]}),this.sendOptions))).repositories?.[0]}catch(r){
if(No(r)==="RepositoryNotFoundException")return;throw r}}async call(e,r){try{return await eo(this.deadline,`ECR ${e}`,r)}catch(o){let n=No(o);if(o instanceof Ke||
/NotFound|AlreadyExists/.test(n))throw o;if(n==="CredentialsProviderError")throw new pe(`no AWS credentials for ECR ${e}: ${o.message}`,"set role-to-assume to u\
se the CI's OIDC token, or provide credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile, an instance role)",{cause:o});let s=xn(o);if(s.transient)throw new pe(
`ECR ${e} failed after ${s.attempts} attempt(s): ${n}: ${o.message}`,Rn("ECR",s.throttled),{cause:o});let i=`ECR ${e} failed: ${n}: ${o.message}`;throw/ExpiredToken/.
test(n)?new pe(`ECR ${e} failed: the AWS credentials have expired (${n}: ${o.message})`,"with role-to-assume they are refreshed before they expire; ambient cred\
entials must outlive the run (or raise role-duration-seconds for the role that issued them)",{cause:o}):/AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken/.
test(n)?new pe(i,`the credentials need ecr:${e} on this repository (\`ecr-deliver iam-policy\` prints the policy)`,{cause:o}):new pe(i,void 0,{cause:o})}}};function Id(t,e=t?.
proxyEndpoint){if(!t?.authorizationToken||!e)throw new pe("ECR returned no authorization data");let r=Buffer.from(t.authorizationToken,"base64").toString("utf8"),
o=r.indexOf(":");return{host:e.replace(/^https?:\/\//,"").replace(/\/+$/,""),username:r.slice(0,o),password:r.slice(o+1)}}function kh(t,e){return{name:t.repositoryName,
uri:t.repositoryUri,arn:t.repositoryArn,mutability:t.imageTagMutability??"MUTABLE",exclusionFilters:(t.imageTagMutabilityExclusionFilters??[]).map(r=>r.filter??
"").filter(Boolean),scanOnPush:t.imageScanningConfiguration?.scanOnPush??!1,created:e}}function $V(t,e){if(t.imageTagMutability==="IMMUTABLE_WITH_EXCLUSION"){if(e.
length>Bd)throw new pe(`an IMMUTABLE_WITH_EXCLUSION repository takes at most ${Bd} exclusion filters; keeping this run's extra tags movable needs ${e.length}: ${e.
join(", ")}`,"use fewer extra tags, create the repository yourself with wildcard filters, or use MUTABLE");return e.map(r=>({filterType:"WILDCARD",filter:r}))}}
function LV(t){return new RegExp(`^${t.split("*").map(e=>e.replace(/[.+?^${}()|[\]\\]/g,"\\$&")).join(".*")}$`)}function Lh(t,e){let r=t.exclusionFilters.some(o=>LV(
o).test(e));switch(t.mutability){case"IMMUTABLE":return!0;case"IMMUTABLE_WITH_EXCLUSION":return!r;case"MUTABLE_WITH_EXCLUSION":return r;default:return!1}}async function yN(t,e,r,o){
let n=[...o],s=async()=>{for(let i=n.shift();i!==void 0;i=n.shift())await t.putTag(e,r,i)};await Promise.all(Array.from({length:Math.min(kV,n.length)},s))}var UV="us-east-1",FV=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.i\
mage.manifest.v1+json","application/vnd.oci.image.index.v1+json"];function MV(t){let e={description:t.catalogDescription,aboutText:t.catalogAbout,usageText:t.catalogUsage};
return Object.values(e).some(r=>r!==void 0)?e:void 0}var Vi=t=>t?.name??"",Td=class{constructor(e,r,o){this.registryId=r;this.deadline=o;this.client=new cl(Sn(UV,
e,o))}registryId;deadline;client;registryUri;loginData;close(){this.client.destroy()}send(e,r){return this.call(e,()=>this.client.send(r,{abortSignal:this.deadline?.
signal}))}async login(){let[e,r]=await Promise.all([this.send("GetAuthorizationToken",new ml({})),this.registryUri??this.describeRegistryUri()]);return Id(e.authorizationData,
r.split("/")[0])}async describeRegistryUri(){let e=await this.send("DescribeRegistries",new dl({})),r=e.registries?.find(o=>!this.registryId||o.registryId===this.
registryId)??e.registries?.[0];if(!r?.registryUri)throw new pe("ECR Public returned no registry","create the public registry (its alias) in the ECR Public conso\
le first");return this.registryUri=r.registryUri,r.registryUri}async findRepository(e){try{let o=(await this.send("DescribeRepositories",new ul({registryId:this.
registryId,repositoryNames:[Zr(e)]}))).repositories?.[0];return o&&this.info(o,!1)}catch(r){if(Vi(r)==="RepositoryNotFoundException")return;throw r}}async ensureRepository(e){
let r=await this.findRepository(e.repository);if(r)return r;if(!e.createRepository)throw new pe(`repository ${e.repository} does not exist in ECR Public`,"creat\
e it, or set create-repository: true");try{let o=await this.send("CreateRepository",new pl({repositoryName:Zr(e.repository),catalogData:MV(e)}));return this.info(
o.repository,!0)}catch(o){if(Vi(o)!=="RepositoryAlreadyExistsException")throw o;let n=await this.findRepository(e.repository);if(!n)throw o;return n}}async applyPolicies(e){
e.repositoryPolicy&&await this.send("SetRepositoryPolicy",new gl({registryId:this.registryId,repositoryName:Zr(e.repository),policyText:(0,EN.readFileSync)(e.repositoryPolicy,
"utf8")}))}async images(e,r){let o=new Map,n;try{do{let s=await this.send("DescribeImageTags",new ll({registryId:this.registryId,repositoryName:Zr(e),nextToken:n}));
for(let i of s.imageTagDetails??[])i.imageTag&&r.includes(i.imageTag)&&i.imageDetail?.imageDigest&&o.set(i.imageTag,{digest:i.imageDetail.imageDigest,manifest:"",
mediaType:i.imageDetail.imageManifestMediaType??""});n=s.nextToken}while(n&&o.size<r.length)}catch(s){if(Vi(s)==="RepositoryNotFoundException")return o;throw s}
return o}async putTag(e,r,o){let{manifest:n,mediaType:s}=r;if(!n){this.loginData??=this.login();let i=await this.loginData,a=`${(this.registryUri??"").split("/").
slice(1).join("/")}/${Zr(e)}`.replace(/^\//,"");({manifest:n,mediaType:s}=await pO(i,a,r.digest,FV,this.deadline?.signal))}try{await this.send("PutImage",new fl(
{registryId:this.registryId,repositoryName:Zr(e),imageManifest:n,imageManifestMediaType:s||void 0,imageDigest:r.digest,imageTag:o}))}catch(i){if(Vi(i)==="ImageA\
lreadyExistsException")return;throw i}}info(e,r){return this.registryUri??=e.repositoryUri.slice(0,e.repositoryUri.length-e.repositoryName.length-1),{name:e.repositoryName,
uri:e.repositoryUri,arn:e.repositoryArn,mutability:"MUTABLE",exclusionFilters:[],scanOnPush:!1,created:r}}async call(e,r){try{return await eo(this.deadline,`ECR\
 Public ${e}`,r)}catch(o){let n=Vi(o);if(o instanceof Ke||/NotFound|AlreadyExists/.test(n))throw o;let s=xn(o);if(s.transient)throw new pe(`ECR Public ${e} fail\
ed after ${s.attempts} attempt(s): ${n}: ${o.message}`,Rn("ECR",s.throttled),{cause:o});let i=/AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken/.test(
n)?`the credentials need ecr-public:${e}${e==="GetAuthorizationToken"?" and sts:GetServiceBearerToken":""} (\`ecr-deliver iam-policy --registry-type public\` prin\
ts the policy)`:void 0;throw new pe(`ECR Public ${e} failed: ${n}: ${o.message}`,i,{cause:o})}}};var SN=require("node:fs");async function Uh(t,e,r,o){let n=new Map;for(let i of t)n.set(i.region??e,[...n.get(i.region??e)??[],i.id]);return(await Promise.all([...n].map(async([i,a])=>{let c=new os(
i,r,void 0,o);try{return await c.logins(a)}finally{c.close()}}))).flat()}var HV=/unauthorized|authentication required|no basic auth credentials|denied|\b401\b|\b403\b|may require 'docker login'/i,
BV=/^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;function Fh(t){let e;try{e=(0,SN.readFileSync)(t,"utf8")}catch{return[]}let r=new Set;for(let o of e.
matchAll(/^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)/gim)){let n=o[1].split("/")[0];o[1].includes("/")&&(/[.:]/.test(n)||n==="localhost")&&r.add(n)}return[...r]}function xN(t,e,r,o){
if(!HV.test(t))return;let n=Fh(e).filter(i=>!r.includes(i));return n.length?`the Dockerfile pulls from ${n.map(i=>{let a=BV.exec(i);return a?`${i} (pull-registr\
ies: ${a[2]===o?a[1]:`${a[1]}@${a[2]}`})`:i}).join(", ")}, which docker is not logged in to: add the registry's account id (or ID@REGION) to pull-registries`:void 0}var Tr=[...$o,"INFORMATIONAL","UNDEFINED"],GV=10,jV=1e3,zV=15e3,VV=2e4,qV=new Set(["COMPLETE","ACTIVE"]),WV=new Set(["IN_PROGRESS","PENDING"]),KV=t=>new Promise(
e=>setTimeout(e,t));async function _N(t,e){try{return await JV(t,e)}catch(r){if(r instanceof Xr)throw r;let o=hn(r);return Cd(e,"failed",`could not read ECR's s\
can of ${e.digest}: ${o.message}`,o.hint??"check the role's permissions for the scan (`ecr-deliver iam-policy \u2026 --scan-wait true`)")}}async function JV(t,e){
let r=e.sleep??KV,o=e.now??Date.now,n=o(),s=n+e.timeoutSeconds*1e3,i=jV,a=!1,c="no scan yet";for(;;){let l=await t.scanFindings(e.repository,e.digest);if(!l&&e.
start&&!a){e.info(`No scan of ${e.digest} yet: starting one (StartImageScan)`),await t.startScan(e.repository,e.digest),a=!0;continue}let d=l?.imageScanStatus?.
status??"";if(l&&qV.has(d))return QV(e,await XV(t,e,l));if(l&&!WV.has(d))return Cd(e,"failed",`ECR's scan of ${e.digest} ended ${d||"without a status"}${l.imageScanStatus?.
description?`: ${l.imageScanStatus.description}`:""}`,"ECR scans images whose OS packages it knows; see the scan status in the ECR console");c=l?`scan ${d}`:"no\
 scan yet";let m=(!l&&!a?Math.min(s,n+VV):s)-o();if(!l&&!a&&m<=0)return YV(e,o()-n);if(m<=0)return Cd(e,"timeout",`ECR's scan of ${e.digest} did not complete wi\
thin ${e.timeoutSeconds} s (scan-timeout-seconds; last seen: ${c})`,"raise scan-timeout-seconds; enhanced scanning of a new image can take several minutes");await r(
Math.min(i,m)),i=Math.min(i*2,zV)}}function YV(t,e){let r=t.scanOnPush?"although the repository is set to scan on push":"the repository does not scan on push";return Cd(
t,"not-found",`ECR has no scan of ${t.digest} after ${Math.round(e/1e3)} s: ${r}`,"turn scan on push on (scan-on-push for a repository the run creates, `aws ecr\
 put-image-scanning-configuration`, or a registry scanning rule), or set scan-start: true")}async function XV(t,e,r){let o=[r];for(let n=r.nextToken;n;n=o[o.length-
1].nextToken){let s=await t.scanFindings(e.repository,e.digest,n);if(!s)break;o.push(s)}return o}function QV(t,e){let r=e[0].imageScanFindings?.findingSeverityCounts??
{},o=Object.fromEntries(Tr.map(a=>[a,r[a]??0])),n=e.flatMap(a=>[...(a.imageScanFindings?.findings??[]).map(eq),...(a.imageScanFindings?.enhancedFindings??[]).map(
tq)]),s=a=>{let c=Tr.indexOf(a.severity);return c<0?Tr.length:c},i=n.map((a,c)=>({f:a,i:c})).sort((a,c)=>s(a.f)-s(c.f)||a.i-c.i).slice(0,GV).map(({f:a})=>a);return{
outcome:"complete",counts:o,top:i,threshold:t.threshold,gate:ZV(o,t.threshold)}}function Cd(t,e,r,o){return{outcome:e,counts:{},top:[],problem:r,hint:o,threshold:t.
threshold,gate:t.threshold==="none"?"off":"failed"}}function ZV(t,e){return e==="none"?"off":$o.slice(0,$o.indexOf(e)+1).some(o=>(t[o]??0)>0)?"failed":"passed"}
function wN(t){return t?.outcome==="complete"?JSON.stringify(t.counts):""}function vd(t,e){if(!t)return{};if(t.gate==="failed"&&t.outcome!=="complete")return{failure:new as(
`fail-on-severity ${t.threshold}: ${t.problem}; the image is pushed (${e}) but could not be judged`,t.hint)};if(t.gate==="failed"){let r=$o.slice(0,$o.indexOf(t.
threshold)+1).filter(o=>t.counts[o]>0);return{failure:new as(`fail-on-severity ${t.threshold}: ECR's scan found ${r.map(o=>`${t.counts[o]} ${o}`).join(", ")}; t\
he image is pushed (${e}) but should not be deployed`,"fix or upgrade the packages listed in the summary and deliver again, or raise fail-on-severity")}}return t.
outcome!=="complete"?{warning:`scan-wait: ${t.problem}`}:{}}var RN=(t,e)=>t.attributes?.find(r=>r.key===e)?.value;function eq(t){let e=[RN(t,"package_name"),RN(
t,"package_version")].filter(Boolean).join(" ");return{name:t.name??"",severity:t.severity??"UNDEFINED",package:e,link:t.uri??""}}function tq(t){let e=t.packageVulnerabilityDetails,
r=(e?.vulnerablePackages??[]).map(o=>[o.name,o.version].filter(Boolean).join(" ")).join(", ");return{name:e?.vulnerabilityId??t.title??"",severity:t.severity??"\
UNDEFINED",package:r,link:e?.sourceUrl??e?.referenceUrls?.[0]??""}}var rq=(t,e,r,o)=>new os(t,e,r,o);function Ad(t){let e=new ms(t.options.timeoutSeconds),r=Jc.create(t.env);return e.bound(()=>oq(t,e,fs(t.env,r.dir))).finally(()=>r.
remove())}async function oq(t,e,r){let{options:o,context:n,reporter:s}=t,i=new cn(t.run,s,e,r),a=ls(o);if(!o.image){for(let h of oy(a,t.env))s.secret(h);ry(a,t.
env)}let c=o.image?{}:nC(o,a),l=!o.image&&(c.buildx||c.buildkit||eu(t.env)!==void 0),d=i.check().then(()=>l?i.builder(c):void 0),u=TN(t);await d,o.image||i.builder().
catch(()=>{});let m=await s.phase("Credentials",()=>vN(t,u,e)),f=(t.openRegistry??IN(o))(n.region,m,o.registryId,e),g=()=>Uh(o.pullRegistries,n.region,m,e);try{
return await new Mh(t,i,f,g).run()}finally{f.close()}}function IN(t){return t.registryType==="public"?(e,r,o,n)=>new Td(r,o,n):rq}function bd(t){let e=new ms(t.
options.timeoutSeconds);return e.bound(()=>nq(t,e))}async function nq(t,e){let r=new cn(t.run,t.reporter,e,fs(t.env)),o=r.check(),n=TN(t);await o;let s=await t.
reporter.phase("Credentials",()=>vN(t,n,e)),i=(t.openRegistry??IN(t.options))(t.context.region,s,t.options.registryId,e);try{return await t.reporter.phase("Logi\
n",async()=>{let[a,c]=await Promise.all([i.login(),Uh(t.options.pullRegistries,t.context.region,s,e)]),l=[a,...c.filter(d=>d.host!==a.host)];for(let d of l)t.onLogin?.(
d.host),await r.login(d);return{registry:a.host,registries:l.map(d=>d.host),login:a}})}finally{i.close()}}function TN(t){if(t.options.roleToAssume)return rg(CN(
t)).catch(e=>e)}function CN({options:t,context:e,platformToken:r,env:o}){return{ci:e.ci,audience:t.audience,tokenFile:t.webIdentityTokenFile,tokenEnv:t.webIdentityTokenEnv,
platformToken:r,env:o}}async function vN(t,e,r){let{options:o,context:n,reporter:s}=t;if(!o.roleToAssume||!e){s.info("No role-to-assume: using the ambient AWS c\
redential chain");return}let i=await e;if(i instanceof Error)throw i;s.info(`Assuming ${o.roleToAssume} as ${n.sessionName} with the OIDC token from ${i.source}`);
let a={roleArn:o.roleToAssume,sessionName:n.sessionName,durationSeconds:o.roleDurationSeconds,region:n.region},c=await og(a,i.token,s,r);return QT(c,async()=>{let l=await rg(
{...CN(t),renew:!0});return s.info(`Renewing the credentials of ${o.roleToAssume} before they expire, with a new OIDC token from ${l.source}`),og(a,l.token,s,r)})}
var Mh=class{constructor(e,r,o,n=async()=>[]){this.req=e;this.docker=r;this.ecr=o;this.pullLogins=n;this.o=e.options,this.sha=e.context.commitSha,this.tags=[...new Set(
[this.sha,...this.o.tags,...e.context.release.tags])]}req;docker;ecr;pullLogins;o;sha;tags;repo;loggedIn=[];background=[];async run(){try{let e=await this.steps(),
r=await this.scan(e);return{outputs:{...e,"scan-findings":wN(r)},scan:r}}catch(e){throw await Promise.allSettled(this.background),e}}async steps(){let{reporter:e}=this.
req,[r,o]=await e.phase("Repository",()=>Promise.all([this.o.push?this.ecr.ensureRepository(this.o,dy(this.o.tags,this.req.context.release)):this.lookUpRepository(),
this.ecr.images(this.o.repository,this.tags)]));this.repo=r,r.created&&e.info(`Created repository ${r.uri} (${r.mutability})`);let n=this.o.push?this.inBackground(
this.ecr.applyPolicies(this.o)):Promise.resolve(),s=o.get(this.sha),i=s&&(this.o.skipExisting||Lh(r,this.sha))?s:void 0;if(this.refuseImmutableConflicts(r,o,i),
i)return e.info(`${r.uri}:${this.sha} already exists (${i.digest}): nothing to build or upload`),this.o.push?(await n,await e.phase("Tag",()=>this.copyTags(r,i,
o)),this.verified(r,i.digest,!1)):this.outputs(r,i.digest,!1);let a=!this.o.image&&Fh(us(this.o)).includes(r.uri.split("/")[0]),c=this.o.cache&&!this.o.image&&this.
ecr.latestImage!==void 0,l=this.o.push||a?this.inBackground(e.track("Login",()=>this.login())):void 0,d=this.o.pullRegistries.length&&!this.o.image?this.inBackground(
this.loginPullRegistries()):void 0,u=c?this.cacheSource(r,()=>l??this.login()):void 0;a&&await l,await d;let m=await e.phase(this.o.image?"Tag":"Build",()=>this.
produceImage(r,u));if(!this.o.push)return this.outputs(r,"",!1);await Promise.all([l,n]);let f=m??await e.phase("Push",()=>this.docker.push(`${r.uri}:${this.sha}`,
()=>this.login()));return this.tags.length>1&&await e.phase("Tag",async()=>{let g=(await this.ecr.images(this.o.repository,[this.sha])).get(this.sha);if(!g||g.digest!==
f)throw new pe(`ECR does not show ${this.sha} at the pushed digest ${f}`);await this.copyTags(r,g,o)}),this.verified(r,f,!0)}async cacheSource(e,r){try{let o=await this.
ecr.latestImage(e.name);if(!o){this.req.reporter.info("No layer cache yet: the repository has no image to reuse layers from");return}let n=`${e.uri}@${o}`;return await r(),
await this.docker.builder()==="classic"&&!await this.docker.pullCache(n)?void 0:(this.req.reporter.info(`Layer cache: ${n}`),n)}catch(o){if(o instanceof Xr)throw o;
this.req.reporter.warning(`no layer cache: ${o.message}`);return}}async scan(e){if(!this.o.scanWait||!this.repo)return;if(!e.digest){this.req.reporter.info("sca\
n-wait: nothing was pushed (push: false), so there is no scan to wait for");return}let{reporter:r}=this.req,o=this.repo,n=this.ecr;if(!n.scanFindings||!n.startScan)
throw new pe("scan-wait: this registry does not scan images","ECR Public has no image scanning: drop scan-wait");return r.phase("Scan",()=>_N(n,{repository:this.
o.repository,digest:e.digest,timeoutSeconds:this.o.scanTimeoutSeconds,start:this.o.scanStart,threshold:this.o.failOnSeverity,scanOnPush:o.scanOnPush,info:s=>r.info(
s)}))}inBackground(e){return e.catch(()=>{}),this.background.push(e),e}async lookUpRepository(){let e=await this.ecr.findRepository(this.o.repository);if(e)return e;
let{host:r}=await this.ecr.login();return{name:this.o.repository,uri:`${r}/${this.o.repository}`,arn:"",mutability:"MUTABLE",exclusionFilters:[],scanOnPush:!1,created:!1}}async login(){
let e=await this.ecr.login();await this.docker.login(e),this.loggedIn.push(e.host)}async loginPullRegistries(){let e=await this.req.reporter.phase("Login to pul\
l registries",()=>this.pullLogins());for(let r of e)await this.docker.login(r),this.loggedIn.push(r.host)}refuseImmutableConflicts(e,r,o){for(let n of this.tags){
let s=r.get(n);if(!(!s||!Lh(e,n)||o&&s.digest===o.digest))throw new pe(`tag ${n} already exists in the immutable repository ${e.name} at ${s.digest}, which is n\
ot the image being delivered`,"immutable tags cannot move: remove the tag from `tags` (use a new one), or make the repository MUTABLE")}}async produceImage(e,r){
let o=this.tags.map(d=>`${e.uri}:${d}`);if(this.o.image){for(let d of o)await this.docker.tag(this.o.image,d);return}Wd(this.o);let n=this.req.context,s={"org.o\
pencontainers.image.revision":this.sha,"org.opencontainers.image.created":new Date().toISOString()};n.sourceUrl&&(s["org.opencontainers.image.source"]=n.sourceUrl),
n.release.version&&(s["org.opencontainers.image.version"]=n.release.version);for(let d of this.o.labels){let u=d.indexOf("=");s[d.slice(0,u)]=d.slice(u+1)}let i=await this.
docker.builder(),a=i==="buildx"&&this.o.push&&(!!this.o.platform?.includes(",")||this.o.provenance),l=await this.docker.build({context:this.o.context,dockerfile:us(
this.o),tags:a?o.slice(0,1):o,labels:s,buildArgs:this.o.buildArgs,target:this.o.target,platform:this.o.platform,cache:r?{from:await r}:void 0,secrets:ls(this.o),
provenance:this.o.provenance,pushFromBuilder:a},i).catch(d=>{let u=d instanceof _t&&xN(d.message,us(this.o),[...this.loggedIn,e.uri.split("/")[0]],this.req.context.
region);throw u?new _t(d.message,u):d});if(a&&!l)throw new _t("buildx pushed but reported no digest");return l}async copyTags(e,r,o){let n=this.tags.slice(1).filter(
s=>o.get(s)?.digest!==r.digest);await yN(this.ecr,e.name,r,n)}async verified(e,r,o){let n=await this.ecr.images(this.o.repository,this.tags),s=this.tags.filter(
i=>n.get(i)?.digest!==r);if(s.length)throw new pe(`after delivery, tag(s) ${s.join(", ")} do not point at ${r} in ECR`,"another delivery may have moved them at \
the same time; re-run to deliver again");return this.outputs(e,r,o)}outputs(e,r,o){return{registry:e.uri.split("/")[0],"repository-uri":e.uri,image:`${e.uri}:${this.
sha}`,digest:r,"image-ref":r?`${e.uri}@${r}`:"",tags:this.tags,pushed:o,"scan-findings":""}}};var qi=class{timings=[];started=Date.now();async time(e,r){let o=Date.now();try{return await r()}finally{let n=Date.now();this.timings.push({title:e,seconds:(n-
o)/1e3,start:(o-this.started)/1e3,end:(n-this.started)/1e3})}}get byStart(){return[...this.timings].sort((e,r)=>e.start-r.start)}get totalSeconds(){return(Date.
now()-this.started)/1e3}describe(){let e=this.byStart.map(r=>`${r.title} ${r.seconds.toFixed(1)} s`).join(", ");return`${e?`${e}; `:""}total ${this.totalSeconds.
toFixed(1)} s`}},Wi=class{constructor(e=process.stderr){this.stream=e;this.output=e}stream;clock=new qi;output;info(e){this.stream.write(`${e}
`)}warning(e){this.stream.write(`warning: ${e}
`)}secret(){}track(e,r){return this.clock.time(e,r)}async phase(e,r){this.info(`\u25B6 ${e}`);let o=Date.now(),n=await this.clock.time(e,r);return this.info(`\u2714 ${e}\
 (${((Date.now()-o)/1e3).toFixed(1)} s)`),n}};var AN=t=>Math.round(t*1e3),bN=t=>t.replace(/[:#;]/g," ").trim()||"phase";function PN(t){let e=["```mermaid","gantt","  title ecr-deliver phases (seconds since \
start)","  dateFormat x","  axisFormat %M:%S"];return t.forEach((r,o)=>{let n=AN(r.start),s=Math.max(AN(r.end),n+1);e.push(`  section ${bN(r.title)}`,`  ${bN(r.
title)} ${r.seconds.toFixed(1)} s :p${o}, ${n}, ${s}`)}),e.push("```"),e.join(`
`)}function ON(t,e=40){if(t.length===0)return[];let r=Math.max(...t.map(n=>n.end),.001),o=Math.max(...t.map(n=>n.title.length));return t.map(n=>{let s=Math.min(
e-1,Math.floor(n.start/r*e)),i=Math.max(s+1,Math.min(e,Math.round(n.end/r*e))),a="\xB7".repeat(s)+"\u2588".repeat(i-s)+"\xB7".repeat(e-i);return`${n.title.padEnd(
o)}  ${a}  ${n.start.toFixed(1)}\u2013${n.end.toFixed(1)} s`})}var Ji=t=>e=>t[Ey(e)];function Ki(t){let e=hn(t);return process.stderr.write(`ecr-deliver: ${e.message}
`),e.hint&&process.stderr.write(`hint: ${e.hint}
`),e.exitCode}async function Pd(t,e){let r=new Wi(process.stderr);try{let o=yn(t),n=En(o),{outputs:s,scan:i}=await Ad({options:o,context:n,reporter:r,run:Fo,env:process.
env});r.info(iq(s,r.clock,i)),e(s);let a=vd(i,s["image-ref"]);return a.warning&&r.warning(a.warning),a.failure?Ki(a.failure):0}catch(o){return Ki(o)}}async function Od(t,e){
let r=new Wi(process.stderr);try{let o=yn(t,"login"),n=En(o,process.env,"login"),{registry:s}=await bd({options:o,context:n,reporter:r,run:Fo,env:process.env});
return r.info(NN(`logged in to ${s}`,[["registry",s]],r.clock)),e(s),0}catch(o){return Ki(o)}}function sq(t){return t.pushed?"true":t.digest?"false (the SHA tag\
 was already in ECR: nothing built or uploaded)":"false (push: false, built and tagged locally only)"}function iq(t,e,r){let o=t.pushed?`delivered ${t.image}`:t.
digest?`already delivered: ${t.image}`:`built ${t.image} (not pushed)`,n=Mr.filter(({name:i})=>i!=="scan-findings"||r).map(({name:i})=>[i,i==="pushed"?sq(t):Lo(
t,i)||"-"]),s=ON(e.byStart).map(i=>`    ${i}`);return[NN(o,n,e),"  timeline",...s,...r?aq(r):[]].join(`
`)}function aq(t){if(t.outcome!=="complete")return["  scan",`    ${t.problem}`];let e=Tr.map(n=>Math.max(n.length,String(t.counts[n]).length)),r=["  scan",`    ${Tr.
map((n,s)=>n.padStart(e[s])).join("  ")}`,`    ${Tr.map((n,s)=>String(t.counts[n]).padStart(e[s])).join("  ")}`];t.gate!=="off"&&r.push(`    fail-on-severity ${t.
threshold}: ${t.gate}`);let o=n=>n.replace(/[\x00-\x1f\x7f-\x9f]+/g," ");for(let n of t.top)r.push(o(`    ${n.severity.padEnd(13)} ${n.name}  ${n.package||"-"} \
 ${n.link}`).trimEnd());return r}function NN(t,e,r){let o=[...e,["time",r.describe()]],n=Math.max(...o.map(([s])=>s.length));return[`\u2500\u2500 ecr-deliver: ${t}\
 \u2500\u2500`,...o.map(([s,i])=>`  ${s.padEnd(n)}  ${i}`)].join(`
`)}var cq=["deliver","login"],DN="ECR_DELIVER_COMMAND",pq=t=>`'${t.replace(/'/g,"'\\''")}'`,LN=(t,e)=>`export ${Sy(t)}=${pq(e)}
`;function lq(t){return Mr.map(({name:e})=>LN(e,Lo(t,e))).join("")}function kN(t,e){t.BASH_ENV?(0,$N.appendFileSync)(t.BASH_ENV,e):process.stderr.write(`warning\
: BASH_ENV is not set: the outputs are not exported to later steps
`)}async function UN(t=process.env){let e=t[DN]||"deliver";e==="login"?process.exitCode=await Od(Ji(t),r=>kN(t,LN("registry",r))):e==="deliver"?process.exitCode=
await Pd(Ji(t),r=>kN(t,lq(r))):(process.stderr.write(`ecr-deliver: ${DN}: ${cs(e)} is not one of ${cq.join(", ")}
`),process.exitCode=2)}var XN=require("node:util");var jN=require("node:util");var dq=["ecr:BatchCheckLayerAvailability","ecr:InitiateLayerUpload","ecr:UploadLayerPart","ecr:CompleteLayerUpload","ecr:PutImage"],Hh=["ecr:BatchGetImage","ecr\
:GetDownloadUrlForLayer","ecr:BatchCheckLayerAvailability"];function uq(t){let e=new Set(["ecr:DescribeRepositories","ecr:BatchGetImage"]),r=o=>{for(let n of o)
e.add(n)};return t.push&&(r(dq),t.createRepository&&e.add("ecr:CreateRepository"),t.lifecyclePolicy&&e.add("ecr:PutLifecyclePolicy"),t.repositoryPolicy&&e.add("\
ecr:SetRepositoryPolicy")),t.cache&&r(["ecr:DescribeImages",...Hh]),t.scanWait&&e.add("ecr:DescribeImageScanFindings"),t.scanWait&&t.scanStart&&e.add("ecr:Start\
ImageScan"),[...e].sort()}function mq(t){return`arn:${Uo(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${t.repository}`}function FN(t){if(t.
registryType==="public")return hq(t);let e=[{Sid:"EcrLogin",Effect:"Allow",Action:"ecr:GetAuthorizationToken",Resource:"*"},{Sid:"EcrDeliver",Effect:"Allow",Action:uq(
t),Resource:mq(t)}];if(t.push&&t.createRepository&&t.encryptionType==="KMS"){let r=t.kmsKey&&/^arn:[^:]+:kms:[^:]+:\d{12}:key\//.test(t.kmsKey)?t.kmsKey:`arn:${Uo(
t.region)}:kms:${t.region}:${t.registryId??t.accountId}:key/*`,o={"kms:ViaService":`ecr.${t.region}.amazonaws.com${Uo(t.region)==="aws-cn"?".cn":""}`};e.push({Sid:"\
KmsGrantForNewRepository",Effect:"Allow",Action:"kms:CreateGrant",Resource:r,Condition:{StringEquals:o,Bool:{"kms:GrantIsForAWSResource":"true"}}},{Sid:"KmsForN\
ewRepository",Effect:"Allow",Action:["kms:DescribeKey","kms:RetireGrant"],Resource:r,Condition:{StringEquals:o}})}return e.push(...zN(t)),{Version:"2012-10-17",
Statement:e}}function zN(t){let e=[],r=t.pullRepositories?.length?t.pullRepositories:["*"],o=(t.pullRegistries??[]).flatMap(s=>r.map(i=>`arn:${Uo(s.region??t.region)}\
:ecr:${s.region??t.region}:${s.id}:repository/${i}`));o.length&&e.push({Sid:"EcrPullBaseImages",Effect:"Allow",Action:Hh.slice().sort(),Resource:o.length===1?o[0]:
o});let n=(t.pullThrough??[]).map(s=>`arn:${Uo(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${s}/*`);return n.length&&e.push({Sid:"EcrPull\
ThroughCache",Effect:"Allow",Action:[...fq,...Hh].sort(),Resource:n.length===1?n[0]:n}),e}function VN(t){return!t.pullRegistries?.length||t.pullRepositories?.length?
[]:[`--pull-repositories not given: the role may pull every repository of ${t.pullRegistries.map(e=>e.id).join(", ")}; pass name patterns to narrow it`]}var fq=[
"ecr:BatchImportUpstreamImage","ecr:CreateRepository"],MN=["ecr-public:GetAuthorizationToken","sts:GetServiceBearerToken"],gq=["ecr-public:BatchCheckLayerAvaila\
bility","ecr-public:InitiateLayerUpload","ecr-public:UploadLayerPart","ecr-public:CompleteLayerUpload","ecr-public:PutImage"];function hq(t){let e=t.push?MN:[...MN,
"ecr-public:DescribeRegistries"],r=new Set(["ecr-public:DescribeRepositories","ecr-public:DescribeImageTags"]);if(t.push){for(let n of gq)r.add(n);t.createRepository&&
r.add("ecr-public:CreateRepository"),t.repositoryPolicy&&r.add("ecr-public:SetRepositoryPolicy")}let o=t.repository.replace(/^public\.ecr\.aws\/[^/]+\//,"");return{
Version:"2012-10-17",Statement:[{Sid:"EcrPublicLogin",Effect:"Allow",Action:e,Resource:"*"},{Sid:"EcrPublicDeliver",Effect:"Allow",Action:[...r].sort(),Resource:`\
arn:aws:ecr-public::${t.registryId??t.accountId}:repository/${o}`},...zN(t)]}}var yq="token.actions.githubusercontent.com",Eq="oidc.circleci.com/org";function Sq(t){
let e=t.pullRequest?"pull_request":t.environment!==void 0?`environment:${t.environment}`:t.tag!==void 0?`ref:refs/tags/${t.tag}`:`ref:refs/heads/${t.branch??"ma\
in"}`;return`repo:${t.repo}:${e}`}function xq(t){let e=Uo(t.region),r,o,n;if(t.provider==="github")r=t.githubIssuer??yq,o=t.audience??"sts.amazonaws.com",n=Sq(t);else if(t.
provider==="circleci")r=`${Eq}/${t.orgId}`,o=t.audience??t.orgId,n=`org/${t.orgId}/project/${t.projectId}/user/*${t.vcsRef?`/vcs-origin/*/vcs-ref/${t.vcsRef}`:""}`;else
return;let s=/[*?]/.test(n),i={StringEquals:{[`${r}:aud`]:o}};return s?i.StringLike={[`${r}:sub`]:n}:i.StringEquals[`${r}:sub`]=n,{Version:"2012-10-17",Statement:[
{Effect:"Allow",Principal:{Federated:`arn:${e}:iam::${t.accountId}:oidc-provider/${r}`},Action:"sts:AssumeRoleWithWebIdentity",Condition:i}]}}function Rq(t){let e=xq(
t);return e?{permissionsPolicy:FN(t),trustPolicy:e}:{permissionsPolicy:FN(t)}}var Bh=[{name:"repository",value:"NAME",description:"ECR repository the role deliv\
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
nt just that one policy document, ready for `aws iam \u2026 file://`."}],qN="[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})",WN="[A-Za-z0-9._-]{1,100}",_q=new RegExp(`^${qN}\
/${WN}$`),wq=new RegExp(`^${qN}@\\d{1,20}/${WN}@\\d{1,20}$`),HN=/^(?!\/|-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/+@*?#-]{1,255}$/,Iq=/^[^\x00-\x1f\x7f:]{1,255}$/,BN=/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
Tq=/^arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)$/,Cq=Qr("github","circleci","none"),vq=Qr("permissions","trust");function GN(t,e){
if(e===void 0||e.trim()===""||/^(false|0)$/i.test(e))return!1;if(/[\x00-\x1f\x7f]/.test(e))throw new w(t,e,"contains control characters");return!0}function KN(t,e=process.
env){let{values:r,positionals:o}=(0,jN.parseArgs)({args:t,options:Object.fromEntries(Bh.map(R=>[R.name,{type:"string"}])),strict:!0,allowPositionals:!0});if(o.length)
throw new w("iam-policy",o[0],"is not a flag: every value follows its --flag (see `ecr-deliver iam-policy --help`)");let n=R=>{let T=r[R]?.trim();return T===""?
void 0:T},s=(R,T)=>{let H=n(R);if(H===void 0)throw new w(R,"",`is required: ${T}`);return H},i=(R,T)=>{let H=n(R);return H!==void 0&&ko(R,H,T(H)),H},a=s("reposi\
tory","the ECR repository the role delivers to");ko("repository",a,Ae.repository(a));let c=Jd(n("aws-region"),e),l=s("account-id","the 12-digit AWS account id o\
f the role");ko("account-id",l,Ae.account(l));let d=hr("registry-id",n("registry-id")),u=["repo","branch","tag","environment","pull-request","github-issuer"].filter(
R=>n(R)!==void 0),m=["org-id","project-id","vcs-ref"].filter(R=>n(R)!==void 0),f=n("provider"),g=f!==void 0?Cq.parse(f,"provider"):u.length?"github":m.length?"c\
ircleci":void 0;if(!g)throw new w("provider","","is required: github (with --repo), circleci (with --org-id), or none");let h=g==="github"?m:g==="circleci"?u:[...u,
...m];if(h.length)throw new w(h[0],n(h[0]),`does not apply to --provider ${g}`);let y=i("audience",Ae.audience),S={repository:a,region:c,accountId:l,registryId:d,
provider:g,audience:y,createRepository:hr("create-repository",n("create-repository")),lifecyclePolicy:GN("lifecycle-policy",n("lifecycle-policy")),repositoryPolicy:GN(
"repository-policy",n("repository-policy")),cache:hr("cache",n("cache")),push:hr("push",n("push")),encryptionType:hr("encryption-type",n("encryption-type")),scanWait:hr(
"scan-wait",n("scan-wait")),scanStart:hr("scan-start",n("scan-start"))};if(S.kmsKey=i("kms-key",we(Tq,"is not a KMS key or alias ARN like `arn:aws:kms:eu-west-1\
:123456789012:key/\u2026`")),S.kmsKey&&S.encryptionType!=="KMS")throw new w("kms-key",S.kmsKey,"needs --encryption-type KMS");if(g==="github"){let R=s("repo","t\
he GitHub repository as OWNER/REPO (or OWNER@ID/REPO@ID)");if(!_q.test(R)&&!wq.test(R))throw new w("repo",R,"is not a GitHub repository like `octo-org/octo-repo\
`, or `octo-org@123456/octo-repo@456789` with the immutable ids");S.repo=R,S.environment=i("environment",we(Iq,"is not a GitHub environment name (1\u2013255 characte\
rs, no `:`)"));let T=n("branch")?.replace(/^refs\/heads\//,"");if(T!==void 0&&S.environment!==void 0)throw new w("branch",T,"cannot be combined with --environme\
nt: a job with an environment gets `environment:NAME` as its OIDC subject");if(T!==void 0&&!HN.test(T))throw new w("branch",T,"is not a git branch name");let H=n(
"pull-request");if(S.pullRequest=H!==void 0&&pt.parse(H,"pull-request"),S.pullRequest&&(T!==void 0||S.environment!==void 0))throw new w("pull-request",n("pull-r\
equest"),"cannot be combined with --branch or --environment: a pull_request run's OIDC subject is `repo:OWNER/REPO:pull_request`");let Z=n("tag")?.replace(/^refs\/tags\//,
"");if(Z!==void 0&&(T!==void 0||S.environment!==void 0||S.pullRequest))throw new w("tag",Z,"cannot be combined with --branch, --environment or --pull-request: a\
 tag push's OIDC subject is `repo:OWNER/REPO:ref:refs/tags/TAG`");if(Z!==void 0&&!HN.test(Z))throw new w("tag",Z,"is not a git tag name");S.tag=Z,S.environment===
void 0&&!S.pullRequest&&Z===void 0&&(S.branch=T??"main")}else if(g==="circleci"){let R=s("org-id","the CircleCI organization id (a UUID, Organization Settings >\
 Overview)");if(!BN.test(R))throw new w("org-id",R,"is not a CircleCI organization id (a lowercase UUID)");S.orgId=R;let T=s("project-id","the CircleCI project \
id (a UUID, Project Settings > Overview): without it every project of the org could deliver");if(!BN.test(T))throw new w("project-id",T,"is not a CircleCI proje\
ct id (a lowercase UUID)");S.projectId=T,S.vcsRef=i("vcs-ref",we(/^[A-Za-z0-9._/+@*#-]{1,255}$/,"is not a git ref like `refs/heads/main`"))}Object.assign(S,Aq(n)),
a.startsWith("public.ecr.aws/")&&(S.registryType="public"),g==="github"&&n("github-issuer")!==void 0&&(S.githubIssuer=i("github-issuer",we(/^(?:https:\/\/)?[a-z0-9.-]+(?::\d+)?(?:\/[\w./-]+)?$/i,
"is not an OIDC issuer like `ghe.example.com/_services/token`")).replace(/^https:\/\//,"").replace(/\/+$/,""));let x=n("only"),A=x===void 0?void 0:vq.parse(x,"o\
nly");if(A==="trust"&&g==="none")throw new w("only",x,"needs a --provider: `none` has no trust policy");return{request:S,only:A}}function Aq(t){let e=i=>(t(i)??
"").split(",").map(a=>a.trim()).filter(Boolean),r=e("pull-registries").map(i=>{let a=/^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/.exec(i);if(!a)throw new w(
"pull-registries",i,"is not an ECR registry id (12 digits) or `ID@REGION`");return{id:a[1],region:a[2]}}),o=e("pull-repositories");for(let i of o)if(!/^[a-z0-9*][a-z0-9._/*-]{0,255}$/.
test(i))throw new w("pull-repositories",i,"is not a repository name pattern (lowercase name, `*` wildcards)");if(o.length&&!r.length)throw new w("pull-repositor\
ies",t("pull-repositories"),"needs --pull-registries");let n=e("pull-through");for(let i of n)if(i.length<2||i.length>30||Ae.repository(i))throw new w("pull-thr\
ough",i,"is not a pull-through cache prefix (2\u201330 characters, ECR's repository naming rule)");let s=t("registry-type")?.toLowerCase();if(s!==void 0&&s!=="p\
rivate"&&s!=="public")throw new w("registry-type",s,"is not one of private, public");return{pullRegistries:r,pullRepositories:o,pullThrough:n,registryType:s}}function JN(t,e){
let r=Rq(t),o=e==="permissions"?r.permissionsPolicy:e==="trust"?r.trustPolicy:r;return`${JSON.stringify(o,null,2)}
`}var YN="0.1.0";var Gh=qd.filter(t=>!t.githubOnly),QN=["iam-policy","login"];function jh(t,e,r=100){let o=[],n="";for(let s of t.split(/\s+/).filter(Boolean))n&&e.length+n.length+
1+s.length>r?(o.push(n),n=s):n=n?`${n} ${s}`:s;return n&&o.push(n),o.map(s=>e+s).join(`
`)}function Pq(){return["Usage: ecr-deliver [--option value \u2026] [--json]      deliver an image","       ecr-deliver login [--option value \u2026]         credent\
ials + docker login only","       ecr-deliver iam-policy --help                the IAM policies a CI role needs","","Delivers a container image to Amazon ECR: O\
IDC credentials, ECR login, repository, build,","commit-SHA tag, push. Every option can also be given as ECR_DELIVER_<OPTION> in the environment","(e.g. ECR_DEL\
IVER_ROLE_TO_ASSUME); a flag wins over the environment.","","Options:",...Gh.map(e=>{let r=e.default!==void 0?` Default: ${e.default}.`:e.defaultText?` Default:\
 ${e.defaultText.replace(/`/g,"")}.`:"";return`  --${e.name} <value>
${jh(`${e.description.replace(/`/g,"")}${e.required?" Required.":""}${r}`,"      ")}`}),"  --json","      Print the outputs as one JSON object on stdout (logs g\
o to stderr).","  --help, --version","",`Outputs: ${Mr.map(e=>e.name).join(", ")}.`,"Exit codes: 0 delivered, 1 failed, 2 bad input."].join(`
`)}function Oq(){return["Usage: ecr-deliver login [--option value \u2026] [--json]","","Gets AWS credentials (OIDC or ambient) and runs docker login to the ECR \
registry, nothing else;",'later docker commands in the same job can pull and push. --json prints {"registry": "<host>"}.',"Unlike a delivery (which logs in to a\
 private docker config removed when it ends), login writes","the registry password to your docker config (DOCKER_CONFIG, else ~/.docker) by design, where it","s\
tays for 12 hours: run `docker logout <registry>` when done on a shared host.","","Options (also as ECR_DELIVER_<OPTION>):",...Gh.filter(e=>ra.includes(e.name)).
map(e=>`  --${e.name} <value>
${jh(e.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 logged in, 1 failed, 2 bad input."].join(`
`)}function Nq(){return["Usage: ecr-deliver iam-policy --repository NAME --account-id ID --aws-region REGION","         --repo OWNER/REPO [--branch BRANCH | --e\
nvironment NAME]     (GitHub)","         --org-id UUID --project-id UUID [--vcs-ref REF]               (CircleCI)","         [the delivery options the role must\
 allow, e.g. --cache false]","",'Prints {"permissionsPolicy": \u2026, "trustPolicy": \u2026} as JSON: the least-privilege permissions for',"delivering to the re\
pository with the given options, and the OIDC trust policy with aud and sub","pinned. No AWS call is made.","","Flags:",...Bh.map(t=>`  --${t.name} ${t.value}
${jh(t.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 printed, 2 bad input."].join(`
`)}function ZN(t,e){let r=t,o=/'(-[^' ]+)/.exec(r.message??"")?.[1],n=`see ecr-deliver ${e?`${e} `:""}--help`;switch(r.code){case"ERR_PARSE_ARGS_UNKNOWN_OPTION":
return`${o}: is not a flag of ecr-deliver${e?` ${e}`:""} (${n})`;case"ERR_PARSE_ARGS_INVALID_OPTION_VALUE":return/does not take an argument/.test(r.message??"")?
`${o}: takes no value`:/ambiguous/.test(r.message??"")?`${o}: needs a value; for a value that starts with "-", write ${o}=VALUE`:`${o}: needs a value (${n})`;case"\
ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":{let s=/'([^']*)'/.exec(r.message??"")?.[1]??"";return`${cs(s)} is not a command or flag: use ${QN.join(", ")} or --flags \
(${n})`}default:return`${(r.message??String(t)).split(`
`)[0]} (${n})`}}function Dq(t,e,r){try{let o=Object.fromEntries(e.map(n=>[n,{type:"string"}]));return(0,XN.parseArgs)({args:t,options:{...o,json:{type:"boolean"},
help:{type:"boolean",short:"h"},version:{type:"boolean"}},strict:!0,allowPositionals:!1}).values}catch(o){process.stderr.write(`ecr-deliver: ${ZN(o,r)}
`),process.exitCode=2;return}}function kq(t){if(t.includes("--help")||t.includes("-h"))return process.stdout.write(`${Nq()}
`),0;try{let{request:e,only:r}=KN(t.filter(o=>o!=="--json"));process.stdout.write(JN(e,r));for(let o of VN(e))process.stderr.write(`note: ${o}
`);return 0}catch(e){return e.code?.startsWith("ERR_PARSE_ARGS")?(process.stderr.write(`ecr-deliver: ${ZN(e,"iam-policy")}
`),2):Ki(e)}}async function eD(t){let e=QN.find(i=>i===t[0])??"";if(e==="iam-policy"){process.exitCode=kq(t.slice(1));return}let r=e?t.slice(1):t,o=Dq(r,e==="lo\
gin"?ra:Gh.map(i=>i.name),e);if(!o)return;if(o.help)return void process.stdout.write(`${e==="login"?Oq():Pq()}
`);if(o.version)return void process.stdout.write(`${YN}
`);let n=Ji(process.env);if(e==="login"){let i=a=>ra.includes(a)?o[a]??n(a):void 0;process.exitCode=await Od(i,a=>{o.json&&process.stdout.write(`${JSON.stringify(
{registry:a})}
`)});return}let s=i=>o[i]??n(i);process.exitCode=await Pd(s,i=>{o.json&&process.stdout.write(`${JSON.stringify(yy(i))}
`)})}var zh=require("node:fs"),Lr=require("node:os"),tD=require("node:stream");var $q=t=>t.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A"),ns,rD=!0;function Yi(t){t.length&&(process.stdout.write(t),rD=typeof t=="string"?t.endsWith(
`
`):t[t.length-1]===10)}var Vh=()=>rD?"":Lr.EOL,oD=new tD.Writable({write(t,e,r){ns||(ns=crypto.randomUUID().replace(/-/g,""),Yi(`${Vh()}::stop-commands::${ns}${Lr.EOL}`)),
Yi(t),r()}});function Xi(t,e=""){ns&&(Yi(`${Vh()}::${ns}::${Lr.EOL}`),ns=void 0),Yi(`::${t}::${$q(e)}${Lr.EOL}`)}function Nd(t){return(process.env[`INPUT_${t.replace(
/ /g,"_").toUpperCase()}`]??"").trim()}function nD(t,e,r){let o=process.env[`GITHUB_${t}`];if(!o)throw new Error(`GITHUB_${t} is not set: not running in a GitHu\
b Actions step`);let n=`ghadelimiter_${crypto.randomUUID()}`;if(e.includes(n)||r.includes(n))throw new Error(`value of ${e} contains the delimiter`);(0,zh.appendFileSync)(
o,`${e}<<${n}${Lr.EOL}${r}${Lr.EOL}${n}${Lr.EOL}`,"utf8")}var ss=(t,e)=>nD("OUTPUT",t,e),Dd=(t,e)=>nD("STATE",t,e),qh=t=>process.env[`STATE_${t}`]??"",kd=t=>Xi(
"add-mask",t),$d=t=>Yi(`${Vh()}${t}${Lr.EOL}`),Wh=t=>Xi("warning",t),Lq=t=>Xi("error",t);function sD(t){process.exitCode=1,Lq(t)}async function iD(t,e){Xi("grou\
p",t);try{return await e()}finally{Xi("endgroup")}}function Kh(t){let e=process.env.GITHUB_STEP_SUMMARY;e&&(0,zh.appendFileSync)(e,`${t}${Lr.EOL}`,"utf8")}var Uq=4,
Fq=1e4;async function Jh(t){let e=process.env.ACTIONS_ID_TOKEN_REQUEST_URL,r=process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;if(!e||!r)throw new Error("ACTIONS_ID_TO\
KEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set");let o=`${e}&audience=${encodeURIComponent(t)}`;for(let n=1;;n++){let s;try{let i=await ji(o,{headers:{
Authorization:`Bearer ${r}`,Accept:"application/json"},timeoutMs:Fq});if(i.status===200){let a=Mq(i.text);if(!a)throw new Error("the token service answered with\
out a token");return kd(a),a}if(s=`HTTP ${i.status}`,i.status<500&&i.status!==429)throw new Error(`the token service answered ${s}`)}catch(i){if(i.message.startsWith(
"the token service")||i instanceof gr)throw i;s=i.message}if(n>=Uq)throw new Error(`the token service did not answer after ${n} attempts (${s})`);await new Promise(
i=>setTimeout(i,500*2**(n-1)))}}function Mq(t){try{let e=JSON.parse(t)?.value;return typeof e=="string"?e:void 0}catch{return}}var is=t=>t.replace(/[\r\n]+/g," ").replace(/[|\\`*_~<>[\]]/g,e=>`\\${e}`),Yh=t=>`\`${t.replace(/`/g,"'")}\``;function aD(t,e,r){let o=t.pushed?"delivered":t.digest?
"already delivered":"built, not pushed",n=[["image",Yh(t.image)],["digest",t.digest?Yh(t.digest):"(not pushed)"],["tags",t.tags.map(Yh).join(" ")],["pushed",String(
t.pushed)],["timings",is(e.describe())]],s=[`### ecr-deliver: ${o}`,"","| | |","|---|---|",...n.map(([i,a])=>`| ${i} | ${a} |`),"","#### Timeline","",PN(e.byStart),
""];return r&&s.push(...Bq(r),""),s.join(`
`)}function Bq(t){let e=["#### Vulnerability scan",""];if(t.outcome!=="complete")return e.push("> [!WARNING]",`> ${is(t.problem??"no scan")}`),t.gate==="failed"&&
e.push(">",`> fail-on-severity ${t.threshold}: **failed** (the image is pushed, but could not be judged)`),e;if(e.push(`| ${Tr.join(" | ")} |`,`|${Tr.map(()=>"-\
--:").join("|")}|`,`| ${Tr.map(r=>t.counts[r]).join(" | ")} |`,""),t.gate!=="off"&&e.push(t.gate==="failed"?`**fail-on-severity ${t.threshold}: failed.** The im\
age is pushed, but should not be deployed.`:`fail-on-severity ${t.threshold}: passed.`,""),t.top.length){e.push("| finding | severity | package |","|---|---|---\
|");for(let r of t.top){let o=/^https?:\/\/[^\s()<>]+$/.test(r.link)?`[${is(r.name)}](${r.link})`:is(r.name);e.push(`| ${o} | ${is(r.severity)} | ${is(r.package)||
"\u2014"} |`)}}else e.push("No findings.");return e}var cD="isPost",pD="registries",lD="skipLogout",Ld=class{clock=new qi;output=oD;info=e=>$d(e);warning=e=>Wh(e);secret=e=>kd(e);phase(e,r){return iD(e,()=>this.clock.
time(e,r))}track(e,r){return this.clock.time(e,r)}},dD=t=>t[`STATE_${cD}`]==="true";async function uD(){Dd(cD,"true");let t=new Ld,e=new Set,r=o=>{e.add(o),Dd(pD,
JSON.stringify([...e]))};try{let o=gy(l=>Nd(l));if(o.mode==="login")return await Gq(t,r,o);let n=yn(l=>Nd(l)),s=En(n),{outputs:i,scan:a}=await Ad({options:n,context:s,
reporter:t,run:Fo,env:process.env,platformToken:l=>Jh(l)});for(let{name:l}of Mr)ss(l,Lo(i,l));Kh(aD(i,t.clock,a));let c=vd(a,i["image-ref"]);if(c.warning&&Wh(c.
warning),c.failure)throw c.failure}catch(o){let n=hn(o);sD(n.hint?`${n.message}
Hint: ${n.hint}`:n.message)}}async function Gq(t,e,r){r.skipLogout&&Dd(lD,"true");let o=yn(i=>Nd(i),"login"),n=En(o,process.env,"login"),s=await bd({options:o,context:n,
reporter:t,run:Fo,env:process.env,platformToken:i=>Jh(i),onLogin:e});ss("registry",s.registry),ss("registries",s.registries.join(",")),r.dockerCredentialsOutput&&
(kd(s.login.password),ss("docker-username",s.login.username),ss("docker-password",s.login.password)),$d(`Logged in to ${s.registries.join(", ")}${r.skipLogout?"\
 (kept after the job: skip-logout)":"; the post step logs out"}`),Kh(["### ecr-deliver login","",...s.registries.map(i=>`- \`${i}\``),"",`timings: ${t.clock.describe()}`,
""].join(`
`))}async function mD(){let t=JSON.parse(qh(pD)||"[]");if(qh(lD)==="true"){$d(`skip-logout: docker stays logged in to ${t.join(", ")||"nothing"}`);return}let e=new cn(
Fo,new Ld,void 0,fs(process.env));for(let r of t)await e.logout(r)}async function jq(){let t=process.env,e=process.argv.slice(2);return e.length===0&&t.GITHUB_ACTIONS==="true"&&Object.keys(t).some(r=>r.startsWith("INPUT_"))?dD(
t)?mD():uD():e.length===0&&t.CIRCLECI==="true"?UN():eD(e)}jq();
